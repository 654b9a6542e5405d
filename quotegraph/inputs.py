"""Read news articles from the files researchers have, one document at a time.

:func:`read_inputs` walks files, folders (recursively), glob patterns and
``-`` (standard input) and yields an :class:`InputDocument` for every article
it can read and an :class:`InputError` for every one it cannot, so a caller
records the error and goes on. Nothing is read ahead: a folder of 50,000
articles or a JSONL file of any size is streamed.

Formats, chosen by extension unless ``fmt`` says otherwise:

========  ===============================================  ======================
``fmt``   extensions                                       one document per
========  ===============================================  ======================
text      ``.txt``, ``.text``, ``.md``, anything unknown   file
jsonl     ``.jsonl``, ``.ndjson``, ``.jsonl.gz``           line
json      ``.json``, ``.json.gz``                          item of a list, or file
csv       ``.csv``, ``.tsv`` (and ``.gz`` of them)         row
html      ``.html``, ``.htm`` (needs ``quotegraph[html]``) file
========  ===============================================  ======================

Records (JSON, JSONL, CSV) are normalised: the text comes from ``text``,
``maintext`` (news-please), ``content``, ``body`` or ``article``; the id from
``id``; and :data:`META_FIELDS` gives the names each of the five metadata keys
``title``, ``outlet``, ``date``, ``author``, ``url`` is looked up under. Every
other field is kept in ``meta`` as it is. ``field_map`` names other fields
(``{"outlet": "publisher"}``; dotted names reach into nested objects).

Not handled: a ``.json`` file is parsed whole (use JSONL for big corpora);
PDF and Word files are reported as binary; HTML documents store the text
trafilatura extracted, so offsets point into that text, not into the markup.
"""

from __future__ import annotations

import codecs
import csv
import glob
import gzip
import io
import json
import os
import re
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Mapping, Optional, Union

#: Input formats :func:`read_inputs` understands.
FORMATS = ("text", "jsonl", "json", "csv", "html")

_EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

#: Record fields the text is taken from, first present wins.
TEXT_FIELDS = ("text", "maintext", "content", "body", "article", "full_text")

#: Record fields the id is taken from, first present wins.
ID_FIELDS = ("id", "doc_id", "_id", "uuid")

#: Normalised metadata keys and the record fields each is taken from.
META_FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "meta.title"),
    "outlet": ("outlet", "source_domain", "sitename", "site_name", "publisher", "source", "meta.outlet", "meta.publisher"),
    "date": (
        "date", "date_publish", "published", "publish_date", "publication_date", "pubdate", "published_at",
        "meta.date", "meta.publication_date",
    ),
    "author": ("author", "authors", "byline", "meta.author", "meta.byline"),
    "url": ("url", "link", "meta.url"),
}

#: Record fields that are annotations of the text, never metadata: gold or
#: earlier results do not travel into the store or the graph.
ANNOTATION_FIELDS = frozenset({"attributions", "sources"})

#: File endings a folder walk skips (a file named on the command line is always read).
SKIPPED_IN_FOLDERS = (
    ".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3",
    # and code, notebooks and configuration kept beside a corpus
    ".py", ".pyc", ".ipynb", ".js", ".css", ".sh", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".lock",
)

_SNIFF_BYTES = 8192
_SURROGATE = re.compile("[\ud800-\udfff]")
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"


@dataclass(slots=True)
class InputDocument:
    """One article to process.

    ``origin`` says where it came from (``"path"`` or ``"path:line"``) for
    messages; ``meta`` holds the normalised metadata and every other field.

    Examples
    --------
    >>> InputDocument("a1", "The mayor said no.", {"outlet": "Courier"}, "news.jsonl:3")
    InputDocument(id='a1', text='The mayor said no.', meta={'outlet': 'Courier'}, origin='news.jsonl:3')
    """

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    origin: str = ""

    def as_record(self) -> dict[str, Any]:
        """The ``{"id", "text", "meta"}`` mapping :func:`quotegraph.extract_many` takes.

        Examples
        --------
        >>> InputDocument("a1", "Hi.", {"outlet": "Courier"}, "a.txt").as_record()
        {'id': 'a1', 'text': 'Hi.', 'meta': {'outlet': 'Courier'}}
        """
        return {"id": self.id, "text": self.text, "meta": self.meta}


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read: where, and why.

    Examples
    --------
    >>> print(InputError("corpus/a.jsonl:7", "not valid JSON: Expecting value"))
    corpus/a.jsonl:7: not valid JSON: Expecting value
    """

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class MissingDependencyError(ImportError):
    """An optional dependency a format needs is not installed."""


PathLike = Union[str, os.PathLike]


def read_inputs(
    paths: Union[PathLike, Iterable[PathLike]],
    *,
    fmt: Optional[str] = None,
    text_field: Optional[str] = None,
    id_field: Optional[str] = None,
    field_map: Optional[Mapping[str, str]] = None,
    encoding: Optional[str] = None,
    delimiter: Optional[str] = None,
    stdin: Optional[BinaryIO] = None,
) -> Iterator[Union[InputDocument, InputError]]:
    """Stream the documents in *paths*, yielding errors instead of raising them.

    Parameters
    ----------
    paths : path or iterable of paths
        Files, folders (walked recursively, sorted, skipping hidden entries
        and the database files of :data:`SKIPPED_IN_FOLDERS`),
        glob patterns (``"corpus/**/*.jsonl"``) and ``"-"`` for standard input.
    fmt : {"text", "jsonl", "json", "csv", "html"}, optional
        Format of every input; by default chosen from each file's extension
        (unknown extensions are read as text). Standard input is read as
        JSON/JSONL if it starts with ``{`` or ``[``, else as one text.
    text_field, id_field : str, optional
        Field or column holding the text / the id in JSON, JSONL and CSV.
    field_map : mapping, optional
        Normalised key -> field name, e.g. ``{"outlet": "publisher",
        "date": "meta.published"}``; ``"text"`` and ``"id"`` are allowed too.
    encoding : str, optional
        Decode with this encoding only. By default UTF-8 (with or without
        BOM, UTF-16 with BOM), falling back to cp1252 or Latin-1; a fallback
        is recorded as ``meta["encoding"]``.
    delimiter : str, optional
        CSV delimiter; by default tab for ``.tsv`` and comma otherwise.
    stdin : binary file, optional
        Stream read for ``"-"`` (default ``sys.stdin.buffer``).

    Yields
    ------
    InputDocument or InputError
        In input order. Ids come from the record, else from the file's path
        (relative to the folder given, without extension), with ``:line``
        (or ``:item``) appended for records.

    Raises
    ------
    ValueError
        If *fmt* is not one of :data:`FORMATS` or *field_map* names an unknown key.
    MissingDependencyError
        When an HTML file is met and trafilatura is not installed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Rain is coming, the forecaster said.")
    >>> _ = (folder / "b.jsonl").write_text('{"id": "x1", "text": "Hi.", "source_domain": "courier.example"}\\n{oops\\n')
    >>> for item in read_inputs(folder):
    ...     print(item.origin[len(str(folder)) + 1:], getattr(item, "id", None), getattr(item, "meta", None))
    a.txt a {}
    b.jsonl:1 x1 {'outlet': 'courier.example'}
    b.jsonl:2 None None
    """
    if fmt is not None and fmt not in FORMATS:
        raise ValueError(f"unknown input format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ValueError(f"unknown encoding {encoding!r}") from None
    fields = _field_spec(text_field, id_field, field_map)
    options = _Options(fmt, fields, encoding, delimiter, stdin)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for arg in paths:
        for path, id_base in _expand(arg):
            if isinstance(path, InputError):
                yield path
            else:
                yield from _read_one(path, id_base, options)


# ---------------------------------------------------------------------------
# Paths


@dataclass(slots=True)
class _Fields:
    text: tuple[str, ...]
    id: tuple[str, ...]
    meta: dict[str, tuple[str, ...]]
    explicit_text: bool
    explicit_id: bool


@dataclass(slots=True)
class _Options:
    fmt: Optional[str]
    fields: _Fields
    encoding: Optional[str]
    delimiter: Optional[str]
    stdin: Optional[BinaryIO]


def _field_spec(
    text_field: Optional[str], id_field: Optional[str], field_map: Optional[Mapping[str, str]]
) -> _Fields:
    mapping = dict(field_map or {})
    if text_field:
        mapping["text"] = text_field
    if id_field:
        mapping["id"] = id_field
    unknown = set(mapping) - {"text", "id", *META_FIELDS}
    if unknown:
        raise ValueError(
            f"field_map keys must be text, id or one of {', '.join(META_FIELDS)}; got {', '.join(sorted(unknown))}"
        )
    meta = {key: ((mapping[key],) if key in mapping else names) for key, names in META_FIELDS.items()}
    return _Fields(
        text=(mapping["text"],) if "text" in mapping else TEXT_FIELDS,
        id=(mapping["id"],) if "id" in mapping else ID_FIELDS,
        meta=meta,
        explicit_text="text" in mapping,
        explicit_id="id" in mapping,
    )


def _expand(arg: PathLike) -> Iterator[tuple[Any, str]]:
    """Yield ``(path, id_base)`` for every file *arg* stands for, or an error."""
    text = os.fspath(arg)
    if text == "-":
        yield "-", "stdin"
        return
    path = Path(text)
    if path.is_dir():
        yield from _walk(path)
    elif path.exists():
        yield path, _strip_suffixes(path.name)
    elif any(ch in text for ch in "*?["):
        matches = sorted(glob.glob(text, recursive=True))
        if not matches:
            yield InputError(text, "no file matches this pattern"), ""
        # "**" also matches folders (walked again) and follows symlinked
        # folders round a loop: read each real file once
        seen: set[str] = set()
        for match in matches:
            m = Path(match)
            if m.is_dir():
                found: Iterable[tuple[Path, str]] = _walk(m)
            elif m.is_file() and not m.name.startswith("."):
                found = [(m, _strip_suffixes(m.name))]
            else:
                continue
            for file, id_base in found:
                real = os.path.realpath(file)
                if real not in seen:
                    seen.add(real)
                    yield file, id_base
    else:
        yield InputError(text, "no such file or folder"), ""


def _walk(folder: Path) -> Iterator[tuple[Path, str]]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not name.lower().endswith(SKIPPED_IN_FOLDERS):
                path = Path(root, name)
                rel = path.relative_to(folder)
                yield path, (rel.parent / _strip_suffixes(name)).as_posix()


def _strip_suffixes(name: str) -> str:
    """File name without its format extension (and ``.gz``)."""
    stem = name[:-3] if name.lower().endswith(".gz") else name
    base, ext = os.path.splitext(stem)
    return base if ext.lower() in _EXTENSIONS else stem


def _format_of(name: str) -> tuple[str, bool]:
    """``(format, gzipped)`` from a file name."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    return _EXTENSIONS.get(os.path.splitext(lower)[1], "text"), gz


# ---------------------------------------------------------------------------
# Files


def _read_one(path: Any, id_base: str, opts: _Options) -> Iterator[Union[InputDocument, InputError]]:
    if path == "-":
        origin = "<stdin>"
        stream = opts.stdin if opts.stdin is not None else sys.stdin.buffer
        data = stream.read()
        fmt = opts.fmt or ("json" if data.lstrip()[:1] in (b"{", b"[") else "text")
        yield from _read_bytes(data, fmt, origin, id_base, opts, name="-")
        return
    origin = str(path)
    fmt, gz = _format_of(path.name)
    fmt = opts.fmt or fmt
    try:
        if not gz:  # gzip data without the .gz name
            with open(path, "rb") as fh:
                gz = fh.read(2) == b"\x1f\x8b"
        with _open(path, gz) as fh:
            if fmt not in ("jsonl", "csv"):
                yield from _read_bytes(fh.read(), fmt, origin, id_base, opts, name=path.name)
                return
            head = fh.read(_SNIFF_BYTES)
            problem = _check_head(head)
            if problem:
                yield InputError(origin, problem)
                return
            if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # rare: UTF-16 records, read whole
                fh = io.BytesIO((head + fh.read()).decode("utf-16").encode("utf-8"))
            else:
                fh.seek(0)
            yield from _read_lines(fh, fmt, origin, id_base, opts, path.name)
    except UnicodeDecodeError as exc:  # UTF-16 records with an odd number of bytes
        yield InputError(origin, f"cannot decode as {exc.encoding} (byte {exc.start})")
    except (OSError, EOFError, zlib.error) as exc:
        # Unreadable file, broken gzip stream: the documents already yielded stand.
        yield InputError(origin, f"cannot read file: {exc}")


def _read_lines(
    fh: BinaryIO, fmt: str, origin: str, id_base: str, opts: _Options, name: str
) -> Iterator[Union[InputDocument, InputError]]:
    if fmt == "jsonl":
        return _read_jsonl(fh, origin, id_base, opts)
    return _read_csv(fh, origin, id_base, opts, name)


def _open(path: Path, gz: bool) -> BinaryIO:
    if gz:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _check_head(head: bytes) -> Optional[str]:
    if not head.strip():
        return "empty file"
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "binary file (contains NUL bytes), not text"
    return None


def _read_bytes(
    data: bytes, fmt: str, origin: str, id_base: str, opts: _Options, name: str
) -> Iterator[Union[InputDocument, InputError]]:
    problem = _check_head(data[:_SNIFF_BYTES]) or ("empty file" if not data.strip() else None)
    if problem:
        yield InputError(origin, problem)
        return
    if fmt == "html":
        yield _read_html(data, origin, id_base)
        return
    if fmt in ("jsonl", "csv"):
        yield from _read_lines(io.BytesIO(data), fmt, origin, id_base, opts, name)
        return
    try:
        text, used = _decode(data, opts.encoding)
    except UnicodeDecodeError as exc:
        yield InputError(origin, f"cannot decode as {exc.encoding} (byte {exc.start})")
        return
    if fmt == "json":
        yield from _read_json(text, origin, id_base, opts)
    elif not text.strip():
        yield InputError(origin, "empty file")
    else:
        meta = {"encoding": used} if used not in ("utf-8", "utf-8-sig") else {}
        yield InputDocument(id_base, text, meta, origin)


def _decode(data: bytes, encoding: Optional[str]) -> tuple[str, str]:
    """Decode *data*, returning the text and the encoding that worked."""
    if encoding:
        return data.decode(encoding), encoding
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        text = data.decode("utf-8-sig")
        return text, "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason == "unexpected end of data":
            # UTF-8 cut in the middle of the last character: keep the rest as UTF-8
            return data.decode("utf-8-sig", "replace"), "utf-8, truncated"
    if any(b in data for b in _CP1252_UNDEFINED):
        return data.decode("latin-1"), "latin-1"
    return data.decode("cp1252"), "cp1252"


def _decode_lines(lines: Iterable[bytes], encoding: Optional[str], state: dict) -> Iterator[str]:
    """Decode line by line; ``state["fallback"]`` names the last fallback used."""
    for i, raw in enumerate(lines):
        if i == 0 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            text, used = _decode(raw, encoding)
        except UnicodeDecodeError as exc:
            state["error"] = f"cannot decode as {exc.encoding} (byte {exc.start} of the line)"
            text, used = "", encoding or ""
        if used not in ("utf-8", "utf-8-sig", encoding):
            state["fallback"] = used
        yield text


# ---------------------------------------------------------------------------
# Formats


def _read_jsonl(
    fh: BinaryIO, origin: str, id_base: str, opts: _Options
) -> Iterator[Union[InputDocument, InputError]]:
    state: dict[str, Any] = {}
    for lineno, line in enumerate(_decode_lines(fh, opts.encoding, state), 1):
        where = f"{origin}:{lineno}"
        if "error" in state:
            yield InputError(where, state.pop("error"))
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON: {exc.msg} (column {exc.colno})")
            state.pop("fallback", None)
            continue
        yield _from_record(record, where, f"{id_base}:{lineno}", opts.fields, state.pop("fallback", None))


def _read_json(text: str, origin: str, id_base: str, opts: _Options) -> Iterator[Union[InputDocument, InputError]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # one record per line, named .json
            yield from _read_jsonl(io.BytesIO(text.encode("utf-8")), origin, id_base, opts)
        else:
            yield InputError(f"{origin}:{exc.lineno}", f"not valid JSON: {exc.msg} (column {exc.colno})")
        return
    if isinstance(data, dict):
        yield _from_record(data, origin, id_base, opts.fields, None)
    elif isinstance(data, list):
        for i, record in enumerate(data, 1):
            yield _from_record(record, f"{origin}[{i}]", f"{id_base}:{i}", opts.fields, None)
    else:
        yield InputError(origin, f"expected a JSON object or a list of objects, found {type(data).__name__}")


def _read_csv(
    fh: BinaryIO, origin: str, id_base: str, opts: _Options, name: str
) -> Iterator[Union[InputDocument, InputError]]:
    csv.field_size_limit(2**31 - 1)  # articles are longer than the 128 KiB default
    delimiter = opts.delimiter or ("\t" if ".tsv" in name.lower() else ",")
    state: dict[str, Any] = {}
    reader = csv.reader(_decode_lines(fh, opts.encoding, state), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        yield InputError(origin, "empty file")
        return
    except csv.Error as exc:
        yield InputError(f"{origin}:1", f"not valid CSV: {exc}")
        return
    header = [h.strip() for h in header]
    fields = opts.fields
    text_col = next((c for c in fields.text if c in header), None)
    if text_col is None:
        wanted = f"{fields.text[0]!r}" if fields.explicit_text else f"(looked for {', '.join(fields.text)})"
        yield InputError(f"{origin}:1", f"no text column {wanted}; the columns are {', '.join(header)}")
        return
    if fields.explicit_id and fields.id[0] not in header:
        yield InputError(f"{origin}:1", f"no id column {fields.id[0]!r}; the columns are {', '.join(header)}")
        return
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"{origin}:{start}", f"not valid CSV: {exc}")
            return
        line = reader.line_num
        where = f"{origin}:{start}"
        if "error" in state:
            yield InputError(where, state.pop("error"))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield InputError(where, f"{len(row)} cells where the header has {len(header)}")
            state.pop("fallback", None)
            continue
        record = {h: v for h, v in zip(header, row) if v != "" or h == text_col}
        yield _from_record(record, where, f"{id_base}:{start}", fields, state.pop("fallback", None))


def _read_html(data: bytes, origin: str, id_base: str) -> Union[InputDocument, InputError]:
    try:
        import trafilatura
    except ImportError:
        raise MissingDependencyError(
            f"reading HTML ({origin}) needs trafilatura: pip install 'quotegraph[html]'"
        ) from None
    extracted = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        return InputError(origin, "no article text found in the HTML")
    meta: dict[str, Any] = {"extracted_from": "html"}
    for key, attr in (("title", "title"), ("outlet", "sitename"), ("date", "date"), ("author", "author"), ("url", "url")):
        value = getattr(extracted, attr, None)
        if value:
            meta[key] = value
    if "outlet" not in meta and getattr(extracted, "hostname", None):
        meta["outlet"] = extracted.hostname
    return InputDocument(id_base, text, meta, origin)


# ---------------------------------------------------------------------------
# Records


def _lookup(record: Mapping[str, Any], name: str) -> tuple[bool, Any]:
    if name in record:
        return True, record[name]
    node: Any = record
    for part in name.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return False, None
        node = node[part]
    return True, node


def _first(record: Mapping[str, Any], names: tuple[str, ...]) -> tuple[Optional[str], Any]:
    for name in names:
        found, value = _lookup(record, name)
        if found and value not in (None, "", []):
            return name, value
    return None, None


def _no_surrogates(value: Any) -> Any:
    """*value* with lone surrogates (JSON ``"\\ud800"`` escapes) replaced by
    U+FFFD, one character for one, in every string: they cannot be written
    as UTF-8, so one such record would stop every output and the store.

    >>> _no_surrogates({"text": "a\\ud800b", "n": [1, "\\udfff"]}) == {"text": "a\\ufffdb", "n": [1, "\\ufffd"]}
    True
    """
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_no_surrogates(k): _no_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_no_surrogates(v) for v in value]
    return value


def _from_record(
    record: Any, where: str, default_id: str, fields: _Fields, fallback: Optional[str]
) -> Union[InputDocument, InputError]:
    """Normalise one JSON/CSV record into an :class:`InputDocument`."""
    if not isinstance(record, dict):
        return InputError(where, f"expected a JSON object, found {type(record).__name__}")
    record = _no_surrogates(record)
    text_key, text = _first(record, fields.text)
    if text_key is None:
        present = next((name for name in fields.text if _lookup(record, name)[0]), None)
        if present is not None:
            return InputError(where, f"empty text in field {present!r}")
        if fields.explicit_text:
            return InputError(where, f"no text field {fields.text[0]!r}")
        return InputError(where, f"no text field (looked for {', '.join(fields.text)})")
    if not isinstance(text, str):
        return InputError(where, f"field {text_key!r} is a {type(text).__name__}, not text")
    if not text.strip():
        return InputError(where, f"empty text in field {text_key!r}")
    id_key, doc_id = _first(record, fields.id)
    used = {text_key, id_key}
    meta: dict[str, Any] = {}
    for key, names in fields.meta.items():
        name, value = _first(record, names)
        if name is not None:
            used.add(name)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value)
            meta[key] = value
    for key, value in record.items():
        if key in used or key in meta or key in ANNOTATION_FIELDS:
            continue
        if key == "meta" and isinstance(value, Mapping):
            # a nested metadata object (the evaluation format): its other keys
            for k, v in value.items():
                if f"meta.{k}" not in used and k not in meta:
                    meta[k] = v
            continue
        meta[key] = value
    if fallback:
        meta["encoding"] = fallback
    return InputDocument(str(doc_id) if id_key is not None else default_id, text, meta, where)
