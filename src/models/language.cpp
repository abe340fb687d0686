// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "language.h"

#include "appcontext.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLibraryInfo>
#include <QQmlEngine>
#include <QSettings>

namespace CareDesk {

namespace {
constexpr auto kSettingsKey = "ui/language";
}

LanguageListModel::LanguageListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

const QStringList &LanguageListModel::codes()
{
    static const QStringList all { QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW") };
    return all;
}

int LanguageListModel::indexOf(const QString &code) const
{
    return codes().indexOf(code);
}

int LanguageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(codes().size());
}

QVariant LanguageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString code = codes().at(index.row());
    switch (role) {
    case CodeRole:
        return code;
    case Qt::DisplayRole:
    case NativeNameRole:
        // Each language is named in itself, so a customer finds theirs whatever is shown now.
        if (code == QLatin1String("zh_CN"))
            return QStringLiteral("简体中文");
        if (code == QLatin1String("zh_TW"))
            return QStringLiteral("繁體中文");
        return QStringLiteral("English");
    default:
        return {};
    }
}

QHash<int, QByteArray> LanguageListModel::roleNames() const
{
    return { { CodeRole, "code" }, { NativeNameRole, "nativeName" } };
}

Language::Language(const QString &settingsPath, const QString &forced, QObject *parent)
    : QObject(parent)
    , m_settingsPath(settingsPath)
    , m_languages(new LanguageListModel(this))
{
    QString code = forced;
    if (code.isEmpty())
        code = QSettings(m_settingsPath, QSettings::IniFormat).value(QLatin1String(kSettingsKey)).toString();
    if (!LanguageListModel::codes().contains(code))
        code = codeForLocale(QLocale::system());
    install(code);
}

Language::~Language()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

Language *Language::create(QQmlEngine *engine, QJSEngine *)
{
    Language *language = AppContext::instance()->language();
    QJSEngine::setObjectOwnership(language, QJSEngine::CppOwnership);
    language->setEngine(engine);
    return language;
}

QString Language::current() const
{
    return m_current;
}

QString Language::localeName() const
{
    return m_current == QLatin1String("en") ? QStringLiteral("en_US") : m_current;
}

LanguageListModel *Language::languages() const
{
    return m_languages;
}

bool Language::setCurrent(const QString &code)
{
    if (!LanguageListModel::codes().contains(code))
        return false;
    if (code == m_current)
        return true;
    if (!install(code))
        return false;
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(QLatin1String(kSettingsKey), code);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT currentChanged();
    return true;
}

void Language::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

QString Language::codeForLocale(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
        || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
        || locale.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

bool Language::install(const QString &code)
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
    if (code != QLatin1String("en")) {
        auto own = std::make_unique<QTranslator>();
        if (!own->load(QStringLiteral(":/i18n/caredesk_%1.qm").arg(code)))
            return false;
        QCoreApplication::installTranslator(own.get());
        m_translators.push_back(std::move(own));
        // Qt's own strings (dialog buttons) when the system has them; optional.
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_translators.push_back(std::move(qt));
        }
    }
    m_current = code;
    QLocale::setDefault(QLocale(localeName()));
    return true;
}

} // namespace CareDesk
