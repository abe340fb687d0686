// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testcontext.h"
#include "testenv.h"

#include "appcontext.h"
#include "carecoveragemodel.h"
#include "carestatus.h"
#include "language.h"
#include "session.h"

#include "core/care/careterms.h"
#include "storage/care/careservice.h"
#include "storage/sql.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// R-C9's covered products over the demo member's orders: Care bought with headphones two
// years ago less 20 days, three years of qualifying products around it.
class TestCareCoverage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_context;

    [[nodiscard]] QDate careBoughtOn() const
    {
        return m_context->care()->membership(m_context->session()->accountId()).purchasedOn;
    }
    static QString longDate(const QDate &date)
    {
        return QLocale().toString(date, QLocale::LongFormat);
    }
    /// The row of `sku` bought on `day`, -1 if none; pages on ("Show older products") as a
    /// member would until it is listed or nothing older is left.
    static int rowOf(CareCoverageModel &model, const QString &sku, const QDate &day)
    {
        for (int row = 0;; ++row) {
            if (row == model.rowCount()) {
                if (!model.hasMore())
                    return -1;
                model.showMore();
            }
            const QModelIndex i = model.index(row);
            if (i.data(CareCoverageModel::SkuRole).toString() == sku
                && i.data(CareCoverageModel::PurchasedOnRole).toString() == longDate(day))
                return row;
        }
    }

private Q_SLOTS:
    void init()
    {
        m_context = std::make_unique<AppContext>(testContextOptions(m_dir.path()));
        QVERIFY(m_context->start());
    }
    void cleanup()
    {
        m_context.reset();
    }

    void headphonesBoughtWithCareAreCovered()
    {
        CareCoverageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nobody signed in
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        QVERIFY(model.rowCount() > 10);
        const QDate bought = careBoughtOn();
        QVERIFY(bought.isValid());
        const int row = rowOf(model, QStringLiteral("WH-1000XM6"), bought);
        QVERIFY(row >= 0);
        const QModelIndex i = model.index(row);
        QVERIFY(i.data(CareCoverageModel::CoveredRole).toBool());
        const QString through = longDate(CareRules::coverageLastDay(bought, m_context->care()->terms()));
        QCOMPARE(i.data(CareCoverageModel::CoveredThroughRole).toString(), through);
        QVERIFY(i.data(CareCoverageModel::ReasonRole).toString().contains(through));
        QVERIFY(i.data(CareCoverageModel::AccessibleTextRole).toString().contains(QStringLiteral(", covered.")));
        QVERIFY(!i.data(CareCoverageModel::NameRole).toString().isEmpty());
        // Newest first, and the R-C9 products counted are qualifying ones only (no Care line).
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r).data(CareCoverageModel::SkuRole).toString() != QStringLiteral("CARE-1Y"));
    }

    void productsBoughtBeforeJoiningSayWhy()
    {
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        CareCoverageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate bought = careBoughtOn();
        int before = 0;
        // The older products are on the later pages: list them all.
        while (model.hasMore())
            model.showMore();
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex i = model.index(r);
            const QDate day
                = QLocale().toDate(i.data(CareCoverageModel::PurchasedOnRole).toString(), QLocale::LongFormat);
            QVERIFY(day.isValid());
            if (day < bought) {
                ++before;
                QVERIFY(!i.data(CareCoverageModel::CoveredRole).toBool());
                QCOMPARE(i.data(CareCoverageModel::CoveredThroughRole).toString(), QString());
                QCOMPARE(i.data(CareCoverageModel::ReasonRole).toString(),
                    QStringLiteral("Bought on %1, when you were not a Care member: not covered.").arg(longDate(day)));
            } else {
                QVERIFY(i.data(CareCoverageModel::CoveredRole).toBool()); // still within two years
            }
        }
        QVERIFY(before > 0);
    }

    // A long history is listed a page at a time, newest first, inserting rows (no reset).
    void pagesOfProducts()
    {
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        CareCoverageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), CareCoverageModel::kPageSize);
        QVERIFY(model.hasMore());
        const QString newest = model.index(0).data(CareCoverageModel::LineIdRole).toString();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        int pages = 1;
        while (model.hasMore()) {
            model.showMore();
            ++pages;
        }
        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserted.size(), pages - 1);
        QVERIFY(model.rowCount() > CareCoverageModel::kPageSize);
        QCOMPARE(model.index(0).data(CareCoverageModel::LineIdRole).toString(), newest);
        // Every product once, newest order first.
        QSet<QString> lines;
        for (int r = 0; r < model.rowCount(); ++r)
            lines.insert(model.index(r).data(CareCoverageModel::LineIdRole).toString());
        QCOMPARE(lines.size(), model.rowCount());
        model.showMore(); // nothing older: nothing happens
        QCOMPARE(inserted.size(), pages - 1);
    }

    void returnedProductIsNotCovered()
    {
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        CareCoverageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = rowOf(model, QStringLiteral("WH-1000XM6"), careBoughtOn());
        QVERIFY(row >= 0);
        const qint64 lineId = model.index(row).data(CareCoverageModel::LineIdRole).toLongLong();
        QSqlQuery q = Sql::prepare(
            m_context->database().connection(), QStringLiteral("UPDATE order_lines SET status = ? WHERE id = ?"));
        QVERIFY(Sql::exec(q, { QStringLiteral("returned"), lineId }));
        m_context->careStatus()->refresh(); // as Shop::ordersChanged does after a return
        const int again = rowOf(model, QStringLiteral("WH-1000XM6"), careBoughtOn());
        QVERIFY(again >= 0);
        QVERIFY(!model.index(again).data(CareCoverageModel::CoveredRole).toBool());
        QVERIFY(model.index(again)
                    .data(CareCoverageModel::ReasonRole)
                    .toString()
                    .contains(QStringLiteral("returned and refunded")));
    }

    void followsSessionAndLanguage()
    {
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        CareCoverageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_context->language()->setCurrent(QStringLiteral("zh_CN")));
        QVERIFY(changed.count() >= 1);
        QVERIFY(m_context->language()->setCurrent(QStringLiteral("en")));
        QSignalSpy count(&model, &CareCoverageModel::countChanged);
        m_context->session()->signOut();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(count.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestCareCoverage)
#include "tst_carecoverage.moc"
