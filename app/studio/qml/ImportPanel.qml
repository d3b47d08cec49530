import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais.Studio

// The import of a pack into the library: the progress of its checks, then
// what the user needs to decide (who signed it, what is wrong with it, what
// changes against the installed version), then the progress of the install.
Rectangle {
    id: panel
    required property LibraryController controller
    readonly property var plan: controller.plan
    readonly property bool running: controller.busy
    readonly property var diff: plan.diff || ({})
    readonly property bool hasDiff: diff.count !== undefined
    color: "white"
    border.color: Theme.border
    radius: 4

    function signatureText() {
        switch (plan.signature) {
        case "trusted": return qsTr("Signé par %1 — éditeur de confiance").arg(plan.signerName)
        case "untrusted": return qsTr("Signé par %1 — clé inconnue").arg(plan.signerName)
        case "unsigned": return qsTr("Non signé")
        case "invalid": return qsTr("Signature invalide")
        }
        return qsTr("Signature illisible")
    }
    function signatureColor() {
        return plan.signature === "trusted" ? Theme.ok
             : plan.signature === "untrusted" || plan.signature === "unsigned" ? Theme.warning : Theme.error
    }
    function relationText() {
        switch (plan.relation) {
        case "new": return qsTr("Ce parcours n'est pas encore dans votre bibliothèque.")
        case "newer": return qsTr("Mise à jour : la version active est actuellement la %1.").arg(plan.activeVersion)
        case "older": return qsTr("Version plus ancienne que la version active (%1).").arg(plan.activeVersion)
        }
        return qsTr("Cette version est déjà dans votre bibliothèque.")
    }
    function groupTitle(kind) {
        switch (kind) {
        case "curriculum": return qsTr("Le cursus")
        case "pathways": return qsTr("Parcours")
        case "modules": return qsTr("Ateliers et activités")
        }
        return qsTr("Médias")
    }
    function bumpText(bump) {
        switch (bump) {
        case "major": return qsTr("changement majeur")
        case "minor": return qsTr("changement mineur")
        }
        return qsTr("correction")
    }

    // ---- Checking or installing: a progress bar and a way out ----------

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(560, parent.width - 2 * Theme.margin)
        visible: panel.running
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSize + 3
            font.bold: true
            color: Theme.text
            text: panel.controller.state === "installing" ? qsTr("Installation dans la bibliothèque…")
                                                       : qsTr("Vérification du paquet…")
        }
        ProgressBar {
            objectName: "importProgress"
            Layout.fillWidth: true
            value: panel.controller.progress
            Accessible.name: qsTr("Avancement")
        }
        Label {
            Layout.fillWidth: true
            elide: Text.ElideMiddle
            color: Theme.muted
            textFormat: Text.PlainText
            text: panel.controller.progressWhat
        }
        Button {
            objectName: "importCancel"
            text: qsTr("Annuler")
            Accessible.name: qsTr("Annuler l'import")
            onClicked: panel.controller.cancel()
        }
    }

    // ---- The decision -------------------------------------------------

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        visible: !panel.running
        spacing: Theme.spacing

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            // A Column, not a layout: wrapped paragraphs of changing heights
            // stack without overlapping.
            Column {
                width: scroll.availableWidth
                spacing: Theme.spacing

                Label {
                    objectName: "importHeading"
                    width: parent.width
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.titleFontSize
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    text: panel.controller.state === "failed" ? qsTr("L'import n'a pas abouti")
                        : panel.plan.title ? qsTr("Importer « %1 », version %2").arg(panel.plan.title).arg(panel.plan.version)
                        : qsTr("Importer « %1 »").arg(panel.plan.fileName || "")
                }
                Label {
                    width: parent.width
                    wrapMode: Text.Wrap
                    color: Theme.text
                    visible: panel.controller.state === "confirming" && !!panel.plan.title
                    textFormat: Text.PlainText
                    text: panel.relationText() + " " + qsTr("Publié par %1 : %2 parcours, %3 ateliers, %4 activités.")
                          .arg(panel.plan.publisher).arg(panel.plan.pathways).arg(panel.plan.modules).arg(panel.plan.activities)
                }

                // Why the import failed after it was confirmed.
                Repeater {
                    model: panel.controller.state === "failed" ? panel.controller.problems : []
                    delegate: Label {
                        required property string modelData
                        width: parent.width
                        wrapMode: Text.Wrap
                        color: Theme.error
                        textFormat: Text.PlainText
                        text: "• " + modelData
                    }
                }

                // Who signed it.
                Rectangle {
                    objectName: "importSignature"
                    width: parent.width
                    visible: panel.controller.state === "confirming"
                    height: signatureColumn.implicitHeight + 24
                    radius: 4
                    color: {
                        const c = panel.signatureColor()
                        return Qt.tint("white", Qt.rgba(c.r, c.g, c.b, 0.12))
                    }
                    border.color: panel.signatureColor()
                    border.width: 2
                    Accessible.role: Accessible.StaticText
                    Accessible.name: signatureLabel.text
                    Column {
                        id: signatureColumn
                        x: 12
                        y: 12
                        width: parent.width - 24
                        spacing: 6
                        Label {
                            id: signatureLabel
                            objectName: "importSignatureText"
                            width: parent.width
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSize + 2
                            font.bold: true
                            color: panel.signatureColor()
                            textFormat: Text.PlainText
                            text: (panel.plan.signature === "trusted" ? "✔ " : panel.plan.signature === "invalid"
                                   || panel.plan.signature === "unreadable" ? "✖ " : "⚠ ") + panel.signatureText()
                        }
                        Label {
                            width: parent.width
                            wrapMode: Text.Wrap
                            color: Theme.text
                            visible: !!panel.plan.fingerprint
                            text: qsTr("Empreinte de la clé : %1").arg(panel.plan.fingerprint)
                        }
                        Label {
                            width: parent.width
                            wrapMode: Text.Wrap
                            color: Theme.text
                            visible: text.length > 0
                            textFormat: Text.PlainText
                            text: panel.plan.signatureMessage || ""
                        }
                    }
                }

                Label {
                    objectName: "importChecked"
                    width: parent.width
                    visible: panel.controller.state === "confirming" && panel.plan.installable === true
                             && panel.plan.errorCount === 0 && panel.plan.warningCount === 0
                    wrapMode: Text.Wrap
                    color: Theme.ok
                    text: qsTr("✔ Le contenu du paquet est complet et le cursus a été vérifié : aucun problème trouvé.")
                }

                // Why it cannot be installed.
                Label {
                    width: parent.width
                    visible: panel.controller.state === "confirming" && !panel.plan.installable
                    wrapMode: Text.Wrap
                    font.bold: true
                    color: Theme.error
                    text: qsTr("Ce paquet ne peut pas être installé :")
                }
                Repeater {
                    model: panel.controller.state === "confirming" ? panel.plan.refusals || [] : []
                    delegate: Label {
                        required property string modelData
                        objectName: "importRefusal"
                        width: parent.width
                        wrapMode: Text.Wrap
                        color: Theme.error
                        textFormat: Text.PlainText
                        text: "• " + modelData
                    }
                }
                Label {
                    width: parent.width
                    visible: panel.controller.state === "confirming" && panel.plan.errorCount > 0
                    wrapMode: Text.Wrap
                    font.bold: true
                    color: Theme.error
                    text: qsTr("Erreurs trouvées dans le cursus (%1) :").arg(panel.plan.errorCount)
                }
                Repeater {
                    model: panel.controller.state === "confirming" ? panel.plan.validationErrors || [] : []
                    delegate: Label {
                        required property string modelData
                        width: parent.width
                        wrapMode: Text.Wrap
                        color: Theme.error
                        textFormat: Text.PlainText
                        text: "• " + modelData
                    }
                }

                // What to know before deciding.
                Label {
                    width: parent.width
                    visible: panel.controller.state === "confirming"
                             && (panel.plan.warnings || []).length + (panel.plan.warningCount || 0) > 0
                    wrapMode: Text.Wrap
                    font.bold: true
                    color: Theme.warning
                    text: qsTr("À savoir avant d'installer :")
                }
                Repeater {
                    model: panel.controller.state === "confirming" ? (panel.plan.warnings || []).concat(panel.plan.validationWarnings || []) : []
                    delegate: Label {
                        required property string modelData
                        width: parent.width
                        wrapMode: Text.Wrap
                        color: Theme.text
                        textFormat: Text.PlainText
                        text: "• " + modelData
                    }
                }

                // What changes against the installed version.
                SectionTitle {
                    width: parent.width
                    visible: panel.controller.state === "confirming" && panel.hasDiff
                    text: qsTr("Ce qui change depuis la version %1").arg(panel.plan.activeVersion)
                }
                Label {
                    objectName: "importSuggestedVersion"
                    width: parent.width
                    visible: panel.controller.state === "confirming" && panel.hasDiff
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: panel.diff.count === 0 ? qsTr("Aucun changement dans le contenu.")
                        : qsTr("%n changement(s). Version suggérée par ces changements : %1 (%2).", "", panel.diff.count || 0)
                          .arg(panel.diff.suggestedVersion).arg(panel.bumpText(panel.diff.suggestedBump))
                }
                Label {
                    width: parent.width
                    visible: panel.controller.state === "confirming" && panel.diff.underBumped === true
                    wrapMode: Text.Wrap
                    color: Theme.warning
                    text: qsTr("L'éditeur l'a numérotée %1 : ce numéro annonce moins de changements qu'il n'y en a.")
                          .arg(panel.plan.version)
                }
                Repeater {
                    objectName: "importDiff"
                    model: panel.controller.state === "confirming" ? panel.diff.groups || [] : []
                    delegate: Column {
                        id: group
                        required property var modelData
                        width: parent.width
                        spacing: 4
                        Label {
                            width: parent.width
                            topPadding: 6
                            font.bold: true
                            color: Theme.text
                            text: panel.groupTitle(group.modelData.kind)
                        }
                        Repeater {
                            model: group.modelData.lines
                            delegate: Label {
                                required property string modelData
                                objectName: "importDiffLine"
                                width: group.width
                                leftPadding: 12
                                wrapMode: Text.Wrap
                                color: Theme.text
                                textFormat: Text.PlainText
                                text: "• " + modelData
                            }
                        }
                    }
                }
            }
        }

        // The decision stays in view however long the list above.
        CheckBox {
            id: acceptRisk
            objectName: "importAcceptRisk"
            Layout.fillWidth: true
            visible: panel.controller.state === "confirming" && panel.plan.installable === true && panel.plan.needsConsent === true
            text: qsTr("Je comprends le risque, installer quand même")
            font.bold: true
            Connections {
                target: panel.controller
                function onPlanChanged() { acceptRisk.checked = false; activate.checked = false }
            }
        }
        CheckBox {
            id: activate
            objectName: "importActivate"
            Layout.fillWidth: true
            visible: panel.controller.state === "confirming" && panel.plan.installable === true && panel.plan.relation === "older"
            text: qsTr("En faire la version active (sinon, la version %1 reste active)").arg(panel.plan.activeVersion)
        }
        RowLayout {
            spacing: Theme.spacing
            Button {
                objectName: "importInstall"
                visible: panel.controller.state === "confirming"
                text: qsTr("Installer")
                highlighted: true
                font.bold: true
                padding: 12
                enabled: panel.plan.installable === true && (!panel.plan.needsConsent || acceptRisk.checked)
                onClicked: panel.controller.install(acceptRisk.checked, activate.checked)
            }
            Button {
                objectName: "importClose"
                text: panel.controller.state === "failed" ? qsTr("Fermer") : qsTr("Annuler")
                padding: 12
                Accessible.name: panel.controller.state === "failed" ? qsTr("Fermer") : qsTr("Annuler l'import")
                onClicked: panel.controller.closeImport()
            }
        }
    }
}
