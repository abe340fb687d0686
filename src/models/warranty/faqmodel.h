// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace CareDesk {

/// Questions and answers (resources/help/faq.json) in the current UI language, searchable
/// in that language (issue #7 item 4).
class FaqModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// Text to look for in questions and answers ("" shows all).
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)

public:
    enum Role {
        QuestionRole = Qt::UserRole + 1, ///< the question, current language
        AnswerRole, ///< the answer, current language
        TopicRole, ///< "points", "care", "shipping", "returns", "warranty", "app"
    };
    Q_ENUM(Role)

    explicit FaqModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString query() const;
    void setQuery(const QString &query);

    /// Reads the entries for `language` ("en", "zh_CN", "zh_TW") and filters again.
    void setLanguage(const QString &language);

Q_SIGNALS:
    void queryChanged();

private:
    struct Entry
    {
        QString topic;
        QString question;
        QString answer;
    };
    void rebuild();

    QJsonArray m_all;
    QString m_language = QStringLiteral("en");
    QString m_query;
    std::vector<Entry> m_rows;
};

} // namespace CareDesk
