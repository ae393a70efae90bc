"""``annotator suggest`` and ``annotator evaluate``: the recommenders of ``core/recommend`` on
the command line (imported only by these two commands)."""

from __future__ import annotations

import argparse
import sys

from .cli_common import counted as _n
from .cli_common import err as _err
from .cli_common import open_project as _open_project
from .console import printable
from .core.model import Status


def _recommender_names(args: argparse.Namespace) -> list[str] | None:
    """``--recommender`` checked against the registry (imported only by these commands), or []
    for "those the project's settings switch on"; None (after saying why) for an unknown name."""
    from .core import recommend

    if args.recommender is None:
        return []
    if args.recommender not in recommend.REGISTRY:
        _err(f"--recommender {args.recommender}: choose one of {', '.join(recommend.REGISTRY)}")
        return None
    return [args.recommender]


def _settings(project, names: list[str]) -> tuple[list[str], list[str], object] | None:
    """The project's labels, the recommenders to run (``names``, or those its settings switch
    on, in priority order) and its settings; None (after saying why) when the one recommender
    asked for cannot propose anything for this project (GiNZA not installed, no label for it)."""
    from .core import recommend

    labels = [lb.name for lb in project.labels()]
    settings = project.recommender_settings()
    if not names:
        return labels, [n for n in recommend.DEFAULT_ORDER if settings.is_enabled(n, labels)], settings
    reason = recommend.create(names[0], labels, **settings.options(names[0])).inactive_reason()
    if reason is not None:
        _err(printable(f"{names[0]}: {reason}; nothing was written"))
        return None
    return labels, names, settings


def _trained_recommenders(project, names: list[str], cache, *, exclude_ids: set[str] = frozenset(),
                          exclude_texts: set[str] = frozenset(), limit: int | None = None) -> list:
    """Recommenders ``names`` trained on the project's done and in-progress documents (less the
    excluded ones, the first ``limit`` only), each announced with what it learnt and how long it took."""
    import time

    from .core import recommend

    labels = [lb.name for lb in project.labels()]
    settings = project.recommender_settings()
    docs = (d for d in project.iter_documents() if d.id not in exclude_ids and d.text not in exclude_texts)
    examples = recommend.examples_from(docs, cache=None)
    if limit is not None:
        examples = examples[:limit]
    recs = []
    for name in names:
        rec = recommend.create(name, labels, **settings.options(name))
        rec.threshold = settings.threshold(name)
        reason = rec.inactive_reason()
        if reason is not None:
            print(printable(f"{name}: {reason}"))
            continue
        t0 = time.perf_counter()
        rec.train(examples, cache=cache)
        if rec.learns:
            print(printable(f"{name}: trained on {_n(rec.trained_examples, 'document')} "
                            f"({_n(rec.trained_entities, 'entity')}) in {time.perf_counter() - t0:.1f} s"))
        recs.append(rec)
    return recs


def suggest(args: argparse.Namespace) -> int:
    import time

    from .core import recommend, training
    from .core.formats import jsonl
    from .core.model import Document
    from .core.outputs import check_export_target
    from .core.recommend.jobs import load_models
    from .core.recommend.saved import read_header

    names = _recommender_names(args)
    if names is None:
        return 2
    check_export_target(args.output, args.project)  # before training: nothing is done on refusal
    with _open_project(args.project, read_only=True) as project:
        chosen = _settings(project, names)
    if chosen is None:
        return 1
    labels, names, settings = chosen
    t0 = time.perf_counter()
    # the project's saved models when they were trained on exactly its annotations (--train: anew)
    blobs = training.train(args.project, names, reuse=not args.train)  # a server location keeps its password
    seconds = time.perf_counter() - t0
    cache = recommend.TokenCache()
    with _open_project(args.project, read_only=True) as project:
        models = load_models(labels, blobs, {name: settings.options(name) for name in names})
        recs = []
        for name in names:
            rec = models.get(name)
            if rec is None:
                reason = recommend.create(name, labels).inactive_reason()
                print(printable(f"{name}: {reason or 'nothing to learn from (no done or in-progress document)'}"))
                continue
            if rec.learns:
                header = read_header(blobs.get(name) or b"") or {}
                how = ("the project's saved model" if blobs.get(name) == project.saved_model(name)
                       else f"in {seconds:.1f} s")
                print(printable(f"{name}: trained on {_n(int(header.get('examples', 0)), 'document')} "
                                f"({_n(int(header.get('entities', 0)), 'entity')}), {how}"))
            rec.threshold = settings.threshold(name)
            recs.append(rec)
        counts: dict[str, int] = dict.fromkeys(names, 0)

        def records():
            for docs in _chunks(project.iter_documents(Status(args.status) if args.status else None), 64):
                rejected = {doc.id: project.rejected_entity_suggestions(doc.id) for doc in docs}
                for doc, found in zip(docs, _suggest_many(recs, docs, cache, rejected), strict=True):
                    for s in found:
                        counts[s.source] += 1
                    yield Document(doc.id, doc.text, doc.meta, doc.status,
                                   [s.to_entity(f"s{i}") for i, s in enumerate(found, 1)], [])

        n = jsonl.write(records(), args.output)
    by = ", ".join(f"{name} {k}" for name, k in counts.items())
    print(printable(f"wrote {_n(n, 'document')} with {_n(sum(counts.values()), 'suggested entity')} ({by}) "
                    f"to {args.output}; nothing was accepted"))
    return 0


def _chunks(items, size: int):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _suggest_many(recs: list, docs: list, cache, rejected: dict | None = None) -> list[list]:
    """Each document's suggestions (``recommend.suggest``), less those accepted and those
    rejected in the window (``rejected``: document id -> (start, end, label, source)); the
    recommenders that can take many texts at once (GiNZA: one pass of its pipeline) given them together."""
    from .core import recommend

    texts = [doc.text for doc in docs]
    batched = {rec.name: [[s for s in found if s.score >= rec.threshold] for found in rec.predict_many(texts)]
               for rec in recs if hasattr(rec, "predict_many")}
    out = []
    for i, doc in enumerate(docs):
        toks = cache.get(doc.text)
        lists = [batched[rec.name][i] if rec.name in batched else rec.suggest(doc.text, toks) for rec in recs]
        gone = [(k[0], k[1], k[2]) for k in (rejected or {}).get(doc.id, ())]
        out.append(recommend.without_known(recommend.union(lists), doc.entities, gone))
    return out


def evaluate(args: argparse.Namespace) -> int:
    from .core import recommend
    from .core.formats import jsonl
    from .core.recommend.evaluate import evaluate

    names = _recommender_names(args)
    if names is None:
        return 2
    if args.train_on is not None and args.train_on < 0:
        _err("--train-on takes a number of documents, 0 or more")
        return 2
    from .core.inputs import is_sqlite, not_regular

    why = not_regular(args.gold) or ("is an SQLite database (an annotator project?), not a JSONL file"
                                     if is_sqlite(args.gold) else None)
    if why is not None:
        _err(printable(f"{args.gold}: {why}"))
        return 1
    gold = []
    problems = 0
    try:
        for parsed in jsonl.read(args.gold):
            if parsed.problems:
                problems += len(parsed.problems)
                for problem in parsed.located()[:20]:
                    print(printable(problem), file=sys.stderr)
            elif parsed.doc is not None:
                gold.append(parsed.doc)
    except OSError as exc:
        _err(printable(f"{args.gold}: cannot read: {exc.strerror or exc}"))
        return 1
    if problems:
        _err(f"{args.gold}: {_n(problems, 'problem')}; nothing was evaluated")
        return 1
    if not gold:
        _err(f"{args.gold}: no documents in this file (it is empty or holds only blank lines); nothing was evaluated")
        return 1
    cache = recommend.TokenCache()
    with _open_project(args.project, read_only=True) as project:
        chosen = _settings(project, names)
        if chosen is None:
            return 1
        recs = _trained_recommenders(project, chosen[1], cache, exclude_ids={d.id for d in gold},
                                     exclude_texts={d.text for d in gold}, limit=args.train_on)
        foreign = sorted({e.label for d in gold for e in d.entities} - set(chosen[0]))
    if foreign:
        print(printable(f"note: {args.gold} has labels the project lacks, which no recommender can propose: "
                        f"{', '.join(foreign)}"), file=sys.stderr)
    runs = {rec.name: [] for rec in recs}
    for docs in _chunks(gold, 64):
        texts = [doc.text for doc in docs]
        for rec in recs:
            if hasattr(rec, "predict_many"):
                runs[rec.name].extend([s for s in found if s.score >= rec.threshold]
                                      for found in rec.predict_many(texts))
            else:
                runs[rec.name].extend(rec.suggest(doc.text, cache.get(doc.text)) for doc in docs)
    if len(recs) > 1:
        runs["combined"] = [recommend.fill_gaps(lists) for lists in zip(*runs.values(), strict=True)]
    for name, predicted in runs.items():
        result = evaluate(([e.key for e in doc.entities], [s.key for s in found])
                          for doc, found in zip(gold, predicted, strict=True))
        what = "each in priority order, a later one only where the earlier propose nothing" \
            if name == "combined" else f"threshold {next(r.threshold for r in recs if r.name == name)}"
        print(printable(f"{name} ({what}) on {_n(len(gold), 'document')} of {args.gold}:"))
        for line in result.table():
            print(f"  {printable(line)}")
    return 0

