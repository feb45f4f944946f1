"""Throughput of claimx against the floor it stands on: a bare ``nlp.pipe`` of the same model.

Usage: ``python benchmarks/bench.py [PATH ...] [--min-docs 200] [--rounds 2] [--json OUT]``
(``make bench``). A PATH (folder, ``.txt`` or ``.jsonl``) is measured as it is.
Without PATH two corpora are measured, each replicated to ``--min-docs``
documents: the repository's samples (short, dense with claims) and
``benchmarks/news/`` (twenty news articles written for this benchmark, with
paragraphs that attribute nothing among the others). For each corpus one run
measures, side by side: raw spaCy, claimx through the Python API with and
without the prefilter, ``claimx extract`` through the CLI with 1 and 2
processes (wall clock, model loading included), peak RSS, and the share of the
text that claimx parsed. The in-process runs alternate over ``--rounds`` rounds
and the fastest of each is kept, so that a burst of load from elsewhere on the
machine hits all of them alike. No timed assertions live in the test suite; the
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
CORPORA = {"samples": REPO / "data" / "samples", "news": REPO / "benchmarks" / "news"}
RAW = "raw spaCy nlp.pipe"
BATCH = 16


def replicate(folder: Path, min_docs: int, out: Path) -> Path:
    """``folder``'s texts copied until there are ``min_docs`` of them."""
    texts = sorted(folder.glob("*.txt"))
    out.mkdir(parents=True)
    for i in range(max(min_docs, len(texts))):
        src = texts[i % len(texts)]
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


def measure(path: Path, rounds: int, cli: bool) -> dict:
    import spacy

    from claimx.io import iter_inputs
    from claimx.pipeline import DEFAULT_MODEL, load_nlp, process_batch
    from claimx.prefilter import for_nlp

    items = list(iter_inputs([str(path)]))
    texts = [i.text for i in items]
    n, chars = len(texts), sum(len(t) for t in texts)

    raw = spacy.load(DEFAULT_MODEL)
    cx = load_nlp()
    chooser = for_nlp(cx)
    parsed = sum(len(chooser.select(t).text) for t in texts)

    def raw_run() -> None:
        for _ in raw.pipe(texts, batch_size=BATCH):
            pass

    def api_run(prefilter: bool):
        def run() -> None:
            for start in range(0, n, BATCH):
                process_batch(items[start : start + BATCH], cx, prefilter=prefilter)

        return run

    runs = {
        RAW: raw_run,
        "claimx Python API": api_run(True),
        "claimx Python API, --no-prefilter": api_run(False),
    }
    list(raw.pipe(texts[:4]))  # warm up
    process_batch(items[:4], cx)
    best: dict[str, float] = {}
    for _ in range(rounds):
        for name, run in runs.items():
            t = time.perf_counter()
            run()
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - t)

    rss = {}
    if cli:
        with tempfile.TemporaryDirectory() as tmp:
            for procs in (1, 2):
                name = f"claimx CLI, {procs} process{'es' if procs > 1 else ''}"
                out = Path(tmp) / f"out{procs}.jsonl"
                cmd = [sys.executable, "-m", "claimx.cli", "extract", str(path), "-o", str(out)]
                best[name], rss[name] = run_child(cmd + ["-q", "--n-process", str(procs)])
    return {
        "documents": n,
        "characters": chars,
        "parsed_share": round(parsed / chars, 3),
        "runs": {
            name: {
                "seconds": round(secs, 2),
                "docs_per_s": round(n / secs, 2),
                "chars_per_s": round(chars / secs),
                "ratio_to_raw_spacy": round(best[RAW] / secs, 2),
                "peak_rss_mb": rss.get(name),
            }
            for name, secs in best.items()
        },
    }


def show(name: str, result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(
        title=f"{name}: {result['documents']} documents, {result['characters']:,} characters, "
        f"{result['parsed_share']:.0%} of them parsed with the prefilter"
    )
    for col in ("run", "seconds", "docs/s", "chars/s", "x raw spaCy", "peak RSS MB"):
        table.add_column(col, justify="right" if col != "run" else "left")
    for run, r in result["runs"].items():
        table.add_row(
            run,
            f"{r['seconds']:.2f}",
            f"{r['docs_per_s']:.1f}",
            f"{r['chars_per_s']:,}",
            f"{r['ratio_to_raw_spacy']:.2f}",
            str(r["peak_rss_mb"] or ""),
        )
    Console().print(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="default: samples and news")
    parser.add_argument("--min-docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-cli", action="store_true", help="skip the command-line runs")
    parser.add_argument("--json", type=Path, default=REPO / "out" / "bench.json")
    args = parser.parse_args()
    result: dict = {"cores": os.cpu_count(), "corpora": {}}
    with tempfile.TemporaryDirectory() as tmp:
        corpora = {str(p): p for p in args.paths} or {
            name: replicate(folder, args.min_docs, Path(tmp) / name)
            for name, folder in CORPORA.items()
        }
        for name, path in corpora.items():
            result["corpora"][name] = measure(path, args.rounds, not args.no_cli)
            show(name, result["corpora"][name])
    if not args.no_cli:
        helps = [run_child([sys.executable, "-m", "claimx.cli", "--help"])[0] for _ in range(3)]
        result["help_startup_s"] = round(statistics.median(helps), 3)
        print(f"claimx --help starts in {result['help_startup_s']:.2f} s ({result['cores']} cores)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
