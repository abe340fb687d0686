// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace CareDesk {

/// Where a shipped data file (program terms, catalog, shop terms) is malformed. Every
/// loader reports one of these, so the start window can name the file and the line.
struct DataFileProblem
{
    QString fileName;
    int line = 0; ///< 1-based (0: not tied to a line)
    QString problem; ///< technical description (English, for logs and the startup error)

    [[nodiscard]] bool isProblem() const
    {
        return !problem.isEmpty();
    }
    /// "file:line: problem".
    [[nodiscard]] QString toString() const;
};

/// Line arithmetic over a JSON text, for pointing at the value a loader refused.
namespace JsonSource {

/// The 1-based line of byte `offset`.
[[nodiscard]] int lineAt(const QByteArray &json, int offset);

/// The line where `"key"` first appears at or after byte `from` (0 when absent).
[[nodiscard]] int lineOfKey(const QByteArray &json, const QString &key, int from = 0);

/// The byte offset of the `index`-th occurrence (0-based) of `"key"` — the start of the
/// `index`-th object of an array whose objects all carry that key (e.g. every item's "sku").
[[nodiscard]] int offsetOfNthKey(const QByteArray &json, const QString &key, int index);

/// Parses `json` as one object; on failure fills `problem` (with the line) and returns {}.
[[nodiscard]] QJsonObject parseObject(const QByteArray &json, DataFileProblem *problem);

/// Reads a whole file (a resource path works); on failure fills `problem`.
[[nodiscard]] QByteArray readFile(const QString &path, DataFileProblem *problem);

} // namespace JsonSource

} // namespace CareDesk
