"""The data model: small dataclasses whose spans are character offsets.

Every span is a ``(start, end)`` pair of Python string offsets into the
*original* text, end-exclusive, exactly as in the evaluation format of
``../shared/eval/README.md``. Nothing here holds spaCy objects, so results
pickle, serialise to JSON and travel between processes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

Offsets = tuple[int, int]

#: Attribution types, as in the gold format.
TYPES = ("direct", "indirect", "mixed", "according_to")

#: Source kinds. ``media`` sources are the graph's intermediaries.
SOURCE_KINDS = (
    "person",
    "organization",
    "government",
    "media",
    "anonymous",
    "document",
    "unknown",
)

#: Cue categories of the lexicon (:mod:`quotegraph.lexicon`).
CUE_CATEGORIES = ("speech", "writing", "belief", "finding")


@dataclass(slots=True)
class Attribution:
    """One attribution: *source* said or claimed *content*, signalled by *cue*.

    ``source_entity`` is the resolved name of who the source really is
    (pronouns and aliases resolved within the document); ``parent`` is the id
    of the attribution whose content this one is nested in.
    """

    id: str
    content: Offsets
    source: Optional[Offsets] = None
    cue: Optional[Offsets] = None
    type: str = "indirect"
    source_entity: Optional[str] = None
    source_kind: str = "unknown"
    parent: Optional[str] = None
    channel: Optional[str] = None
    cue_lemma: Optional[str] = None
    cue_category: Optional[str] = None
    rule: str = ""
    confidence: float = 0.5

    def to_dict(self, text: Optional[str] = None) -> dict[str, Any]:
        """A JSON-ready dict in the gold format; with *text*, add ``*_text`` fields."""
        d = asdict(self)
        for key in ("content", "source", "cue"):
            if d[key] is not None:
                d[key] = list(d[key])
        if text is not None:
            for key in ("content", "source", "cue"):
                span = getattr(self, key)
                d[f"{key}_text"] = text[span[0] : span[1]] if span else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Attribution":
        """Build from a dict in the gold or output format (extra keys ignored)."""
        kwargs = {k: d.get(k) for k in cls.__dataclass_fields__ if k in d}
        for key in ("content", "source", "cue"):
            if kwargs.get(key) is not None:
                kwargs[key] = tuple(kwargs[key])
        kwargs.setdefault("type", "indirect")
        if kwargs.get("source_kind") is None:
            kwargs["source_kind"] = "unknown"
        if kwargs.get("confidence") is None:
            kwargs["confidence"] = 0.5
        if kwargs.get("rule") is None:
            kwargs["rule"] = ""
        return cls(**kwargs)


@dataclass(slots=True)
class Source:
    """A real entity that speaks in a document, with every name it goes by."""

    id: str
    name: str
    kind: str = "unknown"
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Offsets] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["mentions"] = [list(m) for m in self.mentions]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Source":
        return cls(
            id=d["id"],
            name=d["name"],
            kind=d.get("kind", "unknown"),
            aliases=list(d.get("aliases", [])),
            roles=list(d.get("roles", [])),
            mentions=[tuple(m) for m in d.get("mentions", [])],
        )


@dataclass(slots=True)
class DocumentResult:
    """The attributions and sources found in one document.

    ``meta`` carries whatever the input said about the document (title,
    outlet, date, byline, url); it travels into tables and graphs.
    """

    id: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self, *, with_text: bool = False) -> dict[str, Any]:
        """The output record ``{"id", "attributions", "sources", "meta"}``.

        With *with_text*, the document text and each span's text are included.
        """
        d: dict[str, Any] = {"id": self.id}
        if with_text:
            d["text"] = self.text
        d["meta"] = dict(self.meta)
        d["attributions"] = [
            a.to_dict(self.text if with_text else None) for a in self.attributions
        ]
        d["sources"] = [s.to_dict() for s in self.sources]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any], text: Optional[str] = None) -> "DocumentResult":
        return cls(
            id=str(d["id"]),
            text=d.get("text", text or ""),
            attributions=[Attribution.from_dict(a) for a in d.get("attributions", [])],
            sources=[Source.from_dict(s) for s in d.get("sources", [])],
            meta=dict(d.get("meta", {})),
        )

    def span_text(self, span: Optional[Offsets]) -> Optional[str]:
        return None if span is None else self.text[span[0] : span[1]]
