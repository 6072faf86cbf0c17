"""Learn: the offline education library, by theme or by search, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...services.education import Library, load_library
from .. import accessibility
from ..widgets.common import label
from ..widgets.topic_view import TopicView
from .base import Page

TOPIC_ROLE = Qt.ItemDataRole.UserRole


class LearnPage(Page):
    key = "learn"

    def __init__(self, mode, parent=None):
        super().__init__(mode, parent)
        self._library: Library | None = None
        self.heading = label(self.tr("Learn about asthma"), "pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search, for example: spacer"))
        self.search.setAccessibleName(self.tr("Search the topics"))
        self.search.textChanged.connect(self._on_search_text_changed)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Topics by theme"))
        # hidden, but assistive technologies still read the header: not Qt's default "1"
        self.tree.setHeaderLabels([self.tr("Topics by theme")])
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._on_item_chosen)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.currentItemChanged.connect(self._on_item_chosen)
        self.results.hide()
        self.no_results = label(self.tr("No topic found. Try another word."), "hint")
        self.no_results.hide()
        self.view = TopicView(mode)
        self.view.open_topic.connect(self.show_topic)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search, self.tree, self.results, self.no_results):
            side_layout.addWidget(widget)
        accessibility.install()  # before the first splitter: its handles are separators
        splitter = QSplitter()
        splitter.addWidget(side)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row, 1)

    def title(self) -> str:
        return self.tr("Learn")

    @property
    def library(self) -> Library:
        """Loaded on first use: keeps file reading off the app's start-up path."""
        if self._library is None or self._library.language != i18n.current_language():
            self._library = load_library(i18n.current_language())
            self._fill_tree()
        return self._library

    def read_aloud_control(self):
        return self.view.read_aloud

    def showEvent(self, event):  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.view.topic is None and self.library.topics():
            self.show_topic(self.library.topics()[0].id)

    def _fill_tree(self) -> None:
        self.tree.clear()
        for group in self._library.by_theme():
            parent = QTreeWidgetItem([group.title])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for topic in group.topics:
                child = QTreeWidgetItem([topic.title])
                child.setData(0, TOPIC_ROLE, topic.id)
                child.setToolTip(0, topic.title)  # long titles are elided in the list
                parent.addChild(child)
            self.tree.addTopLevelItem(parent)
        self.tree.expandAll()

    def show_topic(self, topic_id: str) -> None:
        """Show one topic (the context links and search results end here)."""
        library = self.library
        if topic_id not in library:
            return
        self.view.show_topic(library.topic(topic_id))
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for row in range(group.childCount()):
                if group.child(row).data(0, TOPIC_ROLE) == topic_id:
                    self.tree.blockSignals(True)
                    self.tree.setCurrentItem(group.child(row))
                    self.tree.blockSignals(False)

    def _on_item_chosen(self, current, _previous=None) -> None:
        if current is None:
            return
        topic_id = current.data(0, TOPIC_ROLE) if isinstance(current, QTreeWidgetItem) \
            else current.data(TOPIC_ROLE)
        if topic_id:
            self.show_topic(topic_id)

    def _on_search_text_changed(self, text: str) -> None:
        searching = bool(text.strip())
        self.tree.setVisible(not searching)
        self.results.blockSignals(True)
        self.results.clear()
        hits = self.library.search(text) if searching else []
        for hit in hits:
            item = QListWidgetItem(f"{hit.topic.title}\n{hit.snippet}")
            item.setData(TOPIC_ROLE, hit.topic.id)
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        self.results.blockSignals(False)
        self.results.setVisible(bool(hits))
        self.no_results.setVisible(searching and not hits)

    def result_titles(self) -> list[str]:
        return [self.results.item(i).text().split("\n")[0] for i in range(self.results.count())]
