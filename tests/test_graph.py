"""Tests for quotegraph.graph: node and edge sets, source and claim merges."""

import json
import time
from pathlib import Path

import pytest

from quotegraph.graph import GraphError, build_graph, find_source, source_key
from quotegraph.model import Attribution, DocumentResult, Source

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# Invented news text; the long quote appears in two versions with one word changed.
CONVOY = (
    "the convoy of aid trucks reached the northern bridge before dawn on {day} "
    "and will enter the old city as soon as the engineers clear the road"
)


def att(text, aid, content, source=None, entity=None, kind="unknown", parent=None, **kw):
    """An Attribution whose spans are found by substring in *text*."""
    start = text.index(content)
    span = None
    if source is not None:
        s = text.index(source)
        span = (s, s + len(source))
    return Attribution(
        aid, (start, start + len(content)), span, source_entity=entity,
        source_kind=kind, parent=parent, **kw,
    )


def corpus():
    t1 = (
        f"Reuters reports that a militia spokesman said {CONVOY.format(day='Monday')}. "
        "Governor Samra said the city would hold. Mohammed Ibrahim Samra said the "
        "water supply had been restored to every district in the province. He added "
        "that schools would reopen next week. Officials said the count was not final."
    )
    d1 = DocumentResult("d1", t1, meta={"outlet": "Daily Planet", "date": "2016-11-01"})
    d1.attributions = [
        att(t1, "a1", f"a militia spokesman said {CONVOY.format(day='Monday')}", "Reuters",
            "Reuters", "media", cue_lemma="report"),
        att(t1, "a2", CONVOY.format(day="Monday"), "a militia spokesman",
            "a militia spokesman", "anonymous", parent="a1"),
        att(t1, "a3", "the city would hold", "Governor Samra", "Governor Samra", "person"),
        att(t1, "a4", "water supply had been restored to every district in the province",
            "Mohammed Ibrahim Samra", "Mohammed Ibrahim Samra", "person"),
        att(t1, "a5", "schools would reopen next week", "He", "Mohammed Ibrahim Samra",
            "person"),
        att(t1, "a6", "the count was not final", "Officials", "Officials", "anonymous"),
    ]
    d1.sources = [Source("s1", "Mohammed Ibrahim Samra", "person",
                         aliases=["Governor Samra"], roles=["governor"])]

    t2 = (
        f"According to the Reuters news agency, a militia spokesman said "
        f"{CONVOY.format(day='Tuesday')}. Samra said the city would hold. "
        "Officials said the count was final."
    )
    d2 = DocumentResult("d2", t2, meta={"publisher": "The New York Times",
                                        "publication_date": "2016-11-03"})
    d2.attributions = [
        att(t2, "b1", f"a militia spokesman said {CONVOY.format(day='Tuesday')}",
            "the Reuters news agency", "the Reuters news agency", "media"),
        att(t2, "b2", CONVOY.format(day="Tuesday"), "a militia spokesman",
            "a militia spokesman", "anonymous", parent="b1"),
        att(t2, "b3", "the city would hold", "Samra", "Samra", "person"),
        att(t2, "b4", "the count was final", "Officials", "Officials"),
    ]

    t3 = (
        "Mr. Samra said the water supply had been restored to every district in the "
        "province. “We will not leave,” he said."
    )
    d3 = DocumentResult("d3", t3, meta={"outlet": "NYT", "date": "2016-11-02"})
    d3.attributions = [
        att(t3, "c1", "the water supply had been restored to every district in the province",
            "Mr. Samra", "Mr. Samra", "person"),
        att(t3, "c2", "“We will not leave,”", "he"),
    ]
    return [d1, d2, d3]


@pytest.fixture(scope="module")
def G():
    return build_graph(corpus())


def of_kind(G, kind):
    return {n for n, k in G.nodes(data="kind") if k == kind}


def edges_of(G, kind):
    return {(u, v) for u, v, k in G.edges(data="kind") if k == kind}


def test_graph_source_nodes(G):
    assert of_kind(G, "source") == {
        "src:reuters",
        "src:mohammed ibrahim samra",
        "src:d1/a militia spokesman",
        "src:d2/a militia spokesman",
        "src:d1/officials",
        "src:d2/officials",
        "src:d3/he",
    }
    assert of_kind(G, "document") == {"doc:d1", "doc:d2", "doc:d3"}


def test_graph_one_node_for_a_person_under_three_names_and_a_pronoun(G):
    samra = G.nodes["src:mohammed ibrahim samra"]
    assert samra["label"] == "Mohammed Ibrahim Samra"
    assert samra["source_kind"] == "person"
    assert samra["roles"] == ["governor"]
    assert {"Governor Samra", "Samra", "Mr. Samra"} <= set(samra["aliases"])
    assert samra["claim_count"] == 5  # a3, a4, a5 (resolved "He"), b3, c1
    assert samra["document_count"] == 3
    assert (samra["first_date"], samra["last_date"]) == ("2016-11-01", "2016-11-03")


def test_graph_media_names_merge_and_anonymous_sources_stay_per_document(G):
    reuters = G.nodes["src:reuters"]
    assert reuters["label"] == "Reuters"
    assert reuters["aliases"] == ["the Reuters news agency"]
    assert reuters["source_kind"] == "media"
    assert G.nodes["src:d1/officials"]["source_kind"] == "anonymous"
    # kind "unknown" from the input, but a generic group noun: anonymous too
    assert G.nodes["src:d2/officials"]["source_kind"] == "anonymous"
    assert G.nodes["src:d2/officials"]["scope"] == "document"
    assert G.nodes["src:reuters"]["scope"] == "corpus"
    assert G.nodes["src:d3/he"]["source_kind"] == "unknown"


def test_graph_edges(G):
    assert edges_of(G, "quotes") == {
        ("doc:d1", "src:reuters"),
        ("doc:d1", "src:mohammed ibrahim samra"),
        ("doc:d1", "src:d1/officials"),
        ("doc:d2", "src:reuters"),
        ("doc:d2", "src:mohammed ibrahim samra"),
        ("doc:d2", "src:d2/officials"),
        ("doc:d3", "src:mohammed ibrahim samra"),
        ("doc:d3", "src:d3/he"),
    }
    assert edges_of(G, "relays") == {
        ("src:reuters", "src:d1/a militia spokesman"),
        ("src:reuters", "src:d2/a militia spokesman"),
    }
    assert G["doc:d1"]["src:mohammed ibrahim samra"]["weight"] == 3
    assert G["src:reuters"]["src:d1/a militia spokesman"]["documents"] == ["d1"]
    assert all(G.nodes[v]["kind"] == "claim" for _, v in edges_of(G, "claims"))


def test_graph_near_duplicate_claims_merge_across_documents(G):
    spokesmen = ["src:d1/a militia spokesman", "src:d2/a militia spokesman"]
    (c1,) = [v for _, v in G.out_edges(spokesmen[0])]
    (c2,) = [v for _, v in G.out_edges(spokesmen[1])]
    assert c1 == c2  # "Monday" vs "Tuesday": one claim, two supporting edges
    # Reuters' claim "a militia spokesman said ..." contains it but is another claim
    assert c1 not in G["src:reuters"]
    claim = G.nodes[c1]
    assert claim["support"] == 2 and claim["document_count"] == 2
    assert claim["document"] == "d1" and "Monday" in claim["text"]
    assert claim["first_date"] == "2016-11-01"
    # the same statement in d1 and d3 (leading "the" and punctuation differ)
    water = {v for _, v in G.out_edges("src:mohammed ibrahim samra")
             if "water" in G.nodes[v]["text"]}
    assert len(water) == 1
    edge = G["src:mohammed ibrahim samra"][water.pop()]
    assert edge["weight"] == 2 and edge["documents"] == ["d1", "d3"]


def test_graph_short_and_different_claims_do_not_merge(G):
    holds = [v for v, t in G.nodes(data="text") if t == "the city would hold"]
    assert len(holds) == 2  # under min_claim_tokens: kept per attribution
    counts = [v for v, t in G.nodes(data="text") if t and t.startswith("the count")]
    assert len(counts) == 2


def test_graph_claim_edge_attributes(G):
    (claim,) = [v for _, v in G.out_edges("src:reuters")
                if G["src:reuters"][v]["kind"] == "claims"
                and G["src:reuters"][v]["document"] == "d1"]
    edge = G["src:reuters"][claim]
    assert edge["cue_lemma"] == "report" and edge["label"] == "report"
    assert edge["routes"] == [("doc:d1",), ("doc:d2",)]  # d2 restates it
    nested = G["src:d1/a militia spokesman"]
    (route,) = next(iter(nested.values()))["routes"]
    assert route == ("doc:d1", "src:reuters")


@pytest.mark.parametrize(
    "names, expected",
    [
        (["Hillary Clinton", "Bill Clinton", "Clinton"],
         {"src:hillary clinton", "src:bill clinton", "src:clinton"}),
        (["Donald Trump", "Trump", "Donald Trump Jr."],
         {"src:donald trump", "src:donald trump jr"}),
        (["J. Smith", "John Smith", "Smith"], {"src:john smith"}),
        (["US President Barack Obama", "Barack Obama", "Obama"], {"src:barack obama"}),
        (["The New York Times", "New York Times", "NYT"], {"src:new york times"}),
        (["Justice Department", "the Justice Department"], {"src:justice department"}),
    ],
)
def test_graph_source_names_merge_when_unambiguous(names, expected):
    docs = []
    for i, name in enumerate(names):
        text = f"{name} said the plan was sound."
        docs.append(DocumentResult(f"n{i}", text, attributions=[
            att(text, "a", "the plan was sound", name, name)]))
    G = build_graph(docs)
    assert of_kind(G, "source") == expected


@pytest.mark.parametrize(
    "counts, merged_into",
    [
        ({"Hillary Clinton": 9, "Bill Clinton": 1}, "src:hillary clinton"),  # 90% of mentions
        ({"Hillary Clinton": 6, "Bill Clinton": 4}, None),  # no one dominates
    ],
)
def test_graph_bare_surname_merges_into_the_dominant_full_name(counts, merged_into):
    docs = []
    for name, n in counts.items():
        for i in range(n):
            text = f"{name} said the plan was sound."
            docs.append(DocumentResult(f"{name}{i}", text, attributions=[att(text, "a", "the plan was sound", name, name, "person")]))
    text = "Clinton said the plan was sound."
    docs.append(DocumentResult("bare", text, attributions=[att(text, "a", "the plan was sound", "Clinton", "Clinton", "person")]))
    sources = of_kind(build_graph(docs), "source")
    if merged_into is None:
        assert "src:clinton" in sources
    else:
        assert "src:clinton" not in sources and merged_into in sources


def test_graph_frequent_name_never_merges_into_a_rare_longer_one():
    """A headline misread as a name ("Entrusting Donald Trump", once) takes
    neither "Donald Trump" (quoted 60 times) nor the bare "Trump"."""
    docs = []
    for name, n in {"Donald Trump": 60, "Entrusting Donald Trump": 1, "Trump": 3, "Eric Trump": 2}.items():
        for i in range(n):
            text = f"{name} said the plan was sound."
            docs.append(DocumentResult(f"{name}{i}", text, attributions=[att(text, "a", "the plan was sound", name, name, "person")]))
    sources = of_kind(build_graph(docs), "source")
    assert "src:donald trump" in sources and "src:entrusting donald trump" in sources
    assert "src:trump" not in sources  # merged into Donald Trump, the dominant Trump


def test_graph_merge_surnames_can_be_switched_off():
    docs = [
        DocumentResult(f"n{i}", f"{n} said yes.", attributions=[
            Attribution("a", (len(n) + 6, len(n) + 9), (0, len(n)), source_entity=n)])
        for i, n in enumerate(["Ann Lee", "Lee"])
    ]
    assert len(of_kind(build_graph(docs, merge_surnames=False), "source")) == 2
    assert len(of_kind(build_graph(docs), "source")) == 1


def test_graph_source_key():
    assert source_key("President Obama's") == "obama"
    assert source_key("The Associated Press") == "associated press"
    assert source_key("AP") == "associated press"
    assert source_key("Reuters", {}) == "reuters"


def test_graph_find_source(G):
    assert find_source(G, "Governor Samra") == "src:mohammed ibrahim samra"
    assert find_source(G, "Samra") == "src:mohammed ibrahim samra"
    assert find_source(G, "Officials", document="d2") == "src:d2/officials"
    with pytest.raises(KeyError):
        find_source(G, "Officials")
    with pytest.raises(KeyError):
        find_source(G, "Nobody")


def test_graph_document_nodes(G):
    d2 = G.nodes["doc:d2"]
    assert d2["outlet"] == "The New York Times" and d2["date"] == "2016-11-03"
    assert d2["label"] == "d2" and d2["attribution_count"] == 4
    assert "title" not in d2  # no nulls: unknown fields are absent
    assert G.graph == {"documents": 3, "attributions": 12}


def test_graph_errors():
    doc = DocumentResult("x", "short", attributions=[Attribution("a", (0, 50))])
    with pytest.raises(GraphError, match="outside the text"):
        build_graph([doc])
    ok = DocumentResult("x", "short")
    with pytest.raises(GraphError, match="appears twice"):
        build_graph([ok, ok])
    with pytest.raises(GraphError, match="claim_threshold"):
        build_graph([], claim_threshold=0)


def test_graph_accepts_a_generator_and_unattributed_content():
    text = "The bridge is closed, it was reported."
    doc = DocumentResult("g", text, attributions=[Attribution("a", (0, 20))])
    G = build_graph(d for d in [doc])
    assert "src:g/unattributed" in G
    assert G.nodes["src:g/unattributed"]["scope"] == "document"


# --- the seed article and PolNeAR, read from ../shared at run time -------------


def _gold(name):
    path = SHARED / "eval" / name
    if not path.is_file():
        pytest.skip(f"{path} not found: the shared evaluation data is not available")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_graph_seed_article():
    (record,) = _gold("seed.gold.jsonl")
    G = build_graph([DocumentResult.from_dict(record)])
    doc = f"doc:{record['id']}"
    unit = find_source(G, "Hezbollah military media unit")
    assert G[doc]["src:reuters"]["kind"] == "quotes"
    assert G["src:reuters"][unit]["kind"] == "relays"
    (claim,) = [v for v in G[unit] if G.nodes[v]["kind"] == "claim"]
    assert "advancing forces" in G.nodes[claim]["text"]
    samra = find_source(G, "Samra")
    assert G.nodes[samra]["claim_count"] == 4
    assert len([v for v in G[samra]]) == 4
    (commander,) = [n for n, k in G.nodes(data="source_kind") if k == "anonymous"]
    assert "commander" in G.nodes[commander]["name"]


def polnear_results():
    """PolNeAR gold records as DocumentResults (source text as the entity)."""
    for r in _gold("polnear.train.jsonl"):
        meta = r.get("meta", {})
        doc = DocumentResult(str(r["id"]), r["text"], meta={
            "title": meta.get("title"), "outlet": meta.get("publisher"),
            "date": meta.get("publication_date"), "byline": meta.get("author")})
        for a in r["attributions"]:
            attr = Attribution.from_dict({**a, "type": a.get("type") if a.get("type") in
                                          ("direct", "indirect", "mixed", "according_to")
                                          else "indirect"})
            attr.source_entity = a.get("source_text")
            doc.attributions.append(attr)
        yield doc


def test_graph_polnear_corpus():
    docs = list(polnear_results())
    start = time.perf_counter()
    G = build_graph(docs)
    seconds = time.perf_counter() - start
    assert len(of_kind(G, "document")) == len(docs) == 840
    assert G.graph["attributions"] == sum(len(d.attributions) for d in docs)
    outlets = {G.nodes[f"doc:{d.id}"].get("outlet") for d in docs}
    assert len(outlets) > 1
    # one node per named source across outlets: a source quoted in several
    # outlets' articles is a single node whose edges come from several outlets
    keys = {}
    for n, data in G.nodes(data=True):
        if data["kind"] == "source" and data["scope"] == "corpus":
            assert keys.setdefault(source_key(data["name"]), n) == n
    multi = [n for n in keys.values()
             if len({G.nodes[r[0]].get("outlet") for _, _, routes in
                     G.out_edges(n, data="routes") for r in routes or ()}) > 1]
    assert len(multi) >= 10
    assert seconds < 60
