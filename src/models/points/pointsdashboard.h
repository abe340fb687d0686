// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/money.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace CareDesk {

class AppContext;

/// The points dashboard of the signed-in member: balance, pending, expiry outlook and the
/// leave-the-program flow (R-P3, R-P4, R-P5, R-P11). Read from the cached balance and the
/// live lots only (no ledger scan).
class PointsDashboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Counts are doubles for QML (exact to 2^53); the C++ side keeps Points.
    /// Points usable now.
    Q_PROPERTY(double available READ available NOTIFY changed)
    /// Their dollar value, formatted ("$12.34", R-P5: 100 points = $1).
    Q_PROPERTY(QString availableValue READ availableValue NOTIFY changed)
    /// Points waiting for shipment (R-P3).
    Q_PROPERTY(double pending READ pending NOTIFY changed)
    /// [{ order: "Order 12", points: 380, text: "380 points" }] for the pending lines' orders.
    Q_PROPERTY(QVariantList pendingOrders READ pendingOrders NOTIFY changed)
    /// The same in one sentence: "Order 12 (380 points), Order 14 (96 points)".
    Q_PROPERTY(QString pendingOrdersText READ pendingOrdersText NOTIFY changed)
    /// Points expiring within 30, 60, 90 days.
    Q_PROPERTY(double expiring30 READ expiring30 NOTIFY changed)
    Q_PROPERTY(double expiring60 READ expiring60 NOTIFY changed)
    Q_PROPERTY(double expiring90 READ expiring90 NOTIFY changed)
    /// 24 months: [{ label: "Mar 2027", points: 1200, accessibleName: "March 2027: 1,200 points" }].
    Q_PROPERTY(QVariantList monthlyExpiry READ monthlyExpiry NOTIFY changed)
    /// The largest month in monthlyExpiry (chart scale).
    Q_PROPERTY(double monthlyMaximum READ monthlyMaximum NOTIFY changed)
    /// R-P11: "none", "pending" or "processed".
    Q_PROPERTY(QString leaveState READ leaveState NOTIFY changed)
    /// R-P11: when a pending request will be processed, formatted.
    Q_PROPERTY(QString leaveProcessAt READ leaveProcessAt NOTIFY changed)
    /// R-P11: what leaving now loses, in words, before the member confirms.
    Q_PROPERTY(QString leavePreview READ leavePreview NOTIFY changed)

public:
    explicit PointsDashboard(AppContext &context, QObject *parent);
    static PointsDashboard *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] double available() const;
    [[nodiscard]] QString availableValue() const;
    [[nodiscard]] double pending() const;
    [[nodiscard]] QVariantList pendingOrders() const;
    [[nodiscard]] QString pendingOrdersText() const;
    [[nodiscard]] double expiring30() const;
    [[nodiscard]] double expiring60() const;
    [[nodiscard]] double expiring90() const;
    [[nodiscard]] QVariantList monthlyExpiry() const;
    [[nodiscard]] double monthlyMaximum() const;
    [[nodiscard]] QString leaveState() const;
    [[nodiscard]] QString leaveProcessAt() const;
    [[nodiscard]] QString leavePreview() const;

    /// Re-reads everything for the signed-in member (clears when signed out).
    Q_INVOKABLE void refresh();
    /// R-P11: asks to leave; returns "" or the reason it could not be recorded.
    Q_INVOKABLE QString requestLeave();
    /// R-P11: withdraws a pending request; returns "" or the reason.
    Q_INVOKABLE QString withdrawLeave();

Q_SIGNALS:
    void changed();

private:
    AppContext &m_context;
    qint64 m_available = 0;
    qint64 m_pending = 0;
    QVariantList m_pendingOrders;
    qint64 m_expiring[3] = { 0, 0, 0 };
    QVariantList m_monthly;
    qint64 m_monthlyMaximum = 0;
    QString m_leaveState = QStringLiteral("none");
    QString m_leaveProcessAt;
};

} // namespace CareDesk
