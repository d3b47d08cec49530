#pragma once

#include <QImage>
#include <QMap>
#include <QPolygonF>
#include <QSizeF>
#include <QString>
#include <QUrl>

namespace Relais {

struct ExportReport;
struct ExportRequest;
struct MediaAsset;

// The pictures of a printed document. Each image file is read once and
// rasterised at print resolution (SVG through Qt's image plugin), on white,
// to fit a box on the page, then given to the text documents as a resource.
class PrintMedia
{
public:
    // maxSize: the largest a picture may be on the page, in millimetres.
    PrintMedia(const ExportRequest &request, ExportReport &report, const QSizeF &maxSize);

    // The pictures of the HTML an exercise type prints (<figure>, <img>,
    // <figcaption>, a hotspot's outlined zones) made printable by
    // QTextDocument: each one fits the page, centred, with its caption under
    // it (the figure's caption, else the picture's text alternative).
    QString printable(const QString &html);
    // One asset of the curriculum as a figure, with its text alternative as caption.
    QString figure(const MediaAsset &asset);

    // The picture behind a resource name of printable(); null for any other name.
    QImage image(const QUrl &name) const;

private:
    QString pictureHtml(const QString &href, const QString &alt, const QString &captionHtml,
                        const QList<QPolygonF> &outlines = {});
    QString figureHtml(const QString &inner);
    void skip(const QString &sentence);

    const ExportRequest &m_request;
    ExportReport &m_report;
    QSizeF m_maxSize;
    QMap<QString, QImage> m_images;  // by resource name
    QMap<QString, QString> m_names;  // resource name by picture (file and outlines)
};

} // namespace Relais
