// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "carestatus.h"

#include "appcontext.h"
#include "points/pointswording.h"
#include "session.h"

#include "core/programcalendar.h"
#include "storage/care/careservice.h"

#include <QJSEngine>
#include <QLocale>

namespace CareDesk {

namespace {
QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}
} // namespace

CareStatus::CareStatus(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

CareStatus *CareStatus::create(QQmlEngine *, QJSEngine *)
{
    CareStatus *status = AppContext::instance()->careStatus();
    QJSEngine::setObjectOwnership(status, QJSEngine::CppOwnership);
    return status;
}

void CareStatus::refresh()
{
    m_snapshot = Snapshot {};
    const AccountId account = m_context.session()->accountId();
    if (CareService *care = m_context.care(); care && account) {
        m_snapshot.signedIn = true;
        m_snapshot.today = ProgramCalendar::dateOf(m_context.clock().now());
        m_snapshot.membership = care->membership(account);
        m_snapshot.card = care->cardOnFile(account);
        m_snapshot.account = account;
        m_snapshot.messages = care->messages(account);
    }
    Q_EMIT changed();
}

const RefundQuote &CareStatus::refundQuote() const
{
    if (!m_snapshot.quote) {
        CareService *care = m_context.care();
        m_snapshot.quote
            = care && m_snapshot.signedIn ? care->refundQuote(m_snapshot.account, m_snapshot.today) : RefundQuote {};
    }
    return *m_snapshot.quote;
}

QString CareStatus::state() const
{
    return careStateCode(m_snapshot.membership.state);
}

QString CareStatus::summary() const
{
    const CareMembership m = m_snapshot.membership;
    switch (m.state) {
    case CareState::NotMember:
        return tr(
            "You are not a Care member. Care ($179.99 a year) is added to a cart that holds a qualifying product.");
    case CareState::PendingActivation:
        return tr("Your Care purchase waits for activation: sign in with the purchase email by %1, or it is cancelled "
                  "and refunded.")
            .arg(longDate(CareRules::activationDeadline(m.purchasedOn, m_context.care()->terms())));
    case CareState::Active:
        return tr("Your Care membership is active.");
    case CareState::Cancelled:
        return tr("Auto-renew is off: your Care membership and its benefits continue until %1.")
            .arg(longDate(m.renewalOn.addDays(-1)));
    case CareState::Lapsed:
        return tr("Your Care membership ended on %1. Rejoin by adding Care to a cart with a qualifying product.")
            .arg(longDate(m.renewalOn));
    case CareState::Refunded:
        return tr("Your Care membership was cancelled and refunded.");
    }
    return {};
}

bool CareStatus::hasBenefits() const
{
    return m_snapshot.membership.hasBenefits();
}

bool CareStatus::autoRenew() const
{
    const CareMembership m = m_snapshot.membership;
    return m.hasBenefits() && m.autoRenew && !m.stopAfterNextRenewal;
}

QString CareStatus::renewalText() const
{
    const CareMembership m = m_snapshot.membership;
    if (!m.hasBenefits())
        return {};
    const auto &card = m_snapshot.card;
    const QString fee = PointsWording::dollars(m_context.care()->terms().feeCents);
    const QString cardText = card ? tr("%1 ending %2").arg(card->brand, card->last4) : tr("the card on file");
    if (m.state == CareState::Active && !m.stopAfterNextRenewal)
        return tr("Renews on %1: %2 will be charged to %3.").arg(longDate(m.renewalOn), fee, cardText);
    if (m.stopAfterNextRenewal)
        return tr("Renews once more on %1 (%2 to %3), then ends on %4.")
            .arg(longDate(m.renewalOn), fee, cardText,
                longDate(CareRules::renewalDate(m.renewalOn, m_context.care()->terms()).addDays(-1)));
    return tr("Ends on %1; you will not be charged again.").arg(longDate(m.renewalOn.addDays(-1)));
}

QString CareStatus::cutoffText() const
{
    const CareMembership m = m_snapshot.membership;
    if (!m.hasBenefits() || !m.autoRenew)
        return {};
    return tr("To stop the renewal on %1, turn auto-renew off on or before %2.")
        .arg(longDate(m.renewalOn), longDate(CareRules::cancelCutoff(m.renewalOn, m_context.care()->terms())));
}

QString CareStatus::autoRenewConsequence() const
{
    const CareMembership m = m_snapshot.membership;
    if (!m.hasBenefits())
        return {};
    const CareTerms &terms = m_context.care()->terms();
    const QString fee = PointsWording::dollars(terms.feeCents);
    if (!autoRenew())
        return tr("Turning auto-renew on charges %1 on %2 and every year after, until you turn it off.")
            .arg(fee, longDate(m.renewalOn));
    if (CareRules::cancelEffect(m_snapshot.today, m.renewalOn, terms) == CancelEffect::StopsNextRenewal)
        return tr("Turning auto-renew off today means no charge on %1; your benefits continue until %2.")
            .arg(longDate(m.renewalOn), longDate(m.renewalOn.addDays(-1)));
    return tr("It is past the cut-off (%1): turning auto-renew off today still charges %2 on %3, and your "
              "membership then ends on %4.")
        .arg(longDate(CareRules::cancelCutoff(m.renewalOn, terms)), fee, longDate(m.renewalOn),
            longDate(CareRules::renewalDate(m.renewalOn, terms).addDays(-1)));
}

bool CareStatus::refundAvailable() const
{
    return m_snapshot.signedIn && refundQuote().eligible();
}

QVariantList CareStatus::refundLines() const
{
    QVariantList lines;
    if (!m_snapshot.signedIn || !m_snapshot.membership.hasBenefits())
        return lines;
    const RefundQuote &quote = refundQuote();
    for (const RefundLine &line : quote.lines) {
        QString label;
        switch (line.kind) {
        case RefundLine::Kind::Fee:
            label = tr("Care fee paid");
            break;
        case RefundLine::Kind::MemberPricing:
            label = tr("Member pricing kept (order %1)").arg(line.reference);
            break;
        case RefundLine::Kind::Discount:
            label = tr("Discount kept (order %1)").arg(line.reference);
            break;
        case RefundLine::Kind::ShippingUpgrade:
            label = tr("Shipping upgrade used (order %1)").arg(line.reference);
            break;
        case RefundLine::Kind::ComplimentaryItem:
            label = tr("Complimentary item kept (order %1)").arg(line.reference);
            break;
        }
        const bool fee = line.kind == RefundLine::Kind::Fee;
        lines << QVariantMap { { QStringLiteral("label"), label },
            { QStringLiteral("amount"),
                (fee ? QString() : QStringLiteral("−")) + PointsWording::dollars(line.cents) } };
    }
    return lines;
}

QVariantList CareStatus::refundConditions() const
{
    QVariantList conditions;
    if (!m_snapshot.signedIn || !m_snapshot.membership.hasBenefits())
        return conditions;
    const RefundQuote &quote = refundQuote();
    const auto add = [&](const QString &label, bool met) {
        conditions << QVariantMap { { QStringLiteral("label"), label }, { QStringLiteral("met"), met } };
    };
    add(tr("Asked within 30 days of the charge (through %1)").arg(longDate(quote.lastDay)), quote.withinWindow);
    add(tr("Nothing bought during this term"), quote.noPurchases);
    add(tr("Or every eligible product returned within the return window"), quote.allReturned);
    add(tr("Or every order cancelled before shipment"), quote.allCancelled);
    return conditions;
}

QString CareStatus::refundSummary() const
{
    if (!m_snapshot.signedIn || !m_snapshot.membership.hasBenefits())
        return {};
    const RefundQuote &quote = refundQuote();
    if (!quote.withinWindow)
        return tr("The 30-day refund period for this charge ended on %1.").arg(longDate(quote.lastDay));
    if (!quote.conditionsMet)
        return tr("No refund: products bought during this term were kept.");
    return tr("Refund if you cancel today: %1. Your membership ends at once.")
        .arg(PointsWording::dollars(quote.refundCents));
}

QVariantList CareStatus::messages() const
{
    QVariantList list;
    const QLocale locale;
    for (const CareMessage &message : m_snapshot.messages) {
        list << QVariantMap { { QStringLiteral("title"), messageTitle(message) },
            { QStringLiteral("body"), messageBody(message) },
            { QStringLiteral("date"),
                locale.toString(ProgramCalendar::dateOf(message.createdAt), QLocale::ShortFormat) },
            { QStringLiteral("read"), message.read } };
    }
    return list;
}

int CareStatus::unreadMessages() const
{
    int unread = 0;
    for (const CareMessage &message : m_snapshot.messages)
        unread += message.read ? 0 : 1;
    return unread;
}

QString CareStatus::setAutoRenew(bool on)
{
    const AccountId account = m_context.session()->accountId();
    if (!m_context.care() || !account || !m_context.care()->setAutoRenew(account, on, m_context.clock().now()))
        return tr("Auto-renew could not be changed. Nothing was changed.");
    refresh();
    return {};
}

QString CareStatus::requestRefund()
{
    const AccountId account = m_context.session()->accountId();
    const auto refunded
        = m_context.care() && account ? m_context.care()->refund(account, m_context.clock().now()) : std::nullopt;
    refresh();
    if (!refunded)
        return tr("No refund was made: the conditions are not met. Nothing was changed.");
    return tr("Refunded %1 to your card. Your Care membership has ended.").arg(PointsWording::dollars(*refunded));
}

void CareStatus::markAllRead()
{
    const AccountId account = m_context.session()->accountId();
    if (!m_context.care() || !account)
        return;
    for (const CareMessage &message : std::as_const(m_snapshot.messages)) {
        if (!message.read)
            m_context.care()->markRead(account, message.id);
    }
    refresh();
}

QString CareStatus::messageTitle(const CareMessage &message)
{
    if (message.kind == QLatin1String("renewal-notice"))
        return tr("Your Care membership renews on %1").arg(longDate(message.date));
    if (message.kind == QLatin1String("renewed"))
        return tr("Care renewed");
    if (message.kind == QLatin1String("lapsed-charge-failed"))
        return tr("Care could not be renewed");
    if (message.kind == QLatin1String("term-ended"))
        return tr("Care membership ended");
    if (message.kind == QLatin1String("refunded"))
        return tr("Care refunded");
    return message.kind;
}

QString CareStatus::messageBody(const CareMessage &message)
{
    if (message.kind == QLatin1String("renewal-notice"))
        return tr("On %1 we will charge %2 to your card on file. To stop it, turn auto-renew off on or before %3.")
            .arg(longDate(message.date), PointsWording::dollars(message.amount), longDate(message.secondDate));
    if (message.kind == QLatin1String("renewed"))
        return tr("We charged %1 on %2. Your next renewal is on %3.")
            .arg(PointsWording::dollars(message.amount), longDate(message.date), longDate(message.secondDate));
    if (message.kind == QLatin1String("lapsed-charge-failed"))
        return tr(
            "The renewal charge on %1 was refused (for example, the card on file has expired), so your membership "
            "ended that day. To rejoin, add Care to a cart with a qualifying product and pay with a valid card.")
            .arg(longDate(message.date));
    if (message.kind == QLatin1String("term-ended"))
        return tr("Your paid term ended on %1 and auto-renew was off.").arg(longDate(message.date.addDays(-1)));
    if (message.kind == QLatin1String("refunded"))
        return tr("We refunded %1 on %2.").arg(PointsWording::dollars(message.amount), longDate(message.secondDate));
    return {};
}

} // namespace CareDesk
