"""The PyInstaller spec, evaluated for Windows, macOS and Linux on this Linux machine.

PyInstaller is not a cross compiler, so the Windows and macOS bundles can only be built on
those systems (release CI). Here the spec runs with ``sys.platform`` set to each platform and
PyInstaller's build steps recorded, which checks every per-platform setting, and its file
filters are fed paths in each platform's own layout (PySide6 6.11 wheels)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path
from typing import ClassVar

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_scripts" / "asthma_app.spec"


class Step:
    """Stands in for one of PyInstaller's build steps: keeps its arguments."""

    made: ClassVar[list[Step]] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []
        Step.made.append(self)


def kind(name):
    return type(name, (Step,), {})


@pytest.fixture(scope="module", autouse=True)
def compiled_translations():
    sys.path.insert(0, str(ROOT / "build_scripts"))
    import translations

    translations.build()


def evaluate(platform: str, monkeypatch, binaries=(), datas=()) -> dict:
    """Run the spec as PyInstaller would on ``platform``; returns its namespace."""
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(Step, "made", [])
    steps = {name: kind(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    analysis = steps["Analysis"]

    def make_analysis(*args, **kwargs):
        found = analysis(*args, **kwargs)
        found.binaries = [(dest, "/src/" + dest, "BINARY") for dest in binaries]
        found.datas = [(dest, "/src/" + dest, "DATA") for dest in datas]
        return found

    namespace = {**steps, "Analysis": make_analysis, "SPECPATH": str(SPEC.parent),
                 "__file__": str(SPEC)}
    monkeypatch.chdir(ROOT)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["made"] = {type(step).__name__: [s for s in Step.made
                                               if type(s).__name__ == type(step).__name__]
                         for step in Step.made}
    return namespace


def only(namespace, name):
    return namespace["made"].get(name, [])


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_every_platform_is_windowed_with_translations_and_speech(platform, monkeypatch):
    spec = evaluate(platform, monkeypatch)
    main = only(spec, "EXE")[0].kwargs
    assert main["console"] is False and main["name"] == "asthma-app"
    analysis = only(spec, "Analysis")[0].kwargs
    bundled = {Path(source).name for source, dest in analysis["datas"] if dest == "translations"}
    assert bundled == {f"asthma_app_{code}.qm" for code in ("cy", "pl", "ur", "bn")}
    assert "PySide6.QtTextToSpeech" in analysis["hiddenimports"]
    assert "asthma_app.ui.kiosk_lockdown" in analysis["hiddenimports"]
    assert "PySide6.QtTextToSpeech" not in analysis["excludes"]


def test_windows_settings(monkeypatch):
    spec = evaluate("win32", monkeypatch)
    gui, cli = only(spec, "EXE")
    assert gui.kwargs["icon"].endswith("asthma-app.ico") and gui.kwargs["strip"] is False
    version = Path(gui.kwargs["version"]).read_text(encoding="utf-8")
    assert "VSVersionInfo(" in version and "'ProductVersion', '0.1.0'" in version
    assert "filevers=(0, 1, 0, 0)" in version
    assert cli.kwargs["name"] == "asthma-app-cli" and cli.kwargs["console"] is True
    assert only(spec, "BUNDLE") == []
    analysis = only(spec, "Analysis")[0].kwargs
    assert "PySide6.QtMultimedia" in analysis["hiddenimports"]  # the winrt speech engine
    assert "PySide6.QtMultimedia" not in analysis["excludes"]


def test_macos_settings(monkeypatch):
    monkeypatch.setenv("ASTHMA_APP_TARGET_ARCH", "arm64")
    spec = evaluate("darwin", monkeypatch)
    [exe] = only(spec, "EXE")
    assert exe.kwargs["console"] is False  # else PyInstaller marks the .app background-only
    assert exe.kwargs["target_arch"] == "arm64" and exe.kwargs["strip"] is False
    [bundle] = only(spec, "BUNDLE")
    plist = bundle.kwargs["info_plist"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == "0.1.0"
    assert set(plist["CFBundleLocalizations"]) == {"en", "cy", "pl", "ur", "bn"}
    assert bundle.kwargs["icon"].endswith("asthma-app.icns")
    assert bundle.kwargs["name"] == "Asthma Plan & Diary.app"
    assert "PySide6.QtMultimedia" in only(spec, "Analysis")[0].kwargs["hiddenimports"]


def test_linux_settings(monkeypatch):
    spec = evaluate("linux", monkeypatch)
    [exe] = only(spec, "EXE")
    assert exe.kwargs["strip"] is True and exe.kwargs["icon"] is None
    assert exe.kwargs["version"] is None and only(spec, "BUNDLE") == []
    assert "PySide6.QtMultimedia" in only(spec, "Analysis")[0].kwargs["excludes"]


LAYOUTS = {
    "win32": {
        "keep": ["PySide6/plugins/texttospeech/qtexttospeech_winrt.dll",
                 "PySide6/plugins/texttospeech/qtexttospeech_sapi.dll",
                 "PySide6/Qt6TextToSpeech.dll", "PySide6/Qt6Multimedia.dll",
                 "PySide6/plugins/multimedia/windowsmediaplugin.dll",
                 "PySide6/plugins/platforms/qwindows.dll", "PySide6/Qt6Widgets.dll",
                 "PySide6/translations/qtbase_pl.qm", "PySide6/translations/qtbase_cy.qm",
                 "PySide6/plugins/printsupport/windowsprintersupport.dll"],
        "drop": ["PySide6/Qt6WebEngineCore.dll", "PySide6/Qt6Quick.dll", "PySide6/Qt6Qml.dll",
                 "PySide6/Qt6Pdf.dll", "PySide6/plugins/imageformats/qpdf.dll",
                 "PySide6/plugins/platforms/qvnc.dll", "PySide6/plugins/sqldrivers/qsqlite.dll",
                 "PySide6/translations/qtbase_de.qm",
                 "PySide6/plugins/texttospeech/qtexttospeech_mock.dll"]},
    "darwin": {
        "keep": ["PySide6/Qt/plugins/texttospeech/libqtexttospeech_darwin.dylib",
                 "PySide6/Qt/lib/QtMultimedia.framework/Versions/A/QtMultimedia",
                 "PySide6/Qt/lib/QtTextToSpeech.framework/Versions/A/QtTextToSpeech",
                 "PySide6/Qt/plugins/multimedia/libdarwinmediaplugin.dylib",
                 "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
                 "PySide6/Qt/translations/qtbase_ur.qm"],
        "drop": ["PySide6/Qt/lib/QtWebEngineCore.framework/Versions/A/QtWebEngineCore",
                 "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
                 "PySide6/Qt/lib/QtQml.framework/Resources/Info.plist",
                 "PySide6/Qt/plugins/platforms/libqvnc.dylib",
                 "PySide6/Qt/translations/qtbase_fr.qm"]},
    "linux": {
        "keep": ["PySide6/Qt/plugins/texttospeech/libqtexttospeech_speechd.so",
                 "PySide6/Qt/lib/libQt6TextToSpeech.so.6",
                 "PySide6/Qt/lib/libQt6Multimedia.so.6",  # the speechd plug-in links it
                 "PySide6/Qt/plugins/platforms/libqxcb.so",
                 "PySide6/Qt/plugins/platforms/libqwayland.so",
                 "PySide6/Qt/plugins/platforms/libqoffscreen.so",
                 "PySide6/Qt/translations/qtbase_bn.qm",
                 "PySide6/Qt/plugins/imageformats/libqsvg.so",  # the app's icons
                 "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
                 "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
                 "libglib-2.0.so.0", "libfontconfig.so.1", "libcups.so.2"],
        "drop": ["PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
                 "PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6",
                 "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
                 "PySide6/Qt/plugins/texttospeech/libqtexttospeech_flite.so",
                 "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
                 "PySide6/Qt/plugins/platforms/libqeglfs.so",
                 "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
                 "PySide6/Qt/translations/qtbase_ja.qm",
                 # image formats the app never reads, TLS (it never connects to a server)
                 "PySide6/Qt/plugins/imageformats/libqjpeg.so",
                 "PySide6/Qt/plugins/imageformats/libqwebp.so",
                 "PySide6/Qt/plugins/imageformats/libqtiff.so",
                 "PySide6/Qt/plugins/tls/libqopensslbackend.so",
                 "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
                 # only the GTK 3 theme plug-in needs these, and GTK 3 is not in the bundle
                 "libcairo.so.2", "libpango-1.0.so.0", "libgdk_pixbuf-2.0.so.0",
                 "libharfbuzz.so.0", "libgio-2.0.so.0"]},
}


@pytest.mark.parametrize("platform", LAYOUTS)
def test_filters_match_each_platforms_own_file_layout(platform, monkeypatch):
    layout = LAYOUTS[platform]
    spec = evaluate(platform, monkeypatch, binaries=layout["keep"] + layout["drop"])
    kept = {dest for dest, _source, _kind in spec["a"].binaries}
    assert kept == set(layout["keep"]), (kept ^ set(layout["keep"]))


def test_gtk_theme_libraries_stay_when_gtk_itself_is_bundled(monkeypatch):
    """Built where GTK 3 is installed, PyInstaller bundles it, and then it needs its own."""
    binaries = ["libgtk-3.so.0", "libgdk-3.so.0", "libcairo.so.2", "libpango-1.0.so.0"]
    spec = evaluate("linux", monkeypatch, binaries=binaries)
    assert [dest for dest, *_ in spec["a"].binaries] == binaries


def test_python_modules_the_app_never_loads_are_left_out(monkeypatch):
    excludes = only(evaluate("linux", monkeypatch), "Analysis")[0].kwargs["excludes"]
    assert {"ssl", "_ssl", "_multibytecodec", "_codecs_jp"} <= set(excludes)
    assert "hashlib" not in excludes and "_hashlib" not in excludes  # scrypt, backups


@pytest.mark.parametrize("platform, module", [
    ("linux", "sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so"),
    ("win32", r"sqlcipher3\_sqlite3.cp311-win_amd64.pyd"),
    ("darwin", "sqlcipher3/_sqlite3.cpython-311-darwin.so"),
])
def test_encrypted_diaries_and_plan_pdfs_are_bundled(platform, module, monkeypatch):
    """sqlcipher3 (SQLCipher compiled in) and pypdf are imported only inside functions: named
    as hidden imports, and the filters for Qt's Sql module never drop SQLCipher's module."""
    spec = evaluate(platform, monkeypatch, binaries=[module, "PySide6/Qt/lib/libQt6Sql.so.6"])
    hidden = only(spec, "Analysis")[0].kwargs["hiddenimports"]
    assert {"sqlcipher3.dbapi2", "sqlcipher3._sqlite3", "pypdf"} <= set(hidden)
    assert [dest for dest, *_ in spec["a"].binaries] == [module]


def test_windows_backslash_paths_are_filtered_too(monkeypatch):
    spec = evaluate("win32", monkeypatch, binaries=[r"PySide6\Qt6WebEngineCore.dll",
                                                    r"PySide6\plugins\texttospeech\qtexttospeech_winrt.dll"])
    assert [dest for dest, *_ in spec["a"].binaries] == [
        r"PySide6\plugins\texttospeech\qtexttospeech_winrt.dll"]


def test_an_english_only_bundle_is_refused(monkeypatch, tmp_path):
    """Without the compiled translations the spec stops instead of building English only."""
    fake_root = tmp_path / "repo"
    (fake_root / "build_scripts").mkdir(parents=True)
    (fake_root / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    (fake_root / "build_scripts" / "asthma_app.spec").write_text(SPEC.read_text())
    monkeypatch.setattr(sys.modules[__name__], "SPEC",
                        fake_root / "build_scripts" / "asthma_app.spec")
    with pytest.raises(SystemExit, match="translations not compiled"):
        evaluate("win32", monkeypatch)


def test_icons_for_windows_and_macos_hold_every_size(tmp_path, qapp):  # qapp: one app object
    from PySide6.QtGui import QImageReader

    sys.path.insert(0, str(ROOT / "build_scripts"))
    import make_icons

    make_icons.render(tmp_path)
    ico = (tmp_path / "asthma-app.ico").read_bytes()
    _reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (kind, count) == (1, len(make_icons.ICO_SIZES))
    sides = [ico[6 + 16 * n] or 256 for n in range(count)]
    assert sides == list(make_icons.ICO_SIZES)
    icns = (tmp_path / "asthma-app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    for path in (tmp_path / "asthma-app.ico", tmp_path / "asthma-app.icns"):
        reader = QImageReader(str(path))
        assert reader.canRead() and reader.imageCount() >= 7, path
