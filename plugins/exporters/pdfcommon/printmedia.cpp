#include "printmedia.h"

#include <exporter.h>
#include <htmlrenderer.h>

#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>

namespace Relais {

namespace {

// Dots per inch of the pictures in the PDF: sharp on paper, small in the file.
constexpr qreal printDpi = 200;
constexpr qreal cssDpi = 96;

// The value of an attribute of a tag written by HtmlRenderer::escape's users.
QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\b%1=\"([^\"]*)\"").arg(name));
    return HtmlRenderer::unescape(re.match(tag).captured(1));
}

// The outlined zones of a hotspot's answer key: SVG polygons in percent of the picture.
QList<QPolygonF> outlines(const QString &svg)
{
    static const QRegularExpression polygon(QStringLiteral("<polygon\\b[^>]*\\bpoints=\"([^\"]*)\""));
    QList<QPolygonF> out;
    for (auto it = polygon.globalMatch(svg); it.hasNext();) {
        QPolygonF shape;
        for (const QString &point : it.next().captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QStringList xy = point.split(QLatin1Char(','));
            if (xy.size() == 2)
                shape << QPointF(xy[0].toDouble(), xy[1].toDouble());
        }
        if (shape.size() > 1)
            out << shape;
    }
    return out;
}

QString outlineKey(const QList<QPolygonF> &shapes)
{
    QString key;
    for (const QPolygonF &shape : shapes) {
        key += QLatin1Char('|');
        for (const QPointF &p : shape)
            key += QStringLiteral("%1,%2 ").arg(p.x()).arg(p.y());
    }
    return key;
}

} // namespace

PrintMedia::PrintMedia(const ExportRequest &request, ExportReport &report, const QSizeF &maxSize)
    : m_request(request), m_report(report), m_maxSize(maxSize)
{
}

void PrintMedia::skip(const QString &sentence)
{
    if (!m_report.skipped.contains(sentence))
        m_report.skipped << sentence;
}

QImage PrintMedia::image(const QUrl &name) const
{
    return m_images.value(name.toString());
}

QString PrintMedia::printable(const QString &html)
{
    static const QRegularExpression figure(QStringLiteral("<figure\\b[^>]*>(.*?)</figure>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression image(QStringLiteral("<img\\b[^>]*>"));
    const auto looseImages = [this](QString part) {
        QString out;
        qsizetype last = 0;
        for (auto it = image.globalMatch(part); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString alt = attribute(m.captured(), QStringLiteral("alt"));
            out += part.mid(last, m.capturedStart() - last)
                 + pictureHtml(attribute(m.captured(), QStringLiteral("src")), alt, HtmlRenderer::escape(alt));
            last = m.capturedEnd();
        }
        return out + part.mid(last);
    };
    QString out;
    qsizetype last = 0;
    for (auto it = figure.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += looseImages(html.mid(last, m.capturedStart() - last)) + figureHtml(m.captured(1));
        last = m.capturedEnd();
    }
    return out + looseImages(html.mid(last));
}

QString PrintMedia::figureHtml(const QString &inner)
{
    static const QRegularExpression image(QStringLiteral("<img\\b[^>]*>"));
    static const QRegularExpression svg(QStringLiteral("<svg\\b[^>]*>(.*?)</svg>"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression caption(QStringLiteral("<figcaption>(.*?)</figcaption>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch img = image.match(inner);
    const QRegularExpressionMatch overlay = svg.match(inner);
    const QRegularExpressionMatch cap = caption.match(inner);
    QString rest = inner;
    rest.remove(caption).remove(svg).remove(image);
    rest = rest.trimmed();
    if (img.hasMatch()) {
        const QString alt = attribute(img.captured(), QStringLiteral("alt"));
        const QString captionHtml = cap.hasMatch() ? cap.captured(1) : HtmlRenderer::escape(alt);
        return pictureHtml(attribute(img.captured(), QStringLiteral("src")), alt, captionHtml, outlines(overlay.captured(1)))
             + (rest.isEmpty() ? QString() : QStringLiteral("<div class=\"figure\">%1</div>\n").arg(rest));
    }
    // A sound or a video: its transcript stands in for it.
    return QStringLiteral("<div class=\"figure\">%1%2</div>\n")
        .arg(rest, cap.hasMatch() ? QStringLiteral("<p class=\"caption\">%1</p>").arg(cap.captured(1)) : QString());
}

QString PrintMedia::figure(const MediaAsset &asset)
{
    return pictureHtml(asset.href, asset.alt, HtmlRenderer::escape(asset.alt));
}

QString PrintMedia::pictureHtml(const QString &href, const QString &alt, const QString &captionHtml,
                                const QList<QPolygonF> &shapes)
{
    const bool en = m_request.lang.startsWith(QLatin1String("en"));
    // A caption is read in one go: never cut by a page.
    const QString captionPart = captionHtml.isEmpty() ? QString()
                                                      : QStringLiteral("<p class=\"caption\" style=\"-qt-user-state: 2\">%1</p>\n").arg(captionHtml);
    const QString key = href + outlineKey(shapes);
    if (!m_names.contains(key)) {
        QString name;
        QImageReader reader(m_request.files ? m_request.files->absolutePath(href) : QString());
        reader.setAutoTransform(true);
        QSizeF natural = reader.size();
        QImage picture;
        if (natural.isValid() && !natural.isEmpty()) {
            // As big as the picture says at 96 dpi, smaller if the box asks.
            QSizeF mm = natural * 25.4 / cssDpi;
            mm = mm.scaled(mm.boundedTo(m_maxSize), Qt::KeepAspectRatio);
            const QSize pixels = (mm * printDpi / 25.4).toSize().boundedTo(reader.format() == "svg" ? QSize(1 << 14, 1 << 14) : natural.toSize());
            reader.setScaledSize(pixels);
            const QImage read = reader.read();
            if (!read.isNull()) {
                // On white: a transparent picture would need a soft mask in the PDF.
                picture = QImage(read.size(), QImage::Format_RGB32);
                picture.fill(Qt::white);
                QPainter painter(&picture);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.drawImage(0, 0, read);
                // The answer key's right places, drawn as the hotspot player outlines them.
                QPen pen(QColor(0x1a, 0x6e, 0x2e), printDpi / 25.4 * 0.9);
                pen.setDashPattern({3, 1.5});
                painter.setPen(pen);
                for (const QPolygonF &shape : shapes) {
                    QPolygonF scaled;
                    for (const QPointF &p : shape)
                        scaled << QPointF(p.x() * picture.width() / 100, p.y() * picture.height() / 100);
                    painter.drawPolygon(scaled);
                }
                painter.end();
                picture.setDotsPerMeterX(qRound(picture.width() / mm.width() * 1000));
                picture.setDotsPerMeterY(qRound(picture.height() / mm.height() * 1000));
            }
        }
        if (!picture.isNull()) {
            name = QStringLiteral("relais-print:%1").arg(m_images.size() + 1);
            m_images.insert(name, picture);
        } else {
            skip(en ? QStringLiteral("The picture “%1” could not be read: its text alternative is printed instead.").arg(href)
                    : QStringLiteral("L'image « %1 » n'a pas pu être lue : son texte de remplacement est imprimé à la place.").arg(href));
        }
        m_names.insert(key, name);
    }
    const QString name = m_names.value(key);
    if (name.isEmpty())
        return QStringLiteral("<p class=\"missing\">[%1] %2</p>\n")
            .arg(en ? QStringLiteral("Picture") : QStringLiteral("Image"), HtmlRenderer::escape(alt));
    const QImage &picture = m_images[name];
    const qreal width = picture.width() * 1000.0 / picture.dotsPerMeterX() / 25.4 * cssDpi;
    const qreal height = picture.height() * 1000.0 / picture.dotsPerMeterY() / 25.4 * cssDpi;
    return QStringLiteral("<p class=\"picture\" align=\"center\" style=\"-qt-user-state: 1\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n")
               .arg(name, QString::number(qRound(width)), QString::number(qRound(height)))
         + captionPart;
}

} // namespace Relais
