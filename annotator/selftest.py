"""``annotator --self-test``: proves an installation (above all the frozen bundle) works.

No display is needed. Each step prints one line; the last line starts with ``OK`` when every
step passed, else with ``FAILED`` and the step, and the exit status is 1. The steps are the
ones a frozen program breaks on: the dictionary (unidic-lite must be collected whole), the
files of ``resources/`` and ``seeds/``, the compiled translations, Qt's core libraries, and
the project file round trip with offsets after astral characters.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import __version__

#: An astral kanji and an emoji before the spans, a CRLF and an ideographic space between.
SENTENCE = "𠮷野家で😀牛丼を食べた。\r\n東京都の\u3000株式会社ストックマークは売上が10億円だと発表した。"


class SelfTestFailure(Exception):
    pass


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def _tokenize() -> str:
    from .core.morph import default_morphology

    tokens = default_morphology().tokenize(SENTENCE)
    _check(all(SENTENCE[t[0]:t[1]] == t[2] for t in tokens), "a token's offsets do not give its surface")
    surfaces = [t[2] for t in tokens]
    _check("食べ" in surfaces and "東京" in surfaces, f"unexpected morphemes: {surfaces[:12]}")
    import unidic_lite

    return f"{len(tokens)} morphemes, offsets exact (dictionary {Path(unidic_lite.DICDIR).name}/)"


def _resources() -> str:
    from .resources import desktop_file, resource, seeds_folder

    schema = json.loads(resource("schemas", "record.schema.json").read_text(encoding="utf-8"))
    _check(schema.get("type") == "object", "the record schema is not a JSON Schema object")
    seeds = sorted(seeds_folder().glob("*.txt"))
    _check(bool(seeds), "no seed documents in seeds/")
    icon = resource("icons", "annotator.svg")
    _check(icon.is_file(), f"{icon}: missing")
    for name in ("io.github.annotator.Annotator.desktop", "io.github.annotator.Annotator.mime.xml"):
        _check(desktop_file(name).is_file(), f"{desktop_file(name)}: missing")
    return f"schema, {len(seeds)} seed document(s), icons, desktop entry and file type"


def _translations() -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QTranslator

    from .ui.i18n import compiled

    qm = compiled("ja")
    _check(qm is not None, "the Japanese translation (annotator_ja.qm, built with the package) is missing")
    translator = QTranslator()
    _check(translator.load(str(qm)), f"{qm}: Qt cannot load it")
    _check(translator.translate("MainWindow", "&File") not in ("", "&File"), f"{qm}: has no Japanese for '&File'")
    return f"Japanese loaded from {qm.name} (PySide6 {pyside_version})"


def _text_services() -> str:
    """What Qt takes from ICU (the frozen Linux bundle carries a reduced ICU data set): line
    breaking of Japanese text, word boundaries, Japanese collation, a Japanese codec. Returns
    a digest that must be the same in the source and the frozen program."""
    import hashlib
    import os

    if "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed
    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTextBoundaryFinder
    from PySide6.QtGui import QFont, QGuiApplication, QTextLayout

    from .resources import seeds_folder

    app = QGuiApplication.instance() or QGuiApplication(["annotator"])
    text = next(iter(sorted(seeds_folder().glob("*.txt")))).read_text(encoding="utf-8")[:2000]
    text = text.replace("\n", "\u2028")
    layout = QTextLayout(text, QFont("IPAexGothic", 12))
    layout.beginLayout()
    breaks = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(300)
        breaks.append(line.textStart())
    layout.endLayout()
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, text[:500])
    words = []
    while (pos := finder.toNextBoundary()) != -1:
        words.append(pos)
    collator = QCollator(QLocale("ja_JP"))
    names = sorted(["ひらがな", "カタカナ", "漢字", "あいう", "アイウ", "abc", "ABC", "ｶﾀｶﾅ", "ー", "〆"],
                   key=collator.sortKey)
    codecs = QStringDecoder.availableCodecs()  # ICU's converters, by their alias table
    japanese = sorted(c for c in codecs if c.lower() in ("shift_jis", "euc-jp", "iso-2022-jp"))
    _check(QStringDecoder("Shift_JIS").isValid(), "no Shift_JIS codec")
    digest = hashlib.sha1(repr((breaks, words, names, len(codecs), japanese)).encode()).hexdigest()[:12]
    _check(len(breaks) > 3 and len(words) > 10, "text layout found no lines or words")
    del app
    return (f"{len(breaks)} lines, {len(words)} word boundaries, collation {names[0]}…{names[-1]}, "
            f"{len(codecs)} codecs, digest {digest}")


def _statistics() -> str:
    """pyqtgraph and the Qt modules it imports (one of them by importlib, unseen by PyInstaller)."""
    import pyqtgraph

    from .ui import stats_dock

    _check(hasattr(stats_dock, "StatsPanel"), "the statistics panel is missing")
    return f"pyqtgraph {pyqtgraph.__version__} loaded"


def _round_trip(folder: Path) -> str:
    from .core.formats import jsonl
    from .core.importer import import_files
    from .core.ops import AddEntity
    from .core.store import Project

    a = SENTENCE.index("牛丼")
    b = SENTENCE.index("株式会社ストックマーク")
    record = {
        "id": "selftest-1", "text": SENTENCE, "meta": {}, "status": "in_progress",
        "entities": [
            {"id": "T1", "start": 0, "end": 3, "label": "ORGANIZATION", "text": SENTENCE[0:3]},
            {"id": "T2", "start": a, "end": a + 2, "label": "ARTIFACT", "text": "牛丼"},
            {"id": "T3", "start": b, "end": b + 11, "label": "ORGANIZATION", "text": "株式会社ストックマーク"},
        ],
        "claims": [],
    }
    source = folder / "input.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    text_file = folder / "plain.txt"
    text_file.write_bytes("二つ目の文書です。\r\n".encode("cp932"))
    path = folder / "selftest.annotator"
    with Project.open(path, create=True, label_set="irex") as project:
        report = import_files(project, [source, text_file])
        _check(report.documents == 2 and report.entities == 3,
               f"imported {report.documents} documents and {report.entities} entities, expected 2 and 3")
        tokyo = SENTENCE.index("東京都")
        project.apply(AddEntity("selftest-1", project.new_entity("selftest-1", tokyo, tokyo + 3, "LOCATION")))
        out = folder / "export.jsonl"
        n = jsonl.write_project(project, out)
    _check(n == 2, f"exported {n} documents, expected 2")
    parsed = list(jsonl.read(out))
    problems = [p for rec in parsed for p in rec.located()]
    _check(not problems, f"the export does not validate: {problems[:3]}")
    first = next(rec.doc for rec in parsed if rec.doc is not None and rec.doc.id == "selftest-1")
    _check(first.text == SENTENCE, "the text changed on the way through the project file")
    spans = {(e.start, e.end): e.text for e in first.entities}
    _check(spans.get((0, 3)) == SENTENCE[0:3] and spans.get((a, a + 2)) == "牛丼"
           and len(spans) == 4, f"entity offsets changed: {sorted(spans)}")
    return f"project created, 2 documents imported, {len(spans)} entities exported and validated"


def run(out: Callable[[str], None] | None = None) -> int:
    """Run every step; returns the exit status."""
    say = out or (lambda line: print(line, flush=True))
    t0 = time.perf_counter()
    frozen = "frozen" if getattr(sys, "frozen", False) else "source"
    say(f"annotator {__version__} self-test ({frozen}, Python {sys.version.split()[0]}, {sys.platform})")
    with tempfile.TemporaryDirectory(prefix="annotator-selftest-") as tmp:
        steps: list[tuple[str, Callable[[], str]]] = [
            ("tokenize", _tokenize),
            ("resources", _resources),
            ("translations", _translations),
            ("text", _text_services),
            ("statistics", _statistics),
            ("project", lambda: _round_trip(Path(tmp))),
        ]
        for name, step in steps:
            try:
                say(f"{name}: {step()}")
            except SelfTestFailure as exc:
                say(f"FAILED {name}: {exc}")
                return 1
            except Exception as exc:
                say(f"FAILED {name}: {type(exc).__name__}: {exc}")
                return 1
    say(f"OK self-test passed in {time.perf_counter() - t0:.2f} s")
    return 0
