// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/datafile.h"
#include "core/money.h"
#include "core/shop/shoprules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace CareDesk {

/// R-K5: one shipping option's price and how long it travels once shipped.
struct ShippingRate
{
    ShippingOption option = ShippingOption::Ground;
    Cents priceCents = 0;
    int transitBusinessDays = 0;
};

/// A promotion code (R-K7). Members-only codes are a Care benefit (R-C10 "discounts").
struct PromoCode
{
    QString code; ///< upper case
    int percentOff = 0; ///< of each qualifying line's price after member pricing
    bool membersOnly = false; ///< Care members only
    QDate firstDay; ///< inclusive, program zone
    QDate lastDay; ///< inclusive, program zone
};

/// Section K's numbers as data (resources/shop/shop-terms.json).
struct ShopTerms
{
    QList<ShippingRate> shipping;
    /// Sales tax per US state in thousandths of a percent (6.875% = 6875), state rate only.
    QHash<QString, int> taxRates;
    QList<PromoCode> promoCodes;
    ReturnTerms returns; ///< R-K8: 30 days, 15%, $5 minimum
    int priceMatchWindowDays = 30; ///< R-K10 [decision]: parts bought in the last 30 days
    int maxQuantity = 99; ///< per cart line
    /// R-C10: Care members get this option for the price of `memberUpgradeFrom`.
    ShippingOption memberUpgradeTo = ShippingOption::TwoDay;
    ShippingOption memberUpgradeFrom = ShippingOption::Ground;

    [[nodiscard]] std::optional<ShippingRate> rate(ShippingOption option) const;
    /// Tax on `cents` in `state`, rounded half up to the cent (RULES.md conventions).
    [[nodiscard]] Cents taxOn(Cents cents, const QString &state) const;
    /// The code, case-insensitive, whatever its dates; nothing if unknown.
    [[nodiscard]] std::optional<PromoCode> promo(const QString &code) const;

    /// The defaults the shipped file also states (tests, and the fallback of nothing).
    [[nodiscard]] static ShopTerms defaults();
};

struct ShopTermsLoad
{
    std::optional<ShopTerms> terms;
    DataFileProblem problem;
};

[[nodiscard]] ShopTermsLoad parseShopTerms(const QByteArray &json, const QString &fileName);
[[nodiscard]] ShopTermsLoad loadShopTerms(const QString &path);

/// Stored and data-file words of the shipping options: "ground", "two-day", "next-day",
/// "emergency".
[[nodiscard]] QString shippingOptionCode(ShippingOption option);
[[nodiscard]] std::optional<ShippingOption> shippingOptionFromCode(const QString &code);

} // namespace CareDesk
