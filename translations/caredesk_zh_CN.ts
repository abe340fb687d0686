<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountWording</name>
    <message>
        <source>Enter your email address.</source>
        <translation>请输入您的电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>请输入类似 name@example.com 的电子邮件地址。</translation>
    </message>
    <message>
        <source>That email address is too long.</source>
        <translation>该电子邮件地址太长。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>Your name can be at most %1 characters.</source>
        <translation>姓名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>请设置至少 %1 个字符的密码。</translation>
    </message>
    <message>
        <source>Your password can be at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Enter your date of birth.</source>
        <translation>请输入您的出生日期。</translation>
    </message>
    <message>
        <source>Your date of birth cannot be in the future.</source>
        <translation>出生日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Members must be at least %1 years old in %2.</source>
        <translation>在 %2，会员须年满 %1 岁。</translation>
    </message>
    <message>
        <source>Membership is open to United States residents only: choose your US state.</source>
        <translation>会员资格仅限美国居民：请选择您所在的美国州。</translation>
    </message>
    <message>
        <source>Membership is not offered in %1.</source>
        <translation>%1 暂不提供会员资格。</translation>
    </message>
    <message>
        <source>Enter your date of birth as year-month-day, for example 1990-04-23.</source>
        <translation>请按“年-月-日”格式输入出生日期，例如 1990-04-23。</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead; each email can have one account.</source>
        <translation>该电子邮件已注册账户。请直接登录；每个电子邮件只能注册一个账户。</translation>
    </message>
    <message>
        <source>The email or password is not right. Check both and try again.</source>
        <translation>电子邮件或密码不正确。请检查后重试。</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>请输入电子邮件和密码。</translation>
    </message>
    <message>
        <source>Your account could not be reached just now. Nothing was changed; please try again.</source>
        <translation>暂时无法访问您的账户。未做任何更改，请重试。</translation>
    </message>
    <message>
        <source>Too many attempts for this email. For your protection, wait %1 seconds before trying again.</source>
        <translation>此电子邮件尝试次数过多。为保护您的账户，请等待 %1 秒后再试。</translation>
    </message>
    <message>
        <source>You were signed out after a while without activity, so nobody else at this terminal can use your account.</source>
        <translation>由于一段时间没有操作，您已自动退出登录，以免他人在此终端使用您的账户。</translation>
    </message>
    <message>
        <source>Your name contains line breaks or other control characters. Type it on one line.</source>
        <translation>您的姓名包含换行符或其他控制字符。请在一行内输入。</translation>
    </message>
    <message>
        <source>Check your date of birth: it is more than %1 years ago.</source>
        <translation>请检查您的出生日期：它早于 %1 年前。</translation>
    </message>
</context>
<context>
    <name>CardFields</name>
    <message>
        <source>Name on the card</source>
        <translation>持卡人姓名</translation>
    </message>
    <message>
        <source>Card number (%1)</source>
        <translation>卡号（%1）</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Expiry date (MM/YY)</source>
        <translation>有效期（MM/YY）</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/YY</translation>
    </message>
    <message>
        <source>Security code (CVV)</source>
        <translation>安全码（CVV）</translation>
    </message>
    <message>
        <source>Used for this payment only; it is never stored.</source>
        <translation>仅用于本次付款，绝不会保存。</translation>
    </message>
</context>
<context>
    <name>CareDesk::AppContext</name>
    <message>
        <source>CareDesk cannot use its data folder %1. Check that it exists and that you may write to it, or choose another folder with --data-dir.</source>
        <translation>CareDesk 无法使用数据文件夹 %1。请确认该文件夹存在且可写，或用 --data-dir 指定其他文件夹。</translation>
    </message>
    <message>
        <source>CareDesk is already open with this data folder. Switch to the open window, or close it first; two copies writing one account would risk your points and orders.</source>
        <translation>CareDesk 已使用此数据文件夹打开。请切换到已打开的窗口，或先将其关闭；两个副本同时写入同一账户可能损坏您的积分和订单。</translation>
    </message>
    <message>
        <source>The SQLite support of Qt is missing (Debian package libqt6sql6-sqlite). Reinstall CareDesk.</source>
        <translation>缺少 Qt 的 SQLite 支持（Debian 软件包 libqt6sql6-sqlite）。请重新安装 CareDesk。</translation>
    </message>
    <message>
        <source>CareDesk could not open its database %1. Nothing was changed.</source>
        <translation>CareDesk 无法打开数据库 %1。未做任何更改。</translation>
    </message>
    <message>
        <source>CareDesk cannot write to %1. Your data is unchanged; check the folder&apos;s permissions or free disk space.</source>
        <translation>CareDesk 无法写入 %1。您的数据未改变；请检查文件夹权限或可用磁盘空间。</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a CareDesk database. CareDesk left it exactly as it is. Restore a copy from the backups folder, or start with another --data-dir.</source>
        <translation>数据库 %1 已损坏或不是 CareDesk 数据库。CareDesk 未对其做任何改动。请从 backups 文件夹恢复副本，或用其他 --data-dir 启动。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of CareDesk (schema %1; this version knows up to %2). CareDesk left it untouched. Install the newer CareDesk to use it.</source>
        <translation>该数据库由更新版本的 CareDesk 写入（结构版本 %1；本版本最高支持 %2）。CareDesk 未对其做任何改动。请安装新版 CareDesk 后使用。</translation>
    </message>
    <message>
        <source>CareDesk needs to update its database, but could not first keep a copy of it, so it did not update it. Free some disk space and start again.</source>
        <translation>CareDesk 需要更新数据库，但无法先保存副本，因此没有更新。请释放磁盘空间后重新启动。</translation>
    </message>
    <message>
        <source>Updating the database failed and was undone; your data is as it was. A copy is kept at %1.</source>
        <translation>数据库更新失败并已撤销；您的数据保持原样。副本保存在 %1。</translation>
    </message>
    <message>
        <source>A data file of CareDesk is damaged (%1). Reinstall CareDesk; your own data was not touched.</source>
        <translation>CareDesk 的一个数据文件已损坏（%1）。请重新安装 CareDesk；您自己的数据未受影响。</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>无法恢复备份。未做任何更改。</translation>
    </message>
    <message>
        <source>Restored %1. The damaged database was kept as %2. Start CareDesk again.</source>
        <translation>已恢复 %1。损坏的数据库已保存为 %2。请重新启动 CareDesk。</translation>
    </message>
    <message>
        <source>The address of the store&apos;s database saved in Settings, %1, cannot be used. Use this computer&apos;s own database, or start CareDesk with --database and the right address.</source>
        <translation>设置中保存的商店数据库地址 %1 无法使用。请改用本机自己的数据库，或用 --database 加正确的地址启动 CareDesk。</translation>
    </message>
    <message>
        <source>The PostgreSQL support of Qt is missing (Debian package libqt6sql6-psql). Install it to use the store&apos;s database.</source>
        <translation>缺少 Qt 的 PostgreSQL 支持（Debian 软件包 libqt6sql6-psql）。请安装后再使用商店的数据库。</translation>
    </message>
    <message>
        <source>CareDesk could not reach the store&apos;s database %1. Check the network, the server and the password in ~/.pgpass. Nothing was changed.</source>
        <translation>CareDesk 无法连接商店的数据库 %1。请检查网络、服务器以及 ~/.pgpass 中的密码。未做任何更改。</translation>
    </message>
    <message>
        <source>The store&apos;s database %1 holds tables that are not CareDesk&apos;s. CareDesk left it untouched; use an empty database for CareDesk.</source>
        <translation>商店的数据库 %1 中有不属于 CareDesk 的表。CareDesk 未对其做任何改动；请为 CareDesk 使用一个空数据库。</translation>
    </message>
    <message>
        <source>Updating the store&apos;s database %1 failed and was undone; its data is as it was.</source>
        <translation>商店数据库 %1 更新失败并已撤销；其中的数据保持原样。</translation>
    </message>
    <message>
        <source>From its next start CareDesk uses this computer&apos;s own database again. Start CareDesk again; to go back to the store&apos;s database, choose it in Settings.</source>
        <translation>从下次启动起，CareDesk 将重新使用本机自己的数据库。请重新启动 CareDesk；如要改回商店的数据库，请在设置中选择。</translation>
    </message>
</context>
<context>
    <name>CareDesk::CareCoverageModel</name>
    <message>
        <source>Bought on %1; covered through %2.</source>
        <translation>购于 %1；保障至 %2。</translation>
    </message>
    <message>
        <source>Bought on %1, when you were not a Care member: not covered.</source>
        <translation>购于 %1，当时您还不是 Care 会员：不在保障范围内。</translation>
    </message>
    <message>
        <source>Bought on %1, after your Care membership had ended: not covered.</source>
        <translation>购于 %1，当时您的 Care 会员资格已结束：不在保障范围内。</translation>
    </message>
    <message>
        <source>Bought on %1, then returned and refunded: not covered.</source>
        <translation>购于 %1，之后已退货并退款：不在保障范围内。</translation>
    </message>
    <message>
        <source>Bought on %1; its two years of protection ended on %2.</source>
        <translation>购于 %1；两年保障已于 %2 结束。</translation>
    </message>
    <message>
        <source>Bought on %1 as a member; no longer covered because your Care membership ended.</source>
        <translation>以会员身份购于 %1；由于您的 Care 会员资格已结束，已不再受保障。</translation>
    </message>
    <message>
        <source>%1, covered. %2</source>
        <extracomment>R-C9 coverage row for screen readers: the product, covered or not, then the sentence</extracomment>
        <translation>%1，受保障。%2</translation>
    </message>
    <message>
        <source>%1, not covered. %2</source>
        <translation>%1，不受保障。%2</translation>
    </message>
</context>
<context>
    <name>CareDesk::CareStatus</name>
    <message>
        <source>You are not a Care member. Care ($179.99 a year) is added to a cart that holds a qualifying product.</source>
        <translation>您还不是 Care 会员。Care（每年 $179.99）需与合格产品一起加入购物车购买。</translation>
    </message>
    <message>
        <source>Your Care purchase waits for activation: sign in with the purchase email by %1, or it is cancelled and refunded.</source>
        <translation>您购买的 Care 等待激活：请在 %1 前用购买时的电子邮件登录，否则将被取消并退款。</translation>
    </message>
    <message>
        <source>Your Care membership is active.</source>
        <translation>您的 Care 会员资格有效。</translation>
    </message>
    <message>
        <source>Auto-renew is off: your Care membership and its benefits continue until %1.</source>
        <translation>自动续订已关闭：您的 Care 会员资格及权益持续到 %1。</translation>
    </message>
    <message>
        <source>Your Care membership ended on %1. Rejoin by adding Care to a cart with a qualifying product.</source>
        <translation>您的 Care 会员资格已于 %1 结束。将 Care 与合格产品一起加入购物车即可重新加入。</translation>
    </message>
    <message>
        <source>Your Care membership was cancelled and refunded.</source>
        <translation>您的 Care 会员资格已取消并退款。</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>尾号 %2 的 %1</translation>
    </message>
    <message>
        <source>the card on file</source>
        <translation>已保存的银行卡</translation>
    </message>
    <message>
        <source>Renews on %1: %2 will be charged to %3.</source>
        <translation>将于 %1 续订：从 %3 扣款 %2。</translation>
    </message>
    <message>
        <source>Renews once more on %1 (%2 to %3), then ends on %4.</source>
        <translation>将于 %1 再续订一次（从 %3 扣款 %2），之后于 %4 结束。</translation>
    </message>
    <message>
        <source>Ends on %1; you will not be charged again.</source>
        <translation>于 %1 结束；不会再扣款。</translation>
    </message>
    <message>
        <source>To stop the renewal on %1, turn auto-renew off on or before %2.</source>
        <translation>如要停止 %1 的续订，请在 %2 或之前关闭自动续订。</translation>
    </message>
    <message>
        <source>Turning auto-renew on charges %1 on %2 and every year after, until you turn it off.</source>
        <translation>开启自动续订后，将于 %2 扣款 %1，此后每年扣款，直到您关闭为止。</translation>
    </message>
    <message>
        <source>Turning auto-renew off today means no charge on %1; your benefits continue until %2.</source>
        <translation>今天关闭自动续订，%1 将不会扣款；您的权益持续到 %2。</translation>
    </message>
    <message>
        <source>It is past the cut-off (%1): turning auto-renew off today still charges %2 on %3, and your membership then ends on %4.</source>
        <translation>已过截止日（%1）：今天关闭自动续订，仍会于 %3 扣款 %2，之后您的会员资格于 %4 结束。</translation>
    </message>
    <message>
        <source>Care fee paid</source>
        <translation>已付 Care 费用</translation>
    </message>
    <message>
        <source>Member pricing kept (order %1)</source>
        <translation>保留的会员价优惠（订单 %1）</translation>
    </message>
    <message>
        <source>Discount kept (order %1)</source>
        <translation>保留的折扣（订单 %1）</translation>
    </message>
    <message>
        <source>Shipping upgrade used (order %1)</source>
        <translation>已使用的运送升级（订单 %1）</translation>
    </message>
    <message>
        <source>Complimentary item kept (order %1)</source>
        <translation>保留的赠品（订单 %1）</translation>
    </message>
    <message>
        <source>Asked within 30 days of the charge (through %1)</source>
        <translation>在扣款后 30 天内申请（截至 %1）</translation>
    </message>
    <message>
        <source>Nothing bought during this term</source>
        <translation>本期内未购买任何商品</translation>
    </message>
    <message>
        <source>Or every eligible product returned within the return window</source>
        <translation>或所有合格产品均在退货期内退回</translation>
    </message>
    <message>
        <source>Or every order cancelled before shipment</source>
        <translation>或所有订单均在发货前取消</translation>
    </message>
    <message>
        <source>The 30-day refund period for this charge ended on %1.</source>
        <translation>此次扣款的 30 天退款期已于 %1 结束。</translation>
    </message>
    <message>
        <source>No refund: products bought during this term were kept.</source>
        <translation>不予退款：本期内购买的产品未退回。</translation>
    </message>
    <message>
        <source>Refund if you cancel today: %1. Your membership ends at once.</source>
        <translation>今天取消可退款：%1。您的会员资格将立即结束。</translation>
    </message>
    <message>
        <source>Auto-renew could not be changed. Nothing was changed.</source>
        <translation>无法更改自动续订。未做任何更改。</translation>
    </message>
    <message>
        <source>No refund was made: the conditions are not met. Nothing was changed.</source>
        <translation>未退款：不符合条件。未做任何更改。</translation>
    </message>
    <message>
        <source>Refunded %1 to your card. Your Care membership has ended.</source>
        <translation>已退款 %1 至您的银行卡。您的 Care 会员资格已结束。</translation>
    </message>
    <message>
        <source>Your Care membership renews on %1</source>
        <translation>您的 Care 会员资格将于 %1 续订</translation>
    </message>
    <message>
        <source>Care renewed</source>
        <translation>Care 已续订</translation>
    </message>
    <message>
        <source>Care could not be renewed</source>
        <translation>Care 无法续订</translation>
    </message>
    <message>
        <source>Care membership ended</source>
        <translation>Care 会员资格已结束</translation>
    </message>
    <message>
        <source>Care refunded</source>
        <translation>Care 已退款</translation>
    </message>
    <message>
        <source>On %1 we will charge %2 to your card on file. To stop it, turn auto-renew off on or before %3.</source>
        <translation>我们将于 %1 从您保存的银行卡扣款 %2。如要停止，请在 %3 或之前关闭自动续订。</translation>
    </message>
    <message>
        <source>We charged %1 on %2. Your next renewal is on %3.</source>
        <translation>我们已于 %2 扣款 %1。下次续订日期为 %3。</translation>
    </message>
    <message>
        <source>The renewal charge on %1 was refused (for example, the card on file has expired), so your membership ended that day. To rejoin, add Care to a cart with a qualifying product and pay with a valid card.</source>
        <translation>%1 的续订扣款被拒绝（例如保存的银行卡已过期），因此您的会员资格已于当天结束。如要重新加入，请将 Care 与合格产品一起加入购物车，并使用有效的银行卡付款。</translation>
    </message>
    <message>
        <source>Your paid term ended on %1 and auto-renew was off.</source>
        <translation>您的已付期限已于 %1 结束，且自动续订已关闭。</translation>
    </message>
    <message>
        <source>We refunded %1 on %2.</source>
        <translation>我们已于 %2 退款 %1。</translation>
    </message>
</context>
<context>
    <name>CareDesk::CartModel</name>
    <message>
        <source>%1, quantity %2, %3 each, saved for later</source>
        <translation>%1，数量 %2，每件 %3，已留待稍后购买</translation>
    </message>
    <message>
        <source>%1, quantity %2, %3 each, %4</source>
        <translation>%1，数量 %2，每件 %3，共 %4</translation>
    </message>
    <message>
        <source>Sign in or continue as a guest to use the cart.</source>
        <translation>请登录或以访客身份继续，才能使用购物车。</translation>
    </message>
    <message>
        <source>This item is no longer sold.</source>
        <translation>此商品已停售。</translation>
    </message>
    <message>
        <source>The cart could not be saved. Nothing was changed.</source>
        <translation>无法保存购物车。未做任何更改。</translation>
    </message>
    <message>
        <source>The cart could not be read. Nothing was changed.</source>
        <translation>无法读取购物车。未做任何更改。</translation>
    </message>
</context>
<context>
    <name>CareDesk::CatalogModel</name>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>有现货</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Care member price %1</source>
        <translation>Care 会员价 %1</translation>
    </message>
    <message>
        <source>earns points</source>
        <translation>可赚取积分</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Nothing in this category.</source>
        <translation>此类别中没有商品。</translation>
    </message>
    <message>
        <source>No item matches “%1”.</source>
        <translation>没有与“%1”相符的商品。</translation>
    </message>
    <message>
        <source>Added to the cart: %1.</source>
        <translation>已加入购物车：%1。</translation>
    </message>
    <message>
        <source>This item is not a free download.</source>
        <translation>此商品不是免费下载。</translation>
    </message>
    <message>
        <source>Opening the download page in your browser: %1</source>
        <translation>正在浏览器中打开下载页面：%1</translation>
    </message>
    <message>
        <source>Back-order: ships in about %1 days</source>
        <translation>预订：约 %1 天后发货</translation>
    </message>
    <message>
        <source>Items found: %1</source>
        <translation>找到的商品：%1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Checkout</name>
    <message>
        <source>Order %1 is placed. %2 was charged to your card.</source>
        <translation>订单 %1 已下单。已从您的银行卡扣款 %2。</translation>
    </message>
    <message>
        <source>Order %1 is placed. Nothing was charged to your card.</source>
        <translation>订单 %1 已下单。未从您的银行卡扣款。</translation>
    </message>
    <message>
        <source>It earns %1, pending until it ships.</source>
        <translation>此订单可赚取 %1，发货前为待入账状态。</translation>
    </message>
    <message>
        <source>Care upgrade: for the ground price</source>
        <translation>Care 升级：按普通运送价格</translation>
    </message>
    <message>
        <source>ships %1, arrives by %2</source>
        <translation>%1 发货，%2 前送达</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Complimentary with Care (worth %1)</source>
        <translation>Care 会员赠品（价值 %1）</translation>
    </message>
    <message>
        <source>Member price, you save %1</source>
        <translation>会员价，节省 %1</translation>
    </message>
    <message>
        <source>Promotion −%1</source>
        <translation>促销 −%1</translation>
    </message>
    <message>
        <source>%1 paid with points</source>
        <translation>%1 以积分支付</translation>
    </message>
    <message>
        <source>Back-ordered: ships by ground on %1</source>
        <translation>预订商品：将于 %1 以普通运送发货</translation>
    </message>
    <message>
        <source>Ships %1</source>
        <translation>%1 发货</translation>
    </message>
    <message>
        <source>Earns %1</source>
        <translation>赚取 %1</translation>
    </message>
    <message>
        <source>%1, quantity %2, %3. %4</source>
        <translation>%1，数量 %2，%3。%4</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Care member savings (included above)</source>
        <translation>Care 会员节省（已含在上方）</translation>
    </message>
    <message>
        <source>Promotion (included above)</source>
        <translation>促销优惠（已含在上方）</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <source>Care shipping upgrade (not charged)</source>
        <translation>Care 运送升级（不收费）</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税费</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>订单总额</translation>
    </message>
    <message>
        <source>Paid with %1</source>
        <translation>以 %1 支付</translation>
    </message>
    <message>
        <source>Gift card ending %1</source>
        <translation>尾号 %1 的礼品卡</translation>
    </message>
    <message>
        <source>To pay by card</source>
        <translation>需以银行卡支付</translation>
    </message>
    <message>
        <source>Points are for signed-in members.</source>
        <translation>积分仅供已登录的会员使用。</translation>
    </message>
    <message>
        <source>You have %1 (%2). Up to %3 can pay for the qualifying products of this order; never for tax or shipping.</source>
        <translation>您有 %1（%2）。本订单的合格产品最多可用 %3 支付；积分不可用于税费或运费。</translation>
    </message>
    <message>
        <source>Orders placed as a guest earn no points (sign in first to earn them).</source>
        <translation>以访客身份下的订单不赚取积分（请先登录以赚取积分）。</translation>
    </message>
    <message>
        <source>This order earns %1, pending until it ships.</source>
        <translation>此订单可赚取 %1，发货前为待入账状态。</translation>
    </message>
    <message>
        <source>This order earns no points.</source>
        <translation>此订单不赚取积分。</translation>
    </message>
    <message>
        <source>Some items are no longer sold: remove them from the cart.</source>
        <translation>部分商品已停售：请将其从购物车中移除。</translation>
    </message>
    <message>
        <source>Enter your email address for the receipt, like name@example.com.</source>
        <translation>请输入接收收据的电子邮件地址，例如 name@example.com。</translation>
    </message>
</context>
<context>
    <name>CareDesk::DatabaseSettings</name>
    <message>
        <source>Write the address as postgresql://user@host:5432/dbname.</source>
        <translation>请按 postgresql://用户@主机:5432/数据库名 的格式填写地址。</translation>
    </message>
    <message>
        <source>The address names no server: postgresql://user@SERVER:5432/dbname.</source>
        <translation>地址中没有服务器：postgresql://user@服务器:5432/dbname。</translation>
    </message>
    <message>
        <source>The address names no database: postgresql://user@host:5432/DATABASE.</source>
        <translation>地址中没有数据库名：postgresql://user@host:5432/数据库名。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, for example 5432.</source>
        <translation>端口必须是 1 到 65535 之间的数字，例如 5432。</translation>
    </message>
    <message>
        <source>Enter the address of the store&apos;s database.</source>
        <translation>请输入商店数据库的地址。</translation>
    </message>
    <message>
        <source>Leave the password out of the address; put it in ~/.pgpass on this computer.</source>
        <translation>地址中不要包含密码；请将密码写入本机的 ~/.pgpass。</translation>
    </message>
</context>
<context>
    <name>CareDesk::OrderDetail</name>
    <message>
        <source>%1, placed %2</source>
        <translation>%1，下单时间 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>CareDesk::OrderLinesModel</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::OrdersModel</name>
    <message>
        <source>%1, placed %2: %3, %4. %5</source>
        <translation>%1，下单时间 %2：%3，%4。%5</translation>
    </message>
</context>
<context>
    <name>CareDesk::PointsDashboard</name>
    <message>
        <source>Leaving forfeits your %1 available points (worth %2) and cancels %3 pending points. Your request is processed after two business days; until then you can withdraw it.</source>
        <translation>退出将作废您的 %1 可用积分（价值 %2），并取消 %3 待入账积分。您的申请将在两个工作日后处理；在此之前可以撤回。</translation>
    </message>
    <message>
        <source>%1: %2 points expire</source>
        <translation>%1：%2 积分到期</translation>
    </message>
    <message>
        <source>Sign in to manage your membership.</source>
        <translation>请登录以管理您的会员资格。</translation>
    </message>
    <message>
        <source>Your request could not be recorded (is one already pending?). Nothing was changed.</source>
        <translation>无法记录您的申请（是否已有待处理的申请？）。未做任何更改。</translation>
    </message>
    <message>
        <source>There is no pending request to withdraw; it may already have been processed.</source>
        <translation>没有可撤回的待处理申请；它可能已被处理。</translation>
    </message>
</context>
<context>
    <name>CareDesk::StatementModel</name>
    <message>
        <source>%1 pending</source>
        <translation>%1 待入账</translation>
    </message>
    <message>
        <source>%1, %2, %3%4, balance %5</source>
        <translation>%1，%2，%3%4，余额 %5</translation>
    </message>
    <message>
        <source>Write dates as year-month-day, for example 2026-03-31.</source>
        <translation>请按“年-月-日”格式填写日期，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Pending points</source>
        <translation>待入账积分</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::StorageHealth</name>
    <message>
        <source>The disk is full, so CareDesk could not save your last change and kept nothing of it. Free some space, then try again.</source>
        <translation>磁盘已满，CareDesk 无法保存您刚才的更改，也未保留其中任何部分。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>CareDesk can no longer write to its data folder, so your last change was not saved. Check that the disk is still connected and writable, then restart CareDesk.</source>
        <translation>CareDesk 无法再写入其数据文件夹，因此您刚才的更改未保存。请检查磁盘是否仍已连接且可写入，然后重新启动 CareDesk。</translation>
    </message>
    <message>
        <source>The disk reported an error, so your last change was not saved. Check the disk; what was saved before is in the database and its daily copies.</source>
        <translation>磁盘报告了错误，因此您刚才的更改未保存。请检查磁盘；之前保存的内容仍在数据库及其每日副本中。</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingCheckout</name>
    <message>
        <source>%1: %2, %3. %4 for one student.</source>
        <translation>%1：%2，%3。每名学员 %4。</translation>
    </message>
    <message>
        <source>Registered %1. Order %2: %3 was charged to your card; the confirmation goes to %4.</source>
        <translation>已为 %1 报名。订单 %2：已从您的银行卡扣款 %3；确认信将发送至 %4。</translation>
    </message>
</context>
<context>
    <name>CareDesk::WarrantyHelp</name>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Macau</source>
        <translation>澳门</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台湾</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>其他地区</translation>
    </message>
    <message>
        <source>Sony China or an authorized dealer</source>
        <translation>索尼中国或授权经销商</translation>
    </message>
    <message>
        <source>JD.com (京东)</source>
        <translation>京东（JD.com）</translation>
    </message>
    <message>
        <source>Another seller</source>
        <translation>其他卖家</translation>
    </message>
    <message>
        <source>It just stopped working</source>
        <translation>突然不能用了</translation>
    </message>
    <message>
        <source>I am not sure what happened</source>
        <translation>我不确定发生了什么</translation>
    </message>
    <message>
        <source>Worn parts (ear pads, battery ageing)</source>
        <translation>易耗件磨损（耳垫、电池老化）</translation>
    </message>
    <message>
        <source>Lightning or a power surge</source>
        <translation>雷击或电源浪涌</translation>
    </message>
    <message>
        <source>It was dropped, crushed or knocked</source>
        <translation>摔落、挤压或碰撞</translation>
    </message>
    <message>
        <source>Water, moisture or another liquid</source>
        <translation>进水、受潮或其他液体</translation>
    </message>
    <message>
        <source>Something got inside it</source>
        <translation>有异物进入</translation>
    </message>
    <message>
        <source>An accident, disaster or war</source>
        <translation>意外、灾害或战争</translation>
    </message>
    <message>
        <source>It was opened, modified or repaired by someone not authorized</source>
        <translation>被自行拆开、改装或由非授权人员维修</translation>
    </message>
    <message>
        <source>It was used or stored against the manual</source>
        <translation>未按说明书使用或存放</translation>
    </message>
    <message>
        <source>Sign in to JD.com with your account.</source>
        <translation>用您的账号登录京东。</translation>
    </message>
    <message>
        <source>Open your account page (click your user name).</source>
        <translation>打开账户页面（点击您的用户名）。</translation>
    </message>
    <message>
        <source>My JD</source>
        <translation>我的京东</translation>
    </message>
    <message>
        <source>In the left column, under Customer Service, choose Repair/Return/Exchange.</source>
        <translation>在左侧栏的“客户服务”下，选择“返修退换货”。</translation>
    </message>
    <message>
        <source>Customer Service → Repair/Return/Exchange</source>
        <translation>客户服务 → 返修退换货</translation>
    </message>
    <message>
        <source>Choose Apply for after-sales.</source>
        <translation>点击“申请售后”。</translation>
    </message>
    <message>
        <source>Apply for after-sales</source>
        <translation>申请售后</translation>
    </message>
    <message>
        <source>Pick the item, apply, and describe the problem. No invoice is needed.</source>
        <translation>选择商品并申请，然后描述问题。无需发票。</translation>
    </message>
    <message>
        <source>Wait for the review; if JD asks for details, add them through customer service.</source>
        <translation>等待审核；如需补充信息，可通过客服提交补充说明。</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>申请 %1：%2</translation>
    </message>
    <message>
        <source>%1, bought %2: %3</source>
        <translation>%1，购于 %2：%3</translation>
    </message>
    <message>
        <source>Submitted, waiting for the service centre</source>
        <translation>已提交，等待服务中心处理</translation>
    </message>
    <message>
        <source>Enter the purchase date as year-month-day, for example 2026-05-01.</source>
        <translation>请按“年-月-日”填写购买日期，例如 2026-05-01。</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>在保修范围内</translation>
    </message>
    <message>
        <source>Not covered by the warranty</source>
        <translation>不在保修范围内</translation>
    </message>
    <message>
        <source>Needs an inspection</source>
        <translation>需要检测</translation>
    </message>
    <message>
        <source>Sony China&apos;s warranty is a company policy valid in mainland China only, not in Hong Kong, Macau or Taiwan (and it is not the statutory &quot;three guarantees&quot;).</source>
        <translation>索尼中国的保修是企业政策，仅在中国大陆有效，不适用于香港、澳门和台湾（且不同于法定“三包”）。</translation>
    </message>
    <message>
        <source>The product was not sold by Sony China or an authorized dealer.</source>
        <translation>该产品并非由索尼中国或授权经销商销售。</translation>
    </message>
    <message>
        <source>The warranty card, the product box and the original invoice must all be shown together.</source>
        <translation>保修卡、产品包装盒和原始发票须同时出示。</translation>
    </message>
    <message>
        <source>Bought on JD.com: JD&apos;s after-sales service in your JD account handles it, no invoice needed.</source>
        <translation>在京东购买：通过您京东账户中的售后服务办理，无需发票。</translation>
    </message>
    <message>
        <source>The box does not match the product.</source>
        <translation>包装盒与产品不符。</translation>
    </message>
    <message>
        <source>The warranty period ended on %1.</source>
        <translation>保修期已于 %1 结束。</translation>
    </message>
    <message>
        <source>What happened is excluded from the warranty: %1.</source>
        <translation>该情况不在保修范围内：%1。</translation>
    </message>
    <message>
        <source>The cause is not known yet: the service centre inspects the product first. Within the warranty (until %1) and with no excluded cause, the repair is free.</source>
        <translation>原因尚不明确：服务中心会先检测产品。在保修期内（至 %1）且不属于除外情况的，维修免费。</translation>
    </message>
    <message>
        <source>Bought from Sony China or an authorized dealer in mainland China, within the warranty period (until %1), documents in order, and the fault is not excluded.</source>
        <translation>在中国大陆从索尼中国或授权经销商购买，处于保修期内（至 %1），凭证齐全，且故障不属于除外情况。</translation>
    </message>
    <message>
        <source>Bought in the US while you were a Care member: protected until %1 as long as your membership stays active.</source>
        <translation>在美国购买且购买时为 Care 会员：只要会员资格保持有效，保障至 %1。</translation>
    </message>
    <message>
        <source>A US purchase without Care protection: the store&apos;s warranty policy for defective items applies.</source>
        <translation>在美国购买但无 Care 保障：适用商店对故障商品的保修政策。</translation>
    </message>
    <message>
        <source>The service centre repairs the product, or replaces it with the same model or one of no lower specification. A replacement does not extend or restart the warranty, and replaced parts are not returned (R-W3).</source>
        <translation>服务中心将维修产品，或更换为同型号或规格不低于原型号的产品。更换不会延长或重新计算保修期，更换下的零件不予退还（R-W3）。</translation>
    </message>
    <message>
        <source>Apply for after-sales in your JD.com account: see the JD.com steps below.</source>
        <translation>请在您的京东账户中申请售后：步骤见下方。</translation>
    </message>
    <message>
        <source>Take the product with its warranty card, box and original invoice to a Sony service centre, or send a service request below.</source>
        <translation>请携带产品及保修卡、包装盒和原始发票前往索尼服务中心，或在下方提交服务申请。</translation>
    </message>
    <message>
        <source>A paid repair is still possible while parts exist: send a service request below (R-W5).</source>
        <translation>只要有零件，仍可付费维修：请在下方提交服务申请（R-W5）。</translation>
    </message>
    <message>
        <source>Parts for this product are no longer available, so no repair can be offered.</source>
        <translation>该产品已无零件供应，无法提供维修。</translation>
    </message>
    <message>
        <source>Contact the Care support line to claim under your Care protection.</source>
        <translation>请联系 Care 专属客服，按 Care 保障申请。</translation>
    </message>
    <message>
        <source>Contact store support: defective items follow the store&apos;s warranty policy.</source>
        <translation>请联系商店客服：故障商品按商店的保修政策处理。</translation>
    </message>
    <message>
        <source>Your name is missing.</source>
        <translation>缺少您的姓名。</translation>
    </message>
    <message>
        <source>The address is missing.</source>
        <translation>缺少地址。</translation>
    </message>
    <message>
        <source>The phone number is missing or is not a number (7 to 15 digits).</source>
        <translation>缺少电话号码，或号码格式不正确（7 到 15 位数字）。</translation>
    </message>
    <message>
        <source>The product model is missing.</source>
        <translation>缺少产品型号。</translation>
    </message>
    <message>
        <source>The description of the fault is missing.</source>
        <translation>缺少故障描述。</translation>
    </message>
    <message>
        <source>What you want (repair, replacement, ...) is missing.</source>
        <translation>缺少您的诉求（维修、更换等）。</translation>
    </message>
    <message>
        <source>Sign in to send a service request; guests can use the coverage check.</source>
        <translation>请登录后提交服务申请；访客可使用保修查询。</translation>
    </message>
    <message>
        <source>The request could not be saved. Nothing was changed; please try again.</source>
        <translation>无法保存申请。未做任何更改，请重试。</translation>
    </message>
    <message>
        <source>The purchase date is missing, in the future or more than %1 years ago (year-month-day).</source>
        <translation>缺少购买日期，或日期在今天之后或早于 %1 年前（年-月-日）。</translation>
    </message>
    <message>
        <source>Your name contains line breaks or other control characters. Type it on one line.</source>
        <translation>您的姓名包含换行符或其他控制字符。请在一行内输入。</translation>
    </message>
    <message>
        <source>The address contains line breaks or other control characters. Type it on one line.</source>
        <translation>地址包含换行符或其他控制字符。请在一行内输入。</translation>
    </message>
    <message>
        <source>The product model contains line breaks or other control characters. Type it as printed on the product.</source>
        <translation>产品型号包含换行符或其他控制字符。请按产品上印刷的型号输入。</translation>
    </message>
    <message>
        <source>The description contains control characters that cannot be sent. Type it again or paste it as plain text.</source>
        <translation>描述中包含无法发送的控制字符。请重新输入，或以纯文本粘贴。</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Care membership</source>
        <translation>Care 会员</translation>
    </message>
    <message>
        <source>$179.99 a year: member pricing, free shipping upgrades, complimentary items, a dedicated support line, and 2-year protection for products you buy while a member.</source>
        <translation>每年 $179.99：会员价、免费运送升级、赠品、专属客服热线，以及会员期间所购产品最长 2 年的保障。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Active until the term ends</source>
        <translation>有效至本期结束</translation>
    </message>
    <message>
        <source>Waiting for activation</source>
        <translation>等待激活</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>非会员</translation>
    </message>
    <message>
        <source>Turn off auto-renew…</source>
        <translation>关闭自动续订…</translation>
    </message>
    <message>
        <source>Turn on auto-renew…</source>
        <translation>开启自动续订…</translation>
    </message>
    <message>
        <source>Turn off auto-renew</source>
        <translation>关闭自动续订</translation>
    </message>
    <message>
        <source>Turn on auto-renew</source>
        <translation>开启自动续订</translation>
    </message>
    <message>
        <source>Cancel with a refund</source>
        <translation>取消并退款</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>已满足：%1</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>未满足：%1</translation>
    </message>
    <message>
        <source>Cancel and refund…</source>
        <translation>取消并退款…</translation>
    </message>
    <message>
        <source>Cancel Care and get the refund</source>
        <translation>取消 Care 并获得退款</translation>
    </message>
    <message>
        <source>Messages (%1 new)</source>
        <translation>消息（%1 条新消息）</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>没有消息。</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Turn off auto-renew?</source>
        <translation>确定关闭自动续订？</translation>
    </message>
    <message>
        <source>Turn on auto-renew?</source>
        <translation>确定开启自动续订？</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Confirm: turn off auto-renew</source>
        <translation>确认：关闭自动续订</translation>
    </message>
    <message>
        <source>Confirm: turn on auto-renew</source>
        <translation>确认：开启自动续订</translation>
    </message>
    <message>
        <source>Cancel Care and refund?</source>
        <translation>确定取消 Care 并退款？</translation>
    </message>
    <message>
        <source>Keep Care</source>
        <translation>保留 Care</translation>
    </message>
    <message>
        <source>Cancel and refund</source>
        <translation>取消并退款</translation>
    </message>
    <message>
        <source>Confirm: cancel Care and refund</source>
        <translation>确认：取消 Care 并退款</translation>
    </message>
    <message>
        <source>Covered products</source>
        <translation>受保障的产品</translation>
    </message>
    <message>
        <source>Products bought on the store while you are a Care member are protected for two years from purchase, as long as your membership stays active. Use the arrow keys to move through the list.</source>
        <translation>您作为 Care 会员期间在商店购买的产品，自购买之日起享受两年保障，前提是您的会员资格保持有效。使用方向键在列表中移动。</translation>
    </message>
    <message>
        <source>You have no qualifying products yet. Products you buy on the store while you are a Care member are protected for two years.</source>
        <translation>您还没有合格产品。您作为 Care 会员期间在商店购买的产品享受两年保障。</translation>
    </message>
    <message>
        <source>✓ Covered</source>
        <translation>✓ 受保障</translation>
    </message>
    <message>
        <source>✗ Not covered</source>
        <translation>✗ 不受保障</translation>
    </message>
    <message>
        <source>Show older products</source>
        <translation>显示更早的产品</translation>
    </message>
</context>
<context>
    <name>CartPane</name>
    <message>
        <source>Your cart is empty. Add products from the catalog.</source>
        <translation>您的购物车是空的。请从商品目录中添加产品。</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>购物车商品</translation>
    </message>
    <message>
        <source>%1 (saved for later)</source>
        <translation>%1（留待稍后购买）</translation>
    </message>
    <message>
        <source>%1 each · %2</source>
        <translation>每件 %1 · %2</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Quantity of %1: %2</source>
        <translation>%1 的数量：%2</translation>
    </message>
    <message>
        <source>Move back to the cart</source>
        <translation>移回购物车</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>留待稍后购买</translation>
    </message>
    <message>
        <source>Move %1 back to the cart</source>
        <translation>将 %1 移回购物车</translation>
    </message>
    <message>
        <source>Save %1 for later</source>
        <translation>将 %1 留待稍后购买</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 from the cart</source>
        <translation>从购物车中移除 %1</translation>
    </message>
    <message>
        <source>Save parts and software for later</source>
        <translation>将零件和软件留待稍后购买</translation>
    </message>
    <message>
        <source>Items in the cart: %1. Subtotal: %2</source>
        <translation>购物车中的商品：%1 件。小计：%2</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>结账</translation>
    </message>
    <message>
        <source>Not yet: see the problems listed above.</source>
        <translation>暂时不能结账：请查看上方列出的问题。</translation>
    </message>
</context>
<context>
    <name>CatalogPane</name>
    <message>
        <source>Search the catalog</source>
        <translation>搜索商品目录</translation>
    </message>
    <message>
        <source>Name, model or part number</source>
        <translation>名称、型号或零件编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>目录商品</translation>
    </message>
    <message>
        <source>you pay %1 as a Care member</source>
        <translation>作为 Care 会员，您只需支付 %1</translation>
    </message>
    <message>
        <source>Care members pay %1</source>
        <translation>Care 会员价 %1</translation>
    </message>
    <message>
        <source>earns points</source>
        <translation>可赚取积分</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>下载 %1</translation>
    </message>
    <message>
        <source>Register for %1</source>
        <translation>报名 %1</translation>
    </message>
    <message>
        <source>Add %1 to the cart</source>
        <translation>将 %1 加入购物车</translation>
    </message>
</context>
<context>
    <name>CheckoutPane</name>
    <message>
        <source>Shipping address</source>
        <translation>收货地址</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>账单地址</translation>
    </message>
    <message>
        <source>Orders ship to a street address in the US; not to a P.O. box.</source>
        <translation>订单寄送至美国的街道地址；不寄送至邮政信箱。</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>街道地址</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State</source>
        <translation>州</translation>
    </message>
    <message>
        <source>Choose the state</source>
        <translation>选择州</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>州：%1</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Your email, for the receipt</source>
        <translation>您的电子邮件（用于接收收据）</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>运送方式</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Points to use</source>
        <translation>要使用的积分</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Gift card and promotion code</source>
        <translation>礼品卡和促销代码</translation>
    </message>
    <message>
        <source>Gift card code (optional)</source>
        <translation>礼品卡代码（可选）</translation>
    </message>
    <message>
        <source>Promotion code (optional)</source>
        <translation>促销代码（可选）</translation>
    </message>
    <message>
        <source>Payment card</source>
        <translation>付款卡</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核对订单</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>See your orders</source>
        <translation>查看您的订单</translation>
    </message>
    <message>
        <source>Place order, total %1</source>
        <translation>下单，总计 %1</translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Membership is free for US residents aged 18 or over (19 in Alabama and Nebraska). One account per email.</source>
        <translation>年满 18 岁（阿拉巴马州和内布拉斯加州为 19 岁）的美国居民可免费成为会员。每个电子邮件限一个账户。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Date of birth (year-month-day)</source>
        <translation>出生日期（年-月-日）</translation>
    </message>
    <message>
        <source>1990-04-23</source>
        <translation>1990-04-23</translation>
    </message>
    <message>
        <source>Date of birth, year-month-day</source>
        <translation>出生日期，年-月-日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>州</translation>
    </message>
    <message>
        <source>Choose your state</source>
        <translation>选择您所在的州</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>州：%1</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>密码（至少 8 个字符）</translation>
    </message>
    <message>
        <source>Password, at least 8 characters</source>
        <translation>密码，至少 8 个字符</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>返回登录</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Your points at a glance.</source>
        <translation>一眼看清您的积分。</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <source>Sign in to see your points. Guest orders do not earn points.</source>
        <translation>登录即可查看积分。访客订单不累积积分。</translation>
    </message>
    <message>
        <source>Available points</source>
        <translation>可用积分</translation>
    </message>
    <message>
        <source>Worth %1 at checkout</source>
        <translation>结账时可抵 %1</translation>
    </message>
    <message>
        <source>Pending points</source>
        <translation>待入账积分</translation>
    </message>
    <message>
        <source>Post when these ship: %1</source>
        <translation>以下订单发货后入账：%1</translation>
    </message>
    <message>
        <source>Nothing waiting for shipment.</source>
        <translation>没有等待发货的积分。</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>30 天内到期</translation>
    </message>
    <message>
        <source>%1 within 60 days, %2 within 90 days</source>
        <translation>60 天内 %1，90 天内 %2</translation>
    </message>
    <message>
        <source>Points expiring per month, next 24 months</source>
        <translation>未来 24 个月每月到期积分</translation>
    </message>
    <message>
        <source>Select a month (Tab, then Left and Right) to read its figure.</source>
        <translation>选择月份（按 Tab，然后用左右方向键）即可读取数值。</translation>
    </message>
    <message>
        <source>Leave the program</source>
        <translation>退出会员计划</translation>
    </message>
    <message>
        <source>You asked to leave. The request is processed on %1; until then you can withdraw it.</source>
        <translation>您已申请退出。申请将于 %1 处理；在此之前可以撤回。</translation>
    </message>
    <message>
        <source>You left the program on %1; your points were forfeited.</source>
        <translation>您已于 %1 退出会员计划；您的积分已作废。</translation>
    </message>
    <message>
        <source>Leave the program…</source>
        <translation>退出会员计划…</translation>
    </message>
    <message>
        <source>Withdraw my request</source>
        <translation>撤回我的申请</translation>
    </message>
</context>
<context>
    <name>ExpiryChart</name>
    <message>
        <source>Points expiring per month</source>
        <translation>每月到期积分</translation>
    </message>
</context>
<context>
    <name>LeaveProgramDialog</name>
    <message>
        <source>Leave the program?</source>
        <translation>确定退出会员计划？</translation>
    </message>
    <message>
        <source>Keep my points</source>
        <translation>保留我的积分</translation>
    </message>
    <message>
        <source>Leave and forfeit</source>
        <translation>退出并放弃积分</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Care membership</source>
        <translation>Care 会员</translation>
    </message>
    <message>
        <source>Shop &amp; Cart</source>
        <translation>商店和购物车</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Warranty help</source>
        <translation>保修帮助</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>CareDesk — %1</source>
        <translation>CareDesk — %1</translation>
    </message>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>访客</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Browsing as a guest</source>
        <translation>以访客身份浏览</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Leave guest mode</source>
        <translation>退出访客模式</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation>快捷键 %1</translation>
    </message>
</context>
<context>
    <name>OrderWording</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 and 1 more item</source>
        <translation>%1 及另外 1 件商品</translation>
    </message>
    <message>
        <source>%1 and %2 more items</source>
        <translation>%1 及另外 %2 件商品</translation>
    </message>
    <message>
        <source>Redeemed %1</source>
        <translation>已兑换 %1</translation>
    </message>
    <message>
        <source>earns %1</source>
        <translation>可获得 %1</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>已于 %1 取消</translation>
    </message>
    <message>
        <source>Returned on %1</source>
        <translation>已于 %1 退货</translation>
    </message>
    <message>
        <source>Licence key sent by email</source>
        <translation>许可证密钥已通过电子邮件发送</translation>
    </message>
    <message>
        <source>Class registration</source>
        <translation>课程报名</translation>
    </message>
    <message>
        <source>Care membership: see the Care page</source>
        <translation>Care 会员：请查看 Care 页面</translation>
    </message>
    <message>
        <source>Delivered on %1 · tracking %2</source>
        <translation>已于 %1 送达 · 运单号 %2</translation>
    </message>
    <message>
        <source>Shipped on %1 · tracking %2 · arrives by %3</source>
        <translation>已于 %1 发货 · 运单号 %2 · 预计 %3 前送达</translation>
    </message>
    <message>
        <source>%1 · ships on %2 · arrives by %3</source>
        <translation>%1 · %2 发货 · 预计 %3 前送达</translation>
    </message>
    <message>
        <source>Back-ordered: %1</source>
        <translation>缺货待补：%1</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>price match %1 back</source>
        <translation>价格匹配退还 %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>已退款 %1</translation>
    </message>
    <message>
        <source>restocking fee %1</source>
        <translation>重新上架费 %1</translation>
    </message>
    <message>
        <source>paid with %1</source>
        <translation>使用 %1 支付</translation>
    </message>
    <message>
        <source>%1 pending until it ships</source>
        <translation>%1 待发货后入账</translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation>已获得 %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>Care member savings: %1</source>
        <translation>Care 会员优惠：%1</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>折扣：−%1</translation>
    </message>
    <message>
        <source>Shipping: %1</source>
        <translation>运费：%1</translation>
    </message>
    <message>
        <source>Free shipping upgrade (Care): %1</source>
        <translation>免费配送升级（Care）：%1</translation>
    </message>
    <message>
        <source>Tax: %1</source>
        <translation>税费：%1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <source>Paid with points: %1 (%2)</source>
        <translation>积分支付：%1（%2）</translation>
    </message>
    <message>
        <source>Paid by gift card: %1</source>
        <translation>礼品卡支付：%1</translation>
    </message>
    <message>
        <source>Paid by %1 ending %2: %3</source>
        <translation>%1 尾号 %2 支付：%3</translation>
    </message>
    <message>
        <source>Promotion code: %1</source>
        <translation>促销代码：%1</translation>
    </message>
    <message>
        <source>Class for %1 (%2)</source>
        <translation>学员：%1（%2）</translation>
    </message>
    <message>
        <source>Ships to %1, %2, %3, %4 %5</source>
        <translation>寄送至 %1，%2，%3，%4 %5</translation>
    </message>
    <message>
        <source>New price: %1 each; you paid %2 for %3 × %4</source>
        <translation>新价格：每件 %1；您为 %3 × %4 支付了 %2</translation>
    </message>
    <message>
        <source>Restocking fee (15%, at least $5 per line): %1</source>
        <translation>重新上架费（15%，每行至少 $5）：%1</translation>
    </message>
    <message>
        <source>Of that fee, %1 comes out of the points you paid with</source>
        <translation>其中 %1 从您支付时使用的积分中扣除</translation>
    </message>
    <message>
        <source>Shipping refunded: %1 (nothing else in the order ships)</source>
        <translation>退还运费：%1（订单中没有其他商品需要发货）</translation>
    </message>
    <message>
        <source>Tax refunded: %1</source>
        <translation>退还税费：%1</translation>
    </message>
    <message>
        <source>Money back: %1</source>
        <translation>退款金额：%1</translation>
    </message>
    <message>
        <source>To your card ending %1: %2</source>
        <translation>退至尾号 %1 的银行卡：%2</translation>
    </message>
    <message>
        <source>To your gift card: %1</source>
        <translation>退至您的礼品卡：%1</translation>
    </message>
    <message>
        <source>Points you paid with, back to your balance: %1</source>
        <translation>支付时使用的积分退回余额：%1</translation>
    </message>
    <message>
        <source>Pending points this line would have earned, cancelled: %1</source>
        <translation>此商品本应获得的待入账积分将取消：%1</translation>
    </message>
    <message>
        <source>Points earned on this line, taken back: %1</source>
        <translation>此商品已获得的积分将扣回：%1</translation>
    </message>
    <message>
        <source>Your balance is %1 short of the points to take back</source>
        <translation>您的余额比需扣回的积分少 %1</translation>
    </message>
    <message>
        <source>That shortfall is taken from the money back: %1</source>
        <translation>差额从退款中扣除：%1</translation>
    </message>
    <message>
        <source>Shortfall forgiven: %1</source>
        <translation>差额已免除：%1</translation>
    </message>
    <message>
        <source>Complimentary items that came with it go back too: %1</source>
        <translation>随附的赠品也需一并退回：%1</translation>
    </message>
    <message>
        <source>Cancel %1 × %2?</source>
        <translation>取消 %1 × %2？</translation>
    </message>
    <message>
        <source>Return %1 × %2?</source>
        <translation>退货 %1 × %2？</translation>
    </message>
    <message>
        <source>Price match %1?</source>
        <translation>为 %1 申请价格匹配？</translation>
    </message>
    <message>
        <source>Cancel this line</source>
        <translation>取消此商品</translation>
    </message>
    <message>
        <source>Return this line</source>
        <translation>退回此商品</translation>
    </message>
    <message>
        <source>Match the price</source>
        <translation>匹配价格</translation>
    </message>
    <message>
        <source>The card refund did not go through, so nothing was changed. Try again later.</source>
        <translation>银行卡退款未成功，因此未做任何更改。请稍后再试。</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed. Try again.</source>
        <translation>无法保存更改，因此未做任何更改。请重试。</translation>
    </message>
    <message>
        <source>Cancelled. %1 is on its way back; %2 restored to your balance.</source>
        <translation>已取消。%1 正在退回；%2 已恢复到您的余额。</translation>
    </message>
    <message>
        <source>Return recorded. %1 is on its way back; %2 restored to your balance.</source>
        <translation>退货已登记。%1 正在退回；%2 已恢复到您的余额。</translation>
    </message>
    <message>
        <source>Price matched. %1 is on its way back.</source>
        <translation>价格已匹配。%1 正在退回。</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Your orders, shipments, cancellations and returns.</source>
        <translation>您的订单、发货、取消和退货。</translation>
    </message>
    <message>
        <source>You have no orders yet. What you buy in the Shop appears here.</source>
        <translation>您还没有订单。您在商店购买的商品会显示在这里。</translation>
    </message>
    <message>
        <source>Sign in to see your orders.</source>
        <translation>登录后查看您的订单。</translation>
    </message>
    <message>
        <source>Order history: %1 orders</source>
        <translation>订单记录：%1 个订单</translation>
    </message>
    <message>
        <source>Open Warranty help</source>
        <translation>打开保修帮助</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Keep it: change nothing</source>
        <translation>保留：不做任何更改</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>订单商品</translation>
    </message>
    <message>
        <source>%1 × %2 · %3</source>
        <translation>%1 × %2 · %3</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>取消…</translation>
    </message>
    <message>
        <source>Cancel %1: see what comes back first</source>
        <translation>取消 %1：先查看将退回的内容</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退货…</translation>
    </message>
    <message>
        <source>Return %1: see the refund and fee first</source>
        <translation>退回 %1：先查看退款和费用</translation>
    </message>
    <message>
        <source>It is defective…</source>
        <translation>商品有故障…</translation>
    </message>
    <message>
        <source>%1 is defective</source>
        <translation>%1 有故障</translation>
    </message>
    <message>
        <source>Competitor&apos;s price</source>
        <translation>竞争对手价格</translation>
    </message>
    <message>
        <source>Competitor&apos;s price for one %1</source>
        <translation>一件 %1 的竞争对手价格</translation>
    </message>
    <message>
        <source>Request a price match…</source>
        <translation>申请价格匹配…</translation>
    </message>
    <message>
        <source>Request a price match for %1</source>
        <translation>为 %1 申请价格匹配</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Care benefits on this order</source>
        <translation>此订单的 Care 权益</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>积分明细</translation>
    </message>
    <message>
        <source>Every change to your points, newest first, with the balance after it.</source>
        <translation>积分的每一笔变动（最新在前）及变动后的余额。</translation>
    </message>
    <message>
        <source>Sign in to see your points statement.</source>
        <translation>登录即可查看积分明细。</translation>
    </message>
    <message>
        <source>Show kind: %1</source>
        <translation>显示类型：%1</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>开始（年-月-日）</translation>
    </message>
    <message>
        <source>From date, year-month-day</source>
        <translation>开始日期，年-月-日</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>结束（年-月-日）</translation>
    </message>
    <message>
        <source>To date, year-month-day</source>
        <translation>结束日期，年-月-日</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export the statement as a CSV file</source>
        <translation>将明细导出为 CSV 文件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Statement entries</source>
        <translation>明细记录</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>没有符合条件的记录。</translation>
    </message>
    <message>
        <source>Export the points statement</source>
        <translation>导出积分明细</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>PointsWording</name>
    <message>
        <source>Earned, waiting for shipment</source>
        <translation>已获得，等待发货</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>已入账</translation>
    </message>
    <message>
        <source>Pending points cancelled</source>
        <translation>待入账积分已取消</translation>
    </message>
    <message>
        <source>Used at checkout</source>
        <translation>结账时使用</translation>
    </message>
    <message>
        <source>Returned to your points</source>
        <translation>已退回积分</translation>
    </message>
    <message>
        <source>Taken back for a return</source>
        <translation>因退货扣回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Forfeited on leaving</source>
        <translation>退出时作废</translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation>价格调整</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖励积分</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>语言：%1</translation>
    </message>
    <message>
        <source>CareDesk follows your system language until you choose one here.</source>
        <translation>在此选择语言之前，CareDesk 使用系统语言。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已登录：%1（%2）。</translation>
    </message>
    <message>
        <source>You are browsing as a guest. Orders placed as a guest do not earn points.</source>
        <translation>您正在以访客身份浏览。以访客身份下的订单不累积积分。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Leave guest mode</source>
        <translation>退出访客模式</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>CareDesk %1. Dates follow the store&apos;s time zone, New York; amounts are in US dollars.</source>
        <translation>CareDesk %1。日期采用商店所在时区（纽约）；金额以美元计。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>This terminal uses the store&apos;s shared database %1.</source>
        <translation>本终端使用商店的共享数据库 %1。</translation>
    </message>
    <message>
        <source>This terminal uses its own database on this computer: %1.</source>
        <translation>本终端使用本机自己的数据库：%1。</translation>
    </message>
    <message>
        <source>It was chosen with --database for this run only.</source>
        <translation>这是通过 --database 选择的，仅用于本次运行。</translation>
    </message>
    <message>
        <source>A store with several terminals keeps one shared PostgreSQL database. Enter its address to use it from the next start; put the password in ~/.pgpass, never here.</source>
        <translation>有多台终端的商店共用一个 PostgreSQL 数据库。输入它的地址，即可从下次启动起使用；密码请写入 ~/.pgpass，切勿填在这里。</translation>
    </message>
    <message>
        <source>postgresql://caredesk@db.example:5432/caredesk</source>
        <extracomment>An example address of a PostgreSQL database; keep it as it is</extracomment>
        <translation>postgresql://caredesk@db.example:5432/caredesk</translation>
    </message>
    <message>
        <source>Address of the store&apos;s shared database</source>
        <translation>商店共享数据库的地址</translation>
    </message>
    <message>
        <source>Use this shared database from the next start</source>
        <translation>从下次启动起使用此共享数据库</translation>
    </message>
    <message>
        <source>Saved. CareDesk uses %1 from its next start.</source>
        <translation>已保存。CareDesk 将从下次启动起使用 %1。</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own database</source>
        <translation>使用本机自己的数据库</translation>
    </message>
    <message>
        <source>Saved. CareDesk uses this computer&apos;s own database from its next start.</source>
        <translation>已保存。CareDesk 将从下次启动起使用本机自己的数据库。</translation>
    </message>
    <message>
        <source>A change of database is saved; it applies the next time CareDesk starts.</source>
        <translation>数据库的更改已保存，将在 CareDesk 下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Shop &amp; Cart</source>
        <translation>商店和购物车</translation>
    </message>
    <message>
        <source>Shopping as a guest: orders earn no points. Sign in to earn and use points.</source>
        <translation>您正以访客身份购物：订单不赚取积分。登录后即可赚取和使用积分。</translation>
    </message>
    <message>
        <source>Products, parts, software and training. Members earn points on qualifying products.</source>
        <translation>产品、零件、软件和培训。会员购买合格产品可赚取积分。</translation>
    </message>
    <message>
        <source>Shop sections</source>
        <translation>商店分区</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品目录</translation>
    </message>
    <message>
        <source>Cart (%1)</source>
        <translation>购物车（%1）</translation>
    </message>
    <message>
        <source>Cart, items: %1</source>
        <translation>购物车，商品：%1 件</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>结账</translation>
    </message>
</context>
<context>
    <name>ShopWording</name>
    <message>
        <source>Parts and software can be ordered from 6:00 AM to 3:00 AM Eastern Time</source>
        <translation>零件和软件的订购时间为美国东部时间早上 6:00 至凌晨 3:00</translation>
    </message>
    <message>
        <source> (%1 to %2 your time, %3)</source>
        <translation>（您当地时间 %1 至 %2，%3）</translation>
    </message>
    <message>
        <source>%1%2. Open now, until %3.</source>
        <translation>%1%2。现在开放，至 %3。</translation>
    </message>
    <message>
        <source>%1%2. Closed now; opens again at %3.</source>
        <translation>%1%2。现在关闭；将于 %3 重新开放。</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Cameras and lenses</source>
        <translation>相机与镜头</translation>
    </message>
    <message>
        <source>Televisions</source>
        <translation>电视</translation>
    </message>
    <message>
        <source>Accessories</source>
        <translation>配件</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Care membership</source>
        <translation>Care 会员</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Training class</source>
        <translation>培训课程</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会员资格</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>普通运送</translation>
    </message>
    <message>
        <source>2-day</source>
        <translation>2 日达</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>次日达</translation>
    </message>
    <message>
        <source>Emergency parts service (next flight)</source>
        <translation>零件紧急服务（最近航班）</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>您的购物车是空的。</translation>
    </message>
    <message>
        <source>Each line takes a quantity from 1 to 99.</source>
        <translation>每项商品的数量须为 1 至 99。</translation>
    </message>
    <message>
        <source>Training classes and free software are not bought in the cart: register for a class or download the software from its catalog entry.</source>
        <translation>培训课程和免费软件不通过购物车购买：请在商品目录中直接报名课程或下载软件。</translation>
    </message>
    <message>
        <source>An item is out of stock and cannot be back-ordered. Lower its quantity or remove it.</source>
        <translation>有商品缺货且无法预订。请减少数量或将其移除。</translation>
    </message>
    <message>
        <source>Care is bought together with a qualifying product (a product that earns points). Add one, or remove Care.</source>
        <translation>Care 需与合格产品（可赚取积分的产品）一起购买。请加入一件合格产品，或移除 Care。</translation>
    </message>
    <message>
        <source>Care is one membership per person: keep a quantity of 1.</source>
        <translation>Care 每人限一份会员资格：数量请保持为 1。</translation>
    </message>
    <message>
        <source>You already have a Care membership (or one waiting for activation). Remove Care from the cart.</source>
        <translation>您已拥有 Care 会员资格（或有待激活的会员资格）。请从购物车中移除 Care。</translation>
    </message>
    <message>
        <source>Care is for adults who live in an eligible US state (18, or 19 in Alabama and Nebraska). Remove Care from the cart.</source>
        <translation>Care 适用于居住在符合条件的美国州的成年人（18 岁，阿拉巴马州和内布拉斯加州为 19 岁）。请从购物车中移除 Care。</translation>
    </message>
    <message>
        <source>Parts and software can be checked out from 6:00 AM to 3:00 AM Eastern Time; it opens again at %1 your time. Save them for later to check out the rest now.</source>
        <translation>零件和软件的结账时间为美国东部时间早上 6:00 至凌晨 3:00；将于您当地时间 %1 重新开放。可将它们留待稍后购买，先为其余商品结账。</translation>
    </message>
    <message>
        <source>The emergency after-hours service is for parts only. Choose another shipping option.</source>
        <translation>下班后紧急服务仅适用于零件。请选择其他运送方式。</translation>
    </message>
    <message>
        <source>Points are for signed-in members. Sign in to use them.</source>
        <translation>积分仅供已登录的会员使用。请登录后使用。</translation>
    </message>
    <message>
        <source>That is more points than you have.</source>
        <translation>超出了您拥有的积分。</translation>
    </message>
    <message>
        <source>Points pay for qualifying products only, not tax, shipping, parts or Care. Use at most the amount shown by Apply.</source>
        <translation>积分只能支付合格产品，不能支付税费、运费、零件或 Care。最多使用“使用积分”显示的数量。</translation>
    </message>
    <message>
        <source>Enter the points as a whole number, 0 or more.</source>
        <translation>请以整数输入积分（0 或以上）。</translation>
    </message>
    <message>
        <source>This order is larger than the store can take online. Lower the quantities.</source>
        <translation>此订单金额超出网上商店可受理的上限。请减少数量。</translation>
    </message>
    <message>
        <source>Promotion code applied.</source>
        <translation>已使用促销代码。</translation>
    </message>
    <message>
        <source>This promotion code is not known. Check its spelling.</source>
        <translation>无法识别此促销代码。请检查拼写。</translation>
    </message>
    <message>
        <source>This promotion code is not valid today.</source>
        <translation>此促销代码今天无效。</translation>
    </message>
    <message>
        <source>This promotion code is for Care members.</source>
        <translation>此促销代码仅限 Care 会员使用。</translation>
    </message>
    <message>
        <source>This promotion code applies to qualifying products, and none is in the cart.</source>
        <translation>此促销代码适用于合格产品，但购物车中没有合格产品。</translation>
    </message>
    <message>
        <source>Enter the name of the person receiving the order.</source>
        <translation>请输入收货人姓名。</translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation>请输入街道地址。</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>请输入城市。</translation>
    </message>
    <message>
        <source>Choose a US state.</source>
        <translation>请选择美国的州。</translation>
    </message>
    <message>
        <source>Enter a ZIP code of 5 digits (or ZIP+4, like 12345-6789).</source>
        <translation>请输入 5 位数的邮政编码（或 ZIP+4 格式，例如 12345-6789）。</translation>
    </message>
    <message>
        <source>Orders cannot be shipped to a P.O. box. Enter a street address where a parcel can be delivered.</source>
        <translation>订单不能寄送到邮政信箱（P.O. Box）。请输入可以投递包裹的街道地址。</translation>
    </message>
    <message>
        <source>Enter the name on the card.</source>
        <translation>请输入卡上的姓名。</translation>
    </message>
    <message>
        <source>This card number is not valid. Check the digits.</source>
        <translation>此卡号无效。请检查数字。</translation>
    </message>
    <message>
        <source>The store takes Visa, Mastercard, American Express and Discover.</source>
        <translation>本店接受 Visa、Mastercard、American Express 和 Discover。</translation>
    </message>
    <message>
        <source>Enter the expiry date as MM/YY.</source>
        <translation>请以 MM/YY 格式输入有效期。</translation>
    </message>
    <message>
        <source>This card has expired. Use another card.</source>
        <translation>此卡已过期。请使用其他卡。</translation>
    </message>
    <message>
        <source>Enter the security code from the card: 3 digits (4 on American Express).</source>
        <translation>请输入卡上的安全码：3 位数（American Express 为 4 位数）。</translation>
    </message>
    <message>
        <source>Your card was declined. Nothing was charged and no order was placed; try another card.</source>
        <translation>您的卡被拒绝。未扣款，也未下单；请尝试其他卡。</translation>
    </message>
    <message>
        <source>Your card was declined for insufficient funds. Nothing was charged and no order was placed.</source>
        <translation>您的卡因余额不足被拒绝。未扣款，也未下单。</translation>
    </message>
    <message>
        <source>Your bank says this card has expired. Nothing was charged and no order was placed.</source>
        <translation>您的银行表示此卡已过期。未扣款，也未下单。</translation>
    </message>
    <message>
        <source>The payment service did not answer. Nothing was charged and no order was placed; try again in a moment.</source>
        <translation>支付服务没有响应。未扣款，也未下单；请稍后再试。</translation>
    </message>
    <message>
        <source>Gift card ending %1: %2 available.</source>
        <translation>尾号 %1 的礼品卡：可用余额 %2。</translation>
    </message>
    <message>
        <source>This gift card code is not known. Check it, or remove it to pay without it.</source>
        <translation>无法识别此礼品卡代码。请检查，或将其移除后不使用礼品卡付款。</translation>
    </message>
    <message>
        <source>Gift card ending %1 has no balance left. Remove it to pay without it.</source>
        <translation>尾号 %1 的礼品卡已无余额。请将其移除后付款。</translation>
    </message>
    <message>
        <source>The order was not placed: fix what is marked above.</source>
        <translation>未下单：请修正上方标出的问题。</translation>
    </message>
    <message>
        <source>The payment was refused. Nothing was charged and no order was placed.</source>
        <translation>付款被拒绝。未扣款，也未下单。</translation>
    </message>
    <message>
        <source>Your points balance changed a moment ago (used on another terminal?). Nothing was charged; review the points and place the order again.</source>
        <translation>您的积分余额刚刚发生了变化（是否在其他终端上使用了？）。未扣款；请检查积分后重新下单。</translation>
    </message>
    <message>
        <source>The gift card&apos;s balance changed a moment ago. Nothing was charged; review and place the order again.</source>
        <translation>礼品卡余额刚刚发生了变化。未扣款；请检查后重新下单。</translation>
    </message>
    <message>
        <source>The order could not be saved, so it was not placed and nothing was charged. Your cart and points are as they were.</source>
        <translation>订单无法保存，因此未下单，也未扣款。您的购物车和积分保持不变。</translation>
    </message>
    <message>
        <source>Choose a training class.</source>
        <translation>请选择培训课程。</translation>
    </message>
    <message>
        <source>This class has already started. Choose a later class.</source>
        <translation>此课程已经开始。请选择之后的课程。</translation>
    </message>
    <message>
        <source>Enter the student&apos;s name.</source>
        <translation>请输入学员姓名。</translation>
    </message>
    <message>
        <source>Enter the student&apos;s email address, like name@example.com.</source>
        <translation>请输入学员的电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Enter your email address for the receipt, like name@example.com.</source>
        <translation>请输入接收收据的电子邮件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已下单</translation>
    </message>
    <message>
        <source>Back-ordered</source>
        <translation>预订中</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <source>This order line was not found in your orders.</source>
        <translation>在您的订单中找不到此项商品。</translation>
    </message>
    <message>
        <source>This line was already cancelled or returned.</source>
        <translation>此项商品已取消或已退货。</translation>
    </message>
    <message>
        <source>This line has not shipped yet: cancel it instead of returning it.</source>
        <translation>此项商品尚未发货：请取消，而不是退货。</translation>
    </message>
    <message>
        <source>This line cannot be cancelled or returned here. Software licences are final; Care is managed on the Care page; a complimentary item goes back with its product.</source>
        <translation>此项商品无法在此取消或退货。软件授权一经售出概不退换；Care 请在 Care 页面管理；赠品随其产品一起退回。</translation>
    </message>
    <message>
        <source>It is more than 30 days since the purchase, so this return is not self-service. Contact support: returns after 30 days are approved at the store&apos;s discretion.</source>
        <translation>距离购买已超过 30 天，因此无法自助退货。请联系客服：超过 30 天的退货由商店酌情决定是否批准。</translation>
    </message>
    <message>
        <source>Defective items are not returned with a restocking fee: they are covered by the warranty. Open Warranty help (Ctrl+6) to check the coverage and request service.</source>
        <translation>有缺陷的商品不按收取重新入库费的方式退货：它们由保修涵盖。请打开“保修帮助”（Ctrl+6）查看保修范围并申请服务。</translation>
    </message>
    <message>
        <source>The price match program is for parts.</source>
        <translation>价格匹配计划仅适用于零件。</translation>
    </message>
    <message>
        <source>Price matches are for parts bought in the last 30 days.</source>
        <translation>价格匹配适用于最近 30 天内购买的零件。</translation>
    </message>
    <message>
        <source>Enter the competitor&apos;s price for one unit; it must be below the price you paid.</source>
        <translation>请输入竞争对手的单价；必须低于您支付的价格。</translation>
    </message>
    <message>
        <source>Member pricing</source>
        <translation>会员价</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>会员折扣</translation>
    </message>
    <message>
        <source>Free shipping upgrade</source>
        <translation>免费运送升级</translation>
    </message>
    <message>
        <source>Complimentary item</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>This line has shipped, so it can no longer be cancelled; return it instead.</source>
        <translation>此项商品已发货，无法再取消；请改为退货。</translation>
    </message>
    <message>
        <source>The name contains line breaks or other control characters that a shipping label cannot show. Type it on one line.</source>
        <translation>收件人姓名包含换行符或其他控制字符，无法打印在运单上。请在一行内输入。</translation>
    </message>
    <message>
        <source>The street address contains line breaks or other control characters that a shipping label cannot show. Type it on one line.</source>
        <translation>街道地址包含换行符或其他控制字符，无法打印在运单上。请在一行内输入。</translation>
    </message>
    <message>
        <source>The city contains line breaks or other control characters that a shipping label cannot show. Type it on one line.</source>
        <translation>城市包含换行符或其他控制字符，无法打印在运单上。请在一行内输入。</translation>
    </message>
    <message>
        <source>The student&apos;s name contains line breaks or other control characters. Type it on one line.</source>
        <translation>学员姓名包含换行符或其他控制字符。请在一行内输入。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Welcome to CareDesk</source>
        <translation>欢迎使用 CareDesk</translation>
    </message>
    <message>
        <source>Your points, your Care membership, your orders and warranty help, in one place.</source>
        <translation>积分、Care 会员、订单和保修帮助，尽在一处。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Continue as guest</source>
        <translation>以访客身份继续</translation>
    </message>
    <message>
        <source>Shop without an account. Guest orders do not earn points.</source>
        <translation>无需账户即可购物。访客订单不累积积分。</translation>
    </message>
    <message>
        <source>New here? Look around with the demo member: %1, password %2.</source>
        <translation>第一次来？可用演示会员看看：%1，密码 %2。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>试用演示</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>CareDesk cannot start</source>
        <translation>CareDesk 无法启动</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Restore the latest automatic backup</source>
        <translation>恢复最近的自动备份</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own database</source>
        <translation>使用本机自己的数据库</translation>
    </message>
    <message>
        <source>Instead of %1, from the next start</source>
        <translation>从下次启动起不再使用 %1</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Register for a class</source>
        <translation>报名课程</translation>
    </message>
    <message>
        <source>One student per order. To register several students, place one order each.</source>
        <translation>每份订单限一名学员。如需为多名学员报名，请为每人分别下单。</translation>
    </message>
    <message>
        <source>Student&apos;s name</source>
        <translation>学员姓名</translation>
    </message>
    <message>
        <source>Student&apos;s email</source>
        <translation>学员电子邮件</translation>
    </message>
    <message>
        <source>Your email, for the receipt</source>
        <translation>您的电子邮件（用于接收收据）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Register and pay</source>
        <translation>报名并付款</translation>
    </message>
</context>
<context>
    <name>UsStatesModel</name>
    <message>
        <source>Alaska</source>
        <translation>阿拉斯加州</translation>
    </message>
    <message>
        <source>Alabama</source>
        <translation>阿拉巴马州</translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation>阿肯色州</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>亚利桑那州</translation>
    </message>
    <message>
        <source>California</source>
        <translation>加利福尼亚州</translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation>科罗拉多州</translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation>康涅狄格州</translation>
    </message>
    <message>
        <source>District of Columbia</source>
        <translation>哥伦比亚特区</translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation>特拉华州</translation>
    </message>
    <message>
        <source>Florida</source>
        <translation>佛罗里达州</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>佐治亚州</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>夏威夷州</translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation>艾奥瓦州</translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation>爱达荷州</translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation>伊利诺伊州</translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation>印第安纳州</translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation>堪萨斯州</translation>
    </message>
    <message>
        <source>Kentucky</source>
        <translation>肯塔基州</translation>
    </message>
    <message>
        <source>Louisiana</source>
        <translation>路易斯安那州</translation>
    </message>
    <message>
        <source>Massachusetts</source>
        <translation>马萨诸塞州</translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation>马里兰州</translation>
    </message>
    <message>
        <source>Maine</source>
        <translation>缅因州</translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation>密歇根州</translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation>明尼苏达州</translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation>密苏里州</translation>
    </message>
    <message>
        <source>Mississippi</source>
        <translation>密西西比州</translation>
    </message>
    <message>
        <source>Montana</source>
        <translation>蒙大拿州</translation>
    </message>
    <message>
        <source>North Carolina</source>
        <translation>北卡罗来纳州</translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation>北达科他州</translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation>内布拉斯加州</translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation>新罕布什尔州</translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation>新泽西州</translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation>新墨西哥州</translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation>内华达州</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>纽约州</translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation>俄亥俄州</translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation>俄克拉何马州</translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation>俄勒冈州</translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation>宾夕法尼亚州</translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation>罗得岛州</translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation>南卡罗来纳州</translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation>南达科他州</translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation>田纳西州</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>得克萨斯州</translation>
    </message>
    <message>
        <source>Utah</source>
        <translation>犹他州</translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation>弗吉尼亚州</translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation>佛蒙特州</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>华盛顿州</translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation>威斯康星州</translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation>西弗吉尼亚州</translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation>怀俄明州</translation>
    </message>
</context>
<context>
    <name>WarrantyPage</name>
    <message>
        <source>Warranty help</source>
        <translation>保修帮助</translation>
    </message>
    <message>
        <source>Answer a few questions to learn whether a repair is covered, why, and what to do next.</source>
        <translation>回答几个问题，了解维修是否在保修范围内、原因以及下一步该怎么做。</translation>
    </message>
    <message>
        <source>Is it covered?</source>
        <translation>是否在保修范围内？</translation>
    </message>
    <message>
        <source>Where did you buy it?</source>
        <translation>您在哪里购买的？</translation>
    </message>
    <message>
        <source>Where did you buy it? %1</source>
        <translation>您在哪里购买的？%1</translation>
    </message>
    <message>
        <source>Who sold it?</source>
        <translation>卖家是谁？</translation>
    </message>
    <message>
        <source>Who sold it? %1</source>
        <translation>卖家是谁？%1</translation>
    </message>
    <message>
        <source>What kind of product is it?</source>
        <translation>是什么类型的产品？</translation>
    </message>
    <message>
        <source>Product kind: %1</source>
        <translation>产品类型：%1</translation>
    </message>
    <message>
        <source>When did you buy it? (year-month-day)</source>
        <translation>何时购买的？（年-月-日）</translation>
    </message>
    <message>
        <source>2026-05-01</source>
        <translation>2026-05-01</translation>
    </message>
    <message>
        <source>Purchase date, year-month-day</source>
        <translation>购买日期，年-月-日</translation>
    </message>
    <message>
        <source>Which of these do you have?</source>
        <translation>您有以下哪些凭证？</translation>
    </message>
    <message>
        <source>The warranty card</source>
        <translation>保修卡</translation>
    </message>
    <message>
        <source>The product box</source>
        <translation>产品包装盒</translation>
    </message>
    <message>
        <source>The original invoice</source>
        <translation>原始发票</translation>
    </message>
    <message>
        <source>The box matches the product (same model and serial number)</source>
        <translation>包装盒与产品相符（型号和序列号一致）</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <source>What happened? %1</source>
        <translation>发生了什么？%1</translation>
    </message>
    <message>
        <source>Check coverage</source>
        <translation>查询保修</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Bought on JD.com? Apply for after-sales there</source>
        <translation>在京东购买？请在京东申请售后</translation>
    </message>
    <message>
        <source>Send a service request</source>
        <translation>提交服务申请</translation>
    </message>
    <message>
        <source>Every field is needed so the service centre can prepare the visit.</source>
        <translation>每一项都必须填写，以便服务中心安排上门。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Product model, e.g. WH-1000XM5</source>
        <translation>产品型号，例如 WH-1000XM5</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <source>Purchase date (year-month-day)</source>
        <translation>购买日期（年-月-日）</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>What you want: repair, replacement, …</source>
        <translation>您的诉求：维修、更换等</translation>
    </message>
    <message>
        <source>What you want</source>
        <translation>您的诉求</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>提交申请</translation>
    </message>
    <message>
        <source>Send the service request</source>
        <translation>提交服务申请</translation>
    </message>
    <message>
        <source>Your request was sent.</source>
        <translation>您的申请已提交。</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>搜索问题</translation>
    </message>
    <message>
        <source>Search the questions and answers</source>
        <translation>搜索常见问题</translation>
    </message>
    <message>
        <source>No question matches; try fewer words.</source>
        <translation>没有匹配的问题，请减少关键词。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareDesk: your points, Care membership, orders and warranty help.</source>
        <translation>CareDesk：您的积分、Care 会员、订单和保修帮助。</translation>
    </message>
    <message>
        <source>Fix the clock at this instant (ISO-8601, e.g. 2026-11-25T09:30:00-05:00; without an offset it is New York time). For demos and tests.</source>
        <translation>将时钟固定在此时刻（ISO-8601，例如 2026-11-25T09:30:00-05:00；不带时差时按纽约时间）。用于演示和测试。</translation>
    </message>
    <message>
        <source>Keep the database and settings in this folder instead of the standard one.</source>
        <translation>将数据库和设置保存在此文件夹，而不是默认位置。</translation>
    </message>
    <message>
        <source>User interface language: en, zh_CN or zh_TW (default: the saved choice, else the system language).</source>
        <translation>界面语言：en、zh_CN 或 zh_TW（默认：已保存的选择，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Scale all text, e.g. 1.5 or 2 (default: the desktop&apos;s font size).</source>
        <translation>缩放所有文字，例如 1.5 或 2（默认：桌面字体大小）。</translation>
    </message>
    <message>
        <source>Exit with status 0 once the first frame is on screen (to time a start).</source>
        <translation>首帧显示后以状态 0 退出（用于测量启动时间）。</translation>
    </message>
    <message>
        <source>--now needs an ISO-8601 date and time, e.g. 2026-11-25T09:30:00-05:00</source>
        <translation>--now 需要 ISO-8601 格式的日期时间，例如 2026-11-25T09:30:00-05:00</translation>
    </message>
    <message>
        <source>--lang must be one of: %1</source>
        <translation>--lang 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>--font-scale must be a number from 0.5 to 4</source>
        <translation>--font-scale 必须是 0.5 到 4 之间的数字</translation>
    </message>
    <message>
        <source>Sign in as the demo member at start.</source>
        <translation>启动时以演示会员身份登录。</translation>
    </message>
    <message>
        <source>Use a shared PostgreSQL database instead of the local file, e.g. postgresql://caredesk@db.example:5432/caredesk (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>使用共享的 PostgreSQL 数据库代替本地文件，例如 postgresql://caredesk@db.example:5432/caredesk（密码取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>--database needs a URL like postgresql://user@host:5432/dbname</source>
        <translation>--database 需要类似 postgresql://user@host:5432/dbname 的地址</translation>
    </message>
</context>
</TS>
