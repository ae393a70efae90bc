"""Training the entity recommenders in the background, and their settings.

Training runs in a separate process (multiprocessing, "spawn" context; ``training_child.run``
calls ``annotator.core.training.train``), never in the GUI thread: crfsuite holds the GIL for a whole
training. The window polls the process's pipe with a timer and never waits on it. It trains

- when a project is shown (at start, another project, a reload) and it has documents to learn
  from (done or in progress): the saved models suggest at once, and the job returns a saved
  model that still fits the annotations as it is, so only a missing, stale, damaged or
  other-version model is trained again;
- after ``retrain_every`` new accepted entities (``session.entities_since_training``);
- when a document is marked done;
- when the settings switch on a recommender that has no model.

A training asked for while one runs starts when it ends. Closing or switching the project
kills the process (its result would be of another project). The models it returns are stored
in the project (``project.save_model``) and handed to the session (``session.set_models``),
which tells the views through a Change with ``suggestions_changed``.

After a training that changed a model (or when the project has no measure yet), a second
process of the same kind measures the recommenders on the held-out done documents
(``training_child.measure``); the result goes to ``project.add_quality`` and the listeners
(the statistics dock) are told. A new training or a project change kills a measure running.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from annotator.core.changes import Change
from annotator.core.errors import ProjectError
from annotator.core.model import Status
from annotator.core.recommend import REGISTRY, GinzaRecommender, Recommender
from annotator.core.recommend.settings import RecommenderSettings
from annotator.core.training import load_saved

from .. import training_child
from ..status_line import StatusLabel
from .base import Controller, Say, SessionHost
from .pretrained import PretrainedController

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...")

#: How often the window looks at the training process's pipe (ms): a poll costs microseconds.
POLL_MS = 100


class TrainingController(Controller):
    def __init__(self, host: SessionHost, say: Say, status: StatusLabel, parent: QWidget,
                 defer: Callable[[Callable[[], None]], None] = lambda then: then(),
                 pretrained: PretrainedController | None = None) -> None:
        """``defer(then)``: call ``then`` once the window's text is on screen (reading the saved
        models and the project's counts waits for the first frame). ``pretrained``: GiNZA's
        worker, whose store the session's GiNZA answers from."""
        super().__init__(host, say)
        self.pretrained = pretrained
        self._defer = defer
        self.status, self.parent = status, parent
        self._proc: BaseProcess | None = None
        self._conn: Connection | None = None
        self._names: list[str] = []
        self._again = False  # asked to train while training: once more when it ends
        self._closed = False
        self._pending = False  # a load of the saved models waits for the first frame
        self._measure_proc: BaseProcess | None = None  # the held-out measure after a training
        self._measure_conn: Connection | None = None
        self.trainings = 0  # trainings finished (tests, the status line)
        self.measures = 0  # measures stored (tests)
        self.state = ""  # what the suggestions section says after its count ("training…", "")
        self.listeners: list = []  # called with no argument when ``state`` changes
        self._timer = QTimer(parent)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        host.reloaded.connect(self.project_shown)
        host.changed.connect(self._changed)

    # -- what to train ------------------------------------------------------------------
    def settings(self) -> RecommenderSettings:
        return self.session.recommender_settings

    def learners(self) -> list[str]:
        """The enabled recommenders that learn (the numeric rules need no training)."""
        labels = [lb.name for lb in self.session.labels]
        settings = self.settings()
        return [name for name, cls in REGISTRY.items() if cls.learns and settings.is_enabled(name, labels)]

    def project_shown(self) -> None:
        """Another project (or the same one read again): the saved models suggest at once; a
        training checks them against the annotations in the background (and retrains the
        missing or stale ones) when there is anything to learn from."""
        self.stop()
        if not self._pending:  # once, however often the project was shown before the first frame
            self._pending = True
            self._defer(self._load_and_train)

    def _load_and_train(self) -> None:
        self._pending = False
        if self._closed:
            return
        loaded = self._saved()
        self.session.set_models(loaded)
        counts = self.session.status_counts()
        learnable = counts.get(Status.DONE.value, 0) + counts.get(Status.IN_PROGRESS.value, 0)
        if not (learnable and self.start()):
            self._set_state("", translate("MainWindow", "Entity suggestions ready") if loaded else "")

    def _saved(self) -> dict[str, Recommender]:
        """The project's saved models, and GiNZA (when switched on) answering from its worker."""
        if self.pretrained is None:
            models = load_saved(self.project)
            models.pop(GinzaRecommender.name, None)  # never run in the GUI thread
            return models
        models = load_saved(self.project, results=self.pretrained.results)
        labels = [lb.name for lb in self.session.labels]
        if not self.settings().is_enabled(GinzaRecommender.name, labels):
            models.pop(GinzaRecommender.name, None)  # off: not even asked (it would queue sentences)
        return models

    def _changed(self, change: Change) -> None:
        if self.session.training_due(change):  # retrain_every entity edits, or a document marked done
            self.start()

    # -- the process --------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._proc is not None

    @property
    def pid(self) -> int | None:
        """The training process's id while one runs."""
        return self._proc.pid if self._proc is not None else None

    def start(self, names: list[str] | None = None) -> bool:
        """Train ``names`` (default: every enabled learner) in a new process; while one runs,
        once more when it ends. False when there is nothing to train."""
        if self._closed:
            return False
        names = self.learners() if names is None else names
        if not names:
            return False
        if self._proc is not None:
            self._again = True
            return True
        self._stop_measure()  # of the models about to be replaced: measured after this training
        self._proc, self._conn = self._spawn(training_child.run, names, "annotator-training")
        self._names = list(names)
        self._timer.start()
        self._set_state(translate("MainWindow", "training…"),
                        translate("MainWindow", "Training entity suggestions (%1)…").replace("%1", ", ".join(names)))
        return True

    def _spawn(self, target: Callable[[Connection, str, list[str]], None], names: list[str],
               title: str) -> tuple[BaseProcess, Connection]:
        """Start ``target(conn, project path, names)`` in a spawned process; the timer polls it."""
        ctx = multiprocessing.get_context("spawn")
        receive, send = ctx.Pipe(duplex=False)
        # a server project goes as its ServerLocation (a password typed in the dialog with it,
        # through the pipe, never on a command line); a file as its path
        where = self.project.path if self.project.on_server else str(self.project.path)
        proc = ctx.Process(target=target, args=(send, where, list(names)), name=title, daemon=True)
        proc.start()
        send.close()  # the child's end: EOF here when the child dies without a word
        self._timer.start()
        return proc, receive

    @staticmethod
    def _kill(proc: BaseProcess | None, conn: Connection | None) -> None:
        if conn is not None:
            conn.close()
        if proc is not None:
            if proc.is_alive():
                proc.kill()
            proc.join(5)
            proc.close()

    @property
    def measuring(self) -> bool:
        """A held-out measure runs (after a training)."""
        return self._measure_proc is not None

    def _stop_measure(self) -> None:
        proc, conn = self._measure_proc, self._measure_conn
        self._measure_proc = self._measure_conn = None
        self._kill(proc, conn)
        if self._proc is None:
            self._timer.stop()

    def stop(self) -> None:
        """Kill a running training or measure (the project closes or changes): its result is dropped."""
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        self._again = False
        self._kill(proc, conn)
        self._stop_measure()
        self._timer.stop()
        if self.state:
            self._set_state("", "")

    def window_closed(self) -> None:
        self._closed = True
        self.stop()

    @staticmethod
    def _receive(proc: BaseProcess, conn: Connection) -> tuple[str, object] | None:
        """The child's answer, an ("error", why) when it died without one, None while it works."""
        try:
            if not conn.poll():
                if proc.is_alive():
                    return None
                return ("error", translate("MainWindow", "the training process ended (exit code %1)").replace(
                    "%1", str(proc.exitcode)))
            return conn.recv()
        except (EOFError, OSError):
            return ("error", translate("MainWindow", "the training process ended (exit code %1)").replace(
                "%1", str(proc.exitcode)))

    def _poll(self) -> None:
        if self._measure_proc is not None and self._measure_conn is not None:
            self._poll_measure(self._measure_proc, self._measure_conn)
        conn, proc = self._conn, self._proc
        if conn is None or proc is None:
            if self._measure_proc is None:
                self._timer.stop()
            return
        try:
            if not conn.poll():
                if proc.is_alive():
                    return
                result: tuple[str, object] = ("error", translate("MainWindow", "the training process ended "
                                                                               "(exit code %1)").replace(
                    "%1", str(proc.exitcode)))
            else:
                result = conn.recv()
        except (EOFError, OSError):
            result = ("error", translate("MainWindow", "the training process ended (exit code %1)").replace(
                "%1", str(proc.exitcode)))
        again = self._again
        self.stop()
        kind, value = result
        if kind == "ok" and isinstance(value, dict):
            self._take(value, measure=not again)
        else:
            self._set_state("", translate("MainWindow", "Training entity suggestions failed: %1").replace(
                "%1", str(value)))
            self.say(self.status.text(), 8000)
        if again:
            self.start()

    def _take(self, models: dict[str, bytes], measure: bool = True) -> None:
        """Store what the training returned and suggest with it; then measure the recommenders
        when a model changed or the project has no measure yet."""
        retrained = any(self.project.saved_model(name) != blob for name, blob in models.items())
        for name, blob in models.items():
            self.project.save_model(name, blob)
        self.trainings += 1
        self.session.set_models(self._saved())
        self._say_ready(self.session.models)  # every recommender on, not only those just trained
        if measure and (retrained or not self.project.quality_history()):
            self._start_measure()

    def _start_measure(self) -> None:
        """Measure the enabled recommenders on the held-out done documents in a worker process
        (it needs at least two done documents)."""
        labels = [lb.name for lb in self.session.labels]
        names = [name for name in REGISTRY if self.settings().is_enabled(name, labels)]
        if self._closed or not names or self.session.status_counts().get(Status.DONE.value, 0) < 2:
            return
        self._stop_measure()
        self._measure_proc, self._measure_conn = self._spawn(training_child.measure, names, "annotator-measure")

    def _poll_measure(self, proc: BaseProcess, conn: Connection) -> None:
        result = self._receive(proc, conn)
        if result is None:
            return
        self._stop_measure()
        kind, value = result
        if kind != "ok" or not isinstance(value, list):
            self.say(translate("MainWindow", "Measuring entity suggestions failed: %1").replace("%1", str(value)), 8000)
            return
        if value:
            try:
                self.project.add_quality(value)
            except ProjectError as exc:  # a read-only project: the measure is not kept
                self.say(str(exc), 8000)
                return
            self.measures += 1
        for listener in self.listeners:
            listener()

    def _say_ready(self, models) -> None:
        """"Entity suggestions ready (…)", naming the recommenders switched on among ``models``."""
        labels = [lb.name for lb in self.session.labels]
        on = sorted(n for n in models if self.session.recommender_settings.is_enabled(n, labels))
        self._set_state("", translate("MainWindow", "Entity suggestions ready (%1)").replace("%1", ", ".join(on))
                        if on else "")

    def _set_state(self, state: str, line: str) -> None:
        self.state = state
        self.status.setText(line)
        for listener in self.listeners:
            listener()

    # -- settings -----------------------------------------------------------------------
    def edit_settings(self) -> None:
        """The project's recommenders: each on or off, its threshold, when to retrain."""
        from ..recommender_dialog import RecommenderDialog

        dialog = RecommenderDialog(self.project, [lb.name for lb in self.session.labels], self.parent)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.open()
        self.dialog = dialog

    def apply_settings(self, settings: RecommenderSettings) -> None:
        before = set(self.learners())
        self.session.set_recommender_settings(settings)
        if self.pretrained is not None:
            self.pretrained.settings_changed()
        added = [name for name in self.learners() if name not in before]
        if added and not set(added) <= set(self._saved()):
            self.start(added)
        elif not self.state:  # not training: the ready line names what is now on
            self._say_ready(self.session.models)

    def retrain(self) -> None:
        """Annotate > Suggested Entities > Retrain Now."""
        if not self.start():
            self.say(translate("MainWindow", "No recommender to train: switch one on in Annotate > Suggested "
                                             "Entities > Settings"), 5000)
