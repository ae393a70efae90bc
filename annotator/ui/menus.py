"""The window's actions: menus, toolbar and shortcuts, built in one place.

``window`` is the ``MainWindow``: its module keeps the behaviour, this one the wiring.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence

from .morph_overlay import POS_COLOURS
from .text_view import OVERLAYS

JAPANESE_FONTS = (
    "IPAexGothic",
    "Noto Sans CJK JP",
    "Noto Sans JP",
    "IPAGothic",
    "Yu Gothic",
    "Hiragino Sans",
    "Meiryo",
    "MS Gothic",
)


def pos_legend_html() -> str:
    seen: dict[str, str] = {}
    for colour, name in POS_COLOURS.values():
        seen.setdefault(name, colour)
    return "&nbsp;&nbsp;".join(f"<span style='color:{c}'>■ {html.escape(n)}</span>" for n, c in seen.items())


def japanese_font(point_size: float = 14) -> QFont:
    families = set(QFontDatabase.families())
    for name in JAPANESE_FONTS:
        if name in families:
            f = QFont(name)
            f.setPointSizeF(point_size)
            return f
    f = QFont()
    f.setPointSizeF(point_size)
    return f


def make_action(
    window,
    text: str,
    slot,
    shortcuts=(),
    *,
    menu=None,
    view_only: bool = False,
    checkable: bool = False,
    name: str | None = None,
) -> QAction:
    """An action of ``window`` with its shortcuts, optionally listed in ``menu``."""
    action = QAction(text, window)
    if name:
        action.setObjectName(name)
    keys = [QKeySequence(k) for k in shortcuts]
    if keys:
        action.setShortcuts(keys)
    action.setCheckable(checkable)
    # a checkable action follows its state however it changes (menu, toolbar, restored settings)
    (action.toggled if checkable else action.triggered).connect(slot)
    if view_only:  # fires only while the text view has focus; still listed in its menu
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        window.view.addAction(action)
    else:
        window.addAction(action)
    if menu is not None:
        menu.addAction(action)
    return action


def build_menus(window) -> None:
    """Every action of the window, in its menus and toolbar."""
    mb = window.menuBar()
    file_menu = mb.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "&New Project…"),
        window._new_project,
        [QKeySequence.StandardKey.New],
        menu=file_menu,
        name="newProject",
    )
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Open Project…"),
        window._open_project,
        [QKeySequence.StandardKey.Open],
        menu=file_menu,
        name="openProject",
    )
    window.recent_menu = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Open &Recent"))
    window.recent_menu.setObjectName("recentMenu")
    window.recent_menu.aboutToShow.connect(window._fill_recent_menu)
    file_menu.addSeparator()
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Import Documents…"),
        lambda: window.open_import(),  # triggered(bool) would fill in the files argument
        ["Ctrl+I"],
        menu=file_menu,
        name="importDocuments",
    )
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Export…"),
        window.open_export,
        ["Ctrl+E"],
        menu=file_menu,
        name="export",
    )
    file_menu.addSeparator()
    make_action(
        window, QCoreApplication.translate("MainWindow", "&Quit"), window.close, ["Ctrl+Q"], menu=file_menu, name="quit"
    )

    edit = mb.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    window.undo_action = make_action(
        window, QCoreApplication.translate("MainWindow", "&Undo"), window.undo, ["Ctrl+Z"], menu=edit, name="undo"
    )
    window.redo_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Redo"),
        window.redo,
        ["Ctrl+Shift+Z", "Ctrl+Y"],
        menu=edit,
        name="redo",
    )
    edit.addSeparator()
    window.delete_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Delete Entity"),
        window.delete_entity,
        ["Delete"],
        menu=edit,
        view_only=True,
        name="deleteEntity",
    )
    window.entity_panel.addAction(window.delete_action)
    for text, slot, keys, name in [
        (
            QCoreApplication.translate("MainWindow", "Extend Entity End"),
            lambda: window.resize_entity(0, 1),
            ["Alt+Shift+Right"],
            "growEnd",
        ),
        (
            QCoreApplication.translate("MainWindow", "Shrink Entity End"),
            lambda: window.resize_entity(0, -1),
            ["Alt+Shift+Left"],
            "shrinkEnd",
        ),
        (
            QCoreApplication.translate("MainWindow", "Extend Entity Start"),
            lambda: window.resize_entity(-1, 0),
            ["Ctrl+Alt+Left"],
            "growStart",
        ),
        (
            QCoreApplication.translate("MainWindow", "Shrink Entity Start"),
            lambda: window.resize_entity(1, 0),
            ["Ctrl+Alt+Right"],
            "shrinkStart",
        ),
    ]:
        make_action(window, text, slot, keys, menu=edit, view_only=True, name=name)
    edit.addSeparator()
    make_action(
        window, QCoreApplication.translate("MainWindow", "&Find…"), window.open_find, ["Ctrl+F"], menu=edit, name="find"
    )
    edit.addSeparator()
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Preferences…"),
        window.edit_preferences,
        ["Ctrl+,"],
        menu=edit,
        name="preferences",
    )

    annotate = mb.addMenu(QCoreApplication.translate("MainWindow", "&Annotate"))
    window.label_menu = annotate.addMenu(QCoreApplication.translate("MainWindow", "Apply &Label"))
    window._label_actions: list[QAction] = []
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Edit Label &Set…"),
        window.edit_labels,
        ["Ctrl+L"],
        menu=annotate,
        name="editLabels",
    )
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Edit Claim Sc&hema…"),
        window.edit_claim_schema,
        ["Ctrl+Shift+L"],
        menu=annotate,
        name="editClaimSchema",
    )
    annotate.addSeparator()
    ctl = window.claims_ctl
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Create &Claim"),
        ctl.create_claim,
        ["C"],
        menu=annotate,
        view_only=True,
        name="createClaim",
    )
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Accept Suggestion\tA"),
        lambda: ctl.on_letter("a"),
        menu=annotate,
        name="acceptSuggestion",
    )
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Reject Suggestion\tR"),
        lambda: ctl.on_letter("r"),
        menu=annotate,
        name="rejectSuggestion",
    )
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Accept All Suggestions"),
        ctl.accept_all,
        menu=annotate,
        name="acceptAll",
    )
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Reject All Suggestions"),
        ctl.reject_all,
        menu=annotate,
        name="rejectAll",
    )
    annotate.addSeparator()
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Mark &Done and Open Next"),
        window.done_and_next,
        ["Ctrl+Return", "Ctrl+Enter"],
        menu=annotate,
        name="doneNext",
    )

    nav = mb.addMenu(QCoreApplication.translate("MainWindow", "&Navigate"))
    for text, slot, keys, name in [
        (QCoreApplication.translate("MainWindow", "First Morpheme"), lambda: window.move_home(False), ["Home"], "home"),
        (QCoreApplication.translate("MainWindow", "Last Morpheme"), lambda: window.move_home(True), ["End"], "end"),
        (
            QCoreApplication.translate("MainWindow", "Previous Morpheme"),
            lambda: window.move(-1, False),
            ["Left"],
            "left",
        ),
        (QCoreApplication.translate("MainWindow", "Next Morpheme"), lambda: window.move(1, False), ["Right"], "right"),
        (
            QCoreApplication.translate("MainWindow", "Extend Selection Left"),
            lambda: window.move(-1, True),
            ["Shift+Left"],
            "extendLeft",
        ),
        (
            QCoreApplication.translate("MainWindow", "Extend Selection Right"),
            lambda: window.move(1, True),
            ["Shift+Right"],
            "extendRight",
        ),
        (QCoreApplication.translate("MainWindow", "Next Entity"), lambda: window.step_entity(1), ["Tab"], "nextEntity"),
        (
            QCoreApplication.translate("MainWindow", "Previous Entity"),
            lambda: window.step_entity(-1),
            ["Shift+Tab", "Shift+Backtab"],
            "prevEntity",
        ),
    ]:
        make_action(window, text, slot, keys, menu=nav, view_only=True, name=name)
    nav.addSeparator()
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Next Document"),
        lambda: window.step_document(1),
        ["Alt+Down"],
        menu=nav,
        name="nextDocument",
    )
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Previous Document"),
        lambda: window.step_document(-1),
        ["Alt+Up"],
        menu=nav,
        name="previousDocument",
    )

    view = mb.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    names = {
        "boundaries": QCoreApplication.translate("MainWindow", "Morpheme &Boundaries"),
        "pos": QCoreApplication.translate("MainWindow", "&Part-of-Speech Colours"),
        "furigana": QCoreApplication.translate("MainWindow", "&Furigana"),
        "proper": QCoreApplication.translate("MainWindow", "Proper-Noun &Hints"),
    }
    window.overlay_actions: dict[str, QAction] = {}
    for key in OVERLAYS:
        act = make_action(
            window,
            names[key],
            lambda on, k=key: window.set_overlay(k, on),
            menu=view,
            checkable=True,
            name=f"overlay_{key}",
        )
        act.setChecked(window.view.overlays[key])
        window.overlay_actions[key] = act
    window.suggestions_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "Claim &Suggestions"),
        window.claims_ctl.set_suggestions,
        ["Ctrl+Shift+S"],
        menu=view,
        checkable=True,
        name="toggleSuggestions",
    )
    view.addSeparator()
    stats_toggle = window.stats_dock.toggleViewAction()
    stats_toggle.setText(QCoreApplication.translate("MainWindow", "&Statistics"))
    stats_toggle.setShortcut(QKeySequence("F9"))
    stats_toggle.setObjectName("toggleStatistics")
    view.addAction(stats_toggle)
    for dock in (
        window.documents.parentWidget(),
        window.entity_panel.parentWidget(),
        window.palette_panel.parentWidget(),
    ):
        view.addAction(dock.toggleViewAction())
    view.addSeparator()
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Zoom &In"),
        lambda: window.zoom(1),
        ["Ctrl++", "Ctrl+="],
        menu=view,
        name="zoomIn",
    )
    make_action(
        window,
        QCoreApplication.translate("MainWindow", "Zoom &Out"),
        lambda: window.zoom(-1),
        ["Ctrl+-"],
        menu=view,
        name="zoomOut",
    )

    tb = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    tb.setObjectName("mainToolBar")
    for act in (window.undo_action, window.redo_action):
        tb.addAction(act)
    tb.addSeparator()
    for act in window.overlay_actions.values():
        tb.addAction(act)
