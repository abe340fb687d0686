// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "testdatabase.h"

#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqldialect.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CareDesk;

// Issue #11: Sql::withRetry runs a use case again when the engine aborted it only because
// another terminal got in the way, and never otherwise. The other terminal is a second
// connection; the conflict is real: SQLITE_BUSY on SQLite, a serialization failure (40001)
// on PostgreSQL (tst_retry_postgres).
class TestRetry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QSqlDatabase m_terminal; ///< the use cases' connection
    QSqlDatabase m_other; ///< another terminal on the same database
    bool m_postgres = false;

    [[nodiscard]] qint64 value() const
    {
        return Sql::scalar(m_other, QStringLiteral("SELECT n FROM retry_probe WHERE id = 1"))->toLongLong();
    }

    /// One run of a use case adding 1 to the probe. With `collide`, another terminal adds 100
    /// in a way that makes this run fail on the engine's conflict error.
    bool addOne(bool collide)
    {
        if (collide && !m_postgres) {
            // The other terminal holds the write lock longer than this one waits (50 ms).
            Sql::run(m_other, QStringLiteral("BEGIN IMMEDIATE"));
            Sql::run(m_other, QStringLiteral("UPDATE retry_probe SET n = n + 100 WHERE id = 1"));
            Transaction tx(m_terminal);
            Sql::run(m_other, QStringLiteral("COMMIT"));
            return tx.isActive()
                && Sql::run(m_terminal, QStringLiteral("UPDATE retry_probe SET n = n + 1 WHERE id = 1")) && tx.commit();
        }
        Transaction tx(m_terminal);
        if (collide) {
            // Repeatable read: this run reads, the other terminal changes the row and commits,
            // this run's update of the same row is refused with SQLSTATE 40001.
            Sql::runDdl(m_terminal, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
            (void)Sql::scalar(m_terminal, QStringLiteral("SELECT n FROM retry_probe WHERE id = 1"));
            Sql::run(m_other, QStringLiteral("UPDATE retry_probe SET n = n + 100 WHERE id = 1"));
        }
        return tx.isActive() && Sql::run(m_terminal, QStringLiteral("UPDATE retry_probe SET n = n + 1 WHERE id = 1"))
            && tx.commit();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        const auto opened = openTestDatabase(*m_db, m_dir);
        QVERIFY2(opened.ok(), qPrintable(opened.detail));
        m_postgres = m_db->dialect() == SqlDialect::PostgreSQL;
        if (m_postgres) {
            const PostgresUrl server = testPostgresUrl(qEnvironmentVariable("CAREDESK_TEST_DATABASE"));
            m_terminal = m_db->connection();
            m_other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other-terminal"));
            m_other.setHostName(server.host);
            m_other.setPort(server.port);
            m_other.setDatabaseName(server.databaseName);
            m_other.setUserName(server.user);
        } else {
            // A terminal that waits 50 ms for a lock, so the test does not wait 5 s.
            m_terminal = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("impatient-terminal"));
            m_terminal.setDatabaseName(m_dir.filePath(QStringLiteral("caredesk.sqlite")));
            m_terminal.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=50"));
            QVERIFY(m_terminal.open());
            m_other = m_db->connection();
        }
        QVERIFY(m_other.isOpen() || m_other.open());
        QVERIFY(Sql::runDdl(m_other, QStringLiteral("CREATE TABLE retry_probe (id INTEGER PRIMARY KEY, n INTEGER)")));
        QVERIFY(Sql::run(m_other, QStringLiteral("INSERT INTO retry_probe (id, n) VALUES (1, 0)")));
    }
    void init()
    {
        QVERIFY(Sql::run(m_other, QStringLiteral("UPDATE retry_probe SET n = 0 WHERE id = 1")));
    }

    void classifiesEngineErrors_data()
    {
        QTest::addColumn<SqlDialect>("dialect");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("PostgreSQL serialization failure") << SqlDialect::PostgreSQL << "40001" << true;
        QTest::newRow("PostgreSQL deadlock") << SqlDialect::PostgreSQL << "40P01" << true;
        QTest::newRow("PostgreSQL unique violation") << SqlDialect::PostgreSQL << "23505" << false;
        QTest::newRow("PostgreSQL check violation") << SqlDialect::PostgreSQL << "23514" << false;
        QTest::newRow("PostgreSQL connection failure") << SqlDialect::PostgreSQL << "08006" << false;
        QTest::newRow("SQLite busy") << SqlDialect::SQLite << "5" << true;
        QTest::newRow("SQLite busy snapshot") << SqlDialect::SQLite << "517" << true;
        QTest::newRow("SQLite locked") << SqlDialect::SQLite << "6" << true;
        QTest::newRow("SQLite constraint") << SqlDialect::SQLite << "19" << false;
        QTest::newRow("SQLite unique constraint") << SqlDialect::SQLite << "2067" << false;
        QTest::newRow("SQLite no code") << SqlDialect::SQLite << "" << false;
    }
    void classifiesEngineErrors()
    {
        QFETCH(SqlDialect, dialect);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        QCOMPARE(
            isRetryableConflict(dialect, QSqlError(QString(), QString(), QSqlError::StatementError, code)), retryable);
    }

    void conflictIsRetriedAndCountsOnce()
    {
        int runs = 0;
        const bool ok = Sql::withRetry(m_terminal, [&] {
            return addOne(++runs == 1);
        });
        QVERIFY(ok);
        QCOMPARE(runs, 2);
        QCOMPARE(value(), 101); // the other terminal's change kept, ours applied once
    }

    void givesUpAfterTheLastAttempt()
    {
        int runs = 0;
        const bool ok = Sql::withRetry(m_terminal, [&] {
            ++runs;
            return addOne(true);
        });
        QVERIFY(!ok);
        QCOMPARE(runs, Sql::kMaxUseCaseAttempts);
        QCOMPARE(value(), 100 * Sql::kMaxUseCaseAttempts); // none of ours, all of theirs
    }

    void refusalIsNotRetried()
    {
        int runs = 0;
        const bool ok = Sql::withRetry(m_terminal, [&] {
            ++runs;
            Transaction tx(m_terminal);
            return false; // e.g. not enough points: a business answer
        });
        QVERIFY(!ok);
        QCOMPARE(runs, 1);
    }

    void otherErrorsAreNotRetried()
    {
        int runs = 0;
        const bool ok = Sql::withRetry(m_terminal, [&] {
            ++runs;
            Transaction tx(m_terminal);
            return Sql::run(m_terminal, QStringLiteral("INSERT INTO retry_probe (id, n) VALUES (1, 5)")) && tx.commit();
        });
        QVERIFY(!ok);
        QCOMPARE(runs, 1);
    }

    void committedWorkIsNeverRepeated()
    {
        int runs = 0;
        const bool ok = Sql::withRetry(m_terminal, [&] {
            ++runs;
            return addOne(false) && addOne(true); // the second transaction collides
        });
        QVERIFY(!ok);
        QCOMPARE(runs, 1);
        QCOMPARE(value(), 101); // the first transaction's 1, once
    }

    void nestedUseCaseLeavesTheRetryToTheOuterOne()
    {
        int outer = 0, inner = 0;
        const bool ok = Sql::withRetry(m_terminal, [&] {
            ++outer;
            return Sql::withRetry(m_terminal, [&] {
                return addOne(++inner == 1);
            });
        });
        QVERIFY(ok);
        QCOMPARE(outer, 2);
        QCOMPARE(inner, 2);
        QCOMPARE(value(), 101);
    }

    void cleanupTestCase()
    {
        m_terminal = QSqlDatabase();
        m_other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("impatient-terminal"));
        QSqlDatabase::removeDatabase(QStringLiteral("other-terminal"));
    }
};

QTEST_GUILESS_MAIN(TestRetry)
#include "tst_retry.moc"
