// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

// Measures what a member waits for with years of history, through the same code the app
// runs: balance, expiry forecast, statement first page and paging to the end, refund quote,
// warranty verdict, and in the shop: cart total with points, placing an order, the order
// history's first page, cancel and return previews, over 10,000 orders with 30,000 lines. Prints median and p99 per
// action and exits 1 when a p99 exceeds its budget (16 ms at 100,000 entries; --budget-ms to change, --noise-factor for
// CI).

#include "appcontext.h"
#include "ordersmodel.h"
#include "pointsdashboard.h"
#include "session.h"
#include "statementmodel.h"

#include "core/programcalendar.h"
#include "core/warranty/warrantyverdict.h"
#include "storage/care/careservice.h"
#include "storage/points/pointsservice.h"
#include "storage/shop/checkoutservice.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace CareDesk;

namespace {

struct Result
{
    QString action;
    double medianMs;
    double p99Ms;
};

Result measure(const QString &action, int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    ms.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return { action, ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.99))] };
}

// Fills the signed-in member's ledger with `entries` entries over five years: orders whose
// points go pending then post, redemptions, and expiry, in bulk transactions.
void generate(AppContext &context, AccountId account, int entries)
{
    PointsLedger &ledger = context.points()->ledger();
    QDateTime at = context.clock().now().addYears(-5);
    const qint64 step = qint64(5) * 365 * 24 * 3600 / std::max(1, entries / 2);
    qint64 order = 100000;
    int written = 0;
    while (written < entries) {
        Transaction tx(context.database().connection());
        for (int i = 0; i < 2000 && written < entries; ++i, ++order) {
            ledger.addPending(account, { order, 1 }, 100 + order % 900, at);
            at = at.addSecs(step / 2);
            ledger.post({ order, 1 }, at);
            at = at.addSecs(step / 2);
            written += 2;
            if (order % 10 == 0) {
                ledger.redeem(account, order, { { 2, 50 } }, at);
                ++written;
            }
        }
        if (!tx.commit())
            qFatal("could not write the history");
    }
}

PlaceOrderRequest orderRequest(AppContext &context, AccountId account, const QStringList &skus)
{
    PlaceOrderRequest r;
    r.account = account;
    r.address = { QStringLiteral("Heavy User"), QStringLiteral("12 Boxwood Road"), QStringLiteral("Albany"),
        QStringLiteral("NY"), QStringLiteral("12203") };
    r.card = { QStringLiteral("4242 4242 4242 4242"), 12, 2030, QStringLiteral("123"), QStringLiteral("Heavy User") };
    r.at = context.clock().now();
    CartStore &cart = context.checkout()->cart();
    cart.clear(account);
    for (const QString &sku : skus)
        if (const auto id = cart.add(account, sku, 1, r.at))
            r.cartLines.append(*cart.line(account, *id));
    return r;
}

// `orders` orders of three lines each: a few placed through checkout (so every table is
// written as the app writes it), the rest copies of them in bulk, newest last.
void generateOrders(AppContext &context, AccountId account, int orders)
{
    const QSqlDatabase db = context.database().connection();
    const QStringList skus { QStringLiteral("WF-1000XM5"), QStringLiteral("SRS-XB100"), QStringLiteral("HDMI-2M") };
    for (int i = 0; i < std::min(orders, 20); ++i)
        if (context.checkout()->placeOrder(orderRequest(context, account, skus)).status != PlaceStatus::Placed)
            qFatal("could not place an order");
    const auto columns = [&db](const QString &table, const QStringList &skip) {
        QStringList names;
        QSqlQuery q = Sql::prepare(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        Sql::exec(q, { table });
        while (q.next())
            if (!skip.contains(q.value(0).toString()))
                names << q.value(0).toString();
        return names.join(QLatin1Char(','));
    };
    const QString orderColumns = columns(QStringLiteral("orders"), { QStringLiteral("id") });
    const QString lineColumns
        = columns(QStringLiteral("order_lines"), { QStringLiteral("id"), QStringLiteral("order_id") });
    const qint64 model
        = Sql::scalar(db, QStringLiteral("SELECT min(id) FROM orders WHERE account_id = ?"), { account })->toLongLong();
    for (int made = 20; made < orders;) {
        Transaction tx(db);
        for (int i = 0; i < 1000 && made < orders; ++i, ++made) {
            const auto id = Sql::scalar(db,
                QStringLiteral("INSERT INTO orders (%1) SELECT %1 FROM orders WHERE id = ? RETURNING id")
                    .arg(orderColumns),
                { model });
            if (!id
                || !Sql::run(db,
                    QStringLiteral("INSERT INTO order_lines (order_id, %1) SELECT ?, %1 FROM order_lines WHERE "
                                   "order_id = ?")
                        .arg(lineColumns),
                    { id->toLongLong(), model }))
                qFatal("could not copy an order");
        }
        if (!tx.commit())
            qFatal("could not write the orders");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("Ledger entries to generate."),
        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption budgetOption(QStringLiteral("budget-ms"), QStringLiteral("p99 budget per action."),
        QStringLiteral("ms"), QStringLiteral("16"));
    const QCommandLineOption noiseOption(QStringLiteral("noise-factor"),
        QStringLiteral("Fail only above budget x factor (CI noise guard)."), QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
        QStringLiteral("Orders to generate (3 lines each); default: entries / 10."), QStringLiteral("n"));
    parser.addOptions({ entriesOption, budgetOption, noiseOption, ordersOption });
    parser.process(app);
    const int entries = parser.value(entriesOption).toInt();
    const double budget = parser.value(budgetOption).toDouble() * parser.value(noiseOption).toDouble();

    QTemporaryDir dir;
    AppContext::Options options;
    options.dataDir = dir.path();
    options.fixedNow = QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
    options.hashCost = PasswordHasher::Cost::TestingOnly;
    options.language = QStringLiteral("en");
    AppContext context(options);
    if (!context.start())
        qFatal("start: %s", qPrintable(context.startupErrorText()));
    if (!context.session()
             ->createAccount(QStringLiteral("heavy@example.com"), QStringLiteral("Heavy"), QStringLiteral("1980-01-01"),
                 QStringLiteral("NY"), QStringLiteral("password1"))
             .isEmpty())
        qFatal("could not create the member");
    const AccountId account = context.session()->accountId();

    QElapsedTimer fill;
    fill.start();
    generate(context, account, entries);
    const auto count
        = Sql::scalar(context.database().connection(), QStringLiteral("SELECT count(*) FROM points_entries"));
    QTextStream out(stdout);
    out << "caredesk-bench: " << count->toLongLong() << " ledger entries written in " << fill.elapsed() << " ms\n";
    const int orders = parser.isSet(ordersOption) ? parser.value(ordersOption).toInt() : entries / 10;
    fill.restart();
    generateOrders(context, account, orders);
    const auto lines = Sql::scalar(context.database().connection(), QStringLiteral("SELECT count(*) FROM order_lines"));
    out << "caredesk-bench: " << orders << " orders with " << lines->toLongLong() << " lines written in "
        << fill.elapsed() << " ms\n";

    const QDate today = ProgramCalendar::dateOf(context.clock().now());
    std::vector<Result> results;
    results.push_back(measure(QStringLiteral("balance"), 200, [&] {
        (void)context.points()->ledger().balance(account);
    }));
    results.push_back(measure(QStringLiteral("dashboard (forecast, pending)"), 50, [&] {
        context.pointsDashboard()->refresh();
    }));
    results.push_back(measure(QStringLiteral("statement first page"), 50, [&] {
        StatementModel model;
    }));
    {
        StatementModel model;
        results.push_back(measure(QStringLiteral("statement next page (scrolling)"), 200, [&] {
            if (!model.canFetchMore({}))
                model.reload();
            model.fetchMore({});
        }));
    }
    results.push_back(measure(QStringLiteral("statement filtered by kind, first page"), 50, [&] {
        StatementModel model;
        model.setKindFilter(QStringLiteral("redeem"));
    }));
    results.push_back(measure(QStringLiteral("refund quote"), 200, [&] {
        (void)context.care()->refundQuote(account, today);
    }));
    results.push_back(measure(QStringLiteral("warranty verdict"), 1000, [&] {
        WarrantyCase c;
        c.purchasedOn = today.addMonths(-3);
        (void)WarrantyRules::verdict(c, today);
    }));

    // The shop: what a member waits for between a click and the answer.
    {
        CheckoutService &shop = *context.checkout();
        PlaceOrderRequest request
            = orderRequest(context, account, { QStringLiteral("WH-1000XM6"), QStringLiteral("NP-FZ100") });
        request.points = 5000;
        results.push_back(measure(QStringLiteral("cart total with points"), 200, [&] {
            (void)shop.review(request, false);
        }));
        results.push_back(measure(QStringLiteral("place order"), 50, [&] {
            if (shop.placeOrder(orderRequest(context, account, { QStringLiteral("SRS-XB100") })).status
                != PlaceStatus::Placed)
                qFatal("place order failed");
        }));
        results.push_back(measure(QStringLiteral("order history first page"), 50, [&] {
            OrdersModel model(&context, nullptr);
        }));
        const auto openLine = Sql::scalar(
            context.database().connection(), QStringLiteral("SELECT max(id) FROM order_lines WHERE status = 'placed'"));
        results.push_back(measure(QStringLiteral("cancel preview"), 200, [&] {
            (void)shop.previewCancel(account, openLine->toLongLong(), context.clock().now());
        }));
        // Ship what is due, so there are lines to return.
        (void)shop.runFulfilment(context.clock().now().addDays(10));
        const auto shippedLine = Sql::scalar(context.database().connection(),
            QStringLiteral("SELECT max(id) FROM order_lines WHERE status IN ('shipped', 'delivered')"));
        results.push_back(measure(QStringLiteral("return preview"), 200, [&] {
            (void)shop.previewReturn(account, shippedLine->toLongLong(), false, context.clock().now().addDays(10));
        }));
    }

    bool ok = true;
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("action"), -42)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("p99 ms"), 10)
               .arg(QStringLiteral("budget"), 8);
    for (const Result &r : results) {
        const bool within = r.p99Ms <= budget;
        ok = ok && within;
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(r.action, -42)
                   .arg(r.medianMs, 10, 'f', 3)
                   .arg(r.p99Ms, 10, 'f', 3)
                   .arg(within ? QStringLiteral("ok") : QStringLiteral("OVER"), 8);
    }
    out << "caredesk-bench: " << (ok ? "all actions within budget" : "a budget was exceeded") << " (p99 <= " << budget
        << " ms)\n";
    return ok ? 0 : 1;
}
