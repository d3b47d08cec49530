#include "truststore.h"

#include "fileset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Relais {

namespace {

struct StoredKey
{
    QString path;
    SigningKey key;
};

// A damaged or secret key file in the folder trusts nobody: it is skipped.
QList<StoredKey> storedKeys(const QString &folder)
{
    QList<StoredKey> out;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        Diagnostics ignored;
        std::optional<SigningKey> key = SigningKey::readKeyFile(info.filePath(), ignored);
        if (key && key->secretKey.isEmpty())
            out.append({info.filePath(), *key});
    }
    return out;
}

// "1A2B 3c4d 5E6F 7a8b" and "1a2b3c4d5e6f7a8b" name the same key.
QString compactFingerprint(const QString &text)
{
    return text.toLower().remove(QLatin1Char(' '));
}

} // namespace

QString userDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/relais");
}

TrustStore::TrustStore(const QString &folder) : m_folder(folder) {}

QString TrustStore::defaultFolder()
{
    const QString moved = qEnvironmentVariable("RELAIS_TRUST_STORE");
    return moved.isEmpty() ? userDataFolder() + QStringLiteral("/trusted-keys") : QFileInfo(moved).absoluteFilePath();
}

QList<SigningKey> TrustStore::keys() const
{
    QList<SigningKey> out;
    for (const StoredKey &stored : storedKeys(m_folder))
        out.append(stored.key);
    std::sort(out.begin(), out.end(), [](const SigningKey &a, const SigningKey &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.fingerprint() < b.fingerprint();
    });
    return out;
}

std::optional<SigningKey> TrustStore::find(const QByteArray &publicKey) const
{
    for (const StoredKey &stored : storedKeys(m_folder))
        if (stored.key.publicKey == publicKey)
            return stored.key;
    return std::nullopt;
}

bool TrustStore::isTrusted(const QByteArray &publicKey) const
{
    return find(publicKey).has_value();
}

bool TrustStore::add(const SigningKey &key, Diagnostics &diags)
{
    if (!key.secretKey.isEmpty()) {
        diags << Diagnostic::make(QStringLiteral("trust.secret-key"), {});
        return false;
    }
    if (key.publicKey.size() != 32) {
        diags << Diagnostic::make(QStringLiteral("key.length"), {}, {}, {QString::number(key.publicKey.size()), QStringLiteral("32")});
        return false;
    }
    if (!SigningKey::isValidName(key.name)) {
        diags << Diagnostic::make(QStringLiteral("key.name"), {}, {}, {key.name});
        return false;
    }
    const QList<StoredKey> stored = storedKeys(m_folder);
    for (const StoredKey &other : stored) {
        if (other.key.publicKey == key.publicKey) {
            diags << Diagnostic::make(QStringLiteral("trust.already"), {}, {}, {other.key.name, other.key.fingerprint()});
            return true;
        }
    }
    const QString path = m_folder + QLatin1Char('/') + compactFingerprint(key.fingerprint()) + QStringLiteral(".pub");
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        diags << Diagnostic::make(QStringLiteral("trust.collision"), {}, {}, {QDir::toNativeSeparators(path)});
        return false;
    }
    if (!writeFileAtomically(path, key.publicKeyFile(), diags))
        return false;
    // Anyone can write any name in a key: a second key under a trusted name
    // deserves a second look.
    for (const StoredKey &other : stored)
        if (other.key.name.compare(key.name, Qt::CaseInsensitive) == 0)
            diags << Diagnostic::make(QStringLiteral("trust.same-name"), {}, {}, {other.key.name, other.key.fingerprint()});
    return true;
}

bool TrustStore::remove(const QString &fingerprintOrName, Diagnostics &diags)
{
    const QString wanted = fingerprintOrName.trimmed();
    const QString fingerprint = compactFingerprint(wanted);
    QList<StoredKey> matches;
    QList<QByteArray> distinct;
    for (const StoredKey &stored : storedKeys(m_folder)) {
        if (compactFingerprint(stored.key.fingerprint()) != fingerprint
            && stored.key.name.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        matches.append(stored);
        if (!distinct.contains(stored.key.publicKey))
            distinct.append(stored.key.publicKey);
    }
    if (matches.isEmpty()) {
        diags << Diagnostic::make(QStringLiteral("trust.not-found"), {}, {}, {wanted});
        return false;
    }
    if (distinct.size() > 1) {
        QStringList fingerprints;
        for (const StoredKey &m : std::as_const(matches))
            if (!fingerprints.contains(m.key.fingerprint()))
                fingerprints << m.key.fingerprint();
        diags << Diagnostic::make(QStringLiteral("trust.ambiguous"), {}, {}, {wanted, fingerprints.join(QStringLiteral(", "))});
        return false;
    }
    for (const StoredKey &m : std::as_const(matches)) {
        QFile file(m.path);
        if (!file.remove()) {
            diags << Diagnostic::make(QStringLiteral("trust.remove-failed"), {}, {},
                                      {QDir::toNativeSeparators(m.path), file.errorString()});
            return false;
        }
    }
    return true;
}

Diagnostic TrustStore::verdict(const SignatureCheck &check) const
{
    switch (check.status) {
    case SignatureCheck::Status::Valid:
        if (const std::optional<SigningKey> trusted = find(check.publicKey))
            return Diagnostic::make(QStringLiteral("signature.trusted"), {}, {}, {trusted->name, check.fingerprint});
        return Diagnostic::make(QStringLiteral("signature.untrusted"), {}, {}, {check.signer, check.fingerprint});
    case SignatureCheck::Status::Unsigned:
        return Diagnostic::make(QStringLiteral("signature.unsigned"), {});
    case SignatureCheck::Status::Invalid:
        return Diagnostic::make(QStringLiteral("signature.invalid"), {});
    case SignatureCheck::Status::Unreadable:
        break;
    }
    return Diagnostic::make(QStringLiteral("signature.unreadable"), {});
}

} // namespace Relais
