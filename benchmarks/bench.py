"""Throughput of claimx against the floor it stands on: a bare ``nlp.pipe`` of the same model.

Usage: ``python benchmarks/bench.py [FOLDER] [--min-docs 200] [--json OUT]``
(``make bench``). Without FOLDER the repository's samples are replicated to
``--min-docs`` documents. One run measures, side by side: raw spaCy, claimx
through the Python API, ``claimx extract`` through the CLI with 1 and 2
processes (wall clock, model loading included), peak RSS, and the start-up
time of ``claimx --help``. No timed assertions live in the test suite; the
figures go to the README.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def corpus(folder: Path | None, min_docs: int, workdir: Path) -> Path:
    """The folder to measure: the given one, or the samples replicated."""
    if folder is not None:
        return folder
    samples = sorted((REPO / "data" / "samples").glob("*.txt"))
    out = workdir / "docs"
    out.mkdir()
    for i in range(min_docs):
        src = samples[i % len(samples)]
        (out / f"{i:05d}-{src.name}").write_text(src.read_text(encoding="utf-8"), "utf-8")
    return out


def run_child(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one child process and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed")
    return elapsed, usage.ru_maxrss // 1024


def measure(folder: Path) -> dict:
    import spacy

    from claimx.io import iter_inputs
    from claimx.pipeline import DEFAULT_MODEL, load_nlp, process_batch

    items = list(iter_inputs([str(folder)]))
    texts = [i.text for i in items]
    n, chars = len(texts), sum(len(t) for t in texts)
    rows = {}

    nlp = spacy.load(DEFAULT_MODEL)
    list(nlp.pipe(texts[:4]))  # warm up
    t = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    rows["raw spaCy nlp.pipe"] = time.perf_counter() - t

    cx = load_nlp()
    process_batch(items[:4], cx)
    t = time.perf_counter()
    for start in range(0, n, 16):
        process_batch(items[start : start + 16], cx)
    rows["claimx Python API"] = time.perf_counter() - t

    rss = {}
    with tempfile.TemporaryDirectory() as tmp:
        for procs in (1, 2):
            out = Path(tmp) / f"out{procs}.jsonl"
            cmd = [sys.executable, "-m", "claimx.cli", "extract", str(folder), "-o", str(out)]
            secs, peak = run_child(cmd + ["-q", "--n-process", str(procs)])
            rows[f"claimx CLI, {procs} process{'es' if procs > 1 else ''}"] = secs
            rss[f"claimx CLI, {procs} process{'es' if procs > 1 else ''}"] = peak

    helps = [run_child([sys.executable, "-m", "claimx.cli", "--help"])[0] for _ in range(3)]
    raw = rows["raw spaCy nlp.pipe"]
    return {
        "documents": n,
        "characters": chars,
        "cores": os.cpu_count(),
        "runs": {
            name: {
                "seconds": round(secs, 2),
                "docs_per_s": round(n / secs, 2),
                "chars_per_s": round(chars / secs),
                "ratio_to_raw_spacy": round(raw / secs, 2),
                "peak_rss_mb": rss.get(name),
            }
            for name, secs in rows.items()
        },
        "help_startup_s": round(statistics.median(helps), 3),
    }


def show(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"{result['documents']} documents, {result['characters']:,} characters, "
        f"{result['cores']} cores"
    )
    for col in ("run", "seconds", "docs/s", "chars/s", "x raw spaCy", "peak RSS MB"):
        table.add_column(col, justify="right" if col != "run" else "left")
    for name, r in result["runs"].items():
        table.add_row(
            name,
            f"{r['seconds']:.2f}",
            f"{r['docs_per_s']:.1f}",
            f"{r['chars_per_s']:,}",
            f"{r['ratio_to_raw_spacy']:.2f}",
            str(r["peak_rss_mb"] or ""),
        )
    console = Console()
    console.print(table)
    console.print(f"claimx --help starts in {result['help_startup_s']:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--min-docs", type=int, default=200)
    parser.add_argument("--json", type=Path, default=REPO / "out" / "bench.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        result = measure(corpus(args.folder, args.min_docs, Path(tmp)))
    show(result)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
