// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "warrantyhelp.h"

#include "appcontext.h"
#include "language.h"
#include "session.h"

#include "core/care/careterms.h"
#include "core/programcalendar.h"
#include "core/warranty/warrantyverdict.h"
#include "storage/care/careservice.h"
#include "storage/warranty/warrantystore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace CareDesk {

namespace {
QVariantMap choice(int value, const QString &label)
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("label"), label } };
}

QJsonArray categories()
{
    QFile file(QStringLiteral(":/warranty/categories.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("categories")).toArray();
}
} // namespace

WarrantyHelp::WarrantyHelp(QObject *parent)
    : QObject(parent)
    , m_context(AppContext::instance())
{
    if (m_context) {
        connect(m_context->language(), &Language::currentChanged, this, &WarrantyHelp::languageChanged);
        connect(m_context->session(), &Session::stateChanged, this, &WarrantyHelp::requestsChanged);
    }
}

QVariantList WarrantyHelp::regionChoices() const
{
    using R = WarrantyCase::Region;
    return { choice(int(R::MainlandChina), tr("Mainland China")), choice(int(R::HongKong), tr("Hong Kong")),
        choice(int(R::Macau), tr("Macau")), choice(int(R::Taiwan), tr("Taiwan")),
        choice(int(R::UnitedStates), tr("United States")), choice(int(R::Other), tr("Somewhere else")) };
}

QVariantList WarrantyHelp::sellerChoices() const
{
    using S = WarrantyCase::Seller;
    return { choice(int(S::SonyChina), tr("Sony China or an authorized dealer")),
        choice(int(S::JdCom), tr("JD.com (京东)")), choice(int(S::Other), tr("Another seller")) };
}

QVariantList WarrantyHelp::incidentChoices() const
{
    using I = WarrantyCase::Incident;
    return { choice(int(I::StoppedWorking), tr("It just stopped working")),
        choice(int(I::NotSure), tr("I am not sure what happened")),
        choice(int(I::ConsumableWear), tr("Worn parts (ear pads, battery ageing)")),
        choice(int(I::LightningOrPower), tr("Lightning or a power surge")),
        choice(int(I::Handling), tr("It was dropped, crushed or knocked")),
        choice(int(I::Liquid), tr("Water, moisture or another liquid")),
        choice(int(I::ForeignObject), tr("Something got inside it")),
        choice(int(I::ForceMajeure), tr("An accident, disaster or war")),
        choice(int(I::SelfRepair), tr("It was opened, modified or repaired by someone not authorized")),
        choice(int(I::AgainstManual), tr("It was used or stored against the manual")) };
}

QVariantList WarrantyHelp::categoryChoices() const
{
    const QString language = m_context ? m_context->language()->current() : QStringLiteral("en");
    QVariantList list;
    const QJsonArray all = categories();
    for (const QJsonValue &value : all) {
        const QJsonObject object = value.toObject();
        const QString label = object.value(language).toString(object.value(QStringLiteral("en")).toString());
        list << QVariantMap { { QStringLiteral("value"), object.value(QStringLiteral("id")).toString() },
            { QStringLiteral("label"), label },
            { QStringLiteral("months"), object.value(QStringLiteral("months")).toInt() } };
    }
    return list;
}

QVariantList WarrantyHelp::jdSteps() const
{
    // R-W6: the menu names stay as on the site (Simplified Chinese) in every language.
    const auto step = [](const QString &text, const QString &menu, const QString &note) {
        return QVariantMap { { QStringLiteral("text"), text }, { QStringLiteral("menu"), menu },
            { QStringLiteral("menuNote"), note } };
    };
    return { step(tr("Sign in to JD.com with your account."), QString(), QString()),
        step(tr("Open your account page (click your user name)."), QStringLiteral("我的京东"), tr("My JD")),
        step(tr("In the left column, under Customer Service, choose Repair/Return/Exchange."),
            QStringLiteral("客户服务 → 返修退换货"), tr("Customer Service → Repair/Return/Exchange")),
        step(tr("Choose Apply for after-sales."), QStringLiteral("申请售后"), tr("Apply for after-sales")),
        step(tr("Pick the item, apply, and describe the problem. No invoice is needed."), QString(), QString()),
        step(tr("Wait for the review; if JD asks for details, add them through customer service."), QString(),
            QString()) };
}

QVariantList WarrantyHelp::requests() const
{
    QVariantList list;
    const AccountId account = m_context ? m_context->session()->accountId() : 0;
    if (!account)
        return list;
    const QLocale locale;
    for (const SavedServiceRequest &saved : WarrantyStore(m_context->database().connection()).requests(account)) {
        list << QVariantMap { { QStringLiteral("title"), tr("Request %1: %2").arg(saved.id).arg(saved.request.model) },
            { QStringLiteral("detail"),
                tr("%1, bought %2: %3")
                    .arg(saved.request.request, locale.toString(saved.request.purchasedOn, QLocale::ShortFormat),
                        saved.request.fault) },
            { QStringLiteral("status"),
                saved.status == QLatin1String("submitted") ? tr("Submitted, waiting for the service centre")
                                                           : saved.status } };
    }
    return list;
}

QVariantMap WarrantyHelp::check(int region, int seller, const QString &category, const QString &purchaseDate,
    bool hasCard, bool hasBox, bool hasInvoice, bool boxMatches, int incident, bool partsAvailable) const
{
    QVariantMap result;
    WarrantyCase c;
    c.region = WarrantyCase::Region(std::clamp(region, 0, int(WarrantyCase::Region::Other)));
    c.seller = WarrantyCase::Seller(std::clamp(seller, 0, int(WarrantyCase::Seller::Other)));
    c.incident = WarrantyCase::Incident(std::clamp(incident, 0, int(WarrantyCase::Incident::AgainstManual)));
    c.purchasedOn = QDate::fromString(purchaseDate.trimmed(), Qt::ISODate);
    const QDate today = m_context ? ProgramCalendar::dateOf(m_context->clock().now()) : QDate();
    if (!today.isValid() || !c.purchasedOn.isValid() || c.purchasedOn > today) {
        result[QStringLiteral("outcome")] = QStringLiteral("incomplete");
        result[QStringLiteral("title")] = tr("Enter the purchase date as year-month-day, for example 2026-05-01.");
        return result;
    }
    c.warrantyMonths = 12;
    for (const QVariant &value : categoryChoices()) {
        if (value.toMap().value(QStringLiteral("value")).toString() == category)
            c.warrantyMonths = value.toMap().value(QStringLiteral("months")).toInt();
    }
    c.hasWarrantyCard = hasCard;
    c.hasBox = hasBox;
    c.hasInvoice = hasInvoice;
    c.boxMatchesProduct = boxMatches;
    c.partsAvailable = partsAvailable;
    // R-W8/R-C9: a US product bought while the member had Care is covered for two years.
    const AccountId account = m_context ? m_context->session()->accountId() : 0;
    if (account && m_context->care()) {
        const CareMembership care = m_context->care()->membership(account);
        if (care.hasBenefits() && c.purchasedOn >= care.purchasedOn)
            c.careCoveredThrough = CareRules::coverageLastDay(c.purchasedOn, m_context->care()->terms());
    }
    const WarrantyVerdict v = WarrantyRules::verdict(c, today);
    const QLocale locale;
    switch (v.outcome) {
    case WarrantyVerdict::Outcome::Covered:
        result[QStringLiteral("outcome")] = QStringLiteral("covered");
        result[QStringLiteral("title")] = tr("Covered");
        break;
    case WarrantyVerdict::Outcome::NotCovered:
        result[QStringLiteral("outcome")] = QStringLiteral("not-covered");
        result[QStringLiteral("title")] = tr("Not covered by the warranty");
        break;
    case WarrantyVerdict::Outcome::NeedsInspection:
        result[QStringLiteral("outcome")] = QStringLiteral("needs-inspection");
        result[QStringLiteral("title")] = tr("Needs an inspection");
        break;
    }
    QStringList reasons;
    const QString lastDay
        = v.warrantyLastDay.isValid() ? locale.toString(v.warrantyLastDay, QLocale::LongFormat) : QString();
    for (WarrantyReason reason : v.reasons) {
        QString text;
        switch (reason) {
        case WarrantyReason::OutsideMainland:
            text = tr(
                "Sony China's warranty is a company policy valid in mainland China only, not in Hong Kong, Macau or "
                "Taiwan (and it is not the statutory \"three guarantees\").");
            break;
        case WarrantyReason::NotSoldBySonyChina:
            text = tr("The product was not sold by Sony China or an authorized dealer.");
            break;
        case WarrantyReason::DocumentsMissing:
            text = tr("The warranty card, the product box and the original invoice must all be shown together.");
            break;
        case WarrantyReason::JdAccountInsteadOfInvoice:
            text = tr("Bought on JD.com: JD's after-sales service in your JD account handles it, no invoice needed.");
            break;
        case WarrantyReason::BoxDoesNotMatch:
            text = tr("The box does not match the product.");
            break;
        case WarrantyReason::PastWarrantyPeriod:
            text = tr("The warranty period ended on %1.").arg(lastDay);
            break;
        case WarrantyReason::ExcludedDamage:
            text = tr("What happened is excluded from the warranty: %1.")
                       .arg(incidentChoices().value(int(c.incident)).toMap().value(QStringLiteral("label")).toString());
            break;
        case WarrantyReason::CauseUnknown:
            text = tr("The cause is not known yet: the service centre inspects the product first. Within the warranty "
                      "(until %1) and with no excluded cause, the repair is free.")
                       .arg(lastDay);
            break;
        case WarrantyReason::WithinPolicy:
            text = tr("Bought from Sony China or an authorized dealer in mainland China, within the warranty period "
                      "(until %1), documents in order, and the fault is not excluded.")
                       .arg(lastDay);
            break;
        case WarrantyReason::UsCoveredByCare:
            text = tr("Bought in the US while you were a Care member: protected until %1 as long as your membership "
                      "stays active.")
                       .arg(locale.toString(*c.careCoveredThrough, QLocale::LongFormat));
            break;
        case WarrantyReason::UsNotCoveredByCare:
            text
                = tr("A US purchase without Care protection: the store's warranty policy for defective items applies.");
            break;
        }
        reasons << QStringLiteral("%1 (%2)").arg(text, WarrantyRules::ruleOf(reason));
    }
    result[QStringLiteral("reasons")] = reasons;
    result[QStringLiteral("remedy")] = v.remedyApplies
        ? tr("The service centre repairs the product, or replaces it with the same model or one of no lower "
             "specification. "
             "A replacement does not extend or restart the warranty, and replaced parts are not returned (R-W3).")
        : QString();
    QStringList steps;
    for (WarrantyNextStep step : v.nextSteps) {
        switch (step) {
        case WarrantyNextStep::JdAfterSales:
            steps << tr("Apply for after-sales in your JD.com account: see the JD.com steps below.");
            break;
        case WarrantyNextStep::ServiceCentre:
            steps << tr(
                "Take the product with its warranty card, box and original invoice to a Sony service centre, or "
                "send a service request below.");
            break;
        case WarrantyNextStep::PaidRepair:
            steps << tr("A paid repair is still possible while parts exist: send a service request below (R-W5).");
            break;
        case WarrantyNextStep::NoRepairOffer:
            steps << tr("Parts for this product are no longer available, so no repair can be offered.");
            break;
        case WarrantyNextStep::CareClaim:
            steps << tr("Contact the Care support line to claim under your Care protection.");
            break;
        case WarrantyNextStep::StoreSupport:
            steps << tr("Contact store support: defective items follow the store's warranty policy.");
            break;
        }
    }
    result[QStringLiteral("steps")] = steps;
    return result;
}

QStringList WarrantyHelp::validateRequest(const QString &customer, const QString &address, const QString &phone,
    const QString &model, const QString &purchaseDate, const QString &fault, const QString &request) const
{
    const ServiceRequest r { customer, address, phone, model, QDate::fromString(purchaseDate.trimmed(), Qt::ISODate),
        fault, request };
    const QDate today = m_context ? ProgramCalendar::dateOf(m_context->clock().now()) : QDate();
    QStringList problems;
    for (ServiceRequest::Field field : r.missing(today)) {
        switch (field) {
        case ServiceRequest::Field::Customer:
            problems << tr("Your name is missing.");
            break;
        case ServiceRequest::Field::Address:
            problems << tr("The address is missing.");
            break;
        case ServiceRequest::Field::Phone:
            problems << tr("The phone number is missing or is not a number (7 to 15 digits).");
            break;
        case ServiceRequest::Field::Model:
            problems << tr("The product model is missing.");
            break;
        case ServiceRequest::Field::PurchaseDate:
            problems << tr("The purchase date is missing, in the future or more than %1 years ago (year-month-day).")
                            .arg(ServiceRequest::kOldestPurchaseYears);
            break;
        case ServiceRequest::Field::Fault:
            problems << tr("The description of the fault is missing.");
            break;
        case ServiceRequest::Field::Request:
            problems << tr("What you want (repair, replacement, ...) is missing.");
            break;
        }
    }
    for (ServiceRequest::Field field : r.unprintable()) {
        switch (field) {
        case ServiceRequest::Field::Customer:
            problems << tr("Your name contains line breaks or other control characters. Type it on one line.");
            break;
        case ServiceRequest::Field::Address:
            problems << tr("The address contains line breaks or other control characters. Type it on one line.");
            break;
        case ServiceRequest::Field::Model:
            problems << tr("The product model contains line breaks or other control characters. Type it as "
                           "printed on the product.");
            break;
        case ServiceRequest::Field::Fault:
        case ServiceRequest::Field::Request:
            problems << tr("The description contains control characters that cannot be sent. Type it again "
                           "or paste it as plain text.");
            break;
        case ServiceRequest::Field::Phone:
        case ServiceRequest::Field::PurchaseDate:
            break; // checked with the missing fields
        }
    }
    return problems;
}

QStringList WarrantyHelp::submitRequest(const QString &customer, const QString &address, const QString &phone,
    const QString &model, const QString &purchaseDate, const QString &fault, const QString &request)
{
    const ServiceRequest r { customer, address, phone, model, QDate::fromString(purchaseDate.trimmed(), Qt::ISODate),
        fault, request };
    const QStringList problems = validateRequest(customer, address, phone, model, purchaseDate, fault, request);
    if (!problems.isEmpty())
        return problems;
    const AccountId account = m_context ? m_context->session()->accountId() : 0;
    if (!account)
        return { tr("Sign in to send a service request; guests can use the coverage check.") };
    if (!WarrantyStore(m_context->database().connection()).submit(account, r, m_context->clock().now()))
        return { tr("The request could not be saved. Nothing was changed; please try again.") };
    Q_EMIT requestsChanged();
    return {};
}

} // namespace CareDesk
