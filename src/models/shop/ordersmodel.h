// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/shop/orderstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

class AppContext;

/// The order history (R-K9) of the signed-in member, newest first, or this terminal's
/// guest's orders of this session. Keyset pages of 50 through fetchMore(), so 10,000 orders
/// open as fast as 10; an order placed is one inserted row, an order changed (fulfilment,
/// cancel, return) one dataChanged; a reset only when the customer changes.
class OrdersModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Orders loaded so far.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Orders the customer has in all.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        OrderRefRole, ///< "Order #1042"
        PlacedTextRole,
        TitleRole, ///< "Wireless earbuds and 1 more item"
        TotalTextRole,
        StatusTextRole, ///< its lines counted by status
        PointsTextRole,
        AccessibleTextRole, ///< one sentence for screen readers
    };
    Q_ENUM(Role)

    explicit OrdersModel(QObject *parent = nullptr);
    /// For tests: a context other than the app's.
    OrdersModel(AppContext *context, QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] int totalCount() const;
    /// The order shown in `row`, or 0.
    Q_INVOKABLE [[nodiscard]] qint64 orderIdAt(int row) const;
    /// Reads the history again from the newest order (the customer changed).
    Q_INVOKABLE void reload();

    static constexpr int kPageSize = 50;

Q_SIGNALS:
    void countChanged();

private:
    void orderPlaced(qint64 orderId);
    void ordersChanged(const QList<qint64> &orderIds);
    [[nodiscard]] AccountId account() const;
    [[nodiscard]] bool isMine(const OrderSummary &summary) const;

    AppContext *m_context = nullptr;
    QList<OrderSummary> m_rows;
    int m_total = 0;
    bool m_guest = false;
};

} // namespace CareDesk
