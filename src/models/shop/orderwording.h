// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/shop/checkoutservice.h"
#include "storage/shop/orderstore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace CareDesk {

/// The order history's words (R-K9) and the preview of a cancel, return or price match
/// (R-K8, R-K10, R-P6, R-P7) in the current language: every amount that will move, one
/// sentence each, so the customer reads it before confirming.
class OrderWording
{
    Q_DECLARE_TR_FUNCTIONS(OrderWording)

public:
    /// "Delivered: 2 · Cancelled: 1", the order's lines counted by status.
    [[nodiscard]] static QString orderStatus(const OrderSummary &summary);
    /// "Wireless earbuds and 1 more item".
    [[nodiscard]] static QString orderTitle(const OrderSummary &summary);
    /// "Redeemed 1,200 points · earns 350 points".
    [[nodiscard]] static QString orderPoints(const OrderSummary &summary);
    /// Where the line is on its way: promised ship and delivery days, tracking, delivery.
    [[nodiscard]] static QString lineDelivery(const OrderLineRecord &line);
    /// What the line cost and what came back of it.
    [[nodiscard]] static QString lineAmount(const OrderLineRecord &line);
    [[nodiscard]] static QString linePoints(const OrderLineRecord &line);
    /// The order's totals, one line each (subtotal, savings, shipping, tax, tender).
    [[nodiscard]] static QStringList orderTotals(const OrderRecord &order);
    [[nodiscard]] static QString orderShipping(const OrderRecord &order);

    enum class Action { Cancel, Return, PriceMatch };
    /// The preview's lines: refund and where it goes, fee, points back and taken back.
    [[nodiscard]] static QStringList previewLines(Action action, const LinePreview &preview);
    /// "Cancel 1 × Wireless earbuds?" and friends.
    [[nodiscard]] static QString previewTitle(Action action, const LinePreview &preview);
    [[nodiscard]] static QString confirmLabel(Action action);
    /// What happened after confirming.
    [[nodiscard]] static QString actionResult(Action action, const ActionResult &result);
};

} // namespace CareDesk
