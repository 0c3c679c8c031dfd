"""A country chosen by typing part of its name in any of our languages, or its code.

Every form that asks for a country (a client's citizenship, a stay check, a visa-free
correction, a wizard's country question) uses it instead of a line edit for "UZB": the manager
types "Узб", "Өзбек", "uzbek" or "UZB", picks "Uzbekistan (UZB)" from the list, and the form
stores the ISO alpha-3 code.
"""

from PySide6.QtCore import QCollator, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QStyle, QWidget

from expat_desk.domain.countries import all_countries, normalize_country_code
from expat_desk.ui import language
from expat_desk.ui.titles import country_name

# What the completer matches against: the names in every language and the code, so a
# manager working in English still finds a client's country by its Russian name.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
# Wide enough for most names; the longest ("South Georgia and the South Sandwich Islands")
# would otherwise widen the whole form.
VISIBLE_CHARACTERS = 28


class _NameCompleter(QCompleter):
    """Matches on SEARCH_ROLE but puts the name the list shows into the field."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class CountryPicker(QComboBox):
    """An editable list of every country, "Name (ISO3)" in the window's language.

    ``code()`` is the chosen country's code, or None while the text names no country (the text
    stays, so the form can say what is wrong). ``codeChanged`` carries the code or "".

    It also reads and writes like the line edit it replaces, so forms built on ``text()``
    keep working: ``text()`` is the code, or what was typed when it names no country (for the
    form's validation to refuse), ``setText()`` is ``set_code()``, and ``textChanged`` follows
    every keystroke.
    """

    codeChanged = Signal(str)
    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # What is typed is a search, never a new country.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(VISIBLE_CHARACTERS)
        self.lineEdit().setPlaceholderText(self.tr("Type a country's name or code"))
        self._codes: dict[str, str] = {}  # any text that names a country, casefolded -> code
        self._fill()
        completer = _NameCompleter(self.model(), self)
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        # The list opens as wide as its longest name, though the field is narrower: a name
        # is chosen by reading it whole.
        popup = completer.popup()
        metrics = popup.fontMetrics()
        longest = max(metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count()))
        style = popup.style()
        margins = 2 * (
            style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
            + style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
            + metrics.averageCharWidth()
        )
        popup.setMinimumWidth(
            longest + margins + style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        self.setCurrentIndex(-1)
        self._code: str | None = None
        self.lineEdit().textChanged.connect(self._typed)
        # "uzb" typed and left shows as "Uzbekistan (UZB)": the manager sees what is stored.
        self.lineEdit().editingFinished.connect(self._show_chosen)

    def _fill(self) -> None:
        collator = QCollator(language.locale())
        named = [(country_name(c), c) for c in all_countries()]
        named.sort(key=lambda pair: collator.sortKey(pair[0]))
        for name, found in named:
            shown = f"{name} ({found.code})"
            self.addItem(shown, found.code)
            words = (found.en, found.ru, found.kk, found.code)
            self.setItemData(self.count() - 1, " ".join(words), SEARCH_ROLE)
            self._codes[shown.casefold()] = found.code
            for word in words:
                self._codes.setdefault(word.casefold(), found.code)

    # --- the API ----------------------------------------------------------------------------

    def code(self) -> str | None:
        return self._code

    def set_code(self, code: str | None) -> None:
        """Show the country ``code`` names; None or "" empties the field; any other text is
        shown as typed (a stored value that is not a code stays visible, and code() is None)."""
        text = (code or "").strip()
        normalized = normalize_country_code(text) if text else None
        index = self.findData(normalized) if normalized else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)

    def text(self) -> str:
        """What a form hands its validation: the code, else the typed text, else ""."""
        return self._code or self.currentText().strip()

    def setText(self, text: str | None) -> None:
        self.set_code(text)

    # --- typing -----------------------------------------------------------------------------

    def _resolve(self, text: str) -> str | None:
        key = text.strip()
        if not key:
            return None
        return self._codes.get(key.casefold()) or normalize_country_code(key)

    def _typed(self, text: str) -> None:
        code = self._resolve(text)
        changed = code != self._code
        self._code = code
        self.textChanged.emit(text)
        if changed:
            self.codeChanged.emit(code or "")

    def _show_chosen(self) -> None:
        if self._code is None:
            return
        index = self.findData(self._code)
        if index >= 0 and self.itemText(index) != self.currentText():
            self.setCurrentIndex(index)
