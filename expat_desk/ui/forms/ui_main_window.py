# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QHeaderView,
    QLabel, QListWidget, QListWidgetItem, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSpacerItem,
    QSplitter, QStatusBar, QTabWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(960, 640)
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.newClientAction = QAction(MainWindow)
        self.newClientAction.setObjectName(u"newClientAction")
        self.newCaseAction = QAction(MainWindow)
        self.newCaseAction.setObjectName(u"newCaseAction")
        self.findAction = QAction(MainWindow)
        self.findAction.setObjectName(u"findAction")
        self.calendarAction = QAction(MainWindow)
        self.calendarAction.setObjectName(u"calendarAction")
        self.targetsAction = QAction(MainWindow)
        self.targetsAction.setObjectName(u"targetsAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(12, 12, 12, 6)
        self.mainTabs = QTabWidget(self.centralWidget)
        self.mainTabs.setObjectName(u"mainTabs")
        self.clientsPage = QWidget()
        self.clientsPage.setObjectName(u"clientsPage")
        self.clientsLayout = QVBoxLayout(self.clientsPage)
        self.clientsLayout.setObjectName(u"clientsLayout")
        self.clientsSplitter = QSplitter(self.clientsPage)
        self.clientsSplitter.setObjectName(u"clientsSplitter")
        self.clientsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.clientsSplitter.setChildrenCollapsible(False)
        self.registerHolder = QWidget(self.clientsSplitter)
        self.registerHolder.setObjectName(u"registerHolder")
        self.registerHolderLayout = QVBoxLayout(self.registerHolder)
        self.registerHolderLayout.setObjectName(u"registerHolderLayout")
        self.registerHolderLayout.setContentsMargins(0, 0, 0, 0)
        self.clientsSplitter.addWidget(self.registerHolder)
        self.detailSplitter = QSplitter(self.clientsSplitter)
        self.detailSplitter.setObjectName(u"detailSplitter")
        self.detailSplitter.setOrientation(Qt.Orientation.Vertical)
        self.detailSplitter.setChildrenCollapsible(False)
        self.detailsHolder = QWidget(self.detailSplitter)
        self.detailsHolder.setObjectName(u"detailsHolder")
        self.detailsHolderLayout = QVBoxLayout(self.detailsHolder)
        self.detailsHolderLayout.setObjectName(u"detailsHolderLayout")
        self.detailsHolderLayout.setContentsMargins(0, 0, 0, 0)
        self.detailSplitter.addWidget(self.detailsHolder)
        self.casesHolder = QWidget(self.detailSplitter)
        self.casesHolder.setObjectName(u"casesHolder")
        self.casesHolderLayout = QVBoxLayout(self.casesHolder)
        self.casesHolderLayout.setObjectName(u"casesHolderLayout")
        self.casesHolderLayout.setContentsMargins(0, 0, 0, 0)
        self.casesLabel = QLabel(self.casesHolder)
        self.casesLabel.setObjectName(u"casesLabel")

        self.casesHolderLayout.addWidget(self.casesLabel)

        self.caseList = QListWidget(self.casesHolder)
        self.caseList.setObjectName(u"caseList")
        self.caseList.setMaximumSize(QSize(16777215, 110))

        self.casesHolderLayout.addWidget(self.caseList)

        self.detailSplitter.addWidget(self.casesHolder)
        self.clientsSplitter.addWidget(self.detailSplitter)

        self.clientsLayout.addWidget(self.clientsSplitter)

        self.mainTabs.addTab(self.clientsPage, "")
        self.overviewPage = QWidget()
        self.overviewPage.setObjectName(u"overviewPage")
        self.overviewLayout = QVBoxLayout(self.overviewPage)
        self.overviewLayout.setSpacing(12)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.overviewLayout.setContentsMargins(20, 16, 20, -1)
        self.titleLabel = QLabel(self.overviewPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.overviewLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(self.overviewPage)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setWordWrap(True)

        self.overviewLayout.addWidget(self.subtitleLabel)

        self.serviceTable = QTableWidget(self.overviewPage)
        self.serviceTable.setObjectName(u"serviceTable")
        self.serviceTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.serviceTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.serviceTable.setAlternatingRowColors(True)
        self.serviceTable.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.serviceTable.sizePolicy().hasHeightForWidth())
        self.serviceTable.setSizePolicy(sizePolicy)

        self.overviewLayout.addWidget(self.serviceTable)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.overviewLayout.addItem(self.bottomSpacer)

        self.mainTabs.addTab(self.overviewPage, "")
        self.duePage = QWidget()
        self.duePage.setObjectName(u"duePage")
        self.dueLayout = QVBoxLayout(self.duePage)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueSummaryLabel = QLabel(self.duePage)
        self.dueSummaryLabel.setObjectName(u"dueSummaryLabel")
        self.dueSummaryLabel.setWordWrap(True)

        self.dueLayout.addWidget(self.dueSummaryLabel)

        self.dueView = QTableView(self.duePage)
        self.dueView.setObjectName(u"dueView")
        self.dueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueView.setSortingEnabled(False)
        self.dueView.verticalHeader().setVisible(False)

        self.dueLayout.addWidget(self.dueView)

        self.mainTabs.addTab(self.duePage, "")

        self.centralLayout.addWidget(self.mainTabs)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.editMenu = QMenu(self.menuBar)
        self.editMenu.setObjectName(u"editMenu")
        self.settingsMenu = QMenu(self.menuBar)
        self.settingsMenu.setObjectName(u"settingsMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)
#if QT_CONFIG(shortcut)
        self.casesLabel.setBuddy(self.caseList)
#endif // QT_CONFIG(shortcut)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.editMenu.menuAction())
        self.menuBar.addAction(self.settingsMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.newClientAction)
        self.fileMenu.addAction(self.newCaseAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.editMenu.addAction(self.findAction)
        self.settingsMenu.addAction(self.calendarAction)
        self.settingsMenu.addAction(self.targetsAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        self.mainTabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Expat Desk", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.newClientAction.setText(QCoreApplication.translate("MainWindow", u"New &client", None))
#if QT_CONFIG(shortcut)
        self.newClientAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+N", None))
#endif // QT_CONFIG(shortcut)
        self.newCaseAction.setText(QCoreApplication.translate("MainWindow", u"New c&ase\u2026", None))
#if QT_CONFIG(shortcut)
        self.newCaseAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.findAction.setText(QCoreApplication.translate("MainWindow", u"&Find client", None))
#if QT_CONFIG(shortcut)
        self.findAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.calendarAction.setText(QCoreApplication.translate("MainWindow", u"Business &calendar\u2026", None))
        self.targetsAction.setText(QCoreApplication.translate("MainWindow", u"&Target processing times\u2026", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About Expat Desk", None))
#if QT_CONFIG(accessibility)
        self.mainTabs.setAccessibleName(QCoreApplication.translate("MainWindow", u"Views", None))
#endif // QT_CONFIG(accessibility)
        self.casesLabel.setText(QCoreApplication.translate("MainWindow", u"C&ases of this client:", None))
#if QT_CONFIG(accessibility)
        self.caseList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Cases of the selected client", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.clientsPage), QCoreApplication.translate("MainWindow", u"&Clients", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Expat Desk", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("MainWindow", u"Expat Desk", None))
#if QT_CONFIG(accessibility)
        self.subtitleLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"What this database holds", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.serviceTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Cases by service and status", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.overviewPage), QCoreApplication.translate("MainWindow", u"&Overview", None))
#if QT_CONFIG(accessibility)
        self.dueSummaryLabel.setAccessibleName(QCoreApplication.translate("MainWindow", u"Summary of what is due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Deadlines: overdue, due today and due this week", None))
#endif // QT_CONFIG(accessibility)
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.duePage), QCoreApplication.translate("MainWindow", u"&Due", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.editMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.settingsMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Settings", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

