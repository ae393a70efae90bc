"""File menu: Open Recent, Import (progress, cancel, problems) and Export (format, status filter)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from annotator.core.model import Document, Status
from annotator.core.ops import SetStatus
from annotator.core.store import Project

from .conftest import open_window


def _project(path: Path, docs: dict[str, str]) -> Path:
    with Project.open(path, create=True) as p, p.bulk_import("test") as bulk:
        for doc_id, text in docs.items():
            bulk.add(Document(doc_id, text))
    return path


def test_recent_projects_menu_lists_and_reopens(qtbot, tmp_path):
    other = _project(tmp_path / "other.annotator", {"o1": "大阪の話"})
    gone = _project(tmp_path / "gone.annotator", {"g1": "消える"})
    with open_window(qtbot, tmp_path / "main.annotator", {"m1": "東京の話"}) as w:
        assert w.switch_project(gone)
        assert w.switch_project(other)
        assert w.switch_project(tmp_path / "main.annotator")
        gone.unlink()
        w.files.fill_recent_menu(w.recent_menu)
        entries = [a for a in w.recent_menu.actions() if a.data()]
        # most recent first; the open project and missing files are not offered
        assert [Path(a.data()).name for a in entries] == ["other.annotator"]
        assert entries[0].text() == "&1 other.annotator"
        entries[0].trigger()
        assert w.project.path.name == "other.annotator" and w.doc_id == "o1"
        w.files.fill_recent_menu(w.recent_menu)
        clear = next(a for a in w.recent_menu.actions() if a.objectName() == "clearRecent")
        clear.trigger()
        w.files.fill_recent_menu(w.recent_menu)
        assert not [a for a in w.recent_menu.actions() if a.data()]


def _jsonl(path: Path, n: int, start: int = 0) -> Path:
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": f"😀𠮷野家の文書{i}", "entities": [
        {"id": "T1", "start": 1, "end": 4, "label": "ORGANIZATION", "text": "𠮷野家"}]}, ensure_ascii=False) + "\n"
        for i in range(start, start + n)), encoding="utf-8")
    return path


def test_import_dialog_imports_with_progress_and_updates_the_window(qtbot, tmp_path):
    src = _jsonl(tmp_path / "new.jsonl", 300)
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "最初の文書"}) as w:
        qtbot.keyClick(w.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # File > Import
        dialog = w.import_dialog
        assert dialog.isVisible()
        dialog.set_files([src])
        values = []
        dialog.progress.valueChanged.connect(values.append)
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
        dialog.wait()
        assert dialog.progress.maximum() == 300 and values[-1] == 300
        assert "300" in dialog.message.text()
        assert len(w.documents.ids()) == 301
        assert w.project.entities("n7")[0].text == "𠮷野家"
        assert w.session.project_label_counts()["ORGANIZATION"] == 300  # the palette's count follows


def test_import_problems_are_listed_and_nothing_changes(qtbot, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "abc"}\n{"id": "y", "text": "abc", "entities": '
                   '[{"start": 2, "end": 9, "label": "X"}]}\nnot json\n', encoding="utf-8")
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "文書"}) as w:
        dialog = w.open_import([bad])
        dialog.start_import()
        qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
        lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
        assert dialog.problems.isVisible()
        assert any(line.startswith(f"{bad}:2:") and "outside the text" in line for line in lines), lines
        assert any(line.startswith(f"{bad}:3:") for line in lines), lines
        assert "unchanged" in dialog.message.text()
        assert w.project.document_ids() == ["a"]
        dialog._copy_problems()
        assert QApplication.clipboard().text().splitlines() == lines


def test_cancel_rolls_the_import_back(qtbot, tmp_path):
    src = _jsonl(tmp_path / "big.jsonl", 3000)
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "文書"}) as w:
        dialog = w.open_import([src])
        dialog.start_import()
        assert dialog.running() and not dialog.start.isEnabled()
        dialog.cancel_import()  # as the Cancel button does, before the worker reaches its end
        qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
        if "cancelled" in dialog.message.text():
            assert w.project.document_ids() == ["a"]
            assert Project.open(w.project.path).document_ids() == ["a"]
        else:  # the machine was faster than the click: then everything went in, never a part
            assert len(w.project.document_ids()) == 3001


def test_cancel_from_the_first_progress_report_leaves_nothing(qtbot, tmp_path):
    src = _jsonl(tmp_path / "big.jsonl", 20000)
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "文書"}) as w:
        dialog = w.open_import([src])
        dialog.start_import()
        dialog._worker.progressed.connect(dialog.cancel_import)  # a method: queued to the GUI thread
        qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
        assert "cancelled" in dialog.message.text()
        assert w.project.document_ids() == ["a"]
        with Project.open(w.project.path) as again:
            assert again.document_ids() == ["a"]


def test_export_dialog_filters_by_status_and_format(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "😀東京の話。", "b": "大阪の話。"}) as w:
        w.project.apply(SetStatus("b", Status.NEW, Status.DONE))
        qtbot.keyClick(w.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # File > Export
        dialog = w.export_dialog
        out = tmp_path / "done.jsonl"
        dialog.output.setText(str(out))
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        dialog.start_export()
        qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in records] == ["b"]
        assert "1" in dialog.message.text()
        sentences = tmp_path / "sentences.jsonl"
        dialog.output.setText(str(sentences))
        dialog.format.setCurrentIndex(1)
        assert not dialog.tokens.isEnabled()
        dialog.status.setCurrentIndex(0)
        dialog.start_export()
        qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
        rows = [json.loads(line) for line in sentences.read_text(encoding="utf-8").splitlines()]
        # "no claim" only where a person looked: b is done, a (new) is left out
        assert {r["doc_id"] for r in rows} == {"b"} and all(r["label"] == "no claim" for r in rows)
        # the project file itself is refused, not overwritten
        dialog.output.setText(str(w.project.path))
        dialog.start_export()
        assert not dialog.running() and "project file" in dialog.message.text()


def test_document_list_follows_an_edit_without_a_full_refresh(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "東京の話", "b": "大阪の話"}) as w:
        qtbot.keyClick(w.view, Qt.Key.Key_2)  # label the morpheme under the cursor
        qtbot.waitUntil(lambda: "(1)" in w.documents.row_text("a"))
        assert w.documents.row_text("a").startswith("◐")  # now in progress


def test_dropping_files_on_the_window(qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    src = _jsonl(tmp_path / "dropped.jsonl", 3)
    other = _project(tmp_path / "other.annotator", {"o1": "大阪"})

    def drop(w, paths):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        w.dropEvent(event)
        return event

    with open_window(qtbot, tmp_path / "p.annotator", {"a": "文書"}) as w:
        assert w.acceptDrops()
        assert not drop(w, [tmp_path / "picture.png"]).isAccepted()
        drop(w, [src])
        assert w.import_dialog.files == [src]
        w.import_dialog.reject()
        drop(w, [other])
        assert w.project.path == other


def test_export_dialog_offers_the_folder_used_last(qtbot, tmp_path):
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "東京"}) as w:
        dialog = w.open_export()
        assert Path(dialog.output.text()) == tmp_path / "p.jsonl"
        dialog.output.setText(str(out_dir / "mine.jsonl"))
        dialog.start_export()
        qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
        dialog.reject()
        again = w.open_export()
        assert Path(again.output.text()) == out_dir / "p.jsonl"
        again.reject()


def test_export_refusal_is_shown_and_writes_nothing(qtbot, tmp_path):
    import sqlite3

    with open_window(qtbot, tmp_path / "p.annotator", {"a": "東京の話"}) as w:
        qtbot.keyClick(w.view, Qt.Key.Key_3)  # LOCATION on 東京
        con = sqlite3.connect(w.project.path)  # a span edited by hand, no longer text[start:end]
        con.execute("UPDATE entities SET text = '大阪'")
        con.commit()
        con.close()
        dialog = w.open_export()
        out = tmp_path / "out.jsonl"
        dialog.output.setText(str(out))
        dialog.start_export()
        qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
        assert dialog.message.text().startswith("Nothing was written: ")
        assert "大阪" in dialog.message.text() and not out.exists()


def test_import_problems_in_japanese_when_the_window_is(qtbot, qapp, tmp_path):
    """The core's messages are translated too; the command line stays English."""
    import subprocess
    import sys

    from annotator.ui import i18n

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "y", "text": "abc", "entities": [{"id": "T1", "start": 2, "end": 9, "label": "X"}]}\n'
                   "not json\n", encoding="utf-8")
    assert i18n.install(qapp, "ja") == "ja"
    try:
        with open_window(qtbot, tmp_path / "p.annotator", {"a": "文書"}) as w:
            dialog = w.open_import([bad])
            dialog.start_import()
            qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
            lines = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
            assert f"{bad}:1: 固有表現 T1:範囲 2–9 が空か、テキスト(長さ 3)の外にあります" in lines, lines
            assert f"{bad}:1: 固有表現 T1:'text' がありません" in lines, lines
            assert any(line.startswith(f"{bad}:2: 1 桁目で JSON が正しくありません") for line in lines), lines
    finally:
        i18n.install(qapp, "en")
    res = subprocess.run([sys.executable, "-m", "annotator", "validate", str(bad)], capture_output=True, text=True)
    assert f"{bad}:1: entity T1: span 2–9 is empty or outside the text (length 3)" in res.stdout


def test_the_import_dialog_reads_an_aozora_text_with_its_ruby(qtbot, tmp_path):
    src = tmp_path / "neko.txt"
    src.write_text("吾輩《わがはい》は猫である。｜名前《なまえ》はまだ無い。［＃改ページ］\n", encoding="utf-8")
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "最初の文書"}) as w:
        qtbot.keyClick(w.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        dialog = w.import_dialog
        dialog.set_files([src])
        dialog.format.setCurrentIndex(dialog.format.findData("aozora"))
        assert "Aozora" in dialog.format.currentText()
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
        dialog.wait()
        doc = w.project.document("neko")
        assert doc.text.rstrip("\n") == "吾輩は猫である。名前はまだ無い。"
        assert doc.meta["ruby"] == [[0, 2, "わがはい"], [8, 10, "なまえ"]]
