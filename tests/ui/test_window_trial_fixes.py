"""What a hostile trial of the window under Xvfb found, each checked as a user meets it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from annotator.core.model import Label
from annotator.core.ops import AddLabel
from tests.conftest import annotator_cmd

from .conftest import open_window


def _jsonl(path: Path, n: int) -> Path:
    path.write_text("".join(f'{{"id": "n{i}", "text": "東京の話"}}\n' for i in range(n)), encoding="utf-8")
    return path


def test_the_import_dialog_locks_its_file_buttons_while_and_after_an_import(qtbot, tmp_path):
    src = _jsonl(tmp_path / "new.jsonl", 50)
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "最初の文書"}) as w:
        qtbot.keyClick(w.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        dialog = w.import_dialog
        dialog.set_files([src])
        with qtbot.waitSignal(dialog.imported):
            qtbot.mouseClick(dialog.start, Qt.MouseButton.LeftButton)
            assert not dialog.add_files.isEnabled() and not dialog.remove_files.isEnabled()
        qtbot.waitUntil(lambda: not dialog.running())
        # after a success the same files would only be refused as duplicates: nothing to press
        assert not dialog.start.isEnabled() and not dialog.add_files.isEnabled()
        dialog.set_files([src, tmp_path / "other.jsonl"])
        assert not dialog.start.isEnabled()
        dialog.reject()


def test_an_export_refusal_is_not_shown_under_the_last_exports_bar(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "東京の話"}) as w:
        dialog = w.open_export()
        dialog.output.setText(str(tmp_path / "out.jsonl"))
        dialog.start_export()
        qtbot.waitUntil(lambda: not dialog.running())
        assert dialog.progress.isVisible()
        dialog.output.setText(str(tmp_path))  # a folder
        dialog.start_export()
        assert not dialog.progress.isVisible() and not dialog.running()
        dialog.output.setText(str(tmp_path) + "/")  # a name ending in a slash: a folder too
        dialog.start_export()
        assert "folder" in dialog.message.text() and not dialog.running()
        dialog.reject()


def test_a_long_label_name_never_widens_the_window_past_the_screen(qtbot, tmp_path):
    with open_window(qtbot, tmp_path / "p.annotator", {"a": "東京の話"}) as w:
        assert w.entities.apply_or_message(AddLabel(Label("Ｗ" * 100, "#336699", "", ""))) is None
        qtbot.keyClick(w.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        combo: QComboBox = w.find_bar.label
        assert combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        # 100 wide characters are ~2,000 px; elided, the combo box stays a few hundred wide
        assert combo.sizeHint().width() < 400 and w.find_bar.minimumSizeHint().width() < 1280


def test_a_tab_or_a_control_in_a_recent_project_name_is_shown_escaped(qtbot, tmp_path):
    from annotator.ui.plain import menu_text

    assert menu_text("tab\there&x\x1b.annotator") == "tab\\there&&x\\x1b.annotator"


def test_an_unreachable_display_is_a_message_not_an_abort(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    number = next(n for n in range(4000, 5000) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    env.update(DISPLAY=f":{number}", ANNOTATOR_DATA_DIR=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    res = subprocess.run([*annotator_cmd(), "gui"], env=env, capture_output=True, text=True, timeout=120)
    assert res.returncode == 1, res.stderr
    assert f"no X server answers on DISPLAY=:{number}" in res.stderr and "Traceback" not in res.stderr
