#pragma once

#include "printbook.h"

#include <curriculum.h>

#include <QString>

namespace Relais {

struct ExportReport;
struct ExportRequest;
class PrintMedia;

// What the handout and the guide print alike: the words of the format's
// vocabularies, durations, and each activity on paper as its exercise type
// prints it. Every text of the curriculum is escaped; rich text goes through
// HtmlRenderer's safe subset.
class PaperRenderer
{
public:
    PaperRenderer(const ExportRequest &request, ExportReport &report, PrintMedia &media);

    QString t(const char *fr, const char *en) const;
    // What the handout and the guide print with: text of pt points styled by
    // css, pages numbered in the request's language.
    PrintBook::Style bookStyle(int pt, const QString &css) const;
    bool isEnglish() const { return m_english; }
    static QString escape(const QString &text);
    static QString richText(const RichText &text);

    QString duration(int minutes) const;  // "1 h 30", "45 min"
    static QString clock(int minutes);    // "1:05"
    QString modality(const QString &value) const;
    QString level(const QString &value) const;
    QString equipment(const QString &kind) const;
    static QString audiences(const QStringList &slugs);
    // The exercise type's name ("Multiple choice question").
    QString typeName(const Activity &activity) const;

    // An activity on paper after its heading: its instructions, its pictures
    // with their captions (a sound or a video by its transcript), and its
    // exercise with room to write or, for answerKey, with its answers under
    // that title (for the exercises that have answers).
    QString activityHtml(const Module &module, const Activity &activity, bool answerKey, const QString &answerKeyTitle = {});

    void skip(const QString &sentence);

private:
    void reportTimeBased(const Module &module, const Activity &activity, const MediaAsset &asset);
    QString timeBasedHtml(const Module &module, const Activity &activity, const MediaAsset &asset);

    const ExportRequest &m_request;
    ExportReport &m_report;
    PrintMedia &m_media;
    bool m_english = false;
};

} // namespace Relais
