# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stay_check_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from expat_desk.ui.country_picker import CountryPicker

class Ui_StayCheckDialog(object):
    def setupUi(self, StayCheckDialog):
        if not StayCheckDialog.objectName():
            StayCheckDialog.setObjectName(u"StayCheckDialog")
        StayCheckDialog.resize(620, 520)
        self.dialogLayout = QVBoxLayout(StayCheckDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(StayCheckDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.questionForm = QFormLayout()
        self.questionForm.setObjectName(u"questionForm")
        self.citizenshipLabel = QLabel(StayCheckDialog)
        self.citizenshipLabel.setObjectName(u"citizenshipLabel")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.citizenshipLabel)

        self.citizenshipField = CountryPicker(StayCheckDialog)
        self.citizenshipField.setObjectName(u"citizenshipField")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.citizenshipField)

        self.arrivalLabel = QLabel(StayCheckDialog)
        self.arrivalLabel.setObjectName(u"arrivalLabel")

        self.questionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.arrivalLabel)

        self.arrivalDate = QDateEdit(StayCheckDialog)
        self.arrivalDate.setObjectName(u"arrivalDate")
        self.arrivalDate.setCalendarPopup(True)

        self.questionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.arrivalDate)

        self.departureBox = QCheckBox(StayCheckDialog)
        self.departureBox.setObjectName(u"departureBox")

        self.questionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departureBox)

        self.departureDate = QDateEdit(StayCheckDialog)
        self.departureDate.setObjectName(u"departureDate")
        self.departureDate.setCalendarPopup(True)

        self.questionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departureDate)

        self.purposeLabel = QLabel(StayCheckDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.questionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeCombo = QComboBox(StayCheckDialog)
        self.purposeCombo.setObjectName(u"purposeCombo")

        self.questionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purposeCombo)

        self.visaBox = QCheckBox(StayCheckDialog)
        self.visaBox.setObjectName(u"visaBox")

        self.questionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.visaBox)

        self.visaUntilDate = QDateEdit(StayCheckDialog)
        self.visaUntilDate.setObjectName(u"visaUntilDate")
        self.visaUntilDate.setCalendarPopup(True)

        self.questionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.visaUntilDate)


        self.dialogLayout.addLayout(self.questionForm)

        self.answerLabel = QLabel(StayCheckDialog)
        self.answerLabel.setObjectName(u"answerLabel")
        self.answerLabel.setTextFormat(Qt.TextFormat.RichText)
        self.answerLabel.setWordWrap(True)
        self.answerLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.answerLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.answerLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(StayCheckDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.citizenshipLabel.setBuddy(self.citizenshipField)
        self.arrivalLabel.setBuddy(self.arrivalDate)
        self.purposeLabel.setBuddy(self.purposeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.citizenshipField, self.arrivalDate)
        QWidget.setTabOrder(self.arrivalDate, self.departureBox)
        QWidget.setTabOrder(self.departureBox, self.departureDate)
        QWidget.setTabOrder(self.departureDate, self.purposeCombo)
        QWidget.setTabOrder(self.purposeCombo, self.visaBox)
        QWidget.setTabOrder(self.visaBox, self.visaUntilDate)
        QWidget.setTabOrder(self.visaUntilDate, self.buttonBox)

        self.retranslateUi(StayCheckDialog)
        self.buttonBox.rejected.connect(StayCheckDialog.reject)
    # setupUi

    def retranslateUi(self, StayCheckDialog):
        StayCheckDialog.setWindowTitle(QCoreApplication.translate("StayCheckDialog", u"Stay check", None))
        self.introLabel.setText(QCoreApplication.translate("StayCheckDialog", u"Answer a caller's question about a stay without opening a case: whether it needs registration, by when the host party must notify the migration police, and how many visa-free days are left.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("StayCheckDialog", u"About the stay check", None))
#endif // QT_CONFIG(accessibility)
        self.citizenshipLabel.setText(QCoreApplication.translate("StayCheckDialog", u"&Citizenship:", None))
#if QT_CONFIG(accessibility)
        self.citizenshipField.setAccessibleName(QCoreApplication.translate("StayCheckDialog", u"Citizenship", None))
#endif // QT_CONFIG(accessibility)
        self.arrivalLabel.setText(QCoreApplication.translate("StayCheckDialog", u"&Arrival:", None))
#if QT_CONFIG(accessibility)
        self.arrivalDate.setAccessibleName(QCoreApplication.translate("StayCheckDialog", u"Arrival", None))
#endif // QT_CONFIG(accessibility)
        self.departureBox.setText(QCoreApplication.translate("StayCheckDialog", u"&Departure:", None))
#if QT_CONFIG(accessibility)
        self.departureBox.setAccessibleName(QCoreApplication.translate("StayCheckDialog", u"The departure is known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.departureDate.setAccessibleName(QCoreApplication.translate("StayCheckDialog", u"Departure", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("StayCheckDialog", u"&Purpose:", None))
#if QT_CONFIG(accessibility)
        self.purposeCombo.setAccessibleName(QCoreApplication.translate("StayCheckDialog", u"Purpose of the stay", None))
#endif // QT_CONFIG(accessibility)
        self.visaBox.setText(QCoreApplication.translate("StayCheckDialog", u"&Visa or permit until:", None))
#if QT_CONFIG(accessibility)
        self.visaBox.setAccessibleName(QCoreApplication.translate("StayCheckDialog", u"The stay rests on a visa or permit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.visaUntilDate.setAccessibleName(QCoreApplication.translate("StayCheckDialog", u"Last day of the visa or permit", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.answerLabel.setAccessibleName(QCoreApplication.translate("StayCheckDialog", u"The answer", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

