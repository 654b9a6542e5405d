"""Fuzz quotegraph with hypothesis for a fixed time: the properties of
tests/test_properties.py, with many more inputs, plus file reading.

Targets (each gets an equal share of the time):

- ``extract``: hostile text (any Unicode, controls, lone surrogates, bidi
  marks, quote marks of every kind, attribution words) -> no exception,
  spans inside the text and equal to their ``*_text``, ids unique, parents
  acyclic, same output twice;
- ``exports``: the results of several such texts, with hostile ids and
  titles -> build_graph, then GEXF (schema-valid when ../shared/gexf-schema
  is there) and GraphML well-formed XML, JSON parses, no CSV formula cells;
- ``inputs``: random bytes (also gzip) under every extension -> read_inputs
  yields documents or errors, never raises; documents are UTF-8-encodable.

A failure is recorded (exception type and the last quotegraph line, with the
smallest input seen) and the run goes on. Prints inputs tried, distinct
failures and time per target. Usage::

    python benchmarks/fuzz.py --minutes 5
    python benchmarks/fuzz.py --minutes 0 --big   # only the big texts (about 2 minutes)
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import quotegraph
from quotegraph.export import validate_gexf, write_graph
from quotegraph.graph import build_graph
from quotegraph.inputs import InputDocument, InputError, read_inputs

SCHEMA = Path(__file__).resolve().parents[1].parent / "shared" / "gexf-schema" / "1.3"
QUOTE_MARKS = list("“”„«»\"‘’‹›'‚`") + ["``", "''"]
PIECES = QUOTE_MARKS + [
    " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\x00", "\x07", "\x1b[31m", "\x7f", "\x85", "\u2028",
    "\u200f", "\u202e", "\u2066", "\ufeff", "\ufffe", "\ud800", "\udfff", "\U0001F600", "e\u0301",
    "قال", "שלום", "the mayor", "said", "told reporters", "according to", "Reuters", "he", "She",
    "that", "the bridge", "will reopen", "on Monday", ".", ",", "?", "—", "=1+1", "@x", "-2", "+3",
    "“We will rebuild the bridge,” the mayor said.", "The minister said that the talks had failed.",
    "According to Reuters, a senior official said the port was closed.", "\"" * 300, "x" * 500,
]
TEXT = st.one_of(
    st.text(max_size=500),
    st.lists(st.sampled_from(PIECES), max_size=200).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=300).map("".join),
)
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


class Tally:
    def __init__(self) -> None:
        self.tried = 0
        self.failures: dict[str, tuple[str, str]] = {}  # key -> (message, smallest input)

    def record(self, exc: BaseException, sample: object) -> None:
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if "quotegraph" in f.filename]
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        key = f"{type(exc).__name__} at {where}"
        text = repr(sample)
        old = self.failures.get(key)
        if old is None or len(text) < len(old[1]):
            self.failures[key] = (str(exc)[:200], text[:300])


def check_result(r, text: str) -> None:
    assert r.text == text
    ids = [a.id for a in r.attributions]
    assert len(ids) == len(set(ids)), ids
    by_id = {a.id: a for a in r.attributions}
    for a in r.attributions:
        d = a.to_dict(text)
        for key in ("content", "source", "cue"):
            span = getattr(a, key)
            if span is not None:
                assert 0 <= span[0] < span[1] <= len(text), (key, span)
                assert d[f"{key}_text"] == text[span[0] : span[1]]
        seen, p = {a.id}, a.parent
        while p is not None:
            assert p in by_id and p not in seen, (a.id, p)
            seen.add(p)
            p = by_id[p].parent


def run_target(name: str, seconds: float, body, strategy, tally: Tally) -> None:
    deadline = time.monotonic() + seconds

    @settings(max_examples=10**9, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(strategy)
    def prop(sample):
        if time.monotonic() > deadline:
            raise _TimeUp
        tally.tried += 1
        try:
            body(sample)
        except Exception as exc:  # recorded; the run goes on
            tally.record(exc, sample)

    try:
        prop()
    except _TimeUp:
        pass


class _TimeUp(Exception):
    pass


BIG = {
    "100,000 quote marks, spaced": "“a” \"b\" ‘c’ 'd' «e» " * 10_000,
    "100,000 quote marks, no spaces": "\"" * 100_000,
    "100,000 mixed marks, no spaces": "“”\"‘’'«»„‚" * 10_000,
    "one 280,000-character sentence": "the mayor said that " + "the council , " * 20_000 + ".",
    "300,000 letters, no spaces": "a" * 300_000,
    "right-to-left text and U+202E": "قال رئيس البلدية \"سنعيد بناء الجسر\" يوم الاثنين. " * 200
    + "\u202e“We will,” the mayor said.\u202c",
}


def big(nlp) -> None:
    """Time the big hostile texts and check the results."""
    from quotegraph.quotes import find_quotes

    for name, text in BIG.items():
        t0 = time.monotonic()
        n_quotes = len(find_quotes(text))
        t1 = time.monotonic()
        r = quotegraph.extract(text, nlp=nlp)
        t2 = time.monotonic()
        check_result(r, text)
        print(f"{name:34} {len(text):>8,} chars: find_quotes {t1 - t0:5.2f} s ({n_quotes:,} quotes), "
              f"extract {t2 - t1:6.1f} s, {len(r.attributions)} attributions", flush=True)  # fmt: skip


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=5.0, help="total run time (default 5)")
    ap.add_argument("--big", action="store_true", help="also time the big hostile texts of docs/robustness.md")
    args = ap.parse_args(argv)
    nlp = quotegraph.load_nlp()
    if args.big:
        big(nlp)
    tmp = Path(tempfile.mkdtemp(prefix="quotegraph-fuzz-"))
    share = args.minutes * 60 / 3

    def extract_body(text: str) -> None:
        r = quotegraph.extract(text, nlp=nlp)
        check_result(r, text)
        assert quotegraph.extract(text, nlp=nlp).to_dict(with_text=True) == r.to_dict(with_text=True)

    def exports_body(sample) -> None:
        texts, title = sample
        results = list(quotegraph.extract_many(
            [{"id": f"{i}{title}", "text": t, "meta": {"title": title, "date": title[:10]}} for i, t in enumerate(texts)],
            nlp=nlp))  # fmt: skip
        G = build_graph(results)
        from lxml import etree

        for ext in ("gexf", "graphml"):
            etree.parse(str(write_graph(G, tmp / f"g.{ext}")[0]), etree.XMLParser(recover=False))
        if SCHEMA.is_dir():
            validate_gexf(tmp / "g.gexf", SCHEMA)
        json.loads(write_graph(G, tmp / "g.json")[0].read_text(encoding="utf-8"))
        for path in write_graph(G, tmp / "g.csv"):
            with path.open(encoding="utf-8", newline="") as fh:
                for row in list(csv.reader(fh))[1:]:
                    for cell in row:
                        if cell.startswith(_FORMULA):
                            float(cell)  # only numbers may start with - or +

    def inputs_body(sample) -> None:
        data, ext, gz = sample
        path = tmp / f"in{ext}"
        path.write_bytes(gzip.compress(data) if gz else data)
        for item in read_inputs(path):
            assert isinstance(item, (InputDocument, InputError))
            if isinstance(item, InputDocument):
                item.text.encode("utf-8")
                json.dumps(item.meta, ensure_ascii=False).encode("utf-8")

    record_bytes = st.one_of(
        st.binary(max_size=400),
        st.lists(st.sampled_from([b"{", b"}", b'"text"', b'"id"', b":", b",", b'"', b"\\ud800", b"\\u0000",
                                  b"\n", b"\r\n", b"\xff\xfe", b"\xef\xbb\xbf", b"\xe2\x80", b"\xe9", b"text,id",
                                  b"[", b"]", b"null", b"1", b"said", b"\x00"]), max_size=60).map(b"".join),
    )  # fmt: skip
    targets = [
        ("extract", extract_body, TEXT),
        ("exports", exports_body, st.tuples(st.lists(TEXT, min_size=1, max_size=3), TEXT)),
        ("inputs", inputs_body, st.tuples(record_bytes, st.sampled_from([".txt", ".jsonl", ".json", ".csv", ".tsv", ".md", ""]),
                                          st.booleans())),  # fmt: skip
    ]
    print(f"quotegraph {quotegraph.__version__}, {args.minutes:g} minutes, GEXF schema {'on' if SCHEMA.is_dir() else 'off'}")
    total_tried = total_failed = 0
    for name, body, strategy in targets:
        tally = Tally()
        t0 = time.monotonic()
        run_target(name, share, body, strategy, tally)
        elapsed = time.monotonic() - t0
        total_tried += tally.tried
        total_failed += len(tally.failures)
        print(f"{name:8} {tally.tried:>8,} inputs in {elapsed:6.1f} s ({tally.tried / elapsed:,.0f}/s), "
              f"{len(tally.failures)} distinct failures")  # fmt: skip
        for key, (message, sample) in tally.failures.items():
            print(f"  FAIL {key}: {message}\n       smallest input: {sample}")
    print(f"total    {total_tried:>8,} inputs, {total_failed} distinct failures")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
