// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "core/warranty/warrantyverdict.h"

#include <QTest>

using namespace CareDesk;
using C = WarrantyCase;
using R = WarrantyReason;
using O = WarrantyVerdict::Outcome;
using N = WarrantyNextStep;
Q_DECLARE_METATYPE(CareDesk::WarrantyCase)
Q_DECLARE_METATYPE(CareDesk::WarrantyVerdict::Outcome)

namespace {
C good()
{
    C c;
    c.purchasedOn = QDate(2026, 3, 1);
    return c;
}
} // namespace

class TestWarrantyRules : public QObject
{
    Q_OBJECT

    const QDate today { 2026, 11, 25 };

private Q_SLOTS:
    void verdict_data()
    {
        QTest::addColumn<C>("answers");
        QTest::addColumn<O>("outcome");
        QTest::addColumn<QList<R>>("reasons");
        QTest::addColumn<QList<N>>("steps");

        QTest::newRow("R-W3 mainland, Sony China, all documents, stopped working")
            << good() << O::Covered << QList<R> { R::WithinPolicy } << QList<N> { N::ServiceCentre };
        C notSure = good();
        notSure.incident = C::Incident::NotSure;
        QTest::newRow("R-W3 cause unknown: the service centre inspects")
            << notSure << O::NeedsInspection << QList<R> { R::CauseUnknown } << QList<N> { N::ServiceCentre };

        const QList<std::pair<const char *, C::Incident>> exclusions {
            { "R-W4 consumables' wear", C::Incident::ConsumableWear },
            { "R-W4 lightning or power", C::Incident::LightningOrPower },
            { "R-W4 dropped or crushed", C::Incident::Handling }, { "R-W4 liquid", C::Incident::Liquid },
            { "R-W4 foreign object", C::Incident::ForeignObject }, { "R-W4 force majeure", C::Incident::ForceMajeure },
            { "R-W4 self-repair", C::Incident::SelfRepair }, { "R-W4 against the manual", C::Incident::AgainstManual }
        };
        for (const auto &[name, incident] : exclusions) {
            C c = good();
            c.incident = incident;
            QTest::newRow(name) << c << O::NotCovered << QList<R> { R::ExcludedDamage } << QList<N> { N::PaidRepair };
        }
        C noInvoice = good();
        noInvoice.hasInvoice = false;
        QTest::newRow("R-W2 the three documents together: no invoice")
            << noInvoice << O::NotCovered << QList<R> { R::DocumentsMissing } << QList<N> { N::PaidRepair };
        C jd = good();
        jd.seller = C::Seller::JdCom;
        jd.hasInvoice = false;
        QTest::newRow("R-W2 JD.com without invoice: JD's after-sales")
            << jd << O::Covered << QList<R> { R::JdAccountInsteadOfInvoice, R::WithinPolicy }
            << QList<N> { N::JdAfterSales };
        C hongKong = good();
        hongKong.region = C::Region::HongKong;
        QTest::newRow("R-W1 bought in Hong Kong")
            << hongKong << O::NotCovered << QList<R> { R::OutsideMainland } << QList<N> { N::PaidRepair };
        C elsewhere = good();
        elsewhere.seller = C::Seller::Other;
        QTest::newRow("R-W4 not sold by Sony China")
            << elsewhere << O::NotCovered << QList<R> { R::NotSoldBySonyChina } << QList<N> { N::PaidRepair };
        C box = good();
        box.boxMatchesProduct = false;
        QTest::newRow("R-W4 box does not match")
            << box << O::NotCovered << QList<R> { R::BoxDoesNotMatch } << QList<N> { N::PaidRepair };
        C old = good();
        old.purchasedOn = QDate(2025, 11, 25);
        QTest::newRow("R-W4 R-W5 past the period, parts exist: paid repair")
            << old << O::NotCovered << QList<R> { R::PastWarrantyPeriod } << QList<N> { N::PaidRepair };
        C lastDay = good();
        lastDay.purchasedOn = QDate(2025, 11, 26);
        QTest::newRow("R-W4 the period's last day is still covered")
            << lastDay << O::Covered << QList<R> { R::WithinPolicy } << QList<N> { N::ServiceCentre };
        C noParts = old;
        noParts.partsAvailable = false;
        QTest::newRow("R-W5 past the period, no parts: no repair")
            << noParts << O::NotCovered << QList<R> { R::PastWarrantyPeriod } << QList<N> { N::NoRepairOffer };
        C many = good();
        many.region = C::Region::Taiwan;
        many.hasBox = false;
        many.incident = C::Incident::Liquid;
        QTest::newRow("R-W1 R-W2 R-W4 every reason that applies")
            << many << O::NotCovered << QList<R> { R::OutsideMainland, R::DocumentsMissing, R::ExcludedDamage }
            << QList<N> { N::PaidRepair };
        C us = good();
        us.region = C::Region::UnitedStates;
        us.careCoveredThrough = QDate(2028, 2, 29);
        QTest::newRow("R-W8 US with Care")
            << us << O::Covered << QList<R> { R::UsCoveredByCare } << QList<N> { N::CareClaim };
        C usNoCare = good();
        usNoCare.region = C::Region::UnitedStates;
        QTest::newRow("R-W8 US without Care")
            << usNoCare << O::NeedsInspection << QList<R> { R::UsNotCoveredByCare } << QList<N> { N::StoreSupport };
        C usLapsed = us;
        usLapsed.careCoveredThrough = QDate(2026, 11, 24);
        QTest::newRow("R-W8 R-C9 US, Care coverage ended yesterday")
            << usLapsed << O::NeedsInspection << QList<R> { R::UsNotCoveredByCare } << QList<N> { N::StoreSupport };
    }
    void verdict()
    {
        QFETCH(C, answers);
        QFETCH(O, outcome);
        QFETCH(QList<R>, reasons);
        QFETCH(QList<N>, steps);
        const WarrantyVerdict v = WarrantyRules::verdict(answers, today);
        QCOMPARE(v.outcome, outcome);
        QCOMPARE(v.reasons, reasons);
        QCOMPARE(v.nextSteps, steps);
        QCOMPARE(v.remedyApplies, outcome != O::NotCovered && answers.region != C::Region::UnitedStates);
    }

    void ruleIds()
    {
        QCOMPARE(WarrantyRules::ruleOf(R::OutsideMainland), QStringLiteral("R-W1"));
        QCOMPARE(WarrantyRules::ruleOf(R::DocumentsMissing), QStringLiteral("R-W2"));
        QCOMPARE(WarrantyRules::ruleOf(R::ExcludedDamage), QStringLiteral("R-W4"));
        QCOMPARE(WarrantyRules::ruleOf(R::UsCoveredByCare), QStringLiteral("R-W8"));
    }

    void serviceRequestNamesEveryMissingField()
    {
        // R-W7: incomplete requests are refused with the missing fields named.
        using F = ServiceRequest::Field;
        ServiceRequest empty;
        QCOMPARE(empty.missing(today),
            (QList<F> { F::Customer, F::Address, F::Phone, F::Model, F::PurchaseDate, F::Fault, F::Request }));
        ServiceRequest complete { QStringLiteral("王小明"), QStringLiteral("北京市朝阳区建国路 1 号"),
            QStringLiteral("+86 138 0013 8000"), QStringLiteral("WH-1000XM5"), QDate(2026, 5, 1),
            QStringLiteral("左耳无声"), QStringLiteral("维修") };
        QVERIFY(complete.missing(today).isEmpty());
        ServiceRequest badPhone = complete;
        badPhone.phone = QStringLiteral("call me");
        QCOMPARE(badPhone.missing(today), QList<F> { F::Phone });
        ServiceRequest spaces = complete;
        spaces.fault = QStringLiteral("   ");
        spaces.purchasedOn = today.addDays(1);
        QCOMPARE(spaces.missing(today), (QList<F> { F::PurchaseDate, F::Fault }));
        // Issue #9: a purchase more than 30 years back is a typo; 30 years to the day is not.
        ServiceRequest old = complete;
        old.purchasedOn = QDate(26, 5, 1);
        QCOMPARE(old.missing(today), QList<F> { F::PurchaseDate });
        old.purchasedOn = today.addYears(-ServiceRequest::kOldestPurchaseYears);
        QVERIFY(old.missing(today).isEmpty());
        // Control characters in a one-line field; the fault may span lines.
        ServiceRequest pasted = complete;
        pasted.customer = QStringLiteral("王\n小明");
        pasted.fault = QStringLiteral("左耳无声\n右耳正常");
        QCOMPARE(pasted.unprintable(), QList<F> { F::Customer });
        pasted.request = QStringLiteral("维修\u0000");
        QCOMPARE(pasted.unprintable(), (QList<F> { F::Customer, F::Request }));
    }
};

QTEST_GUILESS_MAIN(TestWarrantyRules)
#include "tst_warranty_rules.moc"
