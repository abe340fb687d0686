// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "core/accountrules.h"

#include <QTest>

using namespace CareDesk;
Q_DECLARE_METATYPE(CareDesk::AccountProblem)

class TestAccountRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QList<AccountProblem>>("expected");
        const QDate adult(1990, 4, 23);
        const QString pw = QStringLiteral("long enough");
        QTest::newRow("R-P10 eligible adult") << "a@b.co"
                                              << "Ann" << adult << "NY" << pw << QList<AccountProblem> {};
        QTest::newRow("R-P10 email missing")
            << "  "
            << "Ann" << adult << "NY" << pw << QList<AccountProblem> { AccountProblem::EmailMissing };
        QTest::newRow("R-P10 email malformed")
            << "ann at b.co"
            << "Ann" << adult << "NY" << pw << QList<AccountProblem> { AccountProblem::EmailMalformed };
        QTest::newRow("R-P10 email too long")
            << QString(250, QLatin1Char('a')) + "@b.co"
            << "Ann" << adult << "NY" << pw << QList<AccountProblem> { AccountProblem::EmailTooLong };
        QTest::newRow("R-P10 name of spaces")
            << "a@b.co"
            << "   " << adult << "NY" << pw << QList<AccountProblem> { AccountProblem::NameMissing };
        QTest::newRow("R-P10 10,000-character name") << "a@b.co" << QString(10000, QChar(0x4E2D)) << adult << "NY" << pw
                                                     << QList<AccountProblem> { AccountProblem::NameTooLong };
        QTest::newRow("R-P10 name with a line break")
            << "a@b.co"
            << "Ann\nLee" << adult << "NY" << pw << QList<AccountProblem> { AccountProblem::NameUnprintable };
        QTest::newRow("R-P10 name with emoji is a name") << "a@b.co"
                                                         << "Zoë 🌻" << adult << "NY" << pw << QList<AccountProblem> {};
        QTest::newRow("R-P10 born in year 1")
            << "a@b.co"
            << "Ann" << QDate(1, 1, 1) << "NY" << pw << QList<AccountProblem> { AccountProblem::BirthDateTooLongAgo };
        QTest::newRow("R-P10 born 120 years ago to the day")
            << "a@b.co"
            << "Ann" << QDate(2026, 11, 26).addYears(-120) << "NY" << pw << QList<AccountProblem> {};
        QTest::newRow("R-P10 short password")
            << "a@b.co"
            << "Ann" << adult << "NY"
            << "1234567" << QList<AccountProblem> { AccountProblem::PasswordTooShort };
        QTest::newRow("R-P10 17 in NY") << "a@b.co"
                                        << "Ann" << QDate(2026, 11, 26).addYears(-18) << "NY" << pw
                                        << QList<AccountProblem> { AccountProblem::TooYoung };
        QTest::newRow("R-P10 18 in NE") << "a@b.co"
                                        << "Ann" << QDate(2026, 11, 25).addYears(-18) << "NE" << pw
                                        << QList<AccountProblem> { AccountProblem::TooYoung };
        QTest::newRow("R-P10 outside the US")
            << "a@b.co"
            << "Ann" << adult << "BC" << pw << QList<AccountProblem> { AccountProblem::StateNotUs };
        QTest::newRow("R-P10 everything wrong, in form order")
            << ""
            << "" << QDate() << ""
            << ""
            << QList<AccountProblem> { AccountProblem::EmailMissing, AccountProblem::NameMissing,
                   AccountProblem::PasswordTooShort, AccountProblem::BirthDateMissing };
    }
    void problems()
    {
        QFETCH(QString, email);
        QFETCH(QString, name);
        QFETCH(QDate, birth);
        QFETCH(QString, state);
        QFETCH(QString, password);
        QFETCH(QList<AccountProblem>, expected);
        const NewAccount account { email, name, birth, state };
        QCOMPARE(AccountRules::check(account, password, QDate(2026, 11, 25)), expected);
    }

    void emailIsNormalized()
    {
        // R-P10: one account per email, whatever its case or surrounding spaces.
        QCOMPARE(AccountRules::normalizedEmail(QStringLiteral("  Ann.Lee@Example.COM ")),
            QStringLiteral("ann.lee@example.com"));
    }
};

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
