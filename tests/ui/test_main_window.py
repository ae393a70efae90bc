"""The window that opens a project; the real entry point, offscreen, settings in a temp folder."""

from __future__ import annotations

import os
import subprocess

from annotator.core.model import Document, Entity
from annotator.core.store import Project
from tests.conftest import SEED, annotator_cmd

TEXT = "𠮷野家😀の孫正義\r\nはソフトバンク"


def make_project(path):
    p = Project.open(path, create=True)
    with p.bulk_import("test") as bulk:
        s = TEXT.index("孫正義")
        k = TEXT.index("ソフトバンク")
        bulk.add(Document("a", TEXT, entities=[Entity("T1", s, s + 3, "PERSON", "孫正義"),
                                               Entity("T2", k, k + 6, "ORGANIZATION", "ソフトバンク")]))
        bulk.add(Document("b", "二つ目の文書"))
    return p


def test_window_shows_documents_and_exact_entity_spans(qtbot, tmp_path):
    from annotator.ui.main_window import MainWindow

    project = make_project(tmp_path / "w.annotator")
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.documents.ids() == ["a", "b"]
    assert window.view.text == TEXT
    # What is drawn for each entity (UTF-16 inside Qt) is exactly its code-point span.
    for e in window.index.all():
        para_index = window.doc_tokens.paragraph_of(e.start)
        para = window.view._para(para_index)
        base = window.doc_tokens.paragraphs[para_index].start
        s16, e16 = para.qt.span_to_qt(e.start - base, e.end - base)
        assert para.qt.display.encode("utf-16-le")[2 * s16 : 2 * e16].decode("utf-16-le") == e.text
    assert window.entity_panel.row_text(0) == "PERSON  孫正義  5–8"
    window.documents.list.setCurrentIndex(window.documents.proxy.index(1, 0))  # a click on the row
    assert window.view.text == "二つ目の文書"
    window.close()
    project.close()


def _run_gui(args, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_QUIT_AFTER_MS": "400",
           "ANNOTATOR_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    return subprocess.run([*annotator_cmd(), *args], env=env, capture_output=True, text=True, timeout=120)


def test_no_arguments_opens_the_demo_project_from_seeds(tmp_path):
    res = _run_gui([], tmp_path)
    assert res.returncode == 0, res.stderr
    demo = tmp_path / "data" / "demo.annotator"
    with Project.open(demo) as p:
        docs = list(p.iter_documents())
    assert [d.text for d in docs] == [SEED.read_text(encoding="utf-8")]
    assert _run_gui([], tmp_path).returncode == 0  # a second start reopens it


def test_gui_subcommand_opens_a_project_and_refuses_a_bad_one(tmp_path):
    make_project(tmp_path / "x.annotator").close()
    assert _run_gui(["gui", str(tmp_path / "x.annotator")], tmp_path).returncode == 0
    bad = tmp_path / "bad.annotator"
    bad.write_text("not a project")
    res = _run_gui(["gui", str(bad)], tmp_path)
    assert res.returncode == 1 and "not an annotator project" in res.stderr and "Traceback" not in res.stderr


def test_no_display_is_a_message_not_a_crash(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["ANNOTATOR_DATA_DIR"] = str(tmp_path / "data")
    res = subprocess.run([*annotator_cmd()], env=env, capture_output=True, text=True, timeout=60)
    assert res.returncode == 1 and "no display" in res.stderr and "Traceback" not in res.stderr


def test_first_frame_is_painted_before_any_morphology(qtbot, tmp_path):
    """A cold start should not wait for the dictionary: text first, morphemes one loop turn later.

    What each painted frame saw is recorded as it is painted (whether the first paragraph was
    tokenized then), so the test reads what happened instead of waiting for "one more frame",
    which may already have been painted on a fast machine or come late on a busy one."""
    from annotator.core.model import Document
    from annotator.core.store import Project
    from annotator.ui.main_window import MainWindow

    with Project.open(tmp_path / "p.annotator", create=True) as project:
        with project.bulk_import("test") as bulk:
            bulk.add(Document("a", "𠮷野家で牛丼を食べた。\n東京に行く。"))
        w = MainWindow(project)
        qtbot.addWidget(w)
        assert w.view.tokens_held and not w.doc_tokens.is_tokenized(0) and w.view.cursor_pos == -1
        seen: list[tuple[bool, tuple[int, int] | None]] = []  # per painted frame: tokenized?, selection
        background = w.view.background
        painted = background.painted

        def record() -> None:  # the text view calls this at the end of each paintEvent
            seen.append((w.doc_tokens.is_tokenized(0), w.view.selection))
            painted()

        background.painted = record
        w.show()
        qtbot.waitUntil(lambda: bool(seen))
        assert seen[0][0] is False, "the first frame waited for the morphology"
        qtbot.waitUntil(lambda: not w.view.tokens_held)
        assert w.doc_tokens.is_tokenized(0)
        first = w.doc_tokens.first_token()
        assert w.view.selection == (first[0], first[1]) == (0, 1)  # the cursor on the first morpheme: 𠮷
        # and a frame is painted with the morphology (overlays, cursor) after the release
        qtbot.waitUntil(lambda: any(tokenized and sel == (0, 1) for tokenized, sel in seen))
        w.close()


def test_a_broken_remembered_project_falls_back_to_the_demo(tmp_path):
    """Started from a desktop icon nobody reads stderr: the window opens and says what happened."""
    bad = tmp_path / "bad.annotator"
    bad.write_bytes(b"\x00garbage, not SQLite" * 50)
    conf = tmp_path / "config" / "annotator" / "annotator.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text(f"[General]\nlastProject={bad}\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANNOTATOR_QUIT_AFTER_PAINT": "1",
           "ANNOTATOR_DATA_DIR": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    res = subprocess.run(annotator_cmd(), env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert f"{bad}: not an annotator project" in res.stderr and "opening the demo project instead" in res.stderr
    assert "first frame painted: demo.annotator" in res.stderr
    assert bad.read_bytes().startswith(b"\x00garbage")  # left as it was
    # a broken demo project is set aside (never deleted) and made again
    demo = tmp_path / "data" / "demo.annotator"
    demo.write_bytes(b"broken")
    conf.write_text(f"[General]\nlastProject={demo}\n", encoding="utf-8")
    res = subprocess.run(annotator_cmd(), env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    kept = list(demo.parent.glob("demo.annotator.broken-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"broken"
    assert "first frame painted: demo.annotator" in res.stderr
