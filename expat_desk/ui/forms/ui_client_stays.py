# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_stays.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ClientStays(object):
    def setupUi(self, ClientStays):
        if not ClientStays.objectName():
            ClientStays.setObjectName(u"ClientStays")
        ClientStays.resize(520, 240)
        self.staysLayout = QVBoxLayout(ClientStays)
        self.staysLayout.setObjectName(u"staysLayout")
        self.staysNote = QLabel(ClientStays)
        self.staysNote.setObjectName(u"staysNote")
        self.staysNote.setWordWrap(True)
        self.staysNote.setVisible(False)

        self.staysLayout.addWidget(self.staysNote)

        self.staysTable = QTableWidget(ClientStays)
        self.staysTable.setObjectName(u"staysTable")
        self.staysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staysTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staysTable.setWordWrap(True)
        self.staysTable.setAlternatingRowColors(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.staysTable.sizePolicy().hasHeightForWidth())
        self.staysTable.setSizePolicy(sizePolicy)

        self.staysLayout.addWidget(self.staysTable)

        self.stayButtonsLayout = QHBoxLayout()
        self.stayButtonsLayout.setObjectName(u"stayButtonsLayout")
        self.addStayButton = QPushButton(ClientStays)
        self.addStayButton.setObjectName(u"addStayButton")

        self.stayButtonsLayout.addWidget(self.addStayButton)

        self.editStayButton = QPushButton(ClientStays)
        self.editStayButton.setObjectName(u"editStayButton")

        self.stayButtonsLayout.addWidget(self.editStayButton)

        self.removeStayButton = QPushButton(ClientStays)
        self.removeStayButton.setObjectName(u"removeStayButton")

        self.stayButtonsLayout.addWidget(self.removeStayButton)

        self.stayButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stayButtonsLayout.addItem(self.stayButtonsSpacer)


        self.staysLayout.addLayout(self.stayButtonsLayout)

        QWidget.setTabOrder(self.staysTable, self.addStayButton)
        QWidget.setTabOrder(self.addStayButton, self.editStayButton)
        QWidget.setTabOrder(self.editStayButton, self.removeStayButton)

        self.retranslateUi(ClientStays)
    # setupUi

    def retranslateUi(self, ClientStays):
        ClientStays.setTitle(QCoreApplication.translate("ClientStays", u"Stays in Kazakhstan", None))
#if QT_CONFIG(accessibility)
        ClientStays.setAccessibleName(QCoreApplication.translate("ClientStays", u"Stays in Kazakhstan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staysNote.setAccessibleName(QCoreApplication.translate("ClientStays", u"About the stays", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staysTable.setAccessibleName(QCoreApplication.translate("ClientStays", u"The client's stays", None))
#endif // QT_CONFIG(accessibility)
        self.addStayButton.setText(QCoreApplication.translate("ClientStays", u"A&dd stay\u2026", None))
#if QT_CONFIG(accessibility)
        self.addStayButton.setAccessibleName(QCoreApplication.translate("ClientStays", u"Add a stay", None))
#endif // QT_CONFIG(accessibility)
        self.editStayButton.setText(QCoreApplication.translate("ClientStays", u"Edit s&tay\u2026", None))
#if QT_CONFIG(accessibility)
        self.editStayButton.setAccessibleName(QCoreApplication.translate("ClientStays", u"Edit the chosen stay", None))
#endif // QT_CONFIG(accessibility)
        self.removeStayButton.setText(QCoreApplication.translate("ClientStays", u"Re&move stay", None))
#if QT_CONFIG(accessibility)
        self.removeStayButton.setAccessibleName(QCoreApplication.translate("ClientStays", u"Remove the chosen stay", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

