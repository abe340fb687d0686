// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "appcontext.h"
#include "firstframe.h"
#include "fontwarmup.h"
#include "language.h"
#include "qmlloaderpump.h"
#include "selftest.h"
#include "session.h"

#include "core/clock.h"
#include "storage/databaseurl.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <memory>

using namespace CareDesk;

namespace {

struct CommandLine
{
    AppContext::Options options;
    double fontScale = 1.0;
    bool quitAfterFirstFrame = false;
    bool selfTest = false;
    bool signInDemo = false;
    QString screenshot; ///< save the window to this PNG once it has settled, then exit
    int page = 0; ///< main page to show first (0 = Dashboard)
};

// Parses the options; exits (like --help does) with a message on a bad value.
CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "CareDesk: your points, Care membership, orders and warranty help."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption now(QStringLiteral("now"),
        QCoreApplication::translate("main",
            "Fix the clock at this instant (ISO-8601, e.g. "
            "2026-11-25T09:30:00-05:00; without an offset it "
            "is New York time). For demos and tests."),
        QStringLiteral("iso-8601"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("main",
            "Keep the database and settings in this "
            "folder instead of the standard one."),
        QStringLiteral("path"));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("main",
            "User interface language: en, zh_CN or zh_TW "
            "(default: the saved choice, else the system "
            "language)."),
        QStringLiteral("code"));
    const QCommandLineOption fontScale(QStringLiteral("font-scale"),
        QCoreApplication::translate("main",
            "Scale all text, e.g. 1.5 or 2 (default: "
            "the desktop's font size)."),
        QStringLiteral("factor"));
    const QCommandLineOption quitAfterFirstFrame(QStringLiteral("quit-after-first-frame"),
        QCoreApplication::translate("main", "Exit with status 0 once the first frame is on screen (to time a start)."));
    const QCommandLineOption database(QStringLiteral("database"),
        QCoreApplication::translate("main",
            "Use a shared PostgreSQL database instead of the local file, e.g. "
            "postgresql://caredesk@db.example:5432/caredesk (password from PGPASSWORD "
            "or ~/.pgpass)."),
        QStringLiteral("url"));
    const QCommandLineOption signInDemo(
        QStringLiteral("demo"), QCoreApplication::translate("main", "Sign in as the demo member at start."));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Save the window to this PNG file once it has settled, then exit."), QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption page(
        QStringLiteral("page"), QStringLiteral("Main page to show first, 1-7."), QStringLiteral("n"));
    page.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption selfTest(QStringLiteral("self-test"),
        QStringLiteral("Open every page in every language, exit non-zero on any QML warning."));
    selfTest.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        { now, dataDir, lang, fontScale, database, quitAfterFirstFrame, signInDemo, screenshot, page, selfTest });
    parser.process(app);

    const auto fail = [](const QString &message) {
        QTextStream(stderr) << "caredesk: " << message << '\n';
        std::exit(2);
    };

    CommandLine cl;
    if (parser.isSet(now)) {
        cl.options.fixedNow = parseNowOption(parser.value(now));
        if (!cl.options.fixedNow.isValid())
            fail(QCoreApplication::translate(
                "main", "--now needs an ISO-8601 date and time, e.g. 2026-11-25T09:30:00-05:00"));
    }
    cl.options.dataDir = parser.value(dataDir);
    if (parser.isSet(database)) {
        cl.options.databaseUrl = parser.value(database);
        PostgresUrl::Problem problem = PostgresUrl::Problem::None;
        (void)PostgresUrl::parse(cl.options.databaseUrl, &problem);
        if (problem != PostgresUrl::Problem::None)
            fail(QCoreApplication::translate("main", "--database needs a URL like postgresql://user@host:5432/dbname"));
    }
    if (parser.isSet(lang)) {
        cl.options.language = parser.value(lang);
        if (!LanguageListModel::codes().contains(cl.options.language))
            fail(QCoreApplication::translate("main", "--lang must be one of: %1")
                     .arg(LanguageListModel::codes().join(QStringLiteral(", "))));
    }
    if (parser.isSet(fontScale)) {
        bool ok = false;
        cl.fontScale = parser.value(fontScale).toDouble(&ok);
        if (!ok || cl.fontScale < 0.5 || cl.fontScale > 4.0)
            fail(QCoreApplication::translate("main", "--font-scale must be a number from 0.5 to 4"));
    }
    cl.quitAfterFirstFrame = parser.isSet(quitAfterFirstFrame);
    cl.selfTest = parser.isSet(selfTest);
    cl.signInDemo = parser.isSet(signInDemo);
    cl.screenshot = parser.value(screenshot);
    cl.page = qBound(1, parser.value(page).toInt(), 7) - 1;
    return cl;
}

} // namespace

static void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CareDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CareDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CAREDESK_VERSION));
}

// --help and --version must work without a display (scripts, package checks, SSH).
static bool wantsInformationOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    if (wantsInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        parseCommandLine(app); // prints and exits
        return 0;
    }
    QGuiApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.caredesk.CareDesk"));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Basic"));

    CommandLine cl = parseCommandLine(app); // may exit: before any thread starts
    FontDatabaseWarmUp fonts;
    if (cl.selfTest)
        installWarningCounter();

    // The self-test never touches the customer's data unless a folder is named.
    std::unique_ptr<QTemporaryDir> scratch;
    if (cl.selfTest && cl.options.dataDir.isEmpty()) {
        scratch = std::make_unique<QTemporaryDir>();
        cl.options.dataDir = scratch->path();
    }

    if (cl.fontScale != 1.0) {
        QFont font = QGuiApplication::font();
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * cl.fontScale);
        else
            font.setPixelSize(qRound(font.pixelSize() * cl.fontScale));
        QGuiApplication::setFont(font);
    }

    AppContext context(cl.options);
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    context.language()->setEngine(&engine);

    // Issue #10: the QML type loader compiles the main window on its own thread while this
    // one opens the database and signs in, so engine.load() below finds it compiled.
    // Asynchronous components only load; nothing is created here. The loader needs this
    // thread for every plugin it imports: the pump answers it between SQL statements.
    const QUrl mainUrl(QStringLiteral("qrc:/qt/qml/CareDesk/App/Main.qml"));
    const QQmlComponent preparedWindow(&engine, mainUrl, QQmlComponent::Asynchronous);
    auto loaderPump = std::make_unique<QmlLoaderPump>();

    if (!context.start()) {
        loaderPump.reset();
        QTextStream(stderr) << "caredesk: " << context.startupErrorText() << '\n';
        engine.setInitialProperties({ { QStringLiteral("message"), context.startupErrorText() },
            { QStringLiteral("detail"), context.openResult().detail },
            { QStringLiteral("backup"), context.restorableBackup() },
            { QStringLiteral("savedDatabase"), context.failedSavedDatabase() },
            { QStringLiteral("context"), QVariant::fromValue<QObject *>(&context) } });
        fonts.wait();
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/CareDesk/App/StartupError.qml")));
        if (cl.quitAfterFirstFrame || cl.selfTest || engine.rootObjects().isEmpty())
            return 1;

        app.exec();
        return 1; // the app did not run: say so to scripts
    }

    if (cl.signInDemo) {
        const QString problem = context.session()->signInAsDemo();
        if (!problem.isEmpty())
            QTextStream(stderr) << "caredesk: " << problem << '\n';
    }
    loaderPump.reset();
    // Then the page the window opens on, now that the session says which: queued behind
    // Main.qml, it is compiled by the time the window's loader asks for it.
    const QQmlComponent preparedFirstPage(&engine,
        QUrl(context.session()->state() == Session::State::SignedOut
                ? QStringLiteral("qrc:/qt/qml/CareDesk/App/pages/SignInPage.qml")
                : QStringLiteral("qrc:/qt/qml/CareDesk/App/pages/DashboardPage.qml")),
        QQmlComponent::Asynchronous);

    fonts.wait();
    engine.load(mainUrl);
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (cl.page > 0)
        QMetaObject::invokeMethod(window, "showPage", Q_ARG(int, cl.page));

    if (cl.selfTest)
        return runSelfTest(engine, context);

    if (cl.quitAfterFirstFrame && window)
        quitAfterFirstFrame(window);
    if (!cl.screenshot.isEmpty() && window) {
        // For documentation: give loaders and fonts a moment, then save what is on screen.
        QTimer::singleShot(1500, window, [window, path = cl.screenshot] {
            const bool saved = window->grabWindow().save(path);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
