// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/clock.h"
#include "storage/database.h"
#include "storage/passwordhasher.h"

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

namespace CareDesk {

class AppClock;
class StorageHealth;
class IdleSignOut;
class CareService;
class Catalog;
class CheckoutService;
class PaymentProcessor;
class Shop;
class CareStatus;
class DatabaseSettings;
class Language;
class PointsDashboard;
class PointsService;
class Session;

/// The services of one running app, built once (main.cpp, or a test) with their
/// dependencies injected, then handed to QML through each singleton's create().
class AppContext : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir; ///< empty: QStandardPaths::AppDataLocation
        QDateTime fixedNow; ///< valid: --now, the clock stands still
        QString language; ///< empty: saved choice, else the system locale
        QString databaseUrl; ///< --database: a shared store; empty: the saved choice, else SQLite in dataDir
        PasswordHasher::Cost hashCost = PasswordHasher::Cost::Interactive;
        bool seedDemo = true; ///< create the demo member on first start
        /// Where the shipped data files (programs/, shop/) are read from: the resources built
        /// into the app. Tests point it at a folder holding a damaged copy.
        QString dataFileRoot = QStringLiteral(":");
    };

    /// Why the app could not start; each has a worded message (startupErrorText()).
    enum class StartupError {
        None,
        DataDirUnusable, ///< cannot create or write the data directory
        AlreadyRunning, ///< another CareDesk uses this data directory
        Storage, ///< see openResult()
        DataFileInvalid, ///< a shipped data file (program terms, ...) is malformed
        DatabaseUrlInvalid, ///< the shared database saved in settings.ini is not a usable address
    };

    explicit AppContext(const Options &options, QObject *parent = nullptr);
    ~AppContext() override;

    /// Creates the data directory (0700), takes its lock, opens and migrates the database,
    /// seeds the demo member. Returns false with startupError() set on any failure.
    bool start();

    [[nodiscard]] StartupError startupError() const;
    [[nodiscard]] const Database::OpenResult &openResult() const;
    /// The failure explained for a customer, in the current language.
    [[nodiscard]] QString startupErrorText() const;

    /// The newest automatic copy when the database could not be opened, or "".
    [[nodiscard]] QString restorableBackup() const;
    /// Puts that copy in place of the unreadable database (moved aside, never deleted) and
    /// returns what happened in words. Start CareDesk again afterwards.
    Q_INVOKABLE QString restoreLatestBackup();

    /// The shared database address saved in Settings when it is what failed to open, or "".
    [[nodiscard]] QString failedSavedDatabase() const;
    /// Forgets that saved address, so the next start uses this computer's own database;
    /// returns what happened in words.
    Q_INVOKABLE QString useLocalDatabase();

    [[nodiscard]] Clock &clock() const;
    [[nodiscard]] Database &database() const;
    [[nodiscard]] const PasswordHasher &hasher() const;
    [[nodiscard]] QString dataDir() const;
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString settingsPath() const;

    [[nodiscard]] Session *session() const;
    [[nodiscard]] AppClock *appClock() const;
    [[nodiscard]] StorageHealth *storageHealth() const;
    [[nodiscard]] Language *language() const;
    /// The points use cases (nullptr until start() succeeded).
    [[nodiscard]] PointsService *points() const;
    [[nodiscard]] PointsDashboard *pointsDashboard() const;
    /// The Care use cases (nullptr until start() succeeded).
    [[nodiscard]] CareService *care() const;
    [[nodiscard]] CareStatus *careStatus() const;
    [[nodiscard]] IdleSignOut *idleSignOut() const;
    /// The shop use cases (nullptr until start() succeeded).
    [[nodiscard]] CheckoutService *checkout() const;
    [[nodiscard]] PaymentProcessor *paymentProcessor() const;
    /// The shop for QML: cart, checkout, orders (issue #6).
    [[nodiscard]] Shop *shop() const;
    [[nodiscard]] DatabaseSettings *databaseSettings() const;

    /// Runs the clock-driven jobs now: R-P11 leave requests due, R-K5 fulfilment (lines ship
    /// on their promised dates, their points post), R-C3 guest Care purchases expiring, R-P4
    /// expiry, R-C5/R-C6 renewals and notices of the signed-in member; refreshes what they
    /// changed. Called at sign-in and on every tick.
    void runClockJobs();

    /// The context QML singletons are served from (the most recently constructed one).
    [[nodiscard]] static AppContext *instance();

private:
    Options m_options;
    QString m_dataDir;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<QLockFile> m_lock;
    QString m_databaseUrl; ///< the shared database of this run, "" for SQLite
    StartupError m_startupError = StartupError::None;
    Database::OpenResult m_openResult;
    Session *m_session = nullptr;
    AppClock *m_appClock = nullptr;
    StorageHealth *m_storageHealth = nullptr;
    Language *m_language = nullptr;
    std::unique_ptr<PointsService> m_points;
    PointsDashboard *m_pointsDashboard = nullptr;
    std::unique_ptr<PaymentProcessor> m_processor;
    std::unique_ptr<CareService> m_care;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<CheckoutService> m_checkout;
    Shop *m_shop = nullptr;
    CareStatus *m_careStatus = nullptr;
    IdleSignOut *m_idleSignOut = nullptr;
    DatabaseSettings *m_databaseSettings = nullptr;
    QString m_dataFileProblem;
};

} // namespace CareDesk
