<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AccountWording</name>
    <message>
        <source>Enter your email address.</source>
        <translation>請輸入您的電子郵件地址。</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>請輸入類似 name@example.com 的電子郵件地址。</translation>
    </message>
    <message>
        <source>That email address is too long.</source>
        <translation>該電子郵件地址太長。</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>請輸入您的姓名。</translation>
    </message>
    <message>
        <source>Your name can be at most %1 characters.</source>
        <translation>姓名最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Choose a password of at least %1 characters.</source>
        <translation>請設定至少 %1 個字元的密碼。</translation>
    </message>
    <message>
        <source>Your password can be at most %1 characters.</source>
        <translation>密碼最多 %1 個字元。</translation>
    </message>
    <message>
        <source>Enter your date of birth.</source>
        <translation>請輸入您的出生日期。</translation>
    </message>
    <message>
        <source>Your date of birth cannot be in the future.</source>
        <translation>出生日期不能晚於今天。</translation>
    </message>
    <message>
        <source>Members must be at least %1 years old in %2.</source>
        <translation>在 %2，會員須年滿 %1 歲。</translation>
    </message>
    <message>
        <source>Membership is open to United States residents only: choose your US state.</source>
        <translation>會員資格僅限美國居民：請選擇您所在的美國州。</translation>
    </message>
    <message>
        <source>Membership is not offered in %1.</source>
        <translation>%1 暫不提供會員資格。</translation>
    </message>
    <message>
        <source>Enter your date of birth as year-month-day, for example 1990-04-23.</source>
        <translation>請按「年-月-日」格式輸入出生日期，例如 1990-04-23。</translation>
    </message>
    <message>
        <source>An account with this email already exists. Sign in instead; each email can have one account.</source>
        <translation>該電子郵件已註冊帳戶。請直接登入；每個電子郵件只能註冊一個帳戶。</translation>
    </message>
    <message>
        <source>The email or password is not right. Check both and try again.</source>
        <translation>電子郵件或密碼不正確。請檢查後重試。</translation>
    </message>
    <message>
        <source>Enter your email and password.</source>
        <translation>請輸入電子郵件和密碼。</translation>
    </message>
    <message>
        <source>Your account could not be reached just now. Nothing was changed; please try again.</source>
        <translation>暫時無法存取您的帳戶。未做任何變更，請重試。</translation>
    </message>
    <message>
        <source>Too many attempts for this email. For your protection, wait %1 seconds before trying again.</source>
        <translation>此電子郵件嘗試次數過多。為保護您的帳戶，請等待 %1 秒後再試。</translation>
    </message>
    <message>
        <source>You were signed out after a while without activity, so nobody else at this terminal can use your account.</source>
        <translation>由於一段時間沒有操作，您已自動登出，以免他人在此終端使用您的帳戶。</translation>
    </message>
    <message>
        <source>Your name contains line breaks or other control characters. Type it on one line.</source>
        <translation>您的姓名包含換行符或其他控制字元。請在一行內輸入。</translation>
    </message>
    <message>
        <source>Check your date of birth: it is more than %1 years ago.</source>
        <translation>請檢查您的出生日期：它早於 %1 年前。</translation>
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
        <translation>卡號（%1）</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡號</translation>
    </message>
    <message>
        <source>Expiry date (MM/YY)</source>
        <translation>有效期限（MM/YY）</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/YY</translation>
    </message>
    <message>
        <source>Security code (CVV)</source>
        <translation>安全碼（CVV）</translation>
    </message>
    <message>
        <source>Used for this payment only; it is never stored.</source>
        <translation>僅用於本次付款，絕不會儲存。</translation>
    </message>
</context>
<context>
    <name>CareDesk::AppContext</name>
    <message>
        <source>CareDesk cannot use its data folder %1. Check that it exists and that you may write to it, or choose another folder with --data-dir.</source>
        <translation>CareDesk 無法使用資料夾 %1。請確認該資料夾存在且可寫入，或用 --data-dir 指定其他資料夾。</translation>
    </message>
    <message>
        <source>CareDesk is already open with this data folder. Switch to the open window, or close it first; two copies writing one account would risk your points and orders.</source>
        <translation>CareDesk 已使用此資料夾開啟。請切換到已開啟的視窗，或先將其關閉；兩個副本同時寫入同一帳戶可能損壞您的點數和訂單。</translation>
    </message>
    <message>
        <source>The SQLite support of Qt is missing (Debian package libqt6sql6-sqlite). Reinstall CareDesk.</source>
        <translation>缺少 Qt 的 SQLite 支援（Debian 套件 libqt6sql6-sqlite）。請重新安裝 CareDesk。</translation>
    </message>
    <message>
        <source>CareDesk could not open its database %1. Nothing was changed.</source>
        <translation>CareDesk 無法開啟資料庫 %1。未做任何變更。</translation>
    </message>
    <message>
        <source>CareDesk cannot write to %1. Your data is unchanged; check the folder&apos;s permissions or free disk space.</source>
        <translation>CareDesk 無法寫入 %1。您的資料未改變；請檢查資料夾權限或可用磁碟空間。</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a CareDesk database. CareDesk left it exactly as it is. Restore a copy from the backups folder, or start with another --data-dir.</source>
        <translation>資料庫 %1 已損壞或不是 CareDesk 資料庫。CareDesk 未對其做任何變動。請從 backups 資料夾還原副本，或用其他 --data-dir 啟動。</translation>
    </message>
    <message>
        <source>The database was written by a newer version of CareDesk (schema %1; this version knows up to %2). CareDesk left it untouched. Install the newer CareDesk to use it.</source>
        <translation>該資料庫由較新版本的 CareDesk 寫入（結構版本 %1；本版本最高支援 %2）。CareDesk 未對其做任何變動。請安裝新版 CareDesk 後使用。</translation>
    </message>
    <message>
        <source>CareDesk needs to update its database, but could not first keep a copy of it, so it did not update it. Free some disk space and start again.</source>
        <translation>CareDesk 需要更新資料庫，但無法先保存副本，因此沒有更新。請釋放磁碟空間後重新啟動。</translation>
    </message>
    <message>
        <source>Updating the database failed and was undone; your data is as it was. A copy is kept at %1.</source>
        <translation>資料庫更新失敗並已復原；您的資料保持原樣。副本保存在 %1。</translation>
    </message>
    <message>
        <source>A data file of CareDesk is damaged (%1). Reinstall CareDesk; your own data was not touched.</source>
        <translation>CareDesk 的一個資料檔已損壞（%1）。請重新安裝 CareDesk；您自己的資料未受影響。</translation>
    </message>
    <message>
        <source>The backup could not be restored. Nothing was changed.</source>
        <translation>無法還原備份。未做任何變更。</translation>
    </message>
    <message>
        <source>Restored %1. The damaged database was kept as %2. Start CareDesk again.</source>
        <translation>已還原 %1。損壞的資料庫已保存為 %2。請重新啟動 CareDesk。</translation>
    </message>
    <message>
        <source>The address of the store&apos;s database saved in Settings, %1, cannot be used. Use this computer&apos;s own database, or start CareDesk with --database and the right address.</source>
        <translation>設定中儲存的商店資料庫位址 %1 無法使用。請改用本機自己的資料庫，或用 --database 加正確的位址啟動 CareDesk。</translation>
    </message>
    <message>
        <source>The PostgreSQL support of Qt is missing (Debian package libqt6sql6-psql). Install it to use the store&apos;s database.</source>
        <translation>缺少 Qt 的 PostgreSQL 支援（Debian 套件 libqt6sql6-psql）。請安裝後再使用商店的資料庫。</translation>
    </message>
    <message>
        <source>CareDesk could not reach the store&apos;s database %1. Check the network, the server and the password in ~/.pgpass. Nothing was changed.</source>
        <translation>CareDesk 無法連線到商店的資料庫 %1。請檢查網路、伺服器以及 ~/.pgpass 中的密碼。未做任何變更。</translation>
    </message>
    <message>
        <source>The store&apos;s database %1 holds tables that are not CareDesk&apos;s. CareDesk left it untouched; use an empty database for CareDesk.</source>
        <translation>商店的資料庫 %1 中有不屬於 CareDesk 的資料表。CareDesk 未對其做任何變動；請為 CareDesk 使用一個空的資料庫。</translation>
    </message>
    <message>
        <source>Updating the store&apos;s database %1 failed and was undone; its data is as it was.</source>
        <translation>商店資料庫 %1 更新失敗並已復原；其中的資料保持原樣。</translation>
    </message>
    <message>
        <source>From its next start CareDesk uses this computer&apos;s own database again. Start CareDesk again; to go back to the store&apos;s database, choose it in Settings.</source>
        <translation>從下次啟動起，CareDesk 將重新使用本機自己的資料庫。請重新啟動 CareDesk；如要改回商店的資料庫，請在設定中選擇。</translation>
    </message>
</context>
<context>
    <name>CareDesk::CareCoverageModel</name>
    <message>
        <source>Bought on %1; covered through %2.</source>
        <translation>購於 %1；保障至 %2。</translation>
    </message>
    <message>
        <source>Bought on %1, when you were not a Care member: not covered.</source>
        <translation>購於 %1，當時您還不是 Care 會員：不在保障範圍內。</translation>
    </message>
    <message>
        <source>Bought on %1, after your Care membership had ended: not covered.</source>
        <translation>購於 %1，當時您的 Care 會員資格已結束：不在保障範圍內。</translation>
    </message>
    <message>
        <source>Bought on %1, then returned and refunded: not covered.</source>
        <translation>購於 %1，之後已退貨並退款：不在保障範圍內。</translation>
    </message>
    <message>
        <source>Bought on %1; its two years of protection ended on %2.</source>
        <translation>購於 %1；兩年保障已於 %2 結束。</translation>
    </message>
    <message>
        <source>Bought on %1 as a member; no longer covered because your Care membership ended.</source>
        <translation>以會員身分購於 %1；由於您的 Care 會員資格已結束，已不再受保障。</translation>
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
        <translation>您還不是 Care 會員。Care（每年 $179.99）需與合格產品一起加入購物車購買。</translation>
    </message>
    <message>
        <source>Your Care purchase waits for activation: sign in with the purchase email by %1, or it is cancelled and refunded.</source>
        <translation>您購買的 Care 等待啟用：請在 %1 前用購買時的電子郵件登入，否則將被取消並退款。</translation>
    </message>
    <message>
        <source>Your Care membership is active.</source>
        <translation>您的 Care 會員資格有效。</translation>
    </message>
    <message>
        <source>Auto-renew is off: your Care membership and its benefits continue until %1.</source>
        <translation>自動續訂已關閉：您的 Care 會員資格及權益持續到 %1。</translation>
    </message>
    <message>
        <source>Your Care membership ended on %1. Rejoin by adding Care to a cart with a qualifying product.</source>
        <translation>您的 Care 會員資格已於 %1 結束。將 Care 與合格產品一起加入購物車即可重新加入。</translation>
    </message>
    <message>
        <source>Your Care membership was cancelled and refunded.</source>
        <translation>您的 Care 會員資格已取消並退款。</translation>
    </message>
    <message>
        <source>%1 ending %2</source>
        <translation>末四碼 %2 的 %1</translation>
    </message>
    <message>
        <source>the card on file</source>
        <translation>已儲存的信用卡</translation>
    </message>
    <message>
        <source>Renews on %1: %2 will be charged to %3.</source>
        <translation>將於 %1 續訂：從 %3 扣款 %2。</translation>
    </message>
    <message>
        <source>Renews once more on %1 (%2 to %3), then ends on %4.</source>
        <translation>將於 %1 再續訂一次（從 %3 扣款 %2），之後於 %4 結束。</translation>
    </message>
    <message>
        <source>Ends on %1; you will not be charged again.</source>
        <translation>於 %1 結束；不會再扣款。</translation>
    </message>
    <message>
        <source>To stop the renewal on %1, turn auto-renew off on or before %2.</source>
        <translation>如要停止 %1 的續訂，請在 %2 或之前關閉自動續訂。</translation>
    </message>
    <message>
        <source>Turning auto-renew on charges %1 on %2 and every year after, until you turn it off.</source>
        <translation>開啟自動續訂後，將於 %2 扣款 %1，此後每年扣款，直到您關閉為止。</translation>
    </message>
    <message>
        <source>Turning auto-renew off today means no charge on %1; your benefits continue until %2.</source>
        <translation>今天關閉自動續訂，%1 將不會扣款；您的權益持續到 %2。</translation>
    </message>
    <message>
        <source>It is past the cut-off (%1): turning auto-renew off today still charges %2 on %3, and your membership then ends on %4.</source>
        <translation>已過截止日（%1）：今天關閉自動續訂，仍會於 %3 扣款 %2，之後您的會員資格於 %4 結束。</translation>
    </message>
    <message>
        <source>Care fee paid</source>
        <translation>已付 Care 費用</translation>
    </message>
    <message>
        <source>Member pricing kept (order %1)</source>
        <translation>保留的會員價優惠（訂單 %1）</translation>
    </message>
    <message>
        <source>Discount kept (order %1)</source>
        <translation>保留的折扣（訂單 %1）</translation>
    </message>
    <message>
        <source>Shipping upgrade used (order %1)</source>
        <translation>已使用的運送升級（訂單 %1）</translation>
    </message>
    <message>
        <source>Complimentary item kept (order %1)</source>
        <translation>保留的贈品（訂單 %1）</translation>
    </message>
    <message>
        <source>Asked within 30 days of the charge (through %1)</source>
        <translation>在扣款後 30 天內申請（截至 %1）</translation>
    </message>
    <message>
        <source>Nothing bought during this term</source>
        <translation>本期內未購買任何商品</translation>
    </message>
    <message>
        <source>Or every eligible product returned within the return window</source>
        <translation>或所有合格產品均在退貨期內退回</translation>
    </message>
    <message>
        <source>Or every order cancelled before shipment</source>
        <translation>或所有訂單均在出貨前取消</translation>
    </message>
    <message>
        <source>The 30-day refund period for this charge ended on %1.</source>
        <translation>此次扣款的 30 天退款期已於 %1 結束。</translation>
    </message>
    <message>
        <source>No refund: products bought during this term were kept.</source>
        <translation>不予退款：本期內購買的產品未退回。</translation>
    </message>
    <message>
        <source>Refund if you cancel today: %1. Your membership ends at once.</source>
        <translation>今天取消可退款：%1。您的會員資格將立即結束。</translation>
    </message>
    <message>
        <source>Auto-renew could not be changed. Nothing was changed.</source>
        <translation>無法變更自動續訂。未做任何變更。</translation>
    </message>
    <message>
        <source>No refund was made: the conditions are not met. Nothing was changed.</source>
        <translation>未退款：不符合條件。未做任何變更。</translation>
    </message>
    <message>
        <source>Refunded %1 to your card. Your Care membership has ended.</source>
        <translation>已退款 %1 至您的信用卡。您的 Care 會員資格已結束。</translation>
    </message>
    <message>
        <source>Your Care membership renews on %1</source>
        <translation>您的 Care 會員資格將於 %1 續訂</translation>
    </message>
    <message>
        <source>Care renewed</source>
        <translation>Care 已續訂</translation>
    </message>
    <message>
        <source>Care could not be renewed</source>
        <translation>Care 無法續訂</translation>
    </message>
    <message>
        <source>Care membership ended</source>
        <translation>Care 會員資格已結束</translation>
    </message>
    <message>
        <source>Care refunded</source>
        <translation>Care 已退款</translation>
    </message>
    <message>
        <source>On %1 we will charge %2 to your card on file. To stop it, turn auto-renew off on or before %3.</source>
        <translation>我們將於 %1 從您儲存的信用卡扣款 %2。如要停止，請在 %3 或之前關閉自動續訂。</translation>
    </message>
    <message>
        <source>We charged %1 on %2. Your next renewal is on %3.</source>
        <translation>我們已於 %2 扣款 %1。下次續訂日期為 %3。</translation>
    </message>
    <message>
        <source>The renewal charge on %1 was refused (for example, the card on file has expired), so your membership ended that day. To rejoin, add Care to a cart with a qualifying product and pay with a valid card.</source>
        <translation>%1 的續訂扣款被拒絕（例如儲存的信用卡已過期），因此您的會員資格已於當天結束。如要重新加入，請將 Care 與合格產品一起加入購物車，並使用有效的信用卡付款。</translation>
    </message>
    <message>
        <source>Your paid term ended on %1 and auto-renew was off.</source>
        <translation>您的已付期限已於 %1 結束，且自動續訂已關閉。</translation>
    </message>
    <message>
        <source>We refunded %1 on %2.</source>
        <translation>我們已於 %2 退款 %1。</translation>
    </message>
</context>
<context>
    <name>CareDesk::CartModel</name>
    <message>
        <source>%1, quantity %2, %3 each, saved for later</source>
        <translation>%1，數量 %2，每件 %3，已留待稍後購買</translation>
    </message>
    <message>
        <source>%1, quantity %2, %3 each, %4</source>
        <translation>%1，數量 %2，每件 %3，共 %4</translation>
    </message>
    <message>
        <source>Sign in or continue as a guest to use the cart.</source>
        <translation>請登入或以訪客身分繼續，才能使用購物車。</translation>
    </message>
    <message>
        <source>This item is no longer sold.</source>
        <translation>此商品已停售。</translation>
    </message>
    <message>
        <source>The cart could not be saved. Nothing was changed.</source>
        <translation>無法儲存購物車。未做任何變更。</translation>
    </message>
    <message>
        <source>The cart could not be read. Nothing was changed.</source>
        <translation>無法讀取購物車。未做任何變更。</translation>
    </message>
</context>
<context>
    <name>CareDesk::CatalogModel</name>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>有現貨</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>缺貨</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>免費</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Care member price %1</source>
        <translation>Care 會員價 %1</translation>
    </message>
    <message>
        <source>earns points</source>
        <translation>可賺取點數</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Nothing in this category.</source>
        <translation>此類別中沒有商品。</translation>
    </message>
    <message>
        <source>No item matches “%1”.</source>
        <translation>沒有與「%1」相符的商品。</translation>
    </message>
    <message>
        <source>Added to the cart: %1.</source>
        <translation>已加入購物車：%1。</translation>
    </message>
    <message>
        <source>This item is not a free download.</source>
        <translation>此商品不是免費下載。</translation>
    </message>
    <message>
        <source>Opening the download page in your browser: %1</source>
        <translation>正在瀏覽器中開啟下載頁面：%1</translation>
    </message>
    <message>
        <source>Back-order: ships in about %1 days</source>
        <translation>預購：約 %1 天後出貨</translation>
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
        <translation>訂單 %1 已成立。已從您的信用卡扣款 %2。</translation>
    </message>
    <message>
        <source>Order %1 is placed. Nothing was charged to your card.</source>
        <translation>訂單 %1 已成立。未從您的信用卡扣款。</translation>
    </message>
    <message>
        <source>It earns %1, pending until it ships.</source>
        <translation>此訂單可賺取 %1，出貨前為待入帳狀態。</translation>
    </message>
    <message>
        <source>Care upgrade: for the ground price</source>
        <translation>Care 升級：按一般運送價格</translation>
    </message>
    <message>
        <source>ships %1, arrives by %2</source>
        <translation>%1 出貨，%2 前送達</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Complimentary with Care (worth %1)</source>
        <translation>Care 會員贈品（價值 %1）</translation>
    </message>
    <message>
        <source>Member price, you save %1</source>
        <translation>會員價，省下 %1</translation>
    </message>
    <message>
        <source>Promotion −%1</source>
        <translation>促銷 −%1</translation>
    </message>
    <message>
        <source>%1 paid with points</source>
        <translation>%1 以點數支付</translation>
    </message>
    <message>
        <source>Back-ordered: ships by ground on %1</source>
        <translation>預購商品：將於 %1 以一般運送出貨</translation>
    </message>
    <message>
        <source>Ships %1</source>
        <translation>%1 出貨</translation>
    </message>
    <message>
        <source>Earns %1</source>
        <translation>賺取 %1</translation>
    </message>
    <message>
        <source>%1, quantity %2, %3. %4</source>
        <translation>%1，數量 %2，%3。%4</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Care member savings (included above)</source>
        <translation>Care 會員節省（已含在上方）</translation>
    </message>
    <message>
        <source>Promotion (included above)</source>
        <translation>促銷優惠（已含在上方）</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運費</translation>
    </message>
    <message>
        <source>Care shipping upgrade (not charged)</source>
        <translation>Care 運送升級（不收費）</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>稅金</translation>
    </message>
    <message>
        <source>Order total</source>
        <translation>訂單總額</translation>
    </message>
    <message>
        <source>Paid with %1</source>
        <translation>以 %1 支付</translation>
    </message>
    <message>
        <source>Gift card ending %1</source>
        <translation>末四碼 %1 的禮物卡</translation>
    </message>
    <message>
        <source>To pay by card</source>
        <translation>需以信用卡支付</translation>
    </message>
    <message>
        <source>Points are for signed-in members.</source>
        <translation>點數僅供已登入的會員使用。</translation>
    </message>
    <message>
        <source>You have %1 (%2). Up to %3 can pay for the qualifying products of this order; never for tax or shipping.</source>
        <translation>您有 %1（%2）。本訂單的合格產品最多可用 %3 支付；點數不可用於稅金或運費。</translation>
    </message>
    <message>
        <source>Orders placed as a guest earn no points (sign in first to earn them).</source>
        <translation>以訪客身分下的訂單不賺取點數（請先登入以賺取點數）。</translation>
    </message>
    <message>
        <source>This order earns %1, pending until it ships.</source>
        <translation>此訂單可賺取 %1，出貨前為待入帳狀態。</translation>
    </message>
    <message>
        <source>This order earns no points.</source>
        <translation>此訂單不賺取點數。</translation>
    </message>
    <message>
        <source>Some items are no longer sold: remove them from the cart.</source>
        <translation>部分商品已停售：請將其從購物車中移除。</translation>
    </message>
    <message>
        <source>Enter your email address for the receipt, like name@example.com.</source>
        <translation>請輸入接收收據的電子郵件地址，例如 name@example.com。</translation>
    </message>
</context>
<context>
    <name>CareDesk::DatabaseSettings</name>
    <message>
        <source>Write the address as postgresql://user@host:5432/dbname.</source>
        <translation>請依 postgresql://使用者@主機:5432/資料庫名稱 的格式填寫位址。</translation>
    </message>
    <message>
        <source>The address names no server: postgresql://user@SERVER:5432/dbname.</source>
        <translation>位址中沒有伺服器：postgresql://user@伺服器:5432/dbname。</translation>
    </message>
    <message>
        <source>The address names no database: postgresql://user@host:5432/DATABASE.</source>
        <translation>位址中沒有資料庫名稱：postgresql://user@host:5432/資料庫名稱。</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535, for example 5432.</source>
        <translation>連接埠必須是 1 到 65535 之間的數字，例如 5432。</translation>
    </message>
    <message>
        <source>Enter the address of the store&apos;s database.</source>
        <translation>請輸入商店資料庫的位址。</translation>
    </message>
    <message>
        <source>Leave the password out of the address; put it in ~/.pgpass on this computer.</source>
        <translation>位址中不要包含密碼；請將密碼寫入本機的 ~/.pgpass。</translation>
    </message>
</context>
<context>
    <name>CareDesk::OrderDetail</name>
    <message>
        <source>%1, placed %2</source>
        <translation>%1，下單時間 %2</translation>
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
        <translation>%1，下單時間 %2：%3，%4。%5</translation>
    </message>
</context>
<context>
    <name>CareDesk::PointsDashboard</name>
    <message>
        <source>Leaving forfeits your %1 available points (worth %2) and cancels %3 pending points. Your request is processed after two business days; until then you can withdraw it.</source>
        <translation>退出將作廢您的 %1 可用點數（價值 %2），並取消 %3 待入帳點數。您的申請將在兩個工作日後處理；在此之前可以撤回。</translation>
    </message>
    <message>
        <source>%1: %2 points expire</source>
        <translation>%1：%2 點數到期</translation>
    </message>
    <message>
        <source>Sign in to manage your membership.</source>
        <translation>請登入以管理您的會員資格。</translation>
    </message>
    <message>
        <source>Your request could not be recorded (is one already pending?). Nothing was changed.</source>
        <translation>無法記錄您的申請（是否已有待處理的申請？）。未做任何變更。</translation>
    </message>
    <message>
        <source>There is no pending request to withdraw; it may already have been processed.</source>
        <translation>沒有可撤回的待處理申請；它可能已被處理。</translation>
    </message>
</context>
<context>
    <name>CareDesk::StatementModel</name>
    <message>
        <source>%1 pending</source>
        <translation>%1 待入帳</translation>
    </message>
    <message>
        <source>%1, %2, %3%4, balance %5</source>
        <translation>%1，%2，%3%4，餘額 %5</translation>
    </message>
    <message>
        <source>Write dates as year-month-day, for example 2026-03-31.</source>
        <translation>請按「年-月-日」格式填寫日期，例如 2026-03-31。</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>開始日期晚於結束日期。</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部類型</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Pending points</source>
        <translation>待入帳點數</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>已將 %n 筆記錄匯出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::StorageHealth</name>
    <message>
        <source>The disk is full, so CareDesk could not save your last change and kept nothing of it. Free some space, then try again.</source>
        <translation>磁碟已滿，CareDesk 無法儲存您剛才的變更，也未保留其中任何部分。請釋放一些空間後重試。</translation>
    </message>
    <message>
        <source>CareDesk can no longer write to its data folder, so your last change was not saved. Check that the disk is still connected and writable, then restart CareDesk.</source>
        <translation>CareDesk 無法再寫入其資料夾，因此您剛才的變更未儲存。請檢查磁碟是否仍已連接且可寫入，然後重新啟動 CareDesk。</translation>
    </message>
    <message>
        <source>The disk reported an error, so your last change was not saved. Check the disk; what was saved before is in the database and its daily copies.</source>
        <translation>磁碟回報了錯誤，因此您剛才的變更未儲存。請檢查磁碟；之前儲存的內容仍在資料庫及其每日副本中。</translation>
    </message>
</context>
<context>
    <name>CareDesk::TrainingCheckout</name>
    <message>
        <source>%1: %2, %3. %4 for one student.</source>
        <translation>%1：%2，%3。每名學員 %4。</translation>
    </message>
    <message>
        <source>Registered %1. Order %2: %3 was charged to your card; the confirmation goes to %4.</source>
        <translation>已為 %1 報名。訂單 %2：已從您的信用卡扣款 %3；確認信將寄至 %4。</translation>
    </message>
</context>
<context>
    <name>CareDesk::WarrantyHelp</name>
    <message>
        <source>Mainland China</source>
        <translation>中國大陸</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>香港</translation>
    </message>
    <message>
        <source>Macau</source>
        <translation>澳門</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>台灣</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>美國</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>其他地區</translation>
    </message>
    <message>
        <source>Sony China or an authorized dealer</source>
        <translation>索尼中國或授權經銷商</translation>
    </message>
    <message>
        <source>JD.com (京东)</source>
        <translation>京東（JD.com）</translation>
    </message>
    <message>
        <source>Another seller</source>
        <translation>其他賣家</translation>
    </message>
    <message>
        <source>It just stopped working</source>
        <translation>突然不能用了</translation>
    </message>
    <message>
        <source>I am not sure what happened</source>
        <translation>我不確定發生了什麼</translation>
    </message>
    <message>
        <source>Worn parts (ear pads, battery ageing)</source>
        <translation>易耗件磨損（耳墊、電池老化）</translation>
    </message>
    <message>
        <source>Lightning or a power surge</source>
        <translation>雷擊或電源突波</translation>
    </message>
    <message>
        <source>It was dropped, crushed or knocked</source>
        <translation>摔落、擠壓或碰撞</translation>
    </message>
    <message>
        <source>Water, moisture or another liquid</source>
        <translation>進水、受潮或其他液體</translation>
    </message>
    <message>
        <source>Something got inside it</source>
        <translation>有異物進入</translation>
    </message>
    <message>
        <source>An accident, disaster or war</source>
        <translation>意外、災害或戰爭</translation>
    </message>
    <message>
        <source>It was opened, modified or repaired by someone not authorized</source>
        <translation>被自行拆開、改裝或由非授權人員維修</translation>
    </message>
    <message>
        <source>It was used or stored against the manual</source>
        <translation>未按說明書使用或存放</translation>
    </message>
    <message>
        <source>Sign in to JD.com with your account.</source>
        <translation>用您的帳號登入京東。</translation>
    </message>
    <message>
        <source>Open your account page (click your user name).</source>
        <translation>打開帳戶頁面（點擊您的使用者名稱）。</translation>
    </message>
    <message>
        <source>My JD</source>
        <translation>我的京東</translation>
    </message>
    <message>
        <source>In the left column, under Customer Service, choose Repair/Return/Exchange.</source>
        <translation>在左側欄的「客戶服務」下，選擇「返修退換貨」。</translation>
    </message>
    <message>
        <source>Customer Service → Repair/Return/Exchange</source>
        <translation>客戶服務 → 返修退換貨</translation>
    </message>
    <message>
        <source>Choose Apply for after-sales.</source>
        <translation>點擊「申請售後」。</translation>
    </message>
    <message>
        <source>Apply for after-sales</source>
        <translation>申請售後</translation>
    </message>
    <message>
        <source>Pick the item, apply, and describe the problem. No invoice is needed.</source>
        <translation>選擇商品並申請，然後描述問題。無需發票。</translation>
    </message>
    <message>
        <source>Wait for the review; if JD asks for details, add them through customer service.</source>
        <translation>等待審核；如需補充資訊，可透過客服提交補充說明。</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>申請 %1：%2</translation>
    </message>
    <message>
        <source>%1, bought %2: %3</source>
        <translation>%1，購於 %2：%3</translation>
    </message>
    <message>
        <source>Submitted, waiting for the service centre</source>
        <translation>已提交，等待服務中心處理</translation>
    </message>
    <message>
        <source>Enter the purchase date as year-month-day, for example 2026-05-01.</source>
        <translation>請按「年-月-日」填寫購買日期，例如 2026-05-01。</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>在保固範圍內</translation>
    </message>
    <message>
        <source>Not covered by the warranty</source>
        <translation>不在保固範圍內</translation>
    </message>
    <message>
        <source>Needs an inspection</source>
        <translation>需要檢測</translation>
    </message>
    <message>
        <source>Sony China&apos;s warranty is a company policy valid in mainland China only, not in Hong Kong, Macau or Taiwan (and it is not the statutory &quot;three guarantees&quot;).</source>
        <translation>索尼中國的保固是企業政策，僅在中國大陸有效，不適用於香港、澳門和台灣（且不同於法定「三包」）。</translation>
    </message>
    <message>
        <source>The product was not sold by Sony China or an authorized dealer.</source>
        <translation>該產品並非由索尼中國或授權經銷商銷售。</translation>
    </message>
    <message>
        <source>The warranty card, the product box and the original invoice must all be shown together.</source>
        <translation>保固卡、產品包裝盒和原始發票須同時出示。</translation>
    </message>
    <message>
        <source>Bought on JD.com: JD&apos;s after-sales service in your JD account handles it, no invoice needed.</source>
        <translation>在京東購買：透過您京東帳戶中的售後服務辦理，無需發票。</translation>
    </message>
    <message>
        <source>The box does not match the product.</source>
        <translation>包裝盒與產品不符。</translation>
    </message>
    <message>
        <source>The warranty period ended on %1.</source>
        <translation>保固期已於 %1 結束。</translation>
    </message>
    <message>
        <source>What happened is excluded from the warranty: %1.</source>
        <translation>該情況不在保固範圍內：%1。</translation>
    </message>
    <message>
        <source>The cause is not known yet: the service centre inspects the product first. Within the warranty (until %1) and with no excluded cause, the repair is free.</source>
        <translation>原因尚不明確：服務中心會先檢測產品。在保固期內（至 %1）且不屬於除外情況的，維修免費。</translation>
    </message>
    <message>
        <source>Bought from Sony China or an authorized dealer in mainland China, within the warranty period (until %1), documents in order, and the fault is not excluded.</source>
        <translation>在中國大陸從索尼中國或授權經銷商購買，處於保固期內（至 %1），憑證齊全，且故障不屬於除外情況。</translation>
    </message>
    <message>
        <source>Bought in the US while you were a Care member: protected until %1 as long as your membership stays active.</source>
        <translation>在美國購買且購買時為 Care 會員：只要會員資格保持有效，保障至 %1。</translation>
    </message>
    <message>
        <source>A US purchase without Care protection: the store&apos;s warranty policy for defective items applies.</source>
        <translation>在美國購買但無 Care 保障：適用商店對故障商品的保固政策。</translation>
    </message>
    <message>
        <source>The service centre repairs the product, or replaces it with the same model or one of no lower specification. A replacement does not extend or restart the warranty, and replaced parts are not returned (R-W3).</source>
        <translation>服務中心將維修產品，或更換為同型號或規格不低於原型號的產品。更換不會延長或重新計算保固期，更換下的零件不予退還（R-W3）。</translation>
    </message>
    <message>
        <source>Apply for after-sales in your JD.com account: see the JD.com steps below.</source>
        <translation>請在您的京東帳戶中申請售後：步驟見下方。</translation>
    </message>
    <message>
        <source>Take the product with its warranty card, box and original invoice to a Sony service centre, or send a service request below.</source>
        <translation>請攜帶產品及保固卡、包裝盒和原始發票前往索尼服務中心，或在下方提交服務申請。</translation>
    </message>
    <message>
        <source>A paid repair is still possible while parts exist: send a service request below (R-W5).</source>
        <translation>只要有零件，仍可付費維修：請在下方提交服務申請（R-W5）。</translation>
    </message>
    <message>
        <source>Parts for this product are no longer available, so no repair can be offered.</source>
        <translation>該產品已無零件供應，無法提供維修。</translation>
    </message>
    <message>
        <source>Contact the Care support line to claim under your Care protection.</source>
        <translation>請聯絡 Care 專屬客服，依 Care 保障申請。</translation>
    </message>
    <message>
        <source>Contact store support: defective items follow the store&apos;s warranty policy.</source>
        <translation>請聯絡商店客服：故障商品依商店的保固政策處理。</translation>
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
        <translation>缺少電話號碼，或號碼格式不正確（7 到 15 位數字）。</translation>
    </message>
    <message>
        <source>The product model is missing.</source>
        <translation>缺少產品型號。</translation>
    </message>
    <message>
        <source>The description of the fault is missing.</source>
        <translation>缺少故障描述。</translation>
    </message>
    <message>
        <source>What you want (repair, replacement, ...) is missing.</source>
        <translation>缺少您的訴求（維修、更換等）。</translation>
    </message>
    <message>
        <source>Sign in to send a service request; guests can use the coverage check.</source>
        <translation>請登入後提交服務申請；訪客可使用保固查詢。</translation>
    </message>
    <message>
        <source>The request could not be saved. Nothing was changed; please try again.</source>
        <translation>無法儲存申請。未做任何變更，請重試。</translation>
    </message>
    <message>
        <source>The purchase date is missing, in the future or more than %1 years ago (year-month-day).</source>
        <translation>缺少購買日期，或日期在今天之後或早於 %1 年前（年-月-日）。</translation>
    </message>
    <message>
        <source>Your name contains line breaks or other control characters. Type it on one line.</source>
        <translation>您的姓名包含換行符或其他控制字元。請在一行內輸入。</translation>
    </message>
    <message>
        <source>The address contains line breaks or other control characters. Type it on one line.</source>
        <translation>地址包含換行符或其他控制字元。請在一行內輸入。</translation>
    </message>
    <message>
        <source>The product model contains line breaks or other control characters. Type it as printed on the product.</source>
        <translation>產品型號包含換行符或其他控制字元。請按產品上印刷的型號輸入。</translation>
    </message>
    <message>
        <source>The description contains control characters that cannot be sent. Type it again or paste it as plain text.</source>
        <translation>描述中包含無法傳送的控制字元。請重新輸入，或以純文字貼上。</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Care membership</source>
        <translation>Care 會員</translation>
    </message>
    <message>
        <source>$179.99 a year: member pricing, free shipping upgrades, complimentary items, a dedicated support line, and 2-year protection for products you buy while a member.</source>
        <translation>每年 $179.99：會員價、免費運送升級、贈品、專屬客服專線，以及會員期間所購產品最長 2 年的保障。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Active until the term ends</source>
        <translation>有效至本期結束</translation>
    </message>
    <message>
        <source>Waiting for activation</source>
        <translation>等待啟用</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>非會員</translation>
    </message>
    <message>
        <source>Turn off auto-renew…</source>
        <translation>關閉自動續訂…</translation>
    </message>
    <message>
        <source>Turn on auto-renew…</source>
        <translation>開啟自動續訂…</translation>
    </message>
    <message>
        <source>Turn off auto-renew</source>
        <translation>關閉自動續訂</translation>
    </message>
    <message>
        <source>Turn on auto-renew</source>
        <translation>開啟自動續訂</translation>
    </message>
    <message>
        <source>Cancel with a refund</source>
        <translation>取消並退款</translation>
    </message>
    <message>
        <source>Met: %1</source>
        <translation>已符合：%1</translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>未符合：%1</translation>
    </message>
    <message>
        <source>Cancel and refund…</source>
        <translation>取消並退款…</translation>
    </message>
    <message>
        <source>Cancel Care and get the refund</source>
        <translation>取消 Care 並取得退款</translation>
    </message>
    <message>
        <source>Messages (%1 new)</source>
        <translation>訊息（%1 則新訊息）</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation>沒有訊息。</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>全部標為已讀</translation>
    </message>
    <message>
        <source>Turn off auto-renew?</source>
        <translation>確定關閉自動續訂？</translation>
    </message>
    <message>
        <source>Turn on auto-renew?</source>
        <translation>確定開啟自動續訂？</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>保持不變</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Confirm: turn off auto-renew</source>
        <translation>確認：關閉自動續訂</translation>
    </message>
    <message>
        <source>Confirm: turn on auto-renew</source>
        <translation>確認：開啟自動續訂</translation>
    </message>
    <message>
        <source>Cancel Care and refund?</source>
        <translation>確定取消 Care 並退款？</translation>
    </message>
    <message>
        <source>Keep Care</source>
        <translation>保留 Care</translation>
    </message>
    <message>
        <source>Cancel and refund</source>
        <translation>取消並退款</translation>
    </message>
    <message>
        <source>Confirm: cancel Care and refund</source>
        <translation>確認：取消 Care 並退款</translation>
    </message>
    <message>
        <source>Covered products</source>
        <translation>受保障的產品</translation>
    </message>
    <message>
        <source>Products bought on the store while you are a Care member are protected for two years from purchase, as long as your membership stays active. Use the arrow keys to move through the list.</source>
        <translation>您作為 Care 會員期間在商店購買的產品，自購買之日起享有兩年保障，前提是您的會員資格保持有效。使用方向鍵在清單中移動。</translation>
    </message>
    <message>
        <source>You have no qualifying products yet. Products you buy on the store while you are a Care member are protected for two years.</source>
        <translation>您還沒有合格產品。您作為 Care 會員期間在商店購買的產品享有兩年保障。</translation>
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
        <translation>顯示更早的產品</translation>
    </message>
</context>
<context>
    <name>CartPane</name>
    <message>
        <source>Your cart is empty. Add products from the catalog.</source>
        <translation>您的購物車是空的。請從商品目錄中新增產品。</translation>
    </message>
    <message>
        <source>Cart lines</source>
        <translation>購物車商品</translation>
    </message>
    <message>
        <source>%1 (saved for later)</source>
        <translation>%1（留待稍後購買）</translation>
    </message>
    <message>
        <source>%1 each · %2</source>
        <translation>每件 %1 · %2</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <source>Quantity of %1: %2</source>
        <translation>%1 的數量：%2</translation>
    </message>
    <message>
        <source>Move back to the cart</source>
        <translation>移回購物車</translation>
    </message>
    <message>
        <source>Save for later</source>
        <translation>留待稍後購買</translation>
    </message>
    <message>
        <source>Move %1 back to the cart</source>
        <translation>將 %1 移回購物車</translation>
    </message>
    <message>
        <source>Save %1 for later</source>
        <translation>將 %1 留待稍後購買</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove %1 from the cart</source>
        <translation>從購物車中移除 %1</translation>
    </message>
    <message>
        <source>Save parts and software for later</source>
        <translation>將零件和軟體留待稍後購買</translation>
    </message>
    <message>
        <source>Items in the cart: %1. Subtotal: %2</source>
        <translation>購物車中的商品：%1 件。小計：%2</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>結帳</translation>
    </message>
    <message>
        <source>Not yet: see the problems listed above.</source>
        <translation>暫時不能結帳：請查看上方列出的問題。</translation>
    </message>
</context>
<context>
    <name>CatalogPane</name>
    <message>
        <source>Search the catalog</source>
        <translation>搜尋商品目錄</translation>
    </message>
    <message>
        <source>Name, model or part number</source>
        <translation>名稱、型號或零件編號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>類別：%1</translation>
    </message>
    <message>
        <source>Catalog items</source>
        <translation>目錄商品</translation>
    </message>
    <message>
        <source>you pay %1 as a Care member</source>
        <translation>身為 Care 會員，您只需支付 %1</translation>
    </message>
    <message>
        <source>Care members pay %1</source>
        <translation>Care 會員價 %1</translation>
    </message>
    <message>
        <source>earns points</source>
        <translation>可賺取點數</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下載</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>報名…</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>加入購物車</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>下載 %1</translation>
    </message>
    <message>
        <source>Register for %1</source>
        <translation>報名 %1</translation>
    </message>
    <message>
        <source>Add %1 to the cart</source>
        <translation>將 %1 加入購物車</translation>
    </message>
</context>
<context>
    <name>CheckoutPane</name>
    <message>
        <source>Shipping address</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>帳單地址</translation>
    </message>
    <message>
        <source>Orders ship to a street address in the US; not to a P.O. box.</source>
        <translation>訂單寄送至美國的街道地址；不寄送至郵政信箱。</translation>
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
        <translation>選擇州</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>州：%1</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>郵遞區號</translation>
    </message>
    <message>
        <source>Your email, for the receipt</source>
        <translation>您的電子郵件（用於接收收據）</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>運送方式</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Points to use</source>
        <translation>要使用的點數</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>使用 %1</translation>
    </message>
    <message>
        <source>Gift card and promotion code</source>
        <translation>禮物卡和促銷代碼</translation>
    </message>
    <message>
        <source>Gift card code (optional)</source>
        <translation>禮物卡代碼（選填）</translation>
    </message>
    <message>
        <source>Promotion code (optional)</source>
        <translation>促銷代碼（選填）</translation>
    </message>
    <message>
        <source>Payment card</source>
        <translation>付款卡</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核對訂單</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>See your orders</source>
        <translation>查看您的訂單</translation>
    </message>
    <message>
        <source>Place order, total %1</source>
        <translation>下單，總計 %1</translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>建立帳戶</translation>
    </message>
    <message>
        <source>Membership is free for US residents aged 18 or over (19 in Alabama and Nebraska). One account per email.</source>
        <translation>年滿 18 歲（阿拉巴馬州和內布拉斯加州為 19 歲）的美國居民可免費成為會員。每個電子郵件限一個帳戶。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
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
        <translation>選擇您所在的州</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>州：%1</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>密碼（至少 8 個字元）</translation>
    </message>
    <message>
        <source>Password, at least 8 characters</source>
        <translation>密碼，至少 8 個字元</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次輸入密碼</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>建立帳戶</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>返回登入</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Your points at a glance.</source>
        <translation>一眼看清您的點數。</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <source>Sign in to see your points. Guest orders do not earn points.</source>
        <translation>登入即可查看點數。訪客訂單不累積點數。</translation>
    </message>
    <message>
        <source>Available points</source>
        <translation>可用點數</translation>
    </message>
    <message>
        <source>Worth %1 at checkout</source>
        <translation>結帳時可折抵 %1</translation>
    </message>
    <message>
        <source>Pending points</source>
        <translation>待入帳點數</translation>
    </message>
    <message>
        <source>Post when these ship: %1</source>
        <translation>以下訂單出貨後入帳：%1</translation>
    </message>
    <message>
        <source>Nothing waiting for shipment.</source>
        <translation>沒有等待出貨的點數。</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>30 天內到期</translation>
    </message>
    <message>
        <source>%1 within 60 days, %2 within 90 days</source>
        <translation>60 天內 %1，90 天內 %2</translation>
    </message>
    <message>
        <source>Points expiring per month, next 24 months</source>
        <translation>未來 24 個月每月到期點數</translation>
    </message>
    <message>
        <source>Select a month (Tab, then Left and Right) to read its figure.</source>
        <translation>選擇月份（按 Tab，然後用左右方向鍵）即可讀取數值。</translation>
    </message>
    <message>
        <source>Leave the program</source>
        <translation>退出會員計畫</translation>
    </message>
    <message>
        <source>You asked to leave. The request is processed on %1; until then you can withdraw it.</source>
        <translation>您已申請退出。申請將於 %1 處理；在此之前可以撤回。</translation>
    </message>
    <message>
        <source>You left the program on %1; your points were forfeited.</source>
        <translation>您已於 %1 退出會員計畫；您的點數已作廢。</translation>
    </message>
    <message>
        <source>Leave the program…</source>
        <translation>退出會員計畫…</translation>
    </message>
    <message>
        <source>Withdraw my request</source>
        <translation>撤回我的申請</translation>
    </message>
</context>
<context>
    <name>ExpiryChart</name>
    <message>
        <source>Points expiring per month</source>
        <translation>每月到期點數</translation>
    </message>
</context>
<context>
    <name>LeaveProgramDialog</name>
    <message>
        <source>Leave the program?</source>
        <translation>確定退出會員計畫？</translation>
    </message>
    <message>
        <source>Keep my points</source>
        <translation>保留我的點數</translation>
    </message>
    <message>
        <source>Leave and forfeit</source>
        <translation>退出並放棄點數</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Dashboard</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Care membership</source>
        <translation>Care 會員</translation>
    </message>
    <message>
        <source>Shop &amp; Cart</source>
        <translation>商店與購物車</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Warranty help</source>
        <translation>保固協助</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
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
        <translation>訪客</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已登入：%1</translation>
    </message>
    <message>
        <source>Browsing as a guest</source>
        <translation>以訪客身分瀏覽</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Leave guest mode</source>
        <translation>離開訪客模式</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Pages</source>
        <translation>頁面</translation>
    </message>
    <message>
        <source>Shortcut %1</source>
        <translation>快速鍵 %1</translation>
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
        <translation>已兌換 %1</translation>
    </message>
    <message>
        <source>earns %1</source>
        <translation>可獲得 %1</translation>
    </message>
    <message>
        <source>Cancelled on %1</source>
        <translation>已於 %1 取消</translation>
    </message>
    <message>
        <source>Returned on %1</source>
        <translation>已於 %1 退貨</translation>
    </message>
    <message>
        <source>Licence key sent by email</source>
        <translation>授權金鑰已透過電子郵件寄送</translation>
    </message>
    <message>
        <source>Class registration</source>
        <translation>課程報名</translation>
    </message>
    <message>
        <source>Care membership: see the Care page</source>
        <translation>Care 會員：請查看 Care 頁面</translation>
    </message>
    <message>
        <source>Delivered on %1 · tracking %2</source>
        <translation>已於 %1 送達 · 追蹤號碼 %2</translation>
    </message>
    <message>
        <source>Shipped on %1 · tracking %2 · arrives by %3</source>
        <translation>已於 %1 出貨 · 追蹤號碼 %2 · 預計 %3 前送達</translation>
    </message>
    <message>
        <source>%1 · ships on %2 · arrives by %3</source>
        <translation>%1 · %2 出貨 · 預計 %3 前送達</translation>
    </message>
    <message>
        <source>Back-ordered: %1</source>
        <translation>缺貨待補：%1</translation>
    </message>
    <message>
        <source>Complimentary</source>
        <translation>贈品</translation>
    </message>
    <message>
        <source>price match %1 back</source>
        <translation>價格比對退還 %1</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>已退款 %1</translation>
    </message>
    <message>
        <source>restocking fee %1</source>
        <translation>重新上架費 %1</translation>
    </message>
    <message>
        <source>paid with %1</source>
        <translation>使用 %1 支付</translation>
    </message>
    <message>
        <source>%1 pending until it ships</source>
        <translation>%1 待出貨後入帳</translation>
    </message>
    <message>
        <source>earned %1</source>
        <translation>已獲得 %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>商品：%1</translation>
    </message>
    <message>
        <source>Care member savings: %1</source>
        <translation>Care 會員優惠：%1</translation>
    </message>
    <message>
        <source>Discounts: −%1</source>
        <translation>折扣：−%1</translation>
    </message>
    <message>
        <source>Shipping: %1</source>
        <translation>運費：%1</translation>
    </message>
    <message>
        <source>Free shipping upgrade (Care): %1</source>
        <translation>免費配送升級（Care）：%1</translation>
    </message>
    <message>
        <source>Tax: %1</source>
        <translation>稅金：%1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計：%1</translation>
    </message>
    <message>
        <source>Paid with points: %1 (%2)</source>
        <translation>點數支付：%1（%2）</translation>
    </message>
    <message>
        <source>Paid by gift card: %1</source>
        <translation>禮品卡支付：%1</translation>
    </message>
    <message>
        <source>Paid by %1 ending %2: %3</source>
        <translation>%1 末四碼 %2 支付：%3</translation>
    </message>
    <message>
        <source>Promotion code: %1</source>
        <translation>促銷代碼：%1</translation>
    </message>
    <message>
        <source>Class for %1 (%2)</source>
        <translation>學員：%1（%2）</translation>
    </message>
    <message>
        <source>Ships to %1, %2, %3, %4 %5</source>
        <translation>寄送至 %1，%2，%3，%4 %5</translation>
    </message>
    <message>
        <source>New price: %1 each; you paid %2 for %3 × %4</source>
        <translation>新價格：每件 %1；您為 %3 × %4 支付了 %2</translation>
    </message>
    <message>
        <source>Restocking fee (15%, at least $5 per line): %1</source>
        <translation>重新上架費（15%，每行至少 $5）：%1</translation>
    </message>
    <message>
        <source>Of that fee, %1 comes out of the points you paid with</source>
        <translation>其中 %1 從您付款時使用的點數中扣除</translation>
    </message>
    <message>
        <source>Shipping refunded: %1 (nothing else in the order ships)</source>
        <translation>退還運費：%1（訂單中沒有其他商品需要出貨）</translation>
    </message>
    <message>
        <source>Tax refunded: %1</source>
        <translation>退還稅金：%1</translation>
    </message>
    <message>
        <source>Money back: %1</source>
        <translation>退款金額：%1</translation>
    </message>
    <message>
        <source>To your card ending %1: %2</source>
        <translation>退至末四碼 %1 的卡片：%2</translation>
    </message>
    <message>
        <source>To your gift card: %1</source>
        <translation>退至您的禮品卡：%1</translation>
    </message>
    <message>
        <source>Points you paid with, back to your balance: %1</source>
        <translation>付款時使用的點數退回餘額：%1</translation>
    </message>
    <message>
        <source>Pending points this line would have earned, cancelled: %1</source>
        <translation>此商品原應獲得的待入帳點數將取消：%1</translation>
    </message>
    <message>
        <source>Points earned on this line, taken back: %1</source>
        <translation>此商品已獲得的點數將扣回：%1</translation>
    </message>
    <message>
        <source>Your balance is %1 short of the points to take back</source>
        <translation>您的餘額比需扣回的點數少 %1</translation>
    </message>
    <message>
        <source>That shortfall is taken from the money back: %1</source>
        <translation>差額從退款中扣除：%1</translation>
    </message>
    <message>
        <source>Shortfall forgiven: %1</source>
        <translation>差額已免除：%1</translation>
    </message>
    <message>
        <source>Complimentary items that came with it go back too: %1</source>
        <translation>隨附的贈品也需一併退回：%1</translation>
    </message>
    <message>
        <source>Cancel %1 × %2?</source>
        <translation>取消 %1 × %2？</translation>
    </message>
    <message>
        <source>Return %1 × %2?</source>
        <translation>退貨 %1 × %2？</translation>
    </message>
    <message>
        <source>Price match %1?</source>
        <translation>為 %1 申請價格比對？</translation>
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
        <translation>比對價格</translation>
    </message>
    <message>
        <source>The card refund did not go through, so nothing was changed. Try again later.</source>
        <translation>卡片退款未成功，因此未做任何變更。請稍後再試。</translation>
    </message>
    <message>
        <source>The change could not be saved, so nothing was changed. Try again.</source>
        <translation>無法儲存變更，因此未做任何變更。請再試一次。</translation>
    </message>
    <message>
        <source>Cancelled. %1 is on its way back; %2 restored to your balance.</source>
        <translation>已取消。%1 正在退回；%2 已恢復到您的餘額。</translation>
    </message>
    <message>
        <source>Return recorded. %1 is on its way back; %2 restored to your balance.</source>
        <translation>退貨已登記。%1 正在退回；%2 已恢復到您的餘額。</translation>
    </message>
    <message>
        <source>Price matched. %1 is on its way back.</source>
        <translation>價格已比對。%1 正在退回。</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Your orders, shipments, cancellations and returns.</source>
        <translation>您的訂單、出貨、取消和退貨。</translation>
    </message>
    <message>
        <source>You have no orders yet. What you buy in the Shop appears here.</source>
        <translation>您還沒有訂單。您在商店購買的商品會顯示在這裡。</translation>
    </message>
    <message>
        <source>Sign in to see your orders.</source>
        <translation>登入後查看您的訂單。</translation>
    </message>
    <message>
        <source>Order history: %1 orders</source>
        <translation>訂單紀錄：%1 筆訂單</translation>
    </message>
    <message>
        <source>Open Warranty help</source>
        <translation>開啟保固協助</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Keep it: change nothing</source>
        <translation>保留：不做任何變更</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>關閉此訊息</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>訂單商品</translation>
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
        <translation>取消 %1：先查看將退回的內容</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退貨…</translation>
    </message>
    <message>
        <source>Return %1: see the refund and fee first</source>
        <translation>退回 %1：先查看退款和費用</translation>
    </message>
    <message>
        <source>It is defective…</source>
        <translation>商品有瑕疵…</translation>
    </message>
    <message>
        <source>%1 is defective</source>
        <translation>%1 有瑕疵</translation>
    </message>
    <message>
        <source>Competitor&apos;s price</source>
        <translation>競爭對手價格</translation>
    </message>
    <message>
        <source>Competitor&apos;s price for one %1</source>
        <translation>一件 %1 的競爭對手價格</translation>
    </message>
    <message>
        <source>Request a price match…</source>
        <translation>申請價格比對…</translation>
    </message>
    <message>
        <source>Request a price match for %1</source>
        <translation>為 %1 申請價格比對</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Care benefits on this order</source>
        <translation>此訂單的 Care 權益</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>Points</source>
        <translation>點數</translation>
    </message>
    <message>
        <source>Points statement</source>
        <translation>點數明細</translation>
    </message>
    <message>
        <source>Every change to your points, newest first, with the balance after it.</source>
        <translation>點數的每一筆變動（最新在前）及變動後的餘額。</translation>
    </message>
    <message>
        <source>Sign in to see your points statement.</source>
        <translation>登入即可查看點數明細。</translation>
    </message>
    <message>
        <source>Show kind: %1</source>
        <translation>顯示類型：%1</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>開始（年-月-日）</translation>
    </message>
    <message>
        <source>From date, year-month-day</source>
        <translation>開始日期，年-月-日</translation>
    </message>
    <message>
        <source>To (YYYY-MM-DD)</source>
        <translation>結束（年-月-日）</translation>
    </message>
    <message>
        <source>To date, year-month-day</source>
        <translation>結束日期，年-月-日</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>匯出 CSV…</translation>
    </message>
    <message>
        <source>Export the statement as a CSV file</source>
        <translation>將明細匯出為 CSV 檔案</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>訂單</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <source>Statement entries</source>
        <translation>明細記錄</translation>
    </message>
    <message>
        <source>No entries match.</source>
        <translation>沒有符合條件的記錄。</translation>
    </message>
    <message>
        <source>Export the points statement</source>
        <translation>匯出點數明細</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
</context>
<context>
    <name>PointsWording</name>
    <message>
        <source>Earned, waiting for shipment</source>
        <translation>已獲得，等待出貨</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>已入帳</translation>
    </message>
    <message>
        <source>Pending points cancelled</source>
        <translation>待入帳點數已取消</translation>
    </message>
    <message>
        <source>Used at checkout</source>
        <translation>結帳時使用</translation>
    </message>
    <message>
        <source>Returned to your points</source>
        <translation>已退回點數</translation>
    </message>
    <message>
        <source>Taken back for a return</source>
        <translation>因退貨扣回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <source>Forfeited on leaving</source>
        <translation>退出時作廢</translation>
    </message>
    <message>
        <source>Price adjustment</source>
        <translation>價格調整</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>獎勵點數</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 點數</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>訂單 %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>語言：%1</translation>
    </message>
    <message>
        <source>CareDesk follows your system language until you choose one here.</source>
        <translation>在此選擇語言之前，CareDesk 使用系統語言。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已登入：%1（%2）。</translation>
    </message>
    <message>
        <source>You are browsing as a guest. Orders placed as a guest do not earn points.</source>
        <translation>您正在以訪客身分瀏覽。以訪客身分下的訂單不累積點數。</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <source>Leave guest mode</source>
        <translation>離開訪客模式</translation>
    </message>
    <message>
        <source>About</source>
        <translation>關於</translation>
    </message>
    <message>
        <source>CareDesk %1. Dates follow the store&apos;s time zone, New York; amounts are in US dollars.</source>
        <translation>CareDesk %1。日期採用商店所在時區（紐約）；金額以美元計。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <source>This terminal uses the store&apos;s shared database %1.</source>
        <translation>本終端機使用商店的共用資料庫 %1。</translation>
    </message>
    <message>
        <source>This terminal uses its own database on this computer: %1.</source>
        <translation>本終端機使用本機自己的資料庫：%1。</translation>
    </message>
    <message>
        <source>It was chosen with --database for this run only.</source>
        <translation>這是透過 --database 選擇的，僅用於本次執行。</translation>
    </message>
    <message>
        <source>A store with several terminals keeps one shared PostgreSQL database. Enter its address to use it from the next start; put the password in ~/.pgpass, never here.</source>
        <translation>有多台終端機的商店共用一個 PostgreSQL 資料庫。輸入它的位址，即可從下次啟動起使用；密碼請寫入 ~/.pgpass，切勿填在這裡。</translation>
    </message>
    <message>
        <source>postgresql://caredesk@db.example:5432/caredesk</source>
        <extracomment>An example address of a PostgreSQL database; keep it as it is</extracomment>
        <translation>postgresql://caredesk@db.example:5432/caredesk</translation>
    </message>
    <message>
        <source>Address of the store&apos;s shared database</source>
        <translation>商店共用資料庫的位址</translation>
    </message>
    <message>
        <source>Use this shared database from the next start</source>
        <translation>從下次啟動起使用此共用資料庫</translation>
    </message>
    <message>
        <source>Saved. CareDesk uses %1 from its next start.</source>
        <translation>已儲存。CareDesk 將從下次啟動起使用 %1。</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own database</source>
        <translation>使用本機自己的資料庫</translation>
    </message>
    <message>
        <source>Saved. CareDesk uses this computer&apos;s own database from its next start.</source>
        <translation>已儲存。CareDesk 將從下次啟動起使用本機自己的資料庫。</translation>
    </message>
    <message>
        <source>A change of database is saved; it applies the next time CareDesk starts.</source>
        <translation>資料庫的變更已儲存，將在 CareDesk 下次啟動時生效。</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Shop &amp; Cart</source>
        <translation>商店與購物車</translation>
    </message>
    <message>
        <source>Shopping as a guest: orders earn no points. Sign in to earn and use points.</source>
        <translation>您正以訪客身分購物：訂單不賺取點數。登入後即可賺取和使用點數。</translation>
    </message>
    <message>
        <source>Products, parts, software and training. Members earn points on qualifying products.</source>
        <translation>產品、零件、軟體和培訓。會員購買合格產品可賺取點數。</translation>
    </message>
    <message>
        <source>Shop sections</source>
        <translation>商店分區</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>商品目錄</translation>
    </message>
    <message>
        <source>Cart (%1)</source>
        <translation>購物車（%1）</translation>
    </message>
    <message>
        <source>Cart, items: %1</source>
        <translation>購物車，商品：%1 件</translation>
    </message>
    <message>
        <source>Checkout</source>
        <translation>結帳</translation>
    </message>
</context>
<context>
    <name>ShopWording</name>
    <message>
        <source>Parts and software can be ordered from 6:00 AM to 3:00 AM Eastern Time</source>
        <translation>零件和軟體的訂購時間為美國東部時間早上 6:00 至凌晨 3:00</translation>
    </message>
    <message>
        <source> (%1 to %2 your time, %3)</source>
        <translation>（您當地時間 %1 至 %2，%3）</translation>
    </message>
    <message>
        <source>%1%2. Open now, until %3.</source>
        <translation>%1%2。現在開放，至 %3。</translation>
    </message>
    <message>
        <source>%1%2. Closed now; opens again at %3.</source>
        <translation>%1%2。現在關閉；將於 %3 重新開放。</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音訊</translation>
    </message>
    <message>
        <source>Cameras and lenses</source>
        <translation>相機與鏡頭</translation>
    </message>
    <message>
        <source>Televisions</source>
        <translation>電視</translation>
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
        <translation>軟體</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培訓</translation>
    </message>
    <message>
        <source>Care membership</source>
        <translation>Care 會員</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>零件</translation>
    </message>
    <message>
        <source>Training class</source>
        <translation>培訓課程</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>會員資格</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>一般運送</translation>
    </message>
    <message>
        <source>2-day</source>
        <translation>2 日達</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>隔日達</translation>
    </message>
    <message>
        <source>Emergency parts service (next flight)</source>
        <translation>零件緊急服務（最近航班）</translation>
    </message>
    <message>
        <source>Your cart is empty.</source>
        <translation>您的購物車是空的。</translation>
    </message>
    <message>
        <source>Each line takes a quantity from 1 to 99.</source>
        <translation>每項商品的數量須為 1 至 99。</translation>
    </message>
    <message>
        <source>Training classes and free software are not bought in the cart: register for a class or download the software from its catalog entry.</source>
        <translation>培訓課程和免費軟體不透過購物車購買：請在商品目錄中直接報名課程或下載軟體。</translation>
    </message>
    <message>
        <source>An item is out of stock and cannot be back-ordered. Lower its quantity or remove it.</source>
        <translation>有商品缺貨且無法預購。請減少數量或將其移除。</translation>
    </message>
    <message>
        <source>Care is bought together with a qualifying product (a product that earns points). Add one, or remove Care.</source>
        <translation>Care 需與合格產品（可賺取點數的產品）一起購買。請加入一件合格產品，或移除 Care。</translation>
    </message>
    <message>
        <source>Care is one membership per person: keep a quantity of 1.</source>
        <translation>Care 每人限一份會員資格：數量請保持為 1。</translation>
    </message>
    <message>
        <source>You already have a Care membership (or one waiting for activation). Remove Care from the cart.</source>
        <translation>您已擁有 Care 會員資格（或有待啟用的會員資格）。請從購物車中移除 Care。</translation>
    </message>
    <message>
        <source>Care is for adults who live in an eligible US state (18, or 19 in Alabama and Nebraska). Remove Care from the cart.</source>
        <translation>Care 適用於居住在符合條件的美國州的成年人（18 歲，阿拉巴馬州和內布拉斯加州為 19 歲）。請從購物車中移除 Care。</translation>
    </message>
    <message>
        <source>Parts and software can be checked out from 6:00 AM to 3:00 AM Eastern Time; it opens again at %1 your time. Save them for later to check out the rest now.</source>
        <translation>零件和軟體的結帳時間為美國東部時間早上 6:00 至凌晨 3:00；將於您當地時間 %1 重新開放。可將它們留待稍後購買，先為其餘商品結帳。</translation>
    </message>
    <message>
        <source>The emergency after-hours service is for parts only. Choose another shipping option.</source>
        <translation>下班後緊急服務僅適用於零件。請選擇其他運送方式。</translation>
    </message>
    <message>
        <source>Points are for signed-in members. Sign in to use them.</source>
        <translation>點數僅供已登入的會員使用。請登入後使用。</translation>
    </message>
    <message>
        <source>That is more points than you have.</source>
        <translation>超出了您擁有的點數。</translation>
    </message>
    <message>
        <source>Points pay for qualifying products only, not tax, shipping, parts or Care. Use at most the amount shown by Apply.</source>
        <translation>點數只能支付合格產品，不能支付稅金、運費、零件或 Care。最多使用「使用點數」顯示的數量。</translation>
    </message>
    <message>
        <source>Enter the points as a whole number, 0 or more.</source>
        <translation>請以整數輸入點數（0 或以上）。</translation>
    </message>
    <message>
        <source>This order is larger than the store can take online. Lower the quantities.</source>
        <translation>此訂單金額超出網路商店可受理的上限。請減少數量。</translation>
    </message>
    <message>
        <source>Promotion code applied.</source>
        <translation>已套用促銷代碼。</translation>
    </message>
    <message>
        <source>This promotion code is not known. Check its spelling.</source>
        <translation>無法識別此促銷代碼。請檢查拼寫。</translation>
    </message>
    <message>
        <source>This promotion code is not valid today.</source>
        <translation>此促銷代碼今天無效。</translation>
    </message>
    <message>
        <source>This promotion code is for Care members.</source>
        <translation>此促銷代碼僅限 Care 會員使用。</translation>
    </message>
    <message>
        <source>This promotion code applies to qualifying products, and none is in the cart.</source>
        <translation>此促銷代碼適用於合格產品，但購物車中沒有合格產品。</translation>
    </message>
    <message>
        <source>Enter the name of the person receiving the order.</source>
        <translation>請輸入收件人姓名。</translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation>請輸入街道地址。</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>請輸入城市。</translation>
    </message>
    <message>
        <source>Choose a US state.</source>
        <translation>請選擇美國的州。</translation>
    </message>
    <message>
        <source>Enter a ZIP code of 5 digits (or ZIP+4, like 12345-6789).</source>
        <translation>請輸入 5 位數的郵遞區號（或 ZIP+4 格式，例如 12345-6789）。</translation>
    </message>
    <message>
        <source>Orders cannot be shipped to a P.O. box. Enter a street address where a parcel can be delivered.</source>
        <translation>訂單不能寄送到郵政信箱（P.O. Box）。請輸入可以投遞包裹的街道地址。</translation>
    </message>
    <message>
        <source>Enter the name on the card.</source>
        <translation>請輸入卡上的姓名。</translation>
    </message>
    <message>
        <source>This card number is not valid. Check the digits.</source>
        <translation>此卡號無效。請檢查數字。</translation>
    </message>
    <message>
        <source>The store takes Visa, Mastercard, American Express and Discover.</source>
        <translation>本店接受 Visa、Mastercard、American Express 和 Discover。</translation>
    </message>
    <message>
        <source>Enter the expiry date as MM/YY.</source>
        <translation>請以 MM/YY 格式輸入有效期限。</translation>
    </message>
    <message>
        <source>This card has expired. Use another card.</source>
        <translation>此卡已過期。請使用其他卡。</translation>
    </message>
    <message>
        <source>Enter the security code from the card: 3 digits (4 on American Express).</source>
        <translation>請輸入卡上的安全碼：3 位數（American Express 為 4 位數）。</translation>
    </message>
    <message>
        <source>Your card was declined. Nothing was charged and no order was placed; try another card.</source>
        <translation>您的卡遭到拒絕。未扣款，也未成立訂單；請嘗試其他卡。</translation>
    </message>
    <message>
        <source>Your card was declined for insufficient funds. Nothing was charged and no order was placed.</source>
        <translation>您的卡因餘額不足遭到拒絕。未扣款，也未成立訂單。</translation>
    </message>
    <message>
        <source>Your bank says this card has expired. Nothing was charged and no order was placed.</source>
        <translation>您的銀行表示此卡已過期。未扣款，也未成立訂單。</translation>
    </message>
    <message>
        <source>The payment service did not answer. Nothing was charged and no order was placed; try again in a moment.</source>
        <translation>付款服務沒有回應。未扣款，也未成立訂單；請稍後再試。</translation>
    </message>
    <message>
        <source>Gift card ending %1: %2 available.</source>
        <translation>末四碼 %1 的禮物卡：可用餘額 %2。</translation>
    </message>
    <message>
        <source>This gift card code is not known. Check it, or remove it to pay without it.</source>
        <translation>無法識別此禮物卡代碼。請檢查，或將其移除後不使用禮物卡付款。</translation>
    </message>
    <message>
        <source>Gift card ending %1 has no balance left. Remove it to pay without it.</source>
        <translation>末四碼 %1 的禮物卡已無餘額。請將其移除後付款。</translation>
    </message>
    <message>
        <source>The order was not placed: fix what is marked above.</source>
        <translation>未成立訂單：請修正上方標出的問題。</translation>
    </message>
    <message>
        <source>The payment was refused. Nothing was charged and no order was placed.</source>
        <translation>付款遭到拒絕。未扣款，也未成立訂單。</translation>
    </message>
    <message>
        <source>Your points balance changed a moment ago (used on another terminal?). Nothing was charged; review the points and place the order again.</source>
        <translation>您的點數餘額剛剛發生了變化（是否在其他終端機上使用了？）。未扣款；請檢查點數後重新下單。</translation>
    </message>
    <message>
        <source>The gift card&apos;s balance changed a moment ago. Nothing was charged; review and place the order again.</source>
        <translation>禮物卡餘額剛剛發生了變化。未扣款；請檢查後重新下單。</translation>
    </message>
    <message>
        <source>The order could not be saved, so it was not placed and nothing was charged. Your cart and points are as they were.</source>
        <translation>訂單無法儲存，因此未成立，也未扣款。您的購物車和點數維持不變。</translation>
    </message>
    <message>
        <source>Choose a training class.</source>
        <translation>請選擇培訓課程。</translation>
    </message>
    <message>
        <source>This class has already started. Choose a later class.</source>
        <translation>此課程已經開始。請選擇之後的課程。</translation>
    </message>
    <message>
        <source>Enter the student&apos;s name.</source>
        <translation>請輸入學員姓名。</translation>
    </message>
    <message>
        <source>Enter the student&apos;s email address, like name@example.com.</source>
        <translation>請輸入學員的電子郵件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Enter your email address for the receipt, like name@example.com.</source>
        <translation>請輸入接收收據的電子郵件地址，例如 name@example.com。</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>已成立</translation>
    </message>
    <message>
        <source>Back-ordered</source>
        <translation>預購中</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已出貨</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送達</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退貨</translation>
    </message>
    <message>
        <source>This order line was not found in your orders.</source>
        <translation>在您的訂單中找不到此項商品。</translation>
    </message>
    <message>
        <source>This line was already cancelled or returned.</source>
        <translation>此項商品已取消或已退貨。</translation>
    </message>
    <message>
        <source>This line has not shipped yet: cancel it instead of returning it.</source>
        <translation>此項商品尚未出貨：請取消，而不是退貨。</translation>
    </message>
    <message>
        <source>This line cannot be cancelled or returned here. Software licences are final; Care is managed on the Care page; a complimentary item goes back with its product.</source>
        <translation>此項商品無法在此取消或退貨。軟體授權一經售出概不退換；Care 請在 Care 頁面管理；贈品隨其產品一起退回。</translation>
    </message>
    <message>
        <source>It is more than 30 days since the purchase, so this return is not self-service. Contact support: returns after 30 days are approved at the store&apos;s discretion.</source>
        <translation>距離購買已超過 30 天，因此無法自助退貨。請聯絡客服：超過 30 天的退貨由商店酌情決定是否核准。</translation>
    </message>
    <message>
        <source>Defective items are not returned with a restocking fee: they are covered by the warranty. Open Warranty help (Ctrl+6) to check the coverage and request service.</source>
        <translation>有瑕疵的商品不按收取重新上架費的方式退貨：它們由保固涵蓋。請開啟「保固協助」（Ctrl+6）查看保固範圍並申請服務。</translation>
    </message>
    <message>
        <source>The price match program is for parts.</source>
        <translation>價格比對計畫僅適用於零件。</translation>
    </message>
    <message>
        <source>Price matches are for parts bought in the last 30 days.</source>
        <translation>價格比對適用於最近 30 天內購買的零件。</translation>
    </message>
    <message>
        <source>Enter the competitor&apos;s price for one unit; it must be below the price you paid.</source>
        <translation>請輸入競爭對手的單價；必須低於您支付的價格。</translation>
    </message>
    <message>
        <source>Member pricing</source>
        <translation>會員價</translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation>會員折扣</translation>
    </message>
    <message>
        <source>Free shipping upgrade</source>
        <translation>免費運送升級</translation>
    </message>
    <message>
        <source>Complimentary item</source>
        <translation>贈品</translation>
    </message>
    <message>
        <source>This line has shipped, so it can no longer be cancelled; return it instead.</source>
        <translation>此項商品已出貨，無法再取消；請改為退貨。</translation>
    </message>
    <message>
        <source>The name contains line breaks or other control characters that a shipping label cannot show. Type it on one line.</source>
        <translation>收件人姓名包含換行符或其他控制字元，無法列印在貨運標籤上。請在一行內輸入。</translation>
    </message>
    <message>
        <source>The street address contains line breaks or other control characters that a shipping label cannot show. Type it on one line.</source>
        <translation>街道地址包含換行符或其他控制字元，無法列印在貨運標籤上。請在一行內輸入。</translation>
    </message>
    <message>
        <source>The city contains line breaks or other control characters that a shipping label cannot show. Type it on one line.</source>
        <translation>城市包含換行符或其他控制字元，無法列印在貨運標籤上。請在一行內輸入。</translation>
    </message>
    <message>
        <source>The student&apos;s name contains line breaks or other control characters. Type it on one line.</source>
        <translation>學員姓名包含換行符或其他控制字元。請在一行內輸入。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Welcome to CareDesk</source>
        <translation>歡迎使用 CareDesk</translation>
    </message>
    <message>
        <source>Your points, your Care membership, your orders and warranty help, in one place.</source>
        <translation>點數、Care 會員、訂單和保固協助，盡在一處。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>建立帳戶</translation>
    </message>
    <message>
        <source>Continue as guest</source>
        <translation>以訪客身分繼續</translation>
    </message>
    <message>
        <source>Shop without an account. Guest orders do not earn points.</source>
        <translation>無需帳戶即可購物。訪客訂單不累積點數。</translation>
    </message>
    <message>
        <source>New here? Look around with the demo member: %1, password %2.</source>
        <translation>第一次來？可用示範會員看看：%1，密碼 %2。</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>試用示範</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>CareDesk cannot start</source>
        <translation>CareDesk 無法啟動</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細資訊：%1</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Restore the latest automatic backup</source>
        <translation>還原最近的自動備份</translation>
    </message>
    <message>
        <source>Use this computer&apos;s own database</source>
        <translation>使用本機自己的資料庫</translation>
    </message>
    <message>
        <source>Instead of %1, from the next start</source>
        <translation>從下次啟動起不再使用 %1</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Register for a class</source>
        <translation>報名課程</translation>
    </message>
    <message>
        <source>One student per order. To register several students, place one order each.</source>
        <translation>每筆訂單限一名學員。如需為多名學員報名，請為每人分別下單。</translation>
    </message>
    <message>
        <source>Student&apos;s name</source>
        <translation>學員姓名</translation>
    </message>
    <message>
        <source>Student&apos;s email</source>
        <translation>學員電子郵件</translation>
    </message>
    <message>
        <source>Your email, for the receipt</source>
        <translation>您的電子郵件（用於接收收據）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Register and pay</source>
        <translation>報名並付款</translation>
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
        <translation>阿拉巴馬州</translation>
    </message>
    <message>
        <source>Arkansas</source>
        <translation>阿肯色州</translation>
    </message>
    <message>
        <source>Arizona</source>
        <translation>亞利桑那州</translation>
    </message>
    <message>
        <source>California</source>
        <translation>加利福尼亞州</translation>
    </message>
    <message>
        <source>Colorado</source>
        <translation>科羅拉多州</translation>
    </message>
    <message>
        <source>Connecticut</source>
        <translation>康乃狄克州</translation>
    </message>
    <message>
        <source>District of Columbia</source>
        <translation>哥倫比亞特區</translation>
    </message>
    <message>
        <source>Delaware</source>
        <translation>德拉瓦州</translation>
    </message>
    <message>
        <source>Florida</source>
        <translation>佛羅里達州</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>喬治亞州</translation>
    </message>
    <message>
        <source>Hawaii</source>
        <translation>夏威夷州</translation>
    </message>
    <message>
        <source>Iowa</source>
        <translation>愛荷華州</translation>
    </message>
    <message>
        <source>Idaho</source>
        <translation>愛達荷州</translation>
    </message>
    <message>
        <source>Illinois</source>
        <translation>伊利諾州</translation>
    </message>
    <message>
        <source>Indiana</source>
        <translation>印第安納州</translation>
    </message>
    <message>
        <source>Kansas</source>
        <translation>堪薩斯州</translation>
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
        <translation>麻薩諸塞州</translation>
    </message>
    <message>
        <source>Maryland</source>
        <translation>馬里蘭州</translation>
    </message>
    <message>
        <source>Maine</source>
        <translation>緬因州</translation>
    </message>
    <message>
        <source>Michigan</source>
        <translation>密西根州</translation>
    </message>
    <message>
        <source>Minnesota</source>
        <translation>明尼蘇達州</translation>
    </message>
    <message>
        <source>Missouri</source>
        <translation>密蘇里州</translation>
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
        <translation>北卡羅來納州</translation>
    </message>
    <message>
        <source>North Dakota</source>
        <translation>北達科他州</translation>
    </message>
    <message>
        <source>Nebraska</source>
        <translation>內布拉斯加州</translation>
    </message>
    <message>
        <source>New Hampshire</source>
        <translation>新罕布夏州</translation>
    </message>
    <message>
        <source>New Jersey</source>
        <translation>紐澤西州</translation>
    </message>
    <message>
        <source>New Mexico</source>
        <translation>新墨西哥州</translation>
    </message>
    <message>
        <source>Nevada</source>
        <translation>內華達州</translation>
    </message>
    <message>
        <source>New York</source>
        <translation>紐約州</translation>
    </message>
    <message>
        <source>Ohio</source>
        <translation>俄亥俄州</translation>
    </message>
    <message>
        <source>Oklahoma</source>
        <translation>奧克拉荷馬州</translation>
    </message>
    <message>
        <source>Oregon</source>
        <translation>奧勒岡州</translation>
    </message>
    <message>
        <source>Pennsylvania</source>
        <translation>賓夕法尼亞州</translation>
    </message>
    <message>
        <source>Rhode Island</source>
        <translation>羅德島州</translation>
    </message>
    <message>
        <source>South Carolina</source>
        <translation>南卡羅來納州</translation>
    </message>
    <message>
        <source>South Dakota</source>
        <translation>南達科他州</translation>
    </message>
    <message>
        <source>Tennessee</source>
        <translation>田納西州</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>德克薩斯州</translation>
    </message>
    <message>
        <source>Utah</source>
        <translation>猶他州</translation>
    </message>
    <message>
        <source>Virginia</source>
        <translation>維吉尼亞州</translation>
    </message>
    <message>
        <source>Vermont</source>
        <translation>佛蒙特州</translation>
    </message>
    <message>
        <source>Washington</source>
        <translation>華盛頓州</translation>
    </message>
    <message>
        <source>Wisconsin</source>
        <translation>威斯康辛州</translation>
    </message>
    <message>
        <source>West Virginia</source>
        <translation>西維吉尼亞州</translation>
    </message>
    <message>
        <source>Wyoming</source>
        <translation>懷俄明州</translation>
    </message>
</context>
<context>
    <name>WarrantyPage</name>
    <message>
        <source>Warranty help</source>
        <translation>保固協助</translation>
    </message>
    <message>
        <source>Answer a few questions to learn whether a repair is covered, why, and what to do next.</source>
        <translation>回答幾個問題，了解維修是否在保固範圍內、原因以及下一步該怎麼做。</translation>
    </message>
    <message>
        <source>Is it covered?</source>
        <translation>是否在保固範圍內？</translation>
    </message>
    <message>
        <source>Where did you buy it?</source>
        <translation>您在哪裡購買的？</translation>
    </message>
    <message>
        <source>Where did you buy it? %1</source>
        <translation>您在哪裡購買的？%1</translation>
    </message>
    <message>
        <source>Who sold it?</source>
        <translation>賣家是誰？</translation>
    </message>
    <message>
        <source>Who sold it? %1</source>
        <translation>賣家是誰？%1</translation>
    </message>
    <message>
        <source>What kind of product is it?</source>
        <translation>是什麼類型的產品？</translation>
    </message>
    <message>
        <source>Product kind: %1</source>
        <translation>產品類型：%1</translation>
    </message>
    <message>
        <source>When did you buy it? (year-month-day)</source>
        <translation>何時購買的？（年-月-日）</translation>
    </message>
    <message>
        <source>2026-05-01</source>
        <translation>2026-05-01</translation>
    </message>
    <message>
        <source>Purchase date, year-month-day</source>
        <translation>購買日期，年-月-日</translation>
    </message>
    <message>
        <source>Which of these do you have?</source>
        <translation>您有以下哪些憑證？</translation>
    </message>
    <message>
        <source>The warranty card</source>
        <translation>保固卡</translation>
    </message>
    <message>
        <source>The product box</source>
        <translation>產品包裝盒</translation>
    </message>
    <message>
        <source>The original invoice</source>
        <translation>原始發票</translation>
    </message>
    <message>
        <source>The box matches the product (same model and serial number)</source>
        <translation>包裝盒與產品相符（型號和序號一致）</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>發生了什麼？</translation>
    </message>
    <message>
        <source>What happened? %1</source>
        <translation>發生了什麼？%1</translation>
    </message>
    <message>
        <source>Check coverage</source>
        <translation>查詢保固</translation>
    </message>
    <message>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>Bought on JD.com? Apply for after-sales there</source>
        <translation>在京東購買？請在京東申請售後</translation>
    </message>
    <message>
        <source>Send a service request</source>
        <translation>提交服務申請</translation>
    </message>
    <message>
        <source>Every field is needed so the service centre can prepare the visit.</source>
        <translation>每一項都必須填寫，以便服務中心安排到府。</translation>
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
        <translation>電話</translation>
    </message>
    <message>
        <source>Product model, e.g. WH-1000XM5</source>
        <translation>產品型號，例如 WH-1000XM5</translation>
    </message>
    <message>
        <source>Product model</source>
        <translation>產品型號</translation>
    </message>
    <message>
        <source>Purchase date (year-month-day)</source>
        <translation>購買日期（年-月-日）</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <source>What you want: repair, replacement, …</source>
        <translation>您的訴求：維修、更換等</translation>
    </message>
    <message>
        <source>What you want</source>
        <translation>您的訴求</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>提交申請</translation>
    </message>
    <message>
        <source>Send the service request</source>
        <translation>提交服務申請</translation>
    </message>
    <message>
        <source>Your request was sent.</source>
        <translation>您的申請已提交。</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>常見問題</translation>
    </message>
    <message>
        <source>Search the questions</source>
        <translation>搜尋問題</translation>
    </message>
    <message>
        <source>Search the questions and answers</source>
        <translation>搜尋常見問題</translation>
    </message>
    <message>
        <source>No question matches; try fewer words.</source>
        <translation>沒有相符的問題，請減少關鍵字。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareDesk: your points, Care membership, orders and warranty help.</source>
        <translation>CareDesk：您的點數、Care 會員、訂單和保固協助。</translation>
    </message>
    <message>
        <source>Fix the clock at this instant (ISO-8601, e.g. 2026-11-25T09:30:00-05:00; without an offset it is New York time). For demos and tests.</source>
        <translation>將時鐘固定在此時刻（ISO-8601，例如 2026-11-25T09:30:00-05:00；不帶時差時按紐約時間）。用於示範和測試。</translation>
    </message>
    <message>
        <source>Keep the database and settings in this folder instead of the standard one.</source>
        <translation>將資料庫和設定保存在此資料夾，而非預設位置。</translation>
    </message>
    <message>
        <source>User interface language: en, zh_CN or zh_TW (default: the saved choice, else the system language).</source>
        <translation>介面語言：en、zh_CN 或 zh_TW（預設：已儲存的選擇，否則為系統語言）。</translation>
    </message>
    <message>
        <source>Scale all text, e.g. 1.5 or 2 (default: the desktop&apos;s font size).</source>
        <translation>縮放所有文字，例如 1.5 或 2（預設：桌面字型大小）。</translation>
    </message>
    <message>
        <source>Exit with status 0 once the first frame is on screen (to time a start).</source>
        <translation>首個畫面顯示後以狀態 0 結束（用於測量啟動時間）。</translation>
    </message>
    <message>
        <source>--now needs an ISO-8601 date and time, e.g. 2026-11-25T09:30:00-05:00</source>
        <translation>--now 需要 ISO-8601 格式的日期時間，例如 2026-11-25T09:30:00-05:00</translation>
    </message>
    <message>
        <source>--lang must be one of: %1</source>
        <translation>--lang 必須是以下之一：%1</translation>
    </message>
    <message>
        <source>--font-scale must be a number from 0.5 to 4</source>
        <translation>--font-scale 必須是 0.5 到 4 之間的數字</translation>
    </message>
    <message>
        <source>Sign in as the demo member at start.</source>
        <translation>啟動時以示範會員身分登入。</translation>
    </message>
    <message>
        <source>Use a shared PostgreSQL database instead of the local file, e.g. postgresql://caredesk@db.example:5432/caredesk (password from PGPASSWORD or ~/.pgpass).</source>
        <translation>使用共用的 PostgreSQL 資料庫代替本機檔案，例如 postgresql://caredesk@db.example:5432/caredesk（密碼取自 PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>--database needs a URL like postgresql://user@host:5432/dbname</source>
        <translation>--database 需要類似 postgresql://user@host:5432/dbname 的位址</translation>
    </message>
</context>
</TS>
