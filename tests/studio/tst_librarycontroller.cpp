// The Studio's library page controller: the import plan of packs signed by
// a trusted publisher, by an unknown one, unsigned and tampered with; the
// install in the background and the list it changes; the changes against the
// installed version; rollback, removal, search, a copy to adapt; and the
// signer of a pack opened as a document.
#include "librarytest.h"
#include "studiotest.h"

#include <curriculumdiff.h>
#include <curriculumloader.h>
#include <librarycontroller.h>
#include <studio.h>

#include <QSignalSpy>
#include <QtTest>

using namespace Relais;

class TestLibraryController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_v1Folder, m_v2Folder;
    QString m_trusted, m_trustedV2, m_unsigned, m_untrusted, m_tampered;
    SigningKey m_publisher = SigningKey::generate(QStringLiteral("Emmaüs Connect"));
    SigningKey m_stranger = SigningKey::generate(QStringLiteral("Inconnu"));

    QString pack(const QString &name) const { return m_tmp.filePath(QStringLiteral("packs/") + name); }

    // A controller on a library of its own (the environment decides, as in the Studio).
    static std::unique_ptr<LibraryController> newController(const QTemporaryDir &library)
    {
        qputenv("RELAIS_LIBRARY", QFile::encodeName(library.filePath(QStringLiteral("library"))));
        auto c = std::make_unique<LibraryController>();
        c->refresh();
        return c;
    }

    static bool prepared(LibraryController &c, const QString &packPath)
    {
        return c.prepareImport(packPath) && c.waitForIdle(60000) && c.state() == QLatin1String("confirming");
    }

    static bool installed(LibraryController &c, const QString &packPath, bool acceptRisk = false)
    {
        return prepared(c, packPath) && c.install(acceptRisk) && c.waitForIdle(60000) && c.state() == QLatin1String("idle");
    }

    static QString message(const char *code, const QStringList &args = {})
    {
        return Diagnostic::make(QString::fromLatin1(code), {}, {}, args).message(QStringLiteral("fr"));
    }

    static Curriculum load(const QString &folder)
    {
        Diagnostics diags;
        const std::optional<FileSet> files = CurriculumLoader::open(folder, diags);
        return files ? CurriculumLoader::load(*files).curriculum.value_or(Curriculum()) : Curriculum();
    }

private slots:
    void initTestCase()
    {
        StudioTest::initMain();
        LibraryTest::isolate(m_tmp);
        m_v1Folder = StudioTest::shippedCurriculum();
        m_v2Folder = m_tmp.filePath(QStringLiteral("v2"));
        QVERIFY(LibraryTest::writeNextVersion(m_v1Folder, m_v2Folder));
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("packs"))));
        m_trusted = pack(QStringLiteral("trusted.relais"));
        m_trustedV2 = pack(QStringLiteral("trusted-1.1.0.relais"));
        m_unsigned = pack(QStringLiteral("unsigned.relais"));
        m_untrusted = pack(QStringLiteral("untrusted.relais"));
        m_tampered = pack(QStringLiteral("tampered.relais"));
        for (const QString &p : {m_trusted, m_unsigned, m_untrusted})
            QVERIFY(LibraryTest::writePack(m_v1Folder, p));
        QVERIFY(LibraryTest::writePack(m_v2Folder, m_trustedV2));
        QVERIFY(LibraryTest::sign(m_trusted, m_publisher));
        QVERIFY(LibraryTest::sign(m_trustedV2, m_publisher));
        QVERIFY(LibraryTest::sign(m_untrusted, m_stranger));
        QVERIFY(LibraryTest::writeTampered(m_trusted, m_tampered));
        QVERIFY(LibraryTest::trust(m_publisher));
    }

    void cleanupTestCase() { StudioTest::removeStaleJournals(); }

    void plan_data()
    {
        QTest::addColumn<QString>("packName");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("signer");
        QTest::addColumn<bool>("installable");
        QTest::addColumn<bool>("needsConsent");
        QTest::newRow("trusted") << "trusted.relais" << "trusted" << "Emmaüs Connect" << true << false;
        QTest::newRow("unsigned") << "unsigned.relais" << "unsigned" << "" << true << true;
        QTest::newRow("untrusted") << "untrusted.relais" << "untrusted" << "Inconnu" << true << true;
        QTest::newRow("tampered") << "tampered.relais" << "invalid" << "" << false << true;
    }

    void plan()
    {
        QFETCH(QString, packName);
        QFETCH(QString, signature);
        QFETCH(QString, signer);
        QFETCH(bool, installable);
        QFETCH(bool, needsConsent);
        QTemporaryDir library;
        auto c = newController(library);
        QVERIFY(c->isOpen());
        QCOMPARE(c->folder(), library.filePath(QStringLiteral("library")));
        QSignalSpy progress(c.get(), &LibraryController::progressChanged);
        QVERIFY(prepared(*c, pack(packName)));
        QVERIFY(progress.count() >= 1);
        const QVariantMap plan = c->plan();
        QCOMPARE(plan.value(QStringLiteral("signature")).toString(), signature);
        QCOMPARE(plan.value(QStringLiteral("signerName")).toString(), signer);
        QCOMPARE(plan.value(QStringLiteral("installable")).toBool(), installable);
        QCOMPARE(plan.value(QStringLiteral("needsConsent")).toBool(), needsConsent);
        QCOMPARE(plan.value(QStringLiteral("fileName")).toString(), packName);
        QCOMPARE(plan.value(QStringLiteral("relation")).toString(), QStringLiteral("new"));
        QCOMPARE(plan.value(QStringLiteral("diff")).toMap(), QVariantMap());

        const QStringList refusals = plan.value(QStringLiteral("refusals")).toStringList();
        const QString signatureMessage = plan.value(QStringLiteral("signatureMessage")).toString();
        if (signature == QLatin1String("invalid")) {
            // Changed after it was signed: the reason, and no way to install it.
            QCOMPARE(refusals.value(0), message("library.signature-invalid"));
            QCOMPARE(signatureMessage, message("signature.mismatch"));
            QVERIFY(!c->install(true));
            QCOMPARE(c->state(), QStringLiteral("confirming"));
            return;
        }
        QCOMPARE(refusals, QStringList());
        QCOMPARE(plan.value(QStringLiteral("title")).toString(), QStringLiteral("Parcours Relais numériques"));
        QCOMPARE(plan.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(plan.value(QStringLiteral("curriculumId")).toString(), LibraryTest::curriculumId);
        QCOMPARE(plan.value(QStringLiteral("pathways")).toInt(), 2);
        QCOMPARE(plan.value(QStringLiteral("modules")).toInt(), 14);
        QCOMPARE(plan.value(QStringLiteral("activities")).toInt(), 48);
        QCOMPARE(plan.value(QStringLiteral("errorCount")).toInt(), 0);
        if (signature == QLatin1String("trusted")) {
            QCOMPARE(plan.value(QStringLiteral("fingerprint")).toString(), m_publisher.fingerprint());
            QCOMPARE(signatureMessage, QString());
        } else if (signature == QLatin1String("untrusted")) {
            QCOMPARE(signatureMessage, message("library.untrusted", {QStringLiteral("Inconnu"), m_stranger.fingerprint()}));
        } else {
            QCOMPARE(signatureMessage, message("library.unsigned"));
        }
        // The signature's warning is said once, beside the signer.
        QVERIFY(!plan.value(QStringLiteral("warnings")).toStringList().contains(signatureMessage));
        if (needsConsent) {
            // Without the user's consent nothing is installed.
            QVERIFY(!c->install(false));
            QCOMPARE(c->state(), QStringLiteral("confirming"));
            QCOMPARE(c->curricula()->count(), 0);
        }
        c->closeImport();
        QCOMPARE(c->state(), QStringLiteral("idle"));
        QCOMPARE(c->plan(), QVariantMap());
        QCOMPARE(c->curricula()->count(), 0);
    }

    void installThenList()
    {
        QTemporaryDir library;
        auto c = newController(library);
        QCOMPARE(c->curricula()->count(), 0);
        QCOMPARE(c->selectedId(), QString());
        QVERIFY(installed(*c, m_unsigned, true));
        QCOMPARE(c->notice().value(QStringLiteral("kind")).toString(), QStringLiteral("installed"));
        QCOMPARE(c->notice().value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(c->curricula()->count(), 1);
        QCOMPARE(c->selectedId(), LibraryTest::curriculumId);
        QCOMPARE(c->selectedIndex(), 0);
        const QVariantMap s = c->selected();
        QCOMPARE(s.value(QStringLiteral("title")).toString(), QStringLiteral("Parcours Relais numériques"));
        QCOMPARE(s.value(QStringLiteral("publisher")).toString(), QStringLiteral("Emmaüs Connect"));
        QCOMPARE(s.value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(s.value(QStringLiteral("signed")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("modules")).toInt(), 14);
        QCOMPARE(s.value(QStringLiteral("hasEarlier")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("previousVersion")).toString(), QString());
        QCOMPARE(s.value(QStringLiteral("versions")).toList().size(), 1);
        const QString folder = s.value(QStringLiteral("folder")).toString();
        QCOMPARE(folder, c->folder() + QStringLiteral("/curricula/") + LibraryTest::curriculumId + QStringLiteral("/1.0.0"));
        QCOMPARE(TestUtil::readFile(folder + QStringLiteral("/curriculum.xml")),
                 TestUtil::readFile(m_v1Folder + QStringLiteral("/curriculum.xml")));
        // The outline of the installed version, as the page shows it.
        const QVariantList modules = c->outline().value(QStringLiteral("modules")).toList();
        QCOMPARE(modules.size(), 14);
        QCOMPARE(c->outline().value(QStringLiteral("pathways")).toList().size(), 2);

        // A second controller (the page shown again, another window) reads the same library.
        LibraryController other;
        other.refresh();
        QCOMPARE(other.curricula()->count(), 1);
        QCOMPARE(other.curricula()->get(0).value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.0.0"));

        // The same pack again: refused, with the reason.
        QVERIFY(prepared(*c, m_trusted));
        QCOMPARE(c->plan().value(QStringLiteral("relation")).toString(), QStringLiteral("installed"));
        QCOMPARE(c->plan().value(QStringLiteral("installable")).toBool(), false);
    }

    void updateShowsTheChangesThenRollback()
    {
        QTemporaryDir library;
        auto c = newController(library);
        QVERIFY(installed(*c, m_trusted));
        QVERIFY(prepared(*c, m_trustedV2));
        const QVariantMap plan = c->plan();
        QCOMPARE(plan.value(QStringLiteral("relation")).toString(), QStringLiteral("newer"));
        QCOMPARE(plan.value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(plan.value(QStringLiteral("needsConsent")).toBool(), false);

        // The lines are CurriculumDiff's, grouped, with the version it suggests.
        const CurriculumDiff diff = CurriculumDiff::compare(load(m_v1Folder), load(m_v2Folder));
        QVERIFY(!diff.isEmpty());
        const QVariantMap d = plan.value(QStringLiteral("diff")).toMap();
        QCOMPARE(d.value(QStringLiteral("count")).toInt(), diff.entries.size());
        QStringList lines;
        QStringList groups;
        for (const QVariant &g : d.value(QStringLiteral("groups")).toList()) {
            groups << g.toMap().value(QStringLiteral("kind")).toString();
            lines << g.toMap().value(QStringLiteral("lines")).toStringList();
        }
        QStringList expected;
        for (const DiffEntry &e : diff.entries)
            expected << e.sentence(QStringLiteral("fr"));
        QCOMPARE(lines, expected);
        QVERIFY(groups.contains(QStringLiteral("modules")));
        QCOMPARE(groups.size(), QSet<QString>(groups.cbegin(), groups.cend()).size());  // each group once
        QVERIFY(lines.join(QLatin1Char('\n')).contains(LibraryTest::newModuleTitle));
        QCOMPARE(d.value(QStringLiteral("suggestedBump")).toString(), bumpName(diff.suggestedBump()));
        QCOMPARE(d.value(QStringLiteral("suggestedVersion")).toString(),
                 Version::parse(QStringLiteral("1.0.0"))->bumped(diff.suggestedBump()).toString());

        // In English when the interface is.
        c->setLang(QStringLiteral("en"));
        const QStringList english = c->plan().value(QStringLiteral("diff")).toMap().value(QStringLiteral("groups")).toList()
                                        .constFirst().toMap().value(QStringLiteral("lines")).toStringList();
        QCOMPARE(english.constFirst(), diff.entries.constFirst().sentence(QStringLiteral("en")));
        c->setLang(QStringLiteral("fr"));

        QVERIFY(c->install(false));
        QVERIFY(c->waitForIdle(60000));
        QCOMPARE(c->state(), QStringLiteral("idle"));
        QVariantMap s = c->selected();
        QCOMPARE(s.value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.1.0"));
        QCOMPARE(s.value(QStringLiteral("signed")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("trusted")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("signerName")).toString(), QStringLiteral("Emmaüs Connect"));
        QCOMPARE(s.value(QStringLiteral("hasEarlier")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("previousVersion")).toString(), QStringLiteral("1.0.0"));
        QStringList versions;
        for (const QVariant &v : s.value(QStringLiteral("versions")).toList())
            versions << v.toMap().value(QStringLiteral("version")).toString()
                            + (v.toMap().value(QStringLiteral("active")).toBool() ? QStringLiteral("*") : QString());
        QCOMPARE(versions, (QStringList{QStringLiteral("1.1.0*"), QStringLiteral("1.0.0")}));

        QVERIFY(c->rollback(LibraryTest::curriculumId));
        QCOMPARE(c->notice().value(QStringLiteral("kind")).toString(), QStringLiteral("rolled-back"));
        QCOMPARE(c->notice().value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
        s = c->selected();
        QCOMPARE(s.value(QStringLiteral("activeVersion")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(s.value(QStringLiteral("versions")).toList().size(), 2);
        QCOMPARE(s.value(QStringLiteral("hasEarlier")).toBool(), false);
        // Nothing older is left to go back to.
        QVERIFY(!c->rollback(LibraryTest::curriculumId));
        QCOMPARE(c->lastError(), message("library.no-earlier", {LibraryTest::curriculumId, QStringLiteral("1.0.0")}));
    }

    void remove()
    {
        QTemporaryDir library;
        auto c = newController(library);
        QVERIFY(installed(*c, m_trusted));
        const QString folder = c->selected().value(QStringLiteral("folder")).toString();
        QVERIFY(QFileInfo::exists(folder));
        QVERIFY(c->remove(LibraryTest::curriculumId));
        QCOMPARE(c->notice().value(QStringLiteral("kind")).toString(), QStringLiteral("removed"));
        QCOMPARE(c->notice().value(QStringLiteral("title")).toString(), QStringLiteral("Parcours Relais numériques"));
        QCOMPARE(c->curricula()->count(), 0);
        QCOMPARE(c->selectedId(), QString());
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(!c->remove(LibraryTest::curriculumId));
        QCOMPARE(c->lastError(), message("library.not-installed", {LibraryTest::curriculumId}));
    }

    void search()
    {
        QTemporaryDir library;
        auto c = newController(library);
        QVERIFY(installed(*c, m_trusted));
        QSignalSpy changed(c.get(), &LibraryController::searchChanged);
        c->setSearchText(QStringLiteral("conseiller bancaire"));
        QCOMPARE(changed.count(), 1);
        const QVariantList results = c->searchResults();
        int found = -1;
        for (int i = 0; i < results.size(); ++i)
            if (results.at(i).toMap().value(QStringLiteral("id")).toString() == QLatin1String("faux-conseiller"))
                found = i;
        QVERIFY2(found >= 0, qPrintable(QString::number(results.size())));
        const QVariantMap hit = results.at(found).toMap();
        QCOMPARE(hit.value(QStringLiteral("kind")).toString(), QStringLiteral("activity"));
        QCOMPARE(hit.value(QStringLiteral("module")).toString(), LibraryTest::renamedModule);
        QCOMPARE(hit.value(QStringLiteral("moduleTitle")).toString(), LibraryTest::oldModuleTitle);
        QCOMPARE(hit.value(QStringLiteral("curriculumTitle")).toString(), QStringLiteral("Parcours Relais numériques"));
        QCOMPARE(hit.value(QStringLiteral("title")).toString(), QStringLiteral("Le faux conseiller bancaire"));
        QVERIFY(hit.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("<b>")));

        c->select(QString());
        c->chooseHit(found);
        QCOMPARE(c->selectedId(), LibraryTest::curriculumId);
        QCOMPARE(c->chosenHit(), hit);
        // Another search forgets the chosen result.
        c->setSearchText(QStringLiteral("zzzqqq"));
        QCOMPARE(c->searchResults(), QVariantList());
        QCOMPARE(c->chosenHit(), QVariantMap());
    }

    void cancelPreparing()
    {
        QTemporaryDir library;
        auto c = newController(library);
        QVERIFY(c->prepareImport(m_trusted));
        QVERIFY(c->isBusy());
        QVERIFY(!c->prepareImport(m_unsigned));  // one at a time
        c->cancel();
        QVERIFY(c->waitForIdle(60000));
        QCOMPARE(c->state(), QStringLiteral("idle"));
        QCOMPARE(c->notice().value(QStringLiteral("kind")).toString(), QStringLiteral("import-cancelled"));
        QCOMPARE(c->plan(), QVariantMap());
        QCOMPARE(c->curricula()->count(), 0);
    }

    void notAPack()
    {
        QTemporaryDir library;
        auto c = newController(library);
        QVERIFY(!c->prepareImport(m_v1Folder));
        QCOMPARE(c->state(), QStringLiteral("failed"));
        QCOMPARE(c->problems(), QStringList{message("studio.not-pack", {QDir::toNativeSeparators(m_v1Folder)})});
        QVERIFY(!LibraryController::isPackUrl(QUrl::fromLocalFile(m_v1Folder)));
        QVERIFY(LibraryController::isPackUrl(QUrl::fromLocalFile(m_trusted)));
        QVERIFY(!LibraryController::isPackUrl(QUrl(QStringLiteral("https://example.org/x.relais"))));
        c->closeImport();
        QCOMPARE(c->state(), QStringLiteral("idle"));
        QCOMPARE(c->problems(), QStringList());
    }

    void copyForAdaptation()
    {
        QTemporaryDir library;
        auto c = newController(library);
        QVERIFY(installed(*c, m_trusted));
        const QString installedFolder = c->selected().value(QStringLiteral("folder")).toString();
        const QMap<QString, QByteArray> original = TestUtil::readTree(installedFolder);

        // An empty folder takes the copy itself.
        QTemporaryDir target;
        QCOMPARE(c->copyForAdaptation(LibraryTest::curriculumId, target.path()), target.path());
        QCOMPARE(TestUtil::readTree(target.path()), original);
        // Any other gets a folder named after the curriculum, then a numbered one.
        QCOMPARE(c->copyForAdaptation(LibraryTest::curriculumId, target.path()), target.filePath(QStringLiteral("parcours-relais")));
        QCOMPARE(c->copyForAdaptation(LibraryTest::curriculumId, target.path()), target.filePath(QStringLiteral("parcours-relais-2")));
        QCOMPARE(c->copyForAdaptation(QStringLiteral("org.exemple.absent"), target.path()), QString());
        QCOMPARE(c->lastError(), message("library.not-installed", {QStringLiteral("org.exemple.absent")}));

        // The copy is a curriculum to edit; the library's folder does not change.
        Document doc;
        QVERIFY2(doc.open(target.path()), qPrintable(doc.lastError()));
        doc.setCurriculumField(QStringLiteral("title"), QStringLiteral("Parcours adapté à Leers"));
        QVERIFY2(doc.save(), qPrintable(doc.lastError()));
        doc.close();
        QVERIFY(TestUtil::readFile(target.filePath(QStringLiteral("curriculum.xml"))).contains("Parcours adapté à Leers"));
        QCOMPARE(TestUtil::readTree(installedFolder), original);
    }

    void packSignatureOfDocuments_data()
    {
        QTest::addColumn<QString>("packName");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("signer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("trusted") << "trusted.relais" << "trusted" << "Emmaüs Connect" << "";
        QTest::newRow("untrusted") << "untrusted.relais" << "untrusted" << "Inconnu" << "";
        QTest::newRow("unsigned") << "unsigned.relais" << "unsigned" << "" << "";
        QTest::newRow("tampered") << "tampered.relais" << "invalid" << "" << "signature.mismatch";
    }

    void packSignatureOfDocuments()
    {
        QFETCH(QString, packName);
        QFETCH(QString, status);
        QFETCH(QString, signer);
        QFETCH(QString, reason);
        Studio studio;
        studio.setLanguage(QStringLiteral("fr"));
        const QVariantMap s = studio.packSignature(pack(packName));
        QCOMPARE(s.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(s.value(QStringLiteral("signer")).toString(), signer);
        QCOMPARE(s.value(QStringLiteral("message")).toString(), reason.isEmpty() ? QString() : message(qPrintable(reason)));
        if (status == QLatin1String("trusted"))
            QCOMPARE(s.value(QStringLiteral("fingerprint")).toString(), m_publisher.fingerprint());
    }
};

QTEST_MAIN(TestLibraryController)
#include "tst_librarycontroller.moc"
