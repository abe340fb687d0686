// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "cardform.h"

#include "core/shop/shoprules.h"

#include <QRegularExpression>

namespace CareDesk {

namespace {
void overwrite(QString &text)
{
    text.fill(QLatin1Char('0'));
    text.clear();
}
} // namespace

CardForm::CardForm(QObject *parent)
    : QObject(parent)
{ }

CardForm::~CardForm()
{
    overwrite(m_number);
    overwrite(m_cvv);
}

QString CardForm::number() const
{
    return m_number;
}

void CardForm::setNumber(const QString &number)
{
    if (number == m_number)
        return;
    m_number = number.left(40);
    Q_EMIT changed();
}

QString CardForm::expiry() const
{
    return m_expiry;
}

void CardForm::setExpiry(const QString &expiry)
{
    if (expiry == m_expiry)
        return;
    m_expiry = expiry.left(10);
    Q_EMIT changed();
}

QString CardForm::cvv() const
{
    return m_cvv;
}

void CardForm::setCvv(const QString &cvv)
{
    if (cvv == m_cvv)
        return;
    m_cvv = cvv.left(8);
    Q_EMIT changed();
}

QString CardForm::holder() const
{
    return m_holder;
}

void CardForm::setHolder(const QString &holder)
{
    if (holder == m_holder)
        return;
    m_holder = holder.left(100);
    Q_EMIT changed();
}

QString CardForm::brand() const
{
    return CardCheck::luhnValid(m_number) ? CardCheck::brandOf(m_number) : QString();
}

bool CardForm::parseExpiry(const QString &text, int *month, int *year)
{
    static const QRegularExpression shape(QStringLiteral("^\\s*(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})\\s*$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return false;
    *month = match.captured(1).toInt();
    const int y = match.captured(2).toInt();
    *year = match.captured(2).size() == 2 ? 2000 + y : y;
    return *month >= 1 && *month <= 12;
}

CardEntry CardForm::entry() const
{
    CardEntry entry;
    entry.number = m_number;
    entry.cvv = m_cvv.trimmed();
    entry.holderName = m_holder;
    if (!parseExpiry(m_expiry, &entry.expiryMonth, &entry.expiryYear)) {
        entry.expiryMonth = 0;
        entry.expiryYear = 0;
    }
    return entry;
}

void CardForm::wipe()
{
    overwrite(m_number);
    overwrite(m_cvv);
    m_expiry.clear();
    Q_EMIT changed();
}

} // namespace CareDesk
