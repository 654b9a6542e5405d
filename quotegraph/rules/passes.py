"""Rules that read what the first rules found: lead-ins and headlines, a
second verb in a title, verbs the tagger misread, quotations that continue
a speaker (``quote_continuation``), and the joins and splits of
quotations across paragraphs."""

from __future__ import annotations

import re
from typing import Iterator, Optional

from spacy.tokens import Doc, Token

from .. import lexicon
from ..quotes import Quote
from .context import Candidate, Context, cue_lemma
from .extents import _resumed_quote_end
from .subjects import subject_of, _trailing_speaker_clause
from .syntax import (
    _CLOSE_MARKS,
    cue_span,
    _DASHES,
    _FINITE_TAGS,
    _FIRST_SECOND_PERSON,
    _has_speaker_clause,
    _inner,
    is_cue_verb,
    _next_clause,
    _OPEN_MARKS,
    _passive_participle,
    _SENTENCE_END_RE,
    span_chars,
    _title_case,
    _token_at_or_after,
    trim,
)


def _claims(found: list[Candidate]) -> list[tuple[int, int, Optional[int]]]:
    """Contents of *found* with the start of their cue, for
    :func:`_quote_taken`."""
    return [(c.content[0], c.content[1], c.cue[0] if c.cue is not None else None) for c in found]


def _quote_taken(q: Quote, claims: list[tuple[int, int, Optional[int]]]) -> bool:
    """Whether a content of *claims* already covers the start of quotation
    *q* or starts inside it. A report made inside the quotation (its cue in
    it too: “The crews say they are ready.”) does not count: it is the
    quoted speaker's telling, not the quotation's attribution."""
    return any(
        (s <= q.start < e or q.start <= s < q.end) and not (k is not None and q.start <= k < q.end and s >= q.start)
        for s, e, k in claims
    )


def lead_in_rules(doc: Doc, ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """``Hannity interjected: “...”``, ``she shot back, “...”``: a quotation
    no other rule attributed, opened right after a colon or a comma that
    ends a clause with a subject; the clause's verb, whatever it is, is the
    cue and its subject the source."""
    text = ctx.text
    used = _claims(found)
    for q in ctx.quotes:
        if _quote_taken(q, used):
            continue
        if len(re.findall(r"\w+", text[q.start : q.end])) < 3 or _title_case(text[q.start : q.end]):
            continue  # too short, or a title ("“Peace Through Strength,”")
        k = _token_at_or_after(doc, q.start)
        if k is None or k == 0:
            continue
        mark = doc[k - 1]
        while mark.is_space and mark.i > 0:
            mark = doc[mark.i - 1]
        if mark.text not in (":", ",") or "\n" in text[mark.idx : q.start] and mark.text == ",":
            continue
        verb = _lead_in_verb(mark)
        source = subject_of(verb) if verb is not None else None
        if source is None and verb is not None:
            source = _lead_in_subject(verb)
        if source is None or source.lower_ in _FIRST_SECOND_PERSON or source.i > mark.i:
            continue
        if ctx.quote_at(verb.idx) is not None:
            continue
        after = doc[verb.i + 1] if verb.i + 1 < len(doc) else verb  # "shot back", "spoke up"
        prt = after if after.head.i == verb.i and (after.dep_ == "prt" or after.lower_ in ("back", "out", "up", "in")) else verb
        yield Candidate(content=(q.start, q.end), cue=(verb.idx, prt.idx + len(prt.text)), cue_token=verb, source_token=source,
                        rule="quote_lead_in", confidence=0.5, cue_lemma=cue_lemma(verb),
                        cue_category=ctx.cue_verbs.get(cue_lemma(verb), "speech"), quote=q)  # fmt: skip


def _lead_in_subject(verb: Token) -> Optional[Token]:
    """The subject of a lead-in verb the parser hung low (``Ames was
    prompted to say:``, ``Ames went as far as to declare:``, ``Ames, the
    mayor, tweeted in response:`` read as a reduced relative): the nearest
    subject before it up its chain of heads, or the name a participle
    hangs on."""
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subj is not None:
            return subj
        if tok.dep_ == "acl" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i:
            return tok.head
        if tok.lemma_.lower() == "follow" and tok.head.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "as" for c in tok.children):
            return tok.head  # "Transcript as follows:"
        if tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX", "ADV", "ADJ"):
            break  # not up through a noun ("a pier painted with the motto:")
        tok = tok.head
    return None


def _lead_in_verb(mark: Token) -> Optional[Token]:
    """The verb of the clause that *mark* (a colon or comma before a
    quotation) ends: the nearest verb before it in its sentence whose
    subtree reaches up to the mark."""
    doc = mark.doc
    for j in range(mark.i - 1, max(mark.sent.start, mark.i - 25) - 1, -1):
        t = doc[j]
        if t.is_punct and t.text in (".", "!", "?", ";") or t.text in _OPEN_MARKS or t.text in _CLOSE_MARKS:
            return None
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass", "amod") and t.right_edge.i >= mark.i - 1:
            return t
    return None


#: Words that open an adjunct in a title-case headline, after its content.
_HEADLINE_ADJUNCTS = frozenset("After Amid With Ahead Despite Before While Following Since Until Because".split())


def headline_rules(doc: Doc, ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """``Harbour Chief Slams Ferry Plan``: a headline in title case, which
    the tagger reads as one long name. A word of it that is a present-tense
    cue form ("Slams", "Says", "Praises") splits it into source and content;
    so does a past-tense one before the words said (``Harbour Chief Just
    Questioned Why Fares Rose``), not one before a preposition, a name or
    a number (``Pier Boss Named By Board``, ``Vote Announced March 3``)."""
    text = ctx.text
    used = [c.content for c in found]
    for line in re.finditer(r"[^\n]+", text):
        start, end = line.span()
        words = re.findall(r"[\w'’]+", line.group())
        if not 3 <= len(words) <= 20 or sum(w[0].isupper() for w in words) < 0.6 * len(words):
            continue
        if any(s < end and start < e for s, e in used):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span[1:-1]:
            lemma = lexicon.CUE_FORMS.get(tok.lower_)
            if lemma is None or not tok.text.istitle() or ctx.cue_verbs.get(lemma) not in ctx.categories:
                continue
            plural_subject = tok.lower_ == lemma and doc[tok.i - 1].lower_.endswith("s")  # "Critics Slam ..."
            # "... Just Questioned Why ...", not "... Named By ...", "... Announced March 3",
            # "Well-Known Author ..." (a passive or an adjective)
            past = (tok.lower_ != lemma and not tok.lower_.endswith(("s", "ing")) and doc[tok.i - 1].text != "-"
                    and doc[tok.i + 1].pos_ not in ("ADP", "NUM", "PROPN"))  # fmt: skip
            if not (tok.lower_.endswith("s") and tok.lower_ != lemma or plural_subject or past):
                continue
            if doc[tok.i - 1].tag_ == "POS" or doc[tok.i + 1].text == ":":
                continue  # a noun: "Cole’s Attacks On ...", a label: "Harbour Report: ..."
            subject = [t for t in span if t.i < tok.i and not t.is_punct and t.lower_ != "just"]
            if any(t.tag_ in ("TO", "MD") for t in subject):
                continue  # the headline's verb comes before: "Cole To Release Harbour Records ..."
            rest = []
            for t in span[tok.i + 1 - span.start :]:
                if t.text in (",", ";", "–", "—", "--") or t.text in _HEADLINE_ADJUNCTS and rest:
                    break  # "... Says X, Calls Y", "... Endorses X With Y's Blessing"
                rest.append(t)
            rest = trim(rest)
            if not subject or len(subject) > 8 or not rest or any(t.text in (":", ";") for t in doc[span.start : tok.i]):
                break
            yield Candidate(content=span_chars(rest), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=subject[-1], source_span=doc[subject[0].i : subject[-1].i + 1], rule="headline",
                            confidence=0.5, cue_lemma=lemma, cue_category=ctx.cue_verbs[lemma])  # fmt: skip
            break


def _document_title(text: str) -> tuple[int, list[str]]:
    """Where a document's title (its first line) ends, and its words when it
    has 3 to 20 of them, as a headline does (else no words)."""
    end = text.find("\n")
    end = len(text) if end < 0 else end
    words = re.findall(r"[\w'’]+", text[:end])
    return end, words if 3 <= len(words) <= 20 else []


def _mostly_capitalised(words: list[str]) -> bool:
    """Whether at least 60 % of *words* are capitalised (a title-case headline)."""
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words)


#: Words that join a second verb of the same subject in a headline
#: ("Mayor Backs Pier Plan And Slams Toll", "Ames chides board, praises crew").
_TITLE_VERB_JOINS = frozenset({",", "and", "but", "then"})


def title_second_verbs(doc: Doc, ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """``Mayor chides board and praises crew``: in a document's title, a
    second cue verb (a present-tense form) joined to a report's by "and",
    "but", "then" or a comma has the same source and a content of its own,
    the words after it up to the next comma, colon, dash or (in title case)
    adjunct word; the first report's content ends before the join."""
    text = ctx.text
    end, words = _document_title(text)
    if not words:
        return
    span = doc.char_span(0, end, alignment_mode="expand")
    if span is None:
        return
    title_case = _mostly_capitalised(words)
    for tok in span[2:-1]:
        lemma = lexicon.CUE_FORMS.get(tok.lower_)
        if lemma is None or ctx.cue_verbs.get(lemma) not in ctx.categories or not tok.lower_.endswith("s") or tok.lower_ == lemma:
            continue
        join = doc[tok.i - 1]
        if join.lower_ not in _TITLE_VERB_JOINS:
            continue
        reports = [c for c in found if c.cue is not None and c.source_token is not None and c.cue[1] <= join.idx]
        if not reports or any(c.cue is not None and c.cue[0] <= tok.idx < c.cue[1] for c in found):
            continue
        first = max(reports, key=lambda c: c.cue[0])
        rest = []
        for t in span[tok.i + 1 - span.start :]:
            if t.text in (",", ";", ":", "–", "—", "--") or title_case and t.text in _HEADLINE_ADJUNCTS and rest:
                break
            rest.append(t)
        rest = trim(rest)
        if not rest or first.content[1] <= first.content[0]:
            continue
        if first.content[0] < join.idx < first.content[1]:
            before = doc.char_span(first.content[0], join.idx, alignment_mode="expand")
            kept = trim(list(doc[before.start : join.i])) if before is not None else []
            if not kept:
                continue
            first.content = span_chars(kept)
        yield Candidate(content=span_chars(rest), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                        source_token=first.source_token, source_span=first.source_span, rule="headline",
                        confidence=0.5, cue_lemma=lemma, cue_category=ctx.cue_verbs[lemma])  # fmt: skip


#: Where a report's content in a title-case headline stops: a clause break,
#: a sentence end, or a word that opens an adjunct ("... After the Storm").
_TITLE_STOP_RE = re.compile(r"[,;:–—]|\.\s|(?i:\s(?:%s)\s)" % "|".join(_HEADLINE_ADJUNCTS))


def _title_join_start(text: str, start: int, cue: int) -> int:
    """Where the join before a second verb at *cue* begins (" And ", ", ")."""
    m = re.search(r"(?:\s*,|\s+(?:and|but|then))\s+$", text[start:cue], re.IGNORECASE)
    return start + m.start() if m else cue


def extend_title_contents(ctx: Context, cands: list[Candidate]) -> None:
    """A report found in a document's title in title case, with its cue
    before its content, takes the rest of the title's clause as its
    content. The tagger reads such a title as a string of names, so the
    content found stops at a word the parse hangs elsewhere ("Cole Promises
    Action On Ferry Fares" gave only "Action", "Ames Says ‘Fares’ Will
    Double" only the quotation); headline grammar runs the content on to
    the next comma, colon, dash or adjunct ("... After the Storm")."""
    text = ctx.text
    end, words = _document_title(text)
    if not words or not _mostly_capitalised(words):
        return
    for c in cands:
        if c.cue is None or c.cue[1] > c.content[0] or c.content[1] >= end:
            continue
        m = _TITLE_STOP_RE.search(text, c.content[1], end)
        stop = m.start() if m else end
        for other in cands:  # nor over a second verb of the same source ("... Backs X And Slams Y")
            if other.cue is not None and other.source_token is not None and c.source_token is not None \
                    and other.source_token.i == c.source_token.i and c.content[1] <= other.cue[0] < stop:
                stop = _title_join_start(text, c.content[1], other.cue[0])
        while stop > c.content[1] and text[stop - 1] in " .":
            stop -= 1
        if stop > c.content[1]:
            c.content = (c.content[0], stop)


#: Words a headline's subject is made of (``Harbour board``, ``Ames's aide``).
_TITLE_SUBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "PART"})


def _reads_token(c: Candidate, tok: Token) -> bool:
    """Whether the report *c* already takes *tok* in: as its cue, in its
    content, or as (part of) its source."""
    if c.content[0] <= tok.idx < c.content[1] or c.cue is not None and c.cue[0] <= tok.idx < c.cue[1]:
        return True
    if c.source_span is not None:
        return c.source_span.start <= tok.i < c.source_span.end
    return c.source_token is not None and c.source_token.i == tok.i


#: Base forms of stance verbs that the tagger reads as nouns after a
#: group or share of people ("Most riders support raising fares").
_STANCE_BASE_FORMS = frozenset({"support", "favor", "favour", "oppose"})


def _stance_read_as_noun(tok: Token, found: list[Candidate]) -> Optional[Candidate]:
    """``Two-thirds of riders support raising the toll.``, ``Majorities in
    every ward favor keeping the ferry.``: a stance verb in its base form
    read as a noun ("support" as in "voter support") after the noun phrase
    that opens the sentence, with a gerund after it (at most adverbs
    between). Not after a determiner, adjective or possessive ("their
    support", "local support growing": the noun), nor with a tensed verb
    after it ("Voter support growing in the wards has lifted Cole": the
    noun as a subject)."""
    if tok.lower_ not in _STANCE_BASE_FORMS or tok.pos_ != "NOUN":
        return None
    doc, sent = tok.doc, tok.sent
    prev = doc[tok.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN", "NUM") or prev.tag_ == "POS" or prev.lower_ in ("percent", "%"):
        return None
    j = tok.i + 1
    while j < sent.end and doc[j].pos_ == "ADV":
        j += 1
    if j >= sent.end or doc[j].tag_ != "VBG":
        return None
    start = sent.start
    while start < tok.i and (doc[start].pos_ in ("ADV", "SPACE") or doc[start].is_punct):
        start += 1  # "About two-thirds ..."
    subject = doc[start : tok.i]
    if not 1 <= len(subject) <= 15 or any(t.tag_ in _FINITE_TAGS or t.text in (",", ";", ":") for t in subject):
        return None
    rest = []
    for t in doc[tok.i + 1 : sent.end]:
        if t.text in (";", ":", "–", "—", "--") or t.text == "," and t.i + 1 < sent.end and doc[t.i + 1].lower_ in ("but", "and", "while"):
            break  # "..., but most say the fare is fair": a clause of its own
        rest.append(t)
    rest = trim(rest)
    if len(rest) < 2 or any(t.tag_ in _FINITE_TAGS for t in rest) or any(_reads_token(c, tok) for c in found):
        return None
    holder = next((t for t in subject if t.pos_ in ("NOUN", "PROPN", "NUM")), subject[-1])
    return Candidate(content=span_chars(rest), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                     source_token=holder, source_span=subject, rule="misread_verb",
                     confidence=0.5, cue_lemma=tok.lower_, cue_category="belief")  # fmt: skip


def misread_verb_rules(doc: Doc, ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """A cue verb the tagger reads as a noun: a present-tense form read as a
    plural noun ("claims", "blasts", "plans"), or, after a plural subject,
    a base form read as a noun or adjective ("point", "mock"), so that no
    verb rule sees it:

    - the root of a sentence, after its subject: ``The harbour campaign
      projects that tolls will rise.``, ``The ad slams Cole for the fares.``,
      ``The findings point to rising anger.``;
    - in body text, a stance verb before a gerund after the phrase that
      opens the sentence: ``Two-thirds support raising the toll.``
      (:func:`_stance_read_as_noun`);
    - in body text, a past-tense form right after a name, read as an
      adjective of its object: ``In May, Ames praised Fenwick for its
      repairs.`` (not on a subject's modifier: ``the Cole backed plan``);
    - in a document's title (its first line), where headlines drop articles
      and use the present for past events: anywhere after its subject in
      a title in sentence case (``Sailors blast harbour chief``, ``As mayor
      demands vote, board waits``), also a verb whose subject the parse
      left out (``Islanders hope the ferry will run``); and, in any title,
      a speaker clause after its content (``Ferry to run all winter, mayor
      says``)."""
    text = ctx.text
    title_end, title_words = _document_title(text)
    title_ok = bool(title_words)
    title_case = title_ok and _title_case(text[:title_end])
    title_span = doc.char_span(0, title_end, alignment_mode="expand") if title_ok else None
    done = -1
    past_amod = False
    for tok in ctx.tokens_where(doc, cue_lemma=ctx.cue_verbs):
        lemma = lexicon.CUE_FORMS.get(tok.lower_)
        if lemma is None or tok.i <= done or tok.i == 0 or tok.pos_ == "AUX" or ctx.cue_verbs.get(lemma) not in ctx.categories:
            continue
        third_person = tok.lower_.endswith("s") and tok.lower_ != lemma
        title = title_span is not None and tok.i < title_span.end
        if title:
            span = title_span
            if tok.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children):
                continue  # read as a verb with its subject: the other rules' work
            if (title_case or not tok.is_lower) and trim(list(doc[tok.i + 1 : span.end])):
                continue  # in title case, only a closing speaker clause (the rest is headline_rules')
        else:
            # a past-tense verb after a name, read as an adjective of its
            # object ("In May, Ames praised Fenwick ..." as "Ames praised
            # Fenwick", a noun phrase); not a modifier of a subject ("the Ames
            # backed plan was dropped")
            past_amod = tok.tag_ in ("VBD", "VBN") and tok.dep_ == "amod" and tok.is_lower and doc[tok.i - 1].is_title \
                and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and tok.head.dep_ not in ("nsubj", "nsubjpass")
            stance = _stance_read_as_noun(tok, found) if ctx.cue_verbs.get(lemma) == "belief" else None
            if stance:
                yield stance
                done = tok.i
                continue
            if not past_amod and (tok.pos_ == "VERB" or tok.dep_ != "ROOT" or not tok.is_lower):
                continue
            span = tok.sent
        prev, nxt = doc[tok.i - 1], doc[min(tok.i + 1, len(doc) - 1)]
        while nxt.pos_ == "ADV" and nxt.i + 1 < span.end:
            nxt = doc[nxt.i + 1]
        if tok.dep_ in ("nsubj", "nsubjpass") or nxt.pos_ in ("VERB", "AUX") and nxt.is_lower:
            continue  # a noun after all: "Ferry emails released ...", "Harbour questions are ..."
        if any(_reads_token(c, tok) for c in found):
            continue  # the verb is already read, or inside a content or source found
        plural_subject = tok.lower_ == lemma and prev.tag_ in ("NNS", "NNPS")
        if not (third_person or plural_subject or not title and past_amod) or prev.pos_ not in ("NOUN", "PROPN"):
            continue
        k = tok.i - 1
        while k >= span.start and (doc[k].pos_ in _TITLE_SUBJECT_POS or doc[k].lower_ in ("-", "'s", "’s", "of")):
            k -= 1
        subject = doc[k + 1 : tok.i]
        if not 1 <= len(subject) <= 6 or past_amod and not title and subject[0].pos_ == "DET":
            continue  # "They backed the Ames backed plan": a modifier after all
        rest = []
        for t in doc[tok.i + 1 : span.end]:
            if t.text in (";", ":", "–", "—", "--") or t.text == "," and (title or t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "but"):
                break  # "... Ames calls for a vote, but the board ..."
            rest.append(t)
        rest = trim(rest)
        topics = lexicon.PREP_CUES.get(lemma, frozenset())
        if rest and rest[0].lower_ in ("to", "with") and any(t.lower_ in topics for t in rest[1:]):
            # whom it was said to, then what about: "Cole talks to crews about fares"
            rest = rest[next(j for j, t in enumerate(rest) if j and t.lower_ in topics) :]
        if not rest and title:
            # a speaker clause after its content: "Ferry to run all winter, mayor says."
            if k <= span.start or doc[k].text not in (",", *_CLOSE_MARKS):
                continue
            rest = trim(list(doc[span.start : k + 1]))
            if not rest or not any(t.text == "," for t in doc[max(span.start, k - 2) : k + 1]):
                continue
        if not rest:
            continue
        done = span.end - 1 if title else tok.i
        yield Candidate(content=span_chars(rest), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                        source_token=subject[-1], source_span=subject, rule="misread_verb",
                        confidence=0.5, cue_lemma=lemma, cue_category=ctx.cue_verbs[lemma])  # fmt: skip


def _paragraph_start(text: str, pos: int) -> int:
    """Where the line (the paragraph) around *pos* begins."""
    return text.rfind("\n", 0, pos) + 1


def _next_paragraph_quote(text: str, c: Candidate, q: Quote) -> bool:
    """Whether *q* is a whole paragraph right after the one in which the
    report *c* is found (one paragraph break between)::

        “The ferry will run all winter,” the mayor said.

        “We owe that to the islands.”
    """
    line_end = text.find("\n", q.end)
    if text[q.end : len(text) if line_end < 0 else line_end].strip():
        return False  # “B,” she added: the paragraph has more than the quotation
    k = _paragraph_start(text, q.start)
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return c.content[0] >= _paragraph_start(text, k) and text.count("\n", c.content[1], q.start) <= 2


def continuation_rules(doc: Doc, ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """A paragraph that is wholly a quotation continues the last speaker.
    Right after a quotation with its speaker clause (``“A,” X said.``), it
    is the same speech: that report's content takes it in (the envelope),
    as it does a quotation that resumes in the same paragraph. A paragraph
    that opens with a quotation and goes on is no continuation: the
    speaker clause after the quotation, if any, gives its speaker
    (:func:`_trailing_speaker_clause`); nor is a paragraph that only opens a
    mark, or one in capitals (a headline)."""
    text = ctx.text
    used = _claims(found)
    for q in ctx.quotes:
        if _quote_taken(q, used):
            continue
        line_start = text.rfind("\n", 0, q.start) + 1
        if text[line_start : q.start].strip():
            resumed = _report_resumed_by(doc, q, line_start, found, ctx)
            if resumed is not None:
                resumed.content = (resumed.content[0], q.end)
                used.append((resumed.content[0], q.end, None))
            continue
        if len(re.findall(r"\w+", text[q.start : q.end])) < 4:
            continue
        signed = _signature_line(doc, q, text)
        if signed is not None:
            yield Candidate(content=(q.start, q.end), cue=None, cue_token=None, source_token=signed,
                            rule="quote_continuation", confidence=0.5, cue_lemma="say", cue_category="speech", quote=q)  # fmt: skip
            continue
        line_end = text.find("\n", q.end)
        if text[q.end : len(text) if line_end < 0 else line_end].strip():
            # the paragraph goes on after the quotation: its speaker clause,
            # if any, is there ("“A,” Ames, 61, recalled on Monday."), and a
            # quotation that opens a sentence of prose is no continuation
            clause = _trailing_speaker_clause(doc, q, ctx)
            if clause is not None:
                cue, source = clause
                yield Candidate(content=(q.start, _resumed_quote_end(text, q, cue, ctx)), cue=cue_span(cue), cue_token=cue,
                                source_token=source, rule="quote_adjacent", confidence=0.6, cue_lemma=cue_lemma(cue),
                                cue_category=ctx.cue_verbs.get(cue_lemma(cue), "speech"), quote=q)  # fmt: skip
            continue
        passage = text[q.start : q.end]
        if not q.closed or passage.upper() == passage:
            continue  # a paragraph that only opens a mark (a block quote), or a headline in capitals
        prev = [c for c in found if c.content[1] <= q.start and c.source_token is not None]
        if not prev:
            continue
        last = max(prev, key=lambda c: c.content[1])
        # only across at most two paragraph breaks
        if text.count("\n", last.content[1], q.start) > 4:
            continue
        if last.rule == "quote_adjacent" and _next_paragraph_quote(text, last, q):
            last.content = (last.content[0], q.end)
            used.append((last.content[0], last.content[1], None))
            continue
        yield Candidate(
            content=(q.start, q.end),
            cue=None,
            cue_token=None,
            source_token=last.source_token,
            rule="quote_continuation",
            confidence=0.5,
            cue_lemma=last.cue_lemma,
            cue_category=last.cue_category,
            quote=q,
        )


#: A sentence that ends before a quotation (``... on Monday. “B.”``), and
#: at most four words of the next before it (``... on Monday. But “B.”``,
#: ``It is “B.”``).
_SENTENCE_BEFORE_RE = re.compile(r"[.!?][”\"’'»]*\s+(?:[\w’'-]+\s+){0,4}$")
#: What may follow a quotation that is a sentence of its own: the
#: paragraph's end or the stop the mark closed before (``“B”.``).
_NOTHING_AFTER_RE = re.compile(r"\s*[.!?]?\s*$")


def _report_resumed_by(doc: Doc, q: Quote, line_start: int, found: list[Candidate], ctx: Context) -> Optional[Candidate]:
    """The report that a quotation with no speaker clause goes on with:
    *q* opens a sentence in the middle of a paragraph and is that
    sentence (nothing but its stop after it, or a new sentence after a
    closing ``.”``), so its words are those of the last report before it
    in the paragraph that has a source (``“A,” Ames said, pointing at the
    pier. “B.”``, ``Ames said the pier was unsafe. “B.”``, also after a
    few words that open its sentence (``“A,” she said. But “B.”``) and across a
    sentence on the speaker: ``“A,” Ames said. She has run the ferry for
    years. “B.”``). A report whose content ends with a quotation is
    preferred to one inside its speaker clause (``asked about the fares``).
    Not when a sentence or clause between them has a noun of its own as
    its subject: someone else may be speaking (``“A,” Ames said. Cole shook
    her head. “B.”``)."""
    text = ctx.text
    if not q.closed or not _SENTENCE_BEFORE_RE.search(text, line_start, q.start):
        return None
    line_end = text.find("\n", q.end)
    after = text[q.end : len(text) if line_end < 0 else line_end]
    if not _NOTHING_AFTER_RE.match(after) and not (
        text[q.end - 2 : q.end - 1] in ".!?" and re.match(r"\s+[A-Z“\"‘']", after)
    ):
        return None  # the sentence goes on after the quotation
    if len(re.findall(r"\w+", text[q.start : q.end])) < 3 or _title_case(_inner(text, q)):
        return None  # a title ("... said on “Harbour Talk.”"), no speech
    before = [c for c in found if line_start <= c.content[0] and c.content[1] <= q.start and c.source_token is not None]
    quoted = [c for c in before if ctx.quote_at(c.content[1] - 1) is not None]
    if not before:
        return None
    last = max(quoted or before, key=lambda c: max(c.content[1], c.cue[1] if c.cue is not None else 0))
    end = max(last.content[1], last.cue[1] if last.cue is not None else 0)
    between = doc.char_span(end, q.start, alignment_mode="expand")
    cue = last.cue_token.i if last.cue_token is not None else -1
    if between is not None and any(
        t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ in ("ROOT", "conj")
        and t.head.i != cue and t.head.i >= between.start
        for t in between
    ):  # fmt: skip
        return None
    return last


_SIGNATURE_RE = re.compile(r"\s*(?:\n\s*)?[-–—―]+\s*")


def _resumed_after_short_clause(text: str, q: Quote) -> bool:
    """Whether quotation *q* opens after words of its own paragraph that
    are not a long speaker clause after an earlier quotation: ``“A,” Ames
    said. “B`` or ``Ames said the pier is “B``, not ``Ames said: “B`` nor
    ``“A,” Ames told the crowd, pointing at the pier. “B``."""
    before = text[text.rfind("\n", 0, q.start) + 1 : q.start]
    if not before.strip() or before.rstrip().endswith(":"):
        return False  # (after a colon the lead-in introduces every paragraph)
    k = max(before.rfind(m) for m in "”\"'")
    return k < 0 or len(before[k + 1 :].split()) <= 4


def split_resumed_paragraphs(doc: Doc, ctx: Context) -> None:
    """A quotation over several paragraphs that opens after words of its own
    paragraph (a speech resumed after its speaker clause: ``“A,” Ames said.
    “B ...`` then a new paragraph ``“C,” Ames said.``) and whose last
    paragraph ends in a speaker clause of its own: the last paragraph is a
    quotation of its own, with that clause; the rest ends with the paragraph
    before it (unclosed, as news leaves it). A quotation that opens its
    paragraph keeps its paragraphs together."""
    text = ctx.text
    out: list[Quote] = []
    for q in ctx.quotes:
        k = text.rfind("\n", q.start, q.end)
        if k < 0 or not q.closed or not _resumed_after_short_clause(text, q):
            out.append(q)
            continue
        start = k + 1
        while start < q.end and text[start].isspace():
            start += 1
        last = Quote(start, q.end)
        if start >= q.end or _trailing_speaker_clause(doc, last, ctx) is None:
            out.append(q)
            continue
        while k > q.start and text[k - 1].isspace():
            k -= 1
        out += [Quote(q.start, k, closed=False), last]
    ctx.quotes[:] = out


def _signature_line(doc: Doc, q: Quote, text: str) -> Optional[Token]:
    """The speaker named on a line of its own after quotation *q*, set off
    by a dash ("“...”" then "- Tom Ames." or "—Ames, at the hearing."): the
    head of the name, which must open the line and be a proper name.
    *text* is ``doc.text`` (which spaCy rebuilds on every access)."""
    m = _SIGNATURE_RE.match(text, q.end)
    if m is None:
        return None
    j = _token_at_or_after(doc, m.end())
    if j is None or doc[j].idx != m.end() or doc[j].pos_ != "PROPN":
        return None
    k = j
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and "\n" not in doc[k].whitespace_:
        k += 1
    end = doc[k].idx + len(doc[k].text)
    if end < len(text) and text[end] not in ",.\n":
        return None  # a line of prose, not a name
    return doc[k]


def relay_speaker_quotes(found: list[Candidate]) -> None:
    """``“A,” Ames said, according to the Post. “B.”``: the paper relays
    Ames's words, so its attribution covers the quotation Ames's does
    (both parts), with the speaker clause inside it."""
    quoted = [c for c in found if c.rule in ("quote_adjacent", "quote_continuation") and c.cue is not None]
    for a in found:
        if a.kind != "according_to":
            continue
        for k in quoted:
            # the paper's clause may start inside the quotation, where the
            # parser broke the sentence ("... B,” Ames said, according to ...")
            if k.content[0] <= a.content[0] <= k.cue[0] < a.content[1] and k.cue[1] <= a.cue[0]:
                a.content = (k.content[0], max(a.content[1], k.content[1]))
                a.relay = True
                break


def with_named_antecedent(doc: Doc, found: list[Candidate]) -> None:
    """A naming in a relative clause whose object is the noun it describes
    ("a plan he calls “the Long Walk”", "a pier that Ames called “a
    hazard”") names that noun: the content starts at the noun's phrase, as
    PolNeAR marks it (and as a passive naming with a noun subject does).
    Not when the relative clause has an object of its own ("the day Ames
    called the pier “a hazard”"), its subject holds a relative word ("whose
    crews called ...") or it is set off by a comma ("the pier, which Ames
    called “a hazard”": "which" is the content, see :func:`_pointing_object`)."""
    for c in found:
        verb = c.cue_token
        if verb is None or c.rule not in ("naming", "quote_adjacent") or verb.dep_ != "relcl" or verb.lemma_.lower() not in lexicon.NAMING_VERBS:
            continue
        noun = verb.head
        subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
        if noun.pos_ not in ("NOUN", "PROPN", "PRON") or subj is None or any(t.tag_ in ("WDT", "WP", "WP$") for t in subj.subtree):
            continue  # "whose leaders called ...": the relative is the subject's
        if any(k.dep_ in ("dobj", "dative") and k.lower_ not in ("that", "which") for k in verb.children):
            continue
        between = doc[noun.i + 1 : subj.left_edge.i]  # nothing, or "that" ("the pier, which ..." keeps "which")
        if any(t.lower_ != "that" for t in between) or c.content[0] <= noun.idx:
            continue
        c.content = (doc[noun.left_edge.i].idx, c.content[1])


def with_listed_infinitives(doc: Doc, found: list[Candidate]) -> None:
    """A content that ends in a "to" infinitive goes on with the bare verbs
    listed after it ("urged the board to cut fares, extend the pier and
    hire more crews", "hoping to keep the seat and win two more"), which
    the parser hangs on a verb further up, outside the content: a bare verb
    with no subject, auxiliary or subordinator of its own cannot go with a
    tensed verb, so it continues the infinitive. A clause with a subject of
    its own coordinated to that verb ("..., fix the pier and he said ...")
    stays out."""
    for c in found:
        start, end = c.content
        j = _token_at_or_after(doc, end)
        if j is None or j < 1 or j + 1 >= len(doc):
            continue
        last = doc[j - 1]
        if last.idx < start or doc[j].text != "," and doc[j].lower_ not in ("and", "or"):
            continue
        verb = doc[j + 1]
        if not _bare_verb(verb) or start <= verb.head.idx < end or verb.sent != last.sent:
            continue
        if any(k.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "expl") for k in verb.children):
            continue
        if not _in_infinitive(last, start):
            continue
        stop = verb.right_edge.i
        for k in verb.children:
            if k.dep_ == "conj" and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in k.children):
                stop = min(stop, k.left_edge.i - 1)
        stop = min(stop, verb.sent.end - 1)
        while stop > verb.i and (doc[stop].is_punct or doc[stop].dep_ == "cc"):
            stop -= 1
        c.content = (start, doc[stop].idx + len(doc[stop].text))


def _bare_verb(verb: Token) -> bool:
    """Whether *verb* is a bare verb: tagged so, or tagged a present tense
    after a verb in another tense, which it cannot be coordinated with
    ("pledged to fix the pier, widen the road ...")."""
    if verb.lemma_ in ("be", "have", "do"):
        return False  # "..., have", "and are": auxiliaries of a verb further on
    return verb.tag_ == "VB" or verb.tag_ == "VBP" and verb.head.tag_ in ("VBD", "VBZ", "VBN", "VBG")


def _in_infinitive(tok: Token, start: int) -> bool:
    """Whether *tok*, the last word of a content that begins at character
    *start*, belongs to a "to" infinitive inside that content."""
    while tok.idx >= start:
        if tok.tag_ == "VB" and any(k.dep_ == "aux" and k.tag_ == "TO" for k in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def absorb_following_quotes(ctx: Context, found: list[Candidate]) -> None:
    """``X said that A. "B."``: a quotation that follows a report in the
    same paragraph, with nothing but the sentence break between, goes on
    with the same speech; the report's content takes it in (the envelope)."""
    text = ctx.text
    starts = [(c.content[0], c.cue[0] if c.cue is not None else None) for c in found]
    cues = [c.cue[0] for c in found if c.cue is not None]
    by_cue = {c.cue_token.i: c for c in found if c.cue_token is not None}
    for c in found:
        end = c.content[1]
        pos = end
        while pos < len(text) and text[pos] in " \t.,;:":
            pos += 1
        q = ctx.quote_at(pos)
        if q is None or q.start != pos:
            q = _quote_after_speaker_clause(ctx, c, cues)
            if q is None:
                continue
            pos = q.start
        if "\n" in text[end:pos]:
            continue
        if len(re.findall(r"\w+", text[q.start : q.end])) < 4:
            continue
        # the quotation must not be another report's content (a report
        # made inside the quotation, its cue in it too, does not count)
        if any(q.start <= s < q.end and not (k is not None and q.start <= k < q.end) for s, k in starts):
            continue
        if _speaker_clause_participle(c) or c.rule == "choice":
            continue  # “A,” Ames said, pointing at the pier. “B.”: B is the quotation's; nor is it what was voted for
        if _asked_clause(c):
            continue  # “A,” Ames told us when asked about the tax. “B.”: B is her answer, not the question
        speech = _quotation_before_participle(ctx, c, by_cue)
        if speech is not None:
            speech.content = (speech.content[0], q.end)
            continue
        c.content = (c.content[0], q.end)
    for c in found:
        q = _second_quote_in_sentence(ctx, c, starts)
        if q is not None:
            c.content = (c.content[0], q.end)


#: Words that open the writer's contrast between two quotations of one
#: sentence ("“A,” while Cole called it “B”").
_ASIDE_OPENERS = frozenset({"while", "whereas"})


def _second_quote_in_sentence(ctx: Context, c: Candidate, starts: list) -> Optional[Quote]:
    """The second quotation of the sentence in which the content of *c*
    ends with a first one (``said the pier was “unsafe” and the fares “far
    too high.”``, ``called it “a mistake” that would “cost us dearly”``):
    the report goes on to it, the envelope; a direct quotation only to one
    joined to it by punctuation or "and" (``telling the crowd, “A,” and,
    “B.”``). Not across another report or cue verb, the sentence's own
    verb, an aside in dashes or brackets, or a contrast ("while Cole
    called it “B”")."""
    if c.cue_token is None or c.cue is None or c.cue[0] >= c.content[1]:
        return None
    q1 = ctx.quote_at(c.content[1] - 1)
    if q1 is None or q1.end != c.content[1] or q1.start < c.content[0]:
        return None  # not a content that ends with a quotation
    first = ctx.quote_at(c.content[0])
    direct = first is not None and first.start == c.content[0]
    doc = c.cue_token.doc
    j = _token_at_or_after(doc, q1.end)
    if j is None or doc[j].is_sent_start:
        return None
    sent_end = doc[j].sent.end
    for t in doc[j : min(sent_end, j + 30)]:
        if t.text in _OPEN_MARKS and t.idx >= q1.end:
            q2 = ctx.quote_at(t.idx)
            if q2 is None or q2.start != t.idx or q2 is q1:
                return None
            if any(q1.end <= s < q2.end for s, _ in starts):
                return None  # another report in between or on the quotation
            return q2
        if t.text in _DASHES or t.text in ("(", ")", ";", ":") or t.lower_ in _ASIDE_OPENERS or "\n" in t.text:
            return None
        if direct and not (t.is_punct or t.pos_ == "CCONJ"):
            return None  # a direct quotation goes on only to one joined to it ("“A,” and “B”"), not over words of the writer's
        if is_cue_verb(t, ctx) or t.dep_ == "ROOT" or cue_lemma(t) in ctx.quote_only:
            return None  # "“A,” the crowd chanted “B”": the sentence's own verb, another report
    return None


#: Participles that make the next remark of a speaker clause: the
#: quotation after their clause goes on with them ("..., adding that the
#: fares would rise. “B.”").
_GOING_ON_VERBS = frozenset({"add", "continue"})


def _quotation_before_participle(ctx: Context, c: Candidate, by_cue: dict[int, Candidate]) -> Optional[Candidate]:
    """The quotation report whose speaker clause the participle report *c*
    closes (``“A,” Ames said, noting that the pier was shut. “B.”``): the
    quotation that opens the next sentence resumes the first one, not the
    participle's clause (PolNeAR takes ``“A,” ... “B.”`` as one speech,
    the clause as a report nested in it). Not after a participle of the
    next remark (``adding that ...``)."""
    tok = c.cue_token
    if tok is None or tok.tag_ != "VBG" or tok.lemma_ in _GOING_ON_VERBS or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return None
    speech = by_cue.get(tok.head.i)
    if speech is None or speech is c or speech.cue is None or speech.content[1] > speech.cue[0]:
        return None
    q = ctx.quote_at(speech.content[1] - 1)
    return speech if q is not None and q.end == speech.content[1] else None


def _asked_clause(c: Candidate) -> bool:
    """Whether *c* is the question put to someone, told as a passive
    adverbial clause ("when asked about the tax", "asked whether ..."): a
    quotation after it is the answer, never more of the question."""
    tok = c.cue_token
    return tok is not None and tok.lemma_ == "ask" and tok.dep_ == "advcl" and _passive_participle(tok)


def _speaker_clause_participle(c: Candidate) -> bool:
    """Whether *c* is a participle after a comma whose content is a noun
    phrase ("..., referring to the pier", "..., citing a new survey"): what
    it names, never a quotation after it."""
    tok = c.cue_token
    if tok is None or tok.tag_ != "VBG" or c.rule not in ("verb_prep", "verb_object"):
        return False
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _quote_after_speaker_clause(ctx: Context, c: Candidate, cues: list[int]) -> Optional[Quote]:
    """The quotation that opens the next sentence after the speaker clause
    of *c*, where that clause follows the content and ends its sentence
    (``The ferry "will run all winter," the mayor said. "We owe it to the
    islands."``): the speaker goes on. Not when the quotation has a
    speaker clause of its own, nor when another report's cue lies between
    (``..., she said, adding that fares would rise. "B."``)."""
    if c.cue is None or c.cue_token is None or not c.content[1] <= c.cue[0]:
        return None
    text = ctx.text
    k = text.find("\n", c.cue[1])
    stop = len(text) if k < 0 else k
    doc = c.cue_token.doc
    q = None
    for m in _SENTENCE_END_RE.finditer(text, c.cue[0], min(stop, c.cue[1] + 200)):
        q = ctx.quote_at(m.end())
        if q is not None and q.start == m.end():
            break
        q = None
        # a period inside the clause ("said Lt. Tyler Ames.") is no sentence end
        j = _token_at_or_after(doc, m.end())
        if j is None or doc[j].sent.start != c.cue_token.sent.start:
            return None
    if q is None:
        return None
    if any(c.content[1] <= k < q.start and k != c.cue[0] for k in cues):
        return None
    if any(_next_clause(t, c.cue_token, ctx) for t in c.cue_token.rights if t.i < _token_at_or_after(doc, q.start)):
        return None  # “A,” Ames said, and her aide cut in. “B.”: B is the aide's
    inner = text[q.start : q.end].rstrip("”\"’'» ")
    if not inner.endswith((".", "!", "?")) or _has_speaker_clause(doc, q, ctx):
        return None
    return q
