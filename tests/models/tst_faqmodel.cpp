// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "faqmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace CareDesk;

// Issue #7 item 4: the FAQ in three languages, searched in the language shown.
class TestFaqModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchInTheLanguageShown()
    {
        FaqModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model.rowCount();
        QVERIFY(all >= 10);
        model.setQuery(QStringLiteral("expire"));
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowCount() < all);
        QVERIFY(model.data(model.index(0), FaqModel::QuestionRole).toString().contains(QStringLiteral("expire")));

        model.setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(model.rowCount(), 0); // English words do not match the Chinese text
        model.setQuery(QStringLiteral("过期"));
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.data(model.index(0), FaqModel::AnswerRole).toString().contains(QStringLiteral("24 个月")));

        model.setLanguage(QStringLiteral("zh_TW"));
        model.setQuery(QStringLiteral("京東"));
        QVERIFY(model.rowCount() >= 1);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), all);
        QCOMPARE(model.data(model.index(0), FaqModel::TopicRole).toString(), QStringLiteral("points"));
    }
};

QTEST_GUILESS_MAIN(TestFaqModel)
#include "tst_faqmodel.moc"
