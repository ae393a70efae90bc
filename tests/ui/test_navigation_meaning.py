"""Navigation by meaning, with real key presses on the text view: phrases, sentences, entity
candidates, the next unlabelled occurrence, suggestions, growing and shrinking the selection,
and Tab wrapping around at the last entity."""

from __future__ import annotations

from PySide6.QtCore import Qt

from annotator.core.recommend.settings import RecommenderSettings

from .conftest import open_window
from .test_trial_fixes_controllers import TEXT as CLAIMS_TEXT
from .test_trial_fixes_controllers import key

CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)
K = Qt.Key
TEXT = ("𠮷野家😀の\u3000ソフトバンクの孫正義会長は東京都内で2023年4月1日に述べた。"
        "MicrosoftはOpenAIに投資し、MicrosoftとOpenAIは提携した。")


def selected(w) -> str:
    s, e = w.view.selection
    return w.view.text[s:e]


def entities(w) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in sorted(w.session.doc.index.all(), key=lambda e: e.start)]


def test_ctrl_arrows_move_by_phrase_and_select_the_content_only(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"d": TEXT}) as w:
        assert selected(w) == "𠮷"  # the first morpheme, as the window opens
        key(w, K.Key_Right, CTRL)
        assert selected(w) == "𠮷野家"  # the phrase there, its content: not 😀 nor の
        key(w, K.Key_Right, CTRL)
        assert selected(w) == "ソフトバンク"  # after U+3000, without の
        key(w, K.Key_Right, CTRL)
        assert selected(w) == "孫正義会長"  # the compound, without は
        key(w, K.Key_Right, CTRL)
        assert selected(w) == "東京都内"
        key(w, K.Key_2)  # a label digit right after labels the content
        assert entities(w) == [("東京都内", "ORGANIZATION")]
        key(w, K.Key_Left, CTRL)
        assert selected(w) == "孫正義会長" and w.view.selected_entity is None


def test_ctrl_shift_arrows_grow_and_shift_arrows_shrink_back(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"d": TEXT}) as w:
        for _ in range(3):  # the candidates 𠮷野家, ソフトバンク, 孫正義
            key(w, K.Key_Right, ALT)
        assert selected(w) == "孫正義"  # a run of proper nouns, not 会長
        key(w, K.Key_Right, CTRL | SHIFT)  # to the end of the compound
        assert selected(w) == "孫正義会長"
        key(w, K.Key_Right, CTRL | SHIFT)  # and the next phrase
        assert selected(w) == "孫正義会長は東京都内"
        key(w, K.Key_Left, CTRL | SHIFT)  # back: shrinks
        assert selected(w) == "孫正義会長"
        key(w, K.Key_Left, SHIFT)  # a morpheme less
        assert selected(w) == "孫正義"
        key(w, K.Key_1)
        assert entities(w) == [("孫正義", "PERSON")]


def test_alt_arrows_step_through_unlabelled_candidates(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"d": TEXT}) as w:
        seen = []
        for _ in range(6):
            key(w, K.Key_Right, ALT)
            seen.append(selected(w))
        assert seen == ["𠮷野家", "ソフトバンク", "孫正義", "東京", "2023年4月1日", "Microsoft"]
        key(w, K.Key_Left, ALT)
        assert selected(w) == "2023年4月1日"
        key(w, K.Key_5)
        key(w, K.Key_Home)
        labelled = []
        for _ in range(4):
            key(w, K.Key_Right, ALT)
            labelled.append(selected(w))
        assert "2023年4月1日" not in labelled  # labelled now: skipped


def test_ctrl_down_and_up_move_by_sentence(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"d": TEXT}) as w:
        key(w, K.Key_Down, CTRL)
        assert selected(w) == "Microsoft" and w.view.selection[0] == TEXT.index("Microsoft")
        key(w, K.Key_Right, CTRL)
        key(w, K.Key_Up, CTRL)  # to the start of this sentence
        assert w.view.selection[0] == TEXT.index("Microsoft")
        key(w, K.Key_Up, CTRL)  # and the one before
        assert selected(w) == "𠮷野家"


def test_f3_selects_the_next_unlabelled_occurrence_of_the_selection(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"d": TEXT}) as w:
        first, second = TEXT.index("OpenAI"), TEXT.rindex("OpenAI")
        key(w, K.Key_Down, CTRL)
        key(w, K.Key_Right, CTRL)
        assert w.view.selection == (first, first + 6)
        key(w, K.Key_2)
        key(w, K.Key_F3)  # the labelled entity's text: the next one not labelled
        assert w.view.selection == (second, second + 6) and w.view.selected_entity is None
        key(w, K.Key_2)
        assert entities(w)[-2:] == [("OpenAI", "ORGANIZATION"), ("OpenAI", "ORGANIZATION")]
        key(w, K.Key_F3)  # none left: the selection stays
        assert w.view.selection == (second, second + 6)
        ms = TEXT.index("Microsoft")
        w.view.set_cursor(ms)
        w.view.set_selection(ms, ms + 9)
        key(w, K.Key_F3, SHIFT)  # backwards, wrapping around to the last one
        assert w.view.selection == (TEXT.rindex("Microsoft"), TEXT.rindex("Microsoft") + 9)


def test_tab_wraps_from_the_last_entity_to_the_first_and_back(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"d": TEXT}) as w:
        key(w, K.Key_Right, ALT)
        key(w, K.Key_Right, ALT)
        key(w, K.Key_2)  # ソフトバンク
        key(w, K.Key_Right, ALT)
        key(w, K.Key_1)  # 孫正義
        names = [w.session.doc.index.get(eid) for eid in [w.view.selected_entity]]
        assert names[0].text == "孫正義"
        key(w, K.Key_Tab)  # the last entity: around to the first
        assert w.session.doc.index.get(w.view.selected_entity).text == "ソフトバンク"
        key(w, K.Key_Tab, SHIFT)  # the first: around to the last
        assert w.session.doc.index.get(w.view.selected_entity).text == "孫正義"
        key(w, K.Key_Tab, SHIFT)
        assert w.session.doc.index.get(w.view.selected_entity).text == "ソフトバンク"


def test_brackets_step_through_the_suggestions(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"d": CLAIMS_TEXT}) as w:
        # ] and [ step through suggested entities too: the numeric rules' (dates) off here
        w.session.set_recommender_settings(RecommenderSettings(enabled={"numeric": False}))
        w.suggestions_action.setChecked(True)
        qtbot.waitUntil(lambda: len(w.view.suggestions) >= 2)
        order = sorted(range(len(w.view.suggestions)), key=lambda k: w.view.suggestions[k].start)
        key(w, K.Key_BracketRight)
        assert w.view.cursor_pos == 0 and w.view.selected_suggestion == order[0]  # the first at the cursor
        picked = w.view.selected_suggestion
        key(w, K.Key_BracketRight)
        assert w.view.selected_suggestion == order[(order.index(picked) + 1) % len(order)]
        key(w, K.Key_BracketLeft)
        assert w.view.selected_suggestion == picked
        sg = w.view.suggestions[picked]
        assert w.view.selection == (sg.start, sg.end)


def _press(w, name: str) -> None:
    """A key of the benchmark's model ("Ctrl+Shift+Right") pressed for real on the text view."""
    *mods, last = name.split("+")
    flags = Qt.KeyboardModifier.NoModifier
    for m in mods:
        flags |= {"Ctrl": CTRL, "Shift": SHIFT, "Alt": ALT}[m]
    key(w, getattr(K, f"Key_{last}"), flags)


def test_the_benchmark_key_sequences_give_the_gold_entities_in_the_window(qtbot, tmp_path):
    """The keys-per-entity model, replayed: after every key the window's cursor, selection and
    selected entity are the model's, and the entities labelled are exactly the gold ones."""
    from annotator.core.entity_index import EntityIndex
    from annotator.core.model import LABEL_SETS, Entity
    from tests.benchmarks.keys_model import Keymap
    from tests.benchmarks.test_bench_keys_per_entity import GOLD, documents

    label_keys = {lb.name: lb.key for lb in LABEL_SETS["irex"]}
    picked = {2, 7, 16, 17}  # 孫正義 and ソフトバンク; OpenAI API and Azure; the money and dates; the author
    docs = {f"line{d['line']:02d}": (text, gold) for d, (text, gold) in zip(GOLD["documents"], documents(),
                                                                          strict=True) if d["line"] in picked}
    with open_window(qtbot, tmp_path / "p.annotator", {k: v[0] for k, v in docs.items()}) as w:
        for doc_id, (text, gold) in docs.items():
            w.open_document(doc_id)
            model = Keymap(text, EntityIndex(), new=True)
            state = model.start()

            def same(st, w=w, model=model) -> bool:
                entity = w.session.doc.index.get(w.view.selected_entity) if w.view.selected_entity else None
                mine = model.entities.get(st.entity) if st.entity else None
                return (w.view.cursor_pos, w.view.selection) == (st.cursor, st.selection) and (
                    (entity.start, entity.end) if entity else None) == ((mine.start, mine.end) if mine else None)

            assert same(state)
            for n, g in enumerate(sorted(gold, key=lambda g: (g["start"], -g["end"]))):
                for name in model.shortest(state, (g["start"], g["end"])):
                    state = model.press(state, name)
                    _press(w, name)
                    assert same(state), (doc_id, g["text"], name)
                key(w, getattr(K, f"Key_{label_keys[g['label']]}"))
                state = model.label(state, Entity(f"T{n + 1}", g["start"], g["end"], g["label"], g["text"]))
                assert same(state), (doc_id, g["text"], "label")
            got = sorted((e.start, e.end, e.label) for e in w.session.doc.index.all())
            assert got == sorted((g["start"], g["end"], g["label"]) for g in gold)
