// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace CareDesk {

/// RULES.md section W: the answers a customer gives the coverage wizard.
struct WarrantyCase
{
    enum class Region { MainlandChina, HongKong, Macau, Taiwan, UnitedStates, Other };
    enum class Seller { SonyChina, JdCom, Other }; ///< SonyChina includes authorized dealers
    enum class Incident {
        StoppedWorking, ///< it just stopped working
        NotSure, ///< the customer does not know
        ConsumableWear, ///< R-W4: normal wear and ageing of consumables (ear pads, batteries)
        LightningOrPower, ///< R-W4: lightning or power-system damage
        Handling, ///< R-W4: handling, crushing, drops
        Liquid, ///< R-W4: moisture or liquid
        ForeignObject, ///< R-W4: a foreign object got in
        ForceMajeure, ///< R-W4: accident, disaster, war
        SelfRepair, ///< R-W4: modified or repaired by someone not authorized
        AgainstManual, ///< R-W4: used, maintained or stored against the manual
    };

    Region region = Region::MainlandChina;
    Seller seller = Seller::SonyChina;
    int warrantyMonths = 12; ///< from the product category (resources/warranty/categories.json)
    QDate purchasedOn;
    bool hasWarrantyCard = true;
    bool hasBox = true;
    bool hasInvoice = true;
    bool boxMatchesProduct = true;
    Incident incident = Incident::StoppedWorking;
    bool partsAvailable = true; ///< R-W5: a paid repair needs parts
    std::optional<QDate> careCoveredThrough; ///< R-W8/R-C9: US purchases covered by Care through this day
};

/// Why, each tied to its rule.
enum class WarrantyReason {
    OutsideMainland, ///< R-W1
    NotSoldBySonyChina, ///< R-W4 (and R-W1: corporate policy of Sony China)
    DocumentsMissing, ///< R-W2 / R-W4
    JdAccountInsteadOfInvoice, ///< R-W2 exception
    BoxDoesNotMatch, ///< R-W4
    PastWarrantyPeriod, ///< R-W4
    ExcludedDamage, ///< R-W4 (the incident says which)
    CauseUnknown, ///< needs the service centre to look
    WithinPolicy, ///< every condition met
    UsCoveredByCare, ///< R-W8 + R-C9
    UsNotCoveredByCare, ///< R-W8: the store's warranty policy applies instead
};

enum class WarrantyNextStep {
    JdAfterSales, ///< R-W6
    ServiceCentre, ///< bring card, box and invoice (R-W2)
    PaidRepair, ///< R-W5
    NoRepairOffer, ///< out of warranty and no parts
    CareClaim, ///< R-W8/R-C9: claim through Care support
    StoreSupport, ///< R-W8/R-K8: the store's warranty help
};

struct WarrantyVerdict
{
    enum class Outcome { Covered, NotCovered, NeedsInspection };
    Outcome outcome = Outcome::NotCovered;
    QList<WarrantyReason> reasons; ///< every reason that applies, in rule order
    QList<WarrantyNextStep> nextSteps;
    QDate warrantyLastDay; ///< purchase + months - 1 day
    bool remedyApplies = false; ///< R-W3: repair or same/no-lower-spec replacement
};

/// The R-W1..R-W5, R-W8 verdict. Pure: answers in, verdict out.
class WarrantyRules
{
public:
    [[nodiscard]] static WarrantyVerdict verdict(const WarrantyCase &c, const QDate &today);
    /// The rule id a reason cites ("R-W4").
    [[nodiscard]] static QString ruleOf(WarrantyReason reason);
    [[nodiscard]] static bool isExclusion(WarrantyCase::Incident incident);
};

/// R-W7: a service request and what it lacks.
struct ServiceRequest
{
    QString customer;
    QString address;
    QString phone;
    QString model;
    QDate purchasedOn;
    QString fault;
    QString request; ///< what the customer wants: repair, replacement, ...

    enum class Field { Customer, Address, Phone, Model, PurchaseDate, Fault, Request };
    static constexpr int kOldestPurchaseYears = 30;
    /// Every missing or unusable field, in form order (a phone needs 7 to 15 digits; a
    /// purchase date cannot be in the future nor more than kOldestPurchaseYears ago).
    [[nodiscard]] QList<Field> missing(const QDate &today) const;
    /// The fields holding what a service form cannot show (TextCheck): control characters in
    /// any field, line breaks in the one-line ones (name, address, model; the phone has its own
    /// check). The fault and the request may span lines.
    [[nodiscard]] QList<Field> unprintable() const;
};

} // namespace CareDesk
