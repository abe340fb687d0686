// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "ordersmodel.h"

#include "appcontext.h"
#include "orderwording.h"
#include "pointswording.h"
#include "session.h"
#include "shop.h"

#include "core/programcalendar.h"
#include "storage/shop/checkoutservice.h"

#include <QLocale>

#include <algorithm>

namespace CareDesk {

OrdersModel::OrdersModel(QObject *parent)
    : OrdersModel(AppContext::instance(), parent)
{ }

OrdersModel::OrdersModel(AppContext *context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{
    if (m_context && m_context->shop()) {
        connect(m_context->session(), &Session::stateChanged, this, &OrdersModel::reload);
        connect(m_context->shop(), &Shop::orderPlaced, this, &OrdersModel::orderPlaced);
        connect(m_context->shop(), &Shop::ordersChanged, this, &OrdersModel::ordersChanged);
    }
    reload();
}

AccountId OrdersModel::account() const
{
    return m_context ? m_context->session()->accountId() : 0;
}

bool OrdersModel::isMine(const OrderSummary &summary) const
{
    if (!m_context || !m_context->checkout())
        return false;
    const auto order = m_context->checkout()->orders().order(summary.id);
    return order && m_context->shop()->isCustomersOrder(order->id, order->account);
}

void OrdersModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_guest = m_context && m_context->session()->isGuest();
    if (m_context && m_context->checkout()) {
        const OrderStore &store = m_context->checkout()->orders();
        if (m_guest) {
            // A guest has no account to page through: the orders of this session, newest first.
            QList<qint64> ids = m_context->shop()->guestOrders();
            std::sort(ids.begin(), ids.end(), std::greater<>());
            for (const qint64 id : std::as_const(ids))
                if (const auto s = store.summary(id))
                    m_rows.append(*s);
            m_total = int(m_rows.size());
        } else if (account() != 0) {
            m_total = store.orderCount(account());
            m_rows = store.page(account(), 0, kPageSize);
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_guest && m_rows.size() < m_total;
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    const QList<OrderSummary> more = m_context->checkout()->orders().page(account(), m_rows.last().id, kPageSize);
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // fewer than counted (changed elsewhere): stop asking
        Q_EMIT countChanged();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    Q_EMIT countChanged();
}

void OrdersModel::orderPlaced(qint64 orderId)
{
    if (!m_context || !m_context->checkout())
        return;
    const auto summary = m_context->checkout()->orders().summary(orderId);
    if (!summary || !isMine(*summary))
        return;
    if (std::any_of(m_rows.cbegin(), m_rows.cend(), [orderId](const OrderSummary &s) {
            return s.id == orderId;
        }))
        return;
    // Newest first: a new order has the highest id, so it goes on top.
    beginInsertRows({}, 0, 0);
    m_rows.prepend(*summary);
    endInsertRows();
    ++m_total;
    Q_EMIT countChanged();
}

void OrdersModel::ordersChanged(const QList<qint64> &orderIds)
{
    if (!m_context || !m_context->checkout())
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!orderIds.contains(m_rows[row].id))
            continue;
        if (const auto summary = m_context->checkout()->orders().summary(m_rows[row].id)) {
            m_rows[row] = *summary;
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
}

int OrdersModel::totalCount() const
{
    return m_total;
}

qint64 OrdersModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary &s = m_rows[index.row()];
    switch (role) {
    case OrderIdRole:
        return s.id;
    case OrderRefRole:
        return PointsWording::orderRef(s.id);
    case PlacedTextRole:
        return QLocale().toString(ProgramCalendar::toProgramTime(s.placedAt), QLocale::ShortFormat);
    case Qt::DisplayRole:
    case TitleRole:
        return OrderWording::orderTitle(s);
    case TotalTextRole:
        return PointsWording::dollars(s.totalCents);
    case StatusTextRole:
        return OrderWording::orderStatus(s);
    case PointsTextRole:
        return OrderWording::orderPoints(s);
    case AccessibleTextRole: {
        QString text
            = tr("%1, placed %2: %3, %4. %5")
                  .arg(PointsWording::orderRef(s.id), data(index, PlacedTextRole).toString(),
                      OrderWording::orderTitle(s), PointsWording::dollars(s.totalCents), OrderWording::orderStatus(s));
        const QString pts = OrderWording::orderPoints(s);
        if (!pts.isEmpty())
            text += QStringLiteral(". ") + pts;
        return text;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> OrdersModel::roleNames() const
{
    return {
        { OrderIdRole, "orderId" },
        { OrderRefRole, "orderRef" },
        { PlacedTextRole, "placedText" },
        { TitleRole, "title" },
        { TotalTextRole, "totalText" },
        { StatusTextRole, "statusText" },
        { PointsTextRole, "pointsText" },
        { AccessibleTextRole, "accessibleText" },
    };
}

} // namespace CareDesk
