// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace CareDesk {

class AppContext;

/// The points statement of the signed-in member (R-P12), newest first, loaded page by page
/// (canFetchMore/fetchMore) with keyset queries on an index, so 100,000 entries open as fast
/// as 100. Filters by kind and by a date range (program-zone dates, inclusive).
class StatementModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// An entry kind ("redeem", ...) or "" for all.
    Q_PROPERTY(QString kindFilter READ kindFilter WRITE setKindFilter NOTIFY filterChanged)
    /// First day to show, "YYYY-MM-DD", or "".
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    /// Last day to show, "YYYY-MM-DD", or "".
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    /// Why the date filter is not applied ("" when it is).
    Q_PROPERTY(QString filterProblem READ filterProblem NOTIFY filterChanged)
    /// [{ kind, label }] for the kind filter, "" first.
    Q_PROPERTY(QVariantList kindChoices READ kindChoices NOTIFY filterChanged)
    /// The outcome of the last export, in words.
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY exportMessageChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1, ///< ledger entry id
        DateTextRole, ///< date and time, program zone, current locale
        KindRole, ///< stored kind word
        KindLabelRole, ///< kind in the current language
        OrderTextRole, ///< "Order 1042" or ""
        PointsRole, ///< change to the available balance (signed)
        PendingPointsRole, ///< change to pending points (signed)
        ChangeTextRole, ///< "+380" / "−120" / "+380 pending"
        BalanceRole, ///< available balance after the entry
        BalanceTextRole, ///< formatted balance
        AccessibleTextRole, ///< one sentence for screen readers
    };
    Q_ENUM(Role)

    explicit StatementModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] QString kindFilter() const;
    void setKindFilter(const QString &kind);
    [[nodiscard]] QString fromDate() const;
    void setFromDate(const QString &date);
    [[nodiscard]] QString toDate() const;
    void setToDate(const QString &date);
    [[nodiscard]] QString filterProblem() const;
    [[nodiscard]] QVariantList kindChoices() const;
    [[nodiscard]] QString exportMessage() const;

    /// Reloads from the first page (after sign-in or a new entry).
    Q_INVOKABLE void reload();

    /// Writes every entry matching the filters to `file` as CSV, UTF-8 with a BOM (so
    /// spreadsheets read the Chinese labels right). Returns the number of rows, -1 on error.
    Q_INVOKABLE int exportCsv(const QUrl &file);

    /// Rows loaded per page.
    static constexpr int kPageSize = 100;

Q_SIGNALS:
    void filterChanged();
    void exportMessageChanged();

private:
    struct Row
    {
        qint64 id;
        QDateTime at;
        QString kind;
        qint64 orderId;
        qint64 points;
        qint64 pendingPoints;
        qint64 balance;
    };
    std::vector<Row> queryPage(const Row *after, int limit) const;
    bool parseDates(QDateTime *from, QDateTime *until) const;

    AppContext *m_context;
    std::vector<Row> m_rows;
    bool m_exhausted = true;
    QString m_kind;
    QString m_fromDate;
    QString m_toDate;
    QString m_exportMessage;
};

} // namespace CareDesk
