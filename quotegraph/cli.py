"""The ``quotegraph`` command line: extract, evaluate, graph, sources, stats, show, plot, report.

One click group over the library: the commands parse options, call
:mod:`quotegraph.pipeline`, :mod:`quotegraph.runner`, :mod:`quotegraph.evaluate`,
:mod:`quotegraph.graph` and :mod:`quotegraph.export`, and print. Library errors
become one ``Error: ...`` line and exit code 1, never a traceback.
"""

from __future__ import annotations

import csv
import dataclasses
import glob
import gzip
import json
import os
import re
import sqlite3
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Union

import click

from . import __version__
from .extract import Options
from .inputs import FORMATS as INPUT_FORMATS
from .inputs import META_FIELDS, InputDocument, InputError, read_inputs
from .model import CUE_CATEGORIES, Attribution, DocumentResult
from .pipeline import DEFAULT_MODEL, ModelNotFound, extract_many, load_nlp

#: Default database file (same as :data:`quotegraph.store.DEFAULT_PATH`).
DEFAULT_DB = "quotegraph.db"

#: Columns of the per-attribution table written by ``extract -o X.csv`` / ``X.parquet``.
ROW_COLUMNS = (
    "doc_id", "attribution_id", "type", "source_text", "source_entity", "source_kind",
    "cue_text", "cue_lemma", "cue_category", "content_text", "parent", "channel",
    "confidence", "rule", "content_start", "content_end", "source_start", "source_end",
    "cue_start", "cue_end", *META_FIELDS,
)  # fmt: skip

_INT_COLUMNS = frozenset({"content_start", "content_end", "source_start", "source_end", "cue_start", "cue_end"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Record keys that are annotations, not metadata: never copied into ``meta``.
_ANNOTATION_KEYS = ("attributions", "sources")


# ---------------------------------------------------------------------------
# Errors


def _message(exc: BaseException) -> str:
    """One line saying what went wrong, naming the file where there is one."""
    if isinstance(exc, OSError) and not isinstance(exc, ModelNotFound) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    if isinstance(exc, KeyError) and exc.args:
        return str(exc.args[0])
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())


class _Group(click.Group):
    """A group whose commands turn library errors into ``Error: ...`` and exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:  # every library error: one line, exit code 1
            if os.environ.get("QUOTEGRAPH_DEBUG"):
                raise
            raise click.ClickException(_message(exc)) from exc


# ---------------------------------------------------------------------------
# Shared options


def _parse_categories(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> frozenset[str]:
    if not value:
        return frozenset(CUE_CATEGORIES)
    wanted = [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [v for v in wanted if v not in CUE_CATEGORIES]
    if unknown or not wanted:
        raise click.BadParameter(
            f"{', '.join(unknown) or value!r} is not a cue category; choose from {', '.join(CUE_CATEGORIES)}"
        )
    return frozenset(wanted)


def model_option(fn: Callable) -> Callable:
    """``--model``, ``--workers``, ``--batch-size``, ``--categories``, ``--min-confidence``."""
    options = [
        click.option("--model", default=DEFAULT_MODEL, show_default=True, metavar="NAME",
                     help="Installed spaCy English pipeline (package name or path)."),
        click.option("--workers", "-w", type=click.IntRange(1), default=1, show_default=True,
                     help="Worker processes for parsing (with --engine dask and no --scheduler: the local "
                          "cluster's; default there one per CPU)."),
        click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True,
                     help="Texts per spaCy batch."),
        click.option("--categories", callback=_parse_categories, metavar="LIST",
                     help=f"Cue categories to look for, comma-separated (default all: {','.join(CUE_CATEGORIES)})."),
        click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
                     help="Drop attributions less confident than this."),
        click.option("--all-nested", is_flag=True,
                     help="Keep every nested attribution, also those that are the parent source's own telling "
                          "(by the same source, inside its quotation, a belief it ascribes); by default only relays."),
    ]  # fmt: skip
    for option in reversed(options):
        fn = option(fn)
    return fn


def input_options(fn: Callable) -> Callable:
    """How to read INPUTS: ``--format``, ``--text-field``, ``--id-field``, ``--field``, ``--encoding``, ``--delimiter``."""
    options = [
        click.option("--format", "fmt", type=click.Choice(INPUT_FORMATS), default=None,
                     help="Format of every input (default: from each file's extension)."),
        click.option("--text-field", metavar="NAME", help="Field or CSV column holding the text."),
        click.option("--id-field", metavar="NAME", help="Field or CSV column holding the document id."),
        click.option("--field", "fields", multiple=True, metavar="KEY=NAME",
                     help=f"Take metadata KEY ({', '.join(META_FIELDS)}) from field/column NAME; "
                          "dotted names reach into nested objects. Repeatable."),
        click.option("--encoding", metavar="CODEC", help="Decode inputs with this encoding only."),
        click.option("--delimiter", metavar="CHAR", help="CSV delimiter (default: tab for .tsv, else comma)."),
    ]  # fmt: skip
    for option in reversed(options):
        fn = option(fn)
    return fn


def output_options(fn: Callable) -> Callable:
    """``-o/--output``, ``--db`` and ``-q/--quiet``."""
    options = [
        click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default=None,
                     help="Output file; its extension chooses the format."),
        click.option("--db", type=click.Path(dir_okay=False), default=None,
                     help=f"quotegraph SQLite database (default {DEFAULT_DB})."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary."),
    ]  # fmt: skip
    for option in reversed(options):
        fn = option(fn)
    return fn


def _field_map(fields: Iterable[str]) -> dict[str, str]:
    mapping = {}
    for item in fields:
        key, sep, name = item.partition("=")
        if not sep or not key.strip() or not name.strip():
            raise click.BadParameter(f"{item!r} is not KEY=NAME", param_hint="'--field'")
        mapping[key.strip()] = name.strip()
    return mapping


def _read(inputs: Iterable[str], kw: dict[str, Any]) -> Iterator[Union[InputDocument, InputError]]:
    """read_inputs with the CLI's input options; annotations are not metadata."""
    items = read_inputs(
        list(inputs),
        fmt=kw.get("fmt"),
        text_field=kw.get("text_field"),
        id_field=kw.get("id_field"),
        field_map=_field_map(kw.get("fields") or ()),
        encoding=kw.get("encoding"),
        delimiter=kw.get("delimiter"),
    )
    for item in items:
        if isinstance(item, InputDocument):
            for key in _ANNOTATION_KEYS:
                if isinstance(item.meta.get(key), list):
                    del item.meta[key]
        yield item


def _options(kw: dict[str, Any]) -> Options:
    return Options(categories=kw["categories"], min_confidence=kw["min_confidence"],
                   all_nested=kw.get("all_nested", False))  # fmt: skip


def _model_label(nlp: Any) -> str:
    meta = getattr(nlp, "meta", {}) or {}
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}-{meta.get('version', '?')}"


# ---------------------------------------------------------------------------
# Progress


class _Progress:
    """A one-line progress bar on stderr: count, percent, documents per second, ETA.

    Draws only on a terminal, at most ten times a second; ``total`` may be
    None (unknown), then no percentage or ETA is shown.
    """

    def __init__(self, total: Optional[int], label: str = "documents", file: Any = None) -> None:
        self.total = total
        self.label = label
        self.file = file or sys.stderr
        self.done = 0
        self.start = time.monotonic()
        self._last = 0.0
        self._active = bool(getattr(self.file, "isatty", lambda: False)())

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self._active and now - self._last >= 0.1:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        parts = [f"{self.done:,}"]
        if self.total:
            frac = min(self.done / self.total, 1.0)
            width = 24
            filled = int(frac * width)
            parts = [f"[{'#' * filled}{'-' * (width - filled)}] {frac:4.0%}", f"{self.done:,}/{self.total:,}"]
        parts.append(f"{self.label}  {rate:,.1f}/s")
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"ETA {_duration((self.total - self.done) / rate)}")
        parts.append(f"elapsed {_duration(elapsed)}")
        line = "  ".join(parts)
        self.file.write("\r" + line[:119].ljust(min(len(line), 119) + 2))
        self.file.flush()

    def clear(self) -> None:
        """Wipe the bar so that a message can be printed on its line."""
        if self._active and self._last:
            self.file.write("\r\033[K")
            self.file.flush()
            self._last = 0.0

    def close(self) -> None:
        if self._active:
            self._draw(time.monotonic())
            self.file.write("\n")
            self.file.flush()
            self._active = False

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.start


class _NoProgress(_Progress):
    """The same interface, drawing nothing (``--quiet``)."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._active = False


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def _estimate_total(paths: Iterable[str], fmt: Optional[str]) -> Optional[int]:
    """How many documents *paths* hold, counted cheaply (lines of JSONL/CSV), or None."""
    from .inputs import _format_of  # the same extension table as read_inputs

    total = 0
    for arg in paths:
        if arg == "-":
            return None
        p = Path(arg)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not any(x.startswith(".") for x in f.parts[len(p.parts):]))
        elif p.exists():
            files = [p]
        else:
            files = [Path(m) for m in glob.glob(arg, recursive=True) if Path(m).is_file()]
        for f in files:
            kind, gz = _format_of(f.name)
            kind = fmt or kind
            if kind in ("jsonl", "csv"):
                if gz:
                    return None
                try:
                    lines = _count_lines(f)
                except OSError:
                    continue
                total += max(lines - (1 if kind == "csv" else 0), 0)
            elif kind == "json":
                return None
            else:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    n, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


# ---------------------------------------------------------------------------
# Extraction over a stream, isolating bad documents


def _record(doc: InputDocument) -> dict[str, Any]:
    return {"id": doc.id, "text": doc.text, "meta": doc.meta}


def _chunk_size(workers: int, batch_size: int) -> int:
    """Documents per extract_many call: large enough that worker start-up is amortised."""
    return 64 if workers == 1 else max(256, batch_size * workers * 16)


def _extract_stream(
    items: Iterable[Union[InputDocument, InputError]],
    nlp: Any,
    kw: dict[str, Any],
    on_error: Callable[[str, str], None],
    progress: _Progress,
) -> Iterator[DocumentResult]:
    """Results for the documents of *items*, in order.

    Unreadable inputs and documents the extractor fails on are passed to
    ``on_error(where, message)`` and skipped; the stream goes on.
    """
    options = _options(kw)
    size = _chunk_size(kw["workers"], kw["batch_size"])

    def run(batch: list[InputDocument]) -> list[DocumentResult]:
        return list(extract_many([_record(d) for d in batch], nlp=nlp, n_process=kw["workers"],
                                 batch_size=kw["batch_size"], options=options, fast=kw.get("fast", False)))  # fmt: skip

    def flush(batch: list[InputDocument]) -> Iterator[DocumentResult]:
        try:
            results = run(batch)
        except Exception:
            results = []
            for doc in batch:
                try:
                    results += run([doc])
                except Exception as exc:  # the document is reported and skipped
                    on_error(f"{doc.origin} (document {doc.id})", f"{type(exc).__name__}: {_message(exc)}")
        for result in results:
            progress.update(1)
            yield result

    batch: list[InputDocument] = []
    for item in items:
        if isinstance(item, InputError):
            on_error(item.origin, item.message)
            progress.update(1)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield from flush(batch)
            batch = []
    if batch:
        yield from flush(batch)


def _error_printer(counter: Counter, progress: Optional[_Progress] = None) -> Callable[[str, str], None]:
    def on_error(where: str, message: str) -> None:
        counter["failed"] += 1
        if progress is not None:
            progress.clear()
        click.echo(f"skipped {where}: {message}", err=True)

    return on_error


# ---------------------------------------------------------------------------
# Writers for extract -o


def _cell(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _rows(result: DocumentResult) -> Iterator[dict[str, Any]]:
    """One flat row per attribution, with span texts and the document's metadata."""
    meta = result.meta or {}
    for a in result.attributions:
        row: dict[str, Any] = {
            "doc_id": result.id,
            "attribution_id": a.id,
            "type": a.type,
            "source_text": result.span_text(a.source),
            "source_entity": a.source_entity,
            "source_kind": a.source_kind,
            "cue_text": result.span_text(a.cue),
            "cue_lemma": a.cue_lemma,
            "cue_category": a.cue_category,
            "content_text": result.span_text(a.content),
            "parent": a.parent,
            "channel": a.channel,
            "confidence": a.confidence,
            "rule": a.rule,
        }
        for key, span in (("content", a.content), ("source", a.source), ("cue", a.cue)):
            row[f"{key}_start"], row[f"{key}_end"] = span if span is not None else (None, None)
        for key in META_FIELDS:
            value = meta.get(key)
            row[key] = value if value is None or isinstance(value, (str, int, float)) else json.dumps(value, default=str)
        yield row


class _JsonlWriter:
    def __init__(self, fh: Any, with_text: bool) -> None:
        self.fh, self.with_text = fh, with_text

    def write(self, result: DocumentResult) -> None:
        record = result.to_dict(with_text=self.with_text)
        self.fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


class _CsvWriter:
    def __init__(self, fh: Any) -> None:
        self.out = csv.writer(fh)
        self.out.writerow(ROW_COLUMNS)

    def write(self, result: DocumentResult) -> None:
        for row in _rows(result):
            self.out.writerow(["" if row[c] is None else _cell(row[c]) for c in ROW_COLUMNS])


class _ParquetWriter:
    """Row groups of up to 10,000 attributions, written as they come."""

    def __init__(self, path: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        fields = []
        for c in ROW_COLUMNS:
            kind = pa.int64() if c in _INT_COLUMNS else pa.float64() if c == "confidence" else pa.string()
            fields.append(pa.field(c, kind))
        self.schema = pa.schema(fields)
        self.writer = pq.ParquetWriter(str(path), self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, result: DocumentResult) -> None:
        for row in _rows(result):
            self.rows.append({c: (row[c] if c in _INT_COLUMNS or c == "confidence" or row[c] is None
                                  else str(row[c])) for c in ROW_COLUMNS})  # fmt: skip
        if len(self.rows) >= 10_000:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


_OUTPUT_KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet"}


def _output_kind(output: str) -> str:
    if output == "-":
        return "jsonl"
    kind = _OUTPUT_KINDS.get(Path(output).suffix.lower())
    if kind is None:
        raise click.UsageError(
            f"cannot tell the output format of {output!r}: use a .jsonl, .csv or .parquet file name"
        )
    if kind == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise click.ClickException(
                f"writing Parquet ({output}) needs pyarrow: pip install pyarrow, or write .csv or .jsonl instead"
            ) from None
    return kind


# ---------------------------------------------------------------------------
# The group


@click.group(cls=_Group, name="quotegraph", context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotegraph")
def cli() -> None:
    """Find who said what, and through whom, in English news text.

    \b
    Examples:
      quotegraph extract corpus/ -o attributions.jsonl
      quotegraph extract "news/**/*.jsonl" --db news.db
      quotegraph evaluate gold.jsonl attributions.jsonl
      quotegraph graph --db news.db -o news.gexf
      quotegraph sources --db news.db --top 20
      quotegraph show article.txt
    """


#: The click group, under the name of the command.
quotegraph = cli


def main(argv: Optional[list[str]] = None) -> Any:
    """Entry point of the ``quotegraph`` console script."""
    return cli.main(args=argv, prog_name="quotegraph")


# ---------------------------------------------------------------------------
# extract


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@output_options
@click.option("--no-text", is_flag=True, help="JSONL output: leave out the document text and span texts.")
@click.option("--fast", is_flag=True,
              help="Parse only the sentences with a cue word or a quotation (faster; results differ slightly).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine (--workers processes); dask: a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="dask: address of the scheduler (tcp://host:8786); without it a local cluster is started.")
@click.option("--partition-size", type=click.IntRange(1), default=500, show_default=True,
              help="dask: documents per partition (one task and one Parquet file each).")
@click.option("--parts", "parts_dir", type=click.Path(file_okay=False), default=None,
              help="dask: folder of the Parquet partitions (default: DB.parts/ next to --db).")
@model_option
@input_options
def extract(inputs: tuple[str, ...], output: Optional[str], db: Optional[str], quiet: bool, no_text: bool,
            **kw: Any) -> None:  # fmt: skip
    """Find the attributions in INPUTS (files, folders, globs or - for stdin).

    Inputs are plain text, JSONL (also .gz), JSON, CSV/TSV or HTML, chosen by
    extension. With -o, results go to a file: .jsonl gets one record per
    document (id, text, meta, attributions in the gold format, sources),
    .csv and .parquet one row per attribution. Without -o they go into the
    database (--db, default quotegraph.db): documents already there with the
    same text are skipped, so an interrupted run can simply be started again.
    Unreadable inputs are reported by file and line and do not stop the run.

    \b
    Examples:
      quotegraph extract article.txt -o article.jsonl
      quotegraph extract corpus/ "more/*.csv" --text-field body -o rows.csv
      quotegraph extract news.jsonl.gz --field outlet=publisher --db news.db
      cat article.txt | quotegraph extract - -o -
      quotegraph extract news.jsonl --workers 2 --categories speech,writing
      quotegraph extract news.jsonl --fast -o fast.jsonl
      quotegraph extract "news/*.jsonl" --engine dask --scheduler tcp://10.0.0.5:8786 --parts parts/
      quotegraph graph parts/ -o news.gexf

    With --engine dask, the documents go in partitions of --partition-size
    to the workers of a Dask cluster (each loads the model once) and come
    back as one Parquet file per partition in --parts DIR, named by a hash
    of its documents: a run started again skips the partitions already
    written. With --db as well, the results then go into the database.
    `quotegraph graph DIR` reads such a folder. Needs quotegraph[dask].
    """
    if kw.get("engine") == "dask":
        _extract_dask(inputs, output, db, quiet, kw)
        return
    if kw.get("scheduler") or kw.get("parts_dir"):
        raise click.UsageError("--scheduler and --parts go with --engine dask")
    if output is not None and db is not None:
        raise click.UsageError("give either -o/--output or --db, not both")
    kind = _output_kind(output) if output is not None else None
    _field_map(kw.get("fields") or ())  # check before loading the model
    nlp = load_nlp(kw["model"])
    total = _estimate_total(inputs, kw.get("fmt"))
    progress = (_NoProgress if quiet else _Progress)(total)
    items = _read(inputs, kw)
    if output is None:
        _extract_to_db(items, nlp, kw, db or DEFAULT_DB, progress, quiet)
    else:
        _extract_to_file(items, nlp, kw, output, kind or "jsonl", not no_text, progress, quiet)


def _extract_dask(inputs: tuple[str, ...], output: Optional[str], db: Optional[str], quiet: bool,
                  kw: dict[str, Any]) -> None:  # fmt: skip
    """``extract --engine dask``: partitions to a Dask cluster, Parquet files back, optionally into --db."""
    if output is not None:
        raise click.UsageError("--engine dask writes Parquet partitions: give --parts DIR (and/or --db), not -o")
    parts = kw.get("parts_dir") or (f"{db}.parts" if db is not None else None)
    if parts is None:
        raise click.UsageError("--engine dask needs --parts DIR or --db FILE")
    try:
        from .distributed import DistributedError, extract_dask, load_into_store
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise click.ClickException(f'the dask engine needs quotegraph[dask] (pip install "quotegraph[dask]"): {exc}')
    _field_map(kw.get("fields") or ())
    counts: Counter = Counter()
    progress = (_NoProgress if quiet else _Progress)(_estimate_total(inputs, kw.get("fmt")))
    on_error = _error_printer(counts, progress)

    def documents() -> Iterator[InputDocument]:
        for item in _read(inputs, kw):
            if isinstance(item, InputError):
                on_error(item.origin, item.message)
                progress.update(1)
            else:
                yield item

    try:
        summary = extract_dask(documents(), parts, scheduler=kw.get("scheduler"), partition_size=kw["partition_size"],
                               n_workers=kw["workers"] if kw["workers"] > 1 else None,
                               model=kw["model"], options=_options(kw), fast=kw.get("fast", False),
                               batch_size=kw["batch_size"], progress=progress.update)  # fmt: skip
    except DistributedError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        progress.close()
    loaded = None
    if db is not None:
        from .store import Store

        with Store(db) as store:
            loaded = load_into_store(parts, store)
    if not quiet:
        click.echo(f"{summary} in {_duration(progress.elapsed)}", err=True)
        if loaded is not None:
            click.echo(f"{loaded:,} documents -> {db}", err=True)
        if summary.failed or counts["failed"]:
            click.echo(f"{summary.failed + counts['failed']:,} documents or inputs failed; "
                       "read_results(DIR, failed=True) lists the documents", err=True)  # fmt: skip


def _extract_to_file(items: Iterable[Union[InputDocument, InputError]], nlp: Any, kw: dict[str, Any], output: str,
                     kind: str, with_text: bool, progress: _Progress, quiet: bool) -> None:  # fmt: skip
    counts: Counter = Counter()
    target = Path(output) if output != "-" else None
    part = target.with_name(target.name + ".part") if target is not None else None
    results = _extract_stream(items, nlp, kw, _error_printer(counts, progress), progress)
    try:
        if kind == "parquet":
            assert part is not None
            writer: Any = _ParquetWriter(part)
            try:
                for result in results:
                    writer.write(result)
                    counts["succeeded"] += 1
                    counts["attributions"] += len(result.attributions)
            finally:
                writer.close()
        else:
            fh = sys.stdout if part is None else open(part, "w", encoding="utf-8", newline="")
            try:
                writer = _JsonlWriter(fh, with_text) if kind == "jsonl" else _CsvWriter(fh)
                for result in results:
                    writer.write(result)
                    counts["succeeded"] += 1
                    counts["attributions"] += len(result.attributions)
            finally:
                if fh is not sys.stdout:
                    fh.close()
                else:
                    fh.flush()
    except BaseException:
        progress.close()
        if part is not None and part.exists():
            click.echo(f"Partial output left in {part}", err=True)
        raise
    progress.close()
    if target is not None and part is not None:
        os.replace(part, target)
    if not quiet:
        where = f" -> {output}" if target is not None else ""
        click.echo(
            f"{counts['succeeded']:,} succeeded, 0 skipped, {counts['failed']:,} failed; "
            f"{counts['attributions']:,} attributions{where} in {_duration(progress.elapsed)}"
            f" ({counts['succeeded'] / max(progress.elapsed, 1e-9):,.1f} documents/s)",
            err=True,
        )
        if counts["failed"]:
            click.echo("The failed inputs are listed above with their reasons.", err=True)


def _extract_to_db(items: Iterable[Union[InputDocument, InputError]], nlp: Any, kw: dict[str, Any], db: str,
                   progress: _Progress, quiet: bool) -> None:  # fmt: skip
    from .runner import run
    from .store import Store

    options = _options(kw)

    def extract_fn(batch: list[InputDocument]) -> Iterator[DocumentResult]:
        return extract_many([_record(d) for d in batch], nlp=nlp, n_process=kw["workers"],
                            batch_size=kw["batch_size"], options=options, fast=kw.get("fast", False))  # fmt: skip

    def report(stream: Iterable[Union[InputDocument, InputError]]) -> Iterator[Union[InputDocument, InputError]]:
        for item in stream:
            if isinstance(item, InputError):
                progress.clear()
                click.echo(f"skipped {item.origin}: {item.message}", err=True)
            yield item

    with Store(db) as store:
        try:
            summary = run(report(items), store, extract_fn, batch_size=_chunk_size(kw["workers"], kw["batch_size"]),
                          progress=progress.update, model=_model_label(nlp))  # fmt: skip
        finally:
            progress.close()
    if not quiet:
        click.echo(
            f"{summary.succeeded:,} succeeded, {summary.skipped:,} skipped (already done), {summary.failed:,} failed"
            f" -> {db} in {_duration(progress.elapsed)}",
            err=True,
        )
        if summary.failed:
            db_arg = "" if db == DEFAULT_DB else f" --db {db}"
            click.echo(f"See why with: quotegraph stats --failures{db_arg}", err=True)


# ---------------------------------------------------------------------------
# Reading results: predictions files, the store, or raw inputs


def _is_predictions(path: str) -> bool:
    """Whether *path* is a JSONL/JSON file of records with ``attributions``."""
    p = Path(path)
    name = p.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if not p.is_file() or not name.endswith((".jsonl", ".ndjson", ".json")):
        return False
    opener = gzip.open if p.name.lower().endswith(".gz") else open
    try:
        with opener(p, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                if line.startswith("["):
                    line = line[1:].lstrip()
                    if not line:
                        continue
                try:
                    record = json.loads(line.rstrip(","))
                except json.JSONDecodeError:
                    return '"attributions"' in line[:100_000]
                return isinstance(record, dict) and "attributions" in record
    except (OSError, UnicodeDecodeError, EOFError):
        return False
    return False


def _read_predictions(path: str, on_error: Callable[[str, str], None]) -> Iterator[DocumentResult]:
    """DocumentResults from a predictions (or gold) JSONL/JSON file; bad lines go to *on_error*."""
    p = Path(path)
    opener = gzip.open if p.name.lower().endswith(".gz") else open
    with opener(p, "rt", encoding="utf-8") as fh:
        head = fh.read(1)
        while head and head.isspace():
            head = fh.read(1)
        if head == "[":
            try:
                records = json.loads(head + fh.read())
            except json.JSONDecodeError as exc:
                raise click.ClickException(f"{path}:{exc.lineno}: not valid JSON: {exc.msg} (column {exc.colno})")
            lines: Iterable[tuple[str, Any]] = ((f"{path}[{i}]", r) for i, r in enumerate(records, 1))
        else:
            def parse() -> Iterator[tuple[str, Any]]:
                for lineno, line in enumerate(_prepend(head, fh), 1):
                    if not line.strip():
                        continue
                    try:
                        yield f"{path}:{lineno}", json.loads(line)
                    except json.JSONDecodeError as exc:
                        yield f"{path}:{lineno}", InputError("", f"not valid JSON: {exc.msg} (column {exc.colno})")

            lines = parse()
        for where, record in lines:
            if isinstance(record, InputError):
                on_error(where, record.message)
                continue
            if not isinstance(record, dict) or "id" not in record:
                on_error(where, "expected a JSON object with an id")
                continue
            try:
                result = DocumentResult.from_dict(record)
                if not result.text and record.get("text") is None:
                    result.text = ""
                yield result
            except (KeyError, TypeError, ValueError) as exc:
                on_error(where, f"not a result record: {_message(exc)}")


def _prepend(first: str, fh: Any) -> Iterator[str]:
    rest = fh.readline()
    yield first + rest
    yield from fh


def _results(inputs: tuple[str, ...], db: Optional[str], kw: dict[str, Any], quiet: bool,
             counts: Counter) -> Iterator[DocumentResult]:  # fmt: skip
    """Results from the store (no INPUTS), from predictions files, or by extracting INPUTS."""
    on_error = _error_printer(counts)
    if not inputs:
        from .store import Store

        with Store(db or DEFAULT_DB, create=False) as store:
            yield from store.iter_results()
        return
    if db is not None:
        raise click.UsageError("give either INPUTS or --db, not both")
    from .distributed import is_results_dir

    parts = [i for i in inputs if is_results_dir(i)]
    for path in parts:
        from .distributed import read_results

        yield from read_results(path)
    preds = [i for i in inputs if i not in parts and _is_predictions(i)]
    raw = tuple(i for i in inputs if i not in preds and i not in parts)
    for path in preds:
        for result in _read_predictions(path, on_error):
            if not result.text and result.attributions and not counts["warned_no_text"]:
                counts["warned_no_text"] += 1
                click.echo(f"warning: {path} has no document text; claims and unnamed sources will be empty "
                           "(write predictions without --no-text)", err=True)  # fmt: skip
            yield result
    if raw:
        nlp = load_nlp(kw["model"])
        progress = (_NoProgress if quiet else _Progress)(_estimate_total(raw, kw.get("fmt")))
        try:
            yield from _extract_stream(_read(raw, kw), nlp, kw, on_error, progress)
        finally:
            progress.close()


# ---------------------------------------------------------------------------
# evaluate


@cli.command()
@click.argument("gold", type=click.Path(dir_okay=False))
@click.argument("pred", type=click.Path(dir_okay=False), required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "n_errors", type=click.IntRange(0), default=0, metavar="N",
              help="List up to N missed and N spurious attributions.")  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Without PRED: also save the predictions to this JSONL file.")  # fmt: skip
@model_option
def evaluate(gold: str, pred: Optional[str], as_json: bool, n_errors: int, output: Optional[str], **kw: Any) -> None:
    """Score predicted attributions against GOLD (JSONL in the gold format).

    With PRED (a JSONL file of {"id", "attributions"} records, as written by
    `quotegraph extract -o X.jsonl`) score it; without, extract from GOLD's
    texts first. Prints precision, recall and F1 of content (exact and
    partial), attribution and source entity, and recall by type.

    \b
    Examples:
      quotegraph evaluate gold.jsonl predictions.jsonl
      quotegraph evaluate gold.jsonl --errors 20
      quotegraph evaluate gold.jsonl --json --categories speech,writing
    """
    from .evaluate import format_scores, read_jsonl, score

    gold_records = list(read_jsonl(gold))
    for i, rec in enumerate(gold_records, 1):
        if "id" not in rec or not isinstance(rec.get("text"), str):
            raise click.ClickException(f"{gold}: record {i} (id {rec.get('id')!r}) needs an id and a text")
    if pred is not None:
        if output is not None:
            raise click.UsageError("-o/--output saves predictions made here; with PRED there are none")
        pred_records = list(read_jsonl(pred))
        for i, rec in enumerate(pred_records, 1):
            if "id" not in rec:
                raise click.ClickException(f"{pred}: record {i} has no id")
    else:
        nlp = load_nlp(kw["model"])
        docs = [InputDocument(str(r["id"]), r["text"], {}, f"{gold}:{i}") for i, r in enumerate(gold_records, 1)]
        counts: Counter = Counter()
        progress = _Progress(len(docs)) if not as_json else _NoProgress(len(docs))
        try:
            results = list(_extract_stream(docs, nlp, kw, _error_printer(counts, progress), progress))
        finally:
            progress.close()
        pred_records = [r.to_dict() for r in results]
        if output is not None:
            with open(output, "w", encoding="utf-8") as fh:
                for r in results:
                    fh.write(json.dumps(r.to_dict(with_text=True), ensure_ascii=False, default=str) + "\n")
    scores = score(gold_records, pred_records)
    errors = _errors(gold_records, pred_records, n_errors) if n_errors else None
    if as_json:
        data = scores.to_dict()
        if errors is not None:
            data["errors"] = errors
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
        return
    click.echo(format_scores(scores))
    if errors is not None:
        for label, key in (("Missed (gold attributions with no partial match)", "missed"),
                           ("Spurious (predictions with no partial match)", "spurious")):  # fmt: skip
            items = errors[key]
            click.echo(f"\n{label}: {len(items)} shown of {errors['n_' + key]:,}")
            for item in items:
                src = item["source_text"] or item.get("source_entity") or "-"
                cue = item["cue_text"] or "-"
                click.echo(f"  {item['doc_id']} [{item['type']}] {_short(src, 40)} | {_short(cue, 20)} | "
                           f"{_short(item['content_text'] or '', 100)}")  # fmt: skip


def _errors(gold_records: list[dict], pred_records: list[dict], n: int) -> dict[str, Any]:
    """Up to *n* missed gold and *n* spurious predicted attributions, with their texts."""
    from .evaluate import match_document

    preds: dict[str, list] = {}
    for rec in pred_records:
        preds.setdefault(str(rec["id"]), []).extend(rec.get("attributions") or [])
    missed: list[dict] = []
    spurious: list[dict] = []
    n_missed = n_spurious = 0

    def item(doc_id: str, text: str, a: dict) -> dict[str, Any]:
        def span(key: str) -> Optional[str]:
            value = a.get(key)
            return text[value[0] : value[1]] if value else None

        return {"doc_id": doc_id, "type": a.get("type") or "unknown", "content": a.get("content"),
                "content_text": span("content"), "source_text": span("source"), "cue_text": span("cue"),
                "source_entity": a.get("source_entity")}  # fmt: skip

    for rec in gold_records:
        doc_id, text = str(rec["id"]), rec["text"]
        golds = rec.get("attributions") or []
        mine = preds.get(doc_id, [])
        m = match_document(text, golds, mine)
        n_missed += len(m.missed_gold)
        n_spurious += len(m.spurious_pred)
        missed += [item(doc_id, text, golds[i]) for i in m.missed_gold[: max(0, n - len(missed))]]
        spurious += [item(doc_id, text, mine[i]) for i in m.spurious_pred[: max(0, n - len(spurious))]]
    return {"missed": missed, "spurious": spurious, "n_missed": n_missed, "n_spurious": n_spurious}


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


# ---------------------------------------------------------------------------
# graph


@cli.command()
@click.argument("inputs", nargs=-1)
@output_options
@model_option
@input_options
def graph(inputs: tuple[str, ...], output: Optional[str], db: Optional[str], quiet: bool, **kw: Any) -> None:
    """Build the quote graph (documents, sources, claims) and write it to -o FILE.

    INPUTS are articles to extract from, or predictions files (JSONL records
    with "attributions", as written by `quotegraph extract -o X.jsonl`);
    without INPUTS the graph is built from the database (--db). The format
    comes from the extension of FILE: .gexf (Gephi), .graphml, .json
    (node-link) or .csv (two files, FILE.nodes.csv and FILE.edges.csv).

    \b
    Examples:
      quotegraph graph --db news.db -o news.gexf
      quotegraph graph predictions.jsonl -o graph.graphml
      quotegraph graph corpus/ -o graph.csv
    """
    from .export import FORMATS, write_graph
    from .graph import build_graph

    if output is None:
        raise click.UsageError("give the graph file with -o FILE (.gexf, .graphml, .json or .csv)")
    if Path(output).suffix.lower() not in FORMATS:
        raise click.UsageError(f"cannot tell the graph format of {output!r}: use .gexf, .graphml, .json or .csv")
    counts: Counter = Counter()
    G = build_graph(_results(inputs, db, kw, quiet, counts))
    written = write_graph(G, output)
    if not quiet:
        kinds = Counter(k for _, k in G.nodes(data="kind"))
        click.echo(
            f"{kinds['document']:,} documents, {kinds['source']:,} sources, {kinds['claim']:,} claims, "
            f"{G.number_of_edges():,} edges -> {', '.join(str(p) for p in written)}",
            err=True,
        )
        if counts["failed"]:
            click.echo(f"{counts['failed']:,} inputs failed; they are listed above.", err=True)


# ---------------------------------------------------------------------------
# sources


SOURCE_COLUMNS = ("name", "kind", "mentions", "claims", "documents", "outlets")


def _source_rows(G: Any) -> list[dict[str, Any]]:
    rows = []
    for node, data in G.nodes(data=True):
        if data.get("kind") != "source":
            continue
        docs: set[str] = set()
        for _, _, edge in G.out_edges(node, data=True):
            if edge.get("kind") == "claims":
                docs.update(edge.get("documents") or [])
        outlets = sorted({str(G.nodes[f"doc:{d}"].get("outlet")) for d in docs
                          if f"doc:{d}" in G and G.nodes[f"doc:{d}"].get("outlet")})  # fmt: skip
        rows.append({
            "name": data.get("name") or node[4:],
            "kind": data.get("source_kind", "unknown"),
            "mentions": int(data.get("mention_count", 0)),
            "claims": int(data.get("claim_count", 0)),
            "documents": int(data.get("document_count", len(docs))),
            "outlets": "; ".join(outlets),
        })  # fmt: skip
    rows.sort(key=lambda r: (-r["claims"], -r["documents"], -r["mentions"], r["name"].casefold()))
    return rows


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("--top", type=click.IntRange(0), default=20, show_default=True,
              help="Show the N sources with most claims (0: all).")  # fmt: skip
@output_options
@model_option
@input_options
def sources(inputs: tuple[str, ...], top: int, output: Optional[str], db: Optional[str], quiet: bool,
            **kw: Any) -> None:  # fmt: skip
    """List the sources quoted in the database or in INPUTS, most claims first.

    Sources are merged across documents as in the graph ("Samra" and
    "Mohammed Ibrahim Samra" are one). Columns: name, kind, mentions, claims,
    documents, outlets. With -o FILE.csv the table is written there instead.

    \b
    Examples:
      quotegraph sources --db news.db --top 20
      quotegraph sources predictions.jsonl -o sources.csv --top 0
      quotegraph sources article.txt
    """
    from .graph import build_graph

    if output is not None and output != "-" and Path(output).suffix.lower() != ".csv":
        raise click.UsageError(f"the sources table is written as CSV: use a .csv file name, not {output!r}")
    counts: Counter = Counter()
    G = build_graph(_results(inputs, db, kw, quiet, counts))
    rows = _source_rows(G)
    total = len(rows)
    if top:
        rows = rows[:top]
    if output is not None:
        fh = sys.stdout if output == "-" else open(output, "w", encoding="utf-8", newline="")
        try:
            out = csv.writer(fh)
            out.writerow(SOURCE_COLUMNS)
            for r in rows:
                out.writerow([_cell(r[c]) for c in SOURCE_COLUMNS])
        finally:
            if fh is not sys.stdout:
                fh.close()
        if not quiet and output != "-":
            click.echo(f"{len(rows):,} of {total:,} sources -> {output}", err=True)
        return
    if not rows:
        click.echo("No sources found.")
        return
    click.echo(_table(rows, SOURCE_COLUMNS, widths={"name": 40, "outlets": 40}))
    if len(rows) < total and not quiet:
        click.echo(f"({len(rows)} of {total:,} sources; --top 0 for all)")


def _table(rows: list[dict[str, Any]], columns: Iterable[str], widths: Optional[dict[str, int]] = None) -> str:
    """A plain aligned text table; numbers right-aligned, long cells shortened."""
    columns = list(columns)
    widths = widths or {}
    cells = [[_short(str(r[c]), widths.get(c, 60)) if not isinstance(r[c], int) else f"{r[c]:,}" for c in columns]
             for r in rows]  # fmt: skip
    size = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    numeric = [all(isinstance(r[c], int) for r in rows) for c in columns]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, size, numeric)).rstrip()

    out = [line(columns), line(["-" * w for w in size])]
    out += [line(row) for row in cells]
    return "\n".join(out)


# ---------------------------------------------------------------------------
# stats


@cli.command()
@click.option("--db", type=click.Path(dir_okay=False), default=DEFAULT_DB, show_default=True,
              help="quotegraph SQLite database.")  # fmt: skip
@click.option("--failures", is_flag=True, help="List every failed document and unreadable input, with its error.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(db: str, failures: bool, as_json: bool) -> None:
    """Counts in the database: documents, attributions, sources, by outlet and kind.

    \b
    Examples:
      quotegraph stats --db news.db
      quotegraph stats --failures
      quotegraph stats --json
    """
    from .store import Store

    with Store(db, create=False) as store:
        summary = store.summary()
        failed = [str(f) for f in store.failures()] if failures else None
    groups = _group_counts(db)
    if as_json:
        data = {**summary, **groups}
        if failed is not None:
            data["failures"] = failed
        click.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))
        return
    if failed is not None:
        if not failed:
            click.echo(f"No failures in {db}.")
        for line in failed:
            click.echo(line)
        return
    click.echo(f"{db}")
    click.echo(f"  documents     {summary['documents']:>10,}")
    click.echo(f"  attributions  {summary['attributions']:>10,}")
    click.echo(f"  sources       {summary['sources']:>10,}")
    click.echo(f"  failed        {summary['failed'] + summary['input_errors']:>10,}"
               + ("  (quotegraph stats --failures)" if summary["failed"] + summary["input_errors"] else ""))  # fmt: skip
    last = summary.get("last_run")
    if last:
        click.echo(f"  last run      #{last['id']} {last['status']}, {last.get('started_at')}, model {last.get('model')}")
    for title, key, first in (("By outlet", "by_outlet", "outlet"), ("By attribution type", "by_type", "type"),
                              ("By source kind", "by_source_kind", "source_kind"),
                              ("By cue category", "by_cue_category", "cue_category")):  # fmt: skip
        rows = groups[key]
        if rows:
            click.echo(f"\n{title}")
            click.echo(_table(rows, list(rows[0])))


def _group_counts(db: str) -> dict[str, list[dict[str, Any]]]:
    """Grouped counts read (read-only) from the documented tables of the database."""
    conn = sqlite3.connect(f"{Path(db).resolve().as_uri()}?mode=ro", uri=True)
    try:
        def rows(sql: str, names: tuple[str, ...]) -> list[dict[str, Any]]:
            return [dict(zip(names, (v if v is not None else "(none)" for v in r))) for r in conn.execute(sql)]

        return {
            "by_outlet": rows(
                "SELECT d.outlet, count(DISTINCT d.id), count(a.doc_id) FROM documents d "
                "LEFT JOIN attributions a ON a.doc_id = d.id WHERE d.status = 'ok' "
                "GROUP BY d.outlet ORDER BY count(DISTINCT d.id) DESC, d.outlet LIMIT 50",
                ("outlet", "documents", "attributions")),
            "by_type": rows("SELECT type, count(*) FROM attributions GROUP BY type ORDER BY 2 DESC",
                            ("type", "attributions")),
            "by_source_kind": rows(
                "SELECT source_kind, count(*) FROM attributions GROUP BY source_kind ORDER BY 2 DESC",
                ("source_kind", "attributions")),
            "by_cue_category": rows(
                "SELECT cue_category, count(*) FROM attributions GROUP BY cue_category ORDER BY 2 DESC",
                ("cue_category", "attributions")),
        }  # fmt: skip
    finally:
        conn.close()


# ---------------------------------------------------------------------------
# show

_STYLES = {
    "source": {"fg": "cyan", "bold": True},
    "cue": {"fg": "magenta", "bold": True},
    "content": {"fg": "green"},
}


@cli.command()
@click.argument("article")
@click.option("--id", "doc_id", metavar="ID", help="Which document of a multi-document file to show.")
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help=f"Look ARTICLE up as a document id in this database (default {DEFAULT_DB}).")  # fmt: skip
@click.option("--color/--no-color", default=None, help="Force or turn off colours (default: on a terminal).")
@click.option("--extract", "force_extract", is_flag=True,
              help="Extract even when the file already has attributions (a gold or predictions file).")
@model_option
@input_options
def show(article: str, doc_id: Optional[str], db: Optional[str], color: Optional[bool], force_extract: bool,
         **kw: Any) -> None:  # fmt: skip
    """Show one article with its sources, cues and contents highlighted.

    ARTICLE is a file (text, HTML, or a JSONL/CSV/JSON file with --id to pick
    a document; predictions files are shown as they are) or the id of a
    document in the database. Below the text, a numbered list says who said
    what: source, kind, cue, type, nesting and channel.

    \b
    Examples:
      quotegraph show article.txt
      quotegraph show news.jsonl --id 2016-11-08-abc
      quotegraph show 2016-11-08-abc --db news.db
      quotegraph show gold.jsonl --id seed-1 --extract
      quotegraph show article.txt --no-color | less
    """
    result = _one_result(article, doc_id, db, kw, force_extract)
    if color is None:
        color = not click.utils.should_strip_ansi(sys.stdout)
    click.echo(render_article(result, color=color), color=color)


def _one_result(article: str, doc_id: Optional[str], db: Optional[str], kw: dict[str, Any],
                force_extract: bool = False) -> DocumentResult:  # fmt: skip
    from .store import Store

    if db is None and (article == "-" or Path(article).exists()):
        if not force_extract and _is_predictions(article):
            counts: Counter = Counter()
            for result in _read_predictions(article, _error_printer(counts)):
                if doc_id is None or result.id == doc_id:
                    if not result.text:
                        raise click.ClickException(f"{article}: document {result.id!r} has no text to show")
                    return result
            raise click.ClickException(f"{article}: no document {doc_id!r}" if doc_id else f"{article}: no document")
        chosen: Optional[InputDocument] = None
        for item in _read([article], kw):
            if isinstance(item, InputError):
                if doc_id is None:
                    raise click.ClickException(str(item))
                continue
            if doc_id is None or item.id == doc_id:
                chosen = item
                break
        if chosen is None:
            raise click.ClickException(f"{article}: no document {doc_id!r}" if doc_id else f"{article}: no document")
        nlp = load_nlp(kw["model"])
        return next(extract_many([_record(chosen)], nlp=nlp, options=_options(kw)))
    path = db or DEFAULT_DB
    if not Path(path).exists():
        raise click.ClickException(f"{article}: no such file, and no database {path} to look the id up in")
    with Store(path, create=False) as store:
        result = store.get(doc_id or article)
    if result is None:
        raise click.ClickException(f"{article}: no such file, and no document with that id in {path}")
    return result


def render_article(result: DocumentResult, *, color: bool = True, width: int = 100) -> str:
    """The text of *result* with spans highlighted, then a numbered "who said what" list.

    Contents are marked ``[n ...]`` (without colour) or ``[n]`` before a
    green content (with colour); sources are cyan, cues magenta.
    """
    result = _printable_result(result)
    text = result.text
    attrs = sorted(result.attributions, key=lambda a: (a.content[0], -a.content[1]))
    number = {a.id: i for i, a in enumerate(attrs, 1)}
    lines: list[str] = []

    title = (result.meta or {}).get("title")
    head = str(title) if title else f"Document {result.id}"
    lines.append(click.style(head, bold=True) if color else head)
    facts = [f"id {result.id}"] + [str(result.meta[k]) for k in ("outlet", "date", "author") if (result.meta or {}).get(k)]
    facts.append(f"{len(attrs)} attribution{'s' if len(attrs) != 1 else ''}")
    lines.append(" · ".join(facts))
    if color:
        lines.append("legend: " + "  ".join(click.style(k, **_STYLES[k]) for k in ("source", "cue", "content"))
                     + "  " + click.style("[n]", dim=True) + " = item n below")  # fmt: skip
    else:
        lines.append("legend: [n ... n] content of item n below")
    lines.append("─" * min(width, 60))
    lines.append(_highlight(text, attrs, number, color))
    lines.append("─" * min(width, 60))
    lines.append(click.style("Who said what", bold=True) if color else "Who said what")
    if not attrs:
        lines.append("  (no attributions found)")
    for a in attrs:
        n = number[a.id]
        who = a.source_entity or result.span_text(a.source) or "(no source)"
        who = " ".join(who.split())
        mention = result.span_text(a.source)
        cue = result.span_text(a.cue)
        head = f"{n:>3}. {who}"
        if color:
            head = f"{n:>3}. " + click.style(who, **_STYLES["source"])
        head += f" ({a.source_kind})"
        if cue:
            head += " " + (click.style(" ".join(cue.split()), **_STYLES["cue"]) if color else f"— {' '.join(cue.split())}")
        lines.append(head)
        content = _short(result.span_text(a.content) or "", 240)
        lines.append("     " + (click.style(content, **_STYLES["content"]) if color else content))
        details = [a.type]
        if mention and " ".join(mention.split()) != who:
            details.append(f"mention: {_short(mention, 50)}")
        if a.parent is not None:
            details.append(f"inside {number.get(a.parent, a.parent)}")
        if a.channel:
            details.append(f"channel: {a.channel}")
        if a.rule:  # annotations read from a gold file have no rule and no real confidence
            details.append(f"confidence {a.confidence:.2f}")
        lines.append("     " + (click.style(" · ".join(details), dim=True) if color else " · ".join(details)))
    return "\n".join(lines)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    """*text* safe to print on a terminal, one character for one: control
    characters (escape sequences that recolour, retitle or rewrite the
    terminal) become U+FFFD, a carriage return a space.

    >>> _printable("a\\x1b]0;owned\\x07b\\r\\n")
    'a\\ufffd]0;owned\\ufffdb \\n'
    """
    return _CONTROL.sub(lambda m: " " if m.group() == "\r" else "\ufffd", text)


def _printable_result(result: DocumentResult) -> DocumentResult:
    """A copy of *result* whose printed strings are :func:`_printable` (offsets unchanged)."""
    def p(value: Any) -> Any:
        return _printable(value) if isinstance(value, str) else value

    attrs = [dataclasses.replace(a, id=p(a.id), parent=p(a.parent), source_entity=p(a.source_entity),
                                 source_kind=p(a.source_kind), channel=p(a.channel), type=p(a.type))
             for a in result.attributions]  # fmt: skip
    meta = {k: p(str(v)) if v is not None else None for k, v in (result.meta or {}).items()}
    return DocumentResult(id=p(str(result.id)), text=p(result.text), attributions=attrs, sources=result.sources,
                          meta=meta)  # fmt: skip


def _highlight(text: str, attrs: list[Attribution], number: dict[str, int], color: bool) -> str:
    """*text* with every span styled; cues over sources over contents."""
    n = len(text)
    marks: dict[int, list[str]] = {}
    ends: dict[int, list[str]] = {}
    layers: dict[str, list[tuple[int, int]]] = {"content": [], "source": [], "cue": []}
    for a in attrs:
        for key in layers:
            span = getattr(a, key)
            if span is not None and 0 <= span[0] < span[1] <= n:
                layers[key].append(span)
        if 0 <= a.content[0] < a.content[1] <= n:
            marks.setdefault(a.content[0], []).append(str(number[a.id]))
            ends.setdefault(a.content[1], []).append(str(number[a.id]))
    cuts = sorted({0, n, *marks, *ends, *(p for spans in layers.values() for s in spans for p in s)})
    out: list[str] = []
    for start, end in zip(cuts, cuts[1:]):
        if not color:
            out += [f" {k}]" for k in reversed(ends.get(start, []))]
            out += [f"[{k} " for k in marks.get(start, [])]
        else:
            out += [click.style(f"[{k}]", dim=True) for k in marks.get(start, [])]
        piece = text[start:end]
        if color:
            kind = next((k for k in ("cue", "source", "content")
                         if any(s <= start and end <= e for s, e in layers[k])), None)  # fmt: skip
            if kind is not None:
                # style line by line so that a newline never carries the colour
                piece = "\n".join(click.style(part, **_STYLES[kind]) if part else part for part in piece.split("\n"))
        out.append(piece)
    if not color:
        out += [f" {k}]" for k in reversed(ends.get(n, []))]
    return "".join(out)


# ---------------------------------------------------------------------------
# plot and report

#: Figures ``quotegraph plot`` draws (functions of :mod:`quotegraph.plots`).
PLOT_KINDS = ("article", "sources-network", "top-sources", "kinds-by-outlet", "anonymous-share")


def _article_or_corpus(inputs: tuple[str, ...], doc_id: Optional[str], db: Optional[str], kw: dict[str, Any],
                       quiet: bool, article: bool) -> Any:  # fmt: skip
    """One DocumentResult (*article*) or the list of results of INPUTS or the database."""
    if article:
        if len(inputs) > 1:
            raise click.UsageError("give one article (a file, or an id with --db)")
        if not inputs and doc_id is None:
            raise click.UsageError("give an article file, or --db with --id ID")
        return _one_result(inputs[0] if inputs else doc_id, doc_id if inputs else None, db, kw)
    counts: Counter = Counter()
    return list(_results(inputs, db, kw, quiet, counts))


@cli.command()
@click.argument("kind", type=click.Choice(PLOT_KINDS))
@click.argument("inputs", nargs=-1)
@click.option("--id", "doc_id", metavar="ID", help="article: the document of a multi-document file or of --db.")
@click.option("--top", type=click.IntRange(1), default=None,
              help="sources-network, top-sources: how many sources (default 30 and 20).")
@click.option("--freq", default="M", show_default=True, help="anonymous-share: period, D W M Q or Y.")
@click.option("--by-outlet", is_flag=True, help="anonymous-share: one line per outlet.")
@click.option("--normalize", is_flag=True, help="kinds-by-outlet: shares instead of counts.")
@click.option("--dpi", type=click.IntRange(30, 600), default=150, show_default=True, help="Resolution of a PNG.")
@output_options
@model_option
@input_options
def plot(kind: str, inputs: tuple[str, ...], doc_id: Optional[str], top: Optional[int], freq: str, by_outlet: bool,
         normalize: bool, dpi: int, output: Optional[str], db: Optional[str], quiet: bool, **kw: Any) -> None:  # fmt: skip
    """Draw a figure of one article or a corpus into -o FILE (.png, .svg or .pdf).

    KIND is article (the provenance of one article: ARTICLE file, or --db
    with --id), sources-network, top-sources, kinds-by-outlet or
    anonymous-share (a corpus: INPUTS to extract from, predictions files,
    or the database when no INPUTS are given).

    \b
    Examples:
      quotegraph plot article examples/harbour-strike.txt -o harbour.png
      quotegraph plot article --db news.db --id 2016-11-08-abc -o abc.svg
      quotegraph plot top-sources --db news.db --top 15 -o top.pdf
      quotegraph plot sources-network predictions.jsonl -o network.png
      quotegraph plot anonymous-share --db news.db --by-outlet -o anon.png
    """
    from . import plots

    if output is None or Path(output).suffix.lower() not in (".png", ".svg", ".pdf"):
        raise click.UsageError("give the figure file with -o FILE.png, FILE.svg or FILE.pdf")
    data = _article_or_corpus(inputs, doc_id, db, kw, quiet, article=kind == "article")
    if kind == "article":
        ax = plots.plot_article(data)
    elif kind == "sources-network":
        ax = plots.plot_sources_network(data, top=top or 30)
    elif kind == "top-sources":
        ax = plots.plot_top_sources(data, top=top or 20)
    elif kind == "kinds-by-outlet":
        ax = plots.plot_kinds_by_outlet(data, normalize=normalize)
    else:
        ax = plots.plot_anonymous_share(data, freq=freq, by_outlet=by_outlet)
    import matplotlib.pyplot as plt

    try:
        ax.figure.savefig(output, dpi=dpi, bbox_inches="tight", metadata={"Date": None} if output.endswith(".svg") else None)
    finally:
        plt.close(ax.figure)
    if not quiet:
        click.echo(f"{kind} -> {output}", err=True)


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("--id", "doc_id", metavar="ID", help="The document of a multi-document file or of --db to report on.")
@click.option("--corpus", "as_corpus", is_flag=True, help="A corpus report even for a single INPUT file.")
@click.option("--title", metavar="TEXT", help="Heading of the page.")
@click.option("--top", type=click.IntRange(1), default=20, show_default=True, help="Corpus: sources in the top table.")
@output_options
@model_option
@input_options
def report(inputs: tuple[str, ...], doc_id: Optional[str], as_corpus: bool, title: Optional[str], top: int,
           output: Optional[str], db: Optional[str], quiet: bool, **kw: Any) -> None:  # fmt: skip
    """Write a self-contained HTML report to -o FILE.html (no network needed to view it).

    With one ARTICLE (a file, or --db with --id): the article with every
    source, cue and content highlighted in one colour per source (hover or
    click a passage to see who said it, the rule and what it is nested in),
    the provenance diagram, the attributions and the sources. With several
    INPUTS, --corpus, or only --db: a corpus report (summary by outlet and
    month, top sources, source kinds by outlet, reporting verbs, figures).

    \b
    Examples:
      quotegraph report examples/harbour-strike.txt -o report.html
      quotegraph report --db news.db --id 2016-11-08-abc -o abc.html
      quotegraph report --db news.db -o corpus.html
      quotegraph report --corpus examples/articles.jsonl -o corpus.html
    """
    from .report import article_report, corpus_report, write_report

    if output is None or Path(output).suffix.lower() not in (".html", ".htm"):
        raise click.UsageError("give the report file with -o FILE.html")
    article = not as_corpus and (len(inputs) == 1 or (not inputs and doc_id is not None))
    data = _article_or_corpus(inputs, doc_id, db, kw, quiet, article=article)
    if article:
        page = article_report(data, title=title)
    else:
        page = corpus_report(data, title=title or "Corpus report", top=top)
    write_report(page, output)
    if not quiet:
        what = f"document {data.id}" if article else f"{len(data):,} documents"
        click.echo(f"report on {what} -> {output}", err=True)
