# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'visa_free_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from expat_desk.ui.country_picker import CountryPicker

class Ui_VisaFreeDialog(object):
    def setupUi(self, VisaFreeDialog):
        if not VisaFreeDialog.objectName():
            VisaFreeDialog.setObjectName(u"VisaFreeDialog")
        VisaFreeDialog.resize(900, 600)
        self.dialogLayout = QVBoxLayout(VisaFreeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(VisaFreeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.searchField = QLineEdit(VisaFreeDialog)
        self.searchField.setObjectName(u"searchField")
        self.searchField.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.searchField)

        self.countryTable = QTableWidget(VisaFreeDialog)
        self.countryTable.setObjectName(u"countryTable")
        self.countryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countryTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.countryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.countryTable.setWordWrap(False)

        self.dialogLayout.addWidget(self.countryTable)

        self.correctionGroup = QGroupBox(VisaFreeDialog)
        self.correctionGroup.setObjectName(u"correctionGroup")
        self.correctionForm = QFormLayout(self.correctionGroup)
        self.correctionForm.setObjectName(u"correctionForm")
        self.countryLabel = QLabel(self.correctionGroup)
        self.countryLabel.setObjectName(u"countryLabel")

        self.correctionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryField = CountryPicker(self.correctionGroup)
        self.countryField.setObjectName(u"countryField")

        self.correctionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.countryField)

        self.reciprocalBox = QCheckBox(self.correctionGroup)
        self.reciprocalBox.setObjectName(u"reciprocalBox")

        self.correctionForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.reciprocalBox)

        self.perEntryLabel = QLabel(self.correctionGroup)
        self.perEntryLabel.setObjectName(u"perEntryLabel")

        self.correctionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.perEntryLabel)

        self.perEntrySpin = QSpinBox(self.correctionGroup)
        self.perEntrySpin.setObjectName(u"perEntrySpin")
        self.perEntrySpin.setMaximum(366)

        self.correctionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.perEntrySpin)

        self.per180Label = QLabel(self.correctionGroup)
        self.per180Label.setObjectName(u"per180Label")

        self.correctionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.per180Label)

        self.per180Spin = QSpinBox(self.correctionGroup)
        self.per180Spin.setObjectName(u"per180Spin")
        self.per180Spin.setMaximum(180)

        self.correctionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.per180Spin)

        self.noteLabel = QLabel(self.correctionGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.correctionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteField = QLineEdit(self.correctionGroup)
        self.noteField.setObjectName(u"noteField")
        self.noteField.setMaxLength(300)

        self.correctionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteField)

        self.errorLabel = QLabel(self.correctionGroup)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.correctionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.errorLabel)

        self.correctionButtons = QHBoxLayout()
        self.correctionButtons.setObjectName(u"correctionButtons")
        self.saveButton = QPushButton(self.correctionGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.correctionButtons.addWidget(self.saveButton)

        self.removeButton = QPushButton(self.correctionGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.correctionButtons.addWidget(self.removeButton)

        self.revertButton = QPushButton(self.correctionGroup)
        self.revertButton.setObjectName(u"revertButton")

        self.correctionButtons.addWidget(self.revertButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.correctionButtons.addItem(self.buttonSpacer)


        self.correctionForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.correctionButtons)


        self.dialogLayout.addWidget(self.correctionGroup)

        self.buttonBox = QDialogButtonBox(VisaFreeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.countryLabel.setBuddy(self.countryField)
        self.perEntryLabel.setBuddy(self.perEntrySpin)
        self.per180Label.setBuddy(self.per180Spin)
        self.noteLabel.setBuddy(self.noteField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchField, self.countryTable)
        QWidget.setTabOrder(self.countryTable, self.countryField)
        QWidget.setTabOrder(self.countryField, self.reciprocalBox)
        QWidget.setTabOrder(self.reciprocalBox, self.perEntrySpin)
        QWidget.setTabOrder(self.perEntrySpin, self.per180Spin)
        QWidget.setTabOrder(self.per180Spin, self.noteField)
        QWidget.setTabOrder(self.noteField, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.buttonBox)

        self.retranslateUi(VisaFreeDialog)
        self.buttonBox.rejected.connect(VisaFreeDialog.reject)
    # setupUi

    def retranslateUi(self, VisaFreeDialog):
        VisaFreeDialog.setWindowTitle(QCoreApplication.translate("VisaFreeDialog", u"Visa-free countries", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"About the visa-free list", None))
#endif // QT_CONFIG(accessibility)
        self.searchField.setPlaceholderText(QCoreApplication.translate("VisaFreeDialog", u"Find a country by name or code", None))
#if QT_CONFIG(accessibility)
        self.searchField.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Find a country", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countryTable.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Visa-free countries", None))
#endif // QT_CONFIG(accessibility)
        self.correctionGroup.setTitle(QCoreApplication.translate("VisaFreeDialog", u"The centre's correction", None))
        self.countryLabel.setText(QCoreApplication.translate("VisaFreeDialog", u"&Country:", None))
#if QT_CONFIG(accessibility)
        self.countryField.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Country code", None))
#endif // QT_CONFIG(accessibility)
        self.reciprocalBox.setText(QCoreApplication.translate("VisaFreeDialog", u"&Reciprocal visa-free agreement in force (police registration possible)", None))
#if QT_CONFIG(accessibility)
        self.reciprocalBox.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Reciprocal visa-free agreement in force", None))
#endif // QT_CONFIG(accessibility)
        self.perEntryLabel.setText(QCoreApplication.translate("VisaFreeDialog", u"Days per &entry:", None))
        self.perEntrySpin.setSpecialValueText(QCoreApplication.translate("VisaFreeDialog", u"no limit", None))
#if QT_CONFIG(accessibility)
        self.perEntrySpin.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Days per entry", None))
#endif // QT_CONFIG(accessibility)
        self.per180Label.setText(QCoreApplication.translate("VisaFreeDialog", u"Days within &180 days:", None))
        self.per180Spin.setSpecialValueText(QCoreApplication.translate("VisaFreeDialog", u"no limit", None))
#if QT_CONFIG(accessibility)
        self.per180Spin.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Days within 180 days", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("VisaFreeDialog", u"&Why:", None))
        self.noteField.setPlaceholderText(QCoreApplication.translate("VisaFreeDialog", u"The agreement and its date, or the ministry's letter", None))
#if QT_CONFIG(accessibility)
        self.noteField.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Why the list is corrected", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("VisaFreeDialog", u"color: #c62828;", None))
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Why the correction was not saved", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("VisaFreeDialog", u"&Save the correction", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Save the correction", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("VisaFreeDialog", u"&Take off the list", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Take the country off the list", None))
#endif // QT_CONFIG(accessibility)
        self.revertButton.setText(QCoreApplication.translate("VisaFreeDialog", u"&Back to the published list", None))
#if QT_CONFIG(accessibility)
        self.revertButton.setAccessibleName(QCoreApplication.translate("VisaFreeDialog", u"Back to the published list", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

