// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/shop/payment.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

/// The card fields of a payment form (cart checkout and training, R-K7). What is typed stays
/// in this object's memory only, is never stored or logged, and is wiped after use.
class CardForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of Checkout and TrainingCheckout")
    Q_PROPERTY(QString number READ number WRITE setNumber NOTIFY changed)
    /// "MM/YY" (or MM/YYYY).
    Q_PROPERTY(QString expiry READ expiry WRITE setExpiry NOTIFY changed)
    Q_PROPERTY(QString cvv READ cvv WRITE setCvv NOTIFY changed)
    Q_PROPERTY(QString holder READ holder WRITE setHolder NOTIFY changed)
    /// "Visa", "Mastercard", ... as the number is typed, or "".
    Q_PROPERTY(QString brand READ brand NOTIFY changed)

public:
    explicit CardForm(QObject *parent = nullptr);
    ~CardForm() override;

    [[nodiscard]] QString number() const;
    void setNumber(const QString &number);
    [[nodiscard]] QString expiry() const;
    void setExpiry(const QString &expiry);
    [[nodiscard]] QString cvv() const;
    void setCvv(const QString &cvv);
    [[nodiscard]] QString holder() const;
    void setHolder(const QString &holder);
    [[nodiscard]] QString brand() const;

    /// The entry for one authorization.
    [[nodiscard]] CardEntry entry() const;
    /// Overwrites and forgets the number and the CVV (after an order is placed).
    void wipe();

    /// "08/29" or "08/2029" -> month 8, year 2029; false for anything else.
    [[nodiscard]] static bool parseExpiry(const QString &text, int *month, int *year);

Q_SIGNALS:
    void changed();

private:
    QString m_number;
    QString m_expiry;
    QString m_cvv;
    QString m_holder;
};

} // namespace CareDesk
