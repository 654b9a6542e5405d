"""The command line, run in-process with click's CliRunner on small invented texts.

The spaCy pipeline is loaded once per process (``load_nlp`` caches it), so
the commands here share one model.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from quotegraph.cli import cli, main, render_article

SEED_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "seed.gold.jsonl"

MAYOR = (
    "The mayor said on Monday that the bridge would reopen in May. "
    "\u201cWe are ready,\u201d she told reporters.\n\n"
    "According to the council, the budget is tight.\n"
)
REUTERS = "Reuters reports that a spokesman said the talks had collapsed."
OFFICIALS = "Officials said the plan had failed."


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "mayor.txt").write_text(MAYOR, encoding="utf-8")
    lines = [
        json.dumps({"id": "x1", "text": OFFICIALS, "outlet": "Courier"}),
        "{oops",
        json.dumps({"id": "x2", "text": REUTERS, "publisher": "Gazette"}),
    ]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def run(runner: CliRunner, *args: str) -> click.testing.Result:
    return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# -- help ---------------------------------------------------------------------


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    yield prefix, group
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, prefix + (name,))
        else:
            yield prefix + (name,), command


@pytest.mark.parametrize("path", [p for p, _ in _commands(cli)], ids=lambda p: " ".join(p) or "quotegraph")
def test_cli_every_command_has_help_with_an_example(runner, path):
    result = run(runner, *path, "--help")
    assert result.exit_code == 0, result.output
    assert "Examples:" in result.output
    assert "quotegraph " + " ".join(path) in result.output.split("Examples:", 1)[1]


def test_cli_commands_are_the_documented_ones():
    assert set(cli.commands) == {"extract", "evaluate", "graph", "sources", "stats", "show", "plot", "report"}


def test_cli_main_entry_point(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert "quotegraph" in capsys.readouterr().out


# -- extract ------------------------------------------------------------------


def test_cli_extract_jsonl_is_the_gold_format(runner, corpus):
    out = corpus / "pred.jsonl"
    result = run(runner, "extract", corpus / "mayor.txt", corpus / "news.jsonl", "-o", out)
    assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["mayor", "x1", "x2"]
    assert set(records[0]) >= {"id", "attributions", "sources", "meta"}
    a = records[0]["attributions"][0]
    assert {"id", "content", "source", "cue", "type", "source_entity", "source_kind", "parent"} <= set(a)
    assert MAYOR[a["content"][0] : a["content"][1]] == a["content_text"]
    assert records[1]["meta"]["outlet"] == "Courier"
    assert records[2]["meta"]["outlet"] == "Gazette"
    # the bad line is named with its line number, and the run went on
    assert f"{corpus / 'news.jsonl'}:2: not valid JSON" in result.stderr
    assert "3 succeeded, 0 skipped, 1 failed" in result.stderr
    assert not (corpus / "pred.jsonl.part").exists()


def test_cli_extract_no_text_and_quiet(runner, corpus):
    out = corpus / "pred.jsonl"
    result = run(runner, "extract", corpus / "mayor.txt", "-o", out, "--no-text", "-q")
    assert result.exit_code == 0
    assert result.stderr == ""
    record = read_jsonl(out)[0]
    assert "text" not in record and "content_text" not in record["attributions"][0]


def test_cli_extract_to_stdout_from_stdin(runner):
    result = runner.invoke(cli, ["extract", "-", "-o", "-", "-q"], input=OFFICIALS)
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["attributions"][0]["source_text"] == "Officials"


def test_cli_extract_csv_rows_neutralise_formulas(runner, tmp_path):
    text = "=HYPERLINK(1) is a trap, the analyst said."
    src = tmp_path / "in.csv"
    with src.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["doc", "body", "publisher"])
        w.writerow(["c1", text, "+Gazette"])
    out = tmp_path / "rows.csv"
    result = run(runner, "extract", src, "--text-field", "body", "--id-field", "doc",
                 "--field", "outlet=publisher", "-o", out)  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows and rows[0]["doc_id"] == "c1"
    assert rows[0]["outlet"] == "'+Gazette"
    assert rows[0]["content_text"].startswith("'=HYPERLINK")
    assert rows[0]["source_text"] == "the analyst"


def test_cli_extract_parquet_needs_pyarrow(runner, corpus):
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        result = run(runner, "extract", corpus / "mayor.txt", "-o", corpus / "rows.parquet")
        assert result.exit_code == 1
        assert result.output.startswith("Error: writing Parquet")
        assert "pip install pyarrow" in result.output
    else:
        result = run(runner, "extract", corpus / "mayor.txt", "-o", corpus / "rows.parquet")
        assert result.exit_code == 0


def test_cli_extract_into_db_is_incremental(runner, corpus):
    db = corpus / "q.db"
    first = run(runner, "extract", corpus / "mayor.txt", corpus / "news.jsonl", "--db", db)
    assert first.exit_code == 0, first.output
    assert "3 succeeded, 0 skipped (already done), 1 failed" in first.stderr
    assert f"quotegraph stats --failures --db {db}" in first.stderr
    second = run(runner, "extract", corpus / "mayor.txt", corpus / "news.jsonl", "--db", db)
    assert "0 succeeded, 3 skipped (already done), 1 failed" in second.stderr


def test_cli_extract_categories_and_confidence(runner, corpus):
    out = corpus / "p.jsonl"
    result = run(runner, "extract", corpus / "news.jsonl", "-o", out, "--categories", "writing", "-q")
    assert result.exit_code == 0
    cats = {a["cue_category"] for r in read_jsonl(out) for a in r["attributions"]}
    assert cats <= {"writing"}
    result = run(runner, "extract", corpus / "news.jsonl", "-o", out, "--min-confidence", "1", "-q")
    assert all(not r["attributions"] for r in read_jsonl(out))
    bad = run(runner, "extract", corpus / "news.jsonl", "-o", out, "--categories", "gossip")
    assert bad.exit_code == 2 and "not a cue category" in bad.output


# -- errors -------------------------------------------------------------------


def test_cli_missing_input_is_reported_and_does_not_stop(runner, corpus):
    out = corpus / "p.jsonl"
    result = run(runner, "extract", corpus / "nope.txt", corpus / "mayor.txt", "-o", out)
    assert result.exit_code == 0
    assert f"skipped {corpus / 'nope.txt'}: no such file or folder" in result.stderr
    assert len(read_jsonl(out)) == 1


def test_cli_bad_model_is_one_error_line(runner, corpus):
    result = run(runner, "extract", corpus / "mayor.txt", "--model", "no_such_model", "-o", corpus / "p.jsonl")
    assert result.exit_code == 1
    assert result.output.startswith("Error: spaCy pipeline 'no_such_model' is not installed")
    assert result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_cli_broken_jsonl_line_is_named(runner, corpus):
    gold = corpus / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g", "text": OFFICIALS, "attributions": []}) + "\n{broken\n")
    result = run(runner, "evaluate", gold, corpus / "news.jsonl")
    assert result.exit_code == 1
    assert result.output == f"Error: {gold}:2: invalid JSON: Expecting property name enclosed in double quotes\n"


def test_cli_missing_files_are_clean_errors(runner, tmp_path):
    for args in (
        ["evaluate", tmp_path / "gold.jsonl"],
        ["stats", "--db", tmp_path / "none.db"],
        ["graph", "--db", tmp_path / "none.db", "-o", tmp_path / "g.gexf"],
        ["show", tmp_path / "missing-article"],
    ):
        result = run(runner, *args)
        assert result.exit_code == 1, (args, result.output)
        assert result.output.startswith("Error: "), result.output
        assert str(tmp_path / Path(str(args[-1])).name) in result.output or "none.db" in result.output
        assert "Traceback" not in result.output


def test_cli_usage_errors(runner, corpus):
    assert run(runner, "extract", corpus / "mayor.txt", "-o", corpus / "x.xlsx").exit_code == 2
    assert run(runner, "extract", corpus / "mayor.txt", "-o", corpus / "x.jsonl", "--db", "q.db").exit_code == 2
    assert run(runner, "graph", corpus / "mayor.txt").exit_code == 2
    assert run(runner, "graph", corpus / "mayor.txt", "-o", corpus / "g.png").exit_code == 2


# -- evaluate -----------------------------------------------------------------


def _gold(tmp_path: Path) -> Path:
    gold = tmp_path / "gold.jsonl"
    text = OFFICIALS
    record = {"id": "g1", "text": text, "attributions": [
        {"id": "1", "content": [15, 34], "source": [0, 9], "cue": [10, 14], "type": "indirect"}]}  # fmt: skip
    gold.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return gold


def test_cli_evaluate_extracts_when_no_predictions(runner, tmp_path):
    gold = _gold(tmp_path)
    result = run(runner, "evaluate", gold)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split() == ["metric", "P", "R", "F1"]
    assert "attribution      1.000  1.000  1.000" in result.output


def test_cli_evaluate_json_and_errors(runner, tmp_path):
    gold = _gold(tmp_path)
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "g1", "attributions": [{"content": [0, 9]}]}) + "\n")
    result = run(runner, "evaluate", gold, pred, "--json", "--errors", "5")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["metrics"]["attribution"]["f1"] == 0.0
    assert data["errors"]["n_missed"] == 1 and data["errors"]["n_spurious"] == 1
    assert data["errors"]["missed"][0]["content_text"] == "the plan had failed"
    text = run(runner, "evaluate", gold, pred, "--errors", "5").output
    assert "Missed (gold attributions with no partial match): 1 shown of 1" in text
    assert "g1 [indirect] Officials | said | the plan had failed" in text
    assert "g1 [unknown] - | - | Officials" in text


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared evaluation data not present")
def test_cli_extract_evaluate_round_trip_on_seed(runner, tmp_path):
    pred = tmp_path / "seed.pred.jsonl"
    result = run(runner, "extract", SEED_GOLD, "-o", pred, "-q")
    assert result.exit_code == 0, result.output
    scored = run(runner, "evaluate", SEED_GOLD, pred)
    assert scored.exit_code == 0, scored.output
    line = next(li for li in scored.output.splitlines() if li.startswith("attribution "))
    assert line.split()[-1] == "1.000"
    # the predictions carry no gold annotations in their metadata
    assert "attributions" not in read_jsonl(pred)[0]["meta"]


# -- graph, sources, stats ----------------------------------------------------


def test_cli_graph_from_inputs_predictions_and_db(runner, corpus):
    pred = corpus / "pred.jsonl"
    run(runner, "extract", corpus / "news.jsonl", "-o", pred, "-q")
    from_inputs = run(runner, "graph", corpus / "news.jsonl", "-o", corpus / "a.gexf")
    assert from_inputs.exit_code == 0, from_inputs.output
    assert "2 documents, 3 sources, 3 claims" in from_inputs.stderr
    from_pred = run(runner, "graph", pred, "-o", corpus / "b.json")
    assert from_pred.exit_code == 0, from_pred.output
    data = json.loads((corpus / "b.json").read_text())
    labels = {n.get("label") for n in data["nodes"]}
    assert {"Reuters", "Officials"} <= labels
    db = corpus / "q.db"
    run(runner, "extract", corpus / "news.jsonl", "--db", db, "-q")
    from_db = run(runner, "graph", "--db", db, "-o", corpus / "c.csv")
    assert from_db.exit_code == 0
    assert (corpus / "c.nodes.csv").exists() and (corpus / "c.edges.csv").exists()


def test_cli_sources_table_and_csv(runner, corpus):
    result = run(runner, "sources", corpus / "news.jsonl", corpus / "mayor.txt", "-q")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["name", "kind", "mentions", "claims", "documents", "outlets"]
    assert any(li.startswith("Officials") and li.rstrip().endswith("Courier") for li in lines)
    out = corpus / "s.csv"
    result = run(runner, "sources", corpus / "news.jsonl", "--top", "1", "-o", out, "-q")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 1 and set(rows[0]) == {"name", "kind", "mentions", "claims", "documents", "outlets"}


def test_cli_stats_and_failures(runner, corpus):
    db = corpus / "q.db"
    run(runner, "extract", corpus / "news.jsonl", corpus / "mayor.txt", "--db", db, "-q")
    result = run(runner, "stats", "--db", db)
    assert result.exit_code == 0, result.output
    assert "documents              3" in result.output
    assert "By outlet" in result.output and "Courier" in result.output
    failures = run(runner, "stats", "--db", db, "--failures")
    assert failures.output == f"{corpus / 'news.jsonl'}:2: not valid JSON: Expecting property name enclosed in double quotes (column 2)\n"
    data = json.loads(run(runner, "stats", "--db", db, "--json").output)
    assert data["documents"] == 3 and data["input_errors"] == 1


# -- show ---------------------------------------------------------------------


def test_cli_show_plain(runner, corpus):
    result = run(runner, "show", corpus / "mayor.txt", "--no-color")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "\x1b[" not in out
    assert "[1 that the bridge would reopen in May 1]" in out
    assert "Who said what" in out
    assert "  1. mayor" in out and "— said" in out
    assert "according_to" in out


def test_cli_show_nested_from_db_in_colour(runner, corpus):
    db = corpus / "q.db"
    run(runner, "extract", corpus / "news.jsonl", "--db", db, "-q")
    result = run(runner, "show", "x2", "--db", db, "--color")
    assert result.exit_code == 0, result.output
    assert "\x1b[36m\x1b[1mReuters\x1b[0m" in result.output
    plain = click.unstyle(result.output)
    assert "inside 1" in plain  # the spokesman's claim is nested in Reuters'
    assert "Gazette" in plain
    missing = run(runner, "show", "nope", "--db", db)
    assert missing.exit_code == 1 and "no document with that id" in missing.output


def test_cli_show_picks_a_document_by_id(runner, corpus):
    result = run(runner, "show", corpus / "news.jsonl", "--id", "x1", "--no-color")
    assert result.exit_code == 0, result.output
    assert "Officials" in result.output and "Reuters" not in result.output


def test_render_article_without_attributions():
    from quotegraph.model import DocumentResult

    text = render_article(DocumentResult("d", "Nothing to see."), color=False)
    assert "Nothing to see." in text and "(no attributions found)" in text


def test_cli_show_annotated_file_as_is_or_extracted(runner, tmp_path):
    gold = _gold(tmp_path)
    as_is = run(runner, "show", gold, "--no-color")
    assert as_is.exit_code == 0, as_is.output
    assert "confidence" not in as_is.output  # gold annotations carry none
    extracted = run(runner, "show", gold, "--extract", "--no-color")
    assert extracted.exit_code == 0, extracted.output
    assert "confidence 0." in extracted.output
