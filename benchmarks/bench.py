"""Throughput of claimx against the floor it stands on: a bare ``nlp.pipe`` of the same model.

Usage: ``python benchmarks/bench.py [PATH ...] [--docs 200] [--procs 1 2] [--rounds 1]
[--quick] [--long-chars N] [--json OUT]`` (``make bench``). A PATH is a folder, ``.txt`` or
``.jsonl``; without one, the repository's samples (``data/samples``: short,
dense with claims) and ``benchmarks/news/`` (twenty news articles written for
this benchmark, with paragraphs that attribute nothing) are measured. Each
corpus is repeated until it holds ``--docs`` documents (``--docs 0``: as it
is); ``--quick`` is ``--docs 48``.

For each corpus, every run is a fresh Python process, timed by the wall clock
from its start to its end (interpreter, imports, model loading, reading and
writing included), so that start-up, memory and warm caches weigh alike:

- raw spaCy: ``spacy.load(model).pipe(texts, n_process=N)``, no claimx;
- for every claimx variant in ``VARIANTS``: ``claimx.extract_many`` (the
  Python API) and ``claimx extract DIR -o out.jsonl`` (the command line), each
  with every ``--procs`` count.

Each run reports docs/s, characters/s, its speed relative to raw spaCy with the
same number of processes, its speed-up over itself with one process, its CPU
seconds, its peak RSS (the largest process, ``getrusage``) and the peak memory
of all its processes together (PSS, sampled from ``/proc`` on Linux). With
``--rounds N`` the runs alternate N times and the fastest of each is kept, so
that a burst of load from elsewhere on the machine hits all of them alike. The
start-up of ``claimx --help``, and of ``claimx extract`` over one short text,
close the run. Long documents (``--long-chars``, 2,000,000 by default) are
timed in three forms of the same news text: as articles, as one document with
its paragraphs, and as one document on a single line; these runs keep the
machine's own thread settings, so that their CPU time over wall time shows
that one claimx process uses one core. Every other process multiplies
matrices on one BLAS thread (``OPENBLAS_NUM_THREADS=1`` and the like), so that
one process is one core. A table per corpus is printed; everything goes to
``out/bench.json``, and the tables in Markdown to ``out/bench.md`` (for the
README). No timed assertions live in the test suite.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CORPORA = {"samples": REPO / "data" / "samples", "news": REPO / "benchmarks" / "news"}
BATCH = 16  # the batch size of claimx's command line and extract_many, given to raw spaCy too
RAW = "raw spaCy"
#: Every measured process multiplies on one BLAS thread, so that N processes use N cores
#: (numpy's OpenBLAS would otherwise spread claimx's matrix products over all of them).
ONE_CORE_ENV = {
    **os.environ,
    **{f"{lib}_NUM_THREADS": "1" for lib in ("OPENBLAS", "MKL", "OMP", "BLIS")},
}

#: The claimx variants measured: (label, keyword arguments of ``claimx.extract_many``,
#: arguments of ``claimx extract``). Each runs through the API and the command line
#: with every ``--procs`` count; adding a variant is adding a line.
VARIANTS: list[tuple[str, dict, list[str]]] = [
    ("claimx", {}, []),
    ("claimx --model rules", {"model": "rules"}, ["--model", "rules"]),
    ("claimx, no prefilter", {"prefilter": False}, ["--no-prefilter"]),
]


# -- the measured processes ---------------------------------------------------------


def child(args: argparse.Namespace) -> None:
    """One measured run in its own process (``--child raw|api``); prints its claim count."""
    from claimx.io.inputs import iter_inputs

    items = [i for i in iter_inputs([str(args.corpus)]) if i.text]
    claims = None
    if args.child == "raw":
        import spacy

        nlp = spacy.load(args.model)
        for _ in nlp.pipe((i.text for i in items), batch_size=BATCH, n_process=args.n_process):
            pass
    else:
        import claimx

        pairs = ((i.doc_id, i.text) for i in items)
        kwargs = json.loads(args.kwargs)
        records = claimx.extract_many(pairs, n_process=args.n_process, batch_size=BATCH, **kwargs)
        claims = sum(len(r.claims) for r in records)
    print(json.dumps({"claims": claims}))


class MemorySampler(threading.Thread):
    """The peak PSS of a process and its descendants, sampled from /proc (Linux only)."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_kb = 0
        self.stopped = threading.Event()
        self.available = Path(f"/proc/{pid}/smaps_rollup").exists()

    def tree(self) -> list[int]:
        pids, todo = [], [self.pid]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            for task in Path(f"/proc/{pid}/task").glob("*/children"):
                with contextlib.suppress(OSError):
                    todo += [int(c) for c in task.read_text().split()]
        return pids

    @staticmethod
    def pss_kb(pid: int) -> int:
        with contextlib.suppress(OSError, ValueError):
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    return int(line.split()[1])
        return 0

    def run(self) -> None:
        while self.available and not self.stopped.wait(self.every):
            self.peak_kb = max(self.peak_kb, sum(self.pss_kb(p) for p in self.tree()))

    def stop(self) -> int | None:
        self.stopped.set()
        self.join()
        return self.peak_kb // 1024 if self.available else None


def run_child(cmd: list[str], env: dict | None = None) -> dict:
    """Wall and CPU seconds, peak RSS and memory (MB) of one process, and its JSON report."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env or ONE_CORE_ENV
    )
    sampler = MemorySampler(proc.pid)
    sampler.start()
    out: dict[str, str] = {}  # pipes read in threads: a chatty child never blocks
    readers = [
        threading.Thread(target=lambda k, f: out.__setitem__(k, f.read()), args=(k, f))
        for k, f in (("stdout", proc.stdout), ("stderr", proc.stderr))
    ]
    for r in readers:
        r.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    memory = sampler.stop()
    for r in readers:
        r.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):  # 1: some document failed, still a full run
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out['stderr'][-2000:]}")
    lines = out["stdout"].strip().splitlines()
    report = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    return {
        "seconds": seconds,
        "cpu_s": usage.ru_utime + usage.ru_stime,  # the process and its children
        "peak_rss_mb": usage.ru_maxrss // 1024,  # the largest of the process and its children
        "memory_mb": memory,
        **report,
    }


def claimx_command() -> list[str]:
    script = Path(sys.executable).with_name("claimx")
    return [str(script)] if script.exists() else [sys.executable, "-m", "claimx.cli"]


# -- one corpus ---------------------------------------------------------------------


@dataclass
class Run:
    variant: str  # RAW or a label of VARIANTS
    interface: str  # nlp.pipe, API or CLI
    processes: int
    cmd: list[str]
    out: Path | None = None  # the CLI's output, where its claims are counted

    @property
    def name(self) -> str:
        return f"{self.variant}, {self.interface}, {self.processes}"


def plan(corpus: Path, out_dir: Path, model: str, procs: list[int]) -> list[Run]:
    """Every run of one corpus, raw spaCy first."""
    me = [sys.executable, str(Path(__file__).resolve()), "--corpus", str(corpus)]
    me += ["--model", model]
    todo = [Run(RAW, "nlp.pipe", n, [*me, "--child", "raw", "--n-process", str(n)]) for n in procs]
    for label, kwargs, cli_args in VARIANTS:
        for n in procs:
            cmd = [*me, "--child", "api", "--n-process", str(n), "--kwargs", json.dumps(kwargs)]
            todo.append(Run(label, "API", n, cmd))
        for n in procs:
            out = out_dir / f"{len(todo)}.jsonl"
            cmd = [*claimx_command(), "extract", str(corpus), "-o", str(out), "-q"]
            todo.append(Run(label, "CLI", n, [*cmd, "--n-process", str(n), *cli_args], out))
    return todo


def count_claims(path: Path) -> int:
    with path.open(encoding="utf-8") as fh:
        return sum(len(json.loads(line)["claims"]) for line in fh)


def parsed_share(texts: list[str]) -> float | None:
    """The share of the characters that claimx parses with its prefilter on."""
    from claimx.extraction.prefilter import for_nlp
    from claimx.nlp.load import load_nlp

    chooser = for_nlp(load_nlp())
    if chooser is None:
        return None
    return round(sum(len(chooser.select(t).text) for t in texts) / sum(map(len, texts)), 3)


def measure(corpus: Path, model: str, procs: list[int], rounds: int) -> dict:
    """The runs of one corpus, the fastest of ``rounds`` each, with their ratios."""
    from claimx.io.inputs import iter_inputs

    texts = [i.text for i in iter_inputs([str(corpus)])]
    n, chars = len(texts), sum(len(t) for t in texts)
    best: dict[str, dict] = {}
    load = []
    with tempfile.TemporaryDirectory() as tmp:
        todo = plan(corpus, Path(tmp), model, procs)
        for _ in range(rounds):
            for run in todo:
                load.append(os.getloadavg()[0])
                got = run_child(run.cmd)
                if run.out is not None:
                    got["claims"] = count_claims(run.out)
                if run.name not in best or got["seconds"] < best[run.name]["seconds"]:
                    best[run.name] = got
    rows = []
    for run in todo:
        r = best[run.name]
        raw = best[Run(RAW, "nlp.pipe", run.processes, []).name]["seconds"]
        one = best[Run(run.variant, run.interface, 1, []).name]["seconds"]
        rows.append(
            {
                "run": f"{run.variant}, {run.interface}",
                "variant": run.variant,
                "interface": run.interface,
                "processes": run.processes,
                "seconds": round(r["seconds"], 2),
                "docs_per_s": round(n / r["seconds"], 2),
                "chars_per_s": round(chars / r["seconds"]),
                "ratio_to_raw_spacy": round(raw / r["seconds"], 2),
                "speedup_over_1_process": round(one / r["seconds"], 2),
                "cpu_s": round(r["cpu_s"], 1),
                "peak_rss_mb": r["peak_rss_mb"],
                "memory_mb": r["memory_mb"],
                "claims": r.get("claims"),
            }
        )
    return {
        "documents": n,
        "characters": chars,
        "parsed_share": parsed_share(texts),
        "load_average": round(statistics.mean(load), 2),
        "runs": rows,
    }


def repeated(path: Path, docs: int, out: Path) -> Path:
    """The documents of ``path`` as .txt files in ``out``, repeated up to ``docs`` of them."""
    from claimx.io.inputs import iter_inputs

    texts = [i.text for i in iter_inputs([str(path)]) if i.text.strip()]
    if not texts:
        raise SystemExit(f"{path}: no documents")
    out.mkdir(parents=True)
    for i in range(max(docs, len(texts))):
        (out / f"{i:05d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    return out


COLUMNS = {  # header -> how a row shows it
    "run": lambda r: r["run"],
    "procs": lambda r: str(r["processes"]),
    "seconds": lambda r: f"{r['seconds']:.2f}",
    "docs/s": lambda r: f"{r['docs_per_s']:.1f}",
    "chars/s": lambda r: f"{r['chars_per_s']:,}",
    "x raw spaCy": lambda r: f"{r['ratio_to_raw_spacy']:.2f}",
    "x 1 proc": lambda r: f"{r['speedup_over_1_process']:.2f}" if r["processes"] > 1 else "",
    "CPU s": lambda r: f"{r['cpu_s']:.1f}",
    "peak RSS MB": lambda r: str(r["peak_rss_mb"]),
    "memory MB": lambda r: str(r["memory_mb"] or ""),
    "claims": lambda r: "" if r["claims"] is None else str(r["claims"]),
}


def title(name: str, result: dict) -> str:
    text = f"{name}: {result['documents']} documents, {result['characters']:,} characters"
    if result["parsed_share"] is not None:
        text += f", {result['parsed_share']:.0%} of them parsed with the prefilter"
    return text


def show(name: str, result: dict, cores: int | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title(name, result))
    for col in COLUMNS:
        table.add_column(col, justify="left" if col == "run" else "right", no_wrap=True)
    for r in result["runs"]:
        table.add_row(*(cell(r) for cell in COLUMNS.values()))
    console = Console(width=max(Console().width, 140))
    console.print(table)
    console.print(f"load average during the runs: {result['load_average']} on {cores} cores")
    for variant in dict.fromkeys(r["variant"] for r in result["runs"] if r["claims"] is not None):
        counts = {r["claims"] for r in result["runs"] if r["variant"] == variant}
        if len(counts) > 1:
            console.print(f"[red]{variant}: the runs found different claim counts {counts}")


def markdown(result: dict) -> str:
    """The tables of a run as Markdown, for the README."""
    out = []
    for name, corpus in result["corpora"].items():
        out += [f"{title(name, corpus)} (load average {corpus['load_average']}):", ""]
        out += ["| " + " | ".join(COLUMNS) + " |", "|" + " --- |" * len(COLUMNS)]
        out += [
            "| " + " | ".join(cell(r) for cell in COLUMNS.values()) + " |" for r in corpus["runs"]
        ]
        out.append("")
    if "long_documents" in result:
        out += long_markdown(result["long_documents"])
    startup = result["startup"]
    out.append(
        f"`claimx --help` starts in {startup['help_s']:.2f} s; `claimx extract` of one short "
        f"text takes {startup['extract_one_s']:.2f} s ({result['cores']} cores)."
    )
    return "\n".join(out) + "\n"


# -- long documents -------------------------------------------------------------------


def long_documents(tmp: Path, chars: int, rounds: int) -> dict:
    """The news corpus repeated to ``chars`` characters, in three forms: articles
    (one file each), one document with its paragraphs, and one document on a
    single line. The command line runs each with ``--n-process 1`` in the
    machine's own environment (no thread limit set from outside), so that its
    CPU time over wall time shows whether one process keeps to one core."""
    from claimx.io.inputs import iter_inputs

    texts = [i.text for i in iter_inputs([str(CORPORA["news"])]) if i.text.strip()]
    chosen: list[str] = []
    while sum(map(len, chosen)) < chars:
        chosen.append(texts[len(chosen) % len(texts)])
    articles = tmp / "long-articles"
    articles.mkdir()
    for n, text in enumerate(chosen):
        (articles / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    forms = {"articles": articles}
    forms["one document, paragraphs"] = tmp / "long-paragraphs.txt"
    forms["one document, paragraphs"].write_text("\n\n".join(chosen), encoding="utf-8")
    forms["one document, one line"] = tmp / "long-line.txt"
    forms["one document, one line"].write_text(
        " ".join(" ".join(t.split()) for t in chosen), encoding="utf-8"
    )
    best: dict[str, dict] = {}
    for _ in range(rounds):
        for name, path in forms.items():
            out = tmp / f"long-{len(best)}.jsonl"
            cmd = [*claimx_command(), "extract", str(path), "-o", str(out), "-q"]
            got = run_child([*cmd, "--n-process", "1"], env=dict(os.environ))
            got["claims"] = count_claims(out)
            if name not in best or got["seconds"] < best[name]["seconds"]:
                best[name] = got
    totals = {}
    for name, path in forms.items():
        docs = list(iter_inputs([str(path)]))
        totals[name] = (len(docs), sum(len(d.text) for d in docs))
    base = best["articles"]
    base_rate = totals["articles"][1] / base["seconds"]
    rows = []
    for name, r in best.items():
        n, total = totals[name]
        rows.append(
            {
                "form": name,
                "documents": n,
                "characters": total,
                "seconds": round(r["seconds"], 2),
                "chars_per_s": round(total / r["seconds"]),
                "x_articles_speed": round(total / r["seconds"] / base_rate, 2),
                "cpu_s": round(r["cpu_s"], 1),
                "cpu_per_wall": round(r["cpu_s"] / r["seconds"], 2),
                "peak_rss_mb": r["peak_rss_mb"],
                "x_articles_memory": round(r["peak_rss_mb"] / base["peak_rss_mb"], 2),
                "claims": r["claims"],
            }
        )
    return {"characters": chars, "runs": rows}


LONG_COLUMNS = {
    "form": lambda r: r["form"],
    "docs": lambda r: str(r["documents"]),
    "characters": lambda r: f"{r['characters']:,}",
    "seconds": lambda r: f"{r['seconds']:.1f}",
    "chars/s": lambda r: f"{r['chars_per_s']:,}",
    "x articles (speed)": lambda r: f"{r['x_articles_speed']:.2f}",
    "CPU s": lambda r: f"{r['cpu_s']:.1f}",
    "CPU / wall": lambda r: f"{r['cpu_per_wall']:.2f}",
    "peak RSS MB": lambda r: str(r["peak_rss_mb"]),
    "x articles (memory)": lambda r: f"{r['x_articles_memory']:.2f}",
    "claims": lambda r: str(r["claims"]),
}


def long_markdown(result: dict) -> list[str]:
    out = [f"Long documents, {result['characters']:,} characters, one process:", ""]
    out += ["| " + " | ".join(LONG_COLUMNS) + " |", "|" + " --- |" * len(LONG_COLUMNS)]
    out += ["| " + " | ".join(c(r) for c in LONG_COLUMNS.values()) + " |" for r in result["runs"]]
    return [*out, ""]


def show_long(result: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"long documents: {result['characters']:,} characters, one process")
    for col in LONG_COLUMNS:
        table.add_column(col, justify="left" if col == "form" else "right", no_wrap=True)
    for r in result["runs"]:
        table.add_row(*(cell(r) for cell in LONG_COLUMNS.values()))
    Console(width=max(Console().width, 140)).print(table)


def startup(tmp: Path) -> dict:
    """Median seconds of ``claimx --help``, and of ``claimx extract`` over one short text."""
    one = tmp / "one.txt"
    one.write_text('"We will look at it," the mayor said.\n', encoding="utf-8")
    extract = [*claimx_command(), "extract", str(one), "-o", str(tmp / "one.jsonl"), "-q"]
    median = {}
    for name, cmd in (("help_s", [*claimx_command(), "--help"]), ("extract_one_s", extract)):
        median[name] = round(statistics.median(run_child(cmd)["seconds"] for _ in range(3)), 3)
    return median


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="default: samples and news")
    parser.add_argument("--docs", type=int, default=200, help="repeat each corpus to this many")
    parser.add_argument("--procs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=1, help="keep the fastest of N rounds")
    parser.add_argument("--quick", action="store_true", help="--docs 48")
    parser.add_argument("--json", type=Path, default=REPO / "out" / "bench.json")
    parser.add_argument(
        "--long-chars",
        type=int,
        help="size of the long-document runs (default 2,000,000; --quick: 200,000; 0: none)",
    )
    # a measured child process
    parser.add_argument("--child", choices=("raw", "api"), help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--model", help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--kwargs", default="{}", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    from claimx.nlp.load import DEFAULT_MODEL

    docs = 48 if args.quick else args.docs
    procs = sorted(set(args.procs) | {1})
    sources = {str(p): p for p in args.paths} or CORPORA
    result: dict = {"cores": os.cpu_count(), "model": DEFAULT_MODEL, "batch_size": BATCH}
    result["corpora"] = {}
    with tempfile.TemporaryDirectory() as tmp:
        run_child([*claimx_command(), "extract", str(CORPORA["samples"]), "-q"])  # warm caches
        for i, (name, path) in enumerate(sources.items()):
            corpus = repeated(path, docs, Path(tmp) / str(i)) if docs else path
            result["corpora"][name] = measure(corpus, DEFAULT_MODEL, procs, args.rounds)
            show(name, result["corpora"][name], result["cores"])
        long_chars = args.long_chars
        if long_chars is None:
            long_chars = 200_000 if args.quick else 2_000_000
        if long_chars:
            result["long_documents"] = long_documents(Path(tmp), long_chars, args.rounds)
            show_long(result["long_documents"])
        result["startup"] = startup(Path(tmp))
    print(
        f"claimx --help starts in {result['startup']['help_s']:.2f} s; claimx extract of one "
        f"short text takes {result['startup']['extract_one_s']:.2f} s"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    args.json.with_suffix(".md").write_text(markdown(result), encoding="utf-8")
    print(f"wrote {args.json} and {args.json.with_suffix('.md')} (the tables in Markdown)")


if __name__ == "__main__":
    main()
