// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "core/eligibility.h"

#include <QTest>

using namespace CareDesk;
using Verdict = Eligibility::Verdict;
Q_DECLARE_METATYPE(CareDesk::Eligibility::Verdict)

class TestEligibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("state");
        QTest::addColumn<Verdict>("expected");
        const QDate today(2026, 11, 25);
        QTest::newRow("R-P10 18 today in NY") << today.addYears(-18) << "NY" << Verdict::Eligible;
        QTest::newRow("R-P10 18 tomorrow in NY") << today.addYears(-18).addDays(1) << "NY" << Verdict::TooYoung;
        QTest::newRow("R-P10 18 in AL is too young") << today.addYears(-18) << "AL" << Verdict::TooYoung;
        QTest::newRow("R-P10 19 today in NE") << today.addYears(-19) << "ne" << Verdict::Eligible;
        QTest::newRow("R-P10 not a US state") << QDate(1980, 1, 1) << "ON" << Verdict::UnknownState;
        QTest::newRow("R-P10 no birth date") << QDate() << "NY" << Verdict::MissingBirthDate;
        QTest::newRow("R-P10 born in the future") << today.addDays(1) << "NY" << Verdict::BirthDateInFuture;
    }
    void check()
    {
        QFETCH(QDate, birth);
        QFETCH(QString, state);
        QFETCH(Verdict, expected);
        QCOMPARE(Eligibility().check(birth, state, QDate(2026, 11, 25)), expected);
    }

    void configurableStateList()
    {
        // R-C2: the eligible-state list is configuration.
        const Eligibility onlyNy(QStringList { QStringLiteral("NY") });
        QCOMPARE(onlyNy.check(QDate(1980, 1, 1), QStringLiteral("CA"), QDate(2026, 11, 25)), Verdict::StateNotEligible);
        QCOMPARE(onlyNy.check(QDate(1980, 1, 1), QStringLiteral("NY"), QDate(2026, 11, 25)), Verdict::Eligible);
    }

    void leapDayBirthday()
    {
        // Born 2008-02-29: 18 on 2026-02-28 (QDate::addYears clamps), not before.
        QCOMPARE(Eligibility::ageOn(QDate(2008, 2, 29), QDate(2026, 2, 27)), 17);
        QCOMPARE(Eligibility::ageOn(QDate(2008, 2, 29), QDate(2026, 2, 28)), 18);
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
