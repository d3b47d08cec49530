#pragma once

#include <QList>
#include <QStringList>
#include <QVariantMap>

namespace Relais {

// The text of a fill-in-the-blanks payload cut as its player cuts it: each
// well-formed "[[answer|variant]]" is a gap, everything else is text. The
// exercise plugin keeps its parser to itself, so the question banks read the
// payload the same way here.
class FillBlanksText
{
public:
    struct Part
    {
        QString text;         // plain text, when not a gap
        QStringList answers;  // a gap: its answer first, then the variants, trimmed
        bool gap = false;
    };

    explicit FillBlanksText(const QVariantMap &payload);

    const QList<Part> &parts() const { return m_parts; }
    int gaps() const { return m_gaps; }
    // The learner chooses each word from a list rather than typing it.
    bool choiceMode() const { return m_choice; }
    // The list a choice-mode gap offers: every gap's answer once and the
    // extra words, in alphabetical order (the player shuffles them; a fixed
    // order gives the same bytes and gives nothing away).
    QStringList offered() const;
    // Whether a word fills a gap, compared as the player compares: no case,
    // no accents, no surrounding spaces.
    static bool accepts(const Part &gap, const QString &word);
    // What may be typed in a gap: its answers, each also without its accents,
    // since the player does not count them and Moodle would.
    static QStringList typedAnswers(const Part &gap);
    static QString normalized(const QString &text);

private:
    QList<Part> m_parts;
    QStringList m_distractors;
    int m_gaps = 0;
    bool m_choice = true;
};

} // namespace Relais
