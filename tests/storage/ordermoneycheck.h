// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/sql.h"

#include <QSqlDatabase>
#include <QString>

/// The shop's money invariants over every order (issue #9, R-K7): no order without its
/// lines; what was charged (card + gift card) equals the total less the points' value; what
/// was refunded equals the lines' refunds plus the shipping refunded; no payment without its
/// order; an order's redeemed points equal its redemptions (nothing redeemed twice).
/// Returns "" or the first broken invariant with the order it broke on. Set-based, so a crash
/// run can check thousands of orders after every kill.
inline QString orderMoneyProblem(const QSqlDatabase &c)
{
    const auto firstOrder = [&c](const char *where) -> qint64 {
        const auto id = CareDesk::Sql::scalar(
            c, QStringLiteral("SELECT COALESCE(MIN(o.id), 0) FROM orders o WHERE ") + QLatin1String(where));
        return id ? id->toLongLong() : -1;
    };
    const struct
    {
        const char *where;
        const char *problem;
    } checks[] = {
        { "NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)", "has no lines" },
        { "o.total_cents - o.points_value_cents != (SELECT COALESCE(SUM(p.amount_cents), 0) FROM order_payments p "
          "WHERE p.order_id = o.id AND p.kind LIKE '%-charge')",
            "was charged other than its total less its points" },
        { "(SELECT COALESCE(SUM(p.amount_cents), 0) FROM order_payments p WHERE p.order_id = o.id AND p.kind LIKE "
          "'%-refund') != o.shipping_refund_cents + (SELECT COALESCE(SUM(l.refund_cents), 0) FROM order_lines l "
          "WHERE l.order_id = o.id)",
            "was refunded other than its lines' refunds" },
        { "o.account_id IS NOT NULL AND o.points_redeemed != (SELECT COALESCE(SUM(r.points), 0) FROM "
          "points_redemptions r WHERE r.order_id = o.id)",
            "redeemed other points than its redemptions" },
    };
    for (const auto &check : checks) {
        const qint64 id = firstOrder(check.where);
        if (id != 0)
            return QStringLiteral("order %1 %2").arg(id).arg(QLatin1String(check.problem));
    }
    const auto orphans = CareDesk::Sql::scalar(c,
        QStringLiteral("SELECT count(*) FROM order_payments p WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = "
                       "p.order_id)"));
    if (!orphans || orphans->toLongLong() != 0)
        return QStringLiteral("a payment without its order");
    return {};
}
