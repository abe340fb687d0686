// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "cartmodel.h"

#include "appcontext.h"
#include "language.h"
#include "points/pointswording.h"
#include "session.h"
#include "shopwording.h"

#include "storage/shop/checkoutservice.h"

#include <QTimeZone>

namespace CareDesk {

CartModel::CartModel(AppContext &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{
    connect(m_context.session(), &Session::stateChanged, this, &CartModel::reload);
    connect(m_context.language(), &Language::currentChanged, this, [this] {
        if (!m_lines.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        refreshSummary();
    });
}

bool CartModel::canStore() const
{
    return m_context.checkout() && m_context.session()->state() != Session::State::SignedOut;
}

AccountId CartModel::owner() const
{
    return m_context.session()->accountId();
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QHash<int, QByteArray> CartModel::roleNames() const
{
    return { { LineIdRole, "lineId" }, { SkuRole, "sku" }, { NameRole, "name" }, { KindLabelRole, "kindLabel" },
        { QuantityRole, "quantity" }, { UnitPriceTextRole, "unitPriceText" }, { LineTotalTextRole, "lineTotalText" },
        { SavedForLaterRole, "savedForLater" }, { HasCheckoutHoursRole, "hasCheckoutHours" },
        { AccessibleTextRole, "accessibleText" } };
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine &line = m_lines.at(index.row());
    const CatalogItem *item = m_context.checkout()->catalog().find(line.sku);
    const QString name = item ? item->name.in(m_context.language()->current()) : line.sku;
    switch (role) {
    case LineIdRole:
        return line.id;
    case SkuRole:
        return line.sku;
    case Qt::DisplayRole:
    case NameRole:
        return name;
    case KindLabelRole:
        return item ? ShopWording::kindLabel(item->kind) : QString();
    case QuantityRole:
        return line.quantity;
    case UnitPriceTextRole:
        return PointsWording::dollars(m_unitCents.value(index.row()));
    case LineTotalTextRole:
        return PointsWording::dollars(m_lineCents.value(index.row()));
    case SavedForLaterRole:
        return line.savedForLater;
    case HasCheckoutHoursRole:
        return item && item->hasCheckoutHours();
    case AccessibleTextRole:
        return line.savedForLater ? tr("%1, quantity %2, %3 each, saved for later")
                                        .arg(name)
                                        .arg(line.quantity)
                                        .arg(PointsWording::dollars(m_unitCents.value(index.row())))
                                  : tr("%1, quantity %2, %3 each, %4")
                                        .arg(name)
                                        .arg(line.quantity)
                                        .arg(PointsWording::dollars(m_unitCents.value(index.row())),
                                            PointsWording::dollars(m_lineCents.value(index.row())));
    }
    return {};
}

int CartModel::itemCount() const
{
    int units = 0;
    for (const CartLine &line : m_lines)
        units += line.savedForLater ? 0 : line.quantity;
    return units;
}

QString CartModel::subtotalText() const
{
    return PointsWording::dollars(m_subtotal);
}

bool CartModel::hoursBlockCheckout() const
{
    return m_hoursBlock;
}

QStringList CartModel::problems() const
{
    return m_problems;
}

const QList<CartLine> &CartModel::lines() const
{
    return m_lines;
}

void CartModel::reload()
{
    beginResetModel();
    m_lines = canStore() ? m_context.checkout()->cart().lines(owner()) : QList<CartLine> {};
    endResetModel();
    refreshSummary();
}

void CartModel::reprice()
{
    refreshSummary();
}

void CartModel::refreshSummary()
{
    // Priced by the same core as checkout, with the member's benefits (R-C10 member prices).
    const QList<Cents> before = m_unitCents;
    m_unitCents.clear();
    m_lineCents.clear();
    m_subtotal = 0;
    m_problems.clear();
    m_hoursBlock = false;
    if (CheckoutService *shop = m_context.checkout(); shop && !m_lines.isEmpty()) {
        PlaceOrderRequest request;
        request.account = owner();
        request.at = m_context.clock().now();
        QList<CartLine> all = m_lines;
        for (CartLine &line : all)
            line.savedForLater = false; // price every line, saved ones too
        request.cartLines = all;
        const CartQuote everything = shop->review(request, false).quote;
        for (const CartLine &line : std::as_const(m_lines)) {
            Cents unit = 0;
            for (const PricedLine &priced : everything.lines) {
                if (priced.item->sku == line.sku && priced.complimentaryFor < 0) {
                    unit = priced.unitPaidCents;
                    break;
                }
            }
            m_unitCents.append(unit);
            m_lineCents.append(unit * line.quantity);
        }
        request.cartLines = m_lines;
        const CartQuote toOrder = shop->review(request, false).quote;
        m_subtotal = toOrder.subtotalCents;
        const QTimeZone local = QTimeZone::systemTimeZone();
        for (CartProblem problem : toOrder.problems) {
            // Points and tax state are chosen at checkout; here only what the cart itself holds.
            if (problem == CartProblem::Empty && itemCount() == 0 && !m_lines.isEmpty())
                continue;
            m_problems.append(ShopWording::cartProblem(problem, request.at, local));
        }
        m_hoursBlock = toOrder.problems.contains(CartProblem::CheckoutHoursClosed);
    }
    // A price that moved (a new line, Care added or removed) is that row's change only.
    for (int row = 0; row < m_unitCents.size(); ++row) {
        if (row >= before.size() || before.at(row) != m_unitCents.at(row))
            Q_EMIT dataChanged(index(row), index(row), { UnitPriceTextRole, LineTotalTextRole, AccessibleTextRole });
    }
    Q_EMIT changed();
}

QString CartModel::add(const QString &sku, int quantity)
{
    if (!canStore())
        return tr("Sign in or continue as a guest to use the cart.");
    CheckoutService *shop = m_context.checkout();
    const CatalogItem *item = shop->catalog().find(sku);
    const QDateTime now = m_context.clock().now();
    if (!item)
        return tr("This item is no longer sold.");
    if (!item->goesInCart())
        return ShopWording::cartProblem(CartProblem::NotSoldInCart, now, QTimeZone::systemTimeZone());
    if (quantity < 1 || quantity > shop->pricing().shop().maxQuantity)
        return ShopWording::cartProblem(CartProblem::QuantityInvalid, now, QTimeZone::systemTimeZone());
    // R-K2: parts and software are added only while their checkout hours are open.
    if (item->hasCheckoutHours() && !CheckoutHours::isOpen(now))
        return ShopWording::cartProblem(CartProblem::CheckoutHoursClosed, now, QTimeZone::systemTimeZone());
    // R-C1: Care joins a cart that already holds a qualifying product.
    if (item->kind == ItemKind::CareMembership) {
        bool qualifying = false;
        for (const CartLine &line : std::as_const(m_lines)) {
            const CatalogItem *other = shop->catalog().find(line.sku);
            qualifying = qualifying || (other && other->qualifying && !line.savedForLater);
            if (line.sku == sku)
                return ShopWording::cartProblem(CartProblem::CareQuantity, now, QTimeZone::systemTimeZone());
        }
        if (!qualifying)
            return ShopWording::cartProblem(CartProblem::CareNeedsQualifyingProduct, now, QTimeZone::systemTimeZone());
    }
    const auto id = shop->cart().add(owner(), sku, quantity, now);
    if (!id)
        return tr("The cart could not be saved. Nothing was changed.");
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).id == *id) {
            m_lines[row].quantity += quantity;
            refreshSummary();
            Q_EMIT dataChanged(index(row), index(row));
            return {};
        }
    }
    const auto line = shop->cart().line(owner(), *id);
    if (!line)
        return tr("The cart could not be read. Nothing was changed.");
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    m_lines.append(*line);
    endInsertRows();
    refreshSummary();
    return {};
}

QString CartModel::setQuantity(int row, int quantity)
{
    if (row < 0 || row >= m_lines.size() || !canStore())
        return {};
    CheckoutService *shop = m_context.checkout();
    if (quantity < 1 || quantity > shop->pricing().shop().maxQuantity)
        return ShopWording::cartProblem(
            CartProblem::QuantityInvalid, m_context.clock().now(), QTimeZone::systemTimeZone());
    if (!shop->cart().setQuantity(owner(), m_lines.at(row).id, quantity))
        return tr("The cart could not be saved. Nothing was changed.");
    m_lines[row].quantity = quantity;
    refreshSummary();
    Q_EMIT dataChanged(index(row), index(row));
    return {};
}

void CartModel::remove(int row)
{
    if (row < 0 || row >= m_lines.size() || !canStore())
        return;
    if (!m_context.checkout()->cart().remove(owner(), m_lines.at(row).id))
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    refreshSummary();
}

void CartModel::setSavedForLater(int row, bool saved)
{
    if (row < 0 || row >= m_lines.size() || !canStore())
        return;
    if (!m_context.checkout()->cart().setSavedForLater(owner(), m_lines.at(row).id, saved))
        return;
    m_lines[row].savedForLater = saved;
    refreshSummary();
    Q_EMIT dataChanged(index(row), index(row));
}

void CartModel::saveRestrictedForLater()
{
    for (int row = 0; row < m_lines.size(); ++row) {
        const CatalogItem *item = m_context.checkout()->catalog().find(m_lines.at(row).sku);
        if (item && item->hasCheckoutHours() && !m_lines.at(row).savedForLater)
            setSavedForLater(row, true);
    }
}

} // namespace CareDesk
