#include "studio.h"

#include "curriculumloader.h"
#include "document.h"
#include "truststore.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQuickItem>
#include <QKeyEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QSettings>
#include <QStandardPaths>

namespace Relais {

namespace {

// Text typed in a dialog (a media description) is not in the document yet:
// there, the keys undo the text.
bool inPopup(QObject *focus)
{
    for (auto *item = qobject_cast<QQuickItem *>(focus); item; item = item->parentItem())
        if (item->inherits("QQuickOverlay"))
            return true;
    return false;
}

constexpr int maxRecent = 8;

// The curricula shipped with Relais: beside the program once installed, the
// source tree's when run from the build folder.
QString curriculaFolder()
{
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/relais/curricula");
    if (QFileInfo::exists(installed))
        return QDir::cleanPath(installed);
    return QStringLiteral(RELAIS_SOURCE_CURRICULA);
}

} // namespace

Studio::Studio(QObject *parent)
    : QObject(parent)
    , m_doc(new Document(this))
{
    QSettings settings;
    m_language = settings.value(QStringLiteral("language")).toString();
    m_recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    m_doc->setLang(effectiveLanguage());
}

Studio::~Studio() = default;

bool Studio::start(QQmlApplicationEngine &engine)
{
    m_engine = &engine;
    QCoreApplication::instance()->installEventFilter(this);
    applyLanguage();
    engine.setInitialProperties({{QStringLiteral("studio"), QVariant::fromValue(this)},
                                 {QStringLiteral("doc"), QVariant::fromValue(m_doc)}});
    engine.load(QUrl(QStringLiteral("qrc:/Relais/Studio/Main.qml")));
    return !engine.rootObjects().isEmpty();
}

QString Studio::effectiveLanguage() const
{
    if (!m_language.isEmpty())
        return m_language;
    // French unless the system asks for English.
    return QLocale().name().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("fr");
}

void Studio::setLanguage(const QString &language)
{
    const QString l = language == QLatin1String("fr") || language == QLatin1String("en") ? language : QString();
    if (l == m_language)
        return;
    m_language = l;
    QSettings().setValue(QStringLiteral("language"), l);
    applyLanguage();
    emit languageChanged();
}

bool Studio::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = !undo && key->matches(QKeySequence::Redo);
        if ((undo || redo) && !inPopup(QGuiApplication::focusObject())) {
            // The override is claimed so that no shortcut fires too; the key press does the work.
            if (event->type() == QEvent::KeyPress && m_doc->isOpen())
                undo ? m_doc->undo() : m_doc->redo();
            event->accept();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void Studio::applyLanguage()
{
    const QString lang = effectiveLanguage();
    for (auto *t : {&m_translator, &m_qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    auto install = [](std::unique_ptr<QTranslator> &slot, const QString &file) {
        slot = std::make_unique<QTranslator>();
        if (slot->load(file))
            QCoreApplication::installTranslator(slot.get());
        else
            slot.reset();
    };
    // French is the Studio's source language, English comes from Qt
    // Linguist's translation; Qt's own words (dialog buttons) are English
    // unless Qt's French translation is loaded.
    if (lang == QLatin1String("en"))
        install(m_translator, QStringLiteral(":/i18n/relais_studio_en.qm"));
    else
        install(m_qtTranslator, QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_fr.qm"));
    m_doc->setLang(lang);
    if (m_engine)
        m_engine->retranslate();
}

QVariantList Studio::templates() const
{
    QVariantList out;
    const QDir dir(curriculaFolder());
    for (const QFileInfo &info : dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile f(info.absoluteFilePath() + QStringLiteral("/curriculum.xml"));
        if (!f.exists())
            continue;
        Diagnostics diags;
        std::optional<FileSet> files = CurriculumLoader::open(info.absoluteFilePath(), diags);
        QString title = info.fileName();
        if (files) {
            CurriculumLoader::Options options;
            options.schema = false;
            const CurriculumLoader::Result r = CurriculumLoader::load(*files, options);
            if (r.curriculum)
                title = r.curriculum->title;
        }
        out << QVariantMap{{QStringLiteral("title"), title}, {QStringLiteral("path"), info.absoluteFilePath()}};
    }
    return out;
}

QString Studio::defaultFolder() const
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void Studio::addRecent(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    m_recent.removeAll(abs);
    m_recent.prepend(abs);
    while (m_recent.size() > maxRecent)
        m_recent.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
    emit recentFilesChanged();
}

void Studio::removeRecent(const QString &path)
{
    if (m_recent.removeAll(path)) {
        QSettings().setValue(QStringLiteral("recentFiles"), m_recent);
        emit recentFilesChanged();
    }
}

QString Studio::nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString Studio::fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

bool Studio::exists(const QString &path)
{
    return !path.isEmpty() && QFileInfo::exists(path);
}

bool Studio::openFolder(const QString &path)
{
    if (qEnvironmentVariableIsSet("RELAIS_STUDIO_NO_BROWSER"))
        return true;
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

QVariantMap Studio::packSignature(const QString &path) const
{
    const SignatureCheck check = PackSignature::verify(path);
    QString status;
    QString signer = check.signer;
    switch (check.status) {
    case SignatureCheck::Status::Valid:
        // The name this computer gave the key when it was trusted, as the library shows it.
        if (const std::optional<SigningKey> key = TrustStore(TrustStore::defaultFolder()).find(check.publicKey)) {
            status = QStringLiteral("trusted");
            signer = key->name;
        } else {
            status = QStringLiteral("untrusted");
        }
        break;
    case SignatureCheck::Status::Unsigned: status = QStringLiteral("unsigned"); break;
    case SignatureCheck::Status::Invalid: status = QStringLiteral("invalid"); break;
    case SignatureCheck::Status::Unreadable: status = QStringLiteral("unreadable"); break;
    }
    return {{QStringLiteral("status"), status},
            {QStringLiteral("signer"), signer},
            {QStringLiteral("fingerprint"), check.fingerprint},
            {QStringLiteral("message"), check.reason.isEmpty() ? QString()
                                                               : Diagnostic::make(check.reason, {}).message(effectiveLanguage())}};
}

} // namespace Relais
