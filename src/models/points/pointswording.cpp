// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "pointswording.h"

#include <QLocale>

namespace CareDesk {

QString PointsWording::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("earn-pending"))
        return tr("Earned, waiting for shipment");
    if (kind == QLatin1String("post"))
        return tr("Earned");
    if (kind == QLatin1String("void"))
        return tr("Pending points cancelled");
    if (kind == QLatin1String("redeem"))
        return tr("Used at checkout");
    if (kind == QLatin1String("restore"))
        return tr("Returned to your points");
    if (kind == QLatin1String("reverse"))
        return tr("Taken back for a return");
    if (kind == QLatin1String("expire"))
        return tr("Expired");
    if (kind == QLatin1String("forfeit"))
        return tr("Forfeited on leaving");
    if (kind == QLatin1String("adjust"))
        return tr("Price adjustment");
    if (kind == QLatin1String("bonus"))
        return tr("Bonus");
    return kind;
}

QStringList PointsWording::kinds()
{
    return { QStringLiteral("earn-pending"), QStringLiteral("post"), QStringLiteral("void"), QStringLiteral("redeem"),
        QStringLiteral("restore"), QStringLiteral("reverse"), QStringLiteral("expire"), QStringLiteral("forfeit"),
        QStringLiteral("adjust"), QStringLiteral("bonus") };
}

QString PointsWording::points(Points points)
{
    return tr("%1 points").arg(QLocale().toString(points));
}

QString PointsWording::dollars(Cents cents)
{
    // Amounts stay in US dollars whatever the UI language; only separators follow it.
    // Display only: a double holds every cent exactly up to 2^53.
    const QLocale locale;
    const QString symbol = locale.language() == QLocale::English ? QStringLiteral("$") : QStringLiteral("US$");
    return locale.toCurrencyString(double(cents) / 100.0, symbol, 2);
}

QString PointsWording::orderRef(qint64 orderId)
{
    return orderId ? tr("Order %1").arg(orderId) : QString();
}

QString PointsWording::date(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace CareDesk
