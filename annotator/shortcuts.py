"""Launchers in the user's application menu (and on the desktop): install and uninstall.

Linux writes freedesktop files in the XDG folders; Windows creates Start Menu and Desktop
``.lnk`` shortcuts through a PowerShell script; macOS makes a small ``.app`` alias in
~/Applications. Everything written is listed in a manifest in the user data folder, so
``uninstall-shortcut`` removes exactly what ``install-shortcut`` added, and nothing else.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .paths import data_dir
from .resources import desktop_file, resource

APP_ID = "io.github.annotator.Annotator"


@dataclass(frozen=True)
class Planned:
    path: Path
    content: str | bytes
    executable: bool = False


def launcher_command() -> list[str]:
    """How to start the GUI from a shortcut: the frozen program, the installed script, or python -m."""
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        gui = program.with_name("annotator.exe")  # Windows: the GUI form, never the console one
        return [str(gui if os.name == "nt" and gui.exists() else program), "gui"]
    script = Path(sys.executable).with_name("annotator" + (".exe" if os.name == "nt" else ""))
    if script.exists():
        return [str(script), "gui"]
    return [sys.executable, "-m", "annotator", "gui"]


# -- Linux ------------------------------------------------------------------------------


def _xdg(var: str, default: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value else Path.home() / default


def desktop_folder() -> Path:
    """The user's desktop: XDG_DESKTOP_DIR from user-dirs.dirs, else ~/Desktop."""
    dirs = _xdg("XDG_CONFIG_HOME", ".config") / "user-dirs.dirs"
    if dirs.is_file():
        for line in dirs.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("XDG_DESKTOP_DIR="):
                value = line.split("=", 1)[1].strip().strip('"')
                return Path(value.replace("$HOME", str(Path.home())))
    return Path.home() / "Desktop"


def linux_entry(command: list[str], icon: Path) -> str:
    source = desktop_file(f"{APP_ID}.desktop").read_text(encoding="utf-8").splitlines()
    out = []
    for line in source:
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(shlex.quote(c) for c in command) + " %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + command[0]
        elif line.startswith("Icon="):
            line = f"Icon={icon}"
        out.append(line)
    return "\n".join(out) + "\n"


def plan_linux(desktop: bool) -> list[Planned]:
    apps = _xdg("XDG_DATA_HOME", ".local/share")
    icon = apps / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    entry = linux_entry(launcher_command(), icon)
    plan = [Planned(icon, resource("icons", "annotator.svg").read_bytes()),
            Planned(apps / "applications" / f"{APP_ID}.desktop", entry)]
    if desktop:
        plan.append(Planned(desktop_folder() / f"{APP_ID}.desktop", entry, executable=True))
    # the project file type: *.annotator files open with the app from a file manager
    plan.append(Planned(mime_root() / "packages" / f"{APP_ID}.xml",
                        desktop_file(f"{APP_ID}.mime.xml").read_bytes()))
    return plan


def mime_root() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share") / "mime"


def _update_mime_database(root: Path) -> None:
    """Rebuild the user's MIME cache (shared-mime-info), when the tool is there."""
    tool = shutil.which("update-mime-database")
    if tool and root.is_dir():
        subprocess.run([tool, str(root)], capture_output=True)


def _only_generated(root: Path) -> bool:
    """``root`` holds nothing but what update-mime-database generates from no packages."""
    packages = root / "packages"
    return not packages.exists() or not any(packages.iterdir())


# -- Windows and macOS: what they would write, generated here and tested as content ------


def windows_script(command: list[str], desktop: bool, icon: str) -> str:
    """A PowerShell script creating the Start Menu (and Desktop) shortcuts."""
    target, args = command[0], " ".join(command[1:])
    places = ["[Environment]::GetFolderPath('Programs')"] + (["[Environment]::GetFolderPath('Desktop')"]
                                                             if desktop else [])
    lines = ["$shell = New-Object -ComObject WScript.Shell"]
    for place in places:
        lines += [
            f"$lnk = $shell.CreateShortcut((Join-Path {place} 'Annotator.lnk'))",
            f"$lnk.TargetPath = '{target}'",
            f"$lnk.Arguments = '{args}'",
            f"$lnk.IconLocation = '{icon}'",
            "$lnk.Description = 'Annotate named entities and claims in Japanese text'",
            "$lnk.Save()",
            "Write-Output $lnk.FullName",
        ]
    return "\r\n".join(lines) + "\r\n"


def macos_bundle(command: list[str], apps: Path) -> list[Planned]:
    """A minimal Annotator.app in ~/Applications that starts the program."""
    root = apps / "Annotator.app" / "Contents"
    plist = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0"><dict>
  <key>CFBundleIdentifier</key><string>{APP_ID}</string>
  <key>CFBundleName</key><string>Annotator</string>
  <key>CFBundleExecutable</key><string>annotator-launcher</string>
  <key>CFBundlePackageType</key><string>APPL</string>
</dict></plist>
"""
    launcher = "#!/bin/sh\nexec " + " ".join(shlex.quote(c) for c in command) + ' "$@"\n'
    return [Planned(root / "Info.plist", plist), Planned(root / "MacOS" / "annotator-launcher", launcher, True)]


# -- install / uninstall ----------------------------------------------------------------


def _manifest() -> Path:
    return data_dir() / "shortcuts.json"


def install(desktop: bool = False) -> list[Path]:
    """Write the launchers; returns the paths written (also recorded for ``uninstall``)."""
    generated: set[str] = set()
    if sys.platform == "win32":
        ico = resource("icons", "annotator.ico")
        command = launcher_command()
        script = windows_script(command, desktop, str(ico if ico.exists() else command[0]))
        res = subprocess.run(["powershell", "-NoProfile", "-Command", script], capture_output=True, text=True)
        written = [Path(p) for p in res.stdout.split()]
    else:
        plan = (macos_bundle(launcher_command(), Path.home() / "Applications") if sys.platform == "darwin"
                else plan_linux(desktop))
        written = []
        mime_was_there = mime_root().exists()
        for item in plan:
            item.path.parent.mkdir(parents=True, exist_ok=True)
            data = item.content.encode("utf-8") if isinstance(item.content, str) else item.content
            item.path.write_bytes(data)
            if item.executable:
                item.path.chmod(0o755)
            written.append(item.path)
        if any(p.is_relative_to(mime_root()) for p in written):
            _update_mime_database(mime_root())
            if not mime_was_there:  # every file in it is ours (the caches too): uninstall removes it
                generated.add(str(mime_root()))
    files, folders = _read_manifest_full()
    _manifest().parent.mkdir(parents=True, exist_ok=True)
    _manifest().write_text(json.dumps({"files": sorted({*map(str, files), *map(str, written)}),
                                       "generated_folders": sorted({*map(str, folders), *generated})}, indent=1),
                           encoding="utf-8")
    return written


def _read_manifest_full() -> tuple[list[Path], list[Path]]:
    """The files written, and the folders made only of generated files (the MIME cache)."""
    try:
        data = json.loads(_manifest().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [], []
    if isinstance(data, list):  # the first format: the files only
        return [Path(p) for p in data], []
    return [Path(p) for p in data.get("files", [])], [Path(p) for p in data.get("generated_folders", [])]


def _read_manifest() -> list[Path]:
    return _read_manifest_full()[0]


def uninstall() -> list[Path]:
    """Remove what ``install`` wrote (and the folders it made, if they are left empty)."""
    removed = []
    files, generated = _read_manifest_full()
    for path in files:
        if path.is_file():
            path.unlink()
            removed.append(path)
            parent = path.parent
            while parent != parent.parent and parent.name in ("MacOS", "Contents", "Annotator.app"):
                if any(parent.iterdir()):
                    break
                parent.rmdir()
                parent = parent.parent
    if any(p.is_relative_to(mime_root()) for p in files):
        root = mime_root()
        if root in generated and _only_generated(root):
            shutil.rmtree(root)  # made by install from nothing; nothing of anyone else's is in it
        else:
            _update_mime_database(root)  # the user's own types stay; ours leaves the cache
    _manifest().unlink(missing_ok=True)
    return removed
