"""End-to-end tests: the real app as a separate process on a bare Xvfb display."""

from __future__ import annotations

import pytest

from .bare_x import BareX, missing_tools


@pytest.fixture
def bare_x():
    missing = missing_tools("Xvfb", "xdotool", "import")
    if missing:  # the Makefile's APT_PACKAGES installs them (make system-deps)
        pytest.skip(f"needs {', '.join(missing)} (Debian packages in the Makefile)")
    display = BareX()
    yield display
    display.close()
