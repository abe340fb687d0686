// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace CareDesk {

/// Checks on the free text a person types into a one-line field (a name, a street), shared by
/// every form (issue #9). Pure: no wording.
namespace TextCheck {

/// False when `text` holds what no label, receipt or screen can show as typed: control
/// characters (line breaks, tabs, NUL, escape sequences), bidirectional overrides and
/// embeddings (which reorder what follows them), or a half of a UTF-16 surrogate pair (which
/// cannot be stored as UTF-8 and would come back as U+FFFD). Letters of every script, emoji
/// (joiners and variation selectors included) and right-to-left text are fine.
[[nodiscard]] bool isPrintableLine(const QString &text);

/// The same for text that may span lines (a description of a fault): line breaks and tabs
/// are fine, everything else isPrintableLine refuses is not.
[[nodiscard]] bool isPrintableText(const QString &text);

} // namespace TextCheck

} // namespace CareDesk
