"""Selective parsing: run the full pipeline only where an attribution can be.

Most sentences of a news article hold no attribution. Every rule of
:mod:`quotegraph.rules` starts from one of a few triggers: a cue verb form
(:data:`quotegraph.lexicon.CUE_FORMS`), "according", a noun cue
(:data:`quotegraph.lexicon.CUE_NOUNS`) or a quotation found in the raw text
(:func:`quotegraph.quotes.find_quotes`). :func:`extract_selective` therefore

1. cuts each text into sentence-sized segments with a regular expression
   (line breaks, and ``.``/``!``/``?`` followed by space, not after a title
   such as "Mr." or an initial);
2. keeps the segments that hold a trigger (or overlap a quotation), the
   segment after one that ends in a colon (a block quotation), and
   *context* segments on either side;
3. parses the kept runs with the pipeline but its entity recogniser
   (``nlp.pipe``, batched over documents) and only tokenizes the rest;
4. joins the pieces back into one ``Doc`` per document
   (``Doc.from_docs``; its text is the original text, so every offset still
   points into it) and runs the rules on it
   (:func:`quotegraph.extract.find_candidates`);
5. runs the entity recogniser, about half of the cost of
   ``en_core_web_sm``, only on the few tokens whose entities the source
   resolution reads (:func:`entity_windows`: the source phrases, the longer
   names of one-word sources, the names before a pronoun source), then
   resolves the sources over the whole document, as a full run does
   (:func:`quotegraph.extract.resolve_candidates`).

What is lost against a full parse: the parser sees a kept run without the
sentences around it, the entity recogniser sees a few words around a name,
and names in skipped sentences are not entities (an alias "Kovac" cannot take
the full name "Marta Kovac" from a sentence that was skipped). A pipeline
whose entity recogniser listens to a shared token-to-vector layer, or is not
its last component, keeps it in step 3. :mod:`benchmarks.bench_extract` measures
the speed, and ``docs/performance.md`` the PolNeAR dev F1, of both.

>>> from quotegraph.selective import segments, kept_spans
>>> text = "The sun rose. Ann Lee said it was late. Birds sang.\\nThen rain."
>>> [text[s:e] for s, e in segments(text)]
['The sun rose. ', 'Ann Lee said it was late. ', 'Birds sang.\\n', 'Then rain.']
>>> [text[s:e] for s, e in kept_spans(text)]
['Ann Lee said it was late. ']
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import lexicon
from .extract import DEFAULT_OPTIONS, Options, _antecedent, find_attributions, find_candidates, resolve_candidates
from .model import DocumentResult
from .quotes import find_quotes
from .sources import source_phrase

#: Segments kept on either side of a segment with a trigger.
CONTEXT = 0

#: Runs of skipped text shorter than this (in characters) are parsed with
#: their neighbours rather than cut out (a cut costs the parser context).
MIN_GAP = 1

_TITLES = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt st jr sr prof rev hon pres vs no u.s u.k u.n inc corp co ltd"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

#: A sentence end: ., ! or ? (closing marks allowed), then space; or a line break.
_END_RE = re.compile(r"[.!?][”\"’'»)\]]*[ \t]+|\n+\s*")
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*")


@lru_cache(maxsize=16)
def verb_triggers(categories: frozenset[str] = frozenset(lexicon.CUE_VERBS),
                  extra_cues: tuple[tuple[str, str], ...] = (), frames: bool = True) -> frozenset[str]:  # fmt: skip
    """The cue verb forms that make a segment worth parsing, for the cue
    *categories* asked for (as in :class:`quotegraph.Options`), with the verbs
    of "X sees Y as Z", of impressions ("seems"), passive judgements
    ("deemed") and choices ("voted for"), the stance adjectives
    ("confident"), those of the frame table (``lexicon.FRAMES``) when
    *frames*, and "according".

    >>> "said" in verb_triggers(), "believes" in verb_triggers(frozenset({"speech"}))
    (True, False)
    """
    lemmas = {lemma for cat in categories for lemma in lexicon.CUE_VERBS.get(cat, ())}
    extra = {lemma for lemma, cat in extra_cues if cat in categories}
    extra |= {lemma for lemma, cat in lexicon.AS_CUES.items() if cat in categories}
    if "belief" in categories:
        extra |= lexicon.IMPRESSION_VERBS | lexicon.PASSIVE_JUDGEMENT | set(lexicon.CHOICE_VERBS)
    if frames:
        extra |= {lemma for (lemma, _), (cat, _) in getattr(lexicon, "FRAMES", {}).items() if cat in categories}
    forms = {form for form, lemma in lexicon.CUE_FORMS.items() if lemma in lemmas}
    for lemma in extra:
        forms |= lexicon.inflections(lemma)
    if "belief" in categories:
        forms |= set(lexicon.STANCE_ADJECTIVES)  # "confident that", "critical of"
    return frozenset(forms | {"according"})


def _noun_triggers() -> frozenset[str]:
    words: set[str] = set()
    for nouns in lexicon.CUE_NOUNS.values():
        for noun in nouns:
            words |= {noun, noun + "s", noun + "es"}
    return frozenset(words)


#: Cue verb forms of every category: a segment holding one is parsed (lower
#: case, or capitalised at the start of the segment or in a headline).
VERB_TRIGGERS: frozenset[str] = verb_triggers()

#: Forms of the verbs that report speech only next to a quotation
#: ("he continued: ..."): they count in a segment that touches a quotation.
QUOTE_TRIGGERS: frozenset[str] = frozenset(
    form for form, lemma in lexicon.CUE_FORMS.items() if lemma in lexicon.QUOTE_ONLY_CUES
)

#: Noun cues: they count only in a segment that starts with "In" or "Per"
#: (the only place :func:`quotegraph.rules.noun_cue_rules` reads them).
NOUN_TRIGGERS: frozenset[str] = _noun_triggers()


_DETERMINERS = frozenset(
    "the a an his her their its our my your these those no any every each united".split()
)


_PREPOSITIONS = frozenset("in of for on at with from into under over against among between during".split())


def _noun_use(words: list[str], n: int, low: str) -> bool:
    """Whether the cue form *words[n]* is plainly a noun or an adjective here:
    after a determiner ("the plan", "his support"), after a preposition
    unless it is a gerund ("in support", but "by saying")."""
    prev = words[n - 1].lower() if n else ""
    if prev in _DETERMINERS:
        return True
    if prev in _PREPOSITIONS and not low.endswith("ing"):
        return True
    return False


def _has_trigger(chunk: str, near_quote: bool, verbs: frozenset[str] = VERB_TRIGGERS) -> bool:
    words = _WORD_RE.findall(chunk)
    if not words:
        return False
    headline = "\n" not in chunk.rstrip() and sum(w[0].isupper() for w in words) * 2 > len(words)
    for n, w in enumerate(words):
        low = w.lower()
        if low in verbs and (w[0].islower() or n == 0 or headline):
            if _noun_use(words, n, low):
                continue
            return True
        if near_quote and low in QUOTE_TRIGGERS:
            return True
    colon = chunk.find(":")
    if 0 < colon and len(_WORD_RE.findall(chunk[:colon])) <= 8:
        return True  # "Poll: ...", "The senator: ..."
    return words[0].lower() in ("in", "per") and any(w.lower() in NOUN_TRIGGERS for w in words[1:8])


def segments(text: str) -> list[tuple[int, int]]:
    """Cut *text* into contiguous sentence-sized ``(start, end)`` segments
    (each keeps its trailing space), cheaply, with a regular expression."""
    out = []
    start = 0
    for m in _END_RE.finditer(text):
        end = m.end()
        if text[m.start()] == ".":
            word = text[text.rfind(" ", start, m.start()) + 1 : m.start()].lstrip("(“\"‘'").lower()
            nxt = text[end : end + 1]
            if "\n" not in m.group() and (word in _TITLES or len(word) == 1 or "." in word or (nxt and not nxt.isupper() and nxt not in "“\"‘'(")):
                continue  # "Mr. Lee", "J. Smith", "approx. ten"
        if end > start:
            out.append((start, end))
            start = end
    if start < len(text):
        out.append((start, len(text)))
    return out


def kept_spans(text: str, *, context: int = CONTEXT, min_gap: int = MIN_GAP, quotes=None,
               options: Options = DEFAULT_OPTIONS) -> list[tuple[int, int]]:  # fmt: skip
    """The runs of *text* to parse with the full pipeline, merged and in order."""
    segs = segments(text)
    if not segs:
        return []
    quotes = find_quotes(text) if quotes is None else quotes
    verbs = verb_triggers(options.categories, options.extra_cues, getattr(options, "frames", True))
    keep = [False] * len(segs)
    qi = 0
    for i, (s, e) in enumerate(segs):
        while qi < len(quotes) and quotes[qi].end <= s:
            qi += 1
        near_quote = qi < len(quotes) and quotes[qi].start < e
        keep[i] = _has_trigger(text[s:e], near_quote, verbs)
    # a kept segment inside a quotation brings the whole quotation
    for q in quotes:
        span = [i for i, (s, e) in enumerate(segs) if s < q.end and q.start < e]
        if len(span) > 1 and any(keep[i] for i in span):
            for i in span:
                keep[i] = True
    wanted = list(keep)
    for i, k in enumerate(keep):
        if not k:
            continue
        for j in range(max(0, i - context), min(len(segs), i + context + 1)):
            wanted[j] = True
        if i + 1 < len(segs) and text[segs[i][0] : segs[i][1]].rstrip().endswith(":"):
            wanted[i + 1] = True  # "X said:" and a block quotation
    runs: list[list[int]] = []
    for i, w in enumerate(wanted):
        if not w:
            continue
        s, e = segs[i]
        if runs and (s - runs[-1][1]) < min_gap:
            runs[-1][1] = e
        else:
            runs.append([s, e])
    return [(s, e) for s, e in runs]


def _plan(text: str, context: int, min_gap: int, options: Options = DEFAULT_OPTIONS,
          limit: Optional[int] = None) -> list[tuple[int, int, bool]]:  # fmt: skip
    """``(start, end, parse)`` pieces covering *text*, kept runs to parse;
    runs longer than *limit* (default ``pipeline.CHUNK_CHARS``) in pieces,
    skipped ones too (the tokenizer refuses texts over ``nlp.max_length``)."""
    from .pipeline import split_text

    plan: list[tuple[int, int, bool]] = []

    def add(s: int, e: int, parse: bool) -> None:
        for a, b in split_text(text[s:e], limit):
            plan.append((s + a, s + b, parse))

    pos = 0
    for s, e in kept_spans(text, context=context, min_gap=min_gap, options=options):
        if s > pos:
            add(pos, s, False)
        add(s, e, True)
        pos = e
    if pos < len(text):
        add(pos, len(text), False)
    return plan


def parsed_fraction(text: str, *, context: int = CONTEXT, min_gap: int = MIN_GAP,
                    options: Options = DEFAULT_OPTIONS) -> float:  # fmt: skip
    """Share of the characters of *text* that the full pipeline would see."""
    if not text:
        return 0.0
    return sum(e - s for s, e in kept_spans(text, context=context, min_gap=min_gap, options=options)) / len(text)


def extract_selective(
    records: Iterable[Union[str, Mapping[str, Any]]],
    *,
    nlp: Optional[Language] = None,
    model: Union[str, Path, None] = None,
    batch_size: int = 64,
    options: Options = DEFAULT_OPTIONS,
    context: int = CONTEXT,
    min_gap: int = MIN_GAP,
    n_process: int = 1,
) -> Iterator[DocumentResult]:
    """Like :func:`quotegraph.extract_many`, parsing only the segments that
    can hold an attribution (see the module doc). Streams, in input order.

    *batch_size* counts kept pieces, which are shorter than documents.
    With ``n_process > 1`` the pieces are parsed in worker processes and the
    rules run here.

    Examples
    --------
    >>> from quotegraph.selective import extract_selective
    >>> text = "It rained all day. “We will rebuild,” the mayor said. Shops shut."
    >>> [r.span_text(a.source) for r in extract_selective([text]) for a in r.attributions]
    ['the mayor']
    """
    from .pipeline import CHUNK_CHARS, _get_nlp, _normalize, _parse_copy

    nlp = _get_nlp(nlp, model)
    limit = nlp.max_length if nlp.max_length < CHUNK_CHARS else None
    late = _entity_pipes(nlp)  # the entity recogniser, run later where a source is
    disable = [name for name, _ in late]
    pending: dict[int, tuple[str, str, dict, list, list]] = {}
    order: deque[int] = deque()

    def pieces():
        for k, rec in enumerate(records):
            doc_id, text, meta = _normalize(k, rec)
            clean = _parse_copy(text)  # one code point for one, as extract_many parses
            plan = _plan(clean, context, min_gap, options, limit)
            parts: list = [None] * len(plan)
            pending[k] = (doc_id, text, meta, parts, [p for _, _, p in plan])
            order.append(k)
            for n, (s, e, parse) in enumerate(plan):
                if parse:
                    yield clean[s:e], (k, n)
                else:
                    parts[n] = _skipped_doc(nlp, clean[s:e])

    def finish(k: int) -> DocumentResult:
        doc_id, text, meta, parts, parsed = pending.pop(k)
        result = DocumentResult(id=doc_id, text=text, meta=meta)
        docs = [d for d in parts if len(d)]
        if not any(parsed):
            return result  # no trigger anywhere: no rule can fire
        doc = docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])
        if not late:
            result.attributions, result.sources = find_attributions(doc, options)
            return result
        cands, quotes = find_candidates(doc, options)
        recognise_entities(doc, entity_windows(doc, cands), late)
        result.attributions, result.sources = resolve_candidates(doc, cands, quotes, options)
        return result

    # nlp.pipe keeps the order, so a piece of document k means that every
    # document before k is complete (documents with nothing to parse too)
    for doc, (k, n) in nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process,
                                disable=disable):  # fmt: skip
        while order[0] != k:
            yield finish(order.popleft())
        pending[k][3][n] = doc
    while order:
        yield finish(order.popleft())


def _skipped_doc(nlp: Language, text: str) -> Doc:
    """*text* tokenized, not parsed: each segment a sentence of its own (every
    token attached to the segment's first, label ``dep``), with no tags, so
    that no rule fires on it and ``doc.sents`` still ends at its segments."""
    toks = nlp.make_doc(text)
    starts = {s for s, _ in segments(text)}
    heads, deps = [], []
    first = 0
    for t in toks:
        if t.idx in starts:
            first = t.i
        heads.append(first)
        deps.append("ROOT" if first == t.i else "dep")
    return Doc(nlp.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks],
               heads=heads, deps=deps)  # fmt: skip


def _entity_pipes(nlp: Language) -> list[tuple[str, Any]]:
    """The entity recogniser as ``[(name, component)]`` when it can run on
    its own after the rest of the pipeline (it has its own token-to-vector
    layer, as in ``en_core_web_sm``, and is the last component); otherwise
    ``[]``, and it runs with the others on every parsed piece."""
    if not nlp.pipe_names or nlp.pipe_names[-1] != "ner":
        return []
    for name, proc in nlp.pipeline:
        if "ner" in getattr(proc, "listening_components", ()):
            return []
    return [("ner", nlp.get_pipe("ner"))]


def entity_windows(doc: Doc, cands: list, margin: int = 1) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` of *doc* whose entities
    :func:`quotegraph.extract.resolve_candidates` reads: each candidate's
    source phrase (and its antecedent's, for "X, who said"), each run of
    proper nouns ending in the word of a one-word source ("Ms. Lee said ...
    Anna Lee"), so that an alias finds its full name, and the runs of proper
    nouns in the sentence of a pronoun source and the one before it (the
    person a "he" or "she" may stand for); *margin* tokens of context on
    either side, within the sentence; merged, in order."""
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    sents: set[int] = set()
    for c in cands:
        tok = c.source_token
        if tok is None:
            continue
        span = c.source_span if c.source_span is not None else source_phrase(tok)
        if _may_name(span):
            spans.append((span.start, span.end))
        antecedent = _antecedent(tok)
        if antecedent is not None:
            phrase = source_phrase(antecedent)
            if _may_name(phrase):
                spans.append((phrase.start, phrase.end))
        if tok.pos_ == "PROPN":
            names.add(tok.lower_)
        elif tok.lower_ in lexicon.PERSON_PRONOUNS:
            # the person named last before "he" / "she" may be its antecedent
            sents.add(tok.sent.start)
            before = doc[tok.sent.start - 1].sent if tok.sent.start else None
            if before is not None:
                sents.add(before.start)
    for start in sents:
        sent = doc[start].sent
        run = None
        for t in sent:
            if t.pos_ == "PROPN" and run is None:
                run = t.i
            elif t.pos_ != "PROPN" and run is not None:
                spans.append((run, t.i))
                run = None
        if run is not None:
            spans.append((run, sent.end))
    if names:
        for tok in doc:
            if tok.lower_ in names and tok.i and doc[tok.i - 1].pos_ == "PROPN":
                start = tok.i - 1
                while start and doc[start - 1].pos_ == "PROPN" and start > tok.i - 4:
                    start -= 1
                spans.append((start, tok.i + 1))
    out: list[list[int]] = []
    for a, b in sorted(spans):
        sent = doc[a].sent
        a, b = max(sent.start, a - margin), min(sent.end, b + margin)
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _may_name(span: Span) -> bool:
    """Whether *span* may hold a name: a proper noun or a capitalised word
    ("he", "officials" or "the company" hold none, and need no entities)."""
    start = span.sent.start
    return any(t.pos_ == "PROPN" or t.text[:1].isupper() and t.i > start for t in span)


def recognise_entities(doc: Doc, windows: list[tuple[int, int]], pipes: list[tuple[str, Any]]) -> None:
    """Run *pipes* (the entity recogniser) on the token ranges *windows* of
    *doc*, each as a document of its own, and set the entities found on *doc*."""
    if not windows:
        return
    parts = [Doc(doc.vocab, words=[t.text for t in doc[a:b]], spaces=[bool(t.whitespace_) for t in doc[a:b]])
             for a, b in windows]  # fmt: skip
    for _, proc in pipes:
        parts = list(proc.pipe(parts))
    ents = [Span(doc, a + e.start, a + e.end, label=e.label) for (a, _), part in zip(windows, parts) for e in part.ents]
    doc.set_ents(ents, default="unmodified")
