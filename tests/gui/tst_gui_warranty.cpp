// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "testenv.h"

#include "guiharness.h"
#include "language.h"
#include "session.h"

#include <QTest>

using namespace CareDesk;

// Issue #7's GUI run in Simplified Chinese, by keyboard: the coverage check to a "not
// covered" verdict with its reasons, an incomplete service request refused with the missing
// fields named, then English at runtime on the same page.
class TestGuiWarranty : public QObject
{
    Q_OBJECT

private:
    static QString text(GuiHarness &app)
    {
        return GuiHarness::visibleText(app.window()->contentItem());
    }
    static void choose(GuiHarness &app, const QString &box, int index)
    {
        QQuickItem *item = app.item(box);
        QVERIFY(item);
        app.focus(item);
        for (int i = 0; i < 20 && item->property("currentIndex").toInt() != index; ++i)
            app.pressKey(item->property("currentIndex").toInt() < index ? Qt::Key_Down : Qt::Key_Up);
        QCOMPARE(item->property("currentIndex").toInt(), index);
    }

private Q_SLOTS:
    void notCoveredInChineseThenEnglish()
    {
        GuiHarness::Config config;
        config.language = QStringLiteral("zh_CN");
        GuiHarness app(config);
        QVERIFY(app.start());
        QCOMPARE(app.context().session()->signInAsDemo(), QString());
        app.showPage(5);
        QVERIFY(app.waitForItem(QStringLiteral("regionBox")));
        QVERIFY(text(app).contains(QStringLiteral("是否在保修范围内？")));

        // Bought in Hong Kong, it got wet: not covered, for two reasons with their rules.
        choose(app, QStringLiteral("regionBox"), 1); // Hong Kong
        app.typeInto(app.item(QStringLiteral("purchaseDateField")), QStringLiteral("2026-05-01"));
        choose(app, QStringLiteral("incidentBox"), 5); // liquid
        app.activate(app.item(QStringLiteral("checkButton")));
        QQuickItem *title = app.waitForItem(QStringLiteral("verdictTitle"));
        QVERIFY(title);
        QTRY_COMPARE(title->property("text").toString(), QStringLiteral("不在保修范围内"));
        QVERIFY(text(app).contains(QStringLiteral("仅在中国大陆有效")));
        QVERIFY(text(app).contains(QStringLiteral("(R-W1)")));
        QVERIFY(text(app).contains(QStringLiteral("进水、受潮或其他液体")));
        QVERIFY(text(app).contains(QStringLiteral("(R-W4)")));
        QVERIFY(text(app).contains(QStringLiteral("付费维修"))); // R-W5 next step
        // R-W6: the JD menu names as on the site.
        QVERIFY(text(app).contains(QStringLiteral("返修退换货")));
        QVERIFY(text(app).contains(QStringLiteral("申请售后")));

        // R-W7: a request with only a name is refused, every missing field named.
        app.typeInto(app.item(QStringLiteral("reqName")), QStringLiteral("Wang"));
        app.activate(app.item(QStringLiteral("submitRequestButton")));
        QTRY_VERIFY(text(app).contains(QStringLiteral("缺少地址。")));
        for (const QString &missing : { QStringLiteral("缺少电话号码"), QStringLiteral("缺少产品型号。"),
                 QStringLiteral("缺少购买日期"), QStringLiteral("缺少故障描述。"), QStringLiteral("缺少您的诉求") })
            QVERIFY2(text(app).contains(missing), qPrintable(missing));
        QVERIFY(!text(app).contains(QStringLiteral("缺少您的姓名。")));

        // English at runtime: the same page, verdict and refusals included, rewords itself.
        QVERIFY(app.context().language()->setCurrent(QStringLiteral("en")));
        QTRY_COMPARE(title->property("text").toString(), QStringLiteral("Not covered by the warranty"));
        QVERIFY(text(app).contains(QStringLiteral("Is it covered?")));
        QVERIFY(text(app).contains(QStringLiteral("valid in mainland China only")));
        QVERIFY(text(app).contains(QStringLiteral("The address is missing.")));
        // The JD menu names stay in Simplified Chinese, with the English beside them.
        QVERIFY(text(app).contains(QStringLiteral("返修退换货")));
        QVERIFY(text(app).contains(QStringLiteral("Repair/Return/Exchange")));

        // Completed, the request is saved and listed.
        app.typeInto(app.item(QStringLiteral("reqAddress")), QStringLiteral("1 Jianguo Rd, Beijing"));
        app.typeInto(app.item(QStringLiteral("reqPhone")), QStringLiteral("+86 138 0013 8000"));
        app.typeInto(app.item(QStringLiteral("reqModel")), QStringLiteral("WH-1000XM5"));
        app.typeInto(app.item(QStringLiteral("reqDate")), QStringLiteral("2026-05-01"));
        app.typeInto(app.item(QStringLiteral("reqFault")), QStringLiteral("Left side silent"));
        app.typeInto(app.item(QStringLiteral("reqRequest")), QStringLiteral("Repair"));
        app.activate(app.item(QStringLiteral("submitRequestButton")));
        QTRY_VERIFY(text(app).contains(QStringLiteral("Your request was sent.")));
        QVERIFY(text(app).contains(QStringLiteral("WH-1000XM5")));
    }
};

QTEST_MAIN(TestGuiWarranty)
#include "tst_gui_warranty.moc"
