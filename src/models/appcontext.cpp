// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "appcontext.h"

#include "appclock.h"
#include "language.h"
#include "session.h"
#include "storagehealth.h"

#include "carestatus.h"
#include "databasesettings.h"
#include "desktopnotifier.h"
#include "idlesignout.h"
#include "pointsdashboard.h"
#include "shop.h"

#include "core/businesscalendar.h"
#include "core/points/programterms.h"
#include "core/programcalendar.h"
#include "core/shop/cartpricing.h"
#include "core/shop/payment.h"
#include "storage/backups.h"
#include "storage/care/careservice.h"
#include "storage/databaseurl.h"
#include "storage/demodata.h"
#include "storage/points/pointsservice.h"
#include "storage/shop/checkoutservice.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace CareDesk {

namespace {
AppContext *s_instance = nullptr; // the newest context; cleared when it goes
int s_connectionCounter = 0;
} // namespace

AppContext::AppContext(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_dataDir = options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                          : QDir(options.dataDir).absolutePath();
    if (options.fixedNow.isValid())
        m_clock = std::make_unique<FixedClock>(options.fixedNow);
    else
        m_clock = std::make_unique<SystemClock>();
    m_database = std::make_unique<Database>(QStringLiteral("caredesk-%1").arg(++s_connectionCounter));
    m_hasher = std::make_unique<PasswordHasher>(options.hashCost);
    m_appClock = new AppClock(*m_clock, this);
    m_storageHealth = new StorageHealth(this);
    m_language = new Language(settingsPath(), options.language, this);
    m_session = new Session(this);
    m_pointsDashboard = new PointsDashboard(*this, this);
    m_careStatus = new CareStatus(*this, this);
    m_shop = new Shop(*this, this);
    m_idleSignOut = new IdleSignOut(*m_session, this);
    // The database (issue #11): --database, else the shared one saved in Settings, else the
    // SQLite file in the data folder.
    DatabaseSettings::Source source = DatabaseSettings::Source::Local;
    m_databaseUrl = options.databaseUrl.trimmed();
    if (!m_databaseUrl.isEmpty()) {
        source = DatabaseSettings::Source::CommandLine;
    } else {
        m_databaseUrl = DatabaseSettings::savedUrl(settingsPath());
        if (!m_databaseUrl.isEmpty())
            source = DatabaseSettings::Source::Saved;
    }
    const QString shown = PostgresUrl::parse(m_databaseUrl).toDisplayString();
    m_databaseSettings = new DatabaseSettings(settingsPath(), source,
        m_databaseUrl.isEmpty() ? databasePath() : (shown.isEmpty() ? m_databaseUrl : shown), this);
    // Shared terminals: 15 minutes without input signs the member out (0 turns it off).
    const int idleMinutes
        = QSettings(settingsPath(), QSettings::IniFormat).value(QStringLiteral("security/idleMinutes"), 15).toInt();
    m_idleSignOut->setTimeout(std::chrono::minutes(std::max(0, idleMinutes)));
    s_instance = this;
}

AppContext::~AppContext()
{
    if (s_instance == this)
        s_instance = nullptr;
    // Children that hold store objects go first; the connection closes last.
    delete m_idleSignOut;
    m_idleSignOut = nullptr;
    delete m_shop;
    m_shop = nullptr;
    delete m_careStatus;
    m_careStatus = nullptr;
    delete m_pointsDashboard;
    m_pointsDashboard = nullptr;
    delete m_session;
    m_session = nullptr;
    m_checkout.reset();
    m_points.reset();
    m_care.reset();
    m_database->close();
}

bool AppContext::start()
{
    QDir dir;
    if (!dir.mkpath(m_dataDir)) {
        m_startupError = StartupError::DataDirUnusable;
        return false;
    }
    // Account data is private to the user: 0700 directory (files get umask-limited 0600 below).
    QFile::setPermissions(m_dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    m_lock = std::make_unique<QLockFile>(QDir(m_dataDir).filePath(QStringLiteral("caredesk.lock")));
    m_lock->setStaleLockTime(0); // a lock left by a crash is detected by its dead PID instead
    if (!m_lock->tryLock(100)) {
        m_startupError = m_lock->error() == QLockFile::LockFailedError ? StartupError::AlreadyRunning
                                                                       : StartupError::DataDirUnusable;
        return false;
    }

    if (m_databaseUrl.isEmpty()) {
        m_openResult = m_database->openSqlite(databasePath(), QDir(m_dataDir).filePath(QStringLiteral("backups")));
    } else {
        // A store's shared PostgreSQL. The password comes from the URL given with --database,
        // or from PGPASSWORD or ~/.pgpass through libpq; Settings never saves one.
        PostgresUrl::Problem problem = PostgresUrl::Problem::None;
        const PostgresUrl url = PostgresUrl::parse(m_databaseUrl, &problem);
        if (problem != PostgresUrl::Problem::None) {
            m_startupError = StartupError::DatabaseUrlInvalid;
            m_openResult.detail = DatabaseSettings::problemText(problem);
            return false;
        }
        m_openResult = m_database->openPostgres(url);
    }
    if (!m_openResult.ok()) {
        m_startupError = StartupError::Storage;
        return false;
    }
    for (const QString &name :
        { databasePath(), databasePath() + QStringLiteral("-wal"), databasePath() + QStringLiteral("-shm") }) {
        if (QFile::exists(name))
            QFile::setPermissions(name, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // A consistent copy a day, the last week kept (issue #9).
    Backups::makeDaily(
        *m_database, QDir(m_dataDir).filePath(QStringLiteral("backups")), ProgramCalendar::dateOf(m_clock->now()));

    // Program terms, catalog and shop terms are data (RULES.md): a malformed file stops the
    // start, naming file and line.
    const ProgramTermsLoad terms = loadProgramTerms(m_options.dataFileRoot + QStringLiteral("/programs/my-sony.json"));
    if (!terms.terms) {
        m_dataFileProblem = QStringLiteral("%1:%2: %3").arg(terms.fileName).arg(terms.line).arg(terms.problem);
        m_startupError = StartupError::DataFileInvalid;
        return false;
    }
    CatalogLoad catalog = loadCatalog(m_options.dataFileRoot + QStringLiteral("/shop/catalog.json"));
    const ShopTermsLoad shopTerms = loadShopTerms(m_options.dataFileRoot + QStringLiteral("/shop/shop-terms.json"));
    const CareTerms careTerms;
    if (catalog.catalog && catalog.catalog->careItem()
        && catalog.catalog->careItem()->priceCents != careTerms.feeCents) {
        catalog.problem = { catalog.problem.fileName, 0, QStringLiteral("the Care price differs from the Care terms") };
        catalog.catalog.reset();
    }
    for (const DataFileProblem &problem : { catalog.problem, shopTerms.problem }) {
        if (problem.isProblem()) {
            m_dataFileProblem = problem.toString();
            m_startupError = StartupError::DataFileInvalid;
            return false;
        }
    }
    const int year = ProgramCalendar::dateOf(m_clock->now()).year();
    const BusinessCalendar calendar = BusinessCalendar::usFederal(year - 5, year + 5);
    m_points = std::make_unique<PointsService>(m_database->connection(), *terms.terms, calendar);

    m_processor = std::make_unique<SandboxPaymentProcessor>();
    m_care = std::make_unique<CareService>(m_database->connection(), careTerms, *m_processor);
    m_catalog = std::make_unique<Catalog>(*catalog.catalog);
    m_checkout = std::make_unique<CheckoutService>(m_database->connection(), *m_catalog,
        CartPricing(*terms.terms, *shopTerms.terms, ShippingPlanner(calendar)), m_points->ledger(), *m_care,
        *m_processor);
    m_care->setOrderSource(&m_checkout->orders());
    m_care->setRefundProcessor(m_processor.get());
    m_checkout->cart().clear(0); // a guest's cart never outlives the guest (shared terminals)

    if (m_options.seedDemo)
        DemoData::ensure(m_database->connection(), *m_hasher, m_clock->now(), *m_checkout, m_points->ledger(), *m_care);
    m_session->attach(m_database->connection(), *m_hasher, *m_clock);
    connect(m_session, &Session::stateChanged, this, &AppContext::runClockJobs);
    connect(m_appClock, &AppClock::ticked, this, &AppContext::runClockJobs);
    connect(m_appClock, &AppClock::dayChanged, m_pointsDashboard, &PointsDashboard::refresh);
    connect(m_appClock, &AppClock::dayChanged, m_careStatus, &CareStatus::refresh); // the cut-off moves with the day
    // An order moves points (held, pending) and may have bought Care (R-C1).
    connect(m_shop, &Shop::orderPlaced, m_pointsDashboard, &PointsDashboard::refresh);
    connect(m_shop, &Shop::orderPlaced, m_careStatus, &CareStatus::refresh);
    connect(m_shop, &Shop::ordersChanged, m_pointsDashboard, &PointsDashboard::refresh);
    connect(m_shop, &Shop::ordersChanged, m_careStatus, &CareStatus::refresh);
    runClockJobs();
    return true;
}

void AppContext::runClockJobs()
{
    if (!m_points)
        return;
    const QDateTime now = m_clock->now();
    const int processed = m_points->processDueLeaves(now);
    const FulfilmentResult shipped = m_checkout->runFulfilment(now);
    m_care->expireGuestPurchases(now);
    const AccountId account = m_session->accountId();
    if (account && sender() == m_session) // R-C3: signing in with the purchase email activates it
        m_care->activateGuestPurchases(account, m_session->email(), now);
    const int expired = account ? m_points->runExpiry(account, now) : 0;
    bool careChanged = false;
    if (account && m_care) {
        const CareClockResult care = m_care->runClock(account, now);
        careChanged = care.changed;
        for (const CareMessage &message : care.newMessages) // R-C6: also on the desktop
            DesktopNotifier::notify(CareStatus::messageTitle(message), CareStatus::messageBody(message));
    }
    // A state change (sign-in, sign-out) always refreshes; a tick only when something moved.
    const bool always = sender() == m_session || sender() == nullptr;
    if (always || processed > 0 || expired > 0 || shipped.shipped > 0)
        m_pointsDashboard->refresh();
    if (always || careChanged)
        m_careStatus->refresh();
    m_shop->notifyOrdersChanged(shipped.orders);
}

PointsService *AppContext::points() const
{
    return m_points.get();
}

PointsDashboard *AppContext::pointsDashboard() const
{
    return m_pointsDashboard;
}

CareService *AppContext::care() const
{
    return m_care.get();
}

CareStatus *AppContext::careStatus() const
{
    return m_careStatus;
}

IdleSignOut *AppContext::idleSignOut() const
{
    return m_idleSignOut;
}

CheckoutService *AppContext::checkout() const
{
    return m_checkout.get();
}

PaymentProcessor *AppContext::paymentProcessor() const
{
    return m_processor.get();
}

Shop *AppContext::shop() const
{
    return m_shop;
}

AppContext::StartupError AppContext::startupError() const
{
    return m_startupError;
}

const Database::OpenResult &AppContext::openResult() const
{
    return m_openResult;
}

QString AppContext::startupErrorText() const
{
    switch (m_startupError) {
    case StartupError::None:
        return {};
    case StartupError::DataDirUnusable:
        return tr("CareDesk cannot use its data folder %1. Check that it exists and that you may write to it, "
                  "or choose another folder with --data-dir.")
            .arg(QDir::toNativeSeparators(m_dataDir));
    case StartupError::AlreadyRunning:
        return tr("CareDesk is already open with this data folder. Switch to the open window, or close it "
                  "first; two copies writing one account would risk your points and orders.");
    case StartupError::DataFileInvalid:
        return tr("A data file of CareDesk is damaged (%1). Reinstall CareDesk; your own data was not touched.")
            .arg(m_dataFileProblem);
    case StartupError::DatabaseUrlInvalid:
        return tr("The address of the store's database saved in Settings, %1, cannot be used. Use this "
                  "computer's own database, or start CareDesk with --database and the right address.")
            .arg(m_databaseUrl);
    case StartupError::Storage:
        break;
    }
    if (!m_databaseUrl.isEmpty()) {
        // The store's shared database (issue #11): no file, no backup folder of ours.
        const QString where = m_databaseSettings->location();
        switch (m_openResult.status) {
        case Database::Status::Ok:
            return {};
        case Database::Status::DriverMissing:
            return tr("The PostgreSQL support of Qt is missing (Debian package libqt6sql6-psql). Install it to use "
                      "the store's database.");
        case Database::Status::CannotOpen:
        case Database::Status::ReadOnly:
        case Database::Status::BackupFailed:
            return tr("CareDesk could not reach the store's database %1. Check the network, the server and the "
                      "password in ~/.pgpass. Nothing was changed.")
                .arg(where);
        case Database::Status::NotADatabase:
            return tr("The store's database %1 holds tables that are not CareDesk's. CareDesk left it untouched; "
                      "use an empty database for CareDesk.")
                .arg(where);
        case Database::Status::NewerSchema:
            break; // as for the local file
        case Database::Status::MigrationFailed:
            return tr("Updating the store's database %1 failed and was undone; its data is as it was.").arg(where);
        }
    }
    switch (m_openResult.status) {
    case Database::Status::Ok:
        return {};
    case Database::Status::DriverMissing:
        return tr("The SQLite support of Qt is missing (Debian package libqt6sql6-sqlite). Reinstall CareDesk.");
    case Database::Status::CannotOpen:
        return tr("CareDesk could not open its database %1. Nothing was changed.")
            .arg(QDir::toNativeSeparators(databasePath()));
    case Database::Status::ReadOnly:
        return tr("CareDesk cannot write to %1. Your data is unchanged; check the folder's permissions "
                  "or free disk space.")
            .arg(QDir::toNativeSeparators(m_dataDir));
    case Database::Status::NotADatabase:
        return tr("The database %1 is damaged or is not a CareDesk database. CareDesk left it exactly as it "
                  "is. Restore a copy from the backups folder, or start with another --data-dir.")
            .arg(QDir::toNativeSeparators(databasePath()));
    case Database::Status::NewerSchema:
        return tr("The database was written by a newer version of CareDesk (schema %1; this version knows up "
                  "to %2). CareDesk left it untouched. Install the newer CareDesk to use it.")
            .arg(m_openResult.foundVersion)
            .arg(m_openResult.supportedVersion);
    case Database::Status::BackupFailed:
        return tr("CareDesk needs to update its database, but could not first keep a copy of it, so it did "
                  "not update it. Free some disk space and start again.");
    case Database::Status::MigrationFailed:
        return tr("Updating the database failed and was undone; your data is as it was. A copy is kept at %1.")
            .arg(QDir::toNativeSeparators(m_openResult.backupPath));
    }
    return {};
}

QString AppContext::restorableBackup() const
{
    if (m_startupError != StartupError::Storage || m_openResult.status != Database::Status::NotADatabase)
        return {};
    return Backups::latest(QDir(m_dataDir).filePath(QStringLiteral("backups")));
}

QString AppContext::restoreLatestBackup()
{
    const QString backup = restorableBackup();
    QString aside;
    if (backup.isEmpty() || !Backups::restore(databasePath(), backup, &aside))
        return tr("The backup could not be restored. Nothing was changed.");
    return tr("Restored %1. The damaged database was kept as %2. Start CareDesk again.")
        .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(aside));
}

QString AppContext::failedSavedDatabase() const
{
    const bool failed = m_startupError == StartupError::DatabaseUrlInvalid
        || (m_startupError == StartupError::Storage && m_openResult.status != Database::Status::NewerSchema);
    return failed && m_databaseSettings->source() == DatabaseSettings::Source::Saved ? m_databaseSettings->location()
                                                                                     : QString();
}

QString AppContext::useLocalDatabase()
{
    m_databaseSettings->useLocal();
    return tr("From its next start CareDesk uses this computer's own database again. Start CareDesk again; "
              "to go back to the store's database, choose it in Settings.");
}

DatabaseSettings *AppContext::databaseSettings() const
{
    return m_databaseSettings;
}

Clock &AppContext::clock() const
{
    return *m_clock;
}

Database &AppContext::database() const
{
    return *m_database;
}

const PasswordHasher &AppContext::hasher() const
{
    return *m_hasher;
}

QString AppContext::dataDir() const
{
    return m_dataDir;
}

QString AppContext::databasePath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("caredesk.sqlite"));
}

QString AppContext::settingsPath() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("settings.ini"));
}

Session *AppContext::session() const
{
    return m_session;
}

AppClock *AppContext::appClock() const
{
    return m_appClock;
}

StorageHealth *AppContext::storageHealth() const
{
    return m_storageHealth;
}

Language *AppContext::language() const
{
    return m_language;
}

AppContext *AppContext::instance()
{
    return s_instance;
}

} // namespace CareDesk
