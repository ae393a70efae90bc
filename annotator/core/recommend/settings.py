"""A project's recommender settings: which recommenders are on, each one's threshold, and
after how many entity edits the window retrains them.

Settings, not annotations: stored as JSON in the project table (key ``recommenders``) outside
the undo history (``Project.recommender_settings`` / ``set_recommender_settings``). A value
missing or of the wrong type in the stored JSON falls back to its default (a file written by
another version stays readable).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

#: Entity edits after which the window retrains, unless the project says otherwise.
RETRAIN_EVERY = 20


@dataclass
class RecommenderSettings:
    """``enabled``: recommender (or imported source) name -> on; a name not listed is on when
    it is active for the label set (``default_enabled``). ``thresholds``: name -> least score
    shown; a name not listed uses its recommender's ``default_threshold`` (0 for imported
    sources). ``retrain_every``: entity edits after which the window retrains (at least 1)."""

    enabled: dict[str, bool] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)
    retrain_every: int = RETRAIN_EVERY
    #: recommender -> its label -> the project's label ("" for not proposed), over its defaults
    #: (GiNZA's labels; ``pretrained.default_mapping``).
    mappings: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def defaults(cls, labels: Sequence[str]) -> RecommenderSettings:
        """Every registered recommender on when it can propose something for ``labels``."""
        return cls(enabled={name: default_enabled(name, labels) for name in _registry()})

    def is_enabled(self, name: str, labels: Sequence[str] | None = None) -> bool:
        """Whether ``name`` is on (its default for ``labels`` when the settings do not say)."""
        on = self.enabled.get(name)
        if on is not None:
            return on
        return True if labels is None else default_enabled(name, labels)

    def threshold(self, name: str) -> float:
        """The least score of ``name``'s suggestions that are shown."""
        value = self.thresholds.get(name)
        if value is not None:
            return value
        cls = _registry().get(name)
        return float(cls.default_threshold) if cls is not None else 0.0

    def options(self, name: str) -> dict[str, Any]:
        """What ``recommend.create(name, labels, **options)`` needs of these settings."""
        mapping = self.mappings.get(name)
        return {"mapping": dict(mapping)} if mapping is not None else {}

    def to_json(self) -> dict[str, Any]:
        return {"enabled": dict(self.enabled), "thresholds": dict(self.thresholds),
                "retrain_every": self.retrain_every,
                "mappings": {name: dict(mapping) for name, mapping in self.mappings.items()}}

    @classmethod
    def from_json(cls, obj: Any, labels: Sequence[str] = ()) -> RecommenderSettings:
        """The settings ``obj`` holds, each missing or malformed value at its default."""
        out = cls.defaults(labels)
        if not isinstance(obj, dict):
            return out
        enabled = obj.get("enabled")
        if isinstance(enabled, dict):
            out.enabled.update({str(k): v for k, v in enabled.items() if isinstance(v, bool)})
        thresholds = obj.get("thresholds")
        if isinstance(thresholds, dict):
            out.thresholds.update({str(k): float(v) for k, v in thresholds.items()
                                   if isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1})
        every = obj.get("retrain_every")
        if isinstance(every, int) and not isinstance(every, bool) and every >= 1:
            out.retrain_every = every
        mappings = obj.get("mappings")
        if isinstance(mappings, dict):
            for name, mapping in mappings.items():
                if isinstance(mapping, dict):
                    out.mappings[str(name)] = {str(k): v for k, v in mapping.items() if isinstance(v, str)}
        return out


def default_enabled(name: str, labels: Sequence[str]) -> bool:
    """A registered recommender is on by default when it can propose something for
    ``labels`` (the numeric rules need a label for dates, money…), unless it is one switched on
    by hand only (GiNZA: slow, optional); an imported source always."""
    cls = _registry().get(name)
    if cls is None:
        return True
    return cls.on_by_default and cls(labels).inactive_reason() is None


def _registry() -> dict[str, Any]:
    from . import REGISTRY  # the package imports this module's users, not this module

    return REGISTRY
