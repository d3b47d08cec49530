#pragma once

#include "testutil.h"

#include <diagnostic.h>
#include <sha256.h>
#include <starter.h>
#include <validator.h>

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

// The per-type suites test a payload where a trainer would write it: in a
// module of a real curriculum, so that the plugin's rules, the schema and the
// core's checks all run and report against real file lines.
class PayloadFixture
{
public:
    // Where a finding must point. Exact for payload findings; a lower bound
    // where the test is about the code, not the line (findings on
    // curriculum.xml, or suites written before lines were checked).
    struct Line
    {
        Line(int line) : first(line) {}  // implicit: an exact line reads best as a plain int
        static Line from(int line)
        {
            Line l(line);
            l.exact = false;
            return l;
        }
        int first;
        bool exact = true;
    };

    // A sound some payloads point at, declared in curriculum.xml: with the
    // transcript the core requires to test a payload that points at it
    // by mistake, without one to test the core's own check.
    struct Sound
    {
        QByteArray id;
        bool withTranscript = true;
        bool onlyWhenUsed = false;  // an unused asset without transcript is an error of its own
    };

    explicit PayloadFixture(const QString &type, const std::optional<Sound> &sound = {}) : m_type(type), m_sound(sound) {}

    static QString moduleFile() { return QStringLiteral("modules/premier-atelier.xml"); }

    // A fresh starter curriculum whose activity of the fixture's type holds
    // `payload`. The starter has an mcq quiz and a content page: those types
    // take the place of their own payload, any other type turns the quiz into
    // its own so the rest of the curriculum stays the starter's, known to be
    // valid. Empty on failure.
    QString write(const QByteArray &payload)
    {
        m_payloadLine = 0;
        m_payloadStart = -1;
        m_module.clear();
        const QString dir = m_tmp.path() + QStringLiteral("/c") + QString::number(++m_count);
        Relais::Diagnostics diags;
        if (!createStarterCurriculum(dir, QStringLiteral("org.test.") + m_type, m_type, diags))
            return {};
        QByteArray xml = TestUtil::readFile(dir + QLatin1Char('/') + moduleFile());
        const QByteArray name = m_type.toUtf8();
        QByteArray element = name;
        if (!xml.contains("type=\"" + name + "\">")) {
            xml.replace("<activity id=\"quiz\" type=\"mcq\">", "<activity id=\"quiz\" type=\"" + name + "\">");
            element = "mcq";
        }
        const qsizetype start = xml.indexOf("<" + element + " ");
        const qsizetype end = xml.indexOf("</" + element + ">");
        if (start < 0 || end < start)
            return {};
        xml.replace(start, end + element.size() + 3 - start, payload);
        m_payloadStart = start;
        m_payloadLine = int(xml.left(start).count('\n')) + 1;
        m_module = xml;
        if (!TestUtil::writeFile(dir + QLatin1Char('/') + moduleFile(), xml))
            return {};
        if (m_sound && (!m_sound->onlyWhenUsed || payload.contains("media=\"" + m_sound->id + "\""))
            && !declareSound(dir, *m_sound))
            return {};
        return dir;
    }

    // The same with the payload given line by line, so that rows can name
    // the line a finding points at by its index.
    QString write(const QByteArrayList &lines) { return write(lines.join('\n')); }

    // The module line where the last payload starts.
    int payloadLine() const { return m_payloadLine; }

    // The module line of the first `text` in the last payload.
    int lineOf(const QByteArray &text) const
    {
        return int(m_module.left(m_module.indexOf(text, m_payloadStart)).count('\n')) + 1;
    }

    // Where a row's finding must be: `offset` lines after the payload's first
    // in the module; on curriculum.xml, where the core reports on the asset
    // itself, only somewhere.
    Line lineIn(const QString &file, int offset) const
    {
        return file == moduleFile() ? Line(m_payloadLine + offset) : Line::from(1);
    }

    // A finding the trainer fixes in the payload: the type's own codes and
    // the core's checks of what the payload holds and points at.
    bool isPayloadFinding(const Relais::Diagnostic &d) const
    {
        static const QStringList core{QStringLiteral("payload."), QStringLiteral("activity."), QStringLiteral("ref."),
                                      QStringLiteral("schema."), QStringLiteral("richtext.")};
        return d.code.startsWith(m_type + QLatin1Char('.'))
            || std::any_of(core.cbegin(), core.cend(), [&d](const QString &prefix) { return d.code.startsWith(prefix); });
    }

    qsizetype countPayloadFindings(const Relais::Validator::Report &report) const
    {
        return std::count_if(report.diagnostics.cbegin(), report.diagnostics.cend(),
                             [this](const Relais::Diagnostic &d) { return isPayloadFinding(d); });
    }

    static const Relais::Diagnostic *find(const Relais::Validator::Report &report, const QString &code)
    {
        const auto it = std::find_if(report.diagnostics.cbegin(), report.diagnostics.cend(),
                                     [&code](const Relais::Diagnostic &d) { return d.code == code; });
        return it == report.diagnostics.cend() ? nullptr : &*it;
    }

    // The checks every rules() row makes on the last payload's report: with
    // no code, the curriculum has no error and nothing to say about the
    // payload; otherwise `code` is reported with its severity, where the
    // trainer will look for it, in both languages. Uses QVERIFY: callers that
    // check more afterwards test QTest::currentTestFailed() first.
    void checkRules(const Relais::Validator::Report &report, const QString &code, int severity, Line line,
                    const QString &file = moduleFile()) const
    {
        QVERIFY(report.usable);
        // Otherwise every row would pass or fail for a reason unrelated to the payload.
        for (const Relais::Diagnostic &d : report.diagnostics)
            QVERIFY2(d.code != QLatin1String("activity.unknown-type"), qPrintable(QStringLiteral("the %1 plugin is not installed").arg(m_type)));
        if (code.isEmpty()) {
            for (const Relais::Diagnostic &d : report.diagnostics)
                QVERIFY2(!isPayloadFinding(d) && d.severity != Relais::Severity::Error,
                         qPrintable(d.code + QLatin1Char(' ') + d.message(QStringLiteral("en"))));
            return;
        }
        const Relais::Diagnostic *found = find(report, code);
        if (!found)
            for (const Relais::Diagnostic &d : report.diagnostics)
                qWarning() << d.code << d.location.line << d.message(QStringLiteral("en"));
        QVERIFY2(found, qPrintable(code));
        QCOMPARE(int(found->severity), severity);
        QCOMPARE(found->location.file, file);
        if (line.exact)
            QCOMPARE(found->location.line, line.first);
        else
            QVERIFY2(found->location.line >= line.first, qPrintable(QString::number(found->location.line)));
        const QString fr = found->message(QStringLiteral("fr")), en = found->message(QStringLiteral("en"));
        QVERIFY(!fr.isEmpty() && fr != en);
        // A '%' left in a message is a placeholder the plugin forgot to fill;
        // schema messages quote the XML parser, which may contain one.
        QVERIFY2(!fr.contains(QLatin1Char('%')) || code == QLatin1String("schema.invalid"), qPrintable(fr));
    }

private:
    static bool declareSound(const QString &dir, const Sound &s)
    {
        const QByteArray sound = "ID3";
        const QString curriculum = dir + QStringLiteral("/curriculum.xml");
        QByteArray xml = TestUtil::readFile(curriculum);
        const QByteArray asset = "    <asset id=\"" + s.id + "\" href=\"media/" + s.id + ".mp3\" type=\"audio/mpeg\" size=\""
                               + QByteArray::number(sound.size()) + "\" sha256=\"" + Relais::sha256Hex(sound).toLatin1() + "\""
                               + (s.withTranscript ? "><transcript><p>Un bip.</p></transcript></asset>\n" : "/>\n");
        if (!xml.contains("  </media>"))
            return false;
        xml.replace("  </media>", asset + "  </media>");
        return TestUtil::writeFile(curriculum, xml)
            && TestUtil::writeFile(dir + QStringLiteral("/media/") + QString::fromUtf8(s.id) + QStringLiteral(".mp3"), sound);
    }

    QTemporaryDir m_tmp;
    int m_count = 0;
    QString m_type;
    std::optional<Sound> m_sound;
    QByteArray m_module;
    qsizetype m_payloadStart = -1;
    int m_payloadLine = 0;
};
