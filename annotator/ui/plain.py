"""User text is shown as text: never as rich text, a mnemonic or a window-title placeholder.

Qt guesses. A ``QLabel`` (also the ones ``QFormLayout.addRow(str, ...)``, ``QInputDialog`` and
``QMessageBox`` make), a message box's text and a tool tip show a string that merely looks like
HTML (``Qt.mightBeRichText``) as HTML: a label named ``<img src="/dev/zero">`` in an imported
file made the window read /dev/zero until it ran out of memory. A button's or a menu
entry's ``&`` is taken for a shortcut, and a window title's ``[*]`` for the "modified" mark.

Every widget that shows a string that came from a file, a path, a label, a document, an id,
a problem message or the user is made here, so that a new one cannot forget:
``plain_label``, ``form_row``, ``plain_message_box`` / ``show_message``, ``tooltip_text``,
``menu_text`` and ``window_title``. Strings painted with ``QPainter.drawText``, list and table
items, combo box entries and status-bar messages are plain text already. ``our_rich_label``
is the one rich-text label, for markup the program writes itself (never user text).
(tests/ui/test_plain_text.py finds every label of the window and its dialogs and checks.)
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QInputDialog, QLabel, QLayout, QLineEdit, QMessageBox, QWidget

from annotator.console import printable

PLAIN = Qt.TextFormat.PlainText
_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """A translated template's ``%1``, ``%2``... replaced by ``values`` in one pass: a value that
    itself contains ``%2`` (a document id, a label name) is kept as it is, which chained
    ``str.replace`` calls would not do."""
    def value(match: re.Match[str]) -> str:
        i = int(match.group(1)) - 1
        return str(values[i]) if i < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def plain_label(text: str = "", parent: QWidget | None = None, *, name: str | None = None,
                wrap: bool = False, selectable: bool = False) -> QLabel:
    """A label that shows ``text`` exactly as it is (and everything set on it later)."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)  # before the text: an AutoText label parses it on setText
    label.setText(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def our_rich_label(markup: str, parent: QWidget | None = None) -> QLabel:
    """A rich-text label for markup the program writes itself: never put user text here."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(markup)
    return label


def form_row(form: QFormLayout, text: str, field: QWidget | QLayout) -> QLabel:
    """``form.addRow(text, field)`` with a plain-text row label (``addRow(str, ...)`` makes an
    AutoText one, and a claim attribute's name is user text)."""
    label = plain_label(text)
    form.addRow(label, field)
    return label


def tooltip_text(text: str) -> str:
    """A tool tip showing ``text`` as it is: Qt renders a tool tip that looks like HTML as HTML,
    so it is always given as escaped HTML (line breaks and runs of spaces kept)."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False).replace("\n", "<br>") + "</p>"


def menu_text(text: str) -> str:
    """Text for a menu entry, button or check box: ``&`` shown, not taken for a shortcut key; a
    tab (which would start the shortcut column) and other controls shown escaped."""
    return printable(text).replace("\t", "\\t").replace("&", "&&")


def window_title(text: str) -> str:
    """A window title: ``[*]`` in a file name shown, not taken for the "modified" placeholder."""
    return text.replace("[*]", "[*][*]")


def _plain_box(box: QMessageBox) -> QMessageBox:
    box.setTextFormat(PLAIN)  # the text and (Qt 6) the informative text
    for label in box.findChildren(QLabel):  # and whatever label a Qt version adds
        label.setTextFormat(PLAIN)
    return box


def plain_message_box(icon: QMessageBox.Icon, title: str, text: str, *, informative: str = "",
                      detailed: str = "", parent: QWidget | None = None) -> QMessageBox:
    """A message box whose title, text, informative and detailed text are all plain text."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setTextFormat(PLAIN)
    box.setWindowTitle(window_title(title))
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    if detailed:
        box.setDetailedText(detailed)  # a QTextEdit given plain text
    return _plain_box(box)


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, *,
                 informative: str = "", detailed: str = "", modal: bool = False) -> QMessageBox:
    """Show a plain-text message box: window-modal without a nested event loop (``open``), or
    application-modal and blocking (``exec``, before any window exists)."""
    box = plain_message_box(icon, title, text, informative=informative, detailed=detailed, parent=parent)
    if modal:
        box.exec()
    else:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return box


def ask_text(parent: QWidget | None, title: str, label: str, *, password: bool = False,
             text: str = "") -> tuple[str, bool]:
    """``QInputDialog.getText`` with a plain-text label and title (``password``: not echoed)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(window_title(title))
    dialog.setLabelText(label.replace("&", "&&"))  # its label is a buddy: & would be a shortcut mark
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(PLAIN)
        child.setWordWrap(True)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, ok


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> tuple[str, bool]:
    """``QInputDialog.getItem`` with a plain-text label and title."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(window_title(title))
    dialog.setLabelText(label.replace("&", "&&"))  # its label is a buddy: & would be a shortcut mark
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(PLAIN)
        child.setWordWrap(True)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    dialog.setOption(QInputDialog.InputDialogOption.UseListViewForComboBoxItems, False)
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, ok
