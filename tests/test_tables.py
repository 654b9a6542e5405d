"""quotegraph.tables on a small hand-made corpus, every expected value counted by hand.

d1 (outlet A, 2024-01-05): Reuters reports that a spokesman said ...; Samra's direct quote.
d2 (outlet B, 2024-02-10): officials said ...; Samra called ... (mixed); AP reported ...
d3 (outlet A, undated): no attribution.
"""

from __future__ import annotations

import pandas as pd
import pytest

from quotegraph.model import Attribution, DocumentResult, Source
from quotegraph.tables import (
    attributions_table,
    corpus_summary,
    cue_use,
    documents_table,
    source_kinds,
    sources_table,
    top_sources,
)

T1 = "Reuters reports that a spokesman said the talks failed. “We go on,” Samra said."
T2 = "Officials said the road is shut. Governor Samra called it “a shame”. AP reported a delay."
T3 = "Nothing was said here."


def span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text.index(part, start)
    return i, i + len(part)


@pytest.fixture
def corpus() -> list[DocumentResult]:
    d1 = DocumentResult("d1", T1, meta={"outlet": "A", "date": "2024-01-05", "title": "One"}, attributions=[
        Attribution("a1", span(T1, "a spokesman said the talks failed"), span(T1, "Reuters"), span(T1, "reports"),
                    type="indirect", source_entity="Reuters", source_kind="media", cue_lemma="report"),
        Attribution("a2", span(T1, "the talks failed"), span(T1, "a spokesman"), span(T1, "said"),
                    type="indirect", source_kind="anonymous", parent="a1", cue_lemma="say"),
        Attribution("a3", span(T1, "“We go on,”"), span(T1, "Samra"), span(T1, "said", 50),
                    type="direct", source_entity="Samra", source_kind="person", cue_lemma="say"),
    ])  # fmt: skip
    d2 = DocumentResult("d2", T2, meta={"outlet": "B", "date": "2024-02-10"}, attributions=[
        Attribution("b1", span(T2, "the road is shut"), span(T2, "Officials"), span(T2, "said"),
                    type="indirect", source_kind="anonymous", cue_lemma="say"),
        Attribution("b2", span(T2, "it “a shame”"), span(T2, "Governor Samra"), span(T2, "called"),
                    type="mixed", source_entity="Samra", source_kind="person", cue_lemma="tell"),
        Attribution("b3", span(T2, "a delay"), span(T2, "AP"), span(T2, "reported"),
                    type="indirect", source_entity="AP", source_kind="media", cue_lemma="report"),
    ], sources=[Source("s1", "Samra", "person", aliases=["Governor Samra"], roles=["Governor"],
                       mentions=[span(T2, "Governor Samra"), (0, 3)])])  # fmt: skip
    d3 = DocumentResult("d3", T3, meta={"outlet": "A"})
    return [d1, d2, d3]


def test_tables_attributions_rows_and_metadata(corpus):
    df = attributions_table(corpus)
    assert list(df["attribution_id"]) == ["a1", "a2", "a3", "b1", "b2", "b3"]
    a2 = df.set_index("attribution_id").loc["a2"]
    assert a2["source"] == "a spokesman" and a2["source_text"] == "a spokesman"
    assert a2["cue_text"] == "said" and a2["content_text"] == "the talks failed"
    assert (a2["depth"], a2["chain"], a2["relayed"], a2["via_media"], a2["via_agency"]) == (
        2, "reuters > spokesman", True, True, True)
    assert (a2["outlet"], a2["date"], a2["month"], a2["title"]) == ("A", "2024-01-05", "2024-01", "One")
    assert a2["content_start"] == T1.index("the talks")
    b3 = df.set_index("attribution_id").loc["b3"]
    assert (b3["source_key"], b3["via_agency"], b3["depth"]) == ("associated press", True, 1)
    assert df["depth"].tolist() == [1, 2, 1, 1, 1, 1]


def test_tables_documents_counts_and_shares(corpus):
    df = documents_table(corpus).set_index("doc_id")
    d1, d2, d3 = df.loc["d1"], df.loc["d2"], df.loc["d3"]
    assert (d1["attributions"], d1["sources"], d1["max_depth"]) == (3, 3, 2)
    assert d1["direct_share"] == pytest.approx(1 / 3)
    assert d1["indirect_share"] == pytest.approx(2 / 3)
    assert d1["mixed_share"] == 0.0
    assert (d1["anonymous_sources"], d1["anonymous_share"]) == (1, pytest.approx(1 / 3))
    assert (d1["intermediaries"], d1["intermediary_count"]) == ("Reuters", 1)
    assert d1["relayed_share"] == pytest.approx(1 / 3)
    assert d1["media_share"] == pytest.approx(2 / 3)
    assert (d2["sources"], d2["mixed_share"], d2["intermediaries"], d2["max_depth"]) == (3, pytest.approx(1 / 3), "", 1)
    assert d2["anonymous_attribution_share"] == pytest.approx(1 / 3)
    assert d2["media_share"] == pytest.approx(1 / 3)
    assert (d3["attributions"], d3["sources"], d3["max_depth"], d3["direct_share"], d3["anonymous_share"]) == (0, 0, 0, 0.0, 0.0)
    assert pd.isna(d3["month"]) and d3["outlet"] == "A"
    assert d3["chars"] == len(T3)


def test_tables_sources_per_document(corpus):
    df = sources_table(corpus)
    assert df.groupby("doc_id").size().to_dict() == {"d1": 3, "d2": 3}
    samra = df[(df["doc_id"] == "d2") & (df["source"] == "Samra")].iloc[0]
    assert (samra["kind"], samra["aliases"], samra["roles"], samra["mentions"], samra["attributions"]) == (
        "person", "Governor Samra", "Governor", 2, 1)
    reuters = df[df["source"] == "Reuters"].iloc[0]
    assert bool(reuters["intermediary"]) and not bool(reuters["anonymous"])
    officials = df[df["source"] == "Officials"].iloc[0]
    assert officials["kind"] == "anonymous" and bool(officials["anonymous"])


def test_tables_corpus_summary_overall(corpus):
    row = corpus_summary(documents_table(corpus), attributions_table(corpus)).loc["all"]
    assert (row["documents"], row["attributions"], row["sources"], row["max_depth"]) == (3, 6, 6, 2)
    assert row["quotes_per_article"] == pytest.approx(2.0)
    assert row["direct_share"] == pytest.approx(1 / 6)
    assert row["indirect_share"] == pytest.approx(4 / 6)
    assert row["mixed_share"] == pytest.approx(1 / 6)
    assert row["according_to_share"] == 0.0
    assert row["anonymous_share"] == pytest.approx(2 / 6)
    assert row["relayed_share"] == pytest.approx(1 / 6)
    assert row["media_share"] == pytest.approx(3 / 6)
    assert row["agency_share"] == pytest.approx(3 / 6)


def test_tables_corpus_summary_by_outlet_and_month(corpus):
    docs, atts = documents_table(corpus), attributions_table(corpus)
    by_outlet = corpus_summary(docs, atts, by="outlet")
    assert list(by_outlet.index) == ["A", "B"]
    assert by_outlet.loc["A", ["documents", "attributions"]].tolist() == [2, 3]
    assert by_outlet.loc["A", "quotes_per_article"] == pytest.approx(1.5)
    assert by_outlet.loc["B", "quotes_per_article"] == pytest.approx(3.0)
    assert by_outlet.loc["B", "agency_share"] == pytest.approx(1 / 3)
    assert by_outlet.loc["A", "anonymous_share"] == pytest.approx(1 / 3)
    by_month = corpus_summary(docs, atts, by="month")
    assert list(by_month.index) == ["(undated)", "2024-01", "2024-02"]
    assert by_month.loc["(undated)", ["documents", "attributions"]].tolist() == [1, 0]
    assert by_month.loc["(undated)", "direct_share"] == 0.0
    assert by_month.loc["2024-01", "direct_share"] == pytest.approx(1 / 3)
    with pytest.raises(ValueError, match="no such column"):
        corpus_summary(docs, atts, by="weekday")


def test_tables_top_sources(corpus):
    atts = attributions_table(corpus)
    top = top_sources(atts, top=2)
    assert top.to_dict("records") == [
        {"source": "Samra", "kind": "person", "attributions": 2, "documents": 2, "share": pytest.approx(2 / 6)},
        {"source": "a spokesman", "kind": "anonymous", "attributions": 1, "documents": 1, "share": pytest.approx(1 / 6)},
    ]
    per_outlet = top_sources(atts, top=1, by="outlet")
    assert per_outlet[["outlet", "source"]].values.tolist() == [["A", "a spokesman"], ["B", "AP"]]
    with pytest.raises(ValueError):
        top_sources(atts, top=0)


def test_tables_source_kinds_and_cues(corpus):
    atts = attributions_table(corpus)
    kinds = source_kinds(atts)
    assert dict(zip(kinds["source_kind"], kinds["attributions"])) == {"anonymous": 2, "media": 2, "person": 2}
    wide = source_kinds(atts, by="outlet", wide=True)
    assert list(wide.columns) == ["person", "media", "anonymous"]
    assert wide.loc["B"].tolist() == pytest.approx([1 / 3, 1 / 3, 1 / 3])
    assert wide.loc["A"].tolist() == pytest.approx([1 / 3, 1 / 3, 1 / 3])
    cues = cue_use(atts)
    assert cues[["cue_lemma", "attributions"]].values.tolist() == [["say", 3], ["report", 2], ["tell", 1]]
    assert cues["share"].tolist() == pytest.approx([0.5, 1 / 3, 1 / 6])
    by_outlet = cue_use(atts, by="outlet", top=1)
    assert by_outlet[["outlet", "cue_lemma", "attributions"]].values.tolist() == [["A", "say", 2], ["B", "report", 1]]


def test_tables_empty_corpus():
    assert len(attributions_table([])) == 0
    assert len(documents_table([])) == 0
    assert "outlet" in sources_table([]).columns
