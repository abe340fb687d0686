// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/accountstore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace CareDesk {

class AppContext;
class CartModel;
class Checkout;

/// The shop for QML (issue #6): the signed-in member's (or this terminal's guest's) cart and
/// checkout, the R-K2 checkout hours in the customer's own time, and the notices other
/// models reload on (an order placed, lines shipped, cancelled or returned).
class Shop : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The cart's lines (CartModel).
    Q_PROPERTY(CareDesk::CartModel *cart READ cart CONSTANT)
    /// The checkout form and its live review (Checkout).
    Q_PROPERTY(CareDesk::Checkout *checkout READ checkout CONSTANT)
    /// R-K2: parts and software can be ordered right now.
    Q_PROPERTY(bool partsOpen READ partsOpen NOTIFY hoursChanged)
    /// R-K2: the window in New York time and in the customer's, and when it next changes.
    Q_PROPERTY(QString hoursText READ hoursText NOTIFY hoursChanged)

public:
    Shop(AppContext &context, QObject *parent);
    ~Shop() override;
    static Shop *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] CartModel *cart() const;
    [[nodiscard]] Checkout *checkout() const;
    [[nodiscard]] bool partsOpen() const;
    [[nodiscard]] QString hoursText() const;

    /// Orders placed during this guest session (a guest has no history to look up).
    [[nodiscard]] QList<qint64> guestOrders() const;
    /// Whether the customer at this terminal may see and change order `orderId`: a member
    /// their own account's orders, a guest only the orders of this guest session.
    [[nodiscard]] bool isCustomersOrder(qint64 orderId, AccountId orderAccount) const;

    /// Tells every order view that these orders changed (fulfilment, cancel, return...).
    void notifyOrdersChanged(const QList<qint64> &orderIds);
    /// A new order exists: the cart emptied, the history gains a row.
    void notifyOrderPlaced(qint64 orderId);

Q_SIGNALS:
    void hoursChanged();
    void ordersChanged(const QList<qint64> &orderIds);
    void orderPlaced(qint64 orderId);

private:
    AppContext &m_context;
    CartModel *m_cart = nullptr;
    Checkout *m_checkout = nullptr;
    QList<qint64> m_guestOrders;
    bool m_partsOpen = true;
};

} // namespace CareDesk
