// The question banks (moodlexml, gift) exported by the real `relais` and read
// as Moodle reads them: xmllint for well-formedness, then the structure that
// qformat_xml's importer walks (question types, the fields it reads for each,
// grades from Moodle's list, Cloze gaps cut with the importer's own regular
// expression, embedded files), with what to expect read by this test from the
// curriculum's XML files, not from the exporter.
#include "../testutil.h"
#include "recordingmonitor.h"

#include <exportrunner.h>
#include <pluginregistry.h>

#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Relais;

namespace {

// An element tree, enough to walk a file as Moodle's xmlize() array is walked.
struct Node
{
    QString name;
    QMap<QString, QString> attributes;
    QString text;
    QList<Node> children;

    const Node *child(const QString &n) const
    {
        for (const Node &c : children)
            if (c.name == n)
                return &c;
        return nullptr;
    }
    QList<const Node *> all(const QString &n) const
    {
        QList<const Node *> out;
        for (const Node &c : children)
            if (c.name == n)
                out << &c;
        return out;
    }
    // Every descendant of that name, depth first.
    void find(const QString &n, QList<const Node *> &out) const
    {
        for (const Node &c : children) {
            if (c.name == n)
                out << &c;
            c.find(n, out);
        }
    }
    // <n><text>…</text></n>
    QString textOf(const QString &n) const
    {
        const Node *c = child(n);
        const Node *t = c ? c->child(QStringLiteral("text")) : nullptr;
        return t ? t->text : QString();
    }
};

bool parse(const QByteArray &xml, Node &root)
{
    QXmlStreamReader reader(xml);
    QList<Node *> stack;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            Node n;
            n.name = reader.name().toString();
            for (const QXmlStreamAttribute &a : reader.attributes())
                n.attributes.insert(a.name().toString(), a.value().toString());
            if (stack.isEmpty()) {
                root = n;
                stack << &root;
            } else {
                stack.last()->children << n;
                stack << &stack.last()->children.last();
            }
        } else if (reader.isEndElement()) {
            stack.removeLast();
        } else if (reader.isCharacters() && !stack.isEmpty()) {
            stack.last()->text += reader.text();
        }
    }
    return !reader.hasError();
}

// PHP's html_entity_decode() for what the exporters write.
QString decodeEntities(const QString &html)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += html.mid(last, m.capturedStart() - last);
        const QString e = m.captured(1);
        if (e.startsWith(QLatin1String("#x")))
            out += QChar(e.mid(2).toUInt(nullptr, 16));
        else if (e.startsWith(QLatin1Char('#')))
            out += QChar(e.mid(1).toUInt());
        else
            out += QHash<QString, QString>{{QStringLiteral("amp"), QStringLiteral("&")}, {QStringLiteral("lt"), QStringLiteral("<")},
                                           {QStringLiteral("gt"), QStringLiteral(">")}, {QStringLiteral("quot"), QStringLiteral("\"")},
                                           {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QStringLiteral("\u00a0")}}
                       .value(e);
        last = m.capturedEnd();
    }
    return out + html.mid(last);
}

// What the curriculum holds, read from its files by the test.
struct SourceActivity
{
    QString id, type, title;
    int statements = 0, pairs = 0, steps = 0;
    QList<QStringList> gaps;  // each gap's answers
    bool choice = true;
    QStringList offered;  // choice mode: each gap's first answer once, then the extra words
    int rightAnswers = 0;
    bool multiple = false;
};
struct SourceModule
{
    QString id, title;
    QList<SourceActivity> activities;
};
struct SourceCurriculum
{
    QString title;
    QList<QPair<QString, QStringList>> pathways;  // title, module ids in learner order
    QStringList modules;                          // every module, in curriculum.xml's order
    QMap<QString, SourceModule> byId;
};

Node readXml(const QString &path)
{
    Node n;
    parse(TestUtil::readFile(path), n);
    return n;
}

SourceCurriculum readCurriculum(const QString &folder)
{
    SourceCurriculum c;
    const Node root = readXml(folder + QStringLiteral("/curriculum.xml"));
    c.title = root.child(QStringLiteral("title"))->text.simplified();
    for (const Node *m : root.child(QStringLiteral("modules"))->all(QStringLiteral("module")))
        c.modules << m->attributes.value(QStringLiteral("ref"));
    for (const Node *p : root.child(QStringLiteral("pathways"))->all(QStringLiteral("pathway"))) {
        const Node pathway = readXml(folder + QStringLiteral("/pathways/%1.xml").arg(p->attributes.value(QStringLiteral("ref"))));
        QStringList ids;
        const auto add = [&ids](const Node *n) {
            const QString ref = n ? n->attributes.value(QStringLiteral("ref")) : QString();
            if (!ref.isEmpty() && !ids.contains(ref))
                ids << ref;
        };
        add(pathway.child(QStringLiteral("entryDiagnostic")));
        QList<const Node *> refs;
        if (const Node *steps = pathway.child(QStringLiteral("steps")))
            steps->find(QStringLiteral("module"), refs);
        for (const Node *r : refs)
            add(r);
        add(pathway.child(QStringLiteral("exitAssessment")));
        c.pathways.append({pathway.child(QStringLiteral("title"))->text.simplified(), ids});
    }
    static const QRegularExpression gap(QStringLiteral("\\[\\[(.*?)\\]\\]"));
    for (const QString &id : std::as_const(c.modules)) {
        const Node root = readXml(folder + QStringLiteral("/modules/%1.xml").arg(id));
        SourceModule m{id, root.child(QStringLiteral("title"))->text.simplified(), {}};
        for (const Node *a : root.child(QStringLiteral("activities"))->all(QStringLiteral("activity"))) {
            SourceActivity activity;
            activity.id = a->attributes.value(QStringLiteral("id"));
            activity.type = a->attributes.value(QStringLiteral("type"));
            activity.title = a->child(QStringLiteral("title"))->text.simplified();
            const Node *payload = a->child(QStringLiteral("payload"));
            const Node *body = payload && !payload->children.isEmpty() ? &payload->children.first() : nullptr;
            if (body) {
                QList<const Node *> found;
                body->find(QStringLiteral("statement"), found);
                activity.statements = int(found.size());
                found.clear();
                body->find(QStringLiteral("pair"), found);
                activity.pairs = int(found.size());
                found.clear();
                body->find(QStringLiteral("step"), found);
                activity.steps = int(found.size());
                found.clear();
                body->find(QStringLiteral("choice"), found);
                for (const Node *choice : std::as_const(found))
                    activity.rightAnswers += choice->attributes.value(QStringLiteral("correct")) == QLatin1String("true") ? 1 : 0;
                activity.multiple = body->attributes.value(QStringLiteral("multiple")) == QLatin1String("true");
                activity.choice = body->attributes.value(QStringLiteral("mode"), QStringLiteral("choice")) != QLatin1String("typed");
                if (activity.type == QLatin1String("fillblanks")) {
                    for (auto it = gap.globalMatch(body->child(QStringLiteral("text"))->text); it.hasNext();) {
                        QStringList answers = it.next().captured(1).split(QLatin1Char('|'));
                        for (QString &s : answers)
                            s = s.simplified();
                        activity.gaps << answers;
                        if (!activity.offered.contains(answers.first()))
                            activity.offered << answers.first();
                    }
                    found.clear();
                    body->find(QStringLiteral("distractor"), found);
                    for (const Node *d : std::as_const(found))
                        if (!activity.offered.contains(d->text.trimmed()))
                            activity.offered << d->text.trimmed();
                }
            }
            m.activities << activity;
        }
        c.byId.insert(id, m);
    }
    return c;
}

// The Moodle question types an activity becomes, by the rules the issue sets.
QStringList moodleTypes(const SourceActivity &a, bool orderingAsMatching = false)
{
    if (a.type == QLatin1String("mcq"))
        return {QStringLiteral("multichoice")};
    if (a.type == QLatin1String("truefalse"))
        return QStringList(a.statements, QStringLiteral("truefalse"));
    if (a.type == QLatin1String("matching") && a.pairs >= 3)
        return {QStringLiteral("matching")};
    if (a.type == QLatin1String("ordering"))
        return {!orderingAsMatching ? QStringLiteral("ordering") : a.steps >= 3 ? QStringLiteral("matching") : QString()};
    if (a.type == QLatin1String("fillblanks"))
        return {QStringLiteral("cloze")};
    return {};
}

QString xmlText(const QString &text)
{
    return QString(text).replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('<'), QLatin1String("&lt;"))
        .replace(QLatin1Char('>'), QLatin1String("&gt;"));
}

// Category path, names escaped as HTML (Moodle shows names through
// format_string()) and as Moodle's assemble_category_path() does.
QString categoryPath(const QStringList &names)
{
    QStringList escaped;
    for (const QString &n : names)
        escaped << xmlText(n).replace(QLatin1Char('/'), QLatin1String("//"));
    return QStringLiteral("$course$/top/") + escaped.join(QLatin1Char('/'));
}

// The expected sequence of <question> elements: "category:<path>" and "<type>:<name>".
QStringList expectedQuestions(const SourceCurriculum &c, const QString &pathway, const QString &module, bool orderingAsMatching = false)
{
    QList<QPair<QStringList, QStringList>> units;  // category names above the module, module ids
    if (!module.isEmpty()) {
        units.append({{c.title}, {module}});
    } else {
        QSet<QString> used;
        for (qsizetype i = 0; i < c.pathways.size(); ++i) {
            const auto &p = c.pathways[i];
            for (const QString &m : p.second)
                used.insert(m);
            if (pathway.isEmpty() || pathway == QString::number(i))
                units.append({{c.title, p.first}, p.second});
        }
        QStringList rest;
        for (const QString &m : c.modules)
            if (!used.contains(m))
                rest << m;
        if (pathway.isEmpty() && !rest.isEmpty())
            units.append({{c.title}, rest});
    }
    QStringList out;
    for (const auto &unit : std::as_const(units)) {
        for (const QString &id : unit.second) {
            const SourceModule &m = c.byId[id];
            QStringList questions;
            for (const SourceActivity &a : m.activities) {
                const QStringList types = moodleTypes(a, orderingAsMatching);
                for (qsizetype i = 0; i < types.size(); ++i)
                    if (!types[i].isEmpty())
                        questions << types[i] + QLatin1Char(':')
                                         + xmlText(types.size() > 1 ? QStringLiteral("%1 (%2/%3)").arg(a.title).arg(i + 1).arg(types.size()) : a.title);
            }
            if (!questions.isEmpty())
                out << QStringLiteral("category:") + categoryPath(unit.first + QStringList{m.title}) << questions;
        }
    }
    return out;
}

// Moodle's grade list (question_bank::fraction_options_full()), in percent.
bool allowedFraction(const QString &value)
{
    static const QStringList grades{QStringLiteral("100"), QStringLiteral("90"), QStringLiteral("83.33333"), QStringLiteral("80"),
                                    QStringLiteral("75"), QStringLiteral("70"), QStringLiteral("66.66667"), QStringLiteral("60"),
                                    QStringLiteral("50"), QStringLiteral("40"), QStringLiteral("33.33333"), QStringLiteral("30"),
                                    QStringLiteral("25"), QStringLiteral("20"), QStringLiteral("16.66667"), QStringLiteral("14.28571"),
                                    QStringLiteral("12.5"), QStringLiteral("11.11111"), QStringLiteral("10"), QStringLiteral("5"),
                                    QStringLiteral("0")};
    return grades.contains(value.startsWith(QLatin1Char('-')) ? value.mid(1) : value);
}

// A Cloze gap as qtype_multianswer reads it.
struct Gap
{
    QString type;
    QList<QPair<double, QString>> answers;  // fraction, answer after html_entity_decode and unescaping
};

// qtype_multianswer_extract_question(): the importer's regular expressions,
// copied from question/type/multianswer/questiontype.php.
QList<Gap> clozeGaps(QString text, QString *rest)
{
    const QString fraction = QStringLiteral("=|%(-?[0-9]+(?:[.,][0-9]*)?)%");
    const QString answer = QStringLiteral(".+?(?<!\\\\|&|&amp;)(?=[~#}]|$)");
    const QString feedback = QStringLiteral(".*?(?<!\\\\)(?=[~}]|$)");
    const QString alternative = QStringLiteral("(%1)?(%2)(#(%3))?").arg(fraction, answer, feedback);
    const QString types = QStringLiteral(
        "(NUMERICAL|NM)|(MULTICHOICE|MC)|(MULTICHOICE_V|MCV)|(MULTICHOICE_H|MCH)|(SHORTANSWER|SA|MW)|(SHORTANSWER_C|SAC|MWC)|"
        "(MULTICHOICE_S|MCS)|(MULTICHOICE_VS|MCVS)|(MULTICHOICE_HS|MCHS)|(MULTIRESPONSE|MR)|(MULTIRESPONSE_H|MRH)|"
        "(MULTIRESPONSE_S|MRS)|(MULTIRESPONSE_HS|MRHS)");
    const QRegularExpression gapRe(QStringLiteral("\\{([0-9]*):(%1):(%2(~%2)*)\\}").arg(types, alternative),
                                   QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpression altRe(QStringLiteral("~?") + alternative, QRegularExpression::DotMatchesEverythingOption);
    QList<Gap> gaps;
    for (int position = 1;; ++position) {
        const QRegularExpressionMatch m = gapRe.match(text);
        if (!m.hasMatch())
            break;
        Gap gap;
        gap.type = m.captured(2);
        QString remaining = m.captured(16);
        for (QRegularExpressionMatch alt = altRe.match(remaining); alt.hasMatch() && !remaining.isEmpty(); alt = altRe.match(remaining)) {
            const double f = alt.captured(1) == QLatin1String("=") ? 1.0 : alt.captured(2).isEmpty() ? 0.0 : alt.captured(2).toDouble() / 100;
            const QString a = decodeEntities(alt.captured(3)).replace(QLatin1String("\\}"), QLatin1String("}")).replace(QLatin1String("\\#"), QLatin1String("#"));
            gap.answers.append({f, a});
            remaining = remaining.mid(alt.capturedEnd());
        }
        gaps << gap;
        text.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("{#%1}").arg(position));
    }
    if (rest)
        *rest = text;
    return gaps;
}

} // namespace

class TestQuestionBank : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_source;
    SourceCurriculum m_curriculum;
    int m_n = 0;

    QString fresh(const QString &extension) { return m_tmp.filePath(QStringLiteral("t%1.%2").arg(++m_n).arg(extension)); }

    // Exports, checks xmllint finds the file well-formed, and reads it.
    Node exportXml(const QString &source, const QStringList &extra, TestUtil::Run *run = nullptr)
    {
        const QString out = fresh(QStringLiteral("xml"));
        const TestUtil::Run r = TestUtil::runRelais(QStringList{QStringLiteral("export"), source, QStringLiteral("--format"), QStringLiteral("moodlexml"),
                                         QStringLiteral("-o"), out}
                             + extra);
        if (run)
            *run = r;
        if (r.exitCode != 0)
            qWarning().noquote() << r.err;
        const TestUtil::Run lint = TestUtil::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), out});
        if (lint.exitCode != 0)
            qWarning().noquote() << "xmllint:" << lint.err;
        Node root;
        if (lint.exitCode != 0 || !parse(TestUtil::readFile(out), root))
            return {};
        return root;
    }

    // Every question element as "category:<path>" or "<type>:<name>".
    static QStringList sequence(const Node &quiz)
    {
        QStringList out;
        for (const Node *q : quiz.all(QStringLiteral("question"))) {
            const QString type = q->attributes.value(QStringLiteral("type"));
            out << type + QLatin1Char(':')
                       + (type == QLatin1String("category") ? q->textOf(QStringLiteral("category")) : q->textOf(QStringLiteral("name")));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(RELAIS_CLI)), RELAIS_CLI);
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty(), "xmllint (libxml2-utils) is needed");
        m_source = TestUtil::curriculaDir() + QStringLiteral("/parcours-relais");
        m_curriculum = readCurriculum(m_source);
        QVERIFY(!m_curriculum.pathways.isEmpty());
        QVERIFY(m_curriculum.modules.size() > 3);
        const TestUtil::Run plugins = TestUtil::runRelais({QStringLiteral("plugins")});
        QVERIFY2(plugins.out.contains(QLatin1String("moodlexml")) && plugins.out.contains(QLatin1String("gift")), qPrintable(plugins.out));
    }

    void moodleXml_data()
    {
        QTest::addColumn<QString>("pathway");  // its index in curriculum.xml
        QTest::addColumn<QString>("module");
        QTest::newRow("curriculum") << QString() << QString();
        QTest::newRow("first pathway") << QStringLiteral("0") << QString();
        QTest::newRow("second pathway") << QStringLiteral("1") << QString();
        QTest::newRow("module with pictures") << QString() << QStringLiteral("premiers-pas-ecrans");
        QTest::newRow("module with typed gaps") << QString() << QStringLiteral("demarches-en-ligne-jeunes");
    }

    // The questions Moodle would import, in order, each with what its importer reads.
    void moodleXml()
    {
        QFETCH(QString, pathway);
        QFETCH(QString, module);
        QStringList args;
        if (!pathway.isEmpty()) {
            const Node root = readXml(m_source + QStringLiteral("/curriculum.xml"));
            args << QStringLiteral("--pathway")
                 << root.child(QStringLiteral("pathways"))->all(QStringLiteral("pathway")).value(pathway.toInt())->attributes.value(QStringLiteral("ref"));
        }
        if (!module.isEmpty())
            args << QStringLiteral("--module") << module;
        const Node quiz = exportXml(m_source, args);
        QCOMPARE(quiz.name, QStringLiteral("quiz"));
        QCOMPARE(sequence(quiz), expectedQuestions(m_curriculum, pathway, module));

        // The activities of the category's module by name, to compare their content.
        QHash<QString, SourceActivity> activities;
        for (const Node *q : quiz.all(QStringLiteral("question"))) {
            const QString type = q->attributes.value(QStringLiteral("type"));
            if (type == QLatin1String("category")) {
                activities.clear();
                const QString path = q->textOf(QStringLiteral("category"));
                for (const SourceModule &m : std::as_const(m_curriculum.byId))
                    if (path.endsWith(QLatin1Char('/') + xmlText(m.title).replace(QLatin1Char('/'), QLatin1String("//"))))
                        for (const SourceActivity &a : m.activities)
                            activities.insert(xmlText(a.title), a);
                QVERIFY2(!activities.isEmpty(), qPrintable(path));
                continue;
            }
            const QString name = q->textOf(QStringLiteral("name"));
            QVERIFY2(!name.isEmpty(), qPrintable(type));
            const Node *text = q->child(QStringLiteral("questiontext"));
            QVERIFY2(text && text->attributes.value(QStringLiteral("format")) == QLatin1String("html"), qPrintable(name));
            QVERIFY2(!q->textOf(QStringLiteral("questiontext")).isEmpty(), qPrintable(name));
            const QList<const Node *> answers = q->all(QStringLiteral("answer"));
            if (type == QLatin1String("multichoice")) {
                const SourceActivity a = activities.value(name);
                QCOMPARE(q->child(QStringLiteral("single"))->text, a.multiple ? QStringLiteral("false") : QStringLiteral("true"));
                QVERIFY(q->child(QStringLiteral("shuffleanswers")));
                QVERIFY(q->child(QStringLiteral("answernumbering")));
                QVERIFY(answers.size() >= 2);
                double positive = 0;
                int hundreds = 0;
                for (const Node *answer : answers) {
                    const QString f = answer->attributes.value(QStringLiteral("fraction"));
                    QVERIFY2(allowedFraction(f), qPrintable(name + QStringLiteral(": ") + f));
                    QVERIFY(!answer->textOf(QStringLiteral("feedback")).isNull() || !answer->child(QStringLiteral("feedback")));
                    positive += qMax(0.0, f.toDouble());
                    hundreds += f == QLatin1String("100") ? 1 : 0;
                    // Ticking every answer must not score: each wrong one takes back a right one's share.
                    if (a.multiple && f.toDouble() < 0)
                        QVERIFY2(qAbs(f.toDouble() + 100.0 / a.rightAnswers) < 0.001, qPrintable(name + QStringLiteral(": ") + f));
                }
                if (a.multiple)
                    QVERIFY2(qAbs(positive - 100) < 0.001, qPrintable(name));
                else
                    QCOMPARE(hundreds, 1);
            } else if (type == QLatin1String("truefalse")) {
                QCOMPARE(answers.size(), qsizetype(2));
                QStringList texts, fractions;
                for (const Node *answer : answers) {
                    texts << answer->child(QStringLiteral("text"))->text;
                    fractions << answer->attributes.value(QStringLiteral("fraction"));
                }
                QCOMPARE(texts, (QStringList{QStringLiteral("true"), QStringLiteral("false")}));
                fractions.sort();
                QCOMPARE(fractions, (QStringList{QStringLiteral("0"), QStringLiteral("100")}));
            } else if (type == QLatin1String("matching")) {
                const QList<const Node *> subs = q->all(QStringLiteral("subquestion"));
                QCOMPARE(subs.size(), qsizetype(activities.value(name).pairs));
                for (const Node *s : subs) {
                    QVERIFY(!s->child(QStringLiteral("text"))->text.isEmpty());
                    QVERIFY(!s->textOf(QStringLiteral("answer")).isEmpty());
                }
            } else if (type == QLatin1String("ordering")) {
                for (const char *field : {"layouttype", "selecttype", "selectcount", "gradingtype"})
                    QVERIFY2(q->child(QLatin1String(field)), field);
                QCOMPARE(answers.size(), qsizetype(activities.value(name).steps));
            } else if (type == QLatin1String("cloze")) {
                const SourceActivity a = activities.value(name);
                QString rest;
                const QList<Gap> gaps = clozeGaps(q->textOf(QStringLiteral("questiontext")), &rest);
                QCOMPARE(gaps.size(), a.gaps.size());
                QVERIFY2(!rest.contains(QRegularExpression(QStringLiteral("\\{[0-9]*:[A-Z_]+:"))), qPrintable(rest));
                for (qsizetype i = 0; i < gaps.size(); ++i) {
                    QStringList right, all;
                    for (const auto &answer : gaps[i].answers) {
                        // A list's answers are HTML; a typed answer is plain text.
                        const QString text = gaps[i].type == QLatin1String("MULTICHOICE") ? decodeEntities(answer.second) : answer.second;
                        all << text;
                        if (answer.first == 1.0)
                            right << text;
                    }
                    if (a.choice) {
                        QCOMPARE(gaps[i].type, QStringLiteral("MULTICHOICE"));
                        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()), QSet<QString>(a.offered.cbegin(), a.offered.cend()));
                        QVERIFY(right.contains(a.gaps[i].first()));
                    } else {
                        QCOMPARE(gaps[i].type, QStringLiteral("SHORTANSWER"));
                        QCOMPARE(right, all);
                        for (const QString &answer : a.gaps[i])
                            QVERIFY2(right.contains(answer), qPrintable(answer));
                    }
                }
            } else {
                QFAIL(qPrintable(QStringLiteral("unknown question type %1").arg(type)));
            }
        }
    }

    // Each <file> decodes to the media file's bytes, and each is used by its
    // field's text through @@PLUGINFILE@@, as every @@PLUGINFILE@@ has its file.
    void embeddedFiles()
    {
        const Node quiz = exportXml(m_source, {});
        QList<const Node *> fields;
        for (const Node *q : quiz.all(QStringLiteral("question")))
            for (const Node &field : q->children)
                fields << &field;
        int files = 0;
        QSet<QString> names;
        while (!fields.isEmpty()) {
            const Node *field = fields.takeFirst();
            for (const Node &c : field->children)
                if (c.name == QLatin1String("answer") || c.name == QLatin1String("feedback"))
                    fields << &c;
            const QString text = field->child(QStringLiteral("text")) ? field->child(QStringLiteral("text"))->text : QString();
            QSet<QString> attached;
            for (const Node *file : field->all(QStringLiteral("file"))) {
                ++files;
                const QString name = file->attributes.value(QStringLiteral("name"));
                QCOMPARE(file->attributes.value(QStringLiteral("path")), QStringLiteral("/"));
                QCOMPARE(file->attributes.value(QStringLiteral("encoding")), QStringLiteral("base64"));
                const QByteArray media = TestUtil::readFile(m_source + QStringLiteral("/media/") + name);
                QVERIFY2(!media.isEmpty(), qPrintable(name));
                QCOMPARE(QByteArray::fromBase64(file->text.toLatin1()), media);
                QVERIFY2(decodeEntities(text).contains(QStringLiteral("src=\"@@PLUGINFILE@@/") + name + QLatin1Char('"')), qPrintable(name));
                attached.insert(name);
                names.insert(name);
            }
            static const QRegularExpression reference(QStringLiteral("@@PLUGINFILE@@/([^\"]+)\""));
            for (auto it = reference.globalMatch(decodeEntities(text)); it.hasNext();)
                QVERIFY2(attached.contains(it.next().captured(1)), qPrintable(text.left(200)));
        }
        QVERIFY(files > 5);
        QVERIFY(names.size() > 5);
        // Alt text kept: the picture of the ordering steps is described.
        QVERIFY(TestUtil::readFile(m_tmp.filePath(QStringLiteral("t%1.xml").arg(m_n))).contains("alt=&quot;"));
    }

    void orderingForOlderMoodle()
    {
        const Node quiz = exportXml(m_source, {QStringLiteral("--option"), QStringLiteral("ordering=matching")});
        QCOMPARE(sequence(quiz), expectedQuestions(m_curriculum, {}, {}, true));
    }

    void skippedAreListed_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("moodlexml") << QStringLiteral("moodlexml");
        QTest::newRow("gift") << QStringLiteral("gift");
    }

    // Every activity that becomes no question is named in the command's output, with why.
    void skippedAreListed()
    {
        QFETCH(QString, format);
        const TestUtil::Run r = TestUtil::runRelais({QStringLiteral("export"), m_source, QStringLiteral("--format"), format, QStringLiteral("-o"),
                              fresh(QStringLiteral("out")), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n')).filter(QStringLiteral("Not exported: "));
        int expected = 0;
        for (const QString &id : std::as_const(m_curriculum.modules)) {
            const SourceModule &m = m_curriculum.byId[id];
            for (const SourceActivity &a : m.activities) {
                const bool exported = format == QLatin1String("gift") ? moodleTypes(a).join(QString()).remove(QStringLiteral("ordering")) != QString()
                                                                      : !moodleTypes(a).isEmpty();
                if (exported)
                    continue;
                ++expected;
                const QString who = QStringLiteral("Module “%1”, activity “%2”").arg(m.title, a.title);
                QVERIFY2(!lines.filter(who).isEmpty(), qPrintable(who));
            }
        }
        QVERIFY(expected >= 10);
        // A module shared by two pathways is reported once.
        QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()).size(), lines.size());
    }

    void sameInputSameBytes_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("moodlexml") << QStringLiteral("moodlexml");
        QTest::newRow("gift") << QStringLiteral("gift");
    }

    void sameInputSameBytes()
    {
        QFETCH(QString, format);
        QByteArray first;
        for (int i = 0; i < 2; ++i) {
            const QString out = fresh(QStringLiteral("out"));
            QCOMPARE(TestUtil::runRelais({QStringLiteral("export"), m_source, QStringLiteral("--format"), format, QStringLiteral("-o"), out}).exitCode, 0);
            const QByteArray bytes = TestUtil::readFile(out);
            QVERIFY(bytes.size() > 1000);
            if (i == 0)
                first = bytes;
            else
                QVERIFY(bytes == first);
        }
    }

    // Text typed by an author stays text: markup escaped, no Cloze gap and no
    // GIFT control character can be smuggled in.
    void authorTextStaysInert()
    {
        const QString source = m_tmp.filePath(QStringLiteral("injected"));
        QVERIFY(TestUtil::copyTree(m_source, source));
        const QString title = QStringLiteral("Attention {=}~#:\\ <script>alert(1)</script>");
        const QString script = QStringLiteral("<script>alert(\"x\")</script> {1:SHORTANSWER:=x}");
        const auto edit = [&source](const QString &file, const QList<QPair<QString, QString>> &replacements) {
            QString xml = QString::fromUtf8(TestUtil::readFile(source + file));
            for (const auto &r : replacements) {
                if (!xml.contains(r.first))
                    return false;
                xml.replace(r.first, r.second);
            }
            return TestUtil::writeFile(source + file, xml.toUtf8());
        };
        QVERIFY(edit(QStringLiteral("/modules/arnaques-reperer.xml"),
                     {{QStringLiteral("<title>Le faux conseiller bancaire</title>"), QStringLiteral("<title>%1</title>").arg(xmlText(title))},
                      {QStringLiteral("<text>Je donne le code pour bloquer le paiement.</text>"), QStringLiteral("<text>%1</text>").arg(xmlText(script))},
                      {QStringLiteral("<p>Lisez la situation et choisissez la bonne réaction.</p>"),
                       QStringLiteral("<p>&lt;img src=x onerror=alert(1)&gt; javascript:alert(1)</p>")}}));
        QVERIFY(edit(QStringLiteral("/modules/mots-de-passe-surs.xml"),
                     {{QStringLiteral("[[long]]"), QStringLiteral("[[long&lt;b&gt;~#}]]")},
                      {QStringLiteral("<p>Complétez les phrases avec les mots proposés.</p>"),
                       QStringLiteral("<p>{1:SHORTANSWER:=pwn} Complétez.</p>")}}));
        QVERIFY(edit(QStringLiteral("/curriculum.xml"),
                     {{QStringLiteral("<alt>Schéma en trois lignes"), QStringLiteral("<alt>\" onerror=\"alert(1) Schéma en trois lignes")}}));

        TestUtil::Run run;
        const Node quiz = exportXml(source, {QStringLiteral("--module"), QStringLiteral("arnaques-reperer")}, &run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList questions = sequence(quiz);
        // Names are HTML to Moodle: the title is escaped, nothing is lost.
        QVERIFY2(questions.contains(QStringLiteral("multichoice:") + xmlText(title)), qPrintable(questions.join(QLatin1Char('\n'))));
        for (const Node *q : quiz.all(QStringLiteral("question"))) {
            if (q->textOf(QStringLiteral("name")) != xmlText(title))
                continue;
            const QString text = q->textOf(QStringLiteral("questiontext"));
            QVERIFY(text.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;")));
            QVERIFY(!text.contains(QLatin1String("<img")));
            QStringList answers;
            for (const Node *a : q->all(QStringLiteral("answer")))
                answers << a->child(QStringLiteral("text"))->text;
            QVERIFY(answers.contains(QStringLiteral("&lt;script&gt;alert(\"x\")&lt;/script&gt; {1:SHORTANSWER:=x}")));
        }

        const Node passwords = exportXml(source, {QStringLiteral("--module"), QStringLiteral("mots-de-passe-surs")});
        bool sawCloze = false, sawPicture = false;
        for (const Node *q : passwords.all(QStringLiteral("question"))) {
            const QString text = q->textOf(QStringLiteral("questiontext"));
            if (text.contains(QLatin1String("@@PLUGINFILE@@"))) {
                sawPicture = true;
                QVERIFY2(text.contains(QStringLiteral("alt=\"&quot; onerror=&quot;alert(1) Schéma")), qPrintable(text.left(300)));
            }
            if (q->attributes.value(QStringLiteral("type")) != QLatin1String("cloze"))
                continue;
            sawCloze = true;
            const QList<Gap> gaps = clozeGaps(text, nullptr);
            QCOMPARE(gaps.size(), qsizetype(4));  // not the one written in the instructions
            QStringList words;
            for (const auto &a : gaps.first().answers)
                words << decodeEntities(a.second);
            QVERIFY2(words.contains(QStringLiteral("long<b>~#}")), qPrintable(words.join(QLatin1Char('|'))));
        }
        QVERIFY(sawCloze);
        QVERIFY(sawPicture);

        const QString gift = fresh(QStringLiteral("txt"));
        QCOMPARE(TestUtil::runRelais({QStringLiteral("export"), source, QStringLiteral("--format"), QStringLiteral("gift"), QStringLiteral("-o"), gift}).exitCode, 0);
        const QString giftText = QString::fromUtf8(TestUtil::readFile(gift));
        QVERIFY(giftText.contains(QStringLiteral("::Attention \\{\\=\\}\\~\\#\\:\\\\ &lt;script&gt;alert(1)&lt;/script&gt;::")));
        QVERIFY(!giftText.contains(QLatin1String("<script")));
        QVERIFY(!giftText.contains(QLatin1String("<script>alert(\"x\")")));
        QVERIFY(giftText.contains(QLatin1String("&lt;script&gt;alert(\"x\")&lt;/script&gt; \\{1\\:SHORTANSWER\\:\\=x\\}")));
    }

    // Through the runner, as the Studio calls it: progress per module, and a
    // cancel stops the export with nothing written.
    void progressAndCancel()
    {
        PluginRegistry registry;
        registry.scan(TestUtil::builtPluginFolders());
        for (const char *format : {"moodlexml", "gift"}) {
            QVERIFY(registry.exporter(QLatin1String(format)));
            ExportRunner::Job job;
            job.format = QLatin1String(format);
            job.output = fresh(QStringLiteral("out"));
            RecordingMonitor monitor;
            QVERIFY(ExportRunner::run(m_source, job, monitor, registry).ok());
            QVERIFY2(monitor.calls > m_curriculum.modules.size(), format);

            job.output = fresh(QStringLiteral("out"));
            RecordingMonitor cancelling;
            cancelling.cancelAfter = 3;  // the runner reports once, then the exporter
            QCOMPARE(ExportRunner::run(m_source, job, cancelling, registry).status, ExportRunner::Result::Status::Cancelled);
            QVERIFY(!QFileInfo::exists(job.output));
        }
    }
};

QTEST_GUILESS_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
