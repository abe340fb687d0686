// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/datafile.h"
#include "core/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace CareDesk {

/// R-K1: what the store sells.
enum class ItemKind {
    Product, ///< qualifying or not (R-P1)
    Part, ///< R-K2 hours, R-K10 price match, earns nothing
    Software, ///< paid (R-K2 hours, in the cart) or free (R-K3, downloaded without the cart)
    Training, ///< R-K4: its own one-student checkout
    CareMembership, ///< R-C1: bought in a cart holding a qualifying product
};

/// A text shipped in the three UI languages (catalog data, not UI strings).
struct LocalizedText
{
    QString en;
    QString zhCN;
    QString zhTW;
    /// The text in "en", "zh_CN" or "zh_TW", falling back to English.
    [[nodiscard]] QString in(const QString &language) const;
    /// Does any language's text contain `needle` (case-insensitive)?
    [[nodiscard]] bool contains(const QString &needle) const;
};

/// One catalog entry. Prices are cents; every number comes from resources/shop/catalog.json.
struct CatalogItem
{
    QString sku;
    ItemKind kind = ItemKind::Product;
    QString category; ///< "audio", "cameras", "tv", "accessories", "parts", "software", "training", "care"
    LocalizedText name;
    LocalizedText description;
    Cents priceCents = 0;
    Cents memberPriceCents = 0; ///< R-C10 member pricing (0: none)
    bool qualifying = false; ///< R-P1: earns points; R-C1: lets Care into the cart
    bool taxable = true;
    int stock = 0; ///< units on hand
    int backorderDays = 0; ///< days until more arrive when out of stock (0: cannot be back-ordered)
    QString complimentarySku; ///< R-C10: given free to Care members with this item
    QString downloadUrl; ///< R-K3: free software only
    QDateTime trainingStart; ///< R-K4: training only
    LocalizedText trainingLocation;

    [[nodiscard]] bool isFreeSoftware() const
    {
        return kind == ItemKind::Software && priceCents == 0;
    }
    /// Goes into the cart (free software and training have their own paths: R-K3, R-K4).
    [[nodiscard]] bool goesInCart() const
    {
        return kind != ItemKind::Training && !isFreeSoftware();
    }
    /// Leaves the warehouse in a box (software downloads, Care and training do not).
    [[nodiscard]] bool ships() const
    {
        return kind == ItemKind::Product || kind == ItemKind::Part;
    }
    /// R-K2: only added and checked out from 6:00 a.m. to 3:00 a.m. ET.
    [[nodiscard]] bool hasCheckoutHours() const
    {
        return kind == ItemKind::Part || kind == ItemKind::Software;
    }
};

/// The catalog, loaded from data; items keep the file's order.
class Catalog
{
public:
    Catalog() = default;
    explicit Catalog(QList<CatalogItem> items);

    [[nodiscard]] const QList<CatalogItem> &items() const;
    [[nodiscard]] const CatalogItem *find(const QString &sku) const;
    /// The Care membership entry (R-C1), if the catalog sells it.
    [[nodiscard]] const CatalogItem *careItem() const;
    /// Items matching `text` (name, description or SKU, any language, case-insensitive) in
    /// `category` ("" for all), in catalog order.
    [[nodiscard]] QList<const CatalogItem *> search(const QString &text, const QString &category) const;
    /// Category codes in first-seen order.
    [[nodiscard]] QStringList categories() const;

private:
    QList<CatalogItem> m_items;
};

struct CatalogLoad
{
    std::optional<Catalog> catalog;
    DataFileProblem problem;
};

/// Parses a catalog JSON document; every problem names the file and the line.
[[nodiscard]] CatalogLoad parseCatalog(const QByteArray &json, const QString &fileName);
[[nodiscard]] CatalogLoad loadCatalog(const QString &path);

} // namespace CareDesk
