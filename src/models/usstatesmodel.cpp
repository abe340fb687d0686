// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "usstatesmodel.h"

#include "core/eligibility.h"

#include <QCoreApplication>

namespace CareDesk {

namespace {
struct StateName
{
    const char *code;
    const char *name;
};

// Sorted by code like Eligibility::usStateCodes(). QT_TRANSLATE_NOOP marks the names for
// lupdate; nameOf() translates them at display time.
constexpr StateName kNames[] = {
    { "AK", QT_TRANSLATE_NOOP("UsStatesModel", "Alaska") },
    { "AL", QT_TRANSLATE_NOOP("UsStatesModel", "Alabama") },
    { "AR", QT_TRANSLATE_NOOP("UsStatesModel", "Arkansas") },
    { "AZ", QT_TRANSLATE_NOOP("UsStatesModel", "Arizona") },
    { "CA", QT_TRANSLATE_NOOP("UsStatesModel", "California") },
    { "CO", QT_TRANSLATE_NOOP("UsStatesModel", "Colorado") },
    { "CT", QT_TRANSLATE_NOOP("UsStatesModel", "Connecticut") },
    { "DC", QT_TRANSLATE_NOOP("UsStatesModel", "District of Columbia") },
    { "DE", QT_TRANSLATE_NOOP("UsStatesModel", "Delaware") },
    { "FL", QT_TRANSLATE_NOOP("UsStatesModel", "Florida") },
    { "GA", QT_TRANSLATE_NOOP("UsStatesModel", "Georgia") },
    { "HI", QT_TRANSLATE_NOOP("UsStatesModel", "Hawaii") },
    { "IA", QT_TRANSLATE_NOOP("UsStatesModel", "Iowa") },
    { "ID", QT_TRANSLATE_NOOP("UsStatesModel", "Idaho") },
    { "IL", QT_TRANSLATE_NOOP("UsStatesModel", "Illinois") },
    { "IN", QT_TRANSLATE_NOOP("UsStatesModel", "Indiana") },
    { "KS", QT_TRANSLATE_NOOP("UsStatesModel", "Kansas") },
    { "KY", QT_TRANSLATE_NOOP("UsStatesModel", "Kentucky") },
    { "LA", QT_TRANSLATE_NOOP("UsStatesModel", "Louisiana") },
    { "MA", QT_TRANSLATE_NOOP("UsStatesModel", "Massachusetts") },
    { "MD", QT_TRANSLATE_NOOP("UsStatesModel", "Maryland") },
    { "ME", QT_TRANSLATE_NOOP("UsStatesModel", "Maine") },
    { "MI", QT_TRANSLATE_NOOP("UsStatesModel", "Michigan") },
    { "MN", QT_TRANSLATE_NOOP("UsStatesModel", "Minnesota") },
    { "MO", QT_TRANSLATE_NOOP("UsStatesModel", "Missouri") },
    { "MS", QT_TRANSLATE_NOOP("UsStatesModel", "Mississippi") },
    { "MT", QT_TRANSLATE_NOOP("UsStatesModel", "Montana") },
    { "NC", QT_TRANSLATE_NOOP("UsStatesModel", "North Carolina") },
    { "ND", QT_TRANSLATE_NOOP("UsStatesModel", "North Dakota") },
    { "NE", QT_TRANSLATE_NOOP("UsStatesModel", "Nebraska") },
    { "NH", QT_TRANSLATE_NOOP("UsStatesModel", "New Hampshire") },
    { "NJ", QT_TRANSLATE_NOOP("UsStatesModel", "New Jersey") },
    { "NM", QT_TRANSLATE_NOOP("UsStatesModel", "New Mexico") },
    { "NV", QT_TRANSLATE_NOOP("UsStatesModel", "Nevada") },
    { "NY", QT_TRANSLATE_NOOP("UsStatesModel", "New York") },
    { "OH", QT_TRANSLATE_NOOP("UsStatesModel", "Ohio") },
    { "OK", QT_TRANSLATE_NOOP("UsStatesModel", "Oklahoma") },
    { "OR", QT_TRANSLATE_NOOP("UsStatesModel", "Oregon") },
    { "PA", QT_TRANSLATE_NOOP("UsStatesModel", "Pennsylvania") },
    { "RI", QT_TRANSLATE_NOOP("UsStatesModel", "Rhode Island") },
    { "SC", QT_TRANSLATE_NOOP("UsStatesModel", "South Carolina") },
    { "SD", QT_TRANSLATE_NOOP("UsStatesModel", "South Dakota") },
    { "TN", QT_TRANSLATE_NOOP("UsStatesModel", "Tennessee") },
    { "TX", QT_TRANSLATE_NOOP("UsStatesModel", "Texas") },
    { "UT", QT_TRANSLATE_NOOP("UsStatesModel", "Utah") },
    { "VA", QT_TRANSLATE_NOOP("UsStatesModel", "Virginia") },
    { "VT", QT_TRANSLATE_NOOP("UsStatesModel", "Vermont") },
    { "WA", QT_TRANSLATE_NOOP("UsStatesModel", "Washington") },
    { "WI", QT_TRANSLATE_NOOP("UsStatesModel", "Wisconsin") },
    { "WV", QT_TRANSLATE_NOOP("UsStatesModel", "West Virginia") },
    { "WY", QT_TRANSLATE_NOOP("UsStatesModel", "Wyoming") },
};
constexpr int kCount = int(sizeof(kNames) / sizeof(kNames[0]));
static_assert(kCount == 51, "50 states and DC");
} // namespace

UsStatesModel::UsStatesModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int UsStatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kCount;
}

QVariant UsStatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString code = QLatin1String(kNames[index.row()].code);
    switch (role) {
    case CodeRole:
        return code;
    case NameRole:
        return nameOf(code);
    case Qt::DisplayRole:
    case LabelRole:
        return QStringLiteral("%1 (%2)").arg(nameOf(code), code);
    default:
        return {};
    }
}

QHash<int, QByteArray> UsStatesModel::roleNames() const
{
    return { { CodeRole, "code" }, { NameRole, "name" }, { LabelRole, "label" } };
}

int UsStatesModel::indexOfCode(const QString &code) const
{
    const QString wanted = code.trimmed().toUpper();
    for (int i = 0; i < kCount; ++i) {
        if (wanted == QLatin1String(kNames[i].code))
            return i;
    }
    return -1;
}

QString UsStatesModel::nameOf(const QString &code)
{
    for (const StateName &entry : kNames) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("UsStatesModel", entry.name);
    }
    return code;
}

} // namespace CareDesk
