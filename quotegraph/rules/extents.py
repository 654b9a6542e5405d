"""Where a content starts and ends: the widenings (a colon elaboration, a
count, a resumed quotation) and the cuts (a trailing aside, a participle,
a comparison) applied to what a cue reports."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from spacy.tokens import Doc, Token

from .. import lexicon
from ..quotes import Quote
from .context import Candidate, Context, cue_lemma
from .subjects import _trailing_speaker_clause
from .syntax import (
    _ADDRESSEE_VERBS,
    _adverbial,
    _after_break,
    _aside_appos,
    _ASIDE_MARKS,
    _before_medium,
    _clause_subject,
    _CLOSE_MARKS,
    _CONDITION_MARKS,
    _FINDING_OBJECT_CUES,
    _FOCUSING_ADVERBS,
    _inner,
    is_cue_verb,
    _is_finite,
    is_reporting,
    _mismatched_conjunct,
    _next_clause,
    _occasion_phrase,
    _OPEN_MARKS,
    _opens_with_that,
    _passive_participle,
    _PERSONAL_OBJECTS,
    _POLL_SUBJECTS,
    _prep_phrase_end,
    _SEP_RE,
    _SEQUENCE_WORDS,
    _title_case,
    _token_at_or_after,
    trim,
    _WH_WORDS,
)


def _with_prep_object_frame(verb: Token, prep: Token, toks: list[Token]) -> list[Token]:
    """The prepositional content *toks* of *verb* (the object of *prep*)
    with the rest of what the cue says of it: an "as" phrase right after
    ("referred to the ferry as a lifeline") and, for a "for" phrase, the
    object before it ("criticized the mayor for the delays": who is
    criticized and why)."""
    if not toks:
        return toks
    doc = verb.doc
    end = toks[-1].i
    # after an aside on the object, closed by a comma: "referred to the
    # mayor, who chairs the board, as a captain"
    last = prep.right_edge.i
    closed = None
    if end < last and doc[last].text == ",":
        closed = last + 1
    elif end < last and last + 1 < len(doc) and doc[last + 1].text == ",":
        closed = last + 2
    for c in verb.children:
        if c.i > prep.i and c.dep_ == "prep" and c.lower_ == "as" and c.left_edge.i in (end + 1, closed):
            end = c.right_edge.i
    start = toks[0].i
    if prep.lower_ == "for":
        obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < prep.i), None)
        if obj is not None:
            start = obj.left_edge.i
    return trim(list(doc[start : end + 1]))


def _with_object_predicate(verb: Token, toks: list[Token]) -> list[Token]:
    """The prepositional content *toks* of *verb* with a participle or an
    infinitive right after it that the parser hung on the verb: what the
    object is said to do ("spoke of her father teaching her to sail",
    "called on the mayor to resign"); or with a second object coordinated
    to it ("spoke about the fares and how to cut them")."""
    if not toks:
        return toks
    end = toks[-1].i
    for c in verb.rights:
        if c.dep_ == "advcl" and c.left_edge.i == end + 1 and (c.tag_ == "VBG" or c.left_edge.tag_ == "TO") \
                and not any(m.dep_ in ("nsubj", "nsubjpass", "mark") for m in c.children):  # "because the ferry was sinking"
            return trim(list(verb.doc[toks[0].i : c.right_edge.i + 1]))
        if c.dep_ == "conj" and end < c.left_edge.i <= end + 2 and (c.left_edge.lower_ in _WH_WORDS or c.pos_ in ("NOUN", "PROPN")) and not _clause_subject(c):
            # "asked about the protests and whether she backs them": a second
            # object of the preposition, hung on the verb
            return trim(list(verb.doc[toks[0].i : c.right_edge.i + 1]))
    return toks


def _without_medium(toks: list[Token]) -> list[Token]:
    """*toks* without a closing phrase naming the medium (see :func:`_before_medium`)."""
    last = _before_medium(toks[0].doc, toks[0].i, toks[-1].i)
    return [t for t in toks if t.i <= last]


_VERB_PHRASE_DEPS = frozenset({"dobj", "prep", "ccomp", "xcomp", "prt"})


def _without_verb_on_object(toks: list[Token]) -> list[Token]:
    """The object phrase without a verb phrase the parser coordinated with
    one of its nouns ("denouncing the new quotas and waving flags": waving
    is what the marchers did, not what they denounced): a tensed verb or a
    participle with a complement of its own and no subject, after a bare
    "and" or "or". After a comma in the phrase it may be the last item of a
    list ("the fares, the timetable and raising the fees") and stays."""
    for n, t in enumerate(toks):
        if n < 2 or t.dep_ != "conj" or t.tag_ not in ("VBZ", "VBD", "VBG"):
            continue
        noun = t.head
        if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.tag_ == "VBG" or noun.i < toks[0].i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or not any(c.dep_ in _VERB_PHRASE_DEPS for c in t.children):
            continue
        doc = t.doc
        cc = t.left_edge.i - 1
        if cc <= toks[0].i + 1 or doc[cc].lower_ not in ("and", "or") or any(x.text == "," for x in toks if x.i < cc):
            continue
        return trim([x for x in toks if x.i < cc])
    return toks


def _with_trailing_adverb(verb: Token, end: int) -> int:
    """The end of an object phrase with an adverb of the verb right after
    it ("wants the fares back", "backed the plan publicly", "criticized
    the board more broadly"): how the cue says it of its object."""
    adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.left_edge.i == end + 1), None)
    return adverb.right_edge.i if adverb is not None else end


def _with_count(verb: Token, toks: list[Token]) -> list[Token]:
    """The content *toks* of *verb* with a count of how often it was said
    right after it ("mentioned the pier five times", "referred to the toll
    a dozen times"), which the parser hangs on the verb; not "at times"."""
    if not toks:
        return toks
    doc = verb.doc
    nxt = toks[-1].i + 1
    if nxt < len(doc) and doc[nxt].is_quote:
        nxt += 1
    for c in verb.rights:
        if c.dep_ == "npadvmod" and c.lower_ == "times" and c.left_edge.i == nxt < c.i:
            return list(doc[toks[0].i : c.right_edge.i + 1])
    return toks


#: Question words that open a clause listed after a noun ("the fares and how
#: they rose"); "which" and "who" open relative clauses instead.
_LISTED_WH_WORDS = frozenset({"how", "why", "what", "whether", "where", "when"})


def _with_listed_wh_clause(toks: list[Token]) -> list[Token]:
    """An object phrase with a question clause coordinated to it ("talked
    about the fares and how they would rise", "explained the plan and why
    it failed"), which the parser hangs on a verb further up: the clause
    goes on with what the cue is about."""
    if not toks:
        return toks
    doc = toks[0].doc
    k = toks[-1].i - 1 if toks[-1].dep_ == "cc" else toks[-1].i
    if k + 2 >= len(doc) or doc[k + 1].lower_ not in ("and", "or") or doc[k + 2].lower_ not in _LISTED_WH_WORDS:
        return toks
    wh = doc[k + 2]
    verb = next((a for a in wh.ancestors if a.left_edge.i == wh.i and a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return toks
    return trim(list(doc[toks[0].i : verb.right_edge.i + 1]))


def _with_stray_subject(cue: Token, comp: Token, toks: list[Token]) -> list[Token]:
    """The reported clause with its subject when the parser hung that
    subject on the cue: in "the coach felt the call in the last minute was
    wrong" the parse may read "felt the call" + "in the last minute" + "was
    wrong".
    The phrases of the cue between it and a subjectless finite clause,
    beginning with a noun phrase or a preposition, are put back."""
    if comp.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not any(c.dep_ == "aux" for c in comp.children):
        # a passive with its auxiliary ("said the days when ... are gone")
        # is finite too; not a "that" clause, nor after a verb of telling,
        # whose object is the one told
        if not any(c.dep_ == "auxpass" for c in comp.children) or any(c.dep_ == "mark" for c in comp.children):
            return toks
        if cue.lemma_.lower() in _ADDRESSEE_VERBS:
            return toks
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in comp.children):
        return toks
    doc = cue.doc
    phrases = [c for c in cue.rights if c.i < comp.i and not c.is_punct]
    if not phrases or phrases[0].dep_ not in ("dobj", "npadvmod", "prep"):
        return toks
    if phrases[0].lower_ in _PERSONAL_OBJECTS or not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in phrases[0].subtree):
        return toks
    first = phrases[0].left_edge.i
    theirs = {x.i for p in phrases for x in p.subtree}
    if any(t.i not in theirs and not t.is_punct for t in doc[first : toks[0].i]):
        return toks
    return list(doc[first : toks[-1].i + 1])


def _has_gap(verb: Token) -> bool:
    """Whether the complement *verb* misses an argument, the one a relative
    clause's head fills ("the bridge the mayor said [_] was unsafe", "the
    fare she promised to cut [_]", "the plan he hoped to talk about [_]")."""
    if verb.dep_ == "ccomp" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return True  # "which she said [_] needed repairs", the tensed verb read as an open complement
    if any(c.dep_ == "prep" and not any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children):
        return True  # a stranded preposition
    inner = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if inner is not None and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return _has_gap(inner)
    return not any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "oprd", "dative", "xcomp") for c in verb.children)


def _with_relative_head(cue: Token, source: Optional[Token], toks: list[Token]) -> list[Token]:
    """A cue in a relative clause with a subject of its own, whose
    complement has a gap that the clause's head fills: what was said is
    about that head, and the content takes it in ("the ferry the mayor
    says will run all winter", "the fares she promised to cut", "which the
    mayor said was a mistake"). Relatives of place, time or reason ("the
    town where she says ...") and clauses with no gap are left as they are."""
    if cue.dep_ != "relcl" or source is None or source.i > cue.i or source.head.i != cue.i or source.dep_ != "nsubj":
        return toks
    if source.lower_ in lexicon.RELATIVE_PRONOUNS or source.tag_ in ("WDT", "WP"):
        return toks  # "the mayor, who said ...": the head is the source
    comp = next((c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i > cue.i), None)
    if comp is None or not _has_gap(comp):
        return toks
    first = cue.left_edge
    if first.tag_ == "WRB" or first.pos_ == "ADP":
        return toks  # "where she says", "in which voters say"
    if first.tag_ in ("WDT", "WP", "WP$") or first.lower_ in lexicon.RELATIVE_PRONOUNS:
        start = first.i  # "which the mayor said was a mistake"
    else:
        start = cue.head.left_edge.i  # "the ferry the mayor says will run"
        if start >= first.i:
            return toks
    return list(cue.doc[start : toks[-1].i + 1])


def _without_trailing_participle(toks: list[Token], ctx: Context) -> list[Token]:
    """The reported clause without a trailing participle of a reporting verb
    set off by a comma or dash, also one inside a closing quote mark ("the
    ferry would run, calling it a lifeline", "... “a lifeline,” adding ...",
    "..., recalling how the bridge closed"): the speaker's next act, hung by
    the parser on the reported clause. So is any participle on an infinitive
    ("vowed to close the pier, angering the ferry crews"): what the act
    would bring about, in the writer's words. Other participles ("the fares
    rose, bringing the total to ...") may still be what was said."""
    for t in toks[4:]:
        if t.dep_ not in ("advcl", "xcomp", "conj") or t.tag_ != "VBG" or t.left_edge.i != t.i:
            continue
        if t.right_edge.i < toks[-1].i - 1 and not _opens_quotation(t) or not _after_break(t):
            continue
        on_infinitive = t.dep_ == "advcl" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.head.children)
        if cue_lemma(t) in ctx.cue_verbs or on_infinitive:
            return trim([x for x in toks if x.i < t.i - 1])
    for t in toks[4:]:
        if t.lower_ not in _SEQUENCE_WORDS or t.right_edge.i < toks[-1].i - 1:
            continue
        gerund = next((c for c in t.children if c.tag_ == "VBG" and c.dep_ in ("pcomp", "advcl") and c.i == t.i + 1), None)
        if gerund is None and t.dep_ == "mark" and t.head.tag_ == "VBG" and t.head.i == t.i + 1:
            gerund = t.head  # "while adding ...", parsed as a marked clause
        if gerund is not None and ctx.cue_verbs.get(cue_lemma(gerund)) == "speech" and any(c.dep_ == "ccomp" for c in gerund.children):
            return trim([x for x in toks if x.i < t.i])
    return toks


def _without_listed_participle(cue: Token, toks: list[Token], ctx: Context) -> list[Token]:
    """The clause reported by a participle cue without a second participle
    of a reporting verb coordinated after it ("..., saying the pier was
    safe and calling the closure “a farce”", "..., saying A - and arguing
    that B"): the speaker's next act, listed with the cue but hung by the
    parser on a verb of the reported clause."""
    if cue.tag_ != "VBG":
        return toks
    doc = cue.doc
    for t in toks[3:]:
        if t.dep_ != "conj" or t.tag_ != "VBG" or cue_lemma(t) not in ctx.cue_verbs:
            continue
        if t.right_edge.i < toks[-1].i - 1 or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in t.children):
            continue
        k = t.left_edge.i - 1
        if t.left_edge.i != t.i or doc[k].dep_ != "cc" or doc[k].head.i != t.head.i:
            continue
        return trim([x for x in toks if x.i < k])
    return toks


def _opens_quotation(verb: Token) -> bool:
    """Whether *verb* ends in a comma or colon and an opening quote mark
    ("..., adding, “The pier is ...”"): the quotation after it is what it
    reports, even where the parser hung its clause on the verb before."""
    doc, k = verb.doc, verb.right_edge.i
    return k + 1 < len(doc) and doc[k].text in _OPEN_MARKS and doc[k - 1].text in (",", ":") and doc[k - 1].head.i == verb.i


def _with_colon_elaboration(toks: list[Token]) -> list[Token]:
    """The content with what a colon right after it spells out, where that
    starts in lower case or with a figure ("gave one reason: the fares were
    too high", "backed two of the plans: widening the road and closing the
    pier", "found that riders are happier: 70 percent ..."): the rest of the
    sentence names what the content only announced. So does a question
    ("raised a question: How will the crews be paid?"). Another capital
    after the colon (a quotation, a new sentence) is as often the writer's
    own."""
    doc = toks[0].doc
    k = toks[-1].i + 1
    while k < len(doc) and doc[k].text in _CLOSE_MARKS:
        k += 1
    if k + 1 >= len(doc) or doc[k].text != ":":
        return toks
    first = doc[k + 1]
    if not (first.text[:1].islower() or first.text[:1].isdigit() or first.text[:1] == "$" or _colon_question(first)):
        return toks
    if "\n" in doc[toks[-1].i : first.i].text_with_ws:
        return toks
    last = first.sent.end - 1
    while last > first.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    return list(doc[toks[0].i : last + 1])


#: Words that open a direct question ("How will ...?", "Should she ...?").
_QUESTION_OPENERS = frozenset(
    "how why what who which when where whether should will would can could is are was were do does did has have".split()
)


def _colon_question(first: Token) -> bool:
    """Whether *first*, the word after a colon, opens a question that runs
    to the end of its sentence ("...: How will the crews be paid?")."""
    if first.lower_ not in _QUESTION_OPENERS:
        return False
    doc, last = first.doc, first.sent.end - 1
    while last > first.i and (doc[last].is_space or doc[last].text in _CLOSE_MARKS):
        last -= 1
    return doc[last].text == "?"


def _with_dangling_conjunct(cue: Token, toks: list[Token], ctx: Context) -> list[Token]:
    """The reported clause that ends in a bare "and", "but" or "or", with
    the conjunct or clause after it that the parser hung on the cue ("said
    that the pier was unsafe and | in any case would close in May",
    "declined to comment on the pier or | whether she would run", "said that
    A, and | that B"): the coordinator shows the rest goes on with what was
    said. Not a cue verb ("..., and | a third said ..."), a report of its
    own."""
    last = toks[-1]
    if last.lower_ not in ("and", "but", "or"):
        return toks
    doc = cue.doc
    conj = next((c for c in cue.children if c.dep_ in ("conj", "advcl", "ccomp", "xcomp") and c.left_edge.i == last.i + 1), None)
    if conj is None or cue_lemma(conj) in ctx.cue_verbs:
        return toks
    return trim(list(doc[toks[0].i : conj.right_edge.i + 1]))


def _with_phrase_hung_on_cue(cue: Token, toks: list[Token]) -> list[Token]:
    """The reported clause with a prepositional phrase right after it, with
    no comma between, that the parser hung on the cue ("argued the pier is
    | in no state for the winter", "consider the rate safe | in a strong
    market"): it goes on with the clause. Not a phrase of time or occasion
    ("said the ferry was late | in an interview"), the writer's."""
    doc = cue.doc
    end = toks[-1].i
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.i == end + 1), None)
    if prep is None or _occasion_phrase(prep) or _gerund_phrase(prep):
        return toks  # nor "in saying ...", the cue's own next act
    return trim(list(doc[toks[0].i : _prep_phrase_end(prep) + 1]))


def _with_clause_after_semicolon(cue: Token, toks: list[Token]) -> list[Token]:
    """The reported clause before a speaker clause that a semicolon closes,
    with the clause after it ("The pier is safe, Ames said; the crews
    checked it on Monday"): the sentence goes on with what was said."""
    doc = cue.doc
    k = cue.i + 1
    while k < len(doc) and doc[k].head.i == cue.i and doc[k].dep_ in ("npadvmod", "dobj", "dative", "prt", "advmod", "prep"):
        k = doc[k].right_edge.i + 1
    if k + 1 >= len(doc) or doc[k].text != ";" or "\n" in doc[k].whitespace_ or doc[k + 1].is_space:
        return toks
    last = doc[k + 1].sent.end - 1
    while last > k and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last <= k:
        return toks
    return list(doc[toks[0].i : last + 1])


def _with_condition_after(toks: list[Token]) -> list[Token]:
    """The reported clause with an "if" / "unless" clause right after it,
    with no comma, that the parser hung outside it ("said the fares would
    fall | if the crews signed"): a condition of what was said."""
    doc = toks[0].doc
    k = toks[-1].i + 1
    if k >= len(doc) or doc[k].lower_ not in _CONDITION_MARKS or doc[k].dep_ != "mark":
        return toks
    verb = doc[k].head
    if verb.i <= k or verb.left_edge.i != k:
        return toks
    return trim(list(doc[toks[0].i : verb.right_edge.i + 1]))


def _with_resumed_clause(cue: Token, toks: list[Token], final: bool = False) -> list[Token]:
    """The reported clause before a parenthetical speaker clause with the
    rest of it that the parser hung on the cue: in "The toll will be paid,
    the mayor said, by the ferry operators" the parse may read "said ... by
    the operators". Phrases of the cue after its closing comma (prepositional
    phrases, adverbs, objects or a quotation) go back into the content; a
    participle, a clause or a coordinated verb there is the writer's or a
    second report ("..., the mayor said, adding that ..."), but a finite
    adverbial clause goes on with what was said ("The pier is safe, she
    said, because the crews have signed"). With *final* (a speaker clause
    the parser made the sentence's last part) only clauses, objects and
    gerund phrases go back in: "..., she said, in a radio interview"
    is the writer's."""
    doc = cue.doc
    k = cue.i  # the cue's last word: "told reporters", "said Monday"
    while k + 1 < cue.sent.end and doc[k + 1].head.i == cue.i and doc[k + 1].dep_ in ("prt", "dative", "dobj", "npadvmod"):
        k = doc[k + 1].right_edge.i
    if k + 2 >= cue.sent.end or doc[k + 1].text != ",":
        return toks
    rest = [c for c in cue.rights if c.i > k + 1 and not c.is_punct]
    if not rest or any(c.tag_ == "VBG" for c in rest):
        return toks
    but = [c for c in rest if c.dep_ == "cc" and c.lower_ == "but"]
    if but and not any(_contrast_clause(c, but[0]) for c in rest):
        return toks
    if any(c.dep_ not in ("prep", "agent", "advmod", "dobj", "attr", "acomp", "xcomp", "npadvmod", "cc")
           and not _marked_adverbial(c) and not (but and _contrast_clause(c, but[0])) for c in rest):  # fmt: skip
        return toks
    if final and any(c.dep_ in ("prep", "agent", "advmod", "npadvmod") and not _gerund_phrase(c) for c in rest):
        return toks  # "..., he said, in a radio interview": the writer's
    return trim(list(doc[toks[0].i : max(c.right_edge.i for c in rest) + 1]))


def _contrast_clause(clause: Token, but: Token) -> bool:
    """Whether *clause*, coordinated to a parenthetical cue by *but*, goes
    on with what was said: a finite clause with a subject of its own that
    is no report and no pronoun ("The ferry is late, the captain said, but
    the crews will wait"; not "..., Ames said, but she would not name them",
    the writer's account of the speaker)."""
    if clause.dep_ != "conj" or clause.i < but.i or not _is_finite(clause) or is_reporting(clause):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < clause.i), None)
    return subject is not None and subject.pos_ != "PRON"


def _with_fronted_part(cue: Token, comp: Token, source: Optional[Token], toks: list[Token]) -> list[Token]:
    """The reported clause after a parenthetical speaker clause with the
    phrase fronted before that clause, which the parser hung on the cue:
    in "When the bridge closes, the mayor warned, the ferry will ..." or
    "If fares rise, Ames said, “the riders will walk.”" the words before
    the speaker are part of what was said (the content is the envelope,
    speaker clause included). Without the commas around the speaker
    clause ("On Monday, the mayor said the ferry ...") or before a
    quotation that starts a sentence of its own ("In a statement, Ames
    said, “The ferry ...”") the phrase is the writer's."""
    if source is None or source.head.i != cue.i or source.i > cue.i or not toks or toks[0].i < cue.i:
        return toks
    if comp.dep_ != "ccomp" or toks[0].dep_ == "mark":
        return toks  # "told the radio, that ...": no parenthetical
    if any(c.dep_ == "dobj" and cue.i < c.i < toks[0].i for c in cue.children) and cue.lemma_.lower() not in _ADDRESSEE_VERBS:
        return toks  # "claimed the attack, leading police to ...": no speaker clause
    doc = cue.doc
    k = toks[0].i - 1
    while k > cue.i and doc[k].text in _OPEN_MARKS:
        k -= 1
    if doc[k].text not in _ASIDE_MARKS:
        return toks
    opening = next((t for t in toks if not t.is_punct), toks[0])
    if (toks[0].text in _OPEN_MARKS or k < toks[0].i - 1) and not opening.text[:1].islower():
        return toks  # "In a statement, Ames said, “We ...”": a quotation that starts a sentence
    first = source.left_edge.i
    if first == 0 or doc[first - 1].text not in _ASIDE_MARKS:
        return toks
    fronted = [c for c in cue.lefts if c.i < first and c.dep_ in ("advmod", "prep", "advcl", "npadvmod")]
    if not fronted:
        return toks
    return list(doc[min(c.left_edge.i for c in fronted) : toks[-1].i + 1])


def _with_split_complement(cue: Token, comp: Token, toks: list[Token], ctx: Context) -> list[Token]:
    """The reported clause that the parser split into two complements of
    the cue, the second right after the first with nothing between ("found
    the riders questioned | were mostly satisfied", "believe the gear
    tested | can help the crews"): both are what was said."""
    doc = cue.doc
    end = toks[-1].i
    if doc[end].dep_ == "cc" or doc[end].is_punct:
        return toks
    nxt = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > comp.i and c.left_edge.i == end + 1), None)
    if nxt is None and end + 1 < len(doc) and doc[end + 1].text == ",":
        # "the rule she argued was meant to help him, was an insult": a
        # predicate after a comma, with no subject of its own
        nxt = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > comp.i and c.left_edge.i in (end + 1, end + 2)
                    and _is_finite(c) and not any(d.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for d in c.children)), None)
        if nxt is not None:
            return trim(list(doc[toks[0].i : nxt.right_edge.i + 1]))
    if nxt is None:
        # "said the ferry would stop unless the crews signed": a condition
        # the parser hung on the cue, with no comma before it
        nxt = next((c for c in cue.children if c.dep_ == "advcl" and c.left_edge.i == end + 1
                    and c.left_edge.lower_ in _CONDITION_MARKS and _is_finite(c)), None)
        if nxt is not None:
            return trim(list(doc[toks[0].i : nxt.right_edge.i + 1]))
    if nxt is None or nxt.left_edge.is_punct or nxt.tag_ == "VBG":
        return toks
    if cue_lemma(nxt) in ctx.cue_verbs and any(c.dep_ == "ccomp" for c in nxt.children):
        return toks  # "A, and a third | said B": a report of its own
    return trim(list(doc[toks[0].i : nxt.right_edge.i + 1]))


def _with_coordinated_complement(cue: Token, comp: Token, toks: list[Token]) -> list[Token]:
    """The reported clause with a second one coordinated to it, which the
    parser hung on the cue: in "Ames believes the ferry is safe, but that
    the pier is not" the "that" of the second clause marks it as the cue's
    complement too; so does a conjunct that cannot be coordinated with the
    cue itself ("Ames urged the crew to stay and help") and a gerund that
    goes on a list of gerunds ("backed closing the pier, widening the road
    and ...")."""
    end = toks[-1].i
    for c in cue.rights:
        if c.dep_ not in ("conj", "advcl") or c.left_edge.i <= end or c.left_edge.i > end + 4:
            continue
        if c.dep_ == "conj" and (_opens_with_that(c) or _mismatched_conjunct(cue, c) or _joined_clause(cue, c, end)) or _listed_gerund(comp, c):
            end = c.right_edge.i
    if end == toks[-1].i:
        return toks
    return trim(list(cue.doc[toks[0].i : end + 1]))


def _joined_clause(cue: Token, clause: Token, end: int) -> bool:
    """Whether *clause*, a conjunct of *cue* with a subject of its own, is a
    second reported clause joined to the first by a bare "and" ("Ames said
    the pier was shut and the crews had gone home"): with no comma before
    "and", the two go together under the cue. Not a report of its own ("...
    and Cole said ..."); with a comma (", and the crews went home") the
    clause is as often the writer's."""
    doc = cue.doc
    if clause.left_edge.i != end + 2 or doc[end + 1].lower_ != "and":
        return False
    return any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in clause.children) and not is_reporting(clause)


def _listed_gerund(comp: Token, clause: Token) -> bool:
    """Whether *clause*, a participle the parser hung on the cue after a
    comma, goes on a list of gerunds that *comp* begins ("backed widening
    the road, building a lane and closing the pier"): not a participle of
    the speaker's own ("..., adding that ...")."""
    return (
        comp.dep_ == "xcomp" and comp.tag_ == "VBG" and clause.tag_ == "VBG"
        and clause.dep_ in ("advcl", "conj") and not is_reporting(clause)
        and not any(c.dep_ in ("mark", "nsubj", "aux") for c in clause.children)
    )  # fmt: skip


def _gerund_phrase(phrase: Token) -> bool:
    """Whether *phrase* is a preposition with a gerund clause ("by raising
    the fares")."""
    return any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in phrase.children)


def _marked_adverbial(clause: Token) -> bool:
    """Whether *clause* is a finite adverbial clause opened by a
    subordinator ("because the crews have signed", "while others did
    not")."""
    return clause.dep_ == "advcl" and _adverbial(clause) and _is_finite(clause)


def _without_trailing_aside(toks: list[Token], comp: Token) -> list[Token]:
    """The reported clause without a trailing non-restrictive relative
    clause or apposition (", which ...", "— who ...", ", a plan drawn up
    in 2019"): the writer's aside, not the source's."""
    doc = comp.doc
    for t in toks[3:]:
        if t.dep_ not in ("relcl", "appos") or t.right_edge.i < toks[-1].i - 1 or t.left_edge.i <= toks[0].i + 2:
            continue
        prev = doc[t.left_edge.i - 1]
        if t.left_edge.lower_ in _FOCUSING_ADVERBS:
            continue
        if prev.text in _ASIDE_MARKS and (_aside_appos(t) or t.left_edge.lower_ in ("which", "who", "whom", "whose")):
            return trim([x for x in toks if x.i < prev.i])
    return toks


#: Comparisons the writer sets a reported figure against, after a comma or a
#: dash: "..., up from 60 the year before", "..., compared with 12 percent",
#: "..., well above the $8 analysts expected", "..., some 300 more than
#: expected", "..., double the number who ...", "..., less than half of ...",
#: "..., the same share as ...".
_COMPARISON_MARKS = frozenset({",", ";", "-", "--", "—", "–"})
_APPROXIMATORS = frozenset("about nearly roughly only just almost some well far still".split())
_COMPARATIVES = frozenset("more less fewer higher lower".split())
_FIGURE_WORDS = frozenset("$ % million billion trillion percent percentage point points".split())
_SAME_MEASURES = frozenset("number share percentage proportion".split())


def _opens_comparison(words: list[str], numbers: list[bool]) -> bool:
    """Whether the lower-cased *words* after a comma open a comparison with
    another figure (:data:`_COMPARISON_MARKS`); *numbers* says which words
    are numerals."""
    k = 0
    while k < len(words) and words[k] in _APPROXIMATORS:
        k += 1
    figure = k
    while k < len(words) and (numbers[k] or words[k] in _FIGURE_WORDS):
        k += 1
    w = words[k:] + ["", "", ""]
    if k > figure:
        return w[0] in _COMPARATIVES and w[1] == "than"  # "some 300 more than"
    return (
        w[0] == "compared" and w[1] in ("with", "to")
        or w[0] in ("up", "down") and "from" in w[1:3]  # "down sharply from"
        or w[0] in ("above", "below") and w[1] == "the"
        or w[0] in ("double", "triple", "twice", "half") and w[1] in ("the", "that")
        or w[0] in _COMPARATIVES and w[1] == "than"  # "less than half of", "higher than any"
        or w[0] == "the" and w[1] == "same" and w[2] in _SAME_MEASURES
    )


def _word_hyphen(mark: Token) -> bool:
    """Whether *mark* is a hyphen inside a word ("one-third"), no dash."""
    return mark.text == "-" and mark.i > 0 and not mark.doc[mark.i - 1].whitespace_ and not mark.whitespace_


def _without_trailing_comparison(toks: list[Token], head: Token) -> list[Token]:
    """The reported clause or object without a comparison the writer adds
    after it, setting the figure against another one ("the ferry carried
    9,000 riders, up from 7,000 a year earlier", "..., well above the 8,000
    the council expected"): the writer's yardstick, not what was said.
    Only after the clause's or phrase's *head*, and not in a quotation."""
    if any(t.text in _OPEN_MARKS or t.text in _CLOSE_MARKS for t in toks):
        return toks
    for n, t in enumerate(toks):
        if n < 2 or t.i <= head.i or t.text not in _COMPARISON_MARKS or _word_hyphen(t):
            continue
        rest = toks[n + 1 : n + 9]
        if _opens_comparison([x.lower_ for x in rest], [x.like_num for x in rest]):
            return trim(toks[:n])
    return toks


_CONCESSION_MARKS = frozenset({",", "-", "--", "—", "–"})


def _opens_concession(tok: Token) -> bool:
    """Whether *tok* opens a concession the writer sets against what was said:
    "except that ..." or "even as" with a clause. ("despite" with a noun
    phrase was tried: on train 5 near misses fixed and 2 reports freed, none
    broken, but a right one lost on dev.)"""
    word = tok.lower_
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if word == "except":
        return nxt.lower_ == "that"
    return word == "even" and nxt.lower_ == "as" and nxt.dep_ == "mark" and nxt.head.pos_ in ("VERB", "AUX")


def _without_trailing_concession(toks: list[Token], head: Token) -> list[Token]:
    """The reported clause without a concession the writer adds after a comma
    or a dash ("the council said the pier would stay open, even as the crews
    were leaving", "... - except that the fares rose"): the writer's
    contrast, not what was said. Only after the clause's *head*, and not in
    a quotation."""
    if any(t.text in _OPEN_MARKS or t.text in _CLOSE_MARKS for t in toks):
        return toks
    for n, t in enumerate(toks):
        if n < 3 or t.i <= head.i or toks[n - 1].text not in _CONCESSION_MARKS or _word_hyphen(toks[n - 1]):
            continue
        if _opens_concession(t):
            return trim(toks[: n - 1])
    return toks

#: Coordinators that can join a clause of the writer's own to a poll's tally.
_CLAUSE_COORDINATORS = frozenset({"and", "but", "yet", "so"})


def _with_poll_tally(cand: Candidate) -> Candidate:
    """``The poll shows Ames ahead by four points, with 46 percent to 42``,
    ``a survey found Cole leading, followed by Ames at 12 percent``: what a
    poll shows or finds, as the main clause of its sentence, is the whole
    tally it reports, so the content runs on to the end of the sentence (or
    to a colon or semicolon), over the figures, rivals and contrasts the
    content builders cut off; not over a relative clause (", where ..."),
    a coordinated clause with a subject of its own (", but polls ...") or
    the writer's comparison (", up from 30 percent in May")."""
    tok, source = cand.cue_token, cand.source_token
    if tok is None or source is None or tok.dep_ != "ROOT" or tok.lemma_.lower() not in _FINDING_OBJECT_CUES:
        return cand
    if source.lemma_.lower() not in _POLL_SUBJECTS or cand.content[0] < tok.idx:
        return cand
    doc = tok.doc
    last = doc.char_span(cand.content[0], cand.content[1], alignment_mode="expand")
    if last is None:
        return cand
    rest = []
    for t in doc[last[-1].i + 1 : tok.sent.end]:
        if t.text in (":", ";"):
            break
        rest.append(t)
    rest = trim(rest)
    if not rest or rest[0].lower_ in _WH_WORDS:
        return cand  # ", where the ferry stops": a relative clause
    if rest[0].lower_ in _CLAUSE_COORDINATORS and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in rest):
        return cand  # ", but polls are no forecast": the writer's own clause
    toks = list(doc[last[0].i : rest[-1].i + 1])
    toks = _without_trailing_concession(_without_trailing_comparison(toks, last[-1]), last[-1])
    return replace(cand, content=(cand.content[0], max(cand.content[1], toks[-1].idx + len(toks[-1].text))))


#: A passage that ends a sentence, inside its closing quote mark or not ("“Harbour Talk.” ").
_ENDS_SENTENCE_RE = re.compile(r"[.!?][”\"’'»]*\s*$")


def _skip_separators(text: str, pos: int) -> int:
    """The first position from *pos* past punctuation and spaces that stay
    in the paragraph (where a resumed quotation would open)."""
    while pos < len(text) and (text[pos] in ",.;:—–)]" or text[pos].isspace() and text[pos] != "\n"):
        pos += 1
    return pos


def _resumed_quote_end(text: str, q: Quote, cue: Token, ctx: Context) -> int:
    """Where the speech of ``“A,” he said. “B.”`` ends: a quotation that
    resumes right after the speaker clause, in the same paragraph, is the
    same speaker's (the content is then the envelope of both parts), also
    after a participle in that clause (``“A,” he said, referring to the
    ferry. “B.”``) unless that participle is a second report of its own,
    with the quotation or a clause as its content (``“A,” she said,
    adding, “B.”``, ``adding that the fares would rise. “B.”``)."""
    # the end of the speaker clause: its last word outside the quotation
    words = [t for t in cue.subtree if not (t.is_punct or t.is_space) and t.idx >= q.end and ctx.quote_at(t.idx) is None]
    if any(_second_report(t, cue, ctx) and (_quote_follows(text, t, ctx) or _has_clause(t)) for t in words):
        return q.end  # “A,” she said, adding, “B.”: B is the second report's
    last = words[-1] if words else cue
    clause_end = last.idx + len(last.text)
    pos = _skip_separators(text, clause_end)
    nxt = ctx.quote_at(pos)
    if (nxt is None or nxt.start != pos) and _ENDS_SENTENCE_RE.search(text[clause_end:pos]):
        resumed = _quote_after_lead_in(cue.doc, pos, ctx)
        if resumed is not None and resumed is not q and _trailing_speaker_clause(cue.doc, resumed, ctx) is None:
            return resumed.end  # “A,” he said. Then, “B.”: the speech goes on after a linking word
    if nxt is not None and nxt.start == pos and nxt is not q and not any(ch in ",.;:—–" for ch in text[clause_end:pos]):
        if _title_case(_inner(text, nxt)) and not _title_case(_inner(text, q)):
            # “A,” he said on the show “Harbour Talk.”: a title in the speaker
            # clause, not the speech resumed; after it, where it ends the
            # sentence, the speech may resume (... “Harbour Talk.” “B.”)
            title = nxt
            pos = _skip_separators(text, title.end)
            nxt = ctx.quote_at(pos)
            if nxt is None or nxt.start != pos or "\n" in text[q.end : pos] or not _ENDS_SENTENCE_RE.search(text[title.start : pos]):
                return q.end
            return nxt.end
    if nxt is not None and nxt.start == pos and nxt is not q and "\n" not in text[q.end : pos]:
        if text[clause_end:pos].strip() in (":", ",") and any(t.i > cue.i and is_cue_verb(t, ctx) and any(c.dep_ == "nsubj" for c in t.children) for t in words):
            return q.end  # “A,” Ames said as Cole shouted: “B”: B is Cole's
        if not any(ch in ",.;:—–" for ch in text[clause_end:pos]) and any(t.i != cue.i and is_cue_verb(t, ctx) for t in words):
            return q.end  # “A,” he said after Ames argued that “B”: B is Ames's
        if text[clause_end:pos].strip() in (",", ":") and not _inner(text, nxt)[:1].islower() and any(_next_remark(t, cue) for t in words):
            return q.end  # “A,” he said before adding: “B”: B is the participle's
        if _trailing_speaker_clause(cue.doc, nxt, ctx) is not None or _later_speaker_clause(cue.doc, nxt, ctx):
            return q.end  # “A,” the mayor said. “B,” Cole added.: B is Cole's
        if any(_next_clause(t, cue, ctx) for t in words):
            return q.end  # “A,” she said, and her aide cut in. “B”: B is the aide's
        return nxt.end
    return q.end


def _later_speaker_clause(doc: Doc, q: Quote, ctx: Context) -> bool:
    """Whether the sentence of quotation *q* goes on after it to a speaker
    clause of its own, set off by a comma (``“B” that the fares would rise,
    he said.``, ``“B…” she said``): the quotation is that clause's."""
    j = _token_at_or_after(doc, q.end)
    if j is None or doc[j].is_sent_start:
        return False
    end = doc[j].sent.end
    for t in doc[j : min(end, j + 25)]:
        if t.text in _OPEN_MARKS or "\n" in t.text:
            return False
        if is_cue_verb(t, ctx) and ctx.cue_verbs[cue_lemma(t)] in ("speech", "writing"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i > t.i + 1:
                return False
            first = min(subj.left_edge.i, t.i)
            if first == j:  # right after the quotation: one broken off (“B…” she said)
                return _inner(ctx.text, q).endswith(("…", "...", "—", "–", "-"))
            return doc[first - 1].text == ","  # “B” that C, he said
    return False


#: Words that may open the sentence of a resumed quotation before its
#: marks ("But “...”", "Then, “...”", "Instead, “...”").
_RESUMING_WORDS = frozenset("but and yet so then now still instead also later".split())


def _quote_after_lead_in(doc: Doc, pos: int, ctx: Context) -> Optional[Quote]:
    """The quotation that follows a few linking words at *pos* (at most three
    words and commas: :data:`_RESUMING_WORDS`) at the start of a sentence
    (``But “B.”``, ``Then, “B.”``) and that ends a sentence: the speech of
    the sentence before goes on, with no words of the writer's but the link. Not after a word with a verb or a
    noun ("He has directed “B”"), nor for a quotation the sentence goes on
    after ("Still, “B” was the word she used")."""
    text = ctx.text
    j = _token_at_or_after(doc, pos)
    if j is None:
        return None
    k = j
    while k < min(len(doc), j + 3) and (doc[k].lower_ in _RESUMING_WORDS or doc[k].text == ","):
        k += 1
    if k == j or k >= len(doc) or doc[k].text not in _OPEN_MARKS:
        return None
    q = ctx.quote_at(doc[k].idx)
    if q is None or q.start != doc[k].idx or not _ENDS_SENTENCE_RE.search(text[q.start : q.end]):
        return None
    return q


#: Verbs whose participle in a speaker clause makes a next remark ("...,
#: adding, “B”"), unlike "speaking of the pier" or "recalling the storm".
_NEXT_REMARK_VERBS = frozenset({"add", "remark", "note", "quip", "joke", "continue"})


def _next_remark(tok: Token, cue: Token) -> bool:
    """Whether *tok*, after *cue* in its speaker clause, is a participle
    that makes a next remark ("..., adding of the mayor, “B”", "before
    adding: “B”"): a quotation right after the clause is its own."""
    return tok.i > cue.i and tok.tag_ == "VBG" and tok.lemma_.lower() in _NEXT_REMARK_VERBS


def _with_resumed_quote(content: tuple[int, int], cue: Token, ctx: Context) -> tuple[int, int]:
    """A reported clause before its cue that ends with a quotation (“A,”
    Ames, after a pause, said. “B.”) with the quotation that resumes right
    after the speaker clause, as for a quotation's own speaker clause."""
    q = ctx.quote_at(content[1] - 1)
    if q is None or not _SEP_RE.match(ctx.text[content[1] : q.end].strip("”\"’'»")):
        return content
    end = _resumed_quote_end(ctx.text, q, cue, ctx)
    return (content[0], end) if end > q.end else content


def _quote_follows(text: str, tok: Token, ctx: Context) -> bool:
    """Whether a quotation opens right after *tok* (past commas, colons and
    spaces): ``adding, “B.”`` but not ``adding that B. “C.”``."""
    pos = tok.idx + len(tok.text)
    while pos < len(text) and (text[pos] in ",:" or text[pos].isspace() and text[pos] != "\n"):
        pos += 1
    q = ctx.quote_at(pos)
    return q is not None and q.start == pos


def _has_clause(verb: Token) -> bool:
    """Whether *verb* has a clause of its own as its complement ("adding
    that the fares would rise", "urging voters to stay")."""
    return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def _second_report(tok: Token, cue: Token, ctx: Context) -> bool:
    """Whether *tok* opens a second report in the speaker clause of *cue*
    ("she said, adding ..."), rather than a cue verb in an aside about the
    speaker ("said Ames, who backed the plan") or an adverbial ("said when
    asked")."""
    if tok.i == cue.i or not is_cue_verb(tok, ctx):
        return False
    if tok.head.i != cue.i or tok.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "parataxis"):
        return False
    return not any(c.dep_ in ("mark", "advmod") and c.i < tok.i for c in tok.children)


def _with_reason_clause(cue: Token, toks: list[Token]) -> list[Token]:
    """A judgement of someone or something with the reason the judge gives
    for it, a "because" clause right after it that the parser hangs on the
    cue ("called the plan a blunder because hardly any riders use it",
    "cast Ames as reckless because she sold the pier"): the reason is part
    of the view stated. Only commas may come between."""
    if not toks:
        return toks
    doc = cue.doc
    for clause in cue.rights:
        if clause.dep_ != "advcl" or clause.left_edge.i <= toks[-1].i or clause.left_edge.lower_ != "because":
            continue
        if clause.left_edge.dep_ != "mark" or any(not t.is_punct for t in doc[toks[-1].i + 1 : clause.left_edge.i]):
            continue
        return trim(list(doc[toks[0].i : min(clause.right_edge.i, clause.sent.end - 1) + 1]))
    return toks


def _impression_clause(toks: list[Token], verb: Token, comp: Token) -> list[Token]:
    """An impression up to the first comma, dash or colon of its verb or
    predicate, without a trailing aside: what follows is the writer's
    elaboration ("the ferry seemed a success, with the council voting to
    extend it", "..., a relief for the islands"). So too for an expectation
    in the passive ("the ferry is expected to run all winter, with the
    council paying for the fuel")."""
    toks = _without_trailing_aside(toks, comp)
    marks = _ASIDE_MARKS | {":", ";"}
    cut = next((t.i for t in toks if t.i > comp.i and t.text in marks and t.head.i in (verb.i, comp.i) and not _list_comma(t, comp)), None)
    return trim([t for t in toks if t.i < cut]) if cut is not None else toks


def _list_comma(mark: Token, comp: Token) -> bool:
    """Whether the comma *mark* only separates *comp* from words
    coordinated with it ("seemed calm, ready and willing")."""
    doc = mark.doc
    if mark.text != "," or mark.i + 1 >= len(doc):
        return False
    nxt = doc[mark.i + 1]
    if nxt.dep_ == "conj" and nxt.head.i == comp.i and nxt.pos_ == comp.pos_:
        return True
    # "blamed for the fares, the delays and the closures": a list the
    # parser read as an apposition hung on a noun before the comma
    item = nxt.head if nxt.dep_ in ("det", "poss", "amod", "compound", "nummod") and nxt.head.i > mark.i else nxt
    return (item.dep_ == "appos" and item.head.i < mark.i and item.left_edge.i == mark.i + 1
            and any(c.dep_ == "cc" for c in item.children) and any(c.dep_ == "conj" for c in item.children))


def _without_fronted_question(head: Token, toks: list[Token]) -> list[Token]:
    """*toks* without a fronted "when asked ..." clause and the comma after
    it ("And when asked about the fares, the mayor reportedly left": what
    was reported is that she left; the question is a report of its own)."""
    lead = next((c for c in head.children if c.dep_ == "advcl" and c.i < head.i and c.lemma_ == "ask"
                 and _passive_participle(c) and c.left_edge.i >= toks[0].i), None)  # fmt: skip
    if lead is None or any(t.i < lead.left_edge.i and not (t.is_punct or t.dep_ == "cc") for t in toks):
        return toks  # only "And" or a comma before the clause
    k = lead.right_edge.i + 1
    while k < head.i and (head.doc[k].is_punct or head.doc[k].dep_ == "cc"):
        k += 1
    return [t for t in toks if t.i >= k]
