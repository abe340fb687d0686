// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/money.h"
#include "storage/shop/cartstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

class AppContext;

/// The cart (R-K2: it survives restarts) of the signed-in member, or of this terminal's
/// guest (cleared when the guest leaves). One change is one row's signal, never a reset;
/// a reset only when the owner changes.
class CartModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Shop.cart")
    /// Lines in the cart, saved-for-later ones included.
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    /// Units to be checked out (not saved for later).
    Q_PROPERTY(int itemCount READ itemCount NOTIFY changed)
    /// The items' subtotal as priced now (member prices applied), before shipping and tax.
    Q_PROPERTY(QString subtotalText READ subtotalText NOTIFY changed)
    /// R-K2: the cart holds parts or software while their checkout hours are closed.
    Q_PROPERTY(bool hoursBlockCheckout READ hoursBlockCheckout NOTIFY changed)
    /// What keeps this cart from checkout (R-C1, R-K2, ...), worded.
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)

public:
    enum Role {
        LineIdRole = Qt::UserRole + 1, ///< cart line id
        SkuRole,
        NameRole, ///< in the current language
        KindLabelRole,
        QuantityRole,
        UnitPriceTextRole, ///< what one unit costs now (member price for Care members)
        LineTotalTextRole,
        SavedForLaterRole, ///< kept aside (R-K2), not checked out
        HasCheckoutHoursRole, ///< a part or software (R-K2)
        AccessibleTextRole, ///< one sentence for screen readers
    };
    Q_ENUM(Role)

    CartModel(AppContext &context, QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int itemCount() const;
    [[nodiscard]] QString subtotalText() const;
    [[nodiscard]] bool hoursBlockCheckout() const;
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] const QList<CartLine> &lines() const;
    /// The cart owner: the member's account, or 0 for a guest.
    [[nodiscard]] AccountId owner() const;

    /// Adds to the cart; returns "" or why not (R-K2 hours, R-C1, R-K3/R-K4 items, quantity).
    Q_INVOKABLE QString add(const QString &sku, int quantity = 1);
    /// Returns "" or why not.
    Q_INVOKABLE QString setQuantity(int row, int quantity);
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void setSavedForLater(int row, bool saved);
    /// R-K2: moves every part and software line aside so the rest can be checked out now.
    Q_INVOKABLE void saveRestrictedForLater();
    /// Reads the cart again (sign-in, an order placed).
    Q_INVOKABLE void reload();
    /// Prices the same lines again (the clock crossed R-K2's hours, Care was bought).
    void reprice();

Q_SIGNALS:
    void changed();

private:
    void refreshSummary();
    bool canStore() const;

    AppContext &m_context;
    QList<CartLine> m_lines;
    QList<Cents> m_unitCents; ///< per line, as priced now
    QList<Cents> m_lineCents;
    Cents m_subtotal = 0;
    QStringList m_problems;
    bool m_hoursBlock = false;
};

} // namespace CareDesk
