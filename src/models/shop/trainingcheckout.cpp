// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "trainingcheckout.h"

#include "appcontext.h"
#include "cardform.h"
#include "language.h"
#include "points/pointswording.h"
#include "session.h"
#include "shop.h"
#include "shopwording.h"

#include "storage/shop/checkoutservice.h"

#include <QLocale>

namespace CareDesk {

TrainingCheckout::TrainingCheckout(QObject *parent)
    : QObject(parent)
    , m_context(AppContext::instance())
    , m_card(new CardForm(this))
{
    if (m_context)
        connect(m_context->language(), &Language::currentChanged, this, &TrainingCheckout::changed);
}

QString TrainingCheckout::sku() const
{
    return m_sku;
}

void TrainingCheckout::setSku(const QString &sku)
{
    if (sku == m_sku)
        return;
    m_sku = sku;
    Q_EMIT changed();
}

QString TrainingCheckout::classText() const
{
    const CatalogItem *item
        = m_context && m_context->checkout() ? m_context->checkout()->catalog().find(m_sku) : nullptr;
    if (!item || item->kind != ItemKind::Training)
        return {};
    const QString language = m_context->language()->current();
    return tr("%1: %2, %3. %4 for one student.")
        .arg(item->name.in(language), QLocale().toString(item->trainingStart, QLocale::LongFormat),
            item->trainingLocation.in(language), PointsWording::dollars(item->priceCents));
}

QString TrainingCheckout::studentName() const
{
    return m_studentName;
}

void TrainingCheckout::setStudentName(const QString &name)
{
    if (name == m_studentName)
        return;
    m_studentName = name.left(100);
    Q_EMIT changed();
}

QString TrainingCheckout::studentEmail() const
{
    return m_studentEmail;
}

void TrainingCheckout::setStudentEmail(const QString &email)
{
    if (email == m_studentEmail)
        return;
    m_studentEmail = email.left(254);
    Q_EMIT changed();
}

QString TrainingCheckout::guestEmail() const
{
    return m_guestEmail;
}

void TrainingCheckout::setGuestEmail(const QString &email)
{
    if (email == m_guestEmail)
        return;
    m_guestEmail = email.left(254);
    Q_EMIT changed();
}

CardForm *TrainingCheckout::card() const
{
    return m_card;
}

QStringList TrainingCheckout::problems() const
{
    return m_problems;
}

QString TrainingCheckout::outcome() const
{
    return m_outcome;
}

int TrainingCheckout::placedOrderId() const
{
    return int(m_placedOrderId);
}

bool TrainingCheckout::place()
{
    if (!m_context || !m_context->checkout())
        return false;
    TrainingRequest request;
    request.account = m_context->session()->accountId();
    request.guestEmail = m_guestEmail;
    request.sku = m_sku;
    request.studentName = m_studentName;
    request.studentEmail = m_studentEmail;
    request.card = m_card->entry();
    request.at = m_context->clock().now();
    const TrainingResult result = m_context->checkout()->placeTraining(request);
    m_problems.clear();
    for (TrainingProblem p : result.problems)
        m_problems << ShopWording::trainingProblem(p);
    for (CardProblem p : result.cardProblems)
        m_problems << ShopWording::cardProblem(p);
    if (result.status == PlaceStatus::Placed) {
        m_placedOrderId = result.orderId;
        m_outcome = tr("Registered %1. Order %2: %3 was charged to your card; the confirmation goes to %4.")
                        .arg(m_studentName.trimmed())
                        .arg(result.orderId)
                        .arg(PointsWording::dollars(result.totalCents), m_studentEmail.trimmed());
        m_card->wipe();
        m_context->shop()->notifyOrderPlaced(result.orderId);
    } else if (result.status == PlaceStatus::PaymentRefused) {
        m_outcome = ShopWording::paymentOutcome(result.payment);
    } else {
        m_outcome = ShopWording::placeStatus(result.status);
    }
    Q_EMIT changed();
    return result.status == PlaceStatus::Placed;
}

void TrainingCheckout::clear()
{
    m_studentName.clear();
    m_studentEmail.clear();
    m_problems.clear();
    m_outcome.clear();
    m_placedOrderId = 0;
    m_card->wipe();
    m_card->setHolder({});
    Q_EMIT changed();
}

} // namespace CareDesk
