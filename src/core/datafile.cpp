// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "datafile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace CareDesk {

QString DataFileProblem::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(problem);
}

namespace JsonSource {

int lineAt(const QByteArray &json, int offset)
{
    return int(std::count(json.constBegin(), json.constBegin() + std::clamp(offset, 0, int(json.size())), '\n')) + 1;
}

int lineOfKey(const QByteArray &json, const QString &key, int from)
{
    const int at = int(json.indexOf(QByteArray("\"") + key.toUtf8() + "\"", std::max(0, from)));
    return at < 0 ? 0 : lineAt(json, at);
}

int offsetOfNthKey(const QByteArray &json, const QString &key, int index)
{
    const QByteArray needle = QByteArray("\"") + key.toUtf8() + "\"";
    int at = -1;
    for (int i = 0; i <= index; ++i) {
        at = int(json.indexOf(needle, at + 1));
        if (at < 0)
            return 0;
    }
    return at;
}

QJsonObject parseObject(const QByteArray &json, DataFileProblem *problem)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problem->line = lineAt(json, error.offset);
        problem->problem = error.errorString();
        return {};
    }
    if (!document.isObject()) {
        problem->line = 1;
        problem->problem = QStringLiteral("the file must hold one JSON object");
        return {};
    }
    return document.object();
}

QByteArray readFile(const QString &path, DataFileProblem *problem)
{
    problem->fileName = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problem->problem = file.errorString();
        return {};
    }
    return file.readAll();
}

} // namespace JsonSource

} // namespace CareDesk
