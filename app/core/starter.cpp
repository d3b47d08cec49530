#include "starter.h"

#include "fileset.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Relais {

namespace {

const char svg[] = R"(<svg xmlns="http://www.w3.org/2000/svg" width="480" height="320" viewBox="0 0 480 320">
  <rect width="480" height="320" fill="#ffffff"/>
  <rect x="140" y="20" width="200" height="280" rx="24" fill="#1f2933"/>
  <rect x="152" y="44" width="176" height="232" rx="6" fill="#e6f0fa"/>
  <circle cx="240" cy="288" r="6" fill="#9aa5b1"/>
  <rect x="172" y="70" width="56" height="56" rx="12" fill="#1565c0"/>
  <rect x="252" y="70" width="56" height="56" rx="12" fill="#2e7d32"/>
  <text x="200" y="146" font-family="sans-serif" font-size="14" text-anchor="middle" fill="#1f2933">Appeler</text>
  <text x="280" y="146" font-family="sans-serif" font-size="14" text-anchor="middle" fill="#1f2933">Messages</text>
</svg>
)";

const char curriculumXml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<curriculum xmlns="urn:relais:curriculum:1" formatVersion="1" id="%ID%" version="0.1.0" lang="fr">
  <title>%TITLE%</title>
  <summary>
    <p>Un premier curriculum à compléter : un parcours, un atelier, deux activités.</p>
  </summary>
  <publisher>%PUBLISHER%</publisher>
  <licence>CC-BY-SA-4.0</licence>
  <audiences>
    <audience>tous-publics</audience>
  </audiences>
  <changelog>
    <release version="0.1.0" date="%DATE%">
      <change kind="added">Création du curriculum.</change>
    </release>
  </changelog>
  <pathways>
    <pathway ref="premier-parcours"/>
  </pathways>
  <modules>
    <module ref="premier-atelier"/>
  </modules>
  <media>
    <asset id="ecran-telephone" href="media/ecran-telephone.svg" type="image/svg+xml" size="%SIZE%" sha256="%SHA%">
      <alt>Un téléphone dont l'écran montre deux icônes : « Appeler » en bleu et « Messages » en vert.</alt>
      <credit>Relais</credit>
      <licence>CC-BY-SA-4.0</licence>
    </asset>
  </media>
</curriculum>
)";

const char pathwayXml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<pathway xmlns="urn:relais:curriculum:1" formatVersion="1" id="premier-parcours" modality="collectif" sessions="1" duration="90">
  <title>Premier parcours</title>
  <steps>
    <step id="seance-1">
      <title>Séance 1 : découvrir le téléphone</title>
      <module ref="premier-atelier"/>
    </step>
  </steps>
  <completion minSessions="1"/>
</pathway>
)";

const char moduleXml[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:relais:curriculum:1" formatVersion="1" id="premier-atelier" duration="90" modality="collectif" level="debutant">
  <title>Premier atelier</title>
  <summary>
    <p>Reconnaître les icônes principales d'un téléphone.</p>
  </summary>
  <objectives>
    <objective>Reconnaître l'icône pour appeler</objective>
    <objective>Reconnaître l'icône des messages</objective>
  </objectives>
  <equipment>
    <item kind="smartphone">Un smartphone par personne, ou un pour deux</item>
    <item kind="videoprojecteur">Pour montrer l'écran à tout le groupe</item>
  </equipment>
  <facilitatorNotes>
    <p>Commencez par demander à chacun ce qu'il fait déjà avec son téléphone.</p>
  </facilitatorNotes>
  <runningOrder>
    <segment duration="15">
      <title>Accueil et tour de table</title>
    </segment>
    <segment duration="30" activity="decouvrir">
      <title>Découvrir l'écran d'accueil</title>
    </segment>
    <segment duration="30" activity="quiz">
      <title>Petit quiz</title>
    </segment>
    <segment duration="15">
      <title>Questions et bilan</title>
    </segment>
  </runningOrder>
  <activities>
    <activity id="decouvrir" type="content">
      <title>L'écran d'accueil</title>
      <media ref="ecran-telephone"/>
      <payload>
        <content xmlns="urn:relais:exercise:content:1">
          <body>
            <p>Sur l'écran d'accueil, chaque <strong>icône</strong> ouvre une application.</p>
          </body>
          <figures>
            <figure media="ecran-telephone">
              <caption>L'écran d'accueil d'un téléphone</caption>
            </figure>
          </figures>
        </content>
      </payload>
    </activity>
    <activity id="quiz" type="mcq">
      <title>Quelle icône pour appeler ?</title>
      <scoring weight="1"/>
      <payload>
        <mcq xmlns="urn:relais:exercise:mcq:1" multiple="false">
          <question>Sur quelle icône appuyez-vous pour téléphoner ?</question>
          <choices>
            <choice correct="true">
              <text>Appeler</text>
              <feedback>Oui : l'icône « Appeler » ouvre le téléphone.</feedback>
            </choice>
            <choice correct="false">
              <text>Messages</text>
              <feedback>Non : « Messages » sert à écrire des SMS.</feedback>
            </choice>
          </choices>
        </mcq>
      </payload>
    </activity>
  </activities>
</module>
)";

QString xmlEscape(QString s)
{
    return s.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('<'), QLatin1String("&lt;"));
}

} // namespace

bool createStarterCurriculum(const QString &folder, const QString &id, const QString &title, Diagnostics &diags)
{
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        diags << Diagnostic::make(QStringLiteral("pack.target-exists"), {}, {}, {QDir::toNativeSeparators(folder)});
        return false;
    }
    const QByteArray image(svg);
    QString root = QString::fromUtf8(curriculumXml);
    root.replace(QLatin1String("%ID%"), id)
        .replace(QLatin1String("%TITLE%"), xmlEscape(title))
        .replace(QLatin1String("%PUBLISHER%"), QStringLiteral("À compléter"))
        .replace(QLatin1String("%DATE%"), QDate::currentDate().toString(Qt::ISODate))
        .replace(QLatin1String("%SIZE%"), QString::number(image.size()))
        .replace(QLatin1String("%SHA%"), sha256Hex(image));
    return writeFileAtomically(folder + QStringLiteral("/media/ecran-telephone.svg"), image, diags)
        && writeFileAtomically(folder + QStringLiteral("/modules/premier-atelier.xml"), moduleXml, diags)
        && writeFileAtomically(folder + QStringLiteral("/pathways/premier-parcours.xml"), pathwayXml, diags)
        && writeFileAtomically(folder + QStringLiteral("/curriculum.xml"), root.toUtf8(), diags);
}

} // namespace Relais
