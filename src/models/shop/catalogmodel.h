// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/shop/catalog.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

class AppContext;

/// The catalog (R-K1) for browsing: search and category filter, prices with the member
/// price a Care member pays (R-C10), stock and back-order, and what each item's button
/// does: add to the cart, download (free software, R-K3) or register (training, R-K4).
class CatalogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Text searched in names, descriptions and SKUs (any language).
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    /// A category code, or "" for all.
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY filterChanged)
    /// [{ code, label }] with "" (all) first.
    Q_PROPERTY(QVariantList categories READ categories NOTIFY filterChanged)
    /// "12 items" or "No item matches …".
    Q_PROPERTY(QString resultText READ resultText NOTIFY filterChanged)

public:
    enum Role {
        SkuRole = Qt::UserRole + 1,
        NameRole, ///< in the current language
        DescriptionRole,
        KindLabelRole,
        CategoryLabelRole,
        PriceTextRole, ///< the catalog price
        MemberPriceTextRole, ///< the Care member price, or ""
        MemberPriceAppliesRole, ///< the signed-in member has Care benefits
        StockTextRole, ///< "In stock", "Back-order: ships in about 12 days", ...
        ActionRole, ///< "cart", "download" or "register"
        HasCheckoutHoursRole, ///< R-K2
        QualifyingRole, ///< earns points (R-P1)
        TrainingTextRole, ///< date, time and place of a class
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit CatalogModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString search() const;
    void setSearch(const QString &text);
    [[nodiscard]] QString category() const;
    void setCategory(const QString &category);
    [[nodiscard]] QVariantList categories() const;
    [[nodiscard]] QString resultText() const;

    /// Adds one of the row's item to the cart; returns "" or why not.
    Q_INVOKABLE QString addToCart(int row);
    /// R-K3: records the download and opens the free software's page; returns what happened.
    Q_INVOKABLE QString download(int row);

Q_SIGNALS:
    void filterChanged();

private:
    void reload();
    void refreshMemberPricing();

    AppContext *m_context;
    QList<const CatalogItem *> m_items;
    QString m_search;
    QString m_category;
    bool m_memberPricing = false; ///< the signed-in member has Care benefits (R-C10)
};

} // namespace CareDesk
