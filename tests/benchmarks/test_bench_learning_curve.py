"""The entity recommenders on the Stockmark corpus: a learning curve, training time and memory,
and the latency of suggesting for one document and for the visible part of the novel.

As if annotators had accepted the gold entities of the first 250, 500, 1,000, 2,000 and 4,000
sentences (status done), each recommender is trained on them and suggests for the last 1,000,
scored by strict typed F1 (exact span and label). The combination is the CRF, then the
matcher where the CRF proposes nothing (``recommend.fill_gaps``). Stockmark's labels have no
date, time, money or percent: the numeric rules propose nothing there (reported as such).

Goals (issue 13): F1 ≥ 0.50 at 500 sentences and ≥ 0.70 at 4,000; training on 4,000 in at most
30 s on this two-core machine; p95 latency of suggesting at most 20 ms. Tokens are computed once
per sentence and reused, as the window's per-document cache does; latencies are given with
and without tokenizing (the goal is checked without: the window has the visible part's tokens).
Results: benchmark-results/learning_curve*.json and learning_curve.svg.
"""

from __future__ import annotations

import json
import time

import pytest

from annotator.core.model import LABEL_SETS
from annotator.core.morph import Morphology
from annotator.core.recommend import Example, create, fill_gaps, suggest
from annotator.core.recommend.evaluate import evaluate
from tests.benchmarks._util import RESULTS, percentile, report, run_child
from tests.conftest import NOVEL, STOCKMARK, shared_file

pytestmark = pytest.mark.benchmark

SIZES = (250, 500, 1000, 2000, 4000)
TEST = 1000
LABELS = [lb.name for lb in LABEL_SETS["stockmark"]]


@pytest.fixture(scope="module")
def corpus() -> list[Example]:
    data = json.loads(shared_file(STOCKMARK).read_text(encoding="utf-8"))
    morph = Morphology()
    return [Example(r["text"], tuple((e["span"][0], e["span"][1], e["type"]) for e in r["entities"]), True,
                    morph.tokenize(r["text"])) for r in data]


def _f1(test: list[Example], predicted: list[list]) -> float:
    return evaluate((ex.spans, [s.key for s in found]) for ex, found in zip(test, predicted, strict=True)) \
        .overall.strict.f1


def test_learning_curve(corpus):
    test = corpus[-TEST:]
    assert len(corpus) - TEST >= SIZES[-1]
    results: dict[str, object] = {"test_sentences": len(test), "test_entities": sum(len(ex.spans) for ex in test)}
    numeric = create("numeric", LABELS)
    results["numeric_rules"] = numeric.inactive_reason() or "active"
    assert numeric.suggest(test[0].text, test[0].tokens) == []
    curve = []
    for n in SIZES:
        crf, matcher = create("crf", LABELS), create("matcher", LABELS)
        t0 = time.perf_counter()
        crf.train(corpus[:n])
        crf_s = time.perf_counter() - t0
        matcher.train(corpus[:n])
        by_crf = [crf.suggest(ex.text, ex.tokens) for ex in test]
        by_matcher = [matcher.suggest(ex.text, ex.tokens) for ex in test]
        point = {
            "crf_f1": _f1(test, by_crf),
            "matcher_f1": _f1(test, by_matcher),
            "crf_then_matcher_f1": _f1(test, [fill_gaps([a, b]) for a, b in zip(by_crf, by_matcher, strict=True)]),
            "crf_train_s": crf_s,
        }
        point["best_f1"] = max(point["crf_f1"], point["matcher_f1"], point["crf_then_matcher_f1"])
        curve.append(point)
        for key, value in point.items():
            results[f"{n}_{key}"] = value
    report("learning_curve", results)
    _plot(curve)
    assert results["500_best_f1"] >= 0.50
    assert results["4000_best_f1"] >= 0.70


def test_training_time_and_memory_on_4000_sentences():
    path = shared_file(STOCKMARK)
    results = run_child(f"""
        import json, time
        from annotator.core.model import LABEL_SETS
        from annotator.core.morph import default_morphology
        from annotator.core.recommend import Example, create
        data = json.loads(open({str(path)!r}, encoding="utf-8").read())[:4000]
        labels = [lb.name for lb in LABEL_SETS["stockmark"]]
        morph = default_morphology()
        t0 = time.perf_counter()
        examples = [Example(r["text"], tuple((e["span"][0], e["span"][1], e["type"]) for e in r["entities"]), True,
                            morph.tokenize(r["text"])) for r in data]
        tokenize_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        crf = create("crf", labels)
        crf.train(examples)
        crf_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        create("matcher", labels).train(examples)
        matcher_s = time.perf_counter() - t0
        print(json.dumps({{"sentences": len(examples), "entities": crf.trained_entities, "tokenize_s": tokenize_s,
                          "crf_train_s": crf_s, "matcher_train_s": matcher_s,
                          "tokenize_and_train_s": tokenize_s + crf_s + matcher_s,
                          "model_bytes": len(crf.payload()), "peak_rss_mb": _peak_rss_mb()}}))
    """)
    report("learning_curve_training", results)
    assert results["crf_train_s"] + results["matcher_train_s"] <= 30


def test_suggestion_latency(corpus):
    recs = [create("crf", LABELS), create("matcher", LABELS), create("numeric", LABELS)]
    for rec in recs:
        rec.train(corpus[:4000])
    morph = Morphology()
    novel = shared_file(NOVEL).read_text(encoding="utf-8")
    windows = [novel[k:k + 2000] for k in range(0, len(novel) - 2000, len(novel) // 60)][:60]
    docs = corpus[-TEST:][:300]
    for ex in docs[:20]:  # warm up (the tagger opens on first use)
        suggest(recs, ex.text, ex.tokens)
    results: dict[str, object] = {}
    for name, texts, cached in (("stockmark", [ex.text for ex in docs], [ex.tokens for ex in docs]),
                                ("novel_2000_chars", windows, [morph.tokenize(t) for t in windows])):
        with_tokens, without = [], []
        for text, toks in zip(texts, cached, strict=True):
            t0 = time.perf_counter()
            suggest(recs, text, toks)
            without.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            suggest(recs, text, morph.tokenize(text))
            with_tokens.append((time.perf_counter() - t0) * 1000)
        results[f"{name}_texts"] = len(texts)
        results[f"{name}_mean_chars"] = sum(map(len, texts)) / len(texts)
        results[f"{name}_p95_ms_tokens_cached"] = percentile(without, 95)
        results[f"{name}_p95_ms_with_tokenizing"] = percentile(with_tokens, 95)
        results[f"{name}_median_ms_tokens_cached"] = percentile(without, 50)
    report("learning_curve_latency", results)
    # the window has the visible part's tokens already (DocTokens tokenizes it first, to draw and snap);
    # 2,000 characters of the novel are more than a window shows (about 370 at 1280 x 800): reported
    # here, the goal checked on what the window computes (test_window_suggestion_latency)
    assert results["stockmark_p95_ms_tokens_cached"] <= 20


def _plot(curve: list[dict[str, float]]) -> None:
    """benchmark-results/learning_curve.svg: strict F1 against training sentences (log scale)."""
    import math

    width, height, pad, right = 560, 300, 40, 120
    xs = [pad + (width - pad - right) * math.log(n / SIZES[0]) / math.log(SIZES[-1] / SIZES[0]) for n in SIZES]

    def y(f1: float) -> float:
        return height - pad - (height - 2 * pad) * f1

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
             f'font-size="11"><rect width="100%" height="100%" fill="white"/>',
             f'<line x1="{pad}" y1="{y(0)}" x2="{xs[-1]}" y2="{y(0)}" stroke="black"/>',
             f'<line x1="{pad}" y1="{y(0)}" x2="{pad}" y2="{y(1)}" stroke="black"/>']
    for f in (0.5, 0.7):
        parts.append(f'<line x1="{pad}" y1="{y(f)}" x2="{xs[-1]}" y2="{y(f)}" stroke="#ccc" '
                     f'stroke-dasharray="4"/><text x="4" y="{y(f) + 4}">{f}</text>')
    lines = (("crf_f1", "crf", "#1f77b4", 12), ("matcher_f1", "matcher", "#ff7f0e", 4),
             ("crf_then_matcher_f1", "crf, then matcher", "#2ca02c", -4))
    for key, name, colour, shift in lines:
        points = " ".join(f"{x:.1f},{y(p[key]):.1f}" for x, p in zip(xs, curve, strict=True))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2" '
                     f'stroke-dasharray="{"6 3" if key == "crf_f1" else "none"}"/>')
        parts.append(f'<text x="{xs[-1] + 6:.1f}" y="{y(curve[-1][key]) + shift:.1f}" fill="{colour}">'
                     f'{name} {curve[-1][key]:.3f}</text>')
    for x, n in zip(xs, SIZES, strict=True):
        parts.append(f'<text x="{x - 10:.1f}" y="{height - pad + 15}">{n}</text>')
    parts.append(f'<text x="{width / 2 - 80}" y="{height - 8}">training sentences (log); strict typed F1</text>')
    parts.append("</svg>")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "learning_curve.svg").write_text("\n".join(parts) + "\n", encoding="utf-8")


def test_window_suggestion_latency(corpus, tmp_path):
    """What the annotator waits for in the window: the novel open in a 1280 x 800 window
    (offscreen), models trained on 4,000 sentences. At 40 places through the novel the
    suggestions are computed afresh (new models, as after a training) for the visible part and
    shown in the text and the list (``visible``: timed from the new models to the lists drawn
    from, every listener of the change); then, once that is painted, for ``AROUND`` code
    points each side (``margin``); then the window scrolls one screen down and shows the new
    visible part (``scroll``: the sentences the margin computed are kept)."""
    from annotator.core.recommend import dump_model, fingerprint

    models = tmp_path / "models"
    models.mkdir()
    train = corpus[:4000]
    for name in ("crf", "matcher"):
        rec = create(name, LABELS)
        rec.train(train)
        (models / name).write_bytes(dump_model(rec, fingerprint(train, LABELS)))
    result = run_child(f"""
        import json, os, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["XDG_CONFIG_HOME"] = {str(tmp_path / "config")!r}
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from annotator.core.model import Document
        from annotator.core.store import Project
        from annotator.core.training import load_saved
        app = QApplication([])
        from annotator.ui.main_window import MainWindow
        from annotator.ui.controllers.entity_suggestions import AROUND
        novel = Path({str(shared_file(NOVEL))!r}).read_text(encoding="utf-8")
        path = {str(tmp_path / "novel.annotator")!r}
        p = Project.open(path, create=True, label_set="stockmark")
        with p.bulk_import("bench") as bulk:
            bulk.add(Document("novel", novel))
        for name in ("crf", "matcher"):
            p.save_model(name, Path({str(models)!r}, name).read_bytes())
        p.close()
        w = MainWindow(Project.open(path), document="novel")
        w.resize(1280, 800)
        w.show()
        while w.view.tokens_held:
            app.processEvents()
        ctl = w.entity_suggestions
        models = load_saved(w.project)
        cold, margin, scroll, widths = [], [], [], []
        for k in range(40):
            pos = int(len(novel) * (k + 0.5) / 41)
            w.view.set_cursor(pos)
            app.processEvents()
            t0 = time.perf_counter()
            w.session.set_models(models)  # afresh: nothing computed yet
            cold.append((time.perf_counter() - t0) * 1000)
            lo, hi = ctl.range
            widths.append(hi - lo)
            t0 = time.perf_counter()
            while ctl.range == (lo, hi):  # the margins, computed once the visible part is shown
                app.processEvents()
            margin.append((time.perf_counter() - t0) * 1000)
            page = max(1, hi - lo)
            w.view.set_cursor(min(len(novel) - 1, pos + page))
            app.processEvents()
            t0 = time.perf_counter()
            ctl.show_all()  # what the scroll timer runs: the sentences already seen are kept
            scroll.append((time.perf_counter() - t0) * 1000)
        shown = len(w.view.entity_suggestions.items)
        w.close()
        def p(xs, q):
            xs = sorted(xs)
            return xs[int(q * (len(xs) - 1))]
        print(json.dumps({{"window": [w.width(), w.height()], "visible_code_points_median": p(widths, 0.5),
                          "around": AROUND, "visible_p95_ms": p(cold, 0.95), "visible_median_ms": p(cold, 0.5),
                          "margin_p95_ms": p(margin, 0.95), "margin_median_ms": p(margin, 0.5),
                          "scroll_p95_ms": p(scroll, 0.95), "scroll_median_ms": p(scroll, 0.5),
                          "suggestions_shown_last": shown}}))
    """)
    report("learning_curve_window_latency", result)
    assert result["visible_p95_ms"] <= 20 and result["scroll_p95_ms"] <= 20
