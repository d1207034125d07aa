from __future__ import annotations

from pathlib import Path

from chartekit import Action
from chartekit.corpus import read_corpus

CORPORA = Path(__file__).parent / "corpora"


def test_jsonl_with_sidecar_and_malformed_lines() -> None:
    corpus = read_corpus(CORPORA / "small.jsonl")
    assert corpus.annotated_for == {"insult"}  # from small.yaml
    assert [m.id for m in corpus.messages][:2] == ["m1", "m2"]
    assert corpus.messages[0].action is Action.REMOVE
    assert corpus.messages[1].hard_negative
    assert corpus.messages[4].meta == {"note": "a rare insult the bundled charter does not know"}
    assert [(p.line, p.message[:12]) for p in corpus.problems] == [
        (10, "invalid JSON"), (11, "'text' is re")]


def test_csv_corpus(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("id,text,labels,action,hard_negative\n"
                    'a,"Sale con, va",insult,remove,\n'
                    "b,Bonjour,,allow,yes\n"
                    'c,"Deux, labels",insult;hate,,\n'
                    "d,,insult,,\n", encoding="utf-8")
    corpus = read_corpus(path)
    assert [(m.id, sorted(m.labels)) for m in corpus.messages] == [
        ("a", ["insult"]), ("b", []), ("c", ["hate", "insult"]), ("d", ["insult"])]
    assert corpus.messages[1].hard_negative
    assert corpus.annotated_for == {"insult", "hate"}  # no sidecar: the labels seen


def test_annotated_for_override() -> None:
    corpus = read_corpus(CORPORA / "small.jsonl", annotated_for=["insult", "hate"])
    assert corpus.annotated_for == {"insult", "hate"}


def test_bad_action_is_a_located_problem(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "x", "action": "delete"}\n{"text": "y", "labels": "insult"}\n',
                    encoding="utf-8")
    corpus = read_corpus(path)
    assert [(p.line, p.message) for p in corpus.problems] == [
        (1, "unknown action 'delete'"), (2, "'labels' must be a list of strings")]
