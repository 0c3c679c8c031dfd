"""Tab walks a dialog as it reads: top to bottom, left to right, the buttons last.

Qt's own order is the order the widgets were made in, which a dialog built in code (or a
Designer form with fields added after ``setupUi``) does not read in; each dialog says its
order here instead.
"""

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in the order given."""
    for before, after in pairwise(widgets):
        QWidget.setTabOrder(before, after)
