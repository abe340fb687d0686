// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

// Test-only: performs random points, Care and shop use cases on a data folder, forever, so
// that tst_crash can kill it with SIGKILL at any moment (issue #9): checkouts (with points),
// cancels, returns, price matches, fulfilment, expiry, Care purchase, renewal and refund.
// Each use case runs its own transactions exactly as in the app.
// Usage: caredesk-crashdriver <data dir> <seed>

#include "core/businesscalendar.h"
#include "core/clock.h"
#include "core/programcalendar.h"
#include "core/shop/cartpricing.h"
#include "core/shop/payment.h"
#include "storage/accountstore.h"
#include "storage/care/careservice.h"
#include "storage/database.h"
#include "storage/passwordhasher.h"
#include "storage/points/pointsledger.h"
#include "storage/shop/checkoutservice.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTextStream>

#include <functional>
#include <vector>

using namespace CareDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    const QString dir = QString::fromLocal8Bit(argv[1]);
    QRandomGenerator random(quint32(QByteArray(argv[2]).toUInt()));
    Database db;
    if (!db.openSqlite(
               QDir(dir).filePath(QStringLiteral("caredesk.sqlite")), QDir(dir).filePath(QStringLiteral("backups")))
             .ok())
        return 3;
    const PasswordHasher hasher(PasswordHasher::Cost::TestingOnly);
    AccountStore accounts(db.connection(), hasher);
    AccountId account = 0;
    if (const auto existing = accounts.byEmail(QStringLiteral("crash@example.com")))
        account = existing->id;
    else
        account = accounts
                      .create({ QStringLiteral("crash@example.com"), QStringLiteral("Crash"), QDate(1980, 1, 1),
                                  QStringLiteral("NY") },
                          QStringLiteral("password1"), QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC))
                      .id;
    if (!account)
        return 4;
    // Time moves on from where the last run stopped, so history stays in order.
    const auto last
        = Sql::scalar(db.connection(), QStringLiteral("SELECT COALESCE(MAX(occurred_at), 0) FROM points_entries"));
    FixedClock clock(last && last->toLongLong() > 0 ? Sql::fromEpochMs(last->toLongLong()).addSecs(60)
                                                    : QDateTime(QDate(2022, 1, 1), QTime(12, 0), Qt::UTC));
    PointsLedger ledger(db.connection(), ProgramTerms::mySony());
    SandboxPaymentProcessor processor;
    CareService care(db.connection(), CareTerms {}, processor);
    const auto catalog = loadCatalog(QStringLiteral(CAREDESK_SHOP_DIR "/catalog.json")).catalog;
    const auto terms = loadShopTerms(QStringLiteral(CAREDESK_SHOP_DIR "/shop-terms.json")).terms;
    if (!catalog || !terms)
        return 5;
    CheckoutService shop(db.connection(), *catalog,
        CartPricing(ProgramTerms::mySony(), *terms, ShippingPlanner(BusinessCalendar::usFederal(2020, 2040))), ledger,
        care, processor);
    care.setOrderSource(&shop.orders());
    care.setRefundProcessor(&processor);
    const auto maxOrder
        = Sql::scalar(db.connection(), QStringLiteral("SELECT COALESCE(MAX(order_id), 0) FROM points_line_earnings"));
    // Ledger-only orders are numbered far above the shop's own orders, so the two never meet.
    qint64 order = std::max<qint64>(maxOrder ? maxOrder->toLongLong() + 1 : 0, 1000000000);
    const StoredCard storedCard { QStringLiteral("Visa"), QStringLiteral("4242"), QStringLiteral("tok_crash"), 2040,
        1 };
    const auto randomLine = [&](const char *where) -> qint64 {
        QSqlQuery q = Sql::prepare(db.connection(),
            QStringLiteral("SELECT l.id FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.account_id = ? "
                           "AND l.complimentary_for IS NULL AND %1 ORDER BY l.id DESC LIMIT 20")
                .arg(QLatin1String(where)));
        QList<qint64> ids;
        if (Sql::exec(q, { account }))
            while (q.next())
                ids.append(q.value(0).toLongLong());
        return ids.isEmpty() ? 0 : ids[int(random.bounded(int(ids.size())))];
    };
    static const char *const skus[] = { "SRS-XB100", "WF-1000XM5", "NP-FZ100", "HDMI-2M", "SEL50F18F" };

    // The use cases, by name: each one is a whole transaction (or several, as in the app).
    const std::vector<std::pair<const char *, std::function<void(const QDateTime &)>>> operations {
        { "earn",
            [&](const QDateTime &now) {
                Transaction tx(db.connection());
                if (tx.isActive() && ledger.addPending(account, { order, 1 }, random.bounded(50, 3000), now)
                    && (random.bounded(2) == 0 || ledger.post({ order, 1 }, now)))
                    (void)tx.commit();
                ++order;
            } },
        { "expire",
            [&](const QDateTime &now) {
                Transaction tx(db.connection());
                if (tx.isActive() && ledger.expireDue(account, now) >= 0)
                    (void)tx.commit();
            } },
        { "checkout",
            [&](const QDateTime &now) {
                PlaceOrderRequest r;
                r.account = account;
                r.address = { QStringLiteral("Crash Test"), QStringLiteral("12 Boxwood Road"), QStringLiteral("Albany"),
                    QStringLiteral("NY"), QStringLiteral("12203") };
                r.shipping = random.bounded(2) ? ShippingOption::Ground : ShippingOption::TwoDay;
                r.card = { QStringLiteral("4242 4242 4242 4242"), 12, 2045, QStringLiteral("123"),
                    QStringLiteral("Crash") };
                r.at = now;
                shop.cart().clear(account);
                const int lines = int(random.bounded(1, 3));
                for (int i = 0; i < lines; ++i)
                    if (const auto id = shop.cart().add(account, QString::fromLatin1(skus[random.bounded(5)]), 1, now))
                        r.cartLines.append(*shop.cart().line(account, *id));
                const CheckoutReview review = shop.review(r, false);
                r.points = random.bounded(2)
                    ? std::min<Points>(review.quote.pointsMax, ledger.balance(account).available)
                    : 0;
                (void)shop.placeOrder(r);
            } },
        { "cancel",
            [&](const QDateTime &now) {
                if (const qint64 line = randomLine("l.status IN ('placed', 'backordered')"))
                    (void)shop.cancelLine(account, line, now);
            } },
        { "fulfil",
            [&](const QDateTime &now) {
                (void)shop.runFulfilment(now);
            } },
        { "return",
            [&](const QDateTime &now) {
                if (const qint64 line = randomLine("l.status IN ('shipped', 'delivered')"))
                    (void)shop.returnLine(account, line, now);
            } },
        { "price-match",
            [&](const QDateTime &now) {
                if (const qint64 line = randomLine("l.kind = 'part' AND l.status NOT IN ('cancelled', 'returned')"))
                    (void)shop.priceMatch(account, line, 100, now);
            } },
        { "care",
            [&](const QDateTime &now) {
                const CareState state = care.membership(account).state;
                if (state == CareState::NotMember || state == CareState::Lapsed || state == CareState::Refunded)
                    care.purchase(account, now, storedCard, false);
                else if (random.bounded(4) == 0)
                    (void)care.refund(account, now);
                else
                    care.runClock(account, now);
            } },
    };

    QTextStream(stdout) << "ready" << Qt::endl;
    for (;;) {
        clock.advanceSeconds(random.bounded(60, 2 * 24 * 3600));
        operations[size_t(random.bounded(int(operations.size())))].second(clock.now());
    }
}
