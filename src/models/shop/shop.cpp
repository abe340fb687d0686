// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "shop.h"

#include "appclock.h"
#include "appcontext.h"
#include "cartmodel.h"
#include "checkout.h"
#include "language.h"
#include "session.h"
#include "shopwording.h"

#include "core/shop/shoprules.h"

#include <QJSEngine>
#include <QTimeZone>

namespace CareDesk {

Shop::Shop(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_cart(new CartModel(context, this))
    , m_checkout(new Checkout(context, this))
    , m_partsOpen(CheckoutHours::isOpen(context.clock().now()))
{
    connect(m_context.appClock(), &AppClock::ticked, this, [this] {
        Q_EMIT hoursChanged();
        // R-K2: when the parts window opens or closes, what the cart may check out changes.
        if (partsOpen() != m_partsOpen) {
            m_partsOpen = partsOpen();
            m_cart->reprice();
        }
    });
    connect(m_context.language(), &Language::currentChanged, this, &Shop::hoursChanged);
    connect(m_cart, &CartModel::changed, m_checkout, &Checkout::refresh);
    connect(m_context.session(), &Session::stateChanged, this, [this] {
        // A guest's cart and orders never outlive the guest (shared terminals).
        if (m_context.session()->state() != Session::State::Guest) {
            m_guestOrders.clear();
            if (CheckoutService *shop = m_context.checkout())
                shop->cart().clear(0);
        }
    });
}

Shop::~Shop() = default;

Shop *Shop::create(QQmlEngine *, QJSEngine *)
{
    Shop *shop = AppContext::instance()->shop();
    QJSEngine::setObjectOwnership(shop, QJSEngine::CppOwnership);
    return shop;
}

CartModel *Shop::cart() const
{
    return m_cart;
}

Checkout *Shop::checkout() const
{
    return m_checkout;
}

bool Shop::partsOpen() const
{
    return CheckoutHours::isOpen(m_context.clock().now());
}

QString Shop::hoursText() const
{
    return ShopWording::checkoutHours(m_context.clock().now(), QTimeZone::systemTimeZone());
}

QList<qint64> Shop::guestOrders() const
{
    return m_guestOrders;
}

bool Shop::isCustomersOrder(qint64 orderId, AccountId orderAccount) const
{
    if (m_context.session()->isGuest())
        return orderAccount == 0 && m_guestOrders.contains(orderId);
    return orderAccount != 0 && orderAccount == m_context.session()->accountId();
}

void Shop::notifyOrdersChanged(const QList<qint64> &orderIds)
{
    if (!orderIds.isEmpty())
        Q_EMIT ordersChanged(orderIds);
}

void Shop::notifyOrderPlaced(qint64 orderId)
{
    if (m_context.session()->isGuest())
        m_guestOrders.append(orderId);
    m_cart->reload();
    Q_EMIT orderPlaced(orderId);
}

} // namespace CareDesk
