"""Run an extractor over a stream of inputs into a :class:`~quotegraph.store.Store`.

:func:`run` is incremental and resumable: documents already stored with the
same id and text are skipped, results are written in batches of one
transaction each, and a document the extractor fails on is recorded with its
error while the run goes on. Killing a run and starting it again ends with
the same rows as a run left alone (for a deterministic extractor).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Optional, Union

from .inputs import InputDocument, InputError
from .model import DocumentResult
from .store import DocumentFailure, Store, text_hash

#: Documents per batch (and per transaction) by default.
BATCH_SIZE = 64

ExtractFn = Callable[[list[InputDocument]], Iterable[DocumentResult]]


@dataclass(frozen=True, slots=True)
class RunSummary:
    """What a run did: documents that succeeded, were skipped (already done) or failed.

    ``failed`` counts unreadable inputs and documents the extractor failed
    on; their reasons are in the database (:meth:`Store.failures`).

    Examples
    --------
    >>> print(RunSummary(succeeded=1200, skipped=30, failed=2, db_path="quotegraph.db", run_id=3))
    1,200 succeeded, 30 skipped (already done), 2 failed; the reasons are in quotegraph.db (Store.failures(), tables documents with status 'failed' and input_errors)
    """

    succeeded: int
    skipped: int
    failed: int
    db_path: str
    run_id: int

    def __str__(self) -> str:
        text = f"{self.succeeded:,} succeeded, {self.skipped:,} skipped (already done), {self.failed:,} failed"
        if self.failed:
            text += (
                f"; the reasons are in {self.db_path} (Store.failures(), tables documents with "
                "status 'failed' and input_errors)"
            )
        return text


def run(
    inputs: Iterable[Union[InputDocument, InputError]],
    store: Store,
    extract_fn: ExtractFn,
    *,
    batch_size: int = BATCH_SIZE,
    progress: Optional[Callable[[int], object]] = None,
    model: Optional[str] = None,
) -> RunSummary:
    """Extract attributions from *inputs* into *store*, skipping what is done.

    Parameters
    ----------
    inputs : iterable of InputDocument or InputError
        Usually :func:`quotegraph.inputs.read_inputs`; errors are recorded.
    store : Store
    extract_fn : callable
        Takes a list of :class:`InputDocument` and yields one
        :class:`~quotegraph.model.DocumentResult` per document, in order, with
        the same id and text, e.g. ``lambda docs: quotegraph.extract_many(
        (d.as_record() for d in docs), nlp=nlp)`` with the model loaded once. If it raises
        on a batch, the batch's documents are retried one by one so that only
        the bad one is recorded as failed.
    batch_size : int
        Documents per extractor call and per transaction.
    progress : callable, optional
        Called with the number of inputs just handled (a progress bar's ``update``).
    model : str, optional
        Name and version of the model, recorded in the ``runs`` table.

    Returns
    -------
    RunSummary

    Notes
    -----
    Input metadata travels into every result: keys the extractor did not
    set are copied from the :class:`InputDocument`. If two inputs share an
    id, the later one replaces the earlier.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    run_id = store.start_run(model=model, options={"batch_size": batch_size})
    counts = {"succeeded": 0, "skipped": 0, "failed": 0}
    pending: list[InputDocument] = []
    errors: list[InputError] = []

    def flush() -> None:
        results, failures = _extract(pending, extract_fn)
        store.write_batch(
            results, [*errors, *failures], run_id=run_id, origins={d.id: d.origin for d in pending}
        )
        counts["succeeded"] += len(results)
        counts["failed"] += len(failures) + len(errors)
        if progress is not None:
            progress(len(pending) + len(errors))
        pending.clear()
        errors.clear()

    status = "aborted"
    try:
        for item in inputs:
            if isinstance(item, InputError):
                errors.append(item)
            elif store.is_done(item.id, text_hash(item.text)):
                counts["skipped"] += 1
                if progress is not None:
                    progress(1)
            else:
                pending.append(item)
            if len(pending) >= batch_size or len(errors) >= batch_size:
                flush()
        if pending or errors:
            flush()
        status = "finished"
    finally:
        store.finish_run(run_id, status=status, **counts)
    return RunSummary(db_path=str(store.path), run_id=run_id, **counts)


def _extract(batch: list[InputDocument], extract_fn: ExtractFn) -> tuple[list[DocumentResult], list[DocumentFailure]]:
    """Results and failures for *batch*, isolating documents that make the extractor fail."""
    if not batch:
        return [], []
    try:
        return _checked(batch, list(extract_fn(batch))), []
    except Exception:
        if len(batch) == 1:
            return _one(batch[0], extract_fn)
    results: list[DocumentResult] = []
    failures: list[DocumentFailure] = []
    for doc in batch:
        ok, bad = _one(doc, extract_fn)
        results += ok
        failures += bad
    return results, failures


def _one(doc: InputDocument, extract_fn: ExtractFn) -> tuple[list[DocumentResult], list[DocumentFailure]]:
    try:
        return _checked([doc], list(extract_fn([doc]))), []
    except Exception as exc:  # the document is recorded as failed, with this error
        return [], [DocumentFailure.from_exception(doc, exc)]


def _checked(batch: list[InputDocument], results: list[DocumentResult]) -> list[DocumentResult]:
    """Pair results with their documents, add input metadata, refuse a mismatch."""
    if len(results) != len(batch):
        raise RuntimeError(f"the extractor returned {len(results)} results for {len(batch)} documents")
    for doc, result in zip(batch, results):
        if result.id != doc.id:
            raise RuntimeError(f"the extractor returned document {result.id!r} where {doc.id!r} was expected")
        if result.text != doc.text:
            raise RuntimeError(f"the extractor changed the text of document {doc.id!r}; offsets would not match")
        for key, value in doc.meta.items():
            result.meta.setdefault(key, value)
    return results

