// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT

#include "rowshash.h"
#include "testcontext.h"
#include "testenv.h"
#include "validcheckout.h"

#include "appcontext.h"
#include "cardform.h"
#include "cartmodel.h"
#include "catalogmodel.h"
#include "checkout.h"
#include "faqmodel.h"
#include "orderdetail.h"
#include "ordersmodel.h"
#include "session.h"
#include "shop.h"
#include "statementmodel.h"
#include "trainingcheckout.h"
#include "warrantyhelp.h"

#include "storage/points/pointsservice.h"
#include "storage/shop/checkoutservice.h"
#include "storage/sql.h"

#include "core/textcheck.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace CareDesk;

// Issue #9, item 3: hostile input in every field the member can type into. Each value is
// either refused with a message a person can act on, with nothing saved (the whole database
// is fingerprinted before and after), or accepted and kept exactly as typed.
class TestHostileInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;

    QSqlDatabase db() const
    {
        return m_context->database().connection();
    }

    // Every row of every table, hashed: "nothing saved" means this does not change.
    QByteArray fingerprint() const
    {
        return rowsHash(db());
    }

    // A message a member can read: words, not a driver error or an empty line.
    static void verifyReadable(const QStringList &messages, const char *where)
    {
        QVERIFY2(!messages.isEmpty(), where);
        for (const QString &m : messages) {
            QVERIFY2(m.trimmed().size() > 10, qPrintable(QStringLiteral("%1: \"%2\"").arg(QLatin1String(where), m)));
            for (const char *leak : { "SQL", "sqlite", "QSQLITE", "syntax error", "constraint" })
                QVERIFY2(!m.contains(QLatin1String(leak), Qt::CaseInsensitive), qPrintable(m));
        }
    }

    void startContext(bool seedDemo)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        AppContext::Options options = testContextOptions(m_dir->path());
        options.seedDemo = seedDemo;
        m_context = std::make_unique<AppContext>(options);
        QVERIFY(m_context->start());
    }

    // The demo member at checkout with headphones in the cart and a form that would place.
    void validCheckout()
    {
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        m_context->shop()->checkout()->start();
        validCheckoutAgain();
        QVERIFY2(m_context->shop()->checkout()->canPlace(),
            qPrintable(m_context->shop()->checkout()->addressProblems().join(QLatin1Char(' '))));
    }

    // The same after an order: headphones back in the cart, the form filled again.
    void validCheckoutAgain()
    {
        if (m_context->shop()->cart()->rowCount() == 0)
            QCOMPARE(m_context->shop()->cart()->add(QStringLiteral("WH-1000XM6"), 1), QString());
        fillValidCheckout(*m_context->shop()->checkout());
    }

    static void hostileTextRows()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("whitespace") << QStringLiteral(" \t\u00a0\u3000 ");
        QTest::newRow("10,000 characters") << QString(10000, QLatin1Char('x'));
        QTest::newRow("10,000 CJK characters") << QString(10000, QChar(0x4E2D));
        QTest::newRow("emoji outside the BMP") << QStringLiteral("Zoë 😀👩‍👩‍👧 🏳️‍🌈");
        QTest::newRow("right to left") << QStringLiteral("محمد بن علي");
        QTest::newRow("bidi override") << QStringLiteral("\u202Etxt.exe\u202C");
        QTest::newRow("SQL injection, quote") << QStringLiteral("x'); DROP TABLE orders; --");
        QTest::newRow("SQL injection, or") << QStringLiteral("\" OR \"1\"=\"1");
        QTest::newRow("control characters") << QStringLiteral("a\u0000b\u001b[31m\r\nc");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800));
        QTest::newRow("format specifiers") << QStringLiteral("%1 %s %n %x {0}");
    }

    static void hostileNumberRows()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("negative") << QStringLiteral("-1");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("10^12") << QStringLiteral("1000000000000");
        QTest::newRow("beyond 64 bits") << QStringLiteral("99999999999999999999999");
        QTest::newRow("not a number") << QStringLiteral("abc");
        QTest::newRow("exponent") << QStringLiteral("1e3");
        QTest::newRow("hexadecimal") << QStringLiteral("0x10");
        QTest::newRow("fraction") << QStringLiteral("5.5");
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("١٢٣");
        QTest::newRow("SQL injection") << QStringLiteral("1; DROP TABLE points_lots");
    }

private Q_SLOTS:
    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void signUpFields_data()
    {
        hostileTextRows();
    }

    // R-P10: every field of the sign-up form.
    void signUpFields()
    {
        QFETCH(QString, value);
        startContext(false);
        const QStringList valid { QStringLiteral("sam@example.com"), QStringLiteral("Sam Lee"),
            QStringLiteral("1990-04-01"), QStringLiteral("NY"), QStringLiteral("correct horse battery") };
        for (int field = 0; field < valid.size(); ++field) {
            QStringList form = valid;
            form[field] = value;
            form[0] = QStringLiteral("sam%1@example.com").arg(field);
            if (field == 0)
                form[0] = value;
            const QByteArray before = fingerprint();
            const QStringList problems
                = m_context->session()->createAccount(form[0], form[1], form[2], form[3], form[4]);
            if (!problems.isEmpty()) {
                verifyReadable(problems, "sign-up");
                QCOMPARE(fingerprint(), before);
                QVERIFY(!m_context->session()->isSignedIn());
                continue;
            }
            // Accepted: it was a value a person may really have, kept exactly.
            QVERIFY2(
                field == 1 || field == 4, qPrintable(QStringLiteral("field %1 took \"%2\"").arg(field).arg(value)));
            QVERIFY(m_context->session()->isSignedIn());
            if (field == 1)
                QCOMPARE(m_context->session()->displayName(), value.trimmed());
            m_context->session()->signOut();
            QCOMPARE(m_context->session()->signIn(form[0], form[4]), QString()); // the password works as typed
            m_context->session()->signOut();
        }
    }

    void checkoutTextFields_data()
    {
        hostileTextRows();
    }

    // R-K6, R-K7: the shipping address and the card; a refused order saves nothing.
    void checkoutTextFields()
    {
        QFETCH(QString, value);
        startContext(true);
        validCheckout();
        Checkout *c = m_context->shop()->checkout();
        CardForm *card = c->card();
        using Setter = std::function<void(const QString &)>;
        const QList<std::pair<const char *, Setter>> fields {
            { "name",
                [c](const QString &v) {
                    c->setName(v);
                } },
            { "street",
                [c](const QString &v) {
                    c->setStreet(v);
                } },
            { "city",
                [c](const QString &v) {
                    c->setCity(v);
                } },
            { "state",
                [c](const QString &v) {
                    c->setState(v);
                } },
            { "zip",
                [c](const QString &v) {
                    c->setZip(v);
                } },
            { "shipping",
                [c](const QString &v) {
                    c->setShipping(v);
                } },
            { "points",
                [c](const QString &v) {
                    c->setPointsText(v);
                } },
            { "gift card",
                [c](const QString &v) {
                    c->setGiftCardCode(v);
                } },
            { "promo code",
                [c](const QString &v) {
                    c->setPromoCode(v);
                } },
            { "card holder",
                [card](const QString &v) {
                    card->setHolder(v);
                } },
            { "card number",
                [card](const QString &v) {
                    card->setNumber(v);
                } },
            { "card expiry",
                [card](const QString &v) {
                    card->setExpiry(v);
                } },
            { "card cvv",
                [card](const QString &v) {
                    card->setCvv(v);
                } },
        };
        for (const auto &[name, set] : fields) {
            validCheckoutAgain();
            set(value);
            const QString promoSaid = c->promoMessage();
            const QByteArray before = fingerprint();
            if (c->place()) {
                // Accepted: what the form held is what the order keeps. The form takes at most
                // as many characters as its field (the same maximumLength in QML), so a long
                // paste stops visibly at the field's end.
                const OrderRecord order = *m_context->checkout()->orders().order(c->placedOrderId());
                const QByteArray field(name);
                if (field == "name")
                    QCOMPARE(order.address.name, c->name().trimmed());
                else if (field == "street")
                    QCOMPARE(order.address.street, c->street().trimmed());
                else if (field == "city")
                    QCOMPARE(order.address.city, c->city().trimmed());
                else if (field == "shipping") // a choice from a list: anything else leaves the choice as it was
                    QCOMPARE(order.shippingOption, QStringLiteral("ground"));
                else if (field == "promo code" && !value.trimmed().isEmpty())
                    QVERIFY2(!promoSaid.isEmpty(), "a code that did not apply was not pointed out");
                else if (field == "points")
                    QCOMPARE(order.pointsRedeemed, Points(0));
                else if (field == "gift card") // a code that is no code pays nothing
                    QCOMPARE(order.giftCardCents, Cents(0));
                else if (field == "card holder") // not stored: only brand, last four and expiry are (R-K7)
                    QVERIFY(!value.trimmed().isEmpty());
                else
                    QVERIFY2(value.trimmed().isEmpty(),
                        qPrintable(QStringLiteral("%1 took \"%2\"").arg(field, value.left(40))));
                continue;
            }
            QStringList said = c->addressProblems() + c->pointsProblems() + c->cardProblems() + c->cartProblems();
            said << c->giftCardMessage() << c->outcome();
            said.removeAll(QString());
            verifyReadable(said, name);
            QCOMPARE(fingerprint(), before);
        }
    }

    void pointsToRedeem_data()
    {
        hostileNumberRows();
        QTest::newRow("more than the balance") << QStringLiteral("99999999");
        QTest::newRow("padded") << QStringLiteral(" 500 ");
        QTest::newRow("grouped") << QStringLiteral("1,000");
    }

    // R-P5: points typed at checkout are a whole number from 0 to what the order can take;
    // anything else is refused whole, never rounded or clamped into a redemption.
    void pointsToRedeem()
    {
        QFETCH(QString, value);
        startContext(true);
        validCheckout();
        Checkout *c = m_context->shop()->checkout();
        const AccountId account = m_context->session()->accountId();
        const Points balance = m_context->points()->ledger().balance(account).available;
        c->setPointsText(value);
        const QByteArray before = fingerprint();
        if (!c->place()) {
            QStringList said = c->pointsProblems();
            said << c->outcome();
            verifyReadable(said, "points");
            QCOMPARE(fingerprint(), before);
            return;
        }
        bool whole = false;
        const qint64 typed = QLocale(QLocale::English).toLongLong(value.trimmed(), &whole);
        QVERIFY2(whole && typed >= 0 && typed <= balance, qPrintable(value));
        const OrderRecord order = *m_context->checkout()->orders().order(c->placedOrderId());
        QCOMPARE(order.pointsRedeemed, Points(typed));
        QCOMPARE(m_context->points()->ledger().balance(account).available, balance - typed);
    }

    void cartQuantities_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::newRow("negative") << -1;
        QTest::newRow("zero") << 0;
        QTest::newRow("one over the most") << 1000;
        QTest::newRow("int max") << std::numeric_limits<int>::max();
        QTest::newRow("int min") << std::numeric_limits<int>::min();
    }

    // R-K3: quantities outside 1..the shop's maximum are refused on adding and on changing.
    void cartQuantities()
    {
        QFETCH(int, quantity);
        startContext(true);
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        CartModel *cart = m_context->shop()->cart();
        const QByteArray before = fingerprint();
        verifyReadable({ cart->add(QStringLiteral("WH-1000XM6"), quantity) }, "add");
        QCOMPARE(fingerprint(), before);
        QCOMPARE(cart->add(QStringLiteral("WH-1000XM6"), 1), QString());
        const QByteArray withOne = fingerprint();
        QVERIFY2(withOne != before, "the fingerprint must notice a saved cart line"); // or it proves nothing
        verifyReadable({ cart->setQuantity(0, quantity) }, "set quantity");
        QCOMPARE(fingerprint(), withOne);
        QCOMPARE(cart->data(cart->index(0), CartModel::QuantityRole).toInt(), 1);
    }

    void serviceRequestFields_data()
    {
        hostileTextRows();
    }

    // R-W7: the warranty service request form; a refused request saves nothing, an accepted
    // one keeps what was typed.
    void serviceRequestFields()
    {
        QFETCH(QString, value);
        startContext(true);
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        WarrantyHelp help;
        const QStringList valid { QStringLiteral("Alex Morgan"), QStringLiteral("1 Main Street, Albany NY"),
            QStringLiteral("+1 518 555 0100"), QStringLiteral("WH-1000XM6"), QStringLiteral("2026-06-01"),
            QStringLiteral("The left side is silent."), QStringLiteral("Repair") };
        for (int field = 0; field < valid.size(); ++field) {
            QStringList form = valid;
            form[field] = value;
            const int saved = help.requests().size();
            const QByteArray before = fingerprint();
            const QStringList problems
                = help.submitRequest(form[0], form[1], form[2], form[3], form[4], form[5], form[6]);
            if (!problems.isEmpty()) {
                verifyReadable(problems, "service request");
                QCOMPARE(fingerprint(), before);
                continue;
            }
            QVERIFY2(field != 2 && field != 4,
                qPrintable(QStringLiteral("field %1 took \"%2\"").arg(field).arg(value.left(40))));
            QCOMPARE(help.requests().size(), saved + 1);
            // Kept exactly as typed, emoji, other scripts and quotes included.
            QSqlQuery q = Sql::prepare(db(),
                QStringLiteral("SELECT customer, address, phone, model, purchase_on, fault, request "
                               "FROM service_requests ORDER BY id DESC LIMIT 1"));
            QVERIFY(Sql::exec(q) && q.next());
            QCOMPARE(q.value(field).toString(), form[field].trimmed());
        }
    }

    void trainingFields_data()
    {
        hostileTextRows();
    }

    // R-K11: the training checkout's student name and email.
    void trainingFields()
    {
        QFETCH(QString, value);
        startContext(true);
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        TrainingCheckout trainingForm;
        TrainingCheckout *training = &trainingForm;
        for (int field = 0; field < 2; ++field) {
            training->clear();
            training->setSku(trainingSku());
            training->setStudentName(field == 0 ? value : QStringLiteral("Sam Lee"));
            training->setStudentEmail(field == 1 ? value : QStringLiteral("sam@example.com"));
            training->card()->setHolder(QStringLiteral("Alex Morgan"));
            training->card()->setNumber(QStringLiteral("4111 1111 1111 1111"));
            training->card()->setExpiry(QStringLiteral("12/30"));
            training->card()->setCvv(QStringLiteral("123"));
            const QByteArray before = fingerprint();
            if (training->place()) {
                QVERIFY2(field == 0, qPrintable(value.left(40)));
                const QString stored = Sql::scalar(
                    db(), QStringLiteral("SELECT student_name FROM orders WHERE id = ?"), { training->placedOrderId() })
                                           ->toString();
                QCOMPARE(stored, training->studentName().trimmed());
                continue;
            }
            QStringList said = training->problems();
            said << training->outcome();
            said.removeAll(QString());
            verifyReadable(said, "training");
            QCOMPARE(fingerprint(), before);
        }
    }

    void datesFarAway_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("year 1") << QStringLiteral("0001-01-01");
        QTest::newRow("year 1800") << QStringLiteral("1800-06-15");
        QTest::newRow("year 9999") << QStringLiteral("9999-12-31");
        QTest::newRow("no such day") << QStringLiteral("2026-02-30");
        QTest::newRow("not a date") << QStringLiteral("'; DROP TABLE accounts; --");
    }

    // R-P10 and R-W7: far past and far future dates are refused with a reason.
    void datesFarAway()
    {
        QFETCH(QString, date);
        startContext(true);
        const QByteArray before = fingerprint();
        const QStringList signUp = m_context->session()->createAccount(QStringLiteral("old@example.com"),
            QStringLiteral("Old Timer"), date, QStringLiteral("NY"), QStringLiteral("correct horse battery"));
        verifyReadable(signUp, "birth date");
        QCOMPARE(fingerprint(), before);

        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        WarrantyHelp help;
        const QByteArray signedIn = fingerprint();
        const QStringList request = help.submitRequest(QStringLiteral("Alex Morgan"), QStringLiteral("1 Main St"),
            QStringLiteral("5185550100"), QStringLiteral("WH-1000XM6"), date, QStringLiteral("Silent"),
            QStringLiteral("Repair"));
        verifyReadable(request, "purchase date");
        QCOMPARE(fingerprint(), signedIn);
    }

    void searches_data()
    {
        hostileTextRows();
    }

    // Searching the catalog and the help never fails, never writes, and finds nothing odd.
    void searches()
    {
        QFETCH(QString, value);
        startContext(true);
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        const QByteArray before = fingerprint();
        CatalogModel catalog;
        QAbstractItemModelTester catalogTester(&catalog);
        const int all = catalog.rowCount();
        catalog.setSearch(value);
        QVERIFY(catalog.rowCount() <= all);
        if (!value.trimmed().isEmpty())
            QCOMPARE(catalog.rowCount(), 0); // no product matches any of these
        FaqModel faq;
        QAbstractItemModelTester faqTester(&faq);
        faq.setQuery(value);
        QVERIFY(faq.rowCount() >= 0);
        QCOMPARE(fingerprint(), before);
    }

    void malformedDataFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("replace");
        QTest::addColumn<QString>("named");
        QTest::newRow("catalog: a negative price, line 14") << "shop/catalog.json"
                                                            << "\"priceCents\": 29999"
                                                            << "\"priceCents\": -29999"
                                                            << "catalog.json:14";
        QTest::newRow("catalog: a price that is text, line 8") << "shop/catalog.json"
                                                               << "\"priceCents\": 44999"
                                                               << "\"priceCents\": \"a lot\""
                                                               << "catalog.json:8";
        QTest::newRow("catalog: cut off after line 20") << "shop/catalog.json"
                                                        << "\"priceCents\": 5999,"
                                                        << "\"priceCents\": 5999"
                                                        << "catalog.json:20";
        QTest::newRow("program terms: 10^12 points per dollar, line 5") << "programs/my-sony.json"
                                                                        << "\"pointsPerDollar\": 2"
                                                                        << "\"pointsPerDollar\": 1000000000000"
                                                                        << "my-sony.json:5";
        QTest::newRow("shop terms: ground shipping at -$7.99, line 4") << "shop/shop-terms.json"
                                                                       << "\"priceCents\": 799"
                                                                       << "\"priceCents\": -799"
                                                                       << "shop-terms.json:4";
    }

    // The shipped catalog and terms are data (RULES.md): a malformed one stops the start with
    // the file and the line named, and the member's own data is not touched.
    void malformedDataFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, find);
        QFETCH(QString, replace);
        QFETCH(QString, named);
        startContext(true);
        const QString data = m_context->dataDir();
        QCOMPARE(m_context->session()->signInAsDemo(), QString());
        const Points before = m_context->points()->ledger().balance(m_context->session()->accountId()).available;
        m_context.reset();

        // A copy of the shipped files with one value broken.
        QTemporaryDir shipped;
        for (const char *name : { "programs/my-sony.json", "shop/catalog.json", "shop/shop-terms.json" }) {
            const QString target = shipped.filePath(QString::fromLatin1(name));
            QVERIFY(QDir().mkpath(QFileInfo(target).path()));
            QVERIFY(QFile::copy(QStringLiteral(":/") + QString::fromLatin1(name), target));
            QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        QFile broken(shipped.filePath(file));
        QVERIFY(broken.open(QIODevice::ReadOnly));
        QByteArray json = broken.readAll();
        broken.close();
        QVERIFY2(json.contains(find.toUtf8()), qPrintable(find));
        json.replace(json.indexOf(find.toUtf8()), find.toUtf8().size(), replace.toUtf8());
        if (QTest::currentDataTag() == QByteArray("catalog: cut off after line 20"))
            json.truncate(json.indexOf(replace.toUtf8()) + replace.toUtf8().size());
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write(json);
        broken.close();

        AppContext::Options options = testContextOptions(data);
        options.dataFileRoot = shipped.path();
        {
            AppContext damaged(options);
            QVERIFY(!damaged.start());
            QCOMPARE(damaged.startupError(), AppContext::StartupError::DataFileInvalid);
            const QString text = damaged.startupErrorText();
            QVERIFY2(text.contains(named), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Reinstall")), qPrintable(text));
        }
        AppContext again(testContextOptions(data));
        QVERIFY(again.start());
        QCOMPARE(again.session()->signInAsDemo(), QString());
        QCOMPARE(again.points()->ledger().balance(again.session()->accountId()).available, before);
    }

private:
    QString trainingSku() const
    {
        for (const CatalogItem &item : m_context->checkout()->catalog().items())
            if (item.kind == ItemKind::Training && item.trainingStart > m_context->clock().now())
                return item.sku;
        return {};
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
