// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "core/care/careterms.h"
#include "core/programcalendar.h"
#include "core/shop/cartpricing.h"
#include "core/shop/payment.h"

#include <QTest>

using namespace CareDesk;

namespace {
QDateTime et(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), ProgramCalendar::zone());
}
} // namespace

// Issue #6 in the core, no database: the catalog and shop terms as data (refused with file
// and line), cart pricing — tax, points and shipping split, member benefits, promotions,
// back orders, Care's conditions — and the card form's checks.
class TestCartPricing : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    ShopTerms m_terms;

    [[nodiscard]] CartPricing pricing() const
    {
        return CartPricing(ProgramTerms::mySony(), m_terms, ShippingPlanner(BusinessCalendar::usFederal(2025, 2028)));
    }

    [[nodiscard]] QList<CartItem> cart(const QList<std::pair<QString, int>> &lines) const
    {
        QList<CartItem> items;
        for (const auto &[sku, quantity] : lines)
            items.append({ m_catalog.find(sku), quantity });
        return items;
    }

    [[nodiscard]] static CheckoutChoices member(Points available = 0)
    {
        CheckoutChoices c;
        c.at = et(2026, 11, 25); // a Wednesday, the day before Thanksgiving
        c.member = true;
        c.taxState = QStringLiteral("NY");
        c.pointsAvailable = available;
        c.careEligibility = Eligibility::Verdict::Eligible;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const CatalogLoad catalog = loadCatalog(QStringLiteral(CAREDESK_SHOP_DIR "/catalog.json"));
        QVERIFY2(catalog.catalog, qPrintable(catalog.problem.toString()));
        m_catalog = *catalog.catalog;
        const ShopTermsLoad terms = loadShopTerms(QStringLiteral(CAREDESK_SHOP_DIR "/shop-terms.json"));
        QVERIFY2(terms.terms, qPrintable(terms.problem.toString()));
        m_terms = *terms.terms;
    }

    void shippedDataIsWhatTheRulesSay()
    {
        // R-K1: every kind is sold; R-C1: Care at the Care terms' fee.
        for (ItemKind kind :
            { ItemKind::Product, ItemKind::Part, ItemKind::Software, ItemKind::Training, ItemKind::CareMembership }) {
            QVERIFY(std::any_of(m_catalog.items().cbegin(), m_catalog.items().cend(), [kind](const CatalogItem &i) {
                return i.kind == kind;
            }));
        }
        QCOMPARE(m_catalog.careItem()->priceCents, CareTerms {}.feeCents);
        QCOMPARE(m_terms.returns.windowDays, 30); // R-K8
        QCOMPARE(m_terms.returns.restockPercent, 15);
        QCOMPARE(m_terms.returns.restockMinimumCents, Cents(500));
        QCOMPARE(m_terms.rate(ShippingOption::EmergencyAfterHours)->priceCents, Cents(25000)); // R-K5 "about $250"
        QCOMPARE(m_terms.taxRates.size(), 51);
    }

    void split_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<Points>("points");
        QTest::addColumn<Cents>("tax");
        QTest::addColumn<Points>("applied");
        QTest::addColumn<Cents>("card");
        QTest::addColumn<Points>("earned");
        // Speaker $59.99 + battery (a part) $78.00, ground $7.99.
        QTest::newRow("R-K7 NY 4%, no points")
            << "NY" << Points(0) << Cents(240 + 312) << Points(0) << Cents(5999 + 7800 + 799 + 552) << Points(119);
        QTest::newRow("R-P5 points pay the speaker only, never tax or shipping")
            << "NY" << Points(5999) << Cents(552) << Points(5999) << Cents(7800 + 799 + 552) << Points(0);
        QTest::newRow("R-P1 2,000 points: earn on the money paid, 2 x 39.99 = 79")
            << "NY" << Points(2000) << Cents(552) << Points(2000) << Cents(3999 + 7800 + 799 + 552) << Points(79);
        QTest::newRow("R-K7 MN 6.875% rounds half up per line")
            << "MN" << Points(0) << Cents(412 + 536) << Points(0) << Cents(5999 + 7800 + 799 + 948) << Points(119);
        QTest::newRow("R-K7 Oregon: no sales tax")
            << "OR" << Points(0) << Cents(0) << Points(0) << Cents(5999 + 7800 + 799) << Points(119);
    }
    void split()
    {
        QFETCH(QString, state);
        QFETCH(Points, points);
        QFETCH(Cents, tax);
        QFETCH(Points, applied);
        QFETCH(Cents, card);
        QFETCH(Points, earned);
        CheckoutChoices c = member(100000);
        c.taxState = state;
        c.pointsRequested = points;
        const CartQuote q = pricing().quote(
            cart({ { QStringLiteral("SRS-XB100"), 1 }, { QStringLiteral("NP-FZ100"), 1 } }), c, m_catalog);
        QVERIFY(q.canPlace());
        QCOMPARE(q.taxCents, tax);
        QCOMPARE(q.pointsMax, Points(5999)); // the qualifying speaker, not the part
        QCOMPARE(q.pointsApplied, applied);
        QCOMPARE(q.cardCents, card);
        QCOMPARE(q.pointsEarned, earned);
        QCOMPARE(q.totalCents, q.subtotalCents + q.shippingCents + q.taxCents);
        QCOMPARE(q.totalCents - q.pointsValueCents - q.giftCardCents, q.cardCents);
    }

    void pointsProblems_data()
    {
        QTest::addColumn<bool>("isMember");
        QTest::addColumn<Points>("available");
        QTest::addColumn<Points>("requested");
        QTest::addColumn<int>("problem");
        QTest::newRow("R-P5 more than the balance")
            << true << Points(100) << Points(101) << int(CartProblem::PointsOverBalance);
        QTest::newRow("R-P5 more than the qualifying products")
            << true << Points(1000000) << Points(6000) << int(CartProblem::PointsOverQualifying);
        QTest::newRow("R-P5 10^12 points")
            << true << Points(100) << Points(1000000000000) << int(CartProblem::PointsOverBalance);
        QTest::newRow("R-P9 a guest cannot use points")
            << false << Points(0) << Points(10) << int(CartProblem::PointsForGuest);
        QTest::newRow("negative points") << true << Points(100) << Points(-1) << int(CartProblem::PointsNegative);
    }
    void pointsProblems()
    {
        QFETCH(bool, isMember);
        QFETCH(Points, available);
        QFETCH(Points, requested);
        QFETCH(int, problem);
        CheckoutChoices c = member(available);
        c.member = isMember;
        c.pointsRequested = requested;
        const CartQuote q = pricing().quote(cart({ { QStringLiteral("SRS-XB100"), 1 } }), c, m_catalog);
        QVERIFY(q.problems.contains(CartProblem(problem)));
        QCOMPARE(q.pointsApplied, Points(0));
    }

    void careBenefitsFromTheOrderThatBuysCare()
    {
        // R-C10: member price, the complimentary case, two-day for the ground price.
        CheckoutChoices c = member();
        c.shipping = ShippingOption::TwoDay;
        const CartQuote q = pricing().quote(
            cart({ { QStringLiteral("CARE-1Y"), 1 }, { QStringLiteral("WH-1000XM6"), 2 } }), c, m_catalog);
        QVERIFY(q.canPlace());
        QVERIFY(q.careBenefits);
        QCOMPARE(q.lines.size(), 3);
        QCOMPARE(q.lines[1].unitPaidCents, Cents(42749));
        QCOMPARE(q.lines[1].memberSavingCents, Cents(2 * (44999 - 42749)));
        QCOMPARE(q.lines[2].item->sku, QStringLiteral("CASE-WH"));
        QCOMPARE(q.lines[2].quantity, 2);
        QCOMPARE(q.lines[2].complimentaryFor, 1);
        QCOMPARE(q.lines[2].taxCents, Cents(0));
        QCOMPARE(q.shippingCents, Cents(799));
        QCOMPARE(q.shippingUpgradeCents, Cents(1499 - 799));
        QCOMPARE(q.lines[0].taxCents, Cents(0)); // Care is not taxed
        QCOMPARE(q.lines[0].pointsEarned, Points(0)); // nor earns (R-P1)
        QList<BenefitKind> kinds;
        for (const BenefitUse &b : q.benefits)
            kinds << b.kind;
        QCOMPARE(kinds,
            (QList<BenefitKind> {
                BenefitKind::MemberPricing, BenefitKind::ComplimentaryItem, BenefitKind::ShippingUpgrade }));
        // Without Care, none of it.
        const CartQuote plain = pricing().quote(cart({ { QStringLiteral("WH-1000XM6"), 2 } }), c, m_catalog);
        QVERIFY(plain.benefits.isEmpty());
        QCOMPARE(plain.shippingCents, Cents(1499));
        QCOMPARE(plain.lines.size(), 1);
    }

    void careConditions_data()
    {
        QTest::addColumn<QStringList>("skus");
        QTest::addColumn<bool>("already");
        QTest::addColumn<int>("eligibility");
        QTest::addColumn<int>("problem");
        QTest::newRow("R-C1 no qualifying product")
            << QStringList { "CARE-1Y", "NP-FZ100" } << false << int(Eligibility::Verdict::Eligible)
            << int(CartProblem::CareNeedsQualifyingProduct);
        QTest::newRow("R-C1 one membership per person")
            << QStringList { "CARE-1Y", "CARE-1Y", "SRS-XB100" } << false << int(Eligibility::Verdict::Eligible)
            << int(CartProblem::CareQuantity);
        QTest::newRow("R-C1 already a member")
            << QStringList { "CARE-1Y", "SRS-XB100" } << true << int(Eligibility::Verdict::Eligible)
            << int(CartProblem::CareAlreadyMember);
        QTest::newRow("R-C2 under the age of majority")
            << QStringList { "CARE-1Y", "SRS-XB100" } << false << int(Eligibility::Verdict::TooYoung)
            << int(CartProblem::CareNotEligible);
    }
    void careConditions()
    {
        QFETCH(QStringList, skus);
        QFETCH(bool, already);
        QFETCH(int, eligibility);
        QFETCH(int, problem);
        CheckoutChoices c = member();
        c.careMemberAlready = already;
        c.careEligibility = Eligibility::Verdict(eligibility);
        QList<std::pair<QString, int>> lines;
        for (const QString &sku : std::as_const(skus))
            lines.append({ sku, 1 });
        const CartQuote q = pricing().quote(cart(lines), c, m_catalog);
        QVERIFY(q.problems.contains(CartProblem(problem)));
    }

    void promotions_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("careMember");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<int>("status");
        QTest::addColumn<Cents>("discount");
        QTest::newRow("R-K7 10% off the speaker, any case")
            << "welcome10" << false << et(2026, 11, 25) << int(PromoStatus::Applied) << Cents(600);
        QTest::newRow("R-K7 unknown code")
            << "NOPE" << false << et(2026, 11, 25) << int(PromoStatus::Unknown) << Cents(0);
        QTest::newRow("R-K7 expired code")
            << "HOLIDAY2025" << false << et(2026, 11, 25) << int(PromoStatus::OutsideDates) << Cents(0);
        QTest::newRow("R-C10 members-only code, not a member")
            << "CARE15" << false << et(2026, 11, 25) << int(PromoStatus::MembersOnly) << Cents(0);
        QTest::newRow("R-C10 members-only code, a member: a benefit")
            << "CARE15" << true << et(2026, 11, 25) << int(PromoStatus::Applied) << Cents(855);
    }
    void promotions()
    {
        QFETCH(QString, code);
        QFETCH(bool, careMember);
        QFETCH(QDateTime, at);
        QFETCH(int, status);
        QFETCH(Cents, discount);
        CheckoutChoices c = member();
        c.at = at;
        c.careBenefits = careMember;
        c.promoCode = code;
        const CartQuote q = pricing().quote(
            cart({ { QStringLiteral("SRS-XB100"), 1 }, { QStringLiteral("NP-FZ100"), 1 } }), c, m_catalog);
        QCOMPARE(int(q.promo), status);
        QCOMPARE(q.discountCents, discount); // the part is not a qualifying product
        const bool benefit = std::any_of(q.benefits.cbegin(), q.benefits.cend(), [](const BenefitUse &b) {
            return b.kind == BenefitKind::Discount;
        });
        QCOMPARE(benefit, careMember && discount > 0);
    }

    void shippingDates_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<int>("option");
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QDate>("ships");
        QTest::newRow("R-K5 next-day before 6 p.m. ships today")
            << "SRS-XB100" << int(ShippingOption::NextDay) << et(2026, 11, 25, 17, 59) << QDate(2026, 11, 25);
        QTest::newRow("R-K5 next-day at 6 p.m. ships after Thanksgiving")
            << "SRS-XB100" << int(ShippingOption::NextDay) << et(2026, 11, 25, 18) << QDate(2026, 11, 27);
        QTest::newRow("R-K5 back-ordered lens ships ground when stock arrives")
            << "SEL50F18F" << int(ShippingOption::NextDay) << et(2026, 11, 25) << QDate(2026, 12, 8);
        QTest::newRow("R-K5 emergency parts: the next flight, today")
            << "NP-FZ100" << int(ShippingOption::EmergencyAfterHours) << et(2026, 11, 28, 23) << QDate(2026, 11, 28);
    }
    void shippingDates()
    {
        QFETCH(QString, sku);
        QFETCH(int, option);
        QFETCH(QDateTime, at);
        QFETCH(QDate, ships);
        CheckoutChoices c = member();
        c.at = at;
        c.shipping = ShippingOption(option);
        const CartQuote q = pricing().quote(cart({ { sku, 1 } }), c, m_catalog);
        QCOMPARE(q.lines.first().shipOn, ships);
        QVERIFY(q.lines.first().deliverBy >= ships);
        if (q.lines.first().backordered)
            QCOMPARE(q.lines.first().shipsBy, ShippingOption::Ground);
    }

    void cartRefusals_data()
    {
        QTest::addColumn<QString>("sku");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<int>("option");
        QTest::addColumn<int>("problem");
        QTest::newRow("R-K4 training is not bought in the cart")
            << "TRN-A7-BASICS" << 1 << int(ShippingOption::Ground) << int(CartProblem::NotSoldInCart);
        QTest::newRow("R-K3 free software is not bought in the cart")
            << "SW-IMAGING-EDGE" << 1 << int(ShippingOption::Ground) << int(CartProblem::NotSoldInCart);
        QTest::newRow("quantity 0") << "SRS-XB100" << 0 << int(ShippingOption::Ground)
                                    << int(CartProblem::QuantityInvalid);
        QTest::newRow("quantity 100") << "SRS-XB100" << 100 << int(ShippingOption::Ground)
                                      << int(CartProblem::QuantityInvalid);
        QTest::newRow("R-K5 emergency service for a product")
            << "SRS-XB100" << 1 << int(ShippingOption::EmergencyAfterHours) << int(CartProblem::EmergencyNeedsParts);
    }
    void cartRefusals()
    {
        QFETCH(QString, sku);
        QFETCH(int, quantity);
        QFETCH(int, option);
        QFETCH(int, problem);
        CheckoutChoices c = member();
        c.shipping = ShippingOption(option);
        const CartQuote q = pricing().quote(cart({ { sku, quantity } }), c, m_catalog);
        QVERIFY(q.problems.contains(CartProblem(problem)));
        QVERIFY(!q.canPlace());
    }

    void malformedDataNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << QByteArray("{\n  \"items\": [\n    { \"sku\": \"A\", }\n  ]\n}") << 3 << QString();
        QTest::newRow("duplicate SKU") << QByteArray(
            "{ \"items\": [\n"
            "{ \"sku\": \"A\", \"kind\": \"part\", \"category\": \"parts\", \"priceCents\": 1,\n"
            "  \"name\": {\"en\":\"a\",\"zh_CN\":\"a\",\"zh_TW\":\"a\"}, \"description\": "
            "{\"en\":\"a\",\"zh_CN\":\"a\",\"zh_TW\":\"a\"} },\n"
            "{ \"sku\": \"A\", \"kind\": \"part\" }\n] }")
                                       << 4 << QStringLiteral("appears twice");
        QTest::newRow("negative price") << QByteArray(
            "{ \"items\": [\n{ \"sku\": \"A\", \"kind\": \"part\", \"category\": \"parts\",\n"
            "  \"name\": {\"en\":\"a\",\"zh_CN\":\"a\",\"zh_TW\":\"a\"}, \"description\": "
            "{\"en\":\"a\",\"zh_CN\":\"a\",\"zh_TW\":\"a\"},\n  \"priceCents\": -5 }\n] }")
                                        << 4 << QStringLiteral("priceCents");
        QTest::newRow("missing Chinese name")
            << QByteArray("{ \"items\": [\n{ \"sku\": \"A\", \"kind\": \"part\", \"category\": \"parts\",\n"
                          "  \"name\": {\"en\":\"a\"}, \"priceCents\": 5 }\n] }")
            << 3 << QStringLiteral("zh_CN");
    }
    void malformedDataNamesFileAndLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(QString, problem);
        const CatalogLoad load = parseCatalog(json, QStringLiteral("catalog.json"));
        QVERIFY(!load.catalog);
        QCOMPARE(load.problem.fileName, QStringLiteral("catalog.json"));
        QCOMPARE(load.problem.line, line);
        QVERIFY2(load.problem.problem.contains(problem), qPrintable(load.problem.problem));
        QVERIFY(load.problem.toString().startsWith(QStringLiteral("catalog.json:%1: ").arg(line)));
    }

    void shopTermsNeedEveryState()
    {
        const ShopTermsLoad load
            = parseShopTerms("{\n \"shipping\": [ {\"option\":\"ground\",\"priceCents\":1,\"transitBusinessDays\":1},\n"
                             "  {\"option\":\"two-day\",\"priceCents\":1,\"transitBusinessDays\":1},\n"
                             "  {\"option\":\"next-day\",\"priceCents\":1,\"transitBusinessDays\":1} ],\n"
                             " \"taxRates\": { \"NY\": 4000 }\n}",
                QStringLiteral("shop-terms.json"));
        QVERIFY(!load.terms);
        QCOMPARE(load.problem.line, 5);
        QVERIFY(load.problem.problem.contains(QStringLiteral("no rate for")));
    }

    void cardForm_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("cvv");
        QTest::addColumn<QString>("holder");
        QTest::addColumn<QList<CardProblem>>("problems");
        const QList<CardProblem> none;
        QTest::newRow("R-K7 a valid Visa") << "4242 4242 4242 4242" << 12 << 2030 << "123"
                                           << "A" << none;
        QTest::newRow("R-K7 Amex wants 4 digits") << "3782 822463 10005" << 12 << 2030 << "123"
                                                  << "A" << QList<CardProblem> { CardProblem::CvvInvalid };
        QTest::newRow("R-K7 Luhn fails") << "4242 4242 4242 4241" << 12 << 2030 << "123"
                                         << "A" << QList<CardProblem> { CardProblem::NumberInvalid };
        QTest::newRow("R-K7 expired last month") << "4242424242424242" << 10 << 2026 << "123"
                                                 << "A" << QList<CardProblem> { CardProblem::Expired };
        QTest::newRow("R-K7 valid through its month's last day") << "4242424242424242" << 11 << 2026 << "123"
                                                                 << "A" << none;
        QTest::newRow("R-K7 month 13") << "4242424242424242" << 13 << 2030 << "123"
                                       << "A" << QList<CardProblem> { CardProblem::ExpiryInvalid };
        QTest::newRow("R-K7 no name, no CVV")
            << "4242424242424242" << 12 << 2030 << ""
            << " " << QList<CardProblem> { CardProblem::HolderMissing, CardProblem::CvvInvalid };
        QTest::newRow("R-K7 a brand the store does not take")
            << "6304 0000 0000 0000 0" << 12 << 2030 << "123"
            << "A" << QList<CardProblem> { CardProblem::BrandUnknown };
    }
    void cardForm()
    {
        QFETCH(QString, number);
        QFETCH(int, month);
        QFETCH(int, year);
        QFETCH(QString, cvv);
        QFETCH(QString, holder);
        QFETCH(QList<CardProblem>, problems);
        const CardEntry card { number, month, year, cvv, holder };
        QCOMPARE(CardEntryCheck::check(card, et(2026, 11, 25)), problems);
    }

    void sandboxAnswersByTestNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("outcome");
        QTest::newRow("R-K7 approved") << "4242424242424242" << int(Authorization::Outcome::Approved);
        QTest::newRow("R-K7 declined") << "4000000000000002" << int(Authorization::Outcome::Declined);
        QTest::newRow("R-K7 insufficient funds")
            << "4000000000009995" << int(Authorization::Outcome::InsufficientFunds);
        QTest::newRow("R-K7 expired at the bank") << "4000000000000069" << int(Authorization::Outcome::CardExpired);
        QTest::newRow("R-K7 processor unavailable")
            << "4000000000000119" << int(Authorization::Outcome::ProcessorUnavailable);
    }
    void sandboxAnswersByTestNumber()
    {
        QFETCH(QString, number);
        QFETCH(int, outcome);
        SandboxPaymentProcessor processor;
        const Authorization a = processor.authorize(
            { number, 12, 2030, QStringLiteral("123"), QStringLiteral("A") }, 1000, et(2026, 11, 25));
        QCOMPARE(int(a.outcome), outcome);
        if (a.approved()) {
            QCOMPARE(a.card.last4, number.right(4));
            QVERIFY(a.card.token.startsWith(QStringLiteral("tok_")));
            QVERIFY(!a.card.token.contains(number.left(6))); // random, never derived from the number
            const Authorization again = processor.authorize(
                { number, 12, 2030, QStringLiteral("123"), QStringLiteral("A") }, 1000, et(2026, 11, 25));
            QVERIFY(again.card.token != a.card.token);
        }
    }
};

QTEST_GUILESS_MAIN(TestCartPricing)
#include "tst_cart_pricing.moc"
