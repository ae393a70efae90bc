"""Several annotators end to end through the ``annotator`` command (issue 14): assign, package,
annotate in the packages (core API and import --update), merge (idempotent, refusing other
projects' files and changed texts, never replacing newer work), export by version; with
astral characters in the texts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.core.model import Entity, Status
from annotator.core.ops import AddEntity, SetStatus
from annotator.core.store import Project

TEXTS = {
    "d1": "𠮷野家の社長は東京で会見した。",
    "d2": "😀トヨタは大阪に工場を持つ。",
    "d3": "山田さんは京都へ行った。",
    "d4": "ソニーの本社は品川にある。",
    "d5": "e\u0301clair と　\r\nパリ。",
}
NAMES = {"𠮷野家": "ORGANIZATION", "東京": "LOCATION", "トヨタ": "ORGANIZATION", "大阪": "LOCATION",
         "山田": "PERSON", "京都": "LOCATION", "ソニー": "ORGANIZATION", "品川": "LOCATION", "パリ": "LOCATION"}


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def entities_of(text: str, relabel: dict[str, str] | None = None, drop: set[str] = frozenset()) -> list[dict]:
    out = []
    for surface, label in NAMES.items():
        if surface in text and surface not in drop:
            s = text.index(surface)
            out.append({"id": f"T{len(out) + 1}", "start": s, "end": s + len(surface),
                        "label": (relabel or {}).get(surface, label), "text": surface})
    return out


def by_hand(where, sql: str) -> None:
    """Change the project at ``where`` outside annotator (a file with sqlite3, a server with psycopg)."""
    if isinstance(where, str):
        import psycopg

        with psycopg.connect(where, autocommit=True) as con:
            con.execute(sql)
        return
    con = sqlite3.connect(where)
    con.execute(sql)
    con.commit()
    con.close()


def exit_code(argv: list[str]) -> int:
    """``main``'s exit status, argparse's refusals (SystemExit) included."""
    try:
        return main(argv)
    except SystemExit as exc:
        return int(exc.code or 0)


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def lead(tmp_path, where):
    """The lead's project, made by ``import``: a project file, and (``where``) a database on a
    PostgreSQL server, named by its URL: every command below runs on both (issue 15)."""
    docs = write_jsonl(tmp_path / "docs.jsonl", [{"id": k, "text": t} for k, t in TEXTS.items()])
    assert main(["import", str(where), str(docs)]) == 0
    return where


def annotate(package: Path, user: str, relabel=None, drop=frozenset()) -> None:
    """The annotator's work in their package through the core API, as the window would do it."""
    with Project.open(package, user=user) as p:
        for doc in list(p.iter_documents()):
            for k, e in enumerate(entities_of(doc.text, relabel, drop), 1):
                p.apply(AddEntity(doc.id, Entity(f"T{k}", e["start"], e["end"], e["label"], e["text"])))
            p.apply(SetStatus(doc.id, Status(p.status(doc.id)), Status.DONE))


def test_assign_gives_each_document_one_annotator_and_a_share_two(lead, capsys):
    assert main(["assign", str(lead), "--annotators", "a,b,c", "--overlap", "0.4", "--seed", "7"]) == 0
    with Project.open(lead, read_only=True) as p:
        first = p.assignments()
    assert sorted(first) == sorted(TEXTS)
    assert sum(len(w) == 2 for w in first.values()) == 2  # 40% of 5
    assert all(1 <= len(w) <= 2 for w in first.values())
    counts = {n: sum(n in w for w in first.values()) for n in "abc"}
    assert max(counts.values()) - min(counts.values()) <= 1  # balanced
    assert main(["assign", str(lead), "--annotators", "a,b,c", "--overlap", "0.4", "--seed", "7"]) == 0
    with Project.open(lead, read_only=True) as p:
        assert p.assignments() == first  # the same arguments, the same assignment
    capsys.readouterr()
    for bad in ("a,curated", "a,all", "a,a", "a,b\x1b[31m", "a,\u202eb", "Ａ,a", "e\u0301"):
        assert main(["assign", str(lead), "--annotators", bad]) == 1
        assert "annotator" in capsys.readouterr().err
    for usage in ([","], ["a,,b"], ["a", "--overlap", "1.5"], ["a", "--overlap", "nan"], ["a", "--overlap", "x"]):
        assert exit_code(["assign", str(lead), "--annotators", *usage]) == 2  # wrong usage
    with Project.open(lead, read_only=True) as p:
        assert p.assignments() == first  # refused: nothing changed


def test_package_holds_only_what_the_annotator_needs(lead, tmp_path, capsys):
    assert main(["package", str(lead), "--for", "a", "-o", str(tmp_path / "a.annotator")]) == 1
    assert "run annotator assign first" in capsys.readouterr().err
    assert main(["assign", str(lead), "--annotators", "a,b", "--overlap", "0.4"]) == 0
    out = tmp_path / "a.annotator"
    assert main(["package", str(lead), "--for", "a", "-o", str(out)]) == 0
    with Project.open(lead, read_only=True) as p:
        mine = sorted(d for d, w in p.assignments().items() if "a" in w)
        lead_id, labels = p.project_id(), p.labels()
    with Project.open(out, read_only=True) as pkg:
        assert sorted(d.id for d in pkg.iter_documents()) == mine
        assert pkg.working_layer() == "a" and pkg.package_of() == lead_id and pkg.project_id() != lead_id
        assert pkg.labels() == labels
        assert all(pkg.document(d).text == TEXTS[d] for d in mine)
    assert main(["package", str(lead), "--for", "a", "-o", str(out)]) == 1  # never over an existing file
    assert "already exists" in capsys.readouterr().err
    assert main(["package", str(lead), "--for", "zed", "-o", str(tmp_path / "z.annotator")]) == 1
    assert "no document is assigned to 'zed'" in capsys.readouterr().err
    assert not (tmp_path / "z.annotator").exists()


def _round(lead: Path, tmp_path: Path) -> tuple[Path, Path]:
    assert main(["assign", str(lead), "--annotators", "a,b", "--overlap", "1"]) == 0  # all shared
    a, b = tmp_path / "a.annotator", tmp_path / "b.annotator"
    assert main(["package", str(lead), "--for", "a", "-o", str(a)]) == 0
    assert main(["package", str(lead), "--for", "b", "-o", str(b)]) == 0
    annotate(a, "a")
    annotate(b, "b", relabel={"東京": "ORGANIZATION"}, drop={"大阪"})
    return a, b


def test_merge_brings_the_work_back_once_and_keeps_the_logs(lead, tmp_path, capsys):
    a, b = _round(lead, tmp_path)
    assert main(["merge", str(lead), str(a), str(b)]) == 0
    assert "10 document versions" in capsys.readouterr().out
    with Project.open(lead, read_only=True) as p:
        assert p.layer_names() == ["a", "b"]
        got = p.layer_document("b", "d1")
        assert got.status is Status.DONE
        assert {(e.text, e.label) for e in got.entities} == {("𠮷野家", "ORGANIZATION"), ("東京", "ORGANIZATION")}
        assert p.entities("d1") == []  # the curated version is the lead's to make
        kept = p.db.conn.execute("SELECT count(*) FROM layer_oplog").fetchone()[0]
        log = p.db.conn.execute("SELECT count(*) FROM oplog").fetchone()[0]
    with Project.open(a, read_only=True) as pa, Project.open(b, read_only=True) as pb:
        assert kept == sum(px.db.conn.execute("SELECT count(*) FROM oplog").fetchone()[0] for px in (pa, pb))
    everything = tmp_path / "all1.jsonl"
    assert main(["export", str(lead), "-o", str(everything), "--layer", "all"]) == 0
    assert main(["merge", str(lead), str(a), str(b)]) == 0  # again: nothing changes
    assert "nothing new" in capsys.readouterr().out
    with Project.open(lead, read_only=True) as p:
        assert p.db.conn.execute("SELECT count(*) FROM oplog").fetchone()[0] == log
        assert p.db.conn.execute("SELECT count(*) FROM layer_oplog").fetchone()[0] == kept
    again = tmp_path / "all2.jsonl"
    assert main(["export", str(lead), "-o", str(again), "--layer", "all"]) == 0
    assert again.read_bytes() == everything.read_bytes()
    rec = read(everything)[0]
    assert rec["text"] == TEXTS["d1"] and set(rec["annotators"]) == {"curated", "a", "b"}
    for r in read(everything):
        for version in r["annotators"].values():
            for e in version["entities"]:
                assert r["text"][e["start"]:e["end"]] == e["text"]  # code points, after 𠮷 and emoji


def test_merge_refuses_other_projects_and_changed_texts_and_keeps_newer_work(lead, tmp_path, capsys):
    a, b = _round(lead, tmp_path)
    other = tmp_path / "other.annotator"
    one = write_jsonl(tmp_path / "o.jsonl", [{"id": "d1", "text": TEXTS["d1"]}])
    assert main(["import", str(other), str(one)]) == 0
    assert main(["assign", str(other), "--annotators", "a"]) == 0
    foreign = tmp_path / "foreign.annotator"
    assert main(["package", str(other), "--for", "a", "-o", str(foreign)]) == 0
    capsys.readouterr()
    assert main(["merge", str(lead), str(a), str(foreign)]) == 1
    err = capsys.readouterr().err
    assert "foreign.annotator: a package of another project" in err and "nothing was changed" in err
    with Project.open(lead, read_only=True) as p:
        assert p.layer_names() == []  # all or nothing: a's good package was not merged either
    con = sqlite3.connect(b)
    con.execute("UPDATE documents SET text = ? WHERE id = 'd3'", ("山田さんは奈良へ行った。",))
    con.commit()
    con.close()
    assert main(["merge", str(lead), str(b)]) == 1
    assert "document 'd3': its text differs" in capsys.readouterr().err
    assert main(["merge", str(lead), str(lead)]) == 1  # the project itself is no package
    assert main(["merge", str(lead), str(tmp_path / "missing.annotator")]) == 1
    # a newer version of a's work is merged; then an older copy of the package is not taken over it
    old_copy = tmp_path / "a-old.annotator"
    old_copy.write_bytes(a.read_bytes())
    with Project.open(a, user="a") as pa:
        pa.apply(AddEntity("d3", Entity("T9", 5, 7, "PERSON", "京都")))  # a changes their mind
    assert main(["merge", str(lead), str(a)]) == 0
    capsys.readouterr()
    assert main(["merge", str(lead), str(old_copy)]) == 0
    assert "newer" in capsys.readouterr().out
    with Project.open(lead, read_only=True) as p:
        assert ("京都", "PERSON") in {(e.text, e.label) for e in p.layer_document("a", "d3").entities}


def test_import_update_adds_work_as_the_current_annotator(lead, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path / "config"))
    work = write_jsonl(tmp_path / "work.jsonl", [
        {"id": k, "text": t, "status": "done", "entities": entities_of(t)} for k, t in TEXTS.items()])
    monkeypatch.setenv("ANNOTATOR_USER", "c")
    assert main(["import", str(lead), str(work), "--update"]) == 0
    assert "as c's work" in capsys.readouterr().out
    with Project.open(lead, read_only=True) as p:
        assert p.entities("d1") == []  # the curated version is untouched
        got = p.layer_document("c", "d5")
        assert [(e.text, e.start) for e in got.entities] == [("パリ", TEXTS["d5"].index("パリ"))]
        assert got.status is Status.DONE
    assert main(["import", str(lead), str(work), "--update"]) == 0  # again: nothing new is added
    with Project.open(lead, read_only=True) as p:
        assert len(p.layer_document("c", "d1").entities) == 2
    changed = write_jsonl(tmp_path / "changed.jsonl", [{"id": "d1", "text": "別の文。"},
                                                       {"id": "nope", "text": "x"}])
    assert main(["import", str(lead), str(changed), "--update"]) == 1
    err = capsys.readouterr().err
    assert "document 'd1': its text differs" in err and "document 'nope' is not in the project" in err
    # in a package of annotator a, a's own work goes into the working layer as logged operations
    assert main(["assign", str(lead), "--annotators", "a"]) == 0
    pkg = tmp_path / "a.annotator"
    assert main(["package", str(lead), "--for", "a", "-o", str(pkg)]) == 0
    assert main(["import", str(pkg), str(work), "--update", "--annotator", "a"]) == 0
    with Project.open(pkg, read_only=True) as p:
        assert {(e.text, e.label) for e in p.entities("d2")} == {("トヨタ", "ORGANIZATION"), ("大阪", "LOCATION")}
        assert p.status("d2") is Status.DONE
        assert p.db.conn.execute("SELECT count(*) FROM oplog WHERE kind = 'batch' AND user = 'a'").fetchone()[0] == 1


def test_export_by_version(lead, tmp_path, capsys):
    a, b = _round(lead, tmp_path)
    assert main(["merge", str(lead), str(a), str(b)]) == 0
    out = tmp_path / "b.jsonl"
    assert main(["export", str(lead), "-o", str(out), "--layer", "b"]) == 0
    assert {e["text"] for r in read(out) for e in r["entities"]} >= {"東京"} and all(
        r["status"] == "done" for r in read(out))
    assert "大阪" not in {e["text"] for r in read(out) for e in r["entities"]}
    assert main(["export", str(lead), "-o", str(out), "--layer", "curated"]) == 0
    assert all(r["entities"] == [] for r in read(out))
    capsys.readouterr()
    assert main(["export", str(lead), "-o", str(out), "--layer", "zed"]) == 1
    assert "no annotator 'zed'" in capsys.readouterr().err
    assert main(["export", str(lead), "-o", str(tmp_path / "x.conll"), "--format", "conll", "--layer", "a"]) == 2
    # a document only one annotator did: the default export gives their version
    assert main(["assign", str(lead), "--annotators", "c"]) == 0
    c = tmp_path / "c.annotator"
    assert main(["package", str(lead), "--for", "c", "-o", str(c)]) == 0
    annotate(c, "c")
    # only d3 counts for c: the others' versions of the rest stay
    by_hand(lead, "DELETE FROM layer_documents WHERE doc != (SELECT rowid FROM documents WHERE id = 'd4')")
    assert main(["merge", str(lead), str(c)]) == 0
    assert main(["export", str(lead), "-o", str(out)]) == 0
    by_id = {r["id"]: r for r in read(out)}
    assert by_id["d4"]["entities"] == [] and by_id["d4"]["status"] == "new"  # a and c both did it: curate first
    assert {e["text"] for e in by_id["d1"]["entities"]} == {"𠮷野家", "東京"}  # c's alone


def test_an_older_project_migrates_with_its_annotations_as_the_curated_version(tmp_path):
    path = tmp_path / "old.annotator"
    with Project.open(path, create=True) as p, p.bulk_import("t") as bulk:
        from annotator.core.model import Document

        bulk.add(Document("d1", TEXTS["d1"], entities=[Entity("T1", 0, 3, "ORGANIZATION", "𠮷野家")]))
    con = sqlite3.connect(path)
    for table in ("layer_documents", "layer_oplog", "assignments"):
        con.execute(f"DROP TABLE {table}")
    con.execute("DELETE FROM project WHERE key IN ('project_id', 'layer')")
    con.execute("PRAGMA user_version = 3")
    con.commit()
    con.close()
    with Project.open(path) as p:
        assert p.db.conn.execute("PRAGMA user_version").fetchone()[0] == 4
        assert p.working_layer() == "curated" and len(p.project_id()) == 32
        assert [e.text for e in p.entities("d1")] == ["𠮷野家"] and p.layer_names() == []


def test_merge_refuses_a_package_holding_unsound_annotations_and_check_reads_the_versions(lead, tmp_path, capsys):
    a, _b = _round(lead, tmp_path)
    for sql, said in (('UPDATE entities SET "end" = 999 WHERE id = \'T1\' AND doc = 1', "outside the text"),
                      ("UPDATE entities SET label = 'NOPE' WHERE id = 'T1' AND doc = 1", "label 'NOPE'"),
                      ("UPDATE entities SET text = 'XX' WHERE id = 'T1' AND doc = 1", "is not text")):
        bad = tmp_path / "bad.annotator"
        bad.write_bytes(a.read_bytes())
        con = sqlite3.connect(bad)
        con.execute("DROP TRIGGER export_cache_entity_update")
        con.execute(sql)
        con.commit()
        con.close()
        capsys.readouterr()
        assert main(["merge", str(lead), str(bad)]) == 1
        err = capsys.readouterr().err
        assert "document 'd1'" in err and said in err and "nothing was changed" in err
        bad.unlink()
    with Project.open(lead, read_only=True) as p:
        assert p.layer_names() == []
    assert main(["merge", str(lead), str(a)]) == 0
    # a stored version spoilt by hand: check says so
    by_hand(lead, "UPDATE layer_documents SET entities = '[{\"id\":\"T1\",\"start\":0,\"end\":99,\"label\":\"PERSON\","
                  "\"text\":\"x\"}]' WHERE layer = 'a' AND doc = 1")
    capsys.readouterr()
    assert main(["check", str(lead)]) == 1
    assert "a's version: entity T1" in capsys.readouterr().out + capsys.readouterr().err


def test_merge_keeps_work_added_to_a_version_after_the_package_changed(lead, tmp_path, capsys):
    _a, b = _round(lead, tmp_path)
    assert main(["merge", str(lead), str(b)]) == 0
    more = write_jsonl(tmp_path / "more.jsonl", [{"id": "d4", "text": TEXTS["d4"], "status": "done",
                                                  "entities": [{"id": "X", "start": 0, "end": 3, "label": "PERSON",
                                                                "text": "ソニー"}]}])
    assert main(["import", str(lead), str(more), "--update", "--annotator", "b"]) == 0
    with Project.open(b, user="b") as pb:  # b then edits another document of their package
        pb.apply(AddEntity("d5", Entity("T9", 0, 2, "PERSON", TEXTS["d5"][:2])))
    capsys.readouterr()
    assert main(["merge", str(lead), str(b)]) == 0
    assert "left as the project holds newer ones" in capsys.readouterr().out
    with Project.open(lead, read_only=True) as p:
        assert ("ソニー", "PERSON") in {(e.text, e.label) for e in p.layer_document("b", "d4").entities}
        assert ("e\u0301", "PERSON") in {(e.text, e.label) for e in p.layer_document("b", "d5").entities}


def test_package_never_writes_where_sqlite_keeps_the_projects_files(lead, tmp_path, capsys):
    assert main(["assign", str(lead), "--annotators", "a"]) == 0
    for suffix in ("-journal", "-wal", "-shm"):
        target = Path(f"{lead}{suffix}")
        assert main(["package", str(lead), "--for", "a", "-o", str(target)]) == 1
        assert not target.exists() or suffix != "-journal"
    assert main(["agreement", str(lead), "--label", "NOPE"]) == 2
    assert "not a label" in capsys.readouterr().err


def test_end_to_end_assign_package_annotate_merge_agree_curate_export(lead, tmp_path, capsys):
    """The whole round through the command, curation as the window does it (core operations
    through the lead's session: undoable, logged)."""
    from annotator.core import curation
    from annotator.core.session import Session

    a, b = _round(lead, tmp_path)  # b relabels 東京 and leaves out 大阪
    assert main(["merge", str(lead), str(a), str(b)]) == 0
    capsys.readouterr()
    assert main(["agreement", str(lead), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 5 and report["annotators"] == ["a", "b"]
    [pair] = report["pairs"]
    exact = pair["entities"]["exact"]
    n_a = sum(len(entities_of(t)) for t in TEXTS.values())
    assert exact["matched"] == n_a - 2  # 東京 relabelled, 大阪 left out; every other entity the same
    assert abs(exact["f1"] - 2 * (n_a - 2) / (n_a + n_a - 1)) < 1e-9
    with Project.open(lead, user="lead") as p:
        session = Session(p)
        session.open("d1")
        versions = p.versions_of("d1")
        op = curation.prefill(p.document("d1"), versions)  # 𠮷野家: both agree
        session.apply(op)
        [d] = curation.disagreements(versions, p.document("d1"))
        assert {n: [k[2] for k in keys] for n, keys in d.versions.items()} == {"a": ["LOCATION"],
                                                                                "b": ["ORGANIZATION"]}
        session.apply(curation.take(p.document("d1"), versions["b"], "b", d.start, d.end))
        assert {(e.text, e.label) for e in p.entities("d1")} == {("𠮷野家", "ORGANIZATION"), ("東京", "ORGANIZATION")}
        session.undo()
        assert {(e.text, e.label) for e in p.entities("d1")} == {("𠮷野家", "ORGANIZATION")}
        session.apply(curation.take(p.document("d2"), p.versions_of("d2")["a"], "a"))  # a's whole document
    out = tmp_path / "final.jsonl"
    assert main(["export", str(lead), "-o", str(out)]) == 0
    by_id = {r["id"]: r for r in read(out)}
    assert [(e["text"], e["label"]) for e in by_id["d1"]["entities"]] == [("𠮷野家", "ORGANIZATION")]
    assert {e["text"] for e in by_id["d2"]["entities"]} == {"トヨタ", "大阪"} and by_id["d2"]["status"] == "done"
    for r in by_id.values():
        for e in r["entities"]:
            assert r["text"][e["start"]:e["end"]] == e["text"]


def test_update_in_a_package_is_its_annotators_work(lead, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ANNOTATOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("ANNOTATOR_USER", raising=False)
    assert main(["assign", str(lead), "--annotators", "a"]) == 0
    pkg = tmp_path / "a.annotator"
    assert main(["package", str(lead), "--for", "a", "-o", str(pkg)]) == 0
    work = write_jsonl(tmp_path / "work.jsonl", [{"id": "d3", "text": TEXTS["d3"], "status": "done",
                                                  "entities": entities_of(TEXTS["d3"])}])
    assert main(["import", str(pkg), str(work), "--update"]) == 0  # nobody named: the package's annotator
    assert "as a's work" in capsys.readouterr().out
    monkeypatch.setenv("ANNOTATOR_USER", "b")
    assert main(["import", str(pkg), str(work), "--update"]) == 1  # b's work does not go into a's package
    assert "is a's package" in capsys.readouterr().err
    assert main(["merge", str(lead), str(pkg)]) == 0
    with Project.open(lead, read_only=True) as p:
        assert {e.text for e in p.layer_document("a", "d3").entities} == {"山田", "京都"}


def test_names_that_only_differ_in_case_or_width_are_one_and_curated_stays_reserved(lead, tmp_path, capsys):
    a, b = _round(lead, tmp_path)
    assert main(["merge", str(lead), str(a), str(b)]) == 0
    work = write_jsonl(tmp_path / "w.jsonl", [{"id": "d1", "text": TEXTS["d1"], "entities": []}])
    for other in ("A", "ａ"):
        assert main(["import", str(lead), str(work), "--update", "--annotator", other]) == 1
        assert "'a' written another way" in capsys.readouterr().err
    for reserved in ("Curated,x", "ｃｕｒａｔｅｄ,x", "ALL,x"):
        assert main(["assign", str(lead), "--annotators", reserved]) == 1
    with Project.open(lead, read_only=True) as p:
        assert p.layer_names() == ["a", "b"]


def test_merge_refuses_a_package_whose_claim_data_is_not_an_object(lead, tmp_path, capsys):
    a, _b = _round(lead, tmp_path)
    from annotator.core.model import Claim
    from annotator.core.ops import AddClaim

    with Project.open(a, user="a") as pa:
        pa.apply(AddClaim("d1", Claim("C1", 0, 3, "𠮷野家", {"type": "statement"})))
    con = sqlite3.connect(a)
    con.execute("UPDATE claims SET data = '[1,2]'")
    con.commit()
    con.close()
    assert main(["merge", str(lead), str(a)]) == 1
    err = capsys.readouterr().err
    assert "cannot read" in err and "Traceback" not in err and "nothing was changed" in err


def test_check_flags_a_version_stored_under_no_annotators_name(lead, tmp_path, capsys):
    a, _b = _round(lead, tmp_path)
    assert main(["merge", str(lead), str(a)]) == 0
    by_hand(lead, "UPDATE layer_documents SET layer = '' WHERE doc = 1")
    capsys.readouterr()
    assert main(["check", str(lead)]) == 1
    assert "which no annotator can have" in capsys.readouterr().out
