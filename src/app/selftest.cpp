// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "selftest.h"

#include "appcontext.h"
#include "language.h"
#include "session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QTextStream>

#include <atomic>

namespace CareDesk {

namespace {
std::atomic<int> s_warnings { 0 };
QtMessageHandler s_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        ++s_warnings;
    if (s_previous)
        s_previous(type, context, message);
}

void settle()
{
    // Let bindings, loaders and a frame of rendering run.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 50)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}
} // namespace

void installWarningCounter()
{
    s_previous = qInstallMessageHandler(countingHandler);
}

int runSelfTest(QQmlApplicationEngine &engine, AppContext &context)
{
    QTextStream out(stdout);
    if (engine.rootObjects().isEmpty()) {
        out << "self-test: the main window did not load\n";
        return 1;
    }
    QObject *window = engine.rootObjects().constFirst();
    const QString problem = context.session()->signInAsDemo();
    if (!problem.isEmpty()) {
        out << "self-test: demo sign-in failed: " << problem << '\n';
        return 1;
    }
    settle();
    const int pageCount = int(window->property("pages").toList().size());
    for (const QString &code : LanguageListModel::codes()) {
        context.language()->setCurrent(code);
        for (int page = 0; page < pageCount; ++page) {
            QMetaObject::invokeMethod(window, "showPage", Q_ARG(int, page));
            settle();
        }
        out << "self-test: " << code << ": " << pageCount << " pages opened\n";
    }
    context.session()->signOut();
    settle();
    const int warnings = s_warnings.load();
    out << "self-test: " << warnings << " QML warnings or errors\n";
    out.flush();
    return warnings == 0 && pageCount > 0 ? 0 : 1;
}

} // namespace CareDesk
