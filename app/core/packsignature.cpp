#include "packsignature.h"

#include "pack.h"
#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSaveFile>
#include <QStringDecoder>

#include <sodium.h>

namespace Relais {

namespace {

const QByteArray recordMagic = QByteArrayLiteral("relais-signature-1");
const QByteArray secretHeader = QByteArrayLiteral("RELAIS SECRET KEY");
const QByteArray publicHeader = QByteArrayLiteral("RELAIS PUBLIC KEY");
const QByteArray eocdMagic = QByteArrayLiteral("PK\x05\x06");
constexpr qsizetype eocdSize = 22;          // end-of-central-directory record without its comment
constexpr qsizetype commentLengthAt = 20;   // offset of its 16-bit comment length
constexpr qsizetype maxComment = 0xffff;
// A record is about 200 bytes plus the name (at most 100 characters, so
// 400 bytes of UTF-8): anything longer is not a Relais signature.
constexpr qsizetype maxRecord = 1024;
constexpr qint64 maxKeyFile = 4096;
constexpr qint64 chunkSize = 1 << 20;

void ensureSodium()
{
    // Only fails when the system gives no random numbers: nothing can be
    // signed or generated safely then.
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        qFatal("libsodium could not be initialised");
}

const uchar *bytes(const QByteArray &data)
{
    return reinterpret_cast<const uchar *>(data.constData());
}

QString fingerprintOf(const QByteArray &publicKey)
{
    const QString hex = sha256Hex(publicKey).left(16);
    return QStringList{hex.mid(0, 4), hex.mid(4, 4), hex.mid(8, 4), hex.mid(12, 4)}.join(QLatin1Char(' '));
}

// Base64 as Relais writes it and nothing else: an altered character never
// decodes to the same bytes.
std::optional<QByteArray> fromCanonicalBase64(const QByteArray &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QString> decodeName(const QByteArray &utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = decoder.decode(utf8);
    if (decoder.hasError() || !SigningKey::isValidName(name))
        return std::nullopt;
    return name;
}

std::optional<QByteArray> valueAfter(const QByteArray &line, const char *label)
{
    if (!line.startsWith(label))
        return std::nullopt;
    return line.mid(qsizetype(qstrlen(label)));
}

// Where the zip's end-of-central-directory record is and whether its
// comment runs exactly to the end of the file.
struct ZipEnd
{
    qint64 eocd = -1;  // -1: there is none in the last 64 KiB
    bool exact = false;
    QByteArray comment;
};

std::optional<ZipEnd> findZipEnd(QFile &file)
{
    ZipEnd end;
    const qint64 size = file.size();
    if (size < eocdSize)
        return end;
    const qint64 tailSize = qMin<qint64>(size, eocdSize + maxComment);
    if (!file.seek(size - tailSize))
        return std::nullopt;
    const QByteArray tail = file.read(tailSize);
    if (tail.size() != tailSize)
        return std::nullopt;
    // The last end record whose comment runs to the end of the file; an end
    // record hidden inside a comment is then part of that comment, which
    // does not parse as a signature.
    for (qsizetype at = tail.lastIndexOf(eocdMagic, tail.size() - eocdSize); at >= 0;
         at = at > 0 ? tail.lastIndexOf(eocdMagic, at - 1) : -1) {
        if (end.eocd < 0)
            end.eocd = size - tailSize + at;
        const qsizetype commentLength = uchar(tail[at + commentLengthAt]) | (uchar(tail[at + commentLengthAt + 1]) << 8);
        if (at + eocdSize + commentLength == tail.size()) {
            end.eocd = size - tailSize + at;
            end.exact = true;
            end.comment = tail.mid(at + eocdSize);
            return end;
        }
    }
    return end;
}

void addSignedPrefix(crypto_sign_state &state, const QByteArray &name)
{
    const QByteArray head = recordMagic + '\n';
    const quint32 n = quint32(name.size());
    const uchar length[4] = {uchar(n >> 24), uchar(n >> 16), uchar(n >> 8), uchar(n)};
    crypto_sign_update(&state, bytes(head), size_t(head.size()));
    crypto_sign_update(&state, length, sizeof length);
    crypto_sign_update(&state, bytes(name), size_t(name.size()));
}

// Feeds the pack as it was before signing (the comment length read as zero,
// no comment) and copies it to `out` when given, a chunk at a time.
bool addUnsignedPack(QFile &in, qint64 eocd, crypto_sign_state &state, QIODevice *out)
{
    if (!in.seek(0))
        return false;
    QByteArray buffer(chunkSize, Qt::Uninitialized);
    for (qint64 left = eocd + commentLengthAt; left > 0;) {
        const qint64 n = in.read(buffer.data(), qMin(left, chunkSize));
        if (n <= 0)
            return false;
        crypto_sign_update(&state, bytes(buffer), size_t(n));
        if (out && !writeAll(*out, buffer.constData(), n))
            return false;
        left -= n;
    }
    const uchar noComment[2] = {0, 0};
    crypto_sign_update(&state, noComment, sizeof noComment);
    return true;
}

QByteArray signatureRecord(const QByteArray &name, const QByteArray &publicKey, const QByteArray &signature)
{
    return recordMagic + "\nsigner: " + name + "\nkey: " + publicKey.toBase64() + "\nsignature: "
        + signature.toBase64() + '\n';
}

struct Record
{
    QByteArray nameUtf8;
    QString name;
    QByteArray publicKey;
    QByteArray signature;
};

std::optional<Record> parseRecord(const QByteArray &comment)
{
    if (comment.size() > maxRecord || !comment.endsWith('\n'))
        return std::nullopt;
    const QList<QByteArray> lines = comment.chopped(1).split('\n');
    if (lines.size() != 4 || lines[0] != recordMagic)
        return std::nullopt;
    const auto name = valueAfter(lines[1], "signer: ");
    const auto key = valueAfter(lines[2], "key: ");
    const auto signature = valueAfter(lines[3], "signature: ");
    if (!name || !key || !signature)
        return std::nullopt;
    Record record;
    record.nameUtf8 = *name;
    const auto decodedName = decodeName(*name);
    const auto decodedKey = fromCanonicalBase64(*key);
    const auto decodedSignature = fromCanonicalBase64(*signature);
    if (!decodedName || !decodedKey || decodedKey->size() != crypto_sign_PUBLICKEYBYTES || !decodedSignature
        || decodedSignature->size() != crypto_sign_BYTES)
        return std::nullopt;
    record.name = *decodedName;
    record.publicKey = *decodedKey;
    record.signature = *decodedSignature;
    return record;
}

// Creates the file (never replacing one) with these permissions from the start.
bool writeNewFile(const QString &path, const QByteArray &data, QFileDevice::Permissions permissions,
                  Diagnostics &diags)
{
    const QString where = QDir::toNativeSeparators(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions)) {
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
            diags << Diagnostic::make(QStringLiteral("key.exists"), {where}, {}, {where});
        else
            diags << Diagnostic::make(QStringLiteral("key.write-failed"), {where}, {}, {where, file.errorString()});
        return false;
    }
    if (file.write(data) != data.size() || !file.flush()) {
        diags << Diagnostic::make(QStringLiteral("key.write-failed"), {where}, {}, {where, file.errorString()});
        file.remove();
        return false;
    }
    return true;
}

} // namespace

bool SigningKey::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 100 || name.trimmed() != name)
        return false;
    // Format characters (bidirectional overrides) would let a name display
    // as another one.
    for (const QChar c : name) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Other_Surrogate
            || category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            return false;
    }
    return true;
}

QString SigningKey::fingerprint() const
{
    return fingerprintOf(publicKey);
}

SigningKey SigningKey::generate(const QString &name)
{
    ensureSodium();
    SigningKey key;
    key.name = name;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<uchar *>(key.publicKey.data()), reinterpret_cast<uchar *>(key.secretKey.data()));
    return key;
}

QByteArray SigningKey::secretKeyFile() const
{
    return secretHeader + "\nname: " + name.toUtf8() + "\nkey: " + secretKey.toBase64() + '\n';
}

QByteArray SigningKey::publicKeyFile() const
{
    return publicHeader + "\nname: " + name.toUtf8() + "\nkey: " + publicKey.toBase64() + '\n';
}

std::optional<SigningKey> SigningKey::readKeyFile(const QString &path, Diagnostics &diags)
{
    const QString where = QDir::toNativeSeparators(path);
    const auto fail = [&](const char *code, int line, const QStringList &args = {}) {
        diags << Diagnostic::make(QString::fromLatin1(code), {where, line}, {}, args);
        return std::nullopt;
    };
    if (!QFileInfo(path).isFile())
        return fail("key.unreadable", 0,
                    {QFileInfo::exists(path) ? QStringLiteral("ce n'est pas un fichier / not a file")
                                             : QStringLiteral("fichier introuvable / file not found")});
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail("key.unreadable", 0, {file.errorString()});
    QByteArray data = file.read(maxKeyFile + 1);
    if (data.size() > maxKeyFile)
        return fail("key.not-key-file", 1);
    // Key files travel by mail and USB sticks: Windows line ends and a
    // byte-order mark are not damage.
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    data.replace("\r\n", "\n");
    if (data.endsWith('\n'))
        data.chop(1);
    const QList<QByteArray> lines = data.split('\n');
    const bool secret = lines[0] == secretHeader;
    if (!secret && lines[0] != publicHeader)
        return fail("key.not-key-file", 1);
    const auto nameLine = lines.size() > 1 ? valueAfter(lines[1], "name: ") : std::nullopt;
    if (!nameLine)
        return fail("key.malformed", 2, {QStringLiteral("name: …")});
    const auto name = decodeName(*nameLine);
    if (!name)
        return fail("key.name", 2, {QString::fromUtf8(*nameLine)});
    const auto keyLine = lines.size() > 2 ? valueAfter(lines[2], "key: ") : std::nullopt;
    if (!keyLine)
        return fail("key.malformed", 3, {QStringLiteral("key: …")});
    if (lines.size() > 3)
        return fail("key.malformed", 4, {QStringLiteral("(fin du fichier / end of file)")});
    const auto keyBytes = fromCanonicalBase64(*keyLine);
    if (!keyBytes)
        return fail("key.base64", 3);
    const qsizetype expected = secret ? crypto_sign_SECRETKEYBYTES : crypto_sign_PUBLICKEYBYTES;
    if (keyBytes->size() != expected)
        return fail("key.length", 3, {QString::number(keyBytes->size()), QString::number(expected)});

    SigningKey key;
    key.name = *name;
    if (!secret) {
        key.publicKey = *keyBytes;
        return key;
    }
    // A libsodium secret key is the seed followed by the public key: both
    // halves must agree, or every signature made with it would be refused.
    ensureSodium();
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray again(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<uchar *>(publicKey.data()), reinterpret_cast<uchar *>(again.data()),
                             bytes(*keyBytes));
    if (again != *keyBytes)
        return fail("key.mismatch", 3);
    key.publicKey = publicKey;
    key.secretKey = *keyBytes;
    return key;
}

bool SigningKey::writeKeyFiles(const QString &secretPath, const QString &publicPath, Diagnostics &diags) const
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        diags << Diagnostic::make(QStringLiteral("key.public-only"), {});
        return false;
    }
    if (!isValidName(name)) {
        diags << Diagnostic::make(QStringLiteral("key.name"), {}, {}, {name});
        return false;
    }
    // Checked first so that a refusal leaves nothing half-written.
    for (const QString &path : {secretPath, publicPath}) {
        if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
            const QString where = QDir::toNativeSeparators(path);
            diags << Diagnostic::make(QStringLiteral("key.exists"), {where}, {}, {where});
            return false;
        }
    }
    if (!writeNewFile(secretPath, secretKeyFile(), QFileDevice::ReadOwner | QFileDevice::WriteOwner, diags))
        return false;
    if (!writeNewFile(publicPath, publicKeyFile(),
                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther,
                      diags)) {
        QFile::remove(secretPath);
        return false;
    }
    return true;
}

bool PackSignature::sign(const QString &packPath, const SigningKey &key, Diagnostics &diags)
{
    if (key.secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        diags << Diagnostic::make(QStringLiteral("key.public-only"), {});
        return false;
    }
    if (!SigningKey::isValidName(key.name)) {
        diags << Diagnostic::make(QStringLiteral("key.name"), {}, {}, {key.name});
        return false;
    }
    if (!Pack::read(packPath, diags))
        return false;
    const QString where = QDir::toNativeSeparators(packPath);
    QFile in(packPath);
    const std::optional<ZipEnd> end = in.open(QIODevice::ReadOnly) ? findZipEnd(in) : std::nullopt;
    if (!end) {
        diags << Diagnostic::make(QStringLiteral("io.unreadable"), {}, {}, {where, in.errorString()});
        return false;
    }
    if (!end->exact) {
        diags << Diagnostic::make(QStringLiteral("signature.layout"), {}, {}, {where});
        return false;
    }

    ensureSodium();
    const QByteArray name = key.name.toUtf8();
    crypto_sign_state state;
    crypto_sign_init(&state);
    addSignedPrefix(state, name);
    // Written beside the pack and renamed over it: the old pack or the signed one.
    QSaveFile out(packPath);
    bool ok = openSaveFile(out) && addUnsignedPack(in, end->eocd, state, &out);
    if (ok) {
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_final_create(&state, reinterpret_cast<uchar *>(signature.data()), nullptr, bytes(key.secretKey));
        const QByteArray comment = signatureRecord(name, key.publicKey, signature);
        Q_ASSERT(comment.size() <= maxRecord);
        const char length[2] = {char(comment.size() & 0xff), char(comment.size() >> 8)};
        ok = writeAll(out, length, 2) && writeAll(out, comment) && out.commit();
    }
    if (!ok) {
        diags << Diagnostic::make(QStringLiteral("pack.write-failed"), {}, {},
                                  {where, out.error() != QFileDevice::NoError ? out.errorString() : in.errorString()});
        return false;
    }
    return true;
}

SignatureCheck PackSignature::verify(const QString &packPath)
{
    SignatureCheck check;
    const auto refuse = [&check](SignatureCheck::Status status, const char *reason) {
        check.status = status;
        check.reason = QString::fromLatin1(reason);
        return check;
    };
    QFile file(packPath);
    if (!QFileInfo(packPath).isFile() || !file.open(QIODevice::ReadOnly))
        return refuse(SignatureCheck::Status::Unreadable, "signature.unreadable");
    const std::optional<ZipEnd> end = findZipEnd(file);
    if (!end || end->eocd < 0)
        return refuse(SignatureCheck::Status::Unreadable, "signature.unreadable");
    if (!end->exact)
        return refuse(SignatureCheck::Status::Invalid, "signature.trailing-data");
    if (end->comment.isEmpty())
        return check;
    const std::optional<Record> record = parseRecord(end->comment);
    if (!record)
        return refuse(SignatureCheck::Status::Invalid, "signature.malformed");

    ensureSodium();
    crypto_sign_state state;
    crypto_sign_init(&state);
    addSignedPrefix(state, record->nameUtf8);
    if (!addUnsignedPack(file, end->eocd, state, nullptr))
        return refuse(SignatureCheck::Status::Unreadable, "signature.unreadable");
    if (crypto_sign_final_verify(&state, bytes(record->signature), bytes(record->publicKey)) != 0)
        return refuse(SignatureCheck::Status::Invalid, "signature.mismatch");
    check.status = SignatureCheck::Status::Valid;
    check.signer = record->name;
    check.publicKey = record->publicKey;
    check.fingerprint = fingerprintOf(record->publicKey);
    return check;
}

} // namespace Relais
