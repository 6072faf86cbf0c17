"""Installer scripts, checked as far as Linux can: the release workflow for Windows and macOS
runners, the Inno Setup script, the macOS signing script, and the Linux .deb, which is built
(and, as root with a bundle present, installed and started) here."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
ISS = ROOT / "build_scripts" / "windows" / "asthma-app.iss"
DMG_SCRIPT = ROOT / "build_scripts" / "macos" / "make_dmg.sh"
sys.path.insert(0, str(ROOT / "build_scripts" / "linux"))


@pytest.fixture(scope="module")
def workflow():
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def runs(job) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_workflow_builds_on_windows_and_macos_runners(workflow):
    jobs = workflow["jobs"]
    assert jobs["windows"]["runs-on"].startswith("windows-")
    runners = [item["runner"] for item in jobs["macos"]["strategy"]["matrix"]["include"]]
    assert runners and all(r.startswith("macos-") for r in runners)
    for name in ("windows", "macos", "linux"):
        script = runs(jobs[name])
        assert "pytest" in script and "build_scripts/build_bundle.py" in script
        # the bundle, then the installed program, each started (smoke_bundle launches twice)
        assert script.count("smoke_bundle.py") >= 2, name
    assert "ISCC.exe" in runs(jobs["windows"]) and "make_dmg.sh" in runs(jobs["macos"])


def test_every_script_the_workflow_runs_exists():
    text = WORKFLOW.read_text(encoding="utf-8")
    named = set(re.findall(r"build_scripts[/\\][\w/\\.-]+\.(?:py|sh|iss)", text))
    assert len(named) >= 6
    for path in named:
        assert (ROOT / path.replace("\\", "/")).is_file(), path


def test_signing_material_only_from_secrets():
    for path in (WORKFLOW, ISS, DMG_SCRIPT):
        text = path.read_text(encoding="utf-8")
        assert "BEGIN CERTIFICATE" not in text and "PRIVATE KEY" not in text
        assert not re.search(r"(password|PASSWORD)\s*[:=]\s*['\"][^'\"$]", text), path
    workflow_text = WORKFLOW.read_text(encoding="utf-8")
    for name in ("MACOS_SIGN_IDENTITY", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD",
                 "MACOS_CERTIFICATE_P12", "WINDOWS_CERTIFICATE_PFX"):
        assert f"${{{{ secrets.{name} }}}}" in workflow_text, name


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash to check the syntax")
def test_macos_script_syntax_and_steps():
    assert subprocess.run(["bash", "-n", str(DMG_SCRIPT)]).returncode == 0
    text = DMG_SCRIPT.read_text(encoding="utf-8")
    for step in ("codesign", "--options runtime", "hdiutil create", "notarytool submit",
                 "stapler staple", '"${MACOS_SIGN_IDENTITY:-}"'):
        assert step in text, step
    assert (ROOT / "build_scripts" / "macos" / "entitlements.plist").is_file()


def iss_sections() -> dict[str, list[str]]:
    """The script's sections, with its ``#define`` constants filled in as ISCC does."""
    text = ISS.read_text(encoding="utf-8")
    for name, value in re.findall(r'^\s*#define (\w+) "([^"]*)"', text, re.MULTILINE):
        text = text.replace("{#" + name + "}", value)
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_windows_installer_is_per_user_with_a_start_menu_entry_and_keeps_data():
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"  # no administrator rights
    assert setup["DefaultDirName"].startswith("{autopf}")  # %LOCALAPPDATA%\Programs
    assert "asthma-app" not in setup["DefaultDirName"]  # never the data folder's name
    assert any(line.startswith('Name: "{autoprograms}') and "asthma-app.exe" in line
               for line in sections["Icons"])
    assert "UninstallDelete" not in sections  # the diary is never deleted by Setup
    iss_dir = ISS.parent
    source = re.search(r'#define SourceDir "([^"]+)"', ISS.read_text()).group(1)
    assert (iss_dir / source.replace("\\", "/")).resolve() == ROOT / "dist" / "asthma-app"
    icon = (iss_dir / setup["SetupIconFile"].replace("\\", "/")).resolve()
    assert icon == ROOT / "build" / "icons" / "asthma-app.ico"  # make_icons.py writes it


# --- Linux .deb -----------------------------------------------------------------------------

needs_dpkg = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")


@needs_dpkg
def test_deb_has_the_program_menu_entry_and_icons(tmp_path, qapp):  # qapp: one app object
    import make_deb

    sys.path.insert(0, str(ROOT / "build_scripts"))
    import make_icons

    onedir = tmp_path / "asthma-app"
    onedir.mkdir()
    program = onedir / "asthma-app"
    program.write_text("#!/bin/sh\necho asthma-app 0.1.0\n")
    program.chmod(0o755)
    icons = tmp_path / "icons"
    make_icons.render(icons)
    deb = make_deb.build(onedir, tmp_path, icons, compress=False)
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True,
                            check=True).stdout
    assert "Package: asthma-app" in fields and "Version: 0.1.0" in fields
    assert "libxcb-cursor0" in fields and "Recommends: speech-dispatcher" in fields
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout
    for path in ("./opt/asthma-app/asthma-app", "./usr/share/applications/asthma-app.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/asthma-app.png",
                 "./usr/share/icons/hicolor/scalable/apps/asthma-app.svg"):
        assert path in listing, path
    assert "./usr/bin/asthma-app -> /opt/asthma-app/asthma-app" in listing
    assert " root/root " in listing  # --root-owner-group
    desktop = (ROOT / "build_scripts" / "linux" / "asthma-app.desktop").read_text()
    assert "\nExec=asthma-app" in desktop and "\nIcon=asthma-app\n" in desktop


@pytest.mark.slow
@needs_dpkg
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="installing a .deb needs root")
@pytest.mark.skipif(not (ROOT / "dist" / "asthma-app" / "asthma-app").exists(),
                    reason="no bundle in dist/asthma-app: run 'make bundle'")
def test_deb_installs_and_the_installed_app_starts(tmp_path):
    import make_deb

    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "asthma-app"],
                            capture_output=True, text=True).stdout
    installed_before = "install ok installed" in status
    if installed_before:
        pytest.skip("asthma-app is already installed here; not touching it")
    deb = make_deb.build(ROOT / "dist" / "asthma-app", tmp_path, compress=False)
    done = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
    try:
        assert done.returncode == 0, done.stderr
        assert Path("/usr/share/applications/asthma-app.desktop").exists()
        assert Path("/usr/share/icons/hicolor/256x256/apps/asthma-app.png").exists()
        smoke = subprocess.run([sys.executable, str(ROOT / "build_scripts" / "smoke_bundle.py"),
                                "/usr/bin/asthma-app", "--no-source"], capture_output=True,
                               text=True, timeout=600)
        assert smoke.returncode == 0, smoke.stdout + smoke.stderr
        assert "ok   second launch hands over and exits" in smoke.stdout
    finally:
        subprocess.run(["dpkg", "-r", "asthma-app"], capture_output=True)
    assert not Path("/opt/asthma-app").exists()
