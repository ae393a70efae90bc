"""Japanese morphology with exact code-point offsets (fugashi + unidic-lite).

MeCab reports no offsets: it skips whitespace and returns surfaces. Offsets are rebuilt
from the surfaces and checked against the text; what MeCab skips is whitespace (it belongs
to no token), and anything else it drops or mangles (NUL, odd control characters) becomes a
one-character unknown token, so tokens plus whitespace always cover the text.

A token is a plain tuple ``(start, end, surface, info)``; ``info`` is a plain tuple shared
by every token with the same analysis. Tuples of atoms are untracked by Python's cycle
collector (a class instance inside would keep them tracked), so a novel's quarter of a
million tokens costs no GC time, and they are built by ``zip`` in C. Read them with the
``START``/``END``/``SURFACE``/``INFO`` and ``POS``...``UNKNOWN`` indexes or the helpers.

Speed (the reason for the shape of ``_tokenize_chunk``): MeCab prints, per morpheme, a line
of the feature columns we use and a line with the surface. Slicing the lines gives the
surfaces and feature keys; ``accumulate(map(len, surfaces))`` gives the offsets; one string
comparison, ``"".join(surfaces) == chunk``, proves every token exact at once. Paragraphs
where MeCab skipped whitespace take a per-token path that checks each surface.

Texts are tokenized per paragraph (long paragraphs per chunk), never as one MeCab call,
with one tagger per thread.

Tokens serve snapping, so a few of MeCab's tokens are cut where an entity may start or end
(issue 11; ``tests/benchmarks/test_bench_boundaries.py`` measures it on the Stockmark corpus):
an unknown word grouped across ・ (``ミニシアター・シネマスコーレ``) is cut around each ・, an
unknown run of symbols (``-」``, ``!!!"``) into single symbols, each with the analysis MeCab
gives it alone, and a two-kanji common noun of a country abbreviation (日米, 渡米, 全米) into
its two kanji when its reading is theirs. Only chunks that hold such characters are scanned.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from itertools import accumulate

from .text import ASCII_WHITESPACE, iter_paragraphs, to_hiragana

#: Longest piece handed to MeCab in one call; longer paragraphs are cut after a sentence
#: end (or at a grapheme boundary, failing that) so memory per call stays bounded.
MAX_CHUNK = 4096
_SENTENCE_ENDS = "。！？!?．"

START, END, SURFACE, INFO = 0, 1, 2, 3


#: A morpheme's analysis, shared by all tokens with it: a plain tuple
#: (pos1, pos2, pos3, pos4, lemma, reading, unknown). ``lemma`` is UniDic's orthBase ("" for
#: unknown words: use the surface); ``reading`` is katakana ("" when unknown).
MorphInfo = tuple[str, str, str, str, str, str, bool]
POS, POS2, POS3, POS4, LEMMA, READING, UNKNOWN = range(7)

#: A token: (start, end, surface, info), offsets in code points, text[start:end] == surface.
Token = tuple[int, int, str, MorphInfo]

UNKNOWN_SYMBOL: MorphInfo = ("補助記号", "一般", "*", "*", "", "", True)


def pos_full(info: MorphInfo) -> str:
    """``名詞-固有名詞-人名-姓``: the part-of-speech levels that are set, joined by ``-``."""
    return "-".join(p for p in info[:4] if p and p != "*")


def lemma(tok: Token) -> str:
    """Dictionary form (orthBase); the surface for unknown words."""
    return tok[3][LEMMA] or tok[2]


def reading_hiragana(tok: Token) -> str:
    """The reading in hiragana, as furigana is written."""
    return to_hiragana(tok[3][READING])


def token_json(tok: Token) -> dict[str, object]:
    """The export form: the fields of the canonical ``tokens`` list."""
    info = tok[3]
    return {
        "start": tok[0],
        "end": tok[1],
        "surface": tok[2],
        "pos": pos_full(info),
        "lemma": info[LEMMA] or tok[2],
        "reading": info[READING],
    }


class Morphology:
    """Tokenizer facade: thread-safe (a tagger per thread), analyses cached per process."""

    def __init__(self) -> None:
        self._local = threading.local()
        # MeCab's feature line -> MorphInfo; bounded by the dictionary's distinct entries.
        self._infos: dict[str, MorphInfo] = {}
        # One string object per distinct surface: a novel has 250k tokens but 20k surfaces.
        self._surfaces: dict[str, str] = {}
        # A single character -> MeCab's analysis of it alone (symbols split out of unknown words).
        self._char_infos: dict[str, MorphInfo] = {}

    def _tagger(self):  # -> fugashi.GenericTagger; fugashi is imported lazily (CLI start-up)
        tagger = getattr(self._local, "tagger", None)
        if tagger is None:
            tagger = self._local.tagger = _new_tagger()
        return tagger

    @property
    def dictionary(self) -> str:
        info = self._tagger().dictionary_info
        return info[0]["filename"] if info else "?"

    def _info(self, line: str) -> MorphInfo:
        """Parse a feature line: status (1 = unknown), pos1-4, orthBase, lemma, kana."""
        info = self._infos.get(line)
        if info is None:
            f = [*line.split("\t"), "", "", "", "", "", "", "", ""]
            pos = [x or "*" for x in f[1:5]]  # MeCab prints UniDic's "*" as empty
            base = f[5] or f[6].split("-", 1)[0]  # orthBase; UniDic's lemma carries "-cafe" suffixes
            info = self._infos[line] = (pos[0], pos[1], pos[2], pos[3], base, f[7], f[0] == "1")
        return info

    # -- tokenizing ---------------------------------------------------------------------
    def tokenize(self, text: str) -> list[Token]:
        """All tokens of ``text``, paragraph by paragraph, offsets relative to ``text``."""
        return self.tokenize_range(text, 0, len(text))

    def tokenize_range(self, text: str, start: int, end: int) -> list[Token]:
        """Tokens of ``text[start:end]`` (a paragraph or a run of them), offsets relative to ``text``."""
        out: list[Token] = []
        piece = text if (start, end) == (0, len(text)) else text[start:end]
        for para in iter_paragraphs(piece):
            s, e = start + para.start, start + para.end
            while e - s > MAX_CHUNK:
                cut = chunk_end(text, s, s + MAX_CHUNK)
                self._tokenize_chunk(text, s, cut, out)
                s = cut
            if e > s:
                self._tokenize_chunk(text, s, e, out)
        return out

    def _tokenize_chunk(self, text: str, start: int, end: int, out: list[Token]) -> None:
        chunk = text[start:end]
        if "\x00" in chunk:
            # MeCab reads C strings: a NUL would end the input. Cut around it.
            pos = start
            for piece in chunk.split("\x00"):
                if piece:
                    self._tokenize_chunk(text, pos, pos + len(piece), out)
                pos += len(piece)
                if pos < end:
                    out.append((pos, pos + 1, "\x00", UNKNOWN_SYMBOL))
                    pos += 1
            return
        first = len(out)
        lines = self._tagger().parse(chunk).split("\n")
        if lines[-1] == "EOS" and len(lines) % 2 == 1:
            keys, surfaces = lines[0:-1:2], lines[1:-1:2]
            surfaces = list(map(self._surfaces.setdefault, surfaces, surfaces))
        else:  # not MeCab's usual answer: recover every character through the checked path
            keys, surfaces = [], []
        infos = list(map(self._infos.get, keys))
        if None in infos:
            infos = [self._info(k) for k in keys]
        if "".join(surfaces) == chunk:
            # Every surface is where the running sum of lengths puts it: exact by construction.
            bounds = list(accumulate(map(len, surfaces), initial=start))
            out.extend(zip(bounds, bounds[1:], surfaces, infos, strict=False))  # bounds has one more
        else:
            _place_checked(text, start, end, surfaces, infos, out)
        if _EXTENDERS.search(chunk):
            _merge_grapheme_extenders(out, first)
        if _MAY_SPLIT.search(chunk):
            self._split_unknown(out, first)
        if _COUNTRY_PAIR.search(chunk):
            _split_country_compounds(out, first)

    # -- splitting what MeCab groups as one unknown word ----------------------------------
    def _char_info(self, ch: str) -> MorphInfo:
        """The analysis MeCab gives ``ch`` alone (「 is 括弧開, ! is 句点), cached per character."""
        info = self._char_infos.get(ch)
        if info is None:
            lines = self._tagger().parse(ch).split("\n")
            info = self._info(lines[0]) if len(lines) == 3 and lines[1] == ch else UNKNOWN_SYMBOL
            self._char_infos[ch] = info
        return info

    def _split_unknown(self, out: list[Token], first: int) -> None:
        """Split unknown-word tokens at ・ and between symbols (see ``_pieces``)."""
        k = first
        while k < len(out):
            tok = out[k]
            if tok[3][UNKNOWN] and len(tok[2]) > 1:
                pieces = _pieces(tok[2])
                if len(pieces) > 1:
                    new: list[Token] = []
                    pos = tok[0]
                    for piece, alone in pieces:
                        info = self._char_info(piece[0]) if alone else tok[3]
                        new.append((pos, pos + len(piece), self._surfaces.setdefault(piece, piece), info))
                        pos += len(piece)
                    out[k:k + 1] = new
                    k += len(new)
                    continue
            k += 1


def _place_checked(text: str, start: int, end: int, surfaces: list[str], infos: list[MorphInfo],
                   out: list[Token]) -> None:
    """Place each surface after the whitespace MeCab skipped; fill any other gap."""
    cursor = start
    startswith = text.startswith
    for surface, info in zip(surfaces, infos, strict=True):
        if not surface:
            continue
        pos = cursor
        if not startswith(surface, pos) or pos + len(surface) > end:
            pos = text.find(surface, cursor, end)
            if pos < 0:
                continue
            _fill_gap(text, cursor, pos, out)
        stop = pos + len(surface)
        out.append((pos, stop, surface, info))
        cursor = stop
    if cursor < end:
        _fill_gap(text, cursor, end, out)


#: Characters that extend the grapheme before them: combining marks (including the kana
#: voicing marks U+3099/U+309A of decomposed text), ZWJ, variation selectors, skin tones, tags.
_EXTENDERS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u3099\u309a\u200d\ufe00-\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\U000e0100-\U000e01ef]"
)


#: Chunks that may hold a token to split: a middle dot, or two symbols in a row.
_MAY_SPLIT = re.compile(r"[・･]|[^\w\s]{2,}")
_MIDDLE_DOTS = "・･"


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _pieces(surface: str) -> list[tuple[str, bool]]:
    """``surface`` cut at each middle dot and between two symbols: (piece, is one character).

    MeCab groups unknown words by character class: ``ミニシアター・シネマスコーレ`` (katakana
    and ・ are one class) and ``-」`` or ``!!!"`` (symbols) become one token, and an entity
    that starts or ends inside cannot be snapped to. A middle dot is a piece of its own; a
    symbol next to a symbol is a piece of its own; other runs stay together. A combining mark,
    a variation selector or what follows a ZWJ stays with the character before it.
    """
    units: list[str] = []
    for ch in surface:
        if units and (_EXTENDERS.match(ch) or units[-1].endswith("\u200d")):
            units[-1] += ch
        else:
            units.append(ch)
    all_symbols = all(_is_symbol(u[0]) for u in units)
    pieces: list[tuple[str, bool]] = []
    for unit in units:
        alone = all_symbols or unit[0] in _MIDDLE_DOTS
        if pieces and not alone and not pieces[-1][1]:
            pieces[-1] = (pieces[-1][0] + unit, False)
        else:
            pieces.append((unit, alone))
    return pieces


#: One-kanji country abbreviations (米 = America in 日米, 渡米) and their readings in compounds.
#: 中 and 朝 are left out: 日中 is also "daytime", 来朝 an old word of its own.
_COUNTRY_READINGS = {
    "日": ("ニチ", "ニッ"), "米": ("ベイ",), "英": ("エイ",), "独": ("ドク", "ドッ"), "伊": ("イ",),
    "仏": ("フツ", "フッ"), "露": ("ロ",), "韓": ("カン",), "台": ("タイ",), "欧": ("オウ",), "豪": ("ゴウ",),
    "印": ("イン",), "蘭": ("ラン",), "ソ": ("ソ",),
}
#: Kanji that make a common noun of a country abbreviation: 渡米, 訪日, 在日, 反米, 全米, 対ソ…
_PREFIX_READINGS = {
    "渡": ("ト",), "訪": ("ホウ",), "在": ("ザイ",), "駐": ("チュウ",), "反": ("ハン",), "全": ("ゼン",),
    "対": ("タイ",), "親": ("シン",), "知": ("チ",), "来": ("ライ",), "滞": ("タイ",), "離": ("リ",),
    "帰": ("キ",), "排": ("ハイ",), "抗": ("コウ",), "嫌": ("ケン",),
}
_COUNTRY_PAIR = re.compile(f"[{''.join(_COUNTRY_READINGS)}{''.join(_PREFIX_READINGS)}][{''.join(_COUNTRY_READINGS)}]")
_COUNTRY_SPLITS: dict[tuple[str, MorphInfo], tuple[Token, Token] | None] = {}


def _country_info(ch: str, reading: str) -> MorphInfo:
    if ch in _PREFIX_READINGS:
        return ("接頭辞", "*", "*", "*", ch, reading, False)
    return ("名詞", "固有名詞", "地名", "一般" if ch == "欧" else "国", ch, reading, False)


def _country_pieces(surface: str, info: MorphInfo) -> tuple[Token, Token] | None:
    """日米 as 日 + 米 (offsets 0-1, 1-2), or None: only a two-kanji common noun of a country
    abbreviation with another or with a prefix-like kanji, whose reading is the two readings."""
    key = (surface, info)
    if key in _COUNTRY_SPLITS:
        return _COUNTRY_SPLITS[key]
    found = None
    if len(surface) == 2 and info[POS] == "名詞" and info[POS2] == "普通名詞" and surface[1] in _COUNTRY_READINGS:
        first, second = surface
        for r0 in _COUNTRY_READINGS.get(first, ()) + _PREFIX_READINGS.get(first, ()):
            for r1 in _COUNTRY_READINGS[second]:
                if r0 + r1 == info[READING]:
                    found = ((0, 1, first, _country_info(first, r0)), (1, 2, second, _country_info(second, r1)))
    if len(_COUNTRY_SPLITS) < 10_000:
        _COUNTRY_SPLITS[key] = found
    return found


def _split_country_compounds(out: list[Token], first: int) -> None:
    """Split 日米, 渡米, 全米… so that an entity 米 (LOCATION) can be snapped to."""
    k = first
    while k < len(out):
        tok = out[k]
        if len(tok[2]) == 2 and tok[2][1] in _COUNTRY_READINGS:
            pieces = _country_pieces(tok[2], tok[3])
            if pieces is not None:
                s = tok[0]
                out[k:k + 1] = [(s + a, s + b, piece, info) for a, b, piece, info in pieces]
                k += 2
                continue
        k += 1


def _merge_grapheme_extenders(out: list[Token], first: int) -> None:
    """Join a token that starts with a grapheme extender (or follows a ZWJ) to the one before.

    MeCab splits ``e`` + U+0301 and ``👨`` + ZWJ + ``👩``; a selection snapped to such tokens
    would cut a character in half as the reader sees it.
    """
    merged: list[Token] = []
    for tok in out[first:]:
        prev = merged[-1] if merged else None
        if prev is not None and prev[1] == tok[0] and (_EXTENDERS.match(tok[2]) or prev[2].endswith("\u200d")):
            merged[-1] = (prev[0], tok[1], prev[2] + tok[2], prev[3])
        else:
            merged.append(tok)
    del out[first:]
    out.extend(merged)


def chunk_end(text: str, start: int, limit: int) -> int:
    """Where to cut ``text[start:limit]``: after the last sentence end, else at ``limit``."""
    best = max(text.rfind(ch, start, limit) for ch in _SENTENCE_ENDS)
    if best > start:
        return best + 1
    cut = limit  # not between a character and its combining marks or inside a ZWJ sequence
    while cut > start + 1 and (_EXTENDERS.match(text, cut) or text[cut - 1] == "\u200d"):
        cut -= 1
    return cut


def _fill_gap(text: str, start: int, end: int, out: list[Token]) -> None:
    """Characters MeCab skipped: whitespace belongs to no token, anything else becomes one."""
    run = -1
    for i in range(start, end):
        if text[i] in ASCII_WHITESPACE:
            if run >= 0:
                out.append((run, i, text[run:i], UNKNOWN_SYMBOL))
                run = -1
        elif run < 0:
            run = i
    if run >= 0:
        out.append((run, end, text[run:end], UNKNOWN_SYMBOL))


#: Per morpheme, a line of features (status: 1 = unknown; pos1-4, orthBase, lemma, kana =
#: UniDic columns 0-3, 10, 7, 17) and a line with the surface; "EOS" last, so that fugashi's
#: strip() of the output can never eat a surface (U+3000 at either end of a paragraph).
#: ``-O ""`` clears unidic-lite's ``output-format-type``, which would override ``-F``.
_FORMAT = (
    '-O "" -E "EOS\\n" -F "%s\\t%f[0]\\t%f[1]\\t%f[2]\\t%f[3]\\t%f[10]\\t%f[7]\\t%f[17]\\n%m\\n" '
    '-U "%s\\t%f[0]\\t%f[1]\\t%f[2]\\t%f[3]\\n%m\\n"'
)


def _new_tagger():
    """A MeCab tagger on unidic-lite (never a full ``unidic`` that happens to be installed)."""
    import fugashi
    import unidic_lite

    dicdir = unidic_lite.DICDIR
    return fugashi.GenericTagger(f'-d "{dicdir}" -r "{dicdir}/mecabrc" {_FORMAT}')


_DEFAULT: Morphology | None = None
_DEFAULT_LOCK = threading.Lock()


def default_morphology() -> Morphology:
    """The process-wide tokenizer (one analysis cache, one tagger per thread)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Morphology()
    return _DEFAULT


def tokenize(text: str) -> list[Token]:
    return default_morphology().tokenize(text)
