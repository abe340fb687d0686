// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#include "passwordhasher.h"

#include <sodium.h>

#include <QByteArray>

namespace CareDesk {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordHasher::PasswordHasher(Cost cost)
    : m_opsLimit(cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN)
    , m_memLimit(cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN)
{ }

QString PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return {};
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    const int rc = crypto_pwhash_str(
        out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), m_opsLimit, m_memLimit);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray hashText = storedHash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok
        = crypto_pwhash_str_verify(hashText.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

bool PasswordHasher::needsRehash(const QString &storedHash) const
{
    if (!sodiumReady())
        return false;
    const QByteArray hashText = storedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(hashText.constData(), m_opsLimit, m_memLimit) != 0;
}

} // namespace CareDesk
