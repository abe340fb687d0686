// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "pointsdashboard.h"

#include "appcontext.h"
#include "pointswording.h"
#include "session.h"

#include "core/points/forecast.h"
#include "core/programcalendar.h"
#include "storage/points/pointsservice.h"
#include "storage/sql.h"

#include <QJSEngine>
#include <QLocale>

namespace CareDesk {

PointsDashboard::PointsDashboard(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{ }

PointsDashboard *PointsDashboard::create(QQmlEngine *, QJSEngine *)
{
    PointsDashboard *dashboard = AppContext::instance()->pointsDashboard();
    QJSEngine::setObjectOwnership(dashboard, QJSEngine::CppOwnership);
    return dashboard;
}

double PointsDashboard::available() const
{
    return double(m_available);
}

QString PointsDashboard::availableValue() const
{
    return PointsWording::dollars(m_available * (m_context.points() ? m_context.points()->terms().pointValueCents : 1));
}

double PointsDashboard::pending() const
{
    return double(m_pending);
}

QVariantList PointsDashboard::pendingOrders() const
{
    return m_pendingOrders;
}

QString PointsDashboard::pendingOrdersText() const
{
    QStringList parts;
    for (const QVariant &order : m_pendingOrders) {
        const QVariantMap map = order.toMap();
        parts << QStringLiteral("%1 (%2)").arg(
            map.value(QStringLiteral("order")).toString(), map.value(QStringLiteral("text")).toString());
    }
    return QLocale().createSeparatedList(parts);
}

double PointsDashboard::expiring30() const
{
    return double(m_expiring[0]);
}

double PointsDashboard::expiring60() const
{
    return double(m_expiring[1]);
}

double PointsDashboard::expiring90() const
{
    return double(m_expiring[2]);
}

QVariantList PointsDashboard::monthlyExpiry() const
{
    return m_monthly;
}

double PointsDashboard::monthlyMaximum() const
{
    return double(m_monthlyMaximum);
}

QString PointsDashboard::leaveState() const
{
    return m_leaveState;
}

QString PointsDashboard::leaveProcessAt() const
{
    return m_leaveProcessAt;
}

QString PointsDashboard::leavePreview() const
{
    const qint64 value = m_available * (m_context.points() ? m_context.points()->terms().pointValueCents : 1);
    return tr("Leaving forfeits your %1 available points (worth %2) and cancels %3 pending points. "
              "Your request is processed after two business days; until then you can withdraw it.")
        .arg(QLocale().toString(m_available), PointsWording::dollars(value), QLocale().toString(m_pending));
}

void PointsDashboard::refresh()
{
    PointsService *points = m_context.points();
    const AccountId account = m_context.session()->accountId();
    m_available = m_pending = 0;
    m_pendingOrders.clear();
    m_monthly.clear();
    m_monthlyMaximum = 0;
    std::fill(std::begin(m_expiring), std::end(m_expiring), 0);
    m_leaveState = QStringLiteral("none");
    m_leaveProcessAt.clear();
    if (!points || account == 0) {
        Q_EMIT changed();
        return;
    }
    const QDate today = ProgramCalendar::dateOf(m_context.clock().now());
    const PointsBalance balance = points->ledger().balance(account);
    m_available = balance.available;
    m_pending = balance.pending;

    // Index range sums, not a walk over the lots: fast with years of history.
    const PointsLedger &ledger = points->ledger();
    m_expiring[0] = ledger.expiringBetween(account, today, today.addDays(30));
    m_expiring[1] = ledger.expiringBetween(account, today, today.addDays(60));
    m_expiring[2] = ledger.expiringBetween(account, today, today.addDays(90));
    const QLocale locale;
    for (const MonthlyExpiry &month : ledger.monthlyExpiry(account, today, 24)) {
        const QDate first(month.year, month.month, 1);
        m_monthlyMaximum = std::max(m_monthlyMaximum, month.points);
        m_monthly.append(QVariantMap {
            { QStringLiteral("label"), locale.toString(first, QStringLiteral("MMM yy")) },
            { QStringLiteral("points"), month.points },
            { QStringLiteral("accessibleName"),
                tr("%1: %2 points expire")
                    .arg(locale.toString(first, QStringLiteral("MMMM yyyy")), locale.toString(month.points)) },
        });
    }

    // Pending lines grouped by order (indexed by account and state; a handful of rows).
    QSqlQuery query = Sql::prepare(m_context.database().connection(),
        QStringLiteral("SELECT order_id, SUM(points) FROM points_line_earnings "
                       "WHERE account_id = ? AND state = 'pending' GROUP BY order_id ORDER BY order_id"));
    if (Sql::exec(query, { account })) {
        while (query.next()) {
            const qint64 points = query.value(1).toLongLong();
            m_pendingOrders.append(
                QVariantMap { { QStringLiteral("order"), PointsWording::orderRef(query.value(0).toLongLong()) },
                    { QStringLiteral("points"), points }, { QStringLiteral("text"), PointsWording::points(points) } });
        }
    }

    if (const auto request = points->currentLeaveRequest(account)) {
        m_leaveState = request->state;
        m_leaveProcessAt = locale.toString(ProgramCalendar::toProgramTime(request->processAt), QLocale::LongFormat);
    }
    Q_EMIT changed();
}

QString PointsDashboard::requestLeave()
{
    PointsService *points = m_context.points();
    const AccountId account = m_context.session()->accountId();
    if (!points || !account)
        return tr("Sign in to manage your membership.");
    if (!points->requestLeave(account, m_context.clock().now()))
        return tr("Your request could not be recorded (is one already pending?). Nothing was changed.");
    refresh();
    return {};
}

QString PointsDashboard::withdrawLeave()
{
    PointsService *points = m_context.points();
    const AccountId account = m_context.session()->accountId();
    if (!points || !account || !points->withdrawLeave(account, m_context.clock().now()))
        return tr("There is no pending request to withdraw; it may already have been processed.");
    refresh();
    return {};
}

} // namespace CareDesk
