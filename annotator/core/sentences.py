"""Japanese sentence boundaries, as code-point spans.

A sentence ends after 。！？ (and the half-width ｡ ! ?, and ．), together with any closing
brackets and quotes that follow (「…。」 ends after 」), or at a line break. Runs of enders
(！？, ……。) stay with their sentence. Whitespace at the edges belongs to no sentence, so
every span is trimmed and non-empty. Not a sentence end (Wikipedia and news text are full
of titles and names with ! and ?):

- a closing quote followed by a particle or a comma (「行こう。」と言った, 「ノンストップ!」が
  始まった, 「知りたがり!」を): the quotation is part of the sentence that takes it up;
- ! or ? followed by a particle or a comma (Yahoo!の, モバHO!と, 何?と), or half-width ! or ?
  right after a Latin letter or digit and right before a Japanese character (Yahoo!百科事典);
- ! or ? (not 。, and not followed by U+3000 as in speech: 「え？　もう？」) inside brackets that
  close soon on the same line (「すすめ!!パイレーツ」,
  「TBS宇宙プロジェクト「日本人初!宇宙へ」」): at most ``CLOSE_SOON`` characters on, with the
  bracket opened at most ``OPEN_BACK`` characters before. A bracket that never closes, or
  closes far away (a long quoted speech), does not hold the sentence together;
- a straight quote (" or ') after an ender that opens rather than closes a quotation (an even
  number of them before it in the sentence): the sentence ends before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ENDERS = "。！？｡!?．"
CLOSERS = "」』）)】〕〉》\"'”’〙〛］]"
_SPACE = " \t\u3000\r\n"
#: What may follow a closing quote or a ! or ? inside one sentence: particles and commas.
_CONTINUES = ("と", "って", "とか", "など", "の", "が", "を", "に", "は", "で", "も", "へ", "や", "、", "，", ",")
_BOUNDARY = re.compile(f"[{re.escape(ENDERS)}]+[{re.escape(CLOSERS)}]*|\r\n|\n|\r")
_EXCLAIM = "!?！？"
_FULL_STOPS = "。｡．"
_STRAIGHT = "\"'"
#: Bracket pairs that hold a title or a name together (straight quotes are handled apart).
_PAIRS = {"「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〔": "〕", "〈": "〉", "《": "》",
          "［": "］", "[": "]", "“": "”", "‘": "’", "〘": "〙", "〚": "〛"}
_OPENS = {close: open_ for open_, close in _PAIRS.items()}
#: An ender inside brackets is no boundary when they close at most this many characters on…
CLOSE_SOON = 32
#: …and opened at most this many characters before.
OPEN_BACK = 100
_LATIN_DIGIT = re.compile("[0-9A-Za-z]")
_BREAKS = "\r\n"


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` in order; each ``text[start:end]`` is trimmed of spaces."""
    out: list[Sentence] = []
    pos = 0
    for m in _BOUNDARY.finditer(text):
        found = m.group()
        if found[0] in _BREAKS:
            _add(text, pos, m.start(), out)
            pos = m.end()
            continue
        end = m.end()
        if '"' in found or "'" in found:
            end = _straight_quotes_end(text, pos, m.start(), end)
        if _continues(text, m.start(), end):
            continue
        _add(text, pos, end, out)
        pos = end
    _add(text, pos, len(text), out)
    return out


def _straight_quotes_end(text: str, pos: int, start: int, end: int) -> int:
    """Where the boundary found at ``start:end`` ends: before a straight quote that opens one."""
    k = end
    while k > start and text[k - 1] in CLOSERS:
        k -= 1
    closers_end = k
    while closers_end < end:
        ch = text[closers_end]
        if ch in _STRAIGHT and text.count(ch, pos, closers_end) % 2 == 0:
            return closers_end  # an even count before: this quote opens the next sentence's quotation
        closers_end += 1
    return end


def _continues(text: str, start: int, end: int) -> bool:
    """Whether the enders (and closers) at ``start:end`` do not end the sentence."""
    nxt = text[end:end + 2]
    last = text[end - 1]
    if (last in CLOSERS or last in _EXCLAIM) and nxt.startswith(_CONTINUES):
        return True  # 「行こう。」と言った, 「知りたがり!」を, Yahoo!の (a straight quote left here closes)
    if last in "!?" and start > 0 and _LATIN_DIGIT.match(text, start - 1) and nxt and ord(nxt[0]) > 0x3000 \
            and nxt[0] not in _PAIRS:
        return True  # Yahoo!百科事典: a name, not an exclamation
    enders = set(text[start:end])
    if not enders.isdisjoint(_EXCLAIM) and enders.isdisjoint(_FULL_STOPS) and not text.startswith("\u3000", end):
        # titles and names: 「すすめ!!パイレーツ」; not 「…。…」 nor a question in speech, 「何？　猫が…」
        return _inside_short_brackets(text, end)
    return False


def _inside_short_brackets(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside brackets on one line that opened near before and close soon."""
    depth: list[str] = []
    limit = min(len(text), pos + CLOSE_SOON)
    closer = None
    for i in range(pos, limit):
        ch = text[i]
        if ch in _BREAKS:
            return False
        if ch in _PAIRS:
            depth.append(_PAIRS[ch])
        elif ch in _OPENS:
            if depth:
                if depth[-1] == ch:
                    depth.pop()
                continue
            closer = ch
            break
    if closer is None:
        return False
    opener = _OPENS[closer]
    depth.clear()
    for i in range(pos - 1, max(-1, pos - 1 - OPEN_BACK), -1):
        ch = text[i]
        if ch in _BREAKS:
            return False
        if ch in _OPENS:
            depth.append(_OPENS[ch])
        elif ch in _PAIRS:
            if depth:
                if depth[-1] == ch:
                    depth.pop()
                continue
            return ch == opener
    return False


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end))


def sentence_at(sentences: list[Sentence], pos: int) -> Sentence | None:
    """The sentence containing ``pos`` (or the nearest one before it)."""
    best = None
    for s in sentences:
        if s.start <= pos:
            best = s
            if pos < s.end:
                return s
        else:
            break
    return best
