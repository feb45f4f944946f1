"""Scale-out: parse batches of documents as a Dask bag, on this machine or a cluster.

``run_documents_dask`` has the contract of :func:`claimx.run.batch.run_documents`:
it takes documents lazily and yields ``(document, record)`` pairs in input
order, so :func:`claimx.run.batch.run_extract` keeps its writer, resume and
progress whichever engine parses. Documents travel in windows of a few
batches per worker (a bag per window, two windows in flight), so memory stays
flat however large the input, and the workers never wait for the writer.

Each worker process loads the model once: the task calls the cached
:func:`claimx.run.documents.load_nlp`, and a worker's cache lives as long as the
worker. Without a scheduler address a ``LocalCluster`` of ``n_workers``
single-threaded processes is started and stopped here, its scratch space in
a temporary folder of its own that is removed with it; with one (``tcp://
host:8786``) the run uses that cluster's workers, which need claimx and its
model package installed.
"""

from __future__ import annotations

import logging
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack

from claimx.io.inputs import TextDoc
from claimx.lexicon import DEFAULT_SCOPE
from claimx.records import DocumentResult, ErrorRecord

#: Batches handed to each worker per window; two windows are in flight.
BATCHES_PER_WORKER = 2


class DaskMissing(RuntimeError):
    """The dask engine was asked for but dask or distributed is not installed."""


def process_batch_on_worker(
    batch: list[TextDoc], model: str, scope: str = DEFAULT_SCOPE, prefilter: bool = True
) -> list[DocumentResult]:
    """Parse one batch on a Dask worker (model loaded once per worker process)."""
    from claimx.nlp.load import load_nlp
    from claimx.run.documents import process_batch

    return process_batch(batch, load_nlp(model, scope=scope), prefilter)


def run_documents_dask(
    items: Iterable[TextDoc],
    model: str | None,
    batch_size: int,
    scheduler: str | None = None,
    n_workers: int = 1,
    scope: str = DEFAULT_SCOPE,
    prefilter: bool = True,
) -> Iterator[tuple[TextDoc, DocumentResult]]:
    """(document, record) pairs in input order, parsed by the workers of a Dask cluster."""
    try:
        import dask
        import dask.bag as db
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise DaskMissing("the dask engine needs: pip install 'claimx[dask]'") from exc
    from claimx.nlp.load import DEFAULT_MODEL
    from claimx.run.documents import batches

    model = model or DEFAULT_MODEL
    with ExitStack() as stack:  # closed in reverse: client, cluster, scratch folder
        cluster = None
        if scheduler is None:
            # the scratch space of the scheduler and the workers (dask-scratch-space and
            # its lock files) goes in a folder of this run's own, removed at the end:
            # nothing is left behind in the system's temporary folder
            scratch = stack.enter_context(
                tempfile.TemporaryDirectory(prefix="claimx-dask-", ignore_cleanup_errors=True)
            )
            with dask.config.set({"temporary-directory": scratch}):
                cluster = stack.enter_context(
                    LocalCluster(
                        n_workers=max(1, n_workers),
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        silence_logs=logging.ERROR,
                        local_directory=scratch,
                    )
                )
        client = stack.enter_context(Client(cluster if cluster is not None else scheduler))
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window_size = BATCHES_PER_WORKER * workers
        in_flight: deque = deque()

        def submit(window: list[list[TextDoc]]) -> None:
            bag = db.from_sequence(window, npartitions=len(window))
            in_flight.append(
                (window, client.compute(bag.map(process_batch_on_worker, model, scope, prefilter)))
            )

        window: list[list[TextDoc]] = []
        for batch in batches(items, batch_size):
            window.append(batch)
            if len(window) >= window_size:
                submit(window)
                window = []
                if len(in_flight) >= 2:
                    yield from _collect(*in_flight.popleft(), client, model, scope, prefilter)
        if window:
            submit(window)
        while in_flight:
            yield from _collect(*in_flight.popleft(), client, model, scope, prefilter)


def _collect(
    window, future, client, model: str, scope: str, prefilter: bool
) -> Iterator[tuple[TextDoc, DocumentResult]]:
    """The records of one window; a batch lost with its worker is retried alone,
    then its documents get ``extract_failed`` records: the run goes on."""
    try:
        results = future.result()
    except Exception:  # a worker died or the task could not run: retry batch by batch
        results = []
        for batch in window:
            try:
                results.append(
                    client.submit(process_batch_on_worker, batch, model, scope, prefilter).result()
                )
            except Exception as exc:
                results.append([_failed(item, exc) for item in batch])
    for batch, batch_results in zip(window, results, strict=True):
        yield from zip(batch, batch_results, strict=True)


def _failed(item: TextDoc, exc: Exception) -> DocumentResult:
    from claimx.run.documents import empty_result

    result = empty_result(item)
    result.errors.append(
        ErrorRecord(code="extract_failed", message=f"dask worker: {type(exc).__name__}: {exc}")
    )
    return result
