"""The import and export dialogs list the registry's formats (issue 12, item 4); an export
that a format cannot fully hold says how much it left out and where it is listed."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from annotator.core import formats
from annotator.core.ops import AddEntity

from .conftest import open_window


def test_the_dialogs_list_every_format_of_the_registry(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "東京の話"}) as w:
        qtbot.keyClick(w.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        dialog = w.import_dialog
        assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == [
            None, *(f.name for f in formats.readable())]
        dialog.reject()
        export = w.open_export()
        assert [export.format.itemData(i) for i in range(export.format.count())] == [
            f.name for f in formats.writable()]
        export.reject()


def test_a_conll_export_names_what_it_could_not_hold(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "東京都庁の𠮷田さん"}) as w:
        labels = [lb.name for lb in w.project.labels()]
        w.project.apply(AddEntity("a", w.project.new_entity("a", 0, 4, labels[1])))  # 東京都庁
        w.project.apply(AddEntity("a", w.project.new_entity("a", 0, 2, labels[2])))  # 東京, nested
        dialog = w.open_export()
        dialog.format.setCurrentIndex(dialog.format.findData("conll"))
        assert dialog.output.text().endswith(".conll") and not dialog.tokens.isEnabled()
        scheme = dialog.options.findChild(type(dialog.format), "exportOption-scheme")
        assert scheme is not None and dialog.options.isEnabled()
        scheme.setCurrentIndex(scheme.findData("bilou"))
        out = tmp_path / "out.conll"
        dialog.output.setText(str(out))
        dialog.start_export()
        qtbot.waitUntil(lambda: not dialog.running(), timeout=30000)
        lost = tmp_path / "out.conll.lost.jsonl"
        assert str(lost) in dialog.message.text(), dialog.message.text()
        items = [json.loads(line) for line in lost.read_text(encoding="utf-8").splitlines()]
        assert [(i["doc"], i["start"], i["end"]) for i in items] == [("a", 0, 2)]
        assert "U-" in out.read_text(encoding="utf-8") or "B-" in out.read_text(encoding="utf-8")


def test_the_import_dialog_reads_a_doccano_file_in_the_offsets_chosen(qtbot, tmp_path):
    src = tmp_path / "py.jsonl"  # written by a Python script: code points, not doccano's UTF-16
    src.write_text(json.dumps({"text": "𠮷野家😀の東京店", "label": [[5, 7, "LOC"]]}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "最初"}) as w:
        qtbot.keyClick(w.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        dialog = w.import_dialog
        assert not dialog.options.isEnabled()
        dialog.set_files([src])
        dialog.format.setCurrentIndex(dialog.format.findData("doccano"))
        assert dialog.options.isEnabled() and dialog.options.currentData() == "utf16"
        dialog.options.setCurrentIndex(dialog.options.findData("codepoints"))
        with qtbot.waitSignal(dialog.imported, timeout=20000):
            qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
        dialog.wait()
        (doc_id,) = [d for d in w.project.document_ids() if d != "a"]
        (e,) = w.project.document(doc_id).entities
        assert (e.start, e.end, e.text) == (5, 7, "東京")
