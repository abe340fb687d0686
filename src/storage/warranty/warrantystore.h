// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include "core/warranty/warrantyverdict.h"
#include "storage/accountstore.h"
#include "storage/sqldialect.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace CareDesk {

/// Schema step "warranty": service requests (R-W7).
bool createWarrantySchema(const QSqlDatabase &db, SqlDialect dialect);

/// A saved service request and its status.
struct SavedServiceRequest
{
    qint64 id = 0;
    QDateTime createdAt;
    ServiceRequest request;
    QString status; ///< "submitted"
};

/// Service requests on Qt SQL; each public method is one transaction.
class WarrantyStore
{
public:
    explicit WarrantyStore(QSqlDatabase db);

    /// R-W7: saves a complete request (the caller checked ServiceRequest::missing()).
    std::optional<qint64> submit(AccountId account, const ServiceRequest &request, const QDateTime &now);
    [[nodiscard]] QList<SavedServiceRequest> requests(AccountId account) const;

private:
    QSqlDatabase m_db;
};

} // namespace CareDesk
