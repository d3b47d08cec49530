#pragma once

#include <QByteArray>
#include <QBuffer>
#include <QDateTime>
#include <QFont>
#include <QMarginsF>
#include <QPdfWriter>
#include <QString>

#include <diagnostic.h>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QTextDocument;

namespace Relais {

class ExportMonitor;
class PrintMedia;

// The steps of an export, counted for its monitor.
class ExportProgress
{
public:
    ExportProgress(ExportMonitor &monitor, int total);
    void addToTotal(int steps) { m_total += steps; }
    // One step done; false when the export is cancelled.
    bool step(const QString &what);
    bool isCancelled() const;

private:
    ExportMonitor &m_monitor;
    int m_done = 0;
    int m_total = 0;
};

// A PDF on A4 made of chapters, each starting on a new page: HTML laid out by
// QTextDocument, the chapter's title in the running header, "page X / Y" in
// the footer. A heading, a picture, what introduces a line of tick boxes or a
// paragraph marked to stay with what follows ("-qt-user-state: 1") never ends
// a page, and a page never cuts a short paragraph or one marked to be read in
// one go ("-qt-user-state: 2"). The same chapters give the same bytes.
class PrintBook
{
public:
    struct Style
    {
        QMarginsF margins{18, 12, 18, 12};  // millimetres, outside the header and the footer
        qreal bodyPt = 12;  // the documents' default font
        qreal headerPt = 10;  // running header and footer
        QString css;  // the documents' style sheet
        QString pageLabel;  // "page %1 / %2"
        QString footer;  // printed left of the page number on every page
        // The title of the ruled lines drawn on what is left of the last page
        // of a chapter that asks for them.
        QString notesTitle;
    };

    PrintBook(const Style &style, const PrintMedia &media);
    ~PrintBook();
    PrintBook(const PrintBook &) = delete;
    PrintBook &operator=(const PrintBook &) = delete;

    // header: the running title of the chapter's pages (none when empty);
    // notes: ruled lines for handwriting on the rest of its last page.
    int addChapter(const QString &header, const QString &html, bool notes = false);
    // Replaces a chapter's text (a table of contents once the pages are known).
    void setChapterHtml(int chapter, const QString &html);
    int chapterCount() const { return int(m_chapters.size()); }

    // Lays out the chapters whose text changed since the last layout, one
    // step each; false when cancelled.
    bool layout(ExportProgress &progress);
    // Lays out a book whose chapters give page numbers (a table of contents):
    // `number` writes them again (setChapterHtml) from the last layout's pages
    // until they no longer move.
    bool layout(const std::function<void()> &number, ExportProgress &progress);
    int firstPage(int chapter) const;  // 1-based, at the last layout
    int pageCount() const;

    // Paints every page and writes the PDF, dated `timestamp`, to path;
    // false when cancelled or not written.
    bool write(const QString &path, const QString &title, const QDateTime &timestamp, ExportProgress &progress,
               Diagnostics &diags);

    // QTextDocument reads margins in CSS pixels only (96 to the inch): a
    // length in points as a style sheet's pixels.
    static QString cssPixels(qreal pt) { return QString::number(qRound(pt * 4 / 3)); }

private:
    // The PDF's bytes, or nothing when cancelled.
    QByteArray pdf(const QString &title, const QDateTime &timestamp, ExportProgress &progress);
    struct Chapter
    {
        QString header;
        QString html;
        bool notes = false;
        std::unique_ptr<QTextDocument> document;  // null until laid out
        int pages = 0;  // at the last layout
    };
    void layOut(Chapter &chapter);
    void paintPage(QPainter &painter, const Chapter &chapter, int pageInChapter, int pageNumber, int pages);
    void paintNotes(QPainter &painter, const Chapter &chapter);
    qreal px(qreal mm) const;
    static QFont font(qreal pt);

    Style m_style;
    const PrintMedia &m_media;
    QBuffer m_buffer;
    // Also the paint device the text is laid out for, so that the layout
    // measures exactly what is painted.
    QPdfWriter m_writer;
    QRectF m_text;  // the text's area on a page, in device pixels
    qreal m_headerHeight = 0;
    std::vector<Chapter> m_chapters;
    bool m_changed = false;
};

} // namespace Relais
