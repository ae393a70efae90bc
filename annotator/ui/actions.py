"""Every action of the window, declared once: what it says, its keys, what it calls, where it
is listed and when it is enabled. ``ActionSet`` builds the QActions, the menus, the toolbar and
the key bindings from this table; the label keys and the claim-attribute letters are groups of
the same table, rebuilt when the project's labels or claim schema change.

A handler is a dotted name (``"navigation.step_document"``) looked up in the window's
controllers when the set is bound, with the spec's ``args`` (a checkable action also gets its
new state). ``when`` names a predicate the same way: the action is enabled while it holds,
which is how two groups share a letter without ambiguity (``a`` sets "asserted" while a claim
is selected and accepts while a suggestion is; only one of the two is ever enabled).

The README's key tables are generated from ``KEY_TABLES`` (``python -m annotator.ui.actions
--markdown``) and a test checks that the README holds them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from annotator.core.claims import DEFAULT_SCHEMA, ClaimSchema
from annotator.core.model import LABEL_SETS, Label

from .plain import menu_text


class Context(Enum):
    """Where an action's keys work."""

    WINDOW = "window"  # anywhere in the window
    VIEW = "view"  # only while the text view has focus (typing in a filter is never a command)
    VIEW_AND_LIST = "view and entity list"  # the text view or the entity list


@dataclass(frozen=True)
class ActionSpec:
    id: str  # the QAction's objectName
    text: str | None  # English source, context "MainWindow"; None: the dock's own title
    keys: tuple[str, ...] = ()
    handler: str | None = None  # "controller.method"; None for a dock's toggle
    menu: str | None = None  # a MENUS or SUBMENUS id
    when: str | None = None  # "controller.predicate": enabled while it holds
    context: Context = Context.WINDOW
    checkable: bool = False
    toolbar: bool = False
    args: tuple[Any, ...] = ()
    dock: str | None = None  # the action is this dock's toggleViewAction
    readme_keys: int = 1  # how many of ``keys`` the README names ("Ctrl+Shift+Z or Ctrl+Y")
    translate: bool = True  # False for user text (label names)


@dataclass(frozen=True)
class MenuSpec:
    id: str
    text: str
    parent: str | None = None  # a submenu of this menu
    filler: str | None = None  # "controller.method(menu)" called before it shows
    name: str = ""  # objectName


@dataclass(frozen=True)
class Separator:
    menu: str


W, V, VL = Context.WINDOW, Context.VIEW, Context.VIEW_AND_LIST

MENUS = (
    MenuSpec("file", QT_TRANSLATE_NOOP("MainWindow", "&File")),
    MenuSpec("edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit")),
    MenuSpec("annotate", QT_TRANSLATE_NOOP("MainWindow", "&Annotate")),
    MenuSpec("navigate", QT_TRANSLATE_NOOP("MainWindow", "&Navigate")),
    MenuSpec("view", QT_TRANSLATE_NOOP("MainWindow", "&View")),
)

#: The window's actions in menu order (submenus and separators where they are shown).
TABLE: tuple[ActionSpec | MenuSpec | Separator, ...] = (
    # File
    ActionSpec("newProject", QT_TRANSLATE_NOOP("MainWindow", "&New Project…"),
               ("Ctrl+N",), "files.new_project", "file"),
    ActionSpec("openProject", QT_TRANSLATE_NOOP("MainWindow", "&Open Project…"),
               ("Ctrl+O",), "files.open_project", "file"),
    ActionSpec("openServerProject", QT_TRANSLATE_NOOP("MainWindow", "Open &Server Project…"),
               ("Ctrl+Shift+O",), "files.open_server_project", "file"),
    MenuSpec("recent", QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"), "file",
             filler="files.fill_recent_menu", name="recentMenu"),
    Separator("file"),
    ActionSpec("importDocuments", QT_TRANSLATE_NOOP("MainWindow", "&Import Documents…"),
               ("Ctrl+I",), "files.open_import", "file"),
    ActionSpec("export", QT_TRANSLATE_NOOP("MainWindow", "&Export…"),
               ("Ctrl+E",), "files.open_export", "file"),
    Separator("file"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
               ("Ctrl+Q",), "window.close", "file"),
    # Edit
    ActionSpec("undo", QT_TRANSLATE_NOOP("MainWindow", "&Undo"),
               ("Ctrl+Z",), "history.undo", "edit", when="history.can_undo", toolbar=True),
    ActionSpec("redo", QT_TRANSLATE_NOOP("MainWindow", "&Redo"),
               ("Ctrl+Shift+Z", "Ctrl+Y"), "history.redo", "edit", when="history.can_redo", toolbar=True,
               readme_keys=2),
    Separator("edit"),
    ActionSpec("deleteEntity", QT_TRANSLATE_NOOP("MainWindow", "&Delete Entity"),
               ("Delete",), "entities.delete_entity", "edit", context=VL),
    ActionSpec("growEnd", QT_TRANSLATE_NOOP("MainWindow", "Extend Entity End"),
               ("Alt+Shift+Right",), "entities.resize_entity", "edit", context=V, args=(0, 1)),
    ActionSpec("shrinkEnd", QT_TRANSLATE_NOOP("MainWindow", "Shrink Entity End"),
               ("Alt+Shift+Left",), "entities.resize_entity", "edit", context=V, args=(0, -1)),
    ActionSpec("growStart", QT_TRANSLATE_NOOP("MainWindow", "Extend Entity Start"),
               ("Ctrl+Alt+Left",), "entities.resize_entity", "edit", context=V, args=(-1, 0)),
    ActionSpec("shrinkStart", QT_TRANSLATE_NOOP("MainWindow", "Shrink Entity Start"),
               ("Ctrl+Alt+Right",), "entities.resize_entity", "edit", context=V, args=(1, 0)),
    Separator("edit"),
    ActionSpec("find", QT_TRANSLATE_NOOP("MainWindow", "&Find…"),
               ("Ctrl+F",), "find.open_find", "edit"),
    Separator("edit"),
    ActionSpec("preferences", QT_TRANSLATE_NOOP("MainWindow", "&Preferences…"),
               ("Ctrl+,",), "view_settings.edit_preferences", "edit"),
    # Annotate (the label keys are a group: ``label_actions``)
    MenuSpec("labels", QT_TRANSLATE_NOOP("MainWindow", "Apply &Label"), "annotate", name="labelMenu"),
    ActionSpec("editLabels", QT_TRANSLATE_NOOP("MainWindow", "Edit Label &Set…"),
               ("Ctrl+L",), "entities.edit_labels", "annotate"),
    ActionSpec("editClaimSchema", QT_TRANSLATE_NOOP("MainWindow", "Edit Claim Sc&hema…"),
               ("Ctrl+Shift+L",), "claims.edit_schema", "annotate"),
    Separator("annotate"),
    ActionSpec("createClaim", QT_TRANSLATE_NOOP("MainWindow", "Create &Claim"),
               ("C", "Shift+C"), "claims.create_claim", "annotate", context=V),
    ActionSpec("pickClaimant", QT_TRANSLATE_NOOP("MainWindow", "Set Clai&mant…"),
               ("Ctrl+K",), "claims.pick_claimant", "annotate", when="claims.claim_editing"),
    ActionSpec("cueFromSelection", QT_TRANSLATE_NOOP("MainWindow", "Set C&ue from Selection"),
               ("Ctrl+Shift+C",), "claims.cue_from_selection", "annotate", when="claims.claim_editing", context=V),
    ActionSpec("addArgument", QT_TRANSLATE_NOOP("MainWindow", "Add &Argument…"),
               ("Ctrl+Shift+A",), "claims.choose_role", "annotate", when="claims.claim_editing", context=V),
    # "\tA" in the text as before: the same words (and translations) in the menu
    ActionSpec("acceptSuggestion", QT_TRANSLATE_NOOP("MainWindow", "Accept Suggestion\tA"),
               ("A", "Shift+A"), "claims.accept_selected", "annotate", when="claims.suggestion_selected",
               context=V),
    ActionSpec("rejectSuggestion", QT_TRANSLATE_NOOP("MainWindow", "Reject Suggestion\tR"),
               ("R", "Shift+R"), "claims.reject_selected", "annotate", when="claims.suggestion_selected",
               context=V),
    ActionSpec("acceptEditSuggestion", QT_TRANSLATE_NOOP("MainWindow", "Accept Suggestion and Edit\tE"),
               ("E", "Shift+E"), "claims.accept_and_edit", "annotate", when="claims.suggestion_selected",
               context=V),
    ActionSpec("acceptAll", QT_TRANSLATE_NOOP("MainWindow", "Accept All Suggestions"),
               (), "claims.accept_all", "annotate"),
    ActionSpec("rejectAll", QT_TRANSLATE_NOOP("MainWindow", "Reject All Suggestions"),
               (), "claims.reject_all", "annotate"),
    # suggested entities (issue 13): the same A and R, enabled while one is selected
    MenuSpec("entitySuggestions", QT_TRANSLATE_NOOP("MainWindow", "Suggested &Entities"), "annotate",
             name="entitySuggestionsMenu"),
    ActionSpec("acceptEntitySuggestion", QT_TRANSLATE_NOOP("MainWindow", "Accept Suggested Entity"),
               ("A", "Shift+A"), "entitySuggestions.accept_selected", "entitySuggestions",
               when="entitySuggestions.selected", context=V),
    ActionSpec("rejectEntitySuggestion", QT_TRANSLATE_NOOP("MainWindow", "Reject Suggested Entity"),
               ("R", "Shift+R"), "entitySuggestions.reject_selected", "entitySuggestions",
               when="entitySuggestions.selected", context=V),
    ActionSpec("acceptEntityLabel", QT_TRANSLATE_NOOP("MainWindow", "Accept All of This Label in the Document"),
               ("L", "Shift+L"), "entitySuggestions.accept_label", "entitySuggestions",
               when="entitySuggestions.selected", context=V),
    ActionSpec("acceptEntitySource", QT_TRANSLATE_NOOP("MainWindow", "Accept All of This Recommender in the "
                                                                     "Document"),
               ("M", "Shift+M"), "entitySuggestions.accept_source", "entitySuggestions",
               when="entitySuggestions.selected", context=V),
    ActionSpec("acceptAllEntities", QT_TRANSLATE_NOOP("MainWindow", "Accept All Suggested Entities"),
               (), "entitySuggestions.accept_all", "entitySuggestions", when="entitySuggestions.any_shown"),
    ActionSpec("rejectAllEntities", QT_TRANSLATE_NOOP("MainWindow", "Reject All Suggested Entities"),
               (), "entitySuggestions.reject_all", "entitySuggestions", when="entitySuggestions.any_shown"),
    Separator("entitySuggestions"),
    ActionSpec("retrain", QT_TRANSLATE_NOOP("MainWindow", "&Retrain Now"),
               (), "training.retrain", "entitySuggestions"),
    ActionSpec("recommenderSettings", QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
               (), "training.edit_settings", "entitySuggestions"),
    # curation (issue 14): in curation mode, a lead's project holding the annotators' versions
    MenuSpec("curate", QT_TRANSLATE_NOOP("MainWindow", "Cu&rate"), "annotate", name="curateMenu"),
    ActionSpec("nextDisagreement", QT_TRANSLATE_NOOP("MainWindow", "Next Disagreement"),
               ("F8",), "curation.step", "curate", when="curation.active", args=(1,)),
    ActionSpec("prevDisagreement", QT_TRANSLATE_NOOP("MainWindow", "Previous Disagreement"),
               ("Shift+F8",), "curation.step", "curate", when="curation.active", args=(-1,)),
    Separator("curate"),
    # the controller names each after its lane's annotator, and hides the lanes nobody has
    *(ActionSpec(f"takeHere{k}", QT_TRANSLATE_NOOP("MainWindow", "Take This Annotator's Version Here"),
                 (f"Alt+{k}",), "curation.take_here", "curate", when="curation.active", context=V, args=(k,))
      for k in range(1, 10)),
    Separator("curate"),
    *(ActionSpec(f"takeDocument{k}", QT_TRANSLATE_NOOP("MainWindow", "Take This Annotator's Whole Document"),
                 (f"Alt+Shift+{k}",), "curation.take_document", "curate", when="curation.active", context=V,
                 args=(k,))
      for k in range(1, 10)),
    Separator("annotate"),
    ActionSpec("nextPane", QT_TRANSLATE_NOOP("MainWindow", "Next &Pane"), ("F6",), "focus.step", "annotate",
               args=(1,)),
    ActionSpec("previousPane", QT_TRANSLATE_NOOP("MainWindow", "Previous Pane"), ("Shift+F6",), "focus.step",
               "annotate", args=(-1,)),
    Separator("annotate"),
    ActionSpec("doneNext", QT_TRANSLATE_NOOP("MainWindow", "Mark &Done and Open Next"),
               ("Ctrl+Return", "Ctrl+Enter"), "navigation.done_and_next", "annotate"),
    # Navigate
    ActionSpec("home", QT_TRANSLATE_NOOP("MainWindow", "First Morpheme"),
               ("Home",), "navigation.move_home", "navigate", context=V, args=(False,)),
    ActionSpec("end", QT_TRANSLATE_NOOP("MainWindow", "Last Morpheme"),
               ("End",), "navigation.move_home", "navigate", context=V, args=(True,)),
    ActionSpec("left", QT_TRANSLATE_NOOP("MainWindow", "Previous Morpheme"),
               ("Left",), "navigation.move", "navigate", context=V, args=(-1, False)),
    ActionSpec("right", QT_TRANSLATE_NOOP("MainWindow", "Next Morpheme"),
               ("Right",), "navigation.move", "navigate", context=V, args=(1, False)),
    ActionSpec("extendLeft", QT_TRANSLATE_NOOP("MainWindow", "Extend Selection Left"),
               ("Shift+Left",), "navigation.move", "navigate", context=V, args=(-1, True)),
    ActionSpec("extendRight", QT_TRANSLATE_NOOP("MainWindow", "Extend Selection Right"),
               ("Shift+Right",), "navigation.move", "navigate", context=V, args=(1, True)),
    ActionSpec("nextEntity", QT_TRANSLATE_NOOP("MainWindow", "Next Entity"),
               ("Tab",), "navigation.step_entity", "navigate", context=V, args=(1,)),
    ActionSpec("prevEntity", QT_TRANSLATE_NOOP("MainWindow", "Previous Entity"),
               ("Shift+Tab", "Shift+Backtab"), "navigation.step_entity", "navigate", context=V, args=(-1,)),
    Separator("navigate"),
    ActionSpec("nextPhrase", QT_TRANSLATE_NOOP("MainWindow", "Next Phrase"),
               ("Ctrl+Right",), "navigation.move_phrase", "navigate", context=V, args=(1,)),
    ActionSpec("prevPhrase", QT_TRANSLATE_NOOP("MainWindow", "Previous Phrase"),
               ("Ctrl+Left",), "navigation.move_phrase", "navigate", context=V, args=(-1,)),
    ActionSpec("extendPhraseRight", QT_TRANSLATE_NOOP("MainWindow", "Extend Selection by a Phrase Right"),
               ("Ctrl+Shift+Right",), "navigation.extend_phrase", "navigate", context=V, args=(1,)),
    ActionSpec("extendPhraseLeft", QT_TRANSLATE_NOOP("MainWindow", "Extend Selection by a Phrase Left"),
               ("Ctrl+Shift+Left",), "navigation.extend_phrase", "navigate", context=V, args=(-1,)),
    ActionSpec("nextSentence", QT_TRANSLATE_NOOP("MainWindow", "Next Sentence"),
               ("Ctrl+Down",), "navigation.move_sentence", "navigate", context=V, args=(1,)),
    ActionSpec("prevSentence", QT_TRANSLATE_NOOP("MainWindow", "Previous Sentence"),
               ("Ctrl+Up",), "navigation.move_sentence", "navigate", context=V, args=(-1,)),
    ActionSpec("nextCandidate", QT_TRANSLATE_NOOP("MainWindow", "Next Entity Candidate"),
               ("Alt+Right",), "navigation.step_candidate", "navigate", context=V, args=(1,)),
    ActionSpec("prevCandidate", QT_TRANSLATE_NOOP("MainWindow", "Previous Entity Candidate"),
               ("Alt+Left",), "navigation.step_candidate", "navigate", context=V, args=(-1,)),
    ActionSpec("nextOccurrence", QT_TRANSLATE_NOOP("MainWindow", "Next Unlabelled Occurrence"),
               ("F3",), "navigation.next_occurrence", "navigate", context=V, args=(1,)),
    ActionSpec("prevOccurrence", QT_TRANSLATE_NOOP("MainWindow", "Previous Unlabelled Occurrence"),
               ("Shift+F3",), "navigation.next_occurrence", "navigate", context=V, args=(-1,)),
    ActionSpec("nextSuggestion", QT_TRANSLATE_NOOP("MainWindow", "Next Suggestion"),
               ("]",), "navigation.step_suggestion", "navigate", context=V, args=(1,)),
    ActionSpec("prevSuggestion", QT_TRANSLATE_NOOP("MainWindow", "Previous Suggestion"),
               ("[",), "navigation.step_suggestion", "navigate", context=V, args=(-1,)),
    Separator("navigate"),
    ActionSpec("nextDocument", QT_TRANSLATE_NOOP("MainWindow", "Next Document"),
               ("Alt+Down",), "navigation.step_document", "navigate", args=(1,)),
    ActionSpec("previousDocument", QT_TRANSLATE_NOOP("MainWindow", "Previous Document"),
               ("Alt+Up",), "navigation.step_document", "navigate", args=(-1,)),
    # View
    ActionSpec("overlay_boundaries", QT_TRANSLATE_NOOP("MainWindow", "Morpheme &Boundaries"),
               (), "view_settings.set_overlay", "view", checkable=True, toolbar=True, args=("boundaries",)),
    ActionSpec("overlay_pos", QT_TRANSLATE_NOOP("MainWindow", "&Part-of-Speech Colours"),
               (), "view_settings.set_overlay", "view", checkable=True, toolbar=True, args=("pos",)),
    ActionSpec("overlay_furigana", QT_TRANSLATE_NOOP("MainWindow", "&Furigana"),
               (), "view_settings.set_overlay", "view", checkable=True, toolbar=True, args=("furigana",)),
    ActionSpec("overlay_proper", QT_TRANSLATE_NOOP("MainWindow", "Proper-Noun &Hints"),
               (), "view_settings.set_overlay", "view", checkable=True, toolbar=True, args=("proper",)),
    ActionSpec("toggleSuggestions", QT_TRANSLATE_NOOP("MainWindow", "Claim &Suggestions"),
               ("Ctrl+Shift+S",), "claims.set_suggestions", "view", checkable=True),
    Separator("view"),
    ActionSpec("toggleStatistics", QT_TRANSLATE_NOOP("MainWindow", "S&tatistics"),
               ("F9",), menu="view", dock="statisticsDock"),
    ActionSpec("toggleDocuments", None, menu="view", dock="documentsDock"),
    ActionSpec("toggleEntities", None, menu="view", dock="entitiesDock"),
    ActionSpec("toggleClaimsDock", None, menu="view", dock="claimsDock"),
    ActionSpec("toggleLabels", None, menu="view", dock="labelsDock"),
    ActionSpec("toggleSuggestionsDock", None, menu="view", dock="suggestionsDock"),
    Separator("view"),
    ActionSpec("zoomIn", QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
               ("Ctrl++", "Ctrl+="), "view_settings.zoom", "view", args=(1,)),
    ActionSpec("zoomOut", QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
               ("Ctrl+-",), "view_settings.zoom", "view", args=(-1,)),
    Separator("view"),
    ActionSpec("curationMode", QT_TRANSLATE_NOOP("MainWindow", "&Curation Mode"),
               ("Ctrl+Alt+C",), "curation.set_mode", "view", checkable=True),
    MenuSpec("showVersion", QT_TRANSLATE_NOOP("MainWindow", "Show &Version"), "view",
             filler="curation.fill_versions_menu", name="showVersionMenu"),
)


# -- the groups rebuilt from the project -------------------------------------------------
def label_actions(labels: Iterable[Label]) -> list[ActionSpec]:
    """One action per label: its key applies it to the selection or relabels the selected entity."""
    return [ActionSpec(f"label_{lb.name}", menu_text(lb.name), (lb.key,) if lb.key else (),
                       "entities.apply_label", "labels", context=VL, args=(lb.name,), translate=False)
            for lb in labels]


def claim_key_actions(schema: ClaimSchema, lang: str = "en") -> list[ActionSpec]:
    """One action per claim-schema letter: sets that attribute of the selected claim (named in
    the menus by the schema's display names in ``lang``; the value set is the identifier)."""
    return [ActionSpec(f"claimKey_{key}", f"{schema.shown(lang, name)} = {schema.shown(lang, name, value)}",
                       (key, f"Shift+{key}"), "claims.set_attribute", when="claims.claim_selected", context=V,
                       args=(name, value), translate=False)
            for key, (name, value) in schema.keys().items()]


Handler = Callable[..., Any]


class ActionSet:
    """The window's actions, menus and toolbar, built from ``TABLE`` and the two groups."""

    def __init__(self, window: QMainWindow, view: QWidget, entity_list: QWidget,
                 docks: Mapping[str, QDockWidget], table: Iterable[ActionSpec | MenuSpec | Separator] = TABLE) -> None:
        self.window, self.view, self.entity_list = window, view, entity_list
        self._actions: dict[str, QAction] = {}
        self._specs: dict[str, ActionSpec] = {}
        self._menus: dict[str, QMenu] = {}
        self._groups: dict[str, list[str]] = {"labels": [], "claimKeys": []}
        self._targets: Mapping[str, object] = {}
        self._when: list[tuple[QAction, Callable[[], bool]]] = []
        self._fillers: list[tuple[QMenu, str]] = []
        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"), window)
        toolbar.setObjectName("mainToolBar")
        window.addToolBar(toolbar)
        self.toolbar = toolbar
        last_toolbar_menu: str | None = None
        for spec in table:
            if isinstance(spec, MenuSpec):
                self._add_menu(spec)
            elif isinstance(spec, Separator):
                self._menu_for(spec.menu).addSeparator()
            else:
                act = self._make(spec, docks)
                if spec.toolbar:
                    if last_toolbar_menu is not None and spec.menu != last_toolbar_menu:
                        toolbar.addSeparator()
                    last_toolbar_menu = spec.menu
                    toolbar.addAction(act)

    # -- building -----------------------------------------------------------------------
    def _add_menu(self, spec: MenuSpec) -> QMenu:
        text = QCoreApplication.translate("MainWindow", spec.text)
        parent = self.window.menuBar() if spec.parent is None else self._menu_for(spec.parent)
        menu = parent.addMenu(text)
        if spec.name:
            menu.setObjectName(spec.name)
        if spec.filler:
            self._fillers.append((menu, spec.filler))
        self._menus[spec.id] = menu
        return menu

    def _menu_for(self, menu_id: str) -> QMenu:
        if menu_id not in self._menus:
            self._add_menu(next(m for m in MENUS if m.id == menu_id))
        return self._menus[menu_id]

    def _make(self, spec: ActionSpec, docks: Mapping[str, QDockWidget] | None = None) -> QAction:
        if spec.dock is not None:
            assert docks is not None
            act = docks[spec.dock].toggleViewAction()
        else:
            act = QAction(self.window)
        if spec.text is not None:
            act.setText(QCoreApplication.translate("MainWindow", spec.text) if spec.translate else spec.text)
        act.setObjectName(spec.id)
        act.setCheckable(spec.checkable or spec.dock is not None)
        act.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.context is Context.WINDOW:
            if spec.dock is None:
                self.window.addAction(act)
        else:  # fires only while the text view (or the entity list) has focus; still in its menu
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(act)
            if spec.context is Context.VIEW_AND_LIST:
                self.entity_list.addAction(act)
        if spec.menu is not None:
            self._menu_for(spec.menu).addAction(act)
        self._actions[spec.id] = act
        self._specs[spec.id] = spec
        if self._targets:
            self._connect(spec, act)
        return act

    def bind(self, targets: Mapping[str, object]) -> None:
        """Connect every action to its handler in ``targets`` (the controllers by name);
        a name that does not resolve raises here, at start, not at the first key press."""
        self._targets = targets
        for menu, filler in self._fillers:
            fill = self.resolve(filler)
            menu.aboutToShow.connect(lambda m=menu, f=fill: f(m))
        for spec_id, spec in self._specs.items():
            self._connect(spec, self._actions[spec_id])
        self.refresh()

    def resolve(self, dotted: str) -> Handler:
        owner, _, name = dotted.partition(".")
        fn = getattr(self._targets[owner], name)
        if not callable(fn):
            raise TypeError(f"{dotted} is not callable")
        return fn

    def _connect(self, spec: ActionSpec, act: QAction) -> None:
        if spec.handler is not None:
            fn, args = self.resolve(spec.handler), spec.args
            if spec.checkable:  # follows its state however it changes (menu, toolbar, restored settings)
                act.toggled.connect(lambda on, fn=fn, args=args: fn(*args, on))
            else:  # triggered(bool) would fill in an argument
                act.triggered.connect(lambda _=False, fn=fn, args=args: fn(*args))
        if spec.when is not None:
            self._when.append((act, self.resolve(spec.when)))

    # -- the groups -----------------------------------------------------------------------
    def set_labels(self, labels: Iterable[Label]) -> None:
        self._set_group("labels", label_actions(labels))

    def set_claim_schema(self, schema: ClaimSchema, lang: str = "en") -> None:
        self._set_group("claimKeys", claim_key_actions(schema, lang))

    def _set_group(self, group: str, specs: list[ActionSpec]) -> None:
        for spec_id in self._groups[group]:
            act = self._actions.pop(spec_id)
            self._specs.pop(spec_id)
            self._when = [(a, p) for a, p in self._when if a is not act]
            for widget in (self._menus["labels"], self.view, self.entity_list, self.window):
                widget.removeAction(act)
            act.deleteLater()
        self._groups[group] = [s.id for s in specs]
        for spec in specs:
            self._make(spec)
        self._apply_key_priority()
        self.refresh()

    def _apply_key_priority(self) -> None:
        """A label's key wins over a letter of the claim keys (as a label key always did): the
        other action loses that key rather than make the key ambiguous."""
        taken = {QKeySequence(k) for spec_id in self._groups["labels"] for k in self._specs[spec_id].keys}
        taken |= {QKeySequence("Shift+" + k) for spec_id in self._groups["labels"]
                  for k in self._specs[spec_id].keys if k.isalpha()}
        for spec_id, spec in self._specs.items():
            if spec.context is not Context.WINDOW and spec_id not in self._groups["labels"] and spec.keys:
                self._actions[spec_id].setShortcuts([s for s in map(QKeySequence, spec.keys) if s not in taken])

    def group(self, group: str) -> list[QAction]:
        return [self._actions[i] for i in self._groups[group]]

    # -- state ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Enable each action whose ``when`` holds now (cheap: a few predicates)."""
        for act, holds in self._when:
            act.setEnabled(bool(holds()))

    def set_checked(self, spec_id: str, on: bool) -> None:
        """Check or uncheck without calling the handler (restoring a state, not choosing it)."""
        act = self._actions[spec_id]
        act.blockSignals(True)
        act.setChecked(on)
        act.blockSignals(False)

    def __getitem__(self, spec_id: str) -> QAction:
        return self._actions[spec_id]

    def menu(self, menu_id: str) -> QMenu:
        return self._menus[menu_id]


# -- the README's key tables -------------------------------------------------------------
@dataclass(frozen=True)
class KeyRow:
    """One row of a README key table: ``keys`` are groups (shown " · "-separated) of action
    ids (shown " / "-separated); an entry starting with "=" is shown as it is written."""

    keys: tuple[tuple[str, ...], ...]
    text: str
    prefix: str = ""


def _schema_letters(schema: ClaimSchema) -> str:
    return " · ".join(" ".join(k for k in a.keys if k) for a in schema.attributes)


def _irex_keys() -> str:
    return ", ".join(f"{lb.key} {lb.name}" for lb in LABEL_SETS["irex"] if lb.key)


KEY_TABLES: dict[str, tuple[KeyRow, ...]] = {
    "window": (
        KeyRow((("=drag",), ("=Alt+drag",), ("=double-click",), ("=click",)),
               "select whole morphemes · single characters · one morpheme · an entity"),
        KeyRow((("left", "right"),), "move the morpheme cursor (selects that morpheme)"),
        KeyRow((("prevPhrase", "nextPhrase"),), "previous / next phrase (a content word or compound with its "
                                                "particles); selects its content, without が or は"),
        KeyRow((("prevSentence", "nextSentence"),), "start of this or the previous sentence / the next sentence "
                                                    "(selects its first phrase's content)"),
        KeyRow((("prevCandidate", "nextCandidate"),), "previous / next entity candidate not labelled yet (proper "
                                                      "nouns, numbers with counters, katakana and Latin runs)"),
        KeyRow((("prevOccurrence", "nextOccurrence"),), "previous / next unlabelled occurrence of the selected text, "
                                                        "on into the next document (in the list's order) that holds "
                                                        "one"),
        KeyRow((("extendLeft", "extendRight"), ("extendPhraseLeft", "extendPhraseRight")),
               "grow or shrink the selection by one morpheme · by one phrase (the side you grew moves)"),
        KeyRow((("home", "end"),), "first / last morpheme of the document"),
        KeyRow((("=1–9",),), "apply the label with that key to the selection, or relabel the selected entity "
                             f"(IREX: {_irex_keys()})"),
        KeyRow((("deleteEntity",),), "remove the selected entity"),
        KeyRow((("growEnd", "shrinkEnd"), ("growStart", "shrinkStart")),
               "extend / shrink the selected entity's end · its start by one morpheme"),
        KeyRow((("nextEntity", "prevEntity"),), "next / previous entity (wraps around at the last and the first)"),
        KeyRow((("undo",), ("redo",)), "undo · redo (every kind of edit, label-set edits included)"),
        KeyRow((("find",),), "find (a string, or every word with the same lemma: 述べ finds 述べる); Enter / "
                             "Shift+Enter next / previous; label all in the document or the project: a preview lists "
                             "every match with its context and a check box (Space), matches inside a longer word "
                             "(京都 in 東京都) unchecked unless asked, then one undoable step"),
        KeyRow((("editLabels",),), "label-set editor: add, rename (entities follow), recolour, re-key, remove"),
        KeyRow((("doneNext",),), "mark the document done and open the next"),
        KeyRow((("nextDocument", "previousDocument"),), "next / previous document"),
        KeyRow((("zoomIn", "zoomOut"), ("toggleStatistics",), ("preferences",), ("quit",)),
               "font size · statistics · preferences · quit"),
        KeyRow((("newProject",), ("openProject",), ("=File > Open Recent",)),
               "new project (IREX or Stockmark labels) · open a project · the last ten projects (files and servers)"),
        KeyRow((("openServerProject",),), "open a project on a PostgreSQL server by its URL; the password comes "
                                          "from ~/.pgpass or is asked for, never shown or kept"),
        KeyRow((("importDocuments",),), "import documents: files, format, text split, \"set invalid records "
                                        "aside\"; a progress bar, Cancel (the project stays as it was), and every "
                                        "problem listed as `FILE:LINE: problem`, with a Copy button"),
        KeyRow((("export",),), "export: JSONL or claim sentences, all documents or one status, optionally with "
                               "morphemes"),
    ),
    "claims": (
        KeyRow((("createClaim",),), "create a claim from the selection, or from the sentence under the cursor"),
        KeyRow((("=" + _schema_letters(DEFAULT_SCHEMA),),),
               "type · check-worthiness · certainty · polarity (the project's schema keys)",
               prefix="with a claim selected: "),
        KeyRow((("toggleSuggestions",),), "show claim suggestions (dotted, grey; never exported unless accepted)"),
        KeyRow((("prevSuggestion", "nextSuggestion"),), "previous / next suggestion in the text, a claim's or an "
                                                        "entity's (wraps around)"),
        KeyRow((("acceptSuggestion",), ("rejectSuggestion",), ("acceptEditSuggestion",)),
               "accept · reject it · accept it and edit the claim (Annotate menu: accept or reject all); the "
               "suggestions panel lists them with why each was suggested: Up / Down step, A, R, E or "
               "Shift+Enter", prefix="with a suggestion selected: "),
        KeyRow((("pickClaimant",), ("cueFromSelection",), ("addArgument",)),
               "claimant from a searchable list of the document's entities (each with its context), the "
               "author or a source typed in · the selected words as the cue · the entity under the cursor "
               "as an argument (a role menu: 1, 2, 3…)", prefix="with a claim selected: "),
        KeyRow((("nextPane", "previousPane"),),
               "focus the next / previous pane (text, entities, claims, suggestions); a ring shows which"),
        KeyRow((("editClaimSchema",),), "claim-schema editor: attributes, values, keys, roles"),
    ),
    "entity suggestions": (
        KeyRow((("acceptEntitySuggestion",), ("rejectEntitySuggestion",)),
               "accept it (an entity on its span and label) · reject it (not proposed again there with that label)",
               prefix="with a suggested entity selected: "),
        KeyRow((("acceptEntityLabel",), ("acceptEntitySource",)),
               "accept every suggestion of its label · of its recommender in the document (Annotate > Suggested "
               "Entities: accept or reject all, retrain now, settings: each recommender on or off, its "
               "threshold, when to retrain)", prefix="with a suggested entity selected: "),
    ),
    "curation": (
        KeyRow((("curationMode",),), "curation mode, in a lead's project holding the annotators' versions "
                                     "(`annotator merge`): their disagreements marked in the text (red: open, "
                                     "green underline: settled) and listed, the versions of the one at hand in "
                                     "lanes; what every annotator agreed on is pre-filled, one undoable step"),
        KeyRow((("nextDisagreement", "prevDisagreement"),), "next / previous disagreement (wraps around); the "
                                                            "status line says what each annotator has there"),
        KeyRow((tuple(f"takeHere{k}" for k in range(1, 10)),),
               "take the version of the annotator in that lane (in the order of the lanes) for the disagreement "
               "under the cursor", prefix="in curation mode: "),
        KeyRow((tuple(f"takeDocument{k}" for k in range(1, 10)),),
               "take that annotator's whole document (entities, claims, status); Ctrl+Z undoes every step",
               prefix="in curation mode: "),
        KeyRow((("=View > Show Version",),), "another annotator's version of the document, read-only, in the "
                                             "Version dock beside the working layer"),
    ),
}

#: How the README writes a key that Markdown or a reader would stumble on.
KEY_NAMES = {"Ctrl++": "Ctrl+plus", "Ctrl+-": "Ctrl+minus", "Ctrl+Return": "Ctrl+Enter"}


def specs_by_id(table: Iterable[ActionSpec | MenuSpec | Separator] = TABLE) -> dict[str, ActionSpec]:
    return {s.id: s for s in table if isinstance(s, ActionSpec)}


def readme_keys(spec: ActionSpec) -> str:
    return " or ".join(KEY_NAMES.get(k, k) for k in spec.keys[: spec.readme_keys])


def markdown(table_name: str) -> str:
    """The README's key table ``table_name``, generated from the actions."""
    specs = specs_by_id()
    lines = ["| keys | action |", "| --- | --- |"]
    for row in KEY_TABLES[table_name]:
        groups = [" / ".join(entry[1:] if entry.startswith("=") else readme_keys(specs[entry]) for entry in group)
                  for group in row.keys]
        lines.append(f"| {row.prefix}{' · '.join(groups)} | {row.text} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if argv != ["--markdown"]:
        print("usage: python -m annotator.ui.actions --markdown", file=sys.stderr)
        return 2
    print("\n".join(markdown(name) for name in KEY_TABLES), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
