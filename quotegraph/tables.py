"""Tables of attributions, sources and documents, and corpus summaries (pandas).

Plain functions over :class:`~quotegraph.model.DocumentResult` objects (any
iterable: a list, :meth:`quotegraph.store.Store.iter_results`, the output of
:func:`quotegraph.extract_many`) returning :class:`pandas.DataFrame` objects:

=============================== =============================================
:func:`attributions_table`      one row per attribution, with its texts,
                                nesting chain and the document's metadata
:func:`sources_table`           one row per source per document
:func:`documents_table`         one row per document: counts, shares of
                                quote types and anonymous sources,
                                intermediaries, deepest chain
:func:`corpus_summary`          per corpus, outlet or month: documents,
                                quotes per article, types, anonymous share,
                                reliance on media and news agencies
:func:`top_sources`             the most quoted sources (per group)
:func:`source_kinds`            attributions by source kind (per group)
:func:`cue_use`                 reporting verbs and other cues (per group)
=============================== =============================================

The corpus functions take the DataFrames of the first three, so a large
corpus is read once. ``by`` is ``None`` (the whole corpus), ``"outlet"`` or
``"month"`` (``YYYY-MM`` of the document's date), or any column of the
attributions table. Missing outlets group as ``"(unknown)"``, missing dates
as ``"(undated)"``.

Definitions
-----------
*source* of an attribution: its resolved ``source_entity``, else the text of
its source span, else ``"(unattributed)"``. Within a document, sources are
told apart by :func:`quotegraph.graph.source_key` ("Governor Samra" = "Samra").

*chain* of an attribution: the sources from the outermost attribution it is
nested in down to its own ("The Baltic Wire reported that the Daily Meridian
said a senior official had warned ..." gives three), a source repeated
right after itself counted once. Its length is the *depth*, as in
:mod:`quotegraph.provenance`: 1 for a plain quote.

*intermediaries* of a document: sources that relay another source (they
stand above it on a chain). *Reliance on media*: the share of attributions
whose chain holds a source of kind ``media`` (an outlet or agency, relaying
or speaking); *on news agencies*: the same for the names in
:data:`NEWS_AGENCIES`.

Not handled: sources are not merged across documents beyond
:func:`~quotegraph.graph.source_key` (the graph also merges "Samra" into
"Mohammed Ibrahim Samra"), and the agency list only knows the large wires.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any, Optional

import pandas as pd

from .graph import _first, _is_local, _local_kind, normalize_date, source_key
from .model import DocumentResult

__all__ = [
    "ATTRIBUTION_COLUMNS",
    "DOCUMENT_COLUMNS",
    "META_COLUMNS",
    "NEWS_AGENCIES",
    "SOURCE_COLUMNS",
    "attributions_table",
    "corpus_summary",
    "cue_use",
    "documents_table",
    "source_keys",
    "source_kinds",
    "sources_table",
    "top_sources",
]

#: Metadata columns every table carries (from the document's ``meta``).
META_COLUMNS = ("title", "outlet", "date", "month", "author", "url")

#: Columns of :func:`attributions_table`, before the metadata columns.
ATTRIBUTION_COLUMNS = (
    "doc_id", "attribution_id", "type", "source", "source_key", "source_kind",
    "source_text", "source_entity", "cue_text", "cue_lemma", "cue_category",
    "content_text", "parent", "channel", "rule", "confidence", "depth", "chain",
    "relayed", "via_media", "via_agency", "content_start", "content_end",
    "source_start", "source_end", "cue_start", "cue_end",
)  # fmt: skip

#: Columns of :func:`sources_table`, before the metadata columns.
SOURCE_COLUMNS = (
    "doc_id", "source", "source_key", "kind", "anonymous", "aliases", "roles",
    "mentions", "attributions", "intermediary",
)  # fmt: skip

#: Columns of :func:`documents_table`, before the metadata columns.
DOCUMENT_COLUMNS = (
    "doc_id", "chars", "attributions", "sources", "direct_share", "indirect_share",
    "mixed_share", "according_to_share", "anonymous_sources", "anonymous_share",
    "anonymous_attribution_share", "intermediaries", "intermediary_count",
    "relayed_share", "media_share", "max_depth",
)  # fmt: skip

#: News agencies (wires), as :func:`~quotegraph.graph.source_key` keys.
NEWS_AGENCIES: frozenset[str] = frozenset(
    """reuters|associated press|agence france presse|agence france-presse|
    bloomberg|bloomberg news|xinhua|tass|ria novosti|interfax|ansa|dpa|efe|
    kyodo|kyodo news|yonhap|anadolu|press association|pa media|
    united press international|canadian press|australian associated press|
    ap|afp|upi""".replace("\n", "").split("|")
)
NEWS_AGENCIES = frozenset(source_key(n.strip()) for n in NEWS_AGENCIES)

_TYPES = ("direct", "indirect", "mixed", "according_to")


def _meta(doc: DocumentResult) -> dict[str, Any]:
    meta = doc.meta or {}
    date = normalize_date(_first(meta, "date", "publication_date", "published"))
    return {
        "title": _first(meta, "title", "headline"),
        "outlet": _first(meta, "outlet", "publisher", "source", "site"),
        "date": date,
        "month": date[:7] if date else None,
        "author": _first(meta, "author", "byline", "authors"),
        "url": _first(meta, "url", "link"),
    }


def _name(doc: DocumentResult, a) -> str:
    name = a.source_entity or doc.span_text(a.source) or ""
    return " ".join(name.split()) or "(unattributed)"


def _kind(name: str, kind: Optional[str]) -> str:
    kind = kind or "unknown"
    return _local_kind(name, kind) if _is_local(name, kind) else kind


def _span(doc: DocumentResult, span) -> tuple[Optional[str], Optional[int], Optional[int]]:
    if span is None:
        return None, None, None
    return doc.text[span[0] : span[1]] if doc.text else None, span[0], span[1]


def _chains(doc: DocumentResult) -> dict[str, list[tuple[str, str]]]:
    """Attribution id -> its chain of ``(source key, kind)``, outermost first."""
    by_id = {a.id: a for a in doc.attributions}
    keys = source_keys(doc)
    out = {}
    for a in doc.attributions:
        chain: list[tuple[str, str]] = []
        seen: set[str] = set()
        cur = a
        while cur is not None and cur.id not in seen:
            seen.add(cur.id)
            name = _name(doc, cur)
            item = (keys[cur.id], _kind(name, cur.source_kind))
            if not chain or chain[0][0] != item[0]:
                chain.insert(0, item)
            cur = by_id.get(cur.parent) if cur.parent is not None else None
        out[a.id] = chain
    return out


def _frame(rows: list[dict[str, Any]], columns: Iterable[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=[*columns, *META_COLUMNS])


def attributions_table(results: Iterable[DocumentResult]) -> pd.DataFrame:
    """One row per attribution, in document order, with the document's metadata.

    Columns are :data:`ATTRIBUTION_COLUMNS` then :data:`META_COLUMNS`:
    ``source`` (the name shown), ``source_key`` (its normalised form),
    ``source_kind`` (anonymous also for descriptions such as "officials"),
    the span texts and offsets, ``depth`` and ``chain`` (source names joined
    by " > "), ``relayed`` (nested in another attribution), ``via_media`` and
    ``via_agency`` (a media source or a news agency on the chain).

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> text = "Reuters reports that a spokesman said the talks had failed badly."
    >>> doc = DocumentResult("d1", text, meta={"outlet": "Daily", "date": "2024-03-01"},
    ...     attributions=[
    ...     Attribution("a1", (21, 65), (0, 7), source_entity="Reuters", source_kind="media"),
    ...     Attribution("a2", (38, 65), (21, 32), source_kind="anonymous", parent="a1")])
    >>> attributions_table([doc])[["source", "depth", "chain", "via_agency", "month"]]
          source  depth                  chain  via_agency    month
    0    Reuters      1                reuters        True  2024-03
    1  a spokesman      2  reuters > spokesman        True  2024-03
    """
    rows = []
    for doc in results:
        meta = _meta(doc)
        chains = _chains(doc)
        for a in doc.attributions:
            name = _name(doc, a)
            chain = chains[a.id]
            src_text, src_start, src_end = _span(doc, a.source)
            cue_text, cue_start, cue_end = _span(doc, a.cue)
            content_text, c_start, c_end = _span(doc, a.content)
            rows.append({
                "doc_id": str(doc.id), "attribution_id": a.id, "type": a.type,
                "source": name, "source_key": source_key(name) or name.casefold(),
                "source_kind": _kind(name, a.source_kind),
                "source_text": src_text, "source_entity": a.source_entity,
                "cue_text": cue_text, "cue_lemma": a.cue_lemma, "cue_category": a.cue_category,
                "content_text": content_text, "parent": a.parent, "channel": a.channel,
                "rule": a.rule, "confidence": float(a.confidence),
                "depth": len(chain), "chain": " > ".join(k for k, _ in chain),
                "relayed": a.parent is not None,
                "via_media": any(kind == "media" for _, kind in chain),
                "via_agency": any(key in NEWS_AGENCIES for key, _ in chain),
                "content_start": c_start, "content_end": c_end,
                "source_start": src_start, "source_end": src_end,
                "cue_start": cue_start, "cue_end": cue_end, **meta,
            })  # fmt: skip
    df = _frame(rows, ATTRIBUTION_COLUMNS)
    for col in ("content_start", "content_end", "source_start", "source_end", "cue_start", "cue_end"):
        df[col] = df[col].astype("Int64")
    for col in ("relayed", "via_media", "via_agency"):
        df[col] = df[col].astype(bool)
    df["depth"] = df["depth"].astype(int)
    df["confidence"] = df["confidence"].astype(float)
    return df


def _known(doc: DocumentResult) -> dict[str, Any]:
    known = {}
    for s in doc.sources:
        for alias in (s.name, *s.aliases):
            known.setdefault(source_key(alias) or alias.casefold(), s)
    return known


def source_keys(doc: DocumentResult) -> dict[str, str]:
    """Attribution id -> the key of its source within *doc* (as in :func:`sources_table`).

    >>> from quotegraph.model import Attribution, DocumentResult
    >>> doc = DocumentResult("d1", "Samra said so. Governor Samra said no.", attributions=[
    ...     Attribution("a1", (11, 13), (0, 5)), Attribution("a2", (34, 36), (15, 29))])
    >>> source_keys(doc)
    {'a1': 'samra', 'a2': 'samra'}
    """
    known = _known(doc)
    out = {}
    for a in doc.attributions:
        name = _name(doc, a)
        key = source_key(name) or name.casefold()
        s = known.get(key)
        out[a.id] = key if s is None else source_key(s.name) or s.name.casefold()
    return out


def _doc_sources(doc: DocumentResult) -> dict[str, dict[str, Any]]:
    """Source key -> row, from the attributions, enriched by ``doc.sources``."""
    known = _known(doc)
    keys = source_keys(doc)
    chains = _chains(doc)
    relaying = {key for chain in chains.values() for key, _ in chain[:-1]}
    rows: dict[str, dict[str, Any]] = {}
    for a in doc.attributions:
        name = _name(doc, a)
        key = keys[a.id]
        s = known.get(source_key(name) or name.casefold())
        row = rows.get(key)
        if row is None:
            row = rows[key] = {
                "source": s.name if s is not None else name, "source_key": key,
                "kinds": Counter(), "aliases": list(s.aliases) if s is not None else [],
                "roles": list(s.roles) if s is not None else [],
                "mentions": len(s.mentions) if s is not None else 0, "attributions": 0,
            }  # fmt: skip
        row["kinds"][_kind(name, a.source_kind)] += 1
        row["attributions"] += 1
        if s is None:
            row["mentions"] += 1
            if name != row["source"] and name not in row["aliases"]:
                row["aliases"].append(name)
    for key, row in rows.items():
        kinds = [k for k, _ in row.pop("kinds").most_common() if k != "unknown"]
        row["kind"] = kinds[0] if kinds else "unknown"
        row["anonymous"] = row["kind"] == "anonymous"
        row["intermediary"] = key in relaying
    return rows


def sources_table(results: Iterable[DocumentResult]) -> pd.DataFrame:
    """One row per source per document, most attributions first within a document.

    A source is every distinct speaker of the document's attributions (named
    as in ``doc.sources`` when the extractor resolved it there). Columns are
    :data:`SOURCE_COLUMNS` then :data:`META_COLUMNS`: ``aliases`` and
    ``roles`` as "; "-joined strings, ``mentions`` (mentions of the source in
    the text, or attributions when ``doc.sources`` does not know it),
    ``attributions`` and ``intermediary`` (it relays another source here).

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> doc = DocumentResult("d1", "Samra said so. Governor Samra said no.", attributions=[
    ...     Attribution("a1", (11, 13), (0, 5), source_kind="person"),
    ...     Attribution("a2", (34, 36), (15, 29), source_kind="person")])
    >>> sources_table([doc])[["source", "kind", "aliases", "attributions"]]
      source    kind         aliases  attributions
    0  Samra  person  Governor Samra             2
    """
    rows = []
    for doc in results:
        meta = _meta(doc)
        found = sorted(_doc_sources(doc).values(), key=lambda r: (-r["attributions"], r["source"].casefold()))
        for r in found:
            rows.append({
                "doc_id": str(doc.id), **r,
                "aliases": "; ".join(r["aliases"]), "roles": "; ".join(r["roles"]), **meta,
            })  # fmt: skip
    df = _frame(rows, SOURCE_COLUMNS)
    for col in ("mentions", "attributions"):
        df[col] = df[col].astype(int)
    for col in ("anonymous", "intermediary"):
        df[col] = df[col].astype(bool)
    return df


def documents_table(results: Iterable[DocumentResult]) -> pd.DataFrame:
    """One row per document: what it quotes and how.

    Columns are :data:`DOCUMENT_COLUMNS` then :data:`META_COLUMNS`.
    ``*_share`` columns are shares of the document's attributions (0.0 when it
    has none), except ``anonymous_share``: the share of its *sources* that are
    anonymous (``anonymous_attribution_share`` is the share of attributions).
    ``intermediaries`` names the sources relaying another ("; "-joined),
    ``media_share`` is the reliance on media, ``max_depth`` the deepest chain
    (0 without attributions).

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> text = "Reuters reports that a spokesman said the talks had failed badly."
    >>> doc = DocumentResult("d1", text, attributions=[
    ...     Attribution("a1", (21, 65), (0, 7), source_entity="Reuters", source_kind="media"),
    ...     Attribution("a2", (38, 65), (21, 32), source_kind="anonymous", parent="a1")])
    >>> row = documents_table([doc]).to_dict("records")[0]
    >>> row["sources"], row["anonymous_share"], row["intermediaries"], row["max_depth"]
    (2, 0.5, 'Reuters', 2)
    """
    rows = []
    for doc in results:
        n = len(doc.attributions)
        types = Counter(a.type for a in doc.attributions)
        sources = _doc_sources(doc)
        chains = _chains(doc)
        kinds = [(_kind(_name(doc, a), a.source_kind)) for a in doc.attributions]
        inter = [r["source"] for r in sources.values() if r["intermediary"]]
        anonymous = sum(r["anonymous"] for r in sources.values())
        via_media = sum(any(k == "media" for _, k in c) for c in chains.values())

        def share(count: int, total: int = n) -> float:
            return count / total if total else 0.0

        rows.append({
            "doc_id": str(doc.id), "chars": len(doc.text), "attributions": n,
            "sources": len(sources),
            **{f"{t}_share": share(types[t]) for t in _TYPES},
            "anonymous_sources": anonymous, "anonymous_share": share(anonymous, len(sources)),
            "anonymous_attribution_share": share(kinds.count("anonymous")),
            "intermediaries": "; ".join(inter), "intermediary_count": len(inter),
            "relayed_share": share(sum(a.parent is not None for a in doc.attributions)),
            "media_share": share(via_media),
            "max_depth": max((len(c) for c in chains.values()), default=0),
            **_meta(doc),
        })  # fmt: skip
    df = _frame(rows, DOCUMENT_COLUMNS)
    for col in ("chars", "attributions", "sources", "anonymous_sources", "intermediary_count", "max_depth"):
        df[col] = df[col].astype(int)
    return df


# ---------------------------------------------------------------------- corpus


def _grouped(df: pd.DataFrame, by: Optional[str]) -> tuple[pd.DataFrame, list[str]]:
    """*df* with a filled grouping column, and the group keys to use."""
    if by is None:
        return df, []
    if by not in df.columns:
        raise ValueError(f"Cannot group by {by!r}: no such column.")
    df = df.copy()
    fill = {"outlet": "(unknown)", "month": "(undated)", "date": "(undated)"}.get(by, "(none)")
    df[by] = df[by].astype(object).where(df[by].notna(), fill)
    return df, [by]


def corpus_summary(documents: pd.DataFrame, attributions: pd.DataFrame, by: Optional[str] = None) -> pd.DataFrame:
    """Per corpus (one row ``"all"``), outlet or month: how the corpus quotes.

    Columns: ``documents``, ``attributions``, ``quotes_per_article`` (mean
    attributions per document, documents without any included), the shares
    of each type, ``anonymous_share`` (of attributions), ``relayed_share``,
    ``media_share`` and ``agency_share`` (reliance on media and on news
    agencies), ``sources`` (distinct sources, per document) and ``max_depth``.

    Parameters
    ----------
    documents, attributions : pandas.DataFrame
        From :func:`documents_table` and :func:`attributions_table` of the
        same results.
    by : str, optional
        ``"outlet"``, ``"month"`` or another column of both tables.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> docs = [DocumentResult("d1", "Officials said so.", meta={"outlet": "A"}, attributions=[
    ...     Attribution("a1", (15, 17), (0, 9), source_kind="anonymous")]),
    ...     DocumentResult("d2", "Nothing here.", meta={"outlet": "A"})]
    >>> s = corpus_summary(documents_table(docs), attributions_table(docs), by="outlet")
    >>> s.reset_index().to_dict("records")[0]  # doctest: +ELLIPSIS
    {'outlet': 'A', 'documents': 2, 'attributions': 1, 'quotes_per_article': 0.5, ... 'anonymous_share': 1.0, ...}
    """
    docs, keys = _grouped(documents, by)
    atts, _ = _grouped(attributions, by)
    name = by or "corpus"
    if not keys:
        docs = docs.assign(corpus="all")
        atts = atts.assign(corpus="all")
    d = docs.groupby(name, sort=True).agg(
        documents=("doc_id", "size"), attributions=("attributions", "sum"),
        quotes_per_article=("attributions", "mean"), sources=("sources", "sum"),
        max_depth=("max_depth", "max"),
    )  # fmt: skip
    a = atts.groupby(name, sort=True).agg(
        **{f"{t}_share": ("type", lambda s, t=t: float((s == t).mean())) for t in _TYPES},
        anonymous_share=("source_kind", lambda s: float((s == "anonymous").mean())),
        relayed_share=("relayed", "mean"), media_share=("via_media", "mean"),
        agency_share=("via_agency", "mean"),
    )  # fmt: skip
    out = d.join(a, how="left")
    share_cols = [c for c in out.columns if c.endswith("_share")]
    out[share_cols] = out[share_cols].astype(float).fillna(0.0)
    out = out[["documents", "attributions", "quotes_per_article", *[f"{t}_share" for t in _TYPES],
               "anonymous_share", "relayed_share", "media_share", "agency_share", "sources", "max_depth"]]
    for col in ("documents", "attributions", "sources", "max_depth"):
        out[col] = out[col].astype(int)
    return out


def top_sources(attributions: pd.DataFrame, top: int = 10, by: Optional[str] = None) -> pd.DataFrame:
    """The *top* sources by attributions, overall or per group.

    Sources are merged across documents by ``source_key``, except anonymous
    and other per-document sources ("officials", "a spokesman", pronouns),
    which are kept per document as in the graph. Columns: (*by*,) ``source``
    (the most frequent name), ``kind``, ``attributions``, ``documents``,
    ``share`` (of the group's attributions); sorted by group, then most
    attributions, then name.

    >>> from quotegraph.model import Attribution, DocumentResult
    >>> docs = [DocumentResult(f"d{i}", "Samra said so.", attributions=[
    ...     Attribution("a1", (11, 13), (0, 5), source_kind="person")]) for i in range(3)]
    >>> top_sources(attributions_table(docs)).to_dict("records")
    [{'source': 'Samra', 'kind': 'person', 'attributions': 3, 'documents': 3, 'share': 1.0}]
    """
    if top < 1:
        raise ValueError(f"top must be at least 1, not {top}.")
    df, keys = _grouped(attributions, by)
    local = [_is_local(s, k) for s, k in zip(df["source"], df["source_kind"])]
    df = df.assign(_key=[f"{d}/{k}" if lo else k for d, k, lo in zip(df["doc_id"], df["source_key"], local)])
    total = df.groupby(keys)["doc_id"].transform("size") if keys else pd.Series(len(df), index=df.index)
    df = df.assign(_total=total)
    g = df.groupby([*keys, "_key"], sort=False)
    out = g.agg(
        source=("source", lambda s: s.value_counts().index[0]),
        kind=("source_kind", lambda s: next((k for k in s.value_counts().index if k != "unknown"), "unknown")),
        attributions=("doc_id", "size"), documents=("doc_id", "nunique"), _total=("_total", "first"),
    ).reset_index()  # fmt: skip
    out["share"] = out["attributions"] / out["_total"]
    out["_name"] = out["source"].str.casefold()
    out = out.sort_values([*keys, "attributions", "documents", "_name"],
                          ascending=[*([True] * len(keys)), False, False, True])
    out = out.groupby(keys, sort=False).head(top) if keys else out.head(top)
    return out[[*keys, "source", "kind", "attributions", "documents", "share"]].reset_index(drop=True)


def _counts(attributions: pd.DataFrame, column: str, by: Optional[str], fill: str) -> pd.DataFrame:
    df, keys = _grouped(attributions, by)
    df = df.assign(**{column: df[column].astype(object).where(df[column].notna(), fill)})
    out = df.groupby([*keys, column]).size().rename("attributions").reset_index()
    total = out.groupby(keys)["attributions"].transform("sum") if keys else out["attributions"].sum()
    out = out.astype({"attributions": int})
    out["share"] = out["attributions"] / total
    return out.sort_values([*keys, "attributions", column],
                           ascending=[*([True] * len(keys)), False, True]).reset_index(drop=True)


def source_kinds(attributions: pd.DataFrame, by: Optional[str] = None, *, wide: bool = False) -> pd.DataFrame:
    """Attributions by source kind: (*by*,) ``source_kind``, ``attributions``, ``share``.

    With *wide*, one row per group (``"all"`` without *by*) and one column
    of shares per kind, in the order of :data:`quotegraph.model.SOURCE_KINDS`.

    >>> from quotegraph.model import Attribution, DocumentResult
    >>> doc = DocumentResult("d1", "Samra said so. Officials said no.", attributions=[
    ...     Attribution("a1", (11, 13), (0, 5), source_kind="person"),
    ...     Attribution("a2", (30, 32), (15, 24), source_kind="anonymous")])
    >>> source_kinds(attributions_table([doc]), wide=True)
    source_kind  person  anonymous
    all             0.5        0.5
    """
    from .model import SOURCE_KINDS

    out = _counts(attributions, "source_kind", by, "unknown")
    if not wide:
        return out
    index = by or "corpus"
    if by is None:
        out = out.assign(corpus="all")
    table = out.pivot_table(index=index, columns="source_kind", values="share", fill_value=0.0)
    order = [k for k in SOURCE_KINDS if k in table.columns] + sorted(set(table.columns) - set(SOURCE_KINDS))
    table = table[order]
    table.index.name = None
    return table


def cue_use(attributions: pd.DataFrame, by: Optional[str] = None, *, top: Optional[int] = None) -> pd.DataFrame:
    """Reporting verbs and other cues: (*by*,) ``cue_lemma``, ``attributions``, ``share``.

    Attributions without a cue lemma count as ``"(none)"``; with *top*, only
    the most used cues of each group are kept.

    >>> from quotegraph.model import Attribution, DocumentResult
    >>> doc = DocumentResult("d1", "x", attributions=[
    ...     Attribution("a1", (0, 1), cue_lemma="say"), Attribution("a2", (0, 1), cue_lemma="say"),
    ...     Attribution("a3", (0, 1), cue_lemma="tell")])
    >>> cue_use(attributions_table([doc]))[["cue_lemma", "attributions"]].values.tolist()
    [['say', 2], ['tell', 1]]
    """
    out = _counts(attributions, "cue_lemma", by, "(none)")
    if top is not None:
        out = out.groupby(by, sort=False).head(top) if by else out.head(top)
    return out.reset_index(drop=True)
