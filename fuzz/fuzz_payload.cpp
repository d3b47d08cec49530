// The input is an exercise payload: a first line naming the exercise type
// (mcq, truefalse, ordering, fillblanks, matching, hotspot, content,
// guidedsteps, selfassessment), then the payload's XML. With
// RELAIS_FUZZ_TYPE=<type> in the environment the whole input is the payload
// of that type (less a first line naming that type, so that the same seeds
// serve).
//
// It goes through what the core does with a payload: parsed, read with the
// plugin's fields (PayloadCodec), checked by the plugin's rules in an activity
// of curricula/parcours-relais (so that its media resolve), scored, turned
// into the player's data and printed, with and without the answer key.
//
// Properties: printed HTML holds no script (fuzzsupport checkHtml), and the
// codec is stable: values written and read back write the same payload again.

#include "fuzzsupport.h"

#include <exercisetype.h>
#include <payloadcodec.h>
#include <pluginregistry.h>
#include <xmlparser.h>
#include <xmlwriter.h>

#include <cstdio>
#include <cstdlib>

using namespace Relais;

namespace {

QString pinnedType;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    RelaisFuzz::initialize(argc, argv);
    RelaisFuzz::baseCurriculum();
    pinnedType = qEnvironmentVariable("RELAIS_FUZZ_TYPE");
    if (!pinnedType.isEmpty() && !PluginRegistry::instance().exerciseType(pinnedType)) {
        std::fprintf(stderr, "RELAIS_FUZZ_TYPE=%s is not a loaded exercise type (%s)\n", qPrintable(pinnedType),
                     qPrintable(PluginRegistry::instance().exerciseTypeIds().join(QStringLiteral(", "))));
        std::exit(2);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray payload = RelaisFuzz::bytes(data, size);
    const qsizetype eol = payload.indexOf('\n');
    const QString firstLine = eol < 0 ? QString() : QString::fromUtf8(payload.left(eol)).trimmed();
    const QString type = pinnedType.isEmpty() ? firstLine : pinnedType;
    // The type line goes; pinned, a first line naming that type goes too, so
    // that the same seeds serve.
    if (!firstLine.isEmpty() && firstLine == type)
        payload.remove(0, eol + 1);
    const PluginInfo *info = PluginRegistry::instance().exerciseType(type);
    if (!info || !info->exercise)
        return 0;

    ParsedXml xml;
    Diagnostics diags;
    const bool parsed = xml.parse(payload, QStringLiteral("modules/fuzz.xml"), diags);
    RelaisFuzz::render(diags);
    if (!parsed || !xml.root())
        return 0;

    const Curriculum &curriculum = RelaisFuzz::baseCurriculum();
    Module module;
    module.id = QStringLiteral("fuzz");
    module.file = QStringLiteral("modules/fuzz.xml");
    Activity &activity = module.activities.emplaceBack();
    activity.id = QStringLiteral("fuzz");
    activity.type = type;
    activity.payload = xml.toNode(xml.root());
    activity.payloadNamespace = QString::fromUtf8(ParsedXml::namespaceOf(xml.root()));

    PayloadContext context;
    context.curriculum = &curriculum;
    context.module = &module;
    context.activity = &activity;
    context.element = QStringLiteral("module:fuzz/activity:fuzz/payload");
    context.payload = PayloadCodec::read(*activity.payload, info->fields, &context.locations);
    RelaisFuzz::render(info->exercise->validate(context));
    info->exercise->maxScore(context.payload);
    for (const QString &lang : {QStringLiteral("fr"), QStringLiteral("en")}) {
        RenderContext render;
        render.lang = lang;
        render.curriculum = &curriculum;
        info->exercise->playerData(context.payload, render);
        RelaisFuzz::checkHtml(info->exercise->printHtml(context.payload, render, false), "printHtml");
        RelaisFuzz::checkHtml(info->exercise->printHtml(context.payload, render, true), "printHtml, answer key");
    }

    const XmlNode written = PayloadCodec::write(context.payload, info->fields, info->root, info->ns);
    const XmlNode again = PayloadCodec::write(PayloadCodec::read(written, info->fields), info->fields, info->root, info->ns);
    if (!(again == written))
        RelaisFuzz::finding("the payload codec is not stable: values written and read back write another payload",
                            QStringLiteral("first:\n%1\nsecond:\n%2").arg(inlineXml(written), inlineXml(again)));
    return 0;
}
