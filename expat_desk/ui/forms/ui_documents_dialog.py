# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_dialog.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QVBoxLayout, QWidget)

class Ui_DocumentsDialog(object):
    def setupUi(self, DocumentsDialog):
        if not DocumentsDialog.objectName():
            DocumentsDialog.setObjectName(u"DocumentsDialog")
        DocumentsDialog.resize(1080, 680)
        self.dialogLayout = QVBoxLayout(DocumentsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(12)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.optionsScroll = QScrollArea(DocumentsDialog)
        self.optionsScroll.setObjectName(u"optionsScroll")
        self.optionsScroll.setWidgetResizable(True)
        self.optionsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.optionsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.optionsScroll.setMinimumSize(QSize(470, 0))
        self.optionsScroll.setMaximumSize(QSize(500, 16777215))
        self.optionsWidget = QWidget()
        self.optionsWidget.setObjectName(u"optionsWidget")
        self.optionsLayout = QVBoxLayout(self.optionsWidget)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.optionsLayout.setContentsMargins(0, 0, 6, 0)
        self.caseLabel = QLabel(self.optionsWidget)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.optionsLayout.addWidget(self.caseLabel)

        self.kindsGroup = QGroupBox(self.optionsWidget)
        self.kindsGroup.setObjectName(u"kindsGroup")
        self.kindsLayout = QVBoxLayout(self.kindsGroup)
        self.kindsLayout.setObjectName(u"kindsLayout")
        self.consentCheck = QCheckBox(self.kindsGroup)
        self.consentCheck.setObjectName(u"consentCheck")

        self.kindsLayout.addWidget(self.consentCheck)

        self.powerOfAttorneyCheck = QCheckBox(self.kindsGroup)
        self.powerOfAttorneyCheck.setObjectName(u"powerOfAttorneyCheck")

        self.kindsLayout.addWidget(self.powerOfAttorneyCheck)

        self.notificationLetterCheck = QCheckBox(self.kindsGroup)
        self.notificationLetterCheck.setObjectName(u"notificationLetterCheck")

        self.kindsLayout.addWidget(self.notificationLetterCheck)


        self.optionsLayout.addWidget(self.kindsGroup)

        self.languagesGroup = QGroupBox(self.optionsWidget)
        self.languagesGroup.setObjectName(u"languagesGroup")
        self.languagesLayout = QGridLayout(self.languagesGroup)
        self.languagesLayout.setObjectName(u"languagesLayout")
        self.firstLanguageLabel = QLabel(self.languagesGroup)
        self.firstLanguageLabel.setObjectName(u"firstLanguageLabel")

        self.languagesLayout.addWidget(self.firstLanguageLabel, 0, 0, 1, 1)

        self.firstLanguageCombo = QComboBox(self.languagesGroup)
        self.firstLanguageCombo.setObjectName(u"firstLanguageCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.firstLanguageCombo.sizePolicy().hasHeightForWidth())
        self.firstLanguageCombo.setSizePolicy(sizePolicy)

        self.languagesLayout.addWidget(self.firstLanguageCombo, 0, 1, 1, 1)

        self.secondLanguageLabel = QLabel(self.languagesGroup)
        self.secondLanguageLabel.setObjectName(u"secondLanguageLabel")

        self.languagesLayout.addWidget(self.secondLanguageLabel, 1, 0, 1, 1)

        self.secondLanguageCombo = QComboBox(self.languagesGroup)
        self.secondLanguageCombo.setObjectName(u"secondLanguageCombo")
        sizePolicy.setHeightForWidth(self.secondLanguageCombo.sizePolicy().hasHeightForWidth())
        self.secondLanguageCombo.setSizePolicy(sizePolicy)

        self.languagesLayout.addWidget(self.secondLanguageCombo, 1, 1, 1, 1)

        self.languagesError = QLabel(self.languagesGroup)
        self.languagesError.setObjectName(u"languagesError")
        self.languagesError.setWordWrap(True)
        self.languagesError.setVisible(False)

        self.languagesLayout.addWidget(self.languagesError, 2, 1, 1, 1)


        self.optionsLayout.addWidget(self.languagesGroup)

        self.attorneyGroup = QGroupBox(self.optionsWidget)
        self.attorneyGroup.setObjectName(u"attorneyGroup")
        self.attorneyLayout = QVBoxLayout(self.attorneyGroup)
        self.attorneyLayout.setObjectName(u"attorneyLayout")
        self.attorneyLabel = QLabel(self.attorneyGroup)
        self.attorneyLabel.setObjectName(u"attorneyLabel")

        self.attorneyLayout.addWidget(self.attorneyLabel)

        self.attorneyRow = QHBoxLayout()
        self.attorneyRow.setObjectName(u"attorneyRow")
        self.attorneyCombo = QComboBox(self.attorneyGroup)
        self.attorneyCombo.setObjectName(u"attorneyCombo")
        sizePolicy.setHeightForWidth(self.attorneyCombo.sizePolicy().hasHeightForWidth())
        self.attorneyCombo.setSizePolicy(sizePolicy)

        self.attorneyRow.addWidget(self.attorneyCombo)

        self.newAttorneyButton = QPushButton(self.attorneyGroup)
        self.newAttorneyButton.setObjectName(u"newAttorneyButton")
        self.newAttorneyButton.setAutoDefault(False)

        self.attorneyRow.addWidget(self.newAttorneyButton)


        self.attorneyLayout.addLayout(self.attorneyRow)

        self.attorneyError = QLabel(self.attorneyGroup)
        self.attorneyError.setObjectName(u"attorneyError")
        self.attorneyError.setWordWrap(True)
        self.attorneyError.setVisible(False)

        self.attorneyLayout.addWidget(self.attorneyError)

        self.termUntilLabel = QLabel(self.attorneyGroup)
        self.termUntilLabel.setObjectName(u"termUntilLabel")

        self.attorneyLayout.addWidget(self.termUntilLabel)

        self.noTermCheck = QCheckBox(self.attorneyGroup)
        self.noTermCheck.setObjectName(u"noTermCheck")
        self.noTermCheck.setChecked(True)

        self.attorneyLayout.addWidget(self.noTermCheck)

        self.termUntilField = QDateEdit(self.attorneyGroup)
        self.termUntilField.setObjectName(u"termUntilField")
        self.termUntilField.setCalendarPopup(True)

        self.attorneyLayout.addWidget(self.termUntilField)

        self.termUntilError = QLabel(self.attorneyGroup)
        self.termUntilError.setObjectName(u"termUntilError")
        self.termUntilError.setWordWrap(True)
        self.termUntilError.setVisible(False)

        self.attorneyLayout.addWidget(self.termUntilError)


        self.optionsLayout.addWidget(self.attorneyGroup)

        self.letterGroup = QGroupBox(self.optionsWidget)
        self.letterGroup.setObjectName(u"letterGroup")
        self.letterLayout = QVBoxLayout(self.letterGroup)
        self.letterLayout.setObjectName(u"letterLayout")
        self.stayAddressLabel = QLabel(self.letterGroup)
        self.stayAddressLabel.setObjectName(u"stayAddressLabel")

        self.letterLayout.addWidget(self.stayAddressLabel)

        self.stayAddressField = QLineEdit(self.letterGroup)
        self.stayAddressField.setObjectName(u"stayAddressField")
        self.stayAddressField.setMaxLength(300)

        self.letterLayout.addWidget(self.stayAddressField)

        self.stayAddressError = QLabel(self.letterGroup)
        self.stayAddressError.setObjectName(u"stayAddressError")
        self.stayAddressError.setWordWrap(True)
        self.stayAddressError.setVisible(False)

        self.letterLayout.addWidget(self.stayAddressError)

        self.stayUntilLabel = QLabel(self.letterGroup)
        self.stayUntilLabel.setObjectName(u"stayUntilLabel")

        self.letterLayout.addWidget(self.stayUntilLabel)

        self.stayUntilField = QDateEdit(self.letterGroup)
        self.stayUntilField.setObjectName(u"stayUntilField")
        self.stayUntilField.setCalendarPopup(True)

        self.letterLayout.addWidget(self.stayUntilField)

        self.stayUntilError = QLabel(self.letterGroup)
        self.stayUntilError.setObjectName(u"stayUntilError")
        self.stayUntilError.setWordWrap(True)
        self.stayUntilError.setVisible(False)

        self.letterLayout.addWidget(self.stayUntilError)


        self.optionsLayout.addWidget(self.letterGroup)

        self.missingLabel = QLabel(self.optionsWidget)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.missingLabel.setVisible(False)

        self.optionsLayout.addWidget(self.missingLabel)

        self.fixLayout = QHBoxLayout()
        self.fixLayout.setObjectName(u"fixLayout")
        self.centreDetailsButton = QPushButton(self.optionsWidget)
        self.centreDetailsButton.setObjectName(u"centreDetailsButton")
        self.centreDetailsButton.setVisible(False)

        self.fixLayout.addWidget(self.centreDetailsButton)

        self.fixSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fixLayout.addItem(self.fixSpacer)


        self.optionsLayout.addLayout(self.fixLayout)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.optionsLayout.addItem(self.optionsSpacer)

        self.resultLabel = QLabel(self.optionsWidget)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.optionsLayout.addWidget(self.resultLabel)

        self.generateLayout = QHBoxLayout()
        self.generateLayout.setObjectName(u"generateLayout")
        self.generateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.generateLayout.addItem(self.generateSpacer)

        self.generateButton = QPushButton(self.optionsWidget)
        self.generateButton.setObjectName(u"generateButton")

        self.generateLayout.addWidget(self.generateButton)


        self.optionsLayout.addLayout(self.generateLayout)

        self.optionsScroll.setWidget(self.optionsWidget)

        self.bodyLayout.addWidget(self.optionsScroll)

        self.previewLayout = QVBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewToolbar = QHBoxLayout()
        self.previewToolbar.setObjectName(u"previewToolbar")
        self.previewChoiceLabel = QLabel(DocumentsDialog)
        self.previewChoiceLabel.setObjectName(u"previewChoiceLabel")

        self.previewToolbar.addWidget(self.previewChoiceLabel)

        self.previewChoice = QComboBox(DocumentsDialog)
        self.previewChoice.setObjectName(u"previewChoice")
        self.previewChoice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.previewToolbar.addWidget(self.previewChoice)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewToolbar.addItem(self.previewSpacer)

        self.pagesLabel = QLabel(DocumentsDialog)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.previewToolbar.addWidget(self.pagesLabel)

        self.printButton = QPushButton(DocumentsDialog)
        self.printButton.setObjectName(u"printButton")

        self.previewToolbar.addWidget(self.printButton)

        self.saveAsButton = QPushButton(DocumentsDialog)
        self.saveAsButton.setObjectName(u"saveAsButton")

        self.previewToolbar.addWidget(self.saveAsButton)


        self.previewLayout.addLayout(self.previewToolbar)

        self.previewStack = QStackedWidget(DocumentsDialog)
        self.previewStack.setObjectName(u"previewStack")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.previewStack.sizePolicy().hasHeightForWidth())
        self.previewStack.setSizePolicy(sizePolicy1)
        self.emptyLabel = QLabel()
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setFrameShape(QFrame.Shape.StyledPanel)
        self.emptyLabel.setMargin(24)
        self.previewStack.addWidget(self.emptyLabel)
        self.documentPreview = QPdfView()
        self.documentPreview.setObjectName(u"documentPreview")
        self.documentPreview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.previewStack.addWidget(self.documentPreview)

        self.previewLayout.addWidget(self.previewStack)


        self.bodyLayout.addLayout(self.previewLayout)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(DocumentsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstLanguageLabel.setBuddy(self.firstLanguageCombo)
        self.secondLanguageLabel.setBuddy(self.secondLanguageCombo)
        self.attorneyLabel.setBuddy(self.attorneyCombo)
        self.termUntilLabel.setBuddy(self.termUntilField)
        self.stayAddressLabel.setBuddy(self.stayAddressField)
        self.stayUntilLabel.setBuddy(self.stayUntilField)
        self.previewChoiceLabel.setBuddy(self.previewChoice)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.consentCheck, self.powerOfAttorneyCheck)
        QWidget.setTabOrder(self.powerOfAttorneyCheck, self.notificationLetterCheck)
        QWidget.setTabOrder(self.notificationLetterCheck, self.firstLanguageCombo)
        QWidget.setTabOrder(self.firstLanguageCombo, self.secondLanguageCombo)
        QWidget.setTabOrder(self.secondLanguageCombo, self.attorneyCombo)
        QWidget.setTabOrder(self.attorneyCombo, self.newAttorneyButton)
        QWidget.setTabOrder(self.newAttorneyButton, self.noTermCheck)
        QWidget.setTabOrder(self.noTermCheck, self.termUntilField)
        QWidget.setTabOrder(self.termUntilField, self.stayAddressField)
        QWidget.setTabOrder(self.stayAddressField, self.stayUntilField)
        QWidget.setTabOrder(self.stayUntilField, self.centreDetailsButton)
        QWidget.setTabOrder(self.centreDetailsButton, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.previewChoice)
        QWidget.setTabOrder(self.previewChoice, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveAsButton)
        QWidget.setTabOrder(self.saveAsButton, self.documentPreview)

        self.retranslateUi(DocumentsDialog)
        self.buttonBox.rejected.connect(DocumentsDialog.reject)

        self.generateButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DocumentsDialog):
        DocumentsDialog.setWindowTitle(QCoreApplication.translate("DocumentsDialog", u"Generate documents", None))
#if QT_CONFIG(accessibility)
        DocumentsDialog.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Generate documents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseLabel.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Case", None))
#endif // QT_CONFIG(accessibility)
        self.kindsGroup.setTitle(QCoreApplication.translate("DocumentsDialog", u"Documents to generate", None))
#if QT_CONFIG(accessibility)
        self.kindsGroup.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Documents to generate", None))
#endif // QT_CONFIG(accessibility)
        self.consentCheck.setText(QCoreApplication.translate("DocumentsDialog", u"&Consent to personal data processing", None))
#if QT_CONFIG(accessibility)
        self.consentCheck.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Consent to the collection and processing of personal data", None))
#endif // QT_CONFIG(accessibility)
        self.powerOfAttorneyCheck.setText(QCoreApplication.translate("DocumentsDialog", u"P&ower of attorney", None))
#if QT_CONFIG(accessibility)
        self.powerOfAttorneyCheck.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Power of attorney", None))
#endif // QT_CONFIG(accessibility)
        self.notificationLetterCheck.setText(QCoreApplication.translate("DocumentsDialog", u"Notification letter of the &host party", None))
#if QT_CONFIG(accessibility)
        self.notificationLetterCheck.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Notification letter of the host party", None))
#endif // QT_CONFIG(accessibility)
        self.languagesGroup.setTitle(QCoreApplication.translate("DocumentsDialog", u"Languages", None))
#if QT_CONFIG(accessibility)
        self.languagesGroup.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Languages", None))
#endif // QT_CONFIG(accessibility)
        self.firstLanguageLabel.setText(QCoreApplication.translate("DocumentsDialog", u"&Left column:", None))
#if QT_CONFIG(accessibility)
        self.firstLanguageCombo.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Language of the left column", None))
#endif // QT_CONFIG(accessibility)
        self.secondLanguageLabel.setText(QCoreApplication.translate("DocumentsDialog", u"&Right column:", None))
#if QT_CONFIG(accessibility)
        self.secondLanguageCombo.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Language of the right column", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.languagesError.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Languages: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.attorneyGroup.setTitle(QCoreApplication.translate("DocumentsDialog", u"Power of attorney", None))
#if QT_CONFIG(accessibility)
        self.attorneyGroup.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Power of attorney", None))
#endif // QT_CONFIG(accessibility)
        self.attorneyLabel.setText(QCoreApplication.translate("DocumentsDialog", u"&Attorney:", None))
#if QT_CONFIG(accessibility)
        self.attorneyCombo.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Attorney", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.attorneyCombo.setToolTip(QCoreApplication.translate("DocumentsDialog", u"The attorneys of Settings, Attorneys: name and identity document", None))
#endif // QT_CONFIG(tooltip)
        self.attorneyCombo.setPlaceholderText(QCoreApplication.translate("DocumentsDialog", u"Choose the attorney", None))
        self.newAttorneyButton.setText(QCoreApplication.translate("DocumentsDialog", u"Ne&w attorney\u2026", None))
#if QT_CONFIG(accessibility)
        self.newAttorneyButton.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"New attorney", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attorneyError.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Attorney: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.termUntilLabel.setText(QCoreApplication.translate("DocumentsDialog", u"Valid &until:", None))
        self.noTermCheck.setText(QCoreApplication.translate("DocumentsDialog", u"No ter&m stated", None))
#if QT_CONFIG(accessibility)
        self.noTermCheck.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"No term stated: valid for one year", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.noTermCheck.setToolTip(QCoreApplication.translate("DocumentsDialog", u"Civil Code, Article 168: a power of attorney without a stated term is valid for one year; a stated term is at most three years", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.termUntilField.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Power of attorney valid until", None))
#endif // QT_CONFIG(accessibility)
        self.termUntilField.setDisplayFormat(QCoreApplication.translate("DocumentsDialog", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.termUntilError.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Valid until: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.letterGroup.setTitle(QCoreApplication.translate("DocumentsDialog", u"Notification letter", None))
#if QT_CONFIG(accessibility)
        self.letterGroup.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Notification letter", None))
#endif // QT_CONFIG(accessibility)
        self.stayAddressLabel.setText(QCoreApplication.translate("DocumentsDialog", u"Address of sta&y:", None))
#if QT_CONFIG(accessibility)
        self.stayAddressField.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Address of stay", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stayAddressError.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Address of stay: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.stayUntilLabel.setText(QCoreApplication.translate("DocumentsDialog", u"Stays un&til:", None))
#if QT_CONFIG(accessibility)
        self.stayUntilField.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Last day of stay", None))
#endif // QT_CONFIG(accessibility)
        self.stayUntilField.setDisplayFormat(QCoreApplication.translate("DocumentsDialog", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.stayUntilError.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Stays until: what is wrong", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.missingLabel.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"What must be filled in first", None))
#endif // QT_CONFIG(accessibility)
        self.centreDetailsButton.setText(QCoreApplication.translate("DocumentsDialog", u"Centr&e details\u2026", None))
#if QT_CONFIG(tooltip)
        self.centreDetailsButton.setToolTip(QCoreApplication.translate("DocumentsDialog", u"Enter the centre's name, BIN and address, printed on every document", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.centreDetailsButton.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Enter the centre's details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"What was generated", None))
#endif // QT_CONFIG(accessibility)
        self.generateButton.setText(QCoreApplication.translate("DocumentsDialog", u"&Generate", None))
#if QT_CONFIG(tooltip)
        self.generateButton.setToolTip(QCoreApplication.translate("DocumentsDialog", u"Make the documents ticked, file them on the case and show them", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.generateButton.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Generate the documents ticked", None))
#endif // QT_CONFIG(accessibility)
        self.previewChoiceLabel.setText(QCoreApplication.translate("DocumentsDialog", u"Sho&wing:", None))
#if QT_CONFIG(accessibility)
        self.previewChoice.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Generated document shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pagesLabel.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Number of pages", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("DocumentsDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DocumentsDialog", u"Print the document shown", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Print the document shown", None))
#endif // QT_CONFIG(accessibility)
        self.saveAsButton.setText(QCoreApplication.translate("DocumentsDialog", u"Save &as\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveAsButton.setToolTip(QCoreApplication.translate("DocumentsDialog", u"Save a copy of the document shown, e.g. to send it by e-mail", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveAsButton.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Save a copy of the document shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Preview", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("DocumentsDialog", u"Tick the documents and press Generate: they are filed on the case and shown here, ready to print or save.", None))
#if QT_CONFIG(accessibility)
        self.documentPreview.setAccessibleName(QCoreApplication.translate("DocumentsDialog", u"Preview of the document", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

