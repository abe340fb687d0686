// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "catalogmodel.h"

#include "appcontext.h"
#include "cartmodel.h"
#include "language.h"
#include "points/pointswording.h"
#include "session.h"
#include "shop.h"
#include "shopwording.h"

#include "storage/care/careservice.h"
#include "storage/shop/checkoutservice.h"

#include <QDesktopServices>
#include <QLocale>
#include <QUrl>

namespace CareDesk {

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_context(AppContext::instance())
{
    if (m_context) {
        connect(m_context->language(), &Language::currentChanged, this, [this] {
            if (!m_items.isEmpty())
                Q_EMIT dataChanged(index(0), index(rowCount() - 1));
            Q_EMIT filterChanged();
        });
        // Member prices apply to whoever signs in now, and from the order that bought Care.
        connect(m_context->session(), &Session::stateChanged, this, &CatalogModel::refreshMemberPricing);
        connect(m_context->shop(), &Shop::orderPlaced, this, &CatalogModel::refreshMemberPricing);
    }
    refreshMemberPricing();
    reload();
}

void CatalogModel::refreshMemberPricing()
{
    const AccountId account = m_context ? m_context->session()->accountId() : 0;
    const bool member = account && m_context->care() && m_context->care()->membership(account).hasBenefits();
    if (member == m_memberPricing)
        return;
    m_memberPricing = member;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { MemberPriceAppliesRole });
}

void CatalogModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_context && m_context->checkout())
        m_items = m_context->checkout()->catalog().search(m_search, m_category);
    endResetModel();
    Q_EMIT filterChanged();
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    return { { SkuRole, "sku" }, { NameRole, "name" }, { DescriptionRole, "description" },
        { KindLabelRole, "kindLabel" }, { CategoryLabelRole, "categoryLabel" }, { PriceTextRole, "priceText" },
        { MemberPriceTextRole, "memberPriceText" }, { MemberPriceAppliesRole, "memberPriceApplies" },
        { StockTextRole, "stockText" }, { ActionRole, "action" }, { HasCheckoutHoursRole, "hasCheckoutHours" },
        { QualifyingRole, "qualifying" }, { TrainingTextRole, "trainingText" },
        { AccessibleTextRole, "accessibleText" } };
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogItem &item = *m_items.at(index.row());
    const QString language = m_context->language()->current();
    const auto stockText = [&] {
        if (!item.ships())
            return item.kind == ItemKind::Software ? tr("Download") : QString();
        if (item.stock > 0)
            return tr("In stock");
        if (item.backorderDays > 0)
            return tr("Back-order: ships in about %1 days").arg(item.backorderDays);
        return tr("Out of stock");
    };
    const auto price = [&] {
        return item.isFreeSoftware() ? tr("Free") : PointsWording::dollars(item.priceCents);
    };
    const auto trainingText = [&] {
        if (item.kind != ItemKind::Training)
            return QString();
        // The class's own time and place, as the catalog states it.
        return tr("%1, %2").arg(
            QLocale().toString(item.trainingStart, QLocale::LongFormat), item.trainingLocation.in(language));
    };
    switch (role) {
    case SkuRole:
        return item.sku;
    case Qt::DisplayRole:
    case NameRole:
        return item.name.in(language);
    case DescriptionRole:
        return item.description.in(language);
    case KindLabelRole:
        return ShopWording::kindLabel(item.kind);
    case CategoryLabelRole:
        return ShopWording::categoryLabel(item.category);
    case PriceTextRole:
        return price();
    case MemberPriceTextRole:
        return item.memberPriceCents > 0 ? PointsWording::dollars(item.memberPriceCents) : QString();
    case MemberPriceAppliesRole:
        return m_memberPricing;
    case StockTextRole:
        return stockText();
    case ActionRole:
        return item.isFreeSoftware()          ? QStringLiteral("download")
            : item.kind == ItemKind::Training ? QStringLiteral("register")
                                              : QStringLiteral("cart");
    case HasCheckoutHoursRole:
        return item.hasCheckoutHours();
    case QualifyingRole:
        return item.qualifying;
    case TrainingTextRole:
        return trainingText();
    case AccessibleTextRole: {
        QStringList parts { item.name.in(language), price() };
        if (item.memberPriceCents > 0)
            parts << tr("Care member price %1").arg(PointsWording::dollars(item.memberPriceCents));
        if (!stockText().isEmpty())
            parts << stockText();
        if (!trainingText().isEmpty())
            parts << trainingText();
        if (item.qualifying)
            parts << tr("earns points");
        return parts.join(QStringLiteral(", "));
    }
    }
    return {};
}

QString CatalogModel::search() const
{
    return m_search;
}

void CatalogModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text.left(100);
    reload();
}

QString CatalogModel::category() const
{
    return m_category;
}

void CatalogModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    reload();
}

QVariantList CatalogModel::categories() const
{
    QVariantList list { QVariantMap { { QStringLiteral("code"), QString() }, { QStringLiteral("label"), tr("All") } } };
    if (!m_context || !m_context->checkout())
        return list;
    for (const QString &code : m_context->checkout()->catalog().categories()) {
        list.append(QVariantMap {
            { QStringLiteral("code"), code }, { QStringLiteral("label"), ShopWording::categoryLabel(code) } });
    }
    return list;
}

QString CatalogModel::resultText() const
{
    if (m_items.isEmpty())
        return m_search.trimmed().isEmpty() ? tr("Nothing in this category.")
                                            : tr("No item matches “%1”.").arg(m_search.trimmed());
    return tr("Items found: %1").arg(m_items.size());
}

QString CatalogModel::addToCart(int row)
{
    if (row < 0 || row >= m_items.size() || !m_context)
        return {};
    const QString problem = m_context->shop()->cart()->add(m_items.at(row)->sku, 1);
    return problem.isEmpty()
        ? tr("Added to the cart: %1.").arg(m_items.at(row)->name.in(m_context->language()->current()))
        : problem;
}

QString CatalogModel::download(int row)
{
    if (row < 0 || row >= m_items.size() || !m_context)
        return {};
    const QString url = m_context->checkout()->downloadFreeSoftware(
        m_context->session()->accountId(), m_items.at(row)->sku, m_context->clock().now());
    if (url.isEmpty())
        return tr("This item is not a free download.");
    // R-K3: any hour, no cart. The vendor's page opens in the browser.
    QDesktopServices::openUrl(QUrl(url));
    return tr("Opening the download page in your browser: %1").arg(url);
}

} // namespace CareDesk
