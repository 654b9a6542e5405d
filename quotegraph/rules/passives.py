"""Passive reports with no source (``X is expected to ...``, ``X is seen as
Y``) and passive news verbs: ``passive``, ``passive_as``."""

from __future__ import annotations

from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from .. import lexicon
from .context import Candidate, Context, cue_lemma
from .extents import _impression_clause, _without_trailing_comparison
from .syntax import (
    _as_phrase_end,
    clause_tokens,
    contiguous,
    cue_span,
    _FIRST_SECOND_PERSON,
    _PASSIVE_AS,
    _PASSIVE_EXPECTATION,
    _PASSIVE_NEWS,
    _passive_relative,
    _PASSIVE_REQUEST,
    _span_before,
    span_chars,
    trim,
)


#: Verbs of blame and praise whose passive, with no agent, reports the
#: whole clause with no source: "the mayor was accused of lying", "the board
#: has been criticized for the delays". The preposition that must follow.
_PASSIVE_CENSURE = {"accuse": "of", "criticize": "for", "criticise": "for", "blame": "for", "charge": "with",
                    "fault": "for", "praise": "for", "condemn": "for"}  # fmt: skip


def _passive_censure(tok: Token, ctx: Context) -> Iterator[Candidate]:
    """The clause of a passive verb of :data:`_PASSIVE_CENSURE` with its
    preposition and a subject, and no "by" agent."""
    lemma = cue_lemma(tok)
    category = ctx.cue_verbs.get(lemma, "speech")
    if category not in ctx.categories or not any(c.dep_ == "auxpass" for c in tok.children):
        return
    if any(c.dep_ == "agent" or c.lower_ == "according" for c in tok.children):
        return
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in ("i", "we", "you") or ctx.quote_at(tok.idx) is not None:
        return
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == _PASSIVE_CENSURE[lemma] and c.i > tok.i), None)
    if prep is None:
        return
    toks = trim([t for t in contiguous(clause_tokens(tok, ctx=ctx)) if t.i >= subj.left_edge.i])
    if toks:
        # up to the first comma or dash of the verb, as for an expectation:
        # "the clerk was charged with fraud, and the board resigned"
        toks = _impression_clause(toks, tok, prep)
    if len(toks) >= 4:
        yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=None,
                        rule="passive", confidence=0.4, cue_lemma=lemma, cue_category=category)  # fmt: skip


def _shared_subject(verb: Token) -> Optional[Token]:
    """The subject of the verb before a passive *verb* coordinated with it
    that has none of its own ("the ferry stops at noon and is expected to
    run again in May": the ferry)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "expl") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.head.i), None)


def passive_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``X is expected to win``, ``X is said to be ill``, ``X is believed to
    ...``, ``X was asked to ...``: a passive reporting verb with an infinitive reports the whole
    clause, with no source (unless a "by" agent names one, which the verb
    rules handle)."""
    for tok in ctx.tokens_where(doc, cue_lemma=_PASSIVE_CENSURE.keys() | _PASSIVE_EXPECTATION | _PASSIVE_REQUEST | lexicon.PASSIVE_JUDGEMENT):
        if tok.tag_ == "VBN" and cue_lemma(tok) in _PASSIVE_CENSURE:
            yield from _passive_censure(tok, ctx)
            continue
        if tok.tag_ != "VBN" or cue_lemma(tok) not in _PASSIVE_EXPECTATION | _PASSIVE_REQUEST | lexicon.PASSIVE_JUDGEMENT:
            continue
        lemma = cue_lemma(tok)
        category = ctx.cue_verbs.get(lemma, "belief")
        if category not in ctx.categories:
            continue
        if any(c.dep_ == "agent" for c in tok.children):
            continue
        if any(c.lower_ == "according" for c in tok.children):
            continue  # "According to X, Y is expected to ...": X's report
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and lemma in _PASSIVE_EXPECTATION:
            # "a town known to favour the mayor": the noun and its participle
            xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
            toks = trim(list(doc[tok.head.left_edge.i : tok.right_edge.i + 1])) if xcomp is not None else []
            if len(toks) >= 4:
                yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=None,
                                rule="passive", confidence=0.4, cue_lemma=lemma, cue_category=category)  # fmt: skip
            continue
        if not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        deps = ("xcomp",) if lemma in _PASSIVE_EXPECTATION | _PASSIVE_REQUEST else ("xcomp", "oprd", "attr")
        xcomp = next((c for c in tok.children if c.dep_ in deps and c.i > tok.i), None)
        shared = subj is None and lemma in _PASSIVE_EXPECTATION and _shared_subject(tok)
        if shared:
            subj = _shared_subject(tok)
        if subj is None or xcomp is None or subj.lower_ in ("i", "we", "you"):
            continue
        # from the subject on: a fronted "As the Herald reported," is a report of its own
        toks = trim([t for t in contiguous(clause_tokens(tok, ctx=ctx)) if t.i >= subj.left_edge.i])
        if shared and toks:
            toks = trim(list(doc[subj.left_edge.i : toks[-1].i + 1]))  # both verbs with their subject
        if toks:
            toks = _impression_clause(toks, tok, xcomp)  # "..., with the council paying"
            toks = _without_trailing_comparison(toks, tok)
        if len(toks) < 4:
            continue
        yield Candidate(
            content=span_chars(toks),
            cue=cue_span(tok),
            cue_token=tok,
            source_token=None,
            rule="passive",
            confidence=0.4,
            cue_lemma=lemma,
            cue_category=category,
        )


def passive_news_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The merger was first reported by the Herald``: the subject of a
    passive verb of reporting is what was reported, the "by" agent (if any)
    its source."""
    for tok in ctx.tokens_where(doc, cue_lemma=_PASSIVE_NEWS):
        if tok.tag_ != "VBN":
            continue
        lemma = cue_lemma(tok)
        if lemma not in _PASSIVE_NEWS or ctx.cue_verbs.get(lemma) not in ctx.categories:
            continue
        if not any(c.dep_ == "auxpass" for c in tok.children):
            continue
        if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in tok.children):
            continue  # "it was reported that ...", "X was reported to be ...": other rules
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None or subj.pos_ == "PRON" and not _passive_relative(tok, subj):
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        source = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        toks = trim(list(doc[subj.left_edge.i : subj.right_edge.i + 1]))
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                            rule="passive", confidence=0.4, cue_lemma=lemma, cue_category=ctx.cue_verbs[lemma])  # fmt: skip


#: Passive verbs of reputation whose "by" phrase names who holds the view
#: ("the plan was seen by many as a gamble").
_AGENT_VIEWS = frozenset({"see", "view", "regard", "perceive", "consider"})


def passive_as_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The plan is seen as a gamble``, ``Ames, known for her candour``:
    how someone or something is regarded, with no one named as holding the
    view. The content runs from the thing regarded to the end of the
    "as"/"for" phrase (and what goes on with it: :func:`_as_phrase_end`)."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=_PASSIVE_AS):
        preps = _PASSIVE_AS.get(tok.lemma_.lower()) if tok.tag_ == "VBN" else None
        if preps is None:
            continue
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        holder = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if agent is not None and (holder is None or tok.lemma_.lower() not in _AGENT_VIEWS):
            continue
        # "was seen by some as a defeat": the parser may hang "as" on the agent's noun
        pp = next((c for c in (*tok.children, *(holder.children if holder is not None else ())) if c.dep_ == "prep" and c.lower_ in preps and c.i > tok.i), None)
        pobj = next((c for c in pp.children if c.dep_ in ("pobj", "pcomp")), None) if pp is not None else None
        if pobj is None and "as" in preps:
            # "was seen as wholly unfit", "seen as closely tied to ...": "as"
            # read as an adverb of the predicate
            pp = pobj = next((c for c in tok.children if c.dep_ in ("oprd", "acomp", "advcl", "xcomp") and c.i > tok.i
                              and c.left_edge.lower_ == "as" and c.left_edge.dep_ == "advmod"), None)  # fmt: skip
        if pobj is None or pp.lower_ == "as" and tok.lemma_.lower() == "know" and (pobj.pos_ == "PROPN" or pobj.dep_ == "pcomp"):
            continue  # "a band known as The Herons", "a method known as fracking": a name, not a view
        if any(c.dep_ == "auxpass" for c in tok.children):
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        elif tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            subj = tok.head  # "the plan, seen as a gamble", "a judge known for ..."
        else:
            continue
        if subj is None or subj.lower_ in _FIRST_SECOND_PERSON or subj.i > tok.i:
            continue
        toks = trim(list(doc[subj.left_edge.i : _as_phrase_end(tok, pp) + 1]))
        if len(toks) < 3:
            continue
        held = holder is not None and pp.head.i == holder.i  # the holder's phrase without the "as" phrase
        yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=holder,
                        source_span=_span_before(holder, pp) if held else None,
                        rule="passive_as", confidence=0.35, cue_lemma=tok.lemma_.lower(), cue_category="belief")  # fmt: skip
