// Ed25519 signatures of packs, key files and the trust store: a signed pack
// verifies, and no single changed byte anywhere (zip headers, data, central
// directory, end record, the signature itself) ever verifies; the CLI's
// keygen, sign, verify and trust; signed packs still validate, unpack and export.

#include "testutil.h"

#include <pack.h>
#include <packsignature.h>
#include <truststore.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace Relais;
using Status = SignatureCheck::Status;

Q_DECLARE_METATYPE(Relais::SignatureCheck::Status)

namespace {

const QString publisher = QStringLiteral("Emmaüs Connect");

// Offset of the end-of-central-directory record of a pack Pack::write made
// (no comment) or that sign() made (comment of commentSize bytes).
qsizetype eocdOffset(const QByteArray &pack, qsizetype commentSize = 0)
{
    return pack.size() - 22 - commentSize;
}

int modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

QByteArray withComment(QByteArray unsignedPack, const QByteArray &comment)
{
    const qsizetype at = eocdOffset(unsignedPack) + 20;
    unsignedPack[at] = char(comment.size() & 0xff);
    unsignedPack[at + 1] = char(comment.size() >> 8);
    return unsignedPack + comment;
}

// Flips bytes of one file in place and puts them back: the large pack is
// not rewritten for every position.
class ByteFlipper
{
public:
    explicit ByteFlipper(const QString &path) : m_file(path) { m_file.open(QIODevice::ReadWrite); }
    bool isOpen() const { return m_file.isOpen(); }

    SignatureCheck verifyFlipped(qint64 at, uchar mask)
    {
        char original = 0;
        m_file.seek(at);
        m_file.getChar(&original);
        put(at, char(original ^ mask));
        const SignatureCheck check = PackSignature::verify(m_file.fileName());
        put(at, original);
        return check;
    }

private:
    void put(qint64 at, char c)
    {
        m_file.seek(at);
        m_file.putChar(c);
        m_file.flush();
    }
    QFile m_file;
};

} // namespace

class TestSignature : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_smallPack;    // unsigned, from `relais new` + `relais pack`
    QString m_otherPack;    // the same with another title
    QString m_largePack;    // unsigned, parcours-relais
    SigningKey m_key;
    SigningKey m_otherKey;

    QString path(const QString &name) const { return m_tmp.path() + QLatin1Char('/') + name; }

    // A signed copy of an unsigned pack.
    QString signedCopy(const QString &pack, const QString &name, const SigningKey &key)
    {
        const QString copy = path(name);
        QFile::remove(copy);
        if (!QFile::copy(pack, copy))
            return {};
        Diagnostics diags;
        return PackSignature::sign(copy, key, diags) ? copy : QString();
    }

    QString makePack(const QString &name, const QString &title)
    {
        const QString folder = path(name);
        const QString pack = path(name + QStringLiteral(".relais"));
        if (TestUtil::runRelais({QStringLiteral("new"), folder, QStringLiteral("--title"), title}).exitCode != 0
            || TestUtil::runRelais({QStringLiteral("pack"), folder, QStringLiteral("-o"), pack}).exitCode != 0)
            return {};
        return pack;
    }

    QMap<QString, QString> cliEnvironment(const QString &lang = QStringLiteral("fr_FR.UTF-8")) const
    {
        return {{QStringLiteral("LANG"), lang}, {QStringLiteral("RELAIS_TRUST_STORE"), path(QStringLiteral("cli-trust"))}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Nothing here may touch the trust store of whoever runs the tests.
        qputenv("XDG_DATA_HOME", QFile::encodeName(path(QStringLiteral("xdg"))));
        qunsetenv("RELAIS_TRUST_STORE");
        m_smallPack = makePack(QStringLiteral("petit"), QStringLiteral("Petit paquet"));
        m_otherPack = makePack(QStringLiteral("autre"), QStringLiteral("Autre paquet"));
        QVERIFY(!m_smallPack.isEmpty() && !m_otherPack.isEmpty());
        m_largePack = path(QStringLiteral("parcours-relais.relais"));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("pack"), TestUtil::curriculaDir() + QStringLiteral("/parcours-relais"),
                                      QStringLiteral("-o"), m_largePack})
                     .exitCode,
                 0);
        m_key = SigningKey::generate(publisher);
        m_otherKey = SigningKey::generate(QStringLiteral("CCAS de Leers"));
    }

    void keyFilesRoundTrip()
    {
        const QString secretPath = path(QStringLiteral("keys/emmaus.key"));
        const QString publicPath = path(QStringLiteral("keys/emmaus.pub"));
        Diagnostics diags;
        QVERIFY(m_key.writeKeyFiles(secretPath, publicPath, diags));
        QVERIFY(diags.isEmpty());
        QCOMPARE(modeOf(secretPath), 0600);
        QCOMPARE(TestUtil::readFile(publicPath),
                 QByteArray("RELAIS PUBLIC KEY\nname: Emmaüs Connect\nkey: " + m_key.publicKey.toBase64() + "\n"));

        const std::optional<SigningKey> secret = SigningKey::readKeyFile(secretPath, diags);
        QVERIFY(secret);
        QCOMPARE(secret->name, publisher);
        QCOMPARE(secret->secretKey, m_key.secretKey);
        QCOMPARE(secret->publicKey, m_key.publicKey);
        const std::optional<SigningKey> pub = SigningKey::readKeyFile(publicPath, diags);
        QVERIFY(pub);
        QCOMPARE(pub->publicKey, m_key.publicKey);
        QVERIFY(pub->secretKey.isEmpty());
        QVERIFY(diags.isEmpty());

        // First 8 bytes of SHA-256, in groups of four hex digits.
        const QByteArray hex = QCryptographicHash::hash(m_key.publicKey, QCryptographicHash::Sha256).toHex().left(16);
        QCOMPARE(m_key.fingerprint(), QString::fromLatin1(hex.mid(0, 4) + ' ' + hex.mid(4, 4) + ' ' + hex.mid(8, 4) + ' ' + hex.mid(12, 4)));

        // Never replaced, and a refusal writes nothing.
        const QByteArray before = TestUtil::readFile(secretPath);
        QVERIFY(!m_otherKey.writeKeyFiles(secretPath, path(QStringLiteral("keys/other.pub")), diags));
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags.first().code, QStringLiteral("key.exists"));
        QCOMPARE(TestUtil::readFile(secretPath), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("keys/other.pub"))));

        // A public key alone cannot make key files.
        diags.clear();
        QVERIFY(!pub->writeKeyFiles(path(QStringLiteral("keys/p.key")), path(QStringLiteral("keys/p.pub")), diags));
        QCOMPARE(diags.first().code, QStringLiteral("key.public-only"));
    }

    void keyFileErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        const QByteArray pub = "RELAIS PUBLIC KEY\nname: Emmaüs Connect\nkey: " + m_key.publicKey.toBase64() + "\n";
        const QByteArray secret = m_key.secretKeyFile();
        QByteArray halves = m_key.secretKey;
        halves[40] = char(halves[40] ^ 0x01);  // the public half no longer matches the seed
        QByteArray nonCanonical = m_key.publicKey.toBase64();
        // 32 bytes leave two unused bits in the last character before "=".
        const int last = nonCanonical.size() - 2;
        nonCanonical[last] = QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                                 .at((QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                                          .indexOf(nonCanonical[last]))
                                     | 1);

        QTest::newRow("public key") << pub << QString() << 0;
        QTest::newRow("secret key") << secret << QString() << 0;
        QTest::newRow("Windows line ends") << QByteArray(pub).replace("\n", "\r\n") << QString() << 0;
        QTest::newRow("not a key file") << QByteArray("-----BEGIN PGP PUBLIC KEY BLOCK-----\n") << "key.not-key-file" << 1;
        QTest::newRow("empty file") << QByteArray() << "key.not-key-file" << 1;
        QTest::newRow("a signed pack's record") << QByteArray("relais-signature-1\nsigner: X\n") << "key.not-key-file" << 1;
        QTest::newRow("name line missing") << QByteArray("RELAIS PUBLIC KEY\nkey: " + m_key.publicKey.toBase64() + "\n")
                                           << "key.malformed" << 2;
        QTest::newRow("key line missing") << QByteArray("RELAIS PUBLIC KEY\nname: X\n") << "key.malformed" << 3;
        QTest::newRow("extra line") << pub + "comment: hello\n" << "key.malformed" << 4;
        QTest::newRow("control character in the name")
            << QByteArray("RELAIS PUBLIC KEY\nname: Emma\x07\nkey: " + m_key.publicKey.toBase64() + "\n") << "key.name" << 2;
        QTest::newRow("bidirectional override in the name")
            << QByteArray("RELAIS PUBLIC KEY\nname: \xE2\x80\xAE" "tcennoC\nkey: " + m_key.publicKey.toBase64() + "\n")
            << "key.name" << 2;
        QTest::newRow("bad base64") << QByteArray("RELAIS PUBLIC KEY\nname: X\nkey: ####\n") << "key.base64" << 3;
        QTest::newRow("non-canonical base64") << QByteArray("RELAIS PUBLIC KEY\nname: X\nkey: " + nonCanonical + "\n")
                                              << "key.base64" << 3;
        QTest::newRow("short key") << QByteArray("RELAIS PUBLIC KEY\nname: X\nkey: " + m_key.publicKey.left(31).toBase64() + "\n")
                                   << "key.length" << 3;
        QTest::newRow("secret key of public length")
            << QByteArray("RELAIS SECRET KEY\nname: X\nkey: " + m_key.publicKey.toBase64() + "\n") << "key.length" << 3;
        QTest::newRow("secret halves disagree") << QByteArray("RELAIS SECRET KEY\nname: X\nkey: " + halves.toBase64() + "\n")
                                                << "key.mismatch" << 3;
        QTest::newRow("huge file") << QByteArray("RELAIS PUBLIC KEY\n") + QByteArray(5000, 'x') << "key.not-key-file" << 1;
    }

    void keyFileErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, code);
        QFETCH(int, line);
        const QString file = path(QStringLiteral("errors/key"));
        QVERIFY(TestUtil::writeFile(file, content));
        Diagnostics diags;
        const std::optional<SigningKey> key = SigningKey::readKeyFile(file, diags);
        if (code.isEmpty()) {
            QVERIFY(key);
            QVERIFY(diags.isEmpty());
            QCOMPARE(key->publicKey, m_key.publicKey);
            QCOMPARE(key->name, publisher);
            return;
        }
        QVERIFY(!key);
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags.first().code, code);
        QCOMPARE(diags.first().location.line, line);
        QCOMPARE(diags.first().location.file, QDir::toNativeSeparators(file));
    }

    void missingKeyFile()
    {
        Diagnostics diags;
        QVERIFY(!SigningKey::readKeyFile(path(QStringLiteral("nowhere.key")), diags));
        QCOMPARE(diags.first().code, QStringLiteral("key.unreadable"));
    }

    void signAndVerify()
    {
        QCOMPARE(PackSignature::verify(m_smallPack).status, Status::Unsigned);
        const QByteArray before = TestUtil::readFile(m_smallPack);
        const QString pack = signedCopy(m_smallPack, QStringLiteral("signed.relais"), m_key);
        QVERIFY(!pack.isEmpty());

        const SignatureCheck check = PackSignature::verify(pack);
        QCOMPARE(check.status, Status::Valid);
        QCOMPARE(check.signer, publisher);
        QCOMPARE(check.publicKey, m_key.publicKey);
        QCOMPARE(check.fingerprint, m_key.fingerprint());
        QVERIFY(check.reason.isEmpty());

        // The pack's bytes, then the record as the zip comment.
        const QByteArray after = TestUtil::readFile(pack);
        const QByteArray head = "relais-signature-1\nsigner: Emmaüs Connect\nkey: " + m_key.publicKey.toBase64() + "\nsignature: ";
        const qsizetype commentSize = head.size() + 88 + 1;
        QCOMPARE(after.size(), before.size() + commentSize);
        QCOMPARE(after.left(eocdOffset(before) + 20), before.left(eocdOffset(before) + 20));
        QCOMPARE(after.mid(eocdOffset(after, commentSize) + 22, head.size()), head);
        QVERIFY(after.endsWith('\n'));

        // Comments are legal zip: the pack still reads, with the same files.
        Diagnostics diags;
        const std::optional<FileSet> files = Pack::read(pack, diags);
        QVERIFY2(files, qPrintable(diags.isEmpty() ? QString() : diags.first().message(QStringLiteral("en"))));
        const std::optional<FileSet> original = Pack::read(m_smallPack, diags);
        QVERIFY(original);
        QCOMPARE(files->files.keys(), original->files.keys());
    }

    // Every byte of a small signed pack, one at a time, two ways: never valid,
    // and refused for the right reason.
    void everyByteFlipped()
    {
        const QString pack = signedCopy(m_smallPack, QStringLiteral("every-byte.relais"), m_key);
        QVERIFY(!pack.isEmpty());
        const qsizetype unsignedSize = QFileInfo(m_smallPack).size();
        const qsizetype size = QFileInfo(pack).size();
        QVERIFY(size < 16 * 1024);
        const qsizetype eocd = unsignedSize - 22;
        ByteFlipper flipper(pack);
        QVERIFY(flipper.isOpen());
        QMap<QString, int> reasons;
        for (qint64 at = 0; at < size; ++at) {
            for (const uchar mask : {uchar(0x01), uchar(0xff)}) {
                const SignatureCheck check = flipper.verifyFlipped(at, mask);
                const QByteArray where = QByteArray::number(at) + " ^ " + QByteArray::number(mask, 16) + ": " + check.reason.toUtf8();
                QVERIFY2(check.status != Status::Valid, where.constData());
                ++reasons[check.reason];
                bool expected = check.reason == QLatin1String("signature.mismatch");
                if (at >= eocd && at < eocd + 4)  // the end record's magic: no end record left
                    expected = check.status == Status::Unreadable || check.status == Status::Invalid;
                else if (at == eocd + 20 || at == eocd + 21)  // the comment length
                    expected = check.reason == QLatin1String("signature.trailing-data");
                else if (at >= eocd + 22)  // the signature record
                    expected = expected || check.reason == QLatin1String("signature.malformed");
                QVERIFY2(expected, where.constData());
            }
        }
        QCOMPARE(PackSignature::verify(pack).status, Status::Valid);  // every byte was put back
        qInfo() << size << "bytes flipped twice each:" << reasons;
    }

    // The real curriculum: its first and last 200 bytes and a few hundred
    // positions spread over the file.
    void largePackSample()
    {
        const QString pack = signedCopy(m_largePack, QStringLiteral("large.relais"), m_key);
        QVERIFY(!pack.isEmpty());
        QCOMPARE(PackSignature::verify(pack).status, Status::Valid);
        const qint64 size = QFileInfo(pack).size();
        QList<qint64> positions;
        for (qint64 at = 0; at < 200; ++at)
            positions << at << size - 1 - at;
        constexpr int spread = 400;
        for (int i = 0; i < spread; ++i)
            positions << 200 + (size - 400) * i / spread + i % 7;
        ByteFlipper flipper(pack);
        QVERIFY(flipper.isOpen());
        for (const qint64 at : std::as_const(positions))
            for (const uchar mask : {uchar(0x01), uchar(0xff)})
                QVERIFY2(flipper.verifyFlipped(at, mask).status != Status::Valid, QByteArray::number(at).constData());
        QCOMPARE(PackSignature::verify(pack).status, Status::Valid);
    }

    void truncatedAndExtended_data()
    {
        QTest::addColumn<int>("keepFirst");  // -1: the whole signed pack
        QTest::addColumn<int>("cutLast");
        QTest::addColumn<QByteArray>("appended");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("last byte cut") << -1 << 1 << QByteArray() << Status::Invalid << "signature.trailing-data";
        QTest::newRow("signature cut") << -1 << 60 << QByteArray() << Status::Invalid << "signature.trailing-data";
        QTest::newRow("end record cut") << -1 << 200 << QByteArray() << Status::Unreadable << "signature.unreadable";
        QTest::newRow("first kilobyte") << 1024 << 0 << QByteArray() << Status::Unreadable << "signature.unreadable";
        QTest::newRow("first 21 bytes") << 21 << 0 << QByteArray() << Status::Unreadable << "signature.unreadable";
        QTest::newRow("empty file") << 0 << 0 << QByteArray() << Status::Unreadable << "signature.unreadable";
        QTest::newRow("one byte more") << -1 << 0 << QByteArray(1, '\0') << Status::Invalid << "signature.trailing-data";
        QTest::newRow("a line more") << -1 << 0 << QByteArray("\n") << Status::Invalid << "signature.trailing-data";
        QTest::newRow("a second signature line") << -1 << 0 << QByteArray("signature: AAAA\n") << Status::Invalid
                                                 << "signature.trailing-data";
        // An empty end record appended hides the signature: the pack then
        // reads as unsigned, which is never accepted silently either.
        QTest::newRow("an empty end record") << -1 << 0 << QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0')
                                             << Status::Unsigned << QString();
    }

    void truncatedAndExtended()
    {
        QFETCH(int, keepFirst);
        QFETCH(int, cutLast);
        QFETCH(QByteArray, appended);
        QFETCH(Status, status);
        QFETCH(QString, reason);
        const QString pack = signedCopy(m_smallPack, QStringLiteral("cut.relais"), m_key);
        QVERIFY(!pack.isEmpty());
        QByteArray bytes = TestUtil::readFile(pack);
        if (keepFirst >= 0)
            bytes.truncate(keepFirst);
        bytes.chop(cutLast);
        QVERIFY(TestUtil::writeFile(pack, bytes + appended));
        const SignatureCheck check = PackSignature::verify(pack);
        QCOMPARE(check.status, status);
        QCOMPARE(check.reason, reason);
        QVERIFY(check.signer.isEmpty());
    }

    void signatureMovedToAnotherPack()
    {
        const QByteArray source = TestUtil::readFile(signedCopy(m_smallPack, QStringLiteral("a.relais"), m_key));
        const QByteArray comment = source.mid(QFileInfo(m_smallPack).size());
        QVERIFY(comment.startsWith("relais-signature-1\n"));
        const QString moved = path(QStringLiteral("moved.relais"));
        QVERIFY(TestUtil::writeFile(moved, withComment(TestUtil::readFile(m_otherPack), comment)));
        const SignatureCheck check = PackSignature::verify(moved);
        QCOMPARE(check.status, Status::Invalid);
        QCOMPARE(check.reason, QStringLiteral("signature.mismatch"));
        // The control: the same comment back on its own pack verifies.
        QVERIFY(TestUtil::writeFile(moved, withComment(TestUtil::readFile(m_smallPack), comment)));
        QCOMPARE(PackSignature::verify(moved).status, Status::Valid);
    }

    void swappedSignerName_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("same length") << QByteArray("Emmaüs Konnect");
        QTest::newRow("shorter") << QByteArray("Mallory");
        QTest::newRow("longer") << QByteArray("Emmaüs Connect, siège national");
    }

    void swappedSignerName()
    {
        QFETCH(QByteArray, name);
        const QByteArray source = TestUtil::readFile(signedCopy(m_smallPack, QStringLiteral("name.relais"), m_key));
        QByteArray comment = source.mid(QFileInfo(m_smallPack).size());
        comment.replace("signer: " + publisher.toUtf8() + "\n", "signer: " + name + "\n");
        QVERIFY(comment.contains("signer: " + name + "\n"));
        const QString swapped = path(QStringLiteral("swapped.relais"));
        QVERIFY(TestUtil::writeFile(swapped, withComment(TestUtil::readFile(m_smallPack), comment)));
        const SignatureCheck check = PackSignature::verify(swapped);
        QCOMPARE(check.status, Status::Invalid);
        QCOMPARE(check.reason, QStringLiteral("signature.mismatch"));
    }

    void reSigned()
    {
        const QString pack = signedCopy(m_smallPack, QStringLiteral("resigned.relais"), m_key);
        QVERIFY(!pack.isEmpty());
        Diagnostics diags;
        QVERIFY(PackSignature::sign(pack, m_otherKey, diags));
        const SignatureCheck check = PackSignature::verify(pack);
        QCOMPARE(check.status, Status::Valid);
        QCOMPARE(check.signer, QStringLiteral("CCAS de Leers"));
        QCOMPARE(check.publicKey, m_otherKey.publicKey);
        // The old record is replaced, not kept beside the new one.
        const QByteArray bytes = TestUtil::readFile(pack);
        const QByteArray unsignedPack = TestUtil::readFile(m_smallPack);
        const QByteArray head = "relais-signature-1\nsigner: CCAS de Leers\nkey: " + m_otherKey.publicKey.toBase64() + "\nsignature: ";
        QCOMPARE(bytes.size(), unsignedPack.size() + head.size() + 88 + 1);
        QCOMPARE(bytes.left(unsignedPack.size() - 2), unsignedPack.chopped(2));
        QCOMPARE(bytes.mid(unsignedPack.size(), head.size()), head);
        // Signing twice with the same key gives the same bytes (Ed25519 is deterministic).
        const QByteArray once = bytes;
        QVERIFY(PackSignature::sign(pack, m_otherKey, diags));
        QCOMPARE(TestUtil::readFile(pack), once);
    }

    void signRefusals_data()
    {
        QTest::addColumn<bool>("startsWithPack");  // the unsigned small pack
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("publicOnly");
        QTest::addColumn<QString>("code");
        QTest::newRow("public key") << true << QByteArray() << true << "key.public-only";
        QTest::newRow("text file") << false << QByteArray("Bonjour\n") << false << "pack.not-zip";
        QTest::newRow("bytes after the pack") << true << QByteArray("trailing") << false << "signature.layout";
    }

    void signRefusals()
    {
        QFETCH(bool, startsWithPack);
        QFETCH(QByteArray, content);
        QFETCH(bool, publicOnly);
        QFETCH(QString, code);
        const QString file = path(QStringLiteral("refused.relais"));
        const QByteArray before = (startsWithPack ? TestUtil::readFile(m_smallPack) : QByteArray()) + content;
        QVERIFY(TestUtil::writeFile(file, before));
        SigningKey key = m_key;
        if (publicOnly)
            key.secretKey.clear();
        Diagnostics diags;
        QVERIFY(!PackSignature::sign(file, key, diags));
        QVERIFY(!diags.isEmpty());
        QCOMPARE(diags.first().code, code);
        QCOMPARE(TestUtil::readFile(file), before);
        QCOMPARE(QDir(m_tmp.path()).entryList({QStringLiteral("refused.relais*")}, QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("refused.relais")});
    }

    void trustStore()
    {
        TrustStore store(path(QStringLiteral("trust")));
        QVERIFY(store.keys().isEmpty());
        SigningKey emmaus = m_key;
        emmaus.secretKey.clear();
        SigningKey leers = m_otherKey;
        leers.secretKey.clear();

        Diagnostics diags;
        QVERIFY(!store.add(m_key, diags));
        QCOMPARE(diags.takeFirst().code, QStringLiteral("trust.secret-key"));
        QVERIFY(store.add(emmaus, diags));
        QVERIFY(diags.isEmpty());
        const QString file = store.folder() + QLatin1Char('/') + m_key.fingerprint().remove(QLatin1Char(' ')) + QStringLiteral(".pub");
        QCOMPARE(TestUtil::readFile(file), m_key.publicKeyFile());
        QVERIFY(store.isTrusted(m_key.publicKey));
        QVERIFY(!store.isTrusted(m_otherKey.publicKey));
        QCOMPARE(store.find(m_key.publicKey)->name, publisher);

        QVERIFY(store.add(emmaus, diags));
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags.takeFirst().code, QStringLiteral("trust.already"));
        QVERIFY(store.add(leers, diags));
        QVERIFY(diags.isEmpty());
        QCOMPARE(store.keys().size(), 2);
        QCOMPARE(store.keys().at(0).name, QStringLiteral("CCAS de Leers"));  // by name

        // A second key under a trusted name is kept, with a warning.
        SigningKey impostor = SigningKey::generate(publisher);
        impostor.secretKey.clear();
        QVERIFY(store.add(impostor, diags));
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags.takeFirst().code, QStringLiteral("trust.same-name"));
        QVERIFY(!store.remove(publisher, diags));
        QCOMPARE(diags.takeFirst().code, QStringLiteral("trust.ambiguous"));
        QCOMPARE(store.keys().size(), 3);

        // A fingerprint however it is typed; then a name; then nothing left to match.
        QVERIFY(store.remove(impostor.fingerprint().toUpper().remove(QLatin1Char(' ')), diags));
        QVERIFY(!store.isTrusted(impostor.publicKey));
        QVERIFY(store.remove(QStringLiteral("ccas de leers"), diags));
        QVERIFY(diags.isEmpty());
        QCOMPARE(store.keys().size(), 1);
        QVERIFY(!store.remove(QStringLiteral("CCAS de Leers"), diags));
        QCOMPARE(diags.takeFirst().code, QStringLiteral("trust.not-found"));

        // A damaged file in the folder trusts nobody.
        QVERIFY(TestUtil::writeFile(store.folder() + QStringLiteral("/broken.pub"), QByteArray("RELAIS PUBLIC KEY\nname: X\n")));
        QCOMPARE(store.keys().size(), 1);
    }

    void verdicts()
    {
        TrustStore store(path(QStringLiteral("verdicts")));
        SigningKey pub = m_key;
        pub.secretKey.clear();
        Diagnostics diags;
        QVERIFY(store.add(pub, diags));
        SignatureCheck check = PackSignature::verify(signedCopy(m_smallPack, QStringLiteral("v.relais"), m_key));
        QCOMPARE(store.verdict(check).message(QStringLiteral("fr")),
                 QStringLiteral("Signé par Emmaüs Connect (clé %1), éditeur de confiance").arg(m_key.fingerprint()));
        check = PackSignature::verify(signedCopy(m_smallPack, QStringLiteral("v.relais"), m_otherKey));
        QVERIFY(store.verdict(check).message(QStringLiteral("fr"))
                    .startsWith(QStringLiteral("Signé par CCAS de Leers (clé %1), clé inconnue de cet ordinateur.").arg(m_otherKey.fingerprint())));
        // Once trusted, a publisher is named as this computer knows it, not as the signature says.
        SigningKey leers = m_otherKey;
        leers.secretKey.clear();
        leers.name = QStringLiteral("CCAS de Leers (vérifié en réunion)");
        QVERIFY(store.add(leers, diags));
        QCOMPARE(store.verdict(check).code, QStringLiteral("signature.trusted"));
        QCOMPARE(store.verdict(check).args.first(), leers.name);
        QCOMPARE(check.signer, QStringLiteral("CCAS de Leers"));
        QCOMPARE(store.verdict(PackSignature::verify(m_smallPack)).code, QStringLiteral("signature.unsigned"));
        QCOMPARE(store.verdict(PackSignature::verify(path(QStringLiteral("nowhere.relais")))).code, QStringLiteral("signature.unreadable"));
    }

    void defaultFolders()
    {
        const QString data = path(QStringLiteral("xdg"));
        QCOMPARE(userDataFolder(), data + QStringLiteral("/relais"));
        QCOMPARE(TrustStore::defaultFolder(), data + QStringLiteral("/relais/trusted-keys"));
        qputenv("RELAIS_TRUST_STORE", QFile::encodeName(path(QStringLiteral("elsewhere"))));
        QCOMPARE(TrustStore::defaultFolder(), path(QStringLiteral("elsewhere")));
        qunsetenv("RELAIS_TRUST_STORE");
    }

    void cliRoundTrip()
    {
        using TestUtil::runRelais;
        const QMap<QString, QString> env = cliEnvironment();
        const QString base = path(QStringLiteral("cli/emmaus"));
        QDir().mkpath(path(QStringLiteral("cli")));

        TestUtil::Run r = runRelais({QStringLiteral("keygen"), QStringLiteral("--name"), publisher, QStringLiteral("-o"), base}, env);
        QCOMPARE(r.exitCode, 0);
        const std::optional<SigningKey> pub = [&] {
            Diagnostics diags;
            return SigningKey::readKeyFile(base + QStringLiteral(".pub"), diags);
        }();
        QVERIFY(pub);
        QVERIFY2(r.out.contains(QStringLiteral("Clés créées pour « Emmaüs Connect » (empreinte %1)").arg(pub->fingerprint())), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("gardez le fichier .key secret")));
        QVERIFY(r.out.contains(QStringLiteral("donnez le .pub aux relais")));
        QCOMPARE(modeOf(base + QStringLiteral(".key")), 0600);
        r = runRelais({QStringLiteral("keygen"), QStringLiteral("--name"), QStringLiteral("Autre"), QStringLiteral("-o"), base + QStringLiteral(".key")}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("[key.exists]")), qPrintable(r.err));

        const QString pack = path(QStringLiteral("cli/paquet.relais"));
        QVERIFY(QFile::copy(m_smallPack, pack));
        r = runRelais({QStringLiteral("verify"), pack}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Paquet non signé")), qPrintable(r.out));

        r = runRelais({QStringLiteral("sign"), pack, QStringLiteral("--key"), base + QStringLiteral(".pub")}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("[key.public-only]")), qPrintable(r.err));
        // A disk that fills up while signing: the pack as it was.
        const QByteArray unsignedPack = TestUtil::readFile(pack);
        r = runRelais({QStringLiteral("sign"), pack, QStringLiteral("--key"), base + QStringLiteral(".key")}, env, unsignedPack.size() + 10);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("[pack.write-failed]")), qPrintable(r.err));
        QCOMPARE(TestUtil::readFile(pack), unsignedPack);
        r = runRelais({QStringLiteral("sign"), pack, QStringLiteral("--key"), base + QStringLiteral(".key")}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("Paquet signé par Emmaüs Connect (clé %1) : %2").arg(pub->fingerprint(), pack));

        r = runRelais({QStringLiteral("verify"), pack}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Signé par Emmaüs Connect (clé %1), clé inconnue de cet ordinateur.").arg(pub->fingerprint())),
                 qPrintable(r.out));
        QVERIFY(r.out.startsWith(QStringLiteral("Contenu conforme au manifeste (")));

        r = runRelais({QStringLiteral("trust"), QStringLiteral("add"), base + QStringLiteral(".key")}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("[trust.secret-key]")), qPrintable(r.err));
        r = runRelais({QStringLiteral("trust"), QStringLiteral("add"), base + QStringLiteral(".pub")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Clé de confiance ajoutée : Emmaüs Connect")), qPrintable(r.out));
        QVERIFY(QFile::exists(path(QStringLiteral("cli-trust/")) + pub->fingerprint().remove(QLatin1Char(' ')) + QStringLiteral(".pub")));

        r = runRelais({QStringLiteral("verify"), pack}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.endsWith(QStringLiteral("Signé par Emmaüs Connect (clé %1), éditeur de confiance\n").arg(pub->fingerprint())),
                 qPrintable(r.out));

        r = runRelais({QStringLiteral("verify"), pack, QStringLiteral("--json")}, env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("signature")).toString(), QStringLiteral("valid"));
        QCOMPARE(json.value(QStringLiteral("trusted")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("integrity")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("signer")).toString(), publisher);
        QCOMPARE(json.value(QStringLiteral("fingerprint")).toString(), pub->fingerprint());

        r = runRelais({QStringLiteral("trust"), QStringLiteral("list")}, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("  %1  Emmaüs Connect\n").arg(pub->fingerprint())), qPrintable(r.out));
        r = runRelais({QStringLiteral("trust"), QStringLiteral("list"), QStringLiteral("--json")}, env);
        const QJsonArray keys = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("keys")).toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().toObject().value(QStringLiteral("fingerprint")).toString(), pub->fingerprint());

        // One changed byte: refused with the message people must see.
        QByteArray bytes = TestUtil::readFile(pack);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        const QString tampered = path(QStringLiteral("cli/modifie.relais"));
        QVERIFY(TestUtil::writeFile(tampered, bytes));
        r = runRelais({QStringLiteral("verify"), tampered}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Signature invalide : le paquet a été modifié après sa signature. Ne l'importez pas.")),
                 qPrintable(r.out));
        r = runRelais({QStringLiteral("verify"), tampered, QStringLiteral("--lang"), QStringLiteral("en")}, env);
        QVERIFY2(r.out.contains(QStringLiteral("Invalid signature: the pack was modified after it was signed. Do not import it.")),
                 qPrintable(r.out));

        QVERIFY(TestUtil::writeFile(path(QStringLiteral("cli/texte.relais")), "Bonjour\n"));
        QCOMPARE(runRelais({QStringLiteral("verify"), path(QStringLiteral("cli/texte.relais"))}, env).exitCode, 2);
        QCOMPARE(runRelais({QStringLiteral("verify"), path(QStringLiteral("cli/absent.relais"))}, env).exitCode, 2);
        QCOMPARE(runRelais({QStringLiteral("verify")}, env).exitCode, 2);
        QCOMPARE(runRelais({QStringLiteral("trust"), QStringLiteral("frobnicate")}, env).exitCode, 2);

        // Typed without quotes, the fingerprint arrives in four pieces.
        r = runRelais(QStringList{QStringLiteral("trust"), QStringLiteral("remove")} + pub->fingerprint().split(QLatin1Char(' ')), env);
        QCOMPARE(r.exitCode, 0);
        r = runRelais({QStringLiteral("trust"), QStringLiteral("remove"), publisher}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("[trust.not-found]")), qPrintable(r.err));
        r = runRelais({QStringLiteral("trust"), QStringLiteral("list")}, env);
        QVERIFY2(r.out.startsWith(QStringLiteral("Aucune clé de confiance sur cet ordinateur")), qPrintable(r.out));
        QCOMPARE(runRelais({QStringLiteral("verify"), pack}, env).exitCode, 1);
    }

    void cliHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fr");
        QTest::addColumn<QString>("en");
        QTest::newRow("keygen") << "keygen" << "Usage : relais keygen --name" << "Usage: relais keygen --name";
        QTest::newRow("sign") << "sign" << "Usage : relais sign <paquet> --key <fichier.key>" << "Usage: relais sign <pack> --key <file.key>";
        QTest::newRow("verify") << "verify" << "RELAIS_TRUST_STORE" << "Exit status: 0 valid signature of a trusted publisher";
        QTest::newRow("trust") << "trust" << "relais trust remove <empreinte|nom>" << "relais trust remove <fingerprint|name>";
    }

    void cliHelp()
    {
        QFETCH(QString, command);
        QFETCH(QString, fr);
        QFETCH(QString, en);
        TestUtil::Run r = TestUtil::runRelais({command, QStringLiteral("--help")}, cliEnvironment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(fr), qPrintable(r.out));
        r = TestUtil::runRelais({command, QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, cliEnvironment());
        QVERIFY2(r.out.contains(en), qPrintable(r.out));
    }

    void signedPackStillWorks()
    {
        const QString pack = signedCopy(m_largePack, QStringLiteral("works.relais"), m_key);
        QVERIFY(!pack.isEmpty());
        TestUtil::Run r = TestUtil::runRelais({QStringLiteral("validate"), pack});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        const QString unpacked = path(QStringLiteral("works-unpacked"));
        r = TestUtil::runRelais({QStringLiteral("unpack"), pack, QStringLiteral("-o"), unpacked});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QMap<QString, QByteArray> source = TestUtil::readTree(TestUtil::curriculaDir() + QStringLiteral("/parcours-relais"));
        const QMap<QString, QByteArray> out = TestUtil::readTree(unpacked);
        QCOMPARE(out.keys(), source.keys());
        QVERIFY(out == source);

        r = TestUtil::runRelais({QStringLiteral("export"), pack, QStringLiteral("--format"), QStringLiteral("html"),
                                 QStringLiteral("-o"), path(QStringLiteral("works-site"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(path(QStringLiteral("works-site/index.html"))));
    }
};

QTEST_GUILESS_MAIN(TestSignature)
#include "tst_signature.moc"
