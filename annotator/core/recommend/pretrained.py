"""An optional pretrained recommender: GiNZA (``ja_ginza``, a spaCy pipeline) with an editable
mapping from its labels to the project's.

GiNZA's named-entity labels are those of Sekine's Extended Named Entity hierarchy (about 190:
``Company``, ``Province``, ``Period_Year``…). Each is mapped to one of the project's labels or
to none (not proposed). The default mapping goes through a coarse kind (``ENE_KINDS``: person,
company, place, date…) and the label names each kind goes to in the label sets the program
knows (IREX, Stockmark, OntoNotes-like names; ``KIND_LABELS``); the project's settings may
replace it entry by entry (``RecommenderSettings.mappings["ginza"]``).

GiNZA is an extra (``pip install 'annotator[ginza]'``), never bundled in the standalone
program: without it the recommender is inactive and says why. It learns nothing from the
project; its score is a constant (spaCy's NER gives no confidence per entity), so its
threshold either shows all of its suggestions or none.

It is slow (about 30 sentences a second on two cores, tok2vec and NER only), so the window
never calls it in the GUI thread: a recommender made with ``results=`` a ``Results`` store
answers only from it, says a sentence is ``pending`` until its result is there, and the store
lists the sentences asked for (``take_wanted``) for a worker process to run the pipeline on
(``ui/controllers/pretrained.py``), which ``put``s them back. The store outlives recommenders
(a retraining or a settings change makes new ones). The command line calls GiNZA in-process.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar

from .. import messages as m
from ..morph import Token
from .base import EntitySuggestion, Example, Recommender, TokenCache
from .numeric import LABEL_NAMES as NUMERIC_LABEL_NAMES

#: The spaCy package GiNZA's model is.
MODEL = "ja_ginza"
#: The pipes named-entity recognition needs; the others (parser, morphologizer…) are left out.
EXCLUDE = ("parser", "morphologizer", "compound_splitter", "bunsetu_recognizer")
#: The score of every GiNZA suggestion.
SCORE = 0.9
#: A raw result: (start, end, GiNZA label), code points of the text given.
Raw = list[tuple[int, int, str]]

_KIND_ENE: dict[str, str] = {
    "person": "Person God",
    "company": "Company Company_Group Corporation_Other Juridical_Person Juridical_Person_Other",
    "political": "Government Cabinet Military Political_Organization Political_Organization_Other "
                 "Political_Party International_Organization",
    "organization": "Organization Organization_Other Show_Organization Family Sports_Organization "
                    "Sports_Organization_Other Pro_Sports_Organization Sports_Federation Sports_League "
                    "Sports_Team Nonprofit_Organization Channel Ethnic_Group_Other Religion",
    "place": "Location_Other GPE GPE_Other City Province Country County Spa Region Region_Other "
             "Continental_Region Domestic_Region Geological_Region Geological_Region_Other Mountain Island "
             "River Lake Sea Bay Astral_Body_Other Planet Postal_Address",
    "facility": "Facility Facility_Other Facility_Part Archaeological_Place_Other GOE_Other Park Sports_Facility "
                "Museum Zoo Amusement_Park Theater Worship_Place Public_Institution School Research_Institute "
                "Car_Stop Station Airport Port Line_Other Railroad Road Canal Water_Route Tunnel Bridge Tumulus",
    "product": "Product_Other Character Vehicle_Other Car Train Aircraft Spaceship Ship Food_Other Clothing "
               "Drug Weapon Award Money_Form Game",
    "work": "Broadcast_Program Movie Show Music Book Printing_Other Newspaper Magazine Art_Other",
    "event": "Event_Other Occasion_Other Religious_Festival Conference Incident_Other War Natural_Disaster "
             "Earthquake",
    "date": "Date Day_Of_Week Era Period_Day Period_Week Period_Month Period_Year Periodx_Other Timex_Other "
            "Time_Top_Other",
    "time": "Time Period_Time",
    "money": "Money",
    "percent": "Percent",
    "quantity": "Age Calorie Countx_Other Frequency Intensity Latitude_Longtitude Measurement_Other Multiplication "
                "N_Animal N_Country N_Event N_Facility N_Flora N_Location_Other N_Natural_Object_Other "
                "N_Organization N_Person N_Product Physical_Extent Point Space Speed Temperature Unit_Other "
                "Volume Weight",
}
#: GiNZA label -> coarse kind (labels not listed, such as ``Dish`` or ``Position_Vocation``, have none).
ENE_KINDS: dict[str, str] = {ene: kind for kind, enes in _KIND_ENE.items() for ene in enes.split()}

#: Label names each kind goes to, in order of preference (ASCII compared case-insensitively).
KIND_LABELS: dict[str, tuple[str, ...]] = {
    "person": ("PERSON", "人名", "PER"),
    "company": ("法人名", "ORGANIZATION", "ORG", "組織名", "COMPANY"),
    "political": ("政治的組織名", "ORGANIZATION", "ORG", "組織名"),
    "organization": ("その他の組織名", "ORGANIZATION", "ORG", "組織名"),
    "place": ("地名", "LOCATION", "LOC", "GPE"),
    "facility": ("施設名", "FACILITY", "FAC", "LOCATION", "LOC"),
    "product": ("製品名", "ARTIFACT", "PRODUCT"),
    "work": ("WORK_OF_ART", "ARTIFACT", "作品名", "製品名"),
    "event": ("イベント名", "EVENT"),
    **NUMERIC_LABEL_NAMES,
}


@functools.cache
def missing() -> str | None:
    """Why GiNZA cannot run here (spaCy or ``ja_ginza`` not installed), or None. Looks for
    the packages without importing them (importing spaCy takes seconds)."""
    for package in ("spacy", MODEL):
        try:
            found = importlib.util.find_spec(package) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            return m.translate("Core", "GiNZA is not installed (pip install 'annotator[ginza]'; it is not part of "
                                       "the standalone program)")
    return None


def default_mapping(labels: Sequence[str]) -> dict[str, str]:
    """Each GiNZA label -> the project's label its kind goes to (``KIND_LABELS``), where the
    label set has one."""
    by_name: dict[str, str] = {}
    for label in labels:
        by_name.setdefault(label.upper() if label.isascii() else label, label)
    kind_label: dict[str, str] = {}
    for kind, names in KIND_LABELS.items():
        for name in names:
            found = by_name.get(name.upper() if name.isascii() else name)
            if found is not None:
                kind_label[kind] = found
                break
    return {ene: kind_label[kind] for ene, kind in ENE_KINDS.items() if kind in kind_label}


@functools.cache
def known_labels() -> list[str]:
    """GiNZA's labels the mapping editor lists, sorted: those of the installed model (read from
    its ``meta.json``, without loading it) and every one with a kind."""
    names = set(ENE_KINDS)
    try:
        spec = importlib.util.find_spec(MODEL)
        origin = spec.origin if spec is not None else None
        if origin:
            with open(os.path.join(os.path.dirname(origin), "meta.json"), encoding="utf-8") as f:
                meta = json.load(f)
            names.update(str(x) for x in meta.get("labels", {}).get("ner", []) if isinstance(x, str))
    except (ImportError, ValueError, OSError, AttributeError):
        pass  # not installed, or a model without the list: the labels with a kind
    return sorted(names)


class Pipeline:
    """GiNZA loaded once per process (about a second), NER only."""

    _nlp: Any = None

    @classmethod
    def get(cls) -> Any:
        if cls._nlp is None:
            import spacy  # an optional extra: imported only when GiNZA is used

            cls._nlp = spacy.load(MODEL, exclude=list(EXCLUDE))
        return cls._nlp

    @classmethod
    def entities(cls, texts: Iterable[str]) -> list[Raw]:
        """GiNZA's entities of each text, as (start, end, label) in code points, white space
        at their ends left out."""
        nlp = cls.get()
        out: list[Raw] = []
        for doc in nlp.pipe(list(texts), batch_size=32):
            found: Raw = []
            for ent in doc.ents:
                start, end = ent.start_char, ent.end_char
                text = doc.text
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                if start < end:
                    found.append((start, end, str(ent.label_)))
            out.append(found)
        return out


class Results:
    """GiNZA's raw results by sentence text, computed elsewhere, the most recent ``keep`` kept;
    and the texts asked for that have none yet."""

    def __init__(self, keep: int = 4096) -> None:
        self.keep = keep
        self._results: OrderedDict[str, Raw] = OrderedDict()
        self._wanted: dict[str, None] = {}

    def get(self, text: str) -> Raw | None:
        return self._results.get(text)

    def want(self, text: str) -> None:
        self._wanted[text] = None

    def take_wanted(self) -> list[str]:
        """The texts asked for since the last call that have no result, in the order asked."""
        wanted = [t for t in self._wanted if t not in self._results]
        self._wanted.clear()
        return wanted

    def put(self, texts: Sequence[str], results: Sequence[Raw]) -> None:
        """GiNZA's results for ``texts``."""
        for text, raw in zip(texts, results, strict=True):
            self._results[text] = [(int(s), int(e), str(lb)) for s, e, lb in raw]
            self._results.move_to_end(text)
        while len(self._results) > self.keep:
            self._results.popitem(last=False)


class GinzaRecommender(Recommender):
    """GiNZA's entities under the project's mapping. With ``results``, answer only from that
    store (the window's worker process fills it); else run GiNZA in-process."""

    name: ClassVar[str] = "ginza"
    version: ClassVar[int] = 1
    default_threshold: ClassVar[float] = 0.0
    learns: ClassVar[bool] = False
    pretrained: ClassVar[bool] = True
    #: Off unless switched on: it is slow, optional, and knows nothing of the project.
    on_by_default: ClassVar[bool] = False

    def __init__(self, labels: Sequence[str], *, threshold: float | None = None,
                 mapping: Mapping[str, str] | None = None, results: Results | None = None) -> None:
        super().__init__(labels, threshold=threshold)
        base = default_mapping(self.labels)
        if mapping is not None:  # the project's edits over the defaults: "" means not proposed
            for ene, label in mapping.items():
                if label == "":
                    base.pop(str(ene), None)
                elif label in self.labels:
                    base[str(ene)] = label
        self.mapping = base
        self.results = results

    @property
    def trained(self) -> bool:
        return bool(self.mapping) and missing() is None

    def inactive_reason(self) -> str | None:
        why = missing()
        if why is not None:
            return why
        if not self.mapping:
            return m.translate("Core", "no GiNZA label is mapped to a label of this project: GiNZA proposes nothing")
        return None

    def train(self, examples: Sequence[Example], *, cancelled: Callable[[], bool] | None = None,
              cache: TokenCache | None = None) -> None:
        """Nothing to learn: GiNZA is pretrained."""
        self.trained_examples = len(examples)

    def pending(self, text: str) -> bool:
        """With a ``results`` store that has nothing for ``text`` yet: True, and it is asked for."""
        if self.results is None or self.results.get(text) is not None:
            return False
        self.results.want(text)
        return True

    # -- suggesting --------------------------------------------------------------------
    def raw(self, text: str) -> Raw:
        if self.results is not None:
            return self.results.get(text) or []
        return Pipeline.entities([text])[0]

    def predict(self, text: str, tokens: list[Token]) -> list[EntitySuggestion]:
        return self.mapped(text, self.raw(text))

    def mapped(self, text: str, raw: Raw) -> list[EntitySuggestion]:
        """``raw`` GiNZA entities as suggestions of the project's labels (unmapped ones left out)."""
        out = []
        for start, end, ene in raw:
            label = self.mapping.get(ene)
            if label is not None and 0 <= start < end <= len(text):
                out.append(EntitySuggestion(start, end, label, text[start:end], self.name, SCORE))
        return out

    def predict_many(self, texts: Sequence[str]) -> list[list[EntitySuggestion]]:
        """``predict`` for many texts in one pass of the pipeline (the command line)."""
        if self.results is not None:
            return [self.predict(t, []) for t in texts]
        return [self.mapped(t, raw) for t, raw in zip(texts, Pipeline.entities(texts), strict=True)]

    def payload(self) -> bytes:
        return json.dumps({"mapping": self.mapping}, ensure_ascii=False).encode()

    def load_payload(self, payload: bytes) -> None:
        try:
            obj = json.loads(payload)
            self.mapping = {str(k): str(v) for k, v in obj["mapping"].items() if v in self.labels}
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not GiNZA's payload: {exc}") from None

    @classmethod
    def environment(cls) -> str:
        from importlib.metadata import PackageNotFoundError, version

        try:
            return f"ja_ginza {version(MODEL)}"
        except PackageNotFoundError:  # not installed: nothing of it can be reused
            return ""
