"""The state the rules share: a candidate attribution (:class:`Candidate`) and
what a document offers every rule (:class:`Context`: its quotations, options
and an index of tokens by lemma)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from spacy import attrs
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..quotes import Quote


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


def cue_lemma(tok: Token) -> str:
    """The lemma of a possible cue verb, from the word form where the
    lemmatiser gets it wrong ("hopes" -> "hop")."""
    return lexicon.CUE_FORMS.get(tok.lower_) or tok.lemma_.lower()
