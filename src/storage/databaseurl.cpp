// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "databaseurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace CareDesk {

namespace {
constexpr auto kScheme = "postgresql";
constexpr int kDefaultPort = 5432;
} // namespace

bool PostgresUrl::looksLikePostgres(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String(kScheme) + QLatin1String("://"), Qt::CaseInsensitive);
}

PostgresUrl PostgresUrl::parse(const QString &text, Problem *problem)
{
    const auto fail = [problem](Problem why) {
        if (problem)
            *problem = why;
        return PostgresUrl {};
    };
    const QString trimmed = text.trimmed();
    if (!looksLikePostgres(trimmed))
        return fail(Problem::NotPostgres);
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        // QUrl refuses a port that is not a number up to 65535; say that rather than "not a URL".
        const QString authority = trimmed.mid(int(qstrlen(kScheme)) + 3).section(QLatin1Char('/'), 0, 0);
        const QString hostPort = authority.section(QLatin1Char('@'), -1);
        const bool hasPort = hostPort.contains(QLatin1Char(':')) && !hostPort.endsWith(QLatin1Char(']'));
        return fail(hasPort ? Problem::BadPort : Problem::NotPostgres);
    }
    const QUrlQuery query(url);
    PostgresUrl result;
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    result.host = query.hasQueryItem(QStringLiteral("host"))
        ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
        : url.host(QUrl::FullyDecoded);
    result.port = url.port(kDefaultPort);
    if (query.hasQueryItem(QStringLiteral("port"))) {
        bool ok = false;
        result.port = query.queryItemValue(QStringLiteral("port")).toInt(&ok);
        if (!ok)
            return fail(Problem::BadPort);
    }
    result.databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (result.port < 1 || result.port > 65535)
        return fail(Problem::BadPort);
    if (result.host.isEmpty())
        return fail(Problem::NoHost);
    if (result.databaseName.isEmpty() || result.databaseName.contains(QLatin1Char('/')))
        return fail(Problem::NoDatabase);
    if (problem)
        *problem = Problem::None;
    return result;
}

bool PostgresUrl::isValid() const
{
    return !host.isEmpty() && !databaseName.isEmpty() && port >= 1 && port <= 65535;
}

QString PostgresUrl::toDisplayString() const
{
    if (!isValid())
        return {};
    const QString userPart
        = user.isEmpty() ? QString() : QString::fromLatin1(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    const QString database = QString::fromLatin1(QUrl::toPercentEncoding(databaseName));
    if (host.startsWith(QLatin1Char('/'))) {
        // A socket directory cannot be the host part; libpq reads it from ?host=.
        return QStringLiteral("%1://%2/%3?host=%4&port=%5")
            .arg(QLatin1String(kScheme), userPart, database, QString::fromLatin1(QUrl::toPercentEncoding(host, "/")))
            .arg(port);
    }
    QUrl url;
    url.setScheme(QLatin1String(kScheme));
    url.setHost(host);
    url.setPort(port);
    return QStringLiteral("%1://%2%3/%4")
        .arg(QLatin1String(kScheme), userPart, url.authority(QUrl::FullyEncoded), database);
}

} // namespace CareDesk
