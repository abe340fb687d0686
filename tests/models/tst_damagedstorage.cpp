// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testcontext.h"
#include "testenv.h"
#include "validcheckout.h"

#include "appcontext.h"
#include "cardform.h"
#include "carestatus.h"
#include "cartmodel.h"
#include "checkout.h"
#include "pointsdashboard.h"
#include "session.h"
#include "shop.h"
#include "storagehealth.h"
#include "warrantyhelp.h"

#include "storage/ordermoneycheck.h"
#include "storage/points/pointsservice.h"
#include "storage/sql.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace CareDesk;

// Issue #9, item 4: a data folder that cannot be written and a disk that fills up. Each gives
// a clear message and loses nothing: no half order, no half backup, the file as it was.
//
// As root, permission bits stop nothing, so the test makes the real conditions in a mount
// namespace of its own (unshare): a read-only bind mount of the data folder, and a small
// tmpfs that is filled to the last byte. Nothing outside this process sees them.
class TestDamagedStorage : public QObject
{
    Q_OBJECT

private:
    bool m_ownMounts = false;
    std::unique_ptr<QTemporaryDir> m_dir;

    static QMap<QString, QByteArray> filesIn(const QString &dir)
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                files.insert(QDir(dir).relativeFilePath(file.fileName()),
                    QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        }
        return files;
    }

    // The member's points and orders, as figures: equal before and after a refused write.
    static QString accountFigures(AppContext &context)
    {
        const QSqlDatabase db = context.database().connection();
        QStringList figures;
        for (const char *sql :
            { "SELECT count(*) FROM orders", "SELECT count(*) FROM order_lines", "SELECT count(*) FROM order_payments",
                "SELECT count(*) FROM points_entries", "SELECT coalesce(sum(available), 0) FROM points_balances",
                "SELECT count(*) FROM accounts", "SELECT count(*) FROM service_requests",
                "SELECT count(*) FROM cart_lines", "SELECT count(*) FROM care_transitions" })
            figures << Sql::scalar(db, QString::fromLatin1(sql))->toString();
        return figures.join(QLatin1Char(' '));
    }

    static void verifyConsistent(AppContext &context)
    {
        const QSqlDatabase db = context.database().connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
        const QString money = orderMoneyProblem(db);
        QVERIFY2(money.isEmpty(), qPrintable(money));
        // R-P4: each cached balance is the sum of its live lots.
        QCOMPARE(
            Sql::scalar(db,
                QStringLiteral("SELECT count(*) FROM points_balances b WHERE b.available <> (SELECT "
                               "coalesce(sum(remaining), 0) FROM points_lots l WHERE l.account_id = b.account_id)"))
                ->toInt(),
            0);
    }

    bool mountReadOnly(const QString &dir)
    {
        const QByteArray path = QFile::encodeName(dir);
        return ::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) == 0
            && ::mount(nullptr, path.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

    // An 8 MiB tmpfs of this process's own, or "" when it cannot be mounted.
    QString mountSmallDisk() const
    {
        const QString disk = m_dir->filePath(QStringLiteral("disk"));
        if (!QDir().mkpath(disk) || ::mount("tmpfs", QFile::encodeName(disk).constData(), "tmpfs", 0, "size=8m") != 0)
            return {};
        return disk;
    }

    // Writes zeros into `dir` until the file system says it is full.
    static void fillDisk(const QString &dir)
    {
        QFile filler(QDir(dir).filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, '\0');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        // The last few bytes too, so not even a small page fits.
        QFile more(QDir(dir).filePath(QStringLiteral("filler2")));
        QVERIFY(more.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        while (more.write("x", 1) == 1) { }
    }

    static void verifyReadable(const QString &message, const char *where)
    {
        QVERIFY2(message.trimmed().size() > 10, where);
        for (const char *leak : { "SQL", "sqlite", "disk I/O" })
            QVERIFY2(!message.contains(QLatin1String(leak), Qt::CaseInsensitive), qPrintable(message));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            return; // as a user, chmod is enough for the read-only case; the tmpfs one is skipped
        m_ownMounts = ::unshare(CLONE_NEWNS) == 0 && ::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
        if (!m_ownMounts)
            qWarning("no mount namespace (unshare: %s): the tmpfs and read-only mounts are skipped", strerror(errno));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        if (m_ownMounts) {
            for (const char *sub : { "/data", "/disk" })
                ::umount2(QFile::encodeName(m_dir->path() + QLatin1String(sub)).constData(), MNT_DETACH);
        }
        m_dir.reset();
    }

    // A read-only data folder: refused at start with the folder named, nothing written.
    void readOnlyDataFolder()
    {
        const QString data = m_dir->filePath(QStringLiteral("data"));
        Points before = 0;
        {
            AppContext context(testContextOptions(data));
            QVERIFY(context.start());
            QCOMPARE(context.session()->signInAsDemo(), QString());
            before = context.points()->ledger().balance(context.session()->accountId()).available;
        }
        const QMap<QString, QByteArray> files = filesIn(data);
        if (m_ownMounts) {
            QVERIFY(mountReadOnly(data));
        } else if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        } else {
            QSKIP("root without a mount namespace: nothing can make the folder read-only");
        }
        {
            AppContext context(testContextOptions(data));
            QVERIFY(!context.start());
            QVERIFY(context.startupError() == AppContext::StartupError::DataDirUnusable
                || context.startupError() == AppContext::StartupError::Storage);
            const QString text = context.startupErrorText();
            verifyReadable(text, "read-only folder");
            QVERIFY2(text.contains(QDir::toNativeSeparators(data)) || text.contains(QStringLiteral("write")),
                qPrintable(text));
        }
        QCOMPARE(filesIn(data), files);

        // Writable again: everything is there.
        if (m_ownMounts)
            QCOMPARE(::umount2(QFile::encodeName(data).constData(), 0), 0);
        else
            QFile::setPermissions(data, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        AppContext context(testContextOptions(data));
        QVERIFY(context.start());
        QCOMPARE(context.session()->signInAsDemo(), QString());
        QCOMPARE(context.points()->ledger().balance(context.session()->accountId()).available, before);
    }

    // The disk fills up while the member works: every write is refused whole with a message,
    // the database stays consistent, and once space is free the same actions succeed.
    void diskFullWhileInUse()
    {
        if (!m_ownMounts)
            QSKIP("needs a mount namespace (root) for a small tmpfs");
        const QString disk = mountSmallDisk();
        QVERIFY(!disk.isEmpty());
        const QString data = QDir(disk).filePath(QStringLiteral("data"));

        AppContext context(testContextOptions(data));
        QVERIFY(context.start());
        Session *session = context.session();
        QCOMPARE(session->signInAsDemo(), QString());
        Shop *shop = context.shop();
        QCOMPARE(shop->cart()->add(QStringLiteral("WH-1000XM6"), 1), QString());
        Checkout *checkout = shop->checkout();
        checkout->start();
        fillValidCheckout(*checkout);
        checkout->setPointsText(QStringLiteral("500"));
        QVERIFY(checkout->canPlace());

        // Empty the WAL into the database, so the next write needs new space on the disk.
        QVERIFY(Sql::run(context.database().connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        fillDisk(disk);
        const QString figures = accountFigures(context);

        QCOMPARE(context.storageHealth()->problem(), QString());
        QVERIFY(!checkout->place());
        verifyReadable(checkout->outcome(), "place order");
        QVERIFY2(checkout->outcome().contains(QStringLiteral("nothing was charged")), qPrintable(checkout->outcome()));
        QCOMPARE(accountFigures(context), figures);
        // Above every page: why, and what to do.
        QCOMPARE(context.storageHealth()->trouble(), StorageTrouble::DiskFull);
        QVERIFY(context.storageHealth()->problem().contains(QStringLiteral("Free some space")));

        verifyReadable(shop->cart()->add(QStringLiteral("NP-FZ100"), 1), "add to cart");
        QCOMPARE(accountFigures(context), figures);

        WarrantyHelp help;
        const QStringList request = help.submitRequest(QStringLiteral("Alex Morgan"), QStringLiteral("1 Main St"),
            QStringLiteral("5185550100"), QStringLiteral("WH-1000XM6"), QStringLiteral("2026-06-01"),
            QStringLiteral("Silent"), QStringLiteral("Repair"));
        QCOMPARE(request.size(), 1);
        verifyReadable(request.first(), "service request");
        QCOMPARE(accountFigures(context), figures);

        verifyReadable(context.careStatus()->setAutoRenew(!context.careStatus()->autoRenew()), "auto-renew");
        QCOMPARE(accountFigures(context), figures);

        session->signOut();
        const QStringList signUp = session->createAccount(QStringLiteral("new@example.com"), QStringLiteral("Sam Lee"),
            QStringLiteral("1990-04-01"), QStringLiteral("NY"), QStringLiteral("correct horse battery"));
        QCOMPARE(signUp.size(), 1);
        verifyReadable(signUp.first(), "sign up");
        QCOMPARE(accountFigures(context), figures);
        verifyConsistent(context);

        // Space again: the same order goes through, exactly once.
        QVERIFY(QFile::remove(QDir(disk).filePath(QStringLiteral("filler"))));
        QVERIFY(QFile::remove(QDir(disk).filePath(QStringLiteral("filler2"))));
        QCOMPARE(session->signInAsDemo(), QString());
        const Points available = context.points()->ledger().balance(session->accountId()).available;
        checkout->start();
        fillValidCheckout(*checkout);
        checkout->setPointsText(QStringLiteral("500"));
        QVERIFY2(checkout->place(), qPrintable(checkout->outcome()));
        QCOMPARE(context.points()->ledger().balance(session->accountId()).available, available - 500);
        QCOMPARE(context.storageHealth()->problem(), QString()); // saving works again
        verifyConsistent(context);
    }

    // A full disk at start: the daily copy cannot be written. The app still opens the
    // member's data, and no half copy is left to be offered for restoring later.
    void diskFullAtStart()
    {
        if (!m_ownMounts)
            QSKIP("needs a mount namespace (root) for a small tmpfs");
        const QString disk = mountSmallDisk();
        QVERIFY(!disk.isEmpty());
        const QString data = QDir(disk).filePath(QStringLiteral("data"));
        Points before = 0;
        {
            AppContext context(testContextOptions(data));
            QVERIFY(context.start());
            QCOMPARE(context.session()->signInAsDemo(), QString());
            before = context.points()->ledger().balance(context.session()->accountId()).available;
            QVERIFY(Sql::run(context.database().connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        fillDisk(disk);
        AppContext::Options next = testContextOptions(data);
        next.fixedNow = next.fixedNow.addDays(1); // a new day: a new daily copy is due
        AppContext context(next);
        if (context.start()) {
            QCOMPARE(context.session()->signInAsDemo(), QString());
            QCOMPARE(context.points()->ledger().balance(context.session()->accountId()).available, before);
        } else {
            verifyReadable(context.startupErrorText(), "start on a full disk");
        }
        const QDir backups(QDir(data).filePath(QStringLiteral("backups")));
        QVERIFY(!backups.exists(QStringLiteral("daily-2026-11-26.sqlite")));
        QCOMPARE(backups.entryList({ QStringLiteral("*.part") }, QDir::Files), QStringList());
        QCOMPARE(backups.entryList({ QStringLiteral("daily-*.sqlite") }, QDir::Files),
            QStringList { QStringLiteral("daily-2026-11-25.sqlite") });
    }
};

QTEST_GUILESS_MAIN(TestDamagedStorage)
#include "tst_damagedstorage.moc"
