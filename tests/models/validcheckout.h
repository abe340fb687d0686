// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "cardform.h"
#include "checkout.h"

/// Fills the checkout form as a member would for an order that places: an Albany address,
/// ground shipping, no points or codes, and a sandbox Visa. Tests then spoil one field.
inline void fillValidCheckout(CareDesk::Checkout &c)
{
    c.setName(QStringLiteral("Alex Morgan"));
    c.setStreet(QStringLiteral("1 Main Street"));
    c.setCity(QStringLiteral("Albany"));
    c.setState(QStringLiteral("NY"));
    c.setZip(QStringLiteral("12207"));
    c.setShipping(QStringLiteral("ground"));
    c.setPointsText({});
    c.setGiftCardCode({});
    c.setPromoCode({});
    c.card()->setHolder(QStringLiteral("Alex Morgan"));
    c.card()->setNumber(QStringLiteral("4111 1111 1111 1111"));
    c.card()->setExpiry(QStringLiteral("12/30"));
    c.card()->setCvv(QStringLiteral("123"));
}
