"""Figures of quote graphs: one article's provenance, a corpus's sources.

Every function takes a quote graph from :func:`quotegraph.graph.build_graph`
or the :class:`~quotegraph.model.DocumentResult` objects to build one from,
draws on *ax* (a new figure when it is None) and returns the
:class:`matplotlib.axes.Axes`. Nothing is shown: save the figure with
``ax.figure.savefig(path)``.

matplotlib is imported only when a function is called, and never told which
backend to use, unless no backend has been chosen at all (no ``MPLBACKEND``,
no ``matplotlib.use``, no pyplot imported yet): then the figures are drawn
with ``Agg``, so the functions work on a server without a display.

Colours are those of the GEXF export (:data:`quotegraph.export.COLORS`):
sources by ``source_kind``, documents grey and claims yellow.

=============================== =============================================
:func:`plot_article`            one article: document -> intermediaries ->
                                sources -> claims, left to right
:func:`plot_sources_network`    the top sources of a corpus: relays and
                                sources quoted in the same documents
:func:`plot_top_sources`        horizontal bars: claims per source
:func:`plot_kinds_by_outlet`    stacked bars: attributions by source kind,
                                per outlet
:func:`plot_anonymous_share`    line: share of anonymous attributions per
                                period (document dates)
=============================== =============================================
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Optional, Union

import networkx as nx

from .export import COLORS
from .graph import GraphError, build_graph
from .model import SOURCE_KINDS, DocumentResult

__all__ = [
    "KIND_COLORS",
    "plot_anonymous_share",
    "plot_article",
    "plot_kinds_by_outlet",
    "plot_sources_network",
    "plot_top_sources",
    "shorten",
]

GraphLike = Union[nx.DiGraph, DocumentResult, Iterable[DocumentResult]]

#: Matplotlib colours (hex) of the source kinds, documents and claims.
KIND_COLORS: dict[str, str] = {
    kind: "#{:02x}{:02x}{:02x}".format(*rgb) for kind, rgb in COLORS.items()
}
KIND_COLORS.setdefault("document_source", "#8d6e63")  # a source of kind "document"

_EDGE_COLORS = {"quotes": "#9e9e9e", "relays": "#db4437", "claims": "#bdbdbd"}


def _pyplot():
    """``matplotlib.pyplot``, with the Agg backend only if none was chosen."""
    import matplotlib

    # private, but the only way to ask without resolving (and so choosing) one
    chosen = getattr(matplotlib.rcParams, "_get_backend_or_none", lambda: "unknown")
    if (
        "matplotlib.pyplot" not in sys.modules
        and not os.environ.get("MPLBACKEND")
        and chosen() is None
    ):
        matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _axes(ax, figsize):
    if ax is not None:
        return ax
    fig, ax = _pyplot().subplots(figsize=figsize, layout="constrained")
    return ax


def _kind_color(kind: Optional[str]) -> str:
    if kind == "document":
        return KIND_COLORS["document_source"]
    return KIND_COLORS.get(str(kind), KIND_COLORS["unknown"])


def _kind_order(kinds: Iterable[str]) -> list[str]:
    order = {k: i for i, k in enumerate(SOURCE_KINDS)}
    return sorted(set(kinds), key=lambda k: (order.get(k, len(order)), k))


def _legend(ax, kinds: Iterable[str], *, title: str = "source kind", **kwargs):
    from matplotlib.patches import Patch

    handles = [Patch(color=_kind_color(k), label=k) for k in _kind_order(kinds)]
    if handles:
        ax.legend(handles=handles, title=title, **kwargs)
    return ax.get_legend()


def shorten(text: str, width: int = 50) -> str:
    """*text* on one line, cut to at most *width* characters with an ellipsis.

    >>> shorten("“We will rebuild the bridge,” the mayor said on Monday.", 30)
    '“We will rebuild the bridge,”…'
    """
    text = " ".join(str(text).split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if text[width - 1] != " " and " " in cut[width // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:") + "…"


def _wrap(text: str, width: int, chars: int) -> str:
    return "\n".join(textwrap.wrap(shorten(text, chars), width)) or text


def _as_graph(obj: GraphLike) -> nx.DiGraph:
    if isinstance(obj, nx.Graph):
        return obj
    if isinstance(obj, DocumentResult):
        return build_graph([obj])
    if isinstance(obj, (str, bytes, Mapping)):
        raise GraphError(
            f"Expected a quote graph or DocumentResult objects, not {type(obj).__name__}."
        )
    return build_graph(list(obj))


def _nodes(G: nx.DiGraph, kind: str) -> list[str]:
    return [n for n, k in G.nodes(data="kind") if k == kind]


def _sources(G: nx.DiGraph, include_local: bool) -> list[str]:
    return [
        n
        for n in _nodes(G, "source")
        if include_local or G.nodes[n].get("scope") != "document"
    ]


def _name(G: nx.DiGraph, node: str) -> str:
    data = G.nodes[node]
    return str(data.get("name") or data.get("label") or node)


def _ranked(G: nx.DiGraph, top: int, by: str, include_local: bool) -> list[str]:
    if top < 1:
        raise GraphError(f"top must be at least 1, not {top}.")
    key = {"claims": "claim_count", "documents": "document_count"}.get(by)
    if key is None:
        raise GraphError(f"by must be 'claims' or 'documents', not {by!r}.")
    nodes = _sources(G, include_local)
    nodes.sort(key=lambda n: (-int(G.nodes[n].get(key, 0) or 0), _name(G, n).casefold(), n))
    return nodes[:top]


def _attributions(G: nx.DiGraph):
    """``(document node, source node, intermediaries)`` per attribution."""
    for src, claim, data in G.edges(data=True):
        if data.get("kind") != "claims":
            continue
        for route in data.get("routes") or ():
            yield route[0], src, tuple(route[1:])


# ------------------------------------------------------------------ article


def _article_graph(G: nx.DiGraph, document: Optional[str]) -> tuple[nx.DiGraph, str]:
    docs = _nodes(G, "document")
    if document is None:
        if len(docs) != 1:
            raise GraphError(
                f"The graph has {len(docs)} documents: name one with document=."
            )
        doc = docs[0]
    else:
        doc = document if document in docs else f"doc:{document}"
        if doc not in docs:
            raise GraphError(f"No document {document!r} in the graph.")
    H = nx.DiGraph()
    H.add_node(doc, **G.nodes[doc])
    for src, claim, data in G.edges(data=True):
        if data.get("kind") != "claims":
            continue
        for route in data.get("routes") or ():
            if route[0] != doc:
                continue
            path = (*route, src)
            for node in (*path, claim):
                H.add_node(node, **G.nodes[node])
            for u, v in zip(path, path[1:]):
                kind = "quotes" if u == doc else "relays"
                H.add_edge(u, v, kind=kind)
            H.add_edge(src, claim, kind="claims")
    return H, doc


def _spread(ys: list[float], gap: float) -> list[float]:
    """Move sorted positions apart to at least *gap*, keeping their mean."""
    if not ys:
        return ys
    out = [ys[0]]
    for y in ys[1:]:
        out.append(max(y, out[-1] + gap))
    shift = (sum(ys) - sum(out)) / len(ys)
    return [y + shift for y in out]


def plot_article(
    result_or_graph: Union[DocumentResult, nx.DiGraph],
    ax=None,
    *,
    document: Optional[str] = None,
    claim_chars: int = 50,
    wrap: int = 26,
    title: Optional[str] = None,
    figsize: tuple[float, float] = (13.0, 7.0),
):
    """Draw the provenance graph of one article, left to right.

    Columns: the document; the intermediaries (sources that relay another
    source, such as "Reuters reports that a unit said ..."; one column per
    relay level); the sources; their claims. A source that both relays and
    speaks stands among the intermediaries. Sources are coloured by kind,
    with a legend; relay edges are red, the others grey. Claims are shortened
    to *claim_chars* characters and wrapped, so no long text is printed.

    Parameters
    ----------
    result_or_graph : DocumentResult or networkx.DiGraph
        One article's result, or a quote graph (of one document, or of many
        with *document* naming one).
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure of *figsize* when None.
    document : str, optional
        The document id (or ``"doc:<id>"`` node) to draw from a corpus graph.
    claim_chars : int
        Longest claim label, in characters (ellipsis included).
    wrap : int
        Width of the claim and source labels' lines, in characters.
    title : str, optional
        The axes title; by default the document's title or id.
    figsize : tuple of float
        Size of the new figure, in inches.

    Returns
    -------
    matplotlib.axes.Axes

    Raises
    ------
    GraphError
        When a graph has several documents and *document* does not name one.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> text = "Reuters reports that a spokesman said the talks had failed badly."
    >>> doc = DocumentResult("d1", text, attributions=[
    ...     Attribution("a1", (21, 65), (0, 7), source_entity="Reuters",
    ...                 source_kind="media"),
    ...     Attribution("a2", (38, 65), (21, 32), source_entity="a spokesman",
    ...                 source_kind="anonymous", parent="a1")])
    >>> ax = plot_article(doc)
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['media', 'anonymous']
    """
    G = _as_graph(result_or_graph)
    H, doc = _article_graph(G, document)
    sources = [n for n in H if H.nodes[n].get("kind") == "source"]
    claims = [n for n in H if H.nodes[n].get("kind") == "claim"]

    # Relay level: 1 for who the document quotes and relays others, +1 per relay.
    relayers = {u for u, v, k in H.edges(data="kind") if k == "relays"}
    level: dict[str, int] = {}
    frontier = [v for v in H.successors(doc)]
    for v in frontier:
        level[v] = 1
    while frontier:
        nxt = []
        for u in frontier:
            for v in H.successors(u):
                if H.edges[u, v]["kind"] == "relays" and v in relayers:
                    if level.get(v, 0) < level[u] + 1 and level[u] < len(H):
                        level[v] = level[u] + 1
                        nxt.append(v)
        frontier = nxt
    n_inter = max((level.get(s, 1) for s in relayers), default=0)
    col = {doc: 0}
    for s in sources:
        col[s] = level.get(s, 1) if s in relayers else n_inter + 1
    for c in claims:
        col[c] = n_inter + 2
    last = n_inter + 2

    # Vertical order: claims grouped by their source (first mention first),
    # sources at the mean height of what they lead to, bottom-up.
    first = {n: min((H.nodes[c].get("char_start", 0) for c in H.successors(n)
                     if H.nodes[c].get("kind") == "claim"), default=10**9)
             for n in sources}
    order_src = sorted(sources, key=lambda s: (col[s], first[s], s))
    claim_rank = {s: i for i, s in enumerate(order_src)}
    claims.sort(key=lambda c: (min(claim_rank[p] for p in H.predecessors(c)),
                               H.nodes[c].get("char_start", 0), c))
    n = max(len(claims), 1)
    y: dict[str, float] = {c: float(n - 1 - i) for i, c in enumerate(claims)}
    for c in range(last - 1, -1, -1):
        column = [v for v in H if col[v] == c]
        for v in column:
            below = [y[w] for w in H.successors(v) if w in y]
            y[v] = sum(below) / len(below) if below else (n - 1) / 2
        column.sort(key=lambda v: (-y[v], v))
        gap = 1.0 if c > 0 else 0.0
        ys = _spread(sorted((y[v] for v in column)), gap)
        for v, new in zip(sorted(column, key=lambda v: (y[v], v)), ys):
            y[v] = new
    x = {v: col[v] / last for v in H}

    ax = _axes(ax, figsize)
    for u, v, kind in H.edges(data="kind"):
        ax.annotate(
            "",
            xy=(x[v], y[v]),
            xytext=(x[u], y[u]),
            arrowprops=dict(
                arrowstyle="-|>", color=_EDGE_COLORS.get(kind, "#9e9e9e"),
                lw=2.0 if kind == "relays" else 1.0, shrinkA=9, shrinkB=9,
                connectionstyle="arc3,rad=0.0" if col[v] - col[u] == 1 else "arc3,rad=0.15",
            ),
            zorder=1,
        )
    kinds = []
    for v in H:
        kind = H.nodes[v].get("kind")
        if kind == "claim":
            text = H.nodes[v].get("text") or H.nodes[v].get("label") or ""
            ax.text(
                x[v], y[v], _wrap(text, wrap, claim_chars), ha="left", va="center",
                fontsize=8, zorder=3, gid=v,
                bbox=dict(boxstyle="round,pad=0.3", fc="#fff6da",
                          ec=KIND_COLORS["claim"], lw=1),
            )
            continue
        if kind == "document":
            color, size = KIND_COLORS["document"], 220
            label = H.nodes[v].get("outlet") or H.nodes[v].get("doc_id") or v
            marker = "s"
        else:
            skind = H.nodes[v].get("source_kind", "unknown")
            kinds.append(skind)
            color, size, marker = _kind_color(skind), 160, "o"
            label = _name(H, v)
        ax.scatter([x[v]], [y[v]], s=size, c=color, marker=marker, zorder=2,
                   edgecolors="white", linewidths=1, gid=v)
        ax.text(x[v], y[v] - 0.32, _wrap(label, wrap, 60), ha="center", va="top",
                fontsize=8.5, zorder=3, gid=v,
                bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.8))
    heads = ["document"] + (
        ["intermediaries"] if n_inter == 1
        else [f"intermediaries ({i})" for i in range(1, n_inter + 1)]
    ) + ["sources", "claims"]
    top = max(y.values(), default=0) + 0.9
    for i, head in enumerate(heads[: last + 1] if n_inter else ["document", "sources", "claims"]):
        ax.text(i / last, top, head, ha="left" if i == last else "center", va="bottom",
                fontsize=10, fontweight="bold", color="#555555")
    ax.set_xlim(-0.08, 1.0 + 0.28 * (wrap / 26))
    ax.set_ylim(min(y.values(), default=0) - 1.0, top + 0.7)
    ax.set_axis_off()
    _legend(ax, kinds, loc="lower left", fontsize=8, title_fontsize=8, frameon=False)
    if title is None:
        title = H.nodes[doc].get("title") or H.nodes[doc].get("doc_id") or doc
    ax.set_title(shorten(title, 90))
    return ax


# ------------------------------------------------------------------- corpus


def _source_documents(G: nx.DiGraph) -> dict[str, set[str]]:
    docs: dict[str, set[str]] = defaultdict(set)
    for doc, src, chain in _attributions(G):
        docs[src].add(doc)
        for inter in chain:
            docs[inter].add(doc)
    return docs


def _layout(H: nx.Graph, order: list[str], seed: int) -> dict[str, tuple[float, float]]:
    """A seeded spring layout of the largest component, the rest in rows below it."""
    comps = sorted(nx.connected_components(H), key=lambda c: (-len(c), min(map(order.index, c))))
    pos: dict[str, tuple[float, float]] = {}
    if not comps:
        return pos
    main = comps[0]
    if len(main) > 2:
        sub = H.subgraph(main)
        pos.update(nx.spring_layout(sub, weight=None, seed=seed, iterations=300,
                                    k=3.0 / len(main) ** 0.5))
    else:
        pos.update({n: (float(i), 0.0) for i, n in enumerate(sorted(main, key=order.index))})
    rest = [n for c in comps[1:] for n in sorted(c, key=order.index)]
    bottom = min(y for _, y in pos.values()) - 0.35
    per_row = 6
    for i, n in enumerate(rest):
        row, colm = divmod(i, per_row)
        width = min(per_row, len(rest) - row * per_row)
        pos[n] = (-1.0 + 2.0 * (colm + 0.5) / width if width > 1 else 0.0,
                  bottom - 0.3 * row)
    return pos


def plot_sources_network(
    G: GraphLike,
    top: int = 30,
    ax=None,
    *,
    min_shared: int = 2,
    partners: Optional[int] = 3,
    include_local: bool = True,
    label_chars: int = 24,
    seed: int = 1,
    figsize: tuple[float, float] = (12.0, 10.0),
):
    """Draw the corpus's top sources and how they are linked.

    Nodes are the *top* sources by claims (attributions), sized by claims and
    coloured by kind, labelled with their names only. Two kinds of edges:

    * **relays** (red arrows): the intermediary relays the source (the
      graph's ``relays`` edges), width by how often;
    * **shared** (grey lines): the two sources are quoted in at least
      *min_shared* of the same documents, or share a claim (a claim merged
      across sources counts as a shared document); width by how many. Only
      each source's *partners* strongest links are kept (an edge stays when
      it is among the strongest of either end), so a corpus where everyone
      is quoted with everyone does not become a hairball.

    Co-quotation rather than shared claims alone, because claims are merged
    only when restated almost word for word, which is rare across outlets,
    while sources quoted side by side show who a story is framed around.

    Parameters
    ----------
    G : networkx.DiGraph or DocumentResult objects
        A quote graph, or results to build one from.
    top : int
        How many sources to draw, by claim count.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure of *figsize* when None.
    min_shared : int
        Fewest shared documents for a grey edge.
    partners : int or None
        Strongest grey edges kept per source; None keeps them all.
    include_local : bool
        Whether per-document sources (anonymous or unresolved, not merged
        across documents) may be among the top.
    label_chars : int
        Longest node label, in characters.
    seed : int
        Seed of the spring layout, so the figure is reproducible.
    figsize : tuple of float
        Size of the new figure, in inches.

    Returns
    -------
    matplotlib.axes.Axes
        Node labels are the axes' non-empty texts (relay arrows are empty
        annotations); ``ax.collections[-1]`` holds the nodes.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> text = "Reuters reports that a spokesman said the talks had failed badly."
    >>> doc = DocumentResult("d1", text, attributions=[
    ...     Attribution("a1", (21, 65), (0, 7), source_entity="Reuters",
    ...                 source_kind="media"),
    ...     Attribution("a2", (38, 65), (21, 32), source_entity="a spokesman",
    ...                 source_kind="anonymous", parent="a1")])
    >>> ax = plot_sources_network([doc], top=5)
    >>> sorted(t.get_text() for t in ax.texts if t.get_text())
    ['Reuters', 'a spokesman']
    """
    G = _as_graph(G)
    nodes = _ranked(G, top, "claims", include_local)
    chosen = set(nodes)
    docs = _source_documents(G)
    claim_srcs: dict[str, set[str]] = defaultdict(set)
    for src, claim, kind in G.edges(data="kind"):
        if kind == "claims" and src in chosen:
            claim_srcs[claim].add(src)
    shared: Counter = Counter()
    for i, u in enumerate(nodes):
        for v in nodes[i + 1 :]:
            k = len(docs.get(u, set()) & docs.get(v, set()))
            if k >= min_shared:
                shared[u, v] = k
    for srcs in claim_srcs.values():
        pair = sorted(srcs)
        for i, u in enumerate(pair):
            for v in pair[i + 1 :]:
                key = (u, v) if (u, v) in shared or (v, u) not in shared else (v, u)
                shared[key] = max(shared[key], 1)
    if partners is not None:
        strongest: dict[str, list] = defaultdict(list)
        for (u, v), k in shared.items():
            strongest[u].append((k, v))
            strongest[v].append((k, u))
        keep = {
            frozenset((u, v))
            for u, links in strongest.items()
            for k, v in sorted(links, key=lambda kv: (-kv[0], kv[1]))[:partners]
        }
        shared = Counter({e: k for e, k in shared.items() if frozenset(e) in keep})
    relays = [
        (u, v, int(d.get("weight", 1)))
        for u, v, d in G.edges(data=True)
        if d.get("kind") == "relays" and u in chosen and v in chosen and u != v
    ]

    H = nx.Graph()
    H.add_nodes_from(nodes)
    for (u, v), k in shared.items():
        H.add_edge(u, v, weight=float(k))
    for u, v, k in relays:
        w = H[u][v]["weight"] if H.has_edge(u, v) else 0.0
        H.add_edge(u, v, weight=w + k)
    pos = _layout(H, nodes, seed)

    ax = _axes(ax, figsize)
    from matplotlib.collections import LineCollection

    if shared:
        top_w = max(shared.values())
        segs = [(pos[u], pos[v]) for (u, v) in shared]
        widths = [0.6 + 3.0 * k / top_w for k in shared.values()]
        ax.add_collection(LineCollection(segs, colors="#9e9e9e", linewidths=widths,
                                         alpha=0.45, zorder=1, label="quoted together"))
    if relays:
        top_r = max(k for _, _, k in relays)
        for u, v, k in relays:
            ax.annotate("", xy=pos[v], xytext=pos[u], zorder=2,
                        arrowprops=dict(arrowstyle="-|>", color=_EDGE_COLORS["relays"],
                                        lw=1.0 + 2.5 * k / top_r, shrinkA=8, shrinkB=8,
                                        connectionstyle="arc3,rad=0.12"))
    claims = [int(G.nodes[n].get("claim_count", 0) or 0) for n in nodes]
    most = max(claims, default=1) or 1
    sizes = [60 + 1400 * (c / most) for c in claims]
    kinds = [G.nodes[n].get("source_kind", "unknown") for n in nodes]
    ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=sizes,
               c=[_kind_color(k) for k in kinds], edgecolors="white", linewidths=1,
               zorder=3, alpha=0.95)
    for n, c in zip(nodes, claims):
        ax.annotate(shorten(_name(G, n), label_chars), pos[n], xytext=(0, -7 - 10 * (c / most)),
                    textcoords="offset points", ha="center", va="top", fontsize=8.5, zorder=4,
                    bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.7))
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Patch(color=_kind_color(k), label=k) for k in _kind_order(kinds)]
    handles.append(Line2D([], [], color="#9e9e9e", lw=2,
                          label=f"quoted together (≥{min_shared} documents)"))
    if relays:
        handles.append(Line2D([], [], color=_EDGE_COLORS["relays"], lw=2, marker=">",
                              label="relays"))
    ax.legend(handles=handles, loc="best", fontsize=8, title="source kind / edge",
              title_fontsize=8, framealpha=0.85)
    ax.set_axis_off()
    ax.margins(0.08)
    ax.set_title(f"Top {len(nodes)} sources by claims (size: claims)")
    return ax


def plot_top_sources(
    G_or_results: GraphLike,
    top: int = 20,
    ax=None,
    *,
    by: str = "claims",
    include_local: bool = True,
    label_chars: int = 32,
    figsize: Optional[tuple[float, float]] = None,
):
    """Horizontal bars: the *top* sources by claims (or documents), by kind.

    Parameters
    ----------
    G_or_results : networkx.DiGraph or DocumentResult objects
        A quote graph, or results to build one from.
    top : int
        How many sources (bars).
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure when None.
    by : {"claims", "documents"}
        Bar length: attributions to the source (``claim_count``) or documents
        quoting it (``document_count``).
    include_local : bool
        Whether per-document sources (anonymous, unresolved) are counted.
    label_chars : int
        Longest source name on the axis, in characters.
    figsize : tuple of float, optional
        Size of the new figure; by default grows with *top*.

    Returns
    -------
    matplotlib.axes.Axes
        One bar per source in ``ax.patches``, the most quoted at the top.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> doc = DocumentResult("d1", "Samra said so. Reuters said no.", attributions=[
    ...     Attribution("a1", (11, 13), (0, 5), source_entity="Samra", source_kind="person"),
    ...     Attribution("a2", (28, 30), (15, 22), source_entity="Reuters", source_kind="media")])
    >>> ax = plot_top_sources([doc], top=5)
    >>> len(ax.patches), [t.get_text() for t in ax.get_yticklabels()]
    (2, ['Reuters', 'Samra'])
    """
    G = _as_graph(G_or_results)
    nodes = _ranked(G, top, by, include_local)
    key = "claim_count" if by == "claims" else "document_count"
    values = [int(G.nodes[n].get(key, 0) or 0) for n in nodes]
    kinds = [G.nodes[n].get("source_kind", "unknown") for n in nodes]
    ax = _axes(ax, figsize or (8.0, 1.2 + 0.3 * max(len(nodes), 3)))
    ypos = list(range(len(nodes)))[::-1]
    ax.barh(ypos, values, color=[_kind_color(k) for k in kinds], height=0.75)
    ax.set_yticks(ypos, [shorten(_name(G, n), label_chars) for n in nodes], fontsize=9)
    for yv, v in zip(ypos, values):
        ax.text(v, yv, f" {v}", va="center", fontsize=8)
    ax.set_xlabel("claims (attributions)" if by == "claims" else "documents")
    ax.set_title(f"Top {len(nodes)} sources by {by}")
    ax.spines[["top", "right"]].set_visible(False)
    ax.margins(x=0.08)
    _legend(ax, kinds, loc="lower right", fontsize=8, title_fontsize=8)
    return ax


def _by_outlet(G: nx.DiGraph) -> dict[str, Counter]:
    rows: dict[str, Counter] = defaultdict(Counter)
    for doc, src, _ in _attributions(G):
        outlet = G.nodes[doc].get("outlet") or "(unknown)" if doc in G else "(unknown)"
        rows[str(outlet)][G.nodes[src].get("source_kind", "unknown")] += 1
    return rows


def plot_kinds_by_outlet(
    G_or_results: GraphLike,
    ax=None,
    *,
    normalize: bool = False,
    top: Optional[int] = None,
    figsize: tuple[float, float] = (9.0, 5.0),
):
    """Stacked bars: each outlet's attributions by the kind of their source.

    Every attribution counts once, under the outlet of its document
    (``outlet`` in the document's meta, ``"(unknown)"`` without) and the kind
    of its origin source (not the intermediary that relays it).

    Parameters
    ----------
    G_or_results : networkx.DiGraph or DocumentResult objects
        A quote graph, or results to build one from.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure of *figsize* when None.
    normalize : bool
        Shares of each outlet's attributions instead of counts.
    top : int, optional
        Only the outlets with the most attributions.
    figsize : tuple of float
        Size of the new figure, in inches.

    Returns
    -------
    matplotlib.axes.Axes
        One bar container per kind in ``ax.containers``, in legend order.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> doc = DocumentResult("d1", "Samra said so.", meta={"outlet": "AP"}, attributions=[
    ...     Attribution("a1", (11, 13), (0, 5), source_entity="Samra", source_kind="person")])
    >>> ax = plot_kinds_by_outlet([doc])
    >>> [t.get_text() for t in ax.get_xticklabels()], len(ax.containers)
    (['AP'], 1)
    """
    G = _as_graph(G_or_results)
    rows = _by_outlet(G)
    outlets = sorted(rows, key=lambda o: (-sum(rows[o].values()), o))[: top or None]
    kinds = _kind_order(k for o in outlets for k in rows[o])
    ax = _axes(ax, figsize)
    bottom = [0.0] * len(outlets)
    for kind in kinds:
        vals = []
        for o in outlets:
            total = sum(rows[o].values()) or 1
            vals.append(rows[o][kind] / total if normalize else float(rows[o][kind]))
        ax.bar(range(len(outlets)), vals, bottom=bottom, color=_kind_color(kind),
               label=kind, width=0.7)
        bottom = [b + v for b, v in zip(bottom, vals)]
    ax.set_xticks(range(len(outlets)), outlets, rotation=30 if len(outlets) > 5 else 0,
                  ha="right" if len(outlets) > 5 else "center")
    ax.set_ylabel("share of attributions" if normalize else "attributions")
    ax.set_title("Attributions by source kind, per outlet")
    ax.spines[["top", "right"]].set_visible(False)
    handles, labels = ax.get_legend_handles_labels()
    ax.legend(handles[::-1], labels[::-1], title="source kind", fontsize=8, title_fontsize=8,
              loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


_PERIODS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "A": "year"}


def _percent():
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(1.0, decimals=0)


def plot_anonymous_share(
    G_or_results: GraphLike,
    ax=None,
    *,
    freq: str = "M",
    by_outlet: bool = False,
    min_count: int = 1,
    figsize: tuple[float, float] = (9.0, 4.5),
):
    """Line: the share of attributions to anonymous sources, per period.

    Periods come from the documents' dates (``date`` in their meta); undated
    documents are left out. Each attribution counts once, by the kind of its
    origin source.

    Parameters
    ----------
    G_or_results : networkx.DiGraph or DocumentResult objects
        A quote graph, or results to build one from.
    ax : matplotlib.axes.Axes, optional
        Where to draw; a new figure of *figsize* when None.
    freq : str
        A pandas period frequency: ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"``.
    by_outlet : bool
        One line per outlet instead of one for the corpus.
    min_count : int
        Periods with fewer attributions are left out (too few to be a share).
    figsize : tuple of float
        Size of the new figure, in inches.

    Returns
    -------
    matplotlib.axes.Axes
        One line per series in ``ax.lines``.

    Raises
    ------
    GraphError
        When no attribution comes from a dated document.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> docs = [DocumentResult(f"d{i}", "Officials said so.", meta={"date": d},
    ...         attributions=[Attribution("a1", (15, 17), (0, 9), source_entity="Officials",
    ...                                   source_kind="anonymous")])
    ...         for i, d in enumerate(["2016-01-05", "2016-02-07"])]
    >>> ax = plot_anonymous_share(docs)
    >>> ax.lines[0].get_ydata().tolist()
    [1.0, 1.0]
    """
    import pandas as pd

    G = _as_graph(G_or_results)
    rows = []
    for doc, src, _ in _attributions(G):
        date = G.nodes[doc].get("date") if doc in G else None
        if not date:
            continue
        rows.append((
            pd.Timestamp(date),
            str(G.nodes[doc].get("outlet") or "(unknown)") if by_outlet else "all",
            G.nodes[src].get("source_kind") == "anonymous",
        ))
    if not rows:
        raise GraphError("No attribution in a dated document: set meta['date'] to plot over time.")
    df = pd.DataFrame(rows, columns=["date", "series", "anonymous"])
    df["period"] = df["date"].dt.to_period(freq)
    table = df.groupby(["series", "period"])["anonymous"].agg(["mean", "size"])
    table = table[table["size"] >= min_count]
    ax = _axes(ax, figsize)
    highest = float(table["mean"].max()) if len(table) else 0.0
    for series, part in table.groupby(level="series"):
        periods = part.index.get_level_values("period")
        ax.plot(periods.to_timestamp(), part["mean"].to_numpy(), marker="o", ms=3,
                label=series)
    ax.set_ylim(0, min(1.02, highest * 1.25 + 0.02))
    ax.yaxis.set_major_formatter(_percent())
    ax.set_ylabel("attributions to anonymous sources")
    period = _PERIODS.get(freq.upper().rstrip("S").rstrip("E"), freq)
    ax.set_title(f"Share of anonymous sourcing per {period}")
    ax.spines[["top", "right"]].set_visible(False)
    if by_outlet:
        ax.legend(title="outlet", fontsize=8, title_fontsize=8)
    ax.figure.autofmt_xdate()
    return ax
