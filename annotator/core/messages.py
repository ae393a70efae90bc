"""What the core says to people, in English here and translated where an interface asks.

A message is written ``m.translate("Core", "template with {names}").format(names=...)``.
lupdate (Qt Linguist) finds such ``.translate("Core", "...")`` calls, written with exactly
those two arguments, and lists the templates in ``resources/translations/*.ts`` beside the
window's strings; the values are filled in after the translation. The window installs Qt's
translator here (``annotator/ui/i18n.py``); the command line installs none and speaks English.
No Qt in this module: the core stays Qt-free.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def install(translator: Callable[[str, str], str] | None) -> None:
    """``translator(context, text)`` gives ``text`` in the interface language; None: English."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    if _translator is None:
        return text
    return _translator(context, text) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation in ``context`` where it is defined (lupdate lists it)
    and returns it untranslated: the interface translates it where it shows it
    (``translate(context, text)``), in the language of that moment."""
    return text
