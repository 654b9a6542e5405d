"""Extraction in worker processes that send back plain data, not ``Doc`` objects.

``extract_many(..., n_process=N)`` used spaCy's ``nlp.pipe(n_process=N)``:
the workers parse and run the rules, but every parsed ``Doc`` still travels
back to the main process (``Doc.to_bytes``, tensor included) and is rebuilt
there (``Doc.from_bytes``), although only the attributions are read. On a
2-core machine that rebuilding takes a core's share from the workers.

Here each worker (forked where the platform allows, so the loaded pipeline
is shared copy-on-write; else spawned, with the pipeline pickled once per
worker) runs the one-process :func:`quotegraph.extract_many` over chunks of
documents and returns only the attribution and source records; the main
process keeps the texts and metadata and only puts results together, in
input order. At most a few chunks per worker are in flight, so a long stream
is never read ahead into memory.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from typing import Any, Iterable, Iterator, Mapping, Optional, Union

from spacy.language import Language

from .extract import DEFAULT_OPTIONS, Options
from .model import Attribution, DocumentResult, Source

#: Chunks in flight per worker.
AHEAD = 3

_STATE: dict[str, Any] = {}


def _init(nlp: Language, options: Options, batch_size: int, fast: bool) -> None:
    _STATE.update(nlp=nlp, options=options, batch_size=batch_size, fast=fast)


def _work(chunk: list[tuple[str, str]]) -> list[tuple[list[dict], list[dict]]]:
    from .pipeline import extract_many

    results = extract_many(
        ({"id": i, "text": t} for i, t in chunk),
        nlp=_STATE["nlp"],
        batch_size=_STATE["batch_size"],
        options=_STATE["options"],
        fast=_STATE["fast"],
    )
    return [([a.to_dict() for a in r.attributions], [s.to_dict() for s in r.sources]) for r in results]


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def extract_parallel(
    records: Iterable[Union[str, Mapping[str, Any]]],
    *,
    nlp: Language,
    n_process: int = 2,
    batch_size: int = 16,
    options: Options = DEFAULT_OPTIONS,
    fast: bool = False,
    chunk_size: Optional[int] = None,
) -> Iterator[DocumentResult]:
    """:func:`quotegraph.extract_many` over *n_process* worker processes, in
    input order; *chunk_size* documents per task (default *batch_size*)."""
    from .pipeline import _normalize

    size = chunk_size or max(1, batch_size)
    ctx = _context()
    with ctx.Pool(n_process, initializer=_init, initargs=(nlp, options, batch_size, fast)) as pool:
        inflight: deque = deque()

        def chunks() -> Iterator[list[tuple[str, str, dict]]]:
            chunk: list[tuple[str, str, dict]] = []
            for k, rec in enumerate(records):
                chunk.append(_normalize(k, rec))
                if len(chunk) >= size:
                    yield chunk
                    chunk = []
            if chunk:
                yield chunk

        def drain() -> Iterator[DocumentResult]:
            docs, job = inflight.popleft()
            for (doc_id, text, meta), (attrs, sources) in zip(docs, job.get()):
                yield DocumentResult(
                    id=doc_id,
                    text=text,
                    attributions=[Attribution.from_dict(a) for a in attrs],
                    sources=[Source.from_dict(s) for s in sources],
                    meta=meta,
                )

        for chunk in chunks():
            inflight.append((chunk, pool.apply_async(_work, ([(i, t) for i, t, _ in chunk],))))
            while len(inflight) >= AHEAD * n_process:
                yield from drain()
        while inflight:
            yield from drain()
