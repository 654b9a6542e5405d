"""Property-based tests (hypothesis) of the extractor and the graph exports on
hostile text: any Unicode (control characters, lone surrogates, right-to-left
marks), mixed and unbalanced quote marks, long runs of marks, long sentences.

What must hold for every input: no exception; every span inside the text,
non-empty and equal to its ``*_text``; ids unique; parents acyclic; the same
output for the same input; every export parseable (XML, JSON) and free of
spreadsheet formulas (CSV). The longer run of the same properties is
``benchmarks/fuzz.py``; the table of hostile inputs is ``docs/robustness.md``.
"""

from __future__ import annotations

import csv
import json
import time

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotegraph
from quotegraph import pipeline
from quotegraph.export import write_graph
from quotegraph.graph import build_graph
from quotegraph.model import SOURCE_KINDS, TYPES, Attribution, DocumentResult

pytestmark = pytest.mark.filterwarnings("ignore")

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

QUOTE_MARKS = list("“”„«»\"‘’‹›'‚`") + ["``", "''"]
#: Pieces of hostile news text: words that make attributions, quote marks,
#: breaks, controls, bidi marks, BOM, NUL, surrogates, emoji, combining marks.
PIECES = QUOTE_MARKS + [
    " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\x00", "\x07", "\x1b[31m", "\x1b]0;t\x07", "\x7f", "\x85",
    "\u200f", "\u202e", "\u2066", "\ufeff", "\ufffe", "\ud800", "\udfff", "\U0001F600", "e\u0301",
    "قال", "שלום", "the mayor", "said", "told reporters", "according to", "Reuters", "he", "She",
    "that", "the bridge", "will reopen", "on Monday", ".", ",", "?", "—", "=1+1", "@x", "-2", "+3",
]
hostile_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=120).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.characters()), max_size=200).map("".join),
)


def check(r: DocumentResult, text: str) -> None:
    """What must hold for any output on any text."""
    assert r.text == text
    ids = [a.id for a in r.attributions]
    assert all(ids) and len(ids) == len(set(ids))
    by_id = {a.id: a for a in r.attributions}
    for a in r.attributions:
        d = a.to_dict(text)
        for key in ("content", "source", "cue"):
            span = getattr(a, key)
            if span is None:
                assert key != "content"
                continue
            s, e = span
            assert isinstance(s, int) and isinstance(e, int)
            assert 0 <= s < e <= len(text), (key, span, len(text))
            assert d[f"{key}_text"] == text[s:e]
        assert 0.0 <= a.confidence <= 1.0
        assert a.type in TYPES and a.source_kind in SOURCE_KINDS
        seen, p = {a.id}, a.parent
        while p is not None:  # parents exist and never loop
            assert p in by_id and p not in seen, (a.id, p)
            seen.add(p)
            p = by_id[p].parent
    for s in r.sources:
        assert all(0 <= m0 < m1 <= len(text) for m0, m1 in s.mentions)


@settings(max_examples=600, **SETTINGS)
@given(text=hostile_text)
def test_properties_extract_any_text(nlp, text):
    first = quotegraph.extract(text, nlp=nlp)
    check(first, text)
    again = quotegraph.extract(text, nlp=nlp)
    assert again.to_dict(with_text=True) == first.to_dict(with_text=True)  # deterministic


NEWS = st.sampled_from([
    "“We will rebuild the bridge,” the mayor said.",
    "The minister said that the talks had failed.",
    "According to Reuters, a senior official said the port was closed.",
    "“It is over,” she told reporters. “We go home.”",
    "\"Unclosed quote, the union said",
    "Police said the man, who said he was “innocent,” was released.",
    "'Single marks,' he said, 'are fine.'",
])


@settings(max_examples=300, **SETTINGS)
@given(parts=st.lists(st.one_of(NEWS, hostile_text), min_size=1, max_size=6),
       seps=st.lists(st.sampled_from([" ", "\n", "\n\n", "\u202e", "“", "\x00"]), min_size=6, max_size=6))
def test_properties_news_mixed_with_garbage(nlp, parts, seps):
    text = "".join(p + s for p, s in zip(parts, seps))
    check(quotegraph.extract(text, nlp=nlp), text)


@settings(max_examples=100, **SETTINGS)
@given(text=st.lists(st.one_of(NEWS, hostile_text), min_size=2, max_size=8).map("\n\n".join),
       limit=st.integers(20, 400))
def test_properties_pieces_point_into_the_original(nlp, monkeypatch, text, limit):
    """Cut into small pieces, every span still points into the original text."""
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", limit)
    check(quotegraph.extract(text, nlp=nlp), text)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(list("ab .\n\t“\"") + ["\n\n"]), max_size=300).map("".join),
       limit=st.integers(1, 120))
def test_properties_split_text(text, limit):
    pieces = pipeline.split_text(text, limit)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(e1 == s2 for (_, e1), (s2, _) in zip(pieces, pieces[1:]))  # contiguous, nothing lost
    assert all(0 < e - s <= limit for s, e in pieces) or text == ""
    for s, e in pieces[:-1]:  # a paragraph break in the window's last 3/4 is where it is cut
        window = text[s : s + limit]
        if any(m > limit // 4 for m in _para_ends(window)):
            assert text[s:e].endswith(("\n", "\n\t", "\n ", "\n\n"))


def _para_ends(window: str) -> list[int]:
    import re

    return [m.end() for m in re.finditer(r"\n\s*\n", window)]


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES + ["x" * 150, "“" * 130]), max_size=40).map("".join))
def test_properties_parse_copy_keeps_offsets(text):
    copy = pipeline._parse_copy(text)
    assert len(copy) == len(text)
    assert all(a == b or b in " \ufffd" for a, b in zip(text, copy))
    assert max((len(w) for w in copy.split()), default=0) <= pipeline.RUN_CHARS
    copy.encode("utf-8")  # no lone surrogates left for the tokenizer


# -- regressions ---------------------------------------------------------------


def test_properties_lone_surrogate_in_text(nlp):
    """A lone surrogate (a JSON "\\ud800" escape) crashed spaCy's tokenizer."""
    text = "“We won \ud800 the vote,” the mayor said."
    r = quotegraph.extract(text, nlp=nlp)
    check(r, text)
    assert [r.span_text(a.source) for a in r.attributions] == ["the mayor"]
    assert "\ud800" in r.span_text(r.attributions[0].content)


@pytest.mark.parametrize("text", [
    "The toll will rise, according\u00a0to a report by the port\u00a0authority.",
    "Mayor Lee\u00a0believes the ferry\u00a0can be saved, her aide wrote\u00a0in an email.",
    "Residents were angry.\u00a0\u201cWe were never asked,\u201d\u00a0said Tom Ross.",
])
def test_properties_no_break_spaces_parse_as_spaces(nlp, text):
    """News copy often holds no-break spaces (U+00A0), which spaCy's tokenizer
    keeps as tokens of their own ("according", "\u00a0", "to"): the parsed
    copy makes them plain spaces, so the output is that of the same text
    with plain spaces, its offsets pointing into the original."""
    plain = text.replace("\u00a0", " ")
    r, expected = quotegraph.extract(text, nlp=nlp), quotegraph.extract(plain, nlp=nlp)
    check(r, text)
    assert expected.attributions
    assert [(a.content, a.source, a.cue) for a in r.attributions] == [
        (a.content, a.source, a.cue) for a in expected.attributions
    ]


def test_properties_long_runs_of_marks_are_linear(nlp):
    """10,000 quote marks in a row took about 10 s in spaCy's tokenizer
    (quadratic affix splitting; 100,000 took over 5 minutes); the parsed
    copy breaks such runs."""
    marks = "“" * 10_000
    t0 = time.perf_counter()
    nlp.make_doc(pipeline._parse_copy(marks + "x"))  # not cached: a new string
    assert time.perf_counter() - t0 < 3
    text = marks + "\n\n“We will rebuild the bridge,” the mayor said."
    r = quotegraph.extract(text, nlp=nlp)
    check(r, text)
    assert "the mayor" in [r.span_text(a.source) for a in r.attributions]


def test_properties_pipeline_with_small_max_length(nlp, monkeypatch):
    """A pipeline loaded with max_length below CHUNK_CHARS gets pieces that fit
    instead of spaCy's E088 error."""
    monkeypatch.setattr(nlp, "max_length", 300)
    text = "\n\n".join(["“We will rebuild the bridge,” the mayor said."] * 30)
    r = quotegraph.extract(text, nlp=nlp)
    check(r, text)
    assert len(r.attributions) == 30


# -- exports -------------------------------------------------------------------

_FORMULA = ("=", "+", "-", "@", "\t", "\r")
SCHEMA = __import__("pathlib").Path(__file__).resolve().parents[1].parent / "shared" / "gexf-schema" / "1.3"


@st.composite
def documents(draw):
    """Results with hostile text, ids, metadata and source names, and spans
    anywhere in the text (as a bad predictions file can hold)."""
    docs = []
    for k in range(draw(st.integers(1, 4))):
        text = draw(hostile_text.filter(lambda t: len(t) >= 2))
        attrs = []
        for i in range(draw(st.integers(0, 4))):
            s = draw(st.integers(0, len(text) - 1))
            e = draw(st.integers(s + 1, len(text)))
            src = None
            if draw(st.booleans()):
                ss = draw(st.integers(0, len(text) - 1))
                src = (ss, draw(st.integers(ss + 1, len(text))))
            attrs.append(Attribution(
                f"a{i}", (s, e), src, source_entity=draw(st.one_of(st.none(), hostile_text)),
                source_kind=draw(st.sampled_from(sorted(SOURCE_KINDS))),
                parent=f"a{i - 1}" if i and draw(st.booleans()) else None,
                channel=draw(st.one_of(st.none(), hostile_text)), cue_lemma="say", confidence=0.5,
            ))  # fmt: skip
        meta = draw(st.dictionaries(
            st.sampled_from(["title", "outlet", "date", "author", "url", "byline"]),
            st.one_of(hostile_text, st.lists(hostile_text, max_size=3), st.integers(), st.floats(),
                      st.from_regex(r"\A-?\d{1,5}-\d{1,2}-\d{1,2}( \d\d:\d\d)?\Z"), st.dates().map(str)),
            max_size=4))  # fmt: skip
        docs.append(DocumentResult(f"{k}{draw(hostile_text)}", text, attrs, meta=meta))
    return docs


def _check_exports(G: nx.DiGraph, folder) -> None:
    from lxml import etree

    for ext in ("gexf", "graphml"):
        path = write_graph(G, folder / f"g.{ext}")[0]
        etree.parse(str(path), etree.XMLParser(recover=False))  # well-formed XML 1.0, valid UTF-8
    gexf = nx.read_gexf(folder / "g.gexf")
    assert gexf.number_of_nodes() == G.number_of_nodes()
    assert nx.read_graphml(folder / "g.graphml").number_of_nodes() == G.number_of_nodes()
    write_graph(G, folder / "g.json")
    data = json.loads((folder / "g.json").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == G.number_of_nodes() and len(data["edges"]) == G.number_of_edges()
    for path in write_graph(G, folder / "g.csv"):
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert len(rows) - 1 == (G.number_of_nodes() if path.name.endswith("nodes.csv") else G.number_of_edges())
        bad = [c for row in rows[1:] for c in row if c.startswith(_FORMULA) and not _number(c)]
        assert not bad, bad


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


@settings(max_examples=150, **SETTINGS)
@given(docs=documents())
def test_properties_exports_of_any_text(tmp_path, docs):
    pytest.importorskip("lxml")
    ok = [d for d in docs if all(0 <= a.content[0] < a.content[1] <= len(d.text) for a in d.attributions)]
    ids = set()
    unique = [d for d in ok if not (d.id in ids or ids.add(d.id))]
    _check_exports(build_graph(unique), tmp_path)
    if SCHEMA.is_dir():
        from quotegraph.export import validate_gexf

        validate_gexf(tmp_path / "g.gexf", SCHEMA)


@settings(max_examples=40, **SETTINGS)
@given(texts=st.lists(st.one_of(NEWS, hostile_text), min_size=1, max_size=4),
       title=hostile_text)
def test_properties_exports_of_extracted_text(nlp, tmp_path, texts, title):
    records = [{"id": f"{i}{title}", "text": t, "meta": {"title": title}} for i, t in enumerate(texts)]
    results = list(quotegraph.extract_many(records, nlp=nlp))
    G = build_graph(results)
    _check_exports(G, tmp_path)
    if SCHEMA.is_dir():
        from quotegraph.export import validate_gexf

        validate_gexf(tmp_path / "g.gexf", SCHEMA)


@settings(max_examples=60, **SETTINGS)
@given(texts=st.lists(st.one_of(NEWS, hostile_text), min_size=1, max_size=3), title=hostile_text)
def test_properties_cli_outputs_of_any_text(nlp, tmp_path, texts, title):
    """extract -o .jsonl / .csv: valid JSON lines, CSV cells that are no formulas."""
    from click.testing import CliRunner

    from quotegraph.cli import cli

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": t, "title": title, "author": t[:20]}) + "\n"
                           for i, t in enumerate(texts)), encoding="utf-8")  # fmt: skip
    runner = CliRunner()
    for out in ("o.jsonl", "o.csv"):
        result = runner.invoke(cli, ["extract", str(src), "-o", str(tmp_path / out), "-q"])
        assert result.exit_code == 0, result.output
    lines = (tmp_path / "o.jsonl").read_text(encoding="utf-8").split("\n")  # not splitlines: U+0085, U+2028
    records = [json.loads(line) for line in lines if line]
    assert len(records) == len([t for t in texts if t.strip()])
    with (tmp_path / "o.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    bad = [c for row in rows[1:] for c in row if c.startswith(_FORMULA) and not _number(c)]
    assert not bad, bad


@pytest.mark.parametrize("mark", ["\u202e", "\u2067", "\u200f", "\ufeff", "\u200d"], ids=repr)
def test_properties_format_character_before_a_quote(nlp, mark):
    """A bidi mark (or BOM, zero-width joiner) before an opening mark hid the
    quote: the direct quote came out as a cut indirect one."""
    from quotegraph.quotes import find_quotes

    text = f"Done. {mark}“We will rebuild the bridge,” the mayor said."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["“We will rebuild the bridge,”"]
    r = quotegraph.extract(text, nlp=nlp)
    check(r, text)
    assert [(a.type, r.span_text(a.source)) for a in r.attributions] == [("direct", "the mayor")]
    assert r.span_text(r.attributions[0].content).endswith("“We will rebuild the bridge,”")
