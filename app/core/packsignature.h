#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Relais {

// An Ed25519 key pair (libsodium) with the name of the publisher it stands for.
struct SigningKey
{
    QString name;          // "Emmaüs Connect", "CCAS de Leers"
    QByteArray publicKey;  // 32 bytes
    QByteArray secretKey;  // 64 bytes; empty for a public key alone

    // Short, stable fingerprint of the public key for people: 16 hex digits
    // in groups of four.
    QString fingerprint() const;

    static SigningKey generate(const QString &name);
    // Key files are small text files: a secret key file (written 0600) and
    // the public key file that is handed out.
    QByteArray secretKeyFile() const;
    QByteArray publicKeyFile() const;
    static std::optional<SigningKey> readKeyFile(const QString &path, Diagnostics &diags);
    // Writes both files; never replaces an existing file (a lost secret key
    // cannot be recovered, an overwritten one even less).
    bool writeKeyFiles(const QString &secretPath, const QString &publicPath, Diagnostics &diags) const;
    // 1 to 100 characters, no line break or control character: it is shown
    // to people and written on one line of the key files and signatures.
    static bool isValidName(const QString &name);
};

// A pack's signature covers every byte of the pack: it travels in the zip's
// end-of-central-directory comment, so any change anywhere, a single byte,
// breaks it.
struct SignatureCheck
{
    enum class Status { Unsigned, Valid, Invalid, Unreadable };
    Status status = Status::Unsigned;
    QString signer;        // the name written in the signature (Valid only)
    QByteArray publicKey;  // who signed (Valid only)
    QString fingerprint;
    // Invalid, Unreadable: the catalogue code that says why
    // (signature.mismatch, signature.malformed, signature.trailing-data,
    // signature.unreadable).
    QString reason;
};

// The signature is the zip comment, a small text record:
//   relais-signature-1\n signer: <name>\n key: <base64>\n signature: <base64>\n
// The signed message (Ed25519ph, streamed) is "relais-signature-1\n", the
// name's UTF-8 length (4 bytes, big-endian), the name, then every byte of the
// pack as written without a comment (comment length zero).
class PackSignature
{
public:
    // Signs a pack in place (atomically); a pack already signed is re-signed.
    static bool sign(const QString &packPath, const SigningKey &key, Diagnostics &diags);
    static SignatureCheck verify(const QString &packPath);
};

} // namespace Relais
