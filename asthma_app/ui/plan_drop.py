"""Dropping a plan file (the plan PDF, a .asthmaplan or a FHIR .json file) on the window opens
it as a plan from the nurse, exactly like File -> "Open a plan from my nurse...".

An event filter on the window, so the window class itself needs no drag-and-drop code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject


def _plan_path(mime) -> str | None:
    from ..services.plan_import import PLAN_FILE_SUFFIXES  # lazy: start-up

    urls = mime.urls() if mime is not None and mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None  # one file at a time: a plan is agreed one at a time
    path = urls[0].toLocalFile()
    return path if Path(path).suffix.lower() in PLAN_FILE_SUFFIXES else None


class PlanDropFilter(QObject):
    def __init__(self, window, open_plan):
        super().__init__(window)
        self._open_plan = open_plan
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _plan_path(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            path = _plan_path(event.mimeData())
            if path:
                event.acceptProposedAction()
                self._open_plan(path)
                return True
        return False
