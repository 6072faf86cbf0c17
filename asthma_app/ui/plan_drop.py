"""Dropping a plan file (the plan PDF, a .asthmaplan or a FHIR .json file) on the window opens
it as a plan from the nurse, exactly like File -> "Open a plan from my nurse...".

The window's drag handlers (``MainWindow.dragEnterEvent`` and the others) call these, and only
when the File menu is offered (``ExchangeActions`` lets the window accept drops). Not an event
filter on the window: a filter took every event of the window through Python, and before the
first paint made PySide6 build ~40 event types it otherwise never needs (7 million
instructions, docs/performance.md).
"""

from __future__ import annotations

from pathlib import Path


def _plan_path(mime) -> str | None:
    from ..services.plan_import import PLAN_FILE_SUFFIXES  # lazy: start-up

    urls = mime.urls() if mime is not None and mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None  # one file at a time: a plan is agreed one at a time
    path = urls[0].toLocalFile()
    return path if Path(path).suffix.lower() in PLAN_FILE_SUFFIXES else None


def take_drag(event) -> bool:
    """A drag entering or moving over the window: taken if it carries one plan file."""
    if _plan_path(event.mimeData()):
        event.acceptProposedAction()
        return True
    return False


def take_drop(event, open_plan) -> bool:
    """A drop on the window: ``open_plan(path)`` for one plan file."""
    path = _plan_path(event.mimeData())
    if path:
        event.acceptProposedAction()
        open_plan(path)
        return True
    return False
