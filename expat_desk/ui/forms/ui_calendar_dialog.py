# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCalendarWidget, QDialog,
    QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QRadioButton, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CalendarDialog(object):
    def setupUi(self, CalendarDialog):
        if not CalendarDialog.objectName():
            CalendarDialog.setObjectName(u"CalendarDialog")
        CalendarDialog.resize(640, 420)
        self.dialogLayout = QVBoxLayout(CalendarDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CalendarDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.calendar = QCalendarWidget(CalendarDialog)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)

        self.bodyLayout.addWidget(self.calendar)

        self.dayLayout = QVBoxLayout()
        self.dayLayout.setObjectName(u"dayLayout")
        self.dayLabel = QLabel(CalendarDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.dayLayout.addWidget(self.dayLabel)

        self.reasonLabel = QLabel(CalendarDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.dayLayout.addWidget(self.reasonLabel)

        self.kindGroup = QGroupBox(CalendarDialog)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindLayout = QVBoxLayout(self.kindGroup)
        self.kindLayout.setObjectName(u"kindLayout")
        self.nationalButton = QRadioButton(self.kindGroup)
        self.nationalButton.setObjectName(u"nationalButton")

        self.kindLayout.addWidget(self.nationalButton)

        self.dayOffButton = QRadioButton(self.kindGroup)
        self.dayOffButton.setObjectName(u"dayOffButton")

        self.kindLayout.addWidget(self.dayOffButton)

        self.workingDayButton = QRadioButton(self.kindGroup)
        self.workingDayButton.setObjectName(u"workingDayButton")

        self.kindLayout.addWidget(self.workingDayButton)


        self.dayLayout.addWidget(self.kindGroup)

        self.overridesLabel = QLabel(CalendarDialog)
        self.overridesLabel.setObjectName(u"overridesLabel")

        self.dayLayout.addWidget(self.overridesLabel)

        self.overrideList = QListWidget(CalendarDialog)
        self.overrideList.setObjectName(u"overrideList")

        self.dayLayout.addWidget(self.overrideList)


        self.bodyLayout.addLayout(self.dayLayout)


        self.dialogLayout.addLayout(self.bodyLayout)

        self.buttonBox = QDialogButtonBox(CalendarDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.overridesLabel.setBuddy(self.overrideList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.calendar, self.nationalButton)
        QWidget.setTabOrder(self.nationalButton, self.dayOffButton)
        QWidget.setTabOrder(self.dayOffButton, self.workingDayButton)
        QWidget.setTabOrder(self.workingDayButton, self.overrideList)
        QWidget.setTabOrder(self.overrideList, self.buttonBox)

        self.retranslateUi(CalendarDialog)
        self.buttonBox.rejected.connect(CalendarDialog.reject)
    # setupUi

    def retranslateUi(self, CalendarDialog):
        CalendarDialog.setWindowTitle(QCoreApplication.translate("CalendarDialog", u"Business calendar", None))
        self.introLabel.setText(QCoreApplication.translate("CalendarDialog", u"Kazakhstan's holidays and transferred days come with the app. When the government announces a transfer late, set the day here: the centre's own days win.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"About the business calendar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.calendar.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"Calendar", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dayLabel.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"Selected day", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonLabel.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"Whether the selected day is a business day", None))
#endif // QT_CONFIG(accessibility)
        self.kindGroup.setTitle(QCoreApplication.translate("CalendarDialog", u"This day is", None))
        self.nationalButton.setText(QCoreApplication.translate("CalendarDialog", u"As the national calendar says", None))
#if QT_CONFIG(accessibility)
        self.nationalButton.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"As the national calendar says", None))
#endif // QT_CONFIG(accessibility)
        self.dayOffButton.setText(QCoreApplication.translate("CalendarDialog", u"A day off at the centre", None))
#if QT_CONFIG(accessibility)
        self.dayOffButton.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"A day off at the centre", None))
#endif // QT_CONFIG(accessibility)
        self.workingDayButton.setText(QCoreApplication.translate("CalendarDialog", u"A working day at the centre", None))
#if QT_CONFIG(accessibility)
        self.workingDayButton.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"A working day at the centre", None))
#endif // QT_CONFIG(accessibility)
        self.overridesLabel.setText(QCoreApplication.translate("CalendarDialog", u"The centre's own days:", None))
#if QT_CONFIG(accessibility)
        self.overrideList.setAccessibleName(QCoreApplication.translate("CalendarDialog", u"The centre's own days off and working days", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

