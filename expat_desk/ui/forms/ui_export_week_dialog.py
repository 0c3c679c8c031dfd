# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_week_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ExportWeekDialog(object):
    def setupUi(self, ExportWeekDialog):
        if not ExportWeekDialog.objectName():
            ExportWeekDialog.setObjectName(u"ExportWeekDialog")
        ExportWeekDialog.resize(480, 260)
        self.dialogLayout = QVBoxLayout(ExportWeekDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ExportWeekDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QFormLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.weekLabel = QLabel(ExportWeekDialog)
        self.weekLabel.setObjectName(u"weekLabel")

        self.fieldsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.weekLabel)

        self.weekRow = QHBoxLayout()
        self.weekRow.setObjectName(u"weekRow")
        self.weekField = QDateEdit(ExportWeekDialog)
        self.weekField.setObjectName(u"weekField")
        self.weekField.setCalendarPopup(True)

        self.weekRow.addWidget(self.weekField)

        self.weekSpan = QLabel(ExportWeekDialog)
        self.weekSpan.setObjectName(u"weekSpan")

        self.weekRow.addWidget(self.weekSpan)

        self.weekSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekRow.addItem(self.weekSpacer)


        self.fieldsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.weekRow)

        self.weeksLabel = QLabel(ExportWeekDialog)
        self.weeksLabel.setObjectName(u"weeksLabel")

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.weeksLabel)

        self.weeksField = QSpinBox(ExportWeekDialog)
        self.weeksField.setObjectName(u"weeksField")
        self.weeksField.setMaximumSize(QSize(90, 16777215))
        self.weeksField.setMinimum(1)
        self.weeksField.setMaximum(104)

        self.fieldsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.weeksField)

        self.managerLabel = QLabel(ExportWeekDialog)
        self.managerLabel.setObjectName(u"managerLabel")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.managerLabel)

        self.managerField = QComboBox(ExportWeekDialog)
        self.managerField.setObjectName(u"managerField")

        self.fieldsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.managerField)

        self.exportLanguageLabel = QLabel(ExportWeekDialog)
        self.exportLanguageLabel.setObjectName(u"exportLanguageLabel")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.exportLanguageLabel)

        self.exportLanguageCombo = QComboBox(ExportWeekDialog)
        self.exportLanguageCombo.setObjectName(u"exportLanguageCombo")

        self.fieldsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.exportLanguageCombo)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.errorLabel = QLabel(ExportWeekDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setVisible(False)

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportWeekDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.weekLabel.setBuddy(self.weekField)
        self.weeksLabel.setBuddy(self.weeksField)
        self.managerLabel.setBuddy(self.managerField)
        self.exportLanguageLabel.setBuddy(self.exportLanguageCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.weekField, self.weeksField)
        QWidget.setTabOrder(self.weeksField, self.managerField)
        QWidget.setTabOrder(self.managerField, self.exportLanguageCombo)
        QWidget.setTabOrder(self.exportLanguageCombo, self.buttonBox)

        self.retranslateUi(ExportWeekDialog)
        self.buttonBox.rejected.connect(ExportWeekDialog.reject)
    # setupUi

    def retranslateUi(self, ExportWeekDialog):
        ExportWeekDialog.setWindowTitle(QCoreApplication.translate("ExportWeekDialog", u"Export week", None))
#if QT_CONFIG(accessibility)
        ExportWeekDialog.setAccessibleName(QCoreApplication.translate("ExportWeekDialog", u"Export a week's workload", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("ExportWeekDialog", u"The week's workload as an Excel workbook for the supervisor: a summary per manager and service, every case touched, and the actions of each day.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("ExportWeekDialog", u"About the export", None))
#endif // QT_CONFIG(accessibility)
        self.weekLabel.setText(QCoreApplication.translate("ExportWeekDialog", u"&Week of:", None))
#if QT_CONFIG(accessibility)
        self.weekField.setAccessibleName(QCoreApplication.translate("ExportWeekDialog", u"A day of the week to export", None))
#endif // QT_CONFIG(accessibility)
        self.weekField.setDisplayFormat(QCoreApplication.translate("ExportWeekDialog", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.weekSpan.setAccessibleName(QCoreApplication.translate("ExportWeekDialog", u"The week chosen", None))
#endif // QT_CONFIG(accessibility)
        self.weeksLabel.setText(QCoreApplication.translate("ExportWeekDialog", u"&Number of weeks:", None))
#if QT_CONFIG(accessibility)
        self.weeksField.setAccessibleName(QCoreApplication.translate("ExportWeekDialog", u"How many weeks, ending with the week chosen", None))
#endif // QT_CONFIG(accessibility)
        self.managerLabel.setText(QCoreApplication.translate("ExportWeekDialog", u"&Manager:", None))
#if QT_CONFIG(accessibility)
        self.managerField.setAccessibleName(QCoreApplication.translate("ExportWeekDialog", u"Whose workload", None))
#endif // QT_CONFIG(accessibility)
        self.exportLanguageLabel.setText(QCoreApplication.translate("ExportWeekDialog", u"&Language of the workbook:", None))
#if QT_CONFIG(accessibility)
        self.exportLanguageCombo.setAccessibleName(QCoreApplication.translate("ExportWeekDialog", u"Language of the workbook", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.exportLanguageCombo.setAccessibleDescription(QCoreApplication.translate("ExportWeekDialog", u"The language of the sheet names, headers, statuses and services in the workbook", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ExportWeekDialog", u"What went wrong", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

