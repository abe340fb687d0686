// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/money.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace CareDesk {

/// Customer-facing words and number formats for points (current UI language).
class PointsWording
{
    Q_DECLARE_TR_FUNCTIONS(PointsWording)

public:
    /// "earn-pending" -> "Earned, pending shipment", etc. (R-P12 kinds).
    [[nodiscard]] static QString kindLabel(const QString &kind);
    /// The kinds in the order the statement filter offers them.
    [[nodiscard]] static QStringList kinds();
    /// "1,234 points" in the current locale.
    [[nodiscard]] static QString points(Points points);
    /// "$12.34": money stays US dollars, formatted in the current locale.
    [[nodiscard]] static QString dollars(Cents cents);
    /// "Order 1042" (empty for 0).
    [[nodiscard]] static QString orderRef(qint64 orderId);
    /// A date in the current locale's short format.
    [[nodiscard]] static QString date(const QDate &date);
};

} // namespace CareDesk
