# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_register.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_ClientRegister(object):
    def setupUi(self, ClientRegister):
        if not ClientRegister.objectName():
            ClientRegister.setObjectName(u"ClientRegister")
        ClientRegister.resize(800, 500)
        self.registerLayout = QVBoxLayout(ClientRegister)
        self.registerLayout.setObjectName(u"registerLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(ClientRegister)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.clientSearch = QLineEdit(ClientRegister)
        self.clientSearch.setObjectName(u"clientSearch")
        self.clientSearch.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.clientSearch)

        self.clientCountLabel = QLabel(ClientRegister)
        self.clientCountLabel.setObjectName(u"clientCountLabel")

        self.searchLayout.addWidget(self.clientCountLabel)


        self.registerLayout.addLayout(self.searchLayout)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.serviceFilter = QComboBox(ClientRegister)
        self.serviceFilter.setObjectName(u"serviceFilter")

        self.filterLayout.addWidget(self.serviceFilter)

        self.statusFilter = QComboBox(ClientRegister)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterLayout.addWidget(self.statusFilter)

        self.managerFilter = QComboBox(ClientRegister)
        self.managerFilter.setObjectName(u"managerFilter")

        self.filterLayout.addWidget(self.managerFilter)

        self.overdueFilter = QCheckBox(ClientRegister)
        self.overdueFilter.setObjectName(u"overdueFilter")

        self.filterLayout.addWidget(self.overdueFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.registerLayout.addLayout(self.filterLayout)

        self.clientTable = QTableView(ClientRegister)
        self.clientTable.setObjectName(u"clientTable")
        self.clientTable.setTabKeyNavigation(False)
        self.clientTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clientTable.setAlternatingRowColors(True)
        self.clientTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clientTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clientTable.setSortingEnabled(True)
        self.clientTable.verticalHeader().setVisible(False)

        self.registerLayout.addWidget(self.clientTable)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.clientSearch)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.clientSearch, self.serviceFilter)
        QWidget.setTabOrder(self.serviceFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.managerFilter)
        QWidget.setTabOrder(self.managerFilter, self.overdueFilter)
        QWidget.setTabOrder(self.overdueFilter, self.clientTable)

        self.retranslateUi(ClientRegister)
    # setupUi

    def retranslateUi(self, ClientRegister):
        self.searchLabel.setText(QCoreApplication.translate("ClientRegister", u"&Find:", None))
#if QT_CONFIG(accessibility)
        self.clientSearch.setAccessibleName(QCoreApplication.translate("ClientRegister", u"Find a client", None))
#endif // QT_CONFIG(accessibility)
        self.clientSearch.setPlaceholderText(QCoreApplication.translate("ClientRegister", u"Name in Latin or Cyrillic, passport, IIN, phone or employer", None))
#if QT_CONFIG(accessibility)
        self.clientCountLabel.setAccessibleName(QCoreApplication.translate("ClientRegister", u"How many clients match", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.serviceFilter.setAccessibleName(QCoreApplication.translate("ClientRegister", u"Only clients with a case of this service", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("ClientRegister", u"Only clients with a case in this status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.managerFilter.setAccessibleName(QCoreApplication.translate("ClientRegister", u"Only clients of this manager", None))
#endif // QT_CONFIG(accessibility)
        self.overdueFilter.setText(QCoreApplication.translate("ClientRegister", u"Has &overdue items", None))
#if QT_CONFIG(accessibility)
        self.overdueFilter.setAccessibleName(QCoreApplication.translate("ClientRegister", u"Only clients with overdue items", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.clientTable.setAccessibleName(QCoreApplication.translate("ClientRegister", u"Client register", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

