#include "fillblankstext.h"

#include <algorithm>

namespace Relais {

namespace {

QString withoutAccents(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0153))
            out += QStringLiteral("oe");
        else if (c == QChar(0x0152))
            out += QStringLiteral("OE");
        else if (c == QChar(0x00E6))
            out += QStringLiteral("ae");
        else if (c == QChar(0x00C6))
            out += QStringLiteral("AE");
        else if (c == QChar(0x2019) || c == QChar(0x2018))
            out += QLatin1Char('\'');
        else
            out += c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

} // namespace

FillBlanksText::FillBlanksText(const QVariantMap &payload)
{
    m_choice = payload.value(QStringLiteral("mode"), QStringLiteral("choice")).toString() != QLatin1String("typed");
    for (const QVariant &d : payload.value(QStringLiteral("distractors")).toList())
        if (!d.toString().trimmed().isEmpty())
            m_distractors << d.toString().trimmed();

    const QString text = payload.value(QStringLiteral("text")).toString();
    const auto plain = [this](const QString &s) {
        if (s.isEmpty())
            return;
        if (!m_parts.isEmpty() && !m_parts.last().gap)
            m_parts.last().text += s;
        else
            m_parts.append({s, {}, false});
    };
    // A stray "[[" or "]]" is a validation error, so an exported text has
    // none; should one be there anyway, it stays text, as in the player.
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = text.indexOf(QLatin1String("[["), pos);
        if (start < 0) {
            plain(text.mid(pos));
            break;
        }
        const qsizetype end = text.indexOf(QLatin1String("]]"), start + 2);
        const qsizetype next = text.indexOf(QLatin1String("[["), start + 2);
        if (end < 0 || (next >= 0 && next < end)) {
            plain(text.mid(pos, start + 2 - pos));
            pos = start + 2;
            continue;
        }
        plain(text.mid(pos, start - pos));
        QStringList answers = text.mid(start + 2, end - start - 2).split(QLatin1Char('|'));
        for (QString &a : answers)
            a = a.simplified();
        answers.removeAll(QString());
        if (answers.isEmpty()) {
            plain(text.mid(start, end + 2 - start));
        } else {
            m_parts.append({QString(), answers, true});
            ++m_gaps;
        }
        pos = end + 2;
    }
}

QStringList FillBlanksText::offered() const
{
    QStringList out;
    for (const Part &p : m_parts)
        if (p.gap && !out.contains(p.answers.first()))
            out << p.answers.first();
    for (const QString &d : m_distractors)
        if (!out.contains(d))
            out << d;
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        const QString na = normalized(a), nb = normalized(b);
        return na != nb ? na < nb : a < b;
    });
    return out;
}

bool FillBlanksText::accepts(const Part &gap, const QString &word)
{
    const QString w = normalized(word);
    return std::any_of(gap.answers.cbegin(), gap.answers.cend(), [&w](const QString &a) { return normalized(a) == w; });
}

QStringList FillBlanksText::typedAnswers(const Part &gap)
{
    QStringList out;
    const auto add = [&out](const QString &answer) {
        for (const QString &a : std::as_const(out))
            if (a.compare(answer, Qt::CaseInsensitive) == 0)
                return;
        out << answer;
    };
    for (const QString &a : gap.answers)
        add(a);
    for (const QString &a : gap.answers)
        add(withoutAccents(a));
    return out;
}

QString FillBlanksText::normalized(const QString &text)
{
    return withoutAccents(text.toCaseFolded()).simplified();
}

} // namespace Relais
