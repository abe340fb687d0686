// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "appcontext.h"

#include <QDateTime>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <memory>

/// Starts the real app (AppContext + Main.qml in a QQmlApplicationEngine) on a fresh data
/// folder with a fixed clock, and drives it the way a keyboard user would.
class GuiHarness
{
public:
    struct Config
    {
        QDateTime now = QDateTime(QDate(2026, 11, 25), QTime(15, 0), Qt::UTC); // 10:00 in New York
        QString language = QStringLiteral("en");
        bool seedDemo = true;
        double fontScale = 1.0; ///< like --font-scale: scales the application font
        QString dataDir; ///< like --data-dir: "" for a fresh scratch folder (a restart reuses one)
    };

    GuiHarness();
    explicit GuiHarness(const Config &config);
    ~GuiHarness();

    /// Builds the services and shows the main window; false (with a QTest failure message
    /// logged) when anything is missing.
    [[nodiscard]] bool start();

    [[nodiscard]] CareDesk::AppContext &context() const;
    [[nodiscard]] QQuickWindow *window() const;
    [[nodiscard]] QQmlApplicationEngine &engine();
    [[nodiscard]] QString dataDir() const;

    /// The visible item with this objectName (nullptr if none is visible).
    [[nodiscard]] QQuickItem *item(const QString &objectName) const;
    /// Waits until an item with this objectName is visible.
    [[nodiscard]] QQuickItem *waitForItem(const QString &objectName, int timeoutMs = 3000) const;

    /// Gives `item` keyboard focus, as Tab would.
    void focus(QQuickItem *item) const;
    /// Focuses a text field, selects all and types `text` key by key.
    void typeInto(QQuickItem *field, const QString &text) const;
    /// Focuses a button and presses Space, as a keyboard user activates it.
    void activate(QQuickItem *button) const;
    void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;

    /// Every visible text under `root` (Labels, Text), joined with newlines.
    [[nodiscard]] static QString visibleText(QQuickItem *root);

    /// Issue #8 check: every visible interactive control under `root` has an accessible
    /// name (through the real QAccessible interface a screen reader reads) and a keyboard
    /// focus path (Tab, or its list's key navigation). One line per problem.
    [[nodiscard]] static QStringList accessibilityProblems(QQuickItem *root);

    /// Issue #8 check: visible single-line texts that do not fit their width (cut off, not
    /// elided on purpose) and texts elided without their full text in an accessible name.
    [[nodiscard]] static QStringList clippedTexts(QQuickItem *root);

    /// Opens main page `index` (0 = Dashboard … 6 = Settings) as Ctrl+<index+1> would.
    void showPage(int index) const;

private:
    Config m_config;
    QTemporaryDir m_dir;
    std::unique_ptr<CareDesk::AppContext> m_context;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
};
