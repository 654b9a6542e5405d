"""Who the source is: its full phrase, its kind and a name for it.

Plain functions over spaCy tokens. :func:`source_phrase` returns the whole
noun phrase ("A commander in the military forces", not "commander"),
:func:`source_kind` tells a person from an outlet, a government body, a
document or an anonymous source, and :func:`source_name` gives the name
that entity resolution (:mod:`quotegraph.coref`) starts from.
"""

from __future__ import annotations

import bisect
import re
from typing import Optional

from spacy.tokens import Span, Token

from . import lexicon

_NAME_ENTS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_MAX_SOURCE_TOKENS = 20
#: Marks that open an aside: a bracket, or a dash standing between spaces.
_ASIDE_OPENERS = frozenset({"(", "[", "-", "–", "—", "--"})


def source_phrase(tok: Token) -> Span:
    """The noun phrase headed by *tok*, within its sentence.

    Long phrases are cut before a relative clause or a second appositive,
    so that "Smith, who has led the party since 2001 and ..., said" gives
    "Smith".
    """
    doc = tok.doc
    if tok.pos_ == "PRON":
        return doc[tok.i : tok.i + 1]
    sent = tok.sent
    lo = max(tok.left_edge.i, sent.start)
    hi = min(tok.right_edge.i, sent.end - 1)
    # drop clauses that follow the head after a comma (relative clauses,
    # long appositives), keep short appositives ("Samra, the governor")
    for child in tok.rights:
        if child.dep_ in ("relcl", "acl") and child.i > tok.i:
            comma_before = child.left_edge.i > 0 and doc[child.left_edge.i - 1].text == ","
            if comma_before or (hi - lo) > _MAX_SOURCE_TOKENS or _is_reporting_participle(child):
                hi = min(hi, child.left_edge.i - 1)
        if child.dep_ == "appos" and (child.right_edge.i - child.left_edge.i) > 8:
            hi = min(hi, child.left_edge.i - 1)
    # "dozens of calls saying ...": the participle deeper in the phrase too
    for t in tok.subtree:
        if t.i > tok.i and t.dep_ == "acl" and _is_reporting_participle(t):
            hi = min(hi, t.left_edge.i - 1)
        # "the report on the fire that found ...": the report's words, hung on a later noun
        if t.i > tok.i and t.dep_ == "relcl" and t.head.i != tok.i and _is_relative_report(t):
            hi = min(hi, t.left_edge.i - 1)
    named = _closing_name(tok, lo, hi, sent.end - 1)
    if named is not None:
        return named
    # an aside in brackets or between dashes after the head is not part of
    # the phrase ("Reyes (a Democrat from the coast) says")
    for i in range(tok.i + 1, hi + 1):
        if doc[i].text in _ASIDE_OPENERS and doc[i - 1].whitespace_:
            hi = i - 1
            break
    # a dash between spaces before the head closes an aside the parser took
    # into the phrase ("... at the pier in Port Lane - Cole continued")
    for i in range(tok.i - 1, lo, -1):
        if doc[i].text in _ASIDE_OPENERS and doc[i].text not in "([" and doc[i - 1].whitespace_ and doc[i].whitespace_:
            lo = i + 1
            break
    if hi - lo > _MAX_SOURCE_TOKENS:
        hi = lo + _MAX_SOURCE_TOKENS
    lo = _extend_left(tok, lo, sent.start)
    # trim punctuation at the ends
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    return doc[lo : hi + 1]


def _closing_name(tok: Token, lo: int, hi: int, sent_last: int) -> Optional[Span]:
    """The name set off by commas that closes a description the cut above
    dropped it from: in "the chair of a group backing the plan, Ann Cole,
    said", the cut at "backing" leaves "the chair of a group"; the phrase
    ends with the appositive name, which names the speaker. None when the
    phrase kept its end or ends otherwise."""
    doc = tok.doc
    if tok.pos_ != "NOUN":  # "Reyes, a pastor in Leeds, Kent," is named already
        return None
    end = min(tok.right_edge.i, sent_last)
    while end > hi and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    if end <= hi:
        return None
    for t in doc[hi + 1 : end + 1]:
        if t.dep_ != "appos" or t.pos_ != "PROPN" or t.right_edge.i != end or t.head.i < lo:
            continue
        start = t.left_edge.i
        if start - 1 > hi and doc[start - 1].text == "," and end - start < 8 and doc[start].is_alpha and doc[start].is_title:
            return doc[start : end + 1]
    return None


def _is_reporting_participle(tok: Token) -> bool:
    """Whether *tok* is "saying" in "a statement saying ...": the words
    the phrase carries are no part of it."""
    return tok.tag_ == "VBG" and lexicon.cue_category(tok.lemma_.lower()) is not None


def _is_relative_report(verb: Token) -> bool:
    """Whether *verb* is "found" in "... that found ...": a relative clause
    whose verb reports, opened by "that" or "which"."""
    return lexicon.cue_category(verb.lemma_.lower()) is not None and any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children
    )


def _extend_left(tok: Token, lo: int, sent_start: int) -> int:
    """Repair a name cut from its description by the parser: in "a unit run
    by the government's ally Hezbollah said", the subject is parsed as
    "Hezbollah" alone; a noun right before a proper-noun subject belongs to
    the same phrase, so take the noun phrase it closes."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or lo - 1 < sent_start:
        return lo
    prev = doc[lo - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ in ("nsubj", "dobj") and prev.head.i == tok.head.i:
        return lo
    top = prev
    while top.head.i != top.i and top.head.i < lo and top.dep_ in ("pobj", "agent", "prep", "acl", "compound", "poss", "appos", "amod"):
        top = top.head
    new_lo = top.left_edge.i
    while new_lo < lo and (doc[new_lo].is_punct or doc[new_lo].dep_ == "mark"):
        new_lo += 1
    return max(new_lo, sent_start)


def _doc_ents(doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document (spaCy rebuilds it on each access)."""
    return _cached_ents(doc)[1]


def _cached_ents(doc) -> tuple[int, tuple[Span, ...], list[int]]:
    """``(len(doc), doc.ents, their start tokens)``, once per document."""
    cached = doc.user_hooks.get("quotegraph_ents")
    if cached is None or cached[0] != len(doc):
        ents = tuple(doc.ents)
        cached = (len(doc), ents, [e.start for e in ents])
        doc.user_hooks["quotegraph_ents"] = cached
    return cached


def _ents_in(span: Span) -> list[Span]:
    """The entities inside *span* (entities are sorted and never overlap)."""
    _, ents, starts = _cached_ents(span.doc)
    out = []
    for e in ents[bisect.bisect_left(starts, span.start) :]:
        if e.start >= span.end:
            break
        if e.end <= span.end:
            out.append(e)
    return out


def source_kind(span: Span) -> str:
    """person, organization, government, media, anonymous, document or unknown.

    Media outlets are recognised by name (:data:`~quotegraph.lexicon.MEDIA_NAMES`)
    or by a media word (newspaper, network, agency ...) in an organisation's
    name; anonymous sources are person nouns with no name in the phrase.
    """
    if len(span) == 0:
        return "unknown"
    head = span.root
    low = _bare(span.text)
    head_low = head.lower_
    if head.pos_ == "PRON":
        if head_low in lexicon.PERSON_PRONOUNS:
            return "person"
        return "unknown"
    ents = _ents_in(span)
    persons = [e for e in ents if e.label_ == "PERSON"]
    head_ent = next((e for e in ents if e.start <= head.i < e.end), None)
    if _is_media_name(low) or (head_ent is not None and _is_media_name(_bare(head_ent.text))):
        return "media"
    if head.pos_ == "PROPN" and head_low in lexicon.MASTHEAD_WORDS and head.text[:1].isupper():
        return "media"  # "the Harbour Gazette"
    if low in lexicon.GOVERNMENT_NAMES or (head_ent is not None and _bare(head_ent.text) in lexicon.GOVERNMENT_NAMES):
        return "government"
    label = _voted_label(head_ent) if head_ent is not None else None
    if label == "PERSON":
        return "person"
    if label in ("ORG", "NORP", "FAC"):
        words = set(low.split())
        if words & lexicon.MEDIA_WORDS:
            return "media"
        if words & lexicon.GOVERNMENT_HEADS:
            return "government"
        return "organization"
    if label == "GPE":
        return "government"
    if persons:
        return "person"
    if head.pos_ == "PROPN":
        if set(low.split()) & lexicon.MEDIA_WORDS:
            return "media"
        return "person" if _looks_like_person_name(span) else "organization"
    if head_low in lexicon.DOCUMENT_HEADS:
        return "document"
    if head_low in lexicon.MEDIA_WORDS and head_low not in ("press",):
        return "media"
    if head_low in lexicon.GOVERNMENT_HEADS:
        return "government"
    if head_low in lexicon.PERSON_ROLES and span[0].lower_ in ("the", "his", "her", "their", "its"):
        # "the mayor", "the company's chief executive": a known person
        return "person"
    if head_low in lexicon.ANONYMOUS_HEADS or head.ent_type_ == "" and head.pos_ == "NOUN" and _is_person_noun(head):
        # "a senior official", "a commander in the military forces":
        # a role without a name is an anonymous source
        return "anonymous"
    if ents and any(e.label_ in ("ORG", "GPE", "NORP") for e in ents):
        return "organization"
    return "unknown"


def _voted_label(ent: Span) -> str:
    """The entity label the document gives most often to this name (or its
    last word): one "Kasich" tagged GPE among five tagged PERSON is a person."""
    by_text, by_last = _label_votes(ent.doc)
    votes: dict[str, int] = dict(by_text.get(ent.text, {}))
    for label, n in by_last.get(ent[-1].lower_, {}).items():
        votes[label] = max(votes.get(label, 0), n)
    if not votes:
        return ent.label_
    best = max(votes.values())
    return ent.label_ if votes.get(ent.label_) == best else max(votes, key=votes.get)


def _label_votes(doc) -> tuple[dict, dict]:
    """Entity labels counted by entity text and by last word, once per document."""
    cached = doc.user_hooks.get("quotegraph_votes")
    if cached is None:
        by_text: dict[str, dict[str, int]] = {}
        by_last: dict[str, dict[str, int]] = {}
        for e in _doc_ents(doc):
            for table, key in ((by_text, e.text), (by_last, e[-1].lower_)):
                counts = table.setdefault(key, {})
                counts[e.label_] = counts.get(e.label_, 0) + 1
        cached = (by_text, by_last)
        doc.user_hooks["quotegraph_votes"] = cached
    return cached


def _is_person_noun(tok: Token) -> bool:
    return tok.lower_ in lexicon.ANONYMOUS_HEADS or tok.lemma_.lower() in lexicon.ANONYMOUS_HEADS


def _looks_like_person_name(span: Span) -> bool:
    toks = [t for t in span if t.pos_ == "PROPN"]
    return 1 <= len(toks) <= 4 and all(t.text[:1].isupper() for t in toks) and not any(
        t.lower_ in lexicon.GOVERNMENT_HEADS for t in toks
    )


def _is_media_name(low: str) -> bool:
    return low in lexicon.MEDIA_NAMES


def _bare(text: str) -> str:
    """Lower-case, no leading determiner or trailing possessive."""
    low = re.sub(r"\s+", " ", text.strip().lower())
    low = re.sub(r"^(the|a|an)\s+", "", low)
    low = re.sub(r"(['’]s|['’])$", "", low)
    return low


def source_name(span: Span) -> str:
    """A name for the source: the person's name where the phrase holds one,
    else the organisation, else the phrase itself without its determiner.

    A role noun described by an organisation becomes the organisation's role
    ("a military media unit run by ... Hezbollah" -> "Hezbollah military
    media unit"), so the same kind of source gets one name.
    """
    if len(span) == 0:
        return ""
    head = span.root
    ents = _ents_in(span)
    persons = [e for e in ents if e.label_ == "PERSON"]
    if persons:
        return _clean_name(_proper_part(max(persons, key=len)).text)
    head_ent = next((e for e in ents if e.start <= head.i < e.end), None)
    if head_ent is not None:
        return _clean_name(head_ent.text)
    if head.pos_ == "PROPN":
        toks = [t for t in span if t.i <= head.i and (t.pos_ == "PROPN" or t.dep_ == "compound")]
        return _clean_name(" ".join(t.text for t in toks) or head.text)
    orgs = [e for e in ents if e.label_ in ("ORG", "NORP", "GPE")]
    if orgs and head.pos_ == "NOUN" and head.lower_ not in lexicon.ANONYMOUS_HEADS:
        mods = [t for t in head.lefts if t.dep_ in ("amod", "compound") and t.ent_type_ == ""]
        org = max(orgs, key=len)
        return _clean_name(" ".join([org.text] + [t.text for t in mods] + [head.text]))
    text = span.text
    return _clean_name(text)


def _proper_part(ent: Span) -> Span:
    """An entity without leading words that are no part of a name: the
    recogniser often takes "Billionaire Donald Trump" or a sentence-initial
    "Entrusting Donald Trump" as one PERSON."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].pos_ != "PROPN":
        start += 1
    return ent.doc[start : ent.end]


def _clean_name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" ,;:.\"“”'’")
    text = re.sub(r"^(the|a|an|The|A|An)\s+", "", text)
    text = re.sub(r"(['’]s)$", "", text)
    return text


def roles_of(span: Span) -> list[str]:
    """Titles and roles stated in the phrase: "Governor" in "Governor Samra",
    "the Governor of Deir al-Zor" in "the Governor of Deir al-Zor, Mohammed
    Ibrahim Samra"."""
    roles: list[str] = []
    persons = [e for e in _ents_in(span) if e.label_ == "PERSON"]
    if not persons:
        return roles
    person = max(persons, key=len)
    before = span.doc[span.start : person.start]
    after = span.doc[person.end : span.end]
    for part in (before, after):
        text = part.text.strip(" ,;:")
        text = re.sub(r"^(the|a|an|The|A|An)\s+", "", text)
        if text and len(text.split()) <= 8 and any(t.is_alpha for t in part):
            roles.append(text)
    return roles


def channel_of(cue: Optional[Token]) -> Optional[str]:
    """The channel stated with a cue: "via telephone", "in a statement",
    "on Twitter", "in an interview with CNN"."""
    if cue is None:
        return None
    for child in cue.children:
        if child.dep_ != "prep" or child.lower_ not in ("via", "in", "on", "by", "during", "at", "through", "over"):
            continue
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        if pobj.lower_ in lexicon.CHANNEL_NOUNS or pobj.lemma_.lower() in lexicon.CHANNEL_NOUNS:
            return cue.doc[child.i : pobj.i + 1].text
    return None
