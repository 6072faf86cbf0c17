"""The kiosk on a bare X session (no window manager), 1920x1080: it fills the screen itself,
its dialogs are framed and centred over a dimmed kiosk, and a missing settings file is
explained on the screen, not only on the terminal."""

from __future__ import annotations

import pytest

from .bare_x import SCREEN, launch, stop

pytestmark = pytest.mark.slow


def _lightness(image, x: int, y: int) -> int:
    return image.pixelColor(x, y).lightness()


@pytest.fixture
def kiosk_ini(tmp_path):
    from asthma_app.services.passwords import hash_secret

    path = tmp_path / "kiosk.ini"
    path.write_text(f"[kiosk]\nattendant_pin_hash = {hash_secret('2468')}\n", encoding="utf-8")
    return path


def test_kiosk_fills_a_bare_screen_and_frames_its_dialogs(bare_x, kiosk_ini, tmp_path):
    app = launch(bare_x, "--kiosk", "--kiosk-config", str(kiosk_ini), data_dir=tmp_path / "d")
    try:
        assert bare_x.wait_for_window("Asthma Plan") == (0, 0, *SCREEN)
        before = bare_x.screenshot(tmp_path / "before.png")
        bare_x.key("F1")  # "Having an asthma attack?"
        x, y, width, height = bare_x.wait_for_window("Asthma attack")
        after = bare_x.screenshot(tmp_path / "after.png")
    finally:
        err = stop(app)
    # centred on the kiosk screen (within a pixel of rounding)
    assert abs(x + width / 2 - SCREEN[0] / 2) <= 1 and abs(y + height / 2 - SCREEN[1] / 2) <= 1
    # the kiosk behind it is dimmed: a point of the form, far from the dialog, much darker
    corner = (40, SCREEN[1] - 40)
    assert _lightness(after, *corner) < _lightness(before, *corner) * 0.6, err
    # a border seen by its darkness (not only its hue) around a light dialog
    edge, inside = (x + 2, y + height - 3), (x + 20, y + height - 12)
    assert _lightness(after, *edge) < 90 and _lightness(after, *inside) > 180


def test_kiosk_without_settings_explains_itself_on_screen(bare_x, tmp_path):
    app = launch(bare_x, "--kiosk", data_dir=tmp_path / "d")
    try:
        assert bare_x.wait_for_window("Kiosk mode cannot start") == (0, 0, *SCREEN)
        bare_x.key("space")  # Close has the focus
        app.wait(30)
    finally:
        err = stop(app)
    assert app.returncode == 2
    assert "kiosk.ini" in err
