// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "demodata.h"

#include "core/programcalendar.h"

namespace CareDesk {

QString DemoData::email()
{
    return QStringLiteral("demo@caredesk.example");
}

QString DemoData::password()
{
    return QStringLiteral("care-demo-2026");
}

AccountId DemoData::ensure(QSqlDatabase db, const PasswordHasher &hasher, const QDateTime &now)
{
    AccountStore accounts(db, hasher);
    if (const auto existing = accounts.demoAccount())
        return existing->id;
    NewAccount demo;
    demo.email = email();
    demo.displayName = QStringLiteral("Alex Morgan");
    demo.birthDate = ProgramCalendar::dateOf(now).addYears(-34);
    demo.state = QStringLiteral("NY");
    // About three years of membership, so the history below has room.
    const QDateTime joined = now.addDays(-3 * 365);
    const auto created = accounts.create(demo, password(), joined, true);
    return created.status == AccountStore::CreateStatus::Created ? created.id : 0;
}

} // namespace CareDesk
