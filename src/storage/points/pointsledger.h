// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/points/forecast.h"
#include "core/points/lotbook.h"
#include "core/points/programterms.h"
#include "storage/accountstore.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace CareDesk {

/// One line of one order, as the ledger refers to it.
struct OrderLineRef
{
    qint64 orderId = 0;
    qint64 lineId = 0;
};

/// Points of an order spent on one of its lines (R-P1 allocation).
struct LineShare
{
    qint64 lineId = 0;
    Points points = 0;
};

/// The ledger's entry kinds (R-P12), stored as these exact words.
namespace PointsEntryKind {
inline constexpr auto EarnPending = "earn-pending";
inline constexpr auto Post = "post";
inline constexpr auto Void = "void";
inline constexpr auto Redeem = "redeem";
inline constexpr auto Restore = "restore";
inline constexpr auto Reverse = "reverse";
inline constexpr auto Expire = "expire";
inline constexpr auto Forfeit = "forfeit";
inline constexpr auto Adjust = "adjust";
inline constexpr auto Bonus = "bonus";
} // namespace PointsEntryKind

struct PointsBalance
{
    Points available = 0; ///< usable now: the sum of live lots
    Points pending = 0; ///< R-P3: earned on lines not shipped yet
};

/// The points ledger of section P on Qt SQL. Every write method runs INSIDE THE CALLER'S
/// TRANSACTION (checkout holds points, writes the order and the payment in one), never
/// begins or commits, and returns false (or nothing) when the caller must roll back.
/// Each write appends entries with the running balance and keeps points_balances in step,
/// so reading a balance never scans the ledger. Each write first locks the account's
/// points_balances row (SELECT ... FOR UPDATE on PostgreSQL; SQLite has one writer at a
/// time), BEFORE it reads the lots, redemptions or line states it decides on, so terminals
/// sharing a database change one account one after another (issue #11, tst_concurrency). Every write first expires what
/// is due at its instant, so expiry entries (dated when the lot expired) land in time order before any later entry and
/// the running balance reads right in a statement sorted by time.
class PointsLedger
{
public:
    PointsLedger(QSqlDatabase db, ProgramTerms terms);

    [[nodiscard]] const ProgramTerms &terms() const;

    /// The cached balance (zero for an account with no points yet).
    [[nodiscard]] PointsBalance balance(AccountId account) const;

    /// Lots holding points, oldest first (expired ones included until expireDue runs).
    [[nodiscard]] QList<PointsLot> lotsWithPoints(AccountId account) const;
    /// The points of live lots on `today` (as expiry would leave them), summed by the
    /// database on the expiry index: no lot list for a single number.
    [[nodiscard]] Points liveAvailable(AccountId account, const QDate &today) const;

    /// R-P4: points in live lots whose last usable day is in [from, to] (an index range, no
    /// lot is loaded: the dashboard asks this with years of history).
    [[nodiscard]] Points expiringBetween(AccountId account, const QDate &from, const QDate &to) const;

    /// R-P4: per calendar month from `firstMonth`'s month, the points whose last usable day
    /// falls in it (`months` entries, zero where nothing expires).
    [[nodiscard]] QList<MonthlyExpiry> monthlyExpiry(AccountId account, const QDate &firstMonth, int months) const;

    /// R-P5: the most points usable on `qualifyingCents` of qualifying products now.
    [[nodiscard]] Points maxUsable(AccountId account, Cents qualifyingCents) const;

    /// R-P3: points earned on a line wait as pending until it ships.
    bool addPending(AccountId account, const OrderLineRef &line, Points points, const QDateTime &at);

    /// R-P3/R-P4: the line shipped: its pending points post as a lot dated `at`.
    bool post(const OrderLineRef &line, const QDateTime &at);

    /// R-P3: an unshipped line was cancelled: its pending points are voided.
    bool voidPending(const OrderLineRef &line, const QDateTime &at);

    /// R-P5: spends points on an order, oldest lots first, recording which lot paid which
    /// line. False (nothing written) when the live balance is short.
    bool redeem(AccountId account, qint64 orderId, const QList<LineShare> &shares, const QDateTime &at);

    /// R-P7: returns a line's redeemed points to their original lots, each usable at least
    /// `restoreFloorDays` from `at`. Returns the points restored (0 if none), or -1 on failure.
    Points restoreLine(const OrderLineRef &line, const QDateTime &at);

    /// R-P6: what returning a line does to points and to `cashRefund` (nothing written).
    /// `feePoints` (R-K8) is the part of the restocking fee taken from the points coming back.
    [[nodiscard]] std::optional<ReturnPointsPlan> previewReturn(
        const OrderLineRef &line, Cents cashRefund, const QDateTime &at, Points feePoints = 0) const;

    /// R-P6: restores the line's redeemed points, takes the fee's points (R-K8), then reverses
    /// its earned points from the balance (oldest lots first); returns the plan applied, or
    /// nothing on failure.
    std::optional<ReturnPointsPlan> reverseForReturn(
        const OrderLineRef &line, Cents cashRefund, const QDateTime &at, Points feePoints = 0);

    /// R-P8: the line's earned points become `newPoints` (a price adjustment); a decrease on
    /// a posted line is deducted like R-P6 (oldest lots first, as far as the balance goes).
    /// Returns the points that could not be deducted (the shortfall), or -1 on failure.
    Points adjustEarned(const OrderLineRef &line, Points newPoints, const QDateTime &at);

    /// R-P2: a bonus posts at once as its own lot, once per promotion and account.
    bool addBonus(AccountId account, const QString &promotionId, Points points, const QDateTime &at);

    /// R-P4: expires every lot whose last usable day is before `at`'s program date, each
    /// with an entry dated the moment it expired. Returns the number of lots expired, -1 on
    /// failure.
    int expireDue(AccountId account, const QDateTime &at);

    /// R-P11: forfeits all available points and voids all pending ones.
    bool forfeitAll(AccountId account, const QDateTime &at, Points *forfeited = nullptr, Points *voided = nullptr);

    /// Earned points and state of a line ("pending", "posted", "void", "reversed"), if any.
    struct LineEarning
    {
        AccountId account = 0;
        Points points = 0;
        QString state;
        qint64 lotId = 0;
    };
    [[nodiscard]] std::optional<LineEarning> lineEarning(const OrderLineRef &line) const;

    /// Points redeemed on a line and not yet restored.
    [[nodiscard]] Points redeemedOnLine(const OrderLineRef &line) const;

    /// The account a line's points belong to (earned or redeemed on it), 0 if none.
    [[nodiscard]] AccountId accountOfLine(const OrderLineRef &line) const;

private:
    bool lockBalance(AccountId account);
    std::optional<LineEarning> lockedLineEarning(const OrderLineRef &line);
    bool append(AccountId account, const char *kind, const QDateTime &at, Points availableChange, Points pendingChange,
        const OrderLineRef &line = {}, qint64 lotId = 0);
    std::optional<qint64> createLot(AccountId account, const QDate &postedOn, const QDate &lastUsableOn, Points points);
    bool takeFromLots(AccountId account, Points amount, const QDate &today, QList<LotTake> *takes);
    bool deductOldestFirst(
        AccountId account, const char *kind, Points amount, const QDateTime &at, const OrderLineRef &line);

    QSqlDatabase m_db;
    ProgramTerms m_terms;
};

} // namespace CareDesk
