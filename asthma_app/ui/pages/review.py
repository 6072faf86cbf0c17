"""Review: the monthly RCP 3 Questions, other control-score totals, attacks and urgent care,
questions for the nurse, and the review summary (on screen, PDF, print, export)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.control import (
    Attack,
    Care,
    ControlError,
    ControlScore,
    Tool,
    form_guide,
    rcp3_meaning,
    rcp3_questions,
)
from ...domain.text import fill
from ...services.reviews import ATTACKS, QUESTIONS
from ..widgets.common import (
    DATE_FORMAT,
    format_date,
    label,
    left_to_right,
    scrolling,
    to_date,
    to_qdate,
)
from .base import Page


class ReviewPage(Page):
    key = "review"

    def __init__(self, mode, parent=None):
        super().__init__(mode, parent)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Review sections"))
        self.tabs.addTab(scrolling(self._control_tab()), self.tr("How is my asthma?"))
        self.tabs.addTab(scrolling(self._attack_tab()), self.tr("Attacks"))
        self.tabs.addTab(scrolling(self._questions_tab()), self.tr("My questions"))
        self.tabs.addTab(scrolling(self._summary_tab()), self.tr("Summary"))
        # after the summary: the existing tabs keep their places
        self.tabs.addTab(scrolling(self._checklist_tab()), self.tr("Nurse's checklist"))
        outer = QVBoxLayout(self)
        outer.addWidget(label(self.tr("My asthma review"), "pageTitle"))
        outer.addWidget(self.tabs, 1)

    def title(self) -> str:
        return self.tr("Review")

    # --- RCP3 and other scores ------------------------------------------------------------

    def _control_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(label(self.tr("Three questions about the last month (RCP 3 "
                                       "Questions). Answer yes or no."), "hint"))
        self.rcp3_groups = []
        for number, question in enumerate(rcp3_questions(), start=1):
            box = QGroupBox()  # the question as a wrapping label: fits at 200 % text
            column = QVBoxLayout(box)
            column.addWidget(label(f"{number}. {question}"))
            row = QHBoxLayout()
            column.addLayout(row)
            group = QButtonGroup(box)
            for value, text in ((1, self.tr("Yes")), (0, self.tr("No"))):
                button = QRadioButton(text)
                button.setAccessibleName(f"{text}: {question}")
                group.addButton(button, value)
                row.addWidget(button)
            row.addStretch(1)
            group.idClicked.connect(self._on_rcp3_answered)
            self.rcp3_groups.append(group)
            layout.addWidget(box)
        self.rcp3_save = QPushButton(self.tr("Save my answers"))
        self.rcp3_save.setObjectName("primary")
        self.rcp3_save.setEnabled(False)
        self.rcp3_save.clicked.connect(self.save_rcp3)
        self.rcp3_result = label("", "sectionTitle")
        layout.addWidget(self.rcp3_save)
        layout.addWidget(self.rcp3_result)
        self.rcp3_history = QListWidget()
        self.rcp3_history.setAccessibleName(self.tr("Earlier answers"))
        self.trend = label("", "hint")
        layout.addWidget(self.trend)
        layout.addWidget(self.rcp3_history, 1)
        layout.addWidget(self._other_score_box())
        return tab

    def _other_score_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("A score from a form your nurse gave you"))
        form = QFormLayout(box)
        self.score_tool = QComboBox()
        for tool in (Tool.ACT, Tool.CACT, Tool.ACQ):
            self.score_tool.addItem(tool.label(), tool)
        self.score_total = QDoubleSpinBox()
        self.score_total.setDecimals(2)
        self.score_tool.currentIndexChanged.connect(self._on_score_tool_changed)
        self.score_date = left_to_right(QDateEdit())
        self.score_date.setCalendarPopup(True)
        self.score_date.setDisplayFormat(DATE_FORMAT)
        self.score_save = QPushButton(self.tr("Save score"))
        self.score_save.clicked.connect(self.save_other_score)
        self.score_message = label("", "error")
        self.score_guide = label("")  # the saved total's band, from the form's own guide
        form.addRow(self.tr("Which form"), self.score_tool)
        form.addRow(self.tr("Total score"), self.score_total)
        form.addRow(self.tr("Date"), self.score_date)
        form.addRow(self.score_save, self.score_message)
        form.addRow(self.score_guide)
        self._on_score_tool_changed()
        return box

    def _on_score_tool_changed(self, _index: int = 0) -> None:
        tool = Tool(self.score_tool.currentData())
        self.score_total.setRange(tool.low, tool.high)
        self.score_total.setDecimals(2 if tool is Tool.ACQ else 0)

    def _on_rcp3_answered(self, _id: int) -> None:
        self.rcp3_save.setEnabled(all(g.checkedId() != -1 for g in self.rcp3_groups))

    def save_rcp3(self) -> None:
        answers = tuple(g.checkedId() == 1 for g in self.rcp3_groups)
        saved = self.session.reviews.record_rcp3(answers)
        self.rcp3_result.setText(rcp3_meaning(int(saved.total)))
        for group in self.rcp3_groups:
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.rcp3_save.setEnabled(False)
        self.data_changed.emit()

    def save_other_score(self) -> None:
        score = ControlScore(to_date(self.score_date.date()), Tool(self.score_tool.currentData()),
                             round(self.score_total.value(), 2))
        try:
            self.session.reviews.record_score(score)
        except ControlError as error:
            self.score_message.setText(str(error))
            return
        self.score_message.setText("")
        guide = form_guide(score.tool, score.total)
        self.score_guide.setText(fill(self.tr("Saved: %1 score %2. %3"), score.tool.label(),
                                      f"{score.total:g}", guide.text() if guide else ""))
        self.data_changed.emit()

    # --- attacks ----------------------------------------------------------------------------

    def _attack_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(label(self.tr("Record an asthma attack, or any time you needed "
                                       "urgent care for your asthma."), "hint"))
        form = QFormLayout()
        self.attack_date = left_to_right(QDateEdit())
        self.attack_date.setCalendarPopup(True)
        self.attack_date.setDisplayFormat(DATE_FORMAT)
        form.addRow(self.tr("Date"), self.attack_date)
        self.care_boxes = {}
        care_box = QGroupBox(self.tr("What happened? Tick all that apply."))
        care_layout = QVBoxLayout(care_box)
        for care in Care:
            self.care_boxes[care] = QCheckBox(care.label())
            care_layout.addWidget(self.care_boxes[care])
        self.attack_note = QLineEdit()
        form.addRow(self.tr("Note"), self.attack_note)
        self.attack_save = QPushButton(self.tr("Save attack"))
        self.attack_save.setObjectName("primary")
        self.attack_save.clicked.connect(self.save_attack)
        self.attack_message = label("", "error")
        self.attack_saved = label("", "hint")
        self.attack_list = QListWidget()
        self.attack_list.setAccessibleName(self.tr("Attacks recorded"))
        self.attack_delete = QPushButton(self.tr("Delete selected attack"))
        self.attack_delete.clicked.connect(self._on_attack_delete_clicked)
        layout.addLayout(form)
        layout.addWidget(care_box)
        layout.addWidget(self.attack_save)
        layout.addWidget(self.attack_message)
        layout.addWidget(self.attack_saved)
        layout.addWidget(self.attack_list, 1)
        layout.addWidget(self.attack_delete)
        return tab

    def offer_attack(self, day: date) -> None:
        """Open the attack form for ``day`` (from the banner on Today)."""
        self.tabs.setCurrentIndex(1)
        self.attack_date.setDate(to_qdate(day))

    def save_attack(self) -> None:
        care = tuple(c for c, box in self.care_boxes.items() if box.isChecked())
        attack = Attack(to_date(self.attack_date.date()), care, self.attack_note.text().strip())
        try:
            saved = self.session.reviews.record_attack(attack)
        except ControlError as error:
            self.attack_message.setText(str(error))
            return
        self.attack_message.setText("")
        self.attack_saved.setText(
            self.tr("Saved. UK guidance asks for a follow-up appointment after this kind of "
                    "care: a reminder is now on Today until you mark it booked or done.")
            if saved.follow_up else self.tr("Saved."))
        self.attack_note.clear()
        for box in self.care_boxes.values():
            box.setChecked(False)
        self.data_changed.emit()

    def _on_attack_delete_clicked(self) -> None:
        item = self.attack_list.currentItem()
        if item is not None:
            self.session.reviews.delete(ATTACKS, item.data(256))
            self.data_changed.emit()

    # --- what the nurse checks --------------------------------------------------------------

    def _checklist_tab(self) -> QWidget:
        from ..widgets.review_checklist import ReviewChecklistView  # lazy: start-up

        self.checklist_view = ReviewChecklistView()
        self.checklist_view.saved.connect(self.data_changed)
        return self.checklist_view

    # --- summary and refresh -----------------------------------------------------------------

    def _summary_tab(self) -> QWidget:
        from ..widgets.review_summary import ReviewSummaryView  # lazy: start-up

        self.summary_view = ReviewSummaryView(self.mode)
        self.summary_view.export_requested.connect(self._on_summary_export_requested)
        return self.summary_view

    def _on_summary_export_requested(self) -> None:
        actions = getattr(self.window(), "exchange_actions", None)
        if actions is not None:
            actions.export("json")

    def set_session(self, session) -> None:
        super().set_session(session)
        today = to_qdate(session.clock().date())
        for edit in (self.score_date, self.attack_date):
            edit.setMaximumDate(today)
            edit.setDate(today)
        self.summary_view.set_session(session)
        self.checklist_view.set_session(session)

    def refresh(self) -> None:
        if self.session is None:
            return
        reviews = self.session.reviews
        scores = reviews.scores()
        rcp3 = [s for s in scores if s.tool is Tool.RCP3]
        self.rcp3_history.clear()
        for score in scores:
            text = fill(self.tr("%1: %2 score %3"), format_date(score.taken_on),
                        score.tool.label(), f"{score.total:g}")
            guide = form_guide(score.tool, score.total)
            if guide:  # a licensed form's total is never shown bare
                text += "\n" + guide.text()
            self.rcp3_history.addItem(text)
        self.trend.setText(self._trend_text(rcp3))
        self.attack_list.clear()
        for attack in reviews.attacks():
            care = ", ".join(c.label() for c in attack.care) or self.tr("no care recorded")
            item = QListWidgetItem(f"{format_date(attack.occurred_on)}: {care}"
                                   + (f" \u2014 {attack.note}" if attack.note else ""))
            item.setData(256, attack.id)
            self.attack_list.addItem(item)
        self.question_list.clear()
        for question in reviews.questions():
            text = question.text
            if question.answered:
                text = fill(self.tr("%1 (answered)"), text)
            item = QListWidgetItem(text)
            item.setData(256, question)
            self.question_list.addItem(item)
        if self.summary_view.session is not None:
            self.summary_view.show_summary()

    def _trend_text(self, rcp3) -> str:
        """Compare the newest RCP3 score with the one before: fewer yes answers is better."""
        if len(rcp3) < 2:
            return ""
        newest, before = int(rcp3[0].total), int(rcp3[1].total)
        if newest < before:
            return fill(self.tr("Better than last time (%1 before, %2 now)."), before, newest)
        if newest > before:
            return fill(self.tr("Worse than last time (%1 before, %2 now)."), before, newest)
        return fill(self.tr("The same as last time (%1)."), newest)

    # --- questions --------------------------------------------------------------------------

    def _questions_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(label(self.tr("Write down what you want to ask at your next "
                                       "review."), "hint"))
        row = QHBoxLayout()
        self.question_text = QLineEdit()
        self.question_text.setAccessibleName(self.tr("New question"))
        self.question_text.returnPressed.connect(self.add_question)
        self.question_add = QPushButton(self.tr("Add question"))
        self.question_add.clicked.connect(self.add_question)
        row.addWidget(self.question_text, 1)
        row.addWidget(self.question_add)
        self.question_message = label("", "error")
        self.question_list = QListWidget()
        self.question_list.setAccessibleName(self.tr("My questions"))
        buttons = QHBoxLayout()
        self.question_answered = QPushButton(self.tr("Mark as answered"))
        self.question_answered.clicked.connect(self._on_question_answered_clicked)
        self.question_remove = QPushButton(self.tr("Remove question"))
        self.question_remove.clicked.connect(self._on_question_remove_clicked)
        buttons.addWidget(self.question_answered)
        buttons.addWidget(self.question_remove)
        buttons.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.question_message)
        layout.addWidget(self.question_list, 1)
        layout.addLayout(buttons)
        return tab

    def add_question(self) -> None:
        try:
            self.session.reviews.add_question(self.question_text.text())
        except ControlError as error:
            self.question_message.setText(str(error))
            return
        self.question_message.setText("")
        self.question_text.clear()
        self.data_changed.emit()

    def unsaved_input(self) -> str:
        return self.question_text.text().strip()  # a question typed but not added

    def restore_unsaved_input(self, text: str) -> None:
        self.question_text.setText(text)

    def discard_unsaved_input(self) -> None:
        self.question_text.clear()

    def _selected_question(self):
        item = self.question_list.currentItem()
        return item.data(256) if item is not None else None

    def _on_question_answered_clicked(self) -> None:
        question = self._selected_question()
        if question is not None:
            self.session.reviews.mark_answered(question.id, not question.answered)
            self.data_changed.emit()

    def _on_question_remove_clicked(self) -> None:
        question = self._selected_question()
        if question is not None:
            self.session.reviews.delete(QUESTIONS, question.id)
            self.data_changed.emit()
