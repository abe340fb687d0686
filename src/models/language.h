// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

class QQmlEngine;
class QJSEngine;

namespace CareDesk {

/// The UI languages CareDesk ships, each named in its own language.
class LanguageListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Language.languages")

public:
    enum Role {
        CodeRole = Qt::UserRole + 1, ///< "en", "zh_CN", "zh_TW"
        NativeNameRole, ///< "English", "简体中文", "繁體中文"
    };
    Q_ENUM(Role)

    explicit LanguageListModel(QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] static const QStringList &codes();
    Q_INVOKABLE [[nodiscard]] int indexOf(const QString &code) const;
};

/// The UI language: follows the system locale unless the customer chose one (saved), or
/// --lang was given; switching retranslates every open page without a restart.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The current language code ("en", "zh_CN", "zh_TW").
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)
    /// The languages to choose from.
    Q_PROPERTY(CareDesk::LanguageListModel *languages READ languages CONSTANT)
    /// The QLocale name for formatting numbers, dates and money in the current language.
    Q_PROPERTY(QString localeName READ localeName NOTIFY currentChanged)

public:
    Language(const QString &settingsPath, const QString &forced, QObject *parent = nullptr);
    ~Language() override;
    static Language *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QString current() const;
    [[nodiscard]] QString localeName() const;
    [[nodiscard]] LanguageListModel *languages() const;

    /// Switches the language, remembers the choice, and retranslates the engine's pages.
    Q_INVOKABLE bool setCurrent(const QString &code);

    /// The engine whose pages retranslate on a switch (set by create(), or by main/tests).
    void setEngine(QQmlEngine *engine);

    /// "en", "zh_CN" or "zh_TW" for a locale: Traditional script or TW/HK/MO -> zh_TW.
    [[nodiscard]] static QString codeForLocale(const QLocale &locale);

Q_SIGNALS:
    void currentChanged();

private:
    bool install(const QString &code);

    QString m_settingsPath;
    QString m_current;
    LanguageListModel *m_languages;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QPointer<QQmlEngine> m_engine;
};

} // namespace CareDesk
