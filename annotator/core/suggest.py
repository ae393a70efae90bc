"""Claim suggestions from morphology, sentence by sentence.

A sentence is suggested as a claim when it holds a number with a counter or currency
(数詞 followed by ドル, 円, %, 人, 年...), an attribution cue or reporting verb (によれば,
報道では, と述べ, と発表, と報じ, 示唆...), or a prediction or hedge (予測, 見込み, 可能性,
とみられる, かもしれない...). ``type``, ``certainty``, ``cue`` and ``claimant`` are filled in
where the text tells, and ``Suggestion.reason`` says, in words, which cue or pattern fired.
Suggestions are computed, never stored or exported until accepted (as claims).

The rules, and why:

- Japanese is head-final: the *last* reporting, prediction or passive-hedge verb of the
  sentence is its frame and decides the certainty (…計画があると報じられた is reported,
  not predicted; …可能性があると予測している is predicted).
- A reporting verb in the active (Xは…と述べた, と予測している, 示唆した) names its claimant
  as the topic before は (else a subject before が, when a comma or an entity marks it as
  the speaker): preferably an entity in that phrase, else the phrase as a source.
- A passive frame (と報じられた, と予測されている, とみられる, とされる, と考えられる) names
  nobody: the claimant is left unspecified (``null``), unless an attribution cue
  (によれば, 報道では) names the source.
- An attribution cue before the claim (Xによれば, 報道では) needs something claimed after it
  in the same sentence ("Microsoft によれば:" alone is no claim); a reporting verb needs
  something reported before it (a line that starts with と述べた is no claim).
- としている / とした report only after a predicate (…増えるとしている); after a noun they
  are "treat as" (…を目的としている, 対象とした) and no cue. 計画 and 予定 are plans only
  after a verb or a verbal noun (撤廃する計画, 発売予定), not in 都市計画.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from . import messages as m
from .model import Entity
from .morph import LEMMA, POS, POS2, POS3, Token
from .sentences import Sentence, split_sentences

#: Counters and currencies that make a number a quantity (besides UniDic's 助数詞 classes).
COUNTERS = frozenset((
    "ドル", "円", "%", "％", "人", "億", "万", "兆", "倍", "割", "件", "社", "台", "ヶ月", "か月", "カ月",
    "年間", "日間", "時間", "歳", "位", "回", "個", "株", "ポイント", "ユーロ", "元", "ウォン", "名", "基", "機",
    "GW", "MW", "km", "トン", "枚", "店", "校", "票", "世帯", "倍増",
))
#: Attribution before the claim: the source precedes the cue, the claim follows it.
ATTRIBUTION = ("によれば", "によると", "報道では", "の話では")
#: Reporting verbs after the claim (…と述べた): the claimant is the sentence's topic.
REPORTING = ("と述べ", "と発表", "と報じ", "と語っ", "と語り", "と明らかにし", "と指摘", "と伝え", "と説明",
             "と強調", "と主張", "と話し", "としてい", "とした", "とされ", "と示唆", "を示唆", "示唆")
#: Predictions: a verb after the claim (と予測) or a word in it (見込み, 予定...).
PREDICTION = ("と予測", "予測", "と予想", "予想", "と見込", "見込み", "見込ま", "見通し", "予定", "計画",
              "になる見込", "する見通し")
#: Passive frames that hedge and name nobody (…とみられる: "it is thought that").
HEDGE_FRAMES = ("とみられ", "と見られ", "と考えられ", "と思われ")
#: Hedges within the claim: the author's own modality.
HEDGE = ("可能性", "かもしれ", "だろう", "でしょう", "恐れ", "おそれ", "模様", "ようだ", "らしい")

_KIND = {**{c: "hedge" for c in HEDGE}, **{c: "predict" for c in PREDICTION}, **{c: "report" for c in REPORTING},
         **{c: "hedge-frame" for c in HEDGE_FRAMES}, **{c: "attrib" for c in ATTRIBUTION}}
_CUES = re.compile("|".join(re.escape(c) for c in sorted(_KIND, key=len, reverse=True)))
#: Cues that take what comes before them as the claim (a quotative と or を, or a verbal noun).
_QUOTATIVE_PREDICTION = frozenset(("と予測", "と予想", "と見込"))
#: "Treat as" after a noun, "report" after a predicate.
_AFTER_PREDICATE = frozenset(("としてい", "とした"))
_PLANS = frozenset(("予定", "計画"))
_PASSIVE_BY_FORM = frozenset(("とされ", *HEDGE_FRAMES))
_PREDICATE_POS = frozenset(("動詞", "形容詞", "助動詞"))
_PHRASE_POS = frozenset(("名詞", "接頭辞", "接尾辞", "代名詞"))
_PASSIVE_LEMMAS = frozenset(("れる", "られる"))
_SPACES = " \u3000\t"
#: Sources that belong to someone named before の (ロイターの報道, 同社の発表, 政府の調査).
_GENERIC_SOURCES = frozenset(("報道", "発表", "調査", "調べ", "分析", "試算", "推計", "見方", "予測", "予想",
                              "声明", "報告", "報告書", "資料", "データ"))


@dataclass(frozen=True)
class Suggestion:
    """A suggested claim: a sentence's span, its proposed claim fields (``data``) and why.

    ``reasons`` lists each cue or pattern that fired, ``reason`` joins them into one line
    (both in the interface language)."""

    start: int
    end: int
    text: str
    data: dict[str, Any] = field(hash=False, compare=False)
    reasons: tuple[str, ...] = ()
    reason: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.reason and self.reasons:
            object.__setattr__(self, "reason", "; ".join(self.reasons))


def _is_number(tok: Token) -> bool:
    return tok[3][POS2] == "数詞" or tok[2].replace(",", "").replace(".", "").isdigit()


#: Units of dates and times of day: 2010年, 3月5日, 10時 state when, not how much.
DATE_UNITS = frozenset(("年", "月", "日", "時", "分", "秒", "年度", "世紀", "代"))


def _is_counter(tok: Token) -> bool:
    if tok[2] in DATE_UNITS:
        return False
    info = tok[3]
    return tok[2] in COUNTERS or info[POS2] == "助数詞" or info[POS3] == "助数詞可能" or info[POS] == "接尾辞"


def _quantity(tokens: list[Token]) -> tuple[int, int] | None:
    """The first number-with-counter run, as a span."""
    for i, tok in enumerate(tokens):
        if not _is_number(tok):
            continue
        j = i + 1
        while j < len(tokens) and (_is_number(tokens[j]) or tokens[j][2] in ",.，．"):
            j += 1
        if j < len(tokens) and _is_counter(tokens[j]):
            return (tok[0], tokens[j][1])
    return None


def _has_words(s: str) -> bool:
    """Whether ``s`` holds a word (a letter, kana, kanji or digit), not only punctuation."""
    return any(ch.isalnum() for ch in s)


@dataclass
class _Cue:
    start: int
    end: int
    text: str
    kind: str  # attrib, report, predict, hedge-frame, hedge
    passive: bool = False


class _Sentence:
    """One sentence's text and tokens, with the lookups the rules need."""

    def __init__(self, text: str, sentence: Sentence, tokens: list[Token], entities: list[Entity]) -> None:
        self.text = text
        self.start, self.end = sentence.start, sentence.end
        self.tokens = tokens
        self.starts = [t[0] for t in tokens]
        self.entities = entities

    def token_at(self, pos: int) -> int:
        """Index of the token starting at ``pos``, or -1."""
        i = bisect.bisect_left(self.starts, pos)
        return i if i < len(self.starts) and self.starts[i] == pos else -1

    def token_before(self, pos: int) -> Token | None:
        """The last token ending at or before ``pos`` (spaces between them skipped)."""
        i = bisect.bisect_left(self.starts, pos) - 1
        return self.tokens[i] if i >= 0 and self.tokens[i][1] <= pos else None

    def passive_after(self, end: int) -> bool:
        """Whether the verb a cue ends in is passive: れる/られる among the auxiliaries after it."""
        i = bisect.bisect_left(self.starts, end)
        for tok in self.tokens[i : i + 4]:
            info = tok[3]
            if info[POS] == "助動詞" and info[LEMMA] in _PASSIVE_LEMMAS:
                return True
            if not (info[POS] == "助動詞" or info[POS2] in ("非自立可能", "接続助詞")):
                return False
        return False

    def phrase_before(self, anchor: int) -> int:
        """Start of the noun phrase that ends at ``anchor`` (spaces before it skipped), or ``anchor``."""
        start = anchor
        i = bisect.bisect_left(self.starts, anchor) - 1
        while i >= 0:
            tok = self.tokens[i]
            gap = self.text[tok[1] : start]
            # 𠮷 is an unknown 補助記号 to the dictionary, yet a letter of the name
            wordlike = tok[3][POS] in _PHRASE_POS or (tok[3][POS] in ("補助記号", "記号") and tok[2].isalnum())
            if not wordlike or gap.strip(_SPACES) or tok[0] < self.start:
                break
            start = tok[0]
            i -= 1
        return start

    def claimant(self, phrase_start: int, anchor: int) -> dict[str, Any] | None:
        """The entity ending in the phrase ``phrase_start``–``anchor`` (nearest the anchor), else
        the phrase as a source; None when the phrase is empty."""
        inside = [e for e in self.entities if e.start >= self.start and phrase_start < e.end <= anchor]
        if inside:
            nearest = max(inside, key=lambda e: (e.end, -e.start))
            return {"kind": "entity", "entity": nearest.id}
        source = self.text[phrase_start:anchor].strip(_SPACES)
        return {"kind": "source", "text": source} if source else None

    def attribution_source(self, cue: _Cue) -> dict[str, Any] | None:
        """Who an attribution cue names: the phrase before it (報道では: 報道 itself), or the
        owner of a generic source noun (ロイターの報道によると: ロイター)."""
        anchor = cue.start + 2 if cue.text == "報道では" else cue.start
        phrase = self.phrase_before(anchor)
        if self.text[phrase:anchor] in _GENERIC_SOURCES and self.text[phrase - 1 : phrase] == "の":
            owner = self.phrase_before(phrase - 1)
            if owner < phrase - 1:
                return self.claimant(owner, phrase - 1)
        return self.claimant(phrase, anchor)

    def topic(self, before: int) -> dict[str, Any] | None:
        """The speaker of a reporting verb at ``before``: the first topic (Xは, not では/には)
        outside quotation brackets, else a subject Xが followed by a comma or ending in an entity."""
        subject = None
        for i, tok in enumerate(self.tokens):
            if tok[0] >= before:
                break
            if tok[2] not in ("は", "が") or tok[3][POS] != "助詞" or tok[3][POS2] not in ("係助詞", "格助詞"):
                continue
            if i == 0 or self.tokens[i - 1][3][POS] == "助詞":
                continue  # では, には, とは, のは: not a topic
            opened = self.text[self.start : tok[0]]
            if opened.count("「") > opened.count("」") or opened.count("『") > opened.count("』"):
                continue  # inside a quotation: the quoted sentence's topic
            phrase = self.phrase_before(tok[0])
            if phrase == tok[0]:
                continue
            found = self.claimant(phrase, tok[0])
            if tok[2] == "は":
                return found
            marked = self.text[tok[1] : tok[1] + 1] in ("、", "，", ",")
            if subject is None and found is not None and (marked or found["kind"] == "entity"):
                subject = found
        return subject


def _cues(s: _Sentence) -> list[_Cue]:
    """The cues of a sentence that hold up in context, in order."""
    out: list[_Cue] = []
    body = s.text[s.start : s.end]
    for match in _CUES.finditer(body):
        cue = match.group()
        start, end = s.start + match.start(), s.start + match.end()
        kind = _KIND[cue]
        if cue[0] in "とを" and s.token_at(start) < 0:
            continue  # not the particle: part of a word (ひとしている)
        if cue in _AFTER_PREDICATE:
            before = s.token_before(start)
            if before is None or before[3][POS] not in _PREDICATE_POS or s.text[end : end + 1] in ("ら", "り"):
                continue  # 目的としている, 対象とした: "treat as"; としたら: "if"
        if cue in _PLANS:
            before = s.token_before(start)
            if before is None or before[1] != start or not (before[3][POS] == "動詞" or before[3][POS3] == "サ変可能"):
                continue  # 都市計画, 予定表: not a plan of doing something
        if kind == "attrib" and not _has_words(s.text[end : s.end]):
            continue  # "Microsoft によれば:" alone: nothing is claimed
        quotative = kind in ("report", "hedge-frame") or cue in _QUOTATIVE_PREDICTION
        if quotative and not _has_words(s.text[s.start : start]):
            continue  # と述べた at the start of a line: nothing is reported
        passive = cue in _PASSIVE_BY_FORM or (kind in ("report", "predict") and s.passive_after(end))
        out.append(_Cue(start, end, s.text[start:end], kind, passive))
    return out


def _attribution_reason(cue: _Cue, who: str) -> str:
    if who:
        return (m.translate("Core", "attribution cue “{cue}”: the source “{who}” is named before it")
                .format(cue=cue.text, who=who))
    return m.translate("Core", "attribution cue “{cue}”: no source is named before it").format(cue=cue.text)


def _frame_reason(cue: _Cue, via: str, who: str) -> str:
    """Why the deciding cue fired and where the claimant came from (``via``: topic, source, none)."""
    if cue.kind == "hedge":
        return m.translate("Core", "hedge “{cue}”").format(cue=cue.text)
    if cue.passive:
        return m.translate("Core", "passive “{cue}”: the sentence does not name who says so").format(cue=cue.text)
    if cue.kind == "predict" and cue.text not in _QUOTATIVE_PREDICTION:
        return m.translate("Core", "prediction cue “{cue}”").format(cue=cue.text)
    verb = (m.translate("Core", "prediction verb") if cue.kind == "predict"
            else m.translate("Core", "reporting verb"))
    if via == "topic":
        return (m.translate("Core", "{verb} “{cue}”: the claimant is the topic “{who}” before は/が")
                .format(verb=verb, cue=cue.text, who=who))
    if via == "source":
        return (m.translate("Core", "{verb} “{cue}”: no topic before it; the claimant is the attribution's source")
                .format(verb=verb, cue=cue.text))
    return (m.translate("Core", "{verb} “{cue}”: no topic before it names the claimant")
            .format(verb=verb, cue=cue.text))


def _who(claimant: dict[str, Any] | None, entities: list[Entity]) -> str:
    """The claimant as shown in a reason: the entity's text or the source's."""
    if claimant is None:
        return ""
    if claimant.get("kind") == "entity":
        return next((e.text for e in entities if e.id == claimant.get("entity")), "")
    return str(claimant.get("text", ""))


_CERTAINTY = {"attrib": "reported", "report": "reported", "predict": "predicted", "hedge-frame": "hedged",
              "hedge": "hedged"}


def suggest_in_sentence(text: str, sentence: Sentence, tokens: list[Token],
                        entities: list[Entity]) -> Suggestion | None:
    """A suggested claim for one sentence (its tokens and entities given), or None."""
    s_text = text[sentence.start : sentence.end]
    quantity = _quantity(tokens)
    s = _Sentence(text, sentence, tokens, entities)
    cues = _cues(s) if _CUES.search(s_text) else []
    if not (quantity or cues):
        return None
    frames = [c for c in cues if c.kind in ("report", "predict", "hedge-frame")]
    attrib = next((c for c in cues if c.kind == "attrib"), None)
    hedge = next((c for c in cues if c.kind == "hedge"), None)
    decisive = frames[-1] if frames else attrib or hedge  # head-final: the last frame decides

    data: dict[str, Any] = {"type": "other", "checkworthy": "unsure", "certainty": "asserted",
                            "polarity": "negated" if _negated(s_text) else "affirmed",
                            "claimant": {"kind": "author"}, "cue": None, "arguments": [], "note": ""}
    reasons = []
    if quantity:
        data["type"] = "quantity"
        data["checkworthy"] = "yes"
        reasons.append(m.translate("Core", "a number with a counter: “{text}”")
                       .format(text=text[quantity[0]:quantity[1]]))
    if decisive is None:
        return Suggestion(sentence.start, sentence.end, s_text, data, tuple(reasons))

    source: dict[str, Any] | None = None  # what an attribution cue names
    if attrib is not None:
        source = s.attribution_source(attrib)
        reasons.append(_attribution_reason(attrib, _who(source, entities)))
    data["certainty"] = _CERTAINTY[decisive.kind]
    if any(c.kind == "predict" for c in cues):
        data["type"] = "prediction"
        data["checkworthy"] = "yes"
    elif data["certainty"] == "reported" and not quantity:
        data["type"] = "quote"
    via = "none"
    if decisive.passive:
        data["claimant"] = source  # nobody is named, unless an attribution cue names the source
    elif decisive.kind == "report" or decisive.text in _QUOTATIVE_PREDICTION:
        topic = s.topic(decisive.start)
        via = "topic" if topic is not None else "source" if source is not None else "none"
        data["claimant"] = topic or source
    elif attrib is not None:
        data["claimant"] = source
    data["cue"] = {"start": decisive.start, "end": decisive.end, "text": decisive.text}
    if decisive is not attrib:
        reasons.append(_frame_reason(decisive, via, _who(data["claimant"], entities)))
    return Suggestion(sentence.start, sentence.end, s_text, data, tuple(reasons))


_NEGATION = re.compile("(ない|ません|なかった|ず[、。]|ではな)")


def _negated(s: str) -> bool:
    return bool(_NEGATION.search(s))


def suggest(text: str, tokens: list[Token], entities: list[Entity],
            sentences: list[Sentence] | None = None) -> list[Suggestion]:
    """Suggested claims for a document (``tokens`` in order, as from ``Morphology.tokenize``)."""
    starts = [t[0] for t in tokens]
    ents = sorted(entities, key=lambda e: (e.start, e.end))
    ent_starts = [e.start for e in ents]
    out = []
    for sentence in sentences if sentences is not None else split_sentences(text):
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        elo = bisect.bisect_left(ent_starts, sentence.start)
        ehi = bisect.bisect_left(ent_starts, sentence.end)
        found = suggest_in_sentence(text, sentence, tokens[lo:hi], ents[elo:ehi])
        if found is not None:
            out.append(found)
    return out
