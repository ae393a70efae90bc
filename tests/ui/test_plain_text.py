"""No user text is rendered as rich text (issue 9, item 4).

Every string that came from a file, a path, a label, a document, an id, a problem message or
the user is given HTML (``<b>``, ``<img src="/dev/zero">``, ``<a href>``, ``&amp;``), the
window-title placeholder ``[*]``, a mnemonic ``&`` and control characters, and every dialog,
message box, dock, list and tool tip that shows it must show exactly that string: a QLabel's
``text()`` is the raw string and its ``textFormat()`` is PlainText, a message box's too, a tool
tip reads back as the raw string, pyqtgraph paints the raw string.

A label named ``<img src="/dev/zero">`` made the window read /dev/zero until memory ran out;
so that a regression fails here instead of exhausting the machine, the tests run with the
address space capped (``memory_cap``).
"""

from __future__ import annotations

import ast
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QToolTip, QWidget

from annotator.console import printable
from annotator.core.claims import DEFAULT_SCHEMA, Attribute, ClaimSchema, with_data
from annotator.core.editing import new_claim
from annotator.core.model import Document, Label
from annotator.core.ops import AddClaim, AddEntity, AddLabel, SetClaimSchema
from annotator.core.store import Project
from annotator.ui.document_model import shown_id

IMG = '<img src="/dev/zero">'
HTML = ("<b>x</b>", IMG, '<a href="https://example.org/">a</a>', "&amp;&lt;", "[*]", "&x")
#: In data the core keeps (ids, texts, notes): tab and bidirectional controls; the C0/C1
#: controls are refused on import, so they are tried where no input policy applies (paths,
#: exception messages, what the user types).
KEPT = "\t\u202e\u200b"
CONTROL = "\x1b[31m\x07\x7f\x9b\x1b]0;title\x07"
#: Label names (one line, at most 100 characters, no control characters).
LABELS = (IMG, "<b>人名</b>", '<a href="https://example.org/">地名</a>', "&amp;組織", "[*]&x", "<i>\u202e製品</i>")


TOOLTIP = "<p style='white-space:pre-wrap'>"  # how tooltip_text begins


def text_of(tip: str) -> str:
    """What a tool tip shows: Qt's rendering of it, read back as plain text."""
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def assert_plain(label: QLabel, text: str | None = None) -> None:
    assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), label.text())
    if text is not None:
        assert label.text() == text


@pytest.fixture
def memory_cap():
    """Cap the address space a few GiB above what the process uses: reading /dev/zero into
    memory then fails fast (a test failure) instead of taking the machine's memory."""
    try:
        import resource
    except ImportError:  # not on this system: the tests run uncapped
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    try:
        with open("/proc/self/statm") as fh:
            used = int(fh.read().split()[0]) * resource.getpagesize()
    except OSError:
        yield
        return
    cap = used + 4 * 2**30
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


@pytest.fixture
def folder(tmp_path) -> Path:
    """A folder whose path holds HTML, control characters and a title placeholder."""
    f = tmp_path / '<img src="' / "dev" / f'zero">&amp;<b>b</b>[*]&{CONTROL}'
    f.mkdir(parents=True)
    return f


@pytest.fixture
def window(qtbot, folder, memory_cap):
    from annotator.ui.main_window import MainWindow

    project = Project.open(folder / "p<b>&amp;[*].annotator", create=True)
    with project.bulk_import("test") as bulk:
        bulk.add(Document("a", "最初の文書です。"))
    w = MainWindow(project)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: not w.view.tokens_held, timeout=5000)
    yield w
    from annotator.ui import workers

    workers.stop_jobs(timeout_ms=20000)
    w.close()
    w.project.close()


def _records(n_bad: int = 1) -> list[str]:
    lines = []
    for i, label in enumerate(LABELS):
        doc_id = f"{HTML[i % len(HTML)]}{KEPT}{i}"
        text = f"東京{IMG}の<b>話</b>&amp;です。"
        lines.append(json.dumps({"id": doc_id, "text": text, "entities": [
            {"id": "T1", "start": 0, "end": 2, "label": label, "text": "東京"},
            {"id": "T2", "start": 2, "end": 2 + len(IMG), "label": label, "text": IMG}]}, ensure_ascii=False))
    for k in range(n_bad):  # problems that quote the id and the label
        lines.append(json.dumps({"id": f"{IMG}bad{k}", "text": "abc", "entities": [
            {"id": "T1", "start": 2, "end": 9, "label": "<b>x</b>", "text": "c"}]}, ensure_ascii=False))
    return lines


def _import(qtbot, w, src: Path, *, skip_invalid: bool):
    dialog = w.open_import([src])
    assert_plain(dialog.message)  # before anything is shown in it (a failure here, not an abort later)
    dialog.skip_invalid.setChecked(skip_invalid)
    reports = []
    dialog.imported.connect(reports.append)
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30000)
    return dialog, (reports[0] if reports else None)


def _shown_windows() -> list[QWidget]:
    """The windows on screen: the main window, its dialogs and docks, a tool tip (not the hidden
    windows libraries keep, such as pyqtgraph's unused plot menu, made of its own fixed text)."""
    return [t for t in QApplication.topLevelWidgets() if t.isVisible()]


def _every_label_is_plain(top: list[QWidget]) -> None:
    """Every label and message box in (and under) ``top`` shows plain text (but our legend)."""
    for widget in top:
        for label in [w for w in (widget, *widget.findChildren(QLabel)) if isinstance(w, QLabel)]:
            if label.objectName() == "qtooltip_label":  # Qt's tool tip: given escaped HTML only
                assert label.text().startswith(TOOLTIP) or "<" not in label.text(), label.text()
            elif label.text() and label.objectName() != "posLegend":  # the legend: our own markup
                assert_plain(label)
        for box in [w for w in (widget, *widget.findChildren(QMessageBox)) if isinstance(w, QMessageBox)]:
            assert box.textFormat() == Qt.TextFormat.PlainText


def test_an_imported_file_with_html_labels_ids_and_paths_is_shown_as_text(qtbot, window, folder):
    """The issue's case: a label named <img src="/dev/zero"> imported, then everything that shows it."""
    w = window
    src = folder / f"in<b>{IMG[:4]}&amp;{CONTROL}.jsonl"  # (no "/" in a file name: the folder has it)
    src.write_text("\n".join(_records()) + "\n", encoding="utf-8")
    dialog, report = _import(qtbot, w, src, skip_invalid=True)
    assert report is not None, dialog.message.text()
    # the import dialog: the file, the new label names, the rejects path, the problems
    assert dialog.file_list.item(0).text() == str(src)
    assert_plain(dialog.message)
    message = dialog.message.text()
    for name in LABELS:
        assert name in report.new_labels and name in message
    assert report.rejects_path is not None and str(report.rejects_path) in message
    assert str(folder) in str(report.rejects_path)
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert shown == [str(p) for p in report.problems] and any(IMG in line for line in shown)
    QApplication.processEvents()  # laid out and painted: no image is loaded from anywhere
    dialog.grab()
    dialog.reject()

    # the window: title, documents (with tool tips), palette, label menu, entities, find bar
    assert w.windowHandle().title() == f"{w.project.path.name} — annotator"
    ids = w.documents.ids()
    assert sum(1 for i in ids if KEPT in i) == len(LABELS)
    for doc_id in ids:  # a control or a bidi override in an id is shown escaped
        assert shown_id(doc_id) in w.documents.row_text(doc_id)
        assert text_of(w.documents.row_tooltip(doc_id)).startswith(shown_id(doc_id, limit=10_000))  # whole, escaped
    palette = [w.palette_panel.item(i) for i in range(w.palette_panel.count())]
    for name in LABELS:
        item = next(it for it in palette if it.data(Qt.ItemDataRole.UserRole) == name)
        assert name in item.text() and text_of(item.toolTip()) == name
        action = next(a for a in w.label_menu.actions() if a.objectName() == f"label_{name}")
        # shown with its "&", not as a shortcut; a control (a tab, a bidi override) shown escaped
        assert action.text() == printable(name).replace("\t", "\\t").replace("&", "&&")
        assert name in [w.find_bar.label.itemText(i) for i in range(w.find_bar.label.count())]
    doc_id = next(i for i in ids if i.startswith(HTML[0]))
    w.open_document(doc_id)
    qtbot.waitUntil(lambda: not w.view.tokens_held, timeout=5000)
    model = w.entity_panel.model_
    assert {model.data(model.index(r, 0)) for r in range(model.rowCount())} == {LABELS[0]}
    assert IMG in {model.data(model.index(r, 1)) for r in range(model.rowCount())}
    assert_plain(w.doc_info)
    assert w.doc_info.text().startswith(shown_id(doc_id))  # one line, escaped

    # hovering the entity: the tool tip shows its label and text as they are
    qtbot.waitUntil(lambda: w.view.tokens is not None and w.view.tokens.token_at(3) is not None, timeout=5000)
    point = w.view.char_rect(3).center()
    move = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(point), w.view.viewport().mapToGlobal(point),
                       Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    w.view.mouseMoveEvent(move)
    assert QToolTip.isVisible()
    assert f"{LABELS[0]}: {IMG}" in text_of(QToolTip.text()).splitlines()
    _every_label_is_plain(_shown_windows())  # the tool tip's label too
    assert_plain(w.inspector)
    QToolTip.hideText()

    # the statistics dock: the label names are painted as they are
    w.stats_dock.setFloating(True)
    w.stats_dock.show()
    w.stats_dock.resize(4000, 400)
    qtbot.waitUntil(lambda: bool(w.stats.last_refresh), timeout=10000)
    for name in LABELS:
        assert name in w.stats.last_refresh["labels"]
    axis = w.stats.labels_plot.getAxis("bottom")
    qtbot.waitUntil(lambda: axis.width() > 2000, timeout=10000)  # room for every name: none is skipped
    drawn = _painted_texts(axis)
    assert set(LABELS) <= set(drawn), drawn
    left = w.stats.activity_plot.getAxis("left")
    assert left.label.toPlainText().strip() == w.stats.tr("operations (cumulative)")
    w.stats_dock.grab()
    _every_label_is_plain(_shown_windows())


def _painted_texts(axis) -> list[str]:
    """The strings pyqtgraph's axis paints (it calls ``drawText`` from Python: recorded here)."""
    texts: list[str] = []

    class Recorder(QPainter):
        def drawText(self, *args):
            texts.append(args[-1])
            return super().drawText(*args)

    image = QImage(max(1, int(axis.width())), max(1, int(axis.height())), QImage.Format.Format_ARGB32)
    painter = Recorder(image)
    try:
        axis.drawPicture(painter, *axis.generateDrawSpecs(painter))
    finally:
        painter.end()
    return texts


def test_export_messages_show_paths_and_problems_as_text(qtbot, window, folder):
    w = window
    dialog = w.open_export()
    assert_plain(dialog.message)
    out = folder / f"out<b>x&amp;<br>{CONTROL}[*].jsonl"
    dialog.output.setText(str(out))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
    assert dialog.message.text() == dialog.tr("Wrote %1 records to %2.").replace("%1", "1").replace("%2", str(out))
    assert out.is_file()
    # refused before anything is written: a folder, the project itself
    target = folder / f"<b>sub<br>{CONTROL}"
    target.mkdir()
    dialog.output.setText(str(target))
    dialog.start_export()
    assert not dialog.running() and str(target) in dialog.message.text()
    assert_plain(dialog.message)
    # refused by the writer: an entity whose text no longer matches, quoted in the message
    w.project.apply(AddEntity("a", w.project.new_entity("a", 0, 2, w.project.labels()[0].name)))
    con = sqlite3.connect(w.project.path)
    con.execute("UPDATE entities SET text = ?", (IMG,))
    con.commit()
    con.close()
    dialog.output.setText(str(folder / "second.jsonl"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=20000)
    assert dialog.message.text().startswith(dialog.tr("Nothing was written: ")), dialog.message.text()
    assert IMG in dialog.message.text()
    dialog.grab()
    assert_plain(dialog.message)
    dialog.reject()


def test_message_boxes_show_their_text_as_text(qtbot, window, folder, monkeypatch, tmp_path):
    from annotator.ui import crash
    from annotator.ui.app import startup_error_box

    w = window
    # File > Open of something that is not a project: the warning names the path
    bad = folder / f"not<b>a<br>project{CONTROL}.annotator"
    bad.write_text("<b>hello</b>", encoding="utf-8")
    assert not w.switch_project(bad)
    boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and str(bad) in boxes[-1].text()
    assert boxes[-1].textFormat() == Qt.TextFormat.PlainText
    assert w.statusBar().currentMessage() == boxes[-1].text()  # painted as text by the status bar
    boxes[-1].grab()
    boxes[-1].close()
    # the crash dialog: the exception's message, the log path, the traceback
    logs = tmp_path / f"logs<b>{CONTROL}"
    monkeypatch.setenv("ANNOTATOR_LOG_DIR", str(logs))
    hostile = "".join(HTML) + CONTROL
    try:
        raise ValueError(hostile)
    except ValueError:
        box = crash.report(*sys.exc_info())
    assert box is not None
    try:
        assert box.text().endswith(f"ValueError: {hostile}")
        assert str(logs / "annotator.log") in box.informativeText()
        assert hostile in box.detailedText()
        box.grab()
        _every_label_is_plain([box])
        labels = {lb.objectName(): lb for lb in box.findChildren(QLabel)}
        assert labels["qt_msgbox_label"].text() == box.text()
        assert labels["qt_msgbox_informativelabel"].textFormat() == Qt.TextFormat.PlainText
    finally:
        box.close()
        qtbot.waitUntil(lambda: not crash._showing)
    # the start-up error box (a project that cannot be opened, before any window)
    text = f"{bad}: not an annotator project file {hostile}"
    start = startup_error_box(text)
    assert start.text() == text and start.textFormat() == Qt.TextFormat.PlainText
    start.show()
    start.grab()
    _every_label_is_plain([start])
    start.close()


def test_editors_panels_and_preferences_show_user_text_as_text(qtbot, window, monkeypatch):
    from annotator.ui.claim_schema_editor import ClaimSchemaEditor
    from annotator.ui.label_editor import COLOUR, DESCRIPTION, NAME, LabelEditor
    from annotator.ui.preferences import Preferences

    w = window
    for i, name in enumerate(LABELS[:3]):
        assert w.entities.apply_or_message(AddLabel(Label(name, "#123456", "", f"{HTML[i]}説明{KEPT}"))) is None
    # the label editor: names and descriptions in the table, a refusal quoting a name
    editor = LabelEditor(w.project.labels, w.entities.apply_or_message, w)
    editor.show()
    rows = {editor.table.item(r, NAME).text(): r for r in range(editor.table.rowCount())}
    assert set(LABELS[:3]) <= set(rows)
    row = rows[LABELS[0]]
    assert editor.table.item(row, DESCRIPTION).text() == f"{HTML[0]}説明{KEPT}"
    editor.table.item(row, NAME).setText(LABELS[1])  # a name already taken: refused, said
    assert editor.message.text() and LABELS[1] in editor.message.text()
    assert_plain(editor.message)
    titles = []
    monkeypatch.setattr("annotator.ui.label_editor.QColorDialog.getColor",
                        lambda colour, parent, title: titles.append(title) or colour.__class__())
    editor._double_clicked(rows[LABELS[0]], COLOUR)
    assert titles == [editor.tr("Colour of %1").replace("%1", LABELS[0]).replace("[*]", "[*][*]")]
    editor.grab()
    _every_label_is_plain([editor])
    editor.close()

    # the claim schema: an attribute and its values named with HTML
    attr = Attribute("<b>属性</b>&x", (IMG, "<i>値</i>[*]"), ("", ""))
    schema = ClaimSchema((*DEFAULT_SCHEMA.attributes, attr), (*DEFAULT_SCHEMA.roles, "<u>役割</u>"))
    assert schema.check() is None
    assert w.entities.apply_or_message(SetClaimSchema(w.project.claim_schema().to_json(), schema.to_json())) is None
    schema_editor = ClaimSchemaEditor(w.project.claim_schema, w.entities.apply_or_message, w)
    schema_editor.show()
    cells = {schema_editor.table.item(r, c).text() for r in range(schema_editor.table.rowCount()) for c in (0, 1)}
    assert {attr.name, IMG, "<i>値</i>[*]"} <= cells
    assert "<u>役割</u>" in schema_editor.roles.text()
    schema_editor.grab()
    _every_label_is_plain([schema_editor])
    schema_editor.close()
    panel = w.claims_ctl.panel
    row_labels = [lb for lb in panel.findChildren(QLabel) if lb.text() == attr.name]
    assert row_labels and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in row_labels)
    combo = panel.fields[attr.name]
    assert IMG in [combo.itemText(i) for i in range(combo.count())]

    # a claim whose note, source, cue and text hold HTML
    claim = new_claim(w.project, "a", 0, 5)
    claim = with_data(claim, note=f"{IMG}{KEPT}", claimant={"kind": "source", "text": "<b>誰か</b>"},
                      cue={"start": 0, "end": 2, "text": "最初"})
    assert w.session.apply(AddClaim("a", claim))
    w.view.select_claim(claim.id)  # the editor follows the view's selection
    assert panel.note.text() == f"{IMG}{KEPT}" and panel.source.text() == "<b>誰か</b>"
    assert_plain(panel.cue)
    assert any(claim.text[:40] in panel.row_text(i) for i in range(panel.count()))
    w.claims_dock.show()
    w.claims_dock.raise_()
    w.claims_dock.grab()

    # the preferences: the annotator's name as typed
    from annotator import settings as user_settings

    prefs = user_settings.Settings(annotator_name="<b>名前</b>&amp;")
    dialog = Preferences(prefs, "", w)
    dialog.show()
    assert dialog.annotator.text() == "<b>名前</b>&amp;"
    dialog.grab()
    _every_label_is_plain([dialog])
    dialog.close()
    # the find bar: the count follows a needle that looks like HTML
    w.open_find()
    w.find_bar.input.setText("<b>")
    assert_plain(w.find_bar.count)
    _every_label_is_plain(_shown_windows())


def test_recent_projects_menu_shows_names_with_ampersands_and_html(qtbot, window, folder):
    w = window
    other = folder / "R&D <b>x&amp;.annotator"
    Project.open(other, create=True).close()
    assert w.switch_project(other)
    assert w.switch_project(folder / "p<b>&amp;[*].annotator")
    w.files.fill_recent_menu(w.recent_menu)
    entry = next(a for a in w.recent_menu.actions() if a.data())
    assert entry.text() == "&1 R&&D <b>x&&amp;.annotator"
    assert text_of(entry.toolTip()) == str(other.resolve())


@pytest.mark.parametrize("text", [*HTML, CONTROL, KEPT, "a\nb  c", "".join(HTML) + CONTROL])
def test_tooltip_text_reads_back_as_the_text(qapp, text):
    from annotator.ui.plain import fill, tooltip_text, window_title

    assert text_of(tooltip_text(text)) == text.replace("\u2028", "\n")
    assert fill("%1 and %2", text + "%2", "two") == f"{text}%2 and two"
    assert window_title(text).replace("[*][*]", "[*]") == text


UI = Path(__file__).resolve().parents[2] / "annotator" / "ui"


def test_no_widget_that_guesses_rich_text_is_made_outside_the_helpers():
    """QLabel, QMessageBox and QInputDialog are made in annotator/ui/plain.py only; every tool
    tip goes through ``tooltip_text`` (or is our own translated text); no ``QFormLayout.addRow``
    with a string (it makes an AutoText label): ``form_row``."""
    problems = []
    for path in sorted(UI.glob("*.py")):
        if path.name == "plain.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
            where = f"{path.name}:{node.lineno}"
            if name in ("QLabel", "QMessageBox", "QInputDialog") or owner in ("QMessageBox", "QInputDialog"):
                problems.append(f"{where}: {owner + '.' if owner else ''}{name}: use annotator/ui/plain.py")
            elif name == "addRow" and len(node.args) > 1:
                problems.append(f"{where}: addRow: use plain.form_row")
            elif name in ("setToolTip", "showText"):
                arg = node.args[-1] if name == "setToolTip" else node.args[1]
                inner = arg.func if isinstance(arg, ast.Call) else None
                called = inner.id if isinstance(inner, ast.Name) else inner.attr if isinstance(inner, ast.Attribute) \
                    else ""
                if called not in ("tooltip_text", "tr", "translate"):
                    problems.append(f"{where}: {name} without tooltip_text")
    assert not problems, "\n".join(problems)


def test_status_bar_messages_are_painted_as_text(qtbot, window):
    """``QStatusBar`` paints its message with drawText: plain, whatever it holds."""
    w = window
    text = "".join(HTML) + CONTROL
    w.statusBar().showMessage(text)
    assert w.statusBar().currentMessage() == text
    w.statusBar().grab()
