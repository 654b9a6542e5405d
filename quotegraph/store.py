"""A resumable SQLite store of documents, attributions and sources.

One file (``quotegraph.db`` by default) holds every document processed, with a
hash of its text, its metadata, its status (``ok`` or ``failed`` with the
error), the attributions and sources found in it, the inputs that could not be
read, and a ``runs`` table saying which quotegraph version and model produced
each row. Each :meth:`Store.write_batch` is one transaction and the database is
in WAL mode, so a run killed at any moment leaves only whole batches behind;
concurrent writers wait on SQLite's lock (with a busy timeout) instead of
corrupting the file.

Tables, for querying with ``sqlite3`` or Datasette:

- ``documents(id, text_hash, text, meta, title, outlet, date, author, url,
  origin, status, error, detail, run_id)``
- ``attributions(doc_id, seq, id, content_start, content_end, source_start,
  source_end, cue_start, cue_end, type, source_entity, source_kind, parent,
  channel, cue_lemma, cue_category, rule, confidence)``; offsets are integers
  into ``documents.text``, end-exclusive.
- ``sources(doc_id, seq, id, name, kind, aliases, roles, mentions)`` (lists as JSON)
- ``input_errors(origin, message, run_id)``: inputs that were not documents.
- ``runs(id, started_at, finished_at, status, quotegraph_version,
  schema_version, model, options, succeeded, skipped, failed)``
- view ``attributions_meta``: attributions with their document's metadata.

A database written with another schema version is refused, never altered.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Optional, Union

from . import __version__
from .inputs import InputDocument, InputError
from .model import Attribution, DocumentResult, Source

#: Version of the table layout; a database with another one is refused.
SCHEMA_VERSION = 1

#: Default database file name.
DEFAULT_PATH = "quotegraph.db"

#: Seconds a writer waits for another one to release the database.
BUSY_TIMEOUT = 60.0

_META_COLUMNS = ("title", "outlet", "date", "author", "url")

_ATTR_COLUMNS = (
    "doc_id", "seq", "id", "content_start", "content_end", "source_start", "source_end",
    "cue_start", "cue_end", "type", "source_entity", "source_kind", "parent", "channel",
    "cue_lemma", "cue_category", "rule", "confidence",
)  # fmt: skip

_SCHEMA = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    quotegraph_version TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    model TEXT,
    options TEXT,
    succeeded INTEGER,
    skipped INTEGER,
    failed INTEGER
);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    text_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    meta TEXT NOT NULL DEFAULT '{{}}',
    {", ".join(f"{c} TEXT" for c in _META_COLUMNS)},
    origin TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error TEXT,
    detail TEXT,
    run_id INTEGER REFERENCES runs(id)
);
CREATE INDEX documents_status ON documents(status);
CREATE TABLE attributions (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    source_start INTEGER,
    source_end INTEGER,
    cue_start INTEGER,
    cue_end INTEGER,
    type TEXT NOT NULL,
    source_entity TEXT,
    source_kind TEXT NOT NULL,
    parent TEXT,
    channel TEXT,
    cue_lemma TEXT,
    cue_category TEXT,
    rule TEXT NOT NULL,
    confidence REAL NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE INDEX attributions_entity ON attributions(source_entity);
CREATE TABLE sources (
    doc_id TEXT NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    aliases TEXT NOT NULL,
    roles TEXT NOT NULL,
    mentions TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
);
CREATE TABLE input_errors (
    origin TEXT PRIMARY KEY,
    message TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id)
);
CREATE VIEW attributions_meta AS
    SELECT a.*, {", ".join(f"d.{c}" for c in _META_COLUMNS)}, d.origin
    FROM attributions a JOIN documents d ON d.id = a.doc_id;
"""


class StoreError(Exception):
    """The database cannot be used: wrong schema version, not a quotegraph file."""


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """A document the extractor failed on, with the error message."""

    doc: InputDocument
    message: str
    detail: str = ""

    @classmethod
    def from_exception(cls, doc: InputDocument, exc: BaseException) -> "DocumentFailure":
        """Record *exc* (the last traceback lines go into ``detail``)."""
        detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)[-3:])
        return cls(doc, f"{type(exc).__name__}: {exc}", detail)


@dataclass(frozen=True, slots=True)
class Failure:
    """A stored failure: an unreadable input or a document that failed."""

    origin: str
    message: str
    doc_id: Optional[str] = None
    run_id: Optional[int] = None

    def __str__(self) -> str:
        who = f" (document {self.doc_id})" if self.doc_id is not None else ""
        return f"{self.origin}{who}: {self.message}"


def text_hash(text: str) -> str:
    """The hash documents are recognised by: SHA-256 of the UTF-8 text.

    Examples
    --------
    >>> text_hash("The mayor said no.")[:16]
    '9a4e33784e245dc4'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """The SQLite database of a corpus's results.

    Parameters
    ----------
    path : str or path-like
        Database file; created (with its folder's permission) if missing.
    create : bool
        If false, a missing file is an error instead of being created.
    timeout : float
        Seconds to wait for another process's write lock.

    Raises
    ------
    StoreError
        If the file is not a quotegraph database or has another schema version.

    Examples
    --------
    >>> import tempfile, os
    >>> from quotegraph.model import Attribution, DocumentResult
    >>> path = os.path.join(tempfile.mkdtemp(), "q.db")
    >>> with Store(path) as store:
    ...     text = "The mayor said no."
    ...     store.write_batch([DocumentResult("d1", text, [Attribution("a1", (0, 9))])])
    ...     store.is_done("d1", text_hash(text)), store.summary()["attributions"]
    (True, 1)
    """

    def __init__(self, path: Union[str, os.PathLike] = DEFAULT_PATH, *, create: bool = True,
                 timeout: float = BUSY_TIMEOUT) -> None:  # fmt: skip
        self.path = Path(path)
        self.timeout = timeout
        if not create and not self.path.exists():
            raise StoreError(f"{self.path}: no such database")
        self._conn = self._connect()
        try:
            self._open()
        except BaseException:
            self._conn.close()
            raise

    # -- connection -----------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot open database ({exc})") from None
        conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
        return conn

    def _open(self) -> None:
        """Check the file is ours and of this schema version; create it if empty."""
        try:
            tables = self._tables()
            if not tables:
                self._wal()
                with self._transaction():
                    if not self._tables():  # another process may have just created it
                        for statement in _SCHEMA.split(";"):
                            if statement.strip():
                                self._conn.execute(statement)
                        self._conn.execute(
                            "INSERT INTO meta VALUES ('schema_version', ?), ('created_by', ?)",
                            (str(SCHEMA_VERSION), f"quotegraph {__version__}"),
                        )
                tables = self._tables()
            if "meta" not in tables or "documents" not in tables:
                raise StoreError(
                    f"{self.path} is an SQLite database but not a quotegraph one "
                    f"(tables: {', '.join(sorted(tables))}); choose another file"
                )
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            found = row[0] if row else "unknown"
            if found != str(SCHEMA_VERSION):
                raise StoreError(
                    f"{self.path} was written by a quotegraph with schema version {found}; this "
                    f"quotegraph ({__version__}) uses version {SCHEMA_VERSION}. The file was not "
                    "changed: write to a new database, or use the quotegraph version that made it."
                )
            self._wal()
            self._conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable SQLite database ({exc})") from None

    def _wal(self) -> None:
        """Switch to write-ahead logging. Changing the journal mode does not
        wait on SQLite's busy handler: when two processes open a new file at
        once, one of them is told "database is locked" at once, so this
        retries until the busy timeout."""
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _tables(self) -> set[str]:
        rows = self._conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows if not name.startswith("sqlite_")}

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: ``BEGIN IMMEDIATE`` takes the lock up front."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException:
            # SQLite may have rolled back already (a full disk does): a second
            # ROLLBACK would raise and hide the real error
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the connection (also done on leaving a ``with`` block)."""
        self._conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- runs -----------------------------------------------------------------

    def start_run(self, *, model: Optional[str] = None, options: Optional[Mapping[str, Any]] = None) -> int:
        """Record the start of a run and return its id."""
        with self._transaction() as conn:
            cur = conn.execute(
                "INSERT INTO runs (started_at, quotegraph_version, schema_version, model, options) "
                "VALUES (?, ?, ?, ?, ?)",
                (_now(), __version__, SCHEMA_VERSION, model,
                 json.dumps(dict(options or {}), default=str)),
            )  # fmt: skip
            return int(cur.lastrowid)

    def finish_run(self, run_id: int, *, succeeded: int, skipped: int, failed: int,
                   status: str = "finished") -> None:  # fmt: skip
        """Record the end of run *run_id* and its counts."""
        with self._transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, succeeded = ?, skipped = ?, failed = ? "
                "WHERE id = ?",
                (_now(), status, succeeded, skipped, failed, run_id),
            )

    def runs(self) -> list[dict[str, Any]]:
        """Every run, oldest first, as dicts of the ``runs`` columns."""
        cur = self._conn.execute("SELECT * FROM runs ORDER BY id")
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur]

    # -- writing --------------------------------------------------------------

    def is_done(self, doc_id: str, hash_: str) -> bool:
        """Whether *doc_id* was processed successfully with text of hash *hash_*.

        Failed documents are not done: the next run tries them again.
        """
        row = self._conn.execute(
            "SELECT 1 FROM documents WHERE id = ? AND text_hash = ? AND status = 'ok'", (doc_id, hash_)
        ).fetchone()
        return row is not None

    def write_batch(
        self,
        results: Iterable[DocumentResult],
        failures: Iterable[Union[DocumentFailure, InputError]] = (),
        *,
        run_id: Optional[int] = None,
        origins: Optional[Mapping[str, str]] = None,
    ) -> None:
        """Write results and failures in one transaction.

        Each document replaces every earlier row of the same id (its
        attributions and sources too); a document read successfully clears an
        input error recorded earlier for its origin. Either the whole batch is
        written or, on any error, nothing is.

        Parameters
        ----------
        results : iterable of DocumentResult
        failures : iterable of DocumentFailure or InputError
        run_id : int, optional
            The run that produced the rows (:meth:`start_run`).
        origins : mapping, optional
            Document id -> where it was read from (``"path:line"``).
        """
        origins = origins or {}
        with self._transaction() as conn:
            for result in results:
                origin = origins.get(result.id)
                self._write_document(conn, result.id, result.text, result.meta, origin, "ok", None, None, run_id)
                conn.executemany(
                    f"INSERT INTO attributions VALUES ({', '.join('?' * len(_ATTR_COLUMNS))})",
                    (_attribution_row(result.id, i, a) for i, a in enumerate(result.attributions)),
                )
                conn.executemany(
                    "INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (_source_row(result.id, i, s) for i, s in enumerate(result.sources)),
                )
                if origin is not None:
                    conn.execute("DELETE FROM input_errors WHERE origin = ?", (origin,))
            for failure in failures:
                if isinstance(failure, InputError):
                    conn.execute(
                        "INSERT OR REPLACE INTO input_errors VALUES (?, ?, ?)",
                        (failure.origin, failure.message, run_id),
                    )
                else:
                    doc = failure.doc
                    self._write_document(
                        conn, doc.id, doc.text, doc.meta, doc.origin, "failed", failure.message, failure.detail, run_id
                    )

    @staticmethod
    def _write_document(conn, doc_id, text, meta, origin, status, error, detail, run_id) -> None:  # noqa: ANN001
        conn.execute("DELETE FROM attributions WHERE doc_id = ?", (doc_id,))
        conn.execute("DELETE FROM sources WHERE doc_id = ?", (doc_id,))
        conn.execute(
            "INSERT OR REPLACE INTO documents (id, text_hash, text, meta, title, outlet, date, author, url, "
            "origin, status, error, detail, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id, text_hash(text), text, json.dumps(meta, ensure_ascii=False, default=str),
                *(_scalar(meta.get(key)) for key in _META_COLUMNS),
                origin, status, error, detail, run_id,
            ),
        )  # fmt: skip

    # -- reading --------------------------------------------------------------

    def get(self, doc_id: str) -> Optional[DocumentResult]:
        """The stored result of document *doc_id*, or None if it is not stored as ``ok``."""
        return next(self.iter_results(doc_ids=[doc_id]), None)

    def iter_results(self, *, doc_ids: Optional[Iterable[str]] = None) -> Iterator[DocumentResult]:
        """Every successfully processed document, ordered by id, streamed.

        Reads one consistent snapshot (on a connection of its own), so
        concurrent writers neither block it nor show through half-way.
        """
        conn = self._connect()
        try:
            conn.execute("BEGIN")
            where, params = "d.status = 'ok'", []
            if doc_ids is not None:
                ids = list(doc_ids)
                where += f" AND d.id IN ({', '.join('?' * len(ids))})"
                params = ids
            docs = conn.execute(f"SELECT id, text, meta FROM documents d WHERE {where} ORDER BY id", params)
            attrs = _grouped(conn.execute(
                f"SELECT a.* FROM attributions a JOIN documents d ON d.id = a.doc_id WHERE {where} "
                "ORDER BY a.doc_id, a.seq", params))  # fmt: skip
            srcs = _grouped(conn.execute(
                f"SELECT s.* FROM sources s JOIN documents d ON d.id = s.doc_id WHERE {where} "
                "ORDER BY s.doc_id, s.seq", params))  # fmt: skip
            for doc_id, text, meta in docs:
                yield DocumentResult(
                    id=doc_id,
                    text=text,
                    attributions=[_attribution(row) for row in attrs.take(doc_id)],
                    sources=[_source(row) for row in srcs.take(doc_id)],
                    meta=json.loads(meta),
                )
        finally:
            conn.close()

    def failures(self) -> Iterator[Failure]:
        """Failed documents (by id) then unreadable inputs (by origin)."""
        for doc_id, origin, error, run_id in self._conn.execute(
            "SELECT id, origin, error, run_id FROM documents WHERE status = 'failed' ORDER BY id"
        ).fetchall():
            yield Failure(origin or doc_id, error, doc_id, run_id)
        for origin, message, run_id in self._conn.execute(
            "SELECT origin, message, run_id FROM input_errors ORDER BY origin"
        ).fetchall():
            yield Failure(origin, message, None, run_id)

    def summary(self) -> dict[str, Any]:
        """Counts of what the database holds, and its last run."""

        def count(sql: str) -> int:
            return int(self._conn.execute(sql).fetchone()[0])

        runs = self.runs()
        return {
            "path": str(self.path),
            "schema_version": SCHEMA_VERSION,
            "documents": count("SELECT count(*) FROM documents WHERE status = 'ok'"),
            "failed": count("SELECT count(*) FROM documents WHERE status = 'failed'"),
            "input_errors": count("SELECT count(*) FROM input_errors"),
            "attributions": count("SELECT count(*) FROM attributions"),
            "sources": count("SELECT count(*) FROM sources"),
            "runs": len(runs),
            "last_run": runs[-1] if runs else None,
        }


# ---------------------------------------------------------------------------
# Rows


def _scalar(value: Any) -> Optional[str]:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def _span(span: Optional[tuple[int, int]]) -> tuple[Optional[int], Optional[int]]:
    return (None, None) if span is None else (int(span[0]), int(span[1]))


def _attribution_row(doc_id: str, seq: int, a: Attribution) -> tuple:
    if a.content is None:
        raise ValueError(f"document {doc_id!r}: attribution {a.id!r} has no content span")
    return (
        doc_id, seq, a.id, *_span(a.content), *_span(a.source), *_span(a.cue), a.type, a.source_entity,
        a.source_kind, a.parent, a.channel, a.cue_lemma, a.cue_category, a.rule, float(a.confidence),
    )  # fmt: skip


def _attribution(row: tuple) -> Attribution:
    (_, _, id_, cs, ce, ss, se, qs, qe, type_, entity, kind, parent, channel, lemma, category, rule, conf) = row
    return Attribution(
        id=id_, content=(cs, ce), source=None if ss is None else (ss, se), cue=None if qs is None else (qs, qe),
        type=type_, source_entity=entity, source_kind=kind, parent=parent, channel=channel, cue_lemma=lemma,
        cue_category=category, rule=rule, confidence=conf,
    )  # fmt: skip


def _source_row(doc_id: str, seq: int, s: Source) -> tuple:
    return (
        doc_id, seq, s.id, s.name, s.kind, json.dumps(s.aliases, ensure_ascii=False),
        json.dumps(s.roles, ensure_ascii=False), json.dumps([list(m) for m in s.mentions]),
    )  # fmt: skip


def _source(row: tuple) -> Source:
    _, _, id_, name, kind, aliases, roles, mentions = row
    return Source(id=id_, name=name, kind=kind, aliases=json.loads(aliases), roles=json.loads(roles),
                  mentions=[tuple(m) for m in json.loads(mentions)])  # fmt: skip


class _grouped:
    """Rows of a cursor ordered by document id, taken one document at a time."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._rows = iter(cursor)
        self._next = next(self._rows, None)

    def take(self, doc_id: str) -> list[tuple]:
        out = []
        while self._next is not None and self._next[0] <= doc_id:
            if self._next[0] == doc_id:
                out.append(self._next)
            self._next = next(self._rows, None)
        return out
