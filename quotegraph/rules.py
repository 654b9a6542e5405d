"""Attribution rules over a parsed spaCy ``Doc``.

Each rule is a generator ``rule(doc, ctx) -> Iterator[Candidate]`` that reads
the dependency parse (and the quote marks found in the raw text by
:mod:`quotegraph.quotes`) and proposes attributions. The extractor
(:mod:`quotegraph.extract`) merges the candidates, resolves sources and
builds :class:`~quotegraph.model.Attribution` objects.

The rules follow the usual grammar of reported speech (Quirk et al.,
*A Comprehensive Grammar of the English Language*, 14.29-31; Krestel et
al. 2008, "Minding the source"):

- ``verb_clause``: a reporting verb with a clausal complement
  (``X said (that) ...``, ``X wants to ...``), including cues with no
  subject of their own (``..., claiming that ...``) which take their
  head's subject;
- ``postposed``: the reported clause first (``..., Samra reported``);
- ``naming``: ``X calls Y "a disaster"``;
- ``verb_object``: a reporting verb whose object is what was said
  (``X denied the allegations``, ``X blamed Y for Z``; ``the poll shows Y
  ahead``); low confidence;
- ``verb_as``: a view stated with "as" (``X sees / describes Y as Z``);
- ``impression``: ``the race appears to tighten`` (no source);
- ``verb_prep``: a cue whose content is a prepositional object
  (``X called for Y``, ``X warned of Y``);
- ``quote_adjacent``: a quotation next to a short speaker clause
  (``"...," he said``, ``She said: "..."``, ``She said in a statement.
  "..."``, and ``"...," he snapped`` with any verb after a quotation
  broken off by a comma), across sentence breaks inside the quote, and
  resumed after the speaker clause (``"A," he said. "B."``);
- ``block_quote``: ``X reports:`` followed by a paragraph without marks;
- ``title``: a work's quoted title (``a memo titled "..."``), from its
  publisher when that is the subject of the verb it is the object of;
- ``according_to``: ``according to X``, anywhere in the sentence;
- ``noun_cue``: ``In a new poll, ...``, ``In his statement, ...``;
- ``perspective``: ``To Ames, the ferry is a lifeline``;
- ``noun_clause``: ``Trump's claim that ...``, ``the warning by officials that ...``;
- ``noun_infinitive``: ``the mayor's decision to close the pier``;
- ``copular_report``: ``Her argument was that ...``, ``the fear is that ...``;
- ``stance_phrase``: ``X voted in favour of Y``, ``X is against Y``;
- ``received``: ``X won the endorsement of Y``, ``X drew criticism from Y``
  (the content is X, the source Y);
- ``lead_phrase``: a quotation after ``As X put it,`` or ``X's reply was:``;
- ``passive``: ``X is expected to ...`` (no source);
- ``passive_as``: ``X is seen as Y``, ``X, known for Y`` (no source);
- ``adverb``: ``X is reportedly ...`` (no source);
- ``censure``: ``X assailed Y for Z``, ``X credited Y with Z`` (the content
  is "Y for Z");
- ``frame``: verbs outside the lexicon in a frame that reports
  (:data:`quotegraph.lexicon.FRAMES`);
- ``colon_speaker``: ``Graham: ...`` headlines and transcripts;
- ``headline``: ``Harbour Chief Slams Ferry Plan`` (title case);
- ``misread_verb``: a cue verb the tagger reads as a noun, at a sentence's
  root or in a title (``Sailors blast harbour chief``);
- ``quote_continuation``: a paragraph that is wholly a quotation, following
  an attribution, continues that speaker.

Not handled: free indirect speech, indirect speech that runs on over
several sentences with no cue of its own, sources named only in a headline.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Iterator, Optional

from spacy import attrs
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .quotes import Quote

_CLAUSE_DEPS = frozenset({"ccomp"})
_INHERIT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
_POSTPOSED_DEPS = frozenset({"parataxis", "ccomp"})
#: Quote marks as spaCy tokenises them.
_OPEN_MARKS = frozenset({"“", '"', "‘", "'", "«", "„", "``", "''"})
_CLOSE_MARKS = frozenset({"”", '"', "’", "'", "»", "''"})
_FIRST_SECOND_PERSON = frozenset({"i", "we", "you", "me", "us"})
_SPEAKER_PRONOUNS = lexicon.PERSON_PRONOUNS | lexicon.GROUP_PRONOUNS
_WH_WORDS = frozenset({"what", "which", "who", "whom", "whose", "how", "why", "when", "where", "whatever", "whether"})
#: Cues of belief or finding whose wh-complement is a report ("asked what
#: happened"); after the others ("the chart shows how ...", "will decide
#: who runs the pier") it was more often no attribution, except a "whether"
#: question the holder weighs ("will decide whether to close the pier",
#: "considered whether the fares were fair"). After a verb of
#: speech or writing it is what was said, an account ("told the crowd how
#: he saved the pier"), an answer ("would not say who she backs") or a
#: free relative ("noted what the inquiry found"), as PolNeAR marks them.
_WH_CUES = frozenset({"ask", "wonder", "question", "explain", "reveal", "disclose", "describe", "know", "understand", "detail", "outline"})
#: Nouns that can carry words: "a statement saying ...", "a sign reading ...".
_SAYING_NOUNS = frozenset(w for words in lexicon.CUE_NOUNS.values() for w in words) | frozenset(
    "sign banner headline video ad advert advertisement notice note petition leaflet flyer poster release".split()
)
#: Reporting verbs whose subject a participle after them may take ("X
#: said A, adding B"); not "remind", whose subject is often a thing ("the
#: ferry reminds him of an old song, ...": no one speaking).
_REPORTING_HINT = frozenset(w for words in lexicon.CUE_VERBS.values() for w in words) - {"remind"}
#: What a source puts out, whose words are the source's ("X printed a
#: piece that claimed ...", "X put out figures that show ...").
_ISSUED_NOUNS = _SAYING_NOUNS | lexicon.DOCUMENT_HEADS | frozenset(
    "piece article column editorial op-ed message post tweet documentary spot mailer".split()
)
#: What may stand between a quotation and its speaker clause ("...,” he said).
_SEP_RE = re.compile(r"^[\s,:;\-–—]*$")


@dataclass
class Candidate:
    """An attribution proposed by a rule, with character offsets."""

    content: tuple[int, int]
    cue: Optional[tuple[int, int]]
    cue_token: Optional[Token]
    source_token: Optional[Token]
    rule: str
    confidence: float
    cue_lemma: Optional[str] = None
    cue_category: Optional[str] = None
    kind: Optional[str] = None  # "according_to" for that rule
    quote: Optional[Quote] = None
    source_span: Optional[Span] = None  # where the rule knows the whole phrase
    relay: bool = False  # an "according to" that takes in a quotation's speaker clause


@dataclass
class Context:
    """What every rule may read: the quotes and the enabled cue lexicon."""

    quotes: list[Quote]
    cue_verbs: dict[str, str]  # lemma -> category
    object_cues: frozenset[str]
    xcomp_cues: frozenset[str]
    naming_verbs: frozenset[str]
    categories: frozenset[str]
    quote_only: frozenset[str] = frozenset()
    frames: dict = field(default_factory=dict)  # (lemma, frame) -> (category, precision)
    text: str = ""  # doc.text, read once (spaCy rebuilds it on every access)
    tokens: list[Token] = field(default_factory=list, repr=False)  # see tokens_of
    _starts: list[int] = field(default_factory=list, repr=False)
    _indexes: dict = field(default_factory=dict, repr=False)  # see tokens_where
    _indexed: Optional[Doc] = field(default=None, repr=False)  # the doc of _indexes

    def tokens_of(self, doc: Doc) -> list[Token]:
        """``list(doc)``, made once for all the rules (each ``for tok in doc``
        builds every Token object anew)."""
        if len(self.tokens) != len(doc) or (self.tokens and self.tokens[0].doc is not doc):
            self.tokens = list(doc)
        return self.tokens

    def tokens_where(self, doc: Doc, **where) -> list[Token]:
        """The tokens, in document order, with one of the given values of an
        attribute (a word, or a set or dict of words), for a rule that looks
        at a few words only instead of reading every token:
        ``ctx.tokens_where(doc, lemma={"put"})``; with several attributes,
        the tokens that match any (``lemma=..., lower=...``).

        The attributes are ``lower`` (``tok.lower_``), ``lemma``
        (``tok.lemma_.lower()``) and ``cue_lemma`` (:func:`cue_lemma`). Each
        index is built once per document."""
        found: list[int] = []
        for attr, values in where.items():
            index = self._index(doc, attr)
            if isinstance(values, str):
                values = (values,)
            keys = [k for k in values if k in index] if len(values) < len(index) else [k for k in index if k in values]
            found += (i for k in keys for i in index[k])
        if len(where) > 1:
            found = list(set(found))
        found.sort()
        return [doc[i] for i in found]

    def _index(self, doc: Doc, attr: str) -> dict[str, list[int]]:
        """Value of *attr* -> the indices of the tokens with it, in order,
        built once per document (see :meth:`tokens_where`)."""
        if self._indexed is not doc:
            self._indexes, self._indexed = {}, doc
        index = self._indexes.get(attr)
        if index is None:
            if attr == "cue_lemma":
                index = _cue_lemma_index(doc, self._index(doc, "lower"), self._index(doc, "lemma"))
            else:
                index = _token_index(doc, attr)
            self._indexes[attr] = index
        return index

    def _quote_starts(self) -> list[int]:
        if len(self._starts) != len(self.quotes):
            self._starts = [q.start for q in self.quotes]
        return self._starts

    def quote_at(self, char: int) -> Optional[Quote]:
        """The quotation around character *char*, if any."""
        k = bisect.bisect_right(self._quote_starts(), char) - 1
        # single-quoted passages may nest in double ones: look back a little
        for q in self.quotes[max(0, k - 2) : k + 1][::-1]:
            if q.start <= char < q.end:
                return q
        return None

    def quote_opens_in(self, start: int, end: int) -> bool:
        """Whether a quotation opens between characters *start* and *end*."""
        starts = self._quote_starts()
        k = bisect.bisect_left(starts, start)
        return k < len(starts) and starts[k] < end


_INDEX_ATTRS = {"lower": attrs.LOWER, "lemma": attrs.LEMMA}


def _token_index(doc: Doc, attr: str) -> dict[str, list[int]]:
    """``lower`` or ``lemma`` (lower-cased) -> the indices of the tokens with
    it, in order."""
    by_id: dict[int, list[int]] = {}
    for i, v in enumerate(doc.to_array(_INDEX_ATTRS[attr]).tolist()):
        by_id.setdefault(v, []).append(i)
    strings = doc.vocab.strings
    index = {}
    for v, where in by_id.items():
        key = strings[v].lower() if attr == "lemma" else strings[v]
        index[key] = sorted(index[key] + where) if key in index else where  # "Say" and "say"
    return index


def _cue_lemma_index(doc: Doc, lowers: dict[str, list[int]], lemmas: dict[str, list[int]]) -> dict[str, list[int]]:
    """:func:`cue_lemma` -> the indices of the tokens with it: the lemma
    index, with the forms of :data:`lexicon.CUE_FORMS` moved ("hopes" is
    "hope", not the lemmatiser's "hop"). The lists of *lemmas* are not
    changed."""
    index = dict(lemmas)
    for form, where in lowers.items():
        lemma = lexicon.CUE_FORMS.get(form)
        if not lemma:
            continue
        for i in where:
            old = doc[i].lemma_.lower()
            if old != lemma:
                index[old] = [j for j in index[old] if j != i]
                index[lemma] = sorted(index.get(lemma, []) + [i])
    return index


# -- helpers -----------------------------------------------------------------


def span_chars(tokens) -> tuple[int, int]:
    """Character offsets covering *tokens* (an iterable of Tokens)."""
    toks = list(tokens)
    return (toks[0].idx, toks[-1].idx + len(toks[-1].text))


def cue_lemma(tok: Token) -> str:
    """The lemma of a possible cue verb, from the word form where the
    lemmatiser gets it wrong ("hopes" -> "hop")."""
    return lexicon.CUE_FORMS.get(tok.lower_) or tok.lemma_.lower()


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


def _sender_of_message(verb: Token) -> Optional[Token]:
    """Who sent the message a participle reports, where the parser hangs
    the participle on those it was sent to: in "The union sent an email to
    members saying the pier was unsafe" the email says it and the union,
    its sender, is the source (not the members). Only verbs of saying: in
    "sent a letter to leaders opposing the plan" the leaders may be the ones
    opposed to it."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or lexicon.cue_category(verb.lemma_.lower()) not in ("speech", "writing"):
        return None
    to = verb.head.head
    if verb.head.dep_ != "pobj" or to.lower_ != "to" or to.dep_ not in ("prep", "dative") or verb.head.i + 1 != verb.i:
        return None
    work = to.head
    if work.pos_ in ("VERB", "AUX"):
        work = next((c for c in work.children if c.dep_ == "dobj" and c.i < to.i), None)
    return _issuer(work) if work is not None and work.pos_ == "NOUN" else None


def _named_in_sentence(verb: Token) -> bool:
    """Whether *verb*, a verb of naming read as a participle on the noun
    before it, names something in quotation marks or after a comma ("Ames,
    a fare critic, called the plan “a scam.”"), as the verb of the sentence
    does, unlike "a dog called Rex"."""
    if verb.lemma_.lower() not in lexicon.NAMING_VERBS:
        return False
    pred = next((c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i), None)
    if pred is None:
        return False
    doc = verb.doc
    quoted = any(doc[k].text in _OPEN_MARKS for k in range(verb.i + 1, verb.right_edge.i + 1))
    return quoted or _comma_before(doc, verb.i)


def subject_of(verb: Token) -> Optional[Token]:
    """The subject of *verb*, inherited from the governing verb for
    participles, infinitives and coordinated verbs (``..., claiming``).

    A participle after a comma or dash (``X said A, saying B``, also with a
    quote mark between: ``X said A “B,” adding C``) takes the subject of the
    nearest reporting verb above it when there is one, but not above a
    conjoined clause with a subject of its own; else that of the verb whose
    that-clause it hangs in (``X rejected the claim that A, saying B``): the
    parser often hangs it on a verb of the reported clause instead.
    """
    if _perfect_read_as_passive(verb):
        return next(c for c in verb.children if c.dep_ == "nsubjpass")  # "he's said ...": he has said
    if any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
        # "it was reported that ...", "it is said that ...": no one in particular, or the
        # agent if named ("it was announced by the council that ...")
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if verb.lemma_.lower() in _ADDRESSEE_VERBS and _passive_participle(verb):
        # "Asked about the fire, Ames said ...", "she was told that ...": the
        # one asked or told is no source; the asker is the agent, if named
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    sender = _sender_of_message(verb)
    if sender is not None:
        return sender
    held = _participle_holder(verb)
    if held is not None:
        return held
    if verb.tag_ == "VBG" and verb.dep_ in _INHERIT_DEPS and _after_break(verb):
        anc = verb.head
        while anc.head.i != anc.i:
            if anc.lemma_.lower() in _REPORTING_HINT and anc.i < verb.i:
                break
            if anc.dep_ == "conj" and any(c.dep_ == "nsubj" for c in anc.children):
                break  # "X says A, and Y sued, saying ...": Y's own clause
            anc = anc.head
        if anc.lemma_.lower() in _REPORTING_HINT and anc.i < verb.i:
            subj = next((c for c in anc.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
        top = _above_that_clause(verb.head)
        if top is not verb.head:
            subj = next((c for c in top.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return subj
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _SEQUENCE_WORDS and verb.head.dep_ == "prep":
        clause = verb.head.head  # "Ames said the pier is safe before adding that ...": Ames
        if clause.dep_ == "ccomp" and is_reporting(clause.head) and clause.head.i < clause.i:
            said_by = subject_of(clause.head)
            if said_by is not None:
                return said_by
    listed = _listed_participle_cue(verb)
    if listed is not None:
        return subject_of(listed)  # "..., saying A and calling B": the speaker of "saying"
    tok = verb
    clause = verb.head
    if (verb.dep_ == "conj" and clause.dep_ == "ccomp" and is_reporting(verb) and is_reporting(clause.head)
            and not is_reporting(clause) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            and not any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS and not _same_speaker(c, clause.head)
                        for c in clause.children)):  # fmt: skip
        # "Ames said the ferry had left and said ...": the second "said"
        # hung on the first one's clause, and so in "Ames said she would
        # stay and vowed ..." (not so in "Ames said they had left and said
        # ...", where they may have said it)
        tok = clause.head
    for _ in range(6):
        for child in _subjects_nearest_first(tok):
            if child.dep_ == "nsubj":
                if tok.dep_ in ("relcl", "acl") and child.lower_ in lexicon.RELATIVE_PRONOUNS:
                    work = _work_before(tok.head)
                    issuer = _issuer(work if work is not None else tok.head)
                    if issuer is not None:
                        return issuer  # "X ran an ad that attacked Y": X
                    if work is not None and child.lower_ in ("that", "which"):
                        return work  # "the report on the fire that found ...": the report
                if tok is not verb and _dummy_subject(child, tok):
                    return None  # "it is worth stressing that ...": no one in particular
                # a relative "who" is returned as it is: the mention is the
                # pronoun, the entity its antecedent (see extract.py)
                return _second_clause_subject(_past_dateline(child, tok), tok)
            if child.dep_ == "agent" and not _passive_conjunct_head(verb, tok):  # "was told by X"
                for gc in child.children:
                    if gc.dep_ == "pobj":
                        return gc
            if child.dep_ == "nsubjpass" and tok is not verb and tok.lemma_.lower() in _PASSIVE_WITNESS:
                return child  # "Ames was quoted as saying ...", "Ames was heard saying ...": Ames
            if child.dep_ == "nsubjpass" and _passive_conjunct_head(verb, tok):
                return child  # "Ames was joined by Cole and said ...": Ames
        if tok.dep_ == "relcl" and _purpose_infinitive(tok):
            tok = _governing_verb(tok.head)  # "Ames used the hearing to paint herself as ...": Ames
            continue
        if _finite_conj_of_infinitive(verb, tok):
            tok = _governing_verb(tok.head)  # "Ames ran on a plan to cut fares and accused ...": Ames
            continue
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "Ames, who was born here and says ...": the relative pronoun
            # (its entity is the antecedent), else the noun itself
            rel = next((c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ in ("who", "that", "which")), None)
            return rel if rel is not None and verb is not tok else tok.head
        if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.lemma_.lower() in _SAYING_NOUNS:
            # "X issued a statement saying ...": X; "a sign reading ...": the sign
            return _issuer(tok.head) or _speaker_of_speech(tok.head) or tok.head
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ in ("dobj", "attr") and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head  # "X wrote to members saying ...": the participle is X's
            continue
        if (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ == "dobj" and tok.head.head.pos_ == "VERB"
                and _comma_before(tok.doc, tok.i) and any(c.dep_ == "dobj" for c in tok.children)):  # fmt: skip
            # "the board rejected the claims, ruled Ames eligible and ...": a
            # past tense with an object of its own, listed after the first verb
            tok = tok.head.head
            continue
        if (tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "aux" for c in tok.children)
                and (any(c.dep_ == "ccomp" for c in tok.children) or _named_in_sentence(tok))):  # fmt: skip
            # "Two analysts, Ames and Cole, found that ...", parsed as a
            # phrase with "found" as a participle on it: the verb of the
            # sentence; so too "Ames, a fare critic, called the plan “a
            # scam.”" (not "a dog called Rex", a name given, not a naming)
            return tok.head
        if (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN", "PRON")
                and (lexicon.cue_category(tok.lemma_.lower()) == "speech" or tok.lemma_.lower() == "back")):  # fmt: skip
            # "candidates proposing tax cuts": the candidates; so too "a group
            # backing the mayor" (other beliefs there, "supporting" among
            # them, are reports less often than not)
            return tok.head
        if tok.dep_ == "conj" and tok.head.dep_ == "xcomp" and _conjunct_of_verb_above(tok.head, tok):
            tok = tok.head.head  # "Ames urged the crew to stay and vowed ...": Ames vowed, not the crew
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _OBJECT_CONTROL_VERBS:
            # "the result led some to wonder ...": the object of the verb
            # above is the subject of its infinitive
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is not None and obj.lower_ not in ("it", "this", "that"):
                return obj
        if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.tag_ == "VB":
            # "Ames left, urging the crew to stay calm and promising ...": a
            # participle is coordinated with the participle above the
            # infinitive, not with the infinitive (whose subject is the crew)
            above = next((a for a in tok.head.ancestors if a.tag_ == "VBG"), None)
            if above is not None and above.i < tok.i and above.dep_ in ("advcl", "conj", "xcomp") and not any(c.dep_ == "aux" for c in above.children):
                tok = above
                continue
        if tok.dep_ in _INHERIT_DEPS | {"prep", "acomp"} and tok.head.i != tok.i:
            tok = tok.head
            continue
        if _listed_finite_verb(tok):
            tok = tok.head  # "Ames paused, then admitted she ...": Ames admitted
            continue
        if _gerund_host(verb, tok):
            tok = tok.head  # "Ames stopped short of endorsing ...", "was the first in denouncing ...": Ames
            continue
        if _verb_conjunct_on_complement(verb, tok):
            tok = tok.head  # "Ames called it “absurd” and called on ...": the conjunct hung on "absurd"
            continue
        break
    left = _left_subject(verb)
    if left is None and tok is not verb and tok.dep_ == "ROOT" and tok.pos_ == "VERB":
        left = _left_subject(tok)  # "In a talk in Leeds Ames continued to insist ...": the verb above
    return left


def _listed_finite_verb(tok: Token) -> bool:
    """Whether *tok* is a past or present tense verb listed after a comma
    with no subject of its own, which the parser hung on the verb before
    it as an unlabelled dependent ("the board delayed the vote, admitted
    it had lost the file, and ...", "Ames paused, then admitted ..."): it
    shares that verb's subject."""
    if tok.dep_ != "dep" or tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    head = tok.head
    if head.i >= tok.i or head.pos_ not in ("VERB", "AUX"):
        return False
    before = tok.left_edge.i - 1
    if before > 0 and tok.doc[before].lower_ == "then":
        before -= 1  # "paused, then admitted": "then" hung on the verb before
    return before > 0 and tok.doc[before].text == ","


def _listed_participle_cue(verb: Token) -> Optional[Token]:
    """The participle cue that *verb*, a participle with no subject of its
    own after "and", is listed with when the parser hung *verb* on a verb of
    the first one's reported clause: in "..., saying the pier was safe and
    calling the closure a farce" the one who called is the one who said."""
    if verb.tag_ != "VBG" or verb.dep_ != "conj" or verb.left_edge.i != verb.i or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].dep_ != "cc" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children):
        return None
    above = next((a for a in verb.ancestors if a.tag_ == "VBG" and is_reporting(a)), None)
    if above is None or above.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    comp = next((c for c in above.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if comp is None or verb not in list(comp.subtree):
        return None
    return above


def _gerund_host(verb: Token, tok: Token) -> bool:
    """Whether *tok* is a word on the verb above that a gerund of *verb*
    hangs on through a preposition ("stopped *short* of endorsing", "was
    the *first* in denouncing", "has a *record* of backing"): the gerund's
    subject is that verb's."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or tok.dep_ not in ("advmod", "attr", "dobj", "oprd"):
        return False
    return tok.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "prep" and c.is_ancestor(verb) for c in tok.children)


#: Verbs whose object's participle is still the subject's: reaching someone
#: ("she texted the crew saying ..."), putting out a work ("the board passed
#: a motion urging ...", "the party ran an ad mocking ..."), taking part in
#: an event ("the mayor opened the meeting praising ...") and idioms ("had a
#: hard time explaining", "drew crowds promising ...").
_SUBJECTS_PARTICIPLE_VERBS = frozenset(
    "email e-mail text call phone ring write message contact mail wire cable tweet address send"
    " run air launch release publish file submit pass adopt approve issue feature unveil produce post create introduce"
    " open enter hold host make do give deliver lead start end close begin attend join"
    " have spend draw".split()
)


def _verb_conjunct_on_complement(verb: Token, tok: Token) -> bool:
    """Whether *tok*, reached from *verb* through the coordination, is a
    complement of another verb that the parser coordinated *verb* with: in
    "Ames called the plan “absurd” and vowed to fight it", "vowed" hangs on
    "absurd"; a verb is coordinated with a verb, so the subject is that of
    the verb above."""
    if tok.pos_ in ("VERB", "AUX") or tok.dep_ not in ("oprd", "dobj", "attr") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    below = next((t for t in [verb, *verb.ancestors] if t.head.i == tok.i and t.i != tok.i), None)
    return below is not None and below.dep_ == "conj" and below.pos_ == "VERB" and below.i > tok.i


def _passive_conjunct_head(verb: Token, tok: Token) -> bool:
    """Whether *verb* is an active verb coordinated with the passive *tok*
    by a conjunction: in "Ames was joined by Cole and said ...", the passive
    subject says it, not the agent (without the conjunction, in "... was
    built by a firm, Cole's, is ...", the parser may have cut a subject off)."""
    return (verb.dep_ == "conj" and verb.head.i == tok.i and tok is not verb
            and not any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ in ("VBD", "VBZ", "VBP")
            and any(c.dep_ == "cc" and tok.i < c.i < verb.i for c in tok.children))  # fmt: skip


_SINGULAR_PRONOUNS = frozenset({"he", "she", "i"})


def _same_speaker(pronoun: Token, verb: Token) -> bool:
    """Whether the subject *pronoun* of a that-clause may stand for the
    subject of the reporting *verb* above it: "he" or "she" under one
    named or singular speaker ("Ames said she would stay"), "I" under "I",
    never "they" under "Ames"."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or pronoun.lower_ not in _SINGULAR_PRONOUNS:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ == pronoun.lower_
    return subj.tag_ in ("NN", "NNP") and pronoun.lower_ != "i"


def _finite_conj_of_infinitive(verb: Token, tok: Token) -> bool:
    """Whether *tok* is an infinitive on a noun ("a plan to cut fares") that
    the parser made the head of the tensed verb *verb* coordinated with it:
    in "Ames ran on a plan to cut fares and accused the board of waste",
    "accused" is no part of the plan; its subject is that of the clause."""
    return (verb.dep_ == "conj" and verb.head.i == tok.i and verb.tag_ in ("VBD", "VBZ")
            and tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children))  # fmt: skip


#: Passive verbs of hearing or recording whose subject is the speaker of a
#: participle below them: "Ames was quoted as saying ...", "was overheard
#: telling ...", "was caught on tape saying ...".
_PASSIVE_WITNESS = frozenset("quote hear overhear see catch record film tape videotape photograph".split())


def _above_that_clause(verb: Token) -> Token:
    """The verb whose that-clause or noun's that-clause *verb* heads, or
    *verb* itself: in "the mayor rejected the claim that the ferry was late,
    saying ...", the parser hangs "saying" on "was"; the mayor says it."""
    top = verb
    while top.dep_ in ("ccomp", "acl") and any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in top.children):
        top = top.head
        while top.pos_ in ("NOUN", "PROPN") and top.dep_ in ("dobj", "pobj", "prep") and top.head.i != top.i:
            top = top.head
        while top.dep_ == "prep" and top.head.i != top.i:
            top = top.head
    return top if top.pos_ in ("VERB", "AUX") else verb


def _subjects_nearest_first(verb: Token) -> list[Token]:
    """The children of *verb*, with its subjects before it nearest first:
    where the parser gives a verb two subjects ("In Leeds, Ohio, Ames (D)
    said", with the place as a subject too), the nearer is the speaker,
    unless it stands in a bracketed aside."""
    children = list(verb.children)
    before = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(before) >= 2:  # (the bracket test reads the sentence: only when needed)
        before = [c for c in before if not _in_brackets(c)]
    if len(before) >= 2 and before[-1].lower_ in _FLOATING_QUANTIFIERS:
        before = before[:-1]  # "The crews - whose pay was cut - both said ...": the crews
    if len(before) < 2:
        return children
    return sorted(before, key=lambda c: -c.i) + [c for c in children if c not in before]


#: Quantifiers that float after the subject they count ("the crews both said").
_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})


def _in_brackets(tok: Token) -> bool:
    """Whether *tok* stands in a bracketed aside ("Ames (her book sold
    well) said")."""
    words = [t.text for t in tok.doc[tok.sent.start : tok.i]]
    return words.count("(") > words.count(")")


def _purpose_infinitive(verb: Token) -> bool:
    """Whether *verb*, an infinitive the parser hangs on a noun as a relative
    clause, says what the noun is for ("used the hearing to paint herself as ...",
    "held a briefing to boast that ...") rather than who acts ("the first
    mayor to say ...", "the only one to object")."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or any(c.lower_ in _SUBJECT_MARKING_MODIFIERS or c.ent_type_ == "ORDINAL" for c in noun.children):
        return False
    return _governing_verb(noun) is not noun


#: Modifiers that make an infinitive on a noun the noun's act ("the first to say").
_SUBJECT_MARKING_MODIFIERS = frozenset("first last only next second third".split())


def _governing_verb(noun: Token) -> Token:
    """The verb *noun* is the object of, directly or through a preposition
    ("pointed to a case": "pointed"), or *noun* itself."""
    tok = noun
    while tok.dep_ in ("dobj", "pobj", "prep", "dative", "attr", "npadvmod") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return noun


def _second_clause_subject(subj: Token, verb: Token) -> Token:
    """The subject of the second of two clauses the parser read as one
    subject: in "a few captains called for a strike, and the union
    denounced the plan", "called" is parsed as a reduced relative on
    "captains" and "the union" as its conjunct, both the subject of
    "denounced". A past tense (not a participle, as in "a group called
    Tidewatch") with a complement of its own marks the first clause."""
    first = next((c for c in subj.rights if c.dep_ == "acl" and c.tag_ == "VBD"
                  and any(g.dep_ in ("dobj", "prep", "ccomp", "xcomp") for g in c.children)), None)  # fmt: skip
    if first is None:
        return subj
    conj = [c for c in subj.rights if c.dep_ == "conj" and c.i > first.right_edge.i and c.i < verb.i and c.pos_ in ("NOUN", "PROPN")]
    if not conj or not any(c.dep_ == "cc" and first.right_edge.i < c.i < conj[-1].i for c in subj.children):
        return subj
    return conj[-1]


def _dummy_subject(subj: Token, verb: Token) -> bool:
    """Whether *subj* of the copula *verb* stands for no one, where a cue
    below inherits it: "it is only fair to ask ...", "it is worth stressing
    ...", "there is cause to think ...", "that is not to say ..."."""
    return subj.lower_ in ("it", "there", "that", "this") and verb.lemma_.lower() in ("be", "mean")


def _past_dateline(subj: Token, verb: Token) -> Token:
    """The subject after a dateline the parser took for it: in "LEEDS, May 4
    (Wire) — The mayor said ...", the place is parsed as the subject and the
    mayor as its apposition or as a second subject. Only a phrase opening
    the sentence and closed by a single dash counts."""
    if subj.i > verb.i or subj.i + 1 == verb.i or subj.left_edge.i != subj.sent.start:
        return subj  # (right before the verb: no room for a dash)
    dashes = [t for t in subj.doc[subj.i + 1 : verb.i] if t.text in _DASHES and subj.doc[t.i - 1].whitespace_]
    if len(dashes) != 1 or dashes[0].head.i not in (subj.i, verb.i) and dashes[0] not in subj.subtree:
        return subj
    after = [c for c in verb.children if c.dep_ == "nsubj" and dashes[0].i < c.i < verb.i]
    after += [c for c in subj.children if c.dep_ == "appos" and dashes[0].i < c.i < verb.i]
    return after[-1] if after else subj


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


def _participle_holder(verb: Token) -> Optional[Token]:
    """The noun phrase right before a participle that is its subject.

    After "with" ("the hearing closed with the mayor asking ...", but not
    "replaced it with a text calling for ...", the participle hung on the
    noun); as the object of a verb of perceiving or leaving ("the vote left many residents
    wondering ...", "we saw the crew waving ..."); and where the participle
    hangs on the object of another verb ("the office got calls asking ...",
    "he is a man saying ..."), but not after a verb of contacting ("the union
    emailed its members saying ...") or of putting out a work ("the board
    passed a motion urging ..."): there the subject says it; and where it
    hangs on a subject or on a noun after "of" ("the share of voters saying
    ..."), but not on an adverbial phrase ("on most days reporting ...").
    A participle of belief is never the object's ("the crew left port
    knowing ...").

    A comma before the participle is allowed only where it closes an aside
    in the object ("left residents, even the mayor's allies, wondering").
    """
    if verb.tag_ != "VBG" or verb.i < 2:
        return None
    doc = verb.doc
    i = verb.i - 1
    if doc[i].text == ",":
        i -= 1
    noun, tok = None, doc[i]
    while (tok.right_edge.i == i or tok.is_ancestor(verb)) and tok.i < verb.i:
        if tok.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "DET") and tok.dep_ != "prep":
            noun = tok  # the whole phrase: "most of the crew", "voters, even his allies,"
        elif tok.pos_ != "ADP" and tok.dep_ != "prep":
            break
        if tok.head.i == tok.i:
            break
        tok = tok.head
    if noun is None or noun.pos_ in ("ADJ", "DET") and not any(c.dep_ == "prep" for c in noun.children):
        return None
    if noun.lemma_.lower() in _SAYING_NOUNS:
        return None  # "a statement saying ...": see subject_of
    if i != verb.i - 1 and not any(t.text == "," for t in doc[noun.i : i + 1]):
        return None  # "left the meeting, saying ...": the subject's
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "without") and verb.head.i != noun.i:
        return noun
    if lexicon.cue_category(verb.lemma_.lower()) == "belief":
        return None
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _PERCEIVING_VERBS and verb.head.i in (noun.i, head.i):
        return noun
    if verb.dep_ != "acl" or i != verb.i - 1 or not noun.is_ancestor(verb) and verb.head.i != noun.i:
        return None
    if noun.dep_ == "attr":
        return noun
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        return None if head.lemma_.lower() in _SUBJECTS_PARTICIPLE_VERBS or is_reporting(head) else noun
    if noun.dep_ in ("nsubj", "nsubjpass", "conj", "appos", "ROOT") or noun.dep_ == "pobj" and noun.head.lower_ not in ("in", "on", "at", "with", "without", "during", "after", "before", "for"):
        return noun  # "voters saying they are unsure rose ...", "the share of voters saying ..."
    return None


#: Verbs whose object does what their participle says ("saw the mayor
#: waving", "left voters wondering").
_PERCEIVING_VERBS = frozenset("see hear watch find catch notice leave keep".split())


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


_NON_PERSONAL_SUBJECTS = frozenset({"it", "that", "this", "what", "which", "there"})


def _personal_subject(verb: Token) -> Optional[Token]:
    """The subject of *verb* (see :func:`subject_of`) unless it is a pronoun
    that names no one (:data:`_NON_PERSONAL_SUBJECTS`: "it", "this", ...)."""
    subj = subject_of(verb)
    return subj if subj is not None and subj.lower_ not in _NON_PERSONAL_SUBJECTS else None


def _passive_after_clause(verb: Token) -> bool:
    """Whether the passive *verb*, after a clause the parser hung on it,
    is no closing speaker clause: its subject is what was done to ("No one
    on the board objected; the new fares were approved", "The ferry ran
    late, so a new timetable was announced"), so the clause before is no
    report of anyone's (on PolNeAR train 0 of 10 right). "The ferry will
    stop, it was reported" (an "it" subject) stays."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is None or subj.lower_ != "it"


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


def _issuer(noun: Token) -> Optional[Token]:
    """Who put out the statement, ad or video *noun*: the subject of the
    verb it is the object of ("X issued a statement", "X ran an ad")."""
    if noun.lemma_.lower() not in _ISSUED_NOUNS:
        return None
    if noun.dep_ == "conj" and noun.head.dep_ == "dobj":
        noun = noun.head  # "X ran a video and an ad that ...": the first conjunct is the object
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None and noun.head.tag_ == "VBG" and noun.head.dep_ in ("advcl", "xcomp", "conj"):
        # "X hit back, releasing a statement that ...": X (but in "a man
        # carrying a sign saying ...", the participle on a noun, the sign's)
        subj = subject_of(noun.head)
    return subj


def _work_before(noun: Token) -> Optional[Token]:
    """The statement, ad or report a relative clause hung on *noun* belongs
    to, where *noun* only ends its phrase: in "the report on the fire that
    found ...", "X posted a video on its site that shows ..." and "X put out
    figures on Monday that show ...", the clause is the report's, the video's
    and the figures'. None where *noun* is itself such a work."""
    if noun.lemma_.lower() in _ISSUED_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "in", "about") and noun.head.dep_ == "prep":
        work = noun.head.head
        if work.pos_ in ("VERB", "AUX"):
            # the phrase hung on the verb: the object right before it
            work = next((c for c in work.children if c.dep_ == "dobj" and c.right_edge.i == noun.head.i - 1), work)
        if work.pos_ == "NOUN" and work.lemma_.lower() in _ISSUED_NOUNS:
            return work
    if noun.dep_ == "npadvmod" and _names_time(noun) and noun.left_edge.i > 0:
        prev = noun.doc[noun.left_edge.i - 1]
        if prev.pos_ == "NOUN" and prev.lemma_.lower() in _ISSUED_NOUNS and prev.dep_ == "dobj" and prev.head.i == noun.head.i:
            return prev
    return None


#: Speeches and texts whose words are their speaker's or writer's.
_SPEECH_NOUNS = frozenset(lexicon.CUE_NOUNS["speech"] | lexicon.CUE_NOUNS["writing"]) - lexicon.DOCUMENT_HEADS


def _speaker_of_speech(noun: Token) -> Optional[Token]:
    """Who gave the speech or wrote the piece *noun* that a verb's
    prepositional phrase names after it ("Ames hit back in an article
    arguing ...", "Ames spent the speech defending ..."): the verb's subject.
    A phrase before the subject frames the report ("In a statement
    defending the mayor, the party said ..."): the statement is the source."""
    if noun.lemma_.lower() not in _SPEECH_NOUNS or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if noun.head.lower_ == "of" and verb.dep_ in ("dobj", "npadvmod") and verb.lower_ in _SHARE_WORDS:
        verb = verb.head  # "Ames spent much of the speech defending ...": the verb above the share
    if verb.pos_ not in ("VERB", "AUX") or noun.i < verb.i:
        return None
    return subject_of(verb)


#: Words for a share of something ("much of the speech").
_SHARE_WORDS = frozenset("much most part half all some rest bulk portion majority".split())


def _left_subject(verb: Token) -> Optional[Token]:
    """The noun phrase right before a finite verb the parser left without a
    subject, having hung it on an earlier phrase ("Speaking in Leeds on
    behalf of his sister, her brother Tom Ames said ...": "Ames" parsed as
    an apposition of "sister").

    An aside between the phrase and the verb is stepped over: "Ames, the
    mayor, said", "Ames, who chairs the board, said", "Ames (a Green)
    says", "Ames - in a short speech - declared". The phrase before the
    aside's opening mark is taken when the aside hangs on it or on the verb.
    """
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)):
        return None  # but "A fifth objected ..." with the verb tagged as a participle
    stranded = _stranded_subject(verb) or _listed_clause_subject(verb)
    if stranded is not None:
        return stranded
    doc, first = verb.doc, verb.sent.start
    i = verb.i - 1
    while i >= first and doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].head.i == verb.i:
        i -= 1
    if i <= first:
        return None
    tok = doc[i]
    if tok.text not in _ASIDE_CLOSERS:
        if tok.pos_ in ("NOUN", "PROPN", "PRON", "NUM") and (tok.head.i != verb.i or tok.dep_ in ("npadvmod", "dep", "nummod")):
            return tok  # also "Some 3 in 5 think ...", the number hung on the verb
        if tok.dep_ == "compound" and tok.head.i == verb.i and tok.text[:1].isalpha():
            return tok  # "..., harbour board records show.": the phrase read as the verb's compound
        return None
    opener = "(" if tok.text == ")" else tok.text
    last = doc[i - 1]
    for j in range(i - 2, max(first, i - 40), -1):
        if doc[j].text != opener or j - 1 < first:
            continue
        noun = doc[j - 1]
        if noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if opener != "," or noun in last.ancestors or noun.i == last.i or doc[j + 1].head.i == verb.i:
            return noun
    return None


def _stranded_subject(verb: Token) -> Optional[Token]:
    """The subject of *verb* that the parser gave to a relative clause
    before it, read as the verb's complement: in "Ames, who runs the
    ferry, said ...", "runs" gets two subjects, "Ames" and "who"."""
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "advcl", "parataxis"):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        rel = [c for c in subjects if c.lower_ in lexicon.RELATIVE_PRONOUNS]
        nouns = [c for c in subjects if c.pos_ in ("NOUN", "PROPN") and rel and c.i < rel[0].i]
        # "Ames, who chairs the board and opposed the plan, said": the
        # second verb of the relative clause read as the verb's complement
        nouns += [c for c in subjects if c.pos_ in ("NOUN", "PROPN") and any(g.dep_ == "relcl" and g.i > c.i for g in c.children)]
        # "Ames, whose firm, Ocean Lines, runs ferries, said"
        nouns += [c for c in subjects if c.pos_ in ("NOUN", "PROPN") and any(g.tag_ == "WP$" and g.i > c.i for g in c.subtree)]
        if nouns:
            return nouns[0]
    return None


def _listed_clause_subject(verb: Token) -> Optional[Token]:
    """The subject of the first of two verbs listed with a comma, which the
    parser read as a clause reported by the second: in "Ames praised the
    crew, then denounced the board and said ...", "praised" is parsed as the
    complement of "denounced", which is left without a subject. The second
    verb must have a complement of its own (else it may be a speaker clause
    set after the report: "The pier is safe, says Ames")."""
    if not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    for clause in verb.lefts:
        if clause.dep_ != "ccomp" or clause.pos_ != "VERB":
            continue
        between = doc[clause.right_edge.i + 1 : verb.i]
        if not any(t.text == "," for t in between) or not all(t.is_punct or t.pos_ == "ADV" for t in between):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subj is not None and subj.lower_ not in _NON_PERSONAL_SUBJECTS and subj.lower_ not in _FIRST_SECOND_PERSON:
            return subj
    return None


#: Marks that close an aside between a subject and its verb.
_ASIDE_CLOSERS = frozenset({",", ")", "-", "–", "—", "--"})
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


#: Verbs whose object is the subject of their infinitive ("led some to
#: wonder", "urged voters to reject").
_OBJECT_CONTROL_VERBS = frozenset(
    "lead leave prompt cause force ask tell urge encourage push press allow want expect get convince persuade"
    " inspire spur drive invite pressure help enable require order challenge dare move provoke".split()
)
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


#: Words before "that" in adverbial clauses ("so that", "now that").
_THAT_ADVERBIALS = frozenset({"so", "now", "such", "except", "given", "in", "provided"})


def _misattached_that_clause(tok: Token) -> list[Token]:
    """``Sanders said following a vote in 2001 that he had ...``: the parser
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

#: Finite verb tags: the words after a parenthetical speaker clause go on
#: with the reported clause only if one of them is finite.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


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


def _unowned_belief_clause(tok: Token, source: Optional[Token], ctx: Context) -> bool:
    """``It is hard to imagine the ferry running at a profit``, ``it is
    assumed that the pier will open``: a belief verb with no one holding it
    and a clause after it, outside a quotation (on PolNeAR train 9 of 14
    right). Not a gerund ("assuming that ...", whose holder the reader
    supplies) nor a question clause ("hard to understand why ...")."""
    if source is not None or tok.tag_ == "VBG" or ctx.quote_at(tok.idx) is not None:
        return False  # "assuming that ...": a gerund's holder is left to the reader
    return any(c.dep_ == "ccomp" and c.i > tok.i and c.left_edge.lower_ not in _WH_WORDS for c in tok.children)


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


#: Finding verbs whose object is what a poll or a report found ("the poll
#: shows the mayor ahead by two points"); with any other subject it rarely is.
_FINDING_OBJECT_CUES = frozenset({"show", "find", "reveal", "indicate", "suggest"})

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


def _without_medium(toks: list[Token]) -> list[Token]:
    """*toks* without a closing phrase naming the medium (see :func:`_before_medium`)."""
    last = _before_medium(toks[0].doc, toks[0].i, toks[-1].i)
    return [t for t in toks if t.i <= last]


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


#: Words that set the speaker's next act after what was said ("..., before
#: adding that ...", "while insisting that ...").
_SEQUENCE_WORDS = frozenset({"before", "after", "while"})


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


#: Subordinators of a condition that goes on with what was said ("because" is
#: as often the writer's reason for the report).
_CONDITION_MARKS = frozenset({"if", "unless"})


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


# -- rules -------------------------------------------------------------------


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


#: Subjects of a finding verb whose finding runs to the end of its sentence.
_POLL_SUBJECTS = frozenset({"poll", "survey", "average", "polling"})

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
    (lemma, frame) pairs of :data:`quotegraph.lexicon.FRAMES`, each with the
    precision it had, which becomes the candidate's confidence."""
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
            category, precision = entry
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
                confidence=round(min(0.8, precision), 2),
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


_SENTENCE_END_RE = re.compile(r"[a-z0-9)][.!?][”\"’']?\s+(?=[A-Z“\"‘'])")


#: A passage that ends a sentence, inside its closing quote mark or not ("“Harbour Talk.” ").
_ENDS_SENTENCE_RE = re.compile(r"[.!?][”\"’'»]*\s*$")


def _skip_separators(text: str, pos: int) -> int:
    """The first position from *pos* past punctuation and spaces that stay
    in the paragraph (where a resumed quotation would open)."""
    while pos < len(text) and (text[pos] in ",.;:—–)]" or text[pos].isspace() and text[pos] != "\n"):
        pos += 1
    return pos


def _inner(text: str, q: Quote) -> str:
    """The words of quotation *q* without its marks."""
    return text[q.start : q.end].strip("“”\"‘’'«»„ ")


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
    words and commas: :data:`_RESUMING_WORDS`), the start of a sentence
    (``But “B.”``, ``Then, “B.”``), where it holds the end of a sentence: the speech of the sentence before goes on, with no
    words of the writer's but the link. Not after a word with a verb or a
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


def according_to_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``According to X, ...``, ``..., according to X``, ``..., per X``."""
    if "speech" not in ctx.categories and "writing" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lower="according"):
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        to = doc[tok.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            nxt = tok.i + 2
            if nxt >= len(doc):
                continue
            pobj = doc[nxt]
        # the source runs from after "to" to the end of the phrase, stopping
        # at the comma that opens the reported clause
        sent = tok.sent
        last = max(pobj.right_edge.i, to.right_edge.i, tok.right_edge.i)
        last = min(last, sent.end - 1)
        src = [t for t in doc[to.i + 1 : last + 1]]
        while src and (src[-1].is_punct or src[-1].is_space):
            src.pop()
        if not src:
            continue
        pp_toks = list(doc[tok.i : src[-1].i + 1])
        pp_end = pp_toks[-1]
        text = ctx.text
        # a quotation right after "according to X,"
        pos = pp_end.idx + len(pp_end.text)
        while pos < len(text) and (text[pos].isspace() or text[pos] in ",:"):
            pos += 1
        q = ctx.quote_at(pos)
        if q is not None and q.start == pos:
            content = (q.start, q.end)
        else:
            # the rest of the sentence without the phrase: the longer side,
            # unless the phrase closes the sentence after a comma
            before = [t for t in sent if t.i < tok.i]
            after = [t for t in sent if t.i > pp_end.i]
            side = after if len(trim(after)) >= len(trim(before)) else before
            if side is after and before and len(trim(before)) >= 3 and before[-1].text != ",":
                side = before
            if side is after and len(trim(before)) >= 3 and _trailing_fragment(trim(after)):
                side = before  # "Ames leads by ten points, according to the poll, and has ..."
            if side is before and after and _opens_reported_clause(before):
                side = after  # "The pier shut because, according to Ames, the piles rotted"
            elif side is after and _verbless(after) and not _verbless(before):
                side = before  # "Ames leads by ten points, according to a poll last week - up from five"
            toks = trim(side)
            if len(toks) < 2:
                continue
            if side is after and _opening_phrase(before):
                toks = trim(before) + toks  # "That evening, according to Ames, the pier shut"
            content = span_chars(toks)
        yield Candidate(
            content=content,
            cue=(tok.idx, to.idx + len(to.text)),
            cue_token=tok,
            source_token=pobj,
            source_span=doc[src[0].i : src[-1].i + 1],
            rule="according_to",
            confidence=0.85,
            cue_lemma="according to",
            cue_category="speech",
            kind="according_to",
        )


def _opens_reported_clause(before: list[Token]) -> bool:
    """Whether *before*, the words of the sentence ahead of a mid-sentence
    "according to X", end with what opens the clause after it: a
    subordinator or "that" ("the pier shut because, according to Ames, the
    piles rotted", "she said that according to the count the vote was
    lost") or a colon or semicolon ("It did not go unnoticed: according to
    a poll, ...")."""
    words = trim(before)
    if not words:
        return False
    if before[-1].text in (":", ";"):
        return True
    last = words[-1]
    return last.dep_ == "mark" or last.lower_ == "that" and last.tag_ in ("IN", "WDT") and last.dep_ in ("mark", "nsubj", "dobj") and last.i > words[0].i


def _verbless(toks: list[Token]) -> bool:
    """Whether *toks* hold no verb that could head a clause."""
    return not any(t.tag_ in _FINITE_TAGS or t.pos_ in ("VERB", "AUX") for t in toks)


def _opening_phrase(before: list[Token]) -> bool:
    """Whether *before*, the words of the sentence ahead of a mid-sentence
    "according to X," are a phrase that opens the reported clause after it
    (a time, a subject, "Among the risks"): no finite verb, no quotation
    mark or dash aside, on one line, ending with a comma ("In May,
    according to the ministry, the pier shut", "The bridge, according to
    the ministry, will reopen"). Not a clause of its own ("Ames leads,
    according to the poll, ...")."""
    words = trim(before)
    if not words or before[-1].text != ",":
        return False
    return not any(
        t.tag_ in _FINITE_TAGS or t.is_space or t.text in _QUOTE_OR_DASH for t in before
    )


_QUOTE_OR_DASH = _DASHES | {"“", "”", '"', "''", "``", "(", ")"}


def _trailing_fragment(toks: list[Token]) -> bool:
    """Whether *toks*, the words after a mid-sentence source phrase, go on
    with the writer's addition rather than a reported clause: they open with
    a conjunction, a subordinator, a preposition or a participle ("and has
    a small lead", "although few have won", "despite winning", "becoming
    the owner")."""
    if not toks:
        return False
    first = toks[0]
    return first.pos_ in ("CCONJ", "SCONJ", "ADP") or first.dep_ in ("cc", "mark") or first.tag_ == "VBG"


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


#: Reflexive objects: "she pitched herself as ...".
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"})

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


#: Subjects that name a time or a thing, not someone holding a view: "the
#: next week will see a vote", "2016 has seen a rise".
_NO_VIEWER = frozenset({"it", "this", "that", "what", "which", "there"})


def _present_tense(verb: Token) -> bool:
    """Whether *verb* is in the simple or progressive present ("sees",
    "does not see", "are seeing"), not past, perfect, future or a gerund."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_.lower() in ("do", "be") for c in verb.children)


def _says_nothing_of(words: Span) -> bool:
    """Whether *words* after an object say nothing of it but when ("every
    summer", "on Monday")."""
    return all(t.is_punct or t.pos_ in ("DET", "ADP", "NUM") or _names_time(t) for t in words)


def view_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Analysts see a hard winter for the port``, ``most traders see the
    fares rising``, ``residents see that the pier is unsafe``: "see" in the
    present as holding a view (:data:`quotegraph.lexicon.VIEW_VERBS`). The
    content is the object with what the verb says of it (up to a comma or
    dash of the verb's), or the clause; the source is the verb's subject.
    Past and perfect tenses are left out: "the crowd saw the ferry dock",
    "she had seen the letters" mostly tell what met the eye. So are
    quotations, the reader's "you see", a bare pronoun ("sees it"), "we
    see whether ..." and an "as" phrase (:func:`as_rules`)."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.VIEW_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.VIEW_VERBS or tok.dep_ in ("amod", "compound"):
            continue
        if not _present_tense(tok) or ctx.quote_at(tok.idx) is not None:
            continue
        if any(c.dep_ in ("auxpass", "nsubjpass") or c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i for c in tok.children):
            continue
        source = subject_of(tok)
        if source is None or source.lower_ in _NO_VIEWER or _names_time(source) or not _reported_belief(tok, source, ctx):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        toks: list[Token] = []
        if obj is not None:
            if any(c.dep_ == "prep" and c.lower_ == "as" for c in obj.children):
                continue
            end = _object_phrase_end(tok, obj, small_clause=True)
            if obj.lower_ == "eye" or (obj.pos_ == "PRON" or _bare_noun(obj)) and _says_nothing_of(doc[obj.right_edge.i + 1 : end + 1]):
                continue  # "sees him", "see the castle every summer"; "see eye to eye" (agree)
            toks = trim(list(doc[obj.left_edge.i : end + 1]))
            if toks:
                toks = _impression_clause(toks, tok, obj)
        else:
            comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
            if comp is not None:
                toks = trim(contiguous(clause_tokens(comp, ctx=ctx)))
        if not toks or toks[0].lower_ in _WH_WORDS or toks[0].lower_ == "if":
            continue
        yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                        rule="view", confidence=0.4, cue_lemma=tok.lemma_.lower(), cue_category="belief")  # fmt: skip


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


def _misread_predicate(verb: Token) -> Optional[Token]:
    """The predicate of an impression verb that the parser read as
    something else: a comparative right after it as an adverb ("the race
    appears closer"), a noun phrase as its object ("the vote seemed a
    warning")."""
    for c in verb.children:
        if c.i == verb.i + 1 and c.dep_ == "advmod" and c.tag_ in ("RBR", "JJR"):
            return c
        if c.i > verb.i and c.dep_ == "dobj" and c.pos_ == "NOUN":
            return c
    return None


def _describing_relative(verb: Token, subj: Token) -> bool:
    """Whether the impression verb heads a free relative with "what" as
    its subject that is itself the subject or object of another verb
    ("what seems most useful is a map", "they sell what seems a cheap
    copy"): the phrase names a thing; the impression is no statement."""
    return subj.lower_ == "what" and verb.dep_ in ("csubj", "ccomp")


def impression_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor seemed unsure of the figures``, ``the race appears
    closer``: an impression the text gives with no source stated
    (:data:`quotegraph.lexicon.IMPRESSION_VERBS`, category belief). The
    content is the whole clause, subject included; the source is None.
    A second verb with no subject of its own takes the first verb's ("the
    mayor won the vote and seemed relieved"), unless the first reports
    (its report would be swallowed) or the subject is a demonstrative."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.IMPRESSION_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.IMPRESSION_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subj is not None and subj.lower_ in ("it", "there") and ctx.quote_at(tok.idx) is None:
            # "it seems (likely) that ...": the clause, or the adjective with it
            comp = next((c for c in tok.rights if c.dep_ in ("ccomp", "acomp", "oprd") and c.right_edge.i > c.i), None)
            toks = trim(list(doc[comp.i if comp.dep_ != "ccomp" else comp.left_edge.i : comp.right_edge.i + 1])) if comp is not None else []
            if len(toks) < 3:
                # "there seems to be little interest", "it appeared to stall the
                # talks": the whole clause with its "it" / "there"
                comp = next((c for c in tok.rights if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
                toks = trim(list(doc[subj.i : comp.right_edge.i + 1])) if comp is not None and not _seeming_report(comp, ctx) else []
            if len(toks) >= 3:
                yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=None,
                                rule="impression", confidence=0.35, cue_lemma=tok.lemma_.lower(), cue_category="belief")  # fmt: skip
            continue
        comp = next((c for c in tok.children if c.i > tok.i and (c.dep_ in ("xcomp", "oprd", "acomp")
                                                                  or c.dep_ == "prep" and c.lower_ == "like")), None)  # fmt: skip
        if comp is None:
            comp = _misread_predicate(tok)
        if subj is None and comp is not None and tok.dep_ == "conj" and not is_cue_verb(tok.head, ctx):
            # "the mayor won the vote and seemed relieved": the first verb's subject
            subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.head.i and c.lower_ not in _NO_VIEWER), None)
        if subj is None or comp is None or subj.lower_ in _FIRST_SECOND_PERSON or subj.lower_ in ("it", "there"):
            continue
        if ctx.quote_at(tok.idx) is not None:
            continue
        if _seeming_report(comp, ctx) or _describing_relative(tok, subj):
            continue
        toks = trim(list(doc[subj.left_edge.i : comp.right_edge.i + 1]))
        if toks:
            toks = _impression_clause(toks, tok, comp)
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=None,
                            rule="impression", confidence=0.35, cue_lemma=tok.lemma_.lower(), cue_category="belief")  # fmt: skip


def _span_before(noun: Token, modifier: Token) -> Span:
    """The phrase of *noun* up to its postposed *modifier* ("the crews" in
    "the crews, wary of the storm")."""
    toks = trim(list(noun.doc[noun.left_edge.i : modifier.i])) or [noun]
    return noun.doc[toks[0].i : toks[-1].i + 1]


#: Verbs that leave their object holding a stance ("the delays left the
#: crews wary of the pier", "the vote made the council keen to settle").
_STANCE_CAUSERS = frozenset({"leave", "make", "keep", "render"})


def _loose_stance_holder(tok: Token) -> Optional[Token]:
    """The holder of a stance adjective that hangs on no copula: the object
    of a verb of leaving or making ("the delays left the crews fearful that
    ..."); the subject of the verb it is set off from by a comma or dash
    ("the board pressed on with the repairs, confident that ..."); the
    subject of the first of coordinated predicates ("the crews were
    relieved by the forecast and confident that ..."; not an adjective
    right after the first, "sick and tired of ...")."""
    head, doc = tok.head, tok.doc
    if tok.dep_ in ("oprd", "ccomp") and head.lemma_.lower() in _STANCE_CAUSERS and tok.lower_ not in _NOT_HELD:
        own = next((c for c in tok.children if c.dep_ == "nsubj"), None)  # "made the council wary"
        obj = own or next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)
        # "made themselves comfortable with ...": the verb's subject
        return subject_of(head) if obj is not None and obj.lower_ in _REFLEXIVES else obj
    if tok.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and head.i < tok.i:
        if doc[tok.left_edge.i - 1].text not in _ASIDE_MARKS or any(c.dep_ == "mark" or c.lower_ == "as" for c in tok.children):
            return None  # "as opposed to", "while open to"
        return subject_of(head)
    if tok.dep_ == "ROOT" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children):
        # "the crews are split on whether to sail", "few are convinced that ...", read as a passive:
        # the subject, also where the parser hung it on the auxiliary
        aux = next(c for c in tok.children if c.dep_ == "auxpass")
        return next((c for t in (tok, aux) for c in t.children if c.dep_ in ("nsubjpass", "nsubj") and c.i < tok.i), None)
    if tok.dep_ == "conj" and tok.i > head.i + 2:
        first = head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "acomp" and first.head.lemma_.lower() != "make":
            return subject_of(first.head)
        if first.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in first.children):
            return next((c for c in first.children if c.dep_ == "nsubjpass"), None)  # "were relieved by ... and confident that"
    return None


#: Stance adjectives that after a noun rarely say what it holds ("avenues
#: open to the council", "the one clear about ...").
_NOT_HELD = frozenset({"open", "right", "wrong", "clear", "unclear", "sure", "aware"})


def _role_copula(tok: Token) -> Optional[Token]:
    """The copula of a stance role noun (:data:`quotegraph.lexicon.STANCE_ROLES`)
    predicated of its subject: "Ames is a critic of the plan", "the unions
    were among the first backers of the plan"; else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lexicon.STANCE_ROLES:
        return None
    if tok.dep_ == "attr":
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.lemma_ == "be":
        return tok.head.head
    return None


def _thing_then_colon(tok: Token, frames: frozenset[str]) -> list[Token]:
    """For a stance adjective *tok* followed by one of its prepositions and
    a short "(one) thing(s)" phrase closed by a colon ("the mayor was clear
    about one thing: the pier stays open"), that phrase and what the colon
    introduces, to the end of the sentence; else []. The parser often reads
    "about" there as "approximately" and hangs the clause after the colon
    elsewhere, so the words are read in order."""
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc) or doc[k].lower_ not in frames:
        return []
    for j in range(k + 1, min(k + 4, len(doc) - 1)):
        if doc[j].lemma_.lower() == "thing" and doc[j + 1].text == ":":
            return trim(list(doc[k + 1 : tok.sent.end]))
        if doc[j].is_punct:
            break
    return []


def adjective_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor is confident that ...``, ``critics were eager to cut
    ...``, ``unions are critical of the plan``, ``she is a critic of the
    plan``: a stance adjective (:data:`quotegraph.lexicon.STANCE_ADJECTIVES`)
    or role noun (:data:`quotegraph.lexicon.STANCE_ROLES`) after a copula
    whose complement states what the subject holds (for a role noun also a
    name before it, ``she is a longtime Cole supporter``, and ``among``:
    ``unions were among the first backers of the plan``). The source is the
    copula's subject; for an adjective after a noun (``the crews, wary of
    the storm, ...``) that noun, and for a relative "that" (``a union that
    is wary of ...``) the noun it follows. A that-clause may hang on the
    copula (``were hopeful on Monday that ...``)."""
    if "belief" not in ctx.categories:
        return
    # a stance adjective by its lemma or its form, or a role noun
    for tok in ctx.tokens_where(doc, lemma=lexicon.STANCE_ADJECTIVES.keys() | lexicon.STANCE_ROLES, lower=lexicon.STANCE_ADJECTIVES):
        held = tok.dep_ == "amod" and tok.i > tok.head.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and tok.lower_ not in _NOT_HELD
        # a participle keeps its own form ("unified", lemma "unify")
        # "made sure that ..." is an act, not a stance
        acomp = tok.dep_ == "acomp" and tok.head.lemma_.lower() != "make"
        # "left the crews wary of ...", "sailed on, confident that ...", "were tired and wary of ..."
        loose = _loose_stance_holder(tok) if not acomp and not held else None
        frames = lexicon.STANCE_ADJECTIVES.get(tok.lemma_.lower(), lexicon.STANCE_ADJECTIVES.get(tok.lower_)) if acomp or held or loose is not None else None
        copula = _role_copula(tok)
        if copula is not None:
            frames = frozenset({"of"})  # "the mayor is a fierce critic of the plan"
        if frames is None:
            continue
        # "the crews, wary of the storm, ...": the noun the adjective follows
        source = tok.head if held else loose if loose is not None else subject_of(copula if copula is not None else tok.head)
        if held and tok.head.dep_ == "dobj" and doc[tok.left_edge.i - 1].text in _ASIDE_MARKS:
            # "the club dropped two races, wary of ...": set off after the object, the subject's
            source = subject_of(tok.head.head) or source
        if source is None and tok.dep_ == "attr":
            source = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)  # "he's been a critic of ..."
        # a relative "that" stands for the noun it follows ("a group that is wary of ...")
        holder = source.head.head if source is not None and source.lower_ == "that" and source.head.dep_ == "relcl" else source
        if holder is None or holder.lower_ in ("it", "there", "this", "that", "i", "we") or not _reported_belief(tok, holder, ctx):
            continue
        toks: list[Token] = []
        named = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] if copula is not None else []
        if named and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights):
            toks = list(doc[named[0].left_edge.i : named[-1].i + 1])  # "Ames is a longtime Cole supporter": Cole
        rights = list(tok.rights)
        if tok.dep_ == "acomp" and "that" in frames and not rights:
            # "were hopeful on Tuesday that ...": the clause hung on the copula
            rights = [c for c in tok.head.rights if c.i > tok.i and c.dep_ == "ccomp" and _opens_with_that(c)]
        for c in rights:
            if c.dep_ == "xcomp" and is_cue_verb(c, ctx) and ctx.cue_verbs[cue_lemma(c)] in ("speech", "writing"):
                break  # "keen to stress that ...": the report is the infinitive's
            if c.dep_ == "ccomp" and "that" in frames or c.dep_ == "xcomp" and "to" in frames:
                toks = trim(contiguous(clause_tokens(c, ctx=ctx)))
                toks = _without_trailing_aside(toks, c) if toks else toks  # as for a verb's clause
                toks = _without_trailing_participle(toks, ctx) if toks else toks
            elif c.dep_ == "prep" and c.lower_ in frames and c.right_edge.i > c.i:
                toks = _prep_object(c)
            if toks:
                break
        if tok.dep_ == "acomp":
            toks = _thing_then_colon(tok, frames) or toks  # "was clear about one thing: ..."
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx if held or loose is not None else tok.head.idx, tok.idx + len(tok.text)),
                            cue_token=tok, source_token=source, rule="adjective", confidence=0.45,
                            source_span=_span_before(source, tok) if held and source == tok.head else None,
                            cue_lemma=tok.lemma_.lower(), cue_category="belief")  # fmt: skip


#: Adverbs that mark a clause as reported by someone unnamed.
_REPORT_ADVERBS = frozenset({"reportedly"})


def adverb_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The club is reportedly selling its stadium``: a clause reported by
    sources the text does not name. The content is the whole clause."""
    if "speech" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lower=_REPORT_ADVERBS):
        if tok.lower_ not in _REPORT_ADVERBS or tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        head = tok.head
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children) or ctx.quote_at(tok.idx) is not None:
            continue
        toks = trim(contiguous(clause_tokens(head, ctx=ctx)))
        toks = _without_fronted_question(head, toks)
        if len(toks) < 4:
            continue
        yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=None,
                        rule="adverb", confidence=0.5, cue_lemma=tok.lower_, cue_category="speech")  # fmt: skip


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


#: Verbs whose passive subject is the news they report: "the deal was
#: first reported by the Herald", "the cuts were announced on Monday".
_PASSIVE_NEWS = frozenset({"report", "announce", "reveal", "disclose", "confirm"})


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


#: Passive verbs of reputation: "X is seen as Y", "X, known for Y".
_PASSIVE_AS = {"see": ("as",), "view": ("as",), "regard": ("as",), "perceive": ("as",), "consider": ("as",),
               "describe": ("as",), "bill": ("as",), "tout": ("as",), "hail": ("as",), "know": ("as", "for"),
               "identify": ("as",)}  # fmt: skip


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


def _respondents_in(verb: Token, doc_noun: Token, category: str) -> bool:
    """Whether the cue *verb* after "In <a poll>, ..." reports the poll's
    respondents ("In a new poll, 40 percent said ..."): the poll reports
    what they said (their own report, nested in it, is dropped as the
    poll's finding unless ``all_nested``). Not so with a
    named or pronoun subject ("In a study, Ames found ..."): the study is
    theirs."""
    if category != "finding" or any(c.dep_ == "poss" for c in doc_noun.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ in ("NOUN", "NUM", "ADJ")


def noun_cue_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``In a new poll, Trump leads by 5 points``; ``In his statement, ...``:
    a sentence-initial "in" phrase naming a document or statement frames the
    main clause as its content."""
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.lower_ not in ("in", "per"):
            continue
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        head = pobj.lemma_.lower()
        category = lexicon.cue_noun_category(head)
        if category is None or category not in ctx.categories:
            continue
        main = first.head
        if main.i == first.i or is_cue_verb(main, ctx) and not _respondents_in(main, pobj, category):
            continue  # "In a statement, X said ...": the verb rule has it
        poss = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if poss is not None:
            source = poss
            source_span = None
        elif category == "finding":
            source = pobj
            source_span = doc[pobj.left_edge.i : pobj.right_edge.i + 1]
        else:
            continue
        toks = trim([t for t in sent if t.i > pobj.right_edge.i])
        if len(toks) < 3:
            continue
        yield Candidate(
            content=span_chars(toks),
            cue=(first.idx, pobj.idx + len(pobj.text)),
            cue_token=first,
            source_token=source,
            source_span=source_span,
            rule="noun_cue",
            confidence=0.6,
            cue_lemma=head,
            cue_category=category,
        )
    if "finding" in ctx.categories:
        yield from _trailing_poll_phrases(doc, ctx)


#: Nouns of one poll named by a trailing "in" phrase ("in a new county poll").
_POLL_NOUNS = frozenset({"poll", "survey", "average"})


def _named_poll(prep: Token) -> Optional[Token]:
    """The noun of "in a new Gallup poll", "in the survey released Monday":
    one poll with a determiner and a word that singles it out (a name, an
    adjective, a participle), not the polls in general ("in the polls",
    "in polls")."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in _POLL_NOUNS:
        return None
    if not any(c.dep_ == "det" for c in pobj.children):
        return None
    if not any(t.i != pobj.i and (t.dep_ in ("compound", "amod", "nmod", "acl", "poss") or t.tag_ == "NNP") for t in pobj.subtree):
        return None
    return pobj


def _trailing_poll_phrases(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Ames led Cole by nine points in a new county poll``: an "in"
    phrase naming one poll after the clause it measures frames that clause
    (from its subject to the phrase) as the poll's finding. (A fronted one
    is :func:`noun_cue_rules`'; "in the polls" in general is no report.)"""
    for tok in ctx.tokens_where(doc, lower="in"):
        if tok.dep_ != "prep" or tok.i == tok.sent.start:
            continue
        pobj = _named_poll(tok)
        if pobj is None or ctx.quote_at(tok.idx) is not None:
            continue
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i or is_cue_verb(verb, ctx) or not _is_full_clause(verb):
            continue
        subj = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass"))
        if subj.i > tok.i:
            continue
        toks = trim([t for t in doc[subj.left_edge.i : tok.i]])
        if len(toks) < 3:
            continue
        yield Candidate(
            content=span_chars(toks),
            cue=(tok.idx, tok.idx + len(tok.text)),
            cue_token=tok,
            source_token=pobj,
            source_span=doc[pobj.left_edge.i : pobj.right_edge.i + 1],
            rule="noun_cue",
            confidence=0.5,
            cue_lemma=pobj.lemma_.lower(),
            cue_category="finding",
        )


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


_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


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


_POSSESSIVE_NUMBER = {"his": "sg", "her": "sg", "its": "sg", "their": "pl"}


def _possessor_source(noun: Token) -> Optional[Token]:
    """The possessor of a cue noun, or, where it is a pronoun that the
    subject of the verb taking the noun as its object stands for, that
    subject ("Ames stepped up her attacks on Cole": Ames, the one named)."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in _POSSESSIVE_NUMBER or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return poss
    if is_reporting(noun.head):
        return poss  # "Ames questioned his support for ...": a reaction to another's
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _NON_PERSONAL_SUBJECTS or subj.lower_ in lexicon.RELATIVE_PRONOUNS:
        return poss
    plural = subj.tag_ in ("NNS", "NNPS") or subj.lower_ in ("they", "we") or any(c.dep_ == "conj" for c in subj.children)
    return subj if plural == (_POSSESSIVE_NUMBER[poss.lower_] == "pl") else poss


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


#: Nouns of a shared sense or feeling whose "among" phrase before their
#: that-clause names who holds it ("a feeling among the crews that the
#: pier is doomed"); those that are no cue noun otherwise report only
#: with it (bare, "a sense that ..." is mostly the writer's). Not "concern":
#: "raised concerns among the crews that ..." is the raiser's.
_AMONG_CLAUSE_NOUNS: dict[str, str] = dict.fromkeys("sense feeling recognition perception fear fears".split(), "belief")


#: Nouns of a belief that report their that-clause with no possessor only
#: when the verb taking them names who holds it ("the board never warmed to
#: the idea that the ferry pays", "the crews hold out hope that ...");
#: bare ("the idea that ...", "is a belief that ...") they are mostly the
#: writer's.
_HELD_CLAUSE_NOUNS: dict[str, str] = dict.fromkeys("idea hope belief".split(), "belief")


#: Prepositions through which a verb takes a noun of what was said as an
#: argument ("came out with the claim that ...", "backed away from the
#: suggestion that ..."), not as a circumstance ("despite complaints that").
_ARGUMENT_PREPS = frozenset({"with", "from", "at", "to", "on", "against", "behind"})


#: Verbs whose subject stirs up or looks into talk of others ("the vote
#: stoked speculation that ...", "the board heard complaints that
#: ..."), besides those of :data:`_UNDERGOING_VERBS`.
_STIRRING_VERBS = frozenset({"stoke", "feed", "drive", "hear", "investigate", "probe"})


def _clause_noun_holder(noun: Token) -> Optional[Token]:
    """The one who makes or takes up the claim of a noun of
    :data:`_UNOWNED_CLAUSE_NOUNS` with no possessor: the subject of the verb
    taking it as its object or through an argument preposition ("Ames
    repeated the claim that ...", "Cole scoffed at the suggestion that
    ..."), as the annotation has it, unless the verb is one of meeting or
    setting off what others say (:data:`_UNDERGOING_VERBS`: "the vote
    prompted complaints that ..."); else nobody."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _ARGUMENT_PREPS:
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() in _UNDERGOING_VERBS | _STIRRING_VERBS:
        return None
    return _personal_subject(head)


def noun_clause_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Trump's claim that the election was rigged``, ``the warning by
    officials that ...``: a cue noun with a that-clause, its source the
    possessor (or a "by" / "from" phrase before the clause: "advice from
    the crews that ..."). Nouns of :data:`_UNOWNED_CLAUSE_NOUNS`
    report their clause with no source too ("complaints that the ferry is
    late")."""
    for tok in ctx.tokens_where(doc, lemma=set().union(*lexicon.CUE_NOUNS.values(), _UNOWNED_CLAUSE_NOUNS, _AMONG_CLAUSE_NOUNS, _HELD_CLAUSE_NOUNS)):
        if tok.pos_ != "NOUN":
            continue
        lemma = tok.lemma_.lower()
        category = lexicon.cue_noun_category(lemma) or _UNOWNED_CLAUSE_NOUNS.get(lemma) or _AMONG_CLAUSE_NOUNS.get(lemma) or _HELD_CLAUSE_NOUNS.get(lemma)
        if category is None or category not in ctx.categories:
            continue
        clause = next(
            (c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > tok.i
             and _opens_with_that(c)),
            None,
        )
        if clause is None:
            continue
        source = _possessor_source(tok)
        if source is None:
            preps = ("by", "from", "among") if lemma in _AMONG_CLAUSE_NOUNS else ("by", "from")
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in preps and c.i < clause.i), None)
            source = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if source is None and lemma in _HELD_CLAUSE_NOUNS:
            source = _clause_noun_holder(tok)  # "never warmed to the idea that ..."
            if source is None or source.lower_ in _FIRST_SECOND_PERSON or not (source.pos_ in ("PROPN", "PRON") or source.tag_ == "NNS"):
                continue  # a singular common noun is mostly a thing ("the plan rests on the belief that ...")
            if _put_out_noun(tok.head) == tok:
                continue  # "floated the idea that ...": light_verb_rules report it with the verb as cue
        elif source is None and lexicon.cue_noun_category(lemma) is None and lemma not in _UNOWNED_CLAUSE_NOUNS:
            continue  # "a sense that ...": no one named
        if source is None:
            if lemma not in _UNOWNED_CLAUSE_NOUNS or any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children):
                continue
            source = _clause_noun_holder(tok)
        toks = trim(contiguous(clause_tokens(clause, ctx=ctx)))
        if len(toks) < 3:
            continue
        yield Candidate(
            content=span_chars(toks),
            cue=(tok.idx, tok.idx + len(tok.text)),
            cue_token=tok,
            source_token=source,
            rule="noun_clause",
            confidence=0.6 if source is not None else 0.3,
            cue_lemma=lemma,
            cue_category=category,
        )


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


def _governs_clause(prep: Token) -> bool:
    """Whether *prep* governs a clause: a wh-clause or a gerund ("on how to
    fix it", "about why it failed", "for cutting fares")."""
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return pobj is not None and (pobj.pos_ in ("VERB", "AUX") or pobj.left_edge.lower_ in _WH_WORDS)


#: Report nouns whose "about" phrase is what was said (``the mayor's
#: remarks about the pier were brief``) only as the subject of their clause:
#: as an object or after a preposition ("rejected the mayor's remarks about
#: ...", "stood by her remarks about ...") they are mostly another
#: report's content (on PolNeAR train 6 of 8 right as subjects, 6 of 22
#: elsewhere).
_SAID_ABOUT_NOUNS = frozenset(lexicon.SAID_ABOUT_NOUNS)


def noun_prep_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``the mayor's support for the plan``, ``her attack on the board``: a
    stance noun (:data:`quotegraph.lexicon.STANCE_NOUNS`) with a possessor,
    the source (see :func:`_possessor_source`), and the prepositional phrase
    that holds the content."""
    for tok in ctx.tokens_where(doc, lemma=lexicon.STANCE_NOUNS):
        if tok.pos_ != "NOUN":
            continue
        entry = lexicon.STANCE_NOUNS.get(tok.lemma_.lower())
        if entry is None or entry[0] not in ctx.categories:
            continue
        source = _possessor_source(tok)
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in entry[1]), None)
        if source is None or prep is None or prep.right_edge.i == prep.i:
            continue
        if tok.lemma_.lower() in _SAID_ABOUT_NOUNS and tok.dep_ not in ("nsubj", "nsubjpass"):
            continue  # "rejected the mayor's remarks about the pier": the remarks as another's object
        toks = _prep_object(prep)
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="noun_prep", confidence=0.4, cue_lemma=tok.lemma_.lower(),
                            cue_category=entry[0])  # fmt: skip


#: Verbs whose subject meets a stance that others hold, or sets it off, and
#: holds none of it: "the mayor faced questions about the pier", "the vote
#: prompted criticism of the board".
_UNDERGOING_VERBS = (lexicon.RECEIVING_VERBS - {"have"}) | frozenset(
    "face confront endure field dodge deflect duck deal weather prompt raise beg spark fuel trigger provoke invite renew".split()
)  # not "have": "Cole has doubts about the plan" are Cole's


def _open_stance_holder(noun: Token) -> Optional[Token]:
    """Who holds the stance of an open stance noun with no possessor: the
    object of a "from", "by" or "among" phrase of the noun ("criticism of
    the levy from the crews"), else the subject of a verb taking the noun as
    its object that is not one of :data:`_UNDERGOING_VERBS` ("the anchor asked
    a question about fares"), else nobody."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "among")), None)
    if prep is not None:
        return next((g for g in prep.children if g.dep_ == "pobj"), None)
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() not in _UNDERGOING_VERBS:
        return subject_of(noun.head)  # "the anchor asked a question about fares": the anchor's
    return None


def _trailing_agent(prep: Token, toks: list[Token]) -> Optional[Token]:
    """A "by" or "from" phrase that closes the phrase of *prep* and that the
    parser hung on its object, naming who holds the stance of the noun
    before *prep* ("criticism of the plan by the crews", "opposition to the
    deal from unions"): the preposition, or None."""
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if pobj is None or not toks:
        return None
    return next((c for c in pobj.rights if c.dep_ == "prep" and c.lower_ in ("by", "from")
                 and c.right_edge.i == toks[-1].i and c.right_edge.i > c.i), None)  # fmt: skip


#: Nouns of talk whose "about" phrase, with no possessor, is what was said
#: (``made a joke about the tides``, ``there was talk about a new ferry``,
#: ``regaled the crew with stories about the storm``), as PolNeAR marks it
#: about half the time on train; the rest is the writer's naming of a topic
#: ("an article about the harbour").
_TALK_ABOUT_NOUNS: dict[str, tuple[str, frozenset[str]]] = dict.fromkeys(
    """story comment statement talk joke conversation word argument remark message speech
    tweet report book post interview letter lecture rant tirade anecdote claim warning complaint
    testimony essay editorial memo email speculation rumor assertion detail debate discussion
    article column""".split(),
    ("speech", frozenset({"about"})),
)
_OPEN_NOUNS = {**_TALK_ABOUT_NOUNS, **lexicon.OPEN_STANCE_NOUNS}


#: Prepositions through which a verb takes a noun of talk that its subject
#: gives: "regaled them with stories about ...", "went on a rant about ...",
#: "launched into a speech about ...", "is engaged in talks about ...".
_TALK_PREPS = frozenset({"with", "into", "on", "in"})


def _talk_holder(noun: Token) -> Optional[Token]:
    """Who gives the talk of a noun of :data:`_TALK_ABOUT_NOUNS` hung on a
    verb through a preposition of :data:`_TALK_PREPS`: the verb's subject
    ("the skipper regaled us with stories about the storm")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _TALK_PREPS or prep.head.pos_ != "VERB":
        return None
    return _personal_subject(prep.head)


def open_stance_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Opposition to the levy has grown``, ``she faced questions about her
    health``, ``doubts about the plan``: a noun of stance with no possessor
    (:data:`quotegraph.lexicon.OPEN_STANCE_NOUNS`) whose prepositional phrase
    is what is held or asked, whether or not a holder is named (see
    :func:`_open_stance_holder`). So are nouns of talk with an "about"
    phrase (:data:`_TALK_ABOUT_NOUNS`: ``made a joke about the tides``)."""
    for tok in ctx.tokens_where(doc, lemma=_OPEN_NOUNS):
        if tok.pos_ != "NOUN":
            continue
        entry = _OPEN_NOUNS.get(tok.lemma_.lower())
        if entry is None or entry[0] not in ctx.categories:
            continue
        if tok.dep_ == "ROOT" and tok.lemma_.lower() in _TALK_ABOUT_NOUNS:
            continue  # "Cook talks about fares": a verb read as a noun (misread_verb_rules)
        prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in entry[1]), None)
        if prep is None and tok.lemma_.lower() == "question" and tok.dep_ == "dobj":
            # "skirted the question of whether ...": the question asked, a clause
            # ("the question of cost", "it is a question of how much ...": a topic)
            prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of" and _governs_clause(c)), None)
        if prep is None or prep.right_edge.i == prep.i or any(c.dep_ == "poss" for c in tok.children):
            continue  # "her doubts about ...": see noun_prep_rules
        toks = _prep_object(prep)
        holder = _open_stance_holder(tok)
        if holder is None and tok.lemma_.lower() in _TALK_ABOUT_NOUNS:
            holder = _talk_holder(tok)
        agent = _trailing_agent(prep, toks) if holder is None else None
        if agent is not None:
            toks = trim([t for t in toks if t.i < agent.i])
            holder = next((g for g in agent.children if g.dep_ == "pobj"), None)
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=holder, rule="open_stance", confidence=0.35,
                            cue_lemma=tok.lemma_.lower(), cue_category=entry[0])  # fmt: skip


#: Nouns of support whose possessor is the one supported and whose "among"
#: phrase names who gives it: "her support among farmers".
_SUPPORT_NOUNS = frozenset({"support", "backing"})


def support_among_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor's support among farmers has slipped``, ``Cole has kept his
    backing among the crews``: a noun of support (:data:`_SUPPORT_NOUNS`)
    with a possessor and an "among" phrase, on the noun or on the verb after
    it; the possessor is who is supported (the content) and the "among"
    phrase who supports them (the source), as a poll reports it. A "from"
    phrase is left: as often where the support went ("took support from
    Cole")."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=_SUPPORT_NOUNS):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _SUPPORT_NOUNS:
            continue
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None:
            continue
        preps = [*tok.children, *(c for c in tok.head.children if c.i > tok.i)] if tok.head.pos_ in ("VERB", "AUX") else list(tok.children)
        among = next((c for c in preps if c.dep_ == "prep" and c.lower_ == "among"), None)
        source = next((g for g in among.children if g.dep_ == "pobj"), None) if among is not None else None
        if source is None:
            continue
        toks = [t for t in doc[poss.left_edge.i : poss.i + 1] if t.dep_ != "case"]
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="support_among", confidence=0.45, cue_lemma=tok.lemma_.lower(),
                            cue_category="belief")  # fmt: skip


def stance_phrase_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor is in favour of the toll``, ``Cole spoke out in support
    of the ferry``, ``the unions are against the plan``, ``the party lined
    up behind Ames``: a stance phrase (:data:`quotegraph.lexicon.STANCE_PHRASES`)
    or preposition (:data:`quotegraph.lexicon.STANCE_PREPOSITIONS`) on a
    verb; the content is what the preposition governs, the source the verb's
    subject."""
    if "belief" not in ctx.categories:
        return
    prepositions = {prep for _, prep in lexicon.STANCE_PREPOSITIONS}
    for tok in ctx.tokens_where(doc, lower=lexicon.STANCE_PHRASES.keys() | prepositions):
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.dep_ == "prep" and tok.lower_ in lexicon.STANCE_PHRASES:
            verb = tok.head.head  # "voted in favour of"
            prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == lexicon.STANCE_PHRASES[tok.lower_]), None)
            start = tok.head
        elif tok.dep_ == "prep" and (tok.head.lemma_.lower(), tok.lower_) in lexicon.STANCE_PREPOSITIONS:
            verb, prep, start = tok.head, tok, tok.head  # "are against"
        else:
            continue
        if prep is None or prep.right_edge.i == prep.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        source = subject_of(verb)
        if source is None or prep is tok and source.lower_ in ("it", "there", "this", "that") or not _reported_belief(tok, source, ctx):
            continue  # "it is against the rules" states no stance
        toks = _prep_object(prep)
        if toks:
            yield Candidate(content=span_chars(toks), cue=(start.idx, prep.idx + len(prep.text)), cue_token=tok,
                            source_token=source, rule="stance_phrase", confidence=0.45, cue_lemma=tok.lower_,
                            cue_category="belief")  # fmt: skip


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


def _to_infinitive(tok: Token) -> Optional[Token]:
    """The infinitive a noun takes ("a decision *to close the pier*"), if any."""
    return next((c for c in tok.rights if c.dep_ in ("acl", "relcl") and c.tag_ == "VB"
                 and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)), None)  # fmt: skip


#: More nouns whose infinitive, with a possessor, says what the possessor
#: means to do or claims, as for lexicon.INTENT_NOUNS ("the board's plan to
#: sell the ferry", "her claim to speak for the crews", "the court's order to
#: reopen the pier", "the union's resolve not to yield"). Not nouns of a mere
#: try ("effort", "attempt", "bid": 7 of 33 right on train) nor "willingness"
#: (0 of 4: mostly the writer's praise).
_INTENT_LIKE_NOUNS: frozenset[str] = lexicon.INTENT_NOUNS | frozenset(
    "plan strategy claim unwillingness order pitch resolve".split()
)


#: Nouns of a proposal or a wish whose infinitive says what is proposed or
#: wished even when no possessor names whose it is: "unveiled a proposal to
#: widen the pier", "toured the coast with promises to cut fares", "requests
#: to reopen the pier". Not "decision" (0 of 10 on train without an owner:
#: mostly the writer's telling), nor "plan" (as often a schedule: "plans to
#: hold a rally at noon"), nor "order" ("in order to").
_OPEN_INTENT_NOUNS = frozenset("proposal promise pledge request desire recommendation".split())
_ANY_INTENT_NOUNS = _INTENT_LIKE_NOUNS | _OPEN_INTENT_NOUNS

#: Verbs whose subject holds none of the wish or proposal of its object as
#: this rule would give it: "has no desire to ..." (a denial; with "plans", 0
#: of 5 on train), "made a promise to ..." (light_verb_rules report it).
_NOT_HOLDING_VERBS = frozenset({"have", "make"})


def _open_intent_holder(noun: Token) -> Optional[Token]:
    """Who holds the wish or proposal of an open intent noun
    (:data:`_OPEN_INTENT_NOUNS`) with no possessor: the subject of a verb
    that takes it as its object ("Ames unveiled a proposal to ..."), unless
    that verb meets what others propose (:data:`_UNDERGOING_VERBS`: "got
    requests to ..."), or of a verb on which the noun hangs through "with"
    or "around" ("toured the coast with promises to cut fares"); else nobody."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("with", "around") and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj" or verb.lemma_.lower() in _UNDERGOING_VERBS:
        return None
    if verb.pos_ != "VERB":
        return None
    return _personal_subject(verb)


def noun_infinitive_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor's decision to close the pier``, ``Cole's promise not to
    raise fares``: a noun of intent (:data:`quotegraph.lexicon.INTENT_NOUNS`)
    with a possessor or a "by" phrase (``the decision by the board to ...``),
    the source, and an infinitive, the content. Nouns of a proposal or a
    wish (:data:`_OPEN_INTENT_NOUNS`) report their infinitive with no owner
    too (``unveiled a proposal to widen the pier``)."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=_ANY_INTENT_NOUNS):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "NOUN" or lemma not in _ANY_INTENT_NOUNS:
            continue
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        if source is None:
            by = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
            source = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        owned = source is not None
        if not owned and lemma in _OPEN_INTENT_NOUNS:
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _NOT_HOLDING_VERBS:
                continue
            source = _open_intent_holder(tok)
        elif not owned:
            continue
        clause = _to_infinitive(tok)
        if clause is None:
            continue
        toks = trim(contiguous(clause_tokens(clause, ctx=ctx)))
        if len(toks) >= 2:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="noun_infinitive", confidence=0.5 if owned else 0.35, cue_lemma=lemma,
                            cue_category="belief")  # fmt: skip


#: Nouns that name a report or a stance (what :func:`reaction_rules` takes
#: as the object reacted to): "remarks", "support", "decision", "claim".
_REPORT_NOUNS: frozenset[str] = frozenset(
    set(lexicon.STANCE_NOUNS) | set(lexicon.OPEN_STANCE_NOUNS) | lexicon.INTENT_NOUNS | set().union(*lexicon.CUE_NOUNS.values())
)


def _reaction_content(verb: Token, obj: Token) -> list[Token]:
    """The object phrase of a reaction verb (with the phrases after it that
    :func:`_object_phrase_end` joins), up to a comma and a participle the
    parser hung inside it ("reaffirmed their opposition to Cole, underscoring
    the rift", the participle joined to "Cole": the writer's gloss)."""
    doc = verb.doc
    toks = list(doc[obj.left_edge.i : _object_phrase_end(verb, obj) + 1])
    cut = next((t.i for t in toks if t.text == "," and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VBG"), None)
    return trim([t for t in toks if cut is None or t.i < cut])


def reaction_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The crowd cheered the mayor's remarks on fares``, ``Cole reaffirmed
    her support for the toll``: a verb of :data:`quotegraph.lexicon.REACTION_VERBS`
    whose direct object is a report or stance noun with its owner (a
    possessor); the object phrase is the content, the subject the source,
    as for an object cue. With any other object these verbs report nothing
    ("welcomed the guests", "challenged the ruling")."""
    for tok in ctx.tokens_where(doc, lemma=lexicon.REACTION_VERBS):
        category = lexicon.REACTION_VERBS.get(tok.lemma_.lower())
        if tok.pos_ != "VERB" or category is None or category not in ctx.categories:
            continue
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        if (obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _REPORT_NOUNS
                or not any(c.dep_ == "poss" for c in obj.children)):  # fmt: skip
            continue
        source = subject_of(tok)
        if source is None:
            continue
        toks = _reaction_content(tok, obj)
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                            rule="verb_object", confidence=0.4, cue_lemma=tok.lemma_.lower(),
                            cue_category=category)  # fmt: skip


def stirred_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The mayor's remarks on fares angered the crews``, ``the plan has
    alarmed her supporters``: a verb of :data:`quotegraph.lexicon.STIRRING_VERBS`
    with a report or stance noun as its subject and an object; the object,
    the one stirred, holds a stance (belief) on the subject's phrase, the
    content. Not negated ("did not bother the crews": no reaction) nor
    passive ("the crews were angered by ...", another order)."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.STIRRING_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lexicon.STIRRING_VERBS:
            continue
        if any(c.dep_ in ("auxpass", "neg") for c in tok.children):
            continue
        subj = next((c for c in tok.lefts if c.dep_ == "nsubj"), None)
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        if subj is None or obj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in _REPORT_NOUNS:
            continue
        toks = trim(list(doc[subj.left_edge.i : subj.right_edge.i + 1]))
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=obj,
                            rule="stirred", confidence=0.4, cue_lemma=tok.lemma_.lower(),
                            cue_category="belief")  # fmt: skip


def received_stance_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``the mayor has the backing of two unions``, ``the plan drew
    criticism from residents``: a stance received
    (:data:`quotegraph.lexicon.RECEIVED_STANCES`); its content is the
    subject, the one endorsed or criticised, its source the object of the
    noun's "of" or "from"."""
    for tok in ctx.tokens_where(doc, lemma=lexicon.RECEIVING_VERBS):
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in lexicon.RECEIVING_VERBS:
            continue
        noun = next((c for c in tok.rights if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.RECEIVED_STANCES), None)
        if noun is None:
            continue
        category, preps = lexicon.RECEIVED_STANCES[noun.lemma_.lower()]
        # "from" may hang on the verb: "drew criticism yesterday from ..."
        prep = next((c for c in sorted([*noun.rights, *(c for c in tok.rights if c.i > noun.i)], key=lambda t: t.i)
                     if c.dep_ == "prep" and c.lower_ in preps), None)  # fmt: skip
        source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        subj = subject_of(tok)
        if category not in ctx.categories or source is None or subj is None or subj.lower_ in lexicon.RELATIVE_PRONOUNS:
            continue
        toks = trim(list(doc[subj.left_edge.i : subj.right_edge.i + 1]))
        if toks:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, noun.idx + len(noun.text)), cue_token=noun,
                            source_token=source, rule="received", confidence=0.45, cue_lemma=noun.lemma_.lower(),
                            cue_category=category)  # fmt: skip


def put_it_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``As Ames put it, the pier is a wreck``, ``The pier, as Ames puts it,
    is a wreck``: "put it" in an "as" clause before or inside the clause it
    hangs on, which is what the source said, in the words the clause gives.
    (A trailing one, "..., as Ames put it", is left, as for "as Ames said".)"""
    if "speech" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma="put"):
        if tok.lemma_.lower() != "put" or tok.pos_ != "VERB" or tok.dep_ != "advcl" or tok.i > tok.head.i:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children):
            continue
        if any(c.dep_ == "prep" and not _occasion_phrase(c) for c in tok.children):
            continue  # "as the crew put it on the deck": a place, not words
        source = subject_of(tok)
        if source is None or not _is_full_clause(tok.head):
            continue
        toks = trim(contiguous(clause_tokens(tok.head, exclude=tok, ctx=ctx)))
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="postposed", confidence=0.7, cue_lemma="put",
                            cue_category="speech")  # fmt: skip


#: Verbs of setting a figure: "the poll puts her support at 40 percent".
_ESTIMATE_VERBS = frozenset({"put", "peg", "place"})


def estimate_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``A new survey puts the mayor's approval at 40 percent``, ``the
    magazine pegged his fortune at $2 billion``: a figure set by the
    subject, a finding; its content the object and the "at" phrase, which
    must hold a number ("put the crews at risk" sets none)."""
    if "finding" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=_ESTIMATE_VERBS):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _ESTIMATE_VERBS:
            continue
        obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
        at = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "at" and obj is not None and c.i > obj.i), None)
        pobj = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
        if pobj is None:
            continue
        if not any(t.tag_ == "CD" and not _names_time(t) for t in pobj.subtree):
            continue
        source = subject_of(tok)
        if source is None or source.lower_ in _NON_PERSONAL_SUBJECTS:
            continue
        toks = trim(list(doc[obj.left_edge.i : _prep_phrase_end(at) + 1]))
        if toks:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                            rule="estimate", confidence=0.6, cue_lemma=tok.lemma_.lower(), cue_category="finding")  # fmt: skip
    yield from _poll_standings(doc, ctx)


#: Nouns of a standing a poll gives a candidate ("gave Ames a ten-point lead").
_STANDING_NOUNS = frozenset({"lead", "advantage", "edge", "margin", "point"})


def _has_figure(tok: Token) -> bool:
    """Whether *tok*'s phrase holds a number other than a date or time."""
    return any(t.tag_ == "CD" and not _names_time(t) for t in tok.subtree)


def _poll_standings(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The new poll has Ames leading Cole by six points``, ``the survey had
    her at 9 percent``, ``a poll giving Ames a ten-point lead``: a poll
    (:data:`_POLL_SUBJECTS`) that has a candidate doing something or at a
    figure, or gives them a lead, reports that standing (a finding; its
    content from the candidate on). Not "the survey has a sample of 800 riders":
    neither a clause nor an "at" figure follows the object."""
    for tok in ctx.tokens_where(doc, lemma={"have", "give"}):
        if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ("have", "give"):
            continue
        source = subject_of(tok)
        if source is None or source.lemma_.lower() not in _POLL_SUBJECTS or source.i > tok.i:
            continue
        after = [c for c in tok.children if c.i > tok.i]
        if tok.lemma_.lower() == "give":
            held = next((c for c in after if c.dep_ == "dative"), None)
            obj = next((c for c in after if c.dep_ == "dobj"), None)
            if held is None or obj is None or obj.i < held.i or not (obj.lemma_.lower() in _STANDING_NOUNS or _has_figure(obj)):
                continue
            end = obj.right_edge.i
        else:
            clause = next((c for c in after if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"), None)
            obj = next((c for c in after if c.dep_ == "dobj"), None)
            at = next((c for c in after if c.dep_ == "prep" and c.lower_ == "at" and obj is not None and c.i > obj.i), None)
            if clause is not None and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children):
                held = clause.left_edge
            elif at is not None and any(_has_figure(c) for c in at.children if c.dep_ == "pobj"):
                held = obj.left_edge
            else:
                continue
            end = tok.right_edge.i
        toks = trim(list(doc[held.left_edge.i : end + 1]))
        if len(toks) >= 2 and ctx.quote_at(tok.idx) is None:
            yield Candidate(content=span_chars(toks), cue=cue_span(tok), cue_token=tok, source_token=source,
                            rule="estimate", confidence=0.5, cue_lemma=tok.lemma_.lower(), cue_category="finding")  # fmt: skip


def copular_report_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Her argument was that the ferry pays for itself``, ``the fear is
    that fares will rise``, ``her hope is to sell the pier``: a noun of what
    is said or held (:data:`quotegraph.lexicon.COPULAR_CUE_NOUNS`) as the
    subject of a copula whose complement clause is the content; the source
    is the noun's possessor, if any (an infinitive only with one: "the goal
    is to win" is often the writer's)."""
    if "speech" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=lexicon.COPULAR_CUE_NOUNS):
        if tok.dep_ != "nsubj" or tok.pos_ != "NOUN" or tok.head.lemma_ != "be" or tok.lemma_.lower() not in lexicon.COPULAR_CUE_NOUNS:
            continue
        verb = tok.head
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        comp = next((c for c in verb.rights if c.dep_ == "ccomp" or c.dep_ == "xcomp" and source is not None), None)
        if comp is None or ctx.quote_at(tok.idx) is not None:
            continue
        toks = trim(contiguous(clause_tokens(comp, ctx=ctx)))
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, verb.idx + len(verb.text)), cue_token=tok,
                            source_token=source, rule="copular_report", confidence=0.6, cue_lemma=tok.lemma_.lower(),
                            cue_category="speech")  # fmt: skip


#: Nouns of what is said or held that, owned and opening a sentence, give
#: what follows a colon as their content ("Her argument: ...").
_COLON_REPORT_NOUNS: frozenset[str] = lexicon.COPULAR_CUE_NOUNS | lexicon.PUT_OUT_NOUNS | lexicon.CUE_NOUNS["speech"] | lexicon.CUE_NOUNS["belief"]


def colon_noun_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Her argument: the ferry pays for itself.``, ``The board's message:
    fares will rise.``: a sentence that opens with a possessed noun of what
    is said or held (:data:`_COLON_REPORT_NOUNS`) right before a colon; the
    rest of the sentence is the content, the possessor the source. Without
    a possessor ("The goal: to win") the words are mostly the writer's; a
    quotation after the colon is left to the quotation rules. The noun may
    also be the object of a verb whose subject is the source ("The mayor
    sent the board a blunt message: the pier must close"), at a low
    confidence, and not when the words after the colon report on their own
    ("took liberal views: most riders say ...")."""
    if "speech" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma=_COLON_REPORT_NOUNS):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _COLON_REPORT_NOUNS or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ":":
            continue
        source = next((c for c in tok.children if c.dep_ == "poss"), None)
        if source is not None and tok.left_edge.i != tok.sent.start:
            source = None
        confidence = 0.6 if source is not None else 0.2
        if source is None and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            source = subject_of(tok.head)  # "sent the board a blunt message: ..."
            if source is not None and (source.lower_ in _NON_PERSONAL_SUBJECTS or source.lower_ in lexicon.RELATIVE_PRONOUNS):
                source = None
        if source is None or ctx.quote_at(tok.idx) is not None or doc[tok.i + 2].is_quote:
            continue  # a quotation after the colon is left to the quotation rules
        sent = doc[tok.i + 2].sent
        toks = trim(list(doc[tok.i + 2 : sent.end]))
        if confidence < 0.5 and any(is_reporting(t) for t in toks if t.pos_ == "VERB"):
            continue  # "took liberal views: most say they ...": the reports inside are the thing
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="colon_noun", confidence=confidence, cue_lemma=tok.lemma_.lower(),
                            cue_category="speech")  # fmt: skip


def hope_phrase_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``Ames wrote to the board in the hope that it would act``, ``the crews
    marched in hopes of saving the pier``: "in (the) hope(s)" on a verb
    with a that-clause or an "of" phrase says what the verb's subject hopes
    for (a belief; the content is the clause or the "of" phrase)."""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lemma="hope"):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != "hope" or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue
        verb = tok.head.head
        source = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if source is None or source.lower_ in _NON_PERSONAL_SUBJECTS or ctx.quote_at(tok.idx) is not None:
            continue
        toks: list[Token] = []
        for c in tok.rights:
            if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and (_opens_with_that(c) or _bare_clause(c)):
                toks = trim(contiguous(clause_tokens(c, ctx=ctx)))
            elif c.dep_ == "prep" and c.lower_ == "of" and c.right_edge.i > c.i:
                toks = _prep_object(c)
            if toks:
                break
        if len(toks) >= 2:
            yield Candidate(content=span_chars(toks), cue=(tok.head.idx, tok.idx + len(tok.text)), cue_token=tok,
                            source_token=source, rule="hope_phrase", confidence=0.4, cue_lemma="hope",
                            cue_category="belief")  # fmt: skip


#: Prepositions after an existential cue noun that carry its content
#: ("concerns about the fares", "no consensus on the route").
_EXISTENTIAL_PREPS = frozenset({"about", "over", "on"})


def _existential_noun(be: Token) -> Optional[Token]:
    """The cue noun that "there" + *be* introduces ("there are *fears* ..."),
    if it is one of :data:`quotegraph.lexicon.EXISTENTIAL_CUE_NOUNS`."""
    if not any(c.dep_ == "expl" and c.lower_ == "there" for c in be.children):
        return None
    return next((c for c in be.rights if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN"
                 and c.lemma_.lower() in lexicon.EXISTENTIAL_CUE_NOUNS), None)  # fmt: skip


def _bare_clause(clause: Token) -> bool:
    """Whether *clause*, hung on a noun, is a tensed clause with a subject
    of its own that no relative word opens ("fears *the pier will close*",
    which the parser may read as a relative clause), not "concerns *that
    remain*" or "fears *which the crews share*"."""
    subj = next((g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass")), None)
    return (_is_finite(clause) and subj is not None and subj.lower_ not in lexicon.RELATIVE_PRONOUNS
            and clause.left_edge.lower_ not in lexicon.RELATIVE_PRONOUNS)  # fmt: skip


def existential_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``There are fears (that) the pier will close``, ``there is broad
    agreement that ...``, ``there were complaints about the fares``: an
    existential sentence whose noun is something held or said
    (:data:`quotegraph.lexicon.EXISTENTIAL_CUE_NOUNS`); the content is the
    noun's clause or its "about"/"over"/"on" phrase. Nobody is named, unless
    an "among" phrase names who holds it ("there is concern among the crews
    that ..."). Inside a quotation it is the speaker's own claim."""
    for tok in ctx.tokens_where(doc, lemma="be"):
        if tok.lemma_ != "be" or tok.pos_ not in ("AUX", "VERB"):
            continue
        noun = _existential_noun(tok)
        if noun is None or ctx.quote_at(tok.idx) is not None:
            continue
        category = lexicon.EXISTENTIAL_CUE_NOUNS[noun.lemma_.lower()]
        if category not in ctx.categories:
            continue
        among = next((c for c in [*noun.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "among"), None)
        source = next((g for g in among.children if g.dep_ == "pobj"), None) if among is not None else None
        toks: list[Token] = []
        for c in sorted([*noun.rights, *(c for c in tok.rights if c.i > noun.i)], key=lambda t: t.i):
            if c.dep_ == "prep" and c.lower_ in _EXISTENTIAL_PREPS and c.right_edge.i > c.i:
                toks = _prep_object(c)
            elif c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX") and (_opens_with_that(c) or _bare_clause(c)):
                toks = trim(contiguous(clause_tokens(c, ctx=ctx)))  # "fears (that) the pier will close"
            if toks:
                break
        if len(toks) >= 2 or toks and toks[0].pos_ == "PROPN":
            yield Candidate(content=span_chars(toks), cue=(tok.idx, noun.idx + len(noun.text)), cue_token=noun,
                            source_token=source, rule="existential", confidence=0.5, cue_lemma=noun.lemma_.lower(),
                            cue_category=category)  # fmt: skip


def perspective_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``To Ames, the ferry is a lifeline``, ``to many islanders, the toll
    seems unfair``: a sentence-initial "to" phrase naming people, then a
    comma, frames the main clause as their view (a fronted "for" phrase far
    more often gives a purpose or a time: "For years, ...")."""
    if "belief" not in ctx.categories:
        return
    for sent in doc.sents:
        first = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if first is None or first.lower_ != "to" or first.dep_ not in ("prep", "dative"):
            continue
        pobj = next((c for c in first.children if c.dep_ == "pobj"), None)
        if pobj is None or not (pobj.pos_ in ("PROPN", "PRON") or pobj.tag_ == "NNS") or pobj.lower_ in _NOT_PEOPLE:
            continue
        end = first.right_edge.i
        main = first.head
        if end + 1 >= sent.end or doc[end + 1].text != "," or main.i == first.i or is_cue_verb(main, ctx):
            continue  # "To the mayor, Ames said ...": the verb rule has it
        if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in main.children):
            continue
        toks = trim([t for t in sent if t.i > end + 1])
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(first.idx, first.idx + len(first.text)), cue_token=first,
                            source_token=pobj, source_span=doc[pobj.left_edge.i : pobj.right_edge.i + 1],
                            rule="perspective", confidence=0.5, cue_lemma="to", cue_category="belief")  # fmt: skip


#: Possessors of a view phrase that name the writer, or inside a quotation
#: the speaker, whose own view it is ("in my view", "in our judgment").
_WRITER_POSSESSIVES = frozenset({"my", "our"})
#: Nouns of a held view in a phrase that frames a clause: "in her view",
#: "from his point of view" (keyed by the preposition).
_VIEW_PHRASE_NOUNS = {"in": frozenset({"view", "opinion", "estimation", "judgment", "judgement"}),
                      "from": frozenset({"perspective", "standpoint", "point"})}  # fmt: skip


def view_phrase_rules(doc: Doc, ctx: Context) -> Iterator[Candidate]:
    """``The pier, in Ames's view, is beyond repair``, ``the fares are too
    high, in her opinion``, ``From Cole's point of view, the toll is fair``:
    a view phrase with a possessor frames the clause it hangs on as that
    person's view. (A sentence-initial "in" phrase is
    :func:`noun_cue_rules`'.)"""
    if "belief" not in ctx.categories:
        return
    for tok in ctx.tokens_where(doc, lower=_VIEW_PHRASE_NOUNS):
        nouns = _VIEW_PHRASE_NOUNS.get(tok.lower_) if tok.dep_ == "prep" else None
        if nouns is None:
            continue
        verb = tok.head
        if verb.dep_ in ("nsubj", "nsubjpass") and verb.i < tok.i:
            verb = verb.head  # "The pier, in Ames's view, is ...": hung on the subject
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "relcl") or is_cue_verb(verb, ctx):
            continue  # a clause of its own, not a report's ("..., in his view, Ames added")
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in nouns:
            continue
        preps = [c for c in pobj.children if c.dep_ == "prep"]
        if pobj.lower_ == "point":
            if not any(c.lower_ == "of" and any(g.lower_ == "view" for g in c.children) for c in preps):
                continue  # "from his point of view", not "from that point on"
        elif preps:
            continue  # "differ in their views on the plan": in respect of, no frame
        source = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if source is None or source.lower_ in _WRITER_POSSESSIVES:
            continue  # "in my view", "in our judgment": the writer's own, or the speaker's inside a quotation
        first = next((t for t in tok.sent if not t.is_punct and not t.is_space), None)
        if tok.lower_ == "in" and first is not None and first.i == tok.i:
            continue  # "In Ames's view, ...": noun_cue_rules
        toks = clause_tokens(verb, exclude=tok, ctx=ctx)
        if all(t.is_punct for t in toks if t.i > tok.i):
            toks = [t for t in toks if t.i < tok.i]  # "..., in her opinion."
        toks = trim(contiguous([t for t in toks if not t.is_punct]))
        if len(toks) >= 3:
            yield Candidate(content=span_chars(toks), cue=(tok.idx, pobj.right_edge.idx + len(pobj.right_edge.text)), cue_token=tok,
                            source_token=source, rule="view_phrase", confidence=0.6, cue_lemma=pobj.lemma_.lower(),
                            cue_category="belief")  # fmt: skip


#: Heads of a fronted "to" phrase that name no one ("To this day, ...";
#: the rules read no named entities, see :func:`quotegraph.extract.find_candidates`).
_NOT_PEOPLE = frozenset("this that these those it date days".split()) | _TIME_WORDS


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


#: Words a title leaves in lower case ("War and Peace").
_TITLE_SMALL_WORDS = frozenset("a an the and or of in on at to for with by from".split())


def _title_case(passage: str) -> bool:
    """Whether every word of *passage* is capitalised but the small words
    of titles ("“War and Peace”", "“Peace Through Strength,”")."""
    words = re.findall(r"[\w'’]+", passage)
    return bool(words) and all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


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


def misread_verb_rules(doc: Doc, ctx: Context, found: list[Candidate]) -> Iterator[Candidate]:
    """A cue verb the tagger reads as a noun: a present-tense form read as a
    plural noun ("claims", "blasts", "plans"), or, after a plural subject,
    a base form read as a noun or adjective ("point", "mock"), so that no
    verb rule sees it:

    - the root of a sentence, after its subject: ``The harbour campaign
      projects that tolls will rise.``, ``The ad slams Cole for the fares.``,
      ``The findings point to rising anger.``;
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


def _trailing_speaker_clause(doc: Doc, q: Quote, ctx: Context) -> Optional[tuple[Token, Token]]:
    """The cue and speaker of the clause right after quotation *q*, which
    breaks off with a comma (or ? or !): ``“A,” Ames, 61, recalled on
    Monday``, ``“A,” the editorial read``, ``“A,” added Ames.`` The cue is
    the first word that is a form of a speech or writing verb (whatever its
    tag: the parser often mistags a clause it does not join to the
    quotation), else the first verb in the past or present tense; the
    speaker is its subject, else the last word of the phrase before it, or
    of the name after it (``said Ann Ames, who ...``)."""
    text = ctx.text
    inner = text[q.start : q.end].rstrip("”\"’'» ")
    if not inner.endswith((",", "?", "!")):
        return None
    j = _token_at_or_after(doc, q.end)
    if j is None:
        return None
    cue = None
    relative = False  # past a relative clause on the speaker: only a speech verb may follow
    for t in doc[j : min(len(doc), j + 12)]:
        if t.text in _OPEN_MARKS or t.text in (".", ";") or "\n" in t.text:
            return None
        lemma = lexicon.CUE_FORMS.get(t.lower_)
        if lemma is not None and ctx.cue_verbs.get(lemma) in ("speech", "writing") and t.dep_ not in ("aux", "compound", "amod"):
            cue = t
            break
        if t.tag_ in ("VBD", "VBZ", "VBP") and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass") and not relative:
            if inner.endswith(("?", "!")) or any(c.dep_ == "mark" for c in t.children):
                # “... tonight!” The drama follows ...: a new sentence after a
                # closing ! or ?; “A,” after Cole left ...: a subordinate clause
                continue
            if t.dep_ == "relcl" and _misread_relative(t):
                # "“A,” a sailor who heads the trust": no speaker clause, unless a
                # speech verb follows the relative ("“A,” Ames, the clerk who
                # founded the trust, wrote on Monday")
                relative = True
                continue
            cue = t
            break
    if relative and cue is None:
        return None
    if cue is None:
        return None
    source = subject_of(cue)
    if source is not None and q.end <= source.idx < cue.idx:
        return cue, source
    before = [t for t in doc[j : cue.i] if not (t.is_punct or t.is_space)]
    if before:
        head = _phrase_before_cue(doc[j : cue.i])
        if head is None:
            # the words up to the first comma: "the 43-year-old", "Ames, 61,"
            chunk = []
            for t in doc[j : cue.i]:
                if t.text == ",":
                    break
                if not t.is_punct:
                    chunk.append(t)
            head = chunk[-1] if 0 < len(chunk) <= 6 and chunk[-1].pos_ not in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ") else None
        return (cue, head) if head is not None else None
    # inverted: "said Ann Ames": the last word of the name after the verb
    name = []
    for t in doc[cue.i + 1 : min(len(doc), cue.i + 8)]:
        if t.is_punct or t.lower_ in lexicon.RELATIVE_PRONOUNS or t.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ"):
            break
        name.append(t)
    if name and name[-1].pos_ in ("PROPN", "NOUN") or name and name[-1].text[:1].isupper():
        return cue, name[-1]
    if any(t.is_space for t in doc[j : cue.i]):
        return cue, None  # the clause past a no-break space ("”\u00a0said ..."), its speaker not found: no source
    return None


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

