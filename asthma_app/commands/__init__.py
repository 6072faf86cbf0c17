"""Command-line sub-commands (``asthma-app COMMAND ...``), for clinics and scripts.

Each module in ``COMMAND_MODULES`` has ``register(subparsers)``, which adds its parser and sets
``func=handler``; ``handler(args) -> int`` runs without Qt unless it needs it.
"""

from __future__ import annotations


class CommandRefused(Exception):
    """A command refused before showing or changing anything; the message says why (exit 2)."""


COMMAND_MODULES = [
    "asthma_app.commands.diary",
    "asthma_app.commands.medicines",
    "asthma_app.commands.kiosk",
    "asthma_app.commands.exchange",
]
