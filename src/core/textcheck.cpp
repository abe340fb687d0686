// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "textcheck.h"

namespace CareDesk::TextCheck {

namespace {

bool isPrintable(const QString &text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                return false;
            ++i; // a whole pair: one character outside the BMP (emoji, rare CJK)
            continue;
        }
        if (multiLine && (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')))
            continue;
        if (c.isLowSurrogate() || c.category() == QChar::Other_Control)
            return false;
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)) // LRE..RLO, LRI..PDI
            return false;
    }
    return true;
}

} // namespace

bool isPrintableLine(const QString &text)
{
    return isPrintable(text, false);
}

bool isPrintableText(const QString &text)
{
    return isPrintable(text, true);
}

} // namespace CareDesk::TextCheck
