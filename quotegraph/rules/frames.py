"""Verbs outside the cue lexicon that report in a known frame
(:data:`quotegraph.lexicon.FRAMES`): ``frame``."""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from .context import Candidate, Context, cue_lemma
from .subjects import subject_of
from .syntax import (
    _bare_text,
    clause_tokens,
    contiguous,
    cue_span,
    _FIRST_SECOND_PERSON,
    _names_time,
    _object_phrase_end,
    _opens_with_that,
    _phrase_end,
    span_chars,
    trim,
    _WH_WORDS,
)


def verb_frames(tok: Token, ctx: Context, wanted: Optional[set[str]] = None) -> Iterator[tuple[str, list[Token]]]:
    """The complements of any verb, as ``(frame, content tokens)``: ``ccomp``
    (a clause), ``xcomp`` (an infinitive or participle, active verbs only),
    ``dobj`` (a noun phrase object, with the phrases after it that an object
    cue's content takes: "decried the council for the cuts") and
    ``prep:<preposition>``. With *wanted*, only those frames (the others
    are skipped before their content is built)."""
    doc = tok.doc
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    for c in tok.children:
        if c.i < tok.i:
            continue
        dep = c.dep_
        if dep == "ccomp" or (dep == "xcomp" and not passive):
            frame = dep
        elif dep == "dobj" or dep == "prep":
            frame = "dobj" if dep == "dobj" else f"prep:{c.lower_}"
        else:
            continue
        if wanted is not None and frame not in wanted:
            continue
        if dep in ("ccomp", "xcomp"):
            toks = trim(contiguous(clause_tokens(c, ctx=ctx)))
        elif dep == "dobj":
            if c.pos_ == "PRON" or _bare_text(tok, c):
                continue
            toks = trim(list(doc[c.left_edge.i : max(c.right_edge.i, _object_phrase_end(tok, c)) + 1]))
        else:
            pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is None:
                continue
            toks = trim(list(doc[pobj.left_edge.i : _phrase_end(pobj) + 1]))  # without an aside
        if toks and not (toks[0].lower_ in _WH_WORDS and toks[0].i > tok.i and frame != "ccomp"):
            yield frame, toks


def frame_verbs(doc: Doc, ctx: Context, lemmas: Optional[set[str]] = None) -> Iterator[tuple[Token, str, Token]]:
    """``(verb, lemma, subject)`` for every verb outside the cue lexicon that
    has a subject a report could come from (the verbs :func:`frame_rules`
    and ``scripts/learn_frames.py`` look at); with *lemmas*, only verbs
    with one of those lemmas."""
    for tok in ctx.tokens_of(doc) if lemmas is None else ctx.tokens_where(doc, cue_lemma=lemmas):
        if tok.pos_ != "VERB" or tok.dep_ in ("amod", "aux", "auxpass", "compound"):
            continue
        lemma = cue_lemma(tok)
        if lemma in ctx.cue_verbs or (lemmas is not None and lemma not in lemmas):
            continue
        source = subject_of(tok)
        if source is None or (source.lower_ in _FIRST_SECOND_PERSON and ctx.quote_at(tok.idx) is not None):
            continue
        yield tok, lemma, source


def frame_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """Verbs outside the hand-written cue rules in a frame that reports in
    news (``X touts Y``, ``X vowed to ...``, ``X railed against Y``): the
    (lemma, frame) pairs of :data:`quotegraph.lexicon.FRAMES` and the
    clause-only verbs of :data:`quotegraph.lexicon.CLAUSE_CUES`."""
    if not ctx.frames:
        return
    frames_of: dict[str, set[str]] = {}  # lemma -> its frames, to skip the rest early
    for lemma, frame in ctx.frames:
        frames_of.setdefault(lemma, set()).add(frame)
    for tok, lemma, source in frame_verbs(doc, ctx, set(frames_of)):
        for frame, toks in verb_frames(tok, ctx, frames_of[lemma]):
            entry = ctx.frames.get((lemma, frame))
            if entry is None:
                continue
            category, confidence = entry
            if category not in ctx.categories:
                continue
            if frame == "dobj":
                toks = _what_was_expressed(tok, toks)
            yield Candidate(
                content=span_chars(toks),
                cue=cue_span(tok),
                cue_token=tok,
                # "it appears that the ferry is late": an impression, no one's;
                # "it dawned on the crew that ...": the crew's
                source_token=_clause_holder(tok, source) if frame == "ccomp" else source,
                rule="frame",
                confidence=confidence,
                cue_lemma=lemma,
                cue_category=category,
            )
            break


#: Verbs with a dummy "it" subject whose clause is held by the object of a
#: preposition ("it dawned on the crew that the tide had turned").
_EXPERIENCER_PREPS: dict[str, str] = {"dawn": "on"}


def _clause_holder(verb: Token, subject: Token) -> Optional[Token]:
    """Who holds the clause of a frame verb: the object of its preposition
    of experience ("it dawned on the crew that ...", "the thought dawned on
    the crew that ..." give "crew"), no one after a dummy "it" ("it appears
    that ..."), else the subject."""
    prep = _EXPERIENCER_PREPS.get(verb.lemma_.lower())
    if prep is not None:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == prep:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None if subject.lower_ == "it" else subject


#: Verbs that put out a feeling or stance their object names ("expressed
#: concern about the pier", "voiced doubt that ...").
_EXPRESSING_VERBS = frozenset({"express", "voice"})


def _what_was_expressed(verb: Token, toks: list[Token]) -> list[Token]:
    """The object phrase of an expressing verb without its head noun when
    that noun only names the stance and a phrase after it says what the
    stance is about: "expressed concern about the pier" gives "the pier",
    "expressed doubt that the ferry would run" the clause. A stance with a
    possessor ("expressed his support for Ames") or a time phrase
    ("expressed optimism over the weekend") is kept whole."""
    if verb.lemma_.lower() not in _EXPRESSING_VERBS:
        return toks
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "poss" for c in obj.children):
        return toks
    clause = next((c for c in obj.rights if c.dep_ in ("acl", "ccomp") and _opens_with_that(c)), None)
    if clause is not None:
        start = clause.left_edge
    else:
        prep = next((c for c in obj.rights if c.dep_ == "prep" and c.i == obj.i + 1), None)
        if prep is None:
            prep = next((c for c in verb.rights if c.dep_ == "prep" and c.i == obj.right_edge.i + 1), None)
        pobj = None if prep is None else next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None or _names_time(pobj):
            return toks
        start = pobj.left_edge
    kept = [t for t in toks if t.i >= start.i]
    return kept if kept and toks[0].i < start.i else toks
