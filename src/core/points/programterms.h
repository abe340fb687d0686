// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/money.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace CareDesk {

/// R-P2: a rate promotion — orders *placed* in [start, end) earn at another rate.
struct RatePromotion
{
    QString id;
    QDateTime start; ///< inclusive instant
    QDateTime end; ///< exclusive instant ("11:59 p.m." names the last minute)
    int pointsPerDollar = 0;
};

/// R-P2: the enrollment bonus — points for members who join inside the window, were not
/// members on any of the `exclusionDays` days before it opened, and are among the first
/// `cap` eligible enrollees.
struct EnrollmentBonus
{
    QString id;
    QDateTime start; ///< inclusive instant
    QDateTime end; ///< exclusive instant
    QTimeZone zone; ///< the promotion's own zone, for counting the exclusion days
    Points points = 0;
    int exclusionDays = 90;
    int cap = 1000;
};

/// Section P's numbers as data (RULES.md: "a second program must be expressible without
/// code changes"). Loaded from resources/programs/*.json.
struct ProgramTerms
{
    QString id;
    QString name;
    int pointsPerDollar = 2; ///< R-P1 base earn rate
    QList<RatePromotion> promotions; ///< R-P2
    std::optional<EnrollmentBonus> enrollmentBonus;
    int expiryMonths = 24; ///< R-P4
    int pointValueCents = 1; ///< R-P5: 100 points = $1.00
    Points minimumRedemption = 0; ///< R-P5: no minimum
    int restoreFloorDays = 30; ///< R-P7: a restored lot stays usable at least this long
    int leaveProcessingBusinessDays = 2; ///< R-P11

    /// R-P2: the earn rate for an order placed at `placedAt` (the best promotion wins).
    [[nodiscard]] int pointsPerDollarAt(const QDateTime &placedAt) const;

    /// The built-in default, identical to resources/programs/my-sony.json.
    [[nodiscard]] static ProgramTerms mySony();
};

/// The result of reading a terms file: the terms, or where and why it is malformed.
struct ProgramTermsLoad
{
    std::optional<ProgramTerms> terms;
    QString fileName;
    int line = 0; ///< 1-based line of the problem (0: not tied to a line)
    QString problem; ///< technical description (English, for logs and the startup error)
};

/// Parses a program terms JSON document. Every problem names the file and line.
[[nodiscard]] ProgramTermsLoad parseProgramTerms(const QByteArray &json, const QString &fileName);

/// Reads and parses a terms file (e.g. ":/programs/my-sony.json").
[[nodiscard]] ProgramTermsLoad loadProgramTerms(const QString &path);

} // namespace CareDesk
