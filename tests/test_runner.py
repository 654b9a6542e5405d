"""The runner: skipping, failure isolation, flat memory, and resuming after SIGKILL.

Run as a script, this file is the child process of the kill and concurrency
tests: ``python test_runner.py DB INPUT DELAY BATCH``.
"""

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import tracemalloc

import pytest

from quotegraph.inputs import InputDocument, InputError, read_inputs
from quotegraph.model import Attribution, DocumentResult, Source
from quotegraph.runner import RunSummary, run
from quotegraph.store import Store

_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def fake_extract(docs, delay=0.0):
    """One attribution per sentence containing "said"; "EXPLODE" in a text makes it raise."""
    for doc in docs:
        if "EXPLODE" in doc.text:
            raise ValueError(f"cannot handle {doc.id}")
        time.sleep(delay)
        attributions, sources = [], []
        for m in _SENTENCE.finditer(doc.text):
            cue = m.group().find("said")
            if cue >= 0:
                n = len(attributions) + 1
                start = m.start() + len(m.group()) - len(m.group().lstrip())
                attributions.append(
                    Attribution(id=f"a{n}", content=(start, m.end()), cue=(m.start() + cue, m.start() + cue + 4),
                                type="indirect", cue_lemma="say", rule="fake-said", confidence=0.5 + n / 100)
                )  # fmt: skip
        if attributions:
            sources.append(Source(id="s1", name="speaker", mentions=[a.content for a in attributions]))
        yield DocumentResult(doc.id, doc.text, attributions, sources, {})


def docs_of(texts):
    return [InputDocument(f"d{i}", t, {"outlet": "Wire", "title": f"T{i}"}, f"mem:{i}") for i, t in enumerate(texts)]


def test_runner_counts_and_skips_done_documents(tmp_path):
    items = [*docs_of(["It rained, she said.", "No quotes here.", "He said yes. They said no."]),
             InputError("feed.jsonl:4", "not valid JSON")]  # fmt: skip
    with Store(tmp_path / "q.db") as store:
        first = run(items, store, fake_extract, batch_size=2)
        assert (first.succeeded, first.skipped, first.failed) == (3, 0, 1)
        assert [len(r.attributions) for r in store.iter_results()] == [1, 0, 2]
        second = run(items, store, fake_extract, batch_size=2)
        assert (second.succeeded, second.skipped, second.failed) == (0, 3, 1)
        changed = docs_of(["It rained, she said.", "Now someone said something.", "He said yes. They said no."])
        third = run(changed, store, fake_extract)
        assert (third.succeeded, third.skipped, third.failed) == (1, 2, 0)
        assert len(store.get("d1").attributions) == 1
        assert [(r["id"], r["status"], r["succeeded"]) for r in store.runs()] == [
            (1, "finished", 3), (2, "finished", 0), (3, "finished", 1)
        ]  # fmt: skip


def test_runner_isolates_the_failing_document(tmp_path):
    calls = []

    def counting(docs):
        calls.append([d.id for d in docs])
        return fake_extract(docs)

    texts = ["A said b.", "C said d.", "EXPLODE said e.", "F said g.", "H said i."]
    with Store(tmp_path / "q.db") as store:
        summary = run(docs_of(texts), store, counting, batch_size=5)
        assert (summary.succeeded, summary.skipped, summary.failed) == (4, 0, 1)
        assert calls == [["d0", "d1", "d2", "d3", "d4"], ["d0"], ["d1"], ["d2"], ["d3"], ["d4"]]
        (failure,) = store.failures()
        assert (failure.doc_id, failure.origin, failure.message) == ("d2", "mem:2", "ValueError: cannot handle d2")
        assert [r.id for r in store.iter_results()] == ["d0", "d1", "d3", "d4"]
        assert "1 failed; the reasons are in " + str(tmp_path / "q.db") in str(summary)
        again = run(docs_of(texts), store, counting, batch_size=5)  # failed documents are tried again
        assert (again.succeeded, again.skipped, again.failed) == (0, 4, 1)


@pytest.mark.parametrize(
    "bad_extractor, message",
    [
        (lambda docs: [], "returned 0 results for 1 documents"),
        (lambda docs: [DocumentResult("other", d.text) for d in docs], "returned document 'other' where 'd0'"),
        (lambda docs: [DocumentResult(d.id, d.text.upper()) for d in docs], "changed the text of document 'd0'"),
    ],
)
def test_runner_refuses_results_that_do_not_match(tmp_path, bad_extractor, message):
    with Store(tmp_path / "q.db") as store:
        summary = run(docs_of(["Some text, he said."]), store, bad_extractor)
        assert summary.failed == 1 and summary.succeeded == 0
        (failure,) = store.failures()
        assert message in failure.message


def test_runner_metadata_travels_with_results(tmp_path):
    def keeps_some(docs):
        for d in docs:
            yield DocumentResult(d.id, d.text, [Attribution("a1", (0, 4))], meta={"title": "From extractor"})

    with Store(tmp_path / "q.db") as store:
        run(docs_of(["Text said."]), store, keeps_some)
        assert store.get("d0").meta == {"title": "From extractor", "outlet": "Wire"}
        rows = store._conn.execute("SELECT outlet, origin FROM attributions_meta").fetchall()
        assert rows == [("Wire", "mem:0")]


def test_runner_progress_counts_every_input(tmp_path):
    seen = []
    items = [*docs_of([f"Doc {i} said." for i in range(10)]), InputError("x", "bad")]
    with Store(tmp_path / "q.db") as store:
        run(items, store, fake_extract, batch_size=3, progress=seen.append)
        run(items, store, fake_extract, batch_size=3, progress=seen.append)
    assert sum(seen) == 22


def test_runner_marks_run_aborted_and_keeps_written_batches(tmp_path):
    def inputs():
        yield from docs_of([f"Doc {i} said." for i in range(4)])
        raise RuntimeError("disk gone")

    with Store(tmp_path / "q.db") as store:
        with pytest.raises(RuntimeError, match="disk gone"):
            run(inputs(), store, fake_extract, batch_size=3)
        assert [r.id for r in store.iter_results()] == ["d0", "d1", "d2"]
        assert store.runs()[-1]["status"] == "aborted"


def test_runner_memory_is_flat(tmp_path):
    def peak(n):
        docs = (InputDocument(f"m{i}", f"Item {i} arrived, the clerk said. " * 30, {}, "gen") for i in range(n))
        with Store(tmp_path / f"m{n}.db") as store:
            tracemalloc.start()
            summary = run(docs, store, fake_extract, batch_size=50)
            _, top = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        assert summary.succeeded == n
        return top

    small, large = peak(200), peak(2000)  # ten times the documents, ~2 MB more text
    assert large < small * 1.5


def test_runner_from_files_end_to_end(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The mayor said the road will close.")
    (corpus / "b.jsonl").write_text(json.dumps({"id": "j1", "text": "Nobody said a word.", "outlet": "Gazette"}) + "\n{bad\n")
    (corpus / "c.bin").write_bytes(b"\x00\x01\x02")
    with Store(tmp_path / "q.db") as store:
        summary = run(read_inputs(corpus), store, fake_extract)
        assert (summary.succeeded, summary.failed) == (2, 2)
        assert {r.id: r.meta.get("outlet") for r in store.iter_results()} == {"a": None, "j1": "Gazette"}
        assert sorted(f.origin[len(str(corpus)) + 1 :] for f in store.failures()) == ["b.jsonl:2", "c.bin"]


# ---------------------------------------------------------------------------
# Killing and concurrency, with this file as the child process


def write_corpus(path, n=300):
    """*n* invented articles, a broken line and two documents the fake extractor fails on."""
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            if i == 120:
                fh.write("{this line is broken\n")
            words = " ".join(f"w{(i * 7 + k) % 31}" for k in range(i % 9 + 3))
            text = f"Report {i}: {words}. The official said item {i} is ready. Others disagreed."
            if i in (50, 222):
                text += " EXPLODE"
            fh.write(json.dumps({"id": f"doc-{i:03d}", "text": text, "outlet": f"outlet{i % 4}"}) + "\n")


def child(db, corpus, delay=0.0, batch=7):
    return subprocess.Popen(
        [sys.executable, os.path.abspath(__file__), str(db), str(corpus), str(delay), str(batch)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def finish(proc):
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return out


def stored_docs(db):
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def all_rows(db):
    """Every row of the result tables, without run ids, sorted."""
    with sqlite3.connect(db) as conn:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(documents)") if r[1] != "run_id"]
        docs = conn.execute(f"SELECT {', '.join(cols)} FROM documents").fetchall()
        return {
            "documents": sorted(docs),
            "attributions": sorted(conn.execute("SELECT * FROM attributions").fetchall()),
            "sources": sorted(conn.execute("SELECT * FROM sources").fetchall()),
            "input_errors": sorted(conn.execute("SELECT origin, message FROM input_errors").fetchall()),
        }


def kill_when(proc, db, at_least):
    deadline = time.monotonic() + 120
    while stored_docs(db) < at_least:
        assert proc.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_runner_resumes_after_sigkill_with_exactly_the_rows_of_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    reference = tmp_path / "reference.db"
    finish(child(reference, corpus))
    expected = all_rows(reference)
    assert len(expected["documents"]) == 300 and len(expected["input_errors"]) == 1
    assert sum(1 for d in expected["documents"] if "failed" in d) == 2

    db = tmp_path / "killed.db"
    kill_when(child(db, corpus, delay=0.01), db, at_least=40)
    first_kill = stored_docs(db)
    assert 40 <= first_kill < 300
    kill_when(child(db, corpus, delay=0.01), db, at_least=first_kill + 60)
    assert stored_docs(db) < 300
    out = finish(child(db, corpus))
    skipped = int(re.search(r"([\d,]+) skipped", out).group(1).replace(",", ""))
    assert skipped >= first_kill + 60 - 2  # resumed: the documents written before the kills were not redone

    assert all_rows(db) == expected
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        statuses = [r[0] for r in conn.execute("SELECT status FROM runs ORDER BY id")]
    assert statuses == ["running", "running", "finished"]  # killed runs never finished


def test_runner_two_runs_on_one_database_at_once(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, n=120)
    reference = tmp_path / "reference.db"
    finish(child(reference, corpus))
    db = tmp_path / "shared.db"
    procs = [child(db, corpus, delay=0.002, batch=5), child(db, corpus, delay=0.002, batch=3)]
    for proc in procs:
        finish(proc)
    assert all_rows(db) == all_rows(reference)


def _main(argv):
    db, corpus, delay, batch = argv
    with Store(db) as store:
        summary = run(read_inputs(corpus), store, lambda docs: fake_extract(docs, float(delay)),
                      batch_size=int(batch), model="fake")  # fmt: skip
    assert isinstance(summary, RunSummary)
    print(summary)


if __name__ == "__main__":
    _main(sys.argv[1:])
