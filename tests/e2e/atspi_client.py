"""A real assistive-technology client: walks the running app over AT-SPI with pyatspi.

Run by the system's python3 (Debian's python3-pyatspi lives there, not in the venv), inside
the D-Bus session the harness made. Prints one JSON object with what it found; the test
(``test_atspi.py``) judges it. Nothing here imports the app.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pyatspi

APP_NAME = "asthma-app"
ACTIONABLE = {"push button", "toggle button", "check box", "radio button", "combo box",
              "text", "password text", "spin button", "entry", "slider", "menu item",
              "check menu item", "radio menu item", "page tab", "link"}
PERIODS = ("2 weeks", "3 months", "1 year", "All", "Custom")


def wait(predicate, timeout: float = 20.0, step: float = 0.2):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            value = predicate()
        except Exception:  # noqa: BLE001 - objects come and go while the app works
            value = None
        if value:
            return value
        time.sleep(step)
    return None


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    return next((app for app in desktop if app is not None and app.name == APP_NAME), None)


def nodes(root, limit: int = 20000):
    """Every object under ``root`` (depth first), skipping ones that vanish mid-walk."""
    stack, seen = [root], 0
    while stack and seen < limit:
        node = stack.pop()
        seen += 1
        yield node
        try:
            count = node.childCount
        except Exception:  # noqa: BLE001
            continue
        for index in reversed(range(min(count, 500))):
            try:
                child = node.getChildAtIndex(index)
            except Exception:  # noqa: BLE001
                child = None
            if child is not None:
                stack.append(child)


def describe(node) -> dict:
    path, current = [], node
    for _ in range(6):
        try:
            path.append(f"{current.getRoleName()}:{current.name!r}")
            current = current.parent
        except Exception:  # noqa: BLE001
            break
        if current is None:
            break
    return {"role": node.getRoleName(), "name": node.name, "path": " < ".join(path)}


def showing(node) -> bool:
    return node.getState().contains(pyatspi.STATE_SHOWING)


def find(root, role: str, name: str | None = None):
    for node in nodes(root):
        try:
            if node.getRoleName() == role and (name is None or node.name == name):
                return node
        except Exception:  # noqa: BLE001
            continue
    return None


def page_stack(sections):
    """The layered pane beside the "Sections" list: the pages."""
    parent = sections.parent
    for index in range(parent.childCount):
        child = parent.getChildAtIndex(index)
        if child is not None and child.getRoleName() == "layered pane":
            return child
    return None


def shown_page_index(stack) -> int | None:
    for index in range(stack.childCount):
        child = stack.getChildAtIndex(index)
        if child is not None and showing(child):
            return index
    return None


def audit(app, report: dict) -> None:
    """Unnamed controls, role "unknown", and headers named by a bare number."""
    for node in nodes(app):
        try:
            role, name = node.getRoleName(), node.name
        except Exception:  # noqa: BLE001
            continue
        if role == "unknown":
            report["unknown_roles"].append(describe(node))
        elif role in ACTIONABLE and not (name or "").strip():
            report["unnamed"].append(describe(node))
        elif role in ("table column header", "column header") and \
                (name or "").strip().isdigit():
            report["numbered_headers"].append(describe(node))


# The People menu of a diary with one person, in order (the first is the person's name).
PEOPLE_MENU = ("Nia Jones", "Add a person...", "Rename...", "NHS number...",
               "Passphrase and lock...")
PEOPLE_DIALOGS = {"NHS number...": "NHS number", "Passphrase and lock...": "Passphrase and lock"}


def unnamed_in(root) -> list[dict]:
    found = []
    for node in nodes(root):
        try:
            if node.getRoleName() in ACTIONABLE and not (node.name or "").strip():
                found.append(describe(node))
        except Exception:  # noqa: BLE001
            continue
    return found


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=30)


def walk_people_dialogs(app) -> dict:
    """Open each dialog of the People menu as a keyboard user does (the button clicked, the
    item chosen with the arrow keys and Enter: real X input), then read it over AT-SPI: its
    unnamed controls and text boxes; closed with its Cancel button's AT-SPI action. (The
    button's own AT-SPI action, "ShowMenu", did not open the menu here: noted, not relied on.)"""
    report: dict = {"dialogs": {}, "errors": []}
    frame = wait(lambda: find(app, "frame"), timeout=30)
    for item_name, title in PEOPLE_DIALOGS.items():
        button = wait(lambda: (lambda b: b if b is not None and showing(b) else None)(
            find(frame, "push button", "People and settings")), timeout=30)
        if button is None:
            report["errors"].append("no push button named 'People and settings' showing: "
                                    + repr([w.name for w in app if w is not None]))
            break
        time.sleep(1)  # drawn and mapped before it is clicked
        box = button.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        xdotool("mousemove", str(box.x + box.width // 2), str(box.y + box.height // 2),
                "click", "1")
        time.sleep(1)
        xdotool("key", *["Down"] * (PEOPLE_MENU.index(item_name) + 1), "Return")
        dialog = wait(lambda t=title: next((w for w in app if w is not None
                                            and (w.name or "").startswith(t)
                                            and w.getRoleName() == "dialog"), None), timeout=15)
        if dialog is None:
            report["dialogs"][title] = {"opened": False,
                                        "windows": [w.name for w in app if w is not None]}
            continue
        report["dialogs"][title] = {
            "opened": True, "unnamed": unnamed_in(dialog),
            "edits": [n.name for n in nodes(dialog)
                      if n.getRoleName() in ("text", "password text") and showing(n)]}
        cancel = find(dialog, "push button", "Cancel")
        cancel.queryAction().doAction(0)
        wait(lambda t=title: not any(w is not None and (w.name or "").startswith(t)
                                     for w in app), timeout=15)
    return report


def main() -> int:
    if sys.argv[1:] == ["home"]:
        app = wait(find_app, timeout=90, step=0.5)
        if app is None:
            print(json.dumps({"no_app": [a.name for a in pyatspi.Registry.getDesktop(0)
                                         if a is not None]}))
            return 3
        print(json.dumps(walk_people_dialogs(app)))
        return 0
    report = {"unknown_roles": [], "unnamed": [], "numbered_headers": [], "pages": [],
              "periods": {}, "attack_focus": None, "errors": []}
    app = wait(find_app, timeout=90, step=0.5)
    if app is None:
        names = [a.name for a in pyatspi.Registry.getDesktop(0) if a is not None]
        print(json.dumps({"no_app": names}))
        return 3
    frame = wait(lambda: find(app, "frame"), timeout=30)
    sections = wait(lambda: find(app, "list", "Sections"), timeout=30)
    stack = page_stack(sections)
    selection = sections.querySelection()
    # Choose every page as a screen reader does: through the Selection interface.
    for index in range(sections.childCount):
        item = sections.getChildAtIndex(index)
        try:
            done = selection.selectChild(index)
        except Exception as error:  # noqa: BLE001 - e.g. no reply: the app is stuck
            report["errors"].append(f"selectChild({index}) {item.name}: {error}")
            done = False
        changed = wait(lambda i=index: shown_page_index(stack) == i, timeout=15)
        report["pages"].append({"name": item.name, "call_succeeded": bool(done),
                                "page_shown": bool(changed)})
        if item.name == "Trends" and changed:
            for period in PERIODS:
                node = wait(lambda p=period: find(stack, "radio button", p)
                            or find(stack, "check box", p)
                            or find(stack, "push button", p)
                            or find(stack, "toggle button", p), timeout=10)
                report["periods"][period] = node.getRoleName() if node else None
    # ... and through the first item's own action (what "activate" does in a screen reader)
    item = sections.getChildAtIndex(0)
    try:
        action = item.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        done = action.doAction(0) if names else False
    except (NotImplementedError, Exception) as error:  # noqa: BLE001
        names, done = [], False
        report["errors"].append(f"action of {item.name}: {error}")
    report["action_page"] = {"actions": names, "call_succeeded": bool(done),
                             "page_shown": bool(wait(lambda: shown_page_index(stack) == 0,
                                                     timeout=15))}
    audit(app, report)
    # The attack dialog, opened with its button's action as an AT would.
    attack = find(frame, "push button", "Having an asthma attack?")
    actions = attack.queryAction()
    actions.doAction(0)

    def focused():
        for window in app:
            if window is None or "attack" not in (window.name or "").lower():
                continue
            for node in nodes(window):
                if node.getState().contains(pyatspi.STATE_FOCUSED):
                    return describe(node)
        return None

    report["attack_focus"] = wait(focused, timeout=20)
    report["attack_window"] = [w.name for w in app if w is not None]
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
