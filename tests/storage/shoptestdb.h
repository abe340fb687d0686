// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "ordermoneycheck.h"
#include "pointstestdb.h"

#include "core/businesscalendar.h"
#include "core/programcalendar.h"
#include "core/shop/cartpricing.h"
#include "core/shop/payment.h"
#include "storage/care/careservice.h"
#include "storage/points/pointsledger.h"
#include "storage/shop/checkoutservice.h"

#include <QFile>

#include <memory>

/// A fresh database with one member (born 1980, New York) and the real shop behind it: the
/// shipped catalog and shop terms, the points ledger, Care, and the sandbox processor.
struct ShopTestDb : PointsTestDb
{
    CareDesk::Catalog catalog;
    CareDesk::SandboxPaymentProcessor processor;
    std::unique_ptr<CareDesk::PointsLedger> ledger;
    std::unique_ptr<CareDesk::CareService> care;
    std::unique_ptr<CareDesk::CheckoutService> shop;

    bool openShop()
    {
        if (!open())
            return false;
        const auto catalogLoad = CareDesk::loadCatalog(QStringLiteral(CAREDESK_SHOP_DIR "/catalog.json"));
        const auto termsLoad = CareDesk::loadShopTerms(QStringLiteral(CAREDESK_SHOP_DIR "/shop-terms.json"));
        if (!catalogLoad.catalog || !termsLoad.terms) {
            qWarning() << catalogLoad.problem.toString() << termsLoad.problem.toString();
            return false;
        }
        catalog = *catalogLoad.catalog;
        ledger = std::make_unique<CareDesk::PointsLedger>(db->connection(), CareDesk::ProgramTerms::mySony());
        care = std::make_unique<CareDesk::CareService>(db->connection(), CareDesk::CareTerms {}, processor);
        shop = std::make_unique<CareDesk::CheckoutService>(db->connection(), catalog,
            CareDesk::CartPricing(CareDesk::ProgramTerms::mySony(), *termsLoad.terms,
                CareDesk::ShippingPlanner(CareDesk::BusinessCalendar::usFederal(2024, 2029))),
            *ledger, *care, processor);
        care->setOrderSource(&shop->orders());
        care->setRefundProcessor(&processor);
        return true;
    }

    /// New York wall-clock time.
    static QDateTime et(int y, int m, int d, int h = 10, int min = 0)
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), CareDesk::ProgramCalendar::zone());
    }

    /// Points posted to the member as a lot of `day` (through the ledger, as an order would).
    bool givePoints(CareDesk::Points points, const QDateTime &at)
    {
        static qint64 order = 900000;
        const CareDesk::OrderLineRef line { ++order, 1 };
        return ledger->addPending(account, line, points, at) && ledger->post(line, at);
    }

    /// A checkout request for the member with a New York address, two-day shipping and an
    /// approved sandbox card; the caller adds cart lines.
    CareDesk::PlaceOrderRequest request(const QDateTime &at, CareDesk::AccountId who = -1) const
    {
        CareDesk::PlaceOrderRequest r;
        r.account = who < 0 ? account : who;
        r.address = { QStringLiteral("Lee Chen"), QStringLiteral("12 Boxwood Road"), QStringLiteral("Albany"),
            QStringLiteral("NY"), QStringLiteral("12203") };
        r.shipping = CareDesk::ShippingOption::TwoDay;
        r.card = { QStringLiteral("4242 4242 4242 4242"), 12, 2030, QStringLiteral("123"), QStringLiteral("Lee Chen") };
        r.at = at;
        return r;
    }

    /// Puts `sku` x `quantity` in the owner's cart and into the request.
    void add(CareDesk::PlaceOrderRequest &r, const QString &sku, int quantity = 1) const
    {
        const auto id = shop->cart().add(r.account, sku, quantity, r.at);
        QVERIFY(id);
        r.cartLines.append(*shop->cart().line(r.account, *id));
    }

    int count(const QString &sql) const
    {
        return CareDesk::Sql::scalar(db->connection(), sql)->toInt();
    }

    /// Money invariants of every order (ordermoneycheck.h), then the ledger's.
    QString moneyProblem() const
    {
        const QString orders = orderMoneyProblem(db->connection());
        return orders.isEmpty() ? invariantProblem() : orders;
    }
};
