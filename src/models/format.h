// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

/// Numbers, points and money formatted in the current UI language for QML (QLocale()),
/// so pages never format by hand. Money stays US dollars in every language.
class Format : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Format(QObject *parent = nullptr);

    /// 12345 -> "12,345" (en) / "12,345" (zh).
    Q_INVOKABLE [[nodiscard]] QString number(double value) const;
    /// 12345 -> "12,345 points".
    Q_INVOKABLE [[nodiscard]] QString points(double value) const;
    /// 1234 (cents) -> "$12.34" (en) / "US$12.34" (zh).
    Q_INVOKABLE [[nodiscard]] QString dollars(double cents) const;
};

} // namespace CareDesk
