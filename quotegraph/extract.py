"""From a parsed ``Doc`` to attributions: the rules merged, sources resolved.

:func:`find_attributions` is the plain function that does the work on one
spaCy ``Doc``: it runs the rules of :mod:`quotegraph.rules`, widens contents
to whole quotations, keeps one candidate per cue and per content, resolves the
sources (:mod:`quotegraph.sources`, :mod:`quotegraph.coref`), types each
attribution by its quotation marks and links nested ones, dropping the nested
ones that are no relay (see :class:`Options`). It runs in two halves,
:func:`find_candidates` (the parse) and :func:`resolve_candidates` (the named
entities), so that :mod:`quotegraph.selective` can run the entity recogniser
in between, only where a source is. The entry points on
raw text are in :mod:`quotegraph.pipeline`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any, Optional

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .coref import Mention, resolve_mentions
from .model import Attribution, Source
from .quotes import Quote, find_quotes, quoted_fraction
from .rules import (
    Candidate,
    Context,
    absorb_following_quotes,
    according_to_rules,
    adjective_rules,
    adverb_rules,
    as_rules,
    censure_rules,
    choice_rules,
    phrasal_rules,
    colon_noun_rules,
    colon_rules,
    continuation_rules,
    copular_report_rules,
    editors_notes,
    embedded_posts,
    estimate_rules,
    existential_rules,
    extend_title_contents,
    frame_rules,
    headline_rules,
    hope_phrase_rules,
    impression_rules,
    lead_in_rules,
    lead_phrase_rules,
    light_verb_rules,
    misread_verb_rules,
    names_nothing,
    noun_clause_rules,
    noun_cue_rules,
    noun_infinitive_rules,
    noun_prep_rules,
    open_stance_rules,
    passive_as_rules,
    passive_news_rules,
    passive_rules,
    perspective_rules,
    put_it_rules,
    quote_rules,
    quoted_that_clause_rules,
    reaction_rules,
    received_stance_rules,
    relay_speaker_quotes,
    split_resumed_paragraphs,
    stance_phrase_rules,
    stirred_rules,
    support_among_rules,
    title_rules,
    title_second_verbs,
    verb_rules,
    view_phrase_rules,
    view_rules,
    with_listed_infinitives,
    with_named_antecedent,
)
from .sources import channel_of, roles_of, source_kind, source_name, source_phrase

_WORD_RE = re.compile(r"\w+")

#: Quotation marks, as :func:`_fit_to_quotes` strips them.
_QUOTE_MARKS = "“”‘’«»„\"'`"

#: A sentence's closing stop, with any closing marks, before spaces at the end.
_ENDS_SENTENCE_RE = re.compile(r"[.!?][”’\"']*\s+$")


@dataclass(frozen=True)
class Options:
    """What to look for.

    ``categories`` filters cues by category (speech, writing, belief,
    finding); ``extra_cues`` adds ``(lemma, category)`` pairs to the verb
    lexicon; ``object_cues`` and ``frames`` switch the object and verb-frame
    rules; attributions below ``min_confidence`` are dropped. Nested
    attributions that are their parent source's own telling (any report
    inside another report's content, credited to the outer one) are dropped
    unless ``all_nested``; relays (any under a media outlet; another
    source's speech or writing on a transcript line or in the object a cue
    reacts to, outside quotation marks) always stay. The word lists
    come from :mod:`quotegraph.lexicon` and are copied for each document,
    never shared or changed."""

    categories: frozenset[str] = frozenset(lexicon.CUE_VERBS)
    extra_cues: tuple[tuple[str, str], ...] = ()
    object_cues: bool = True
    frames: bool = True
    min_confidence: float = 0.0
    all_nested: bool = False

    def context(self, quotes: list[Quote]) -> Context:
        verbs: dict[str, str] = {}
        for category in lexicon.CUE_VERBS:  # first category wins
            for lemma in lexicon.CUE_VERBS[category]:
                verbs.setdefault(lemma, category)
        for lemma in lexicon.QUOTE_ONLY_CUES:
            verbs.setdefault(lemma, "speech")
        for lemma, category in self.extra_cues:
            verbs[lemma] = category
        verbs = {k: v for k, v in verbs.items() if v in self.categories}
        return Context(
            quotes=quotes,
            cue_verbs=verbs,
            object_cues=frozenset(lexicon.OBJECT_CUES) if self.object_cues else frozenset(),
            xcomp_cues=frozenset(lexicon.XCOMP_CUES),
            naming_verbs=frozenset(lexicon.NAMING_VERBS),
            categories=frozenset(self.categories),
            quote_only=frozenset(lexicon.QUOTE_ONLY_CUES),
            # the clause-only verbs of the hand lexicon go to the frame rule as "ccomp"
            frames=(dict(lexicon.FRAMES) if self.frames else {})
            | {(lemma, "ccomp"): (category, lexicon.FRAME_CONFIDENCE) for lemma, category in lexicon.CLAUSE_CUES.items()},
        )


DEFAULT_OPTIONS = Options()


def find_attributions(doc: Doc, options: Options = DEFAULT_OPTIONS) -> tuple[list[Attribution], list[Source]]:
    """Find the attributions in a parsed *doc* and the sources behind them.

    Offsets are into ``doc.text``. Attributions come in document order of
    their content, with ids ``a1``, ``a2``, ... and ``parent`` set where one
    lies inside another's content.
    """
    text = doc.text  # spaCy joins the tokens anew on each access: read it once
    cands, quotes = find_candidates(doc, options, text=text)
    return resolve_candidates(doc, cands, quotes, options, text=text)


def find_candidates(doc: Doc, options: Options = DEFAULT_OPTIONS, *,
                    text: Optional[str] = None) -> tuple[list[Candidate], list[Quote]]:  # fmt: skip
    """The first half of :func:`find_attributions`: the rules' candidates
    (cue, content, source token), merged, and the quotations of the text.
    It reads the parse, tags and lemmas, never the named entities, so a
    caller may run the entity recogniser only where a source is
    (:mod:`quotegraph.selective` does). *text* is ``doc.text`` if the
    caller has it."""
    if text is None:
        text = doc.text
    if not text.strip():
        return [], []
    quotes = find_quotes(text)
    ctx = options.context(quotes)
    ctx.text = text
    split_resumed_paragraphs(doc, ctx)
    cands = list(verb_rules(doc, ctx))
    cands += list(quote_rules(doc, ctx))
    cands += list(lead_phrase_rules(doc, ctx))
    cands += list(according_to_rules(doc, ctx))
    cands += list(noun_cue_rules(doc, ctx))
    cands += list(frame_rules(doc, ctx))
    cands += list(colon_rules(doc, ctx))
    cands += list(passive_rules(doc, ctx))
    cands += list(passive_news_rules(doc, ctx))
    cands += list(adverb_rules(doc, ctx))
    cands += list(passive_as_rules(doc, ctx))
    cands += list(as_rules(doc, ctx))
    cands += list(impression_rules(doc, ctx))
    cands += list(view_rules(doc, ctx))
    cands += list(adjective_rules(doc, ctx))
    cands += list(noun_clause_rules(doc, ctx))
    cands += list(noun_prep_rules(doc, ctx))
    cands += list(open_stance_rules(doc, ctx))
    cands += list(support_among_rules(doc, ctx))
    cands += list(light_verb_rules(doc, ctx))
    cands += list(copular_report_rules(doc, ctx))
    cands += list(colon_noun_rules(doc, ctx))
    cands += list(hope_phrase_rules(doc, ctx))
    cands += list(existential_rules(doc, ctx))
    cands += list(received_stance_rules(doc, ctx))
    cands += list(reaction_rules(doc, ctx))
    cands += list(stirred_rules(doc, ctx))
    cands += list(estimate_rules(doc, ctx))
    cands += list(put_it_rules(doc, ctx))
    cands += list(view_phrase_rules(doc, ctx))
    cands += list(noun_infinitive_rules(doc, ctx))
    cands += list(stance_phrase_rules(doc, ctx))
    cands += list(choice_rules(doc, ctx))
    cands += list(phrasal_rules(doc, ctx))
    cands += list(censure_rules(doc, ctx))
    cands += list(perspective_rules(doc, ctx))
    cands += list(quoted_that_clause_rules(doc, ctx))
    cands += list(title_rules(doc, ctx))
    cands = [_without_closing_aside(_fit_to_quotes(c, quotes, text), quotes, text) for c in cands]
    cands = [_with_contrast_after_speaker(doc, c, text) for c in cands]
    cands = _dedupe(cands, text)
    cands = _without_quoted_fragments(cands)
    cands = _without_judged_deeds(cands)
    with_listed_infinitives(doc, cands)
    with_named_antecedent(doc, cands)
    absorb_following_quotes(ctx, cands)
    relay_speaker_quotes(cands)
    cands += list(lead_in_rules(doc, ctx, cands))
    cands += list(headline_rules(doc, ctx, cands))
    cands += list(misread_verb_rules(doc, ctx, cands))
    cands += list(title_second_verbs(doc, ctx, cands))
    extend_title_contents(ctx, cands)
    cands += list(continuation_rules(doc, ctx, cands))
    if not options.all_nested:  # asides on a speaker are kept with every nested report
        speakers = {c.source_token.i for c in cands if c.source_token is not None}
        cands = [c for c in cands if not _speaker_description(c, speakers)]
    apart = embedded_posts(text) + editors_notes(text)
    if apart:  # a cue inside an embedded post or an editor's note: no report of the article's
        cands = [c for c in cands if c.cue is None or not any(s <= c.cue[0] < e for s, e in apart)]
    return [c for c in cands if c.content[1] > c.content[0] and not names_nothing(doc, c.content)], quotes


#: Rules whose content is a phrase the cue takes up (an object, a
#: prepositional object, a choice), not a clause.
_PHRASE_RULES = frozenset({"verb_object", "verb_prep", "choice", "frame", "light_verb", "naming"})


def _speaker_description(c: Candidate, speakers: set[int]) -> bool:
    """Whether *c* is a phrase cue in a relative clause on the speaker of
    another report ("said Ames, who backs the toll", "Cole, a senator who
    endorsed Ames last week, said ..."): the writer's description of who
    is speaking, their side or record, which the annotation leaves out (on
    PolNeAR train 15 of 55 right). A relative clause reporting with a
    clause of its own ("Ames, who said the pier is safe") stays, as does
    one on a noun that speaks no report here ("backed by Cole, who
    endorsed the toll"). Kept with ``Options(all_nested=True)``."""
    tok = c.cue_token
    if c.rule not in _PHRASE_RULES or tok is None or tok.dep_ != "relcl" or c.source_token is None:
        return False
    if c.source_token.lower_ not in lexicon.RELATIVE_PRONOUNS:
        return False
    head = tok.head
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head  # "Cole, a senator who ...": Cole
    return head.i in speakers


def resolve_candidates(doc: Doc, cands: list[Candidate], quotes: list[Quote], options: Options = DEFAULT_OPTIONS, *,
                       text: Optional[str] = None) -> tuple[list[Attribution], list[Source]]:  # fmt: skip
    """The second half of :func:`find_attributions`: sources described
    (named entities read here), resolved and typed; attributions numbered and
    nested. *text* is ``doc.text`` if the caller has it."""
    if text is None:
        text = doc.text
    for key in ("quotegraph_ents", "quotegraph_votes"):  # caches of quotegraph.sources
        doc.user_hooks.pop(key, None)
    mentions: dict[int, Mention] = {}
    for c in cands:
        tok = c.source_token
        if tok is not None and tok.i not in mentions:
            span = c.source_span if c.source_span is not None else source_phrase(tok)
            span = source_before_cue(span, tok, c.cue_token)
            described = span
            antecedent = _antecedent(tok)
            if antecedent is not None:
                # "Cruz, who says ...": the mention is "who", the entity Cruz
                described = source_phrase(antecedent)
                if described.start < tok.i < described.end:
                    described = doc[described.start : tok.i]  # without "who ..." itself
            mentions[tok.i] = Mention(
                span=span,
                kind=source_kind(described),
                name=source_name(described),
                roles=roles_of(described),
                relative=antecedent is not None,
            )
    sources = resolve_mentions(doc, list(mentions.values()), quotes)

    # a relay first where two cover the same words ("“A,” Ames said,
    # according to the Post": the paper's, then Ames's within it)
    cands.sort(key=lambda c: (c.content[0], -c.content[1], not c.relay))
    attrs: list[Attribution] = []
    for c in cands:
        m = mentions.get(c.source_token.i) if c.source_token is not None else None
        if c.kind == "according_to":
            typ = "according_to"
        elif (c.rule in ("quote_adjacent", "quote_continuation") and c.quote is not None and c.content[0] == c.quote.start
              and (c.content[1] == c.quote.end or any(q.end == c.content[1] for q in quotes))):  # fmt: skip
            # quotations, with at most the speaker clause between them (not
            # ``pledged “cooperation” toward shared goals``: mixed)
            typ = "direct"
        else:
            # a quotation around the cue itself is the parent's, not this one's
            own = [q for q in quotes if c.cue is None or not (q.start <= c.cue[0] < q.end)]
            frac = quoted_fraction(text, c.content, own)
            typ = "direct" if frac >= 0.95 else "mixed" if frac > 0.0 else "indirect"
        conf = c.confidence if m is not None else c.confidence * 0.6
        if conf < options.min_confidence:
            continue
        attrs.append(
            Attribution(
                id="",
                content=c.content,
                source=(m.span.start_char, m.span.end_char) if m is not None else None,
                cue=c.cue,
                type=typ,
                source_entity=m.entity.name if m is not None and m.entity is not None else None,
                source_kind=(m.entity.kind if m is not None and m.entity is not None else "unknown"),
                channel=channel_of(c.cue_token),
                cue_lemma=c.cue_lemma,
                cue_category=c.cue_category,
                rule=c.rule,
                confidence=round(conf, 3),
            )
        )
    _number(attrs)
    if not options.all_nested:
        by_id = {a.id: a for a in attrs}
        kept = [a for a in attrs if not _own_telling(a, by_id, quotes, text)]
        if len(kept) < len(attrs):
            attrs = kept
            for a in attrs:
                a.parent = None
            _number(attrs)
    return attrs, sources


def source_before_cue(span: Span, source: Token, cue: Optional[Token]) -> Span:
    """The source phrase *span* of head *source* without the *cue* and what
    follows it, where the parser took the cue into the phrase ("a man yelled
    at the crowd" as one noun phrase, "the talks will also focus on fares"
    with "focus" in the subject's relative clause): the words before the cue,
    up to the last noun, name, pronoun or figure (not "the talks will also",
    "a president whose", "comments about"). A cue before the head ("the said
    report"), or outside the phrase, leaves it as it is."""
    if cue is None or not (source.i < cue.i < span.end) or cue.i <= span.start:
        return span
    doc = span.doc
    end = cue.i
    while end - 1 > source.i and (doc[end - 1].pos_ not in _PHRASE_END_POS or doc[end - 1].tag_ in _WH_TAGS):
        end -= 1
    return doc[span.start : end]


#: What a source phrase cut before its cue may end with.
_PHRASE_END_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_WH_TAGS = frozenset({"WP", "WP$", "WDT", "WRB"})


def _number(attrs: list[Attribution]) -> None:
    for i, a in enumerate(attrs):
        a.id = f"a{i + 1}"
    _set_parents(attrs)


#: Rules whose content may hold another source's report as a report of its
#: own: a transcript line ("AMES: Cole told me ..."), the object a cue
#: reacts to ("Ames rejected Cole's claim that ...", "responded to Cole's
#: remark that ...") and a statement framing the clause after it ("In his
#: speech, Cole said ..."). Under a poll ("In a new survey, 40 percent said
#: ...") the respondents' report is the poll's finding: no relay.
_RELAYING_RULES = frozenset({"colon_speaker", "verb_object", "verb_prep", "choice", "noun_prep", "frame", "naming", "verb_as", "noun_cue"})


def _embedded(a: Attribution, parent: Attribution, quotes: list[Quote], text: str = "") -> bool:
    """Whether *a*, nested in *parent*, is the parent source's own telling
    rather than a relay. Under a media outlet every nested attribution is a
    relay and stays ("Reuters reports that officials believe ..."). Inside
    any other report's content a nested report is the parent source's
    account, credited to the parent ("Ames said that Cole had told her the
    pier was closed": what Ames said). On a transcript line ("AMES: Cole
    told me ..."), in the object a cue reacts to ("Ames rejected Cole's
    claim that ...") another source's report is a relay, unless it has no
    source or the parent's own ("AMES: I told Cole ..."), lies inside a
    quotation or is a belief or finding ("AMES: Voters want ..."). Nor is
    it a relay when its subject is a relative pronoun, a clause describing
    a noun of the parent's content ("Ames rejected a report by the port
    that said the pier was unsafe": part of what she rejected; on PolNeAR
    train 18 of 25 such relays were no attribution), or under a poll ("In a
    new survey, 40 percent said ...": the survey's finding, as "A survey
    found that 40 percent said ..." is; 0 of 10 were)."""
    if parent.source_kind == "media":
        return False
    if _speaker_aside_report(a, parent, quotes, text):
        return False
    if parent.rule == "stirred":
        return False  # "Cole's claim that ... angered Ames": Cole's report, not Ames's account
    if parent.rule not in _RELAYING_RULES:
        return True  # "Ames said that Cole had told her ...": Ames's account
    if parent.rule == "noun_cue" and parent.cue_category == "finding":
        return True  # "In a new survey, 40 percent said ...": the survey's finding
    if a.source is not None and text[a.source[0] : a.source[1]].lower() in lexicon.RELATIVE_PRONOUNS:
        return True  # "Ames rejected a report that said ...": part of what she rejected
    if a.source_entity is None or a.source_entity == parent.source_entity:
        return True  # "X refused to endorse Y", "X said he had told Y": no relay
    if a.cue is not None and any(q.start <= a.cue[0] < q.end for q in quotes):
        return True
    return a.cue_category in ("belief", "finding")


def _speaker_aside_report(a: Attribution, parent: Attribution, quotes: list[Quote], text: str) -> bool:
    """Whether *a* is the writer's report in a relative clause on the
    speaker of a quotation (“The pier is safe,” said Ames, who said the
    repairs were finished.): a speech verb with a clause, after the
    parent's cue and outside any quotation, whose subject is the relative
    pronoun. It is no part of what the quoted speaker said. So too the
    speaker's participle with a noun phrase for content (“The pier is
    safe,” Ames said, pointing to the new railings.), what she referred to,
    and a participle's clause inside a speech resumed after it (“The pier is
    safe,” Ames said, noting that the repairs were finished. “B.”): kept as
    attributions of their own."""
    if parent.rule != "quote_adjacent" or a.cue is None or parent.cue is None:
        return False
    if a.cue[0] < parent.cue[1] or a.cue_category not in ("speech", "writing"):
        return False
    if any(q.start <= a.cue[0] < q.end for q in quotes):
        return False
    if a.rule in ("verb_prep", "verb_object") and a.source == parent.source and text[a.cue[0] : a.cue[1]].endswith("ing"):
        return True
    if a.rule == "verb_clause" and a.source == parent.source and text[a.cue[0] : a.cue[1]].split()[0].endswith("ing"):
        # “A,” Ames said, noting that the pier was shut. “B.”: the clause is
        # hers, nested in the speech; not one that took in a quotation after it
        return not any(a.content[0] < q.start and q.end == a.content[1] for q in quotes)
    if a.source is None and a.cue_lemma == "ask" and text[max(0, a.cue[0] - 5) : a.cue[0]].lower() == "when ":
        return True  # “Fine,” Ames told us when asked about the tax: the question put to her
    return a.rule == "verb_clause" and a.source is not None and text[a.source[0] : a.source[1]].lower() in lexicon.RELATIVE_PRONOUNS


def _own_telling(a: Attribution, by_id: dict[str, Attribution], quotes: list[Quote], text: str = "") -> bool:
    """Whether *a* is a telling to drop: one embedded in its parent (see
    :func:`_embedded`) or, with no parent, one inside a quotation."""
    if a.parent is None:
        return _quoted_report(a, quotes)
    return _embedded(a, by_id[a.parent], quotes, text)


def _quoted_report(a: Attribution, quotes: list[Quote]) -> bool:
    """Whether *a*, cue and content, lies inside one quotation: a report the
    quoted speaker makes in passing (“The ferry men say the fares are too
    high, and I agree.”), the quoted speaker's own telling even where no
    speaker of the quotation was found to be its parent."""
    if a.cue is None:
        return False
    start, end = min(a.cue[0], a.content[0]), max(a.cue[1], a.content[1])
    return any(q.start < start and end < q.end - 1 for q in quotes)


def _antecedent(tok) -> Optional[Any]:
    """The noun a relative pronoun subject stands for ("Cruz, who said")."""
    if tok.lower_ in lexicon.RELATIVE_PRONOUNS and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
        head = tok.head.head
        if head.dep_ == "appos" and head.head.pos_ == "PROPN":
            head = head.head  # "Cole, a senator who said": Cole
        if head.pos_ in ("NOUN", "PROPN", "PRON") and head.i != tok.i:
            return head
    return None


def _fit_to_quotes(c: Candidate, quotes: list[Quote], text: str) -> Candidate:
    """Widen a content span that cuts a quotation so that it holds all of it.

    The parser sees one sentence at a time, so the clause of ``X said that
    "A. B."`` covers only "A."; a content that starts at (or just inside) a
    quotation, or right after the cue with only "that" between, takes the
    whole quotation. Closing marks right after the span are kept.
    """
    s, e = c.content
    cue_end = c.cue[1] if c.cue is not None else None
    for q in quotes:
        if s < q.start < e and not text[q.start : e].strip(_QUOTE_MARKS + " ") and _ENDS_SENTENCE_RE.search(text, s, q.start):
            # the sentence splitter left the opening mark of the next
            # quotation at the end of this sentence (“The pier is safe, she
            # noted. ''The crews ...''”): it is no part of this content
            e = q.start
            break
    for q in quotes:
        if q.start >= e:
            break
        if q.end <= s:
            continue
        lead = text[cue_end : q.start] if cue_end is not None and cue_end <= q.start else None
        if s < q.start and re.fullmatch(r"[\s,:]*(that)?[\s,:]*", text[s : q.start]):
            s = q.start  # "that “...”": the quotation is the content
        opens_content = q.start <= s and (
            s - q.start <= 2 or (lead is not None and re.fullmatch(r"[\s,:]*(that)?[\s,:]*", lead))
        )
        if opens_content and e < q.end:
            s, e = q.start, q.end
        elif s < q.start < e < q.end:
            e = q.end  # a quotation that starts inside the content runs on
        elif q.start < s < q.end <= e and s - q.start <= 2:
            s = q.start
        elif (
            q.start < s < e
            and cue_end is not None
            and c.cue[0] >= q.end
            and not text[e : q.end].strip(_QUOTE_MARKS + " ,.;:!?")
        ):
            # the content is the last sentence of a quotation the speaker
            # clause follows (“The pier is shut. It will reopen in May,” she
            # said): the speaker said all of it
            s = q.start
    if e < len(text) and text[e] in "”\"’'»" and e > 0 and not text[e - 1].isspace():
        e += 1
    # no invisible marks (bidi controls, zero-width joiners) at the ends
    while s < e and (text[s].isspace() or unicodedata.category(text[s]) == "Cf"):
        s += 1
    while e > s and (text[e - 1].isspace() or unicodedata.category(text[e - 1]) == "Cf"):
        e -= 1
    c.content = (s, e)
    return c


#: The fewest words in a closing bracketed aside that is cut from a content:
#: shorter brackets are tags of the phrase before them ("Sen. Cole (R-Maine)",
#: "the port authority (PA)") and stay.
_ASIDE_WORDS = 4


def _without_closing_aside(c: Candidate, quotes: list[Quote], text: str) -> Candidate:
    """End a content before a bracketed aside of the writer's that closes it
    ("said the fares would rise (in fact, they fell in May)", "criticised
    the mayor's plan (which the crews had backed"): a bracket of at least
    :data:`_ASIDE_WORDS` words after the content's first words, running to
    its end (closed or left open where the parse stopped), outside any
    quotation and after the cue, is no part of what was reported."""
    s, e = c.content
    i = text.rfind("(", s, e)
    if i < 0 or i - s < 10 or (c.cue is not None and c.cue[0] > i):
        return c
    j = text.find(")", i, e)
    if j >= 0 and text[j + 1 : e].strip(" .,;:!?)\n"):
        return c  # the aside closes inside the content, which goes on
    if len(_WORD_RE.findall(text, i, j if j >= 0 else e)) < _ASIDE_WORDS:
        return c
    if any(q.start < i < q.end or i < q.start < e for q in quotes):
        return c  # a bracket inside a quotation is the speaker's; one holding a quotation gives the words
    k = i
    while k > s and (text[k - 1].isspace() or text[k - 1] in ",;:-\u2013\u2014"):
        k -= 1
    return replace(c, content=(s, k))


#: Rules whose content may end at a speaker clause in mid-sentence.
_SPEAKER_CLAUSE_RULES = frozenset({"postposed", "verb_clause", "according_to"})
#: Marks that end a speaker clause's walk: the sentence goes on otherwise.
_SPEAKER_CLAUSE_STOPS = frozenset({".", ";", ":", "—", "–", "--", '"', "“", "”", "''", "``"})


def _with_contrast_after_speaker(doc: Doc, c: Candidate, text: str) -> Candidate:
    """A content that ends at a speaker clause in mid-sentence followed by
    ", and" or ", but" goes on to the sentence end ("The ferry ran late,
    the clerk said, but the riders did not mind": the whole sentence but
    the speaker clause is what was said)."""
    if c.rule not in _SPEAKER_CLAUSE_RULES or c.cue_token is None:
        return c
    cs, ce = c.content
    cue, src = c.cue_token, c.source_token
    lo = min(cue.idx, src.idx) if src is not None else cue.idx
    if lo <= ce or text[ce:lo].strip() != ",":
        return c
    sent = cue.sent
    # the speaker clause's last word: the cue, or the end of a speaker named after it
    last = src.right_edge.i if src is not None and src.i > cue.i else cue.i
    j, n = last + 1, 0
    while j < sent.end and doc[j].text != "," and n < 6 and doc[j].text not in _SPEAKER_CLAUSE_STOPS:
        j, n = j + 1, n + 1
    if j + 1 >= sent.end or doc[j].text != "," or doc[j + 1].lower_ not in ("and", "but"):
        return c
    if sum(1 for t in doc[j + 2 : sent.end] if t.is_alpha) < 2:
        return c
    if c.rule == "according_to" and doc[j + 2].pos_ in ("VERB", "AUX"):
        return c  # "X leads in the north, according to the survey, and holds ...": the survey's report stops
    if doc[j + 2].tag_ == "PRP":
        return c  # "..., Ames said, but she would not name them": the writer's account of the speaker
    se = sent.end_char
    while se > doc[j + 1].idx and (text[se - 1].isspace() or text[se - 1] in ".!?\"”’')"):
        se -= 1
    if "\n" in text[ce:se]:
        return c
    return replace(c, content=(cs, se))


def _words(span: tuple[int, int], text: str) -> frozenset[int]:
    """Start offsets of the words in *span* (the scorer's word positions)."""
    return frozenset(m.start() for m in _WORD_RE.finditer(text, span[0], span[1]))


def _overlap(wa: frozenset[int], wb: frozenset[int]) -> float:
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def _dedupe(cands: list[Candidate], text: str) -> list[Candidate]:
    """One candidate per cue, and one per content where two rules found it."""
    by_cue: dict[Any, Candidate] = {}
    rest: list[Candidate] = []
    for c in cands:
        key = c.cue_token.i if c.cue_token is not None else None
        if key is None:
            rest.append(c)
            continue
        old = by_cue.get(key)
        if old is None or c.confidence > old.confidence:
            by_cue[key] = c
    kept: list[tuple[Candidate, frozenset[int]]] = []
    for c in sorted(list(by_cue.values()) + rest, key=lambda c: -c.confidence):
        words = _words(c.content, text)
        clash = False
        for k, k_words in kept:
            if c.content[1] <= k.content[0] or k.content[1] <= c.content[0]:
                continue  # no overlap at all
            # a report nested in another's content is its own attribution,
            # if it has a source of its own
            inside = k.cue is not None and c.content[0] <= k.cue[0] < c.content[1] and k.source_token is not None
            inside |= c.cue is not None and k.content[0] <= c.cue[0] < k.content[1] and c.source_token is not None
            # a sourced report around a sourceless one's cue ("Voters, the mayor
            # suggested, need not worry that ...": "worry" has no source of its own)
            inside |= k.cue is not None and c.content[0] <= k.cue[0] < c.content[1] and c.source_token is not None and k.source_token is None
            if not inside and _overlap(words, k_words) >= 0.6:
                clash = True
                break
        if not clash:
            kept.append((c, words))
    return [c for c, _ in kept]


#: Rules whose content is a report in the writer's words, which may quote
#: the source's own words in passing.
_PARAPHRASE_RULES = frozenset({"verb_clause", "verb_object", "censure", "verb_prep", "naming", "frame", "verb_as", "noun_prep", "noun_clause", "light_verb"})


def _without_quoted_fragments(cands: list[Candidate]) -> list[Candidate]:
    """Drop the quotations that lie inside another report's content, in
    the writer's words, and whose speaker clause is outside it: a phrase
    the report quotes in passing (``Ames said the pier was “a hazard,”
    pointing to the cracks``), no second report with "pointing" as its cue."""
    outer = [k for k in cands if k.rule in _PARAPHRASE_RULES]
    kept = []
    for c in cands:
        if c.rule == "quote_adjacent" and c.cue is not None and any(
            k.content[0] <= c.content[0] and c.content[1] <= k.content[1] and k.content != c.content
            and not (k.content[0] <= c.cue[0] < k.content[1])
            for k in outer
        ):  # fmt: skip
            continue
        kept.append(c)
    return kept


def _without_judged_deeds(cands: list[Candidate]) -> list[Candidate]:
    """Drop a report whose cue is the gerund of a "for" phrase on another
    report's cue: the deed that report's source judges (``Ames criticized
    Cole for saying the pier was safe``: what Ames criticized, no report
    of Cole's saying of its own), whether or not the judging report's
    content reaches it."""
    by_cue = {c.cue_token.i: c for c in cands if c.cue_token is not None}
    kept = []
    for c in cands:
        tok = c.cue_token
        if tok is not None and c.cue is not None and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ == "for":
            judge = by_cue.get(tok.head.head.i)
            if judge is not None and judge is not c:
                continue
        kept.append(c)
    return kept


def _set_parents(attrs: list[Attribution]) -> None:
    """An attribution whose cue lies in another's content is nested in it."""
    for a in attrs:
        anchor = a.cue[0] if a.cue is not None else (a.source[0] if a.source else None)
        if anchor is None:
            continue
        best = None
        for b in attrs:
            if b is a or not (b.content[0] <= anchor < b.content[1]):
                continue
            if not (b.content[0] <= a.content[0] and a.content[1] <= b.content[1] + 1):
                continue
            if a.type == "according_to" and tuple(b.content) == tuple(a.content) and b.cue is not None and b.cue[1] <= a.cue[0]:
                continue  # "“A,” Ames said, according to the Post": the paper's is the outer one
            if best is None or (b.content[1] - b.content[0]) < (best.content[1] - best.content[0]):
                best = b
        if best is not None and best.parent != a.id:
            a.parent = best.id
