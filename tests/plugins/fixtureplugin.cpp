// One source for the broken plugins the registry must survive: each build
// gets its metadata file and a variant through compile definitions.
#include <exercisetypebase.h>

#ifdef FIXTURE_MISSING_SYMBOL
// Defined nowhere: the dynamic loader refuses the library.
extern int relais_fixture_missing_variable;
#endif

class FixtureType : public QObject, public Relais::ExerciseType
{
    Q_OBJECT
#ifdef FIXTURE_FOREIGN_IID
    Q_PLUGIN_METADATA(IID "org.example.SomethingElse/1" FILE FIXTURE_JSON)
#else
    Q_PLUGIN_METADATA(IID RelaisExerciseType_iid FILE FIXTURE_JSON)
#endif
    Q_INTERFACES(Relais::ExerciseType)

public:
    Relais::Diagnostics validate(const Relais::PayloadContext &) const override { return {}; }
    int maxScore(const QVariantMap &) const override
    {
#ifdef FIXTURE_MISSING_SYMBOL
        return relais_fixture_missing_variable;
#else
        return 0;
#endif
    }
    QByteArray schema() const override
    {
#ifdef FIXTURE_BAD_SCHEMA
        return "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"x\" type=\"nowhere\"/></xs:schema>";
#else
        return "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"" FIXTURE_NS "\">"
               "<xs:element name=\"fixture\"/></xs:schema>";
#endif
    }
    QByteArray playerScript() const override { return {}; }
    QByteArray playerStyle() const override { return {}; }
    QJsonObject playerData(const QVariantMap &, const Relais::RenderContext &) const override { return {}; }
    QString printHtml(const QVariantMap &, const Relais::RenderContext &, bool) const override { return {}; }
};

#include "fixtureplugin.moc"
