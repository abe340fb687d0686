// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "shopterms.h"

#include "core/eligibility.h"

#include <QJsonArray>

namespace CareDesk {

QString shippingOptionCode(ShippingOption option)
{
    switch (option) {
    case ShippingOption::Ground:
        return QStringLiteral("ground");
    case ShippingOption::TwoDay:
        return QStringLiteral("two-day");
    case ShippingOption::NextDay:
        return QStringLiteral("next-day");
    case ShippingOption::EmergencyAfterHours:
        return QStringLiteral("emergency");
    }
    return {};
}

std::optional<ShippingOption> shippingOptionFromCode(const QString &code)
{
    for (ShippingOption option : { ShippingOption::Ground, ShippingOption::TwoDay, ShippingOption::NextDay,
             ShippingOption::EmergencyAfterHours }) {
        if (shippingOptionCode(option) == code)
            return option;
    }
    return std::nullopt;
}

std::optional<ShippingRate> ShopTerms::rate(ShippingOption option) const
{
    for (const ShippingRate &rate : shipping) {
        if (rate.option == option)
            return rate;
    }
    return std::nullopt;
}

Cents ShopTerms::taxOn(Cents cents, const QString &state) const
{
    // Thousandths of a percent: cents * rate / 100,000, half up (RULES.md conventions).
    const qint64 rate = taxRates.value(state, 0);
    return (cents * rate + 50000) / 100000;
}

std::optional<PromoCode> ShopTerms::promo(const QString &code) const
{
    const QString wanted = code.trimmed().toUpper();
    for (const PromoCode &promo : promoCodes) {
        if (promo.code == wanted)
            return promo;
    }
    return std::nullopt;
}

ShopTerms ShopTerms::defaults()
{
    ShopTerms terms;
    terms.shipping = { { ShippingOption::Ground, 799, 5 }, { ShippingOption::TwoDay, 1499, 2 },
        { ShippingOption::NextDay, 2499, 1 }, { ShippingOption::EmergencyAfterHours, 25000, 0 } };
    return terms;
}

namespace {

struct TermsReader
{
    const QByteArray &json;
    ShopTermsLoad &result;

    bool fail(const QString &key, const QString &problem, int from = 0)
    {
        result.problem.line = std::max(1, JsonSource::lineOfKey(json, key, from));
        result.problem.problem = problem;
        result.terms.reset();
        return false;
    }

    bool number(const QJsonObject &object, const QString &key, qint64 minimum, qint64 maximum, qint64 *out,
        int from = 0, bool required = false)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return true;
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < minimum
            || value.toInteger() > maximum)
            return fail(key,
                QStringLiteral("\"%1\" must be a whole number from %2 to %3").arg(key).arg(minimum).arg(maximum), from);
        *out = value.toInteger();
        return true;
    }
};

} // namespace

ShopTermsLoad parseShopTerms(const QByteArray &json, const QString &fileName)
{
    ShopTermsLoad result;
    result.problem.fileName = fileName;
    const QJsonObject root = JsonSource::parseObject(json, &result.problem);
    if (result.problem.isProblem())
        return result;
    TermsReader read { json, result };
    ShopTerms terms;

    const QJsonArray shipping = root.value(QStringLiteral("shipping")).toArray();
    for (int i = 0; i < shipping.size(); ++i) {
        const QJsonObject object = shipping.at(i).toObject();
        const int from = JsonSource::offsetOfNthKey(json, QStringLiteral("option"), i);
        const auto option = shippingOptionFromCode(object.value(QStringLiteral("option")).toString());
        if (!option) {
            read.fail(QStringLiteral("option"),
                QStringLiteral("\"option\" must be ground, two-day, next-day or emergency"), from);
            return result;
        }
        qint64 price = 0;
        qint64 transit = 0;
        if (!read.number(object, QStringLiteral("priceCents"), 0, 1000000, &price, from, true)
            || !read.number(object, QStringLiteral("transitBusinessDays"), 0, 30, &transit, from, true))
            return result;
        terms.shipping.append({ *option, price, int(transit) });
    }
    for (ShippingOption option : { ShippingOption::Ground, ShippingOption::TwoDay, ShippingOption::NextDay }) {
        if (!terms.rate(option)) {
            read.fail(QStringLiteral("shipping"),
                QStringLiteral("\"shipping\" must list ground, two-day and next-day (R-K5)"));
            return result;
        }
    }

    const QJsonObject taxes = root.value(QStringLiteral("taxRates")).toObject();
    for (const QString &state : Eligibility::usStateCodes()) {
        qint64 rate = 0;
        if (!taxes.contains(state)) {
            read.fail(QStringLiteral("taxRates"), QStringLiteral("\"taxRates\" has no rate for %1").arg(state));
            return result;
        }
        if (!read.number(
                taxes, state, 0, 20000, &rate, JsonSource::offsetOfNthKey(json, QStringLiteral("taxRates"), 0), true))
            return result;
        terms.taxRates.insert(state, int(rate));
    }

    const QJsonArray promos = root.value(QStringLiteral("promoCodes")).toArray();
    for (int i = 0; i < promos.size(); ++i) {
        const QJsonObject object = promos.at(i).toObject();
        const int from = JsonSource::offsetOfNthKey(json, QStringLiteral("code"), i);
        PromoCode promo;
        promo.code = object.value(QStringLiteral("code")).toString().trimmed().toUpper();
        promo.membersOnly = object.value(QStringLiteral("membersOnly")).toBool(false);
        promo.firstDay = QDate::fromString(object.value(QStringLiteral("firstDay")).toString(), Qt::ISODate);
        promo.lastDay = QDate::fromString(object.value(QStringLiteral("lastDay")).toString(), Qt::ISODate);
        qint64 percent = 0;
        if (promo.code.isEmpty()) {
            read.fail(QStringLiteral("code"), QStringLiteral("every promotion needs a \"code\""), from);
            return result;
        }
        if (!read.number(object, QStringLiteral("percentOff"), 1, 100, &percent, from, true))
            return result;
        if (!promo.firstDay.isValid() || !promo.lastDay.isValid() || promo.lastDay < promo.firstDay) {
            read.fail(QStringLiteral("firstDay"),
                QStringLiteral(
                    "\"firstDay\" and \"lastDay\" must be dates (YYYY-MM-DD), the last not before the first"),
                from);
            return result;
        }
        promo.percentOff = int(percent);
        terms.promoCodes.append(promo);
    }

    const QJsonObject returns = root.value(QStringLiteral("returns")).toObject();
    qint64 window = terms.returns.windowDays;
    qint64 percent = terms.returns.restockPercent;
    qint64 minimum = terms.returns.restockMinimumCents;
    qint64 priceMatch = terms.priceMatchWindowDays;
    qint64 quantity = terms.maxQuantity;
    if (!read.number(returns, QStringLiteral("windowDays"), 0, 365, &window)
        || !read.number(returns, QStringLiteral("restockPercent"), 0, 100, &percent)
        || !read.number(returns, QStringLiteral("restockMinimumCents"), 0, 100000, &minimum)
        || !read.number(root, QStringLiteral("priceMatchWindowDays"), 0, 365, &priceMatch)
        || !read.number(root, QStringLiteral("maxQuantity"), 1, 9999, &quantity))
        return result;
    terms.returns = { int(window), int(percent), minimum };
    terms.priceMatchWindowDays = int(priceMatch);
    terms.maxQuantity = int(quantity);
    result.terms = terms;
    return result;
}

ShopTermsLoad loadShopTerms(const QString &path)
{
    ShopTermsLoad result;
    const QByteArray json = JsonSource::readFile(path, &result.problem);
    if (result.problem.isProblem())
        return result;
    return parseShopTerms(json, path);
}

} // namespace CareDesk
