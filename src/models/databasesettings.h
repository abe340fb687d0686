// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaseurl.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace CareDesk {

/// Which database this terminal uses, for Settings (issue #11): its own SQLite file, or the
/// store's shared PostgreSQL database saved in settings.ini (`database/url`) or given with
/// --database. A saved choice applies from the next start; the sentences are composed in
/// QML, the problems with an address are worded here.
class DatabaseSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// True when this run uses the store's shared PostgreSQL database.
    Q_PROPERTY(bool shared READ shared CONSTANT)
    /// Where this run's data is: the shared database's address (never its password), or the
    /// local SQLite file.
    Q_PROPERTY(QString location READ location CONSTANT)
    /// True when --database chose the database of this run, overriding the saved choice.
    Q_PROPERTY(bool fromCommandLine READ fromCommandLine CONSTANT)
    /// The shared database saved for the next start; "" for this computer's own database.
    Q_PROPERTY(QString savedUrl READ savedUrl NOTIFY savedUrlChanged)
    /// True when the next start will use another database than this run does.
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY savedUrlChanged)

public:
    /// What chose the database of this run.
    enum class Source {
        Local, ///< nothing saved: the SQLite file in the data folder
        Saved, ///< settings.ini database/url
        CommandLine, ///< --database
    };

    DatabaseSettings(const QString &settingsPath, Source source, const QString &location, QObject *parent);
    static DatabaseSettings *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] bool shared() const;
    [[nodiscard]] QString location() const;
    [[nodiscard]] bool fromCommandLine() const;
    [[nodiscard]] Source source() const;
    [[nodiscard]] QString savedUrl() const;
    [[nodiscard]] bool restartNeeded() const;

    /// What is wrong with `url` as a shared database address, in words; "" when it is usable.
    Q_INVOKABLE [[nodiscard]] QString problemWith(const QString &url) const;
    /// Saves `url` (as shown, without a password) for the next start; returns problemWith().
    Q_INVOKABLE QString save(const QString &url);
    /// From the next start, this computer's own database again.
    Q_INVOKABLE void useLocal();

    /// The shared database address saved in `settingsPath`, "" when none.
    [[nodiscard]] static QString savedUrl(const QString &settingsPath);
    /// The problem of a parsed address, in words ("" for None).
    [[nodiscard]] static QString problemText(PostgresUrl::Problem problem);

Q_SIGNALS:
    void savedUrlChanged();

private:
    QString m_settingsPath;
    Source m_source;
    QString m_location;
};

} // namespace CareDesk
