// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace CareDesk {

/// Argon2id password hashes through libsodium's crypto_pwhash_str (salted, self-describing
/// "$argon2id$..." strings). Passwords are never stored or logged in clear.
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, ///< libsodium's INTERACTIVE limits (~60 ms here): production
        TestingOnly, ///< the minimum limits: only for test suites, chosen explicitly
    };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    /// The hash string to store; empty if libsodium could not allocate its memory.
    [[nodiscard]] QString hash(const QString &password) const;

    /// True when `password` matches `storedHash` (constant-time inside libsodium).
    [[nodiscard]] bool verify(const QString &storedHash, const QString &password) const;

    /// True when a stored hash was made with other limits than this hasher's and should be
    /// replaced at the next successful sign-in.
    [[nodiscard]] bool needsRehash(const QString &storedHash) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace CareDesk
