"""Training the entity recommenders of a project in a worker process, and the saved models a
reopened project suggests with at once.

``train`` is a pure function of a project path and recommender names, for a separate process
(multiprocessing's "spawn" context, or ``python -m annotator.core.training PROJECT NAME...``):
crfsuite holds the GIL for the whole training and cannot be interrupted, a process can be
killed. It opens the project read-only, reads it once, and returns each model as
``recommend.saved`` bytes; the window stores them (``Project.save_model``) and hands the loaded
recommenders to ``Session.set_models``. A saved model still fitting the annotations exactly
comes back as saved, untrained again: starting a job at every open is cheap when nothing changed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from .recommend import REGISTRY, GinzaRecommender, Recommender
from .recommend.jobs import held_out_quality, load_models, train_documents
from .recommend.pretrained import Results
from .store import Project


def train(project_path: str, names: Sequence[str], *, reuse: bool = True) -> dict[str, bytes]:
    """Recommenders ``names`` trained on the project at ``project_path`` (its done documents
    complete, in-progress ones partial), as saved-model bytes by name; unknown and inactive
    names left out. With ``reuse``, a saved model trained on exactly these annotations is
    returned as saved."""
    with Project.open(project_path, read_only=True) as project:
        labels = [lb.name for lb in project.labels()]
        saved = {name: project.saved_model(name) for name in names} if reuse else {}
        docs = list(project.iter_documents())
    return train_documents(labels, docs, names, saved)


def measure(project_path: str, names: Sequence[str]) -> list[dict[str, Any]]:
    """Each recommender's quality on the project's done documents held out from its training
    (``recommend.jobs.held_out_quality``, under the project's thresholds), for a worker
    process; the window keeps the result with ``Project.add_quality`` and plots the history."""
    with Project.open(project_path, read_only=True) as project:
        labels = [lb.name for lb in project.labels()]
        settings = project.recommender_settings()
        docs = list(project.iter_documents())
    thresholds = {name: settings.threshold(name) for name in names}
    options = {name: settings.options(name) for name in names}
    return held_out_quality(labels, docs, names, thresholds=thresholds, options=options)


def load_saved(project: Project, *, results: Results | None = None) -> dict[str, Recommender]:
    """The project's saved models still usable (stale ones included), and the recommenders
    that need no training (numeric rules, GiNZA) when the label set has labels for them, by
    name. ``results``: GiNZA answers from that store, filled by a worker process (the window)."""
    labels = [lb.name for lb in project.labels()]
    settings = project.recommender_settings()
    options = {name: settings.options(name) for name in REGISTRY}
    if results is not None:
        options[GinzaRecommender.name] = {**options[GinzaRecommender.name], "results": results}
    kept = [name for name, cls in REGISTRY.items() if not cls.pretrained]
    return load_models(labels, {name: project.saved_model(name) for name in kept}, options)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m annotator.core.training PROJECT [NAME...]``: train and store the models in
    the project (for a QProcess); prints the names stored."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("usage: python -m annotator.core.training PROJECT [NAME...]", file=sys.stderr)
        return 2
    path, names = args[0], args[1:] or list(REGISTRY)
    models = train(path, names)
    with Project.open(path) as project:
        for name, blob in models.items():
            project.save_model(name, blob)
    print(" ".join(sorted(models)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
