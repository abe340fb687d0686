// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace CareDesk {

class AppContext;

/// Warranty help for QML (issue #7): the coverage check (R-W1..R-W5, R-W8), the JD.com
/// after-sales guide (R-W6) and service requests (R-W7), worded in the current language.
class WarrantyHelp : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// [{ value, label }] for each question.
    Q_PROPERTY(QVariantList regionChoices READ regionChoices NOTIFY languageChanged)
    Q_PROPERTY(QVariantList sellerChoices READ sellerChoices NOTIFY languageChanged)
    Q_PROPERTY(QVariantList incidentChoices READ incidentChoices NOTIFY languageChanged)
    Q_PROPERTY(QVariantList categoryChoices READ categoryChoices NOTIFY languageChanged)
    /// R-W6: [{ text, menu, menuNote }], menu names exactly as on the JD site (Simplified).
    Q_PROPERTY(QVariantList jdSteps READ jdSteps NOTIFY languageChanged)
    /// The member's saved requests: [{ title, detail, status }].
    Q_PROPERTY(QVariantList requests READ requests NOTIFY requestsChanged)

public:
    explicit WarrantyHelp(QObject *parent = nullptr);

    [[nodiscard]] QVariantList regionChoices() const;
    [[nodiscard]] QVariantList sellerChoices() const;
    [[nodiscard]] QVariantList incidentChoices() const;
    [[nodiscard]] QVariantList categoryChoices() const;
    [[nodiscard]] QVariantList jdSteps() const;
    [[nodiscard]] QVariantList requests() const;

    /// The verdict for the answers: { outcome: "covered" | "not-covered" | "needs-inspection" |
    /// "incomplete", title, reasons: [text], remedy, steps: [text] }.
    Q_INVOKABLE QVariantMap check(int region, int seller, const QString &category, const QString &purchaseDate,
        bool hasCard, bool hasBox, bool hasInvoice, bool boxMatches, int incident, bool partsAvailable) const;

    /// R-W7: one message per missing or unusable field (empty when complete); saves nothing.
    Q_INVOKABLE QStringList validateRequest(const QString &customer, const QString &address, const QString &phone,
        const QString &model, const QString &purchaseDate, const QString &fault, const QString &request) const;

    /// R-W7: saves the request, or returns one message per missing field (nothing saved).
    Q_INVOKABLE QStringList submitRequest(const QString &customer, const QString &address, const QString &phone,
        const QString &model, const QString &purchaseDate, const QString &fault, const QString &request);

Q_SIGNALS:
    void languageChanged();
    void requestsChanged();

private:
    AppContext *m_context;
};

} // namespace CareDesk
