// The library page in the Studio's window, as a person uses it: Ctrl+L from
// the welcome page, a pack dropped on the welcome page, its confirmation
// panel, the install, an unsigned update that needs the user's consent and
// shows what changed, the search, and the signer of a pack opened as a
// document. Screenshots of the page go to the build folder (screens/library-*.png).
#include "librarytest.h"
#include "studiotest.h"
#include "studiowindow.h"

#include <librarycontroller.h>

#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Relais_StudioPlugin)

using namespace Relais;

class TestLibraryE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        LibraryTest::isolate(m_tmp);
        QVERIFY(QDir().mkpath(QStringLiteral(RELAIS_SCREENS_DIR)));
        const QString v2 = m_tmp.filePath(QStringLiteral("v2"));
        QVERIFY(LibraryTest::writeNextVersion(StudioTest::shippedCurriculum(), v2));
        m_v1 = m_tmp.filePath(QStringLiteral("parcours-relais-1.0.0.relais"));
        m_v2 = m_tmp.filePath(QStringLiteral("parcours-relais-1.1.0.relais"));
        QVERIFY(LibraryTest::writePack(StudioTest::shippedCurriculum(), m_v1));
        QVERIFY(LibraryTest::writePack(v2, m_v2));
        const SigningKey publisher = SigningKey::generate(QStringLiteral("Emmaüs Connect"));
        QVERIFY(LibraryTest::sign(m_v1, publisher));
        m_tampered = m_tmp.filePath(QStringLiteral("modifie.relais"));
        QVERIFY(LibraryTest::writeTampered(m_v1, m_tampered));
        QVERIFY(LibraryTest::trust(publisher));

        m_w = std::make_unique<StudioWindow>(QStringLiteral("fr"));
        QVERIFY(m_w->window());
        m_w->window()->resize(1280, 800);
        QVERIFY(m_w->show());
    }

    void cleanupTestCase() { m_w.reset(); }

    void ctrlLOpensTheLibrary()
    {
        QTRY_VERIFY(visible(QStringLiteral("welcomeOpenFolder")));
        QVERIFY(!visible(QStringLiteral("libraryPage")));
        QVERIFY(visible(QStringLiteral("welcomeLibrary")));
        grab(QStringLiteral("welcome"));
        m_w->key(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(visible(QStringLiteral("libraryPage")));
        QVERIFY(!visible(QStringLiteral("welcomeOpenFolder")));
        QCOMPARE(controller()->curricula()->count(), 0);
        QCOMPARE(controller()->folder(), m_tmp.filePath(QStringLiteral("library")));
        grab(QStringLiteral("empty"));

        QVERIFY(m_w->click(m_w->item(QStringLiteral("libraryBack"))));
        QTRY_VERIFY(visible(QStringLiteral("welcomeOpenFolder")));
    }

    void packDroppedOnTheWelcomePage()
    {
        drop(m_v1);
        QTRY_VERIFY(visible(QStringLiteral("libraryPage")));
        LibraryController *c = controller();
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), QStringLiteral("confirming"), 60000);
        QTRY_VERIFY(visible(QStringLiteral("importSignature")));
        QCOMPARE(text(QStringLiteral("importSignatureText")), QStringLiteral("✔ Signé par Emmaüs Connect — éditeur de confiance"));
        QCOMPARE(text(QStringLiteral("importHeading")), QStringLiteral("Importer « Parcours Relais numériques », version 1.0.0"));
        // A trusted publisher: no consent to give.
        QVERIFY(!visible(QStringLiteral("importAcceptRisk")));
        QVERIFY(m_w->item(QStringLiteral("importInstall"))->isEnabled());
        grab(QStringLiteral("confirm-trusted"));

        QVERIFY(m_w->click(m_w->item(QStringLiteral("importInstall"))));
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), QStringLiteral("idle"), 60000);
        QTRY_VERIFY(visible(QStringLiteral("libraryDetailsTitle")));
        QCOMPARE(c->curricula()->count(), 1);
        QCOMPARE(m_w->item(QStringLiteral("libraryList"))->property("count").toInt(), 1);
        QCOMPARE(text(QStringLiteral("libraryDetailsTitle")), QStringLiteral("Parcours Relais numériques"));
        QCOMPARE(text(QStringLiteral("libraryNoticeText")),
                 QStringLiteral("« Parcours Relais numériques », version 1.0.0, est installé dans la bibliothèque."));
        QCOMPARE(text(QStringLiteral("librarySigner")).left(49), QStringLiteral("Signé par Emmaüs Connect — éditeur de confiance ·"));
    }

    void unsignedUpdateNeedsConsent()
    {
        LibraryController *c = controller();
        QVERIFY(QMetaObject::invokeMethod(c, "prepareImport", Q_ARG(QString, m_v2)));
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), QStringLiteral("confirming"), 60000);
        QTRY_VERIFY(visible(QStringLiteral("importAcceptRisk")));
        QCOMPARE(text(QStringLiteral("importSignatureText")), QStringLiteral("⚠ Non signé"));
        QQuickItem *install = m_w->item(QStringLiteral("importInstall"));
        QVERIFY(install->isVisible());
        QVERIFY(!install->isEnabled());
        // What changed since 1.0.0, in CurriculumDiff's words.
        QQuickItem *line = m_w->item(QStringLiteral("importDiffLine"));
        QVERIFY(line);
        QVERIFY2(line->property("text").toString().contains(LibraryTest::newModuleTitle), qPrintable(line->property("text").toString()));
        QVERIFY(text(QStringLiteral("importSuggestedVersion")).contains(QStringLiteral("Version suggérée par ces changements : 1.")));
        grab(QStringLiteral("confirm-unsigned"));

        QVERIFY(m_w->click(m_w->item(QStringLiteral("importAcceptRisk"))));
        QTRY_VERIFY(install->isEnabled());
        QVERIFY(m_w->click(install));
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), QStringLiteral("idle"), 60000);
        QCOMPARE(c->selected().value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.1.0"));
        QTRY_VERIFY(m_w->item(QStringLiteral("libraryRollback"))->isEnabled());
        grab(QStringLiteral("list"));
    }

    void rollbackAfterConfirmation()
    {
        LibraryController *c = controller();
        QVERIFY(m_w->click(m_w->item(QStringLiteral("libraryRollback"))));
        QObject *dialog = m_w->object(QStringLiteral("libraryRollbackDialog"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(text(QStringLiteral("libraryRollbackText")),
                 QStringLiteral("« Parcours Relais numériques » reviendra à la version 1.0.0. La version 1.1.0 reste installée : "
                                "vous pourrez y revenir."));
        grab(QStringLiteral("rollback"));
        // Nothing changes until the user confirms.
        QCOMPARE(c->selected().value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.1.0"));
        QMetaObject::invokeMethod(dialog, "accept");
        QTRY_COMPARE(c->selected().value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(text(QStringLiteral("libraryNoticeText")),
                 QStringLiteral("« Parcours Relais numériques » : la version 1.0.0 est de nouveau la version active."));
        QTRY_VERIFY(!m_w->item(QStringLiteral("libraryRollback"))->isEnabled());
    }

    void searchShowsWhereTheHitIs()
    {
        QQuickItem *field = m_w->item(QStringLiteral("librarySearch"));
        QVERIFY(m_w->click(field));
        QTRY_VERIFY(field->hasActiveFocus());
        m_w->type(QStringLiteral("conseiller bancaire"));
        LibraryController *c = controller();
        QTRY_VERIFY(!c->searchResults().isEmpty());
        QQuickItem *results = m_w->item(QStringLiteral("librarySearchResults"));
        QQuickItem *first = nullptr;
        QTRY_VERIFY(QMetaObject::invokeMethod(results, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, first), Q_ARG(int, 0)) && first);
        QVERIFY(m_w->click(first));
        QTRY_VERIFY(visible(QStringLiteral("libraryHit")));
        QCOMPARE(c->chosenHit(), c->searchResults().constFirst().toMap());
        grab(QStringLiteral("search"));
    }

    void tamperedPackIsRefused()
    {
        LibraryController *c = controller();
        QVERIFY(QMetaObject::invokeMethod(c, "prepareImport", Q_ARG(QString, m_tampered)));
        QTRY_COMPARE_WITH_TIMEOUT(c->state(), QStringLiteral("confirming"), 60000);
        QTRY_VERIFY(visible(QStringLiteral("importSignature")));
        QCOMPARE(text(QStringLiteral("importSignatureText")), QStringLiteral("✖ Signature invalide"));
        QCOMPARE(text(QStringLiteral("importRefusal")),
                 QStringLiteral("• ") + Diagnostic::make(QStringLiteral("library.signature-invalid"), {}).message(QStringLiteral("fr")));
        QVERIFY(!m_w->item(QStringLiteral("importInstall"))->isEnabled());
        QVERIFY(!visible(QStringLiteral("importAcceptRisk")));
        grab(QStringLiteral("confirm-tampered"));
        QVERIFY(m_w->click(m_w->item(QStringLiteral("importClose"))));
        QTRY_COMPARE(c->state(), QStringLiteral("idle"));
        QCOMPARE(c->curricula()->count(), 1);
    }

    void packOpenedAsDocumentShowsItsSigner()
    {
        m_w->key(Qt::Key_Escape);
        QTRY_VERIFY(visible(QStringLiteral("welcomeOpenFolder")));
        QVERIFY2(m_w->open(m_v1), qPrintable(m_w->doc()->lastError()));
        QTRY_VERIFY(visible(QStringLiteral("statusSignature")));
        QCOMPARE(text(QStringLiteral("statusSignature")), QStringLiteral("✔ Paquet signé par Emmaüs Connect, éditeur de confiance"));
        // The library over the open document, and back to it.
        m_w->key(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(visible(QStringLiteral("libraryPage")));
        QVERIFY(!visible(QStringLiteral("statusSignature")));
        QVERIFY(m_w->click(m_w->item(QStringLiteral("libraryBack"))));
        QTRY_VERIFY(visible(QStringLiteral("statusSignature")));
        grab(QStringLiteral("pack-document"));
        m_w->doc()->close();
    }

private:
    LibraryController *controller() const
    {
        QObject *page = m_w->object(QStringLiteral("libraryPage"));
        return page ? page->property("controller").value<LibraryController *>() : nullptr;
    }

    bool visible(const QString &name) const
    {
        QQuickItem *item = m_w->item(name);
        return item && item->isVisible();
    }

    QString text(const QString &name) const
    {
        QObject *o = m_w->object(name);
        return o ? o->property("text").toString() : QString();
    }

    // A file dragged from the file manager and dropped in the middle of the window.
    void drop(const QString &path)
    {
        QQuickWindow *window = m_w->window();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre(window->width() / 2, window->height() / 2);
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        QDragMoveEvent move(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &move);
        QDropEvent dropped(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &dropped);
    }

    void grab(const QString &name)
    {
        // Layouts that depend on sizes settle over a few frames.
        QTest::qWait(300);
        const QImage image = m_w->window()->grabWindow();
        QCOMPARE(image.size(), QSize(1280, 800) * m_w->window()->devicePixelRatio());
        QVERIFY(image.save(QStringLiteral(RELAIS_SCREENS_DIR "/library-%1.png").arg(name)));
    }

    QTemporaryDir m_tmp;
    QString m_v1, m_v2, m_tampered;
    std::unique_ptr<StudioWindow> m_w;
};

int main(int argc, char *argv[])
{
    return runInOwnHome<TestLibraryE2e>(argc, argv);
}

#include "tst_library_e2e.moc"
