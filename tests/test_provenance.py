"""Tests for quotegraph.provenance: chains, depth, carriers, relays, reliance."""

import pytest

from quotegraph.graph import GraphError, build_graph
from quotegraph.model import Attribution, DocumentResult
from quotegraph.provenance import (
    chain_depth,
    claim_chains,
    first_carriers,
    intermediary_reliance,
    relayed_by,
    relays_of,
)

WATER = "the water supply has been restored to every district of the province"
CONVOY = "the convoy reached the northern bridge before dawn on Monday"


def att(text, aid, content, source, kind="unknown", parent=None):
    start, s = text.index(content), text.index(source)
    return Attribution(aid, (start, start + len(content)), (s, s + len(source)),
                       source_entity=source, source_kind=kind, parent=parent)


@pytest.fixture(scope="module")
def G():
    t1 = f"Reuters reports that a spokesman said {CONVOY}. Samra said {WATER}."
    p1 = DocumentResult("p1", t1, meta={"outlet": "The New York Times",
                                        "date": "2016-11-05"}, attributions=[
        att(t1, "a1", f"a spokesman said {CONVOY}", "Reuters", "media"),
        att(t1, "a2", CONVOY, "a spokesman", "anonymous", parent="a1"),
        att(t1, "a3", WATER, "Samra", "person"),
    ])
    t2 = f"AP reports that Samra said {WATER}."
    p2 = DocumentResult("p2", t2, meta={"outlet": "NYT", "date": "2016-11-02"},
                        attributions=[
        att(t2, "b1", f"Samra said {WATER}", "AP", "media"),
        att(t2, "b2", WATER, "Samra", "person", parent="b1"),
    ])
    t3 = f"Samra said {WATER}!"
    p3 = DocumentResult("p3", t3, attributions=[att(t3, "c1", WATER, "Samra", "person")])
    return build_graph([p1, p2, p3])


def water(G):
    (claim,) = [n for n, t in G.nodes(data="text") if t == WATER and
                G.nodes[n]["document_count"] == 3]
    return claim


def test_provenance_claim_chains_follow_each_document(G):
    claim = water(G)
    assert claim_chains(G, claim) == [
        ("doc:p2", "src:associated press", "src:samra", claim),
        ("doc:p1", "src:samra", claim),
        ("doc:p3", "src:samra", claim),
    ]
    # p1 quotes Samra directly: no chain through AP is invented for it,
    # although the graph has a path doc:p2 -> AP -> Samra
    assert ("doc:p1", "src:associated press", "src:samra", claim) not in claim_chains(G, claim)


def test_provenance_nested_chain_and_depth(G):
    (convoy,) = [n for n, t in G.nodes(data="text") if t == CONVOY]
    assert claim_chains(G, convoy) == [("doc:p1", "src:reuters", "src:p1/a spokesman", convoy)]
    assert chain_depth(G, convoy) == 2
    assert chain_depth(G, water(G)) == 2
    (reuters_claim,) = [v for v in G.successors("src:reuters") if v.startswith("claim:")]
    assert chain_depth(G, reuters_claim) == 1
    # AP's "Samra said ..." is a report of the claim, not the claim itself
    (ap_claim,) = [v for v in G.successors("src:associated press") if v.startswith("claim:")]
    assert ap_claim != water(G) and G.nodes[ap_claim]["support"] == 1


def test_provenance_first_carriers(G):
    assert first_carriers(G, water(G)) == [
        ("doc:p2", "2016-11-02", "NYT"),
        ("doc:p1", "2016-11-05", "The New York Times"),
        ("doc:p3", "", ""),
    ]


def test_provenance_relays(G):
    assert relays_of(G, "src:samra") == [("src:associated press", 1)]
    assert relayed_by(G, "src:associated press") == [("src:samra", 1)]
    assert relayed_by(G, "src:reuters") == [("src:p1/a spokesman", 1)]
    assert relays_of(G, "src:reuters") == []


def test_provenance_reliance_per_document(G):
    rows = intermediary_reliance(G)
    assert rows["doc:p1"] == {"documents": 1, "claims": 3, "relayed": 1, "via_media": 2,
                              "reliance": 2 / 3, "depth": 4 / 3}
    assert rows["doc:p2"]["claims"] == 2 and rows["doc:p2"]["reliance"] == 1.0
    assert rows["doc:p3"]["reliance"] == 0.0


def test_provenance_reliance_per_outlet_merges_outlet_spellings(G):
    rows = intermediary_reliance(G, by="outlet")
    assert set(rows) == {"The New York Times", "(unknown)"}
    nyt = rows["The New York Times"]
    assert (nyt["documents"], nyt["claims"], nyt["relayed"], nyt["via_media"]) == (2, 5, 2, 4)
    assert rows["(unknown)"]["claims"] == 1


def test_provenance_errors(G):
    with pytest.raises(GraphError, match="not a claim"):
        claim_chains(G, "src:samra")
    with pytest.raises(GraphError, match="No node"):
        relays_of(G, "src:nobody")
    with pytest.raises(GraphError, match="by must be"):
        intermediary_reliance(G, by="publisher")
