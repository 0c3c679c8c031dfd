"""The case wizard: client, service, the service's questions, the checklist preview, review.

The pages and their fixed widgets come from ``forms/case_wizard.ui``; the client page's
logic is ``WizardClientPage`` (ui.wizard_client_page), and the questions of the details page
are data (the catalogue's options) whose widgets ``WizardAnswers`` builds (ui.wizard_answers).
Here: the service, whether it may be opened for this client, the checklist and the review,
the draft, and Finish. Nothing is written until Finish: the new client, if any, is stored
then, and the case right after it.
"""

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget, QWizard, QWizardPage

from expat_desk.domain.catalogue import ServiceCode, ServiceSpec, catalogue_for
from expat_desk.domain.deadlines import passport_warning
from expat_desk.domain.eligibility import (
    NOT_FOR_CITIZENS,
    NOT_RECIPROCAL,
    check_eligible,
    check_stay,
)
from expat_desk.domain.errors import RuleViolation, ValidationError
from expat_desk.store import Store, StoreError
from expat_desk.store.drafts import Draft, Drafts
from expat_desk.store.models import Client
from expat_desk.ui.error_words import error_text, refusal_text
from expat_desk.ui.language import pick
from expat_desk.ui.titles import country_title
from expat_desk.ui.wizard_answers import WizardAnswers
from expat_desk.ui.wizard_client_page import WizardClientPage

DRAFT = "case-wizard"
DRAFT_DELAY_MS = 700


class CheckedPage(QWizardPage):
    """A page whose Next button waits for a check the wizard gives it (promoted in the .ui)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check: Callable[[], bool] | None = None

    def isComplete(self) -> bool:
        return self.check() if self.check is not None else super().isComplete()


class CaseWizard(QWizard):
    """Opens one case; ``caseCreated(case_id)`` is emitted once it is stored."""

    caseCreated = Signal(int)

    def __init__(self, store: Store, parent: QWidget | None = None, client_id: int | None = None):
        super().__init__(parent)
        self.store = store
        self.catalogue = catalogue_for(store.today())  # the version the case will follow
        self.visa_free = store.visa_free()
        self.created_case_id: int | None = None
        # A new client stored at a Finish whose case then failed: reused, never stored twice.
        self._stored_client: Client | None = None
        self._details_touched = False
        self._typed_answers: dict[str, Any] = {}
        self._details_service: str | None = None
        # Imported here: the compiled form imports CheckedPage from this module.
        from expat_desk.ui.forms.ui_case_wizard import Ui_CaseWizard

        self.setObjectName("caseWizard")
        self.ui = Ui_CaseWizard()
        self.ui.setupUi(self)
        self.setAccessibleName(self.tr("New case wizard"))

        # Qt asks a page whether Next may be enabled; these pages answer from the wizard
        # (the client page from its own logic, which sets its check).
        self.ui.servicePage.check = lambda: self.service() is not None
        self.ui.detailsPage.check = self._details_complete

        self.client_page = WizardClientPage(
            store, self.ui, self, edited=lambda: self._draft_timer.start()
        )
        self.answers = WizardAnswers(
            store, self.visa_free, self.ui.detailsForm, edited=self._details_edited
        )
        self._setup_service_page()
        self.ui.openIinCaseButton.clicked.connect(self._switch_to_iin)
        self.ui.refusalLabel.hide()
        self.ui.openIinCaseButton.hide()

        if client_id is not None:
            self.client_page.pick(self.store.get_client(client_id))

        # What is typed is kept as a draft on disk, so a crash loses nothing.
        self.drafts = Drafts(store.path)
        self._discarded = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.keep_draft)
        self.currentIdChanged.connect(lambda _id: self.keep_draft())

    # --- public -----------------------------------------------------------------------------

    def client(self) -> Client | None:
        """The client picked in the list (None while a new client is being typed)."""
        return self.client_page.client()

    def service(self) -> ServiceSpec | None:
        item = self.ui.serviceChoice.currentItem()
        if item is None or not item.isSelected():
            return None
        return self.catalogue.service(item.data(Qt.ItemDataRole.UserRole))

    # --- page 2: service (page 1, the client, is WizardClientPage) ---------------------------

    def _setup_service_page(self) -> None:
        for code in ServiceCode:
            spec = self.catalogue.service(code)
            item = QListWidgetItem(pick(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, code.value)
            self.ui.serviceChoice.addItem(item)
        self.ui.serviceChoice.itemSelectionChanged.connect(self.ui.servicePage.completeChanged)

    def _select_service(self, code: ServiceCode) -> None:
        choice = self.ui.serviceChoice
        for row in range(choice.count()):
            if choice.item(row).data(Qt.ItemDataRole.UserRole) == code.value:
                choice.setCurrentRow(row)

    # --- page 3: details (the question widgets are WizardAnswers) ----------------------------

    def _build_details(self) -> None:
        self._details_touched = False
        spec = self.service()
        self._details_service = spec.code.value if spec else None
        self.answers.build(spec)
        if spec is not None:
            self._refresh_details()

    def _raw_answers(self) -> dict[str, Any]:
        return self.answers.raw(self.service(), self.client_page.citizenship())

    def _answer_errors_now(self) -> dict[str, str]:
        spec = self.service()
        if spec is None:
            return {}
        try:
            today = self.store.today()
            self._typed_answers = spec.validate_answers(self._raw_answers(), today=today)
            check_stay(spec.code, self._typed_answers, registered_on=today)
        except ValidationError as exc:
            self._typed_answers = {}
            return exc.errors
        return {}

    def _refusal(self) -> tuple[str | None, bool]:
        """Why this client cannot have this service, and whether an IIN case is the way out."""
        spec = self.service()
        if spec is None:
            return None, False
        name, iin = self.client_page.name(), self.client_page.iin()
        if spec.requires_client_iin and not iin:
            text = self.tr("%1 has no IIN: an EDS needs one. Open an IIN case first.")
            return text.replace("%1", name), True
        if spec.code is ServiceCode.IIN and iin:
            text = self.tr("%1 already has an IIN (%2).")
            return text.replace("%1", name).replace("%2", iin), False
        citizenship = self.client_page.citizenship()
        try:
            if citizenship is not None:
                check_eligible(spec.code, citizenship, self.visa_free)
        except RuleViolation as refused:
            return self._eligibility_text(refused, name, citizenship or ""), False
        return None, False

    def _eligibility_text(self, refused: RuleViolation, name: str, citizenship: str) -> str:
        if refused.code == NOT_RECIPROCAL:
            text = self.tr(
                "Police registration is only for citizens of countries with a reciprocal "
                "visa-free agreement with Kazakhstan, and %1 has none (%2). The host party's "
                "migration notification registers %3."
            )
            country = country_title(citizenship)
            return text.replace("%1", country).replace("%2", citizenship).replace("%3", name)
        if refused.code == NOT_FOR_CITIZENS:
            text = self.tr("%1 is a citizen of Kazakhstan: this service is for foreign citizens.")
            return text.replace("%1", name)
        return refusal_text(refused)

    def _details_edited(self) -> None:
        self._draft_timer.start()
        self._details_touched = True
        self._refresh_details()

    def _refresh_details(self) -> None:
        raw = self._raw_answers()
        self.answers.show_derived(raw)
        refusal, offer_iin = self._refusal()
        self.ui.refusalLabel.setText(refusal or "")
        self.ui.refusalLabel.setVisible(refusal is not None)
        self.ui.openIinCaseButton.setVisible(offer_iin)
        self.ui.detailsFields.setEnabled(refusal is None)
        errors = self._answer_errors_now()
        self.answers.show_errors(self.service(), raw, errors if self._details_touched else {})
        self.ui.detailsPage.completeChanged.emit()

    def _details_complete(self) -> bool:
        return self._refusal()[0] is None and not self._answer_errors_now()

    def _switch_to_iin(self) -> None:
        # The offer is shown on the details page: it stays there, now asking the IIN questions.
        self._select_service(ServiceCode.IIN)
        self._build_details()

    # --- pages 4 and 5: checklist and review --------------------------------------------------

    def _fill_checklist(self) -> None:
        spec = self.service()
        preview = self.ui.checklistPreview
        preview.clear()
        if spec is None:
            return
        for item in spec.checklist(self._typed_answers):
            text = pick(item.title)
            if not item.required:
                text = self.tr("%1 (optional)").replace("%1", text)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.code)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            preview.addItem(row)

    def _fill_review(self) -> None:
        spec = self.service()
        assert spec is not None
        client = self.client()
        if client is None:
            who = self.tr("%1 (new client)").replace("%1", self.client_page.name())
        else:
            who = client.full_name
        lines = [
            self.tr("Client: %1").replace("%1", who),
            self.tr("Service: %1").replace("%1", pick(spec.title)),
        ]
        for option in spec.options:
            value = self._typed_answers.get(option.name)
            if value is None:
                continue
            lines.append(f"{pick(option.label)}: {self.answers.text(option, value)}")
        count = len(spec.checklist(self._typed_answers))
        lines.append(self.tr("Checklist: %1 items").replace("%1", str(count)))
        if client is not None and (
            passport := passport_warning(client.passport_expiry, self.store.today())
        ):
            # Said before Finish: the authority refuses an expired passport at submission.
            lines.append(self.tr("Note: %1").replace("%1", error_text(passport)))
        self.ui.reviewSummary.setText("\n".join(lines))

    # --- drafts -----------------------------------------------------------------------------

    def has_input(self) -> bool:
        """Whether the manager has typed or chosen anything a close would lose."""
        return self.client_page.has_input() or self.service() is not None or self._details_touched

    def draft_values(self) -> dict[str, Any]:
        client = self.client()
        spec = self.service()
        return {
            "new_client": self.ui.newClientButton.isChecked(),
            "client_id": client.id if client else None,
            "client": self.client_page.new_client_values(),
            "service": spec.code.value if spec else None,
            "answers": self._raw_answers() if self._details_touched else {},
        }

    def keep_draft(self) -> None:
        self._draft_timer.stop()
        if self._discarded:
            return  # QWizard resets its pages on the way out; that is no new typing
        if self.created_case_id is None and self.has_input():
            self.drafts.save(DRAFT, self.draft_values())
        else:
            self.drafts.clear(DRAFT)

    def restore_draft(self, draft: Draft) -> None:
        """Fill the wizard with a draft's answers, as far as they still fit."""
        values = draft.values
        if values.get("new_client"):
            self.client_page.restore_new_client(values.get("client") or {})
        elif isinstance(values.get("client_id"), int):
            with suppress(StoreError):  # a client since erased: the manager picks again
                self.client_page.pick(self.store.get_client(values["client_id"]))
        try:
            self._select_service(ServiceCode(values.get("service")))
        except ValueError:
            return
        answers = values.get("answers") or {}
        if answers:
            self._build_details()
            for name, value in answers.items():
                self.answers.set_answer(name, value)
            self._details_touched = True
            self._refresh_details()

    def confirm_close(self) -> bool:
        """Before the wizard closes without a case: drop the typing, or keep editing."""
        if self.created_case_id is not None or not self.has_input():
            self._discarded = True
            self.drafts.clear(DRAFT)
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Discard this case?"),
            self.tr("The case is not opened yet. Discard what you have entered?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("discardCaseQuestion")
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Keep editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
            self._discarded = True
            self.drafts.clear(DRAFT)
            return True
        return False

    def reject(self) -> None:
        if self.confirm_close():
            super().reject()

    def discard(self) -> None:
        """Close without a case and without asking, dropping the draft."""
        self._discarded = True
        self.drafts.clear(DRAFT)
        super().reject()

    # --- QWizard ----------------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.ui.detailsPage:
            spec = self.service()
            if spec is None or spec.code.value != self._details_service:
                self._build_details()
            else:  # back and forth with the same service keeps the answers
                self._refresh_details()
        elif page is self.ui.checklistPage:
            self._answer_errors_now()
            self._fill_checklist()
        elif page is self.ui.reviewPage:
            self._answer_errors_now()
            self._fill_review()
        super().initializePage(page_id)

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is self.ui.clientPage and not self.client_page.validate():
            return False
        if page is self.ui.reviewPage:
            return self._create()
        return super().validateCurrentPage()

    def _create(self) -> bool:
        spec = self.service()
        assert spec is not None
        try:
            client = self.client()
            if client is None:
                if self._stored_client is None:
                    self._stored_client, _ = self.store.add_client(
                        self.client_page.new_client_values()
                    )
                client = self._stored_client
            case = self.store.open_case(client.id, spec.code.value, self._typed_answers)
        except (ValidationError, RuleViolation, StoreError) as exc:
            if self._stored_client is not None and self.client() is None:
                # The client is stored; a second Finish must not store them again.
                self.client_page.search(self._stored_client.passport_number)
                self.client_page.pick(self._stored_client)
            QMessageBox.warning(
                self,
                self.tr("The case was not opened"),
                self.tr("The case could not be opened: %1").replace("%1", refusal_text(exc)),
            )
            return False
        self.created_case_id = case.id
        self.drafts.clear(DRAFT)
        self.caseCreated.emit(case.id)
        return True
