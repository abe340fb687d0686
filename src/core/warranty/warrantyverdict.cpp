// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "warrantyverdict.h"

#include "core/textcheck.h"

#include <QRegularExpression>

namespace CareDesk {

bool WarrantyRules::isExclusion(WarrantyCase::Incident incident)
{
    using I = WarrantyCase::Incident;
    return incident != I::StoppedWorking && incident != I::NotSure;
}

QString WarrantyRules::ruleOf(WarrantyReason reason)
{
    switch (reason) {
    case WarrantyReason::OutsideMainland:
        return QStringLiteral("R-W1");
    case WarrantyReason::DocumentsMissing:
    case WarrantyReason::JdAccountInsteadOfInvoice:
        return QStringLiteral("R-W2");
    case WarrantyReason::NotSoldBySonyChina:
    case WarrantyReason::BoxDoesNotMatch:
    case WarrantyReason::PastWarrantyPeriod:
    case WarrantyReason::ExcludedDamage:
        return QStringLiteral("R-W4");
    case WarrantyReason::CauseUnknown:
    case WarrantyReason::WithinPolicy:
        return QStringLiteral("R-W3");
    case WarrantyReason::UsCoveredByCare:
    case WarrantyReason::UsNotCoveredByCare:
        return QStringLiteral("R-W8");
    }
    return {};
}

WarrantyVerdict WarrantyRules::verdict(const WarrantyCase &c, const QDate &today)
{
    using R = WarrantyCase::Region;
    using S = WarrantyCase::Seller;
    WarrantyVerdict v;
    if (c.purchasedOn.isValid())
        v.warrantyLastDay = c.purchasedOn.addMonths(c.warrantyMonths).addDays(-1);

    // R-W8: a US purchase is answered from the store's policy and the member's Care.
    if (c.region == R::UnitedStates) {
        const bool care = c.careCoveredThrough && today <= *c.careCoveredThrough;
        v.reasons << (care ? WarrantyReason::UsCoveredByCare : WarrantyReason::UsNotCoveredByCare);
        v.outcome = care ? WarrantyVerdict::Outcome::Covered : WarrantyVerdict::Outcome::NeedsInspection;
        v.nextSteps << (care ? WarrantyNextStep::CareClaim : WarrantyNextStep::StoreSupport);
        v.remedyApplies = false;
        return v;
    }

    bool excluded = false;
    if (c.region != R::MainlandChina) { // R-W1: mainland China only
        v.reasons << WarrantyReason::OutsideMainland;
        excluded = true;
    }
    if (c.seller == S::Other) {
        v.reasons << WarrantyReason::NotSoldBySonyChina;
        excluded = true;
    }
    if (c.seller == S::JdCom) {
        v.reasons << WarrantyReason::JdAccountInsteadOfInvoice; // R-W2: JD's after-sales, no invoice
    } else if (!(c.hasWarrantyCard && c.hasBox && c.hasInvoice)) {
        v.reasons << WarrantyReason::DocumentsMissing;
        excluded = true;
    }
    if (!c.boxMatchesProduct) {
        v.reasons << WarrantyReason::BoxDoesNotMatch;
        excluded = true;
    }
    if (!c.purchasedOn.isValid() || today > v.warrantyLastDay) {
        v.reasons << WarrantyReason::PastWarrantyPeriod;
        excluded = true;
    }
    if (isExclusion(c.incident)) {
        v.reasons << WarrantyReason::ExcludedDamage;
        excluded = true;
    }

    if (excluded) {
        v.outcome = WarrantyVerdict::Outcome::NotCovered;
        // R-W5: a paid repair is still possible when parts exist.
        v.nextSteps << (c.partsAvailable ? WarrantyNextStep::PaidRepair : WarrantyNextStep::NoRepairOffer);
        return v;
    }
    if (c.incident == WarrantyCase::Incident::NotSure) {
        v.reasons << WarrantyReason::CauseUnknown;
        v.outcome = WarrantyVerdict::Outcome::NeedsInspection;
    } else {
        v.reasons << WarrantyReason::WithinPolicy;
        v.outcome = WarrantyVerdict::Outcome::Covered;
    }
    v.remedyApplies = true; // R-W3
    v.nextSteps << (c.seller == S::JdCom ? WarrantyNextStep::JdAfterSales : WarrantyNextStep::ServiceCentre);
    return v;
}

QList<ServiceRequest::Field> ServiceRequest::missing(const QDate &today) const
{
    QList<Field> fields;
    const auto blank = [](const QString &text) {
        return text.trimmed().isEmpty();
    };
    if (blank(customer))
        fields << Field::Customer;
    if (blank(address))
        fields << Field::Address;
    QString digits = phone;
    static const QRegularExpression separators(QStringLiteral("[\\s()+\\-.]"));
    digits.remove(separators);
    static const QRegularExpression allDigits(QStringLiteral("^\\d{7,15}$"));
    if (!allDigits.match(digits).hasMatch())
        fields << Field::Phone;
    if (blank(model))
        fields << Field::Model;
    // More than kOldestPurchaseYears back is a typo (0026 for 2026): no warranty runs that long.
    if (!purchasedOn.isValid() || purchasedOn > today || purchasedOn < today.addYears(-kOldestPurchaseYears))
        fields << Field::PurchaseDate;
    if (blank(fault))
        fields << Field::Fault;
    if (blank(request))
        fields << Field::Request;
    return fields;
}

QList<ServiceRequest::Field> ServiceRequest::unprintable() const
{
    QList<Field> fields;
    if (!TextCheck::isPrintableLine(customer))
        fields << Field::Customer;
    if (!TextCheck::isPrintableLine(address))
        fields << Field::Address;
    if (!TextCheck::isPrintableLine(model))
        fields << Field::Model;
    if (!TextCheck::isPrintableText(fault))
        fields << Field::Fault;
    if (!TextCheck::isPrintableText(request))
        fields << Field::Request;
    return fields;
}

} // namespace CareDesk
