// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "language.h"
#include "usstatesmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace CareDesk;

// Every list model of the foundation under QAbstractItemModelTester (STYLE.md point 10).
class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usStates()
    {
        UsStatesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 51);
        const int ny = model.indexOfCode(QStringLiteral("ny"));
        QVERIFY(ny >= 0);
        QCOMPARE(model.data(model.index(ny), UsStatesModel::CodeRole).toString(), QStringLiteral("NY"));
        QCOMPARE(model.data(model.index(ny), UsStatesModel::LabelRole).toString(), QStringLiteral("New York (NY)"));
        QCOMPARE(model.indexOfCode(QStringLiteral("ON")), -1);
        QCOMPARE(model.roleNames().value(UsStatesModel::CodeRole), QByteArray("code"));
    }

    void languages()
    {
        LanguageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(1), LanguageListModel::NativeNameRole).toString(), QStringLiteral("简体中文"));
        QCOMPARE(model.data(model.index(2), LanguageListModel::CodeRole).toString(), QStringLiteral("zh_TW"));
        QCOMPARE(model.indexOf(QStringLiteral("zh_CN")), 1);
    }

    void languageFollowsSystemLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("code");
        QTest::newRow("mainland") << "zh_CN"
                                  << "zh_CN";
        QTest::newRow("Singapore") << "zh_SG"
                                   << "zh_CN";
        QTest::newRow("Taiwan") << "zh_TW"
                                << "zh_TW";
        QTest::newRow("Hong Kong") << "zh_HK"
                                   << "zh_TW";
        QTest::newRow("Traditional script") << "zh_Hant_US"
                                            << "zh_TW";
        QTest::newRow("US English") << "en_US"
                                    << "en";
        QTest::newRow("French falls back to English") << "fr_FR"
                                                      << "en";
    }
    void languageFollowsSystemLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, code);
        QCOMPARE(Language::codeForLocale(QLocale(locale)), code);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
