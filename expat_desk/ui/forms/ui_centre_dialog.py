# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'centre_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QGridLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_CentreDialog(object):
    def setupUi(self, CentreDialog):
        if not CentreDialog.objectName():
            CentreDialog.setObjectName(u"CentreDialog")
        CentreDialog.resize(520, 200)
        self.dialogLayout = QVBoxLayout(CentreDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CentreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsLayout.setVerticalSpacing(4)
        self.nameLabel = QLabel(CentreDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLayout.addWidget(self.nameLabel, 0, 0, 1, 1)

        self.nameField = QLineEdit(CentreDialog)
        self.nameField.setObjectName(u"nameField")
        self.nameField.setMaxLength(200)

        self.fieldsLayout.addWidget(self.nameField, 0, 1, 1, 1)

        self.nameError = QLabel(CentreDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)

        self.fieldsLayout.addWidget(self.nameError, 1, 1, 1, 1)

        self.binLabel = QLabel(CentreDialog)
        self.binLabel.setObjectName(u"binLabel")

        self.fieldsLayout.addWidget(self.binLabel, 2, 0, 1, 1)

        self.binField = QLineEdit(CentreDialog)
        self.binField.setObjectName(u"binField")
        self.binField.setMaxLength(20)

        self.fieldsLayout.addWidget(self.binField, 2, 1, 1, 1)

        self.binError = QLabel(CentreDialog)
        self.binError.setObjectName(u"binError")
        self.binError.setWordWrap(True)
        self.binError.setVisible(False)

        self.fieldsLayout.addWidget(self.binError, 3, 1, 1, 1)

        self.addressLabel = QLabel(CentreDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsLayout.addWidget(self.addressLabel, 4, 0, 1, 1)

        self.addressField = QLineEdit(CentreDialog)
        self.addressField.setObjectName(u"addressField")
        self.addressField.setMaxLength(300)

        self.fieldsLayout.addWidget(self.addressField, 4, 1, 1, 1)

        self.addressError = QLabel(CentreDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setVisible(False)

        self.fieldsLayout.addWidget(self.addressError, 5, 1, 1, 1)


        self.dialogLayout.addLayout(self.fieldsLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(CentreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameField)
        self.binLabel.setBuddy(self.binField)
        self.addressLabel.setBuddy(self.addressField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameField, self.binField)
        QWidget.setTabOrder(self.binField, self.addressField)

        self.retranslateUi(CentreDialog)
        self.buttonBox.accepted.connect(CentreDialog.accept)
        self.buttonBox.rejected.connect(CentreDialog.reject)
    # setupUi

    def retranslateUi(self, CentreDialog):
        CentreDialog.setWindowTitle(QCoreApplication.translate("CentreDialog", u"Centre details", None))
#if QT_CONFIG(accessibility)
        CentreDialog.setAccessibleName(QCoreApplication.translate("CentreDialog", u"Centre details", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("CentreDialog", u"The centre's name, BIN and address are printed on every consent, power of attorney and letter it generates.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("CentreDialog", u"About the centre's details", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("CentreDialog", u"&Name:", None))
#if QT_CONFIG(accessibility)
        self.nameField.setAccessibleName(QCoreApplication.translate("CentreDialog", u"Name of the centre", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("CentreDialog", u"Name: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.binLabel.setText(QCoreApplication.translate("CentreDialog", u"&BIN:", None))
#if QT_CONFIG(accessibility)
        self.binField.setAccessibleName(QCoreApplication.translate("CentreDialog", u"Business identification number (BIN)", None))
#endif // QT_CONFIG(accessibility)
        self.binField.setPlaceholderText(QCoreApplication.translate("CentreDialog", u"12 digits", None))
#if QT_CONFIG(accessibility)
        self.binError.setAccessibleName(QCoreApplication.translate("CentreDialog", u"BIN: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("CentreDialog", u"&Address:", None))
#if QT_CONFIG(accessibility)
        self.addressField.setAccessibleName(QCoreApplication.translate("CentreDialog", u"Address of the centre", None))
#endif // QT_CONFIG(accessibility)
        self.addressField.setPlaceholderText(QCoreApplication.translate("CentreDialog", u"Street, building, city", None))
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("CentreDialog", u"Address: what is wrong", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

