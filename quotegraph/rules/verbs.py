"""Reporting verbs and their complements: ``verb_clause``, ``postposed``,
``verb_object``, ``verb_prep``, ``naming``, ``verb_as``, ``light_verb``,
``censure``, ``choice``."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..quotes import Quote
from .context import Candidate, Context, cue_lemma
from .extents import (
    _with_clause_after_semicolon,
    _with_colon_elaboration,
    _with_condition_after,
    _with_coordinated_complement,
    _with_count,
    _with_dangling_conjunct,
    _with_fronted_part,
    _with_listed_wh_clause,
    _with_object_predicate,
    _with_phrase_hung_on_cue,
    _with_poll_tally,
    _with_prep_object_frame,
    _with_reason_clause,
    _with_relative_head,
    _with_resumed_clause,
    _with_resumed_quote,
    _with_split_complement,
    _with_stray_subject,
    _with_trailing_adverb,
    _without_listed_participle,
    _without_medium,
    _without_trailing_aside,
    _without_trailing_comparison,
    _without_trailing_concession,
    _without_trailing_participle,
    _without_verb_on_object,
)
from .subjects import subject_of
from .syntax import (
    _ADDRESSEE_VERBS,
    _adverbial,
    _ADVERBIAL_MARKS,
    _as_phrase_end,
    _ASIDE_MARKS,
    _bare_noun,
    _bare_text,
    clause_tokens,
    _CLOSE_MARKS,
    _comma_before,
    _CONDITION_MARKS,
    contiguous,
    cue_span,
    _DASHES,
    _FINDING_OBJECT_CUES,
    _FINITE_TAGS,
    _FIRST_SECOND_PERSON,
    _governs_clause,
    _has_speaker_clause,
    is_cue_verb,
    _is_finite,
    _is_full_clause,
    is_reporting,
    _names_time,
    _NON_PERSONAL_SUBJECTS,
    _object_phrase_end,
    _occasion_phrase,
    _OPEN_MARKS,
    _opens_with_that,
    _PASSIVE_NEWS,
    _passive_participle,
    _passive_relative,
    _perfect_read_as_passive,
    _PERSONAL_OBJECTS,
    _phrase_end,
    _prep_object,
    _prep_phrase_end,
    _put_out_noun,
    _REFLEXIVES,
    _reported_belief,
    _seeming_report,
    _show_read_as_noun,
    span_chars,
    _TIME_WORDS,
    _title_case,
    _token_at_or_after,
    trim,
    _UNOWNED_CLAUSE_NOUNS,
    _WH_WORDS,
)


_CLAUSE_DEPS = frozenset({"ccomp"})
_POSTPOSED_DEPS = frozenset({"parataxis", "ccomp"})
#: Cues of belief or finding whose wh-complement is a report ("asked what
#: happened"); after the others ("the chart shows how ...", "will decide
#: who runs the pier") it was more often no attribution, except a "whether"
#: question the holder weighs ("will decide whether to close the pier",
#: "considered whether the fares were fair"). After a verb of
#: speech or writing it is what was said, an account ("told the crowd how
#: he saved the pier"), an answer ("would not say who she backs") or a
#: free relative ("noted what the inquiry found"), as PolNeAR marks them.
_WH_CUES = frozenset({"ask", "wonder", "question", "explain", "reveal", "disclose", "describe", "know", "understand", "detail", "outline"})


def _stranded_lead(verb: Token, source: Token) -> list[Token]:
    """The adverbial that opens the sentence when the parser hangs it on a
    parenthetical speaker clause rather than on the reported clause ("Most
    days, the crew said, the ferry ran late": "Most days"): a modifier of
    the cue that opens the sentence, closed by a comma right before
    the cue's subject. It is part of what was said. Also with a speaker
    clause the parser reads as a complement, and one that names whom it was
    told ("Instead, Ames told the radio, the pier would close"). The
    opening phrase may be a clause of condition or time ("If the fares
    rise, Ames warned in a letter, the crews will strike": the parser
    hangs "If the fares rise" on "warned"), and the cue may have an
    adjunct of its own before the comma ("in a letter", "on Friday")."""
    if verb.dep_ not in ("parataxis", "ccomp") or verb.i > verb.head.i or source.head.i != verb.i or source.i > verb.i:
        return []
    if any(c.i > verb.i and not c.is_punct and not (c.dep_ == "dobj" and verb.lemma_.lower() in _ADDRESSEE_VERBS) and not _cue_adjunct(verb, c)
           for c in verb.children):
        return []  # only a bare "the crew said" (or "told the radio", "said on Friday") between commas
    first = source.left_edge.i
    doc = verb.doc
    if first - 2 < verb.sent.start or doc[first - 1].text != ",":
        return []
    lead = [c for c in verb.children if c.i < first]
    if not lead or any(c.dep_ not in ("advmod", "npadvmod", "prep", "punct") and not _opening_condition(c) for c in lead):
        return []
    toks = [t for c in lead for t in c.subtree]
    if min(t.i for t in toks) != verb.sent.start:
        return []
    return toks


#: Prepositions of a speaker clause's setting ("said in a letter", "wrote
#: on Friday", "told the radio during a visit"), never of its topic.
_CUE_SETTING_PREPS = frozenset("in on at during".split())


def _cue_adjunct(verb: Token, child: Token) -> bool:
    """Whether *child*, after a parenthetical cue, only says when or where
    it was said: a short phrase of setting ("in a letter", "on Friday") or
    a time ("this week", "Tuesday")."""
    if child.right_edge.i - child.i > 3:
        return False
    if child.dep_ == "prep":
        return child.lower_ in _CUE_SETTING_PREPS and any(c.dep_ == "pobj" for c in child.children)
    return child.dep_ == "npadvmod" and child.pos_ in ("NOUN", "PROPN")


def _opening_condition(clause: Token) -> bool:
    """Whether *clause* is a finite adverbial clause of condition or time
    opened by its subordinator ("If the fares rise", "When the pier
    opens")."""
    mark = next((c for c in clause.children if c.dep_ in ("mark", "advmod") and c.i < clause.i), None)
    return clause.dep_ == "advcl" and mark is not None and mark.lower_ in ("if", "when", "once", "unless") and _is_finite(clause)


def _closing_speaker_clause(verb: Token) -> bool:
    """Whether *verb* closes its sentence as a bare speaker clause that the
    parser hung on a verb of the reported clause as an adverbial or a
    conjunct ("The ferry has made it easier for the crews to reach the
    city, she said."; "The yard is busy, but the orders are thin, said the
    owner, Tom Cole."): no subordinator, no object or complement of its own,
    and nothing after it but the sentence's closing marks."""
    if verb.dep_ not in ("advcl", "conj") or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("mark", "advmod", "cc", "neg", "dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "prep", "oprd")
           or c.dep_ == "nsubjpass" for c in verb.children):  # fmt: skip
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    doc = verb.doc
    end = max(t.i for t in verb.subtree)
    return all(t.is_punct or t.is_space for t in doc[end + 1 : verb.sent.end])


def _has_complement(verb: Token) -> bool:
    """Whether *verb* has an object or a complement of its own ("the poll
    showed the mayor ahead", "voters prefer the bridge", "they want to
    wait"): then it is no speaker clause set after what was said."""
    return any(c.dep_ in ("dobj", "xcomp", "ccomp", "attr", "prep", "dative") and c.i > verb.i for c in verb.children)


def _writer_hedge(verb: Token) -> bool:
    """Whether *verb* is in a phrase the writer hedges or turns with, no
    one's report: "That said, the ferry ..." and "All told, the ferry ..."
    (the word right before the verb at the start of the sentence, a comma
    after), "it is fair to say (that) ..." (an infinitive after an adjective,
    with "it"), and an imperative that opens the sentence, the writer
    addressing the reader ("Call it a draw."), or advice ("Ames might want
    to wait.")."""
    doc = verb.doc
    if (verb.i - 1 == verb.sent.start and doc[verb.i - 1].lower_ in ("that", "all")
            and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ","):  # fmt: skip
        return True
    if _opens_imperative(verb):
        return True
    if verb.lemma_.lower() == "want" and any(c.dep_ == "aux" and c.lower_ in ("may", "might") for c in verb.children):
        return True  # "the council may want to wait": the writer's advice, no one's wish
    if _anonymity_terms(verb) or _not_to_be_named(verb) or _idiom_of_no_report(verb) or _participle_label(verb):
        return True
    if verb.dep_ != "xcomp" or verb.lemma_.lower() != "say" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # ("it is only fair to ask whether ..." asks a real question)
    copula = verb.head.head if verb.head.pos_ == "ADJ" else verb.head
    with_it = any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children)
    after_adjective = verb.head.pos_ == "ADJ" or any(c.dep_ == "acomp" and c.i < verb.i for c in verb.head.children)
    return with_it and after_adjective


def _anonymity_terms(verb: Token) -> bool:
    """Whether *verb* is the infinitive of the terms a source spoke on ("an
    aide who sought anonymity to discuss the talks", "officials not yet
    authorized to discuss the plan"): why they are not named, no report of
    theirs."""
    if verb.lemma_.lower() in ("speak", "talk") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False  # ("asked for anonymity to speak about the race" still reports what was spoken of)
    doc = verb.doc
    return any(t.lower_ in ("anonymity", "authorized") for t in doc[max(verb.sent.start, verb.i - 6) : verb.i])


#: Particles that make a phrasal verb of an object cue with a sense of its
#: own ("call off", "rip away", "back up", "order up", "tone down").
_OTHER_SENSE_PARTICLES = frozenset({"off", "away", "down", "up"})


def _other_sense_particle(verb: Token) -> bool:
    """Whether object cue *verb* has a particle that makes it another verb
    whose object is no report ("the firms called off the merger", "the crowd
    ripped the signs away", "she ordered up a study"); not "talk up" (see
    :func:`_talked_up`), nor a verb of finding, where "up" or "down" says
    where its object stands ("the poll shows Ames up by four")."""
    if _talked_up(verb) or verb.lemma_.lower() in _FINDING_OBJECT_CUES:
        return False
    return any(c.dep_ == "prt" and c.lower_ in _OTHER_SENSE_PARTICLES for c in verb.children)


def _gesture_or_handle(lemma: str, obj: Token) -> bool:
    """Whether the object of "point" is a finger ("pointed a finger in his
    face", "point their fingers"), a gesture, or that of "tweet" only an
    account's handle ("She tweets @harbourwatch."), where someone writes:
    neither says what was said."""
    if lemma == "point":
        return obj.lemma_.lower() == "finger"
    return lemma == "tweet" and obj.text.startswith("@") and obj.right_edge.i == obj.i


def _reported_from(verb: Token, obj: Token) -> bool:
    """Whether "report" has a "from" phrase before what the parser took as
    its object: "Ames reported from the pier; Cole, from the town hall",
    "has reported from every debate this year": the place the reporter
    worked from, so the "object" is no news reported."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and verb.i < c.i < obj.i for c in verb.children)


def _participle_label(verb: Token) -> bool:
    """Whether *verb* is a participle that opens its line as a label before
    a colon ("Revealed: The ferry plan nobody saw", "Confirmed: ..."): the
    publication's flourish over a headline, no one's report."""
    doc = verb.doc
    if verb.tag_ != "VBN" or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ":":
        return False
    return verb.i == 0 or doc[verb.i - 1].is_space or verb.i == verb.sent.start


def _idiom_of_no_report(verb: Token) -> bool:
    """Whether *verb* is in an idiom that reports nothing: "time will tell
    (whether ...)", the writer's "we shall see"; "calls to mind", "brought
    to mind" (evokes)."""
    lemma = verb.lemma_.lower()
    if lemma == "tell":
        return any(c.dep_ == "nsubj" and c.lower_ == "time" for c in verb.children)
    if lemma in ("call", "bring"):  # "to mind" right after the verb, however parsed ("to" + verb "mind" too)
        doc = verb.doc
        return verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "to" and doc[verb.i + 2].lower_ == "mind"
    return False


def _not_to_be_named(verb: Token) -> bool:
    """Whether *verb* takes a passive "to be named" (identified, quoted):
    "a clerk who did not want to be named", "declined to be identified"
    gives the terms a source spoke on, no report of theirs."""
    return any(
        c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote") and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    )


def _addressee_only(lemma: str, toks: list[Token]) -> bool:
    """Whether the prepositional content of "respond to" (or "reply",
    "react") is only the one answered, a pronoun or a name ("responded to
    Ames", "reacting to them"), or that of "refer to" only a pronoun ("which
    the board refers to as ..."): someone, not something said. The name
    alone that "focus on" takes is where or on whom effort goes ("the
    campaign focused on Ohio", "unite and focus on Ames"), no stance."""
    words = [t for t in toks if not t.is_punct]
    if lemma in ("respond", "reply", "react"):
        return all(t.pos_ in ("PRON", "PROPN", "DET") for t in words)
    if lemma == "focus":
        return all(t.pos_ in ("PROPN", "DET") or t.tag_ == "POS" for t in words)
    return lemma == "refer" and all(t.pos_ in ("PRON", "DET") for t in words)


def _focus_participle(lemma: str, verb: Token) -> bool:
    """Whether "focused on" is a participle with no auxiliary describing a
    noun or a scene ("an ad focused on fares", "with the attention focused
    on the pier", "a career generally focused on the harbour"): what
    something is given to, no one's stance. "They are focused on the
    fares" (a predicate) stays."""
    if lemma != "focus" or verb.tag_ != "VBN" or verb.dep_ in ("ROOT", "conj", "acomp", "ccomp", "xcomp"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _answered_by_doing(lemma: str, verb: Token) -> bool:
    """Whether "respond to X" goes on with what the answer was, a "by"
    phrase with a gerund ("responded to the letter by calling it a stunt",
    "has responded to the critics by pointing to her record"): the answer
    is the report, the thing answered no report of its own."""
    if lemma not in ("respond", "reply", "react"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "by" and c.i > verb.i and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
               for c in verb.children)


def _opens_imperative(verb: Token) -> bool:
    """Whether *verb* is a bare imperative that opens its sentence (only
    punctuation before it): "Call it a draw.", "Ask yourself: who pays?"."""
    if verb.tag_ != "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return all(t.is_punct or t.is_space for t in verb.doc[verb.sent.start : verb.i])


def _passive_after_clause(verb: Token) -> bool:
    """Whether the passive *verb*, after a clause the parser hung on it,
    is no closing speaker clause: its subject is what was done to ("No one
    on the board objected; the new fares were approved", "The ferry ran
    late, so a new timetable was announced"), so the clause before is no
    report of anyone's (on PolNeAR train 0 of 10 right). "The ferry will
    stop, it was reported" (an "it" subject) stays."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is None or subj.lower_ != "it"


#: Words before "that" in adverbial clauses ("so that", "now that").
_THAT_ADVERBIALS = frozenset({"so", "now", "such", "except", "given", "in", "provided"})


def _misattached_that_clause(tok: Token) -> list[Token]:
    """``Ames said after a vote in May that she had ...``: the parser
    hangs the that-clause on the nearest noun as a relative clause. A clause
    opened by the complementiser "that" (a ``mark``, which a relative "that"
    never is) a few words after a reporting verb is that verb's complement;
    further on only after adverbial phrases, with no object between ("said
    on the radio, where she has a weekly slot, that ..."), and not on a
    noun that takes a that-clause ("spoke at length of fears that ...")."""
    for t in tok.subtree:
        if t.i <= tok.i or t.i > tok.i + 20 or t.dep_ not in ("relcl", "acl", "advcl"):
            continue
        if lexicon.cue_noun_category(t.head.lemma_.lower()) and any(c.dep_ == "poss" for c in t.head.children):
            continue  # "rejected the mayor's claim that ...": the mayor's clause
        if t.i > tok.i + 12 and not _after_adverbials(tok, t):
            continue
        if (_opens_with_that(t) or _that_read_as_adverb(t)) and t.head.i != tok.i:
            return [t]
        if t.head.i == tok.i and t.dep_ == "advcl" and _opens_with_that(t) and not any(c.lower_ in _THAT_ADVERBIALS for c in t.children):
            return [t]  # "saying in a statement only that ...": the clause read as an adverbial
    return []


def _after_adverbials(cue: Token, clause: Token) -> bool:
    """Whether *clause* hangs below *cue* through prepositional phrases
    only, on nouns that take no that-clause, with no object of the cue
    (but the one told: "told reporters at a cafe in the old harbour that ...")."""
    addressee = cue.lemma_.lower() in _ADDRESSEE_VERBS
    if any(c.dep_ in ("dative", "ccomp", "xcomp") or c.dep_ == "dobj" and not addressee for c in cue.children):
        return False
    tok = clause.head
    while tok.i != cue.i:
        if tok.dep_ not in ("prep", "pobj", "conj", "appos", "compound") or lexicon.cue_noun_category(tok.lemma_.lower()):
            return False
        tok = tok.head
    return True


def _that_read_as_adverb(clause: Token) -> bool:
    """Whether *clause* opens with a "that" the parser took for an adverb
    ("said at the hearing once more that the files were lost"), right before the
    clause's subject: the complementiser."""
    that = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "that" and c.i < clause.i), None)
    if that is None:
        return False
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i), None)
    return subj is not None and subj.left_edge.i == that.i + 1


def _if_clause_question(tok: Token) -> list[Token]:
    """``Ames asked the crew if the ferry had left``: the parser reads the
    indirect question after "ask" or "wonder" as a conditional clause. An
    "if" or "whether" clause after such a cue is what was asked."""
    return [c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i
            and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") and m.i < c.i for m in c.children)][:1]  # fmt: skip


def _relative_gap_xcomp(tok: Token) -> list[Token]:
    """``the pier, which the mayor says needs repairs``: in a relative
    clause whose pronoun is the subject of the reported clause, the parser
    gives the cue two subjects and makes the tensed verb of what was said
    an open complement. That verb is the cue's clausal complement."""
    if tok.dep_ != "relcl":
        return []
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if len(subjects) < 2 or not (subjects[0].tag_ in ("WDT", "WP") or subjects[0].lower_ in lexicon.RELATIVE_PRONOUNS):
        return []
    xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if xcomp is None or not _is_finite(xcomp):
        return []
    return [xcomp]


def _gerund_subject_clause(tok: Token) -> list[Token]:
    """``Engineers say widening the road would cut delays``: the parser
    reads the gerund as the cue's own complement and hangs the clause it is
    the subject of below it. A gerund right after the cue that governs a
    finite clause is the subject of that clause, and the whole is what was
    said."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return []
    gerund = doc[tok.i + 1]
    if gerund.head.i != tok.i or gerund.dep_ != "xcomp" or gerund.tag_ != "VBG":
        return []
    finite = any(c.dep_ == "ccomp" and _is_finite(c) for c in gerund.children)
    return [gerund] if finite else []


#: Speech verbs that take no clause or object of what was said: in an
#: "as" clause they say when ("As Ames spoke, the crowd ...").
_INTRANSITIVE_SPEECH = frozenset({"speak", "talk", "joke", "chat"})


def _as_clause(tok: Token) -> bool:
    """Whether *tok* heads an "as" clause with a gap for what was reported,
    put before the full clause it hangs on: "As the Herald reported, the
    ferry will stop"; not "As the mayor announced a plan, ..." nor "as the
    mayor said so". (A trailing one, "..., as the mayor said", was tried
    and was more often wrong on news text.)"""
    if tok.dep_ != "advcl" or tok.i > tok.head.i or not _is_full_clause(tok.head):
        return False
    if tok.tag_ == "VBG" or cue_lemma(tok) in _INTRANSITIVE_SPEECH:
        return False  # "As the crews were talking, ...", "As she spoke in the hall, ...": when
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children):
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") or c.lower_ == "so" for c in tok.children if c.i > tok.i)


def _trailing_as_clause(tok: Token) -> Optional[Token]:
    """The "as" of a speaker clause that closes its sentence after a comma
    with a gap for what was reported ("The fares rose, as Ames has
    acknowledged."; "..., as some have speculated."), if *tok* heads one:
    a subject of its own, no object, complement or passive, and no
    preposition of its content ("as voters responded to the cuts"). Not
    "say": "..., as the mayor said." is left alone (see :func:`_as_clause`)."""
    if tok.dep_ != "advcl" or tok.i < tok.head.i or tok.right_edge.i < tok.sent.end - 2 or cue_lemma(tok) == "say":
        return None  # "..., as the mayor said." recalls more often than it reports
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i), None)
    if mark is None or not _comma_before(tok.doc, mark.i) or not any(c.dep_ == "nsubj" for c in tok.children):
        return None
    preps = lexicon.PREP_CUES.get(cue_lemma(tok), ())
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "auxpass", "nsubjpass") or c.lower_ == "so"
           or c.dep_ == "prep" and c.lower_ in preps for c in tok.children):  # fmt: skip
        return None
    return mark if _is_full_clause(tok.head) else None


def _quotation_after_participle_lead(doc: Doc, content: tuple[int, int], cue: Token) -> list[Token]:
    """The quotation after a speaker clause set off by commas, when what
    comes before that clause is a participle lead-in with no subject of the
    clause ("Asked about the fares, Ames said, “They will rise.”": the
    quotation; the lead-in is the writer's, and may be a report of its own).
    Empty when the content is not of that kind."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    inner = [t for t in cue.subtree if not (t.is_punct or t.is_space)]
    if span is None or not inner:
        return []
    first, last = inner[0].i, inner[-1].i
    if not (span.start < first and last + 2 < span.end):
        return []
    before = doc[span.start : first]
    lead = [t for t in before if not t.is_punct]
    if not lead or lead[0].tag_ not in ("VBN", "VBG") or lead[0].dep_ not in ("advcl", "xcomp", "ccomp", "dep"):
        return []
    if any(t.text in _OPEN_MARKS or t.text in _CLOSE_MARKS for t in before):
        return []
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") and t.head.i > last for t in before):
        return []
    if doc[last + 1].text not in (",", ":"):
        return []
    rest = trim(list(doc[last + 1 : span.end]))
    return rest if rest and rest[0].text in _OPEN_MARKS else []


def _parenthetical_sentence(tok: Token) -> list[Token]:
    """The sentence around a speaker clause set off by commas in its
    middle (``The plan, Ames said, would cost more``) when the parser did
    not make the rest one clause: the whole sentence is what was said."""
    inner = [t for t in tok.subtree if not t.is_punct]
    first, last = inner[0].i, inner[-1].i
    sent = tok.sent
    if last - first > 8 or first - sent.start < 3 or sent.end - last < 4:
        return []
    if any(c.dep_ in ("mark", "advmod") and c.i < tok.i for c in tok.children):
        return []  # "as Ames observed", "when Ames insisted": an adverbial clause
    doc = tok.doc
    if doc[first - 1].text not in (",", "—", "–", "--") or doc[last + 1].text not in (",", "—", "–", "--"):
        return []
    if any(t.text in _OPEN_MARKS or t.text in _CLOSE_MARKS for t in sent):
        return []
    return trim(list(sent))


#: Parts of speech of a short speaker phrase ("the advisory board", "many
#: economists", "the city's lawyers").
_SPEAKER_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "PART"})


def _after_break_before(toks: list[Token], speaker_start: int) -> list[Token]:
    """The words of a reported clause with a parenthetical speaker clause
    from the last dash, semicolon, colon or opening bracket before that
    clause ("The crews had a ferry - and the pier, the clerk said, was
    unsafe": "and the pier ... unsafe"): the parser may hang the clause on
    the writer's words before the break. At least one word stays before
    the speaker clause."""
    breaks = [t for t in toks if t.i < speaker_start - 1 and (_spaced_dash(t) or t.text in (";", ":", "("))]
    if not breaks:
        return toks
    return [t for t in toks if t.i > breaks[-1].i] or toks


def _clause_read_as_object(cue: Token, source: Token) -> list[Token]:
    """The words after a verb of saying and its comma when the parser read
    the reported clause's subject as the cue's object ("In May, Ames said,
    the old piers closed": "piers" an object with "closed" on it; "Some
    riders say, well, the fares are fine"): what was said, up to the end of
    the sentence. Not for a quotation after the comma (the quotation
    rules have it) nor the first or second person (talk inside a
    quotation)."""
    doc = cue.doc
    sent = cue.sent
    if cue.i + 3 >= sent.end or doc[cue.i + 1].text != "," or source.lower_ in _FIRST_SECOND_PERSON or source.i > cue.i:
        return []
    if not any(c.dep_ == "dobj" and c.i > cue.i + 1 for c in cue.children):
        return []
    if doc[cue.i + 2].text in _OPEN_MARKS or any(t.text in _OPEN_MARKS for t in doc[sent.start : cue.i]):
        return []
    toks = trim(list(doc[cue.i + 2 : sent.end]))
    if len(toks) < 4 or not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in toks):
        return []
    return toks


def _spaced_dash(tok: Token) -> bool:
    """Whether *tok* is a dash between words ("the pier - and the ferry"),
    not a hyphen inside one ("long-term")."""
    return tok.text in _DASHES and (tok.text != "-" or bool(tok.whitespace_))


def _comma_speaker_clause(tok: Token) -> tuple[list[Token], Optional[Token]]:
    """``The toll, many drivers argue, has hurt trade``; ``The yard was
    busy, the owner added, and took on staff``: a bare speaker clause (a
    short phrase and the cue, with at most an adverb after it) set off by
    commas or dashes inside a sentence that goes on with a finite verb, found
    by its words where the parser did not hang it on the reported clause
    (it reads "many" as a modifier of the verb, the phrase before the first
    comma as a second subject, the cue as the root). The sentence is what
    was said, and the phrase's last word its speaker. Not in a sentence
    with quotation marks (a lead-in: ``In June, Ames said, “...”``), nor
    for a relative clause (``the war, which most voters opposed, ...``) or
    the first and second person (``I think``, ``you know``)."""
    doc = tok.doc
    sent = tok.sent
    if tok.dep_ == "relcl" or tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        return [], None
    a = tok.i - 1
    while a > sent.start and doc[a].pos_ == "ADV":
        a -= 1  # "the mayor also said"
    phrase_end = a
    while a >= sent.start and doc[a].pos_ in _SPEAKER_PHRASE_POS and doc[a].text not in _ASIDE_MARKS:
        a -= 1
    if a - sent.start < 1 or doc[a].text not in _ASIDE_MARKS or not 0 < phrase_end - a <= 6:
        return [], None
    phrase = doc[a + 1 : phrase_end + 1]
    if any(t.lower_ in _FIRST_SECOND_PERSON or t.lower_ in lexicon.RELATIVE_PRONOUNS or t.lower_ in _WH_WORDS for t in phrase):
        return [], None
    b = tok.i + 1
    while b < sent.end and doc[b].pos_ in ("ADV", "PART") and doc[b].text not in _ASIDE_MARKS:
        b += 1
    if sent.end - b < 4 or doc[b].text not in _ASIDE_MARKS or doc[b + 1].tag_ == "VBG":
        return [], None
    if not any(t.tag_ in _FINITE_TAGS for t in doc[b + 1 : sent.end]):
        return [], None
    if any(t.text in _OPEN_MARKS or t.text in _CLOSE_MARKS or _spaced_dash(t) and t.i not in (a, b) for t in sent):
        return [], None  # nor where a dash sets off some other part of it
    speaker = next((t for t in reversed(phrase) if t.pos_ in ("NOUN", "PROPN", "PRON") or t.lower_ in ("many", "some", "most", "others")), None)
    if speaker is None:
        return [], None
    return trim(list(sent)), speaker


#: Words that join the parts of a speaker phrase ("records of the county
#: clerk", "Ames and Cole", "the board's lawyers").
_SPEAKER_PHRASE_LINKS = frozenset({"of", "for", "by", "at", "from", "and", "'s", "’s"})

#: Marks after which a closing speaker clause may go on with other words
#: ("..., the board reported -- a first for the town").
_AFTER_SPEAKER_CLAUSE = frozenset({"—", "–", "--", ";"})


#: Cues that close a sentence as a bare speaker clause ("..., records
#: show.", "..., the board reported Tuesday."); verbs such as "speak" or
#: "question" that end a sentence of their own are not among them.
_CLOSING_CUES = frozenset(
    "say tell report write add note explain show find indicate suggest insist argue claim post announce confirm "
    "estimate predict warn acknowledge believe think reveal conclude contend recall testify tweet state assert "
    "maintain observe concede admit caution complain emphasize stress remark reply respond".split()
)


#: Words that open an adverbial clause at the start of a sentence.
_OPENING_SUBORDINATORS = _ADVERBIAL_MARKS | frozenset({"if", "whether", "with", "during", "just"})


def _adjunct_after_cue(tok: Token) -> bool:
    """Whether the words right after a closing speaker clause's cue are an
    adjunct, not an object: a preposition ("said in a statement"), a day or
    time ("reported Tuesday"), or the one told ("told a Senate panel")."""
    nxt = tok.doc[tok.i + 1]
    if nxt.pos_ == "ADP" and nxt.lower_ != "that":
        return True
    if nxt.lower_ in _TIME_WORDS or nxt.lower_ in _TIME_LEADS:
        return True
    return tok.lemma_.lower() in _ADDRESSEE_VERBS and nxt.pos_ in ("DET", "PROPN", "NOUN", "PRON")


#: Words that open a phrase of time ("last week", "earlier this year").
_TIME_LEADS = frozenset("last this earlier later recently previously".split())


#: Cues of an inverted closing speaker clause ("..., said the mayor.").
_INVERTING_CUES = frozenset("say add write explain note recall".split())


def _closing_content(words: Span) -> list[Token]:
    """The words before a closing speaker clause's comma as what was said:
    at least three, with a tensed verb, and not a lone opening adverbial
    clause ("While the crews stayed, the board reported ...")."""
    toks = trim(list(words))
    if len(toks) < 3 or not any(t.tag_ in _FINITE_TAGS for t in toks):
        return []
    end = words.end
    if toks[0].lower_ in _OPENING_SUBORDINATORS and not any(
        t.text == "," and any(u.tag_ in _FINITE_TAGS for u in words.doc[t.i + 1 : end]) for t in toks
    ):  # fmt: skip
        return []
    return toks


def _inverted_closing_clause(tok: Token) -> tuple[list[Token], Optional[Token]]:
    """``The ferry will run all winter, said the harbour chief, Ann Cole,
    who took over in May.``: an inverted speaker clause after a comma (the
    cue, then its speaker's phrase to the end of the sentence or to a
    relative clause on it), which the parser hung elsewhere."""
    doc = tok.doc
    sent = tok.sent
    b = tok.i + 1
    while b < sent.end and (doc[b].pos_ in _SPEAKER_PHRASE_POS or doc[b].lower_ in _SPEAKER_PHRASE_LINKS or doc[b].text == ","):
        if doc[b].lower_ in lexicon.RELATIVE_PRONOUNS:
            break
        b += 1
    relative = b < sent.end and doc[b].lower_ in lexicon.RELATIVE_PRONOUNS and doc[b - 1].text == ","
    if not relative and any(not (t.is_punct or t.is_space) for t in doc[b : sent.end]):
        return [], None
    phrase = [t for t in doc[tok.i + 1 : b] if not t.is_punct]
    if not phrase or len(phrase) > 15 or phrase[0].pos_ == "ADP" or any(t.lower_ in _FIRST_SECOND_PERSON for t in phrase):
        return [], None  # not "..., Ames, 61, said by telephone."
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i and not any(t.tag_ in _FINITE_TAGS for t in doc[c.i + 1 : tok.i])
           for c in tok.children) or is_reporting(tok.head) and tok.head.i < tok.i:  # fmt: skip
        return [], None  # "Ann Ames, 61 and retired, said by phone": the subject comes first
    heads = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and (t.i + 1 >= b or doc[t.i + 1].pos_ not in ("NOUN", "PROPN"))]
    toks = _closing_content(doc[sent.start : tok.i - 1])
    if not heads or not toks:
        return [], None
    return toks, heads[0]


def _closing_clause_by_words(tok: Token) -> tuple[list[Token], Optional[Token]]:
    """``The ferry ran late all summer, harbor records show.``: a speaker
    clause that closes its sentence after a comma (a short phrase, the cue,
    then at most a few words with no verb), found by its words where the
    parser did not hang the clause before the comma on the cue (it reads the
    cue as a conjunct, a participle or a noun, or hangs the clause on it as
    an adverbial). The words before the comma are what was said, if they
    hold a tensed verb; the phrase's head is the speaker. Not for the first
    and second person ("..., I think.") nor a relative clause."""
    doc = tok.doc
    sent = tok.sent
    if tok.dep_ in ("relcl", "amod", "acl") or tok.pos_ != "VERB" and not _show_read_as_noun(tok) or cue_lemma(tok) not in _CLOSING_CUES:
        return [], None
    if tok.i - 1 > sent.start and doc[tok.i - 1].text == "," and tok.tag_ in ("VBD", "VBZ") and cue_lemma(tok) in _INVERTING_CUES:
        return _inverted_closing_clause(tok)
    if any(c.dep_ == "prt" for c in tok.children) or tok.i + 1 < sent.end and tok.doc[tok.i + 1].dep_ == "prt":
        return [], None  # "the files would have shown up"
    a = tok.i - 1
    while a > sent.start and (doc[a].pos_ == "ADV" or doc[a].dep_ == "aux" and doc[a].tag_ != "TO"):
        a -= 1  # "records also show", "the board has said"
    has_aux = a < tok.i - 1 and doc[a + 1].dep_ == "aux"
    if not has_aux and tok.tag_ not in ("VBD", "VBZ", "VBP") and not _show_read_as_noun(tok):
        return [], None
    phrase_end = a
    while a > sent.start and (doc[a].pos_ in _SPEAKER_PHRASE_POS or doc[a].lower_ in _SPEAKER_PHRASE_LINKS
                              or doc[a].tag_ in ("VBG", "VBN") and doc[a - 1].pos_ in _SPEAKER_PHRASE_POS):  # fmt: skip
        if doc[a].text in _ASIDE_MARKS:
            break
        a -= 1
    if doc[a].text != "," or a - sent.start < 3 or not 0 < phrase_end - a <= 12:
        return [], None
    phrase = doc[a + 1 : phrase_end + 1]
    if phrase[0].lower_ in _SPEAKER_PHRASE_LINKS or phrase[0].tag_ == "VBN" or phrase[0].tag_ == "VBG" and phrase[1].pos_ != "NOUN":
        return [], None
    if any(t.lower_ in _FIRST_SECOND_PERSON or t.lower_ in lexicon.RELATIVE_PRONOUNS or t.lower_ in _WH_WORDS for t in phrase):
        return [], None
    rest = 0
    for t in doc[tok.i + 1 : sent.end]:
        if t.text in _AFTER_SPEAKER_CLAUSE:
            break
        if t.pos_ in ("VERB", "AUX") or t.text in _OPEN_MARKS or t.text in _CLOSE_MARKS:
            return [], None
        rest += not (t.is_punct or t.is_space)
    if rest > 6 or rest and not _adjunct_after_cue(tok):
        return [], None
    toks = _closing_content(doc[sent.start : a])
    if not toks:
        return [], None
    source = subject_of(tok)
    if source is None or not a < source.i < tok.i:
        # the last noun of the phrase's first run of nouns ("harbour records")
        heads = [t for t in phrase if t.pos_ in ("NOUN", "PROPN", "PRON") and (t.i == phrase_end or doc[t.i + 1].pos_ not in ("NOUN", "PROPN"))]
        source = heads[0] if heads else None
    if source is None:
        return [], None
    return toks, source


def _named_with_quote(tok: Token, ctx: Context) -> list[Token]:
    """``X called both rivals “reckless”`` when the parser found no object
    and predicate: a quoted phrase a few words after a naming verb, with no
    verb between, closes what the verb says of its object."""
    doc = tok.doc
    end = min(tok.sent.end, tok.i + 16)
    if tok.i + 1 >= end or doc[tok.i + 1].pos_ == "ADP" or tok.lemma_.lower() in lexicon.AS_CUES:
        return []  # "called for ...", "described X as ...": rules of their own
    for k in range(tok.i + 2, end):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or t.text in (".", ";", ":"):
            return []
        if t.text in _OPEN_MARKS:
            q = ctx.quote_at(t.idx)
            if q is None or q.start != t.idx or q.end - q.start > 60:
                return []
            last = max(x.i for x in doc[k:end] if x.idx < q.end)
            return trim(list(doc[tok.i + 1 : last + 1]))
    return []


#: Words that stand for a whole answer after "say" ("said yes", "said so").
_ANSWER_WORDS = frozenset({"yes", "no", "so", "otherwise"})


#: Belief verbs that take "so" for the view just stated ("Ames thinks so").
_SO_BELIEFS = frozenset({"think", "believe", "suspect", "expect", "suppose", "guess", "hope", "fear", "doubt"})


def _short_answer(tok: Token) -> list[Token]:
    """The answer word or phrase right after a verb of saying: "yes",
    "no", "so", "otherwise", "the same (thing) of X", "the opposite"; "yes"
    or "no" with the "to" phrase after it that names what was accepted or
    refused ("said no to the levy"), which the parser hangs on the verb."""
    doc = tok.doc
    for k in range(tok.i + 1, min(tok.i + 3, tok.sent.end)):
        t = doc[k]
        if t.head.i == tok.i and t.lower_ in _ANSWER_WORDS:
            to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" and c.i == k + 1), None)
            if to is not None and t.lower_ in ("yes", "no") and any(c.dep_ == "pobj" for c in to.children):
                return trim(list(doc[k : _prep_phrase_end(to) + 1]))
            return [t]
        if t.lower_ in ("same", "opposite") and t.head.i in (tok.i, t.i + 1) and doc[k - 1].lower_ == "the":
            head = t if t.head.i == tok.i else t.head
            return trim(list(doc[k - 1 : head.right_edge.i + 1]))
    return []


def _object_read_as_clause(tok: Token, ctx: Context) -> list[Token]:
    """``Engineers say the new bridge across the bay will cut delays`` where
    the parser took the subject of the reported clause for the object of
    "say" and hung the clause's verb below it or beside the cue: a noun
    object with a tensed verb after it, within the cue's phrase, begins
    what was said, which runs to the end of that phrase. (A quoted object
    is left to the quotation rules; a bare object, as in "said goodbye",
    reports nothing: taking those was right about half the time on news
    text and made formulas reports.)"""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "NUM") or ctx.quote_at(obj.left_edge.idx) is not None:
        return []
    toks = [t for t in tok.subtree if t.i >= obj.left_edge.i and t.i < tok.sent.end]
    if not any(t.i > obj.i and t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in toks):
        return []  # "said goodbye to the crew": a formula, no report
    return trim(contiguous(toks))


#: What was said about a topic, as the object of "say" or the noun a "to
#: say" hangs on: "said little about the pier", "had a bit more to say
#: about the toll", "what the vote says about the town", "good words
#: to say about Ames".
#: Not "nothing": saying nothing about X reports nothing; not "this" or
#: "that", which point to words quoted elsewhere.
_SAID_ABOUT_OBJECTS = frozenset("little much more less something anything lot plenty what thing things word words".split())


def _said_about(tok: Token, ctx: Context) -> tuple[list[Token], Optional[Token]]:
    """The topic of "say" with an amount or a gap for what was said:
    "Ames said little about the ferry", "the crews had hard words to say
    about the toll", "what the result says about the island" (the ferry,
    the toll, the island), with the one who said it (the subject of "have"
    for "have ... to say"). Nothing inside a quotation, after a negation
    ("did not have a lot to say about the pier"), or before a
    colon or quotation (a lead-in to the words said)."""
    doc = tok.doc
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    have = tok.head if tok.dep_ in ("relcl", "acl") and tok.head.head.lemma_ == "have" and tok.head.dep_ == "dobj" else None
    amount = obj if obj is not None else tok.head if have is not None else None
    if amount is None or amount.lower_ not in _SAID_ABOUT_OBJECTS or ctx.quote_at(tok.idx) is not None:
        return [], None
    if have is None and amount.i > tok.i and amount.lower_ in ("thing", "things", "word", "words"):
        return [], None  # "said good things about Ames": the words are the content
    if _negated(tok) or have is not None and _negated(have.head):
        return [], None
    if amount is obj and obj.lower_ in ("something", "lot", "much") and tok.tag_ == "VBZ":
        return [], None  # "the vote says a lot about the town": it shows, no one says
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > tok.i]
    preps += [c for c in amount.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > amount.i]
    prep = min(preps, key=lambda c: c.i, default=None)
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if pobj is None:
        return [], None
    end = _phrase_end(pobj)
    if end + 1 < len(doc) and (doc[end + 1].text == ":" or ctx.quote_opens_in(doc[end].idx + len(doc[end]), doc[end + 1].idx + 2)):
        return [], None
    if ctx.quote_opens_in(doc[pobj.left_edge.i].idx, doc[end].idx + 1):
        return [], None  # "said about the "night ferry" plan": the quotation rules take it
    last = next((c for c in pobj.rights if c.dep_ == "prep" and c.right_edge.i == end), None)
    if last is not None and _occasion_phrase(last):
        end = last.i - 1  # "said little about the pier in recent months": the pier
    source = subject_of(have.head) if have is not None else subject_of(tok)
    return trim(list(doc[pobj.left_edge.i : end + 1])), source


def _negated(tok: Token) -> bool:
    """Whether *tok* has a negation ("did not say", "never said")."""
    return any(c.dep_ == "neg" for c in tok.children)


#: Prepositions of a cue's setting or addressee, which the parser makes
#: carry the cue's own "about" phrase ("spoke at the rally about ...").
_SETTING_PREPS = frozenset({"at", "in", "on", "during", "to", "with", "before"})


def _prep_on_setting(prep: Token, wanted) -> Optional[Token]:
    """``Ames spoke at a rally about the ferry``, ``was asked at a briefing
    about the ferry``: the cue's "about" hung on the noun of a phrase of
    setting or addressee right before it. That "about", if the cue takes
    one. (Other prepositions were taken so more often wrongly: "spoke on
    condition of anonymity".)"""
    if prep.lower_ not in _SETTING_PREPS or "about" not in wanted:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    return next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > pobj.i), None)


#: Verbs that with "back" reject what their "on" or "against" phrase
#: names: "pushed back on the claims", "hit back against the charge".
_PUSHING_BACK_VERBS = frozenset({"push", "hit", "fire"})
_PUSHED_BACK_PREPS = frozenset({"on", "against", "at"})


#: Verbs of asking or telling someone about something: "asked the mayor
#: about the pier", "told few people about the plan", "reminded voters of
#: the old pier"; with the prepositions of the topic.
_ASKED_ABOUT_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("ask", "tell", "press", "brief"), frozenset({"about"})),
    "remind": lexicon.PREP_CUES["remind"],  # "of", "about"
}

#: Objects of those verbs that are no one addressed: "told the truth about
#: the fares" (see :data:`_STORY_NOUNS`), "asked a question about the toll".
_NOT_ADDRESSEES = frozenset({"truth", "question", "questions", "story", "tale", "joke", "lie", "lies"})


def _ends_possessive(doc: Doc, end: int) -> bool:
    """Whether token *end* is a possessive ending ("the board's", "Ames'")."""
    tok = doc[end]
    return tok.dep_ == "case" or tok.tag_ == "POS" or tok.text in ("’", "'") and end > 0 and doc[end - 1].text.endswith("s")


def _past_possessor(prep: Token, end: int) -> int:
    """The end of *prep*'s phrase when the parser made a possessor its object
    and what is possessed a second object ("asked about the mayor's absence
    from the vote", "about Ames' calling the toll a tax": not "the mayor's"
    alone but the whole phrase); *end* is the possessor's last token."""
    if not _ends_possessive(prep.doc, end):
        return end
    rest = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp") and c.left_edge.i == end + 1), None)
    return _phrase_end(rest) if rest is not None else end


def _unowned_belief_clause(tok: Token, source: Optional[Token], ctx: Context) -> bool:
    """``It is hard to imagine the ferry running at a profit``, ``it is
    assumed that the pier will open``: a belief verb with no one holding it
    and a clause after it, outside a quotation (on PolNeAR train 9 of 14
    right). Not a gerund ("assuming that ...", whose holder the reader
    supplies) nor a question clause ("hard to understand why ...")."""
    if source is not None or tok.tag_ == "VBG" or ctx.quote_at(tok.idx) is not None:
        return False  # "assuming that ...": a gerund's holder is left to the reader
    return any(c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.lower_ not in _WH_WORDS for c in tok.children)


def _comma_after(doc: Doc, i: int) -> bool:
    """Whether token *i* is followed by a comma or a dash (a parenthetical
    speaker clause: "The goal, he said, is ...")."""
    return i + 1 < len(doc) and doc[i + 1].text in (",", "—", "–", "--")


def _clause_break(between: Span) -> bool:
    """Whether the words *between* a clause and the subject of the verb
    after it hold a colon or a semicolon, which end a clause of the
    writer's before a new one ("The pier is old: the board wants it shut."),
    unlike the comma before a speaker clause."""
    return any(t.text in (":", ";") for t in between)
#: Pronoun objects of a verb of taking a side (:data:`_STANCE_VERBS`): the
#: thing backed or opposed is the stance's content even where a pronoun
#: points back to it ("the levy was cut, and the crews opposed it", "the
#: levy, which the crews opposed, ...").
_STANCE_OBJECTS = frozenset({"it", "which", "who", "whom"})
#: Pronoun objects of any object cue that point back to a thing said or
#: done, which the annotation takes as the content: the relative "which"
#: ("the charge, which the mayor denied, ...") and the demonstratives
#: "this" and "that" ("the mayor disputed this", "Cole rejected that"),
#: unlike "it", which as often stands for no report at all.
_POINTING_OBJECTS = frozenset({"which", "this", "that"})


def _unnamed_object(verb: Token, obj: Token, ctx: Context) -> bool:
    """Whether a naming verb has a bare object and nothing that names or
    describes it: "the mayor called both ferry captains" (telephoned), "the
    board called a meeting" (convened), "the captain described the storm"
    (the description, if given, follows, often as a quotation)."""
    if cue_lemma(verb) not in ctx.naming_verbs or any(c.dep_ == "prt" for c in verb.children):
        return False  # "called out the board" does report
    return _bare_noun(obj)


#: Nouns of a story told: "told the story of the first ferry", "tells a
#: different tale". What "tell" otherwise takes as its object is mostly the
#: one told ("told the council") or a formula ("tell the truth").
_STORY_NOUNS = frozenset({"story", "tale", "joke", "anecdote", "parable", "yarn"})


def _told_story(verb: Token, ctx: Context) -> bool:
    """Whether *verb* is "tell" with a story as its object ("Ames told the
    story of the old pier", "the figures tell a different tale"), outside a
    quotation (a speaker's "we tell our story" is part of what was quoted)."""
    if cue_lemma(verb) != "tell" or ctx.quote_at(verb.idx) is not None:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in _STORY_NOUNS:
        return False
    # "likes to tell jokes", "should tell more stories": telling as a habit,
    # no story in particular (a plural with no determiner, owner or complement)
    return obj.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "prep", "acl", "relcl") for c in obj.children)


def _talked_up(verb: Token) -> bool:
    """Whether *verb* is "talk up" (praise) with its object: "Ames talked
    up the new ferry", "talking the plan up"."""
    return cue_lemma(verb) == "talk" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)

#: Object cues that also mean refusing someone something ("denied the
#: town a vote"): with two objects they report nothing.
_REFUSING_VERBS = frozenset({"deny"})

#: Object cues that also mean running for or taking a post or a prize, and
#: the objects that give them that sense: "she seeks a second term", "he
#: sought the White House", "could claim the nomination", "claimed the
#: prize": a race, not a stance or a statement ("claimed credit for the
#: win", "sought a delay" stay reports).
_OFFICE_SEEKING_VERBS = frozenset({"seek", "claim"})
_OFFICE_OBJECTS = frozenset("nomination presidency term seat office prize territory crown title".split())


def _office_sought(verb: Token, obj: Token) -> bool:
    """Whether *verb* takes a post or a prize as *obj* ("seeking a fifth
    term", "sought the White House", "claim the nomination")."""
    if verb.lemma_.lower() not in _OFFICE_SEEKING_VERBS:
        return False
    if obj.lower_ == "house" and any(c.lower_ == "white" for c in obj.lefts):
        return True
    return obj.lemma_.lower() in _OFFICE_OBJECTS


def _refusal(verb: Token, obj: Token) -> bool:
    """Whether *verb*, a verb of :data:`_REFUSING_VERBS` with the object
    *obj*, refuses someone something rather than rejecting a claim ("denied
    the charges"): a second object ("denied the town a vote", also where
    the parser reads the thing refused as some other phrase), an object
    that is a name or a pronoun ("denied Ames", "denied him"), or a passive
    ("the rights denied to the crews")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    if obj.lower_ == "which" and _pointing_object(verb, obj):
        # "the charge, which the mayor denied": a claim rejected, unless
        # someone is refused it ("a vote, which the council denied the town")
        return any(c.dep_ in ("dative", "dobj") and c.i > verb.i for c in verb.children)
    if obj.pos_ in ("PROPN", "PRON"):
        return True
    if sum(t.dep_ == "det" for t in obj.doc[obj.left_edge.i : obj.i]) > 1 or any(c.dep_ == "nsubj" for c in obj.lefts):
        return True  # "denied the crews a pay rise" read as one phrase
    return any(c.dep_ in ("dative", "npadvmod", "oprd", "attr") or c.dep_ == "dobj" and c.i != obj.i for c in verb.children if c.i > verb.i)


_INDEFINITE_DETERMINERS = frozenset({"a", "an", "any"})


def _no_particular_one(obj: Token) -> bool:
    """Whether *obj* is a bare indefinite noun ("a candidate", "any
    replacement"), which under a negated cue ("the union will not endorse a
    candidate", "the board did not name a successor") says no one and
    nothing in particular was taken up: no report."""
    return obj.pos_ == "NOUN" and all(c.dep_ == "det" and c.lower_ in _INDEFINITE_DETERMINERS for c in obj.children) and obj.n_lefts == 1


def _pointing_object(verb: Token, obj: Token) -> bool:
    """Whether *obj*, the object of *verb*, is a pronoun of
    :data:`_POINTING_OBJECTS` in its own role: "which" opening the relative
    clause of *verb*, "this" or "that" as a demonstrative, not the relative
    "that" ("the toll that the board proposed")."""
    if obj.lower_ not in _POINTING_OBJECTS or obj.i == obj.head.i or obj.n_lefts or obj.n_rights:
        return False
    if obj.lower_ == "which":
        return verb.dep_ == "relcl" and obj.i < verb.i
    return verb.dep_ != "relcl" and obj.i > verb.i


def _finding_holder(verb: Token, source: Token) -> Token:
    """The word that stands for what *verb*, a finding verb, reports:
    *source*, or for a relative pronoun opening *verb*'s clause its
    antecedent ("polls that show the mayor ahead": polls)."""
    if verb.dep_ == "relcl" and source.lower_ in ("that", "which") and source.head.i == verb.i and source.i < verb.i:
        return verb.head
    return source


def _agent_passive_subject(verb: Token) -> Optional[Token]:
    """The subject of a passive *verb* with a "by" agent, which is what the
    agent spoke of ("the plan was rejected by the council"), unless it is
    a pronoun."""
    if not any(c.dep_ == "agent" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj if subj is not None and (subj.pos_ != "PRON" or _passive_relative(verb, subj)) else None


#: Verbs of taking a side: their passive participle on a noun, with a "by"
#: agent, states the agent's stance on it ("a levy opposed by the crews"),
#: where other verbs name what was done to it ("a video posted by the
#: council"); a pronoun object is their content ("opposed it").
_STANCE_VERBS = frozenset("support back oppose favor favour endorse reject criticize criticise condemn".split())


def _agent_participle_noun(verb: Token) -> Optional[Token]:
    """The noun a passive participle with a "by" agent hangs on, which is
    what the agent spoke of or holds a view of ("a levy opposed by the
    crews", "the plan, backed by the mayor, ..."), unless it is a pronoun."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or verb.head.i > verb.i or not any(c.dep_ == "agent" for c in verb.children):
        return None
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None


#: Belief verbs that take a clause rather than a thing ("believes the pier
#: will open"); not stances such as "support", whose object is what is held.
_CLAUSE_BELIEFS = _SO_BELIEFS | frozenset({"feel", "assume", "reckon"})


def _verb_after_aside(doc: Doc, end: int) -> Optional[Token]:
    """The tensed verb with no subject of its own right after an aside that
    follows an object phrase ending at token *end*: after a belief cue the
    "object" is the subject of the clause believed, which the parser
    missed for the aside ("believes the pier, once it opens, will bring
    trade", "thinks the toll — a tax in all but name — hurts drivers")."""
    k = end + 1
    if k >= len(doc) or doc[k].text not in _ASIDE_MARKS:
        return None
    mark = doc[k].text
    sent_end = doc[end].sent.end
    j = k + 1
    while j < sent_end and doc[j].text not in _ASIDE_MARKS and doc[j].text not in (";", ":", "."):
        j += 1
    if j + 1 >= sent_end or (doc[j].text == ",") != (mark == ","):
        return None
    verb = doc[j + 1]
    if verb.tag_ not in ("VBZ", "VBD", "VBP", "MD"):
        return None
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head
    return None if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) else verb


#: Modal auxiliaries, which a closing speaker clause does not take.
_MODALS = frozenset({"can", "could", "would", "will", "may", "might", "should", "must", "shall", "'ll", "’ll", "wo", "ca"})


#: Verbs whose speaker clause may name whom it was addressed to
#: ("..., Ames told reporters") or what it was written in or quoted from.
_SPEAKER_CLAUSE_OBJECT_VERBS = _ADDRESSEE_VERBS | {"write", "quote"}


def _object_of_its_own(verb: Token, content: tuple[int, int]) -> bool:
    """Whether *verb*, outside *content*, takes a direct object of its own
    other than "it" ("As Ames put it"), so that it is no speaker clause set
    beside a reported clause but a clause of its own: "The crews were tired,
    so the captain cancelled the run", "When the mayor announced her bid,
    the town cheered", "The pier is old -- Ames cites the repair bills".
    A speaker clause may name whom it addressed ("..., Ames told
    reporters"): verbs of telling and asking, writing and quoting keep it."""
    if content[0] <= verb.idx < content[1] or cue_lemma(verb) in _SPEAKER_CLAUSE_OBJECT_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and any(o.lower_ != "it" for o in objects)


def _modal_aux(verb: Token) -> bool:
    """Whether *verb* has a modal auxiliary: "debt would fall", "he can
    claim it". A closing speaker clause reports what was said ("..., Ames
    said"), so a clause with a modal after a comma is a clause of its own
    ("Fares would rise, debt would fall") or no speaker clause at all."""
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def _quoted_under_speaker(tok: Token, ctx: Context) -> bool:
    """Whether *tok* is a verb of the quotation a speaker clause after it
    reports ("“The ferry does not answer the question,” Ames said.":
    "answer" hangs on "said"): it is what was said, no speaker clause of its
    own."""
    head = tok.head
    if head.i < tok.i or not is_reporting(head):
        return False
    q = ctx.quote_at(tok.idx)
    return q is not None and not q.start <= head.idx < q.end


def _inverted_speaker(cue: Token, subject: Optional[Token]) -> Optional[Token]:
    """The speaker of a speech verb set between the fronted subject of the
    reported clause and its predicate, with the speaker after the verb
    ("The real trouble, say engineers on the pier, is the tide", "And the
    mayor, said Ames, never forgets"): the parser reads the fronted phrase
    as the verb's subject and the speaker as the subject of the reported
    clause. Not when the subject ends in an apposition or a relative clause
    ("The mayor, a former captain, said the pier ...") or the words after
    the verb run on without a comma ("The mayor, said the pier was ...")."""
    if subject is None or subject.dep_ != "nsubj" or subject.head.i != cue.i or subject.i > cue.i or cue.i < 2:
        return None
    doc = cue.doc
    if doc[cue.i - 1].text != "," or subject.right_edge.i < cue.i - 2:
        return None
    if lexicon.cue_category(cue.lemma_.lower()) not in ("speech", "writing"):
        return None
    if any(t.dep_ in ("appos", "relcl", "acl", "conj") for t in subject.subtree):
        return None
    comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if comp is None:
        return None
    speaker = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == cue.i + 1), None)
    if speaker is None or speaker.pos_ not in ("NOUN", "PROPN", "PRON") or speaker.right_edge.i >= comp.i:
        return None
    end = speaker.right_edge.i
    if doc[end].text != "," and doc[end + 1].text != ",":
        return None
    return speaker


def _would_unasserted(tok: Token) -> bool:
    """Whether a cue with "would" reports nothing yet: in a clause under
    another word ("asked whether he would endorse the mayor", "no sign she
    would back the toll") or with a condition ("would back the toll if the
    port paid"). As the main verb of its sentence, with no condition, it
    tells what someone habitually or surely does ("Spokesmen for the port
    would not discuss the contract", "He would praise the crews at every
    stop"): a report."""
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in tok.children):
        return False
    if tok.dep_ != "ROOT":
        return True
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children) for c in tok.children)


def verb_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """Reporting verbs with a complement, postposed clauses, naming and objects."""
    for cand in _verb_candidates(doc, ctx):
        yield _as_quoted_by(_with_poll_tally(cand))


#: Verbs that report someone's words as "X as saying ...".
_QUOTING_VERBS = frozenset({"quote", "cite"})


def _as_quoted_by(cand: Candidate) -> Candidate:
    """``The Herald quoted a pilot as saying that the pier was unsafe``: the
    report is the paper's, of the one it quotes and what they said, as
    PolNeAR marks it (on train 5 of 6 such outer reports, none of the inner
    ones). A clause of a speech verb in an "as" phrase on an active
    "quote" or "cite" with an object becomes the quoting verb's report,
    its subject the source and the content from the object on."""
    tok = cand.cue_token
    if tok is None or cand.rule != "verb_clause" or tok.dep_ != "pcomp" or tok.head.lower_ != "as":
        return cand
    quoter = tok.head.head
    if quoter.pos_ != "VERB" or quoter.lemma_.lower() not in _QUOTING_VERBS or cand.content[0] < tok.idx:
        return cand
    obj = next((c for c in quoter.children if c.dep_ == "dobj" and c.i < tok.i), None)
    source = subject_of(quoter)
    if obj is None or source is None or any(c.dep_ in ("auxpass", "nsubjpass") for c in quoter.children):
        return cand
    return replace(cand, content=(obj.left_edge.idx, cand.content[1]), cue=cue_span(quoter), cue_token=quoter,
                   source_token=source, cue_lemma=cue_lemma(quoter))  # fmt: skip


def _verb_candidates(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """The candidates of :func:`verb_rules`, before a poll's tally is
    completed."""
    for tok in ctx.tokens_where(doc, cue_lemma=ctx.cue_verbs):
        if not is_cue_verb(tok, ctx):
            continue
        lemma = cue_lemma(tok)
        category = ctx.cue_verbs[lemma]
        source = subject_of(tok)
        fronted = None
        speaker = _inverted_speaker(tok, source)
        if speaker is not None:
            fronted, source = source, speaker  # "The real trouble, say engineers, is the tide"
        if category == "belief" and not _reported_belief(tok, source, ctx) and not _unowned_belief_clause(tok, source, ctx):
            continue
        if source is not None and source.lower_ in _FIRST_SECOND_PERSON and ctx.quote_at(tok.idx) is not None:
            continue  # "I said, hey ..." inside a quotation is the speaker's own telling
        if _writer_hedge(tok):
            continue
        cue = cue_span(tok)
        if tok.dep_ == "xcomp" and tok.head.i < tok.i and tok.head.lemma_.lower() in lexicon.IMPRESSION_VERBS and _seeming_report(tok, ctx):
            cue = (tok.head.idx, cue[1])  # "seemed to mock" as one cue
        base = dict(cue=cue, cue_token=tok, source_token=source, cue_lemma=lemma, cue_category=category)
        if tok.pos_ not in ("VERB", "AUX"):  # "..., county records show.": only as a closing speaker clause
            toks, speaker = _closing_clause_by_words(tok)
            if toks:
                base["source_token"] = speaker
                yield Candidate(content=span_chars(toks), rule="postposed", confidence=0.6, **base)
            continue
        if lemma in ctx.quote_only:
            yield from _lead_in(tok, ctx, base)
            continue

        content = None
        rule = None
        conf = 0.0
        # 1. clausal complement
        comps = [c for c in tok.children if c.dep_ in _CLAUSE_DEPS and not _adverbial(c)]
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) and not _perfect_read_as_passive(tok)
        if not comps and lemma in ctx.xcomp_cues and not passive:
            comps = [c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i]
        if not comps and category in ("speech", "writing"):
            comps = _misattached_that_clause(tok)
        if not comps:
            comps = _relative_gap_xcomp(tok)
        if not comps and lemma in _WH_CUES:
            comps = _if_clause_question(tok)
        if not comps:
            comps = _gerund_subject_clause(tok)
        if comps:
            after = [c for c in comps if c.i > tok.i]
            comp = after[0] if after else comps[0]
            if not after and any(c.i > tok.i and c.dep_ in ("dobj", "xcomp", "attr", "oprd") for c in tok.children):
                comps = []  # "As the ferry docked, the mayor praised the crew": no speaker clause
            elif not after and passive and _passive_after_clause(tok):
                comps = []  # "The ferry ran late, so a new timetable was announced": no speaker clause
        if comps:
            toks = trim(contiguous(clause_tokens(comp, ctx=ctx)))
            if toks and comp.i < tok.i and _is_full_clause(comp):
                toks = _with_resumed_clause(tok, toks)
                toks = _with_clause_after_semicolon(tok, toks)
            if toks and comp.i > tok.i:
                toks = _with_coordinated_complement(tok, comp, toks)
                toks = _with_stray_subject(tok, comp, toks)
                toks = _without_trailing_aside(toks, comp)
                toks = _without_trailing_comparison(toks, comp)
                toks = _without_trailing_concession(toks, comp)
                toks = _without_trailing_participle(toks, ctx)
                toks = _without_listed_participle(tok, toks, ctx)
                toks = _with_split_complement(tok, comp, toks, ctx)
                toks = _with_fronted_part(tok, comp, source, toks)
            wh_report = category in ("speech", "writing") or lemma in _WH_CUES or _negated(tok)
            if toks and toks[0].lower_ in _WH_WORDS and toks[0].lower_ != "whether" and not wh_report and toks[0].i > tok.i:
                # "the chart shows how ..." reports nothing; "said who she backs", "did not
                # show how ...", "will decide whether to ..." (a question weighed) do
                toks = []
            if toks and comp.i > tok.i:
                toks = _with_relative_head(tok, source, toks)
                toks = _with_colon_elaboration(toks)
                toks = _with_dangling_conjunct(tok, toks, ctx)
                toks = _with_phrase_hung_on_cue(tok, toks)
                toks = _with_condition_after(toks)
            if toks:
                content, rule, conf = span_chars(toks), "verb_clause", 0.85
                if fronted is not None and comp.i > tok.i:
                    content = (fronted.left_edge.idx, content[1])  # the envelope, speaker clause included
                if comp.i < tok.i:
                    content = _with_resumed_quote(content, tok, ctx)
        # 2. naming: X calls Y "Z"
        if content is None and lemma in ctx.naming_verbs:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            pred = next((c for c in tok.children if c.dep_ in ("oprd", "xcomp") and c.i > tok.i), None)
            if obj is not None and pred is None:
                # "deems the talks a waste": the parser may read the predicate as a second object
                pred = next((c for c in tok.children if c.dep_ == "dobj" and c.i > obj.right_edge.i and c.pos_ == "NOUN"), None)
            if obj is not None and pred is not None:
                toks = trim([t for t in doc[obj.left_edge.i : pred.right_edge.i + 1]])
            else:
                toks = _named_with_quote(tok, ctx)
            what = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ == "what" and c.i < tok.i), None)
            if toks and passive and what is not None:
                toks = trim(list(doc[what.i : toks[-1].i + 1]))  # "what is called a “ferry tax”": the free relative names it
            elif toks and passive:
                named = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i), None)
                if named is not None and named.tag_ not in ("WDT", "WP") and named.lower_ != "that" and named.left_edge.i < toks[0].i:
                    # "The new pier will be dubbed “the Long Walk”": the
                    # passive clause with the thing named is the content
                    toks = trim(list(doc[named.left_edge.i : toks[-1].i + 1]))
            toks = _with_reason_clause(tok, toks)
            if toks:
                toks = _without_medium(toks)  # 'called the mayor a “coward” on her podcast'
                content, rule, conf = span_chars(toks), "naming", 0.8 if pred is not None else 0.79
        # 3. postposed: "..., Samra reported"
        lead = _stranded_lead(tok, source) if content is None and source is not None else []
        if (
            content is None
            and (tok.dep_ in _POSTPOSED_DEPS or _closing_speaker_clause(tok))
            and (category in ("speech", "writing") or not _has_complement(tok))
            and source is not None
            and source.i > tok.head.i - 40
            and _comma_before(doc, min(t.i for t in tok.subtree if not t.is_punct and t not in lead))
            and _is_full_clause(tok.head)
            and not (passive and _passive_after_clause(tok))
            and not _quoted_under_speaker(tok, ctx)
        ):
            head = tok.head
            inner = [t for t in tok.subtree if not t.is_punct and t not in lead]
            final = inner[-1].i >= tok.sent.end - 2 and head.i < tok.i
            parenthetical = _comma_after(doc, inner[-1].i) and not final
            if parenthetical and head.dep_ == "ccomp" and head.head.i < inner[0].i and not lead:
                head = head.head  # "He hoped, she said, that the pier would reopen": the sentence, not the hope's clause
            if final or parenthetical:
                toks = contiguous(clause_tokens(head, exclude=tok) + (lead if parenthetical else []))
                if final:
                    toks = [t for t in toks if t.i < min(source.left_edge.i, tok.i)] or toks
                toks = trim(toks)
                if toks and final and toks[-1].i < tok.i:
                    toks = _with_resumed_clause(tok, toks, final=True)
                if toks and parenthetical:
                    # "The pier, he said, will be run by Ames, a former captain"
                    toks = _without_trailing_aside(toks, head)
                    toks = _after_break_before(toks, min(t.i for t in inner))
                if len(toks) >= 3:
                    content, rule, conf = span_chars(toks), "postposed", 0.8
        # 3b. root verb whose content comes before it with the cue after a comma
        if (content is None and tok.dep_ == "ROOT" and source is not None and (category in ("speech", "writing") or not _has_complement(tok))
                and not (passive and _passive_after_clause(tok))):
            left = [c for c in tok.lefts if c.dep_ in ("ccomp", "parataxis") and c.i < source.i and _is_full_clause(c)
                    and not _clause_break(doc[c.right_edge.i : source.left_edge.i])]
            if left:
                toks = trim(contiguous(clause_tokens(left[0])))
                if toks:
                    content, rule, conf = span_chars(toks), "postposed", 0.8
        # 3c. a parenthetical speaker clause in a sentence the parser broke
        if content is None and source is not None and category == "speech" and tok.dep_ not in ("ROOT", "relcl", "acl", "amod", "xcomp", "ccomp"):
            toks = _parenthetical_sentence(tok)
            if toks:
                content, rule, conf = span_chars(toks), "postposed", 0.6
        # 3d. "As the Herald reported, the ferry will stop": the clause it hangs on
        # with its own subject or agent; "As expected, ...": no one's
        own = source is not None and tok in (source.head, source.head.head)
        if content is None and (own or tok.tag_ == "VBN") and _as_clause(tok):
            toks = trim(contiguous(clause_tokens(tok.head, exclude=tok)))
            if len(toks) >= 3:
                content, rule, conf = span_chars(toks), "postposed", 0.7
                if not own:
                    base["source_token"] = None
        # 3e. "The toll, many drivers argue, has hurt trade", misparsed
        if content is None:
            toks, speaker = _comma_speaker_clause(tok)
            if toks:
                content, rule, conf = span_chars(toks), "postposed", 0.6
                base["source_token"] = speaker
        # 3f. "The fares rose over the summer, as Ames has acknowledged."
        mark = _trailing_as_clause(tok) if content is None and source is not None else None
        if mark is not None:
            toks = trim(contiguous([t for t in clause_tokens(tok.head, exclude=tok) if t.i < mark.i]))
            if len(toks) >= 3:
                content, rule, conf = span_chars(toks), "postposed", 0.6
        # 3g. "The ferry ran late, harbor records show.", misparsed
        if content is None and category in ("speech", "writing", "finding"):
            toks, speaker = _closing_clause_by_words(tok)
            if toks:
                content, rule, conf = span_chars(toks), "postposed", 0.6
                base["source_token"] = speaker
        # 3h. "In May, Ames said, the old piers closed", the subject read as the cue's object
        if content is None and source is not None and category == "speech" and lemma not in ctx.object_cues:
            toks = _clause_read_as_object(tok, source)
            if toks:
                content, rule, conf = span_chars(toks), "verb_clause", 0.6
        if content is not None and rule == "postposed" and _modal_aux(tok):
            content = None  # "Fares would rise, debt would fall": a speaker clause says what was said, not what may be
        if content is not None and rule == "postposed" and _object_of_its_own(tok, content):
            content = None  # "The crews were tired, so he cancelled the run": no speaker clause
        if content is not None and rule == "postposed":
            kept = _quotation_after_participle_lead(doc, content, tok)
            if kept:
                content = span_chars(kept)
        if content is not None:
            yield Candidate(content=content, rule=rule, confidence=conf, **base)
            continue
        # 4. prepositional content: "called for X", "warned of X", "spoke
        # about X"; also "(was) asked about X", a question with no source
        asked = source is None and lemma in ("ask", "question") and _passive_participle(tok)
        preps = lexicon.PREP_CUES.get(lemma, frozenset())
        if lemma in _PUSHING_BACK_VERBS and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i > tok.i for c in tok.children):
            preps = preps | _PUSHED_BACK_PREPS  # "pushed back on the claims", "hit back at the critics"
        for child in tok.children:
            if child.i < tok.i or source is None and not asked:
                continue
            toks = []
            if child.dep_ == "prep" and child.lower_ not in preps:
                child = _prep_on_setting(child, preps) or child
            if child.dep_ == "prep" and child.lower_ in preps:
                pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    # without an aside on it, as for an object ("spoke about
                    # the ferry, which the council bought": the ferry)
                    toks = trim(list(doc[pobj.left_edge.i : _past_possessor(child, _phrase_end(pobj)) + 1]))
                    toks = _with_prep_object_frame(tok, child, toks)
                    toks = _with_object_predicate(tok, toks)
                    toks = _with_listed_wh_clause(toks)
                    toks = _without_verb_on_object(toks)
                    toks = _with_count(tok, toks)
                    toks = _with_colon_elaboration(toks) if toks else toks
            elif child.dep_ in ("dobj", "dative") and lemma in _ASKED_ABOUT_VERBS and child.lemma_.lower() not in _NOT_ADDRESSEES:
                # "asked the mayor about the pier": the parser hangs "about" on the one asked
                prep = next((c for c in child.children if c.dep_ == "prep" and c.lower_ in _ASKED_ABOUT_VERBS[lemma]), None)
                toks = _prep_object(prep) if prep is not None else []
            elif child.dep_ in ("advcl", "ccomp", "xcomp"):
                # "called for the minister to resign": the parser makes "for" the mark of a clause
                mark = next((c for c in child.children if c.dep_ == "mark" and c.i < child.i), None)
                if mark is not None and mark.lower_ in lexicon.PREP_CUES.get(lemma, ()) and mark.i <= tok.i + 2:
                    toks = trim([t for t in child.subtree if t.i > mark.i])
            if toks and (_addressee_only(lemma, toks) or _answered_by_doing(lemma, tok) or _focus_participle(lemma, tok)):
                toks = []
            if toks:
                toks = _without_medium(toks)  # "railed against the plan on Facebook"
                yield Candidate(content=span_chars(toks), rule="verb_prep", confidence=0.45, **base)
                break
        else:
            # 5. direct object of an object-taking cue
            finding = source is not None and lemma in _FINDING_OBJECT_CUES and _finding_holder(tok, source).lower_ in lexicon.DOCUMENT_HEADS
            if source is not None and (lemma in ctx.object_cues or finding or _told_story(tok, ctx) or _talked_up(tok)):
                objects = ("dobj", "dative") if finding else ("dobj",)  # "shows him trailing"
                obj = next((c for c in tok.children if c.dep_ in objects), None)
                end = _object_phrase_end(tok, obj, finding) if obj is not None else None
                if obj is not None and end == obj.right_edge.i and (_bare_text(tok, obj) or _unnamed_object(tok, obj, ctx)):
                    obj = None  # "the mayor posted a video": see whether a quotation follows
                if obj is not None and _would_unasserted(tok):
                    obj = None  # "whether he would endorse the mayor": no report yet
                if obj is not None and lemma in _REFUSING_VERBS and _refusal(tok, obj):
                    obj = None  # "denied the town a vote": a refusal, no report
                if obj is not None and _office_sought(tok, obj):
                    obj = None  # "seeks a second term": a race, no report
                if obj is not None and lemma == "report" and _reported_from(tok, obj):
                    obj = None  # "Ames reported from the harbour this week": where the reporter was
                if obj is not None and _other_sense_particle(tok):
                    obj = None  # "called off the talks", "ripped the signs away": no report
                if obj is not None and _gesture_or_handle(lemma, obj):
                    obj = None  # "pointed a finger at the crowd", "She tweets @harbourwatch": no report
                if obj is not None and end == obj.right_edge.i and _negated(tok) and _no_particular_one(obj):
                    obj = None  # "the union will not endorse a candidate": no stance on anyone
                stance_pronoun = (obj is not None and (lemma in _STANCE_VERBS and obj.lower_ in _STANCE_OBJECTS or _pointing_object(tok, obj))
                                  and not any(c.dep_ == "prt" for c in tok.children))  # not "which he backed away from"
                if obj is not None and (obj.pos_ != "PRON" or end > obj.right_edge.i or obj.lower_ in _PERSONAL_OBJECTS or stance_pronoun):
                    end = _with_trailing_adverb(tok, end)
                    clause = _verb_after_aside(doc, end) if lemma in _CLAUSE_BELIEFS else None
                    if clause is not None:
                        end = clause.right_edge.i  # "believes the pier, once it opens, will bring trade"
                    toks = _with_listed_wh_clause(trim(list(doc[obj.left_edge.i : end + 1])))
                    toks = _without_trailing_comparison(toks, obj)
                    toks = _with_count(tok, _without_verb_on_object(toks))
                    if toks:
                        toks = _with_colon_elaboration(toks)
                        yield Candidate(content=span_chars(toks), rule="verb_object", confidence=0.4, **base)
                        continue
            # 5b. the subject of a passive object-taking cue with a "by" agent:
            # "the plan was rejected by the council": the plan
            news = lemma in _PASSIVE_NEWS  # "the deal was reported by ...": see passive_news_rules
            passive_subj = _agent_passive_subject(tok) if source is not None and lemma in ctx.object_cues and not news else None
            if passive_subj is not None:
                toks = trim(list(doc[passive_subj.left_edge.i : passive_subj.right_edge.i + 1]))
                if toks:
                    yield Candidate(content=span_chars(toks), rule="verb_object", confidence=0.4, **base)
                    continue
            # 5c. a passive participle with a "by" agent on a noun: "the levy,
            # opposed by the crews, ...": the noun's phrase up to the participle
            held = _agent_participle_noun(tok) if source is not None and lemma in _STANCE_VERBS else None
            if held is not None:
                toks = trim(list(doc[held.left_edge.i : tok.left_edge.i]))
                if toks:
                    yield Candidate(content=span_chars(toks), rule="verb_object", confidence=0.4, **base)
                    continue
            # 6. a short answer: "most voters said yes", "a third said the same"
            toks = _short_answer(tok) if source is not None and lemma in ("say", "answer", "reply") else []
            if source is not None and lemma in _SO_BELIEFS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "so" and doc[tok.i + 1].head.i == tok.i:
                toks = [doc[tok.i + 1]]  # "Cole thinks so, too": the view just stated
            if not toks and source is not None and lemma == "say":
                toks = _object_read_as_clause(tok, ctx)
            if not toks and lemma == "say":  # "said little about the pier"
                toks, holder = _said_about(tok, ctx)
                if toks and holder is not None:
                    base["source_token"] = holder
                else:
                    toks = []
            if toks:
                yield Candidate(content=span_chars(toks), rule="verb_object", confidence=0.5, **base)
                continue
            # 7. colon lead-in: "X said:" followed by a quote or a paragraph
            yield from _lead_in(tok, ctx, base)


#: Words after a quotation that open a clause of the writer's own ("... “X”
#: until the mayor spoke").
_CLAUSE_OPENERS = (_ADVERBIAL_MARKS - {"as", "once"}) | _CONDITION_MARKS | {"whereas"}


def _clause_past_quote(doc: Doc, q: Quote, ctx: Context) -> int:
    """Where the words reported with quotation *q* end, when the quotation
    stops in the middle of its sentence and the sentence goes on with more
    of what was reported (``said, “is very confident” between her and the
    mayor``, ``found “evidence” that the pier was unsafe``, ``pledged
    “cooperation” toward shared goals``): the end of the sentence. Not
    after a quotation that ends with a comma or a full stop, nor before a
    verb (the quotation was a subject: ``“...” continues to lead``), a
    joined verb (``“...” and said ...``), a relative pronoun or a
    conjunction that opens a clause of the writer's (``until``, ``when``)."""
    text = ctx.text
    inner = text[q.start : q.end].rstrip("”\"’'» ")
    if inner.endswith((".", "!", "?", ",", ";", ":")) or not re.match(r" [a-z]", text[q.end : q.end + 2]):
        return q.end
    j = _token_at_or_after(doc, q.end + 1)
    if j is None:
        return q.end
    first = doc[j]
    if first.pos_ in ("VERB", "AUX") or first.lower_ in _CLAUSE_OPENERS:
        return q.end
    if first.lower_ in lexicon.RELATIVE_PRONOUNS and first.tag_ in ("WDT", "WP"):
        return q.end
    if first.lower_ in ("and", "or", "but") and j + 1 < len(doc) and (doc[j + 1].pos_ in ("VERB", "AUX") or doc[j + 1].tag_.startswith("VB")):
        return q.end
    end = first.sent.end_char
    stop = text.find("\n", q.end, end)
    if stop >= 0:
        end = stop
    while end > q.end and text[end - 1] in " .\n\t":
        end -= 1
    inside = ctx.quote_at(end - 1)
    return max(end, inside.end) if inside is not None else end


def _lead_in(tok: Token, ctx: Context, base: dict) -> Iterator[Candidate]:
    """``X reports:`` / ``X said,`` followed by the quotation or passage."""
    doc = tok.doc
    if base["source_token"] is None:
        return
    # cue followed (possibly after adverbials without verbs) by ':' or ','
    stop = min(len(doc), tok.i + 10)
    k = tok.i + 1
    while k < stop and not doc[k].is_punct and doc[k].pos_ not in ("VERB", "AUX"):
        k += 1
    if k < len(doc) and doc[k].text == "." and tok.lemma_.lower() in _SPEECH_LEAD_INS:
        # "X said in a statement. “...”": a quotation opening the next
        # sentence of the paragraph, with no speaker clause of its own
        q = _next_quote(ctx, doc[k].idx + 1)
        if q is not None and not _has_speaker_clause(doc, q, ctx):
            yield Candidate(content=(q.start, q.end), rule="quote_adjacent", confidence=0.6, quote=q, **base)
        return
    if k >= len(doc) or doc[k].text not in (":", ",", "—", "–", "-"):
        # a quote right after the cue (She said "..."), or after its object
        # ("described the tax as “a gift”": the words between belong to it)
        if k < len(doc) and doc[k].text in _OPEN_MARKS:
            q = ctx.quote_at(doc[k].idx)
            title = q is not None and cue_lemma(tok) in ctx.quote_only and _title_case(ctx.text[q.start : q.end])
            predicate = cue_lemma(tok) == "go" and k == tok.i + 1  # "he has gone “soft”"
            if q is not None and not title and not predicate and not _adjunct_before_quote(tok, k):  # "she read “War and Peace”": a title
                start = doc[tok.i + 1].idx if k > tok.i + 1 else q.start
                yield Candidate(content=(start, _clause_past_quote(doc, q, ctx)), rule="quote_adjacent", confidence=0.8, quote=q, **base)
        return
    colon = doc[k]
    pos = colon.idx + 1
    text = ctx.text
    while pos < len(text) and text[pos].isspace():
        pos += 1
    q = ctx.quote_at(pos)
    if q is not None and q.start == pos:
        yield Candidate(content=(q.start, _clause_past_quote(doc, q, ctx)), rule="quote_adjacent", confidence=0.8, quote=q, **base)
        return
    if colon.text == ":" and "\n" in text[colon.idx : pos]:
        # a block quotation without marks: the next paragraph
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        while end > pos and text[end - 1].isspace():
            end -= 1
        if end - pos > 20:
            yield Candidate(content=(pos, end), rule="block_quote", confidence=0.55, **base)


#: Prepositions of a cue's own adjunct: whom it was said to, where, under
#: what name ("speaking to “Harbour Talk”", "wrote under the name “Ferry
#: Man”"). Not "about", "on", "for" or "over", which may name a topic.
_ADJUNCT_PREPS = frozenset("to in at from under by into through against of".split())


def _adjunct_before_quote(cue: Token, k: int) -> bool:
    """Whether the words between *cue* and the quotation that opens at
    token *k* start with a phrase or particle of the cue's own, not with
    what was said: a hearer, a place or a name used ("Speaking to “Harbour
    Talk” on Monday, Ames ...", "wrote under the name “Ferry Man”",
    "showed off the “Save the Pier” hat"). The quotation is then a title or
    a phrase quoted in passing. An object ("called the plan “a gift”"),
    "as" ("described it as “a gift”") and "with" are left."""
    if k <= cue.i + 1:
        return False
    nxt = cue.doc[cue.i + 1]
    if nxt.head.i != cue.i:
        return False
    return nxt.dep_ == "prt" or nxt.dep_ in ("prep", "agent") and nxt.lower_ in _ADJUNCT_PREPS


#: Verbs that introduce a quotation from the sentence before it.
_SPEECH_LEAD_INS = frozenset("say tell add explain write reply respond answer continue state declare".split())


def _next_quote(ctx: Context, pos: int) -> Optional[Quote]:
    """The quotation starting at *pos* after spaces (not a line break)."""
    text = ctx.text
    while pos < len(text) and text[pos].isspace() and text[pos] != "\n":
        pos += 1
    q = ctx.quote_at(pos)
    return q if q is not None and q.start == pos else None

#: Verbs whose reflexive "as" phrase tells what someone became or showed,
#: not how they present themselves: "she established herself as a leader".
_ACHIEVING_VERBS = frozenset({"establish", "prove", "find", "reveal", "show", "see", "consider", "distinguish"})


def _self_presenting_verbs(doc: Doc, ctx: Context) -> list[Token]:
    """Verbs out of :data:`quotegraph.lexicon.AS_CUES` with a reflexive
    object and an "as" phrase: ``the mayor styled herself as the voice of
    the islands``, ``he has postured himself as a reformer``, ``the town
    rebranded itself as a resort``. How someone presents themselves is
    their own claim about themselves, whatever the verb."""
    verbs = []
    for obj in ctx.tokens_where(doc, lower=_REFLEXIVES):
        verb = obj.head
        if obj.dep_ != "dobj" or verb.pos_ != "VERB" or verb.i > obj.i:
            continue
        lemma = verb.lemma_.lower()
        if lemma in lexicon.AS_CUES or lemma in _ACHIEVING_VERBS:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in (*verb.children, *obj.children)):
            verbs.append(verb)
    return verbs


def as_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``X sees / describes / casts Y as Z``: the view of Y that X states
    (:data:`quotegraph.lexicon.AS_CUES`). The content is "Y as Z". Any
    other verb with a reflexive object states how the subject presents
    itself (:func:`_self_presenting_verbs`)."""
    presenting = _self_presenting_verbs(doc, ctx) if "speech" in ctx.categories else []
    for tok in ctx.tokens_where(doc, lemma=lexicon.AS_CUES) + presenting:
        category = lexicon.AS_CUES.get(tok.lemma_.lower(), "speech") if tok.pos_ == "VERB" else None
        if category is None or category not in ctx.categories:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        # the parser hangs "as" on the verb or on the object
        as_ = next((c for c in (*tok.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
        end = as_.right_edge.i if as_ is not None and as_.right_edge.i > as_.i else None
        if end is None:
            # "sees the mayor as captured by ...": "as" marks a participle or adjective
            clause = next((c for c in tok.rights if c.dep_ in ("advcl", "xcomp") and c.i > obj.i
                           and not any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children)  # "as he left"
                           and any(m.dep_ in ("mark", "prep", "advmod") and m.lower_ == "as" and m.i == obj.right_edge.i + 1 for m in c.children)), None)
            end = clause.right_edge.i if clause is not None else None
        source = subject_of(tok)
        if end is None or source is None:
            continue
        if category == "belief" and not _reported_belief(tok, source, ctx):
            continue
        if as_ is not None and as_.right_edge.i > as_.i:
            end = _as_phrase_end(tok, as_)
        toks = _with_reason_clause(tok, trim(list(doc[obj.left_edge.i : end + 1])))
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                            rule="verb_as", confidence=0.6, cue_lemma=tok.lemma_.lower(), cue_category=category)  # fmt: skip


def light_verb_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``She made clear that ...``, ``he took issue with the plan``, ``critics
    raised concerns about the cost``: a verb and its noun that together
    report (:data:`quotegraph.lexicon.LIGHT_VERB_CUES`); the content is the
    that-clause or the prepositional phrase of the noun or of the verb.
    Otherwise a verb that puts out a noun of saying, opinion or proposal
    reports (``made the case that ...``, ``offered his view on how ...``;
    see :func:`_put_out_noun`), its content the noun's complement clause."""
    for tok in ctx.tokens_where(doc, lemma=lexicon.LIGHT_VERB_CUES.keys() | lexicon.PUTTING_VERBS.keys()):
        if tok.pos_ != "VERB":
            continue
        nouns = lexicon.LIGHT_VERB_CUES.get(tok.lemma_.lower())
        noun = None
        if nouns is not None:
            noun = next((c for c in tok.rights if c.dep_ in ("dobj", "ccomp", "oprd", "acomp") and c.lemma_.lower() in nouns), None)
        put_out = _put_out_noun(tok)
        if noun is None and put_out is None:
            continue
        category = nouns[noun.lemma_.lower()][0] if noun is not None else "speech"
        source = subject_of(tok)
        if category not in ctx.categories or source is None or source.lower_ in _FIRST_SECOND_PERSON and ctx.quote_at(tok.idx):
            continue
        toks: list[Token] = []
        if noun is not None:
            comps = nouns[noun.lemma_.lower()][1]
            after = sorted([*noun.rights, *(c for c in tok.rights if c.i > noun.i)], key=lambda t: t.i)
            clause = _that_clause_after(after) or _bare_clause_after(after) if "that" in comps else None
            if clause is not None:
                toks = trim(contiguous(clause_tokens(clause, ctx=ctx)))  # "made the case for months that ...": before the "for" phrase
            for c in after if not toks else ():
                if "to" in comps and c.pos_ == "VERB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                    toks = trim(contiguous(clause_tokens(c, ctx=ctx)))  # "showed no inclination to resign"
                elif c.dep_ == "prep" and c.lower_ in comps and c.right_edge.i > c.i and not _names_time_phrase(c):
                    toks = _prep_object(c)
                if toks:
                    break
        if not toks and put_out is not None and "speech" in ctx.categories:
            noun, category = put_out, "speech"
            toks = _put_out_content(tok, noun, ctx)
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, noun.idx + len(noun.text)), cue_token=tok,
                            source_token=None if _raised_by_a_thing(tok, source) else source, rule="light_verb",
                            confidence=0.5, cue_lemma=tok.lemma_.lower(), cue_category=category)  # fmt: skip


#: Light verbs whose subject may be a thing that gives rise to the stance
#: its noun names ("the letters raised questions about the fares").
_RAISING_VERBS = frozenset({"raise", "cast"})


def _raised_by_a_thing(verb: Token, subj: Token) -> bool:
    """Whether a raising light verb (:data:`_RAISING_VERBS`) has a thing for
    its subject, which holds none of the doubt it raised: "it", "that",
    "nothing", or a noun of what was said or written ("the remarks raised
    questions about ...", "the documents cast doubt on ..."). The questions
    are then no one's."""
    if verb.lemma_.lower() not in _RAISING_VERBS:
        return False
    if subj.lower_ in _NON_PERSONAL_SUBJECTS or subj.lower_ == "nothing":
        return True
    lemma = subj.lemma_.lower()
    return subj.pos_ == "NOUN" and (lexicon.cue_noun_category(lemma) is not None or lemma in lexicon.DOCUMENT_HEADS or lemma in _UNOWNED_CLAUSE_NOUNS)


def _that_clause_after(after: list[Token]) -> Optional[Token]:
    """The that-clause among a light verb's phrases after its noun (*after*,
    in order), also where the parser hung it on the object of a phrase in
    between that names the hearers or a time ("made the case to the crews
    that the pier is unsafe", "has made the case for months that ...")."""
    for c in after:
        if c.pos_ in ("VERB", "AUX") and _opens_with_that(c):
            return c
        if c.dep_ == "prep" and (c.lower_ == "to" or _names_time_phrase(c)):
            clause = next((t for t in c.subtree if t.dep_ in ("relcl", "acl", "ccomp") and t.pos_ in ("VERB", "AUX") and _opens_with_that(t)), None)
            if clause is not None:
                return clause
    return None


def _bare_clause_after(after: list[Token]) -> Optional[Token]:
    """A clause with no "that" after a light verb's noun, the first phrase
    after it ("made clear she would run", "made it clear the offer was
    final"): a verb with a subject of its own and no subordinator, not a
    question ("made clear why ...")."""
    c = after[0] if after else None
    if c is None or c.pos_ not in ("VERB", "AUX") or c.dep_ not in ("ccomp", "advcl"):
        return None
    if any(g.dep_ == "mark" for g in c.children) or c.left_edge.lower_ in _WH_WORDS:
        return None
    return c if any(g.dep_ in ("nsubj", "nsubjpass") and g.i < c.i for g in c.children) else None


def _names_time_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase names a time ("for weeks", "on Monday")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and _names_time(pobj)


#: Prepositions that open what a put-out noun is about ("his view of how
#: ...", "ideas for cutting fares", "no details about why ...").
_PUT_OUT_PREPS = frozenset({"on", "about", "of", "for", "against", "over", "regarding", "toward", "towards"})


def _put_out_content(verb: Token, noun: Token, ctx: Context) -> list[Token]:
    """What a put-out noun says: its that-clause ("made the case that ...")
    or a clause it is about ("offered his view on how to fix the pier",
    "shared ideas for cutting fares"), on the noun or hung on the verb
    after it. A plain noun phrase after the noun is more often the topic
    than what was said ("offered his views on the budget"), and is left."""
    after = sorted([*noun.rights, *(c for c in verb.rights if c.i > noun.i)], key=lambda t: t.i)
    clause = _that_clause_after(after)
    if clause is not None:
        return trim(contiguous(clause_tokens(clause, ctx=ctx)))
    for c in after:
        if c.dep_ == "prep" and c.lower_ in _PUT_OUT_PREPS and _governs_clause(c):
            return _prep_object(c)
    return []


def choice_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The council voted for the plan``, ``Ames voted against the levy``,
    ``the board voted to close the pier``: a verb of choosing a side
    (:data:`quotegraph.lexicon.CHOICE_VERBS`) with the preposition or the
    infinitive that holds what was chosen; the source is the verb's subject.
    Bare ("the town votes in May") it reports nothing."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.CHOICE_VERBS):
        preps = lexicon.CHOICE_VERBS.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
        if preps is None or tok.dep_ in ("amod", "compound"):
            continue
        toks, end = [], tok
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in preps and c.lower_ != "to" and c.right_edge.i > c.i:
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None and not _names_time(pobj):  # not "voted Democratic for decades"
                    toks, end = _with_object_predicate(tok, _prep_object(c)), c
                    # "voted against a plan to widen the pier": the infinitive hung on the verb
                    inf = next((g for g in tok.rights if g.dep_ == "xcomp" and toks and g.left_edge.i == toks[-1].i + 1 and g.left_edge.tag_ == "TO"), None)
                    if inf is not None:
                        toks = trim(list(doc[toks[0].i : inf.right_edge.i + 1]))
            elif c.dep_ == "xcomp" and "to" in preps and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children):
                if cue_lemma(c) in ctx.cue_verbs:
                    break  # "voted to endorse Ames": the endorsement is the report
                toks = trim(contiguous(clause_tokens(c, ctx=ctx)))
            if toks:
                break
        if not toks:
            continue
        source = subject_of(tok)
        if not _reported_belief(tok, source, ctx):
            continue
        yield Candidate(content=span_chars(toks), cue=(tok.idx, end.idx + len(end.text)), cue_token=tok,
                        source_token=source, rule="choice", confidence=0.45, cue_lemma=tok.lemma_.lower(),
                        cue_category="belief")  # fmt: skip


#: Nouns of a stretch or a turn of time ("for the first time", "over a
#: few hours"), besides :data:`_TIME_WORDS`.
_SPELL_WORDS = frozenset("time times hour hours minute minutes while period stretch moment".split())


def censure_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The senator assailed her for backing the levy``, ``Cole hit the
    mayor over the fares``, ``credited the crew with saving the pier``: a
    verb of judging someone for a deed (:data:`quotegraph.lexicon.CENSURE_VERBS`)
    with its object and the phrase that gives the deed; the content is both
    ("her for backing the levy"), the source the verb's subject. A report
    inside it ("backing") is the judge's telling, not one of its own. Bare
    ("hit the road", "knocked it down") it reports nothing."""
    if "speech" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.CENSURE_VERBS):
        preps = lexicon.CENSURE_VERBS.get(tok.lemma_.lower()) if tok.pos_ == "VERB" else None
        if preps is None or tok.dep_ in ("amod", "compound"):
            continue
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in preps and c.i > obj.right_edge.i), None)
        deed = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if deed is None or _names_time(deed) or deed.lemma_.lower() in _SPELL_WORDS:
            continue  # "hit the coast for three days", "for the first time": when, not what for
        source = subject_of(tok)
        if source is None or source.lower_ in _FIRST_SECOND_PERSON and ctx.quote_at(tok.idx) is not None:
            continue
        toks = trim(list(doc[obj.left_edge.i : _prep_phrase_end(prep) + 1]))
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                            rule="censure", confidence=0.45, cue_lemma=tok.lemma_.lower(),
                            cue_category="speech")  # fmt: skip


def _particle(verb: Token, word: str) -> Optional[Token]:
    """*verb*'s particle *word*, also when the parser read it as an adverb
    right after the verb ("doubled down on ...")."""
    return next((c for c in verb.children if c.lower_ == word and c.i > verb.i
                 and (c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1)), None)  # fmt: skip


def phrasal_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Ames played down the risk``, ``the mayor walked back her remarks``,
    ``Cole doubled down on the levy``, ``the bishop weighed in on the race``:
    a phrasal verb that reports only with its particle
    (:data:`quotegraph.lexicon.PHRASAL_CUES`); the content is its object or
    the object of its preposition, the source its subject. Without the
    particle ("played the tape", "walked the dog") or the slot filled
    ("weighed in late") it reports nothing."""
    for tok in ctx.tokens_where(doc, lemma=lexicon.PHRASAL_CUES):
        entry = lexicon.PHRASAL_CUES.get(tok.lemma_.lower())
        if entry is None or tok.pos_ != "VERB" or tok.dep_ in ("amod", "compound"):
            continue
        word, slot, category = entry
        if category not in ctx.categories:
            continue
        prt = _particle(tok, word)
        if prt is None:
            continue
        toks: list[Token] = []
        if slot == "obj":
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            # the particle before the object, or after it at the clause's end
            # ("played the risk down."), not "played the songs down by the pier"
            split = obj is not None and prt.i == obj.right_edge.i + 1 and (prt.i + 1 == len(doc) or doc[prt.i + 1].is_punct)
            if obj is not None and obj.pos_ != "PRON" and (prt.i == tok.i + 1 or split):
                toks = trim(list(doc[obj.left_edge.i : _object_phrase_end(tok, obj) + 1]))
        else:
            prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == slot), None)
            if prep is not None and any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
                toks = _prep_object(prep)
        if not toks:
            continue
        source = subject_of(tok)
        if not _reported_belief(tok, source, ctx):
            continue
        yield Candidate(content=span_chars(toks), cue=(tok.idx, prt.idx + len(prt.text)), cue_token=tok,
                        source_token=source, rule="phrasal", confidence=0.45, cue_lemma=tok.lemma_.lower(),
                        cue_category=category)  # fmt: skip
