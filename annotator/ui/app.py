"""Starting the GUI: the QApplication, the project to open, the main window."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path


def _remembered_project():  # -> Path | ServerLocation | None
    """The project opened last, if its file is still there (or it is on a server)."""
    from PySide6.QtCore import QSettings

    from annotator.core.location import ServerLocation, location

    last = QSettings().value("lastProject")
    if not last:
        return None
    where = location(str(last))
    return where if isinstance(where, ServerLocation) or where.is_file() else None


def _demo_project() -> Path:
    from annotator.core.demo import create_demo_project
    from annotator.paths import demo_project_path
    from annotator.resources import seeds_folder

    return create_demo_project(demo_project_path(), seeds_folder())


def _open_first_project(requested: Path | None, user: str | None):  # -> (Project, str | None)
    """The project named, else the one opened last, else the demo project (made on the first run).

    A project named on the command line that cannot be opened is an error (printed by the
    command). The remembered one is not: launched from a desktop icon, nobody reads stderr, so
    the window opens on the demo project and says what happened to the other one.
    """
    from annotator.core.errors import AnnotatorError
    from annotator.core.store import Project

    from .server_prompt import open_asking_password

    if requested is not None:
        project = open_asking_password(None, requested, user=user)
        if project is None:
            raise AnnotatorError(f"{requested}: no password was given")
        return project, None
    last = _remembered_project()
    if last is not None:
        try:
            project = open_asking_password(None, last, user=user)
            if project is None:
                raise AnnotatorError(f"{last}: no password was given")
            return project, None
        except AnnotatorError as exc:
            problem = str(exc)
            from annotator.paths import demo_project_path

            # the demo itself: set aside, made again
            if isinstance(last, Path) and last.resolve() == demo_project_path().resolve():
                import time

                aside = last.with_name(f"{last.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
                last.replace(aside)
                problem += f" (kept as {aside})"
            from annotator.console import printable

            print(f"annotator: {printable(problem)}; opening the demo project instead", file=sys.stderr)
            return Project.open(_demo_project(), user=user), problem
    try:
        demo = _demo_project()
    except OSError as exc:
        raise AnnotatorError(f"cannot create the demo project in {exc.filename or ''}: "
                             f"{exc.strerror or exc}") from None
    return Project.open(demo, user=user), None


def startup_error_box(text: str):  # -> QMessageBox
    """The message box of a project that cannot be opened at start-up (no window yet), in plain
    text: the message names a path, which may hold anything."""
    from PySide6.QtWidgets import QMessageBox

    from .plain import plain_message_box

    return plain_message_box(QMessageBox.Icon.Critical, "annotator", text)


def _no_display() -> bool:
    """On X11/Wayland systems, no display to show a window on (Qt would abort)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    if os.environ.get("WAYLAND_DISPLAY"):
        return False
    display = os.environ.get("DISPLAY", "")
    if not display:
        return True
    # a local X display (":1", "unix:1.0") is a socket in /tmp/.X11-unix: none there, no server
    # (Qt's xcb plugin would abort); a display on another host is left to Qt
    local = re.fullmatch(r"(?:unix)?:(\d+)(?:\.\d+)?", display)
    return local is not None and not Path(f"/tmp/.X11-unix/X{local.group(1)}").exists() \
        and not _abstract_x_socket(local.group(1))


def _abstract_x_socket(number: str) -> bool:
    """Whether an X server listens on the abstract socket ``@/tmp/.X11-unix/XN`` (Linux)."""
    try:
        with open("/proc/net/unix", encoding="ascii", errors="replace") as fh:
            return any(line.rstrip().endswith(f"@/tmp/.X11-unix/X{number}") for line in fh)
    except OSError:
        return True  # cannot tell: let Qt try


def _refocus_after_dialogs(app) -> None:
    """Without a window manager nobody gives the keyboard back to the main window when a
    dialog or message box closes: every shortcut would do nothing until a click. When a
    window of ours hides and none is active, the visible main window takes the keyboard."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from .main_window import MainWindow

    def refocus() -> None:
        if QApplication.activeWindow() is not None or QApplication.activeModalWidget() is not None:
            return
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow) and w.isVisible():
                w.raise_()
                w.activateWindow()
                return

    class Refocus(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Hide and isinstance(obj, QWidget) and obj.isWindow() \
                    and not isinstance(obj, MainWindow):
                QTimer.singleShot(0, refocus)
            return False

    app.installEventFilter(Refocus(app))  # the application (its Qt parent) keeps it alive


def run(project: Path | None = None, argv: list[str] | None = None, lang: str | None = None) -> int:
    if _no_display():
        display = os.environ.get("DISPLAY")
        why = (f"no X server answers on DISPLAY={display}" if display
               else "DISPLAY and WAYLAND_DISPLAY are unset")
        from annotator.console import printable

        print(printable(f"annotator: no display to open the window on ({why}); "
                        "run it in a desktop session, under xvfb-run, or with QT_QPA_PLATFORM=offscreen"),
              file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    from . import i18n
    from .crash import install

    install()
    from annotator import settings as user_settings

    prefs = user_settings.load()
    i18n.install(app, i18n.choose(lang or (prefs.language if prefs.language != "system" else None)))
    from annotator.core.errors import AnnotatorError

    try:
        opened, problem = _open_first_project(project, prefs.annotator_name or None)
    except AnnotatorError as exc:
        if app.platformName() not in ("offscreen", "minimal"):  # a desktop icon: nobody reads stderr
            startup_error_box(str(exc)).exec()
        raise  # and printed by the command, exit status 1
    window = MainWindow(opened)
    window.show()
    # Take the keyboard: without a window manager (Xvfb, kiosks) nobody else gives it focus.
    window.raise_()
    window.activateWindow()
    window.view.setFocus()
    _refocus_after_dialogs(app)
    if problem is not None:  # after the raise: the message box is stacked above the window
        from PySide6.QtCore import QCoreApplication

        window.files.warn(QCoreApplication.translate("MainWindow", "Cannot open project"), problem)
    raise_after = os.environ.get("ANNOTATOR_RAISE_AFTER_MS")  # tests: an error in a timer slot
    if raise_after:
        from PySide6.QtCore import QTimer

        def fail() -> None:
            raise RuntimeError("deliberate test error")

        QTimer.singleShot(int(raise_after), fail)
    if os.environ.get("ANNOTATOR_QUIT_AFTER_PAINT"):  # smoke tests, cold-start benchmark
        _quit_after_first_paint(window)
    quit_after = os.environ.get("ANNOTATOR_QUIT_AFTER_MS")  # smoke tests: paint, then leave
    if quit_after:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(int(quit_after), window.close)
    stopped = _stop_on_signals(app)
    code = app.exec()
    opened.close()
    return 128 + stopped["signum"] if stopped else code


def _stop_on_signals(app) -> dict[str, int]:
    """Ctrl+C, SIGTERM and SIGHUP close the window as Ctrl+Q does (a running import or export
    is cancelled and rolled back), then the program leaves with 128 + the signal number; no
    traceback from whichever slot the signal happened to interrupt. Python runs a handler only
    between its own bytecodes, so a slow timer gives it the chance while Qt waits for events."""
    import signal

    from PySide6.QtCore import QTimer

    stopped: dict[str, int] = {}

    def handler(signum: int, _frame: object) -> None:
        if stopped:
            return
        stopped["signum"] = signum
        app.closeAllWindows()
        QTimer.singleShot(0, app.quit)

    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is not None:
            signal.signal(sig, handler)
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(250)
    return stopped


def _quit_after_first_paint(window) -> None:
    """Once the text view has painted its first frame, say so on stderr and close the window."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                # the paint event runs after this filter: report from the next loop turn
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        from annotator.console import printable

        print(f"annotator: first frame painted: {printable(window.project.path.name)} — annotator "
              f"({window.view.frames} frame(s))", file=sys.stderr, flush=True)
        # then the statistics (pyqtgraph, numpy: what a frozen build most easily lacks)
        window.stats_dock.show()
        QTimer.singleShot(0, statistics)

    def statistics() -> None:
        drawn = window.stats.last_refresh
        print(f"annotator: statistics drawn: {len(drawn.get('labels', {}))} labels, "
              f"{sum(drawn.get('statuses', {}).values())} documents", file=sys.stderr, flush=True)
        window.stats_dock.hide()  # not remembered as open by the next start
        window.close()

    watcher = FirstPaint(window)
    window.view.installEventFilter(watcher)
