// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

class AppContext;
class CardForm;

/// R-K4: a training class is ordered on its own, one student per order, paid by card for
/// just the class, any hour (the cart is untouched).
class TrainingCheckout : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The class's SKU.
    Q_PROPERTY(QString sku READ sku WRITE setSku NOTIFY changed)
    /// The class, its date, time, place and price, in words.
    Q_PROPERTY(QString classText READ classText NOTIFY changed)
    Q_PROPERTY(QString studentName READ studentName WRITE setStudentName NOTIFY changed)
    Q_PROPERTY(QString studentEmail READ studentEmail WRITE setStudentEmail NOTIFY changed)
    /// A guest's email for the receipt.
    Q_PROPERTY(QString guestEmail READ guestEmail WRITE setGuestEmail NOTIFY changed)
    Q_PROPERTY(CareDesk::CardForm *card READ card CONSTANT)
    /// Why the last attempt was refused, one line per problem.
    Q_PROPERTY(QStringList problems READ problems NOTIFY changed)
    /// What the last attempt did.
    Q_PROPERTY(QString outcome READ outcome NOTIFY changed)
    Q_PROPERTY(int placedOrderId READ placedOrderId NOTIFY changed)

public:
    explicit TrainingCheckout(QObject *parent = nullptr);

    [[nodiscard]] QString sku() const;
    void setSku(const QString &sku);
    [[nodiscard]] QString classText() const;
    [[nodiscard]] QString studentName() const;
    void setStudentName(const QString &name);
    [[nodiscard]] QString studentEmail() const;
    void setStudentEmail(const QString &email);
    [[nodiscard]] QString guestEmail() const;
    void setGuestEmail(const QString &email);
    [[nodiscard]] CardForm *card() const;
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] QString outcome() const;
    [[nodiscard]] int placedOrderId() const;

    /// Registers the student and charges the card; true when the order is placed.
    Q_INVOKABLE bool place();
    /// A fresh form for another registration.
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    AppContext *m_context;
    CardForm *m_card;
    QString m_sku;
    QString m_studentName;
    QString m_studentEmail;
    QString m_guestEmail;
    QStringList m_problems;
    QString m_outcome;
    qint64 m_placedOrderId = 0;
};

} // namespace CareDesk
