"""Helpers over the dependency parse that several families of rules use:
character spans, the tokens of a clause, trimming, prepositional objects,
embedded posts and editors' notes, reporting cues."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..quotes import Quote
from .context import Context, cue_lemma


#: Quote marks as spaCy tokenises them.
_OPEN_MARKS = frozenset({"“", '"', "‘", "'", "«", "„", "``", "''"})
_CLOSE_MARKS = frozenset({"”", '"', "’", "'", "»", "''"})
_FIRST_SECOND_PERSON = frozenset({"i", "we", "you", "me", "us"})
_WH_WORDS = frozenset({"what", "which", "who", "whom", "whose", "how", "why", "when", "where", "whatever", "whether"})
#: Reporting verbs whose subject a participle after them may take ("X
#: said A, adding B"); not "remind", whose subject is often a thing ("the
#: ferry reminds him of an old song, ...": no one speaking).
_REPORTING_HINT = frozenset(w for words in lexicon.CUE_VERBS.values() for w in words) - {"remind"}
#: What may stand between a quotation and its speaker clause ("...,” he said).
_SEP_RE = re.compile(r"^[\s,:;\-–—]*$")


def span_chars(tokens) -> tuple[int, int]:
    """Character offsets covering *tokens* (an iterable of Tokens)."""
    toks = list(tokens)
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text))


def is_cue_verb(tok: Token, ctx: Context) -> bool:
    if tok.pos_ not in ("VERB", "AUX") and not (tok.tag_.startswith("VB")):
        return _show_read_as_noun(tok) and "show" in ctx.cue_verbs
    if tok.dep_ in ("amod", "aux", "auxpass", "compound"):
        return False
    return cue_lemma(tok) in ctx.cue_verbs


def _show_read_as_noun(tok: Token) -> bool:
    """``..., county records show.``: "show" after a plural document noun
    that closes its clause, which the tagger read as a noun ("records
    show" as in "talk shows")."""
    if tok.lower_ not in ("show", "shows") or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return before.tag_ == "NNS" and before.lower_ in lexicon.DOCUMENT_HEADS and after.text in (".", ",", ";", "—", "--")


def cue_span(tok: Token) -> tuple[int, int]:
    """The verb with its particle (``pointed out``) as the cue."""
    end_tok = tok
    parts = lexicon.CUE_PARTICLES.get(cue_lemma(tok))
    if parts:
        for child in tok.rights:
            if child.dep_ == "prt" and child.lower_ in parts:
                end_tok = child
                break
    return (tok.idx, end_tok.idx + len(end_tok.text))


#: Dashes that close a dateline ("LEEDS, May 4 — ..."), when spaced (not
#: the hyphen of "R-Ohio").
_DASHES = frozenset({"—", "–", "--", "-"})


def _after_break(verb: Token) -> bool:
    """Whether *verb* follows a comma or a dash, also with a closing quote
    mark between ("... on schedule,” adding ...")."""
    doc, i = verb.doc, verb.i - 1
    if i > 0 and doc[i].text in _CLOSE_MARKS:
        i -= 1
    return i >= 0 and doc[i].text in _ASIDE_MARKS


_NON_PERSONAL_SUBJECTS = frozenset({"it", "that", "this", "what", "which", "there"})


def _perfect_read_as_passive(verb: Token) -> bool:
    """Whether the parser took a contracted "has" for a passive "is": in
    "he's said he will run" and "she's wanted to leave for years" the
    "'s" is "has" (a passive "is said" takes no clause or object of its own
    with a personal subject), unlike "it's said that ..." or "he's expected
    to ...", which stay passive."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if len(aux) != 1 or aux[0].dep_ != "auxpass" or aux[0].lower_ not in ("'s", "’s"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ in _NON_PERSONAL_SUBJECTS:
        return False
    if verb.lemma_.lower() in _PASSIVE_EXPECTATION - {"say", "report"} or verb.lemma_.lower() in _PASSIVE_AS:
        return False
    return any(c.dep_ in ("dobj", "ccomp") or c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)


def _passive_participle(verb: Token) -> bool:
    """Whether *verb* is a past participle with no auxiliary "have" ("was
    asked", "Asked about ..."), also where the tagger took a sentence-initial
    one for a past tense ("Asked whether ..., Ames said")."""
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    if verb.tag_ == "VBN":
        return True
    if verb.tag_ != "VBD" or verb.dep_ != "advcl" or any(c.dep_ == "nsubj" for c in verb.children):
        return False
    # "..., Ames said when asked whether ...": after "when" a verb with no
    # subject is a participle, whatever the tagger says
    return verb.i < verb.head.i or verb.i > 0 and verb.doc[verb.i - 1].lower_ in _PARTICIPLE_SUBORDINATORS


#: Subordinators that take a bare participle ("when asked", "if elected").
_PARTICIPLE_SUBORDINATORS = frozenset({"when", "if", "once", "unless", "until", "while", "whenever"})


def is_reporting(tok: Token) -> bool:
    """Whether *tok* is a verb of the cue lexicon (any category)."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _REPORTING_HINT
#: Marks that set off a writer's aside after a phrase (", who ...", "— a plan ...").
_ASIDE_MARKS = frozenset({",", "—", "–", "--"})


def _opens_aside(doc: Doc, i: int) -> bool:
    """Whether token *i*, just before a phrase, sets it off as an aside: a
    comma or a dash (also a hyphen with spaces either side, "the pier - a
    ruin"), or a closing quote mark after a comma ("“Tides,” her new book")."""
    if i < 1:
        return i == 0 and doc[0].text in _ASIDE_MARKS
    t = doc[i]
    if t.text in _ASIDE_MARKS:
        return True
    if t.text == "-" and doc[i - 1].whitespace_ and t.whitespace_:
        return True
    return t.text in _CLOSE_MARKS and doc[i - 1].text == ","


def _before_aside(doc: Doc, i: int) -> int:
    """The last token kept before the mark *i* that opens an aside: the one
    before it, or the mark itself if it closes a quotation."""
    return i if doc[i].text in _CLOSE_MARKS else i - 1
#: Verbs whose passive subject is the one addressed ("she was asked").
_ADDRESSEE_VERBS = frozenset("ask tell question urge press inform brief advise remind invite encourage".split())
#: Subordinators that open an adverbial clause, never a reported one.
_ADVERBIAL_MARKS = frozenset("as while because since after before when although though until once unless".split())


def _adverbial(clause: Token) -> bool:
    """Whether a clause the parser calls a complement opens with an
    adverbial subordinator ("she said, as the ferry left the quay"). A
    clause opened by the complementiser "that" is a complement even where
    the parser also hangs the subordinator of a clause inside it on its
    head ("insisted that crews who quit - as some have - were wrong")."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    return bool(marks) and marks[0].lower_ != "that" and any(c.lower_ in _ADVERBIAL_MARKS for c in marks)

#: Finite verb tags: the words after a parenthetical speaker clause go on
#: with the reported clause only if one of them is finite.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _prep_object(prep: Token) -> list[Token]:
    """What a preposition governs, without it ("critical *of the plan*"), and
    without an aside on its object ("wary of Ames, the new harbour master":
    Ames; see :func:`_phrase_end`)."""
    return trim(list(prep.doc[prep.i + 1 : _prep_phrase_end(prep) + 1]))


def _prep_phrase_end(prep: Token) -> int:
    """The last token of *prep*'s phrase without an aside on its object
    ("of Ames, the new harbour master": of Ames; see :func:`_phrase_end`)."""
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return _phrase_end(pobj) if pobj is not None and pobj.right_edge.i == prep.right_edge.i else prep.right_edge.i


def _opens_with_that(clause: Token) -> bool:
    """Whether *clause* has the complementiser "that" as its mark."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _reported_belief(tok: Token, source: Optional[Token], ctx: Context) -> bool:
    """A belief verb reports an attribution when someone other than the
    reader holds it outside a quotation: "Voters believe ...", the writer's
    own "I think the bridge will open" and "the plan assumes ..." do; the
    filler "you know" and any belief voiced inside a quotation do not."""
    if source is None:
        return False
    if source.lower_ in ("you", "me", "us", "this", "that"):
        return False
    return ctx.quote_at(tok.idx) is None


def _is_finite(verb: Token) -> bool:
    """Whether *verb* is tensed or has an auxiliary ("grows", "must be")."""
    return verb.tag_ in ("VBZ", "VBP", "VBD", "MD") or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)


def _is_full_clause(head: Token) -> bool:
    """A finite clause with its own subject (not "Asked whether ...")."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    finite = head.tag_ not in ("VBN", "VBG") or any(c.dep_ in ("aux", "auxpass") for c in head.children)
    if not finite and head.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in head.children):
        return True  # "the crowd cheered loudly": a past tense the tagger read as a participle
    return finite and any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in head.children)


def _comma_before(doc: Doc, i: int) -> bool:
    """Whether token *i* follows a comma, a dash or a closing quote mark (the
    speaker clause of ``..., Samra reported``)."""
    return i > 0 and doc[i - 1].text in (",", "—", "–", "-", "--", "”", "\"", "’", "'")


def clause_tokens(head: Token, exclude: Optional[Token] = None, ctx: Optional[Context] = None) -> list[Token]:
    """The tokens of *head*'s subtree in its sentence, minus *exclude*'s
    subtree, and minus clauses coordinated to *head* that are reports of
    their own ("X said A, and added B"). A coordinated stance or belief verb
    is still part of what was said ("X said the ferry is a lifeline and
    supports a cheaper pass")."""
    sent = head.sent
    skip: set[int] = set()
    if exclude is not None:
        skip |= {t.i for t in exclude.subtree}
    for child in head.children:
        if child.dep_ == "conj" and child.i > head.i and child.pos_ in ("VERB", "AUX"):
            reports = ctx is not None and ctx.cue_verbs.get(child.lemma_.lower()) in ("speech", "writing")
            # "A, and added B" is the speaker's next report; "A, and the
            # board approved B" (a subject of its own) is still what was said
            coordinated_complement = any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in child.children)
            own_report = (
                ctx is not None
                and ctx.cue_verbs.get(child.lemma_.lower()) == "speech"
                and child.lemma_.lower() not in ctx.quote_only
                and any(c.dep_ == "nsubj" for c in child.children)
                and any(c.dep_ == "ccomp" and c.i > child.i for c in child.children)
                and not any(c.dep_ == "dobj" and c.lower_ not in _PERSONAL_OBJECTS for c in child.children)
            )
            if not coordinated_complement and reports or own_report or _conjunct_of_verb_above(head, child) or _withheld_answer(child):
                skip |= {t.i for t in child.subtree}
                # and the "and" / comma before it
                k = child.left_edge.i - 1
                while k > head.i and (head.doc[k].dep_ == "cc" or head.doc[k].is_punct):
                    skip.add(k)
                    k -= 1
        elif child.dep_ == "advcl" and child.i > head.i and _question_after_quotation(child):
            skip |= {t.i for t in child.subtree}  # “We will see,” when asked whether ...: the question put to the speaker
        elif child.dep_ == "advcl" and child.i > head.i and _contrasted_report(child, ctx):
            skip |= {t.i for t in child.left_edge.doc[child.left_edge.i - 1 : child.right_edge.i + 1]}
    return [t for t in head.subtree if sent.start <= t.i < sent.end and t.i not in skip]


#: Verbs of refusing with an infinitive ("declined to say", "refused to answer").
_REFUSAL_VERBS = frozenset({"decline", "refuse"})
#: Verbs of telling that a refusal or "would not" withholds ("declined to
#: say who", "would not offer details", "would not name the donors").
_WITHHELD_TELLING = frozenset(
    {"say", "comment", "elaborate", "offer", "identify", "name", "discuss", "answer", "specify", "disclose", "reveal", "confirm", "detail", "give", "provide"}
)


def _withheld_answer(conj: Token) -> bool:
    """Whether *conj*, a verb with no subject of its own that the parser
    coordinated with the head of a reported clause, is the speaker's refusal
    to say more ("said the ferry would run but declined to say when",
    "said she had no plans to move and would not name a date"): a refusal
    verb with an infinitive of telling, or "would not" with a verb of telling. It is
    what the speaker did, not part of what was said. "could not provide"
    (the reported subject's inability) stays."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in conj.children):
        return False
    lemma = conj.lemma_.lower()
    if lemma in _REFUSAL_VERBS:
        # "declined to say", not "refused to leave the car" (a deed reported)
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in _WITHHELD_TELLING for c in conj.children)
    return (
        lemma in _WITHHELD_TELLING
        and any(c.dep_ == "neg" for c in conj.children)
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in conj.children)
    )


def _question_after_quotation(clause: Token) -> bool:
    """Whether *clause* is a passive "when asked ..." right after the closing
    mark of a quotation (Ames said, “We will see,” when asked whether she
    would run.), which the parser hangs on the quoted clause: the question
    put to the speaker, a report of its own outside the quotation."""
    doc = clause.doc
    k = clause.left_edge.i
    if k < 2 or doc[k].lower_ != "when" or clause.lemma_ != "ask" or not _passive_participle(clause):
        return False
    return doc[k - 1].text in ("”", "\"", "''") and doc[k - 1].i > 0


def _conjunct_of_verb_above(head: Token, conj: Token) -> bool:
    """Whether *conj*, a verb the parser coordinated with the infinitive
    *head*, cannot go with it: a tensed verb or a participle with no subject
    of its own after a bare infinitive ("vowed to keep the fares low and
    praised the crews", "looking to sell the pier and weighing a bid"). It
    goes with the verb above, whose next act it is."""
    if head.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in head.children):
        return False
    if conj.doc[conj.left_edge.i - 1].lower_ not in ("and", "but"):
        return False  # "to fix the pier rather than closing it": the participle is the infinitive's
    return conj.tag_ in ("VBD", "VBZ", "VBG") and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conj.children)


#: Subordinators that set a second report against the first ("A, while others say B").
_CONTRAST_MARKS = frozenset({"while", "whereas", "though", "although"})


def _contrasted_report(clause: Token, ctx: Optional[Context]) -> bool:
    """Whether *clause*, an adverbial clause at the end of what was said,
    is another report set against it ("Most riders said the fares were
    fair, while a third said they were too high"): a cue verb with a
    subject of its own after "while", "whereas" or "(al)though". It is a
    report of its own and no part of the first."""
    if ctx is None or cue_lemma(clause) not in ctx.cue_verbs:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS and c.i < clause.i for c in clause.children):
        return False
    if not any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children):
        return False
    # a stance set against another ("A leads, while B favors the mayor") is
    # still what the first source found; a belief with a clause is a report
    return ctx.cue_verbs[cue_lemma(clause)] != "belief" or any(c.dep_ == "ccomp" for c in clause.children)


#: Pronoun objects that name who the cue is about ("endorsed him"), unlike
#: "it", "that" or "something", which only point back to what was said.
_PERSONAL_OBJECTS = frozenset({"him", "her", "them"})

#: Prepositions that carry on what an object cue says of its object:
#: "blamed the media for ...", "defended his aide as ...", "accused him of ...".
_OBJECT_PREPS = frozenset({"for", "as", "of", "over", "with", "about", "against"})


#: Prepositions that carry on the object of one verb only: "blamed the
#: delay on the weather", "compared the mayor to a captain".
_VERB_OBJECT_PREPS = {"blame": ("on",), "compare": ("to", "with"), "liken": ("to",), "pin": ("on",)}


#: Verbs of talking something over, whose "with" phrase names who the talk
#: was with ("discussed the fares with the mayor").
_CONVERSATION_VERBS = frozenset("discuss debate negotiate raise share talk chat confer".split())


#: Verbs of putting a text out ("issued a statement", "posted a video").
_PUBLISHING_VERBS = frozenset("issue post publish release deliver file pen write".split())
#: Nouns that name a text or a recording, not what it says.
_TEXT_NOUNS = frozenset(w for cat in ("speech", "writing") for w in lexicon.CUE_NOUNS[cat]) | frozenset(
    "story message messages video videos photo photos picture pictures image images".split()
)
#: Dependents that leave a noun bare: no word of what the text says.
_BARE_NOUN_DEPS = frozenset({"det", "poss", "case", "amod", "nummod", "compound", "predet", "advmod", "conj", "cc"})


def _bare_noun(obj: Token) -> bool:
    """Whether the phrase of *obj* is a noun with determiners, adjectives
    and coordinated nouns only ("both new ferries"), no complement."""
    return all(t.i == obj.i or t.dep_ in _BARE_NOUN_DEPS for t in obj.subtree)


def _bare_text(verb: Token, obj: Token) -> bool:
    """Whether *obj* of a publishing *verb* only names the text put out
    ("the council issued a statement", "she posted a new video"): what it
    says is elsewhere, often in a quotation after a colon, if anywhere."""
    return cue_lemma(verb) in _PUBLISHING_VERBS and obj.lemma_.lower() in _TEXT_NOUNS and _bare_noun(obj)


#: Finding verbs whose object is what a poll or a report found ("the poll
#: shows the mayor ahead by two points"); with any other subject it rarely is.
_FINDING_OBJECT_CUES = frozenset({"show", "find", "reveal", "indicate", "suggest"})


#: Relative pronouns that stand for what a passive cue's relative clause
#: reports on ("the plan, which was rejected by the council").
_PASSIVE_RELATIVES = frozenset({"which", "that", "who"})


def _passive_relative(verb: Token, subj: Token) -> bool:
    """Whether *subj*, the passive subject of *verb*, is the relative
    pronoun opening *verb*'s relative clause ("the toll, which was
    denounced by the crews", "a pier that was claimed by the council"):
    the annotation takes the pronoun itself as what was said of, its
    antecedent being the thing meant."""
    return verb.dep_ == "relcl" and subj.lower_ in _PASSIVE_RELATIVES and subj.i < verb.i


def _object_phrase_end(verb: Token, obj: Token, small_clause: bool = False) -> int:
    """The last token of *verb*'s object phrase: the object, and the
    prepositional phrases after it that say what the cue says of it; with
    *small_clause*, any complement of the object ("shows the mayor ahead in
    Ohio", "found him losing support")."""
    end = _phrase_end(obj)
    doc = verb.doc
    possessive = doc[end].dep_ == "case" or doc[end].text in ("’", "'") and doc[end - 1].text.endswith("s")
    if end + 1 < len(doc) and (possessive or doc[end].pos_ == "ADP" and doc[end].i > obj.i):
        # the parser split the phrase after a possessive or a preposition
        # ("praised the crew's handling of the storm", "named a list of
        # donors"): the rest is a phrase of the verb's, right after
        rest = next((c for c in verb.children if c.left_edge.i == end + 1), None)
        if rest is not None:
            end = rest.right_edge.i
    for c in verb.children:
        if c.i <= obj.right_edge.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "with" and verb.lemma_.lower() in _CONVERSATION_VERBS:
            continue  # "discussed the plan with the mayor": who with, not what
        if c.dep_ == "prep" and (c.lower_ in _OBJECT_PREPS or c.lower_ in _VERB_OBJECT_PREPS.get(verb.lemma_.lower(), ())):
            end = _prep_phrase_end(c)
        elif c.dep_ == "conj" and (c.pos_ in ("NOUN", "PROPN") or c.tag_ == "VB" and _mismatched_conjunct(verb, c)) and end < c.left_edge.i <= end + 3 and not _clause_subject(c):
            # "showed gains in maths, but no gain in reading": a second
            # object, which the verb itself cannot be coordinated with (nor
            # with the bare verb of "touted her plan to widen the road and
            # expand the pier")
            end = c.right_edge.i
        elif c.dep_ == "prep" and c.lower_ in _OBJECT_DETAIL_PREPS and c.left_edge.i == end + 1 and not _occasion_phrase(c):
            # "praised her record in the House", not "praised her in June"
            end = _prep_phrase_end(c)
        elif c.left_edge.i == end + 1 and _noun_complement(c) and not _named_direction(doc[end], c):
            # the parser hung the object's own complement on the verb
            # ("announced his move to the harbour board", "unveiled steps
            # to cut fares")
            end = _prep_phrase_end(c) if c.dep_ == "prep" else c.right_edge.i
        elif verb.lemma_.lower() in _MEMORY_VERBS and _remembered_scene(doc, end, c):
            end = c.right_edge.i
        elif small_clause and c.dep_ in ("prep", "oprd", "xcomp", "advcl", "advmod", "npadvmod", "acomp"):
            end = c.right_edge.i
    return _before_medium(doc, obj.i, end)


#: Prepositions that name where a thing was said ("on Twitter", "in print",
#: "from the Senate floor", "to her web page").
_MEDIUM_PREPS = frozenset({"on", "in", "from", "to", "via", "over"})
#: Nouns for the medium or venue a thing was said in.
_MEDIUM_NOUNS = frozenset(
    "twitter tweet facebook instagram youtube radio television tv print page website blog floor show program podcast account feed".split()
)


def _before_medium(doc: Doc, start: int, end: int) -> int:
    """The end of the object phrase *start*..*end* without a closing phrase
    that names the medium or venue the cue spoke in ("mocked the mayor on
    Twitter", "criticized the toll in print", "praised the crews from the
    floor", "posted a photo to his web page"): where, not what."""
    for t in doc[start + 1 : end + 1]:
        if t.dep_ != "prep" or t.lower_ not in _MEDIUM_PREPS or t.right_edge.i < end:
            continue
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lemma_.lower() in _MEDIUM_NOUNS and pobj.right_edge.i == t.right_edge.i:
            k = t.i - 1
            while k > start and (doc[k].text in (",", "-", "—", "–") or doc[k].is_space):
                k -= 1
            return k
    return end


#: Verbs of remembering, whose object may be followed by a participle that
#: says what the one remembered was doing ("recalled her father, standing on
#: the pier").
_MEMORY_VERBS = frozenset({"recall", "remember", "recount"})


def _remembered_scene(doc: Doc, end: int, phrase: Token) -> bool:
    """Whether *phrase*, hung on a verb of remembering right after its
    object (ending at token *end*) or after a comma, is a participle with
    no subject or subordinator of its own: the scene remembered
    ("recalled the mayor, waving from the ferry"; not "..., because she
    ...")."""
    if phrase.dep_ != "advcl" or phrase.tag_ != "VBG" or phrase.left_edge.i != phrase.i:
        return False
    return phrase.i == end + 1 or phrase.i == end + 2 and doc[end + 1].text == ","


def _clause_subject(noun: Token) -> bool:
    """Whether a tensed verb right after *noun* makes it a clause's subject
    the parser missed ("..., but that report covered other files")."""
    doc = noun.doc
    return noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")


#: Prepositions after an object that go on describing it unless they name
#: a time or an occasion ("praised her record in the House"); "except"
#: limits it ("opposes new piers in all harbours except to replace old
#: ones") and "alongside" says what it was shown with ("posted a photo of
#: the mayor alongside the old ferry").
_OBJECT_DETAIL_PREPS = frozenset({"in", "except", "alongside"})
#: Nouns for the occasion a thing was said on ("in an interview", "in a
#: speech", "at a rally"): where, not what.
_OCCASION_NOUNS = frozenset(w for cat in ("speech", "writing") for w in lexicon.CUE_NOUNS[cat]) | lexicon.DOCUMENT_HEADS | frozenset(
    "appearance debate rally hearing meeting session event visit stop trip ad advert video town hall program show broadcast".split()
)
#: Words that name a time ("in June", "on Monday", "that week"); the rules
#: read no named entities (see :func:`quotegraph.extract.find_candidates`).
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight "
    "morning afternoon evening night day week weekend month year decade century spring summer autumn fall winter "
    "january february march april may june july august september october november december".split()
)


#: Words that go with a time word in a phrase that only says when ("every
#: day", "late Monday", "for months").
_TIME_MODIFIERS = frozenset("every each last next early late all for on in".split())


_POST_OPEN_RE = re.compile(r"<tweet\b[^>]*>")
_POST_ENDS = ("</tweet>", "<tweet/>", "\n")


def embedded_posts(text: str) -> list[tuple[int, int]]:
    """The character ranges of social-media posts embedded in the text as
    markup (``<tweet author="@ames">The ferry is late again</tweet>``,
    closed by ``</tweet>``, ``<tweet/>`` or the end of the paragraph). A
    post is someone else's words set into the article whole: a cue inside
    one ("<tweet ...>Ames, who has backed the plan, said ...") reports for
    the post's author, not the article's, and the annotation leaves such
    reports out (on PolNeAR train 1 of 18 right). A report whose cue lies
    outside ('One rider tweeted: <tweet ...>') is not affected."""
    if "<tweet" not in text:
        return []
    posts = []
    for m in _POST_OPEN_RE.finditer(text):
        if m.group().endswith("/>"):
            continue
        ends = [e for e in (text.find(mark, m.end()) for mark in _POST_ENDS) if e >= 0]
        posts.append((m.start(), min(ends) if ends else len(text)))
    return posts


_EDITORS_NOTE_RE = re.compile(r"^[ \t]*editor[’']?s[’']? note[ \t]*:", re.I | re.M)

#: A line saying the article was changed ("The post was updated with a
#: reply from the mayor."): the publication's note on its own article.
_UPDATE_NOTE_RE = re.compile(r"^[ \t]*(?:this|the) (?:article|story|post) (?:was|has been) updated\b", re.I | re.M)


def editors_notes(text: str) -> list[tuple[int, int]]:
    """The character ranges of paragraphs the publication labels as its
    own note ("Editor's note: The mayor, who has promised to cut fares,
    owns shares in the ferry line."), up to the next blank line: a
    statement set apart from the article, often the same words under every
    article on a subject, whose reports the annotation leaves out (on
    PolNeAR train 6 of 24 right). Also a line saying the article was
    updated ("This post was updated with ..."), up to its end;
    correction notes are left: the annotation often marks their reports."""
    notes = []
    for m in _EDITORS_NOTE_RE.finditer(text) if "note" in text or "Note" in text else ():
        if _CORRECTION_OPENING_RE.match(text, m.end()):
            continue  # "Editor's note: A story last week on the pier said ...": a correction, reported
        end = text.find("\n\n", m.end())
        notes.append((m.start(), len(text) if end < 0 else end))
    if "updated" in text:
        for m in _UPDATE_NOTE_RE.finditer(text):
            end = text.find("\n", m.end())
            notes.append((m.start(), len(text) if end < 0 else end))
    return notes


#: The opening of an editor's note that corrects an earlier article ("A
#: story last week on the pier ...", "An earlier version of the timetable ..."):
#: it reports what the article and its sources said, as any article does.
_CORRECTION_OPENING_RE = re.compile(r"\s*(an?|the|this)\s+(earlier\s+version|article|report|story|news\s+analysis|front-page\s+article)\b", re.I)


def names_nothing(doc: Doc, content: tuple[int, int]) -> bool:
    """Whether a content span holds nothing that was reported: only a time
    ("promised Sunday to ...", "has pushed for months", "thought about it
    every day"), or only "that" as a subordinator or a relative pronoun
    ("the changes that most members agree on"). A
    demonstrative "that" ("she did not mention that") and a time with a
    determiner or number of its own ("rejected those days", "recalled that
    moment") are left."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return False
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return False
    if len(words) == 1 and words[0].lower_ == "that":
        t = words[0]
        return t.dep_ == "mark" or t.head.dep_ == "relcl" or t.head.dep_ == "prep" and t.head.head.dep_ == "relcl"
    if len(words) == 1 and words[0].lower_ == "to":
        return True  # an infinitive left to be understood: "if they want to"
    if _only_what_follows(words):
        return True
    return len(words) <= 3 and any(_names_time(t) for t in words) and all(
        _names_time(t) or t.lower_ in _TIME_MODIFIERS for t in words
    )


def _only_what_follows(words: list[Token]) -> bool:
    """Whether a content is only "the following" with at most one noun,
    pointing to what comes after it ("issued the following statement:",
    "tweeted the following:", "sums itself up in the following words:"):
    what was said is the text that follows, not these words. A reflexive
    object and a preposition before it are passed over."""
    rest = [t for t in words if not (t.tag_ == "PRP" and t.lower_.endswith(("self", "selves")) or t.dep_ == "prep")]
    if len(rest) < 2 or [t.lower_ for t in rest[:2]] != ["the", "following"]:
        return False
    return len(rest) == 2 or len(rest) == 3 and rest[2].pos_ == "NOUN"


def _occasion_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase names when or on what occasion
    something was said ("in June", "in a radio interview") rather than
    saying more of the object ("a record in the House"). (A place name is
    not told apart: that would take the named entities, which the rules do
    not read.)"""
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None:
        return True
    return _names_time(pobj) or pobj.lemma_.lower() in _OCCASION_NOUNS


def _names_time(noun: Token) -> bool:
    """Whether *noun* names a time: a time word or a year ("in 2015")."""
    return noun.lower_ in _TIME_WORDS or noun.lemma_.lower() in _TIME_WORDS or noun.tag_ == "CD" and len(noun.text) == 4


#: Prepositions that often head a noun's own complement ("her move to the
#: board", "a grant from the state", "ties between the two ports", "more
#: votes than the mayor", "a ruling by the court").
_NOUN_COMPLEMENT_PREPS = frozenset({"to", "from", "than", "into", "toward", "towards", "between", "by"})


def _named_direction(last: Token, phrase: Token) -> bool:
    """Whether *phrase* is a "to" or "from" phrase after an object that ends
    in a pronoun or a name, which take no complement of that kind: "explained
    it to the board", "attacked Cole from the floor" (the verb's, not the
    object's, unlike "her move to the board")."""
    return last.pos_ in ("PRON", "PROPN") and phrase.dep_ == "prep" and phrase.lower_ in ("to", "from", "into", "toward", "towards")


def _noun_complement(phrase: Token) -> bool:
    """Whether a phrase the parser hangs on the verb right after its object
    is the object's complement: a prepositional phrase opened by one of
    :data:`_NOUN_COMPLEMENT_PREPS` or an infinitive read as the verb's
    ``xcomp`` ("announced steps to cut fares"), or as its ``advcl`` after
    a noun that takes an infinitive ("praised her bid to win the seat").
    Time, place and cause phrases ("on Monday", "in the harbour", "because
    of the storm") are the writer's."""
    if phrase.dep_ == "prep":
        return phrase.lower_ in _NOUN_COMPLEMENT_PREPS
    if phrase.dep_ == "advcl" and phrase.left_edge.tag_ == "TO":
        obj = next((c for c in phrase.head.children if c.dep_ == "dobj" and c.i < phrase.i), None)
        return obj is not None and obj.lemma_.lower() in _INFINITIVE_NOUNS
    # "warned the board not to act": a negated infinitive as well
    first = phrase.left_edge
    if first.lower_ in ("not", "never") and first.i + 1 < len(first.doc):
        first = first.doc[first.i + 1]
    return phrase.dep_ == "xcomp" and first.tag_ == "TO"


#: Nouns that take an infinitive of their own ("her bid to win", "a call to
#: act", "his fitness to lead"), unlike "a meeting to discuss" (a purpose).
_INFINITIVE_NOUNS = lexicon.INTENT_NOUNS | frozenset(
    "effort attempt bid push plan move failure ability inability right need chance fitness readiness"
    " willingness determination drive campaign commitment threat offer request demand order role"
    " qualification power authority intent".split()
)


def _phrase_end(head: Token) -> int:
    """The last token of the phrase of *head* without an aside set off by a
    comma or dash ("the mayor, who chairs the board", "the plan, a scheme
    from 2019"): what the writer adds about the thing named. An aside on a
    noun further in that closes the phrase goes too ("a letter
    from Ames, who runs the ferry", "the report on the pier,
    where the ferry docks"), but not a relative opened by "that", which
    restricts ("a letter from the board, that read: ...")."""
    doc = head.doc
    end = head.right_edge.i
    for c in head.rights:
        if c.dep_ == "acl" and c.left_edge.tag_ == "TO":
            continue  # "a bid by Ames, the mayor, to shut the pier": the noun's own infinitive
        if (c.dep_ in ("relcl", "acl") or _aside_appos(c)) and _opens_aside(doc, c.left_edge.i - 1) and c.left_edge.lower_ not in _FOCUSING_ADVERBS:
            if _listed_after(head, c):
                break
            end = min(end, _before_aside(doc, c.left_edge.i - 1))
    for t in doc[head.i + 1 : end + 1]:
        if t.head.i == head.i or t.right_edge.i < end or t.left_edge.i <= head.i + 1:
            continue
        if not _opens_aside(doc, t.left_edge.i - 1):
            continue
        if t.dep_ == "acl" or _aside_appos(t) or t.dep_ == "relcl" and t.left_edge.lower_ != "that":
            end = _before_aside(doc, t.left_edge.i - 1)
            break
    return max(end, head.i)


def _listed_after(head: Token, aside: Token) -> bool:
    """Whether a second noun coordinated with *head* follows its *aside*
    right after the comma that closes it ("the mayor, who chairs the
    board, and the clerk"): the aside sits inside a list that goes on."""
    doc = head.doc
    k = aside.right_edge.i
    if k + 3 >= len(doc) or doc[k + 1].text != "," or doc[k + 2].lower_ not in ("and", "or"):
        return False
    return any(c.dep_ == "conj" and c.left_edge.i == k + 3 and c.pos_ in ("NOUN", "PROPN") and not _clause_subject(c) for c in head.rights)


def _aside_appos(tok: Token) -> bool:
    """Whether *tok* is an apposition, not the second item of a list the
    parser read as one ("on Israel, the nuclear deal and the court": an
    "apposition" with items of its own coordinated to it is a list)."""
    return tok.dep_ == "appos" and not any(c.dep_ in ("conj", "cc") for c in tok.children)


#: Words that set the speaker's next act after what was said ("..., before
#: adding that ...", "while insisting that ...").
_SEQUENCE_WORDS = frozenset({"before", "after", "while"})


#: Subordinators of a condition that goes on with what was said ("because" is
#: as often the writer's reason for the report).
_CONDITION_MARKS = frozenset({"if", "unless"})


def _mismatched_conjunct(cue: Token, conj: Token) -> bool:
    """Whether *conj*, hung on *cue* as a conjunct, cannot be coordinated
    with it: a bare verb or a word that is no verb, with no subject of its
    own, after a tensed or participle cue ("Ames urged the crew to stay and
    help", "Ames wants to run the ferry and the pier")."""
    if cue.tag_ == "VB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conj.children):
        return False
    if any(t.dep_ == "conj" and is_reporting(t) and any(c.dep_ == "nsubj" for c in t.children) for t in conj.subtree):
        return False  # "..., fix the pier and he said ...": a report of its own follows
    return conj.tag_ == "VB" or conj.pos_ not in ("VERB", "AUX")


#: Adverbs that open a phrase singling out part of what came before
#: ("..., particularly the crews who ...", "..., especially in winter"):
#: no aside, but more of what was said.
_FOCUSING_ADVERBS = frozenset("particularly especially notably specifically mainly mostly chiefly primarily largely".split())


def trim(tokens: list[Token]) -> list[Token]:
    """Drop leading complementisers and punctuation, and trailing punctuation
    other than closing quote marks and a bracket that closes one opened
    inside (``... Cole (R-Maine)``)."""
    i, j = 0, len(tokens)
    while i < j and (tokens[i].is_punct and tokens[i].text not in _OPEN_MARKS or tokens[i].is_space):
        i += 1
    while j > i and (tokens[j - 1].is_space or (tokens[j - 1].is_punct and tokens[j - 1].text not in _CLOSE_MARKS)):
        if tokens[j - 1].text in _CLOSING_BRACKETS and _opens_bracket(tokens[i : j - 1], tokens[j - 1].text):
            break
        j -= 1
    return tokens[i:j]


_CLOSING_BRACKETS = {")": "(", "]": "["}


def _opens_bracket(tokens: list[Token], closing: str) -> bool:
    """Whether *tokens* leave a bracket open that *closing* closes."""
    opening = _CLOSING_BRACKETS[closing]
    depth = 0
    for t in tokens:
        if t.text == opening:
            depth += 1
        elif t.text == closing and depth:
            depth -= 1
    return depth > 0


def contiguous(tokens: list[Token]) -> list[Token]:
    """The envelope of *tokens* as a contiguous run (the reported clause may be
    interrupted by the cue: ``The economy, he said, is growing``)."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    lo = min(t.i for t in tokens)
    hi = max(t.i for t in tokens)
    return list(doc[lo : hi + 1])


#: Subjects of a finding verb whose finding runs to the end of its sentence.
_POLL_SUBJECTS = frozenset({"poll", "survey", "average", "polling"})


def _has_speaker_clause(doc: Doc, q: Quote, ctx: Context) -> bool:
    """Whether a cue verb follows quotation *q* within a few words, in its
    sentence ("“...,” she said")."""
    j = _token_at_or_after(doc, q.end)
    if j is None:
        return False
    for t in doc[j : min(len(doc), j + 6)]:
        if t.is_sent_start or t.text in _OPEN_MARKS:
            return False
        if is_cue_verb(t, ctx):
            return True
    return False


def _phrase_before_cue(between) -> Optional[Token]:
    """The head of a noun phrase that fills *between* (the words from a
    quotation to its speaker clause's verb, punctuation aside), where the
    parser did not make it the verb's subject: “...,” Ames, 61, told ..."""
    words = [t for t in between if not t.is_punct and not t.is_space]
    for t in words:
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            sub = {x.i for x in t.subtree if not x.is_punct}
            if min(sub) >= words[0].i and all(w.i in sub for w in words):
                return t
    return None


def _misread_relative(clause: Token) -> bool:
    """Whether *clause* is a relative clause the parser hung on a verb as
    its complement ("Ames said of the firm, whose owner moved ..."): its
    subject is, or is owned by, a relative pronoun."""
    for c in clause.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("who", "which") or any(g.tag_ == "WP$" for g in c.subtree)):
            return True
    return False


_SENTENCE_END_RE = re.compile(r"[a-z0-9)][.!?][”\"’']?\s+(?=[A-Z“\"‘'])")


def _inner(text: str, q: Quote) -> str:
    """The words of quotation *q* without its marks."""
    return text[q.start : q.end].strip("“”\"‘’'«»„ ")


def _next_clause(tok: Token, cue: Token, ctx: Context) -> bool:
    """Whether *tok* is a verb joined to *cue* after it that goes on with
    a clause of its own, a second report or someone else's turn (``“A,” she
    said, and then predicted: “B”``, ``“A,” Ames said, and her aide cut in.
    “B”``): a quotation after the speaker clause is not the first one
    resumed. Not a verb with no subject of its own that reports nothing
    (``“A,” he said and smiled. “B”``)."""
    if tok.dep_ != "conj" or tok.head.i != cue.i or tok.i <= cue.i or tok.pos_ != "VERB":
        return False
    if any(t.tag_ in ("WP", "WDT") for t in cue.doc[cue.i + 1 : tok.i]):
        return False  # "said Ames, who ... and has backed ...": the aside's verb, misread
    if is_cue_verb(tok, ctx) and ctx.cue_verbs[cue_lemma(tok)] in ("speech", "writing"):
        return True
    return any(c.dep_ == "nsubj" for c in tok.children)


def _token_at_or_after(doc: Doc, char: int) -> Optional[int]:
    # binary search over token offsets
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(doc) else None


#: Passive verbs of expectation whose clause is attributed to no one in
#: particular: "The sale is expected to close in May".
_PASSIVE_EXPECTATION = frozenset({"intend", "know", "favor", "favour", "expect", "predict", "project", "forecast", "anticipate", "rumor", "rumour", "believe", "think", "say", "report", "estimate"})
#: Verbs of asking whose passive with an infinitive is a request put to
#: the subject, by someone unnamed: "the mayor was asked to set a date".
_PASSIVE_REQUEST = frozenset({"ask", "instruct"})


def _as_phrase_end(verb: Token, as_: Token) -> int:
    """The last token of the "as" phrase *as_* of *verb* with what the
    parser hung on the verb right after it that goes on with the view: a
    second "as" phrase or a "than as" comparison ("saw the ferry as a
    lifeline and as a symbol"), a "with" phrase ("described her as calm
    with a steady hand"), or an infinitive ("saw him as an asset to win
    votes")."""
    end = as_.right_edge.i
    for c in verb.rights:
        if c.i <= as_.i or not end < c.left_edge.i <= end + 2:
            continue
        if c.dep_ == "prep" and c.lower_ in ("as", "than") or c.dep_ == "advcl" and c.left_edge.tag_ == "TO":
            end = c.right_edge.i
        elif c.dep_ == "prep" and c.lower_ == "with" and c.left_edge.i == end + 1:
            end = c.right_edge.i  # but ", with the council voting ...": the writer's
    return end


#: Reflexive objects: "she pitched herself as ...".
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"})


def _seeming_report(comp: Token, ctx: Context) -> bool:
    """Whether the infinitive after "seem" / "appear" is a report of the
    subject's own, which the verb rules give with the subject as its source
    ("Cole seemed to mock the plan": Cole mocked the plan, hedged; "the
    letters appear to show that ...": what the letters show), rather than
    an impression of the writer's ("Ames seems to know the harbour").
    The content is a clause, the object of an object cue, or the
    prepositional object of a cue that takes one ("appeared to respond
    to the letter")."""
    if comp.dep_ != "xcomp" or comp.tag_ != "VB" or not is_cue_verb(comp, ctx):
        return False
    if ctx.cue_verbs[cue_lemma(comp)] not in ("speech", "writing", "finding"):
        return False
    if any(c.dep_ == "ccomp" and c.i > comp.i or c.dep_ == "prep" and c.lower_ in lexicon.PREP_CUES.get(cue_lemma(comp), ()) for c in comp.children):
        return True
    return cue_lemma(comp) in ctx.object_cues and any(c.dep_ == "dobj" and c.i > comp.i for c in comp.children)


def _span_before(noun: Token, modifier: Token) -> Span:
    """The phrase of *noun* up to its postposed *modifier* ("the crews" in
    "the crews, wary of the storm")."""
    toks = trim(list(noun.doc[noun.left_edge.i : modifier.i])) or [noun]
    return noun.doc[toks[0].i : toks[-1].i + 1]


#: Verbs whose passive subject is the news they report: "the deal was
#: first reported by the Herald", "the cuts were announced on Monday".
_PASSIVE_NEWS = frozenset({"report", "announce", "reveal", "disclose", "confirm"})


#: Passive verbs of reputation: "X is seen as Y", "X, known for Y".
_PASSIVE_AS = {"see": ("as",), "view": ("as",), "regard": ("as",), "perceive": ("as",), "consider": ("as",),
               "describe": ("as",), "bill": ("as",), "tout": ("as",), "hail": ("as",), "know": ("as", "for"),
               "identify": ("as",)}  # fmt: skip


#: Nouns of what was said that report their that-clause even when no one
#: is named as saying it: "complaints that the ferry is late", "amid
#: speculation that the mayor will resign". The value is the category.
_UNOWNED_CLAUSE_NOUNS: dict[str, str] = {
    **dict.fromkeys(
        """
        complaint speculation suggestion assertion admission accusation argument claim
        allegation charge statement remark promise rumor contention insistence assurance warning
        criticism advice report reports conclusion recommendation notion narrative
        """.split(),
        "speech",
    ),
    "signal": "speech",  # "meant as a signal that the line stays open"
    # held views: "voiced confidence that the tide turns", "broad agreement that
    # fares are too high", "face the reality that the pier will close"
    **dict.fromkeys("confidence agreement reality".split(), "belief"),
}


def _put_out_noun(verb: Token) -> Optional[Token]:
    """The object of a verb that puts out what is said when it is a noun of
    saying, opinion or proposal (:data:`quotegraph.lexicon.PUTTING_VERBS`,
    :data:`quotegraph.lexicon.PUT_OUT_NOUNS`): "case" in "made the case
    that ...", "ideas" in "laid out her ideas for cutting fares" (a verb
    that needs its particle has it)."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.PUTTING_VERBS:
        return None
    particles = lexicon.PUTTING_VERBS[lemma]
    if particles is not None and not any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children):
        return None
    return next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and c.lemma_.lower() in lexicon.PUT_OUT_NOUNS), None)  # fmt: skip


def _governs_clause(prep: Token) -> bool:
    """Whether *prep* governs a clause: a wh-clause or a gerund ("on how to
    fix it", "about why it failed", "for cutting fares")."""
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return pobj is not None and (pobj.pos_ in ("VERB", "AUX") or pobj.left_edge.lower_ in _WH_WORDS)


def _bare_clause(clause: Token) -> bool:
    """Whether *clause*, hung on a noun, is a tensed clause with a subject
    of its own that no relative word opens ("fears *the pier will close*",
    which the parser may read as a relative clause), not "concerns *that
    remain*" or "fears *which the crews share*"."""
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return (_is_finite(clause) and subj is not None and subj.lower_ not in lexicon.RELATIVE_PRONOUNS
            and clause.left_edge.lower_ not in lexicon.RELATIVE_PRONOUNS)  # fmt: skip


#: Words a title leaves in lower case ("War and Peace").
_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with by from".split())


def _title_case(passage: str) -> bool:
    """Whether every word of *passage* is capitalised but the small words
    of titles ("“War and Peace”", "“Peace Through Strength,”")."""
    words = re.findall(r"[\w'’]+", passage)
    return bool(words) and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)
