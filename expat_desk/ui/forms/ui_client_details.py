# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_details.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from expat_desk.ui.country_picker import CountryPicker

class Ui_ClientDetails(object):
    def setupUi(self, ClientDetails):
        if not ClientDetails.objectName():
            ClientDetails.setObjectName(u"ClientDetails")
        ClientDetails.resize(420, 760)
        self.detailsLayout = QVBoxLayout(ClientDetails)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.headingLabel = QLabel(ClientDetails)
        self.headingLabel.setObjectName(u"headingLabel")

        self.detailsLayout.addWidget(self.headingLabel)

        self.mrzGroup = QGroupBox(ClientDetails)
        self.mrzGroup.setObjectName(u"mrzGroup")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.mrzGroup.sizePolicy().hasHeightForWidth())
        self.mrzGroup.setSizePolicy(sizePolicy)
        self.mrzLayout = QHBoxLayout(self.mrzGroup)
        self.mrzLayout.setObjectName(u"mrzLayout")
        self.mrzInput = QPlainTextEdit(self.mrzGroup)
        self.mrzInput.setObjectName(u"mrzInput")
        self.mrzInput.setTabChangesFocus(True)
        self.mrzInput.setMaximumSize(QSize(16777215, 52))

        self.mrzLayout.addWidget(self.mrzInput)

        self.fillFromMrzButton = QPushButton(self.mrzGroup)
        self.fillFromMrzButton.setObjectName(u"fillFromMrzButton")

        self.mrzLayout.addWidget(self.fillFromMrzButton)


        self.detailsLayout.addWidget(self.mrzGroup)

        self.mrzError = QLabel(ClientDetails)
        self.mrzError.setObjectName(u"mrzError")
        self.mrzError.setWordWrap(True)
        self.mrzError.setVisible(False)

        self.detailsLayout.addWidget(self.mrzError)

        self.fieldsScroll = QScrollArea(ClientDetails)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fieldsWidget = QWidget()
        self.fieldsWidget.setObjectName(u"fieldsWidget")
        self.fieldsLayout = QGridLayout(self.fieldsWidget)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.surnameLabel = QLabel(self.fieldsWidget)
        self.surnameLabel.setObjectName(u"surnameLabel")

        self.fieldsLayout.addWidget(self.surnameLabel, 0, 0, 1, 1)

        self.surnameField = QLineEdit(self.fieldsWidget)
        self.surnameField.setObjectName(u"surnameField")

        self.fieldsLayout.addWidget(self.surnameField, 0, 1, 1, 1)

        self.surnameError = QLabel(self.fieldsWidget)
        self.surnameError.setObjectName(u"surnameError")
        self.surnameError.setWordWrap(True)
        self.surnameError.setVisible(False)

        self.fieldsLayout.addWidget(self.surnameError, 1, 1, 1, 1)

        self.givenNamesLabel = QLabel(self.fieldsWidget)
        self.givenNamesLabel.setObjectName(u"givenNamesLabel")

        self.fieldsLayout.addWidget(self.givenNamesLabel, 2, 0, 1, 1)

        self.givenNamesField = QLineEdit(self.fieldsWidget)
        self.givenNamesField.setObjectName(u"givenNamesField")

        self.fieldsLayout.addWidget(self.givenNamesField, 2, 1, 1, 1)

        self.givenNamesError = QLabel(self.fieldsWidget)
        self.givenNamesError.setObjectName(u"givenNamesError")
        self.givenNamesError.setWordWrap(True)
        self.givenNamesError.setVisible(False)

        self.fieldsLayout.addWidget(self.givenNamesError, 3, 1, 1, 1)

        self.surnameCyrLabel = QLabel(self.fieldsWidget)
        self.surnameCyrLabel.setObjectName(u"surnameCyrLabel")

        self.fieldsLayout.addWidget(self.surnameCyrLabel, 4, 0, 1, 1)

        self.surnameCyrField = QLineEdit(self.fieldsWidget)
        self.surnameCyrField.setObjectName(u"surnameCyrField")

        self.fieldsLayout.addWidget(self.surnameCyrField, 4, 1, 1, 1)

        self.surnameCyrError = QLabel(self.fieldsWidget)
        self.surnameCyrError.setObjectName(u"surnameCyrError")
        self.surnameCyrError.setWordWrap(True)
        self.surnameCyrError.setVisible(False)

        self.fieldsLayout.addWidget(self.surnameCyrError, 5, 1, 1, 1)

        self.givenNamesCyrLabel = QLabel(self.fieldsWidget)
        self.givenNamesCyrLabel.setObjectName(u"givenNamesCyrLabel")

        self.fieldsLayout.addWidget(self.givenNamesCyrLabel, 6, 0, 1, 1)

        self.givenNamesCyrField = QLineEdit(self.fieldsWidget)
        self.givenNamesCyrField.setObjectName(u"givenNamesCyrField")

        self.fieldsLayout.addWidget(self.givenNamesCyrField, 6, 1, 1, 1)

        self.givenNamesCyrError = QLabel(self.fieldsWidget)
        self.givenNamesCyrError.setObjectName(u"givenNamesCyrError")
        self.givenNamesCyrError.setWordWrap(True)
        self.givenNamesCyrError.setVisible(False)

        self.fieldsLayout.addWidget(self.givenNamesCyrError, 7, 1, 1, 1)

        self.patronymicLabel = QLabel(self.fieldsWidget)
        self.patronymicLabel.setObjectName(u"patronymicLabel")

        self.fieldsLayout.addWidget(self.patronymicLabel, 8, 0, 1, 1)

        self.patronymicField = QLineEdit(self.fieldsWidget)
        self.patronymicField.setObjectName(u"patronymicField")

        self.fieldsLayout.addWidget(self.patronymicField, 8, 1, 1, 1)

        self.patronymicError = QLabel(self.fieldsWidget)
        self.patronymicError.setObjectName(u"patronymicError")
        self.patronymicError.setWordWrap(True)
        self.patronymicError.setVisible(False)

        self.fieldsLayout.addWidget(self.patronymicError, 9, 1, 1, 1)

        self.birthDateLabel = QLabel(self.fieldsWidget)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.fieldsLayout.addWidget(self.birthDateLabel, 10, 0, 1, 1)

        self.birthDateField = QDateEdit(self.fieldsWidget)
        self.birthDateField.setObjectName(u"birthDateField")
        self.birthDateField.setCalendarPopup(True)

        self.fieldsLayout.addWidget(self.birthDateField, 10, 1, 1, 1)

        self.birthDateError = QLabel(self.fieldsWidget)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setWordWrap(True)
        self.birthDateError.setVisible(False)

        self.fieldsLayout.addWidget(self.birthDateError, 11, 1, 1, 1)

        self.sexLabel = QLabel(self.fieldsWidget)
        self.sexLabel.setObjectName(u"sexLabel")

        self.fieldsLayout.addWidget(self.sexLabel, 12, 0, 1, 1)

        self.sexField = QComboBox(self.fieldsWidget)
        self.sexField.setObjectName(u"sexField")

        self.fieldsLayout.addWidget(self.sexField, 12, 1, 1, 1)

        self.sexError = QLabel(self.fieldsWidget)
        self.sexError.setObjectName(u"sexError")
        self.sexError.setWordWrap(True)
        self.sexError.setVisible(False)

        self.fieldsLayout.addWidget(self.sexError, 13, 1, 1, 1)

        self.citizenshipLabel = QLabel(self.fieldsWidget)
        self.citizenshipLabel.setObjectName(u"citizenshipLabel")

        self.fieldsLayout.addWidget(self.citizenshipLabel, 14, 0, 1, 1)

        self.citizenshipField = CountryPicker(self.fieldsWidget)
        self.citizenshipField.setObjectName(u"citizenshipField")

        self.fieldsLayout.addWidget(self.citizenshipField, 14, 1, 1, 1)

        self.citizenshipError = QLabel(self.fieldsWidget)
        self.citizenshipError.setObjectName(u"citizenshipError")
        self.citizenshipError.setWordWrap(True)
        self.citizenshipError.setVisible(False)

        self.fieldsLayout.addWidget(self.citizenshipError, 15, 1, 1, 1)

        self.passportNumberLabel = QLabel(self.fieldsWidget)
        self.passportNumberLabel.setObjectName(u"passportNumberLabel")

        self.fieldsLayout.addWidget(self.passportNumberLabel, 16, 0, 1, 1)

        self.passportNumberField = QLineEdit(self.fieldsWidget)
        self.passportNumberField.setObjectName(u"passportNumberField")

        self.fieldsLayout.addWidget(self.passportNumberField, 16, 1, 1, 1)

        self.passportNumberError = QLabel(self.fieldsWidget)
        self.passportNumberError.setObjectName(u"passportNumberError")
        self.passportNumberError.setWordWrap(True)
        self.passportNumberError.setVisible(False)

        self.fieldsLayout.addWidget(self.passportNumberError, 17, 1, 1, 1)

        self.passportIssuedLabel = QLabel(self.fieldsWidget)
        self.passportIssuedLabel.setObjectName(u"passportIssuedLabel")

        self.fieldsLayout.addWidget(self.passportIssuedLabel, 18, 0, 1, 1)

        self.passportIssuedField = QDateEdit(self.fieldsWidget)
        self.passportIssuedField.setObjectName(u"passportIssuedField")
        self.passportIssuedField.setCalendarPopup(True)

        self.fieldsLayout.addWidget(self.passportIssuedField, 18, 1, 1, 1)

        self.passportIssuedError = QLabel(self.fieldsWidget)
        self.passportIssuedError.setObjectName(u"passportIssuedError")
        self.passportIssuedError.setWordWrap(True)
        self.passportIssuedError.setVisible(False)

        self.fieldsLayout.addWidget(self.passportIssuedError, 19, 1, 1, 1)

        self.passportAuthorityLabel = QLabel(self.fieldsWidget)
        self.passportAuthorityLabel.setObjectName(u"passportAuthorityLabel")

        self.fieldsLayout.addWidget(self.passportAuthorityLabel, 20, 0, 1, 1)

        self.passportAuthorityField = QLineEdit(self.fieldsWidget)
        self.passportAuthorityField.setObjectName(u"passportAuthorityField")

        self.fieldsLayout.addWidget(self.passportAuthorityField, 20, 1, 1, 1)

        self.passportAuthorityError = QLabel(self.fieldsWidget)
        self.passportAuthorityError.setObjectName(u"passportAuthorityError")
        self.passportAuthorityError.setWordWrap(True)
        self.passportAuthorityError.setVisible(False)

        self.fieldsLayout.addWidget(self.passportAuthorityError, 21, 1, 1, 1)

        self.passportExpiryLabel = QLabel(self.fieldsWidget)
        self.passportExpiryLabel.setObjectName(u"passportExpiryLabel")

        self.fieldsLayout.addWidget(self.passportExpiryLabel, 22, 0, 1, 1)

        self.passportExpiryField = QDateEdit(self.fieldsWidget)
        self.passportExpiryField.setObjectName(u"passportExpiryField")
        self.passportExpiryField.setCalendarPopup(True)

        self.fieldsLayout.addWidget(self.passportExpiryField, 22, 1, 1, 1)

        self.passportExpiryError = QLabel(self.fieldsWidget)
        self.passportExpiryError.setObjectName(u"passportExpiryError")
        self.passportExpiryError.setWordWrap(True)
        self.passportExpiryError.setVisible(False)

        self.fieldsLayout.addWidget(self.passportExpiryError, 23, 1, 1, 1)

        self.iinLabel = QLabel(self.fieldsWidget)
        self.iinLabel.setObjectName(u"iinLabel")

        self.fieldsLayout.addWidget(self.iinLabel, 24, 0, 1, 1)

        self.iinField = QLineEdit(self.fieldsWidget)
        self.iinField.setObjectName(u"iinField")

        self.fieldsLayout.addWidget(self.iinField, 24, 1, 1, 1)

        self.iinError = QLabel(self.fieldsWidget)
        self.iinError.setObjectName(u"iinError")
        self.iinError.setWordWrap(True)
        self.iinError.setVisible(False)

        self.fieldsLayout.addWidget(self.iinError, 25, 1, 1, 1)

        self.phoneLabel = QLabel(self.fieldsWidget)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsLayout.addWidget(self.phoneLabel, 26, 0, 1, 1)

        self.phoneField = QLineEdit(self.fieldsWidget)
        self.phoneField.setObjectName(u"phoneField")

        self.fieldsLayout.addWidget(self.phoneField, 26, 1, 1, 1)

        self.phoneError = QLabel(self.fieldsWidget)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setVisible(False)

        self.fieldsLayout.addWidget(self.phoneError, 27, 1, 1, 1)

        self.emailLabel = QLabel(self.fieldsWidget)
        self.emailLabel.setObjectName(u"emailLabel")

        self.fieldsLayout.addWidget(self.emailLabel, 28, 0, 1, 1)

        self.emailField = QLineEdit(self.fieldsWidget)
        self.emailField.setObjectName(u"emailField")

        self.fieldsLayout.addWidget(self.emailField, 28, 1, 1, 1)

        self.emailError = QLabel(self.fieldsWidget)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)

        self.fieldsLayout.addWidget(self.emailError, 29, 1, 1, 1)

        self.employerLabel = QLabel(self.fieldsWidget)
        self.employerLabel.setObjectName(u"employerLabel")

        self.fieldsLayout.addWidget(self.employerLabel, 30, 0, 1, 1)

        self.employerField = QLineEdit(self.fieldsWidget)
        self.employerField.setObjectName(u"employerField")

        self.fieldsLayout.addWidget(self.employerField, 30, 1, 1, 1)

        self.employerError = QLabel(self.fieldsWidget)
        self.employerError.setObjectName(u"employerError")
        self.employerError.setWordWrap(True)
        self.employerError.setVisible(False)

        self.fieldsLayout.addWidget(self.employerError, 31, 1, 1, 1)

        self.addressLabel = QLabel(self.fieldsWidget)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsLayout.addWidget(self.addressLabel, 32, 0, 1, 1)

        self.addressField = QLineEdit(self.fieldsWidget)
        self.addressField.setObjectName(u"addressField")

        self.fieldsLayout.addWidget(self.addressField, 32, 1, 1, 1)

        self.addressError = QLabel(self.fieldsWidget)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setVisible(False)

        self.fieldsLayout.addWidget(self.addressError, 33, 1, 1, 1)

        self.notesLabel = QLabel(self.fieldsWidget)
        self.notesLabel.setObjectName(u"notesLabel")

        self.fieldsLayout.addWidget(self.notesLabel, 34, 0, 1, 1)

        self.notesField = QPlainTextEdit(self.fieldsWidget)
        self.notesField.setObjectName(u"notesField")
        self.notesField.setTabChangesFocus(True)
        self.notesField.setMaximumSize(QSize(16777215, 70))

        self.fieldsLayout.addWidget(self.notesField, 34, 1, 1, 1)

        self.notesError = QLabel(self.fieldsWidget)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)
        self.notesError.setVisible(False)

        self.fieldsLayout.addWidget(self.notesError, 35, 1, 1, 1)

        self.staysHolderLayout = QVBoxLayout()
        self.staysHolderLayout.setObjectName(u"staysHolderLayout")

        self.fieldsLayout.addLayout(self.staysHolderLayout, 36, 0, 1, 2)

        self.fieldsScroll.setWidget(self.fieldsWidget)

        self.detailsLayout.addWidget(self.fieldsScroll)

        self.warningsLabel = QLabel(ClientDetails)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setVisible(False)

        self.detailsLayout.addWidget(self.warningsLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertClientButton = QPushButton(ClientDetails)
        self.revertClientButton.setObjectName(u"revertClientButton")

        self.buttonsLayout.addWidget(self.revertClientButton)

        self.saveClientButton = QPushButton(ClientDetails)
        self.saveClientButton.setObjectName(u"saveClientButton")

        self.buttonsLayout.addWidget(self.saveClientButton)


        self.detailsLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.surnameLabel.setBuddy(self.surnameField)
        self.givenNamesLabel.setBuddy(self.givenNamesField)
        self.surnameCyrLabel.setBuddy(self.surnameCyrField)
        self.givenNamesCyrLabel.setBuddy(self.givenNamesCyrField)
        self.patronymicLabel.setBuddy(self.patronymicField)
        self.birthDateLabel.setBuddy(self.birthDateField)
        self.sexLabel.setBuddy(self.sexField)
        self.citizenshipLabel.setBuddy(self.citizenshipField)
        self.passportNumberLabel.setBuddy(self.passportNumberField)
        self.passportIssuedLabel.setBuddy(self.passportIssuedField)
        self.passportAuthorityLabel.setBuddy(self.passportAuthorityField)
        self.passportExpiryLabel.setBuddy(self.passportExpiryField)
        self.iinLabel.setBuddy(self.iinField)
        self.phoneLabel.setBuddy(self.phoneField)
        self.emailLabel.setBuddy(self.emailField)
        self.employerLabel.setBuddy(self.employerField)
        self.addressLabel.setBuddy(self.addressField)
        self.notesLabel.setBuddy(self.notesField)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mrzInput, self.fillFromMrzButton)
        QWidget.setTabOrder(self.fillFromMrzButton, self.surnameField)
        QWidget.setTabOrder(self.surnameField, self.givenNamesField)
        QWidget.setTabOrder(self.givenNamesField, self.surnameCyrField)
        QWidget.setTabOrder(self.surnameCyrField, self.givenNamesCyrField)
        QWidget.setTabOrder(self.givenNamesCyrField, self.patronymicField)
        QWidget.setTabOrder(self.patronymicField, self.birthDateField)
        QWidget.setTabOrder(self.birthDateField, self.sexField)
        QWidget.setTabOrder(self.sexField, self.citizenshipField)
        QWidget.setTabOrder(self.citizenshipField, self.passportNumberField)
        QWidget.setTabOrder(self.passportNumberField, self.passportIssuedField)
        QWidget.setTabOrder(self.passportIssuedField, self.passportAuthorityField)
        QWidget.setTabOrder(self.passportAuthorityField, self.passportExpiryField)
        QWidget.setTabOrder(self.passportExpiryField, self.iinField)
        QWidget.setTabOrder(self.iinField, self.phoneField)
        QWidget.setTabOrder(self.phoneField, self.emailField)
        QWidget.setTabOrder(self.emailField, self.employerField)
        QWidget.setTabOrder(self.employerField, self.addressField)
        QWidget.setTabOrder(self.addressField, self.notesField)
        QWidget.setTabOrder(self.notesField, self.revertClientButton)
        QWidget.setTabOrder(self.revertClientButton, self.saveClientButton)

        self.retranslateUi(ClientDetails)

        self.saveClientButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ClientDetails):
#if QT_CONFIG(accessibility)
        self.headingLabel.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Client", None))
#endif // QT_CONFIG(accessibility)
        self.mrzGroup.setTitle(QCoreApplication.translate("ClientDetails", u"Fill from the passport's machine-readable lines", None))
#if QT_CONFIG(accessibility)
        self.mrzInput.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Passport machine-readable lines", None))
#endif // QT_CONFIG(accessibility)
        self.mrzInput.setPlaceholderText(QCoreApplication.translate("ClientDetails", u"Paste the two lines at the bottom of the passport page", None))
        self.fillFromMrzButton.setText(QCoreApplication.translate("ClientDetails", u"Fill", None))
#if QT_CONFIG(accessibility)
        self.fillFromMrzButton.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Fill the passport fields from these lines", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mrzError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"What is wrong with the machine-readable lines", None))
#endif // QT_CONFIG(accessibility)
        self.surnameLabel.setText(QCoreApplication.translate("ClientDetails", u"Surname (Latin):", None))
#if QT_CONFIG(accessibility)
        self.surnameField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Surname (Latin)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.surnameError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Surname (Latin): what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.givenNamesLabel.setText(QCoreApplication.translate("ClientDetails", u"Given names (Latin):", None))
#if QT_CONFIG(accessibility)
        self.givenNamesField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Given names (Latin)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.givenNamesError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Given names (Latin): what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.surnameCyrLabel.setText(QCoreApplication.translate("ClientDetails", u"Surname (Cyrillic):", None))
#if QT_CONFIG(accessibility)
        self.surnameCyrField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Surname (Cyrillic)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.surnameCyrError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Surname (Cyrillic): what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.givenNamesCyrLabel.setText(QCoreApplication.translate("ClientDetails", u"Given names (Cyrillic):", None))
#if QT_CONFIG(accessibility)
        self.givenNamesCyrField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Given names (Cyrillic)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.givenNamesCyrError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Given names (Cyrillic): what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.patronymicLabel.setText(QCoreApplication.translate("ClientDetails", u"Patronymic:", None))
#if QT_CONFIG(accessibility)
        self.patronymicField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Patronymic", None))
#endif // QT_CONFIG(accessibility)
        self.patronymicField.setPlaceholderText(QCoreApplication.translate("ClientDetails", u"if the client has one", None))
#if QT_CONFIG(accessibility)
        self.patronymicError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Patronymic: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateLabel.setText(QCoreApplication.translate("ClientDetails", u"Date of birth:", None))
#if QT_CONFIG(accessibility)
        self.birthDateField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.birthDateField.setDisplayFormat(QCoreApplication.translate("ClientDetails", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.birthDateError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Date of birth: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.sexLabel.setText(QCoreApplication.translate("ClientDetails", u"Sex:", None))
#if QT_CONFIG(accessibility)
        self.sexField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Sex", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sexError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Sex: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.citizenshipLabel.setText(QCoreApplication.translate("ClientDetails", u"Citizenship:", None))
#if QT_CONFIG(accessibility)
        self.citizenshipField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Citizenship", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.citizenshipError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Citizenship: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.passportNumberLabel.setText(QCoreApplication.translate("ClientDetails", u"Passport number:", None))
#if QT_CONFIG(accessibility)
        self.passportNumberField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Passport number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.passportNumberError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Passport number: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.passportIssuedLabel.setText(QCoreApplication.translate("ClientDetails", u"Passport issued:", None))
#if QT_CONFIG(accessibility)
        self.passportIssuedField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Passport issued", None))
#endif // QT_CONFIG(accessibility)
        self.passportIssuedField.setDisplayFormat(QCoreApplication.translate("ClientDetails", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.passportIssuedError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Passport issued: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.passportAuthorityLabel.setText(QCoreApplication.translate("ClientDetails", u"Passport issued by:", None))
#if QT_CONFIG(accessibility)
        self.passportAuthorityField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Passport issued by", None))
#endif // QT_CONFIG(accessibility)
        self.passportAuthorityField.setPlaceholderText(QCoreApplication.translate("ClientDetails", u"as the passport names it, e.g. MVD 77001", None))
#if QT_CONFIG(accessibility)
        self.passportAuthorityError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Passport issued by: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.passportExpiryLabel.setText(QCoreApplication.translate("ClientDetails", u"Passport expires:", None))
#if QT_CONFIG(accessibility)
        self.passportExpiryField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Passport expires", None))
#endif // QT_CONFIG(accessibility)
        self.passportExpiryField.setDisplayFormat(QCoreApplication.translate("ClientDetails", u"dd.MM.yyyy", None))
#if QT_CONFIG(accessibility)
        self.passportExpiryError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Passport expires: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.iinLabel.setText(QCoreApplication.translate("ClientDetails", u"IIN:", None))
#if QT_CONFIG(accessibility)
        self.iinField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"IIN", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.iinError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"IIN: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("ClientDetails", u"Phone:", None))
#if QT_CONFIG(accessibility)
        self.phoneField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Phone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Phone: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("ClientDetails", u"E-mail:", None))
#if QT_CONFIG(accessibility)
        self.emailField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"E-mail: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.employerLabel.setText(QCoreApplication.translate("ClientDetails", u"Employer:", None))
#if QT_CONFIG(accessibility)
        self.employerField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Employer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.employerError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Employer: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.addressLabel.setText(QCoreApplication.translate("ClientDetails", u"Address in Kazakhstan:", None))
#if QT_CONFIG(accessibility)
        self.addressField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Address in Kazakhstan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addressError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Address in Kazakhstan: what is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("ClientDetails", u"Notes:", None))
#if QT_CONFIG(accessibility)
        self.notesField.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesError.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Notes: what is wrong", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.warningsLabel.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Warnings about this client", None))
#endif // QT_CONFIG(accessibility)
        self.revertClientButton.setText(QCoreApplication.translate("ClientDetails", u"&Revert", None))
#if QT_CONFIG(accessibility)
        self.revertClientButton.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Forget the changes", None))
#endif // QT_CONFIG(accessibility)
        self.saveClientButton.setText(QCoreApplication.translate("ClientDetails", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveClientButton.setAccessibleName(QCoreApplication.translate("ClientDetails", u"Save the client", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

