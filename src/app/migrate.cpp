// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

// caredesk-migrate: copies a terminal's SQLite profile into the store's shared PostgreSQL
// database (issue #11) and proves the copy: row counts, points balances and money sums.
//   caredesk-migrate --from <data folder or caredesk.sqlite> --to postgresql://user@host:5432/db
// Exit status: 0 copied and verified; 1 refused or failed (the target is unchanged); 2 bad usage.

#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/storecopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTextStream>

using namespace CareDesk;

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int refuse(const QString &message)
{
    err() << "caredesk-migrate: " << message << Qt::endl;
    return 1;
}

QString openProblem(const Database::OpenResult &result)
{
    switch (result.status) {
    case Database::Status::Ok:
        return {};
    case Database::Status::DriverMissing:
        return QStringLiteral("%1 (install it and try again)").arg(result.detail);
    case Database::Status::NotADatabase:
        return QStringLiteral("it is damaged or not a CareDesk database (%1); it was left untouched")
            .arg(result.detail);
    case Database::Status::NewerSchema:
        return QStringLiteral("it was written by a newer CareDesk (%1); use that version's caredesk-migrate")
            .arg(result.detail);
    case Database::Status::ReadOnly:
    case Database::Status::CannotOpen:
    case Database::Status::BackupFailed:
    case Database::Status::MigrationFailed:
        break;
    }
    return result.detail;
}

QString urlProblem(PostgresUrl::Problem problem)
{
    switch (problem) {
    case PostgresUrl::Problem::None:
        return {};
    case PostgresUrl::Problem::NotPostgres:
        return QStringLiteral("--to needs a URL like postgresql://caredesk@db.example:5432/caredesk");
    case PostgresUrl::Problem::NoHost:
        return QStringLiteral("--to names no host: postgresql://user@HOST:5432/dbname");
    case PostgresUrl::Problem::NoDatabase:
        return QStringLiteral("--to names no database: postgresql://user@host:5432/DBNAME");
    case PostgresUrl::Problem::BadPort:
        return QStringLiteral("--to has a port that is not a number from 1 to 65535");
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caredesk-migrate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREDESK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copies a CareDesk profile (SQLite) into an empty shared PostgreSQL database and verifies the copy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption from(QStringLiteral("from"),
        QStringLiteral("The profile to copy: a CareDesk data folder or its caredesk.sqlite."), QStringLiteral("path"));
    const QCommandLineOption to(QStringLiteral("to"),
        QStringLiteral("The store's database, postgresql://user@host:5432/dbname (password from PGPASSWORD or "
                       "~/.pgpass). It must be empty: create it, and migrate before any terminal uses it."),
        QStringLiteral("url"));
    parser.addOptions({ from, to });
    parser.process(app);
    if (!parser.isSet(from) || !parser.isSet(to)) {
        err() << "caredesk-migrate: --from and --to are both needed\n\n" << parser.helpText();
        return 2;
    }
    PostgresUrl::Problem problem = PostgresUrl::Problem::None;
    const PostgresUrl target = PostgresUrl::parse(parser.value(to), &problem);
    if (problem != PostgresUrl::Problem::None) {
        err() << "caredesk-migrate: " << urlProblem(problem) << Qt::endl;
        return 2;
    }

    const QFileInfo given(parser.value(from));
    const QString file = given.isDir() ? QDir(given.absoluteFilePath()).filePath(QStringLiteral("caredesk.sqlite"))
                                       : given.absoluteFilePath();
    const QString folder = QFileInfo(file).absolutePath();
    if (!QFileInfo(file).isFile())
        return refuse(QStringLiteral("there is no CareDesk database at %1").arg(QDir::toNativeSeparators(file)));
    // The app holds this lock while it runs: a profile must not change while it is copied.
    QLockFile lock(QDir(folder).filePath(QStringLiteral("caredesk.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(100))
        return refuse(QStringLiteral("CareDesk is open on %1; close it first").arg(QDir::toNativeSeparators(folder)));

    Database source(QStringLiteral("caredesk-migrate-source"));
    const auto opened = source.openSqlite(file, QDir(folder).filePath(QStringLiteral("backups")));
    if (!opened.ok())
        return refuse(QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(file), openProblem(opened)));
    if (!opened.backupPath.isEmpty())
        QTextStream(stdout) << "caredesk-migrate: updated the profile to schema " << source.schemaVersion()
                            << " first; its old copy is " << QDir::toNativeSeparators(opened.backupPath) << Qt::endl;
    Database store(QStringLiteral("caredesk-migrate-target"));
    const auto reached = store.openPostgres(target);
    if (!reached.ok())
        return refuse(QStringLiteral("cannot use %1: %2").arg(target.toDisplayString(), openProblem(reached)));

    const StoreCopy::Result result = StoreCopy::copy(source, store);
    switch (result.status) {
    case StoreCopy::Status::Copied:
        break;
    case StoreCopy::Status::TargetNotEmpty:
        return refuse(QStringLiteral("%1 already holds data (rows: %2). Nothing was written. Copy into a new, "
                                     "empty database (createdb), before any terminal has started on it.")
                          .arg(target.toDisplayString(), result.detail));
    case StoreCopy::Status::SchemaMismatch:
        return refuse(QStringLiteral("the two databases do not have the same schema (%1). Nothing was written.")
                          .arg(result.detail));
    case StoreCopy::Status::Failed:
        return refuse(QStringLiteral("the copy failed and was undone: %1").arg(result.detail));
    case StoreCopy::Status::VerifyFailed:
        return refuse(QStringLiteral("%1:\n  %2").arg(result.detail, result.differences.join(QStringLiteral("\n  "))));
    }

    QTextStream out(stdout);
    out << "caredesk-migrate: copied " << QDir::toNativeSeparators(file) << " (schema " << source.schemaVersion()
        << ") into " << target.toDisplayString() << '\n';
    qint64 rows = 0;
    int sums = 0;
    for (const StoreCopy::TableFigures &table : result.tables) {
        out << "  " << qSetFieldWidth(28) << Qt::left << table.table << qSetFieldWidth(10) << Qt::right << table.rows
            << qSetFieldWidth(0);
        for (auto it = table.centsSums.cbegin(); it != table.centsSums.cend(); ++it)
            out << "  " << it.key() << " = " << it.value();
        out << '\n';
        rows += table.rows;
        sums += int(table.centsSums.size());
    }
    out << "verified, equal in both databases: " << result.tables.size() << " tables, " << rows
        << " rows, the points balance of each of " << result.accountsChecked << " accounts (against its lots), " << sums
        << " sums of *_cents columns" << Qt::endl;
    return 0;
}
