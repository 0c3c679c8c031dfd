# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checklist_pane.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDateEdit, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ChecklistPane(object):
    def setupUi(self, ChecklistPane):
        if not ChecklistPane.objectName():
            ChecklistPane.setObjectName(u"ChecklistPane")
        ChecklistPane.resize(760, 640)
        self.paneLayout = QVBoxLayout(ChecklistPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.caseLabel = QLabel(ChecklistPane)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.paneLayout.addWidget(self.caseLabel)

        self.progressLayout = QVBoxLayout()
        self.progressLayout.setObjectName(u"progressLayout")
        self.checklistProgress = QProgressBar(ChecklistPane)
        self.checklistProgress.setObjectName(u"checklistProgress")
        self.checklistProgress.setValue(0)

        self.progressLayout.addWidget(self.checklistProgress)

        self.readyLabel = QLabel(ChecklistPane)
        self.readyLabel.setObjectName(u"readyLabel")
        self.readyLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.readyLabel)


        self.paneLayout.addLayout(self.progressLayout)

        self.checklistView = QTableView(ChecklistPane)
        self.checklistView.setObjectName(u"checklistView")
        self.checklistView.setTabKeyNavigation(False)
        self.checklistView.setAcceptDrops(True)
        self.checklistView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checklistView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklistView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklistView.setAlternatingRowColors(True)
        self.checklistView.horizontalHeader().setStretchLastSection(True)
        self.checklistView.verticalHeader().setVisible(False)

        self.paneLayout.addWidget(self.checklistView)

        self.itemGroup = QGroupBox(ChecklistPane)
        self.itemGroup.setObjectName(u"itemGroup")
        self.itemLayout = QVBoxLayout(self.itemGroup)
        self.itemLayout.setObjectName(u"itemLayout")
        self.markLayout = QHBoxLayout()
        self.markLayout.setObjectName(u"markLayout")
        self.itemDateLabel = QLabel(self.itemGroup)
        self.itemDateLabel.setObjectName(u"itemDateLabel")

        self.markLayout.addWidget(self.itemDateLabel)

        self.itemDate = QDateEdit(self.itemGroup)
        self.itemDate.setObjectName(u"itemDate")
        self.itemDate.setCalendarPopup(True)

        self.markLayout.addWidget(self.itemDate)

        self.markLabel = QLabel(self.itemGroup)
        self.markLabel.setObjectName(u"markLabel")

        self.markLayout.addWidget(self.markLabel)

        self.markButtons = QWidget(self.itemGroup)
        self.markButtons.setObjectName(u"markButtons")
        self.markButtonsLayout = QHBoxLayout(self.markButtons)
        self.markButtonsLayout.setObjectName(u"markButtonsLayout")
        self.markButtonsLayout.setContentsMargins(0, 0, 0, 0)
        self.markReceivedButton = QPushButton(self.markButtons)
        self.markReceivedButton.setObjectName(u"markReceivedButton")

        self.markButtonsLayout.addWidget(self.markReceivedButton)

        self.markVerifiedButton = QPushButton(self.markButtons)
        self.markVerifiedButton.setObjectName(u"markVerifiedButton")

        self.markButtonsLayout.addWidget(self.markVerifiedButton)

        self.markMissingButton = QPushButton(self.markButtons)
        self.markMissingButton.setObjectName(u"markMissingButton")

        self.markButtonsLayout.addWidget(self.markMissingButton)

        self.markNotApplicableButton = QPushButton(self.markButtons)
        self.markNotApplicableButton.setObjectName(u"markNotApplicableButton")

        self.markButtonsLayout.addWidget(self.markNotApplicableButton)


        self.markLayout.addWidget(self.markButtons)


        self.itemLayout.addLayout(self.markLayout)

        self.noteLayout = QHBoxLayout()
        self.noteLayout.setObjectName(u"noteLayout")
        self.noteLabel = QLabel(self.itemGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteLayout.addWidget(self.noteLabel)

        self.itemNote = QLineEdit(self.itemGroup)
        self.itemNote.setObjectName(u"itemNote")
        self.itemNote.setMaxLength(2000)

        self.noteLayout.addWidget(self.itemNote)


        self.itemLayout.addLayout(self.noteLayout)

        self.scanLayout = QHBoxLayout()
        self.scanLayout.setObjectName(u"scanLayout")
        self.fileLabel = QLabel(self.itemGroup)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setWordWrap(True)

        self.scanLayout.addWidget(self.fileLabel)

        self.scanSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scanLayout.addItem(self.scanSpacer)

        self.attachButton = QPushButton(self.itemGroup)
        self.attachButton.setObjectName(u"attachButton")

        self.scanLayout.addWidget(self.attachButton)

        self.openScanButton = QPushButton(self.itemGroup)
        self.openScanButton.setObjectName(u"openScanButton")

        self.scanLayout.addWidget(self.openScanButton)


        self.itemLayout.addLayout(self.scanLayout)


        self.paneLayout.addWidget(self.itemGroup)

        self.caseGroup = QGroupBox(ChecklistPane)
        self.caseGroup.setObjectName(u"caseGroup")
        self.caseLayout = QHBoxLayout(self.caseGroup)
        self.caseLayout.setObjectName(u"caseLayout")
        self.submitCaseButton = QPushButton(self.caseGroup)
        self.submitCaseButton.setObjectName(u"submitCaseButton")

        self.caseLayout.addWidget(self.submitCaseButton)

        self.completeCaseButton = QPushButton(self.caseGroup)
        self.completeCaseButton.setObjectName(u"completeCaseButton")

        self.caseLayout.addWidget(self.completeCaseButton)

        self.refuseCaseButton = QPushButton(self.caseGroup)
        self.refuseCaseButton.setObjectName(u"refuseCaseButton")

        self.caseLayout.addWidget(self.refuseCaseButton)

        self.returnCaseButton = QPushButton(self.caseGroup)
        self.returnCaseButton.setObjectName(u"returnCaseButton")

        self.caseLayout.addWidget(self.returnCaseButton)

        self.reopenCaseButton = QPushButton(self.caseGroup)
        self.reopenCaseButton.setObjectName(u"reopenCaseButton")

        self.caseLayout.addWidget(self.reopenCaseButton)

        self.cancelCaseButton = QPushButton(self.caseGroup)
        self.cancelCaseButton.setObjectName(u"cancelCaseButton")

        self.caseLayout.addWidget(self.cancelCaseButton)

        self.caseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseLayout.addItem(self.caseSpacer)


        self.paneLayout.addWidget(self.caseGroup)

        self.caseTabs = QTabWidget(ChecklistPane)
        self.caseTabs.setObjectName(u"caseTabs")
        self.historyPage = QWidget()
        self.historyPage.setObjectName(u"historyPage")
        self.historyLayout = QVBoxLayout(self.historyPage)
        self.historyLayout.setObjectName(u"historyLayout")
        self.caseHistory = QListWidget(self.historyPage)
        self.caseHistory.setObjectName(u"caseHistory")
        self.caseHistory.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseHistory.setWordWrap(True)

        self.historyLayout.addWidget(self.caseHistory)

        self.caseTabs.addTab(self.historyPage, "")
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsLayout = QHBoxLayout(self.documentsPage)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.caseDocumentsList = QListWidget(self.documentsPage)
        self.caseDocumentsList.setObjectName(u"caseDocumentsList")
        self.caseDocumentsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.documentsLayout.addWidget(self.caseDocumentsList)

        self.documentButtonsLayout = QVBoxLayout()
        self.documentButtonsLayout.setObjectName(u"documentButtonsLayout")
        self.generateDocumentsButton = QPushButton(self.documentsPage)
        self.generateDocumentsButton.setObjectName(u"generateDocumentsButton")

        self.documentButtonsLayout.addWidget(self.generateDocumentsButton)

        self.openDocumentButton = QPushButton(self.documentsPage)
        self.openDocumentButton.setObjectName(u"openDocumentButton")

        self.documentButtonsLayout.addWidget(self.openDocumentButton)

        self.documentButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.documentButtonsLayout.addItem(self.documentButtonsSpacer)


        self.documentsLayout.addLayout(self.documentButtonsLayout)

        self.caseTabs.addTab(self.documentsPage, "")

        self.paneLayout.addWidget(self.caseTabs)

        self.paneLayout.setStretch(2, 3)
        self.paneLayout.setStretch(5, 2)
#if QT_CONFIG(shortcut)
        self.itemDateLabel.setBuddy(self.itemDate)
        self.noteLabel.setBuddy(self.itemNote)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.checklistView, self.itemDate)
        QWidget.setTabOrder(self.itemDate, self.markReceivedButton)
        QWidget.setTabOrder(self.markReceivedButton, self.markVerifiedButton)
        QWidget.setTabOrder(self.markVerifiedButton, self.markMissingButton)
        QWidget.setTabOrder(self.markMissingButton, self.markNotApplicableButton)
        QWidget.setTabOrder(self.markNotApplicableButton, self.itemNote)
        QWidget.setTabOrder(self.itemNote, self.attachButton)
        QWidget.setTabOrder(self.attachButton, self.openScanButton)
        QWidget.setTabOrder(self.openScanButton, self.submitCaseButton)
        QWidget.setTabOrder(self.submitCaseButton, self.completeCaseButton)
        QWidget.setTabOrder(self.completeCaseButton, self.refuseCaseButton)
        QWidget.setTabOrder(self.refuseCaseButton, self.returnCaseButton)
        QWidget.setTabOrder(self.returnCaseButton, self.reopenCaseButton)
        QWidget.setTabOrder(self.reopenCaseButton, self.cancelCaseButton)
        QWidget.setTabOrder(self.cancelCaseButton, self.caseTabs)
        QWidget.setTabOrder(self.caseTabs, self.caseHistory)
        QWidget.setTabOrder(self.caseHistory, self.caseDocumentsList)
        QWidget.setTabOrder(self.caseDocumentsList, self.generateDocumentsButton)
        QWidget.setTabOrder(self.generateDocumentsButton, self.openDocumentButton)

        self.retranslateUi(ChecklistPane)

        self.caseTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, ChecklistPane):
        ChecklistPane.setWindowTitle(QCoreApplication.translate("ChecklistPane", u"Checklist", None))
#if QT_CONFIG(accessibility)
        ChecklistPane.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Checklist of the case", None))
#endif // QT_CONFIG(accessibility)
        self.caseLabel.setText(QCoreApplication.translate("ChecklistPane", u"No case selected", None))
#if QT_CONFIG(accessibility)
        self.caseLabel.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checklistProgress.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Required documents collected", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.readyLabel.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"What the case still needs", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checklistView.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Checklist of the case's documents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.checklistView.setToolTip(QCoreApplication.translate("ChecklistPane", u"Drop a scan on a document to attach it", None))
#endif // QT_CONFIG(tooltip)
        self.itemGroup.setTitle(QCoreApplication.translate("ChecklistPane", u"Selected document", None))
#if QT_CONFIG(accessibility)
        self.itemGroup.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Selected document", None))
#endif // QT_CONFIG(accessibility)
        self.itemDateLabel.setText(QCoreApplication.translate("ChecklistPane", u"&On:", None))
#if QT_CONFIG(accessibility)
        self.itemDate.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Date the document came in or the step was done", None))
#endif // QT_CONFIG(accessibility)
        self.itemDate.setDisplayFormat(QCoreApplication.translate("ChecklistPane", u"dd.MM.yyyy", None))
        self.markLabel.setText(QCoreApplication.translate("ChecklistPane", u"Mark as:", None))
        self.markReceivedButton.setText(QCoreApplication.translate("ChecklistPane", u"&Received", None))
#if QT_CONFIG(tooltip)
        self.markReceivedButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"The client brought this document", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.markReceivedButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Mark as received", None))
#endif // QT_CONFIG(accessibility)
        self.markVerifiedButton.setText(QCoreApplication.translate("ChecklistPane", u"&Verified", None))
#if QT_CONFIG(tooltip)
        self.markVerifiedButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"You checked this document", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.markVerifiedButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Mark as verified", None))
#endif // QT_CONFIG(accessibility)
        self.markMissingButton.setText(QCoreApplication.translate("ChecklistPane", u"&Missing", None))
#if QT_CONFIG(tooltip)
        self.markMissingButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"This document is still to be collected", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.markMissingButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Mark as missing", None))
#endif // QT_CONFIG(accessibility)
        self.markNotApplicableButton.setText(QCoreApplication.translate("ChecklistPane", u"&Not applicable", None))
#if QT_CONFIG(tooltip)
        self.markNotApplicableButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"This document does not apply to the client", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.markNotApplicableButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Mark as not applicable", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("ChecklistPane", u"N&ote:", None))
#if QT_CONFIG(accessibility)
        self.itemNote.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Note on the document", None))
#endif // QT_CONFIG(accessibility)
        self.itemNote.setPlaceholderText(QCoreApplication.translate("ChecklistPane", u"A note on this document, saved when you leave the field", None))
        self.fileLabel.setText(QCoreApplication.translate("ChecklistPane", u"No scan attached", None))
#if QT_CONFIG(accessibility)
        self.fileLabel.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Attached scan", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("ChecklistPane", u"&Attach scan\u2026", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"Copy a scan of this document into the case", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.attachButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Attach scan", None))
#endif // QT_CONFIG(accessibility)
        self.openScanButton.setText(QCoreApplication.translate("ChecklistPane", u"O&pen scan", None))
#if QT_CONFIG(tooltip)
        self.openScanButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"Open the attached scan in its usual program", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openScanButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Open scan", None))
#endif // QT_CONFIG(accessibility)
        self.caseGroup.setTitle(QCoreApplication.translate("ChecklistPane", u"Case", None))
#if QT_CONFIG(accessibility)
        self.caseGroup.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Case status", None))
#endif // QT_CONFIG(accessibility)
        self.submitCaseButton.setText(QCoreApplication.translate("ChecklistPane", u"&Submit", None))
#if QT_CONFIG(tooltip)
        self.submitCaseButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"Hand the case to the state body (every required document is in)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.submitCaseButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Submit the case", None))
#endif // QT_CONFIG(accessibility)
        self.completeCaseButton.setText(QCoreApplication.translate("ChecklistPane", u"&Complete", None))
#if QT_CONFIG(tooltip)
        self.completeCaseButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"The state body has decided: record the outcome", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.completeCaseButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Complete the case", None))
#endif // QT_CONFIG(accessibility)
        self.refuseCaseButton.setText(QCoreApplication.translate("ChecklistPane", u"Re&fused\u2026", None))
#if QT_CONFIG(tooltip)
        self.refuseCaseButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"The state body refused the application: record its reason and date", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.refuseCaseButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Record the case as refused by the authority", None))
#endif // QT_CONFIG(accessibility)
        self.returnCaseButton.setText(QCoreApplication.translate("ChecklistPane", u"Re&turn for corrections", None))
#if QT_CONFIG(tooltip)
        self.returnCaseButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"The state body sent the case back: open it again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.returnCaseButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Return the case for corrections", None))
#endif // QT_CONFIG(accessibility)
        self.reopenCaseButton.setText(QCoreApplication.translate("ChecklistPane", u"Re&open", None))
#if QT_CONFIG(tooltip)
        self.reopenCaseButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"Open a completed or cancelled case again", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.reopenCaseButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Reopen the case", None))
#endif // QT_CONFIG(accessibility)
        self.cancelCaseButton.setText(QCoreApplication.translate("ChecklistPane", u"Cance&l case", None))
#if QT_CONFIG(tooltip)
        self.cancelCaseButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"The client no longer needs this service", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.cancelCaseButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Cancel the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseTabs.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"History and generated documents of the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseHistory.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"History of the case", None))
#endif // QT_CONFIG(accessibility)
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.historyPage), QCoreApplication.translate("ChecklistPane", u"&History", None))
#if QT_CONFIG(accessibility)
        self.caseDocumentsList.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Documents generated for the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.caseDocumentsList.setToolTip(QCoreApplication.translate("ChecklistPane", u"Double-click or press Enter to open the file as it was generated", None))
#endif // QT_CONFIG(tooltip)
        self.generateDocumentsButton.setText(QCoreApplication.translate("ChecklistPane", u"&Generate documents\u2026", None))
#if QT_CONFIG(tooltip)
        self.generateDocumentsButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"Fill in the consent, power of attorney or letter of this case, to print (Ctrl+G)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.generateDocumentsButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Generate documents", None))
#endif // QT_CONFIG(accessibility)
        self.openDocumentButton.setText(QCoreApplication.translate("ChecklistPane", u"Open", None))
#if QT_CONFIG(tooltip)
        self.openDocumentButton.setToolTip(QCoreApplication.translate("ChecklistPane", u"Show the selected document as it was generated, to print it again or save a copy", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openDocumentButton.setAccessibleName(QCoreApplication.translate("ChecklistPane", u"Open the selected document", None))
#endif // QT_CONFIG(accessibility)
        self.caseTabs.setTabText(self.caseTabs.indexOf(self.documentsPage), QCoreApplication.translate("ChecklistPane", u"Generated doc&uments", None))
    # retranslateUi

