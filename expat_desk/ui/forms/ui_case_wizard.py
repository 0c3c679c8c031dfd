# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_wizard.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QFormLayout,
    QGridLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

from expat_desk.ui.case_wizard import CheckedPage
from expat_desk.ui.country_picker import CountryPicker

class Ui_CaseWizard(object):
    def setupUi(self, caseWizard):
        if not caseWizard.objectName():
            caseWizard.setObjectName(u"caseWizard")
        caseWizard.resize(640, 560)
        caseWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.clientPage = CheckedPage()
        self.clientPage.setObjectName(u"clientPage")
        self.clientLayout = QVBoxLayout(self.clientPage)
        self.clientLayout.setObjectName(u"clientLayout")
        self.existingClientButton = QRadioButton(self.clientPage)
        self.existingClientButton.setObjectName(u"existingClientButton")
        self.existingClientButton.setChecked(True)

        self.clientLayout.addWidget(self.existingClientButton)

        self.clientSearchField = QLineEdit(self.clientPage)
        self.clientSearchField.setObjectName(u"clientSearchField")
        self.clientSearchField.setClearButtonEnabled(True)

        self.clientLayout.addWidget(self.clientSearchField)

        self.clientPicker = QListWidget(self.clientPage)
        self.clientPicker.setObjectName(u"clientPicker")
        self.clientPicker.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clientPicker.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.clientLayout.addWidget(self.clientPicker)

        self.newClientButton = QRadioButton(self.clientPage)
        self.newClientButton.setObjectName(u"newClientButton")

        self.clientLayout.addWidget(self.newClientButton)

        self.newClientBox = QWidget(self.clientPage)
        self.newClientBox.setObjectName(u"newClientBox")
        self.newClientBox.setEnabled(False)
        self.newClientForm = QGridLayout(self.newClientBox)
        self.newClientForm.setObjectName(u"newClientForm")
        self.newSurnameLabel = QLabel(self.newClientBox)
        self.newSurnameLabel.setObjectName(u"newSurnameLabel")

        self.newClientForm.addWidget(self.newSurnameLabel, 0, 0, 1, 1)

        self.newSurname = QLineEdit(self.newClientBox)
        self.newSurname.setObjectName(u"newSurname")

        self.newClientForm.addWidget(self.newSurname, 0, 1, 1, 1)

        self.newSurnameError = QLabel(self.newClientBox)
        self.newSurnameError.setObjectName(u"newSurnameError")
        self.newSurnameError.setStyleSheet(u"color: #c62828;")
        self.newSurnameError.setWordWrap(True)

        self.newClientForm.addWidget(self.newSurnameError, 1, 1, 1, 1)

        self.newGivenNamesLabel = QLabel(self.newClientBox)
        self.newGivenNamesLabel.setObjectName(u"newGivenNamesLabel")

        self.newClientForm.addWidget(self.newGivenNamesLabel, 2, 0, 1, 1)

        self.newGivenNames = QLineEdit(self.newClientBox)
        self.newGivenNames.setObjectName(u"newGivenNames")

        self.newClientForm.addWidget(self.newGivenNames, 2, 1, 1, 1)

        self.newGivenNamesError = QLabel(self.newClientBox)
        self.newGivenNamesError.setObjectName(u"newGivenNamesError")
        self.newGivenNamesError.setStyleSheet(u"color: #c62828;")
        self.newGivenNamesError.setWordWrap(True)

        self.newClientForm.addWidget(self.newGivenNamesError, 3, 1, 1, 1)

        self.newBirthDateLabel = QLabel(self.newClientBox)
        self.newBirthDateLabel.setObjectName(u"newBirthDateLabel")

        self.newClientForm.addWidget(self.newBirthDateLabel, 4, 0, 1, 1)

        self.newBirthDate = QDateEdit(self.newClientBox)
        self.newBirthDate.setObjectName(u"newBirthDate")
        self.newBirthDate.setCalendarPopup(True)
        self.newBirthDate.setMinimumDate(QDate(1900, 1, 1))

        self.newClientForm.addWidget(self.newBirthDate, 4, 1, 1, 1)

        self.newBirthDateError = QLabel(self.newClientBox)
        self.newBirthDateError.setObjectName(u"newBirthDateError")
        self.newBirthDateError.setStyleSheet(u"color: #c62828;")
        self.newBirthDateError.setWordWrap(True)

        self.newClientForm.addWidget(self.newBirthDateError, 5, 1, 1, 1)

        self.newCitizenshipLabel = QLabel(self.newClientBox)
        self.newCitizenshipLabel.setObjectName(u"newCitizenshipLabel")

        self.newClientForm.addWidget(self.newCitizenshipLabel, 6, 0, 1, 1)

        self.newCitizenship = CountryPicker(self.newClientBox)
        self.newCitizenship.setObjectName(u"newCitizenship")

        self.newClientForm.addWidget(self.newCitizenship, 6, 1, 1, 1)

        self.newCitizenshipError = QLabel(self.newClientBox)
        self.newCitizenshipError.setObjectName(u"newCitizenshipError")
        self.newCitizenshipError.setStyleSheet(u"color: #c62828;")
        self.newCitizenshipError.setWordWrap(True)

        self.newClientForm.addWidget(self.newCitizenshipError, 7, 1, 1, 1)

        self.newPassportLabel = QLabel(self.newClientBox)
        self.newPassportLabel.setObjectName(u"newPassportLabel")

        self.newClientForm.addWidget(self.newPassportLabel, 8, 0, 1, 1)

        self.newPassport = QLineEdit(self.newClientBox)
        self.newPassport.setObjectName(u"newPassport")

        self.newClientForm.addWidget(self.newPassport, 8, 1, 1, 1)

        self.newPassportError = QLabel(self.newClientBox)
        self.newPassportError.setObjectName(u"newPassportError")
        self.newPassportError.setStyleSheet(u"color: #c62828;")
        self.newPassportError.setWordWrap(True)

        self.newClientForm.addWidget(self.newPassportError, 9, 1, 1, 1)


        self.clientLayout.addWidget(self.newClientBox)

        caseWizard.addPage(self.clientPage)
        self.servicePage = CheckedPage()
        self.servicePage.setObjectName(u"servicePage")
        self.serviceLayout = QVBoxLayout(self.servicePage)
        self.serviceLayout.setObjectName(u"serviceLayout")
        self.serviceChoice = QListWidget(self.servicePage)
        self.serviceChoice.setObjectName(u"serviceChoice")
        self.serviceChoice.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.serviceChoice.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.serviceLayout.addWidget(self.serviceChoice)

        caseWizard.addPage(self.servicePage)
        self.detailsPage = CheckedPage()
        self.detailsPage.setObjectName(u"detailsPage")
        self.detailsLayout = QVBoxLayout(self.detailsPage)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.refusalLabel = QLabel(self.detailsPage)
        self.refusalLabel.setObjectName(u"refusalLabel")
        self.refusalLabel.setStyleSheet(u"color: #c62828; font-weight: bold;")
        self.refusalLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.refusalLabel)

        self.openIinCaseButton = QPushButton(self.detailsPage)
        self.openIinCaseButton.setObjectName(u"openIinCaseButton")

        self.detailsLayout.addWidget(self.openIinCaseButton)

        self.detailsFields = QWidget(self.detailsPage)
        self.detailsFields.setObjectName(u"detailsFields")
        self.detailsForm = QFormLayout(self.detailsFields)
        self.detailsForm.setObjectName(u"detailsForm")

        self.detailsLayout.addWidget(self.detailsFields)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        caseWizard.addPage(self.detailsPage)
        self.checklistPage = QWizardPage()
        self.checklistPage.setObjectName(u"checklistPage")
        self.checklistLayout = QVBoxLayout(self.checklistPage)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistPreview = QListWidget(self.checklistPage)
        self.checklistPreview.setObjectName(u"checklistPreview")
        self.checklistPreview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklistPreview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.checklistPreview.setWordWrap(True)

        self.checklistLayout.addWidget(self.checklistPreview)

        caseWizard.addPage(self.checklistPage)
        self.reviewPage = QWizardPage()
        self.reviewPage.setObjectName(u"reviewPage")
        self.reviewLayout = QVBoxLayout(self.reviewPage)
        self.reviewLayout.setObjectName(u"reviewLayout")
        self.reviewSummary = QLabel(self.reviewPage)
        self.reviewSummary.setObjectName(u"reviewSummary")
        self.reviewSummary.setTextFormat(Qt.TextFormat.PlainText)
        self.reviewSummary.setWordWrap(True)
        self.reviewSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard|Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reviewLayout.addWidget(self.reviewSummary)

        self.reviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.reviewLayout.addItem(self.reviewSpacer)

        caseWizard.addPage(self.reviewPage)
#if QT_CONFIG(shortcut)
        self.newSurnameLabel.setBuddy(self.newSurname)
        self.newGivenNamesLabel.setBuddy(self.newGivenNames)
        self.newBirthDateLabel.setBuddy(self.newBirthDate)
        self.newCitizenshipLabel.setBuddy(self.newCitizenship)
        self.newPassportLabel.setBuddy(self.newPassport)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.existingClientButton, self.clientSearchField)
        QWidget.setTabOrder(self.clientSearchField, self.clientPicker)
        QWidget.setTabOrder(self.clientPicker, self.newClientButton)
        QWidget.setTabOrder(self.newClientButton, self.newSurname)
        QWidget.setTabOrder(self.newSurname, self.newGivenNames)
        QWidget.setTabOrder(self.newGivenNames, self.newBirthDate)
        QWidget.setTabOrder(self.newBirthDate, self.newCitizenship)
        QWidget.setTabOrder(self.newCitizenship, self.newPassport)
        QWidget.setTabOrder(self.newPassport, self.serviceChoice)
        QWidget.setTabOrder(self.serviceChoice, self.openIinCaseButton)
        QWidget.setTabOrder(self.openIinCaseButton, self.checklistPreview)

        self.retranslateUi(caseWizard)
    # setupUi

    def retranslateUi(self, caseWizard):
        caseWizard.setWindowTitle(QCoreApplication.translate("CaseWizard", u"New case", None))
#if QT_CONFIG(accessibility)
        caseWizard.setAccessibleName(QCoreApplication.translate("CaseWizard", u"New case wizard", None))
#endif // QT_CONFIG(accessibility)
        self.clientPage.setTitle(QCoreApplication.translate("CaseWizard", u"Client", None))
        self.clientPage.setSubTitle(QCoreApplication.translate("CaseWizard", u"Pick the client the case is for, or register a new one.", None))
        self.existingClientButton.setText(QCoreApplication.translate("CaseWizard", u"&Existing client", None))
#if QT_CONFIG(accessibility)
        self.existingClientButton.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Existing client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clientSearchField.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Find a client", None))
#endif // QT_CONFIG(accessibility)
        self.clientSearchField.setPlaceholderText(QCoreApplication.translate("CaseWizard", u"Name in Latin or Cyrillic, passport, IIN, phone or employer", None))
#if QT_CONFIG(accessibility)
        self.clientPicker.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Matching clients", None))
#endif // QT_CONFIG(accessibility)
        self.newClientButton.setText(QCoreApplication.translate("CaseWizard", u"&New client", None))
#if QT_CONFIG(accessibility)
        self.newClientButton.setAccessibleName(QCoreApplication.translate("CaseWizard", u"New client", None))
#endif // QT_CONFIG(accessibility)
        self.newSurnameLabel.setText(QCoreApplication.translate("CaseWizard", u"&Surname (Latin):", None))
#if QT_CONFIG(accessibility)
        self.newSurname.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Surname (Latin)", None))
#endif // QT_CONFIG(accessibility)
        self.newSurname.setPlaceholderText(QCoreApplication.translate("CaseWizard", u"As in the passport, e.g. M\u00dcLLER", None))
#if QT_CONFIG(accessibility)
        self.newSurnameError.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Surname (Latin): error", None))
#endif // QT_CONFIG(accessibility)
        self.newGivenNamesLabel.setText(QCoreApplication.translate("CaseWizard", u"&Given names (Latin):", None))
#if QT_CONFIG(accessibility)
        self.newGivenNames.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Given names (Latin)", None))
#endif // QT_CONFIG(accessibility)
        self.newGivenNames.setPlaceholderText(QCoreApplication.translate("CaseWizard", u"As in the passport", None))
#if QT_CONFIG(accessibility)
        self.newGivenNamesError.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Given names (Latin): error", None))
#endif // QT_CONFIG(accessibility)
        self.newBirthDateLabel.setText(QCoreApplication.translate("CaseWizard", u"&Birth date:", None))
#if QT_CONFIG(accessibility)
        self.newBirthDate.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Birth date", None))
#endif // QT_CONFIG(accessibility)
        self.newBirthDate.setDisplayFormat(QCoreApplication.translate("CaseWizard", u"dd.MM.yyyy", None))
        self.newBirthDate.setSpecialValueText(QCoreApplication.translate("CaseWizard", u"not set", None))
#if QT_CONFIG(accessibility)
        self.newBirthDateError.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Birth date: error", None))
#endif // QT_CONFIG(accessibility)
        self.newCitizenshipLabel.setText(QCoreApplication.translate("CaseWizard", u"&Citizenship:", None))
#if QT_CONFIG(accessibility)
        self.newCitizenship.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Citizenship", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newCitizenshipError.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Citizenship: error", None))
#endif // QT_CONFIG(accessibility)
        self.newPassportLabel.setText(QCoreApplication.translate("CaseWizard", u"&Passport number:", None))
#if QT_CONFIG(accessibility)
        self.newPassport.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Passport number", None))
#endif // QT_CONFIG(accessibility)
        self.newPassport.setPlaceholderText(QCoreApplication.translate("CaseWizard", u"5 to 20 Latin letters and digits", None))
#if QT_CONFIG(accessibility)
        self.newPassportError.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Passport number: error", None))
#endif // QT_CONFIG(accessibility)
        self.servicePage.setTitle(QCoreApplication.translate("CaseWizard", u"Service", None))
        self.servicePage.setSubTitle(QCoreApplication.translate("CaseWizard", u"What the client needs.", None))
#if QT_CONFIG(accessibility)
        self.serviceChoice.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Service", None))
#endif // QT_CONFIG(accessibility)
        self.detailsPage.setTitle(QCoreApplication.translate("CaseWizard", u"Details", None))
        self.detailsPage.setSubTitle(QCoreApplication.translate("CaseWizard", u"Only what this service needs.", None))
#if QT_CONFIG(accessibility)
        self.refusalLabel.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Why this case cannot be opened", None))
#endif // QT_CONFIG(accessibility)
        self.openIinCaseButton.setText(QCoreApplication.translate("CaseWizard", u"Open an &IIN case instead", None))
#if QT_CONFIG(accessibility)
        self.openIinCaseButton.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Open an IIN case instead", None))
#endif // QT_CONFIG(accessibility)
        self.checklistPage.setTitle(QCoreApplication.translate("CaseWizard", u"Checklist", None))
        self.checklistPage.setSubTitle(QCoreApplication.translate("CaseWizard", u"The documents and steps the case will track. Nothing is stored yet.", None))
#if QT_CONFIG(accessibility)
        self.checklistPreview.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Checklist of the case", None))
#endif // QT_CONFIG(accessibility)
        self.reviewPage.setTitle(QCoreApplication.translate("CaseWizard", u"Review", None))
        self.reviewPage.setSubTitle(QCoreApplication.translate("CaseWizard", u"Click Finish to open the case.", None))
#if QT_CONFIG(accessibility)
        self.reviewSummary.setAccessibleName(QCoreApplication.translate("CaseWizard", u"Summary of the case", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

