// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "guiharness.h"

#include "language.h"

#include <QAccessible>
#include <QFont>
#include <QGuiApplication>
#include <QQuickItem>
#include <QTest>

#include <functional>

using namespace CareDesk;

namespace {
QQuickItem *findVisible(QQuickItem *root, const QString &objectName)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findVisible(child, objectName))
            return found;
    }
    return nullptr;
}
} // namespace

GuiHarness::GuiHarness()
    : GuiHarness(Config {})
{ }

GuiHarness::GuiHarness(const Config &config)
    : m_config(config)
{ }

GuiHarness::~GuiHarness()
{
    m_engine.reset();
    m_context.reset();
}

bool GuiHarness::start()
{
    AppContext::Options options;
    options.dataDir = dataDir();
    options.fixedNow = m_config.now;
    options.language = m_config.language;
    options.hashCost = PasswordHasher::Cost::TestingOnly;
    options.seedDemo = m_config.seedDemo;
    if (m_config.fontScale != 1.0) {
        static const QFont original = QGuiApplication::font();
        QFont font = original;
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * m_config.fontScale);
        else
            font.setPixelSize(qRound(font.pixelSize() * m_config.fontScale));
        QGuiApplication::setFont(font);
    }
    m_context = std::make_unique<AppContext>(options);
    if (!m_context->start()) {
        qWarning() << "app did not start:" << m_context->startupErrorText();
        return false;
    }
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_context->language()->setEngine(m_engine.get());
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/CareDesk/App/Main.qml")));
    if (!window())
        return false;
    window()->show();
    window()->requestActivate();
    return QTest::qWaitForWindowExposed(window());
}

AppContext &GuiHarness::context() const
{
    return *m_context;
}

QQuickWindow *GuiHarness::window() const
{
    if (!m_engine || m_engine->rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

QQmlApplicationEngine &GuiHarness::engine()
{
    return *m_engine;
}

QString GuiHarness::dataDir() const
{
    return m_config.dataDir.isEmpty() ? m_dir.path() : m_config.dataDir;
}

QQuickItem *GuiHarness::item(const QString &objectName) const
{
    return window() ? findVisible(window()->contentItem(), objectName) : nullptr;
}

QQuickItem *GuiHarness::waitForItem(const QString &objectName, int timeoutMs) const
{
    QQuickItem *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            return (found = item(objectName)) != nullptr;
        },
        timeoutMs);
    return found;
}

void GuiHarness::focus(QQuickItem *item) const
{
    QVERIFY(item);
    item->forceActiveFocus(Qt::TabFocusReason);
    QTRY_VERIFY(item->hasActiveFocus());
}

void GuiHarness::typeInto(QQuickItem *field, const QString &text) const
{
    focus(field);
    QTest::keyClick(window(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(window(), Qt::Key_Backspace);
    for (const QChar ch : text) {
        if (ch.unicode() < 128)
            QTest::keyClick(window(), ch.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, window(), Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void GuiHarness::activate(QQuickItem *button) const
{
    focus(button);
    QTest::keyClick(window(), Qt::Key_Space);
}

void GuiHarness::pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers) const
{
    QTest::keyClick(window(), key, modifiers);
}

QString GuiHarness::visibleText(QQuickItem *root)
{
    QStringList texts;
    std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        if (!item || !item->isVisible())
            return;
        const QVariant text = item->property("text");
        if (text.isValid() && !text.toString().isEmpty() && item->inherits("QQuickText"))
            texts << text.toString();
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            walk(child);
    };
    walk(root);
    return texts.join(QLatin1Char('\n'));
}

namespace {
bool isInteractive(const QQuickItem *item)
{
    static const char *const kinds[] = { "QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit", "QQuickComboBox",
        "QQuickSpinBox", "QQuickSlider", "QQuickRangeSlider", "QQuickDial" };
    for (const char *kind : kinds) {
        if (item->inherits(kind))
            return true;
    }
    // A button drawn in plain Qt Quick (ActionButton) says what it is through its role.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QQuickItem *>(item));
    return accessible && accessible->role() == QAccessible::Button;
}

// A control inside a list that owns keyboard navigation (Up/Down) is reached through the list.
const QQuickItem *navigableListAround(const QQuickItem *item)
{
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickListView") || p->inherits("QQuickGridView") || p->inherits("QQuickTableView"))
            return p->activeFocusOnTab() || p->property("keyNavigationEnabled").toBool() ? p : nullptr;
    }
    return nullptr;
}

// Text inputs inside another control (a SpinBox's editor, a ComboBox's editable field) are
// named and focused through that control.
bool isPartOfControl(const QQuickItem *item)
{
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickSpinBox") || p->inherits("QQuickComboBox"))
            return true;
    }
    return false;
}

QString describe(const QQuickItem *item)
{
    QString where = item->objectName();
    if (where.isEmpty())
        where = QString::fromLatin1(item->metaObject()->className());
    const QVariant text = item->property("text");
    if (text.isValid() && !text.toString().isEmpty())
        where += QStringLiteral(" \"%1\"").arg(text.toString().left(40));
    return where;
}
} // namespace

QStringList GuiHarness::accessibilityProblems(QQuickItem *root)
{
    QStringList problems;
    std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        if (!item || !item->isVisible() || item->opacity() == 0.0)
            return;
        if (isInteractive(item) && !isPartOfControl(item)) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(item);
            const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                problems << QStringLiteral("no accessible name: %1").arg(describe(item));
            const QVariant policy = item->property("focusPolicy");
            const bool tabbable = item->activeFocusOnTab() || (policy.isValid() && (policy.toInt() & Qt::TabFocus));
            if (item->isEnabled() && !tabbable && !navigableListAround(item))
                problems << QStringLiteral("not reachable by keyboard: %1").arg(describe(item));
        }
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            walk(child);
    };
    walk(root);
    return problems;
}

void GuiHarness::showPage(int index) const
{
    QVERIFY(window());
    QTest::keyClick(window(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
    QTRY_COMPARE(window()->property("currentPage").toInt(), index);
}

QStringList GuiHarness::clippedTexts(QQuickItem *root)
{
    QStringList problems;
    std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
        if (!item || !item->isVisible() || item->opacity() == 0.0)
            return;
        if (item->inherits("QQuickText") && item->width() > 0) {
            const QString text = item->property("text").toString();
            const bool wraps = item->property("wrapMode").toInt() != 0;
            const bool elides = item->property("elide").toInt() != Qt::ElideNone;
            if (!text.isEmpty() && !wraps && !elides && item->implicitWidth() > item->width() + 1.0) {
                problems << QStringLiteral("cut off (%1 px wide, needs %2): \"%3\"")
                                .arg(qRound(item->width()))
                                .arg(qRound(item->implicitWidth()))
                                .arg(text.left(60));
            }
        }
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            walk(child);
    };
    walk(root);
    return problems;
}
