// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "catalog.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace CareDesk {

QString LocalizedText::in(const QString &language) const
{
    if (language == QLatin1String("zh_CN") && !zhCN.isEmpty())
        return zhCN;
    if (language == QLatin1String("zh_TW") && !zhTW.isEmpty())
        return zhTW;
    return en;
}

bool LocalizedText::contains(const QString &needle) const
{
    return en.contains(needle, Qt::CaseInsensitive) || zhCN.contains(needle, Qt::CaseInsensitive)
        || zhTW.contains(needle, Qt::CaseInsensitive);
}

Catalog::Catalog(QList<CatalogItem> items)
    : m_items(std::move(items))
{ }

const QList<CatalogItem> &Catalog::items() const
{
    return m_items;
}

const CatalogItem *Catalog::find(const QString &sku) const
{
    for (const CatalogItem &item : m_items) {
        if (item.sku == sku)
            return &item;
    }
    return nullptr;
}

const CatalogItem *Catalog::careItem() const
{
    for (const CatalogItem &item : m_items) {
        if (item.kind == ItemKind::CareMembership)
            return &item;
    }
    return nullptr;
}

QList<const CatalogItem *> Catalog::search(const QString &text, const QString &category) const
{
    const QString needle = text.trimmed();
    QList<const CatalogItem *> found;
    for (const CatalogItem &item : m_items) {
        if (!category.isEmpty() && item.category != category)
            continue;
        if (!needle.isEmpty() && !item.name.contains(needle) && !item.description.contains(needle)
            && !item.sku.contains(needle, Qt::CaseInsensitive))
            continue;
        found.append(&item);
    }
    return found;
}

QStringList Catalog::categories() const
{
    QStringList list;
    for (const CatalogItem &item : m_items) {
        if (!list.contains(item.category))
            list.append(item.category);
    }
    return list;
}

namespace {

struct ItemReader
{
    const QByteArray &json;
    CatalogLoad &result;
    int itemOffset = 0; // where the current item starts, so problems point into it

    bool fail(const QString &key, const QString &problem)
    {
        const int line = JsonSource::lineOfKey(json, key, itemOffset);
        result.problem.line = line > 0 ? line : JsonSource::lineAt(json, itemOffset);
        result.problem.problem = problem;
        result.catalog.reset();
        return false;
    }

    bool text(const QJsonObject &object, const QString &key, bool required, LocalizedText *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return true;
        const QJsonObject texts = value.toObject();
        out->en = texts.value(QStringLiteral("en")).toString().trimmed();
        out->zhCN = texts.value(QStringLiteral("zh_CN")).toString().trimmed();
        out->zhTW = texts.value(QStringLiteral("zh_TW")).toString().trimmed();
        if (out->en.isEmpty() || out->zhCN.isEmpty() || out->zhTW.isEmpty())
            return fail(key, QStringLiteral("\"%1\" needs \"en\", \"zh_CN\" and \"zh_TW\" texts").arg(key));
        return true;
    }

    bool cents(const QJsonObject &object, const QString &key, bool required, Cents *out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return true;
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < 0
            || value.toInteger() > kMaxCents)
            return fail(
                key, QStringLiteral("\"%1\" must be a whole number of cents from 0 to %2").arg(key).arg(kMaxCents));
        *out = value.toInteger();
        return true;
    }

    bool count(const QJsonObject &object, const QString &key, int *out, int maximum)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < 0
            || value.toInteger() > maximum)
            return fail(key, QStringLiteral("\"%1\" must be a whole number from 0 to %2").arg(key).arg(maximum));
        *out = int(value.toInteger());
        return true;
    }
};

std::optional<ItemKind> kindFromCode(const QString &code)
{
    if (code == QLatin1String("product"))
        return ItemKind::Product;
    if (code == QLatin1String("part"))
        return ItemKind::Part;
    if (code == QLatin1String("software"))
        return ItemKind::Software;
    if (code == QLatin1String("training"))
        return ItemKind::Training;
    if (code == QLatin1String("care"))
        return ItemKind::CareMembership;
    return std::nullopt;
}

} // namespace

CatalogLoad parseCatalog(const QByteArray &json, const QString &fileName)
{
    CatalogLoad result;
    result.problem.fileName = fileName;
    const QJsonObject root = JsonSource::parseObject(json, &result.problem);
    if (result.problem.isProblem())
        return result;
    const QJsonArray array = root.value(QStringLiteral("items")).toArray();
    ItemReader read { json, result };
    const auto refuse = [&](const QString &key, const QString &problem) {
        read.fail(key, problem);
        return result;
    };
    if (array.isEmpty()) {
        read.fail(QStringLiteral("items"), QStringLiteral("\"items\" must be a non-empty array"));
        return result;
    }
    QList<CatalogItem> items;
    QSet<QString> skus;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        read.itemOffset = JsonSource::offsetOfNthKey(json, QStringLiteral("sku"), i);
        CatalogItem item;
        item.sku = object.value(QStringLiteral("sku")).toString().trimmed();
        if (item.sku.isEmpty())
            return refuse(QStringLiteral("sku"), QStringLiteral("every item needs a \"sku\""));
        if (skus.contains(item.sku))
            return refuse(QStringLiteral("sku"), QStringLiteral("SKU %1 appears twice").arg(item.sku));
        skus.insert(item.sku);
        const auto kind = kindFromCode(object.value(QStringLiteral("kind")).toString());
        if (!kind)
            return refuse(
                QStringLiteral("kind"), QStringLiteral("\"kind\" must be product, part, software, training or care"));
        item.kind = *kind;
        item.category = object.value(QStringLiteral("category")).toString();
        if (item.category.isEmpty())
            return refuse(QStringLiteral("category"), QStringLiteral("every item needs a \"category\""));
        item.qualifying = object.value(QStringLiteral("qualifying")).toBool(false);
        item.taxable = object.value(QStringLiteral("taxable")).toBool(true);
        item.complimentarySku = object.value(QStringLiteral("complimentary")).toString();
        item.downloadUrl = object.value(QStringLiteral("downloadUrl")).toString();
        if (!read.text(object, QStringLiteral("name"), true, &item.name)
            || !read.text(object, QStringLiteral("description"), true, &item.description)
            || !read.cents(object, QStringLiteral("priceCents"), true, &item.priceCents)
            || !read.cents(object, QStringLiteral("memberPriceCents"), false, &item.memberPriceCents)
            || !read.count(object, QStringLiteral("stock"), &item.stock, 1000000)
            || !read.count(object, QStringLiteral("backorderDays"), &item.backorderDays, 365))
            return result;
        if (item.memberPriceCents >= item.priceCents && item.memberPriceCents != 0)
            return refuse(QStringLiteral("memberPriceCents"), QStringLiteral("a member price must be below the price"));
        if (item.qualifying && item.kind != ItemKind::Product)
            return refuse(QStringLiteral("qualifying"), QStringLiteral("only products can be qualifying (R-P1)"));
        if (item.isFreeSoftware() && !item.downloadUrl.startsWith(QLatin1String("https://")))
            return refuse(QStringLiteral("downloadUrl"), QStringLiteral("free software needs an https downloadUrl"));
        if (item.kind == ItemKind::Training) {
            const QDateTime start
                = QDateTime::fromString(object.value(QStringLiteral("start")).toString(), Qt::ISODate);
            if (!start.isValid() || start.timeSpec() != Qt::OffsetFromUTC)
                return refuse(QStringLiteral("start"),
                    QStringLiteral("training needs a \"start\" with an offset, like 2027-01-16T10:00:00-08:00"));
            item.trainingStart = start;
            if (!read.text(object, QStringLiteral("location"), true, &item.trainingLocation))
                return result;
        }
        items.append(item);
    }
    // Cross-references last, once every SKU is known.
    for (int i = 0; i < items.size(); ++i) {
        const QString &comp = items.at(i).complimentarySku;
        if (comp.isEmpty())
            continue;
        const bool known = std::any_of(items.cbegin(), items.cend(), [&](const CatalogItem &other) {
            return other.sku == comp && other.kind == ItemKind::Product;
        });
        if (!known) {
            read.itemOffset = JsonSource::offsetOfNthKey(json, QStringLiteral("sku"), i);
            read.fail(QStringLiteral("complimentary"),
                QStringLiteral("complimentary item %1 is not a product of the catalog").arg(comp));
            return result;
        }
    }
    int careItems = 0;
    for (const CatalogItem &item : std::as_const(items))
        careItems += item.kind == ItemKind::CareMembership ? 1 : 0;
    if (careItems > 1) {
        read.itemOffset = 0;
        read.fail(QStringLiteral("items"), QStringLiteral("the catalog may sell one Care membership only"));
        return result;
    }
    result.catalog = Catalog(items);
    return result;
}

CatalogLoad loadCatalog(const QString &path)
{
    CatalogLoad result;
    const QByteArray json = JsonSource::readFile(path, &result.problem);
    if (result.problem.isProblem())
        return result;
    return parseCatalog(json, path);
}

} // namespace CareDesk
