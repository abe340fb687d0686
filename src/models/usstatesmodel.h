// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

/// The 50 US states and DC, for address and account forms (R-P10: US residents only).
class UsStatesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< two-letter postal code, "NY"
        NameRole, ///< the state's name in the current language
        LabelRole, ///< "New York (NY)", for pickers
    };
    Q_ENUM(Role)

    explicit UsStatesModel(QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// The row of a code, or -1.
    Q_INVOKABLE [[nodiscard]] int indexOfCode(const QString &code) const;
    /// The name of a code in the current language.
    [[nodiscard]] static QString nameOf(const QString &code);
};

} // namespace CareDesk
