"""The SQLite store: round trips, replacement, atomic batches, refusal of foreign files, concurrent writers."""

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from quotegraph.inputs import InputDocument, InputError
from quotegraph.model import Attribution, DocumentResult, Source
from quotegraph.store import DocumentFailure, Store, StoreError, text_hash

TEXT = "“The bridge is safe,” the engineer said. Officials disagreed, according to the Tribune."


def full_result(doc_id="d1"):
    return DocumentResult(
        id=doc_id,
        text=TEXT,
        attributions=[
            Attribution(
                id="a1", content=(1, 20), source=(22, 34), cue=(35, 39), type="direct",
                source_entity="the engineer", source_kind="person", channel=None, cue_lemma="say",
                cue_category="speech", rule="quote-cue-subject", confidence=0.9,
            ),
            Attribution(
                id="a2", content=(41, 60), source=(79, 86), cue=(62, 74), type="according_to",
                source_entity="Tribune", source_kind="media", parent="a1", channel="Tribune",
                rule="according-to", confidence=0.75,
            ),
            Attribution(id="a3", content=(41, 60)),
        ],
        sources=[
            Source(id="s1", name="the engineer", kind="person", mentions=[(22, 34)]),
            Source(id="s2", name="Tribune", kind="media", aliases=["the Tribune"], roles=["newspaper"],
                   mentions=[(75, 86)]),
        ],
        meta={"title": "Bridge", "outlet": "Tribune", "date": "2024-01-01", "author": "A. B", "url": "u",
              "tags": ["x", "y"], "words": 14},
    )  # fmt: skip


def test_store_round_trip(tmp_path):
    result = full_result()
    with Store(tmp_path / "q.db") as store:
        store.write_batch([result], origins={"d1": "in.jsonl:1"})
        assert list(store.iter_results()) == [result]
        assert store.get("d1") == result and store.get("nope") is None
    with sqlite3.connect(tmp_path / "q.db") as conn:
        row = conn.execute("SELECT title, outlet, date, author, url, origin, status FROM documents").fetchone()
        assert row == ("Bridge", "Tribune", "2024-01-01", "A. B", "u", "in.jsonl:1", "ok")
        view = conn.execute("SELECT id, outlet, content_start, content_end FROM attributions_meta ORDER BY seq")
        assert view.fetchall() == [("a1", "Tribune", 1, 20), ("a2", "Tribune", 41, 60), ("a3", "Tribune", 41, 60)]


def test_store_rewrite_replaces_all_rows_of_the_document(tmp_path):
    with Store(tmp_path / "q.db") as store:
        store.write_batch([full_result("d1"), full_result("d2")])
        smaller = DocumentResult("d1", "New text, he said.", [Attribution("b1", (0, 9))], [], {"title": "T2"})
        store.write_batch([smaller])
        assert [r.id for r in store.iter_results()] == ["d1", "d2"]
        assert store.get("d1") == smaller
        assert store.get("d2") == full_result("d2")
        summary = store.summary()
        assert (summary["documents"], summary["attributions"], summary["sources"]) == (2, 4, 2)


def test_store_batch_is_all_or_nothing(tmp_path):
    with Store(tmp_path / "q.db") as store:
        store.write_batch([full_result("keep")])
        broken = DocumentResult("bad", "x", [Attribution("z", None)])  # no content span
        with pytest.raises(ValueError, match="no content span"):
            store.write_batch([full_result("new"), full_result("keep"), broken], [InputError("f:1", "oops")])
        assert [r.id for r in store.iter_results()] == ["keep"]
        assert store.get("keep") == full_result("keep")
        assert list(store.failures()) == []
        store.write_batch([full_result("after")])  # the connection is usable again
        assert [r.id for r in store.iter_results()] == ["after", "keep"]


def test_store_is_done_needs_same_text_and_success(tmp_path):
    with Store(tmp_path / "q.db") as store:
        store.write_batch([full_result("ok")])
        doc = InputDocument("broken", "Some text.", {"outlet": "X"}, "a.txt")
        store.write_batch([], [DocumentFailure(doc, "ValueError: boom", "trace")])
        assert store.is_done("ok", text_hash(TEXT))
        assert not store.is_done("ok", text_hash(TEXT + " "))
        assert not store.is_done("broken", text_hash("Some text."))  # failed documents are retried
        assert not store.is_done("never", text_hash(TEXT))


def test_store_failures_and_input_errors(tmp_path):
    with Store(tmp_path / "q.db") as store:
        run_id = store.start_run(model="fake 1.0")
        doc = InputDocument("d9", "Text.", {}, "feed.jsonl:9")
        store.write_batch(
            [], [InputError("feed.jsonl:3", "not valid JSON"), DocumentFailure(doc, "KeyError: 'x'")], run_id=run_id
        )
        assert [str(f) for f in store.failures()] == [
            "feed.jsonl:9 (document d9): KeyError: 'x'",
            "feed.jsonl:3: not valid JSON",
        ]
        assert {f.run_id for f in store.failures()} == {run_id}
        # The fixed line, read again, clears its error; the failed document succeeding clears its failure.
        fixed = DocumentResult("feed:3", "Now fine.")
        store.write_batch([fixed, DocumentResult("d9", "Text.")], origins={"feed:3": "feed.jsonl:3"})
        assert list(store.failures()) == []
        store.finish_run(run_id, succeeded=2, skipped=0, failed=0)
        summary = store.summary()
        assert summary["documents"] == 2 and summary["failed"] == 0 and summary["input_errors"] == 0
        last = summary["last_run"]
        assert (last["model"], last["status"], last["succeeded"], last["schema_version"]) == ("fake 1.0", "finished", 2, 1)
        assert last["quotegraph_version"] and last["finished_at"]


def test_store_uses_wal_and_busy_timeout(tmp_path):
    with Store(tmp_path / "q.db", timeout=7) as store:
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._conn.execute("PRAGMA busy_timeout").fetchone()[0] == 7000


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_store_refuses_other_schema_version_without_touching_it(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO meta VALUES ('schema_version', '0')")
        conn.execute("INSERT INTO documents VALUES ('x', 'old result')")
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="schema version 0.*uses version 1.*was not changed"):
        Store(path)
    assert digest(path) == before
    assert not (tmp_path / "old.db-wal").exists()


def test_store_refuses_foreign_files(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE pets (name TEXT)")
    conn.close()
    with pytest.raises(StoreError, match="not a quotegraph one .*tables: pets"):
        Store(other)
    article = tmp_path / "article.txt"
    article.write_text("This is an article, not a database. " * 50)
    before = digest(article)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(article)
    assert digest(article) == before
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


WRITER = textwrap.dedent(
    """
    import sys, time
    from quotegraph.model import Attribution, DocumentResult
    from quotegraph.store import Store
    path, prefix, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
    store = Store(path)
    time.sleep(max(0.0, start - time.time()))  # both writers start together
    for batch in range(200):
        results = []
        for i in range(10):
            n = batch * 10 + i
            doc_id = f"shared-{n % 50}" if n % 3 == 0 else f"{prefix}-{n}"
            text = f"Document {doc_id} text, said the clerk."
            results.append(DocumentResult(doc_id, text, [Attribution(f"{doc_id}-{k}", (0, 8)) for k in range(3)]))
        store.write_batch(results)
    store.close()
    """
)


def test_store_concurrent_writers(tmp_path):
    path = tmp_path / "shared.db"
    Store(path).close()  # both writers open an existing database; creation races are covered by the next test
    start = str(time.time() + 1.5)
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, start], stderr=subprocess.PIPE, text=True)
        for name in ("left", "right")
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
        expected_own = {f"{p}-{n}" for p in ("left", "right") for n in range(2000) if n % 3}
        assert set(ids) == expected_own | {f"shared-{k}" for k in range(50)}
        per_doc = conn.execute("SELECT doc_id, count(*), count(DISTINCT id) FROM attributions GROUP BY doc_id").fetchall()
        assert len(per_doc) == len(ids) and all(c == 3 and d == 3 for _, c, d in per_doc)
    conn.close()


def test_store_concurrent_creation(tmp_path):
    path = tmp_path / "new.db"
    code = "import sys; from quotegraph.store import Store; Store(sys.argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with Store(path) as store:
        assert store.summary()["documents"] == 0
