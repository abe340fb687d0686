// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

// Issue #10: what a member waits for with years of history, through the code the app runs.
// For each --entries size it writes a heavy member into a scratch data folder (HeavyMember),
// times the app's cold start to the first frame of that member's signed-in dashboard against
// the floor (a bare Qt Quick Controls window, caredesk-floor), reads both processes' peak
// RSS, then times the actions one by one. It prints one Markdown table, a column pair per
// size, and exits 1 when a budget is exceeded:
//   start ratio app/floor <= 1.25; peak RSS <= floor + 25 MiB; every action's p99 <= 16 ms
//   up to 100,000 entries and <= 50 ms above.
// --noise-factor F multiplies every limit (CI on a shared machine: F = 2 gives ratio <= 2.5,
// RSS <= floor + 50 MiB, p99 <= 32 ms).

#include "heavymember.h"
#include "launcher.h"

#include "appcontext.h"
#include "ordersmodel.h"
#include "pointsdashboard.h"
#include "session.h"
#include "statementmodel.h"
#include "warrantyhelp.h"

#include "core/programcalendar.h"
#include "storage/care/careservice.h"
#include "storage/points/pointsservice.h"
#include "storage/shop/checkoutservice.h"
#include "storage/sql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

using namespace CareDesk;

namespace {

// The instant the generated history ends and every start of the app is clocked at (a
// function: a QDateTime global would be constructed before main, clazy non-pod-global-static).
QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC);
}
// Entries written through PointsLedger; a larger size is extended (HeavyMember::extendLedger).
constexpr int kLedgerEntries = 100000;

struct Stats
{
    double median = 0;
    double p99 = 0;
};

Stats statsOf(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms[std::min(ms.size() - 1, size_t(double(ms.size()) * 0.99))] };
}

double msOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// `setup` runs before each timed `work`, outside the clock.
Stats measure(int runs, const std::function<void()> &work, const std::function<void()> &setup = {})
{
    std::vector<double> ms;
    ms.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        if (setup)
            setup();
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(msOf(timer));
    }
    return statsOf(ms);
}

/// One row of the table: a figure per size, and whether it is within its limit there.
struct Row
{
    QString label;
    QString limit; ///< as printed, "" when the row has none
    std::map<int, Stats> bySize;
    std::map<int, bool> within; ///< absent: not checked
    bool medianOnly = false; ///< one figure (e.g. a total), printed in the median column
};

class Table
{
public:
    Row &row(const QString &label)
    {
        for (Row &r : m_rows)
            if (r.label == label)
                return r;
        m_rows.push_back({ label, {}, {}, {}, false });
        return m_rows.back();
    }
    void add(int size, const QString &label, Stats stats, double limit, bool medianOnly = false)
    {
        Row &r = row(label);
        r.bySize[size] = stats;
        r.medianOnly = medianOnly;
        if (limit > 0) {
            r.within[size] = stats.p99 <= limit;
            m_ok = m_ok && r.within[size];
        }
    }
    void fail()
    {
        m_ok = false;
    }
    [[nodiscard]] bool ok() const
    {
        return m_ok;
    }
    void print(QTextStream &out, const std::vector<int> &sizes, const std::function<QString(int)> &limitText) const
    {
        out << "| action |";
        for (int size : sizes)
            out << ' ' << QLocale(QLocale::English).toString(size) << " median ms | p99 ms | limit |";
        out << "\n|---|";
        for (size_t i = 0; i < sizes.size(); ++i)
            out << "---:|---:|---|";
        out << '\n';
        for (const Row &r : m_rows) {
            out << "| " << r.label << " |";
            for (int size : sizes) {
                const auto stats = r.bySize.find(size);
                if (stats == r.bySize.end()) {
                    out << " | | |";
                    continue;
                }
                const auto within = r.within.find(size);
                const QString verdict = within == r.within.end() ? QString()
                    : within->second                             ? QStringLiteral(" ok")
                                                                 : QStringLiteral(" **OVER**");
                const QString limit = r.limit.isEmpty() ? limitText(size) : r.limit;
                out << ' ' << figure(stats->second.median) << " | "
                    << (r.medianOnly ? QString() : figure(stats->second.p99)) << " | "
                    << (within == r.within.end() ? QString() : limit + verdict) << " |";
            }
            out << '\n';
        }
    }

private:
    static QString figure(double ms)
    {
        return QString::number(ms, 'f', ms >= 100 ? 0 : (ms >= 10 ? 1 : 3));
    }
    std::deque<Row> m_rows; // row() hands out references: they must stay valid as rows are added
    bool m_ok = true;
};

struct Limits
{
    double noise = 1;
    double smallBudgetMs = 16; ///< p99 up to 100,000 entries
    double largeBudgetMs = 50; ///< p99 above (the 1,000,000-entry variant)
    double startRatio = 1.25;
    double rssDeltaMiB = 25;

    [[nodiscard]] double p99(int entries) const
    {
        return (entries <= 100000 ? smallBudgetMs : largeBudgetMs) * noise;
    }
};

AppContext::Options contextOptions(const QString &dataDir)
{
    AppContext::Options options;
    options.dataDir = dataDir;
    options.fixedNow = benchNow();
    options.hashCost = PasswordHasher::Cost::TestingOnly;
    options.language = QStringLiteral("en");
    options.seedDemo = false; // the heavy member is the folder's demo member
    return options;
}

// Writes the heavy member into `dataDir` (empty) and checks the ledger's invariants.
void generate(const QString &dataDir, int entries, int orders, QTextStream &out)
{
    AppContext context(contextOptions(dataDir));
    if (!context.start())
        qFatal("start: %s", qPrintable(context.startupErrorText()));
    HeavyMember member(context);
    if (!member.create())
        qFatal("could not create the heavy member");
    QElapsedTimer fill;
    fill.start();
    member.buyCareFiveYearsAgo();
    const QSqlDatabase db = context.database().connection();
    out << "caredesk-bench: Care bought five years ago, renewed five times, in " << fill.restart() << " ms\n";
    // Up to 100,000 entries through the ledger; beyond, the rest as consistent cycles.
    member.fillLedger(std::min(entries, kLedgerEntries));
    out << "caredesk-bench: " << Sql::scalar(db, QStringLiteral("SELECT count(*) FROM points_entries"))->toLongLong()
        << " ledger entries written through PointsLedger in " << fill.restart() << " ms\n";
    if (entries > kLedgerEntries) {
        member.extendLedger(entries);
        out << "caredesk-bench: extended to "
            << Sql::scalar(db, QStringLiteral("SELECT count(*) FROM points_entries"))->toLongLong()
            << " entries with earn-post-redeem cycles in " << fill.restart() << " ms\n";
    }
    member.fillOrders(orders);
    out << "caredesk-bench: " << orders << " orders with "
        << Sql::scalar(db, QStringLiteral("SELECT count(*) FROM order_lines"))->toLongLong() << " lines written in "
        << fill.restart() << " ms\n";
    const QString broken = checkLedgerInvariants(db, member.account());
    if (!broken.isEmpty())
        qFatal("the generated ledger breaks its invariants: %s", qPrintable(broken));
    out << "caredesk-bench: ledger invariants hold (checked in " << fill.elapsed() << " ms)\n";
    out.flush();
}

struct StartFigures
{
    Stats appMs, floorMs;
    double appRssMiB = 0, floorRssMiB = 0;
    bool ok = true;
};

// `runs` starts of each, interleaved (floor, app, floor, app ...) so a busy moment of the
// machine hits both alike; one untimed start of each first (disk cache, fontconfig cache).
StartFigures timeStarts(ProcessLauncher &launcher, const QString &app, const QString &floor, const QString &dataDir,
    int runs, QTextStream &out)
{
    const QStringList appArguments { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--now"),
        benchNow().toString(Qt::ISODate), QStringLiteral("--demo"), QStringLiteral("--quit-after-first-frame") };
    const QStringList floorArguments { QStringLiteral("--quit-after-first-frame") };
    const QString log = QDir(dataDir).filePath(QStringLiteral("start-stderr.txt"));
    StartFigures f;
    std::vector<double> appMs, floorMs;
    for (int i = -1; i < runs; ++i) {
        for (const bool isApp : { false, true }) {
            const LaunchResult r = launcher.run(isApp ? app : floor, isApp ? appArguments : floorArguments, log);
            if (!r.ok) {
                QFile file(log);
                (void)file.open(QIODevice::ReadOnly);
                out << "caredesk-bench: " << (isApp ? app : floor) << ": " << r.problem << '\n'
                    << file.readAll() << '\n';
                f.ok = false;
                return f;
            }
            if (i < 0)
                continue;
            (isApp ? appMs : floorMs).push_back(r.firstFrameMs);
            double &rss = isApp ? f.appRssMiB : f.floorRssMiB;
            rss = std::max(rss, r.peakRssMiB);
        }
    }
    f.appMs = statsOf(appMs);
    f.floorMs = statsOf(floorMs);
    if (std::min(f.appRssMiB, f.floorRssMiB) <= 2 * launcher.helperPeakRssMiB()) {
        out << "caredesk-bench: peak RSS readings are too close to the launcher's own (" << launcher.helperPeakRssMiB()
            << " MiB) to be the programs'\n";
        f.ok = false;
    }
    return f;
}

// The actions one by one, on the member of `dataDir` signed in as the app does it.
void timeActions(const QString &dataDir, int entries, const Limits &limits, Table &table)
{
    AppContext context(contextOptions(dataDir));
    if (!context.start())
        qFatal("start: %s", qPrintable(context.startupErrorText()));
    HeavyMember member(context);
    if (!member.signIn())
        qFatal("the heavy member could not sign in");
    const AccountId account = member.account();
    const double budget = limits.p99(entries);
    const QDate today = ProgramCalendar::dateOf(context.clock().now());
    const PointsLedger &ledger = context.points()->ledger();

    table.add(entries, QStringLiteral("balance"),
        measure(200,
            [&] {
                (void)ledger.balance(account);
            }),
        budget);
    table.add(entries, QStringLiteral("expiring-soon forecast (30/60/90 days, 24 months)"),
        measure(100,
            [&] {
                for (int days : { 30, 60, 90 })
                    (void)ledger.expiringBetween(account, today, today.addDays(days));
                (void)ledger.monthlyExpiry(account, today, 24);
            }),
        budget);
    table.add(entries, QStringLiteral("dashboard refresh (balance, pending orders, forecast)"),
        measure(50,
            [&] {
                context.pointsDashboard()->refresh();
            }),
        budget);
    table.add(entries, QStringLiteral("statement first page"),
        measure(50,
            [&] {
                StatementModel model;
            }),
        budget);
    {
        // The list pages in as the member scrolls: every page to the end, a few times over.
        std::vector<double> pages, totals;
        const int passes = std::clamp(300000 / std::max(1, entries), 1, 5);
        for (int pass = 0; pass < passes; ++pass) {
            QElapsedTimer total;
            total.start();
            StatementModel model;
            while (model.canFetchMore({})) {
                QElapsedTimer page;
                page.start();
                model.fetchMore({});
                pages.push_back(msOf(page));
            }
            totals.push_back(msOf(total));
        }
        table.add(entries, QStringLiteral("statement scroll to the end, per page of 100"), statsOf(pages), budget);
        table.add(entries, QStringLiteral("statement scroll to the end, total (every page)"), statsOf(totals), 0, true);
    }
    table.add(entries, QStringLiteral("statement filtered by kind, first page"),
        measure(50,
            [&] {
                StatementModel model;
                model.setKindFilter(QStringLiteral("redeem"));
            }),
        budget);
    table.add(entries, QStringLiteral("refund quote (Care, sixth term)"),
        measure(200,
            [&] {
                (void)context.care()->refundQuote(account, today);
            }),
        budget);
    {
        WarrantyHelp help(nullptr);
        const QString category = help.categoryChoices().value(0).toMap().value(QStringLiteral("value")).toString();
        const QString bought = today.addMonths(-3).toString(Qt::ISODate);
        table.add(entries, QStringLiteral("warranty verdict"),
            measure(1000,
                [&] {
                    (void)help.check(0, 0, category, bought, true, true, true, true, 0, true);
                }),
            budget);
    }

    // The shop: what a member waits for between a click and the answer.
    CheckoutService &shop = *context.checkout();
    PlaceOrderRequest request = member.orderRequest({ QStringLiteral("WH-1000XM6"), QStringLiteral("NP-FZ100") });
    request.points = 5000;
    table.add(entries, QStringLiteral("cart total with points"),
        measure(200,
            [&] {
                (void)shop.review(request, false);
            }),
        budget);
    // The cart is filled before the clock starts: adding to it is the member's earlier action.
    PlaceOrderRequest one;
    table.add(entries, QStringLiteral("place order (one item, card, one transaction)"),
        measure(
            50,
            [&] {
                if (shop.placeOrder(one).status != PlaceStatus::Placed)
                    qFatal("place order failed");
            },
            [&] {
                one = member.orderRequest({ QStringLiteral("SRS-XB100") });
            }),
        budget);
    table.add(entries, QStringLiteral("order history first page"),
        measure(50,
            [&] {
                OrdersModel model(&context, nullptr);
            }),
        budget);
    const auto openLine = Sql::scalar(
        context.database().connection(), QStringLiteral("SELECT max(id) FROM order_lines WHERE status = 'placed'"));
    table.add(entries, QStringLiteral("cancel preview"),
        measure(200,
            [&] {
                (void)shop.previewCancel(account, openLine->toLongLong(), context.clock().now());
            }),
        budget);
    // Ship what is due, so there are lines to return.
    (void)shop.runFulfilment(context.clock().now().addDays(10));
    const auto shippedLine = Sql::scalar(context.database().connection(),
        QStringLiteral("SELECT max(id) FROM order_lines WHERE status IN ('shipped', 'delivered')"));
    table.add(entries, QStringLiteral("return preview"),
        measure(200,
            [&] {
                (void)shop.previewReturn(account, shippedLine->toLongLong(), false, context.clock().now().addDays(10));
            }),
        budget);
}

// The database and settings of a data folder (not its backups or lock).
bool copyDataFolder(const QString &from, const QString &to)
{
    const QDir source(from);
    for (const QString &name :
        source.entryList({ QStringLiteral("caredesk.sqlite*"), QStringLiteral("*.ini") }, QDir::Files)) {
        QFile::remove(QDir(to).filePath(name));
        if (!QFile::copy(source.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

QString platformInUse()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return platform;
    return qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        ? QStringLiteral("xcb (DISPLAY=%1)").arg(qEnvironmentVariable("DISPLAY"))
        : QStringLiteral("wayland");
}

QString siblingProgram(const QString &name)
{
    // bench/caredesk-bench -> src/app/caredesk and bench/floor/caredesk-floor in the build tree.
    const QDir here(QCoreApplication::applicationDirPath());
    return name == QLatin1String("floor") ? here.filePath(QStringLiteral("floor/caredesk-floor"))
                                          : here.filePath(QStringLiteral("../src/app/caredesk"));
}

} // namespace

int main(int argc, char *argv[])
{
    // CI has no display: the offscreen platform (software scene graph). Set before the
    // launcher is forked, so both programs start with the same environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ProcessLauncher launcher; // before anything is allocated: see launcher.h
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CareDesk performance benchmark (issue #10)."));
    parser.addHelpOption();
    const QCommandLineOption entriesOption(QStringLiteral("entries"),
        QStringLiteral("Ledger entries to generate, one size or several separated by commas."), QStringLiteral("n,..."),
        QStringLiteral("100000"));
    const QCommandLineOption ordersOption(QStringLiteral("orders"),
        QStringLiteral("Orders to generate (3 lines each); default: entries / 10."), QStringLiteral("n"));
    const QCommandLineOption budgetOption(QStringLiteral("budget-ms"),
        QStringLiteral("p99 budget per action up to 100,000 entries."), QStringLiteral("ms"), QStringLiteral("16"));
    const QCommandLineOption largeBudgetOption(QStringLiteral("large-budget-ms"),
        QStringLiteral("p99 budget per action above 100,000 entries."), QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption noiseOption(QStringLiteral("noise-factor"),
        QStringLiteral("Multiply every limit (start ratio, RSS over the floor, p99) by this (CI noise guard)."),
        QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption startsOption(QStringLiteral("starts"),
        QStringLiteral("Timed starts of the app and of the floor each."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption keepOption(QStringLiteral("keep-data"),
        QStringLiteral("Keep the generated data folders in DIR (entries-<n>/), and reuse one found there."),
        QStringLiteral("dir"));
    const QCommandLineOption appOption(
        QStringLiteral("app"), QStringLiteral("The caredesk executable."), QStringLiteral("path"), siblingProgram({}));
    const QCommandLineOption floorOption(QStringLiteral("floor"), QStringLiteral("The caredesk-floor executable."),
        QStringLiteral("path"), siblingProgram(QStringLiteral("floor")));
    parser.addOptions({ entriesOption, ordersOption, budgetOption, largeBudgetOption, noiseOption, startsOption,
        keepOption, appOption, floorOption });
    parser.process(app);

    std::vector<int> sizes;
    for (const QString &text : parser.value(entriesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = text.trimmed().toInt(&ok);
        if (!ok || n < 100)
            qFatal("--entries needs whole numbers of at least 100, separated by commas");
        sizes.push_back(n);
    }
    Limits limits;
    limits.noise = parser.value(noiseOption).toDouble();
    limits.smallBudgetMs = parser.value(budgetOption).toDouble();
    limits.largeBudgetMs = parser.value(largeBudgetOption).toDouble();
    const int starts = std::max(1, parser.value(startsOption).toInt());
    QTextStream out(stdout);

    QTemporaryDir scratch;
    const QString keep = parser.value(keepOption);
    Table table;
    for (int entries : sizes) {
        const QString dataDir
            = QDir(keep.isEmpty() ? scratch.path() : keep).filePath(QStringLiteral("entries-%1").arg(entries));
        const QString done = QDir(dataDir).filePath(QStringLiteral("bench-generated"));
        if (!QFile::exists(done)) {
            QDir(dataDir).removeRecursively();
            out << "caredesk-bench: generating " << entries << " entries in " << dataDir << '\n';
            out.flush();
            generate(
                dataDir, entries, parser.isSet(ordersOption) ? parser.value(ordersOption).toInt() : entries / 10, out);
            QFile marker(done);
            (void)marker.open(QIODevice::WriteOnly);
        } else {
            out << "caredesk-bench: reusing " << dataDir << '\n';
        }

        // Cold start first, while the folder is as generated (the actions below write to it).
        const StartFigures s
            = timeStarts(launcher, parser.value(appOption), parser.value(floorOption), dataDir, starts, out);
        if (!s.ok)
            table.fail();
        const double ratio = s.floorMs.median > 0 ? s.appMs.median / s.floorMs.median : 0;
        const double delta = s.appRssMiB - s.floorRssMiB;
        Row &floorStart = table.row(QStringLiteral("floor: process start to first frame (median of %1)").arg(starts));
        floorStart.bySize[entries] = { s.floorMs.median, s.floorMs.p99 };
        Row &appStart = table.row(
            QStringLiteral("app: start to first frame of the signed-in dashboard (median of %1)").arg(starts));
        appStart.bySize[entries] = { s.appMs.median, s.appMs.p99 };
        Row &ratioRow = table.row(QStringLiteral("start ratio app / floor (medians)"));
        ratioRow.limit = QStringLiteral("<= %1").arg(limits.startRatio * limits.noise);
        ratioRow.medianOnly = true;
        ratioRow.bySize[entries] = { ratio, ratio };
        ratioRow.within[entries] = s.ok && ratio <= limits.startRatio * limits.noise;
        Row &floorRss = table.row(QStringLiteral("floor: peak RSS, MiB"));
        floorRss.medianOnly = true;
        floorRss.bySize[entries] = { s.floorRssMiB, s.floorRssMiB };
        Row &appRss = table.row(QStringLiteral("app: peak RSS, MiB"));
        appRss.medianOnly = true;
        appRss.bySize[entries] = { s.appRssMiB, s.appRssMiB };
        Row &deltaRow = table.row(QStringLiteral("app peak RSS over the floor, MiB"));
        deltaRow.limit = QStringLiteral("<= %1").arg(limits.rssDeltaMiB * limits.noise);
        deltaRow.medianOnly = true;
        deltaRow.bySize[entries] = { delta, delta };
        deltaRow.within[entries] = s.ok && delta <= limits.rssDeltaMiB * limits.noise;
        if (!ratioRow.within[entries] || !deltaRow.within[entries])
            table.fail();

        // The actions write (orders placed, lines shipped): on a copy, so a kept folder stays
        // as generated for the next run's starts.
        QTemporaryDir actionsDir;
        if (!copyDataFolder(dataDir, actionsDir.path()))
            qFatal("could not copy %s", qPrintable(dataDir));
        timeActions(actionsDir.path(), entries, limits, table);
        out << "caredesk-bench: " << entries << " entries measured\n";
        out.flush();
    }

    out << "\nPlatform: " << platformInUse() << "; start times from just before fork() to the \"first-frame\" line, "
        << "peak RSS from wait4(); limits x " << limits.noise << " (--noise-factor).\n\n";
    table.print(out, sizes, [&limits](int entries) {
        return QStringLiteral("<= %1").arg(limits.p99(entries));
    });
    out << "\ncaredesk-bench: " << (table.ok() ? "every budget holds" : "a budget was exceeded") << '\n';
    return table.ok() ? 0 : 1;
}
