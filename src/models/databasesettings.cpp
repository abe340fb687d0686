// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "databasesettings.h"

#include "appcontext.h"

#include <QJSEngine>
#include <QSettings>

namespace CareDesk {

namespace {
constexpr auto kSettingsKey = "database/url";
}

DatabaseSettings::DatabaseSettings(const QString &settingsPath, Source source, const QString &location, QObject *parent)
    : QObject(parent)
    , m_settingsPath(settingsPath)
    , m_source(source)
    , m_location(location)
{ }

DatabaseSettings *DatabaseSettings::create(QQmlEngine *, QJSEngine *)
{
    DatabaseSettings *settings = AppContext::instance()->databaseSettings();
    QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    return settings;
}

bool DatabaseSettings::shared() const
{
    return m_source != Source::Local;
}

QString DatabaseSettings::location() const
{
    return m_location;
}

bool DatabaseSettings::fromCommandLine() const
{
    return m_source == Source::CommandLine;
}

DatabaseSettings::Source DatabaseSettings::source() const
{
    return m_source;
}

QString DatabaseSettings::savedUrl() const
{
    return savedUrl(m_settingsPath);
}

QString DatabaseSettings::savedUrl(const QString &settingsPath)
{
    return QSettings(settingsPath, QSettings::IniFormat).value(QLatin1String(kSettingsKey)).toString().trimmed();
}

bool DatabaseSettings::restartNeeded() const
{
    return savedUrl() != (shared() ? m_location : QString());
}

QString DatabaseSettings::problemText(PostgresUrl::Problem problem)
{
    switch (problem) {
    case PostgresUrl::Problem::None:
        return {};
    case PostgresUrl::Problem::NotPostgres:
        return tr("Write the address as postgresql://user@host:5432/dbname.");
    case PostgresUrl::Problem::NoHost:
        return tr("The address names no server: postgresql://user@SERVER:5432/dbname.");
    case PostgresUrl::Problem::NoDatabase:
        return tr("The address names no database: postgresql://user@host:5432/DATABASE.");
    case PostgresUrl::Problem::BadPort:
        return tr("The port must be a number from 1 to 65535, for example 5432.");
    }
    return {};
}

QString DatabaseSettings::problemWith(const QString &url) const
{
    if (url.trimmed().isEmpty())
        return tr("Enter the address of the store's database.");
    PostgresUrl::Problem problem = PostgresUrl::Problem::None;
    const PostgresUrl parsed = PostgresUrl::parse(url, &problem);
    if (problem != PostgresUrl::Problem::None)
        return problemText(problem);
    // settings.ini is plain text: the password belongs in ~/.pgpass (or PGPASSWORD).
    if (!parsed.password.isEmpty())
        return tr("Leave the password out of the address; put it in ~/.pgpass on this computer.");
    return {};
}

QString DatabaseSettings::save(const QString &url)
{
    const QString problem = problemWith(url);
    if (!problem.isEmpty())
        return problem;
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(QLatin1String(kSettingsKey), PostgresUrl::parse(url).toDisplayString());
    settings.sync();
    Q_EMIT savedUrlChanged();
    return {};
}

void DatabaseSettings::useLocal()
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.remove(QLatin1String(kSettingsKey));
    settings.sync();
    Q_EMIT savedUrlChanged();
}

} // namespace CareDesk
