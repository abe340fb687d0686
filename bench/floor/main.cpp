// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

// caredesk-floor: a Label and a Button in an ApplicationWindow of the app's size and style.
// caredesk-bench times it against caredesk; any outside tool can too, with the same
// --quit-after-first-frame (it exits 0 after its first frame and prints "first-frame").

#include "firstframe.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QUrl>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caredesk-floor"));
    // As main.cpp of the app: the Basic style unless the environment chooses one.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption quitAfterFirstFrame(QStringLiteral("quit-after-first-frame"),
        QStringLiteral("Print \"first-frame\" and exit with status 0 once the first frame is on screen."));
    parser.addOption(quitAfterFirstFrame);
    parser.process(app);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/CareDesk/Floor/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (parser.isSet(quitAfterFirstFrame) && window)
        CareDesk::quitAfterFirstFrame(window);
    return app.exec();
}
