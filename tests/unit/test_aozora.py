"""Aozora Bunko texts: base text only, the author's ruby in meta["ruby"], offsets exact."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core import formats
from annotator.core.formats import aozora, jsonl
from annotator.core.importer import import_files
from annotator.core.ruby import ruby_of
from annotator.core.store import Project
from tests.conftest import NOVEL, shared_file


def one(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    lines = aozora.parse(text)
    assert len(lines) == 1
    return lines[0].text, lines[0].ruby


def spans(text: str) -> list[tuple[str, str]]:
    base, ruby = one(text)
    return [(base[s:e], r) for s, e, r in ruby]


@pytest.mark.parametrize(
    ("marked", "base", "ruby"),
    [
        ("吾輩《わがはい》は猫である。", "吾輩は猫である。", [("吾輩", "わがはい")]),
        ("一番｜獰悪《どうあく》な種族", "一番獰悪な種族", [("獰悪", "どうあく")]),
        ("一｜疋《ぴき》も", "一疋も", [("疋", "ぴき")]),
        ("どこで生れたかとんと見当《けんとう》がつかぬ", "どこで生れたかとんと見当がつかぬ", [("見当", "けんとう")]),
        ("我々《われわれ》と〆切《しめきり》と三ヶ月《さんかげつ》", "我々と〆切と三ヶ月",
         [("我々", "われわれ"), ("〆切", "しめきり"), ("三ヶ月", "さんかげつ")]),
        ("以太利《イタリー》の大家", "以太利の大家", [("以太利", "イタリー")]),
        ("｜あいう《abc》と", "あいうと", [("あいう", "abc")]),
        ("カタカナ《かな》", "カタカナ", [("カタカナ", "かな")]),
        ("見《み》て煮《に》る", "見て煮る", [("見", "み"), ("煮", "に")]),
        # a ruby without ｜ never reaches back into the span of the previous one
        ("大《おおい》宗盛《むねもり》", "大宗盛", [("大", "おおい"), ("宗盛", "むねもり")]),
        ("へっつい［＃「へっつい」に傍点］の中", "へっついの中", []),
        ("［＃８字下げ］一［＃「一」は中見出し］", "一", []),
        ("気※［＃「陷のつくり＋炎」、第3水準1-87-64］《きえん》", "気燄", [("気燄", "きえん")]),
        ("※［＃「丞／犯のつくり」、第4水準2-3-54］", "卺", []),
        ("※［＃「吉」の異体字、U+20BB7］野", "𠮷野", []),
        ("※［＃判読不能］", "※", []),  # no character named: the ※ stays
        ("｜※［＃半濁点付き平仮名か、1-4-87］《か》の", "か\u309aの", [("か\u309a", "か")]),  # two code points
    ],
)
def test_rules(marked, base, ruby):
    got_base, got = one(marked)
    assert got_base == base
    assert [(got_base[s:e], r) for s, e, r in got] == ruby


@pytest.mark.parametrize(
    "marked",
    ["彼《かれ", "《よみ》だけ", "｜だけ", "漢字《》", "ひらがな《よみ》", "注記［＃閉じない", "｜《よみ》"],
)
def test_malformed_markup_is_kept_as_text(marked):
    """What is not well-formed markup stays, character for character: nothing lost or guessed."""
    base, ruby = one(marked)
    assert base == marked and ruby == []


def test_offsets_are_code_points_with_astral_characters_and_emoji():
    base, ruby = one("😀𠮷野《よしの》👨\u200d👩家《や》e\u0301｜𠮷《きち》")
    assert base == "😀𠮷野👨\u200d👩家e\u0301𠮷"
    assert [(base[s:e], r) for s, e, r in ruby] == [("𠮷野", "よしの"), ("家", "や"), ("𠮷", "きち")]
    assert ruby[0][:2] == (1, 3)


def test_symbol_block_removed_title_and_colophon_kept(tmp_path):
    text = ("吾輩は猫である\r\n夏目漱石\r\n\r\n" + "-" * 55 + "\r\n【テキスト中に現れる記号について】\r\n\r\n"
            "《》：ルビ\r\n（例）吾輩《わがはい》\r\n" + "-" * 55 + "\r\n\r\n"
            "　吾輩《わがはい》は猫である。\r\n\r\n底本：「夏目漱石全集1」ちくま文庫\r\n")
    path = tmp_path / "neko.txt"
    path.write_text(text, encoding="utf-8", newline="")
    (parsed,) = formats.read(path, "aozora")
    doc = parsed.doc
    assert doc is not None and parsed.problems == []
    assert doc.text == ("吾輩は猫である\r\n夏目漱石\r\n\r\n\r\n　吾輩は猫である。\r\n\r\n"
                        "底本：「夏目漱石全集1」ちくま文庫\r\n")
    assert "記号" not in doc.text and "ルビ" not in doc.text
    (ruby,) = ruby_of(doc.meta, len(doc.text))
    assert doc.text[ruby[0]:ruby[1]] == "吾輩" and ruby[2] == "わがはい"
    assert doc.meta["format"] == "aozora" and doc.meta["source"] == "neko.txt"


def test_split_lines_and_paragraphs_rebase_the_ruby(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("題\n\n見当《けんとう》がつかぬ。\n煙草《たばこ》と𠮷《よし》\n", encoding="utf-8")
    docs = [p.doc for p in formats.read(path, "aozora", split="lines")]
    assert [d.id for d in docs] == ["t:1", "t:3", "t:4"]
    for d in docs:
        for s, e, r in ruby_of(d.meta, len(d.text)):
            assert (d.text[s:e], r) in {("見当", "けんとう"), ("煙草", "たばこ"), ("𠮷", "よし")}
    assert docs[2].meta["ruby"] == [[0, 2, "たばこ"], [3, 4, "よし"]] and docs[2].meta["line"] == 4
    paras = [p.doc for p in formats.read(path, "aozora", split="paragraphs")]
    assert [d.text for d in paras] == ["題", "見当がつかぬ。\n煙草と𠮷"]
    assert [(paras[1].text[s:e], r) for s, e, r in ruby_of(paras[1].meta)] == [
        ("見当", "けんとう"), ("煙草", "たばこ"), ("𠮷", "よし")]


def test_only_markup_is_a_problem(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("［＃改ページ］\n", encoding="utf-8")
    (parsed,) = formats.read(path, "aozora")
    assert parsed.doc is None and parsed.problems


def test_format_is_registered_and_not_guessed_from_the_name():
    assert "aozora" in formats.FORMATS and formats.FORMATS["aozora"].read is not None
    assert formats.guess_format("wagahai.txt") == "txt"  # --format aozora chooses it
    assert aozora.looks_like_aozora("一番｜獰悪《どうあく》") and not aozora.looks_like_aozora("《》：ルビ")


def test_wagahai_imports_with_its_ruby_and_round_trips(tmp_path):
    path = shared_file(NOVEL)
    with Project.open(tmp_path / "p.annotator", create=True) as p:
        report = import_files(p, [path], fmt="aozora")
        assert report.documents == 1
        out = tmp_path / "out.jsonl"
        jsonl.write_project(p, out)
    (record,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    text, meta = record["text"], record["meta"]
    assert text.startswith("吾輩は猫である\r\n夏目漱石\r\n")
    assert not any(mark in text for mark in ("《", "》", "［＃", "｜"))
    assert "【テキスト中に現れる記号について】" not in text and "底本：" in text
    ruby = ruby_of(meta, len(text))
    assert len(ruby) == len(meta["ruby"]) > 9000  # every stored entry is valid
    first = [(text[s:e], r) for s, e, r in ruby[:5]]
    assert first == [("吾輩", "わがはい"), ("見当", "けんとう"), ("獰悪", "どうあく"), ("捕", "つかま"), ("煮", "に")]
    # export → import → export keeps meta.ruby byte for byte
    with Project.open(tmp_path / "q.annotator", create=True) as q:
        import_files(q, [out])
        again = tmp_path / "again.jsonl"
        jsonl.write_project(q, again)
    assert again.read_bytes() == out.read_bytes()


# -- ruby_of: a hand-edited meta never crashes whoever draws the ruby ------------------------

@pytest.mark.parametrize("meta", [None, 5, "ruby", [], {}, {"ruby": None}, {"ruby": "0,2,x"}, {"ruby": {"a": 1}}])
def test_ruby_of_without_a_list_is_empty(meta):
    assert ruby_of(meta) == []


def test_ruby_of_drops_invalid_entries():
    meta = {"ruby": [
        [0, 2, "わが"],
        [1, 3, "かさなる"],  # overlaps the first: dropped
        [True, 4, "ぶーる"], [4, 5.0, "ふろーと"], ["4", 5, "もじ"],  # not integer offsets
        [5, 5, "から"], [7, 6, "ぎゃく"], [-1, 1, "まいなす"],  # empty, reversed, negative
        [8, 9, 9], [8, 9, ""], [8, 9, "  "], [8, 9, "かい\nぎょう"], [8, 9, None],  # bad readings
        [8, 9], [8, 9, "よ", "ぶん"], "8,9,x", None, {"start": 8},  # not three items
        [10, 12, "そと"],  # past the end of a 11-character text
        [3, 5, "はい"],
        [9, 11, "おわり"],
    ]}
    assert ruby_of(meta, 11) == [(0, 2, "わが"), (3, 5, "はい"), (9, 11, "おわり")]
    assert ruby_of(meta) == [(0, 2, "わが"), (3, 5, "はい"), (9, 11, "おわり")]  # 10-12 overlaps 9-11
    assert ruby_of({"ruby": [[10, 12, "そと"], [9, 11, "おわり"]]}) == [(9, 11, "おわり")]


def test_ruby_of_sorts_and_keeps_the_first_listed_at_one_start():
    meta = {"ruby": [[5, 6, "b"], [0, 1, "a"], [5, 7, "c"]]}
    assert ruby_of(meta) == [(0, 1, "a"), (5, 6, "b")]


PIECES = [*"｜《》［＃］※漢字々ひカa 　", "\r\n", "\n", "𠮷", "😀", "e\u0301", "第3水準1-87-64"]
MARKUP = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_property_any_markup_gives_valid_ruby(text):
    """Never raises; every ruby is inside its line, ordered, disjoint, kept by ruby_of."""
    for line in aozora.parse(text):
        assert "\n" not in line.text and "\r" not in line.text
        assert ruby_of({"ruby": [list(r) for r in line.ruby]}, len(line.text)) == line.ruby


def test_the_import_command_splits_an_aozora_text(tmp_path):
    """`annotator import --format aozora --split paragraphs` makes one document per paragraph
    (a trial saw one document: the split reached only plain text)."""
    import subprocess

    from tests.conftest import annotator_cmd

    path = tmp_path / "t.txt"
    path.write_text("題\n\n見当《けんとう》がつかぬ。\n\n煙草《たばこ》と𠮷《よし》\n", encoding="utf-8")
    project = tmp_path / "p.annotator"
    res = subprocess.run([*annotator_cmd(), "import", str(project), str(path), "--format", "aozora",
                          "--split", "paragraphs"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    with Project.open(project) as p:
        ids = p.document_ids()
        assert len(ids) == 3
        last = p.document(ids[-1])
        assert last.text == "煙草と𠮷" and last.meta["ruby"] == [[0, 2, "たばこ"], [3, 4, "よし"]]
