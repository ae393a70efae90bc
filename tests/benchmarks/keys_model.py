"""A model of the text view's keys, for the keys-per-entity benchmark: each key's effect on
(cursor, selection, selected entity, the selection being grown) computed with the same core
functions the navigation controller calls (DocTokens, annotator.core.phrases), and a
breadth-first search for the shortest key sequence that selects a span so a label key labels it.

``tests/ui/test_navigation_meaning.py`` replays the sequences found here with real key presses
on the window and checks the state after every key, so the model stays the window's.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, replace

from annotator.core.doctokens import DocTokens
from annotator.core.entity_index import EntityIndex
from annotator.core.model import Entity
from annotator.core.phrases import (
    Extent,
    Navigator,
    Span,
    candidate_step,
    extend,
    fresh_extent,
    phrase_step,
    sentence_step,
)

#: The keys of the window before navigation by meaning (issue 11): morphemes, Shift+arrows
#: (which only grew the selection then), Home / End, Tab / Shift+Tab (which stopped at the ends).
BEFORE = ("Left", "Right", "Shift+Left", "Shift+Right", "Home", "End", "Tab", "Shift+Tab")
AFTER = (*BEFORE, "Ctrl+Left", "Ctrl+Right", "Ctrl+Shift+Left", "Ctrl+Shift+Right", "Ctrl+Up", "Ctrl+Down",
         "Alt+Left", "Alt+Right", "F3", "Shift+F3")


@dataclass(frozen=True, slots=True)
class State:
    cursor: int
    selection: Span
    entity: str | None = None  # the selected entity (a label key would relabel it)
    extent: Extent | None = None  # the controller's growing selection (kept while it is the selection)


class Keymap:
    """The effect of each key of ``keys`` on a document: ``new`` selects the keymap after issue 11
    (editor-like Shift+arrows, Tab wrapping) or before it."""

    def __init__(self, text: str, entities: EntityIndex, *, new: bool) -> None:
        self.text, self.entities, self.new = text, entities, new
        self.tokens = DocTokens(text)
        self.nav = Navigator(self.tokens)
        self.keys = AFTER if new else BEFORE

    def start(self) -> State:
        """As the window opens a document: the first morpheme under the cursor and selected."""
        first = self.tokens.first_token()
        return State(first[0], (first[0], first[1])) if first else State(-1, (0, 0))

    def _select(self, state: State, span: Span | None) -> State:
        if span is None:
            return state
        return replace(state, cursor=span[0], selection=span, entity=None)

    def press(self, state: State, key: str) -> State:
        tokens, nav = self.tokens, self.nav
        cursor, (s, e) = state.cursor, state.selection
        if key in ("Left", "Right"):
            pos = max(0, cursor)
            tok = tokens.next_token(pos) if key == "Right" else tokens.prev_token(pos)
            if tok is None and cursor < 0:
                tok = tokens.first_token()
            return self._select(state, None if tok is None else (tok[0], tok[1]))
        if key in ("Home", "End"):
            tok = tokens.first_token() if key == "Home" else tokens.last_token()
            return self._select(state, None if tok is None else (tok[0], tok[1]))
        if key in ("Shift+Left", "Shift+Right") or key.startswith("Ctrl+Shift+"):
            step = 1 if key.endswith("Right") else -1
            if not self.new:  # the old Shift+arrows: grow the end or the start
                if e <= s:
                    return self.press(state, key[6:])
                tok = tokens.next_token(e - 1) if step > 0 else tokens.prev_token(s)
                if tok is None:
                    return state
                return State(tok[0], (s, tok[1]) if step > 0 else (tok[0], e), None, state.extent)
            ext = state.extent
            if ext is None or ext.selection != state.selection:
                ext = fresh_extent(tokens, state.selection, cursor)
                if ext is None:
                    return state
            ext = extend(tokens, nav, ext, step, key.startswith("Ctrl+"))
            return State(ext.cursor(tokens), ext.selection, None, ext)
        if key in ("Ctrl+Left", "Ctrl+Right"):
            return self._select(state, phrase_step(nav, cursor, state.selection, 1 if key == "Ctrl+Right" else -1))
        if key in ("Ctrl+Up", "Ctrl+Down"):
            return self._select(state, sentence_step(nav, cursor, 1 if key == "Ctrl+Down" else -1))
        if key in ("Alt+Left", "Alt+Right"):
            step = 1 if key == "Alt+Right" else -1
            return self._select(state, candidate_step(nav, cursor, state.selection, self.entities, step))
        if key in ("F3", "Shift+F3"):
            if e <= s:
                tok = tokens.token_at(max(0, cursor))
                if tok is None:
                    return state
                s, e = tok[0], tok[1]
            span = nav.next_occurrence(self.text[s:e], s, self.entities, 1 if key == "F3" else -1)
            return state if span is None or span == (s, e) else self._select(state, span)
        if key in ("Tab", "Shift+Tab"):
            index, pos = self.entities, max(0, cursor)
            ent = index.next_after(pos, state.entity) if key == "Tab" else index.prev_before(pos, state.entity)
            if ent is None and self.new and len(index):
                ent = index.next_after(-1) if key == "Tab" else index.prev_before(len(self.text) + 1)
            if ent is None:
                return state
            return replace(state, cursor=ent.start, selection=(ent.start, ent.end), entity=ent.id)
        raise ValueError(key)

    def label(self, state: State, entity: Entity) -> State:
        """The label key: the selection becomes ``entity``, selected; the cursor stays."""
        self.entities.add(entity)
        return replace(state, selection=(entity.start, entity.end), entity=entity.id)

    def shortest(self, state: State, target: Span, limit: int = 400_000) -> list[str]:
        """The fewest keys from ``state`` after which a label key labels ``target``."""
        def done(st: State) -> bool:
            return st.selection == target and st.entity is None

        if done(state):
            return []
        seen = {state: None}
        queue: deque[tuple[State, tuple[str, ...]]] = deque([(state, ())])
        while queue:
            st, path = queue.popleft()
            for key in self.keys:
                nxt = self.press(st, key)
                if nxt in seen:
                    continue
                if done(nxt):
                    return [*path, key]
                seen[nxt] = None
                queue.append((nxt, (*path, key)))
            if len(seen) > limit:
                break
        raise RuntimeError(f"no key sequence selects {target} within {limit} states")


def annotate(text: str, gold: list[dict], *, new: bool, label_keys: dict[str, str]) -> list[tuple[dict, list[str]]]:
    """The scripted annotator on one document: each gold entity in document order, the shortest
    keys from where the previous one left the cursor, then its label key."""
    model = Keymap(text, EntityIndex(), new=new)
    state = model.start()
    out = []
    for n, g in enumerate(sorted(gold, key=lambda g: (g["start"], -g["end"]))):
        keys = model.shortest(state, (g["start"], g["end"]))
        for k in keys:
            state = model.press(state, k)
        state = model.label(state, Entity(f"T{n + 1}", g["start"], g["end"], g["label"], g["text"]))
        out.append((g, [*keys, label_keys[g["label"]]]))
    return out
