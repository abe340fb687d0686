// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "faqmodel.h"

#include "appcontext.h"
#include "language.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace CareDesk {

FaqModel::FaqModel(QObject *parent)
    : QAbstractListModel(parent)
{
    QFile file(QStringLiteral(":/help/faq.json"));
    if (file.open(QIODevice::ReadOnly))
        m_all = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("entries")).toArray();
    if (AppContext *context = AppContext::instance()) {
        m_language = context->language()->current();
        connect(context->language(), &Language::currentChanged, this, [this, context] {
            setLanguage(context->language()->current());
        });
    }
    rebuild();
}

int FaqModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FaqModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case QuestionRole:
        return entry.question;
    case AnswerRole:
        return entry.answer;
    case TopicRole:
        return entry.topic;
    default:
        return {};
    }
}

QHash<int, QByteArray> FaqModel::roleNames() const
{
    return { { QuestionRole, "question" }, { AnswerRole, "answer" }, { TopicRole, "topic" } };
}

QString FaqModel::query() const
{
    return m_query;
}

void FaqModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    rebuild();
}

void FaqModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

void FaqModel::rebuild()
{
    // A dozen entries: a reset per search is cheaper than diffing and keeps the view simple.
    beginResetModel();
    m_rows.clear();
    const QString needle = m_query.trimmed();
    for (const QJsonValue &value : std::as_const(m_all)) {
        const QJsonObject object = value.toObject();
        QJsonObject text = object.value(m_language).toObject();
        if (text.isEmpty())
            text = object.value(QStringLiteral("en")).toObject();
        Entry entry { object.value(QStringLiteral("topic")).toString(), text.value(QStringLiteral("q")).toString(),
            text.value(QStringLiteral("a")).toString() };
        if (needle.isEmpty() || entry.question.contains(needle, Qt::CaseInsensitive)
            || entry.answer.contains(needle, Qt::CaseInsensitive))
            m_rows.push_back(entry);
    }
    endResetModel();
}

} // namespace CareDesk
