// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testcontext.h"
#include "testenv.h"

#include "appcontext.h"
#include "pointsdashboard.h"
#include "session.h"
#include "statementmodel.h"

#include "core/programcalendar.h"
#include "storage/points/pointsservice.h"
#include "storage/sql.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// The points models over the demo member's three years of history (issue #4).
class TestPointsModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;

    /// Entries of `account` (default: the signed-in member) matching `extraWhere`.
    qint64 entryCount(const QString &extraWhere = {}, const QVariantList &values = {}, AccountId account = 0) const
    {
        QSqlQuery query = Sql::prepare(m_context->database().connection(),
            QStringLiteral("SELECT count(*) FROM points_entries WHERE account_id = ?") + extraWhere);
        query.bindValue(0, account ? account : m_context->session()->accountId());
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i + 1, values[i]);
        Sql::exec(query);
        query.next();
        return query.value(0).toLongLong();
    }

    FixedClock &clock() const
    {
        return dynamic_cast<FixedClock &>(m_context->clock());
    }

private Q_SLOTS:
    void init()
    {
        const AppContext::Options options = testContextOptions(m_dir.path());
        m_context = std::make_unique<AppContext>(options);
        QVERIFY(m_context->start());
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
    }
    void cleanup()
    {
        m_context.reset();
    }

    void statementLoadsPageByPage()
    {
        // Three more years of small orders, so the statement spans several pages.
        PointsLedger &ledger = m_context->points()->ledger();
        const AccountId account = m_context->session()->accountId();
        QDateTime at = QDateTime(QDate(2026, 11, 25), QTime(9, 0), ProgramCalendar::zone());
        for (qint64 order = 5000; order < 5150; ++order) {
            QVERIFY(ledger.addPending(account, { order, 1 }, 10, at));
            QVERIFY(ledger.post({ order, 1 }, at.addSecs(60)));
            at = at.addSecs(120);
        }
        StatementModel model;
        const qint64 total = entryCount();
        QVERIFY(total > 2 * StatementModel::kPageSize);
        QCOMPARE(model.rowCount(), StatementModel::kPageSize); // one page until asked for more
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(total));
        // Newest first; the running balance of the newest entry is today's balance (R-P12).
        QCOMPARE(model.data(model.index(0), StatementModel::BalanceRole).toLongLong(),
            m_context->points()->ledger().balance(m_context->session()->accountId()).available);
    }

    void statementFilters()
    {
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Qt 6.4's tester calls fetchMore() from inside its modelReset handler and then flags
        // the rows it made us insert as nested in the reset; filters reset, so fetch by hand.
        tester.setUseFetchMore(false);
        model.setKindFilter(QStringLiteral("expire"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(entryCount(QStringLiteral(" AND kind = ?"), { QStringLiteral("expire") })));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.data(model.index(row), StatementModel::KindRole).toString(), QStringLiteral("expire"));

        model.setKindFilter(QString());
        model.setFromDate(QStringLiteral("2026-01-01"));
        model.setToDate(QStringLiteral("2026-03-31"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        const qint64 from = Sql::toEpochMs(ProgramCalendar::startOfDay(QDate(2026, 1, 1)));
        const qint64 until = Sql::toEpochMs(ProgramCalendar::startOfDay(QDate(2026, 4, 1)));
        QCOMPARE(model.rowCount(),
            int(entryCount(QStringLiteral(" AND occurred_at >= ? AND occurred_at < ?"), { from, until })));

        model.setFromDate(QStringLiteral("31/12/2026"));
        QVERIFY(!model.filterProblem().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.kindChoices().size() == 11);
    }

    void exportCsvWithBom()
    {
        StatementModel model;
        model.setKindFilter(QStringLiteral("post"));
        const QString path = m_dir.filePath(QStringLiteral("statement.csv"));
        const int rows = model.exportCsv(QUrl::fromLocalFile(path));
        QCOMPARE(rows, int(entryCount(QStringLiteral(" AND kind = ?"), { QStringLiteral("post") })));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
        QCOMPARE(lines.size(), rows + 1);
        QVERIFY(lines[0].startsWith("Date,Kind,Order,Points"));
        QVERIFY(lines[1].contains(",Earned,Order "));
        QVERIFY(model.exportMessage().contains(QString::number(rows)));
        // An unwritable target is a clear message, not a half file.
        QCOMPARE(model.exportCsv(QUrl::fromLocalFile(QStringLiteral("/proc/no/such/dir/x.csv"))), -1);
        QVERIFY(model.exportMessage().startsWith(QStringLiteral("Could not write")));
    }

    void dashboardMatchesTheLedger()
    {
        PointsDashboard *dashboard = m_context->pointsDashboard();
        dashboard->refresh();
        const PointsBalance balance = m_context->points()->ledger().balance(m_context->session()->accountId());
        QVERIFY(balance.available > 0);
        QVERIFY(balance.pending > 0); // the demo's order of yesterday
        QCOMPARE(qint64(dashboard->available()), balance.available);
        QCOMPARE(qint64(dashboard->pending()), balance.pending);
        QCOMPARE(dashboard->monthlyExpiry().size(), 24);
        QVERIFY(dashboard->expiring30() > 0); // the demo keeps a lot about to expire
        QVERIFY(dashboard->expiring30() <= dashboard->expiring60());
        QVERIFY(dashboard->expiring60() <= dashboard->expiring90());
        QVERIFY(dashboard->availableValue().startsWith(QLatin1Char('$')));
        QVERIFY(!dashboard->pendingOrdersText().isEmpty());
    }

    void oneAccountSeesOnlyItsOwnData()
    {
        // Issue #9: a second member on the same terminal sees none of the demo member's
        // points, statement, messages or Care, through any model.
        const AccountId demo = m_context->session()->accountId();
        m_context->session()->signOut();
        QVERIFY(m_context->session()
                    ->createAccount(QStringLiteral("other@example.com"), QStringLiteral("Other"),
                        QStringLiteral("1980-02-02"), QStringLiteral("CA"), QStringLiteral("password1"))
                    .isEmpty());
        QVERIFY(m_context->session()->accountId() != demo);
        StatementModel statement;
        QCOMPARE(statement.rowCount(), 0);
        PointsDashboard *dashboard = m_context->pointsDashboard();
        QCOMPARE(dashboard->available(), 0.0);
        QCOMPARE(dashboard->pending(), 0.0);
        QVERIFY(dashboard->pendingOrders().isEmpty());
        QVERIFY(!dashboard->leavePreview().isEmpty());
        // Leaving as the other member cannot touch the demo member's points.
        QCOMPARE(dashboard->requestLeave(), QString());
        dynamic_cast<FixedClock &>(m_context->clock()).advanceDays(10);
        m_context->runClockJobs(); // the other member's points go; the demo's orders ship meanwhile
        QCOMPARE(entryCount(QStringLiteral(" AND kind IN ('forfeit', 'void')"), {}, demo), 0);
        QVERIFY(m_context->points()->ledger().balance(demo).available > 0);
        // And back as the demo member, everything is there.
        m_context->session()->signOut();
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        StatementModel mine;
        QVERIFY(mine.rowCount() > 0);
    }

    void leaveTheProgram()
    {
        // R-P11: the preview states the loss; withdraw works until processing; processing
        // forfeits the points and voids the pending ones.
        PointsDashboard *dashboard = m_context->pointsDashboard();
        dashboard->refresh();
        const qint64 available = qint64(dashboard->available());
        QVERIFY(dashboard->leavePreview().contains(QLocale().toString(available)));
        QCOMPARE(dashboard->requestLeave(), QString());
        QCOMPARE(dashboard->leaveState(), QStringLiteral("pending"));
        QVERIFY(!dashboard->requestLeave().isEmpty()); // one request at a time
        QCOMPARE(dashboard->withdrawLeave(), QString());
        QCOMPARE(dashboard->leaveState(), QStringLiteral("none"));

        // Wednesday 2026-11-25 -> processed at 00:00 ET on Tuesday 2026-12-01 (Thanksgiving).
        QCOMPARE(dashboard->requestLeave(), QString());
        clock().setNow(QDateTime(QDate(2026, 11, 30), QTime(23, 59), ProgramCalendar::zone()));
        m_context->runClockJobs();
        QCOMPARE(dashboard->leaveState(), QStringLiteral("pending"));
        clock().setNow(QDateTime(QDate(2026, 12, 1), QTime(0, 0), ProgramCalendar::zone()));
        m_context->runClockJobs();
        QCOMPARE(dashboard->leaveState(), QStringLiteral("processed"));
        QCOMPARE(dashboard->available(), 0.0);
        QCOMPARE(dashboard->pending(), 0.0);
        QVERIFY(!dashboard->withdrawLeave().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPointsModels)
#include "tst_pointsmodels.moc"
