#pragma once

#include "packsignature.h"

#include <QList>

namespace Relais {

// Where Relais keeps the user's data, the same for the command line and the
// Studio: ~/.local/share/relais (XDG_DATA_HOME honoured).
QString userDataFolder();

// The publishers' public keys this computer trusts: one public key file per
// key (<fingerprint>.pub) in a folder, by default <userDataFolder>/trusted-keys
// beside the library; the environment variable RELAIS_TRUST_STORE moves it.
class TrustStore
{
public:
    explicit TrustStore(const QString &folder);
    static QString defaultFolder();

    QList<SigningKey> keys() const;
    bool isTrusted(const QByteArray &publicKey) const;
    // The trusted key with this public key, if any.
    std::optional<SigningKey> find(const QByteArray &publicKey) const;
    bool add(const SigningKey &publicKey, Diagnostics &diags);
    // By fingerprint or by name; false when nothing matched.
    bool remove(const QString &fingerprintOrName, Diagnostics &diags);

    // What to tell people about a pack's signature on this computer: trusted
    // publisher (named as this store knows it, whatever name the signature
    // carries), unknown key, unsigned, invalid or unreadable.
    Diagnostic verdict(const SignatureCheck &check) const;

    QString folder() const { return m_folder; }

private:
    QString m_folder;
};

} // namespace Relais
