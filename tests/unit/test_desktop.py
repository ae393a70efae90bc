"""Desktop integration: the shipped files validate; shortcuts install and uninstall exactly."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.shortcuts import APP_ID, macos_bundle, windows_script
from tests.conftest import ROOT, annotator_cmd

DESKTOP = ROOT / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "desktop" / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (packaging/dev.sh setup installs it)")
    return path


def test_desktop_entry_validates():
    res = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr


def test_metainfo_validates():
    res = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True,
                         text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert f"<id>{APP_ID}</id>" in METAINFO.read_text(encoding="utf-8")
    assert f"<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>" in METAINFO.read_text(encoding="utf-8")


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), ANNOTATOR_DATA_DIR=str(home / "annotator-data"))
    return subprocess.run([*annotator_cmd(), *args], env=env, capture_output=True, text=True, timeout=60)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG path is Linux's")
def test_install_and_uninstall_shortcut_in_a_temporary_home(tmp_path):
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    (home / "Documents" / "mine.txt").write_text("the user's own file")
    before = sorted(p for p in home.rglob("*"))
    res = run(home, "install-shortcut", "--desktop")
    assert res.returncode == 0, res.stderr
    entry = home / ".local/share/applications" / f"{APP_ID}.desktop"
    icon = home / ".local/share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    on_desktop = home / "Desktop" / f"{APP_ID}.desktop"
    assert entry.is_file() and icon.is_file() and on_desktop.is_file()
    assert os.access(on_desktop, os.X_OK)
    text = entry.read_text(encoding="utf-8")
    assert f"Icon={icon}" in text and " gui %f" in text
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert Path(exec_line.split("=", 1)[1].split()[0]).exists()  # the program the launcher starts is there
    checked = subprocess.run([tool("desktop-file-validate"), str(entry)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout
    # the project file type, so that a file manager opens *.annotator files with the app
    mime = home / ".local/share/mime"
    assert (mime / "packages" / f"{APP_ID}.xml").is_file()
    if shutil.which("update-mime-database"):
        assert (mime / "application" / "x-annotator-project.xml").is_file()
        assert "application/x-annotator-project:*.annotator" in (mime / "globs2").read_text()
    res = run(home, "uninstall-shortcut")
    assert res.returncode == 0 and res.stdout.count("removed") == 4
    after = sorted(p for p in home.rglob("*") if p.is_file())
    assert after == [p for p in before if p.is_file()]  # the user's files stay; ours are gone (MIME cache too)
    assert "no launcher" in run(home, "uninstall-shortcut").stdout


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("update-mime-database"),
                    reason="shared-mime-info's tool")
def test_uninstall_keeps_the_users_own_mime_types(tmp_path):
    home = tmp_path / "home"
    packages = home / ".local/share/mime/packages"
    packages.mkdir(parents=True)
    (packages / "mine.xml").write_text(
        '<?xml version="1.0"?><mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">'
        '<mime-type type="text/x-mine"><glob pattern="*.mine"/></mime-type></mime-info>')
    assert run(home, "install-shortcut").returncode == 0
    globs = home / ".local/share/mime/globs2"
    assert "*.annotator" in globs.read_text() and "*.mine" in globs.read_text()
    assert run(home, "uninstall-shortcut").returncode == 0
    assert (packages / "mine.xml").is_file() and not (packages / f"{APP_ID}.xml").exists()
    assert "*.mine" in globs.read_text() and "*.annotator" not in globs.read_text()


def test_mime_definition_recognises_a_project_file_by_its_content(tmp_path):
    """The magic in the MIME file matches what the store writes: SQLite + our application_id."""
    import re

    from annotator.core.schema import APPLICATION_ID
    from annotator.core.store import Project

    text = (ROOT / "desktop" / f"{APP_ID}.mime.xml").read_text(encoding="utf-8")
    value = int(re.search(r'type="big32" value="(0x[0-9A-Fa-f]+)" offset="68"', text)[1], 16)
    assert value == APPLICATION_ID
    Project.open(tmp_path / "p.annotator", create=True).close()
    header = (tmp_path / "p.annotator").read_bytes()[:72]
    assert header.startswith(b"SQLite format 3\0") and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert 'MimeType=application/x-annotator-project;' in DESKTOP.read_text(encoding="utf-8")


def test_windows_script_content():
    script = windows_script(["C:\\Annotator\\annotator.exe", "gui"], True, "C:\\Annotator\\annotator.ico")
    assert script.count("CreateShortcut") == 2  # the Start Menu and the Desktop
    assert "GetFolderPath('Programs')" in script and "GetFolderPath('Desktop')" in script
    assert "$lnk.TargetPath = 'C:\\Annotator\\annotator.exe'" in script and "$lnk.Arguments = 'gui'" in script
    assert "\r\n" in script
    assert windows_script(["a.exe", "gui"], False, "a.ico").count("CreateShortcut") == 1


def test_macos_bundle_content(tmp_path):
    plan = macos_bundle(["/Applications/Annotator/annotator", "gui"], tmp_path)
    plist, launcher = plan
    assert plist.path == tmp_path / "Annotator.app/Contents/Info.plist"
    assert f"<string>{APP_ID}</string>" in plist.content and "annotator-launcher" in plist.content
    assert launcher.executable and launcher.content.startswith("#!/bin/sh\nexec /Applications/Annotator/annotator gui")
