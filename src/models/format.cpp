// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "format.h"

#include "points/pointswording.h"

#include <QLocale>

namespace CareDesk {

Format::Format(QObject *parent)
    : QObject(parent)
{ }

QString Format::number(double value) const
{
    return QLocale().toString(qint64(value));
}

QString Format::points(double value) const
{
    return PointsWording::points(qint64(value));
}

QString Format::dollars(double cents) const
{
    return PointsWording::dollars(qint64(cents));
}

} // namespace CareDesk
