"""Provenance queries on a quote graph from :func:`quotegraph.graph.build_graph`.

A *chain* is a tuple of node ids ``(document, intermediary, ..., source,
claim)``: how one document came to carry the claim. It is read from the
``routes`` the graph keeps on each source -> claim edge, so a chain is always
one that a single document actually states, never a path stitched together
from different articles. Its *depth* is the number of sources on it: 1 for a
direct quote, 2 for "Reuters reports that a Hezbollah unit said ...".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from .graph import GraphError, source_key

__all__ = [
    "chain_depth",
    "claim_chains",
    "first_carriers",
    "intermediary_reliance",
    "relayed_by",
    "relays_of",
]

Chain = tuple[str, ...]


def _check(G: nx.DiGraph, node: str, kind: str) -> None:
    if node not in G:
        raise GraphError(f"No node {node!r} in the graph.")
    if G.nodes[node].get("kind") != kind:
        raise GraphError(f"Node {node!r} is a {G.nodes[node].get('kind')}, not a {kind}.")


def _date(G: nx.DiGraph, doc: str) -> str:
    return G.nodes[doc].get("date", "") if doc in G else ""


def claim_chains(G: nx.DiGraph, claim: str) -> list[Chain]:
    """Every chain from a document down to the origin source of *claim*.

    Chains come in date order of their documents (undated last), then by
    document id, so the first chain is the earliest document that carried
    the claim.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> from quotegraph.graph import build_graph
    >>> text = "Reuters reports that a spokesman said the talks had failed badly."
    >>> doc = DocumentResult("d1", text, attributions=[
    ...     Attribution("a1", (21, 65), (0, 7), source_entity="Reuters",
    ...                 source_kind="media"),
    ...     Attribution("a2", (38, 65), (21, 32), source_entity="a spokesman",
    ...                 source_kind="anonymous", parent="a1")])
    >>> claim_chains(build_graph([doc]), "claim:d1/a2")
    [('doc:d1', 'src:reuters', 'src:d1/a spokesman', 'claim:d1/a2')]
    """
    _check(G, claim, "claim")
    chains = {
        (*route, source, claim)
        for source, _, routes in G.in_edges(claim, data="routes")
        for route in routes or ()
    }
    return sorted(chains, key=lambda c: (_date(G, c[0]) or "9999", c))


def chain_depth(G: nx.DiGraph, claim: str) -> int:
    """The number of sources on the longest chain of *claim* (1: a direct quote).

    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("claim:1", kind="claim")
    >>> G.add_edge("src:b", "claim:1", routes=[("doc:1", "src:a"), ("doc:2",)])
    >>> chain_depth(G, "claim:1")
    2
    """
    return max((len(c) - 2 for c in claim_chains(G, claim)), default=0)


def first_carriers(G: nx.DiGraph, claim: str) -> list[tuple[str, str, str]]:
    """The documents that carried *claim*, earliest first.

    Returns ``(document node, date or "", outlet or "")`` rows, one per
    document, so the first row is who carried the claim first and the rest
    who repeated it.
    """
    seen: dict[str, None] = {}
    for chain in claim_chains(G, claim):
        seen.setdefault(chain[0])
    return [
        (doc, _date(G, doc), G.nodes[doc].get("outlet", "") if doc in G else "")
        for doc in seen
    ]


def relays_of(G: nx.DiGraph, source: str) -> list[tuple[str, int]]:
    """Who relays *source*, and how often: ``(intermediary, count)``, most first.

    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("src:unit", kind="source")
    >>> G.add_edge("src:reuters", "src:unit", kind="relays", weight=3)
    >>> G.add_edge("src:ap", "src:unit", kind="relays", weight=1)
    >>> relays_of(G, "src:unit")
    [('src:reuters', 3), ('src:ap', 1)]
    """
    _check(G, source, "source")
    rows = [
        (u, int(d.get("weight", 1)))
        for u, _, d in G.in_edges(source, data=True)
        if d.get("kind") == "relays"
    ]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def relayed_by(G: nx.DiGraph, intermediary: str) -> list[tuple[str, int]]:
    """Whom *intermediary* relays, and how often: ``(source, count)``, most first."""
    _check(G, intermediary, "source")
    rows = [
        (v, int(d.get("weight", 1)))
        for _, v, d in G.out_edges(intermediary, data=True)
        if d.get("kind") == "relays"
    ]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def intermediary_reliance(G: nx.DiGraph, by: str = "document") -> dict[str, dict[str, Any]]:
    """How much each document (or outlet) relies on intermediaries.

    For every attribution (one chain each), count ``claims``; ``relayed``:
    chains with an intermediary between the document and the origin source;
    ``via_media``: chains where a source of kind ``media`` (another outlet or
    agency) stands anywhere, relaying or speaking; and ``reliance``: the share
    of chains that are relayed or via media. ``depth`` is the mean chain depth.

    Parameters
    ----------
    G : networkx.DiGraph
        A quote graph.
    by : {"document", "outlet"}
        Rows per document node, or per document ``outlet`` (spellings of one
        outlet, "The New York Times" and "NYT", are one row, named as first
        seen; ``"(unknown)"`` when a document has none).

    Returns
    -------
    dict
        Row key -> ``{"documents", "claims", "relayed", "via_media",
        "reliance", "depth"}``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.DiGraph()
    >>> G.add_node("doc:1", kind="document", outlet="Daily")
    >>> G.add_node("src:r", kind="source", source_kind="media")
    >>> G.add_node("src:u", kind="source", source_kind="organization")
    >>> G.add_edge("src:u", "claim:1", kind="claims", routes=[("doc:1", "src:r")])
    >>> G.add_edge("src:u", "claim:2", kind="claims", routes=[("doc:1",)])
    >>> intermediary_reliance(G, by="outlet")["Daily"]
    {'documents': 1, 'claims': 2, 'relayed': 1, 'via_media': 1, 'reliance': 0.5, 'depth': 1.5}
    """
    if by not in ("document", "outlet"):
        raise GraphError(f"by must be 'document' or 'outlet', not {by!r}.")
    media = {n for n, k in G.nodes(data="source_kind") if k == "media"}
    counts: dict[str, Counter] = defaultdict(Counter)
    docs: dict[str, set[str]] = defaultdict(set)

    outlets: dict[str, str] = {}  # "new york times" -> the first spelling seen

    def row(doc: str) -> str:
        if by == "document":
            return doc
        outlet = G.nodes[doc].get("outlet") if doc in G else None
        if not outlet:
            return "(unknown)"
        return outlets.setdefault(source_key(str(outlet)), str(outlet))

    for doc, kind in G.nodes(data="kind"):
        if kind == "document":
            docs[row(doc)].add(doc)
            counts[row(doc)].update(claims=0)
    for source, _, data in G.edges(data=True):
        if data.get("kind") != "claims":
            continue
        for route in data.get("routes") or ():
            key = row(route[0])
            docs[key].add(route[0])
            relayed = len(route) > 1
            via_media = source in media or any(n in media for n in route[1:])
            counts[key].update(
                claims=1, relayed=relayed, via_media=via_media,
                relied=relayed or via_media, depth=len(route),
            )
    out = {}
    for key, c in counts.items():
        n = c["claims"]
        out[key] = {
            "documents": len(docs[key]),
            "claims": n,
            "relayed": c["relayed"],
            "via_media": c["via_media"],
            "reliance": c["relied"] / n if n else 0.0,
            "depth": c["depth"] / n if n else 0.0,
        }
    return out
