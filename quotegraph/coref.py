"""Resolve source mentions to entities within one document.

A light, rule-based resolver written for sources of reported speech:

- names are clustered by their words without titles: "Samra",
  "Governor Samra" and "Mohammed Ibrahim Samra" are one entity, named by
  the longest form;
- a definite description ("the governor", "the company") joins the latest
  entity whose roles or kind it names;
- personal pronouns (he, she) take the latest person mentioned before them
  outside quotations, whether a source or any PERSON entity in the text
  (after the latest source, only one that is a subject: in "Ames spoke.
  Reporters asked him about Cole. He said ...", "he" is Ames);
  "they"/"it" take the latest group or organisation source.

Not handled: cataphora ("In his speech, Smith said"), gender agreement,
split antecedents, and pronouns inside quotations (the speaker's "I").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc, Span

from . import lexicon
from .model import Source
from .quotes import Quote
from .sources import _doc_ents

_WORD_RE = re.compile(r"[\w'’.-]+")


@dataclass
class Mention:
    """A source phrase to resolve, as found by the rules."""

    span: Span
    kind: str
    name: str
    roles: list[str] = field(default_factory=list)
    relative: bool = False  # a relative pronoun; kind and name are its antecedent's
    entity: Optional["_Cluster"] = None


@dataclass
class _Cluster:
    name: str
    kind: str
    words: frozenset[str]
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    last: int = 0  # character offset of the latest mention
    id: str = ""


def name_words(name: str) -> frozenset[str]:
    """Words of a name without titles and determiners, lower-cased.

    >>> sorted(name_words("Governor Mohammed Ibrahim Samra"))
    ['ibrahim', 'mohammed', 'samra']
    """
    words = [w.strip(".'’").lower() for w in _WORD_RE.findall(name)]
    words = [w for w in words if w and w not in lexicon.TITLES and w not in ("the", "a", "an", "of", "s")]
    return frozenset(words)


def resolve_mentions(doc: Doc, mentions: list[Mention], quotes: list[Quote]) -> list[Source]:
    """Cluster *mentions* (in document order) into entities; set ``mention.entity``.

    Returns the :class:`~quotegraph.model.Source` list, one per entity, in
    order of first mention.
    """
    clusters: list[_Cluster] = []
    persons = _person_entities(doc, quotes)
    full_names = _full_names(doc)
    for m in sorted(mentions, key=lambda m: m.span.start_char):
        start = m.span.start_char
        root = m.span.root
        low = m.span.text.lower()
        if len(m.span) == 1 and root.pos_ == "PRON" and not m.relative:
            m.entity = _resolve_pronoun(low, start, clusters, persons, m)
        elif m.kind == "anonymous" or m.kind == "unknown" and not name_words(m.name):
            m.entity = _definite(m, clusters) or _new(clusters, m)
        else:
            m.entity = (
                _match_name(m, clusters)
                or _definite(m, clusters)
                or _full_name(m, clusters, full_names)
                or _new(clusters, m)
            )
        c = m.entity
        c.mentions.append((m.span.start_char, m.span.end_char))
        c.last = max(c.last, start)
        if m.span.text not in c.aliases:
            c.aliases.append(m.span.text)
        for r in m.roles:
            if r not in c.roles:
                c.roles.append(r)
    sources = []
    for i, c in enumerate(sorted(clusters, key=lambda c: c.mentions[0][0] if c.mentions else 0)):
        c.id = f"s{i + 1}"
        sources.append(
            Source(id=c.id, name=c.name, kind=c.kind, aliases=list(c.aliases), roles=list(c.roles), mentions=list(c.mentions))
        )
    return sources


def _new(clusters: list[_Cluster], m: Mention, name: Optional[str] = None, kind: Optional[str] = None) -> _Cluster:
    c = _Cluster(name=name or m.name, kind=kind or m.kind, words=name_words(name or m.name))
    clusters.append(c)
    return c


def _match_name(m: Mention, clusters: list[_Cluster]) -> Optional[_Cluster]:
    words = name_words(m.name)
    if not words:
        return None
    hits = [c for c in clusters if c.words and c.kind != "anonymous" and (words <= c.words or c.words <= words)]
    # the same kind of thing only (a person "Jordan" is not the country)
    hits = [c for c in hits if _compatible(c.kind, m.kind)]
    if len({id(c) for c in hits}) != 1:
        # ambiguous: prefer an exact match
        exact = [c for c in hits if c.words == words]
        if len(exact) != 1:
            return None
        hits = exact
    c = hits[0]
    if len(words) > len(c.words):
        c.name, c.words = m.name, words
    if c.kind == "unknown":
        c.kind = m.kind
    return c


def _full_names(doc: Doc) -> dict[str, list[str]]:
    """Surname -> the full person names (two words or more) in the document,
    in document order (a list, not a set: which spelling of a name wins must
    not depend on string hashing)."""
    out: dict[str, list[str]] = {}
    for e in _doc_ents(doc):  # doc.ents, built once
        if e.label_ != "PERSON":
            continue
        toks = [t for t in e if t.pos_ == "PROPN"]
        if len(toks) < 2:
            continue
        name = " ".join(t.text for t in toks)
        name = _strip_possessive(name)
        names = out.setdefault(toks[-1].lower_.strip("'’"), [])
        if name not in names:
            names.append(name)
    return out


def _full_name(m: Mention, clusters: list[_Cluster], full_names: dict[str, list[str]]) -> Optional[_Cluster]:
    """A bare surname whose full name the article gives elsewhere (in a
    headline, a caption, a sentence with no attribution): "Trump said" in an
    article that names "Donald Trump" once."""
    words = name_words(m.name)
    if len(words) != 1 or m.kind not in ("person", "unknown", "organization"):
        return None
    (word,) = words
    keyed: dict[frozenset[str], str] = {}
    for n in full_names.get(word, []):
        keyed.setdefault(frozenset(name_words(n)), n)  # the first spelling ("Ann Cole", then "ANN COLE")
    # "Donald Trump" and "Donald J. Trump" are one name
    tops = [k for k in keyed if not any(k < o for o in keyed)]
    if len(tops) != 1:
        return None
    full = keyed[tops[0]]
    proxy = Mention(span=m.span, kind="person", name=full)
    return _match_name(proxy, clusters) or _new(clusters, proxy)


def _compatible(a: str, b: str) -> bool:
    if a == b or "unknown" in (a, b):
        return True
    orgs = {"organization", "government", "media"}
    return a in orgs and b in orgs


def _definite(m: Mention, clusters: list[_Cluster]) -> Optional[_Cluster]:
    """"the governor" -> the latest entity with that role or title."""
    first = m.span[0].lower_
    if first not in ("the", "this", "that"):
        return None
    head = m.span.root.lower_
    for c in sorted(clusters, key=lambda c: -c.last):
        role_words = {w.lower() for r in c.roles for w in r.split()}
        alias_words = {w.lower() for a in c.aliases for w in a.split()}
        if head in role_words or head in alias_words - {"the"}:
            return c
        if head in ("company", "firm", "group", "organization", "organisation") and c.kind == "organization":
            return c
        if head in ("agency", "ministry", "department", "administration", "government") and c.kind == "government":
            return c
        if head in ("newspaper", "paper", "agency", "network", "outlet", "broadcaster") and c.kind == "media":
            return c
    return None


def _person_entities(doc: Doc, quotes: list[Quote]) -> list[tuple[int, str, bool]]:
    """PERSON entities outside quotations, as (offset, name, whether a subject)."""
    out = []
    for e in _doc_ents(doc):  # doc.ents, built once
        if e.label_ != "PERSON":
            continue
        if any(q.start <= e.start_char < q.end for q in quotes):
            continue
        out.append((e.start_char, e.text, e.root.dep_ in ("nsubj", "nsubjpass")))
    return out


def _resolve_pronoun(low: str, start: int, clusters, persons, m: Mention) -> _Cluster:
    if low in lexicon.PERSON_PRONOUNS:
        best = max((c for c in clusters if c.kind == "person" and c.last < start), key=lambda c: c.last, default=None)
        # a person named after that source's last mention is nearer
        later = [(off, name, subj) for off, name, subj in persons if off < start and (best is None or off > best.last)]
        if best is not None:
            later = [p for p in later if p[2]]
        if later:
            off, name, _ = later[-1]
            proxy = Mention(span=m.span, kind="person", name=_strip_possessive(name))
            c = _match_name(proxy, clusters) or _new(clusters, proxy)
            return c
        if best is not None:
            return best
    elif low in lexicon.GROUP_PRONOUNS | lexicon.THING_PRONOUNS:
        kinds = {"organization", "government", "media", "anonymous", "document"}
        best = max((c for c in clusters if c.kind in kinds and c.last < start), key=lambda c: c.last, default=None)
        if best is not None:
            return best
    return _new(clusters, m, name=m.span.text, kind="person" if low in lexicon.PERSON_PRONOUNS else "unknown")


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name).strip()
