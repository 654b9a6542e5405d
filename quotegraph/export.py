"""Write quote graphs for Gephi and other tools: GEXF, GraphML, JSON and CSV.

Every writer takes a graph from :func:`quotegraph.graph.build_graph` (any
networkx graph with string-able node ids works) and a path, and returns the
paths it wrote. :func:`write_graph` picks the writer from the extension:

=========== =============================================================
``.gexf``   :func:`write_gexf`: GEXF 1.3 (or 1.2draft), valid against the
            official schema; dates as node intervals for Gephi's timeline
``.graphml`` :func:`write_graphml`
``.json``   :func:`write_json`: node-link JSON (``nodes`` and ``edges``)
``.csv``    :func:`write_csv`: Gephi's spreadsheet import, two files:
            ``X.nodes.csv`` and ``X.edges.csv`` for ``X.csv``
=========== =============================================================

All writers replace characters that XML 1.0 forbids (control characters,
lone surrogates, U+FFFE/U+FFFF) with U+FFFD, drop ``None`` values, and give
every attribute one type (a key holding ints and floats becomes a float, any
other mix a string). GEXF, GraphML and CSV join list values with ``" | "``
(a tuple inside a list, such as a route, with ``" > "``); JSON keeps lists.
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional, Union

import networkx as nx

from .graph import GraphError

__all__ = [
    "FORMATS",
    "clean_text",
    "node_ids",
    "csv_paths",
    "validate_gexf",
    "write_csv",
    "write_gexf",
    "write_graph",
    "write_graphml",
    "write_json",
]

PathLike = Union[str, Path]

#: Extension -> format name understood by :func:`write_graph`.
FORMATS: dict[str, str] = {
    ".gexf": "gexf",
    ".graphml": "graphml",
    ".json": "json",
    ".csv": "csv",
}

#: Node colours (r, g, b): documents and claims by ``kind``, sources by ``source_kind``.
COLORS: dict[str, tuple[int, int, int]] = {
    "document": (120, 120, 120),
    "claim": (240, 190, 60),
    "person": (66, 133, 244),
    "organization": (52, 168, 83),
    "government": (0, 128, 128),
    "media": (219, 68, 55),
    "anonymous": (155, 89, 182),
    "unknown": (170, 170, 170),
}

_NS = {
    "1.3": ("http://gexf.net/1.3", "1.3"),
    "1.2draft": ("http://www.gexf.net/1.2draft", "1.2"),
}
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_XML_BAD = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LIST_SEP, _ROUTE_SEP = " | ", " > "


def clean_text(text: str) -> str:
    """*text* with characters XML 1.0 forbids replaced by U+FFFD.

    >>> clean_text("a\\x00b\\ud800c\\ttab")
    'a\\ufffdb\\ufffdc\\ttab'
    """
    return _XML_BAD.sub("\ufffd", text)


def node_ids(G: nx.Graph) -> dict[Any, str]:
    """A string id for every node of *G*, safe for XML and one to one.

    The id is ``str(node)`` with forbidden characters replaced
    (:func:`clean_text`). Nodes whose ids would then clash (``"a\\x08"``
    and ``"a\\ufffd"``, or ``1`` and ``"1"``) get ``#2``, ``#3`` ...
    after the first one; nodes whose id needs no change keep it.

    >>> G = nx.Graph([("a\\x08", "a\\ufffd"), (1, "1")])
    >>> sorted(node_ids(G).values())
    ['1', '1#2', 'a\ufffd', 'a\ufffd#2']
    """
    ids: dict[Any, str] = {}
    used: set[str] = set()
    later = []
    for node in G:
        text = str(node)
        if text in used or _XML_BAD.search(text) or not isinstance(node, str):
            later.append(node)
        else:
            ids[node] = text
            used.add(text)
    for node in later:
        base = text = clean_text(str(node))
        k = 1
        while text in used:
            k += 1
            text = f"{base}#{k}"
        ids[node] = text
        used.add(text)
    return ids


def _flat(value: Any) -> Any:
    """A scalar for *value*: lists joined, strings cleaned, non-finite floats dropped."""
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return clean_text(
            _LIST_SEP.join(
                _ROUTE_SEP.join(map(str, v)) if isinstance(v, (list, tuple)) else str(v)
                for v in items
            )
        )
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return None if value is None else clean_text(str(value))


def _kind(value: Any) -> str:
    return ("boolean" if isinstance(value, bool) else "long" if isinstance(value, int)
            else "double" if isinstance(value, float) else "string")  # fmt: skip


def _merged(kinds: set[str]) -> str:
    """``boolean``, ``long``, ``double`` or ``string``: one type for values of *kinds*."""
    if len(kinds) == 1:
        return next(iter(kinds))
    return "double" if kinds == {"long", "double"} else "string"


_PY = {"boolean": bool, "long": int, "double": float, "string": str}


def _coerce(value: Any, kind: str) -> Any:
    if kind == "string" and isinstance(value, bool):
        return "true" if value else "false"
    return _PY[kind](value)


def _attribute_types(rows: Iterable[tuple[Any, Mapping[str, Any]]], skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """One type per attribute key over all rows (keys in order of first use)."""
    kinds: dict[str, set[str]] = {}
    for _, data in rows:
        for k, v in data.items():
            if k not in skip and (flat := _flat(v)) is not None:
                kinds.setdefault(k, set()).add(_kind(flat))
    return {k: _merged(ks) for k, ks in kinds.items()}


def _typed(data: Mapping[str, Any], types: Mapping[str, str], skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """*data* flattened and coerced to *types*."""
    out = {}
    for k, v in data.items():
        if k not in skip and (flat := _flat(v)) is not None:
            out[k] = _coerce(flat, types[k])
    return out


def _typed_rows(
    rows: Iterable[tuple[Any, Mapping[str, Any]]], skip: frozenset[str] = frozenset()
) -> tuple[list[tuple[Any, dict[str, Any]]], dict[str, str]]:
    """Flatten every row's attributes and give each key one type."""
    rows = list(rows)
    types = _attribute_types(rows, skip)
    return [(item, _typed(data, types, skip)) for item, data in rows], types


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def _interval(data: Mapping[str, Any]) -> tuple[Optional[str], Optional[str]]:
    start = data.get("first_date") or data.get("date")
    end = data.get("last_date") or data.get("date")
    ok = [isinstance(d, str) and _ISO_DATE.match(d) for d in (start, end)]
    return (start, end) if all(ok) else (None, None)


def _color(data: Mapping[str, Any]) -> tuple[int, int, int]:
    kind = data.get("kind")
    if kind == "source":
        kind = data.get("source_kind", "unknown")
    return COLORS.get(str(kind), COLORS["unknown"])


def write_gexf(
    G: nx.Graph, path: PathLike, *, version: str = "1.3", description: str = ""
) -> list[Path]:
    """Write *G* as GEXF that validates against the official schema.

    Attributes become typed ``<attvalue>`` elements (``label`` becomes the
    node's XML label, ``weight`` the edge's weight); dates (``date`` on
    documents, ``first_date``/``last_date`` elsewhere) become ``start``/``end``
    intervals in a ``mode="dynamic"`` ``timeformat="date"`` graph, so Gephi's
    timeline shows when documents, sources and claims appear. Nodes are
    coloured by kind (sources by ``source_kind``) and sized by degree.

    Parameters
    ----------
    G : networkx.Graph
        A quote graph; multigraphs are written with one edge per key.
    path : str or Path
        The file to write.
    version : {"1.3", "1.2draft"}
        GEXF version.
    description : str
        Text for the file's ``<meta><description>``.

    Returns
    -------
    list of Path
        The file written.

    Examples
    --------
    >>> import networkx as nx, tempfile, os
    >>> G = nx.DiGraph()
    >>> G.add_node("doc:1", kind="document", label="A", date="2016-11-08")
    >>> G.add_edge("doc:1", "src:x", kind="quotes", weight=2)
    >>> path = os.path.join(tempfile.mkdtemp(), "g.gexf")
    >>> write_gexf(G, path)[0].name
    'g.gexf'
    >>> H = nx.read_gexf(path)
    >>> H.nodes["doc:1"]["start"], H.edges["doc:1", "src:x"]["kind"]
    ('2016-11-08', 'quotes')
    """
    if version not in _NS:
        raise GraphError(f"GEXF version must be one of {sorted(_NS)}, not {version!r}.")
    ns, number = _NS[version]
    # Written element by element (memory stays that of the graph, not of an
    # XML tree of it). Elements carry no namespace of their own: they are
    # in the root's default namespace.
    tostring = lambda el: ET.tostring(el, encoding="unicode")  # noqa: E731
    node_skip, edge_skip = frozenset({"label"}), frozenset({"label", "weight"})

    def edge_rows():  # ((u, v[, key]), data), once per pass
        edges = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
        return ((e[:-1], e[-1]) for e in edges)

    node_types = _attribute_types(G.nodes(data=True), node_skip)
    edge_types = _attribute_types(edge_rows(), edge_skip)
    dynamic = any(_interval(d)[0] for _, d in G.nodes(data=True))
    node_id = node_ids(G)
    ids = {}
    header = []
    meta = ET.Element("meta", lastmodifieddate=_dt.date.today().isoformat())
    ET.SubElement(meta, "creator").text = "quotegraph"
    if description:
        ET.SubElement(meta, "description").text = clean_text(description)
    header.append(tostring(meta))
    header.append(
        f'<graph defaultedgetype="{"directed" if G.is_directed() else "undirected"}" '
        f'mode="{"dynamic" if dynamic else "static"}" idtype="string"'
        + (' timeformat="date">' if dynamic else ">")
    )
    for cls, types in (("node", node_types), ("edge", edge_types)):
        block = ET.Element("attributes", {"class": cls, "mode": "static"})
        for i, (key, kind) in enumerate(types.items()):
            ids[cls, key] = f"{cls[0]}{i}"
            ET.SubElement(block, "attribute", id=f"{cls[0]}{i}", title=clean_text(key), type=kind)
        header.append(tostring(block))

    path = Path(path)
    with open(path, "w", encoding="utf-8") as out:
        out.write("<?xml version='1.0' encoding='utf-8'?>\n")
        out.write(f'<gexf xmlns="{ns}" xmlns:xsi="{_XSI}" xsi:schemaLocation="{ns} {ns}/gexf.xsd" version="{number}">')
        out.write("".join(header))
        out.write(f'<nodes count="{G.number_of_nodes()}">')
        for node, raw in G.nodes(data=True):
            el = ET.Element("node", id=node_id[node])
            el.set("label", " ".join(clean_text(str(raw.get("label", node))).split()))
            start, end = _interval(raw)
            if dynamic and start:
                el.set("start", start)
                el.set("end", end)
            _attvalues(el, _typed(raw, node_types, node_skip), ids, "node")
            r, g, b = _color(raw)
            ET.SubElement(el, "color", r=str(r), g=str(g), b=str(b))
            size = 4.0 + 4.0 * math.log2(1 + G.degree(node))
            ET.SubElement(el, "size", value=f"{size:.2f}")
            out.write(tostring(el))
        out.write("</nodes>")
        out.write(f'<edges count="{G.number_of_edges()}">')
        for i, ((u, v, *_), raw) in enumerate(edge_rows()):
            el = ET.Element("edge", id=f"e{i}", source=node_id[u], target=node_id[v])
            if "label" in raw:
                el.set("label", " ".join(clean_text(str(raw["label"])).split()))
            if version == "1.3" and isinstance(raw.get("kind"), str):
                el.set("kind", clean_text(raw["kind"]))
            weight = raw.get("weight")
            if isinstance(weight, (int, float)) and not isinstance(weight, bool):
                if math.isfinite(weight):
                    el.set("weight", repr(float(weight)))
            start, end = _interval(raw)
            if dynamic and start:
                el.set("start", start)
                el.set("end", end)
            _attvalues(el, _typed(raw, edge_types, edge_skip), ids, "edge")
            out.write(tostring(el))
        out.write("</edges></graph></gexf>\n")
    return [path]


def _attvalues(el: ET.Element, data: Mapping[str, Any], ids, cls: str) -> None:
    if not data:
        return
    block = ET.SubElement(el, "attvalues")
    for key, value in data.items():
        ET.SubElement(block, "attvalue", {"for": ids[cls, key], "value": _text(value)})


@lru_cache(maxsize=4)
def _schema(xsd: str):
    from lxml import etree

    return etree.XMLSchema(etree.parse(xsd))


def validate_gexf(path: PathLike, schema: PathLike) -> None:
    """Check a GEXF file against an XML schema; raise GraphError if invalid.

    Parameters
    ----------
    path : str or Path
        The GEXF file.
    schema : str or Path
        The schema's ``gexf.xsd``, or the folder holding it (its imports,
        ``viz.xsd`` and the rest, must sit next to it). Needs lxml.
    """
    xsd = Path(schema)
    if xsd.is_dir():
        xsd = xsd / "gexf.xsd"
    if not xsd.is_file():
        raise GraphError(f"No GEXF schema at {xsd}.")
    try:
        from lxml import etree
    except ImportError as err:  # pragma: no cover - lxml is a test dependency
        raise GraphError("Validating GEXF needs lxml: pip install lxml.") from err
    validator = _schema(str(xsd.resolve()))
    if not validator.validate(etree.parse(str(path))):
        first = validator.error_log[0]
        raise GraphError(f"{path} is not valid GEXF (line {first.line}): {first.message}")


def _plain_graph(G: nx.Graph) -> nx.Graph:
    """A copy of *G* with flat, typed, XML-safe attributes and string node ids."""
    nodes, _ = _typed_rows(G.nodes(data=True))
    rows = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    edges, _ = _typed_rows((e[:-1], e[-1]) for e in rows)
    graph, _ = _typed_rows([(None, G.graph)])
    node_id = node_ids(G)
    H = G.__class__()
    H.graph.update(graph[0][1])
    H.add_nodes_from((node_id[n], d) for n, d in nodes)
    for (u, v, *key), d in edges:
        H.add_edge(node_id[u], node_id[v], *key, **d)
    return H


def write_graphml(G: nx.Graph, path: PathLike) -> list[Path]:
    """Write *G* as GraphML (lists joined, one type per key, XML-safe text).

    >>> import networkx as nx, tempfile, os
    >>> G = nx.DiGraph()
    >>> G.add_node("src:x", kind="source", aliases=["X", "Mr X"], claim_count=3)
    >>> path = os.path.join(tempfile.mkdtemp(), "g.graphml")
    >>> _ = write_graphml(G, path)
    >>> nx.read_graphml(path).nodes["src:x"]
    {'kind': 'source', 'aliases': 'X | Mr X', 'claim_count': 3}
    """
    path = Path(path)
    nx.write_graphml(_plain_graph(G), path, encoding="utf-8")
    return [path]


def _json_value(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return [_json_value(v) for v in items]
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return _flat(value)


def _json_attrs(data: Mapping[str, Any]) -> dict[str, Any]:
    out = {clean_text(str(k)): _json_value(v) for k, v in data.items()}
    return {k: v for k, v in out.items() if v is not None}


def write_json(G: nx.Graph, path: PathLike) -> list[Path]:
    """Write *G* as node-link JSON; read it back with ``nx.node_link_graph(data)``.

    Lists stay lists (tuples become lists), ``None`` and non-finite numbers
    are dropped, text is XML-safe (so lone surrogates cannot break UTF-8).

    >>> import networkx as nx, json, tempfile, os
    >>> G = nx.DiGraph()
    >>> G.add_edge("src:a", "claim:1", kind="claims", routes=[("doc:1", "src:b")])
    >>> path = os.path.join(tempfile.mkdtemp(), "g.json")
    >>> _ = write_json(G, path)
    >>> H = nx.node_link_graph(json.load(open(path, encoding="utf-8")))
    >>> H.edges["src:a", "claim:1"]["routes"]
    [['doc:1', 'src:b']]
    """
    node_id = node_ids(G)
    data = {
        "directed": G.is_directed(),
        "multigraph": G.is_multigraph(),
        "graph": _json_attrs(G.graph),
        "nodes": [{**_json_attrs(d), "id": node_id[n]} for n, d in G.nodes(data=True)],
        "edges": [],
    }
    rows = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    for u, v, *key, d in rows:
        edge = {**_json_attrs(d), "source": node_id[u], "target": node_id[v]}
        if key:
            edge["key"] = _json_value(key[0])
        data["edges"].append(edge)
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False)
    return [path]


def _cell(value: Any) -> Any:
    """A CSV cell that spreadsheets will not run as a formula.

    >>> _cell("=HYPERLINK(1)"), _cell("-1 point"), _cell(-1.5), _cell("ok")
    ("'=HYPERLINK(1)", "'-1 point", -1.5, 'ok')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def csv_paths(path: PathLike) -> tuple[Path, Path]:
    """The nodes and edges files :func:`write_csv` writes for *path*.

    >>> [p.name for p in csv_paths("out/graph.csv")]
    ['graph.nodes.csv', 'graph.edges.csv']
    """
    path = Path(path)
    stem = path.with_suffix("") if path.suffix.lower() == ".csv" else path
    return (stem.with_name(stem.name + ".nodes.csv"), stem.with_name(stem.name + ".edges.csv"))


def write_csv(G: nx.Graph, path: PathLike) -> list[Path]:
    """Write *G* for Gephi's spreadsheet import: ``X.nodes.csv`` and ``X.edges.csv``.

    The nodes file has ``Id``, ``Label`` and then every node attribute; the
    edges file ``Source``, ``Target``, ``Type`` (Directed or Undirected),
    ``Kind``, ``Label``, ``Weight`` and then every other edge attribute. Cells
    starting with ``= + - @`` (or a tab or carriage return) get a leading
    single quote so spreadsheets do not run them as formulas.

    Returns
    -------
    list of Path
        The nodes file and the edges file (see :func:`csv_paths`).
    """
    nodes_path, edges_path = csv_paths(path)
    node_id = node_ids(G)
    nodes, node_types = _typed_rows(G.nodes(data=True), frozenset({"label"}))
    node_cols = ["kind", *sorted(k for k in node_types if k != "kind")]
    node_cols = [c for c in node_cols if c in node_types]
    with nodes_path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Id", "Label", *node_cols])
        for node, d in nodes:
            label = _flat(G.nodes[node].get("label", node))
            out.writerow(
                [_cell(node_id[node]), _cell(label)]
                + [_cell(d.get(c, "")) for c in node_cols]
            )
    rows = G.edges(keys=True, data=True) if G.is_multigraph() else G.edges(data=True)
    edges, edge_types = _typed_rows(
        ((e[:-1], e[-1]) for e in rows), frozenset({"kind", "label", "weight"})
    )
    edge_cols = sorted(edge_types)
    kind = "Directed" if G.is_directed() else "Undirected"
    with edges_path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["Source", "Target", "Type", "Kind", "Label", "Weight", *edge_cols])
        for (u, v, *key), d in edges:
            raw = G.get_edge_data(u, v, *key)
            weight = raw.get("weight", 1)
            out.writerow(
                [_cell(node_id[u]), _cell(node_id[v]), kind,
                 _cell(_flat(raw.get("kind", "")) or ""),
                 _cell(_flat(raw.get("label", "")) or ""),
                 weight if isinstance(weight, (int, float)) else 1]
                + [_cell(d.get(c, "")) for c in edge_cols]
            )
    return [nodes_path, edges_path]


_WRITERS = {"gexf": write_gexf, "graphml": write_graphml, "json": write_json, "csv": write_csv}


def write_graph(G: nx.Graph, path: PathLike, format: Optional[str] = None) -> list[Path]:
    """Write *G* in the format named by *format* or by the extension of *path*.

    ``.gexf`` (GEXF 1.3), ``.graphml``, ``.json`` (node-link) or ``.csv``
    (two files, ``X.nodes.csv`` and ``X.edges.csv``, for Gephi's spreadsheet
    import). Returns the paths written.

    Raises
    ------
    GraphError
        When the format is unknown.

    Examples
    --------
    >>> import networkx as nx, tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> [p.name for p in write_graph(nx.DiGraph([("a", "b")]), os.path.join(folder, "g.csv"))]
    ['g.nodes.csv', 'g.edges.csv']
    >>> write_graph(nx.DiGraph(), "g.xlsx")
    Traceback (most recent call last):
    ...
    quotegraph.graph.GraphError: Unknown graph format '.xlsx': use .gexf, .graphml, .json or .csv.
    """
    name = (format or FORMATS.get(Path(path).suffix.lower(), "")).lower().lstrip(".")
    writer = _WRITERS.get(name)
    if writer is None:
        asked = format if format else Path(path).suffix or str(path)
        raise GraphError(f"Unknown graph format {asked!r}: use .gexf, .graphml, .json or .csv.")
    return writer(G, path)
