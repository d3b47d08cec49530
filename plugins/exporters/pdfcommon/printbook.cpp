#include "printbook.h"

#include "printmedia.h"

#include <exporter.h>
#include <fileset.h>

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QMutex>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <cctype>
#include <cmath>

namespace Relais {

namespace {

// A chapter's text: pictures come from the print media and nothing else, so
// that no <img> can make Qt read a file or a URL.
class ChapterDocument : public QTextDocument
{
public:
    explicit ChapterDocument(const PrintMedia &media) : m_media(media) {}

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type != QTextDocument::ImageResource)
            return {};
        const QImage image = m_media.image(name);
        return image.isNull() ? QVariant() : QVariant(image);
    }

private:
    const PrintMedia &m_media;
};

// Qt writes a PDF's fonts in the order of a QHash, which the process's random
// seed shuffles from one run to the next. New hashes take a fixed seed while a
// book is painted (hashes keep the seed they were made with, so the rest of
// the program is unaffected); the count lets two exports overlap.
class FixedHashSeed
{
public:
    FixedHashSeed()
    {
        QMutexLocker lock(&s_mutex);
        if (s_users++ == 0) {
            s_wasRandom = QHashSeed::globalSeed() != 0;
            QHashSeed::setDeterministicGlobalSeed();
        }
    }
    ~FixedHashSeed()
    {
        QMutexLocker lock(&s_mutex);
        if (--s_users == 0 && s_wasRandom)
            QHashSeed::resetRandomGlobalSeed();
    }

private:
    static inline QMutex s_mutex;
    static inline int s_users = 0;
    static inline bool s_wasRandom = false;
};

// QPdfWriter dates the file with the current time: the export's date takes
// its place, and the cross-reference table follows the bytes that moved.
QByteArray withCreationDate(QByteArray pdf, const QDateTime &when)
{
    static const QByteArray key("/CreationDate (");
    const qsizetype at = pdf.indexOf(key);
    const qsizetype start = at + key.size();
    const qsizetype end = at < 0 ? -1 : pdf.indexOf(')', start);
    if (end < 0)
        return pdf;
    const QByteArray date = "D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
    const qsizetype delta = date.size() - (end - start);
    pdf.replace(start, end - start, date);
    if (delta == 0)
        return pdf;

    static const QByteArray startxref("startxref\n");
    const qsizetype sx = pdf.lastIndexOf(startxref);
    if (sx < 0)
        return pdf;
    const qsizetype numberAt = sx + startxref.size();
    qsizetype numberEnd = numberAt;
    while (numberEnd < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf[numberEnd])))
        ++numberEnd;
    const qint64 xref = pdf.mid(numberAt, numberEnd - numberAt).toLongLong() + delta;
    // A single section: "xref\n0 N\n" then N entries of 20 bytes, "oooooooooo ggggg n \n".
    qsizetype entry = pdf.indexOf('\n', pdf.indexOf('\n', xref) + 1) + 1;
    while (entry > 0 && entry + 20 <= sx && (pdf[entry + 17] == 'n' || pdf[entry + 17] == 'f')) {
        const qint64 offset = pdf.mid(entry, 10).toLongLong();
        if (pdf[entry + 17] == 'n' && offset > at)
            pdf.replace(entry, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
        entry += 20;
    }
    pdf.replace(numberAt, numberEnd - numberAt, QByteArray::number(xref));
    return pdf;
}

bool inRootFrame(const QTextBlock &block)
{
    return QTextCursor(block).currentFrame() == block.document()->rootFrame();
}

bool isPicture(const QTextBlock &block)
{
    if (block.length() != 2)  // one character and the block's end
        return false;
    const QTextBlock::iterator it = block.begin();
    return !it.atEnd() && it.fragment().charFormat().isImageFormat();
}

bool startsWithBox(const QTextBlock &block)
{
    const QString text = block.text();
    return !text.isEmpty() && (text.front() == QChar(0x2610) || text.front() == QChar(0x2611));
}

bool isHeading(const QTextBlock &block)
{
    return block.isValid() && block.blockFormat().headingLevel() > 0;
}

bool isUncut(const QTextBlock &block)
{
    return block.layout() && (block.layout()->lineCount() <= 6 || block.userState() == 2);
}

// Headings, pictures, paragraphs marked to (-qt-user-state: 1), and whatever
// introduces a line of tick boxes (a statement and its "True / False"); but
// nothing holds on to the heading of what comes next.
bool keepsWithNext(const QTextBlock &block)
{
    const QTextBlock next = block.next();
    if (!inRootFrame(block) || !next.isValid() || (isHeading(next) && !isHeading(block)))
        return false;
    return block.userState() == 1 || isHeading(block) || isPicture(block) || startsWithBox(next);
}

// Moves to the next page every run of blocks that must stay with what follows
// when a page would end it, and every paragraph a page must not cut (short
// ones, and those marked -qt-user-state: 2): the longest end of the run that
// fits on a page and leaves no heading alone, or else the headings with the
// first line of their text.
void keepWithNext(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    const qreal tiny = 1;
    const auto top = [layout](const QTextBlock &block) { return layout->blockBoundingRect(block).top(); };
    // Where a block's first or last line ends, its margins left out.
    const auto lineBottom = [layout](const QTextBlock &block, bool first) {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() == 0)
            return rect.bottom();
        return rect.top() + lines->lineAt(first ? 0 : lines->lineCount() - 1).rect().bottom();
    };
    // Whether something before this block is on its page.
    const auto followsOnPage = [&](const QTextBlock &block, int page) {
        const QTextBlock before = block.previous();
        return before.isValid() && lineBottom(before, false) > page * pageHeight + tiny;
    };
    const auto breakBefore = [&document](const QTextBlock &block) {
        QTextBlockFormat format;
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).mergeBlockFormat(format);
        // Qt's incremental layout leaves the blocks after such a change
        // unplaced: the whole text is laid out again.
        document.markContentsDirty(0, document.characterCount());
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!inRootFrame(block))
            continue;
        const int page = pageOf(top(block) + tiny);
        // The run from this block to the first one that lets go, and how much of that one it needs.
        QTextBlock end = block;
        while (keepsWithNext(end))
            end = end.next();
        const qreal bottom = isUncut(end) ? lineBottom(end, false) : lineBottom(end, true);
        if (pageOf(bottom - tiny) == page || (end == block && !isUncut(block)))
            continue;
        QTextBlock start;
        for (QTextBlock s = block; bottom - top(s) <= pageHeight && followsOnPage(s, page); s = s.previous()) {
            if (!isHeading(s.previous()))
                start = s;
            if (!keepsWithNext(s.previous()) || pageOf(top(s.previous()) + tiny) != page)
                break;
        }
        if (start.isValid()) {
            breakBefore(start);
        } else if (isHeading(block) && pageOf(lineBottom(block.next(), true) - tiny) != page) {
            start = block;
            while (isHeading(start.previous()) && pageOf(top(start.previous()) + tiny) == page)
                start = start.previous();
            if (followsOnPage(start, page))
                breakBefore(start);
        }
    }
}

} // namespace

ExportProgress::ExportProgress(ExportMonitor &monitor, int total) : m_monitor(monitor), m_total(total)
{
}

bool ExportProgress::step(const QString &what)
{
    m_done = qMin(m_done + 1, m_total);
    m_monitor.progress(m_done, m_total, what);
    return !m_monitor.isCancelled();
}

bool ExportProgress::isCancelled() const
{
    return m_monitor.isCancelled();
}

PrintBook::PrintBook(const Style &style, const PrintMedia &media) : m_style(style), m_media(media), m_writer(&m_buffer)
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer.setPageSize(QPageSize(QPageSize::A4));
    m_writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    m_writer.setResolution(600);
    m_writer.setCreator(QStringLiteral("Relais"));
    m_headerHeight = QFontMetricsF(font(m_style.headerPt), &m_writer).height();
    const qreal band = m_headerHeight + px(4);
    const QMarginsF &m = m_style.margins;
    m_text = QRectF(px(m.left()), px(m.top()) + band, m_writer.width() - px(m.left() + m.right()),
                    m_writer.height() - px(m.top() + m.bottom()) - 2 * band);
}

PrintBook::~PrintBook() = default;

QFont PrintBook::font(qreal pt)
{
    QFont font;
    font.setPointSizeF(pt);
    // A little air between letters reads more easily, and leaves the
    // letters apart: no "ﬁ" ligature that a copy or a search would not find.
    font.setLetterSpacing(QFont::PercentageSpacing, 102);
    return font;
}

qreal PrintBook::px(qreal mm) const
{
    return mm * m_writer.resolution() / 25.4;
}

int PrintBook::addChapter(const QString &header, const QString &html, bool notes)
{
    Chapter chapter;
    chapter.header = header;
    chapter.html = html;
    chapter.notes = notes;
    m_chapters.push_back(std::move(chapter));
    return int(m_chapters.size()) - 1;
}

void PrintBook::setChapterHtml(int chapter, const QString &html)
{
    Chapter &c = m_chapters[size_t(chapter)];
    if (c.html == html)
        return;
    c.html = html;
    c.document.reset();
    m_changed = true;
}

void PrintBook::layOut(Chapter &chapter)
{
    auto document = std::make_unique<ChapterDocument>(m_media);
    document->documentLayout()->setPaintDevice(&m_writer);
    document->setDocumentMargin(0);
    document->setDefaultFont(font(m_style.bodyPt));
    document->setDefaultStyleSheet(m_style.css);
    document->setPageSize(m_text.size());
    document->setHtml(chapter.html);
    keepWithNext(*document, m_text.height());
    chapter.pages = document->pageCount();
    chapter.document = std::move(document);
}

bool PrintBook::layout(ExportProgress &progress)
{
    for (Chapter &chapter : m_chapters) {
        if (chapter.document)
            continue;
        if (progress.isCancelled())
            return false;
        layOut(chapter);
        if (!progress.step(chapter.header))
            return false;
    }
    return true;
}

bool PrintBook::layout(const std::function<void()> &number, ExportProgress &progress)
{
    // The numbers only move when a chapter that gives them takes another page: a few passes at most.
    for (int pass = 0; pass < 4; ++pass) {
        if (!layout(progress))
            return false;
        m_changed = false;
        number();
        if (!m_changed)
            return true;
    }
    return layout(progress);
}

int PrintBook::firstPage(int chapter) const
{
    int page = 1;
    for (int i = 0; i < chapter; ++i)
        page += m_chapters[size_t(i)].pages;
    return page;
}

int PrintBook::pageCount() const
{
    return firstPage(chapterCount()) - 1;
}

void PrintBook::paintPage(QPainter &painter, const Chapter &chapter, int pageInChapter, int pageNumber, int pages)
{
    const qreal height = m_text.height();
    painter.save();
    painter.translate(m_text.left(), m_text.top() - pageInChapter * height);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    context.clip = QRectF(0, pageInChapter * height, m_text.width(), height);
    painter.setClipRect(context.clip);
    chapter.document->documentLayout()->draw(&painter, context);
    painter.restore();

    const QFont font = this->font(m_style.headerPt);
    painter.setPen(Qt::black);
    const QFontMetricsF metrics(font, &m_writer);
    if (!chapter.header.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        painter.setFont(bold);
        const QRectF band(m_text.left(), px(m_style.margins.top()), m_text.width(), m_headerHeight);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(bold, &m_writer).elidedText(chapter.header, Qt::ElideRight, band.width()));
        const qreal rule = m_text.top() - px(2.5);
        painter.setPen(QPen(Qt::black, px(0.3)));
        painter.drawLine(QPointF(m_text.left(), rule), QPointF(m_text.right(), rule));
        painter.setPen(Qt::black);
    }
    painter.setFont(font);
    const QRectF band(m_text.left(), m_text.bottom() + px(4), m_text.width(), m_headerHeight);
    const QString label = m_style.pageLabel.arg(pageNumber).arg(pages);
    painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, label);
    if (!m_style.footer.isEmpty()) {
        const qreal room = band.width() - metrics.horizontalAdvance(label) - px(8);
        painter.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(m_style.footer, Qt::ElideRight, room));
    }
}

void PrintBook::paintNotes(QPainter &painter, const Chapter &chapter)
{
    // Ruled lines a hand can write on at the size of large print.
    const qreal spacing = px(12);
    const QTextDocument &document = *chapter.document;
    const int pages = document.pageCount();
    const qreal used = document.documentLayout()->blockBoundingRect(document.lastBlock()).bottom()
                     - (pages - 1) * m_text.height();
    QFont font = this->font(m_style.bodyPt);
    font.setBold(true);
    const qreal titleHeight = QFontMetricsF(font, &m_writer).height();
    const qreal top = m_text.top() + used + spacing;
    const int lines = int((m_text.bottom() - top - titleHeight) / spacing);
    if (lines < 3)
        return;
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(m_text.left(), top, m_text.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     m_style.notesTitle);
    painter.setPen(QPen(Qt::black, px(0.25)));
    for (int i = 1; i <= lines; ++i) {
        const qreal y = top + titleHeight + i * spacing;
        painter.drawLine(QPointF(m_text.left(), y), QPointF(m_text.right(), y));
    }
}

QByteArray PrintBook::pdf(const QString &title, const QDateTime &timestamp, ExportProgress &progress)
{
    if (!layout(progress))
        return {};
    const FixedHashSeed seed;
    m_writer.setTitle(title);
    QPainter painter;
    if (!painter.begin(&m_writer))
        return {};
    const int pages = pageCount();
    int number = 0;
    for (const Chapter &chapter : m_chapters) {
        const int count = chapter.document->pageCount();
        for (int i = 0; i < count; ++i) {
            if (number > 0)
                m_writer.newPage();
            paintPage(painter, chapter, i, ++number, pages);
        }
        if (chapter.notes && !m_style.notesTitle.isEmpty())
            paintNotes(painter, chapter);
        if (!progress.step(chapter.header)) {
            painter.end();
            return {};
        }
    }
    painter.end();
    return withCreationDate(m_buffer.data(), timestamp);
}

bool PrintBook::write(const QString &path, const QString &title, const QDateTime &timestamp, ExportProgress &progress,
                      Diagnostics &diags)
{
    const QByteArray bytes = pdf(title, timestamp, progress);
    return !bytes.isEmpty() && writeFileAtomically(path, bytes, diags);
}

} // namespace Relais
