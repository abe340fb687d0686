// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "money.h"

#include <QRegularExpression>

namespace CareDesk {

std::optional<Cents> parseDollars(const QString &text)
{
    QString t = text.trimmed();
    if (t.startsWith(QLatin1Char('$')))
        t.remove(0, 1);
    t.remove(QLatin1Char(','));
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const Cents dollars = m.captured(1).toLongLong();
    QString fraction = m.captured(2);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    const Cents cents = dollars * 100 + fraction.toLongLong();
    if (cents > kMaxCents)
        return std::nullopt;
    return cents;
}

QString centsToPlainString(Cents amount)
{
    const bool negative = amount < 0;
    const quint64 magnitude = negative ? quint64(-(amount + 1)) + 1 : quint64(amount);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace CareDesk
