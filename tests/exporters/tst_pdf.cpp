// The PDF exporters, handout and guide, through the real `relais` command and
// read back by poppler (pdfinfo, pdftotext): A4 pages, the titles of the
// scope, answer keys in the guide and never in the handout, large print, a
// table of contents whose numbers are the pages, the same bytes twice, and
// author text that stays text.
#include "../testutil.h"
#include "recordingmonitor.h"

#include <exportrunner.h>
#include <payloadcodec.h>
#include <pluginregistry.h>
#include <validator.h>

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Relais;

namespace {

QString output(const QString &program, const QStringList &args)
{
    const TestUtil::Run r = TestUtil::run(program, args);
    return r.exitCode == 0 ? r.out : QString();
}

// Text as pdftotext gives it back: whitespace collapsed, and no hyphens, as
// poppler joins a word cut after its hyphen at the end of a line and drops
// the hyphen ("vous-" "même" gives "vousmême").
QString normalized(const QString &text)
{
    return text.simplified().remove(QLatin1Char('-'));
}

// The text of each page, normalized.
QStringList pages(const QString &pdf)
{
    QStringList out = output(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")})
                          .split(QLatin1Char('\f'));
    if (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    for (QString &page : out)
        page = normalized(page);
    return out;
}

struct Word
{
    QRectF box;
    QString text;
};

// pdftotext -bbox: every word of a page with its box, in points.
QList<Word> words(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-bbox"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    const QString html = output(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Word> out;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
        QString text = m.captured(5);
        text.replace(QLatin1String("&apos;"), QLatin1String("'")).replace(QLatin1String("&quot;"), QLatin1String("\""));
        text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
        out.append({QRectF(topLeft, bottomRight), text.replace(QLatin1String("&amp;"), QLatin1String("&"))});
    }
    return out;
}

} // namespace

class TestPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_source;
    PluginRegistry m_registry;
    std::optional<Validator::Report> m_report;
    int m_n = 0;

    const Curriculum &curriculum() const { return *m_report->curriculum; }
    QString fresh(const QString &name) { return m_tmp.filePath(QStringLiteral("%1-%2.pdf").arg(++m_n).arg(name)); }

    // Runs `relais export`; the PDF's path, or empty (with the command's words) on failure.
    QString exportPdf(const QString &format, const QString &scope, const QString &id, const QStringList &options = {},
                      const QString &source = {})
    {
        const QString out = fresh(format);
        QStringList args{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("export"),
                         source.isEmpty() ? m_source : source, QStringLiteral("--format"), format, QStringLiteral("-o"), out};
        if (!scope.isEmpty())
            args << QStringLiteral("--") + scope << id;
        for (const QString &o : options)
            args << QStringLiteral("--option") << o;
        const TestUtil::Run r = TestUtil::runRelais(args, {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}});
        if (r.exitCode != 0) {
            qWarning().noquote() << r.err;
            return {};
        }
        return out;
    }

    QList<const Module *> scopeModules(const QString &scope, const QString &id) const
    {
        ExportScope s;
        ExportScope::make(curriculum(), scope == QLatin1String("pathway") ? id : QString(),
                          scope == QLatin1String("module") ? id : QString(), s);
        return s.modules();
    }

    // What only an answer key prints: the feedback of choices and zones and
    // the explanations of statements, long enough not to be found by chance.
    QStringList answerMarkers(const QList<const Module *> &modules) const
    {
        QStringList out;
        for (const Module *m : modules) {
            for (const Activity &a : m->activities) {
                const PluginInfo *type = m_registry.exerciseType(a.type);
                if (!type || !a.payload)
                    continue;
                const QVariantMap payload = PayloadCodec::read(*a.payload, type->fields);
                for (const char *list : {"choices", "zones", "statements"})
                    for (const QVariant &item : payload.value(QLatin1String(list)).toList())
                        for (const char *key : {"feedback", "explanation"}) {
                            const QString text = normalized(item.toMap().value(QLatin1String(key)).toString());
                            if (text.size() >= 30)
                                out << text;
                        }
            }
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"pdfinfo", "pdftotext", "qpdf"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL("poppler-utils and qpdf are needed (scripts/deps.sh installs them)");
        QVERIFY(m_tmp.isValid());
        m_source = m_tmp.filePath(QStringLiteral("source"));
        QVERIFY(TestUtil::copyTree(TestUtil::curriculaDir() + QStringLiteral("/parcours-relais"), m_source));
        m_registry.scan(TestUtil::builtPluginFolders());
        QVERIFY(m_registry.exporter(QStringLiteral("handout")));
        QVERIFY(m_registry.exporter(QStringLiteral("guide")));
        Diagnostics diags;
        const FileSet files = FileSet::fromFolder(m_source, diags);
        m_report = Validator(&m_registry).validate(files);
        QVERIFY(m_report->curriculum);
    }

    void a4PagesWithTheTitles_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("title");
        for (const char *format : {"handout", "guide"}) {
            QTest::addRow("%s module", format) << format << "module" << "arnaques-reperer" << "Repérer les arnaques";
            QTest::addRow("%s pathway seniors", format) << format << "pathway" << "numerique-au-quotidien-seniors"
                                                        << "Le numérique au quotidien : parcours seniors";
            QTest::addRow("%s pathway jeunes", format) << format << "pathway" << "emploi-numerique-jeunes"
                                                       << "Le numérique pour l'emploi";
            QTest::addRow("%s curriculum", format) << format << "" << "" << "Parcours Relais numériques";
        }
    }

    void a4PagesWithTheTitles()
    {
        QFETCH(QString, format);
        QFETCH(QString, scope);
        QFETCH(QString, id);
        QFETCH(QString, title);
        const QString pdf = exportPdf(format, scope, id);
        QVERIFY(!pdf.isEmpty());

        const QString info = output(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                                 QStringLiteral("9999"), pdf});
        const QList<const Module *> modules = scope.isEmpty() ? [this] {
            QList<const Module *> all;
            for (const Module &m : curriculum().modules)
                all << &m;
            return all;
        }() : scopeModules(scope, id);
        const int count = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        // Each module starts a page and none takes a dozen.
        QVERIFY2(count >= modules.size() && count <= 12 * modules.size() + 2, qPrintable(info));
        static const QRegularExpression size(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"));
        int sized = 0;
        for (auto it = size.globalMatch(info); it.hasNext(); ++sized) {
            const QRegularExpressionMatch m = it.next();
            QVERIFY2(qAbs(m.captured(1).toDouble() - 595.28) < 1 && qAbs(m.captured(2).toDouble() - 841.89) < 1, qPrintable(m.captured()));
        }
        QCOMPARE(sized, count);
        QVERIFY2(QRegularExpression(QStringLiteral("Title:\\s+[^\\n]*") + QRegularExpression::escape(title)).match(info).hasMatch(),
                 qPrintable(info));

        const QString text = pages(pdf).join(QLatin1Char(' '));
        for (const Module *m : modules) {
            QVERIFY2(text.contains(normalized(m->title)), qPrintable(m->title));
            for (const Activity &a : m->activities)
                QVERIFY2(text.contains(normalized(a.title)), qPrintable(a.title));
        }
    }

    void answerKeysOnlyInTheGuide_data()
    {
        QTest::addColumn<QString>("pathway");
        QTest::newRow("seniors") << "numerique-au-quotidien-seniors";
        QTest::newRow("jeunes") << "emploi-numerique-jeunes";
    }

    void answerKeysOnlyInTheGuide()
    {
        QFETCH(QString, pathway);
        const QStringList markers = answerMarkers(scopeModules(QStringLiteral("pathway"), pathway));
        QVERIFY(markers.size() >= 5);
        const QString guide = pages(exportPdf(QStringLiteral("guide"), QStringLiteral("pathway"), pathway)).join(QLatin1Char(' '));
        const QString handout = pages(exportPdf(QStringLiteral("handout"), QStringLiteral("pathway"), pathway)).join(QLatin1Char(' '));
        QVERIFY(!guide.isEmpty() && !handout.isEmpty());
        for (const QString &marker : markers) {
            QVERIFY2(guide.contains(marker), qPrintable(marker));
            QVERIFY2(!handout.contains(marker), qPrintable(marker));
        }
        // The ordering exercises' solution and the ticked boxes of the key.
        QVERIFY(guide.contains(QStringLiteral("Le bon ordre :")));
        QVERIFY(!handout.contains(QStringLiteral("Le bon ordre :")));
        QVERIFY(guide.contains(QStringLiteral("☑")));
        QVERIFY(!handout.contains(QStringLiteral("☑")));
    }

    void handoutInLargePrint()
    {
        // poppler's word box is the font's ascent and descent: 1.16 times the
        // size for DejaVu Sans, a little less for most sans-serif fonts.
        const qreal minimum = 14 * 1.1;
        const QList<Word> handout = words(exportPdf(QStringLiteral("handout"), QStringLiteral("pathway"),
                                                    QStringLiteral("numerique-au-quotidien-seniors")));
        QVERIFY(handout.size() > 1000);
        for (const Word &w : handout)
            QVERIFY2(w.box.height() >= minimum, qPrintable(QStringLiteral("%1: %2").arg(w.text).arg(w.box.height())));
        // The measure tells: the guide's 12-point text is below it.
        const QList<Word> guide = words(exportPdf(QStringLiteral("guide"), QStringLiteral("module"), QStringLiteral("arnaques-reperer")));
        const qsizetype small = std::count_if(guide.cbegin(), guide.cend(), [minimum](const Word &w) { return w.box.height() < minimum; });
        QVERIFY(small > guide.size() / 2);
        // A larger size on request.
        const QList<Word> larger = words(exportPdf(QStringLiteral("handout"), QStringLiteral("module"), QStringLiteral("arnaques-reperer"),
                                                   {QStringLiteral("fontSize=20")}));
        const qsizetype big = std::count_if(larger.cbegin(), larger.cend(), [](const Word &w) { return w.box.height() >= 20 * 1.1; });
        QVERIFY(big > larger.size() / 2);
    }

    void contentsGiveTheRealPages_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("pathway");
        QTest::newRow("guide seniors") << "guide" << "numerique-au-quotidien-seniors";
        QTest::newRow("guide jeunes") << "guide" << "emploi-numerique-jeunes";
        QTest::newRow("handout seniors") << "handout" << "numerique-au-quotidien-seniors";
    }

    void contentsGiveTheRealPages()
    {
        QFETCH(QString, format);
        QFETCH(QString, pathway);
        const QString pdf = exportPdf(format, QStringLiteral("pathway"), pathway);
        const QStringList text = pages(pdf);
        QVERIFY(text.size() > 5);
        const int contentsPage = format == QLatin1String("guide") ? 2 : 1;
        QList<Word> contents = words(pdf, contentsPage);
        if (!text.value(contentsPage).contains(QLatin1String("Sommaire")))  // the contents may go on
            contents += words(pdf, contentsPage + 1);
        QVERIFY(text.value(contentsPage - 1).contains(QLatin1String("Sommaire")));
        for (const Module *m : scopeModules(QStringLiteral("pathway"), pathway)) {
            // The title's first words in the contents, and the number on their row.
            const QStringList titleWords = m->title.simplified().split(QLatin1Char(' '));
            int page = 0;
            for (qsizetype i = 0; i + 2 < contents.size() && page == 0; ++i) {
                if (contents[i].text != titleWords[0] || contents[i + 1].text != titleWords[1] || contents[i + 2].text != titleWords[2])
                    continue;
                for (const Word &w : std::as_const(contents))
                    if (w.box.left() > 440 && qAbs(w.box.top() - contents[i].box.top()) < 3 && w.text.toInt() > 0)
                        page = w.text.toInt();
            }
            QVERIFY2(page > contentsPage, qPrintable(m->title));
            // That page opens the module: its running header is the title (perhaps shortened) and it shows the title.
            const QString opening = text.value(page - 1);
            const QString title = normalized(m->title);
            QVERIFY2(opening.contains(title), qPrintable(QStringLiteral("%1 on page %2").arg(m->title).arg(page)));
            QString header = opening.left(opening.indexOf(title)).trimmed();
            if (header.endsWith(QChar(0x2026)))
                header.chop(1);
            QVERIFY2(header.isEmpty() || title.startsWith(header),
                     qPrintable(QStringLiteral("%1 on page %2: %3").arg(m->title).arg(page).arg(opening.left(200))));
            QVERIFY2(!text.value(page - 2).startsWith(title.left(20)),
                     qPrintable(QStringLiteral("%1 starts before page %2").arg(m->title).arg(page)));
        }
    }

    void sameInputSameBytes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("handout") << "handout";
        QTest::newRow("guide") << "guide";
    }

    void sameInputSameBytes()
    {
        QFETCH(QString, format);
        const QByteArray first = TestUtil::readFile(exportPdf(format, QStringLiteral("pathway"), QStringLiteral("emploi-numerique-jeunes")));
        const QByteArray second = TestUtil::readFile(exportPdf(format, QStringLiteral("pathway"), QStringLiteral("emploi-numerique-jeunes")));
        QVERIFY(first.startsWith("%PDF-"));
        QVERIFY(first == second);
        // Dated by the curriculum's release, not by the clock; qpdf finds
        // the cross-references right after that rewrite.
        QVERIFY(first.contains("/CreationDate (D:20261126120000Z)"));
        const QString path = fresh(QStringLiteral("check"));
        QVERIFY(TestUtil::writeFile(path, first));
        const TestUtil::Run qpdf = TestUtil::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
        QVERIFY2(qpdf.exitCode == 0, qPrintable(qpdf.out));
    }

    void authorTextStaysText_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("handout") << "handout";
        QTest::newRow("guide") << "guide";
    }

    void authorTextStaysText()
    {
        QFETCH(QString, format);
        const QString source = m_tmp.filePath(QStringLiteral("injected"));
        if (!QFileInfo::exists(source)) {
            QVERIFY(TestUtil::copyTree(m_source, source));
            const QString file = source + QStringLiteral("/modules/arnaques-reperer.xml");
            QByteArray xml = TestUtil::readFile(file);
            const auto inject = [&xml](const QByteArray &from, const QByteArray &to) {
                QVERIFY(xml.contains(from));
                xml.replace(from, to);
            };
            inject("<title>Le faux conseiller bancaire</title>",
                   "<title>Le faux &lt;b&gt;conseiller&lt;/b&gt; &lt;script&gt;alert(1)&lt;/script&gt;</title>");
            inject("<text>Je rappelle le numéro qui vient de m'appeler.</text>",
                   "<text>&lt;img src=&quot;x&quot; onerror=&quot;alert(2)&quot;&gt; javascript:alert(3)</text>");
            inject("<p>Lisez la situation et choisissez la bonne réaction.</p>",
                   "<p>Lisez &lt;i&gt;la situation&lt;/i&gt; <strong>ici</strong>.</p>");
            QVERIFY(TestUtil::writeFile(file, xml));
        }
        const QString pdf = exportPdf(format, QStringLiteral("module"), QStringLiteral("arnaques-reperer"), {}, source);
        QVERIFY(!pdf.isEmpty());
        const QString text = pages(pdf).join(QLatin1Char(' '));
        QVERIFY2(text.contains(QStringLiteral("Le faux <b>conseiller</b> <script>alert(1)</script>")), qPrintable(text.left(3000)));
        QVERIFY(text.contains(QStringLiteral("<img src=\"x\" onerror=\"alert(2)\"> javascript:alert(3)")));
        QVERIFY(text.contains(QStringLiteral("Lisez <i>la situation</i> ici.")));
    }

    void progressAndCancel()
    {
        ExportRunner::Job job;
        job.format = QStringLiteral("handout");
        job.pathway = QStringLiteral("numerique-au-quotidien-seniors");
        job.output = m_tmp.filePath(QStringLiteral("runner.pdf"));
        RecordingMonitor monitor;
        ExportRunner::Result r = ExportRunner::run(m_source, job, monitor, m_registry);
        QVERIFY(r.ok());
        // At least a step per module.
        QVERIFY(monitor.calls >= scopeModules(QStringLiteral("pathway"), job.pathway).size());

        job.output = m_tmp.filePath(QStringLiteral("cancelled.pdf"));
        RecordingMonitor cancelling;
        cancelling.cancelAfter = 2;
        r = ExportRunner::run(m_source, job, cancelling, m_registry);
        QCOMPARE(r.status, ExportRunner::Result::Status::Cancelled);
        QCOMPARE(cancelling.calls, 3);
        QVERIFY(!QFileInfo::exists(job.output));
    }
};

QTEST_MAIN(TestPdf)
#include "tst_pdf.moc"
