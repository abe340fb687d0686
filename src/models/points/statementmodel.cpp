// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "statementmodel.h"

#include "appcontext.h"
#include "pointswording.h"
#include "session.h"

#include "core/programcalendar.h"
#include "storage/sql.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace CareDesk {

namespace {
QString signedNumber(qint64 value)
{
    const QString number = QLocale().toString(value < 0 ? -value : value);
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + number; // U+2212, read as "minus"
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
}
} // namespace

StatementModel::StatementModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_context(AppContext::instance())
{
    if (m_context)
        connect(m_context->session(), &Session::stateChanged, this, &StatementModel::reload);
    reload();
}

int StatementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StatementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const QLocale locale;
    switch (role) {
    case EntryIdRole:
        return row.id;
    case Qt::DisplayRole:
    case DateTextRole:
        return locale.toString(ProgramCalendar::toProgramTime(row.at), QLocale::ShortFormat);
    case KindRole:
        return row.kind;
    case KindLabelRole:
        return PointsWording::kindLabel(row.kind);
    case OrderTextRole:
        return PointsWording::orderRef(row.orderId);
    case PointsRole:
        return row.points;
    case PendingPointsRole:
        return row.pendingPoints;
    case ChangeTextRole:
        if (row.points == 0 && row.pendingPoints != 0)
            return tr("%1 pending").arg(signedNumber(row.pendingPoints));
        return signedNumber(row.points);
    case BalanceRole:
        return row.balance;
    case BalanceTextRole:
        return locale.toString(row.balance);
    case AccessibleTextRole:
        return tr("%1, %2, %3%4, balance %5")
            .arg(data(index, DateTextRole).toString(), PointsWording::kindLabel(row.kind),
                data(index, ChangeTextRole).toString(),
                row.orderId ? QStringLiteral(", ") + PointsWording::orderRef(row.orderId) : QString(),
                locale.toString(row.balance));
    default:
        return {};
    }
}

QHash<int, QByteArray> StatementModel::roleNames() const
{
    return { { EntryIdRole, "entryId" }, { DateTextRole, "dateText" }, { KindRole, "kind" },
        { KindLabelRole, "kindLabel" }, { OrderTextRole, "orderText" }, { PointsRole, "points" },
        { PendingPointsRole, "pendingPoints" }, { ChangeTextRole, "changeText" }, { BalanceRole, "balance" },
        { BalanceTextRole, "balanceText" }, { AccessibleTextRole, "accessibleText" } };
}

bool StatementModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void StatementModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Row> page = queryPage(m_rows.empty() ? nullptr : &m_rows.back(), kPageSize);
    m_exhausted = int(page.size()) < kPageSize;
    if (page.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.insert(m_rows.end(), page.begin(), page.end());
    endInsertRows();
}

bool StatementModel::parseDates(QDateTime *from, QDateTime *until) const
{
    const QDate first = QDate::fromString(m_fromDate.trimmed(), Qt::ISODate);
    const QDate last = QDate::fromString(m_toDate.trimmed(), Qt::ISODate);
    if ((!m_fromDate.trimmed().isEmpty() && !first.isValid()) || (!m_toDate.trimmed().isEmpty() && !last.isValid()))
        return false;
    *from = first.isValid() ? ProgramCalendar::startOfDay(first) : QDateTime();
    *until = last.isValid() ? ProgramCalendar::startOfDay(last.addDays(1)) : QDateTime();
    return true;
}

std::vector<StatementModel::Row> StatementModel::queryPage(const Row *after, int limit) const
{
    std::vector<Row> rows;
    const AccountId account = m_context ? m_context->session()->accountId() : 0;
    QDateTime from, until;
    if (!account || !parseDates(&from, &until))
        return rows;
    // Newest first, keyset on (occurred_at, id): each page is an index range scan of
    // points_entries_account_time (or _kind_time), never an OFFSET over the whole ledger.
    QString sql = QStringLiteral("SELECT id, occurred_at, kind, order_id, points, pending_points, available_after "
                                 "FROM points_entries WHERE account_id = ?");
    QVariantList values { account };
    if (!m_kind.isEmpty()) {
        sql += QStringLiteral(" AND kind = ?");
        values << m_kind;
    }
    if (from.isValid()) {
        sql += QStringLiteral(" AND occurred_at >= ?");
        values << Sql::toEpochMs(from);
    }
    if (until.isValid()) {
        sql += QStringLiteral(" AND occurred_at < ?");
        values << Sql::toEpochMs(until);
    }
    if (after) {
        // `occurred_at <= ?` bounds the index range; with the OR alone SQLite walked the
        // index from the newest entry to the page on every fetch (64 ms a page deep in
        // 100,000 entries, issue #10).
        sql += QStringLiteral(" AND occurred_at <= ? AND (occurred_at < ? OR id < ?)");
        values << Sql::toEpochMs(after->at) << Sql::toEpochMs(after->at) << after->id;
    }
    sql += QStringLiteral(" ORDER BY occurred_at DESC, id DESC LIMIT ?");
    values << limit;
    QSqlQuery query = Sql::prepare(m_context->database().connection(), sql);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (!Sql::exec(query))
        return rows;
    rows.reserve(size_t(limit));
    while (query.next()) {
        rows.push_back({ query.value(0).toLongLong(), Sql::fromEpochMs(query.value(1).toLongLong()),
            query.value(2).toString(), query.value(3).toLongLong(), query.value(4).toLongLong(),
            query.value(5).toLongLong(), query.value(6).toLongLong() });
    }
    return rows;
}

void StatementModel::reload()
{
    // The first page is part of the reset: one signal, no insert nested inside it.
    beginResetModel();
    m_rows = queryPage(nullptr, kPageSize);
    m_exhausted = int(m_rows.size()) < kPageSize;
    endResetModel();
}

QString StatementModel::kindFilter() const
{
    return m_kind;
}

void StatementModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind || (!kind.isEmpty() && !PointsWording::kinds().contains(kind)))
        return;
    m_kind = kind;
    Q_EMIT filterChanged();
    reload();
}

QString StatementModel::fromDate() const
{
    return m_fromDate;
}

void StatementModel::setFromDate(const QString &date)
{
    if (date == m_fromDate)
        return;
    m_fromDate = date;
    Q_EMIT filterChanged();
    reload();
}

QString StatementModel::toDate() const
{
    return m_toDate;
}

void StatementModel::setToDate(const QString &date)
{
    if (date == m_toDate)
        return;
    m_toDate = date;
    Q_EMIT filterChanged();
    reload();
}

QString StatementModel::filterProblem() const
{
    QDateTime from, until;
    if (!parseDates(&from, &until))
        return tr("Write dates as year-month-day, for example 2026-03-31.");
    if (from.isValid() && until.isValid() && until <= from)
        return tr("The first day is after the last day.");
    return {};
}

QVariantList StatementModel::kindChoices() const
{
    QVariantList choices { QVariantMap {
        { QStringLiteral("kind"), QString() }, { QStringLiteral("label"), tr("All kinds") } } };
    for (const QString &kind : PointsWording::kinds())
        choices << QVariantMap { { QStringLiteral("kind"), kind },
            { QStringLiteral("label"), PointsWording::kindLabel(kind) } };
    return choices;
}

QString StatementModel::exportMessage() const
{
    return m_exportMessage;
}

int StatementModel::exportCsv(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path); // all or nothing: a failed export never leaves half a file
    if (path.isEmpty() || !out.open(QIODevice::WriteOnly)) {
        m_exportMessage = tr("Could not write %1.").arg(path);
        Q_EMIT exportMessageChanged();
        return -1;
    }
    out.write("\xEF\xBB\xBF"); // UTF-8 byte order mark for spreadsheet programs
    const QStringList header { tr("Date"), tr("Kind"), tr("Order"), tr("Points"), tr("Pending points"), tr("Balance") };
    out.write(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    int count = 0;
    std::vector<Row> page = queryPage(nullptr, 1000);
    while (!page.empty()) {
        for (const Row &row : page) {
            const QStringList fields { ProgramCalendar::toProgramTime(row.at).toString(
                                           QStringLiteral("yyyy-MM-dd HH:mm")),
                PointsWording::kindLabel(row.kind), PointsWording::orderRef(row.orderId), QString::number(row.points),
                QString::number(row.pendingPoints), QString::number(row.balance) };
            QStringList quoted;
            for (const QString &field : fields)
                quoted << csvField(field);
            out.write(quoted.join(QLatin1Char(',')).toUtf8() + "\r\n");
            ++count;
        }
        const Row last = page.back();
        page = int(page.size()) < 1000 ? std::vector<Row>() : queryPage(&last, 1000);
    }
    if (!out.commit()) {
        m_exportMessage = tr("Could not write %1.").arg(path);
        Q_EMIT exportMessageChanged();
        return -1;
    }
    m_exportMessage = tr("Exported %n entries to %1.", nullptr, count).arg(path);
    Q_EMIT exportMessageChanged();
    return count;
}

} // namespace CareDesk
