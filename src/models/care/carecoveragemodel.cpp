// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "carecoveragemodel.h"

#include "appcontext.h"
#include "carestatus.h"
#include "language.h"
#include "session.h"

#include "core/programcalendar.h"
#include "storage/care/careservice.h"
#include "storage/shop/checkoutservice.h"

#include <QLocale>

namespace CareDesk {

namespace {
QString longDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}
} // namespace

CareCoverageModel::CareCoverageModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_context(AppContext::instance())
{
    if (m_context) {
        connect(m_context->careStatus(), &CareStatus::changed, this, &CareCoverageModel::reload);
        connect(m_context->language(), &Language::currentChanged, this, [this] {
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        });
    }
    reload();
}

void CareCoverageModel::reload()
{
    beginResetModel();
    m_rows = readPage(0, &m_hasMore);
    endResetModel();
    Q_EMIT countChanged();
}

void CareCoverageModel::showMore()
{
    if (!m_hasMore)
        return;
    const QList<Row> page = readPage(int(m_rows.size()), &m_hasMore);
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    Q_EMIT countChanged();
}

bool CareCoverageModel::hasMore() const
{
    return m_hasMore;
}

QList<CareCoverageModel::Row> CareCoverageModel::readPage(int skip, bool *more) const
{
    QList<Row> rows;
    *more = false;
    const AccountId account = m_context ? m_context->session()->accountId() : 0;
    if (!account || !m_context->care() || !m_context->checkout())
        return rows;
    const CareService &care = *m_context->care();
    CoverageHistory history;
    history.activeNow = care.membership(account).hasBenefits();
    if (const auto ended = care.lastEndedAt(account))
        history.lastEndedAt = *ended;
    const QDate today = ProgramCalendar::dateOf(m_context->clock().now());
    // One more than a page: whether a "Show more" is worth offering.
    QList<BoughtProduct> products = m_context->checkout()->orders().qualifyingProducts(account, kPageSize + 1, skip);
    if (products.size() > kPageSize) {
        *more = true;
        products.removeLast();
    }
    rows.reserve(products.size());
    for (const BoughtProduct &p : products) {
        const CoveragePurchase purchase { p.placedAt, p.careBenefits, p.returned };
        rows.append({ p, decideCoverage(purchase, history, today, care.terms()) });
    }
    return rows;
}

int CareCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CareCoverageModel::roleNames() const
{
    return { { NameRole, "name" }, { SkuRole, "sku" }, { LineIdRole, "lineId" }, { OrderIdRole, "orderId" },
        { PurchasedOnRole, "purchasedOn" }, { CoveredRole, "covered" }, { CoveredThroughRole, "coveredThrough" },
        { ReasonRole, "reason" }, { AccessibleTextRole, "accessibleText" } };
}

QString CareCoverageModel::reasonText(const Row &row) const
{
    const QString bought = longDate(row.decision.purchasedOn);
    switch (row.decision.status) {
    case CoverageStatus::Covered:
        return tr("Bought on %1; covered through %2.").arg(bought, longDate(row.decision.coveredThrough));
    case CoverageStatus::NotMemberAtPurchase:
        return tr("Bought on %1, when you were not a Care member: not covered.").arg(bought);
    case CoverageStatus::BoughtAfterLapse:
        return tr("Bought on %1, after your Care membership had ended: not covered.").arg(bought);
    case CoverageStatus::Refunded:
        return tr("Bought on %1, then returned and refunded: not covered.").arg(bought);
    case CoverageStatus::CoverageEnded:
        return tr("Bought on %1; its two years of protection ended on %2.")
            .arg(bought, longDate(row.decision.coveredThrough));
    case CoverageStatus::MembershipEnded:
        return tr("Bought on %1 as a member; no longer covered because your Care membership ended.").arg(bought);
    }
    return {};
}

QVariant CareCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const CatalogItem *item = m_context->checkout()->catalog().find(row.product.sku);
    const QString name = item ? item->name.in(m_context->language()->current()) : row.product.name;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return name;
    case SkuRole:
        return row.product.sku;
    case LineIdRole:
        return row.product.lineId;
    case OrderIdRole:
        return row.product.orderId;
    case PurchasedOnRole:
        return longDate(row.decision.purchasedOn);
    case CoveredRole:
        return row.decision.covered();
    case CoveredThroughRole:
        return row.decision.covered() ? longDate(row.decision.coveredThrough) : QString();
    case ReasonRole:
        return reasonText(row);
    case AccessibleTextRole:
        //: R-C9 coverage row for screen readers: the product, covered or not, then the sentence
        return (row.decision.covered() ? tr("%1, covered. %2") : tr("%1, not covered. %2")).arg(name, reasonText(row));
    default:
        return {};
    }
}

} // namespace CareDesk
