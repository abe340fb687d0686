// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/shop/orderstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

/// One order's lines (R-K9): status, delivery promise or tracking, money and points, and
/// which self-service actions each line allows. Owned by OrderDetail.
class OrderLinesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use OrderDetail.lines")

public:
    enum Role {
        LineIdRole = Qt::UserRole + 1,
        SkuRole,
        NameRole,
        QuantityRole,
        StatusTextRole,
        DeliveryTextRole, ///< promised days, tracking, delivery
        AmountTextRole,
        PointsTextRole,
        ComplimentaryRole, ///< came free with another line (R-C10)
        CanCancelRole, ///< R-P7: not shipped yet
        CanReturnRole, ///< R-K8: shipped, a product or part
        CanPriceMatchRole, ///< R-K10: a part, not closed
        AccessibleTextRole,
    };
    Q_ENUM(Role)

    explicit OrderLinesModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Shows these lines: the same order's lines again update only the rows that changed.
    void setLines(const QList<OrderLineRecord> &lines);
    [[nodiscard]] const QList<OrderLineRecord> &lines() const;

private:
    QList<OrderLineRecord> m_lines;
};

} // namespace CareDesk
