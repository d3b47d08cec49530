#pragma once

#include <exporter.h>
#include <pluginregistry.h>

#include <functional>

namespace Relais {

// A category of the bank: one module, under its pathway (when it has one)
// and the curriculum, as Moodle names categories on import.
struct BankCategory
{
    QStringList names;  // curriculum title, pathway title (if any), module title
    const Module *module = nullptr;

    // "$course$/top/Curriculum/Pathway/Module", each name escaped as HTML
    // (QuestionBank::name()) and as Moodle's
    // qformat_default::assemble_category_path() does ("/" doubled).
    QString path() const;
};

// A scored activity whose payload the question banks can read.
struct BankItem
{
    const Module *module = nullptr;
    const Activity *activity = nullptr;
    const PluginInfo *type = nullptr;
    QVariantMap payload;
    int maxScore = 1;
};

// What Moodle XML and GIFT share: which modules become which categories,
// which activities can be questions, the report's sentences, and author text
// made safe for the HTML that both formats carry.
class QuestionBank
{
public:
    explicit QuestionBank(const ExportRequest &request);

    // In the order of the scope. Exporting the whole curriculum, a module that
    // two pathways share is in both, so that each pathway's category holds
    // every question of the pathway; the modules no pathway uses come last,
    // directly under the curriculum.
    QList<BankCategory> categories() const;

    // False, with the reason (a clause for skip()), for an activity that is
    // not a scored exercise or whose type is not installed.
    bool item(const Module &module, const Activity &activity, BankItem &item, QString &why) const;
    // One sentence in the report, in the request's language, naming the
    // module, the activity and why; a module in two categories says it once.
    void skip(ExportReport &report, const Module &module, const Activity &activity, const QString &why) const;

    // Goes through categories() in order: `category` for each, then `question`
    // for each of its activities that item() takes; the others are skipped
    // into the report. Progress by category; false as soon as the export is
    // cancelled.
    bool walk(ExportMonitor &monitor, ExportReport &report, const std::function<void(const BankCategory &)> &category,
              const std::function<void(const BankItem &)> &question) const;

    // The request's language: the report.
    QString t(const char *fr, const char *en) const;
    // The curriculum's language: what learners read in the questions.
    QString content(const char *fr, const char *en) const;

    const Curriculum &curriculum() const { return *m_request.curriculum; }
    const MediaAsset *asset(const QString &id) const;
    QString mediaPath(const MediaAsset &asset) const;
    // The name a media file takes inside a question: its path under media/,
    // with any "/" made "-".
    static QString mediaFileName(const MediaAsset &asset);
    // What stands for a picture where the format cannot show it: its
    // description between brackets.
    QString mediaLabel(const MediaAsset &asset) const;

    // Author text as HTML: plain text escaped (line breaks kept), rich text
    // through the safe subset, attribute values quoted.
    static QString textHtml(const QString &plain);
    // A question or category name: Moodle shows names as HTML (format_string),
    // so the title is escaped like text, on one line.
    static QString name(const QString &title);
    static QString richHtml(const RichText &text);
    static QString attribute(const QString &value);

    // The share of 100 that each of `right` right answers gets, as one of the
    // grades Moodle offers ("50", "33.33333"…); empty when no grade fits.
    static QString share(int right);

    // The activity's instructions, then its pictures (or other media), each
    // through `media`; the start of every question made from it.
    QString introHtml(const Activity &activity, const std::function<QString(const MediaAsset &)> &media) const;

private:
    QString typeName(const QString &type) const;

    const ExportRequest &m_request;
};

} // namespace Relais
