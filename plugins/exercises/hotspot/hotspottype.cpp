#include "hotspottype.h"

#include <QJsonArray>
#include <QPointF>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>

using namespace Relais;

namespace {

// One zone's outline, in percent of the picture.
struct Outline
{
    enum class Problem { None, Malformed, RectPoints, PolygonPoints, Outside, Empty };
    Problem problem = Problem::None;
    bool rect = false;
    QList<QPointF> points;  // a rectangle as its two corners, top left first

    QList<QPointF> polygon() const
    {
        if (!rect)
            return points;
        const QPointF a = points[0], b = points[1];
        return {a, QPointF(b.x(), a.y()), b, QPointF(a.x(), b.y())};
    }
    QRectF bounds() const
    {
        qreal left = 100, top = 100, right = 0, bottom = 0;
        for (const QPointF &p : points) {
            left = qMin(left, p.x());
            top = qMin(top, p.y());
            right = qMax(right, p.x());
            bottom = qMax(bottom, p.y());
        }
        return QRectF(QPointF(left, top), QPointF(right, bottom));
    }
};

qreal area(const QList<QPointF> &polygon)
{
    qreal twice = 0;
    for (qsizetype i = 0; i < polygon.size(); ++i) {
        const QPointF &a = polygon[i], &b = polygon[(i + 1) % polygon.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return qAbs(twice) / 2;
}

Outline outline(const QVariantMap &zone)
{
    Outline o;
    o.rect = zone.value(QStringLiteral("shape"), QStringLiteral("rect")).toString() != QLatin1String("polygon");
    static const QRegularExpression number(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    const QStringList pairs = zone.value(QStringLiteral("points")).toString().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const QStringList xy = pair.split(QLatin1Char(','));
        if (xy.size() != 2 || !number.match(xy[0]).hasMatch() || !number.match(xy[1]).hasMatch()) {
            o.problem = Outline::Problem::Malformed;
            return o;
        }
        o.points.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    if (o.points.isEmpty())
        o.problem = Outline::Problem::Malformed;
    else if (o.rect && o.points.size() != 2)
        o.problem = Outline::Problem::RectPoints;
    else if (!o.rect && o.points.size() < 3)
        o.problem = Outline::Problem::PolygonPoints;
    if (o.problem != Outline::Problem::None)
        return o;
    for (const QPointF &p : o.points)
        if (p.x() < 0 || p.x() > 100 || p.y() < 0 || p.y() > 100)
            o.problem = Outline::Problem::Outside;
    if (o.rect)
        o.points = {o.bounds().topLeft(), o.bounds().bottomRight()};
    if (o.problem == Outline::Problem::None && area(o.polygon()) < 1e-9)
        o.problem = Outline::Problem::Empty;
    return o;
}

// Even-odd rule, as the player checks a click on a polygon.
bool contains(const QList<QPointF> &polygon, const QPointF &p)
{
    bool in = false;
    for (qsizetype i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const QPointF &a = polygon[i], &b = polygon[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            in = !in;
    }
    return in;
}

// Whether two zones share some area. Rectangles are exact; a polygon is
// sampled over the common bounds, fine enough for a warning.
bool overlaps(const Outline &a, const Outline &b)
{
    const QRectF common = a.bounds().intersected(b.bounds());
    if (common.width() <= 0 || common.height() <= 0)
        return false;
    if (a.rect && b.rect)
        return true;
    const QList<QPointF> pa = a.polygon(), pb = b.polygon();
    constexpr int steps = 48;
    for (int i = 0; i < steps; ++i) {
        for (int j = 0; j < steps; ++j) {
            const QPointF p(common.left() + common.width() * (i + 0.5) / steps,
                            common.top() + common.height() * (j + 0.5) / steps);
            if (contains(pa, p) && contains(pb, p))
                return true;
        }
    }
    return false;
}

QString label(const QVariantMap &zone)
{
    return zone.value(QStringLiteral("label")).toString().simplified();
}

QString coordinates(const QList<QPointF> &polygon)
{
    QStringList out;
    for (const QPointF &p : polygon)
        out << QString::number(p.x(), 'g', 6) + QLatin1Char(',') + QString::number(p.y(), 'g', 6);
    return out.join(QLatin1Char(' '));
}

} // namespace

HotspotType::HotspotType() : ExerciseTypeBase(QStringLiteral("hotspot")) {}

Diagnostics HotspotType::validate(const PayloadContext &context) const
{
    Diagnostics diags;
    const QVariantList zones = context.payload.value(QStringLiteral("zones")).toList();
    QList<Outline> outlines;
    QSet<QString> labels;
    static const QRegularExpression telling(
        QStringLiteral("\\b(bonne|mauvaise) réponse|réponse (juste|fausse)|\\b(in)?correcte?\\b|\\b(right|wrong) answer"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    int right = 0;
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QVariantMap zone = zones[i].toMap();
        const bool correct = zone.value(QStringLiteral("correct")).toBool();
        right += correct ? 1 : 0;
        const QString name = label(zone);
        const QString shown = name.isEmpty() ? QString::number(i + 1) : name;
        const QString points = zone.value(QStringLiteral("points")).toString();
        const QString at = QStringLiteral("zones/%1/@points").arg(i);
        outlines << outline(zone);
        // An empty value is the core's "required" finding already.
        switch (points.trimmed().isEmpty() ? Outline::Problem::None : outlines.last().problem) {
        case Outline::Problem::None:
            break;
        case Outline::Problem::Malformed:
            diags << problem(context, Severity::Error, QStringLiteral("malformed-points"), at,
                             QStringLiteral("Les coordonnées « %2 » de la zone « %1 » sont mal écrites : il faut des paires « x,y » séparées par un espace, par exemple « 10,20 40,35 »."),
                             QStringLiteral("The coordinates “%2” of zone “%1” are badly written: they must be “x,y” pairs separated by a space, for example “10,20 40,35”."),
                             {shown, points});
            break;
        case Outline::Problem::RectPoints:
            diags << problem(context, Severity::Error, QStringLiteral("rect-points"), at,
                             QStringLiteral("La zone « %1 » est un rectangle : donnez exactement deux coins opposés, en haut à gauche puis en bas à droite (« 10,20 40,35 »), et non %2 points."),
                             QStringLiteral("Zone “%1” is a rectangle: give exactly two opposite corners, top left then bottom right (“10,20 40,35”), not %2 points."),
                             {shown, QString::number(outlines.last().points.size())});
            break;
        case Outline::Problem::PolygonPoints:
            diags << problem(context, Severity::Error, QStringLiteral("polygon-points"), at,
                             QStringLiteral("La zone « %1 » est un polygone : il faut au moins trois points, elle n'en a que %2."),
                             QStringLiteral("Zone “%1” is a polygon: it needs at least three points, it has only %2."),
                             {shown, QString::number(outlines.last().points.size())});
            break;
        case Outline::Problem::Outside:
            diags << problem(context, Severity::Error, QStringLiteral("outside-image"), at,
                             QStringLiteral("La zone « %1 » sort de l'image : les coordonnées sont en pourcentage, entre 0 et 100 (« %2 »)."),
                             QStringLiteral("Zone “%1” goes outside the picture: coordinates are percentages, between 0 and 100 (“%2”)."),
                             {shown, points});
            break;
        case Outline::Problem::Empty:
            diags << problem(context, Severity::Error, QStringLiteral("empty-zone"), at,
                             QStringLiteral("La zone « %1 » n'a pas de surface (« %2 ») : ses points sont alignés ou confondus, personne ne pourra la toucher."),
                             QStringLiteral("Zone “%1” has no area (“%2”): its points are aligned or the same, nobody can touch it."),
                             {shown, points});
            break;
        }
        if (name.isEmpty())
            continue;
        const QString path = QStringLiteral("zones/%1/label").arg(i);
        if (labels.contains(name.toLower()))
            diags << problem(context, Severity::Warning, QStringLiteral("duplicate-label"), path,
                             QStringLiteral("Deux zones s'appellent « %1 » : avec un lecteur d'écran, on ne peut pas les distinguer. Nommez chaque endroit autrement."),
                             QStringLiteral("Two zones are called “%1”: with a screen reader they cannot be told apart. Name each place differently."),
                             {name});
        labels.insert(name.toLower());
        if (telling.match(name).hasMatch())
            diags << problem(context, Severity::Warning, QStringLiteral("label-gives-answer"), path,
                             QStringLiteral("Le nom de la zone « %1 » donne la réponse aux personnes qui utilisent un lecteur d'écran : décrivez l'endroit (par exemple « le lien dans le message »)."),
                             QStringLiteral("The name of zone “%1” gives the answer away to screen-reader users: describe the place (for example “the link in the message”)."),
                             {name});
    }
    if (!zones.isEmpty() && right == 0)
        diags << problem(context, Severity::Error, QStringLiteral("no-right-zone"), QStringLiteral("zones"),
                         QStringLiteral("Aucune zone n'est marquée comme le bon endroit : cochez « Bon endroit » sur au moins une."),
                         QStringLiteral("No zone is marked as the right place: tick “Right place” on at least one."));
    if (zones.size() > 1 && right == zones.size())
        diags << problem(context, Severity::Warning, QStringLiteral("no-wrong-zone"), QStringLiteral("zones"),
                         QStringLiteral("Toutes les zones sont justes : n'importe quel choix gagne. Ajoutez au moins un autre endroit tentant, faux."),
                         QStringLiteral("Every zone is right: any choice wins. Add at least one other, tempting, wrong place."));
    for (qsizetype w = 0; w < zones.size(); ++w) {
        if (zones[w].toMap().value(QStringLiteral("correct")).toBool() || outlines[w].problem != Outline::Problem::None)
            continue;
        for (qsizetype r = 0; r < zones.size(); ++r) {
            if (!zones[r].toMap().value(QStringLiteral("correct")).toBool() || outlines[r].problem != Outline::Problem::None
                || !overlaps(outlines[w], outlines[r]))
                continue;
            diags << problem(context, Severity::Warning, QStringLiteral("overlap"), QStringLiteral("zones/%1/@points").arg(w),
                             QStringLiteral("La zone fausse « %1 » chevauche la bonne zone « %2 » : un doigt posé entre les deux tomberait sur l'une ou l'autre. Séparez-les."),
                             QStringLiteral("The wrong zone “%1” overlaps the right zone “%2”: a finger placed between them could land on either. Keep them apart."),
                             {label(zones[w].toMap()), label(zones[r].toMap())});
        }
    }
    return diags;
}

int HotspotType::maxScore(const QVariantMap &) const
{
    // One point for finding a right place; when several are right, any counts.
    return 1;
}

QJsonObject HotspotType::playerData(const QVariantMap &payload, const RenderContext &context) const
{
    QJsonObject data = ExerciseTypeBase::playerData(payload, context);
    QJsonArray zones = data.value(QStringLiteral("zones")).toArray();
    const QVariantList values = payload.value(QStringLiteral("zones")).toList();
    for (qsizetype i = 0; i < zones.size() && i < values.size(); ++i) {
        const Outline o = outline(values[i].toMap());
        QJsonArray points;
        if (o.problem == Outline::Problem::None)
            for (const QPointF &p : o.points)
                points.append(QJsonArray{p.x(), p.y()});
        QJsonObject zone = zones[i].toObject();
        zone.insert(QStringLiteral("points"), points);
        zones[i] = zone;
    }
    data.insert(QStringLiteral("zones"), zones);
    return data;
}

QString HotspotType::printHtml(const QVariantMap &payload, const RenderContext &context, bool answerKey) const
{
    const bool en = context.lang.startsWith(QLatin1String("en"));
    const QVariantList zones = payload.value(QStringLiteral("zones")).toList();
    QString html = QStringLiteral("<p class=\"question\">%1</p>\n").arg(escape(payload.value(QStringLiteral("question")).toString()));
    const QString imageId = payload.value(QStringLiteral("image")).toString();
    const MediaAsset *image = context.curriculum ? context.curriculum->asset(imageId) : nullptr;
    if (!answerKey) {
        html += QStringLiteral("<p class=\"hint\">%1</p>\n")
                    .arg(en ? QStringLiteral("Circle the place on the picture with a pen.")
                            : QStringLiteral("Entourez au crayon l'endroit sur l'image."));
        return html + printImage(imageId, context);
    }
    if (image && image->isImage()) {
        // The right places drawn over the picture, in the percent coordinates
        // of the zones; the list below says the same in words.
        QString shapes;
        for (const QVariant &z : zones) {
            const Outline o = outline(z.toMap());
            if (z.toMap().value(QStringLiteral("correct")).toBool() && o.problem == Outline::Problem::None)
                shapes += QStringLiteral("<polygon points=\"%1\" fill=\"none\" stroke=\"#1a6e2e\" stroke-width=\"5\" "
                                         "stroke-dasharray=\"12 6\" vector-effect=\"non-scaling-stroke\"/>")
                              .arg(coordinates(o.polygon()));
        }
        html += QStringLiteral("<figure class=\"hotspot-key\" style=\"position:relative;display:inline-block;margin:0\">"
                               "<img src=\"%1\" alt=\"%2\" style=\"display:block;max-width:100%;height:auto\"/>"
                               "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\" preserveAspectRatio=\"none\" aria-hidden=\"true\" "
                               "style=\"position:absolute;left:0;top:0;width:100%;height:100%\">%3</svg></figure>\n")
                    .arg(escape(context.mediaPrefix + image->href.section(QLatin1Char('/'), 1)), escape(image->alt), shapes);
    }
    html += QStringLiteral("<p class=\"hint\">%1</p>\n<ul class=\"zones\">\n")
                .arg(en ? QStringLiteral("The right place is outlined in green. Any place marked ☑ counts.")
                        : QStringLiteral("Le bon endroit est entouré en vert. Tout endroit marqué ☑ compte."));
    for (const QVariant &z : zones) {
        const QVariantMap zone = z.toMap();
        html += QStringLiteral("<li><span class=\"box\">%1</span> %2")
                    .arg(zone.value(QStringLiteral("correct")).toBool() ? QStringLiteral("☑") : QStringLiteral("☐"),
                         escape(zone.value(QStringLiteral("label")).toString()));
        const QString feedback = zone.value(QStringLiteral("feedback")).toString();
        if (!feedback.isEmpty())
            html += QStringLiteral("<br><em>%1</em>").arg(escape(feedback));
        html += QStringLiteral("</li>\n");
    }
    return html + QStringLiteral("</ul>\n");
}
