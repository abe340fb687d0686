// SPDX-FileCopyrightText: 2026 CareDesk developers
// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CareDesk.Models
import CareDesk.App

// Warranty help (issue #7): a coverage check with every reason cited, the JD.com
// after-sales steps, and service requests.
Page {
    id: page

    property var verdict: ({})
    property var requestProblems: []
    property string requestOutcome

    background: Rectangle {
        color: Theme.background
    }
    Accessible.name: qsTr("Warranty help")
    onActiveFocusChanged: if (activeFocus)
        regionBox.forceActiveFocus()

    function runCheck() {
        verdict = help.check(regionBox.currentValue, sellerBox.currentValue, categoryBox.currentValue, purchaseField.text, cardCheck.checked, boxCheck.checked, invoiceCheck.checked, boxMatchesCheck.checked, incidentBox.currentValue, true);
    }

    WarrantyHelp {
        id: help
        // A language switch rewords what is already on screen, verdict and refusals included.
        onLanguageChanged: {
            if (page.verdict.title !== undefined)
                page.runCheck();
            if (page.requestProblems.length > 0)
                page.requestProblems = help.validateRequest(reqName.text, reqAddress.text, reqPhone.text, reqModel.text, reqDate.text, reqFault.text, reqRequest.text);
        }
    }

    component Question: Label {
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.ignored: true
    }
    component Heading: Label {
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroller.availableWidth - 2 * Theme.padding
            x: Theme.padding
            spacing: Theme.spacing

            Item {
                Layout.preferredHeight: Theme.spacing
            }
            PageHeader {
                title: qsTr("Warranty help")
                subtitle: qsTr("Answer a few questions to learn whether a repair is covered, why, and what to do next.")
            }

            Heading {
                text: qsTr("Is it covered?")
            }
            Question {
                text: qsTr("Where did you buy it?")
            }
            ComboBox {
                id: regionBox
                objectName: "regionBox"
                model: help.regionChoices
                textRole: "label"
                valueRole: "value"
                Layout.fillWidth: true
                Accessible.name: qsTr("Where did you buy it? %1").arg(currentText)
            }
            Question {
                text: qsTr("Who sold it?")
            }
            ComboBox {
                id: sellerBox
                objectName: "sellerBox"
                model: help.sellerChoices
                textRole: "label"
                valueRole: "value"
                Layout.fillWidth: true
                Accessible.name: qsTr("Who sold it? %1").arg(currentText)
            }
            Question {
                text: qsTr("What kind of product is it?")
            }
            ComboBox {
                id: categoryBox
                objectName: "categoryBox"
                model: help.categoryChoices
                textRole: "label"
                valueRole: "value"
                Layout.fillWidth: true
                Accessible.name: qsTr("Product kind: %1").arg(currentText)
            }
            Question {
                text: qsTr("When did you buy it? (year-month-day)")
            }
            TextField {
                id: purchaseField
                objectName: "purchaseDateField"
                placeholderText: qsTr("2026-05-01")
                maximumLength: 10
                Layout.fillWidth: true
                Accessible.name: qsTr("Purchase date, year-month-day")
            }
            Question {
                text: qsTr("Which of these do you have?")
            }
            CheckBox {
                id: cardCheck
                objectName: "cardCheck"
                text: qsTr("The warranty card")
                checked: true
                Accessible.name: text
            }
            CheckBox {
                id: boxCheck
                objectName: "boxCheck"
                text: qsTr("The product box")
                checked: true
                Accessible.name: text
            }
            CheckBox {
                id: invoiceCheck
                objectName: "invoiceCheck"
                text: qsTr("The original invoice")
                checked: true
                Accessible.name: text
            }
            CheckBox {
                id: boxMatchesCheck
                objectName: "boxMatchesCheck"
                text: qsTr("The box matches the product (same model and serial number)")
                checked: true
                Accessible.name: text
            }
            Question {
                text: qsTr("What happened?")
            }
            ComboBox {
                id: incidentBox
                objectName: "incidentBox"
                model: help.incidentChoices
                textRole: "label"
                valueRole: "value"
                Layout.fillWidth: true
                Accessible.name: qsTr("What happened? %1").arg(currentText)
            }
            Button {
                objectName: "checkButton"
                text: qsTr("Check coverage")
                highlighted: true
                Accessible.name: text
                onClicked: page.runCheck()
            }

            Rectangle {
                visible: page.verdict.title !== undefined
                Layout.fillWidth: true
                implicitHeight: verdictColumn.implicitHeight + Theme.padding * 2
                color: Theme.surface
                radius: 6
                Column {
                    id: verdictColumn
                    x: Theme.padding
                    y: Theme.padding
                    width: parent.width - 2 * Theme.padding
                    spacing: Theme.spacing / 2
                    Label {
                        objectName: "verdictTitle"
                        width: parent.width
                        text: page.verdict.title ?? ""
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: page.verdict.outcome === "covered" ? Theme.success : page.verdict.outcome === "needs-inspection" ? Theme.text : Theme.danger
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    Repeater {
                        model: page.verdict.reasons ?? []
                        delegate: Label {
                            required property string modelData
                            objectName: "verdictReason"
                            width: verdictColumn.width
                            text: "• " + modelData
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.name: modelData
                        }
                    }
                    Label {
                        visible: (page.verdict.remedy ?? "").length > 0
                        width: parent.width
                        text: page.verdict.remedy ?? ""
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.name: text
                    }
                    Repeater {
                        model: page.verdict.steps ?? []
                        delegate: Label {
                            required property string modelData
                            width: verdictColumn.width
                            text: "→ " + modelData
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Accessible.name: qsTr("Next step: %1").arg(modelData)
                        }
                    }
                }
            }

            Heading {
                text: qsTr("Bought on JD.com? Apply for after-sales there")
            }
            Repeater {
                model: help.jdSteps
                delegate: Label {
                    id: jdStep
                    required property var modelData
                    required property int index
                    text: (index + 1) + ". " + modelData.text + (modelData.menu.length > 0 ? "  「" + modelData.menu + "」" + (modelData.menuNote.length > 0 && modelData.menuNote !== modelData.menu ? " (" + modelData.menuNote + ")" : "") : "")
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.name: text
                }
            }

            Heading {
                text: qsTr("Send a service request")
            }
            Question {
                text: qsTr("Every field is needed so the service centre can prepare the visit.")
            }
            TextField {
                id: reqName
                objectName: "reqName"
                placeholderText: qsTr("Your name")
                maximumLength: 100
                Layout.fillWidth: true
                Accessible.name: qsTr("Your name")
            }
            TextField {
                id: reqAddress
                objectName: "reqAddress"
                placeholderText: qsTr("Address")
                maximumLength: 300
                Layout.fillWidth: true
                Accessible.name: qsTr("Address")
            }
            TextField {
                id: reqPhone
                objectName: "reqPhone"
                placeholderText: qsTr("Phone")
                maximumLength: 30
                inputMethodHints: Qt.ImhDialableCharactersOnly
                Layout.fillWidth: true
                Accessible.name: qsTr("Phone")
            }
            TextField {
                id: reqModel
                objectName: "reqModel"
                placeholderText: qsTr("Product model, e.g. WH-1000XM5")
                maximumLength: 60
                Layout.fillWidth: true
                Accessible.name: qsTr("Product model")
            }
            TextField {
                id: reqDate
                objectName: "reqDate"
                placeholderText: qsTr("Purchase date (year-month-day)")
                maximumLength: 10
                Layout.fillWidth: true
                Accessible.name: qsTr("Purchase date, year-month-day")
            }
            TextField {
                id: reqFault
                objectName: "reqFault"
                placeholderText: qsTr("What is wrong")
                maximumLength: 500
                Layout.fillWidth: true
                Accessible.name: qsTr("What is wrong")
            }
            TextField {
                id: reqRequest
                objectName: "reqRequest"
                placeholderText: qsTr("What you want: repair, replacement, …")
                maximumLength: 100
                Layout.fillWidth: true
                Accessible.name: qsTr("What you want")
            }
            ProblemList {
                objectName: "requestProblems"
                messages: page.requestProblems
            }
            Button {
                objectName: "submitRequestButton"
                text: qsTr("Send request")
                Accessible.name: qsTr("Send the service request")
                onClicked: {
                    page.requestProblems = help.submitRequest(reqName.text, reqAddress.text, reqPhone.text, reqModel.text, reqDate.text, reqFault.text, reqRequest.text);
                    page.requestOutcome = page.requestProblems.length === 0 ? qsTr("Your request was sent.") : "";
                }
            }
            Label {
                visible: page.requestOutcome.length > 0
                text: page.requestOutcome
                color: Theme.success
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Repeater {
                model: help.requests
                delegate: Label {
                    required property var modelData
                    text: modelData.title + " — " + modelData.status + "\n" + modelData.detail
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.name: text
                }
            }
            Heading {
                text: qsTr("Questions and answers")
            }
            TextField {
                id: faqSearch
                objectName: "faqSearch"
                placeholderText: qsTr("Search the questions")
                Layout.fillWidth: true
                Accessible.name: qsTr("Search the questions and answers")
                onTextChanged: faq.query = text
            }
            FaqModel {
                id: faq
            }
            Repeater {
                id: faqList
                model: faq
                delegate: Column {
                    id: entry
                    required property string question
                    required property string answer
                    objectName: "faqEntry"
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 3
                    Accessible.role: Accessible.StaticText
                    Accessible.name: question + " " + answer
                    Label {
                        width: entry.width
                        text: entry.question
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Accessible.ignored: true
                    }
                    Label {
                        width: entry.width
                        text: entry.answer
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        Accessible.ignored: true
                    }
                }
            }
            Label {
                visible: faqList.count === 0
                text: qsTr("No question matches; try fewer words.")
                color: Theme.mutedText
                Accessible.name: text
            }
            Item {
                Layout.preferredHeight: Theme.padding
            }
        }
    }
}
