"""Tests for quotegraph.export: schema validity, round trips, unsafe text, CSV."""

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from quotegraph.export import (
    clean_text,
    csv_paths,
    validate_gexf,
    write_csv,
    write_gexf,
    write_graph,
    write_graphml,
    write_json,
)
from quotegraph.graph import GraphError, build_graph
from quotegraph.model import Attribution, DocumentResult

SCHEMAS = Path(__file__).resolve().parents[1].parent / "shared" / "gexf-schema"
BAD = "ctl\x00\x07\x1f surrogate\ud800 nonchar\uffff ok\ttab\nline"
QUOTE = "the convoy reached the northern bridge before dawn on Monday"


def schema(version):
    folder = SCHEMAS / version
    if not (folder / "gexf.xsd").is_file():
        pytest.skip(f"GEXF schema not found at {folder}: ../shared/gexf-schema is absent")
    pytest.importorskip("lxml")
    return folder


def att(text, aid, content, source, kind="unknown", parent=None):
    start, s = text.index(content), text.index(source)
    return Attribution(aid, (start, start + len(content)), (s, s + len(source)),
                       source_entity=source, source_kind=kind, parent=parent,
                       cue_lemma="say", confidence=0.75)


@pytest.fixture(scope="module")
def G():
    t1 = f"Reuters reports that a spokesman said {QUOTE}. Officials said no."
    t2 = f"=cmd| said {QUOTE}, and {BAD} said \u201cgo{BAD}\u201d, @sum."
    docs = [
        DocumentResult("e1", t1, meta={"title": "Bridge", "outlet": "Daily",
                                       "date": "2016-11-01", "url": "http://x.test/1"},
                       attributions=[
            att(t1, "a1", f"a spokesman said {QUOTE}", "Reuters", "media"),
            att(t1, "a2", QUOTE, "a spokesman", "anonymous", parent="a1"),
            att(t1, "a3", "no", "Officials", "anonymous"),
        ]),
        DocumentResult("e2", t2, meta={"title": f"-1 {BAD}", "author": ["A", "B"]},
                       attributions=[
            att(t2, "b1", QUOTE, "=cmd|"),
            att(t2, "b2", f"go{BAD}", BAD),
        ]),
    ]
    return build_graph(docs)


def flat(value):
    """What the text formats store for a Python value."""
    if isinstance(value, list):
        return " | ".join(" > ".join(v) if isinstance(v, tuple) else str(v) for v in value)
    return clean_text(value) if isinstance(value, str) else value


def test_export_gexf_validates_against_the_official_schemas(G, tmp_path):
    for version in ("1.3", "1.2draft"):
        path = tmp_path / f"g-{version}.gexf"
        write_gexf(G, path, version=version, description=f"test {BAD}")
        validate_gexf(path, schema(version))


def test_export_networkx_gexf_fails_the_schema(tmp_path):
    # the reason we write GEXF ourselves: networkx's 1.3 output is not valid
    H = nx.DiGraph([("a", "b")])
    nx.write_gexf(H, tmp_path / "nx.gexf", version="1.3")
    with pytest.raises(GraphError, match="not valid GEXF"):
        validate_gexf(tmp_path / "nx.gexf", schema("1.3"))


def test_export_gexf_round_trip_keeps_every_attribute(G, tmp_path):
    path = write_gexf(G, tmp_path / "g.gexf")[0]
    H = nx.read_gexf(path)
    assert set(H.nodes) == {clean_text(n) for n in G.nodes}
    assert {(u, v) for u, v in H.edges} == {(clean_text(u), clean_text(v)) for u, v in G.edges}
    for node, data in G.nodes(data=True):
        back = H.nodes[clean_text(node)]
        for key, value in data.items():
            expected = flat(value)
            if key == "label":  # an XML token: whitespace collapsed
                expected = " ".join(expected.split())
            assert back[key] == expected, (node, key)
    for u, v, data in G.edges(data=True):
        back = H.edges[clean_text(u), clean_text(v)]
        for key, value in data.items():
            assert back[key] == (float(value) if key == "weight" else flat(value)), key


def test_export_gexf_dates_viz_and_types(G, tmp_path):
    path = write_gexf(G, tmp_path / "g.gexf")[0]
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(path).getroot()
    graph = root.find("g:graph", ns)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    nodes = {n.get("id"): n for n in graph.iter("{http://gexf.net/1.3}node")}
    assert (nodes["doc:e1"].get("start"), nodes["doc:e1"].get("end")) == ("2016-11-01",) * 2
    assert nodes["doc:e2"].get("start") is None  # undated: always visible
    assert nodes["src:reuters"].get("start") == "2016-11-01"
    for node in nodes.values():
        assert node.find("g:color", ns) is not None
        assert float(node.find("g:size", ns).get("value")) > 0
    media = nodes["src:reuters"].find("g:color", ns)
    anon = nodes["src:e1/officials"].find("g:color", ns)
    assert media.attrib != anon.attrib  # colour by (source) kind
    types = {a.get("title"): a.get("type") for a in graph.iter("{http://gexf.net/1.3}attribute")}
    assert types["support"] == "long" and types["confidence"] == "double"
    assert types["aliases"] == "string"  # lists joined
    assert "None" not in path.read_text(encoding="utf-8")


def test_export_gexf_mixed_types_become_one_string_type(tmp_path):
    H = nx.DiGraph()
    H.add_node("a", kind="source", score=1, flag=True)
    H.add_node("b", kind="source", score="high", flag=None)
    H.add_node("c", kind="claim", score=2.5)
    path = write_gexf(H, tmp_path / "m.gexf")[0]
    validate_gexf(path, schema("1.3"))
    back = nx.read_gexf(path)
    assert [back.nodes[n]["score"] for n in "abc"] == ["1", "high", "2.5"]
    assert back.nodes["a"]["flag"] is True and "flag" not in back.nodes["b"]


def test_export_xml_forbidden_characters_are_replaced(G, tmp_path):
    paths = [p for ext in ("gexf", "graphml", "json", "csv")
             for p in write_graph(G, tmp_path / f"bad.{ext}")]
    for path in paths:
        text = path.read_text(encoding="utf-8")  # valid UTF-8: no lone surrogates
        assert "\x00" not in text and "\x07" not in text and "\uffff" not in text
        if not path.name.endswith(".edges.csv"):  # edge rows carry ids, not names
            assert "\ufffd" in text
    validate_gexf(tmp_path / "bad.gexf", schema("1.3"))
    title = nx.read_gexf(tmp_path / "bad.gexf").nodes["doc:e2"]["title"]
    assert title == "-1 ctl\ufffd\ufffd\ufffd surrogate\ufffd nonchar\ufffd ok\ttab\nline"
    assert nx.read_graphml(tmp_path / "bad.graphml").nodes["doc:e2"]["title"] == title


def test_export_node_ids_stay_distinct_once_cleaned(tmp_path):
    # "a\x08" cleans to "a\ufffd", the id of another node; 1 and "1" print alike
    G = nx.DiGraph([("a\x08", "a\ufffd"), (1, "1"), ("1", "a\x08")])
    write_graph(G, tmp_path / "g.gexf")
    write_graph(G, tmp_path / "g.graphml")
    write_graph(G, tmp_path / "g.json")
    nodes_csv, edges_csv = write_graph(G, tmp_path / "g.csv")
    validate_gexf(tmp_path / "g.gexf", schema("1.3"))
    for H in (nx.read_gexf(tmp_path / "g.gexf"), nx.read_graphml(tmp_path / "g.graphml")):
        assert H.number_of_nodes() == 4 and H.number_of_edges() == 3
    data = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    assert len({n["id"] for n in data["nodes"]}) == 4
    with nodes_csv.open(encoding="utf-8", newline="") as fh:
        assert len({row[0] for row in list(csv.reader(fh))[1:]}) == 4


def test_export_graphml_round_trip(G, tmp_path):
    H = nx.read_graphml(write_graphml(G, tmp_path / "g.graphml")[0])
    assert isinstance(H, nx.DiGraph) and set(H.nodes) == {clean_text(n) for n in G}
    for node, data in G.nodes(data=True):
        assert H.nodes[clean_text(node)] == {k: flat(v) for k, v in data.items()}
    for u, v, data in G.edges(data=True):
        assert H.edges[clean_text(u), clean_text(v)] == {k: flat(x) for k, x in data.items()}
    assert {k: H.graph[k] for k in G.graph} == G.graph


def test_export_json_round_trip_keeps_lists(G, tmp_path):
    path = write_json(G, tmp_path / "g.json")[0]
    H = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")))
    assert H.is_directed() and H.graph == G.graph

    def plain(value):
        if isinstance(value, (list, tuple)):
            return [plain(v) for v in value]
        return clean_text(value) if isinstance(value, str) else value

    for node, data in G.nodes(data=True):
        assert H.nodes[clean_text(node)] == {k: plain(v) for k, v in data.items()}
    edge = H.edges["src:e1/a spokesman", next(iter(G["src:e1/a spokesman"]))]
    assert edge["routes"] == [["doc:e1", "src:reuters"]] and edge["documents"] == ["e1"]


def test_export_csv_for_gephi(G, tmp_path):
    nodes_path, edges_path = write_csv(G, tmp_path / "g.csv")
    assert (nodes_path, edges_path) == csv_paths(tmp_path / "g.csv")
    assert nodes_path.name == "g.nodes.csv" and edges_path.name == "g.edges.csv"
    with nodes_path.open(encoding="utf-8", newline="") as fh:
        nodes = list(csv.DictReader(fh))
    with edges_path.open(encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert list(nodes[0])[:3] == ["Id", "Label", "kind"]
    assert list(edges[0])[:6] == ["Source", "Target", "Type", "Kind", "Label", "Weight"]
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    assert {r["Type"] for r in edges} == {"Directed"}
    ids = {r["Id"] for r in nodes}
    assert all(r["Source"] in ids and r["Target"] in ids for r in edges)
    quotes = [r for r in edges if r["Kind"] == "quotes" and r["Source"] == "doc:e1"]
    assert sorted(r["Weight"] for r in quotes) == ["1", "1"]


def test_export_csv_neutralises_formulas(G, tmp_path):
    nodes_path, edges_path = write_csv(G, tmp_path / "g.csv")
    cells = [cell for path in (nodes_path, edges_path)
             for row in csv.reader(path.open(encoding="utf-8", newline=""))
             for cell in row]
    assert "'=cmd|" in cells  # a source name
    assert any(c.startswith("'-1 ctl") for c in cells)  # a title
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]


def test_export_csv_neutralises_ids_the_same_way_in_both_files(tmp_path):
    H = nx.DiGraph()
    H.add_edge("=1+1", "@sum", kind="claims", label="-x", weight=-2)
    nodes_path, edges_path = write_csv(H, tmp_path / "f.csv")
    nodes = list(csv.reader(nodes_path.open(encoding="utf-8", newline="")))
    edges = list(csv.reader(edges_path.open(encoding="utf-8", newline="")))
    assert [r[0] for r in nodes[1:]] == ["'=1+1", "'@sum"]
    assert edges[1][:6] == ["'=1+1", "'@sum", "Directed", "claims", "'-x", "-2"]


def test_export_write_graph_picks_the_format(G, tmp_path):
    assert [p.name for p in write_graph(G, tmp_path / "a.GEXF")] == ["a.GEXF"]
    assert nx.read_graphml(write_graph(G, tmp_path / "a.graphml")[0]).number_of_nodes() == len(G)
    (path,) = write_graph(G, tmp_path / "out.dat", format="json")
    assert json.loads(path.read_text(encoding="utf-8"))["directed"] is True
    with pytest.raises(GraphError, match="Unknown graph format"):
        write_graph(G, tmp_path / "a.xlsx")
    with pytest.raises(GraphError, match="GEXF version"):
        write_gexf(G, tmp_path / "a.gexf", version="2.0")


def test_export_polnear_gexf_validates_and_reads_back(tmp_path):
    """A PolNeAR slice (read from ../shared at run time): valid, every attribute back."""
    path = SCHEMAS.parent / "eval" / "polnear.train.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found: the shared evaluation data is not available")
    docs = []
    with path.open(encoding="utf-8") as fh:
        for line, _ in zip(fh, range(120)):
            r = json.loads(line)
            meta = r.get("meta", {})
            doc = DocumentResult(str(r["id"]), r["text"], meta={
                "outlet": meta.get("publisher"), "date": meta.get("publication_date"),
                "title": meta.get("title")})
            for a in r["attributions"]:
                start, end = a["content"]
                span = tuple(a["source"]) if a.get("source") else None
                doc.attributions.append(Attribution(
                    a["id"], (start, end), span, source_entity=a.get("source_text")))
            docs.append(doc)
    G = build_graph(docs)
    gexf = write_gexf(G, tmp_path / "polnear.gexf")[0]
    validate_gexf(gexf, schema("1.3"))
    H = nx.read_gexf(gexf)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    for node, data in G.nodes(data=True):
        back = H.nodes[clean_text(node)]
        assert {k for k in data} <= set(back)
        assert all(back[k] == flat(v) for k, v in data.items() if k != "label")
