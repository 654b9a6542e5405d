"""The quote graph: documents, sources and claims, merged across a corpus.

:func:`build_graph` turns :class:`~quotegraph.model.DocumentResult` objects into
a plain :class:`networkx.DiGraph` whose nodes carry a ``kind`` attribute:

``document`` (id ``"doc:<id>"``)
    ``title``, ``outlet``, ``byline``, ``date`` (ISO ``YYYY-MM-DD``), ``url``
    where the document's ``meta`` gives them, and ``attribution_count``.
``source`` (id ``"src:<key>"``)
    The resolved entity: ``name``, ``source_kind``, ``aliases``, ``roles``,
    ``scope`` ("corpus", or "document" for per-document sources),
    ``mention_count``, ``claim_count``, ``document_count``, ``first_date`` and
    ``last_date``.
``claim`` (id ``"claim:<key>"``)
    ``text``, ``type``, the ``document`` and ``char_start``/``char_end``
    offsets of its earliest occurrence, ``support`` (attributions),
    ``document_count``, ``source_count``, ``first_date`` and ``last_date``.

Edges carry a ``kind`` and a ``weight`` (how many attributions support them):

``quotes``  document -> a source it quotes directly (a top-level attribution);
``relays``  intermediary -> the source it relays (the parent attribution's
            source -> the nested attribution's source), with ``documents``;
``claims``  source -> claim, with ``cue``, ``cue_lemma``, ``type``,
            ``channel``, ``confidence`` (the highest), ``document`` (the first),
            ``documents`` and ``routes``: one tuple per supporting attribution,
            ``(document node, intermediary, ...)``, the exact path the claim took
            in that document (see :mod:`quotegraph.provenance`).

Why a ``DiGraph`` and not a ``MultiDiGraph``: Gephi merges parallel edges of
one kind anyway, weighted degree and centrality read ``weight``, and the
per-attribution detail a multigraph would keep lives in ``routes`` and
``documents``, so nothing is lost.

Merging rules
-------------
* Named sources are merged across documents by :func:`source_key`: case,
  possessives, a leading "the", titles ("Mr.", "Governor", "President") and
  a few media aliases ("NYT", "AP") are ignored. Then a short person name is
  merged into a longer one with the same surname when exactly one such longer
  name exists in the corpus ("Samra" -> "Mohammed Ibrahim Samra", but "Clinton"
  stays apart when both "Hillary Clinton" and "Bill Clinton" occur).
* Anonymous sources, pronouns left unresolved and descriptions without a
  capital letter ("officials", "the campaign") are keyed per document: they
  are not known to be the same speaker across articles.
* Claims of at least ``min_claim_tokens`` words are merged across documents
  when their normalised text is equal or near-equal (Jaccard >= threshold on
  word unigrams and bigrams). A claim is never merged with a claim nested in
  or around it in the same document, and claims that contain a nested
  attribution ("a spokesman said X") merge only with each other, not with X. Candidates come from a bottom-k sketch of each
  claim's bigram hashes, so the cost stays near-linear in the number of
  claims; each claim is compared with cluster leaders only, so merges do not
  chain. Shorter claims ("No.", "We will win") stay per attribution.

Not handled: sources that share a full name but are different people, name
order ("Samra Mohammed"), transliteration variants, and claims that are
paraphrased rather than restated.
"""

from __future__ import annotations

import datetime
import hashlib
import heapq
import re
import unicodedata
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Optional

import networkx as nx

from .model import DocumentResult

__all__ = [
    "GraphError",
    "MEDIA_ALIASES",
    "TITLE_WORDS",
    "build_graph",
    "claim_tokens",
    "find_source",
    "normalize_date",
    "source_key",
]


class GraphError(ValueError):
    """A document, graph or file that the graph functions cannot use."""


#: Words dropped from the front of a name: "Governor Samra" -> "samra".
TITLE_WORDS: frozenset[str] = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady gov governor
    president vice pres elect sen senator rep representative congressman
    congresswoman sec secretary minister prime chancellor mayor judge justice
    gen general col colonel lt capt captain sgt maj major adm admiral cmdr
    commander chief king queen prince princess sheikh rev reverend pope
    ayatollah speaker attorney ambassador chairman chairwoman chair ceo
    director spokesman spokeswoman spokesperson former then acting deputy
    assistant candidate nominee leader presidential us u s uk republican
    democratic democrat gop""".split()
)

#: Normalised outlet names and their usual short forms.
MEDIA_ALIASES: dict[str, str] = {
    "nyt": "new york times",
    "ny times": "new york times",
    "new york times company": "new york times",
    "ap": "associated press",
    "afp": "agence france presse",
    "wapo": "washington post",
    "wsj": "wall street journal",
    "reuters news agency": "reuters",
    "thomson reuters": "reuters",
    "bbc news": "bbc",
    "cnn news": "cnn",
}

_PRONOUNS = frozenset(
    "i me my we us our you your he him his she her it its they them their "
    "this that these those who one someone".split()
)
# Last words of names that are organisations, not people: no title stripping.
_ORG_HEADS = frozenset(
    """department ministry office house court council committee party agency
    service services bureau administration commission army forces police
    government university institute foundation association union""".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_DETERMINERS = frozenset("the a an".split())
_INDEFINITE = frozenset(
    "a an some several many one two three four few other others unnamed "
    "anonymous unidentified".split()
)
# Group nouns that name unidentified people: "officials said" is anonymous.
_GENERIC = frozenset(
    """official officials source sources analysts experts critics residents
    witnesses police authorities observers aides advisers advisors diplomats
    investigators lawmakers people protesters supporters insiders staffers
    spokesmen spokespeople troops soldiers rebels militants activists doctors
    researchers economists strategists""".split()
)
_WORD_RE = re.compile(r"[^\W_]+")
_POSSESSIVE_RE = re.compile(r"(?<=\w)['’]s\b|(?<=s)['’](?=\s|$)")
_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _words(name: str) -> list[str]:
    name = unicodedata.normalize("NFKC", name)
    return _WORD_RE.findall(_POSSESSIVE_RE.sub("", name).casefold())


def source_key(name: str, aliases: Optional[Mapping[str, str]] = None) -> str:
    """The key under which a named source is merged across documents.

    Lower-cased words without possessives, a leading "the" or titles, then
    looked up in *aliases* (default :data:`MEDIA_ALIASES`).

    Examples
    --------
    >>> source_key("Governor Samra")
    'samra'
    >>> source_key("The New York Times'")
    'new york times'
    >>> source_key("NYT")
    'new york times'
    >>> source_key("the Justice Department")
    'justice department'
    >>> source_key("Donald J. Trump")
    'donald trump'
    """
    words = _words(name)
    while words and words[0] in _DETERMINERS and len(words) > 1:
        words = words[1:]
    if words and words[-1] not in _ORG_HEADS:
        while len(words) > 1 and words[0] in TITLE_WORDS:
            words = words[1:]
    if len(words) >= 3 and words[-1] not in _ORG_HEADS:
        # a middle initial: "Donald J. Trump" = "Donald Trump"
        words = [words[0]] + [w for w in words[1:-1] if len(w) > 1] + [words[-1]]
    key = " ".join(words) or name.strip().casefold()
    table = MEDIA_ALIASES if aliases is None else aliases
    return table.get(key, key)


def claim_tokens(text: str) -> list[str]:
    """The words of a claim, lower-cased, without quote marks or punctuation.

    >>> claim_tokens("“We will WIN,” he said.")
    ['we', 'will', 'win', 'he', 'said']
    """
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())


def normalize_date(value: Any) -> Optional[str]:
    """An ISO ``YYYY-MM-DD`` date from *value*, or None when it has none.

    >>> normalize_date("2016-11-08T14:03:00Z")
    '2016-11-08'
    >>> normalize_date("November 8, 2016")
    '2016-11-08'
    >>> normalize_date("soon"), normalize_date(-1), normalize_date("0000-00-00")
    (None, None, None)
    """
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    text = str(value).strip()
    if not text:
        return None
    m = _DATE_RE.search(text)
    if m:
        try:  # a real calendar date: GEXF (xsd:date) refuses 0000-00-00 or 2016-02-30
            return datetime.date(*map(int, m.groups())).isoformat()
        except ValueError:
            return None
    import pandas as pd  # only for the uncommon free-form dates

    try:
        stamp = pd.to_datetime(text, errors="coerce")
        return None if stamp is pd.NaT or stamp is None else stamp.date().isoformat()
    except (ValueError, TypeError, OverflowError, NotImplementedError):  # "-1" is year -1
        return None


def _first(meta: Mapping[str, Any], *keys: str) -> Optional[str]:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value if v)
        if value not in (None, ""):
            return str(value)
    return None


def _is_local(name: str, kind: str) -> bool:
    """True when the source cannot be identified across documents.

    Anonymous sources, pronouns, indefinite or generic descriptions ("a
    spokesman", "Officials", "White House officials") and names without a
    capital letter after a leading determiner ("The campaign").
    """
    if kind == "anonymous":
        return True
    words = _words(name)
    if not words or " ".join(words) in _PRONOUNS:
        return True
    if words[0] in _INDEFINITE or words[0] in _GENERIC or words[-1] in _GENERIC:
        return True
    raw = name.split()
    if raw and raw[0].casefold() in _DETERMINERS:
        raw = raw[1:]
    return not any(w[:1].isupper() for w in raw)


def _local_kind(name: str, kind: str) -> str:
    words = _words(name)
    if kind == "unknown" and words and " ".join(words) not in _PRONOUNS:
        if words[0] in _INDEFINITE or words[0] in _GENERIC or words[-1] in _GENERIC:
            return "anonymous"
    return kind


# --------------------------------------------------------------------- claims


def _hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8", "surrogatepass"))


@dataclass(slots=True)
class _ClaimIndex:
    """Leader clustering of claim texts with bottom-k sketch blocking."""

    threshold: float
    min_tokens: int
    prefix: str = ""
    sketch: int = 4
    max_block: int = 200
    exact: dict[str, str] = field(default_factory=dict)
    shingles: dict[str, frozenset[int]] = field(default_factory=dict)
    blocks: dict[int, list[str]] = field(default_factory=lambda: defaultdict(list))

    def key(self, tokens: list[str], exclude: frozenset[str] = frozenset()) -> Optional[str]:
        """The claim key for *tokens*, or None when too short to merge.

        Claims in *exclude* (those of attributions nested in or around this
        one) are never chosen: "X said Y" and "Y" are different claims.
        """
        if len(tokens) < self.min_tokens:
            return None
        norm = " ".join(tokens)
        found = self.exact.get(norm)
        if found is not None and found not in exclude:
            return found
        bigrams = {_hash(f"{a} {b}") for a, b in zip(tokens, tokens[1:])}
        shingles = frozenset(bigrams | {_hash(t) for t in tokens})
        sketch = heapq.nsmallest(self.sketch, bigrams)
        best, best_score, seen = None, self.threshold, set()
        for h in sketch:
            for cand in self.blocks.get(h, ()):
                if cand in seen or cand in exclude:
                    continue
                seen.add(cand)
                other = self.shingles[cand]
                small, large = sorted((len(shingles), len(other)))
                if small < self.threshold * large:
                    continue
                inter = len(shingles & other)
                score = inter / (len(shingles) + len(other) - inter)
                if score >= best_score:
                    best, best_score = cand, score
        if best is None:
            digest = hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()
            best = self.prefix + digest[:16]
            if best in self.shingles:  # the same text, excluded: a second cluster
                best = f"{best}-{len(self.shingles)}"
            self.shingles[best] = shingles
            for h in sketch:
                block = self.blocks[h]
                if len(block) < self.max_block:
                    block.append(best)
        self.exact[norm] = best
        return best


# -------------------------------------------------------------------- sources


@dataclass(slots=True)
class _SourceInfo:
    names: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    roles: dict[str, None] = field(default_factory=dict)
    local: bool = False
    mentions: int = 0


@dataclass(slots=True)
class _Record:
    doc: str
    src: str
    parent: Optional[str]
    claim: str
    text: str
    span: tuple[int, int]
    date: Optional[str]
    attrs: dict[str, Any]


def _name_parts(key: str) -> tuple[tuple[str, ...], str, tuple[str, ...]]:
    words = key.split()
    suffix: list[str] = []
    while len(words) > 1 and words[-1] in _SUFFIXES:
        suffix.insert(0, words.pop())
    return tuple(words[:-1]), words[-1], tuple(suffix)


def _given_fits(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True when *short* given names are an ordered subsequence of *long* ones."""
    i = 0
    for word in long:
        if i < len(short) and (
            short[i] == word or (len(short[i]) == 1 and word.startswith(short[i]))
        ):
            i += 1
    return i == len(short)


def _contains(short: str, long: str) -> bool:
    s_given, s_last, s_suffix = _name_parts(short)
    l_given, l_last, l_suffix = _name_parts(long)
    return (
        s_last == l_last
        and s_suffix == l_suffix
        and s_given != l_given
        and len(s_given) <= len(l_given)
        and _given_fits(s_given, l_given)
    )


#: Share of a surname's mentions that one full name must hold for the bare
#: surname to merge into it when several people share the surname.
DOMINANT_SHARE = 0.8

#: A short name merges into a longer one only if the longer one has at least
#: this share of the short one's mentions.
RARE_SHARE = 0.02


def _surname_merges(infos: Mapping[str, _SourceInfo]) -> dict[str, str]:
    """Map each short person name to the one longer name it can only mean, or
    to the one that holds :data:`DOMINANT_SHARE` of the surname's mentions."""
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, info in infos.items():
        if info.local:
            continue
        kind = info.kinds.most_common(1)[0][0] if info.kinds else "unknown"
        if kind not in ("person", "unknown"):
            continue
        name = info.names.most_common(1)[0][0]
        words = name.split()
        if len(words) > 6 or not all(w[:1].isupper() for w in words if w[:1].isalpha()):
            continue
        if key.split()[-1] in _ORG_HEADS:
            continue
        by_surname[_name_parts(key)[1]].append(key)
    merges: dict[str, str] = {}

    def fits(short: str, long: str) -> bool:
        # a frequent name never merges into a rare longer one: "Donald Trump"
        # is no "Entrusting Donald Trump" (a headline misread as a name)
        return _contains(short, long) and infos[long].mentions >= RARE_SHARE * infos[short].mentions

    for keys in by_surname.values():
        if len(keys) < 2:
            continue
        for short in keys:
            longer = [k for k in keys if fits(short, k)]
            tops = [k for k in longer if not any(fits(k, o) for o in longer)]
            if not tops:
                continue
            if len(tops) == 1:
                merges[short] = tops[0]
                continue
            # several people share the surname: the short name means the one
            # the corpus quotes far more than all the others together
            # ("Trump" is Donald Trump, not Eric Trump); a full name's weight
            # counts the shorter forms that merge into it ("Hillary Clinton"
            # into "Hillary Rodham Clinton")
            weight = {
                top: infos[top].mentions + sum(infos[k].mentions for k in longer if k != top and fits(k, top))
                for top in tops
            }
            best = max(tops, key=lambda k: (weight[k], k))
            total = sum(weight.values())
            if total and weight[best] >= DOMINANT_SHARE * total:
                merges[short] = best
    # follow chains: "Trump" -> "Donald Trump" -> "Donald John Trump"
    for short in list(merges):
        seen = {short}
        target = merges[short]
        while target in merges and target not in seen:
            seen.add(target)
            target = merges[target]
        merges[short] = target
    return {k: v for k, v in merges.items() if k != v}


# ---------------------------------------------------------------------- build


def _add_edge(G: nx.DiGraph, u: str, v: str, kind: str, **attrs: Any) -> dict:
    data = G.get_edge_data(u, v)
    if data is None:
        G.add_edge(u, v, kind=kind, label=kind, weight=0, **attrs)
        data = G[u][v]
    data["weight"] += 1
    return data


def _append_unique(data: dict, key: str, value: Any) -> None:
    values = data.setdefault(key, [])
    if value not in values:
        values.append(value)


def _date_range(data: dict, date: Optional[str]) -> None:
    if date is None:
        return
    if "first_date" not in data or date < data["first_date"]:
        data["first_date"] = date
    if "last_date" not in data or date > data["last_date"]:
        data["last_date"] = date


def build_graph(
    results: Iterable[DocumentResult],
    *,
    claim_threshold: float = 0.8,
    min_claim_tokens: int = 6,
    aliases: Optional[Mapping[str, str]] = None,
    merge_surnames: bool = True,
) -> nx.DiGraph:
    """Build the quote graph of a corpus.

    Parameters
    ----------
    results : iterable of DocumentResult
        Documents with their attributions (read once, so a generator works).
    claim_threshold : float
        Jaccard similarity (word unigrams and bigrams) at or above which two
        claims from different attributions are one claim.
    min_claim_tokens : int
        Claims with fewer words are never merged across attributions.
    aliases : mapping, optional
        Normalised source name -> canonical key, added to :data:`MEDIA_ALIASES`
        (copied, never modified).
    merge_surnames : bool
        Merge a short person name into the one longer name sharing its surname.

    Returns
    -------
    networkx.DiGraph
        Nodes and edges as described in :mod:`quotegraph.graph`.

    Raises
    ------
    GraphError
        When a document id repeats or an attribution's offsets fall outside
        its document's text.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> text = "Reuters reports that a spokesman said the talks had failed badly."
    >>> doc = DocumentResult("d1", text, attributions=[
    ...     Attribution("a1", (21, 65), (0, 7), source_entity="Reuters",
    ...                 source_kind="media"),
    ...     Attribution("a2", (38, 65), (21, 32), source_entity="a spokesman",
    ...                 source_kind="anonymous", parent="a1")])
    >>> G = build_graph([doc])
    >>> sorted((u, v, d["kind"]) for u, v, d in G.edges(data=True))
    ... # doctest: +NORMALIZE_WHITESPACE
    [('doc:d1', 'src:reuters', 'quotes'),
     ('src:d1/a spokesman', 'claim:d1/a2', 'claims'),
     ('src:reuters', 'claim:...', 'claims'),
     ('src:reuters', 'src:d1/a spokesman', 'relays')]
    """
    if not 0.0 < claim_threshold <= 1.0:
        raise GraphError(f"claim_threshold must be in (0, 1], not {claim_threshold}.")
    table = dict(MEDIA_ALIASES)
    if aliases:
        table.update({source_key(k, {}): source_key(v, {}) for k, v in aliases.items()})
    claims = _ClaimIndex(claim_threshold, max(1, min_claim_tokens))
    # Claims that contain a nested attribution ("a spokesman said X") are only
    # merged with each other, never with a plain claim X.
    reports = _ClaimIndex(claim_threshold, max(1, min_claim_tokens), prefix="r")
    G = nx.DiGraph()
    infos: dict[str, _SourceInfo] = defaultdict(_SourceInfo)
    records: list[_Record] = []
    n_attributions = 0

    for doc in results:
        doc_node = f"doc:{doc.id}"
        if doc_node in G:
            raise GraphError(f"Document id {doc.id!r} appears twice.")
        meta = doc.meta or {}
        date = normalize_date(_first(meta, "date", "publication_date", "published"))
        attrs = {
            "title": _first(meta, "title", "headline"),
            "outlet": _first(meta, "outlet", "publisher", "source", "site"),
            "byline": _first(meta, "byline", "author", "authors"),
            "date": date,
            "url": _first(meta, "url", "link"),
        }
        G.add_node(
            doc_node,
            kind="document",
            label=attrs["title"] or str(doc.id),
            doc_id=str(doc.id),
            attribution_count=len(doc.attributions),
            **{k: v for k, v in attrs.items() if v is not None},
        )
        n_attributions += len(doc.attributions)
        by_name = {}
        for s in doc.sources:
            for alias in (s.name, *s.aliases):
                by_name.setdefault(source_key(alias, table), s)
        spans: list[tuple[tuple[int, int], str]] = []  # claims so far in this document
        parents = {a.parent for a in doc.attributions if a.parent is not None}
        for a in doc.attributions:
            name = a.source_entity or doc.span_text(a.source) or ""
            name = " ".join(name.split()) or "(unattributed)"
            kind = a.source_kind or "unknown"
            known = by_name.get(source_key(name, table))
            if known is not None:
                name = known.name
                if kind == "unknown":
                    kind = known.kind or "unknown"
            local = _is_local(name, kind)
            if local:
                key = f"{doc.id}/{' '.join(_words(name)) or name.casefold()}"
                kind = _local_kind(name, kind)
            else:
                key = source_key(name, table)
            info = infos[key]
            info.local = local
            info.names[name] += 1
            info.kinds[kind] += 1
            if known is not None:
                for role in known.roles:
                    info.roles.setdefault(role)
                for alias in known.aliases:
                    info.names[alias] += 0
                info.mentions += len(known.mentions) or 1
            else:
                info.mentions += 1
            start, end = a.content
            if doc.text and not 0 <= start <= end <= len(doc.text):
                raise GraphError(
                    f"Attribution {a.id!r} of document {doc.id!r}: content "
                    f"{a.content} falls outside the text ({len(doc.text)} chars)."
                )
            text = doc.text[start:end]
            nested = frozenset(k for (s0, e0), k in spans if s0 < end and start < e0)
            index = reports if a.id in parents else claims
            claim = index.key(claim_tokens(text), nested) or f"{doc.id}/{a.id}"
            spans.append(((start, end), claim))
            cue = doc.span_text(a.cue)
            records.append(
                _Record(
                    doc=str(doc.id),
                    src=key,
                    parent=a.parent,
                    claim=claim,
                    text=text,
                    span=(start, end),
                    date=date,
                    attrs={
                        "id": a.id,
                        "type": a.type,
                        "cue": " ".join(cue.split()) if cue else None,
                        "cue_lemma": a.cue_lemma,
                        "channel": a.channel,
                        "confidence": float(a.confidence),
                    },
                )
            )

    merges = _surname_merges(infos) if merge_surnames else {}
    for short, long in merges.items():
        target, info = infos[long], infos.pop(short)
        target.names.update(info.names)
        target.kinds.update(info.kinds)
        target.roles.update(info.roles)
        target.mentions += info.mentions

    def node_of(key: str) -> str:
        return f"src:{merges.get(key, key)}"

    for key, info in infos.items():
        names = list(info.names)
        canonical = [n for n in names if source_key(n, table) == key] or names
        label = max(canonical, key=lambda n: (info.names[n], -len(n)))
        kinds = [k for k, _ in info.kinds.most_common() if k != "unknown"]
        G.add_node(
            f"src:{key}",
            kind="source",
            label=label,
            name=label,
            source_kind=kinds[0] if kinds else "unknown",
            scope="document" if info.local else "corpus",
            aliases=sorted(n for n in names if n != label),
            roles=list(info.roles),
            mention_count=info.mentions,
            claim_count=0,
        )

    by_attr: dict[tuple[str, str], _Record] = {(r.doc, r.attrs["id"]): r for r in records}
    src_docs: dict[str, set[str]] = defaultdict(set)
    claim_docs: dict[str, set[str]] = defaultdict(set)
    claim_srcs: dict[str, set[str]] = defaultdict(set)
    for r in records:
        doc_node, src = f"doc:{r.doc}", node_of(r.src)
        route = [doc_node]
        chain: list[str] = []
        parent, seen = r.parent, {r.attrs["id"]}
        while parent is not None and parent not in seen and (r.doc, parent) in by_attr:
            seen.add(parent)
            up = by_attr[(r.doc, parent)]
            chain.insert(0, node_of(up.src))
            parent = up.parent
        chain = [n for i, n in enumerate(chain) if i == 0 or n != chain[i - 1]]
        route.extend(n for n in chain if n != src)
        if len(route) == 1:
            _add_edge(G, doc_node, src, "quotes")
        else:
            edge = _add_edge(G, route[-1], src, "relays")
            _append_unique(edge, "documents", r.doc)
        claim = f"claim:{r.claim}"
        if claim not in G:
            G.add_node(
                claim,
                kind="claim",
                label=_short(r.text),
                text=r.text,
                type=r.attrs["type"],
                document=r.doc,
                char_start=r.span[0],
                char_end=r.span[1],
                support=0,
            )
        cnode = G.nodes[claim]
        if r.date is not None and r.date < cnode.get("first_date", "9999"):
            cnode.update(text=r.text, label=_short(r.text), type=r.attrs["type"],
                         document=r.doc, char_start=r.span[0], char_end=r.span[1])
        cnode["support"] += 1
        _date_range(cnode, r.date)
        edge = _add_edge(G, src, claim, "claims")
        if edge["weight"] == 1:
            first = {k: v for k, v in r.attrs.items() if k != "id" and v is not None}
            edge.update(first, document=r.doc, documents=[], routes=[])
            edge["label"] = r.attrs["cue_lemma"] or r.attrs["cue"] or "claims"
        else:
            edge["confidence"] = max(edge["confidence"], r.attrs["confidence"])
            for k in ("cue", "cue_lemma", "channel"):
                if k not in edge and r.attrs[k] is not None:
                    edge[k] = r.attrs[k]
        _append_unique(edge, "documents", r.doc)
        edge["routes"].append(tuple(route))
        _date_range(edge, r.date)
        G.nodes[src]["claim_count"] += 1
        _date_range(G.nodes[src], r.date)
        src_docs[src].add(r.doc)
        claim_docs[claim].add(r.doc)
        claim_srcs[claim].add(src)

    for src, docs in src_docs.items():
        G.nodes[src]["document_count"] = len(docs)
    for claim, docs in claim_docs.items():
        G.nodes[claim]["document_count"] = len(docs)
        G.nodes[claim]["source_count"] = len(claim_srcs[claim])
    for _, _, data in G.edges(data=True):
        if "documents" in data:
            data["document_count"] = len(data["documents"])
    G.graph.update(documents=sum(1 for _ in _nodes_of(G, "document")),
                   attributions=n_attributions)
    return G


def _short(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _nodes_of(G: nx.DiGraph, kind: str) -> Iterable[str]:
    return (n for n, k in G.nodes(data="kind") if k == kind)


def find_source(G: nx.DiGraph, name: str, *, document: Optional[str] = None) -> str:
    """The node id of the source called *name* (any of its names) in *G*.

    With *document*, a per-document source (anonymous, unresolved pronoun) of
    that document is found too.

    Raises
    ------
    KeyError
        When no source or more than one goes by that name.

    Examples
    --------
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> doc = DocumentResult("d1", "Governor Samra said so.", attributions=[
    ...     Attribution("a1", (20, 22), (0, 14), source_entity="Governor Samra")])
    >>> G = build_graph([doc])
    >>> find_source(G, "Samra"), find_source(G, "Mr Samra")
    ('src:samra', 'src:samra')
    """
    key = source_key(name)
    local = f"{document}/{' '.join(_words(name))}" if document is not None else None
    hits = []
    for node, data in G.nodes(data=True):
        if data.get("kind") != "source":
            continue
        if data["scope"] == "document":
            if local is None or not node.startswith(f"src:{document}/"):
                continue
            if node == f"src:{local}":
                return node
        names = (node[4:], data["name"], *data["aliases"])
        if any(source_key(n) == key for n in names):
            hits.append(node)
    if not hits:  # a short name of a person: "Samra" for "Mohammed Ibrahim Samra"
        longer = [n for n in G if n.startswith("src:") and _contains(key, n[4:])]
        hits = [n for n in longer if not any(_contains(n[4:], o[4:]) for o in longer)]
    if len(hits) != 1:
        found = "no source" if not hits else f"{len(hits)} sources"
        raise KeyError(f"{found} named {name!r} in the graph.")
    return hits[0]
