"""Score predicted attributions against gold annotations.

This implements the metric of ``../shared/eval/README.md`` ("How attributions
are scored"):

* **Word positions.** A document's words are its ``\\w+`` tokens, identified
  by their start offset. The word set of a span ``(start, end)`` holds every
  token whose *start* lies in ``[start, end)``; a token that begins inside the
  span counts even if the span cuts it short, a token that begins before the
  span does not.
* **Matching** is one-to-one per document and greedy by content overlap, the
  Jaccard index of the two content word sets: all gold x predicted pairs with
  overlap > 0 are sorted by overlap (highest first, ties broken by gold order,
  then prediction order) and a pair is taken when neither side is taken yet.
  Spans are used as given; for PolNeAR's split spans that is the envelope
  (``*_fragments`` are ignored), for gold and predictions alike.
* **content exact**: a matched pair whose content strings are equal after
  trimming quote marks, punctuation and white space at both ends.
* **content partial** (the headline figure): a matched pair with overlap
  >= 0.5.
* **attribution**: a partial pair whose source is right (:func:`source_right`).
* **source entity**: a partial pair whose predicted name matches the gold
  ``source_entity`` (:func:`names_match`). Only gold attributions with a
  ``source_entity`` are judged; when no gold attribution has one (PolNeAR)
  the metric is ``None`` ("n/a").

Every metric is precision, recall and F1 pooled over all documents, plus
recall by gold ``type``. A 0/0 ratio is reported as 0.0.

Typical use::

    gold = read_jsonl("../shared/eval/polnear.dev.jsonl")
    pred = read_jsonl("predictions.jsonl")
    print(format_scores(score(gold, pred)))
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence, Union

from .model import Attribution

__all__ = [
    "METRICS",
    "GOLD_TYPES",
    "NAME_STOPWORDS",
    "DocCounts",
    "DocMatch",
    "MatchedPair",
    "MetricScore",
    "Scores",
    "content_equal",
    "format_scores",
    "match_document",
    "name_words",
    "names_match",
    "read_jsonl",
    "score",
    "score_document",
    "source_right",
    "trim",
]

#: Metric names, in reporting order.
METRICS = ("content_exact", "content_partial", "attribution", "source_entity")

#: Gold attribution types, in reporting order (a missing type counts as ``unknown``).
GOLD_TYPES = ("direct", "indirect", "mixed", "according_to", "unknown")

#: Words ignored when comparing source names.
NAME_STOPWORDS = frozenset(
    "the a an of in on for to and mr mrs ms dr".split()
)

#: Overlap needed for a partial content match, and for two names to match.
PARTIAL_THRESHOLD = 0.5
NAME_THRESHOLD = 0.5

_WORD = re.compile(r"\w+")
# Quote-like characters that Unicode does not class as punctuation.
_EXTRA_TRIM = frozenset("`´\u02bb\u02bc\u02bd\u02c8\u02ca\u02cb")

AttrLike = Union[Mapping[str, Any], Attribution]
Span = Optional[tuple[int, int]]


# --------------------------------------------------------------------------
# reading


def read_jsonl(path: Union[str, Path]) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSON-lines file, one per non-blank line.

    Parameters
    ----------
    path : str or Path
        The file to read (UTF-8).

    Yields
    ------
    dict
        One record per line.

    Raises
    ------
    ValueError
        If a line is not valid JSON or not a JSON object; the message names
        the file and the 1-based line number.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     p = os.path.join(tmp, "x.jsonl")
    ...     with open(p, "w", encoding="utf-8") as f:
    ...         _ = f.write('{"id": "a"}\\n\\n{"id": "b"}\\n')
    ...     [r["id"] for r in read_jsonl(p)]
    ['a', 'b']
    """
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{path}:{lineno}: invalid JSON: {e.msg}") from e
            if not isinstance(record, dict):
                raise ValueError(
                    f"{path}:{lineno}: expected a JSON object, got {type(record).__name__}"
                )
            yield record


# --------------------------------------------------------------------------
# strings and names


def trim(s: str) -> str:
    """Strip quote marks, punctuation and white space from both ends of *s*.

    Trimmed are every Unicode punctuation character (categories ``P*``:
    straight and curly quotes, guillemets, low-9 quotes, dashes, ...), white
    space and other separators, control and format characters, and the
    quote-like symbols backtick, acute accent and modifier-letter apostrophes.

    Examples
    --------
    >>> trim('  “Hello, world!” ')
    'Hello, world'
    >>> trim("«\u2009‚Oui‘ »")
    'Oui'
    """
    def keep(ch: str) -> bool:
        if ch.isspace() or ch in _EXTRA_TRIM:
            return False
        return unicodedata.category(ch)[0] not in "PZC"

    start, end = 0, len(s)
    while start < end and not keep(s[start]):
        start += 1
    while end > start and not keep(s[end - 1]):
        end -= 1
    return s[start:end]


def content_equal(a: str, b: str) -> bool:
    """Whether two content strings are equal after :func:`trim`.

    Examples
    --------
    >>> content_equal('"We will win,"', "We will win")
    True
    >>> content_equal("we will win", "We will win")
    False
    """
    return trim(a) == trim(b)


def name_words(name: Optional[str]) -> frozenset[str]:
    """The lower-cased ``\\w+`` words of a name, without :data:`NAME_STOPWORDS`.

    Examples
    --------
    >>> sorted(name_words("Mr. Smith of the Treasury"))
    ['smith', 'treasury']
    """
    if not name:
        return frozenset()
    return frozenset(
        w for w in (m.group().lower() for m in _WORD.finditer(name))
        if w not in NAME_STOPWORDS
    )


def names_match(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two source names match: word-set Jaccard >= 0.5.

    Words are lower-cased and :data:`NAME_STOPWORDS` are dropped first; a name
    left with no words (``None``, ``""``, ``"the"``) matches nothing.

    Examples
    --------
    >>> names_match("the United Nations", "United Nations")
    True
    >>> names_match("Mr. Jones", "Dr Ann Jones")
    True
    >>> names_match("Jones", "Ann Marie Jones")
    False
    >>> names_match("he", "Ann Jones")
    False
    """
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= NAME_THRESHOLD


# --------------------------------------------------------------------------
# attributions as plain records


@dataclass(frozen=True, slots=True)
class _Attr:
    """What scoring needs of one attribution (gold or predicted)."""

    content: Span
    source: Span
    source_entity: Optional[str]
    type: str
    has_entity_field: bool


def _span(value: Any) -> Span:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


def _attr(a: AttrLike) -> _Attr:
    if isinstance(a, Attribution):
        get = lambda k: getattr(a, k, None)  # noqa: E731
    elif isinstance(a, Mapping):
        get = a.get
    else:
        raise TypeError(f"expected a dict or Attribution, got {type(a).__name__}")
    entity = get("source_entity")
    entity = entity.strip() if isinstance(entity, str) and entity.strip() else None
    return _Attr(
        content=_span(get("content")),
        source=_span(get("source")),
        source_entity=entity,
        type=get("type") or "unknown",
        has_entity_field=entity is not None,
    )


class _Words:
    """Word positions of a text: span -> range of ``\\w+`` token indices."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [m.start() for m in _WORD.finditer(text)]

    def range(self, span: Span) -> tuple[int, int]:
        """Token indices ``[lo, hi)`` whose start lies in the span."""
        if span is None or span[1] <= span[0]:
            return (0, 0)
        return (bisect_left(self.starts, span[0]), bisect_left(self.starts, span[1]))

    def span_text(self, span: Span) -> Optional[str]:
        return None if span is None else self.text[span[0] : span[1]]


def _overlap(r1: tuple[int, int], r2: tuple[int, int]) -> int:
    return max(0, min(r1[1], r2[1]) - max(r1[0], r2[0]))


def _jaccard(r1: tuple[int, int], r2: tuple[int, int]) -> float:
    inter = _overlap(r1, r2)
    if inter == 0:
        return 0.0
    return inter / ((r1[1] - r1[0]) + (r2[1] - r2[0]) - inter)


def _pred_name(p: _Attr, words: _Words) -> Optional[str]:
    """The predicted source name: ``source_entity``, else the source span's text."""
    return p.source_entity if p.source_entity else words.span_text(p.source)


def source_right(text: str, gold: AttrLike, pred: AttrLike) -> bool:
    """Whether the predicted source of an attribution is right.

    It is right when the predicted source span shares a word position with
    the gold source span, or when the predicted name matches (:func:`names_match`)
    the gold ``source_entity`` or the gold source text. The predicted name is
    its ``source_entity``, or, when that is empty, the text of its source span
    (so an unresolved "he" never matches a name).

    A gold attribution without a source (PolNeAR's "no-source" attributions)
    is right only for a prediction without a source either (no span, no name).

    Examples
    --------
    >>> t = "Ann Jones said she was tired. The Mayor of Leeds agreed."
    >>> g = {"content": [15, 28], "source": [0, 9]}
    >>> source_right(t, g, {"content": [15, 28], "source": [4, 9]})
    True
    >>> source_right(t, g, {"content": [15, 28], "source": [30, 39]})
    False
    >>> source_right(t, g, {"content": [15, 28], "source": [30, 39],
    ...                     "source_entity": "Ms Jones"})
    True
    """
    words = _Words(text)
    return _source_right(_attr(gold), _attr(pred), words)


def _source_right(g: _Attr, p: _Attr, words: _Words) -> bool:
    if g.source is None:
        return p.source is None and p.source_entity is None
    if p.source is not None and _overlap(words.range(g.source), words.range(p.source)):
        return True
    name = _pred_name(p, words)
    return names_match(name, g.source_entity) or names_match(
        name, words.span_text(g.source)
    )


# --------------------------------------------------------------------------
# matching one document


@dataclass(frozen=True, slots=True)
class MatchedPair:
    """A gold and a predicted attribution paired by content overlap.

    ``gold`` and ``pred`` are indices into the lists given to
    :func:`match_document`. ``entity_right`` is ``None`` when the gold
    attribution has no ``source_entity`` (not judged).
    """

    gold: int
    pred: int
    overlap: float
    exact: bool
    partial: bool
    source_right: bool
    entity_right: Optional[bool]


@dataclass(slots=True)
class DocMatch:
    """The one-to-one matching of a document's gold and predicted attributions.

    ``pairs`` holds every pair with content overlap > 0, in the order taken
    (best overlap first); pairs with ``partial`` false are near misses.
    ``unmatched_gold`` / ``unmatched_pred`` are the indices left with no
    partner at all. For a list of misses use :attr:`missed_gold` and
    :attr:`spurious_pred`, which also include the near misses.
    """

    pairs: list[MatchedPair] = field(default_factory=list)
    unmatched_gold: list[int] = field(default_factory=list)
    unmatched_pred: list[int] = field(default_factory=list)

    @property
    def missed_gold(self) -> list[int]:
        """Gold indices without a partial content match."""
        hit = {p.gold for p in self.pairs if p.partial}
        return sorted(set(self.unmatched_gold) | {p.gold for p in self.pairs} - hit)

    @property
    def spurious_pred(self) -> list[int]:
        """Prediction indices without a partial content match."""
        hit = {p.pred for p in self.pairs if p.partial}
        return sorted(set(self.unmatched_pred) | {p.pred for p in self.pairs} - hit)


def match_document(
    text: str, gold_attrs: Sequence[AttrLike], pred_attrs: Sequence[AttrLike]
) -> DocMatch:
    """Match a document's predicted attributions to its gold ones.

    Parameters
    ----------
    text : str
        The document text the offsets point into.
    gold_attrs, pred_attrs : sequence of dict or Attribution
        Attributions with at least ``content`` (``[start, end]``); ``source``,
        ``source_entity`` and ``type`` are used when present.

    Returns
    -------
    DocMatch
        The pairs taken (greedy by content overlap, one-to-one) and the
        indices left unmatched.

    Examples
    --------
    >>> t = "Ann said the plan will fail and the budget is late."
    >>> gold = [{"content": [9, 27]}, {"content": [32, 50]}]
    >>> pred = [{"content": [9, 50]}]
    >>> m = match_document(t, gold, pred)
    >>> [(p.gold, p.pred, round(p.overlap, 2), p.partial) for p in m.pairs]
    [(0, 0, 0.44, False)]
    >>> m.unmatched_gold, m.missed_gold
    ([1], [0, 1])
    """
    words = _Words(text)
    golds = [_attr(a) for a in gold_attrs]
    preds = [_attr(a) for a in pred_attrs]
    return _match(words, golds, preds)


def _match(words: _Words, golds: list[_Attr], preds: list[_Attr]) -> DocMatch:
    g_ranges = [words.range(g.content) for g in golds]
    p_ranges = [words.range(p.content) for p in preds]
    candidates = []
    for gi, gr in enumerate(g_ranges):
        for pi, pr in enumerate(p_ranges):
            j = _jaccard(gr, pr)
            if j > 0:
                candidates.append((-j, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for neg_j, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = golds[gi], preds[pi]
        partial = -neg_j >= PARTIAL_THRESHOLD
        exact = content_equal(words.span_text(g.content), words.span_text(p.content))
        src = partial and _source_right(g, p, words)
        if g.has_entity_field:
            ent: Optional[bool] = partial and names_match(
                _pred_name(p, words), g.source_entity
            )
        else:
            ent = None
        pairs.append(MatchedPair(gi, pi, -neg_j, exact, partial, src, ent))
    return DocMatch(
        pairs=pairs,
        unmatched_gold=[i for i in range(len(golds)) if i not in used_g],
        unmatched_pred=[i for i in range(len(preds)) if i not in used_p],
    )


# --------------------------------------------------------------------------
# counting


@dataclass(slots=True)
class DocCounts:
    """Counts for one document (or, summed, for many).

    ``tp[m]`` is the number of true positives of metric *m*; ``n_gold`` and
    ``n_pred`` are the denominators of recall and precision for every metric
    but ``source_entity``, whose denominators are ``n_gold_entity`` (gold
    attributions with a ``source_entity``) and ``n_pred_entity`` (predictions
    in documents with such gold attributions, less those matched to a gold
    attribution that has none and so cannot be judged). ``gold_by_type`` and
    ``tp_by_type[m]`` count gold attributions by ``type``, and
    ``gold_entity_by_type`` the judged ones for ``source_entity``.
    """

    n_gold: int = 0
    n_pred: int = 0
    n_gold_entity: int = 0
    n_pred_entity: int = 0
    tp: Counter = field(default_factory=Counter)
    gold_by_type: Counter = field(default_factory=Counter)
    gold_entity_by_type: Counter = field(default_factory=Counter)
    tp_by_type: dict[str, Counter] = field(
        default_factory=lambda: {m: Counter() for m in METRICS}
    )

    def __add__(self, other: "DocCounts") -> "DocCounts":
        out = DocCounts()
        out += self
        out += other
        return out

    def __iadd__(self, other: "DocCounts") -> "DocCounts":
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        self.n_gold_entity += other.n_gold_entity
        self.n_pred_entity += other.n_pred_entity
        self.tp.update(other.tp)
        self.gold_by_type.update(other.gold_by_type)
        self.gold_entity_by_type.update(other.gold_entity_by_type)
        for m in METRICS:
            self.tp_by_type[m].update(other.tp_by_type[m])
        return self


def _count(words: _Words, golds: list[_Attr], preds: list[_Attr]) -> DocCounts:
    match = _match(words, golds, preds)
    c = DocCounts(n_gold=len(golds), n_pred=len(preds))
    for m in METRICS:
        c.tp[m] += 0
    for g in golds:
        c.gold_by_type[g.type] += 1
        if g.has_entity_field:
            c.gold_entity_by_type[g.type] += 1
    c.n_gold_entity = sum(g.has_entity_field for g in golds)
    if c.n_gold_entity:
        unjudged = sum(1 for p in match.pairs if p.entity_right is None)
        c.n_pred_entity = len(preds) - unjudged
    for pair in match.pairs:
        t = golds[pair.gold].type
        for m, hit in (
            ("content_exact", pair.exact),
            ("content_partial", pair.partial),
            ("attribution", pair.source_right),
            ("source_entity", bool(pair.entity_right)),
        ):
            if hit:
                c.tp[m] += 1
                c.tp_by_type[m][t] += 1
    return c


def score_document(
    text: str, gold_attrs: Sequence[AttrLike], pred_attrs: Sequence[AttrLike]
) -> DocCounts:
    """Count the hits of one document's predictions.

    Parameters
    ----------
    text : str
        The document text.
    gold_attrs, pred_attrs : sequence of dict or Attribution
        Gold and predicted attributions (see :func:`match_document`).

    Returns
    -------
    DocCounts
        True positives per metric, denominators and counts by gold type.

    Examples
    --------
    >>> t = 'Ann said "the plan will fail." Bob said it was fine.'
    >>> gold = [{"content": [9, 30], "source": [0, 3], "type": "direct"},
    ...         {"content": [40, 51], "source": [31, 34], "type": "indirect"}]
    >>> pred = [{"content": [10, 28], "source": [0, 3]},
    ...         {"content": [37, 51], "source": [0, 3]}]
    >>> c = score_document(t, gold, pred)
    >>> c.n_gold, c.n_pred, c.tp["content_exact"], c.tp["content_partial"]
    (2, 2, 1, 2)
    >>> c.tp["attribution"], dict(c.tp_by_type["attribution"])
    (1, {'direct': 1})
    """
    words = _Words(text)
    return _count(words, [_attr(a) for a in gold_attrs], [_attr(a) for a in pred_attrs])


# --------------------------------------------------------------------------
# pooled scores


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@dataclass(slots=True)
class MetricScore:
    """Precision, recall and F1 of one metric, with its counts.

    ``recall_by_type`` maps each gold type present to ``(tp, n_gold)``.
    """

    tp: int
    n_gold: int
    n_pred: int
    recall_by_type: dict[str, tuple[int, int]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.n_pred)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.n_gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "n_gold": self.n_gold,
            "n_pred": self.n_pred,
            "recall_by_type": {
                t: {"recall": _ratio(tp, n), "tp": tp, "n_gold": n}
                for t, (tp, n) in self.recall_by_type.items()
            },
        }


@dataclass(slots=True)
class Scores:
    """Scores pooled over a corpus.

    ``metrics`` maps each name of :data:`METRICS` to a :class:`MetricScore`,
    or to ``None`` for ``source_entity`` when no gold attribution has a
    ``source_entity``. ``unknown_ids`` lists prediction records whose id is
    not a gold document (ignored in the scores); ``duplicate_ids`` lists
    prediction ids given more than once (their attributions are pooled).
    """

    metrics: dict[str, Optional[MetricScore]]
    n_docs: int
    n_docs_predicted: int
    counts: DocCounts
    unknown_ids: list[str] = field(default_factory=list)
    duplicate_ids: list[str] = field(default_factory=list)

    def __getitem__(self, metric: str) -> Optional[MetricScore]:
        return self.metrics[metric]

    @property
    def n_unknown(self) -> int:
        """How many prediction records named no gold document."""
        return len(self.unknown_ids)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: per-metric scores (``None`` for n/a) and counts."""
        return {
            "metrics": {
                m: (s.to_dict() if s is not None else None) for m, s in self.metrics.items()
            },
            "n_docs": self.n_docs,
            "n_docs_predicted": self.n_docs_predicted,
            "n_gold": self.counts.n_gold,
            "n_pred": self.counts.n_pred,
            "unknown_ids": list(self.unknown_ids),
            "duplicate_ids": list(self.duplicate_ids),
        }


def _ordered_types(counter: Counter) -> list[str]:
    known = [t for t in GOLD_TYPES if counter.get(t)]
    return known + sorted(t for t in counter if counter[t] and t not in GOLD_TYPES)


def _scores_from_counts(c: DocCounts) -> dict[str, Optional[MetricScore]]:
    metrics: dict[str, Optional[MetricScore]] = {}
    for m in METRICS:
        if m == "source_entity":
            if not c.n_gold_entity:
                metrics[m] = None
                continue
            n_gold, n_pred, by_type = c.n_gold_entity, c.n_pred_entity, c.gold_entity_by_type
        else:
            n_gold, n_pred, by_type = c.n_gold, c.n_pred, c.gold_by_type
        metrics[m] = MetricScore(
            tp=c.tp[m],
            n_gold=n_gold,
            n_pred=n_pred,
            recall_by_type={
                t: (c.tp_by_type[m][t], by_type[t]) for t in _ordered_types(by_type)
            },
        )
    return metrics


def score(
    gold_records: Iterable[Mapping[str, Any]], pred_records: Iterable[Mapping[str, Any]]
) -> Scores:
    """Score predicted attributions against gold ones, pooled over documents.

    Parameters
    ----------
    gold_records : iterable of dict
        Gold documents ``{"id", "text", "attributions": [...]}``.
    pred_records : iterable of dict
        Predictions ``{"id", "attributions": [...]}``; attributions may be
        dicts or :class:`~quotegraph.model.Attribution` objects. A gold
        document without a prediction record predicts nothing; a record whose
        id is no gold document is listed in ``Scores.unknown_ids``.

    Returns
    -------
    Scores

    Raises
    ------
    ValueError
        If two gold documents share an id.

    Examples
    --------
    >>> gold = [{"id": "d1", "text": "Ann said it rained.",
    ...          "attributions": [{"content": [9, 18], "source": [0, 3],
    ...                            "type": "indirect"}]},
    ...         {"id": "d2", "text": "Bob said no.",
    ...          "attributions": [{"content": [9, 11], "source": [0, 3],
    ...                            "type": "indirect"}]}]
    >>> pred = [{"id": "d1", "attributions": [{"content": [9, 19], "source": [0, 3]}]},
    ...         {"id": "zz", "attributions": []}]
    >>> s = score(gold, pred)
    >>> m = s["attribution"]
    >>> m.precision, m.recall, round(m.f1, 3), s.unknown_ids
    (1.0, 0.5, 0.667, ['zz'])
    >>> s["source_entity"] is None
    True
    """
    gold_by_id: dict[str, Mapping[str, Any]] = {}
    for rec in gold_records:
        doc_id = str(rec["id"])
        if doc_id in gold_by_id:
            raise ValueError(f"duplicate gold document id {doc_id!r}")
        gold_by_id[doc_id] = rec

    preds_by_id: dict[str, list[AttrLike]] = {}
    unknown: list[str] = []
    duplicates: list[str] = []
    for rec in pred_records:
        doc_id = str(rec["id"])
        if doc_id not in gold_by_id:
            unknown.append(doc_id)
            continue
        if doc_id in preds_by_id:
            duplicates.append(doc_id)
        preds_by_id.setdefault(doc_id, []).extend(rec.get("attributions") or [])

    total = DocCounts()
    for doc_id, rec in gold_by_id.items():
        words = _Words(rec["text"])
        golds = [_attr(a) for a in rec.get("attributions") or []]
        preds = [_attr(a) for a in preds_by_id.get(doc_id, [])]
        total += _count(words, golds, preds)

    return Scores(
        metrics=_scores_from_counts(total),
        n_docs=len(gold_by_id),
        n_docs_predicted=len(preds_by_id),
        counts=total,
        unknown_ids=unknown,
        duplicate_ids=duplicates,
    )


# --------------------------------------------------------------------------
# report

_LABELS = {
    "content_exact": "content exact",
    "content_partial": "content partial",
    "attribution": "attribution",
    "source_entity": "source entity",
}


def format_scores(scores: Scores) -> str:
    """A compact aligned text table of *scores*, for printing.

    One row per metric with precision, recall and F1 (``n/a`` when not
    measurable), then recall by gold type as ``recall (tp/n)``, then the
    document counts and any warnings.

    Examples
    --------
    >>> gold = [{"id": "d", "text": "Ann said it rained.",
    ...          "attributions": [{"content": [9, 18], "source": [0, 3],
    ...                            "type": "indirect"}]}]
    >>> print(format_scores(score(gold, [])))
    metric               P      R     F1
    content exact    0.000  0.000  0.000
    content partial  0.000  0.000  0.000
    attribution      0.000  0.000  0.000
    source entity      n/a    n/a    n/a
    <BLANKLINE>
    recall by type   indirect
    content exact    0.000 (0/1)
    content partial  0.000 (0/1)
    attribution      0.000 (0/1)
    source entity    n/a
    <BLANKLINE>
    documents: 1 gold, 0 predicted; attributions: 1 gold, 0 predicted
    """
    w = max(len(v) for v in _LABELS.values()) + 1
    lines = [f"{'metric':<{w}}{'P':>6} {'R':>6} {'F1':>6}"]
    for m in METRICS:
        s = scores.metrics[m]
        if s is None:
            lines.append(f"{_LABELS[m]:<{w}}{'n/a':>6} {'n/a':>6} {'n/a':>6}")
        else:
            lines.append(
                f"{_LABELS[m]:<{w}}{s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}"
            )

    types = _ordered_types(scores.counts.gold_by_type)
    if types:
        cells: dict[str, list[str]] = {}
        for m in METRICS:
            s = scores.metrics[m]
            if s is None:
                cells[m] = ["n/a"]
                continue
            row = []
            for t in types:
                tp, n = s.recall_by_type.get(t, (0, 0))
                row.append(f"{_ratio(tp, n):.3f} ({tp}/{n})" if n else "n/a")
            cells[m] = row
        widths = [
            max([len(t)] + [len(cells[m][i]) for m in METRICS if len(cells[m]) > i])
            for i, t in enumerate(types)
        ]
        lines.append("")
        lines.append(
            (f"{'recall by type':<{w}}" + "  ".join(
                f"{t:<{wd}}" for t, wd in zip(types, widths))).rstrip()
        )
        for m in METRICS:
            lines.append(
                (f"{_LABELS[m]:<{w}}" + "  ".join(
                    f"{c:<{wd}}" for c, wd in zip(cells[m], widths))).rstrip()
            )

    c = scores.counts
    lines.append("")
    lines.append(
        f"documents: {scores.n_docs} gold, {scores.n_docs_predicted} predicted; "
        f"attributions: {c.n_gold} gold, {c.n_pred} predicted"
    )
    if scores.unknown_ids:
        shown = ", ".join(scores.unknown_ids[:5]) + (", ..." if scores.n_unknown > 5 else "")
        lines.append(
            f"warning: {scores.n_unknown} prediction record(s) with unknown document id "
            f"(ignored): {shown}"
        )
    if scores.duplicate_ids:
        lines.append(
            f"warning: {len(scores.duplicate_ids)} duplicate prediction record(s) "
            "(attributions pooled)"
        )
    return "\n".join(lines)
