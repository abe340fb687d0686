// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/care/carecoverage.h"
#include "storage/shop/orderstore.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

class AppContext;

/// R-C9 for QML: the signed-in member's qualifying products, newest first, each covered
/// through its end date or with the reason it is not. The verdicts come from
/// decideCoverage(); this model only words them. Reloads whenever CareStatus refreshes
/// (sign-in and sign-out, orders placed or changed, the day, the membership).
class CareCoverageModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Rows listed.
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// More products were bought before the ones listed (showMore() lists them).
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the product in the current language
        SkuRole,
        LineIdRole, ///< the order line
        OrderIdRole,
        PurchasedOnRole, ///< the purchase day, long format
        CoveredRole, ///< bool: protected today
        CoveredThroughRole, ///< the last covered day, long format ("" when never covered)
        ReasonRole, ///< one sentence: covered through …, or why not
        AccessibleTextRole, ///< one sentence for screen readers
    };
    Q_ENUM(Role)

    /// Rows read at a time, newest first: a member with years of orders has thousands of
    /// products, and each row is a delegate the Care page builds (500 at once took 0.5 s).
    static constexpr int kPageSize = 20;

    explicit CareCoverageModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Reads the first page and the membership again (a full reset).
    Q_INVOKABLE void reload();
    /// Appends the next page of older products (rows inserted, no reset).
    Q_INVOKABLE void showMore();
    [[nodiscard]] bool hasMore() const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        BoughtProduct product;
        CoverageDecision decision;
    };
    [[nodiscard]] QString reasonText(const Row &row) const;
    /// The decided rows of the next page (and whether more follow), without touching m_rows.
    [[nodiscard]] QList<Row> readPage(int skip, bool *more) const;

    AppContext *m_context = nullptr;
    QList<Row> m_rows;
    bool m_hasMore = false;
};

} // namespace CareDesk
