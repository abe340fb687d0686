// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "shoprules.h"

#include "core/eligibility.h"
#include "core/programcalendar.h"
#include "core/textcheck.h"

#include <QRegularExpression>

namespace CareDesk {

namespace {
// R-K2 and R-K5 hours in New York time (cut-offs exclusive).
QTime closeTime()
{
    return QTime(3, 0);
}
QTime openTime()
{
    return QTime(6, 0);
}
QTime rushCutoff()
{
    return QTime(18, 0);
}
} // namespace

bool CheckoutHours::isOpen(const QDateTime &instant)
{
    const QTime t = ProgramCalendar::toProgramTime(instant).time();
    return !(t >= closeTime() && t < openTime());
}

QDateTime CheckoutHours::nextOpening(const QDateTime &instant)
{
    const QDateTime local = ProgramCalendar::toProgramTime(instant);
    if (isOpen(instant))
        return instant;
    return QDateTime(local.date(), openTime(), ProgramCalendar::zone());
}

QDateTime CheckoutHours::closingAfter(const QDateTime &instant)
{
    const QDateTime local = ProgramCalendar::toProgramTime(instant);
    const QDate day = local.time() < closeTime() ? local.date() : local.date().addDays(1);
    return QDateTime(day, closeTime(), ProgramCalendar::zone());
}

ShippingPlanner::ShippingPlanner(BusinessCalendar calendar)
    : m_calendar(std::move(calendar))
{ }

QDate ShippingPlanner::shipDate(ShippingOption option, const QDateTime &placedAt) const
{
    const QDateTime local = ProgramCalendar::toProgramTime(placedAt);
    const QDate day = local.date();
    switch (option) {
    case ShippingOption::NextDay:
    case ShippingOption::TwoDay:
        if (m_calendar.isBusinessDay(day) && local.time() < rushCutoff())
            return day;
        return m_calendar.nextBusinessDay(day);
    case ShippingOption::Ground:
        return m_calendar.nextBusinessDay(day);
    case ShippingOption::EmergencyAfterHours:
        return day; // the next available flight, whatever the day
    }
    return day;
}

QDate ShippingPlanner::backorderShipDate(const QDate &arrivesOn) const
{
    return m_calendar.nextBusinessDay(arrivesOn);
}

QDate ShippingPlanner::deliveryDate(const QDate &shipOn, int transitBusinessDays) const
{
    return m_calendar.addBusinessDays(shipOn, transitBusinessDays);
}

const BusinessCalendar &ShippingPlanner::calendar() const
{
    return m_calendar;
}

QList<AddressCheck::Problem> AddressCheck::check(const ShippingAddress &a)
{
    QList<Problem> problems;
    if (a.name.trimmed().isEmpty())
        problems << Problem::NameMissing;
    else if (!TextCheck::isPrintableLine(a.name))
        problems << Problem::NameUnprintable;
    if (a.street.trimmed().isEmpty())
        problems << Problem::StreetMissing;
    else if (!TextCheck::isPrintableLine(a.street))
        problems << Problem::StreetUnprintable;
    else if (isPoBox(a.street))
        problems << Problem::PoBox;
    if (a.city.trimmed().isEmpty())
        problems << Problem::CityMissing;
    else if (!TextCheck::isPrintableLine(a.city))
        problems << Problem::CityUnprintable;
    if (!Eligibility::isUsState(a.state))
        problems << Problem::StateInvalid;
    // ASCII digits only: \d would also take Arabic-Indic and other scripts' digits.
    static const QRegularExpression zip(QStringLiteral("^[0-9]{5}(-[0-9]{4})?$"));
    if (!zip.match(a.zip.trimmed()).hasMatch())
        problems << Problem::ZipInvalid;
    return problems;
}

bool AddressCheck::isPoBox(const QString &street)
{
    // Normalized first so spelling variants meet: "P.O. Box #12" -> "p o box 12".
    static const QRegularExpression punctuation(QStringLiteral("[.,#]"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString s = street.toLower();
    s.replace(punctuation, QStringLiteral(" "));
    s = s.replace(spaces, QStringLiteral(" ")).trimmed();
    static const QRegularExpression poBox(QStringLiteral("\\b(p ?o|post office|postal) ?box\\b"));
    static const QRegularExpression pob(QStringLiteral("\\bpob ?\\d+"));
    static const QRegularExpression boxAlone(QStringLiteral("^box ?\\d+$"));
    // A street that merely contains "box" (Boxwood Rd, Box Elder St) matches none of these.
    return poBox.match(s).hasMatch() || pob.match(s).hasMatch() || boxAlone.match(s).hasMatch();
}

bool CardCheck::luhnValid(const QString &number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return false;
    }
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (int i = int(digits.size()) - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

QString CardCheck::brandOf(const QString &number)
{
    QString digits = number;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (digits.startsWith(QLatin1Char('4')))
        return QStringLiteral("Visa");
    const int two = QStringView(digits).left(2).toInt();
    const int four = QStringView(digits).left(4).toInt();
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return QStringLiteral("Mastercard");
    if (two == 34 || two == 37)
        return QStringLiteral("American Express");
    if (digits.startsWith(QLatin1String("6011")) || two == 65)
        return QStringLiteral("Discover");
    return {};
}

bool CardCheck::notExpired(int expiryYear, int expiryMonth, const QDateTime &now)
{
    const QDate first(expiryYear, expiryMonth, 1);
    return first.isValid() && ProgramCalendar::dateOf(now) <= QDate(expiryYear, expiryMonth, first.daysInMonth());
}

ReturnQuote ReturnRules::quote(
    const QDate &purchasedOn, const QDate &today, Cents lineNetCents, Cents paidCashCents, const ReturnTerms &terms)
{
    ReturnQuote q;
    q.selfService = ProgramCalendar::isWithinDays(purchasedOn, terms.windowDays, today);
    if (!q.selfService)
        return q;
    q.restockingFee = std::min(
        lineNetCents, std::max<Cents>(terms.restockMinimumCents, percentOf(lineNetCents, terms.restockPercent)));
    const Cents cash = std::clamp<Cents>(paidCashCents, 0, lineNetCents);
    q.feeFromCash = std::min(cash, q.restockingFee);
    q.feeFromPoints = q.restockingFee - q.feeFromCash;
    q.cashRefund = cash - q.feeFromCash;
    return q;
}

} // namespace CareDesk
