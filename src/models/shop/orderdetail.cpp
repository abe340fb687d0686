// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "orderdetail.h"

#include "appcontext.h"
#include "pointswording.h"
#include "session.h"
#include "shop.h"
#include "shopwording.h"

#include "core/programcalendar.h"
#include "storage/shop/checkoutservice.h"

#include <QLocale>

namespace CareDesk {

OrderDetail::OrderDetail(QObject *parent)
    : OrderDetail(AppContext::instance(), parent)
{ }

OrderDetail::OrderDetail(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_lines(new OrderLinesModel(this))
{
    if (m_context && m_context->shop()) {
        connect(m_context->shop(), &Shop::ordersChanged, this, &OrderDetail::ordersChanged);
        connect(m_context->session(), &Session::stateChanged, this, [this] {
            show(0);
        });
    }
}

AccountId OrderDetail::account() const
{
    return m_context ? m_context->session()->accountId() : 0;
}

qint64 OrderDetail::orderId() const
{
    return m_orderId;
}

void OrderDetail::show(qint64 orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    closePreview();
    if (!m_result.isEmpty()) {
        m_result.clear();
        Q_EMIT resultChanged();
    }
    reload();
}

void OrderDetail::reload()
{
    m_order.reset();
    m_benefits.clear();
    if (m_context && m_context->checkout() && m_orderId > 0) {
        const OrderStore &store = m_context->checkout()->orders();
        auto order = store.order(m_orderId);
        // Only the customer's own orders (Shop::isCustomersOrder).
        if (order && m_context->shop()->isCustomersOrder(order->id, order->account)) {
            m_order = std::move(order);
            m_benefits = store.benefits(m_orderId);
        }
    }
    m_lines->setLines(m_order ? m_context->checkout()->orders().lines(m_orderId) : QList<OrderLineRecord>());
    Q_EMIT orderChanged();
}

void OrderDetail::ordersChanged(const QList<qint64> &orderIds)
{
    if (m_orderId > 0 && orderIds.contains(m_orderId))
        reload();
}

bool OrderDetail::hasOrder() const
{
    return m_order.has_value();
}

QString OrderDetail::heading() const
{
    if (!m_order)
        return {};
    return tr("%1, placed %2")
        .arg(PointsWording::orderRef(m_order->id),
            QLocale().toString(ProgramCalendar::toProgramTime(m_order->placedAt), QLocale::ShortFormat));
}

QString OrderDetail::shippingText() const
{
    return m_order ? OrderWording::orderShipping(*m_order) : QString();
}

QStringList OrderDetail::totals() const
{
    return m_order ? OrderWording::orderTotals(*m_order) : QStringList();
}

QStringList OrderDetail::benefits() const
{
    QStringList list;
    for (const OrderBenefit &b : m_benefits)
        list << tr("%1: %2").arg(ShopWording::benefitKind(b.kind), PointsWording::dollars(b.valueCents));
    return list;
}

OrderLinesModel *OrderDetail::lines() const
{
    return m_lines;
}

QString OrderDetail::previewTitle() const
{
    return m_previewOpen ? OrderWording::previewTitle(m_action, m_preview) : QString();
}

QStringList OrderDetail::previewLines() const
{
    return m_previewOpen ? OrderWording::previewLines(m_action, m_preview) : QStringList();
}

bool OrderDetail::previewAllowed() const
{
    return m_previewOpen && m_preview.allowed();
}

QString OrderDetail::confirmLabel() const
{
    return OrderWording::confirmLabel(m_action);
}

bool OrderDetail::previewWarranty() const
{
    return m_previewOpen && m_preview.status == LinePreview::Status::Defective;
}

QString OrderDetail::resultText() const
{
    return m_result;
}

qint64 OrderDetail::lineIdAt(int row) const
{
    const auto &lines = m_lines->lines();
    return m_order && row >= 0 && row < lines.size() ? lines[row].id : 0;
}

bool OrderDetail::showPreview(OrderWording::Action action, qint64 lineId, const LinePreview &preview)
{
    m_previewOpen = true;
    m_action = action;
    m_previewLine = lineId;
    m_preview = preview;
    if (m_preview.name.isEmpty())
        for (const OrderLineRecord &l : m_lines->lines())
            if (l.id == lineId)
                m_preview.name = l.name;
    Q_EMIT previewChanged();
    return m_preview.allowed();
}

bool OrderDetail::previewCancel(int row)
{
    const qint64 line = lineIdAt(row);
    if (line == 0)
        return false;
    return showPreview(OrderWording::Action::Cancel, line,
        m_context->checkout()->previewCancel(account(), line, m_context->clock().now()));
}

bool OrderDetail::previewReturn(int row, bool defective)
{
    const qint64 line = lineIdAt(row);
    if (line == 0)
        return false;
    return showPreview(OrderWording::Action::Return, line,
        m_context->checkout()->previewReturn(account(), line, defective, m_context->clock().now()));
}

bool OrderDetail::previewPriceMatch(int row, const QString &competitorPrice)
{
    const qint64 line = lineIdAt(row);
    if (line == 0)
        return false;
    const auto cents = parseDollars(competitorPrice);
    if (!cents || *cents <= 0) {
        // Not a price: say what to type, with nothing to confirm.
        LinePreview refused;
        refused.status = LinePreview::Status::PriceNotLower;
        m_competitorCents = 0;
        return showPreview(OrderWording::Action::PriceMatch, line, refused);
    }
    m_competitorCents = *cents;
    return showPreview(OrderWording::Action::PriceMatch, line,
        m_context->checkout()->previewPriceMatch(account(), line, *cents, m_context->clock().now()));
}

QString OrderDetail::confirm()
{
    if (!previewAllowed())
        return m_result;
    CheckoutService &checkout = *m_context->checkout();
    const QDateTime now = m_context->clock().now();
    ActionResult result;
    switch (m_action) {
    case OrderWording::Action::Cancel:
        result = checkout.cancelLine(account(), m_previewLine, now);
        break;
    case OrderWording::Action::Return:
        result = checkout.returnLine(account(), m_previewLine, now);
        break;
    case OrderWording::Action::PriceMatch:
        result = checkout.priceMatch(account(), m_previewLine, m_competitorCents, now);
        break;
    }
    m_result = OrderWording::actionResult(m_action, result);
    closePreview();
    Q_EMIT resultChanged();
    if (result.status == ActionStatus::Done)
        m_context->shop()->notifyOrdersChanged({ m_orderId });
    return m_result;
}

void OrderDetail::closePreview()
{
    if (!m_previewOpen)
        return;
    m_previewOpen = false;
    Q_EMIT previewChanged();
}

} // namespace CareDesk
