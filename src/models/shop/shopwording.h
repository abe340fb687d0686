// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/shop/cartpricing.h"
#include "core/shop/payment.h"
#include "core/shop/shoprules.h"
#include "storage/shop/checkoutservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace CareDesk {

/// Customer-facing words of section K (current UI language): every core result of the shop
/// is a value until here.
class ShopWording
{
    Q_DECLARE_TR_FUNCTIONS(ShopWording)

public:
    /// R-K2: "Parts and software: 6:00 AM to 3:00 AM Eastern Time (7:00 PM to 4:00 PM your
    /// time). Open now, until 4:00 PM." with the reopening when closed.
    [[nodiscard]] static QString checkoutHours(const QDateTime &now, const QTimeZone &local);
    [[nodiscard]] static QString categoryLabel(const QString &category);
    [[nodiscard]] static QString kindLabel(ItemKind kind);
    [[nodiscard]] static QString shippingOption(ShippingOption option);
    [[nodiscard]] static QString cartProblem(CartProblem problem, const QDateTime &now, const QTimeZone &local);
    [[nodiscard]] static QString promoStatus(PromoStatus status);
    [[nodiscard]] static QString addressProblem(AddressCheck::Problem problem);
    [[nodiscard]] static QString cardProblem(CardProblem problem);
    [[nodiscard]] static QString paymentOutcome(Authorization::Outcome outcome);
    [[nodiscard]] static QString giftCardStatus(const GiftCardLookup &lookup);
    [[nodiscard]] static QString placeStatus(PlaceStatus status);
    [[nodiscard]] static QString trainingProblem(TrainingProblem problem);
    /// A line's status word (R-K9): "placed", "backordered", ... in the current language.
    [[nodiscard]] static QString lineStatus(const QString &status);
    /// Why a cancel, return or price match is not possible, and what to do instead.
    [[nodiscard]] static QString previewRefusal(LinePreview::Status status);
    [[nodiscard]] static QString benefitKind(const QString &kind);
    /// A time of day in `zone`, e.g. "7:00 PM", in the current locale.
    [[nodiscard]] static QString timeIn(const QDateTime &instant, const QTimeZone &zone);
};

} // namespace CareDesk
