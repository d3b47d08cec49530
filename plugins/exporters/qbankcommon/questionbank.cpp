#include "questionbank.h"

#include <exercisetype.h>
#include <field.h>
#include <htmlrenderer.h>
#include <payloadcodec.h>

namespace Relais {

namespace {

// Moodle's qformat_default::assemble_category_path(): a "/" inside a name is
// doubled, and a name may not start or end with one.
QString categoryName(const QString &name)
{
    QString escaped = QuestionBank::name(name).replace(QLatin1Char('/'), QLatin1String("//"));
    if (escaped.startsWith(QLatin1Char('/')))
        escaped.prepend(QLatin1Char(' '));
    if (escaped.endsWith(QLatin1Char('/')))
        escaped.append(QLatin1Char(' '));
    return escaped;
}

} // namespace

QString BankCategory::path() const
{
    QStringList escaped;
    for (const QString &name : names)
        escaped << categoryName(name);
    return QStringLiteral("$course$/top/") + escaped.join(QLatin1Char('/'));
}

QuestionBank::QuestionBank(const ExportRequest &request) : m_request(request) {}

QString QuestionBank::t(const char *fr, const char *en) const
{
    return LocalizedText::pick(m_request.lang, fr, en);
}

QString QuestionBank::content(const char *fr, const char *en) const
{
    return LocalizedText::pick(curriculum().lang, fr, en);
}

QList<BankCategory> QuestionBank::categories() const
{
    QList<BankCategory> out;
    for (const ExportUnit &unit : m_request.scope.units) {
        for (const Module *m : unit.modules) {
            BankCategory category;
            category.names << curriculum().title;
            if (unit.pathway)
                category.names << unit.pathway->title;
            category.names << m->title;
            category.module = m;
            out << category;
        }
    }
    return out;
}

QString QuestionBank::typeName(const QString &type) const
{
    const PluginInfo *info = m_request.plugins ? m_request.plugins->exerciseType(type) : nullptr;
    return info ? info->name.text(m_request.lang) : type;
}

bool QuestionBank::item(const Module &module, const Activity &activity, BankItem &item, QString &why) const
{
    const PluginInfo *type = m_request.plugins ? m_request.plugins->exerciseType(activity.type) : nullptr;
    if (!type) {
        why = t("son type d'exercice « %1 » n'est pas installé", "its exercise type “%1” is not installed").arg(activity.type);
        return false;
    }
    if (!activity.payload || activity.payloadNamespace != type->ns) {
        why = t("son contenu est écrit pour une autre version de ce type d'exercice",
                "its content is written for another version of this exercise type");
        return false;
    }
    if (activity.type == QLatin1String("hotspot")) {
        why = t("une banque de questions ne sait pas noter l'endroit touché sur une image",
                "a question bank cannot score the place touched on a picture");
        return false;
    }
    if (!type->scored) {
        why = t("ce n'est pas un exercice noté, il n'a pas de bonne réponse à vérifier",
                "it is not a scored exercise, there is no right answer to check");
        return false;
    }
    item.module = &module;
    item.activity = &activity;
    item.type = type;
    item.payload = PayloadCodec::read(*activity.payload, type->fields);
    item.maxScore = qMax(1, type->exercise->maxScore(item.payload));
    return true;
}

bool QuestionBank::walk(ExportMonitor &monitor, ExportReport &report, const std::function<void(const BankCategory &)> &category,
                        const std::function<void(const BankItem &)> &question) const
{
    const QList<BankCategory> all = categories();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const BankCategory &c = all[i];
        monitor.progress(int(i), int(all.size()), c.module->title);
        category(c);
        for (const Activity &a : c.module->activities) {
            if (monitor.isCancelled())
                return false;
            BankItem it;
            QString why;
            if (item(*c.module, a, it, why))
                question(it);
            else
                skip(report, *c.module, a, why);
        }
    }
    monitor.progress(int(all.size()), int(all.size()), {});
    return true;
}

void QuestionBank::skip(ExportReport &report, const Module &module, const Activity &activity, const QString &why) const
{
    const QString sentence = t("Module « %1 », activité « %2 » (%3) : %4.", "Module “%1”, activity “%2” (%3): %4.")
                                 .arg(module.title, activity.title, typeName(activity.type), why);
    if (!report.skipped.contains(sentence))
        report.skipped << sentence;
}

const MediaAsset *QuestionBank::asset(const QString &id) const
{
    return id.isEmpty() ? nullptr : curriculum().asset(id);
}

QString QuestionBank::mediaPath(const MediaAsset &asset) const
{
    return m_request.files ? m_request.files->absolutePath(asset.href) : QString();
}

QString QuestionBank::mediaFileName(const MediaAsset &asset)
{
    return asset.href.section(QLatin1Char('/'), 1).replace(QLatin1Char('/'), QLatin1Char('-'));
}

QString QuestionBank::mediaLabel(const MediaAsset &asset) const
{
    const QString description = asset.alt.simplified().isEmpty() ? mediaFileName(asset) : asset.alt.simplified();
    return asset.isImage() ? content("[Image : %1]", "[Picture: %1]").arg(description)
                           : content("[Média : %1]", "[Media: %1]").arg(description);
}

QString QuestionBank::textHtml(const QString &plain)
{
    QString out;
    out.reserve(plain.size() + 8);
    for (const QChar c : plain) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '\n': out += QLatin1String("<br>"); break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

QString QuestionBank::name(const QString &title)
{
    return textHtml(title.simplified());
}

QString QuestionBank::richHtml(const RichText &text)
{
    // The safe subset quotes its attributes with '"', so an apostrophe needs
    // no entity: the text stays readable in a GIFT file.
    return HtmlRenderer::richTextHtml(text).replace(QLatin1String("&#39;"), QLatin1String("'"));
}

QString QuestionBank::attribute(const QString &value)
{
    return HtmlRenderer::escape(value);
}

QString QuestionBank::share(int right)
{
    // Moodle's grade list (question_bank::fraction_options_full()) holds
    // 100/n for n = 1…10, rounded to five decimals as written here.
    static const char *const shares[] = {"100", "50", "33.33333", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10"};
    return right >= 1 && right <= 10 ? QLatin1String(shares[right - 1]) : QString();
}

QString QuestionBank::introHtml(const Activity &activity, const std::function<QString(const MediaAsset &)> &media) const
{
    QString html = richHtml(activity.instructions);
    for (const QString &id : activity.media) {
        if (const MediaAsset *m = asset(id)) {
            const QString part = media(*m);
            if (!part.isEmpty())
                html += QStringLiteral("<p>") + part + QStringLiteral("</p>");
        }
    }
    return html;
}

} // namespace Relais
