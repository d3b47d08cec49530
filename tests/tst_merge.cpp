#include "curriculumfixture.h"

#include <curriculummerge.h>
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

template<typename T>
const T *find(const QList<T> &list, const char *id)
{
    for (const T &item : list)
        if (item.id == QLatin1String(id))
            return &item;
    return nullptr;
}

template<typename T>
QStringList ids(const QList<T> &list)
{
    QStringList out;
    for (const T &item : list)
        out << item.id;
    return out;
}

Module newModule(const Module &like, const char *id, const char *title)
{
    Module m = like;
    m.id = QString::fromLatin1(id);
    m.title = QString::fromUtf8(title);
    for (Activity &a : m.activities)
        a.id += QLatin1Char('-') + m.id;
    for (Segment &s : m.runningOrder)
        if (!s.activity.isEmpty())
            s.activity += QLatin1Char('-') + m.id;
    return m;
}

const char *const courriel = "courriel-envoyer-message";

} // namespace

// Three-way merges of the real curriculum: in memory for the rules, on disk
// through `relais merge` for media, validation and what gets written.
class TestMerge : public QObject
{
    Q_OBJECT

    Curriculum m_base;
    QTemporaryDir m_tmp;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    // A copy of the real curriculum on disk, edited through the model (media
    // files written by the edit are kept).
    QString side(const QString &name, const std::function<void(Curriculum &, const QString &dir)> &edit)
    {
        const QString dir = path(name);
        if (!TestUtil::copyTree(parcoursRelais(), dir))
            return {};
        Curriculum c = load(dir);
        edit(c, dir);
        Diagnostics diags;
        return CurriculumWriter::save(c, dir, diags) ? dir : QString();
    }

    // A new picture in media/, declared in the model.
    static void addPicture(Curriculum &c, const QString &dir, const char *id, const QByteArray &svg)
    {
        MediaAsset m = c.media.first();
        m.id = QString::fromLatin1(id);
        m.href = QStringLiteral("media/%1.svg").arg(m.id);
        m.alt = QStringLiteral("Une image d'essai.");
        QVERIFY(TestUtil::writeFile(dir + QLatin1Char('/') + m.href, svg));
        m.sha256 = sha256OfFile(dir + QLatin1Char('/') + m.href, &m.size);
        c.media.append(m);
    }

    static TestUtil::Run merge(const QStringList &args)
    {
        return TestUtil::runRelais(QStringList{QStringLiteral("merge")} + args, {{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}});
    }

private slots:
    void initTestCase()
    {
        m_base = load(parcoursRelais());
        QCOMPARE(m_base.modules.size(), 14);
    }

    void changesThatDoNotOverlapAreAllKept()
    {
        Curriculum local = m_base, upstream = m_base;
        byId(local.modules, courriel).duration = 90;
        byId(local.media, "plan-cv").alt = QStringLiteral("Un modèle de CV.");
        byId(byId(local.pathways, "numerique-au-quotidien-seniors").steps, "seance-2-courriel").title = QStringLiteral("Séance 2 : écrire à ses proches");
        byId(upstream.modules, courriel).title = QStringLiteral("Écrire un courriel");
        byId(upstream.modules, "cv-rediger").activities.removeLast();
        upstream.modules.insert(3, newModule(m_base.modules[2], "courriel-pieces-jointes", "Les pièces jointes"));

        const CurriculumMerge merge(m_base, local, upstream);
        QCOMPARE(merge.conflicts().size(), 0);
        const Curriculum out = *merge.result();
        const Module &m = *find(out.modules, courriel);
        QCOMPARE(m.duration, 90);
        QCOMPARE(m.title, QStringLiteral("Écrire un courriel"));
        QCOMPARE(find(out.media, "plan-cv")->alt, QStringLiteral("Un modèle de CV."));
        QCOMPARE(find(find(out.pathways, "numerique-au-quotidien-seniors")->steps, "seance-2-courriel")->title,
                 QStringLiteral("Séance 2 : écrire à ses proches"));
        QCOMPARE(find(out.modules, "cv-rediger")->activities.size(), 3);
        QCOMPARE(ids(out.modules), ids(upstream.modules));
    }

    void sameChangeOnBothSidesIsKeptOnce()
    {
        Curriculum local = m_base, upstream = m_base;
        for (Curriculum *c : {&local, &upstream}) {
            byId(c->modules, courriel).duration = 150;
            c->modules.append(newModule(m_base.modules[2], "courriel-pieces-jointes", "Les pièces jointes"));
        }
        const CurriculumMerge merge(m_base, local, upstream);
        QCOMPARE(merge.conflicts().size(), 0);
        const Curriculum out = *merge.result();
        QCOMPARE(find(out.modules, courriel)->duration, 150);
        QCOMPARE(out.modules.size(), 15);
    }

    void fieldConflictListsBothSides()
    {
        Curriculum local = m_base, upstream = m_base;
        byId(local.modules, courriel).duration = 90;
        byId(upstream.modules, courriel).duration = 150;
        byId(upstream.modules, courriel).level = QStringLiteral("intermediaire");
        CurriculumMerge merge(m_base, local, upstream);
        QCOMPARE(merge.conflicts().size(), 1);
        const MergeConflict &c = merge.conflicts().first();
        QCOMPARE(c.id, QStringLiteral("module:courriel-envoyer-message/duration"));
        QCOMPARE(c.kind, MergeConflict::Kind::Field);
        QCOMPARE(c.base, QStringLiteral("120 min"));
        QCOMPARE(c.local, QStringLiteral("90 min"));
        QCOMPARE(c.upstream, QStringLiteral("150 min"));
        QCOMPARE(c.sentence(QStringLiteral("fr")),
                 QStringLiteral("Atelier « Le courriel : lire, écrire et envoyer un message » : la durée a changé différemment des deux côtés."));
        QCOMPARE(merge.unresolvedCount(), 1);
        QVERIFY(!merge.result());

        QVERIFY(!merge.setChoice(QStringLiteral("module:nothing/duration"), MergeConflict::Choice::Local));
        QVERIFY(merge.setChoice(c.id, MergeConflict::Choice::Upstream));
        QCOMPARE(merge.unresolvedCount(), 0);
        Curriculum out = *merge.result();
        QCOMPARE(find(out.modules, courriel)->duration, 150);
        QCOMPARE(find(out.modules, courriel)->level, QStringLiteral("intermediaire"));  // upstream only: kept
        QVERIFY(merge.setChoice(c.id, MergeConflict::Choice::Local));
        out = *merge.result();
        QCOMPARE(find(out.modules, courriel)->duration, 90);
        QCOMPARE(find(out.modules, courriel)->level, QStringLiteral("intermediaire"));
    }

    void removedAndUntouchedIsRemoved()
    {
        Curriculum local = m_base, upstream = m_base;
        upstream.modules.removeIf([](const Module &m) { return m.id == QLatin1String("appel-video-famille"); });
        byId(local.modules, courriel).duration = 90;
        const CurriculumMerge merge(m_base, local, upstream);
        QCOMPARE(merge.conflicts().size(), 0);
        const Curriculum out = *merge.result();
        QVERIFY(!find(out.modules, "appel-video-famille"));
        QCOMPARE(out.modules.size(), 13);
    }

    void removedAndChangedIsAConflict()
    {
        Curriculum local = m_base, upstream = m_base;
        local.modules.removeIf([](const Module &m) { return m.id == QLatin1String("appel-video-famille"); });
        Module &changed = byId(upstream.modules, "appel-video-famille");
        changed.activities.first().title = QStringLiteral("Vrai ou faux : appeler en vidéo");
        CurriculumMerge merge(m_base, local, upstream);
        // One conflict: the module's activities follow it.
        QCOMPARE(merge.conflicts().size(), 1);
        const MergeConflict c = merge.conflicts().first();
        QCOMPARE(c.id, QStringLiteral("module:appel-video-famille"));
        QCOMPARE(c.kind, MergeConflict::Kind::Removed);
        QVERIFY(c.removedLocally);
        QCOMPARE(c.local, QString());
        QCOMPARE(c.upstream, QStringLiteral("Appeler sa famille en vidéo"));
        QCOMPARE(c.sentence(QStringLiteral("fr")),
                 QStringLiteral("Atelier « Appeler sa famille en vidéo » : supprimé localement, modifié par l'éditeur."));
        QCOMPARE(c.changes.size(), 1);
        QCOMPARE(c.changes.first().sentence(QStringLiteral("fr")),
                 QStringLiteral("Activité « Vrai ou faux : l'appel vidéo » renommée « Vrai ou faux : appeler en vidéo »."));

        merge.setChoice(c.id, MergeConflict::Choice::Local);
        QVERIFY(!find(merge.result()->modules, "appel-video-famille"));
        merge.setChoice(c.id, MergeConflict::Choice::Upstream);
        const Curriculum out = *merge.result();
        const Module *kept = find(out.modules, "appel-video-famille");
        QVERIFY(kept);
        QCOMPARE(kept->activities.size(), 4);
        QCOMPARE(kept->activities.first().title, QStringLiteral("Vrai ou faux : appeler en vidéo"));
    }

    void addedOnBothSidesGoAfterTheirPrecedingSibling()
    {
        Curriculum local = m_base, upstream = m_base;
        local.modules.insert(3, newModule(m_base.modules[2], "atelier-local", "Atelier du relais"));  // after courriel
        upstream.modules.insert(8, newModule(m_base.modules[2], "atelier-amont", "Atelier de l'éditeur"));  // after bilan-sortie-seniors
        Activity extra = m_base.modules[2].activities.first();
        extra.id = QStringLiteral("activite-locale");
        byId(local.modules, "cv-rediger").activities.prepend(extra);
        const CurriculumMerge merge(m_base, local, upstream);
        QCOMPARE(merge.conflicts().size(), 0);
        const Curriculum out = *merge.result();
        const QStringList order = ids(out.modules);
        QCOMPARE(order.indexOf(QStringLiteral("atelier-local")), order.indexOf(QLatin1String(courriel)) + 1);
        QCOMPARE(order.indexOf(QStringLiteral("atelier-amont")), order.indexOf(QStringLiteral("bilan-sortie-seniors")) + 1);
        QCOMPARE(out.modules.size(), 16);
        QCOMPARE(find(out.modules, "cv-rediger")->activities.first().id, QStringLiteral("activite-locale"));
    }

    void addedOnBothSidesWithTheSameIdDiffers()
    {
        Curriculum local = m_base, upstream = m_base;
        local.modules.append(newModule(m_base.modules[2], "pieces-jointes", "Les pièces jointes"));
        upstream.modules.append(newModule(m_base.modules[2], "pieces-jointes", "Joindre une photo"));
        const CurriculumMerge merge(m_base, local, upstream);
        QCOMPARE(merge.conflicts().size(), 1);
        const MergeConflict &c = merge.conflicts().first();
        QCOMPARE(c.id, QStringLiteral("module:pieces-jointes/title"));
        QCOMPARE(c.base, QString());
        QCOMPARE(c.local, QStringLiteral("Les pièces jointes"));
        QCOMPARE(c.upstream, QStringLiteral("Joindre une photo"));
    }

    void orders()
    {
        // Reordered on one side only: that order.
        Curriculum local = m_base, upstream = m_base;
        byId(local.modules, courriel).activities.move(0, 3);
        byId(upstream.modules, courriel).activities[1].title = QStringLiteral("Le bouton « Envoyer »");
        CurriculumMerge one(m_base, local, upstream);
        QCOMPARE(one.conflicts().size(), 0);
        const Curriculum out = *one.result();
        const Module &m = *find(out.modules, courriel);
        QCOMPARE(ids(m.activities), ids(byId(local.modules, courriel).activities));
        QCOMPARE(m.activities.first().title, QStringLiteral("Le bouton « Envoyer »"));

        // Reordered differently on both: a conflict.
        byId(upstream.modules, courriel).activities.move(3, 0);
        CurriculumMerge both(m_base, local, upstream);
        QCOMPARE(both.conflicts().size(), 1);
        const MergeConflict &c = both.conflicts().first();
        QCOMPARE(c.id, QStringLiteral("module:courriel-envoyer-message/activities/order"));
        QCOMPARE(c.kind, MergeConflict::Kind::Order);
        QCOMPARE(c.label(QStringLiteral("fr")), QStringLiteral("l'ordre des activités"));
        QVERIFY(c.upstream.startsWith(QStringLiteral("Les mots du courriel; ")));
        both.resolveAll(MergeConflict::Choice::Upstream);
        QCOMPARE(ids(find(both.result()->modules, courriel)->activities), ids(byId(upstream.modules, courriel).activities));
    }

    void activityMovedOnOneSideChangedOnTheOther()
    {
        Curriculum local = m_base, upstream = m_base;
        byId(local.modules, "arnaques-reperer").activities.append(byId(local.modules, courriel).activities.takeFirst());
        byId(upstream.modules, courriel).activities.first().title = QStringLiteral("Une adresse courriel, c'est quoi ?");
        const CurriculumMerge merge(m_base, local, upstream);
        QCOMPARE(merge.conflicts().size(), 0);
        const Curriculum out = *merge.result();
        QVERIFY(!find(out.modules, courriel)->activity(QStringLiteral("reconnaitre-adresse")));
        const Activity *moved = find(out.modules, "arnaques-reperer")->activity(QStringLiteral("reconnaitre-adresse"));
        QVERIFY(moved);
        QCOMPARE(moved->title, QStringLiteral("Une adresse courriel, c'est quoi ?"));
    }

    void versionAndChangelog()
    {
        Curriculum local = m_base, upstream = m_base;
        local.version = QStringLiteral("1.0.0+leers.2");
        local.changelog.prepend({QStringLiteral("1.0.0+leers.1"), QStringLiteral("2027-01-10"), {{QString(), QStringLiteral("Horaires de Leers.")}}});
        local.changelog.prepend({QStringLiteral("1.0.0+leers.2"), QStringLiteral("2027-02-10"), {{QString(), QStringLiteral("Adresse du CCAS.")}}});
        upstream.version = QStringLiteral("1.1.0");
        upstream.changelog.prepend({QStringLiteral("1.1.0"), QStringLiteral("2027-03-01"), {{QStringLiteral("added"), QStringLiteral("Un atelier.")}}});
        const CurriculumMerge merge(m_base, local, upstream);
        QCOMPARE(merge.resultVersion(), QStringLiteral("1.1.0+leers.1"));
        const Curriculum out = *merge.result();
        QCOMPARE(out.version, QStringLiteral("1.1.0+leers.1"));
        QStringList versions;
        for (const Release &r : out.changelog)
            versions << r.version;
        QCOMPARE(versions, (QStringList{"1.1.0+leers.1", "1.1.0", "1.0.0+leers.2", "1.0.0+leers.1", "1.0.0"}));
        QCOMPARE(out.changelog.first().changes.first().text,
                 QStringLiteral("Adaptations locales de la version 1.0.0+leers.2 reportées sur la version 1.1.0 de l'éditeur."));

        // Without a local suffix, upstream's version as it is.
        local.version = QStringLiteral("1.0.0");
        QCOMPARE(CurriculumMerge(m_base, local, upstream).resultVersion(), QStringLiteral("1.1.0"));
    }

    void cliMergesAndCopiesMediaFromEachSide()
    {
        const QString base = parcoursRelais();
        const QString local = side(QStringLiteral("local"), [](Curriculum &c, const QString &dir) {
            c.version = QStringLiteral("1.0.0+leers.1");
            c.changelog.prepend({c.version, QStringLiteral("2027-01-10"), {{QString(), QStringLiteral("Adaptation pour Leers.")}}});
            byId(c.modules, courriel).facilitatorNotes = richTextFromPlain(QStringLiteral("Au CCAS de Leers, la salle est au premier étage."));
            addPicture(c, dir, "plan-leers", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n");
            byId(c.modules, courriel).activities.first().media.append(QStringLiteral("plan-leers"));
        });
        const QString upstream = side(QStringLiteral("amont"), [](Curriculum &c, const QString &dir) {
            c.version = QStringLiteral("1.1.0");
            c.changelog.prepend({c.version, QStringLiteral("2027-03-01"), {{QStringLiteral("added"), QStringLiteral("Une image.")}}});
            addPicture(c, dir, "nouvelle-carte", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"/>\n");
            byId(c.modules, "cv-rediger").activities.first().media.append(QStringLiteral("nouvelle-carte"));
            byId(c.media, "plan-cv").alt = QStringLiteral("Un modèle de CV d'une page.");
        });
        QVERIFY(!local.isEmpty() && !upstream.isEmpty());
        // The upstream side as a pack: its media are read from it.
        const QString pack = path(QStringLiteral("amont.relais"));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("pack"), upstream, QStringLiteral("-o"), pack}).exitCode, 0);
        const QString out = path(QStringLiteral("fusion"));
        const TestUtil::Run r = merge({base, local, pack, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("Fusion écrite dans %1 : version 1.1.0+leers.1, 0 conflit(s) tranché(s).\n").arg(out));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("validate"), out}).exitCode, 0);
        QCOMPARE(TestUtil::readFile(out + QStringLiteral("/media/plan-leers.svg")), TestUtil::readFile(local + QStringLiteral("/media/plan-leers.svg")));
        QCOMPARE(TestUtil::readFile(out + QStringLiteral("/media/nouvelle-carte.svg")), TestUtil::readFile(upstream + QStringLiteral("/media/nouvelle-carte.svg")));
        QCOMPARE(TestUtil::readFile(out + QStringLiteral("/media/plan-cv.svg")), TestUtil::readFile(base + QStringLiteral("/media/plan-cv.svg")));
        const Curriculum merged = load(out);
        QCOMPARE(merged.version, QStringLiteral("1.1.0+leers.1"));
        QCOMPARE(merged.media.size(), 15);
        QCOMPARE(find(merged.media, "plan-cv")->alt, QStringLiteral("Un modèle de CV d'une page."));
        QCOMPARE(find(merged.modules, courriel)->activities.first().media, QStringList{QStringLiteral("plan-leers")});
        QCOMPARE(richTextPlain(find(merged.modules, courriel)->facilitatorNotes), QStringLiteral("Au CCAS de Leers, la salle est au premier étage."));
        // Nothing left beside the result.
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter(QStringLiteral(".merge-")).size(), 0);
    }

    void cliConflicts()
    {
        const QString local = side(QStringLiteral("local-conflit"), [](Curriculum &c, const QString &) { byId(c.modules, courriel).level = QStringLiteral("intermediaire"); });
        const QString upstream = side(QStringLiteral("amont-conflit"), [](Curriculum &c, const QString &) { byId(c.modules, courriel).level = QStringLiteral("confirme"); });
        const QString out = path(QStringLiteral("fusion-conflit"));
        TestUtil::Run r = merge({parcoursRelais(), local, upstream, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(r.out, QStringLiteral("1 conflit(s) à trancher ; rien n'a été écrit.\n\n"
                                       "[module:courriel-envoyer-message/level]\n"
                                       "  Atelier « Le courriel : lire, écrire et envoyer un message » : le niveau a changé différemment des deux côtés.\n"
                                       "    base      : debutant\n"
                                       "    local     : intermediaire\n"
                                       "    éditeur   : confirme\n\n"
                                       "Relancez avec --take <conflit>=local|upstream pour chaque conflit, ou --prefer local|upstream pour tous.\n"));

        r = merge({parcoursRelais(), local, upstream, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("written")).toBool(true), false);
        QCOMPARE(root.value(QStringLiteral("unresolved")).toInt(), 1);
        const QJsonObject c = root.value(QStringLiteral("conflicts")).toArray().first().toObject();
        QCOMPARE(c.value(QStringLiteral("id")).toString(), QStringLiteral("module:courriel-envoyer-message/level"));
        QCOMPARE(c.value(QStringLiteral("local")).toString(), QStringLiteral("intermediaire"));
        QCOMPARE(c.value(QStringLiteral("upstream")).toString(), QStringLiteral("confirme"));
        QCOMPARE(c.value(QStringLiteral("choice")).toString(), QStringLiteral("unresolved"));

        QCOMPARE(merge({parcoursRelais(), local, upstream, QStringLiteral("-o"), out, QStringLiteral("--take"), QStringLiteral("module:nothing=local")}).exitCode, 2);
        r = merge({parcoursRelais(), local, upstream, QStringLiteral("-o"), out, QStringLiteral("--take"),
                   QStringLiteral("module:courriel-envoyer-message/level=upstream")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(find(load(out).modules, courriel)->level, QStringLiteral("confirme"));

        const QString preferred = path(QStringLiteral("fusion-locale"));
        QCOMPARE(merge({parcoursRelais(), local, upstream, QStringLiteral("-o"), preferred, QStringLiteral("--prefer"), QStringLiteral("local")}).exitCode, 0);
        QCOMPARE(find(load(preferred).modules, courriel)->level, QStringLiteral("intermediaire"));
        // The target is never overwritten.
        r = merge({parcoursRelais(), local, upstream, QStringLiteral("-o"), preferred, QStringLiteral("--prefer"), QStringLiteral("local")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("[pack.target-exists]")));
    }

    void cliRefusesAnInvalidResult()
    {
        // Local drops a module; upstream adds a session that uses it.
        const QString local = side(QStringLiteral("local-sans-appel"), [](Curriculum &c, const QString &dir) {
            c.modules.removeIf([](const Module &m) { return m.id == QLatin1String("appel-video-famille"); });
            QFile::remove(dir + QStringLiteral("/modules/appel-video-famille.xml"));
            byId(byId(c.pathways, "numerique-au-quotidien-seniors").steps, "seance-5-appel-video").modules = QStringList{QStringLiteral("premiers-pas-ecrans")};
        });
        const QString upstream = side(QStringLiteral("amont-seance"), [](Curriculum &c, const QString &) {
            Step s;
            s.id = QStringLiteral("seance-6-famille");
            s.title = QStringLiteral("Séance 6 : encore la famille");
            s.modules = QStringList{QStringLiteral("appel-video-famille")};
            byId(c.pathways, "numerique-au-quotidien-seniors").steps.append(s);
        });
        QCOMPARE(TestUtil::runRelais({QStringLiteral("validate"), local}).exitCode, 0);
        const QString out = path(QStringLiteral("fusion-invalide"));
        const TestUtil::Run r = merge({parcoursRelais(), local, upstream, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("[merge.invalid]")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("[ref.module]")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(QDir(m_tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).filter(QStringLiteral(".merge-")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
