"""Hostile and broken files and databases: each is read, or refused with a
clear error, and nothing else is lost or let in. Cases already covered
elsewhere (empty, binary, bad JSON lines, truncated gzip, Latin-1, concurrent
writers, other schema versions) stay in test_inputs.py, test_store.py and
test_runner.py; the table of all of them is docs/robustness.md."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sqlite3
import time

import pytest
from click.testing import CliRunner

from quotegraph.cli import cli, render_article
from quotegraph.inputs import InputDocument, InputError, read_inputs
from quotegraph.model import Attribution, DocumentResult
from quotegraph.runner import run
from quotegraph.store import Store

ARTICLE = "“We will rebuild the bridge,” the mayor said on Monday."


def split(items):
    items = list(items)
    docs = [i for i in items if isinstance(i, InputDocument)]
    return docs, [i for i in items if isinstance(i, InputError)]


@pytest.fixture
def runner(nlp):  # the model is loaded once per session; the CLI reuses it
    return CliRunner()


# -- files ---------------------------------------------------------------------


def test_hostile_json_surrogate_escapes_reach_every_output(runner, tmp_path):
    """A JSON "\\ud800" escape is valid JSON but not encodable UTF-8: one such
    record stopped extract -o .jsonl/.csv and --db with a UnicodeEncodeError."""
    path = tmp_path / "s.jsonl"
    records = [{"id": "s1", "text": "“We won \ud800 today,” the mayor said.", "title": "=X \ud83d \x07"},
               {"id": "s2", "text": ARTICLE}]  # fmt: skip
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert "\\ud800" in path.read_text(encoding="utf-8")
    (doc, _) = read_inputs(path)
    assert doc.text == "“We won \ufffd today,” the mayor said." and doc.meta["title"] == "=X \ufffd \x07"
    for out in ("o.jsonl", "o.csv"):
        result = runner.invoke(cli, ["extract", str(path), "-o", str(tmp_path / out), "-q"])
        assert result.exit_code == 0, result.output
    lines = (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["s1", "s2"]
    db = tmp_path / "s.db"
    result = runner.invoke(cli, ["extract", str(path), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.summary()["documents"] == 2 and list(store.failures()) == []


def test_hostile_truncated_utf8_stays_utf8(tmp_path):
    """A UTF-8 file cut inside its last character was read whole as Latin-1
    (every “ became â€œ); now only the cut character is lost."""
    data = (ARTICLE + " “More").encode("utf-8")
    (tmp_path / "cut.txt").write_bytes(data[: data.rindex("“".encode()) + 2])
    (doc,) = read_inputs(tmp_path / "cut.txt")
    assert doc.text == ARTICLE + " \ufffd" and doc.meta == {"encoding": "utf-8, truncated"}


def test_hostile_unknown_encoding_is_refused_up_front(runner, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    with pytest.raises(ValueError, match="unknown encoding 'klingon'"):
        read_inputs(tmp_path / "a.txt", encoding="klingon")
        next(iter(read_inputs(tmp_path / "a.txt", encoding="klingon")))


def test_hostile_gzip_without_gz_extension(tmp_path):
    """gzip data named .jsonl or .txt was refused as binary; it is read."""
    (tmp_path / "feed.jsonl").write_bytes(gzip.compress(json.dumps({"id": "g1", "text": ARTICLE}).encode() + b"\n"))
    (tmp_path / "story.txt").write_bytes(gzip.compress(ARTICLE.encode()))
    docs, errors = split(read_inputs(tmp_path))
    assert errors == [] and sorted((d.id, d.text) for d in docs) == [("g1", ARTICLE), ("story", ARTICLE)]


def test_hostile_wrong_extension_is_read_by_its_name(tmp_path):
    """JSONL named .txt is one text document (the name decides; --format overrides)."""
    (tmp_path / "feed.txt").write_text(json.dumps({"id": "x", "text": ARTICLE}) + "\n")
    (doc,) = read_inputs(tmp_path / "feed.txt")
    assert doc.text.startswith('{"id"')
    (doc,) = read_inputs(tmp_path / "feed.txt", fmt="jsonl")
    assert (doc.id, doc.text) == ("x", ARTICLE)


def test_hostile_unreadable_file_is_an_error_and_the_rest_is_read(tmp_path, monkeypatch):
    import quotegraph.inputs as inputs

    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": ARTICLE}) + "\n")
    (tmp_path / "c.txt").write_text(ARTICLE)
    real_open = inputs._open

    def deny(path, gz):
        if path.name == "b.jsonl":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, gz)

    monkeypatch.setattr(inputs, "_open", deny)
    docs, errors = split(read_inputs(tmp_path))
    assert [d.id for d in docs] == ["a", "c"]
    assert [(e.origin, e.message) for e in errors] == [
        (str(tmp_path / "b.jsonl"), f"cannot read file: [Errno 13] Permission denied: '{tmp_path / 'b.jsonl'}'")
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_hostile_symlink_loops(tmp_path):
    """Folder walks do not follow symlinked folders; a link loop between files
    is one error per link; a ** glob through a folder loop read the same file
    once per turn of the loop (40 times), now once."""
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "sub" / "a.txt").write_text(ARTICLE)
    (corpus / "sub" / "up").symlink_to("..")
    (corpus / "x.txt").symlink_to("y.txt")
    (corpus / "y.txt").symlink_to("x.txt")
    docs, errors = split(read_inputs(corpus))
    assert [d.id for d in docs] == ["sub/a"]
    assert sorted(os.path.basename(e.origin) for e in errors) == ["x.txt", "y.txt"]
    assert all("Too many levels of symbolic links" in e.message for e in errors)
    docs, _ = split(read_inputs(f"{corpus}/**/*.txt"))
    assert [d.text for d in docs] == [ARTICLE]
    docs, _ = split(read_inputs(f"{corpus}/**"))  # folders and files both match
    assert [d.id for d in docs] == ["sub/a"]


def test_hostile_ten_thousand_small_files(tmp_path):
    folder = tmp_path / "many"
    for i in range(100):
        sub = folder / f"d{i:03d}"
        sub.mkdir(parents=True)
        for j in range(100):
            (sub / f"{j:03d}.txt").write_text(f"Story {i}-{j}, the clerk said.")
    t0 = time.perf_counter()
    n = 0
    for item in read_inputs(folder):
        assert isinstance(item, InputDocument)
        n += 1
    assert n == 10_000
    assert time.perf_counter() - t0 < 30  # about 1 s: streamed, one file open at a time


# -- the store -------------------------------------------------------------------


def _doc(i: int, size: int = 20) -> DocumentResult:
    text = f"Story {i} " + "x" * size + ", the clerk said."
    return DocumentResult(f"d{i}", text, [Attribution("a1", (0, 5))])


def test_hostile_full_disk_is_reported_and_the_database_stays_whole(tmp_path):
    """SQLITE_FULL (simulated with max_page_count) rolled the transaction back
    itself; the store's own ROLLBACK then raised "cannot rollback - no
    transaction is active", hiding the full disk."""
    path = tmp_path / "full.db"
    store = Store(path)
    store.write_batch([_doc(0)])
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        store.write_batch([_doc(i, 5000) for i in range(1, 50)])
    assert not store._conn.in_transaction
    assert store.summary()["documents"] == 1  # nothing of the failed batch
    store._conn.execute("PRAGMA max_page_count = 1073741823")  # space again
    store.write_batch([_doc(i, 5000) for i in range(1, 50)])
    assert store.summary()["documents"] == 50
    assert store._conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.close()


def test_hostile_full_disk_during_a_run_then_resume(tmp_path):
    docs = [InputDocument(f"d{i}", f"Story {i} " + "x" * 3000, {}, "mem") for i in range(40)]
    extract = lambda batch: [DocumentResult(d.id, d.text, [Attribution("a1", (0, 5))]) for d in batch]  # noqa: E731
    path = tmp_path / "run.db"
    store = Store(path)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        run(docs, store, extract, batch_size=5)
    done = store.summary()["documents"]
    assert 0 < done < 40 and done % 5 == 0  # whole batches only
    assert store.runs()[-1]["status"] == "aborted"
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    summary = run(docs, store, extract, batch_size=5)
    assert (summary.skipped, summary.succeeded) == (done, 40 - done)
    assert store._conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    store.close()


def test_hostile_older_database_refused_by_the_cli_and_left_alone(runner, tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO meta VALUES ('schema_version', '0')")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    (tmp_path / "a.txt").write_text(ARTICLE)
    for args in (["extract", str(tmp_path / "a.txt"), "--db", str(path)], ["stats", "--db", str(path)],
                 ["graph", "--db", str(path), "-o", str(tmp_path / "g.gexf")]):  # fmt: skip
        result = runner.invoke(cli, args)
        assert result.exit_code == 1, (args, result.output)
        assert "schema version 0" in result.output and "Traceback" not in result.output
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


# -- the terminal ----------------------------------------------------------------


@pytest.mark.parametrize("color", [False, True])
def test_hostile_show_prints_no_control_characters(color):
    """`quotegraph show` printed escape sequences from the article (an OSC
    sequence retitles the terminal, even with --no-color)."""
    text = "The mayor said the bridge \x1b]0;owned\x07would \x1b[2Jreopen\r today."
    a = Attribution("a\x1b1", (15, len(text) - 1), (0, 9), (10, 14), source_entity="mayor\x1b[31m",
                    source_kind="person", channel="\x07")  # fmt: skip
    out = render_article(DocumentResult("d\x1b", text, [a], meta={"title": "T\x1b]8;;x\x07"}), color=color)
    plain = out.replace("\x1b[0m", "")
    for style in ("\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[35m", "\x1b[36m", "\x1b[1m\x1b[36m"):
        plain = plain.replace(style, "")
    assert not [ch for ch in plain if ord(ch) < 32 and ch not in "\n"], repr(out)
    assert "\ufffd]0;owned\ufffdwould" in out and "reopen today" in out


def test_hostile_odd_length_utf16_records(tmp_path):
    """A .csv/.jsonl starting with a UTF-16 BOM but cut to an odd length
    raised UnicodeDecodeError out of read_inputs (found by benchmarks/fuzz.py)."""
    (tmp_path / "a.csv").write_bytes("text\nThe mayor said no.\n".encode("utf-16") + b"]")
    (tmp_path / "b.jsonl").write_bytes(b"\xff\xfe]")
    docs, errors = split(read_inputs(tmp_path))
    assert docs == [] and [os.path.basename(e.origin) for e in errors] == ["a.csv", "b.jsonl"]
    assert all(e.message.startswith("cannot decode as utf-16") for e in errors), errors
