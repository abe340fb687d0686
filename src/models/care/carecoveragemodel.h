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

    /// The most rows read: a member's products for far longer than any coverage runs.
    static constexpr int kLimit = 500;

    explicit CareCoverageModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Reads the products and the membership again (a full reset).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();

private:
    struct Row
    {
        BoughtProduct product;
        CoverageDecision decision;
    };
    [[nodiscard]] QString reasonText(const Row &row) const;

    AppContext *m_context = nullptr;
    QList<Row> m_rows;
};

} // namespace CareDesk
