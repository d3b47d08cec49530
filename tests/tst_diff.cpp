#include "curriculumfixture.h"

#include <curriculumdiff.h>
#include <curriculumwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Relais;
using namespace CurriculumFixture;

namespace {

// The n-th child element of that name (from 0).
XmlNode &child(XmlNode &node, const char *name, int rank = 0)
{
    for (XmlNode &c : node.children)
        if (c.isElement() && c.localName() == QLatin1String(name) && rank-- == 0)
            return c;
    qFatal("no <%s> in the payload", name);
}

const QString courriel = QStringLiteral("Le courriel : lire, écrire et envoyer un message");

// One edit of the real curriculum, what the diff must say about it and the
// bump it calls for.
struct Case
{
    const char *name;
    std::function<void(Curriculum &)> edit;
    Bump bump;
    int entries;
    DiffEntry::Kind kind;
    DiffEntry::Change change;
    QString sentence;  // French, of the first entry; empty: not checked
};

QList<Case> cases()
{
    using K = DiffEntry::Kind;
    using C = DiffEntry::Change;
    return {
        {"typo in an objective",
         [](Curriculum &c) { byId(c.modules, "courriel-envoyer-message").objectives[2] = QStringLiteral("Écrire un message avec un destinataire, un objet et le texte"); },
         Bump::Patch, 1, K::Module, C::Changed,
         QStringLiteral("Atelier « %1 » : les objectifs ont changé (« …destinataire, un objet et un texte; Envoyer le message… » → "
                        "« …destinataire, un objet et le texte; Envoyer le message… »).")
             .arg(courriel)},
        {"module duration", [](Curriculum &c) { byId(c.modules, "courriel-envoyer-message").duration = 90; },
         Bump::Minor, 1, K::Module, C::Changed,
         QStringLiteral("Atelier « %1 » : la durée a changé (« 120 min » → « 90 min »).").arg(courriel)},
        {"running order reworded", [](Curriculum &c) { byId(c.modules, "courriel-envoyer-message").runningOrder[0].title = QStringLiteral("Accueil et rappel"); },
         Bump::Patch, 1, K::Module, C::Changed, {}},
        {"running order retimed",
         [](Curriculum &c) {
             QList<Segment> &order = byId(c.modules, "courriel-envoyer-message").runningOrder;
             order[0].duration += 5;
             order[1].duration -= 5;
         },
         Bump::Minor, 1, K::Module, C::Changed, {}},
        {"module title", [](Curriculum &c) { byId(c.modules, "courriel-envoyer-message").title = QStringLiteral("Écrire un courriel"); },
         Bump::Patch, 1, K::Module, C::Renamed, QStringLiteral("Atelier « %1 » renommé « Écrire un courriel ».").arg(courriel)},
        {"module added",
         [](Curriculum &c) {
             Module m = byId(c.modules, "courriel-envoyer-message");
             m.id = QStringLiteral("courriel-pieces-jointes");
             m.title = QStringLiteral("Le courriel : les pièces jointes");
             for (Activity &a : m.activities)
                 a.id += QStringLiteral("-pj");
             c.modules.append(m);
         },
         Bump::Minor, 1, K::Module, C::Added, QStringLiteral("Atelier « Le courriel : les pièces jointes » ajouté.")},
        {"module removed", [](Curriculum &c) { c.modules.removeIf([](const Module &m) { return m.id == QLatin1String("appel-video-famille"); }); },
         Bump::Major, 1, K::Module, C::Removed, QStringLiteral("Atelier « Appeler sa famille en vidéo » supprimé.")},
        {"module id renamed",
         [](Curriculum &c) {
             byId(c.modules, "cv-rediger").id = QStringLiteral("cv-ecrire");
             byId(byId(c.pathways, "emploi-numerique-jeunes").steps, "seance-1-cv").modules = QStringList{QStringLiteral("cv-ecrire")};
         },
         Bump::Major, 2, K::Step, C::Changed,
         QStringLiteral("Séance « Séance 1 : faire son CV » : les ateliers de la séance ont changé (« cv-rediger » → « cv-ecrire »).")},
        {"activity moved to another module",
         [](Curriculum &c) {
             Module &from = byId(c.modules, "courriel-envoyer-message");
             byId(c.modules, "arnaques-reperer").activities.append(from.activities.takeFirst());
         },
         Bump::Minor, 1, K::Activity, C::Moved,
         QStringLiteral("Activité « Reconnaître une adresse courriel » déplacée de l'atelier « %1 » vers l'atelier « Repérer les arnaques : SMS, courriels et faux appels ».").arg(courriel)},
        {"activities reordered", [](Curriculum &c) { byId(c.modules, "courriel-envoyer-message").activities.move(0, 3); },
         Bump::Minor, 1, K::Activity, C::Moved,
         QStringLiteral("Activité « Reconnaître une adresse courriel » déplacée de la position 1 à la position 4 dans l'atelier « %1 ».").arg(courriel)},
        {"modules reordered in curriculum.xml", [](Curriculum &c) { c.modules.move(1, 13); },
         Bump::Patch, 1, K::Module, C::Moved,
         QStringLiteral("Atelier « Premiers pas : smartphone, tablette et ordinateur » déplacé de la position 2 à la position 14.")},
        {"step added",
         [](Curriculum &c) {
             Step s;
             s.id = QStringLiteral("seance-6-revoir");
             s.title = QStringLiteral("Séance 6 : revoir ses acquis");
             s.modules = QStringList{QStringLiteral("premiers-pas-ecrans")};
             byId(c.pathways, "numerique-au-quotidien-seniors").steps.append(s);
         },
         Bump::Minor, 1, K::Step, C::Added,
         QStringLiteral("Séance « Séance 6 : revoir ses acquis » ajoutée au parcours « Le numérique au quotidien : parcours seniors ».")},
        {"step removed", [](Curriculum &c) { byId(c.pathways, "numerique-au-quotidien-seniors").steps.removeLast(); },
         Bump::Minor, 1, K::Step, C::Removed,
         QStringLiteral("Séance « Séance 5 : appeler sa famille en vidéo » supprimée du parcours « Le numérique au quotidien : parcours seniors ».")},
        {"pathway removed", [](Curriculum &c) { c.pathways.removeLast(); },
         Bump::Major, 1, K::Pathway, C::Removed, QStringLiteral("Parcours « Le numérique pour l'emploi : parcours jeunes avec le PIJ » supprimé.")},
        {"media alt text", [](Curriculum &c) { byId(c.media, "plan-cv").alt = QStringLiteral("Modèle de CV d'une page."); },
         Bump::Patch, 1, K::Media, C::Changed, {}},
        {"media renamed",
         [](Curriculum &c) {
             MediaAsset &m = byId(c.media, "plan-cv");
             m.id = QStringLiteral("modele-cv");
             m.href = QStringLiteral("media/modele-cv.svg");
         },
         Bump::Patch, 1, K::Media, C::Renamed,
         QStringLiteral("Média « plan-cv.svg » renommé « modele-cv.svg » ; l'identifiant a changé (« plan-cv » → « modele-cv ») ; "
                        "le fichier a changé (« media/plan-cv.svg » → « media/modele-cv.svg »).")},
        {"media content replaced",
         [](Curriculum &c) {
             MediaAsset &m = byId(c.media, "plan-cv");
             m.sha256 = QString(64, QLatin1Char('a'));
             m.size = 4000;
         },
         Bump::Patch, 1, K::Media, C::Changed,
         QStringLiteral("Média « plan-cv.svg » : le contenu du fichier a changé (« image/svg+xml, 3085 octets, empreinte c40bc944 » → "
                        "« image/svg+xml, 4000 octets, empreinte aaaaaaaa »).")},
        {"media added",
         [](Curriculum &c) {
             MediaAsset m = c.media.first();
             m.id = QStringLiteral("nouvelle-image");
             m.href = QStringLiteral("media/nouvelle-image.svg");
             m.sha256 = QString(64, QLatin1Char('b'));
             c.media.append(m);
         },
         Bump::Minor, 1, K::Media, C::Added, QStringLiteral("Média « nouvelle-image.svg » ajouté.")},
        {"exercise answer changed",
         [](Curriculum &c) {
             XmlNode &choices = child(*byId(byId(c.modules, "courriel-envoyer-message").activities, "reconnaitre-adresse").payload, "choices");
             child(choices, "choice", 0).setAttribute(QStringLiteral("correct"), QStringLiteral("false"));
             child(choices, "choice", 1).setAttribute(QStringLiteral("correct"), QStringLiteral("true"));
         },
         Bump::Minor, 1, K::Activity, C::Changed,
         QStringLiteral("Activité « Reconnaître une adresse courriel » : l'exercice (choices/choice[1]/@correct) a changé (« true » → « false ») ; "
                        "l'exercice (choices/choice[2]/@correct) a changé (« false » → « true »).")},
        {"exercise text fixed",
         [](Curriculum &c) {
             XmlNode &choice = child(child(*byId(byId(c.modules, "courriel-envoyer-message").activities, "reconnaitre-adresse").payload, "choices"), "choice", 2);
             child(choice, "text").children = {XmlNode::text(QStringLiteral("06 39 98 42 18"))};
         },
         Bump::Patch, 1, K::Activity, C::Changed,
         QStringLiteral("Activité « Reconnaître une adresse courriel » : l'exercice (choices/choice[3]/text) a changé (« 06 39 98 42 17 » → « 06 39 98 42 18 »).")},
        {"curriculum language", [](Curriculum &c) { c.lang = QStringLiteral("en"); },
         Bump::Major, 1, K::Curriculum, C::Changed, QStringLiteral("Curriculum : la langue a changé (« fr » → « en »).")},
        {"identical", [](Curriculum &) {}, Bump::None, 0, K::Curriculum, C::Changed, {}},
    };
}

} // namespace

// The semantic diff on the real curriculum and edited copies of it, and
// `relais diff` on folders and packs.
class TestDiff : public QObject
{
    Q_OBJECT

    Curriculum m_original;
    QTemporaryDir m_tmp;

    CurriculumDiff diffWith(const char *name)
    {
        for (const Case &c : cases()) {
            if (qstrcmp(c.name, name) == 0) {
                Curriculum edited = m_original;
                c.edit(edited);
                return CurriculumDiff::compare(m_original, edited);
            }
        }
        return {};
    }

    // A copy of the real curriculum on disk, edited through the model.
    QString editedCopy(const QString &name, const std::function<void(Curriculum &)> &edit)
    {
        const QString dir = m_tmp.filePath(name);
        if (!TestUtil::copyTree(parcoursRelais(), dir))
            return {};
        Curriculum c = load(dir);
        edit(c);
        Diagnostics diags;
        return CurriculumWriter::save(c, dir, diags) ? dir : QString();
    }

private slots:
    void initTestCase()
    {
        m_original = load(parcoursRelais());
        QCOMPARE(m_original.modules.size(), 14);
    }

    void changes_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = cases();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << i;
    }

    void changes()
    {
        QFETCH(int, index);
        const Case c = cases()[index];
        Curriculum edited = m_original;
        c.edit(edited);
        const CurriculumDiff diff = CurriculumDiff::compare(m_original, edited);
        QStringList sentences;
        for (const DiffEntry &e : diff.entries)
            sentences << e.sentence(QStringLiteral("fr"));
        QVERIFY2(diff.entries.size() == c.entries, qPrintable(sentences.join(QLatin1Char('\n'))));
        QCOMPARE(diff.suggestedBump(), c.bump);
        if (c.entries == 0)
            return;
        QCOMPARE(diff.entries.first().kind, c.kind);
        QCOMPARE(diff.entries.first().change, c.change);
        if (!c.sentence.isEmpty())
            QCOMPARE(sentences.first(), c.sentence);
    }

    void renamedModuleKeepsItsOldId()
    {
        const CurriculumDiff diff = diffWith("module id renamed");
        const auto it = std::find_if(diff.entries.cbegin(), diff.entries.cend(), [](const DiffEntry &e) { return e.kind == DiffEntry::Kind::Module; });
        QVERIFY(it != diff.entries.cend());
        QCOMPARE(it->change, DiffEntry::Change::Renamed);
        QCOMPARE(it->id, QStringLiteral("cv-ecrire"));
        QCOMPARE(it->oldId, QStringLiteral("cv-rediger"));
        QCOMPARE(it->bump, Bump::Major);
        QCOMPARE(it->sentence(QStringLiteral("fr")),
                 QStringLiteral("Atelier « Faire son CV sur ordinateur » : l'identifiant a changé (« cv-rediger » → « cv-ecrire »)."));
    }

    void renamedModuleWithAnotherTitleIsStillOneEntry()
    {
        Curriculum edited = m_original;
        Module &m = byId(edited.modules, "cv-rediger");
        m.id = QStringLiteral("cv-ecrire");
        m.title = QStringLiteral("Écrire son CV");
        const CurriculumDiff diff = CurriculumDiff::compare(m_original, edited);
        QCOMPARE(diff.entries.size(), 1);
        QCOMPARE(diff.entries.first().change, DiffEntry::Change::Renamed);
        QCOMPARE(diff.entries.first().sentence(QStringLiteral("en")),
                 QStringLiteral("Module “Faire son CV sur ordinateur” renamed “Écrire son CV”; the id changed (“cv-rediger” → “cv-ecrire”)."));
    }

    void activityOfARemovedModuleIsNotListed()
    {
        // Its activities go with it; one of them moved elsewhere first is a move.
        Curriculum edited = m_original;
        Module removed = byId(edited.modules, "appel-video-famille");
        edited.modules.removeIf([](const Module &m) { return m.id == QLatin1String("appel-video-famille"); });
        byId(edited.modules, "premiers-pas-ecrans").activities.append(removed.activities.first());
        const CurriculumDiff diff = CurriculumDiff::compare(m_original, edited);
        QCOMPARE(diff.entries.size(), 2);
        QCOMPARE(diff.entries[0].kind, DiffEntry::Kind::Module);
        QCOMPARE(diff.entries[0].change, DiffEntry::Change::Removed);
        QCOMPARE(diff.entries[1].kind, DiffEntry::Kind::Activity);
        QCOMPARE(diff.entries[1].change, DiffEntry::Change::Moved);
        QCOMPARE(diff.entries[1].oldParent, QStringLiteral("appel-video-famille"));
    }

    void textEndsWithTheSuggestedVersion()
    {
        const CurriculumDiff diff = diffWith("module added");
        QCOMPARE(diff.text(QStringLiteral("fr")),
                 QStringLiteral("Versions comparées : 1.0.0 → 1.0.0\n\n"
                                "Les ateliers et leurs activités :\n"
                                "  - Atelier « Le courriel : les pièces jointes » ajouté.\n\n"
                                "Version suggérée : 1.1.0 (changement mineur : un atelier ajouté)\n"));
        QVERIFY(diff.text(QStringLiteral("en")).endsWith(QStringLiteral("Suggested version: 1.1.0 (minor change: a module added)\n")));
        QCOMPARE(diffWith("module removed").suggestedVersion()->toString(), QStringLiteral("2.0.0"));
        QCOMPARE(diffWith("media alt text").reason(QStringLiteral("fr")), QStringLiteral("un média modifié (le texte alternatif)"));
        QCOMPARE(diffWith("step removed").reason(QStringLiteral("fr")), QStringLiteral("une séance supprimée"));
        QVERIFY(diffWith("identical").text(QStringLiteral("fr")).endsWith(QStringLiteral("Aucune différence : les deux versions ont le même contenu.\n")));
    }

    void jsonShape()
    {
        const QJsonObject root = diffWith("activity moved to another module").toJson(QStringLiteral("fr"));
        QCOMPARE(root.value(QStringLiteral("identical")).toBool(true), false);
        QCOMPARE(root.value(QStringLiteral("suggestedBump")).toString(), QStringLiteral("minor"));
        QCOMPARE(root.value(QStringLiteral("suggestedVersion")).toString(), QStringLiteral("1.1.0"));
        const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.first().toObject();
        QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("activity"));
        QCOMPARE(e.value(QStringLiteral("change")).toString(), QStringLiteral("moved"));
        QCOMPARE(e.value(QStringLiteral("id")).toString(), QStringLiteral("reconnaitre-adresse"));
        QCOMPARE(e.value(QStringLiteral("parent")).toString(), QStringLiteral("arnaques-reperer"));
        QCOMPARE(e.value(QStringLiteral("oldParent")).toString(), QStringLiteral("courriel-envoyer-message"));
        QCOMPARE(e.value(QStringLiteral("bump")).toString(), QStringLiteral("minor"));
        QVERIFY(e.value(QStringLiteral("sentence")).toString().startsWith(QStringLiteral("Activité « Reconnaître une adresse courriel » déplacée")));

        const QJsonArray fields = diffWith("module duration").toJson(QStringLiteral("en")).value(QStringLiteral("entries")).toArray()
                                      .first().toObject().value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.first().toObject(), (QJsonObject{{QStringLiteral("field"), QStringLiteral("duration")},
                                                          {QStringLiteral("label"), QStringLiteral("the duration")},
                                                          {QStringLiteral("before"), QStringLiteral("120 min")},
                                                          {QStringLiteral("after"), QStringLiteral("90 min")},
                                                          {QStringLiteral("bump"), QStringLiteral("minor")}}));
    }

    void cliIdenticalFolderAndPack()
    {
        const QString copy = m_tmp.filePath(QStringLiteral("copie"));
        QVERIFY(TestUtil::copyTree(parcoursRelais(), copy));
        TestUtil::Run r = TestUtil::runRelais({QStringLiteral("diff"), parcoursRelais(), copy}, {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Aucune différence")), qPrintable(r.out + r.err));

        const QString pack = m_tmp.filePath(QStringLiteral("parcours.relais"));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("pack"), parcoursRelais(), QStringLiteral("-o"), pack}).exitCode, 0);
        r = TestUtil::runRelais({QStringLiteral("diff"), parcoursRelais(), pack, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("identical")).toBool(), true);
        QCOMPARE(root.value(QStringLiteral("suggestedBump")).toString(), QStringLiteral("none"));
        QCOMPARE(root.value(QStringLiteral("entries")).toArray().size(), 0);
    }

    void cliDifferent()
    {
        const QString dir = editedCopy(QStringLiteral("duree"), [](Curriculum &c) { byId(c.modules, "courriel-envoyer-message").duration = 90; });
        QVERIFY(!dir.isEmpty());
        const TestUtil::Run r = TestUtil::runRelais({QStringLiteral("diff"), parcoursRelais(), dir}, {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("  - Atelier « %1 » : la durée a changé (« 120 min » → « 90 min »).\n").arg(courriel)), qPrintable(r.out));
        QVERIFY(r.out.endsWith(QStringLiteral("Version suggérée : 1.1.0 (changement mineur : un atelier modifié (la durée))\n")));
    }

    void cliUnusableSide()
    {
        const TestUtil::Run r = TestUtil::runRelais({QStringLiteral("diff"), parcoursRelais(), m_tmp.filePath(QStringLiteral("absent"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("[io.not-curriculum]")), qPrintable(r.err));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("diff"), parcoursRelais()}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
