"""Presenter view on a 1920x1080 screen: it takes the screen (less any panels) and its DEMO
banner stays short (it wrapped to six lines in a 1200x760 window)."""

from __future__ import annotations

import pytest

from .bare_x import SCREEN, launch, stop

pytestmark = pytest.mark.slow
BANNER = (0x4A, 0x14, 0x8C)  # the banner's purple (ui/demo.py)


def _banner_height(image, x: int = 12) -> int:
    rows = [y for y in range(min(image.height(), 600))
            if image.pixelColor(x, y).getRgb()[:3] == BANNER]
    return (rows[-1] - rows[0] + 1) if rows else 0


def test_presenter_view_fills_the_screen_with_a_short_banner(bare_x, tmp_path):
    app = launch(bare_x, "--demo", "--presenter", data_dir=tmp_path / "d")
    try:
        geometry = bare_x.wait_for_window("DEMO")
        shot = bare_x.screenshot(tmp_path / "presenter.png")
    finally:
        err = stop(app)
    assert geometry == (0, 0, *SCREEN), err
    # one line of presenter-size text with its buttons is about 60 px; six lines were 210
    assert 0 < _banner_height(shot) <= 100
