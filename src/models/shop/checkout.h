// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/shop/checkoutservice.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

class AppContext;
class CardForm;

/// The checkout form (issue #6) and its live review: address, shipping option with each
/// option's price and ship date (R-K5), points (R-P5), gift card and promotion code, the card
/// (R-K7), every line and total explained, and every problem worded before "Place order".
class Checkout : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Shop.checkout")
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY formChanged)
    Q_PROPERTY(QString street READ street WRITE setStreet NOTIFY formChanged)
    Q_PROPERTY(QString city READ city WRITE setCity NOTIFY formChanged)
    /// Two-letter US state code.
    Q_PROPERTY(QString state READ state WRITE setState NOTIFY formChanged)
    Q_PROPERTY(QString zip READ zip WRITE setZip NOTIFY formChanged)
    /// A guest's email for the receipt (and Care activation, R-C3).
    Q_PROPERTY(QString guestEmail READ guestEmail WRITE setGuestEmail NOTIFY formChanged)
    /// "ground", "two-day", "next-day", "emergency".
    Q_PROPERTY(QString shipping READ shipping WRITE setShipping NOTIFY formChanged)
    /// Points to apply as typed ("" = none).
    Q_PROPERTY(QString pointsText READ pointsText WRITE setPointsText NOTIFY formChanged)
    Q_PROPERTY(QString giftCardCode READ giftCardCode WRITE setGiftCardCode NOTIFY formChanged)
    Q_PROPERTY(QString promoCode READ promoCode WRITE setPromoCode NOTIFY formChanged)
    Q_PROPERTY(CareDesk::CardForm *card READ card CONSTANT)

    /// [{ code, label, priceText, shipDateText, accessibleText, available }] (R-K5).
    Q_PROPERTY(QVariantList shippingOptions READ shippingOptions NOTIFY reviewChanged)
    /// [{ name, quantity, amountText, detail, accessibleText }] the lines to be ordered.
    Q_PROPERTY(QVariantList lines READ lines NOTIFY reviewChanged)
    /// [{ label, amountText, emphasis }] subtotal, savings, shipping, tax, total, tenders.
    Q_PROPERTY(QVariantList totals READ totals NOTIFY reviewChanged)
    Q_PROPERTY(bool needsShipping READ needsShipping NOTIFY reviewChanged)
    Q_PROPERTY(bool cardNeeded READ cardNeeded NOTIFY reviewChanged)
    /// R-P5: "You have 12,000 points ($120.00); up to 10,000 can pay for this order."
    Q_PROPERTY(QString pointsSummary READ pointsSummary NOTIFY reviewChanged)
    Q_PROPERTY(int pointsMax READ pointsMax NOTIFY reviewChanged)
    /// R-P1/R-P3: "This order earns 699 points, pending until it ships."
    Q_PROPERTY(QString earnText READ earnText NOTIFY reviewChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY reviewChanged)
    /// Problems per section, worded.
    Q_PROPERTY(QStringList cartProblems READ cartProblems NOTIFY reviewChanged)
    Q_PROPERTY(QStringList addressProblems READ addressProblems NOTIFY reviewChanged)
    Q_PROPERTY(QStringList pointsProblems READ pointsProblems NOTIFY reviewChanged)
    Q_PROPERTY(QStringList cardProblems READ cardProblems NOTIFY reviewChanged)
    Q_PROPERTY(QString giftCardMessage READ giftCardMessage NOTIFY reviewChanged)
    Q_PROPERTY(QString promoMessage READ promoMessage NOTIFY reviewChanged)
    Q_PROPERTY(QString guestEmailProblem READ guestEmailProblem NOTIFY reviewChanged)
    /// Everything is in order (the card is judged when placing).
    Q_PROPERTY(bool canPlace READ canPlace NOTIFY reviewChanged)
    /// What the last "Place order" did, in words.
    Q_PROPERTY(QString outcome READ outcome NOTIFY outcomeChanged)
    /// The order just placed (0 before).
    Q_PROPERTY(int placedOrderId READ placedOrderId NOTIFY outcomeChanged)

public:
    Checkout(AppContext &context, QObject *parent);

    [[nodiscard]] QString name() const;
    void setName(const QString &value);
    [[nodiscard]] QString street() const;
    void setStreet(const QString &value);
    [[nodiscard]] QString city() const;
    void setCity(const QString &value);
    [[nodiscard]] QString state() const;
    void setState(const QString &value);
    [[nodiscard]] QString zip() const;
    void setZip(const QString &value);
    [[nodiscard]] QString guestEmail() const;
    void setGuestEmail(const QString &value);
    [[nodiscard]] QString shipping() const;
    void setShipping(const QString &value);
    [[nodiscard]] QString pointsText() const;
    void setPointsText(const QString &value);
    [[nodiscard]] QString giftCardCode() const;
    void setGiftCardCode(const QString &value);
    [[nodiscard]] QString promoCode() const;
    void setPromoCode(const QString &value);
    [[nodiscard]] CardForm *card() const;

    [[nodiscard]] QVariantList shippingOptions() const;
    [[nodiscard]] QVariantList lines() const;
    [[nodiscard]] QVariantList totals() const;
    [[nodiscard]] bool needsShipping() const;
    [[nodiscard]] bool cardNeeded() const;
    [[nodiscard]] QString pointsSummary() const;
    [[nodiscard]] int pointsMax() const;
    [[nodiscard]] QString earnText() const;
    [[nodiscard]] QString totalText() const;
    [[nodiscard]] QStringList cartProblems() const;
    [[nodiscard]] QStringList addressProblems() const;
    [[nodiscard]] QStringList pointsProblems() const;
    [[nodiscard]] QStringList cardProblems() const;
    [[nodiscard]] QString giftCardMessage() const;
    [[nodiscard]] QString promoMessage() const;
    [[nodiscard]] QString guestEmailProblem() const;
    [[nodiscard]] bool canPlace() const;
    [[nodiscard]] QString outcome() const;
    [[nodiscard]] int placedOrderId() const;

    /// R-P5 "Apply": the most points this order can take.
    Q_INVOKABLE void applyMaxPoints();
    /// Places the order; returns true when it was placed (outcome says what happened).
    Q_INVOKABLE bool place();
    /// Prices the cart again (cart changed, clock moved).
    Q_INVOKABLE void refresh();
    /// Starts a new checkout: the address of the member's last order, nothing else.
    Q_INVOKABLE void start();

    /// The request the form describes (tests and the model itself).
    [[nodiscard]] PlaceOrderRequest request() const;

Q_SIGNALS:
    void formChanged();
    void reviewChanged();
    void outcomeChanged();

private:
    void setField(QString &field, const QString &value);

    AppContext &m_context;
    ShippingAddress m_address;
    QString m_guestEmail;
    QString m_shipping = QStringLiteral("ground");
    QString m_points;
    QString m_giftCard;
    QString m_promo;
    CardForm *m_card;
    CheckoutReview m_review;
    bool m_pointsInvalid = false;
    bool m_triedToPlace = false;
    QString m_outcome;
    qint64 m_placedOrderId = 0;
};

} // namespace CareDesk
