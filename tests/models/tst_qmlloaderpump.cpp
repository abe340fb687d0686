// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

// Issue #10: while the app opens the database at start, the QML type loader compiles the
// window on its own thread and needs the GUI thread for every plugin it imports. These
// tests show the wait the pump removes, that it removes it, and that it lets nothing else
// run in the middle of the start's SQL.

#include "testenv.h"

#include "qmlloaderpump.h"

#include "storage/sql.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

namespace {
int statementsSeen = 0;
void countStatement()
{
    ++statementsSeen;
}
} // namespace

class TestQmlLoaderPump : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;

    // The GUI thread busy with SQL, as at start: statements back to back, no event loop,
    // until `done` says so or the deadline passes.
    template<typename Done> void runStatementsUntil(Done done, int milliseconds)
    {
        const QDeadlineTimer deadline(milliseconds);
        while (!done() && !deadline.hasExpired()) {
            if (!Sql::scalar(m_db, QStringLiteral("SELECT 1")).has_value())
                QFAIL("a statement failed");
        }
    }

    void runStatementsWhileLoading(const QQmlComponent &window, int milliseconds)
    {
        runStatementsUntil(
            [&window] {
                return !window.isLoading();
            },
            milliseconds);
    }

    [[nodiscard]] QUrl windowUrl() const
    {
        return QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("Window.qml")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile qml(m_dir.filePath(QStringLiteral("Window.qml")));
        QVERIFY(qml.open(QIODevice::WriteOnly));
        // Plugins the loader initialises through the GUI thread, as Main.qml does.
        qml.write("import QtQuick\nimport QtQuick.Controls\nimport QtQuick.Layouts\n"
                  "ColumnLayout { Label { text: \"CareDesk\" } }\n");
        qml.close();
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pump"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
    }

    void hookRunsBeforeEveryStatementWhileSet()
    {
        statementsSeen = 0;
        Sql::setBeforeStatement(&countStatement);
        for (int i = 0; i < 3; ++i)
            QVERIFY(Sql::run(m_db, QStringLiteral("SELECT ?"), { i }));
        QCOMPARE(statementsSeen, 3);
        Sql::setBeforeStatement(nullptr);
        QVERIFY(Sql::run(m_db, QStringLiteral("SELECT 1")));
        QCOMPARE(statementsSeen, 3);
    }

    void busyGuiThreadHoldsTheLoaderUp_data()
    {
        QTest::addColumn<bool>("pumpBefore");
        QTest::newRow("no pump") << false;
        QTest::newRow("after a pump's scope ended") << true;
    }

    void busyGuiThreadHoldsTheLoaderUp()
    {
        QFETCH(bool, pumpBefore);
        if (pumpBefore) {
            const QmlLoaderPump pump;
        }
        QQmlEngine engine;
        QQmlComponent window(&engine, windowUrl(), QQmlComponent::Asynchronous);
        runStatementsWhileLoading(window, 1000);
        // Without a pump the compile cannot finish: the loader waits for this thread.
        QVERIFY(window.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(window.isReady(), 10000);
    }

    void pumpLetsTheLoaderFinishDuringStatements()
    {
        QQmlEngine engine;
        QQmlComponent window(&engine, windowUrl(), QQmlComponent::Asynchronous);
        {
            const QmlLoaderPump pump;
            runStatementsWhileLoading(window, 10000);
        }
        QVERIFY2(window.isReady(), qPrintable(window.errorString()));
        std::unique_ptr<QObject> created(window.create());
        QVERIFY(created);
    }

    void pumpRunsNothingElse()
    {
        bool queuedCallRan = false;
        QMetaObject::invokeMethod(
            this,
            [&queuedCallRan] {
                queuedCallRan = true;
            },
            Qt::QueuedConnection);
        {
            const QmlLoaderPump pump;
            runStatementsUntil(
                [] {
                    return false;
                },
                50);
        }
        QVERIFY(!queuedCallRan); // the app's queued signals wait for the event loop, as before
        QTRY_VERIFY(queuedCallRan);
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pump"));
    }
};

QTEST_MAIN(TestQmlLoaderPump)
#include "tst_qmlloaderpump.moc"
