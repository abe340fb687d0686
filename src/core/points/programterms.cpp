// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "programterms.h"

#include "core/datafile.h"
#include "core/programcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace CareDesk {

int ProgramTerms::pointsPerDollarAt(const QDateTime &placedAt) const
{
    int rate = pointsPerDollar;
    for (const RatePromotion &promotion : promotions) {
        if (placedAt >= promotion.start && placedAt < promotion.end)
            rate = std::max(rate, promotion.pointsPerDollar);
    }
    return rate;
}

ProgramTerms ProgramTerms::mySony()
{
    ProgramTerms terms;
    terms.id = QStringLiteral("my-sony");
    terms.name = QStringLiteral("My Sony");
    return terms;
}

namespace {

using JsonSource::lineAt;
using JsonSource::lineOfKey;

struct Reader
{
    const QByteArray &json;
    ProgramTermsLoad &result;

    bool fail(const QString &key, const QString &problem)
    {
        result.line = lineOfKey(json, key);
        result.problem = problem;
        result.terms.reset();
        return false;
    }

    bool positiveInt(const QJsonObject &object, const QString &key, int *out, int minimum, int maximum)
    {
        if (!object.contains(key))
            return true; // defaults apply
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()) || value.toInteger() < minimum
            || value.toInteger() > maximum)
            return fail(
                key, QStringLiteral("\"%1\" must be a whole number from %2 to %3").arg(key).arg(minimum).arg(maximum));
        *out = int(value.toInteger());
        return true;
    }

    bool instant(const QJsonObject &object, const QString &key, const QTimeZone &zone, QDateTime *out)
    {
        const QDateTime local = QDateTime::fromString(object.value(key).toString(), Qt::ISODate);
        if (!local.isValid() || local.timeSpec() != Qt::LocalTime)
            return fail(key, QStringLiteral("\"%1\" must be a local date-time like 2014-09-21T00:00:00").arg(key));
        *out = QDateTime(local.date(), local.time(), zone);
        return true;
    }

    bool timeZone(const QJsonObject &object, QTimeZone *out)
    {
        if (!object.contains(QStringLiteral("timeZone"))) {
            *out = ProgramCalendar::zone();
            return true;
        }
        const QTimeZone zone(object.value(QStringLiteral("timeZone")).toString().toUtf8());
        if (!zone.isValid())
            return fail(QStringLiteral("timeZone"), QStringLiteral("unknown time zone"));
        *out = zone;
        return true;
    }
};

} // namespace

ProgramTermsLoad parseProgramTerms(const QByteArray &json, const QString &fileName)
{
    ProgramTermsLoad result;
    result.fileName = fileName;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        result.line = lineAt(json, error.offset);
        result.problem = error.errorString();
        return result;
    }
    if (!document.isObject()) {
        result.line = 1;
        result.problem = QStringLiteral("the file must hold one JSON object");
        return result;
    }
    const QJsonObject root = document.object();
    Reader read { json, result };
    ProgramTerms terms;
    terms.id = root.value(QStringLiteral("id")).toString();
    terms.name = root.value(QStringLiteral("name")).toString();
    if (terms.id.isEmpty() || terms.name.isEmpty()) {
        read.fail(terms.id.isEmpty() ? QStringLiteral("id") : QStringLiteral("name"),
            QStringLiteral("\"id\" and \"name\" are required"));
        if (result.line == 0)
            result.line = 1;
        return result;
    }
    int minimum = 0;
    if (!read.positiveInt(root, QStringLiteral("pointsPerDollar"), &terms.pointsPerDollar, 0, 100)
        || !read.positiveInt(root, QStringLiteral("expiryMonths"), &terms.expiryMonths, 1, 120)
        || !read.positiveInt(root, QStringLiteral("pointValueCents"), &terms.pointValueCents, 1, 100)
        || !read.positiveInt(root, QStringLiteral("minimumRedemption"), &minimum, 0, 1000000)
        || !read.positiveInt(root, QStringLiteral("restoreFloorDays"), &terms.restoreFloorDays, 0, 365)
        || !read.positiveInt(
            root, QStringLiteral("leaveProcessingBusinessDays"), &terms.leaveProcessingBusinessDays, 0, 30))
        return result;
    terms.minimumRedemption = minimum;

    const QJsonArray promotions = root.value(QStringLiteral("promotions")).toArray();
    for (const QJsonValue &value : promotions) {
        const QJsonObject object = value.toObject();
        RatePromotion promotion;
        promotion.id = object.value(QStringLiteral("id")).toString();
        QTimeZone zone;
        if (!read.timeZone(object, &zone) || !read.instant(object, QStringLiteral("start"), zone, &promotion.start)
            || !read.instant(object, QStringLiteral("end"), zone, &promotion.end)
            || !read.positiveInt(object, QStringLiteral("pointsPerDollar"), &promotion.pointsPerDollar, 0, 100))
            return result;
        if (promotion.end <= promotion.start) {
            read.fail(QStringLiteral("end"), QStringLiteral("a promotion must end after it starts"));
            return result;
        }
        terms.promotions.append(promotion);
    }

    if (root.contains(QStringLiteral("enrollmentBonus"))) {
        const QJsonObject object = root.value(QStringLiteral("enrollmentBonus")).toObject();
        EnrollmentBonus bonus;
        bonus.id = object.value(QStringLiteral("id")).toString();
        int points = 0;
        if (!read.timeZone(object, &bonus.zone)
            || !read.instant(object, QStringLiteral("start"), bonus.zone, &bonus.start)
            || !read.instant(object, QStringLiteral("end"), bonus.zone, &bonus.end)
            || !read.positiveInt(object, QStringLiteral("points"), &points, 1, 1000000)
            || !read.positiveInt(object, QStringLiteral("exclusionDays"), &bonus.exclusionDays, 0, 3650)
            || !read.positiveInt(object, QStringLiteral("cap"), &bonus.cap, 1, 100000000))
            return result;
        bonus.points = points;
        terms.enrollmentBonus = bonus;
    }
    result.terms = terms;
    return result;
}

ProgramTermsLoad loadProgramTerms(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProgramTermsLoad result;
        result.fileName = path;
        result.problem = file.errorString();
        return result;
    }
    return parseProgramTerms(file.readAll(), path);
}

} // namespace CareDesk
