"""A package (annotator package) opens in the window as any project, its annotator named in the
title: what is edited there is that annotator's work (issue 14)."""

from __future__ import annotations

from annotator.cli import main
from annotator.core.store import Project


def test_the_title_names_whose_package_it_is(qtbot, tmp_path):
    from annotator.ui.main_window import MainWindow

    docs = tmp_path / "d.jsonl"
    docs.write_text('{"id": "d1", "text": "𠮷野家😀の社長"}\n', encoding="utf-8")
    lead, pkg = tmp_path / "lead.annotator", tmp_path / "a.annotator"
    assert main(["import", str(lead), str(docs)]) == 0
    assert main(["assign", str(lead), "--annotators", "a"]) == 0
    assert main(["package", str(lead), "--for", "a", "-o", str(pkg)]) == 0
    for path, expected in ((pkg, "a.annotator (a's package) — annotator"), (lead, "lead.annotator — annotator")):
        w = MainWindow(Project.open(path), document="d1")
        qtbot.addWidget(w)
        w.show()
        qtbot.waitUntil(lambda w=w: not w.view.tokens_held)
        assert w.windowTitle() == expected
        w.close()
        w.project.close()
