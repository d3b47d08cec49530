#include "cli.h"

#include <pack.h>
#include <packsignature.h>
#include <truststore.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Relais {

namespace {

QString statusName(SignatureCheck::Status status)
{
    switch (status) {
    case SignatureCheck::Status::Valid:
        return QStringLiteral("valid");
    case SignatureCheck::Status::Invalid:
        return QStringLiteral("invalid");
    case SignatureCheck::Status::Unreadable:
        return QStringLiteral("unreadable");
    case SignatureCheck::Status::Unsigned:
        break;
    }
    return QStringLiteral("unsigned");
}

bool hasCode(const Diagnostics &diags, const QString &code)
{
    return std::any_of(diags.cbegin(), diags.cend(), [&code](const Diagnostic &d) { return d.code == code; });
}

} // namespace

int Cli::cmdKeygen()
{
    QString name, base;
    if (!takeOption(QStringLiteral("--name"), name))
        return usage(tr("indiquez le nom de l'éditeur avec --name \"<nom>\".", "give the publisher's name with --name \"<name>\"."));
    if (!takeOption(QStringLiteral("-o"), base) && !takeOption(QStringLiteral("--output"), base))
        return usage(tr("indiquez les fichiers à créer avec -o <nom> (donne <nom>.key et <nom>.pub).",
                        "give the files to create with -o <name> (makes <name>.key and <name>.pub)."));
    if (!m_args.isEmpty())
        return usage(tr("argument inattendu : %1", "unexpected argument: %1").arg(m_args.first()));
    if (base.endsWith(QLatin1String(".key")) || base.endsWith(QLatin1String(".pub")))
        base.chop(4);
    const QString secretPath = base + QStringLiteral(".key");
    const QString publicPath = base + QStringLiteral(".pub");
    const SigningKey key = SigningKey::generate(name);
    Diagnostics diags;
    if (!key.writeKeyFiles(secretPath, publicPath, diags)) {
        printDiagnostics(diags, m_err, false);
        return 2;
    }
    m_out << tr("Clés créées pour « %1 » (empreinte %2) :\n"
                "  %3  clé secrète : gardez le fichier .key secret, et une copie de sauvegarde en lieu sûr ;\n"
                "      il sert à signer vos paquets : relais sign <paquet> --key %3\n"
                "  %4  clé publique : donnez le .pub aux relais ;\n"
                "      ils l'ajoutent à leurs clés de confiance : relais trust add %4",
                "Keys created for “%1” (fingerprint %2):\n"
                "  %3  secret key: keep the .key file secret, with a backup copy somewhere safe;\n"
                "      it signs your packs: relais sign <pack> --key %3\n"
                "  %4  public key: give the .pub to the relays;\n"
                "      they add it to their trusted keys: relais trust add %4")
                 .arg(key.name, key.fingerprint(), QDir::toNativeSeparators(secretPath), QDir::toNativeSeparators(publicPath))
          << Qt::endl;
    return 0;
}

int Cli::cmdSign()
{
    QString keyPath;
    if (!takeOption(QStringLiteral("--key"), keyPath))
        return usage(tr("indiquez la clé secrète avec --key <fichier.key>.", "give the secret key with --key <file.key>."));
    QString pack;
    if (!onePositional(pack, "le paquet à signer", "the pack to sign"))
        return 2;
    Diagnostics diags;
    const std::optional<SigningKey> key = SigningKey::readKeyFile(keyPath, diags);
    if (!key || !PackSignature::sign(pack, *key, diags)) {
        printDiagnostics(diags, m_err, false);
        m_err << tr("Signature refusée : le fichier n'a pas été modifié.", "Not signed: the file was left unchanged.") << Qt::endl;
        return 2;
    }
    m_out << tr("Paquet signé par %1 (clé %2) : %3", "Pack signed by %1 (key %2): %3")
                 .arg(key->name, key->fingerprint(), QDir::toNativeSeparators(pack))
          << Qt::endl;
    return 0;
}

int Cli::cmdVerify()
{
    const bool json = takeFlag(QStringLiteral("--json"));
    QString pack;
    if (!onePositional(pack, "le paquet à vérifier", "the pack to check"))
        return 2;
    Diagnostics integrity;
    const std::optional<FileSet> files = Pack::read(pack, integrity);
    const SignatureCheck check = PackSignature::verify(pack);
    const TrustStore store(TrustStore::defaultFolder());
    const Diagnostic verdict = store.verdict(check);
    const bool trusted = verdict.code == QLatin1String("signature.trusted");
    const int status = check.status == SignatureCheck::Status::Unreadable ? 2 : files && trusted ? 0 : 1;
    const QString reason = check.reason == verdict.code ? QString() : check.reason;

    if (json) {
        QJsonObject root{{QStringLiteral("source"), QFileInfo(pack).absoluteFilePath()},
                         {QStringLiteral("integrity"), files.has_value()},
                         {QStringLiteral("signature"), statusName(check.status)},
                         {QStringLiteral("trusted"), trusted},
                         {QStringLiteral("code"), verdict.code},
                         {QStringLiteral("message"), verdict.message(m_lang)},
                         {QStringLiteral("diagnostics"), diagnosticsJson(integrity)}};
        if (check.status == SignatureCheck::Status::Valid) {
            root.insert(QStringLiteral("signer"), check.signer);
            root.insert(QStringLiteral("fingerprint"), check.fingerprint);
        }
        if (!reason.isEmpty())
            root.insert(QStringLiteral("reason"), reason);
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        m_out.flush();
        return status;
    }
    printDiagnostics(integrity, m_err, false);
    if (files)
        m_out << tr("Contenu conforme au manifeste (%1 fichiers).", "Content matches the manifest (%1 files).")
                     .arg(files->files.size())
              << "\n";
    m_out << verdict.message(m_lang) << "\n";
    if (!reason.isEmpty())
        m_out << "  " << Diagnostic::make(reason, {}).message(m_lang) << "\n";
    m_out.flush();
    return status;
}

int Cli::cmdTrust()
{
    const QString action = m_args.isEmpty() ? QString() : m_args.takeFirst();
    TrustStore store(TrustStore::defaultFolder());
    if (action == QLatin1String("add")) {
        QString path;
        if (!onePositional(path, "le fichier de clé publique (.pub)", "the public key file (.pub)"))
            return 2;
        Diagnostics diags;
        const std::optional<SigningKey> key = SigningKey::readKeyFile(path, diags);
        const bool added = key && store.add(*key, diags);
        printDiagnostics(diags, m_err, false);
        if (!added)
            return 2;
        if (!hasCode(diags, QStringLiteral("trust.already")))
            m_out << tr("Clé de confiance ajoutée : %1 (clé %2). Les paquets qu'elle signe seront annoncés « éditeur de confiance » sur cet ordinateur.",
                        "Trusted key added: %1 (key %2). Packs it signs will be shown as from a “trusted publisher” on this computer.")
                         .arg(key->name, key->fingerprint())
                  << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("list")) {
        const bool json = takeFlag(QStringLiteral("--json"));
        if (!m_args.isEmpty())
            return usage(tr("argument inattendu : %1", "unexpected argument: %1").arg(m_args.first()));
        const QList<SigningKey> keys = store.keys();
        if (json) {
            QJsonArray list;
            for (const SigningKey &key : keys)
                list.append(QJsonObject{{QStringLiteral("name"), key.name},
                                        {QStringLiteral("fingerprint"), key.fingerprint()},
                                        {QStringLiteral("publicKey"), QString::fromLatin1(key.publicKey.toBase64())}});
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("folder"), store.folder()}, {QStringLiteral("keys"), list}})
                         .toJson(QJsonDocument::Indented);
            m_out.flush();
            return 0;
        }
        const QString folder = QDir::toNativeSeparators(store.folder());
        if (keys.isEmpty()) {
            m_out << tr("Aucune clé de confiance sur cet ordinateur (dossier %1).\nAjoutez la clé publique d'un éditeur avec « relais trust add <fichier.pub> ».",
                        "No trusted key on this computer (folder %1).\nAdd a publisher's public key with “relais trust add <file.pub>”.")
                         .arg(folder)
                  << Qt::endl;
            return 0;
        }
        m_out << tr("Clés de confiance (dossier %1) :", "Trusted keys (folder %1):").arg(folder) << "\n";
        for (const SigningKey &key : keys)
            m_out << "  " << key.fingerprint() << "  " << key.name << "\n";
        m_out.flush();
        return 0;
    }
    if (action == QLatin1String("remove")) {
        // A fingerprint or a name typed without quotes arrives in pieces.
        for (const QString &a : std::as_const(m_args))
            if (a.startsWith(QLatin1Char('-')))
                return usage(tr("option inconnue : %1", "unknown option: %1").arg(a));
        const QString what = m_args.join(QLatin1Char(' '));
        if (what.isEmpty())
            return usage(tr("indiquez l'empreinte ou le nom de la clé à retirer.", "give the fingerprint or the name of the key to remove."));
        Diagnostics diags;
        if (!store.remove(what, diags)) {
            printDiagnostics(diags, m_err, false);
            return 2;
        }
        m_out << tr("Clé « %1 » retirée : les paquets qu'elle signe ne sont plus de confiance sur cet ordinateur.",
                    "Key “%1” removed: packs it signs are no longer trusted on this computer.")
                     .arg(what)
              << Qt::endl;
        return 0;
    }
    return usage(action.isEmpty() ? tr("indiquez add, list ou remove.", "give add, list or remove.")
                                   : tr("action inconnue : %1 (add, list ou remove).", "unknown action: %1 (add, list or remove).").arg(action));
}

QString Cli::signaturesHelp(const QString &command) const
{
    const bool en = m_lang == QLatin1String("en");
    const QString folder = QDir::toNativeSeparators(TrustStore::defaultFolder());
    if (command == QLatin1String("keygen"))
        return en ? QStringLiteral("Usage: relais keygen --name \"<publisher>\" -o <name>\n\n"
                                   "Creates a publisher's Ed25519 signing keys: <name>.key, the secret key (readable by you only),\n"
                                   "and <name>.pub, the public key. Keep the .key file secret, with a backup: it signs your packs.\n"
                                   "Give the .pub to the relays: they add it to their trusted keys with “relais trust add”.\n"
                                   "An existing file is never replaced.\n")
                  : QStringLiteral("Usage : relais keygen --name \"<éditeur>\" -o <nom>\n\n"
                                   "Crée les clés de signature Ed25519 d'un éditeur : <nom>.key, la clé secrète (lisible par vous seul),\n"
                                   "et <nom>.pub, la clé publique. Gardez le fichier .key secret, avec une sauvegarde : il signe vos paquets.\n"
                                   "Donnez le .pub aux relais : ils l'ajoutent à leurs clés de confiance avec « relais trust add ».\n"
                                   "Aucun fichier existant n'est remplacé.\n");
    if (command == QLatin1String("sign"))
        return en ? QStringLiteral("Usage: relais sign <pack> --key <file.key>\n\n"
                                   "Checks the pack, then signs it in place (the file is replaced in one step; an earlier\n"
                                   "signature is replaced too). The signature covers every byte of the pack and the publisher's name.\n"
                                   "Exit status: 0 signed, 2 unusable pack or key.\n")
                  : QStringLiteral("Usage : relais sign <paquet> --key <fichier.key>\n\n"
                                   "Vérifie le paquet puis le signe sur place (le fichier est remplacé d'un coup ; une signature\n"
                                   "précédente est remplacée aussi). La signature couvre chaque octet du paquet et le nom de l'éditeur.\n"
                                   "Code de sortie : 0 signé, 2 paquet ou clé inutilisable.\n");
    if (command == QLatin1String("verify"))
        return (en ? QStringLiteral("Usage: relais verify <pack> [--json]\n\n"
                                    "Checks the pack's integrity (manifest, sizes, hashes) and its signature: who signed it, and\n"
                                    "whether that publisher is trusted on this computer.\n"
                                    "Exit status: 0 valid signature of a trusted publisher; 1 unsigned, unknown key, invalid\n"
                                    "signature or damaged content; 2 unreadable file (missing, or not a zip archive).\n\n"
                                    "  --json   machine-readable report on standard output\n\n"
                                    "Trusted keys: %1 (the environment variable RELAIS_TRUST_STORE names another folder).\n")
                   : QStringLiteral("Usage : relais verify <paquet> [--json]\n\n"
                                    "Vérifie l'intégrité du paquet (manifeste, tailles, empreintes) et sa signature : qui l'a signé,\n"
                                    "et si cet éditeur est de confiance sur cet ordinateur.\n"
                                    "Code de sortie : 0 signature valide d'un éditeur de confiance ; 1 paquet non signé, clé inconnue,\n"
                                    "signature invalide ou contenu abîmé ; 2 fichier illisible (absent, ou pas une archive zip).\n\n"
                                    "  --json   rapport lisible par un programme, sur la sortie standard\n\n"
                                    "Clés de confiance : %1 (la variable d'environnement RELAIS_TRUST_STORE désigne un autre dossier).\n"))
            .arg(folder);
    if (command == QLatin1String("trust"))
        return (en ? QStringLiteral("Usage: relais trust add <file.pub>\n"
                                    "       relais trust list [--json]\n"
                                    "       relais trust remove <fingerprint|name>\n\n"
                                    "The publishers' public keys this computer trusts: a pack signed with one of them is shown as\n"
                                    "from a “trusted publisher”. Add only keys you received from the publisher themselves, or\n"
                                    "check the fingerprint with them.\n\n"
                                    "Folder: %1 (the environment variable RELAIS_TRUST_STORE names another folder).\n")
                   : QStringLiteral("Usage : relais trust add <fichier.pub>\n"
                                    "        relais trust list [--json]\n"
                                    "        relais trust remove <empreinte|nom>\n\n"
                                    "Les clés publiques des éditeurs auxquels cet ordinateur fait confiance : un paquet signé par\n"
                                    "l'une d'elles est annoncé « éditeur de confiance ». N'ajoutez que des clés reçues de l'éditeur\n"
                                    "lui-même, ou vérifiez l'empreinte avec lui.\n\n"
                                    "Dossier : %1 (la variable d'environnement RELAIS_TRUST_STORE désigne un autre dossier).\n"))
            .arg(folder);
    return {};
}

} // namespace Relais
