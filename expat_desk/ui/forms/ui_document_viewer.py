# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_viewer.ui'
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
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_DocumentViewer(object):
    def setupUi(self, DocumentViewer):
        if not DocumentViewer.objectName():
            DocumentViewer.setObjectName(u"DocumentViewer")
        DocumentViewer.resize(760, 680)
        self.dialogLayout = QVBoxLayout(DocumentViewer)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.previewToolbar = QHBoxLayout()
        self.previewToolbar.setObjectName(u"previewToolbar")
        self.titleLabel = QLabel(DocumentViewer)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewToolbar.addWidget(self.titleLabel)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewToolbar.addItem(self.previewSpacer)

        self.pagesLabel = QLabel(DocumentViewer)
        self.pagesLabel.setObjectName(u"pagesLabel")

        self.previewToolbar.addWidget(self.pagesLabel)

        self.printButton = QPushButton(DocumentViewer)
        self.printButton.setObjectName(u"printButton")

        self.previewToolbar.addWidget(self.printButton)

        self.saveAsButton = QPushButton(DocumentViewer)
        self.saveAsButton.setObjectName(u"saveAsButton")

        self.previewToolbar.addWidget(self.saveAsButton)


        self.dialogLayout.addLayout(self.previewToolbar)

        self.documentPreview = QPdfView(DocumentViewer)
        self.documentPreview.setObjectName(u"documentPreview")
        self.documentPreview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.documentPreview.sizePolicy().hasHeightForWidth())
        self.documentPreview.setSizePolicy(sizePolicy)

        self.dialogLayout.addWidget(self.documentPreview)

        self.recordLabel = QLabel(DocumentViewer)
        self.recordLabel.setObjectName(u"recordLabel")
        self.recordLabel.setWordWrap(True)
        self.recordLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.recordLabel)

        self.buttonBox = QDialogButtonBox(DocumentViewer)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.documentPreview, self.printButton)
        QWidget.setTabOrder(self.printButton, self.saveAsButton)

        self.retranslateUi(DocumentViewer)
        self.buttonBox.rejected.connect(DocumentViewer.reject)
    # setupUi

    def retranslateUi(self, DocumentViewer):
        DocumentViewer.setWindowTitle(QCoreApplication.translate("DocumentViewer", u"Generated document", None))
#if QT_CONFIG(accessibility)
        DocumentViewer.setAccessibleName(QCoreApplication.translate("DocumentViewer", u"Generated document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("DocumentViewer", u"Document shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pagesLabel.setAccessibleName(QCoreApplication.translate("DocumentViewer", u"Number of pages", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("DocumentViewer", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("DocumentViewer", u"Print the document", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("DocumentViewer", u"Print the document", None))
#endif // QT_CONFIG(accessibility)
        self.saveAsButton.setText(QCoreApplication.translate("DocumentViewer", u"Save &as\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveAsButton.setToolTip(QCoreApplication.translate("DocumentViewer", u"Save a copy of the document, e.g. to send it by e-mail", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveAsButton.setAccessibleName(QCoreApplication.translate("DocumentViewer", u"Save a copy of the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.documentPreview.setAccessibleName(QCoreApplication.translate("DocumentViewer", u"Preview of the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.recordLabel.setAccessibleName(QCoreApplication.translate("DocumentViewer", u"Where the file is kept and its fingerprint", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

