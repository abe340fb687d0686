// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "orderlinesmodel.h"

#include "orderwording.h"
#include "shopwording.h"

#include <QLocale>

namespace CareDesk {

namespace {
bool sameShown(const OrderLineRecord &a, const OrderLineRecord &b)
{
    return a.status == b.status && a.refundCents == b.refundCents && a.priceMatchCents == b.priceMatchCents
        && a.netCents == b.netCents && a.pointsEarned == b.pointsEarned && a.tracking == b.tracking
        && a.deliveredOn == b.deliveredOn && a.restockFeeCents == b.restockFeeCents;
}
} // namespace

OrderLinesModel::OrderLinesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int OrderLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

void OrderLinesModel::setLines(const QList<OrderLineRecord> &lines)
{
    bool sameOrder = lines.size() == m_lines.size();
    for (int i = 0; sameOrder && i < lines.size(); ++i)
        sameOrder = lines[i].id == m_lines[i].id;
    if (!sameOrder) {
        beginResetModel();
        m_lines = lines;
        endResetModel();
        return;
    }
    for (int i = 0; i < lines.size(); ++i) {
        if (sameShown(lines[i], m_lines[i]))
            continue;
        m_lines[i] = lines[i];
        Q_EMIT dataChanged(index(i), index(i));
    }
}

const QList<OrderLineRecord> &OrderLinesModel::lines() const
{
    return m_lines;
}

QVariant OrderLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderLineRecord &l = m_lines[index.row()];
    switch (role) {
    case LineIdRole:
        return l.id;
    case SkuRole:
        return l.sku;
    case Qt::DisplayRole:
    case NameRole:
        return l.name;
    case QuantityRole:
        return l.quantity;
    case StatusTextRole:
        return ShopWording::lineStatus(l.status);
    case DeliveryTextRole:
        return OrderWording::lineDelivery(l);
    case AmountTextRole:
        return OrderWording::lineAmount(l);
    case PointsTextRole:
        return OrderWording::linePoints(l);
    case ComplimentaryRole:
        return l.complimentaryFor != 0;
    case CanCancelRole:
        return l.isCancellable();
    case CanReturnRole:
        return l.isReturnable();
    case CanPriceMatchRole:
        return l.complimentaryFor == 0 && l.kind == QLatin1String("part") && !l.isClosed();
    case AccessibleTextRole: {
        QStringList parts { tr("%1 × %2").arg(QLocale().toString(l.quantity), l.name),
            ShopWording::lineStatus(l.status), OrderWording::lineDelivery(l), OrderWording::lineAmount(l) };
        const QString pts = OrderWording::linePoints(l);
        if (!pts.isEmpty())
            parts << pts;
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderLinesModel::roleNames() const
{
    return {
        { LineIdRole, "lineId" },
        { SkuRole, "sku" },
        { NameRole, "name" },
        { QuantityRole, "quantity" },
        { StatusTextRole, "statusText" },
        { DeliveryTextRole, "deliveryText" },
        { AmountTextRole, "amountText" },
        { PointsTextRole, "pointsText" },
        { ComplimentaryRole, "complimentary" },
        { CanCancelRole, "canCancel" },
        { CanReturnRole, "canReturn" },
        { CanPriceMatchRole, "canPriceMatch" },
        { AccessibleTextRole, "accessibleText" },
    };
}

} // namespace CareDesk
