"""What differs between the ways the app runs: at home, as a nurse's demo, as a clinic kiosk.

A ``Mode`` is one value, made in ``app.py`` and handed to the shell and, through the window
factory, to the main window, which hands it to every page. Screens ask the mode they were
given (``mode.offers_files``, ``mode.printing``), never a global. A new way of running (the
coming "nurse" mode: a throwaway session like the demo, for writing a patient's plan) is one
more value here, plus the shell that owns its session.

What a shell adds to the window (the demo's banner, the kiosk's bar, the home profile
switcher) comes through ``Mode.header``: the window calls it once while building itself and
lays out what it returns (``Header``), so no shell reaches into the window's layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..services.kiosk_config import KioskConfig


class IdleAction(Enum):
    NONE = "none"  # the demo: a presenter may talk for a long time
    LOCK = "lock"  # home: lock a passphrase-protected person after their own minutes
    WIPE = "wipe"  # kiosk: warn, then forget the visitor


@dataclass(frozen=True)
class IdlePolicy:
    """What a mode does when nobody uses the window for a while."""

    action: IdleAction = IdleAction.NONE
    timeout_seconds: int = 0  # WIPE only; LOCK reads each person's own setting
    warning_seconds: int = 0


@dataclass(frozen=True)
class Header:
    """What a shell puts on its window: a ``banner`` above the header row, ``controls`` in
    the row (after the person's name), ``shortcuts`` (key sequence, slot), ``title``
    (the window title, asked again after a change of language) and ``first_run_extras``
    (``add(first_run_page)``, run again when a language change rebuilds the page), and
    ``menus`` (``add(menu_bar)``: a menu of the shell's own, e.g. the demo's Nurse menu)."""

    banner: Any = None  # a QWidget
    controls: tuple[Any, ...] = ()
    shortcuts: tuple[tuple[str, Callable[[], None]], ...] = ()
    title: Callable[[], str] | None = None
    first_run_extras: tuple[Callable[[Any], None], ...] = ()
    menus: tuple[Callable[[Any], None], ...] = ()


@dataclass(frozen=True)
class Mode:
    """How the window behaves: at home, as a nurse's demo or as a clinic kiosk."""

    name: str
    hidden_pages: tuple[str, ...] = ()  # page keys (``ui.pages.PAGES``) left out
    offers_files: bool = True  # file dialogs, exports, PDFs, the File menu
    printing: bool = True  # the Print buttons
    print_to_file: bool = True  # False: "print to file" off and file-writing printers refused
    number_pad: bool = False  # an on-screen number pad for peak flow (touch screens)
    monthly_check: bool = True  # the RCP 3 Questions reminder (needs a month of diary)
    idle: IdlePolicy = IdlePolicy()
    emergency_number: str = "999"  # until a person (with their own) exists
    style: str = ""  # a style sheet for the window on top of the app's
    frameless: bool = False
    # made by the shell for each window it builds: see the module docstring
    header: Callable[[Any], Header] | None = field(default=None, compare=False, repr=False)

    def with_header(self, header: Callable[[Any], Header]) -> Mode:
        return replace(self, header=header)

    def shows(self, page_key: str) -> bool:
        return page_key not in self.hidden_pages


HOME = Mode("home", idle=IdlePolicy(IdleAction.LOCK))
# no Backups page: the demo's backups would mix with the real ones in the same folder
DEMO = Mode("demo", hidden_pages=("backups",))


def kiosk(config: KioskConfig) -> Mode:
    """A clinic kiosk as its settings file describes it: visitors share the machine, so no
    files and no backups (the machine's backups are staff business); paper printing only if
    the clinic allows it."""
    from .kiosk_mode import KIOSK_STYLE  # lazy: start-up

    return Mode("kiosk", hidden_pages=("backups",), offers_files=False,
                printing=config.allow_print, print_to_file=False, number_pad=True,
                monthly_check=False,  # a kiosk session is one visit: no month to look back on
                idle=IdlePolicy(IdleAction.WIPE, config.idle_timeout_seconds,
                                config.warning_seconds),
                emergency_number=config.emergency_number, style=KIOSK_STYLE, frameless=True)
