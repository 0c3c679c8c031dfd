# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stay_editor.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StayEditor(object):
    def setupUi(self, StayEditor):
        if not StayEditor.objectName():
            StayEditor.setObjectName(u"StayEditor")
        StayEditor.resize(480, 320)
        self.dialogLayout = QVBoxLayout(StayEditor)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(StayEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(4)
        self.arrivalLabel = QLabel(StayEditor)
        self.arrivalLabel.setObjectName(u"arrivalLabel")

        self.fieldsLayout.addWidget(self.arrivalLabel, 0, 0, 1, 1)

        self.arrivalField = QDateEdit(StayEditor)
        self.arrivalField.setObjectName(u"arrivalField")
        self.arrivalField.setCalendarPopup(True)

        self.fieldsLayout.addWidget(self.arrivalField, 0, 1, 1, 1)

        self.arrivalError = QLabel(StayEditor)
        self.arrivalError.setObjectName(u"arrivalError")
        self.arrivalError.setWordWrap(True)
        self.arrivalError.setVisible(False)

        self.fieldsLayout.addWidget(self.arrivalError, 1, 1, 1, 1)

        self.departureLabel = QLabel(StayEditor)
        self.departureLabel.setObjectName(u"departureLabel")

        self.fieldsLayout.addWidget(self.departureLabel, 2, 0, 1, 1)

        self.departureLayout = QHBoxLayout()
        self.departureLayout.setObjectName(u"departureLayout")
        self.departureField = QDateEdit(StayEditor)
        self.departureField.setObjectName(u"departureField")
        self.departureField.setCalendarPopup(True)

        self.departureLayout.addWidget(self.departureField)

        self.stillHereBox = QCheckBox(StayEditor)
        self.stillHereBox.setObjectName(u"stillHereBox")

        self.departureLayout.addWidget(self.stillHereBox)

        self.departureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departureLayout.addItem(self.departureSpacer)


        self.fieldsLayout.addLayout(self.departureLayout, 2, 1, 1, 1)

        self.departureError = QLabel(StayEditor)
        self.departureError.setObjectName(u"departureError")
        self.departureError.setWordWrap(True)
        self.departureError.setVisible(False)

        self.fieldsLayout.addWidget(self.departureError, 3, 1, 1, 1)

        self.basisLabel = QLabel(StayEditor)
        self.basisLabel.setObjectName(u"basisLabel")

        self.fieldsLayout.addWidget(self.basisLabel, 4, 0, 1, 1)

        self.basisField = QComboBox(StayEditor)
        self.basisField.setObjectName(u"basisField")

        self.fieldsLayout.addWidget(self.basisField, 4, 1, 1, 1)

        self.basisError = QLabel(StayEditor)
        self.basisError.setObjectName(u"basisError")
        self.basisError.setWordWrap(True)
        self.basisError.setVisible(False)

        self.fieldsLayout.addWidget(self.basisError, 5, 1, 1, 1)

        self.visaNumberLabel = QLabel(StayEditor)
        self.visaNumberLabel.setObjectName(u"visaNumberLabel")

        self.fieldsLayout.addWidget(self.visaNumberLabel, 6, 0, 1, 1)

        self.visaNumberField = QLineEdit(StayEditor)
        self.visaNumberField.setObjectName(u"visaNumberField")
        self.visaNumberField.setMaxLength(100)

        self.fieldsLayout.addWidget(self.visaNumberField, 6, 1, 1, 1)

        self.visaNumberError = QLabel(StayEditor)
        self.visaNumberError.setObjectName(u"visaNumberError")
        self.visaNumberError.setWordWrap(True)
        self.visaNumberError.setVisible(False)

        self.fieldsLayout.addWidget(self.visaNumberError, 7, 1, 1, 1)

        self.basisUntilLabel = QLabel(StayEditor)
        self.basisUntilLabel.setObjectName(u"basisUntilLabel")

        self.fieldsLayout.addWidget(self.basisUntilLabel, 8, 0, 1, 1)

        self.basisUntilField = QDateEdit(StayEditor)
        self.basisUntilField.setObjectName(u"basisUntilField")
        self.basisUntilField.setCalendarPopup(True)

        self.fieldsLayout.addWidget(self.basisUntilField, 8, 1, 1, 1)

        self.basisUntilError = QLabel(StayEditor)
        self.basisUntilError.setObjectName(u"basisUntilError")
        self.basisUntilError.setWordWrap(True)
        self.basisUntilError.setVisible(False)

        self.fieldsLayout.addWidget(self.basisUntilError, 9, 1, 1, 1)

        self.purposeLabel = QLabel(StayEditor)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.fieldsLayout.addWidget(self.purposeLabel, 10, 0, 1, 1)

        self.purposeField = QComboBox(StayEditor)
        self.purposeField.setObjectName(u"purposeField")

        self.fieldsLayout.addWidget(self.purposeField, 10, 1, 1, 1)

        self.purposeError = QLabel(StayEditor)
        self.purposeError.setObjectName(u"purposeError")
        self.purposeError.setWordWrap(True)
        self.purposeError.setVisible(False)

        self.fieldsLayout.addWidget(self.purposeError, 11, 1, 1, 1)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.formError = QLabel(StayEditor)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)

        self.dialogLayout.addWidget(self.formError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(StayEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.arrivalLabel.setBuddy(self.arrivalField)
        self.departureLabel.setBuddy(self.departureField)
        self.basisLabel.setBuddy(self.basisField)
        self.visaNumberLabel.setBuddy(self.visaNumberField)
        self.basisUntilLabel.setBuddy(self.basisUntilField)
        self.purposeLabel.setBuddy(self.purposeField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.arrivalField, self.departureField)
        QWidget.setTabOrder(self.departureField, self.stillHereBox)
        QWidget.setTabOrder(self.stillHereBox, self.basisField)
        QWidget.setTabOrder(self.basisField, self.visaNumberField)
        QWidget.setTabOrder(self.visaNumberField, self.basisUntilField)
        QWidget.setTabOrder(self.basisUntilField, self.purposeField)

        self.retranslateUi(StayEditor)
        self.buttonBox.accepted.connect(StayEditor.accept)
        self.buttonBox.rejected.connect(StayEditor.reject)
    # setupUi

    def retranslateUi(self, StayEditor):
        StayEditor.setWindowTitle(QCoreApplication.translate("StayEditor", u"Stay in Kazakhstan", None))
#if QT_CONFIG(accessibility)
        StayEditor.setAccessibleName(QCoreApplication.translate("StayEditor", u"Stay in Kazakhstan", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("StayEditor", u"One entry into Kazakhstan and the exit after it, and the visa-free regime, visa or residence permit the stay rests on.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("StayEditor", u"About a stay", None))
#endif // QT_CONFIG(accessibility)
        self.arrivalLabel.setText(QCoreApplication.translate("StayEditor", u"&Arrival:", None))
#if QT_CONFIG(accessibility)
        self.arrivalField.setAccessibleName(QCoreApplication.translate("StayEditor", u"Day of arrival in Kazakhstan", None))
#endif // QT_CONFIG(accessibility)
        self.arrivalField.setDisplayFormat(QCoreApplication.translate("StayEditor", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.arrivalError.setAccessibleName(QCoreApplication.translate("StayEditor", u"Arrival: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.departureLabel.setText(QCoreApplication.translate("StayEditor", u"&Departure:", None))
#if QT_CONFIG(accessibility)
        self.departureField.setAccessibleName(QCoreApplication.translate("StayEditor", u"Day of departure from Kazakhstan", None))
#endif // QT_CONFIG(accessibility)
        self.departureField.setDisplayFormat(QCoreApplication.translate("StayEditor", u"dd.MM.yyyy", None))
        self.stillHereBox.setText(QCoreApplication.translate("StayEditor", u"&Still in Kazakhstan", None))
#if QT_CONFIG(accessibility)
        self.stillHereBox.setAccessibleName(QCoreApplication.translate("StayEditor", u"Still in Kazakhstan: no departure yet", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.departureError.setAccessibleName(QCoreApplication.translate("StayEditor", u"Departure: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText(QCoreApplication.translate("StayEditor", u"Stays &on:", None))
#if QT_CONFIG(accessibility)
        self.basisField.setAccessibleName(QCoreApplication.translate("StayEditor", u"What the stay rests on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.basisError.setAccessibleName(QCoreApplication.translate("StayEditor", u"Stays on: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.visaNumberLabel.setText(QCoreApplication.translate("StayEditor", u"&Visa number:", None))
#if QT_CONFIG(accessibility)
        self.visaNumberField.setAccessibleName(QCoreApplication.translate("StayEditor", u"Visa number", None))
#endif // QT_CONFIG(accessibility)
        self.visaNumberField.setPlaceholderText(QCoreApplication.translate("StayEditor", u"as printed on the visa, Latin letters and digits", None))
#if QT_CONFIG(accessibility)
        self.visaNumberError.setAccessibleName(QCoreApplication.translate("StayEditor", u"Visa number: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.basisUntilLabel.setText(QCoreApplication.translate("StayEditor", u"Valid &until:", None))
#if QT_CONFIG(accessibility)
        self.basisUntilField.setAccessibleName(QCoreApplication.translate("StayEditor", u"Last valid day of the visa or permit", None))
#endif // QT_CONFIG(accessibility)
        self.basisUntilField.setDisplayFormat(QCoreApplication.translate("StayEditor", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.basisUntilError.setAccessibleName(QCoreApplication.translate("StayEditor", u"Valid until: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.purposeLabel.setText(QCoreApplication.translate("StayEditor", u"&Purpose:", None))
#if QT_CONFIG(accessibility)
        self.purposeField.setAccessibleName(QCoreApplication.translate("StayEditor", u"Purpose of the stay", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.purposeError.setAccessibleName(QCoreApplication.translate("StayEditor", u"Purpose: what is wrong", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formError.setAccessibleName(QCoreApplication.translate("StayEditor", u"Why the stay cannot be saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

