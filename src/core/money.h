// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace CareDesk {

/// Money is exact: integer US cents, never a double (RULES.md, "Money is exact").
using Cents = qint64;

/// Points are integers; 1 point is worth 1 cent unless the program terms say otherwise.
using Points = qint64;

/// Largest amount the app accepts anywhere ($10 billion); guards every parse and sum against overflow.
inline constexpr Cents kMaxCents = Q_INT64_C(1000000000000);

/// RULES.md conventions: a whole percentage of money rounds half up to the cent.
[[nodiscard]] constexpr Cents percentOf(Cents amount, int percent)
{
    return (amount * percent + 50) / 100;
}

/// Parses a user-typed dollar amount ("12", "12.5", "12.50", "$1,234.56") into cents.
/// Returns nothing for anything else: negative, more than two decimals, over kMaxCents.
[[nodiscard]] std::optional<Cents> parseDollars(const QString &text);

/// "1234.56" style, locale-neutral (for CSV, logs and storage); the UI formats with QLocale.
[[nodiscard]] QString centsToPlainString(Cents amount);

} // namespace CareDesk
