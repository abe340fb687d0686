// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "core/care/carecoverage.h"
#include "core/care/caremembership.h"
#include "core/care/careterms.h"
#include "core/programcalendar.h"

#include <QTest>

using namespace CareDesk;
Q_DECLARE_METATYPE(CareDesk::CareState)
Q_DECLARE_METATYPE(CareDesk::CareDue)
Q_DECLARE_METATYPE(CareDesk::CoverageStatus)

namespace {
QDateTime et(const QDate &d, int h = 10)
{
    return QDateTime(d, QTime(h, 0), ProgramCalendar::zone());
}
TermOrder order(const QString &ref, bool cancelled, bool returned, QList<RefundLine> benefits = {})
{
    return TermOrder { ref, cancelled, returned, benefits };
}
} // namespace

class TestCareRules : public QObject
{
    Q_OBJECT

private:
    const CareTerms terms {};

private Q_SLOTS:
    void renewalDate_data()
    {
        QTest::addColumn<QDate>("charge");
        QTest::addColumn<QDate>("renewal");
        QTest::newRow("R-C4 one year, half-open") << QDate(2026, 3, 1) << QDate(2027, 3, 1);
        QTest::newRow("R-C4 leap day clamps to Feb 28") << QDate(2024, 2, 29) << QDate(2025, 2, 28);
        QTest::newRow("R-C4 across the DST change") << QDate(2026, 3, 7) << QDate(2027, 3, 7);
    }
    void renewalDate()
    {
        QFETCH(QDate, charge);
        QFETCH(QDate, renewal);
        QCOMPARE(CareRules::renewalDate(charge, terms), renewal);
    }

    void cancelCutoff_data()
    {
        QTest::addColumn<int>("daysBefore");
        QTest::addColumn<int>("effect");
        QTest::newRow("R-C5 16 days before: stops the renewal") << 16 << int(CancelEffect::StopsNextRenewal);
        QTest::newRow("R-C5 exactly 15 days before: stops the renewal") << 15 << int(CancelEffect::StopsNextRenewal);
        QTest::newRow("R-C5 14 days before: applies after the renewal")
            << 14 << int(CancelEffect::AppliesAfterNextRenewal);
        QTest::newRow("R-C5 on the renewal day: applies after it") << 0 << int(CancelEffect::AppliesAfterNextRenewal);
    }
    void cancelCutoff()
    {
        QFETCH(int, daysBefore);
        QFETCH(int, effect);
        const QDate renewal(2027, 3, 1);
        QCOMPARE(int(CareRules::cancelEffect(renewal.addDays(-daysBefore), renewal, terms)), effect);
    }

    void noticeDate()
    {
        // R-C6: 30 days before the renewal.
        QCOMPARE(CareRules::noticeDate(QDate(2027, 3, 1), terms), QDate(2027, 1, 30));
    }

    void stateMachine_data()
    {
        QTest::addColumn<int>("cancelDaysBefore"); // -1: never cancelled
        QTest::addColumn<bool>("chargeSucceeds");
        QTest::addColumn<CareState>("afterRenewalDay");
        QTest::addColumn<CareState>("afterSecondRenewalDay");
        QTest::newRow("R-C5 auto-renew on: renewed twice") << -1 << true << CareState::Active << CareState::Active;
        QTest::newRow("R-C5 charge fails: lapses, no grace") << -1 << false << CareState::Lapsed << CareState::Lapsed;
        QTest::newRow("R-C7 cancelled 15 days before: runs out")
            << 15 << true << CareState::Lapsed << CareState::Lapsed;
        QTest::newRow("R-C5 cancelled 14 days before: one more year")
            << 14 << true << CareState::Cancelled << CareState::Lapsed;
    }
    void stateMachine()
    {
        QFETCH(int, cancelDaysBefore);
        QFETCH(bool, chargeSucceeds);
        QFETCH(CareState, afterRenewalDay);
        QFETCH(CareState, afterSecondRenewalDay);
        CareMembership m;
        m.purchase(et(QDate(2026, 3, 1)), false, terms);
        QCOMPARE(m.state, CareState::Active);
        QCOMPARE(m.renewalOn, QDate(2027, 3, 1));
        if (cancelDaysBefore >= 0)
            m.cancel(et(m.renewalOn.addDays(-cancelDaysBefore)), terms);
        const auto runDay = [&](const QDate &day) {
            switch (m.due(day, terms)) {
            case CareDue::Renew:
                m.renew(et(day, 0), chargeSucceeds, terms);
                break;
            case CareDue::EndTerm:
                m.endTerm(et(day, 0));
                break;
            case CareDue::ExpireActivation:
                m.expireActivation(et(day, 0));
                break;
            case CareDue::Nothing:
                break;
            }
        };
        QCOMPARE(m.due(QDate(2027, 2, 28), terms), CareDue::Nothing); // the last day of the term
        runDay(QDate(2027, 3, 1));
        QCOMPARE(m.state, afterRenewalDay);
        runDay(QDate(2028, 3, 1));
        QCOMPARE(m.state, afterSecondRenewalDay);
    }

    void autoRenewBackOn()
    {
        // R-C7: auto-renew can be turned back on before the term ends.
        CareMembership m;
        m.purchase(et(QDate(2026, 3, 1)), false, terms);
        m.cancel(et(QDate(2026, 6, 1)), terms);
        QCOMPARE(m.state, CareState::Cancelled);
        QVERIFY(m.hasBenefits());
        m.turnOnAutoRenew(et(QDate(2026, 7, 1)));
        QCOMPARE(m.state, CareState::Active);
        QCOMPARE(m.due(QDate(2027, 3, 1), terms), CareDue::Renew);
    }

    void guestActivation_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<CareDue>("due");
        QTest::newRow("R-C3 day 30: can still activate") << 30 << CareDue::Nothing;
        QTest::newRow("R-C3 day 31: cancelled and refunded") << 31 << CareDue::ExpireActivation;
    }
    void guestActivation()
    {
        QFETCH(int, day);
        QFETCH(CareDue, due);
        CareMembership m;
        m.purchase(et(QDate(2026, 3, 1)), true, terms);
        QCOMPARE(m.state, CareState::PendingActivation);
        QVERIFY(!m.hasBenefits());
        QCOMPARE(m.due(QDate(2026, 3, 1).addDays(day), terms), due);
        if (due == CareDue::Nothing) {
            m.activate(et(QDate(2026, 3, 1).addDays(day)));
            QCOMPARE(m.state, CareState::Active);
        }
    }

    void refundWindow_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<bool>("within");
        QTest::newRow("R-C8 day 30 after the charge: refundable") << 30 << true;
        QTest::newRow("R-C8 day 31: too late") << 31 << false;
        QTest::newRow("R-C8 the charge day itself") << 0 << true;
    }
    void refundWindow()
    {
        QFETCH(int, day);
        QFETCH(bool, within);
        const RefundQuote quote = CareRules::refundQuote(QDate(2026, 3, 1), QDate(2026, 3, 1).addDays(day), {}, terms);
        QCOMPARE(quote.withinWindow, within);
        QCOMPARE(quote.lastDay, QDate(2026, 3, 31));
        QCOMPARE(quote.refundCents, within ? Cents(17999) : Cents(0));
    }

    void refundNetOfBenefits_data()
    {
        QTest::addColumn<QList<TermOrder>>("orders");
        QTest::addColumn<bool>("eligible");
        QTest::addColumn<qint64>("refund");
        using K = RefundLine::Kind;
        QTest::newRow("R-C8 nothing bought: full fee") << QList<TermOrder> {} << true << qint64(17999);
        QTest::newRow("R-C8 returned, member pricing kept: fee minus it")
            << QList<TermOrder> { order("1", false, true, { { K::MemberPricing, "1", 2000 } }) } << true
            << qint64(15999);
        QTest::newRow("R-C8 returned, shipping upgrade used")
            << QList<TermOrder> { order("1", false, true, { { K::ShippingUpgrade, "1", 1499 } }) } << true
            << qint64(16500);
        QTest::newRow("R-C8 returned, discount and complimentary item kept") << QList<TermOrder> {
            order("1", false, true, { { K::Discount, "1", 1000 }, { K::ComplimentaryItem, "1", 2999 } })
        } << true << qint64(14000);
        QTest::newRow("R-C8 cancelled before shipment: its benefits count zero")
            << QList<TermOrder> { order("1", true, false, { { K::MemberPricing, "1", 5000 } }) } << true
            << qint64(17999);
        QTest::newRow("R-C8 one cancelled, one returned") << QList<TermOrder> { order("1", true, false),
            order("2", false, true, { { K::ShippingUpgrade, "2", 999 } }) }
                                                          << true << qint64(17000);
        QTest::newRow("R-C8 never below zero")
            << QList<TermOrder> { order("1", false, true, { { K::ComplimentaryItem, "1", 25000 } }) } << true
            << qint64(0);
        QTest::newRow("R-C8 a kept order: no refund")
            << QList<TermOrder> { order("1", false, false, { { K::MemberPricing, "1", 2000 } }) } << false << qint64(0);
    }
    void refundNetOfBenefits()
    {
        QFETCH(QList<TermOrder>, orders);
        QFETCH(bool, eligible);
        QFETCH(qint64, refund);
        const RefundQuote quote = CareRules::refundQuote(QDate(2026, 3, 1), QDate(2026, 3, 20), orders, terms);
        QCOMPARE(quote.eligible(), eligible);
        QCOMPARE(quote.refundCents, refund);
        QCOMPARE(quote.lines.first().kind, RefundLine::Kind::Fee);
        QCOMPARE(quote.lines.first().cents, Cents(17999));
    }

    void guestRefundIgnoresConditions()
    {
        // R-C3: fee minus benefits received, without R-C8's conditions.
        const QList<TermOrder> kept { order("1", false, false, { { RefundLine::Kind::MemberPricing, "1", 3000 } }) };
        QCOMPARE(CareRules::guestRefund(kept, terms), Cents(14999));
    }

    void coverage()
    {
        // R-C9: from purchase through the day before the second anniversary.
        QCOMPARE(CareRules::coverageLastDay(QDate(2026, 3, 1), terms), QDate(2028, 2, 29));
        QCOMPARE(CareRules::coverageLastDay(QDate(2024, 2, 29), terms), QDate(2026, 2, 27));
    }

    void coverageOfAPurchase_data()
    {
        // Care bought on 2026-03-01 with the product (R-C9 [decision]: that order counts).
        using S = CoverageStatus;
        QTest::addColumn<QDateTime>("placedAt");
        QTest::addColumn<bool>("withCare");
        QTest::addColumn<bool>("refunded");
        QTest::addColumn<bool>("activeNow");
        QTest::addColumn<QDateTime>("lastEndedAt");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<CoverageStatus>("status");
        QTest::addColumn<QDate>("coveredThrough");
        const QDateTime joined = et(QDate(2026, 3, 1));
        const QDateTime lapsed = ProgramCalendar::startOfDay(QDate(2027, 3, 1));
        const QDate last(2028, 2, 29);
        QTest::newRow("R-C9 day 0: covered on the purchase day")
            << joined << true << false << true << QDateTime() << QDate(2026, 3, 1) << S::Covered << last;
        QTest::newRow("R-C9 last day: the day before the second anniversary")
            << joined << true << false << true << QDateTime() << last << S::Covered << last;
        QTest::newRow("R-C9 day after: coverage ended")
            << joined << true << false << true << QDateTime() << last.addDays(1) << S::CoverageEnded << last;
        QTest::newRow("R-C9 bought while a member, a year later")
            << et(QDate(2026, 9, 15)) << true << false << true << QDateTime() << QDate(2026, 11, 25) << S::Covered
            << QDate(2028, 9, 14);
        QTest::newRow("R-C9 late evening counts as that day in New York")
            << QDateTime(QDate(2026, 11, 2), QTime(4, 30), Qt::UTC) << true << false << true << QDateTime()
            << QDate(2026, 11, 25) << S::Covered << QDate(2028, 10, 31);
        QTest::newRow("R-C9 purchase before joining") << et(QDate(2026, 2, 20)) << false << false << true << QDateTime()
                                                      << QDate(2026, 11, 25) << S::NotMemberAtPurchase << QDate();
        QTest::newRow("R-C9 purchase before joining, lapsed since")
            << et(QDate(2026, 2, 20)) << false << false << false << lapsed << QDate(2027, 5, 1)
            << S::NotMemberAtPurchase << QDate();
        QTest::newRow("R-C9 purchase after the lapse") << et(QDate(2027, 4, 1)) << false << false << false << lapsed
                                                       << QDate(2027, 5, 1) << S::BoughtAfterLapse << QDate();
        QTest::newRow("R-C9 purchase after the lapse, rejoined since")
            << et(QDate(2027, 4, 1)) << false << false << true << lapsed << QDate(2027, 5, 1) << S::BoughtAfterLapse
            << QDate();
        QTest::newRow("R-C9 membership lapsed after the purchase")
            << joined << true << false << false << lapsed << QDate(2027, 5, 1) << S::MembershipEnded << QDate();
        QTest::newRow("R-C9 lapsed and rejoined: earlier products stay uncovered")
            << joined << true << false << true << lapsed << QDate(2027, 5, 1) << S::MembershipEnded << QDate();
        QTest::newRow("R-C9 bought after rejoining") << et(QDate(2027, 4, 1)) << true << false << true << lapsed
                                                     << QDate(2027, 5, 1) << S::Covered << QDate(2029, 3, 31);
        QTest::newRow("R-C9 returned and refunded")
            << joined << true << true << true << QDateTime() << QDate(2026, 11, 25) << S::Refunded << QDate();
    }
    void coverageOfAPurchase()
    {
        QFETCH(QDateTime, placedAt);
        QFETCH(bool, withCare);
        QFETCH(bool, refunded);
        QFETCH(bool, activeNow);
        QFETCH(QDateTime, lastEndedAt);
        QFETCH(QDate, today);
        QFETCH(CoverageStatus, status);
        QFETCH(QDate, coveredThrough);
        const CoverageDecision decision
            = decideCoverage({ placedAt, withCare, refunded }, { activeNow, lastEndedAt }, today, terms);
        QCOMPARE(decision.status, status);
        QCOMPARE(decision.coveredThrough, coveredThrough);
        QCOMPARE(decision.covered(), status == CoverageStatus::Covered);
        QCOMPARE(decision.purchasedOn, ProgramCalendar::dateOf(placedAt));
    }
};

QTEST_GUILESS_MAIN(TestCareRules)
#include "tst_care_rules.moc"
