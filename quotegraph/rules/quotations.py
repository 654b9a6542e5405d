"""Quotations and the clauses that introduce them: ``quote_adjacent``,
``block_quote``, ``title``, ``lead_phrase``, ``colon_speaker``."""

from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..quotes import Quote
from .context import Candidate, Context, cue_lemma
from .extents import _resumed_quote_end
from .subjects import subject_of
from .syntax import (
    _ADDRESSEE_VERBS,
    _adverbial,
    clause_tokens,
    contiguous,
    cue_span,
    _FINITE_TAGS,
    _FIRST_SECOND_PERSON,
    _inner,
    is_cue_verb,
    _misread_relative,
    _OPEN_MARKS,
    _PASSIVE_REQUEST,
    _phrase_before_cue,
    _SENTENCE_END_RE,
    _SEP_RE,
    span_chars,
    _TIME_WORDS,
    _title_case,
    _token_at_or_after,
    trim,
)


#: Participles that give a work its title: "a memo titled “...”".
_TITLING = frozenset({"titled", "entitled"})


def title_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """A work with its title in quotation marks (``Ames released a memo
    titled “Ten Winters at the Pier”``, ``The ad, entitled “Home,” shows
    ...``): the title is the work's words, reported from the participle on;
    the source is whoever put out the work, the subject of the verb it is
    the object of, else no one named. Not inside a quotation."""
    if "speech" not in ctx.categories or not ctx.quotes:
        return
    text = ctx.text
    for tok in ctx.tokens_where(doc, lower=_TITLING):
        if tok.lower_ not in _TITLING or tok.tag_ != "VBN" or ctx.quote_at(tok.idx) is not None:
            continue
        pos = tok.idx + len(tok.text)
        while pos < len(text) and (text[pos] in ",:" or text[pos] in " \t"):
            pos += 1
        q = ctx.quote_at(pos)
        if q is None or q.start != pos:
            continue
        work = tok.head if tok.dep_ == "acl" else None
        source = subject_of(work.head) if work is not None and work.dep_ == "dobj" else None
        yield Candidate(content=(tok.idx, q.end), cue=cue_span(tok), cue_token=tok, source_token=source,
                        rule="title", confidence=0.5, cue_lemma="title", cue_category="speech", quote=q)  # fmt: skip


def quoted_that_clause_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """A that-clause holding a quotation after a verb that is no cue of the
    lexicon (``Ames shot back that the fares were "a scandal"``, ``Cole
    intimated that the board had "other plans"``): words quoted in the
    clause show it as someone's speech, so the verb reports it, its subject
    the source. Not inside a quotation, not with "it" or a first or second
    person as the subject, not after a noun ("the claim that ...": the noun
    rules') or a form of "be"."""
    if "speech" not in ctx.categories or not ctx.quotes:
        return
    for mark in ctx.tokens_where(doc, lower={"that"}):
        comp = mark.head
        if mark.dep_ != "mark" or comp.dep_ != "ccomp" or comp.i < mark.i:
            continue
        verb = comp.head
        if verb.pos_ != "VERB" or verb.i > mark.i or verb.lemma_.lower() in ("be", "have") or is_cue_verb(verb, ctx):
            continue
        if ctx.quote_at(verb.idx) is not None or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue  # a quotation's own words; a purpose ("to ensure that ...")
        source = subject_of(verb)
        if source is None or source.lower_ in _FIRST_SECOND_PERSON or source.lower_ == "it":
            continue
        toks = trim(contiguous(clause_tokens(comp, ctx=ctx)))
        if not toks or toks[0].i != mark.i:
            continue
        content = span_chars(toks)
        if not ctx.quote_opens_in(*content):
            continue
        yield Candidate(content=content, cue=(verb.idx, verb.idx + len(verb.text)), cue_token=verb, source_token=source,
                        rule="verb_clause", confidence=0.4, cue_lemma=verb.lemma_.lower(), cue_category="speech")  # fmt: skip


def quote_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """A quotation followed by a short speaker clause: ``"...," he said``."""
    text = ctx.text
    for q in ctx.quotes:
        # the first token after the quote
        j = _token_at_or_after(doc, q.end)
        if j is None:
            continue
        # skip punctuation between the quote and the speaker clause
        if not _SEP_RE.match(text[q.end : doc[j].idx]):
            continue
        # a quotation that ends its sentence (“... .”) is followed by a new
        # sentence, not by its speaker clause, unless that is short (he said.)
        inner = text[q.start : q.end].rstrip("”\"’'» ")
        sentence_final = inner.endswith((".", "!", "?"))
        if sentence_final and inner.endswith(("!", "?")) and doc[j].text[:1].islower():
            sentence_final = False  # “Why now?” he asked reporters: the sentence goes on
        window = doc[j : min(len(doc), j + 30)]  # a long subject: see the check below
        if sentence_final and inner.endswith(".") and _long_clause(window):
            continue  # “... .” He went on to praise the crew at length: a new sentence
        cue = None
        for t in window:
            if t.text in _OPEN_MARKS or (t.is_punct and t.text in ".!?;"):
                break
            if is_cue_verb(t, ctx) and ctx.cue_verbs[cue_lemma(t)] in ("speech", "writing", "belief"):
                cue = t
                break
        if cue is None and inner.endswith((",", "?", "!")) and len(inner.split()) >= 3 and "speech" in ctx.categories:
            # “We will win,” Ames barked: after a quotation broken off by a
            # comma, any verb of a short speaker clause is a speech verb
            cue = next((t for t in window[:4] if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ == "ROOT"), None)
        if cue is None:
            continue
        if cue.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
            continue  # “A” to describe the crews: a purpose, no speaker clause
        # the tokens before the cue must be its subject (or adverbs)
        subj = subject_of(cue)
        between = doc[j : cue.i]
        if (subj is None or subj.idx < q.end) and between and cue.tag_ in ("VBD", "VBZ", "VBP"):
            subj = _phrase_before_cue(between) or subj  # “...,” Ames, 61, told ...
        allowed = {t.i for t in subj.subtree} if subj is not None and subj.i < cue.i else set()
        if any(not (t.i in allowed or t.is_punct or t.is_space and "\n" not in t.text or t.pos_ in ("ADV", "AUX", "PART")) for t in between):
            continue
        inverted = not between or all(t.is_punct for t in between)
        # "... .” He says referees are ...": a cue with a complement of its
        # own after it starts a new report; it is no speaker clause
        # (but after a quotation that breaks off mid-sentence, a quoted
        # complement is the speech resumed: “A,” she said, “B.”)
        # (nor after an inverted "said X": "“A,” said Ames, who runs the
        # Ferry Trust" with a name in the aside taken for a clause)
        if any(
            c.dep_ in ("ccomp", "xcomp") and c.i > cue.i and (sentence_final or ctx.quote_at(c.idx) is None)
            and not _adverbial(c) and not (inverted and not sentence_final and _after_postposed_subject(cue, c))
            and not (inverted and not sentence_final and _subject_taken_by(cue, c) is not None)
            and not _misread_relative(c)
            for c in cue.children
        ):  # fmt: skip
            continue
        if sentence_final and any(c.dep_ == "dobj" and c.i > cue.i for c in cue.children) and not (
            inner.endswith(("?", "!")) and cue.lemma_.lower() in _ADDRESSEE_VERBS
        ):
            continue  # but “Why not?” Ames told the radio: the one told
        if _title_in_phrase(doc, q) and _own_content(cue):
            continue  # "On “Harbour Talk,” Ames praised the crew": a title, then a report of its own
        if _quoted_in_question(doc, q, cue):
            continue  # "Asked whether the pier is “safe enough,” most said yes": the question's words
        source = subject_of(cue)
        if (source is None or source.idx < q.end) and subj is not None and subj.i < cue.i and subj.idx >= q.end:
            source = subj
        if source is None and cue.i == j and cue.tag_ != "VBG":
            # “...,” chanted the crowd: the speaker comes after the verb
            # (never after a participle: in “...,” citing a poll, the poll
            # is what is cited)
            source = next((t for t in cue.rights if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if source is None and not sentence_final:
                # “...,” said Ames, asked about the fare: the parser made the
                # speaker the subject of the aside after it
                source = next((s for c in cue.rights if (s := _subject_taken_by(cue, c)) is not None), None)
        if source is None:
            continue
        if source.idx < q.end:
            # the subject is inside the quote: the parser took the quote as
            # the clause; look for a name after the cue instead (not after a
            # participle: “...,” citing a poll)
            if cue.tag_ == "VBG":
                continue
            source = next((t for t in cue.rights if t.pos_ in ("PROPN", "NOUN", "PRON") and t.idx >= q.end), None)
            if source is None and cue.i == j and not sentence_final:
                # “...,” said the woman, who ... did not want to be named: the
                # parser made the speaker the subject of the aside after it
                source = next((s for c in cue.rights if (s := _subject_taken_by(cue, c)) is not None), None)
            if source is None:
                continue
        lead = _sentence_lead(doc, q, ctx)
        if lead < q.start and _title_in_lead(doc, q, text):
            continue  # "Ann Cole, the host of “Harbour Talk,” said ...": a title, no quotation
        # the speaker clause must be short and contain no other clause
        yield Candidate(
            content=(lead, _resumed_quote_end(text, q, cue, ctx)),
            cue=cue_span(cue),
            cue_token=cue,
            source_token=source,
            rule="quote_adjacent",
            confidence=0.9,
            cue_lemma=cue_lemma(cue),
            cue_category=ctx.cue_verbs.get(cue_lemma(cue), "speech"),
            quote=q,
        )


def _long_clause(window: Span) -> bool:
    """Whether the words of *window* up to the end of their sentence are
    more than six: after a quotation that closes with a period, a speaker
    clause is short ("“... .” Ames said."), a longer one is a new sentence
    ("“... .” He went on to praise the crew", "“... .” The ferry refers to
    ...")."""
    n = 0
    for t in window:
        if t.text in _OPEN_MARKS or t.text in (".", "!", "?", ";") or "\n" in t.text:
            break
        if not (t.is_punct or t.is_space):
            n += 1
    return n > 6


def _quoted_in_question(doc: Doc, q: Quote, cue: Token) -> bool:
    """Whether quotation *q* lies in an "Asked whether ..." clause on the
    cue ("Asked whether the pier is “safe enough,” most said yes"): words
    of the question put to the speaker, not the speaker's."""
    k = _token_at_or_after(doc, q.start)
    if k is None or k >= cue.i:
        return False
    for anc in doc[k].ancestors:
        if anc.i == cue.i:
            return False
        if anc.head.i == cue.i and anc.dep_ == "advcl" and anc.tag_ == "VBN" and anc.lemma_.lower() in _PASSIVE_REQUEST | {"question"}:
            return True
    return False


def _title_in_phrase(doc: Doc, q: Quote) -> bool:
    """Whether quotation *q* is the object of a preposition ("in an
    interview with “Harbour Talk,” ...", "the author of “Low Tide,” ..."):
    a title, or words quoted in passing, inside the sentence's lead."""
    k = _token_at_or_after(doc, q.start)
    return k is not None and k > 0 and doc[k - 1].tag_ == "IN" and doc[k - 1].dep_ in ("prep", "agent")


def _title_in_lead(doc: Doc, q: Quote, text: str) -> bool:
    """Whether quotation *q*, inside the words that open its sentence, is the
    title of a show, book or the like ("Later on “Harbour Talk,”", "Ann
    Cole, the host of “Harbour Talk,”", "the show “Harbour Talk,”"): a few
    words in title case whose head is the object of a preposition or a noun
    in apposition, whatever the verb after it."""
    inner = _inner(text, q)
    if not _title_case(inner) or len(re.findall(r"\w+", inner)) > 8:
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
    if not words:
        return False
    inside = {t.i for t in words}
    root = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[0])
    return root.dep_ in ("pobj", "appos") or root.head.dep_ == "pobj" and root.dep_ in ("compound", "nmod", "poss")


def _own_content(verb: Token) -> bool:
    """Whether *verb* has a report of its own after it: a noun phrase
    object ("praised the crew") or the preposition that holds its content
    ("pointed to the pier"), so it is no speaker clause of a quotation
    before it."""
    lemma = cue_lemma(verb)
    preps = lexicon.PREP_CUES.get(lemma, ())
    told = lemma in _ADDRESSEE_VERBS and lemma != "question"  # "told the council": the one told ("questioned the cost" is no one)
    return any(c.i > verb.i and (c.dep_ == "dobj" and c.pos_ != "PRON" and not told or c.dep_ == "prep" and c.lower_ in preps)
               for c in verb.children)  # fmt: skip


def _after_postposed_subject(cue: Token, clause: Token) -> bool:
    """Whether *clause*, a complement of *cue*, comes after a subject that
    follows the cue ("said Ames, who heads the Ferry Trust"): a piece of
    the subject's aside, not what was said."""
    subj = next((c for c in cue.rights if c.dep_ == "nsubj" and c.i < clause.i), None)
    return subj is not None and clause.left_edge.i > subj.i


def _subject_taken_by(cue: Token, clause: Token) -> Optional[Token]:
    """The speaker of an inverted speaker clause that the parser made the
    subject of the aside after it (``“A,” said Ames, asked about the fare``,
    ``“A,” said the clerk, who ... asked not to be named``): a complement
    of *cue* whose subject opens right after the cue and is followed by a
    comma. That subject, else None."""
    if clause.dep_ not in ("ccomp", "advcl") or clause.i <= cue.i:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or subj.left_edge.i != cue.i + 1 or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    nxt = subj.i + 1
    return subj if nxt < len(cue.doc) and cue.doc[nxt].text == "," else None


#: Nouns for words said, heads of a lead-in like "Her reply was: “...”".
_REPLY_NOUNS = frozenset("reply response answer retort message statement words verdict comment remarks view".split())


def lead_phrase_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """A quotation introduced by a phrase with no speech verb: ``As Ames
    put it: “...”``, ``Ames put it this way: “...”``, ``Ames's reply was:
    “...”``, ``From the report: “...”`` (the source is what the words come
    from). The content is the quotation."""
    if "speech" not in ctx.categories:
        return
    text = ctx.text
    for q in ctx.quotes:
        k = q.start - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k < 0 or text[k] not in ":,":
            continue
        j = _token_at_or_after(doc, k)
        if j is None or j == 0 or doc[j].idx != k:
            continue
        cue = source = span = None
        for t in doc[doc[j].sent.start : j]:
            if t.lower_ == "from" and text[k] == ":" and _opens_lead(doc, t) and t.i + 6 >= j:
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    cue, source = t, next((c for c in obj.children if c.dep_ == "poss"), None) or obj
                    break  # "From the report: “...”", "More from Ames's letter:"
            if t.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children):
                cue, source = t, subject_of(t)  # "As Ames put it"
                break
            if text[k] == ":" and t.i == doc[j].sent.start and _inverted_lead(t, doc[j - 1], ctx):
                cue, source, span = t, doc[j - 1], doc[t.i + 1 : j]  # "Added Ames: “...”"
                break
            if t.lemma_.lower() == "be" and text[k] == ":":
                noun = next((c for c in t.children if c.dep_ == "nsubj" and c.lemma_.lower() in _REPLY_NOUNS), None)
                owner = noun and next((c for c in noun.children if c.dep_ == "poss"), None)
                if owner is not None:
                    cue, source = noun, owner  # "Ames's reply was:"
                    break
        if cue is None or source is None:
            continue
        yield Candidate(content=(q.start, q.end), cue=cue_span(cue), cue_token=cue, source_token=source, source_span=span,
                        rule="lead_phrase", confidence=0.8, cue_lemma=cue.lemma_.lower(), cue_category="speech", quote=q)  # fmt: skip


def _inverted_lead(verb: Token, name: Token, ctx: Context) -> bool:
    """Whether a lead-in opens with a past-tense speech verb followed only by
    a name, the speaker put after the verb (``Added Ames: “...”``,
    ``Continued the mayor: “...”``), however the parser reads it."""
    lemma = lexicon.CUE_FORMS.get(verb.lower_)
    if lemma is None or ctx.cue_verbs.get(lemma) not in ("speech", "writing") or not verb.lower_.endswith("ed"):
        return False
    words = [t for t in verb.doc[verb.i + 1 : name.i + 1] if not t.is_punct]
    if not words or len(words) > 4 or name.pos_ not in ("PROPN", "NOUN"):
        return False
    return all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") and t.lower_ not in _TIME_WORDS for t in words)  # not "Posted Monday:"


def _opens_lead(doc: Doc, tok: Token) -> bool:
    """Whether *tok* opens its line or its sentence, or follows a dash
    there, with at most "More" before it ("More from the report:")."""
    k = tok.i - 1
    if k >= 0 and doc[k].lower_ == "more":
        k -= 1
    return k < 0 or doc[k].is_space or doc[k].text in (".", "!", "?", "-", "–", "—", "--") or doc[k + 1].is_sent_start


def _sentence_lead(doc: Doc, q: Quote, ctx: Context) -> int:
    """Where the speech of ``The party "allows us to ...," she said`` starts:
    a quotation that closes a sentence begun outside it, before its speaker
    clause, reports that whole sentence (a mixed quote)."""
    j = _token_at_or_after(doc, q.start)
    if j is None:
        return q.start
    sent = doc[j].sent
    lead = doc[sent.start : j]
    words = [t for t in lead if not t.is_punct and not t.is_space]
    if not words or sent.start_char >= q.start:
        return q.start
    if all(ctx.quote_at(t.idx) is not None for t in words):
        return q.start  # the lead is another quotation
    # (but in '"A Long Night" was a "farce," said Ames' the lead, a
    # sentence quoted in part, is the speech)
    if any(is_cue_verb(t, ctx) for t in words):
        return q.start  # "She said: “...”" has its own lead-in
    lead_text = ctx.text[sent.start_char : q.start]
    if "\n" in lead_text or ":" in lead_text:
        return q.start  # "... the code of conduct: “...”" introduces the quotation
    # the parser may run two sentences together before a quotation
    # (read with the quotation's first mark, which the lookahead needs)
    ends = list(_SENTENCE_END_RE.finditer(ctx.text, sent.start_char, q.start + 1))
    if ends:
        rest = [t for t in words if t.idx >= ends[-1].end()]
        return rest[0].idx if rest else q.start
    return words[0].idx


_NOT_SPEAKERS = frozenset(
    """update updated note related watch read photo photos video image caption
    correction clarification advertisement share tags subscribe published
    posted by source sources credit editor editors warning disclaimer
    breaking developing exclusive live analysis opinion commentary follow email e-mail contact look boom""".split()
)


#: Head nouns of a label before a colon ("Editor's note:", "Delegate update:").
_LABEL_HEADS = frozenset("note notes update updates correction clarification disclaimer".split())


_COLON_HEAD_RE = re.compile(r"[ \t]*([^\s:][^\n:]{0,59}?)[ \t]*:(?:[ \t]+|(?=[“\"]))(\S[^\n]*)")
#: A name and a colon inside a line, right before a quotation, after a
#: dash or a sentence end: "Fares rise again - Tom Ames: “...”".
_COLON_MID_RE = re.compile(r"(?:[.!?][”\"’']?[ \t]+|[ \t][-–—]+[ \t]*)([A-Z][^\n:.!?“\"]{0,50}?)[ \t]*:[ \t]*(?=[“\"])")


def _colon_lines(text: str) -> Iterator[re.Match]:
    """Lines that open with a short prefix and a colon (linear in the text:
    only the first 80 characters of a line are tried)."""
    start = 0
    n = len(text)
    while start < n:
        end = text.find("\n", start)
        end = n if end < 0 else end
        if ":" in text[start : min(end, start + 80)]:
            m = _COLON_HEAD_RE.match(text, start, end)
            if m is not None:
                yield m
        start = end + 1


def _nothing_said(said: Optional[Span]) -> bool:
    """Whether the words after a label's colon are a list of names, no
    words of the label's ("Ferry crews: Ames, Cole, Reyes, Tran")."""
    if said is None or any(t.pos_ in ("VERB", "AUX") for t in said):
        return False
    words = [t for t in said if t.is_alpha]
    return bool(words) and all(t.pos_ in ("PROPN", "CCONJ") for t in words) and sum(t.text == "," for t in said) >= 2


def _no_statement(said: Optional[Span]) -> bool:
    """Whether the words after a colon are a short subhead, no statement: at
    most five words, no finite verb, no quotation mark ("Cole: A late
    surge.", "Ames: Just hold on.", "Ferry crews: Now or never.")."""
    if said is None or sum(t.is_alpha or t.like_num for t in said) > 5:
        return False
    return not any(t.tag_ in _FINITE_TAGS or t.is_quote for t in said)


def colon_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Graham: Trump's rhetoric is destroying the party.`` and interview
    transcripts (``FALLIN: I think ...``): a line that opens with a short
    name and a colon gives the rest of the line to that name."""
    text = ctx.text
    for m in _colon_lines(text):
        name, said = m.group(1), m.group(2)
        if len(re.findall(r"\w+", said)) < 3:
            continue
        span = _colon_speaker(doc, name, m.start(1), m.end(1))
        if span is None:
            continue
        end = m.end(2)
        while end > m.start(2) and text[end - 1] in " \t":
            end -= 1
        said = doc.char_span(m.start(2), end, alignment_mode="expand")
        if _nothing_said(said) or _no_statement(said):
            continue  # "Ferry crews: Ames, Cole, Reyes": a list; "Cole: A late surge.": a subhead
        colon = text.index(":", m.end(1))
        q = ctx.quote_at(m.start(2))
        if q is not None and q.start == m.start(2) and q.end < end and _COLON_MID_RE.search(text, q.end - 2, end):
            end = q.end  # "Ames: “A.” Cole: “B.”": each speaker has a quotation
        yield Candidate(
            content=(m.start(2), end),
            cue=(colon, colon + 1),
            cue_token=None,
            source_token=span.root,
            source_span=span,
            rule="colon_speaker",
            confidence=0.6,
            cue_lemma=":",
            cue_category="speech",
        )
    for m in _COLON_MID_RE.finditer(text):
        q = ctx.quote_at(m.end())
        if q is None or q.start != m.end() or len(re.findall(r"\w+", text[q.start : q.end])) < 3:
            continue
        span = _colon_speaker(doc, m.group(1), m.start(1), m.end(1))
        if span is None:
            continue
        colon = text.index(":", m.end(1))
        yield Candidate(content=(q.start, q.end), cue=(colon, colon + 1), cue_token=None, source_token=span.root,
                        source_span=span, rule="colon_speaker", confidence=0.6, cue_lemma=":", cue_category="speech",
                        quote=q)  # fmt: skip


#: Common nouns that end a phrase that can speak before a colon ("IG report:",
#: "Herald editorial:", "The mayor's camp:", "Port workers:"); other
#: lower-case last words make a heading ("One last problem:").
_COLON_SOURCE_HEADS = lexicon.DOCUMENT_HEADS | lexicon.ANONYMOUS_HEADS | lexicon.PERSON_ROLES | frozenset(
    "editorial result results camp team campaign reaction response warning message verdict".split()
)


def _colon_speaker(doc: Doc, name: str, start: int, end: int) -> Optional[Span]:
    """The tokens of *name* (at *start*..*end*) if it can be a speaker
    before a colon: one to five words, capitalised, no verb, no label
    ("Editor's note"), no lead-in of the writer's ("For example")."""
    words = name.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in name):
        return None
    if len(name.strip()) == 1:
        return None  # "Q:", "A:" in an interview: question and answer, no name
    if not words[0][:1].isupper() or name.lower().strip(" '’s") in _NOT_SPEAKERS or words[0].lower() in _NOT_SPEAKERS:
        return None
    if words[-1].lower() in _LABEL_HEADS:
        return None  # "Editor's note:", "Delegate update:": a label, no speaker
    head = words[-1].strip("'’")
    if len(words) > 1 and head[:1].islower() and head not in _COLON_SOURCE_HEADS:
        return None  # "One last problem:", "Ferry fares:": a heading ending in a common noun
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    if len(span) == 1 and len(span[0].text) >= 3 and span[0].is_alpha and span[0].is_upper:
        return span  # a transcript's speaker in capitals ("MORALES: I think ..."), whatever its tag
    if any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    if not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in span):
        return None
    if span[0].pos_ == "ADP":
        return None  # "For example:", "At issue:": the writer's lead-in
    return span
