"""Run extraction over many documents: output routing, resume and progress.

The command line is a thin layer over :func:`run_extract`; everything here is
usable from Python too.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from claimx.io.inputs import TextDoc, iter_inputs, walk
from claimx.io.outputs import atomic_write, csv_rows, csv_text, record_json, temp_beside
from claimx.lexicon import DEFAULT_SCOPE
from claimx.records import DocumentResult, ErrorRecord

FORMATS = ("json", "jsonl", "csv", "sqlite")
#: Output suffixes that select SQLite (``claims.db``) when ``--format`` is not given.
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
ENGINES = ("local", "dask")


@dataclass
class RunStats:
    """Counts of one run, for the summary line and the exit code."""

    documents: int = 0
    failed: int = 0
    skipped: int = 0
    claims: int = 0
    failures: list[str] = field(default_factory=list)


def _names_a_directory(out: str) -> bool:
    """'-o out/': a trailing separator asks for a directory, existing or not."""
    return out.endswith(("/", os.sep))


def infer_format(out: str | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    if out and _names_a_directory(out):
        return "json"
    if out:
        suffix = Path(out).suffix.lower()
        if suffix in SQLITE_SUFFIXES:
            return "sqlite"
        if suffix.lstrip(".") in FORMATS:
            return suffix.lstrip(".")
    return "jsonl"


def output_problem(out: str | None, fmt: str | None) -> str | None:
    """Why ``-o``/``--format`` cannot work together, or None.

    A file suffix that no format has (``-o x.xml``), or that another format has
    than ``--format`` (``-o x.jsonl --format csv``), is refused rather than
    written in a format its name belies; SQLite needs one file.
    """
    directory = out is not None and (Path(out).is_dir() or _names_a_directory(out))
    if directory and fmt in {"jsonl", "csv"}:
        return (
            f"{out} is a directory: -o DIR writes one .json per document; "
            f"--format {fmt} needs -o FILE"
        )
    if out is not None and not directory:
        suffix = Path(out).suffix.lower()
        named = "sqlite" if suffix in SQLITE_SUFFIXES else suffix.lstrip(".")
        if suffix and named not in FORMATS:
            return (
                f"{out}: no output format has the suffix {suffix}; use .jsonl, .json, .csv "
                "or .db, or --format"
            )
        if suffix and fmt is not None and named != fmt:
            return f"{out} has the suffix of {named}, not of --format {fmt}"
    if infer_format(out, fmt) != "sqlite":
        return None
    if out is None:
        return "sqlite output needs -o FILE (it cannot go to standard output)"
    if Path(out).is_dir() or _names_a_directory(out):
        return f"sqlite output needs -o FILE, and {out} is a directory"
    return None


def is_dir_output(out: str | None, fmt: str) -> bool:
    """``-o DIR``: an existing directory, or a path with no file suffix, for JSON output."""
    if out is None or fmt == "sqlite":
        return False
    path = Path(out)
    return path.is_dir() or _names_a_directory(out) or (path.suffix == "" and fmt == "json")


def doc_output_path(out_dir: Path, item: TextDoc) -> Path:
    """Where ``-o DIR`` puts one document: the input tree mirrored, ``.json`` at the end."""
    rel = item.rel_path or item.doc_id
    if rel.lower().endswith(".jsonl"):
        safe = re.sub(r"[^\w.\-]+", "_", item.doc_id).strip("._") or "record"
        return out_dir / rel[: -len(".jsonl")] / f"{safe}.json"
    return out_dir / f"{rel}.json"


def completed_ids(path: Path) -> set[str]:
    """doc_ids of complete lines in a JSONL output (a torn last line is ignored)."""
    done: set[str] = set()
    if not path.exists():
        return done
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break
            try:
                done.add(json.loads(line)["doc_id"])
            except (json.JSONDecodeError, KeyError, TypeError):
                continue
    return done


def _truncate_torn_line(path: Path) -> None:
    """Cut a partly written last line so that appended lines start clean."""
    if not path.exists():
        return
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        path.write_bytes(data[: data.rfind(b"\n") + 1])


def check_duplicates(items: Iterable[TextDoc]) -> Iterator[TextDoc]:
    """A repeated doc_id becomes an error record instead of overwriting the first."""
    seen: set[str] = set()
    for item in items:
        if item.doc_id in seen:
            item.errors.append(
                ErrorRecord(code="duplicate_id", message=f"doc_id {item.doc_id!r} seen before")
            )
            item.text = ""
        seen.add(item.doc_id)
        yield item


def count_inputs(paths: list[str]) -> int:
    """How many documents ``paths`` hold, for the progress bar (cheap: no decoding)."""
    total = 0
    for raw in paths:
        if raw == "-":
            total += 1
            continue
        path = Path(raw)
        files = walk(path) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() == ".jsonl":
                try:
                    with file.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


def cap_length(items: Iterable[TextDoc], max_chars: int | None) -> Iterator[TextDoc]:
    """Documents over ``max_chars`` become error records instead of being parsed."""
    for item in items:
        if max_chars is not None and len(item.text) > max_chars:
            item.errors.append(
                ErrorRecord(
                    code="too_long",
                    message=f"{len(item.text)} characters, over --max-chars {max_chars}",
                )
            )
            item.text = ""
        yield item


def run_extract(
    paths: list[str],
    out: str | None = None,
    fmt: str | None = None,
    resume: bool = False,
    model: str | None = None,
    progress: bool = True,
    stdout: TextIO | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    max_chars: int | None = None,
    scope: str = DEFAULT_SCOPE,
    engine: str = "local",
    scheduler: str | None = None,
    prefilter: bool = True,
    min_confidence: float = 0.0,
) -> RunStats:
    """Extract claims from every document under ``paths`` and write them out.

    Documents stream through: memory does not grow with the number of inputs,
    and the output order is the input order whatever ``n_process`` is.
    ``engine="dask"`` parses on a Dask cluster (``scheduler`` address, or a
    local one of ``n_process`` workers); reading, resume and writing stay here.
    ``prefilter=False`` parses every paragraph (:mod:`claimx.extraction.prefilter`);
    ``min_confidence`` keeps the claims whose calibrated probability reaches it.
    """
    problem = output_problem(out, fmt)
    if problem:
        raise ValueError(problem)
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
    fmt = infer_format(out, fmt)
    stdout = stdout or sys.stdout
    stats = RunStats()
    to_dir = is_dir_output(out, fmt)
    skip: set[str] = set()
    if resume and out and not to_dir and fmt == "jsonl":
        skip = completed_ids(Path(out))
        _truncate_torn_line(Path(out))
    if resume and out and fmt == "sqlite":
        from claimx.io.sqlite import completed_ids as sqlite_completed_ids

        skip = sqlite_completed_ids(out)
    total = count_inputs(paths)
    # Worker start-up (one model load each) only pays off with a batch per worker.
    n_process = max(1, min(n_process, total // batch_size))

    def todo() -> Iterator[TextDoc]:
        for item in cap_length(check_duplicates(iter_inputs(paths)), max_chars):
            done = item.doc_id in skip or (
                to_dir and resume and doc_output_path(Path(out), item).exists()
            )
            if done:
                stats.skipped += 1
                advance(0, 0)
                continue
            yield item

    sink = _Sink(out, fmt, to_dir, resume, stdout)
    with _progress(progress and total > 0, total) as advance:  # nothing to show for no input

        def on_part(part) -> None:  # a long document's part is done
            advance(0, 0, (part.index + 1) / part.count)

        if engine == "dask":
            from claimx.run.dask_engine import run_documents_dask
            from claimx.run.documents import Parts

            parts = Parts()
            pairs = parts.join(
                run_documents_dask(
                    parts.split(todo()), model, batch_size, scheduler, n_process, scope, prefilter
                ),
                on_part,
            )
        else:
            pairs = run_documents(
                todo(), model, n_process, batch_size, scope, prefilter, on_part=on_part
            )
        for item, result in pairs:
            if min_confidence > 0:
                result.claims = [c for c in result.claims if c.confidence >= min_confidence]
            sink.write(item, result)
            stats.documents += 1
            stats.claims += len(result.claims)
            if result.errors:
                stats.failed += 1
                stats.failures.append(f"{result.doc_id}: {result.errors[0].message}")
            advance(len(result.claims), 1 if result.errors else 0)
    sink.close()
    return stats


def run_documents(
    items: Iterable[TextDoc],
    model: str | None,
    n_process: int,
    batch_size: int,
    scope: str = DEFAULT_SCOPE,
    prefilter: bool = True,
    on_part=None,
) -> Iterator[tuple[TextDoc, DocumentResult]]:
    """(document, record) pairs in input order, over ``n_process`` processes.

    Batches go to workers that load the model once (or, where processes fork,
    inherit it from this one); at most four batches a worker are in flight (a
    slow batch does not leave the others idle), so memory stays flat however
    many documents come. A long document goes in parts
    (:class:`claimx.run.documents.Parts`; ``on_part`` hears of each finished part).
    One process multiplies with one BLAS thread: ``n_process`` is the number
    of cores used.
    """
    from claimx.run.documents import Parts

    parts = Parts()
    pairs = _run_parts(parts.split(items), model, n_process, batch_size, scope, prefilter)
    yield from parts.join(pairs, on_part)


def _run_parts(
    items: Iterable[TextDoc],
    model: str | None,
    n_process: int,
    batch_size: int,
    scope: str,
    prefilter: bool,
) -> Iterator[tuple[TextDoc, DocumentResult]]:
    from claimx.nlp.load import DEFAULT_MODEL, load_nlp
    from claimx.run.documents import batches, process_batch

    model = model or DEFAULT_MODEL
    if n_process <= 1:
        from threadpoolctl import threadpool_limits

        nlp = load_nlp(model, scope=scope)
        for batch in batches(items, batch_size):
            with threadpool_limits(limits=1, user_api="blas"):
                results = process_batch(batch, nlp, prefilter)
            yield from zip(batch, results, strict=True)
        return
    import gc
    import multiprocessing as mp
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    if ctx is not None:
        # Forked workers inherit the model loaded here: one load instead of one per
        # worker, and its weights stay on pages the processes share (less memory, and
        # the cores' shared cache holds one copy). Frozen, the objects loaded so far
        # are left alone by the collector, whose passes would copy their pages.
        load_nlp(model, scope=scope)
        gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=n_process,
            mp_context=ctx,
            initializer=_init_worker,
            initargs=(model, scope),
        ) as pool:
            window: deque = deque()
            for batch in batches(items, batch_size, n_process):
                window.append((batch, pool.submit(_work, batch, model, scope, prefilter)))
                if len(window) >= 4 * n_process:
                    done_batch, future = window.popleft()
                    yield from zip(done_batch, future.result(), strict=True)
            while window:
                done_batch, future = window.popleft()
                yield from zip(done_batch, future.result(), strict=True)
    finally:
        if ctx is not None:
            gc.unfreeze()


def extract_many(
    inputs: Iterable[object],
    n_process: int = 1,
    batch_size: int = 16,
    model: str | None = None,
    scope: str = DEFAULT_SCOPE,
    prefilter: bool = True,
) -> Iterator[DocumentResult]:
    """Records of many Python texts, in input order, through the batch machinery.

    ``inputs`` holds strings, ``(id, text)`` pairs or ``{"id", "text", …}``
    dicts (other scalar keys go to ``meta``), in any mix. It is read lazily, so
    a generator over a large corpus never sits in memory. A value that is not
    text, an empty text or a repeated id gives a record with ``errors``; the
    others go on. It is the same path as ``claimx extract`` (``run_documents``),
    so the Python API and the command line cannot drift apart.
    """
    from claimx.io.inputs import python_inputs

    items = check_duplicates(python_inputs(inputs))
    for _, result in run_documents(items, model, n_process, batch_size, scope, prefilter):
        yield result


def _init_worker(model: str, scope: str) -> None:
    """The worker's model (``load_nlp`` caches it, so a forked worker finds the
    parent's) and one BLAS thread."""
    from claimx.nlp.blas import one_thread
    from claimx.nlp.load import load_nlp

    one_thread()
    keep_freed_memory()
    load_nlp(model, scope=scope)


def keep_freed_memory() -> bool:
    """Ask glibc's malloc to keep freed memory for reuse; False where that is not glibc.

    By default each of a parse's larger arrays gets its own fresh pages from the
    kernel and gives them back when freed, and the heap's top is trimmed often:
    about 200k page faults per 200 news articles, three times raw spaCy's. With
    blocks under 32 MB taken from the heap and 128 MB of free heap kept, a worker
    reuses its pages (a third of the faults). That time is system time, which
    two workers of a 2-core machine pay side by side; a single process gains
    less, and is left as it is.
    """
    import ctypes
    import ctypes.util
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3
    return bool(mallopt(m_mmap_threshold, 32 << 20)) and bool(mallopt(m_trim_threshold, 128 << 20))


def _work(
    batch: list[TextDoc], model: str, scope: str, prefilter: bool = True
) -> list[DocumentResult]:
    from claimx.nlp.load import load_nlp
    from claimx.run.documents import process_batch

    return process_batch(batch, load_nlp(model, scope=scope), prefilter)


class _Sink:
    """Writes records where the user asked: stdout, one file, or one file per document.

    Everything streams: nothing is kept in memory. A JSON or CSV file is
    written to a temporary file beside it and renamed into place at the end;
    JSONL lines are written whole and flushed one by one; SQLite commits one
    transaction per document (:mod:`claimx.io.sqlite`).
    """

    def __init__(self, out: str | None, fmt: str, to_dir: bool, resume: bool, stdout: TextIO):
        self.out, self.fmt, self.to_dir = out, fmt, to_dir
        self.count = 0
        self.tmp: str | None = None
        self.stream: TextIO | None = None
        self.db = None
        if to_dir:
            return
        if fmt == "sqlite":
            from claimx.io.sqlite import SqliteSink

            self.db = SqliteSink(out, resume=resume)
            return
        if out is None:
            self.stream = stdout
        elif fmt == "jsonl":
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            self.stream = open(out, "a" if resume else "w", encoding="utf-8")  # noqa: SIM115
        else:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = temp_beside(Path(out), suffix="")
            self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, item: TextDoc, result: DocumentResult) -> None:
        if self.to_dir:
            path = doc_output_path(Path(self.out), item)
            atomic_write(path, record_json(result, indent=2) + "\n")
            return
        if self.db is not None:
            self.db.write(result)
            return
        assert self.stream is not None
        if self.fmt == "jsonl":
            self.stream.write(record_json(result) + "\n")
        elif self.fmt == "csv":
            self.stream.write(csv_text(csv_rows(result), header=self.count == 0))
        else:
            self.stream.write(("[\n" if self.count == 0 else ",\n") + record_json(result, indent=2))
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
        if self.stream is None:
            return
        if self.fmt == "csv" and self.count == 0:
            self.stream.write(csv_text([]))
        if self.fmt == "json":
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()
        if self.stream is not sys.stdout and self.out is not None:
            self.stream.close()
        if self.tmp is not None:
            os.replace(self.tmp, self.out)


class _progress:
    """A rich progress bar on stderr (documents, claims, failures), or nothing.

    The bar moves with each part of a long document (``advance(0, 0, part)``,
    ``part`` the share of the current document done); the rate is documents
    finished over the time since the run started, not rich's short-window
    estimate (which reads thousands a second when a batch lands at once).
    """

    def __init__(self, enabled: bool, total: int):
        self.enabled, self.total = enabled, total
        self.claims = self.failed = self.done = 0

    def __enter__(self):
        if not self.enabled:
            return lambda claims, failed, part=None: None
        import time

        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(
            TextColumn("[bold]extract"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("claims {task.fields[claims]}"),
            TextColumn("failed {task.fields[failed]}"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.bar.start()
        self.task = self.bar.add_task("extract", total=self.total, claims=0, failed=0, rate="")
        started = time.perf_counter()

        def advance(claims: int, failed: int, part: float | None = None) -> None:
            if part is None:
                self.done += 1
            self.claims += claims
            self.failed += failed
            elapsed = time.perf_counter() - started
            rate = _rate(self.done, elapsed)
            self.bar.update(
                self.task,
                completed=self.done + (part or 0.0),
                claims=self.claims,
                failed=self.failed,
                rate=rate,
            )

        return advance

    def __exit__(self, *exc):
        if self.enabled:
            self.bar.stop()
        return False


def _rate(done: int, seconds: float) -> str:
    """'12.5 docs/s' once there is a second of run to measure, else ''."""
    if seconds < 1.0 or done == 0:
        return ""
    per_second = done / seconds
    if per_second >= 1:
        return f"{per_second:.1f} docs/s"
    return f"{seconds / done:.1f} s/doc"
