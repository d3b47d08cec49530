#pragma once

#include "curriculum.h"
#include "diagnostic.h"
#include "field.h"
#include "payloadcodec.h"

#include <QJsonObject>
#include <QtPlugin>

namespace Relais {

// What an exercise type needs to check or render one activity's payload.
struct PayloadContext
{
    const Curriculum *curriculum = nullptr;
    const Module *module = nullptr;
    const Activity *activity = nullptr;
    QVariantMap payload;
    PayloadCodec::Locations locations;
    QString element;  // "module:x/activity:y/payload"

    // The location of a value ("choices/1/text"), or of the closest enclosing one.
    Location locate(const QString &path) const;
    const MediaAsset *asset(const QString &id) const;
};

// What rendering needs besides the payload: the language and, for each media
// asset, the path the output uses for it.
struct RenderContext
{
    QString lang = QStringLiteral("fr");
    const Curriculum *curriculum = nullptr;
    QString mediaPrefix = QStringLiteral("media/");
};

// An exercise-type plugin. Its identity, fields, namespace and descriptions
// live in the plugin's JSON metadata, read before the library is loaded; the
// interface is the behaviour.
class ExerciseType
{
public:
    virtual ~ExerciseType() = default;

    // Rules the schema cannot express (no right answer, zone outside its image…).
    virtual Diagnostics validate(const PayloadContext &context) const = 0;
    // The maximum score of a payload; 0 for types that are not scored.
    virtual int maxScore(const QVariantMap &payload) const = 0;
    // XSD of the payload namespace.
    virtual QByteArray schema() const = 0;
    // The learner player: JavaScript registering with relais-runtime.js, and its style.
    virtual QByteArray playerScript() const = 0;
    virtual QByteArray playerStyle() const = 0;
    // The data the player receives: the payload, media resolved, answers included
    // (the player checks them in the page; this is a learning tool, not an exam).
    virtual QJsonObject playerData(const QVariantMap &payload, const RenderContext &context) const = 0;
    // HTML for paper: the exercise with room to write, or its answer key.
    virtual QString printHtml(const QVariantMap &payload, const RenderContext &context, bool answerKey) const = 0;
};

inline constexpr int exerciseTypeApiVersion = 1;

} // namespace Relais

#define RelaisExerciseType_iid "org.emmaus-connect.relais.ExerciseType/1"
Q_DECLARE_INTERFACE(Relais::ExerciseType, RelaisExerciseType_iid)
