"""The ``claimx`` command line: argument parsing only; the work is in the library."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup

from claimx.lexicon import DEFAULT_SCOPE

#: The program's name in usage lines and messages, however it was started
#: (``claimx``, ``python -m claimx.cli``).
PROG = "claimx"
#: The base of click's usage errors (UsageError, BadParameter, NoSuchOption ...), from
#: typer's own copy of click (typer 0.2x) or from click (older typer).
CLICK_EXCEPTION = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")


# -- how the command line speaks: one-line usage errors, plain metavars -------------------
#
# typer (0.29, with its own copy of click) prints a usage error as the usage line, a
# hint and a boxed panel on stderr; it shows each parameter's Python type as its
# metavar (``<bool>`` for a flag, ``<list[str]>``, ``<int range>``) and a required
# argument as ``{paths}...`` in the usage line. These classes give every command of
# the app, through ``_App.command``, the usual conventions instead: ``claimx extract
# [OPTIONS] PATH...``, ``--format FORMAT``, ``--batch-size N``, nothing after a flag,
# and a usage error on one line (exit 2).


def usage_line(command: str, problem: str) -> str:
    """``claimx extract: <problem> (see claimx extract --help)``: one line."""
    problem = " ".join(problem.split()).rstrip(".")
    if problem[:1].isupper() and not problem[1:2].isupper():
        problem = problem[0].lower() + problem[1:]
    return f"{command}: {problem} (see {command} --help)"


def _default_metavar(param) -> str:
    """FILE, N, X, FORMAT...: what a value of ``param`` is, from its type and name;
    nothing for a flag."""
    if param.param_type_name == "argument":
        name = param.name.upper()
        return name[:-1] if param.nargs != 1 and name.endswith("S") else name  # PATH...
    if param.is_flag or param.count:
        return ""
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if annotation is int:
        return "N"
    if annotation is float:
        return "X"
    if annotation is Path:
        return "FILE"
    longest = max(param.opts, key=len).lstrip("-")
    return longest.replace("-", "_").upper()


class _Argument(TyperArgument):
    """An argument shown by its metavar alone: ``PATH...``, not ``{paths}...
    <list[str]>``."""

    def get_usage_pieces(self, ctx) -> list[str]:
        name = self.metavar + ("..." if self.nargs != 1 else "")
        return [name if self.required else f"[{name}]"]

    def display_type_rich(self, ctx) -> str | None:
        return None


def _plain(param):
    """``param`` shown by a plain metavar (its own, or one from its type and name)."""
    if param.metavar is None:
        param.metavar = _default_metavar(param)
    if isinstance(param, TyperArgument) and not isinstance(param, _Argument):
        # typer builds every argument as a TyperArgument, with no hook for another
        # class; _Argument adds display methods only, so the object can become one
        param.__class__ = _Argument
    return param


class _PlainHelp:
    """Metavars for a command's parameters and its --help."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            _plain(param)

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        return _plain(option) if option is not None else None

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except CLICK_EXCEPTION as exc:
            # the option parser's errors ('--scope' requires an argument) come without
            # the command they are about: this one
            if getattr(exc, "ctx", False) is None:
                exc.ctx, exc.cmd = ctx, self
            raise


class _Command(_PlainHelp, TyperCommand):
    pass


class _Group(_PlainHelp, TyperGroup):
    """The ``claimx`` command group: usage errors on one line of standard error."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        prog_name = prog_name or PROG
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except typer.Abort:
            sys.stderr.write(f"{prog_name}: aborted\n")
            sys.exit(1)
        except CLICK_EXCEPTION as exc:  # UsageError, BadParameter and the like
            code = getattr(exc, "exit_code", 1)
            if type(exc).__name__ != "NoArgsIsHelpError":  # that one printed the help
                ctx = getattr(exc, "ctx", None)
                command = ctx.command_path if ctx is not None else prog_name
                problem = exc.format_message() or type(exc).__name__
                if getattr(exc, "option_name", None) and getattr(exc, "possibilities", None):
                    # typer's '(Possible options: --out)'
                    problem = f"{exc.message}; did you mean {' or '.join(exc.possibilities)}?"
                line = (
                    usage_line(command, problem)
                    if code == 2
                    else f"{command}: {' '.join(problem.split())}"
                )
                sys.stderr.write(line + "\n")
        sys.exit(code if isinstance(code, int) else 0)


class _App(typer.Typer):
    def command(self, name=None, *, cls=None, **kwargs):
        return super().command(name, cls=cls or _Command, **kwargs)


app = _App(
    cls=_Group,
    add_completion=False,
    no_args_is_help=True,
    help="Extract attributed claims (who said what, through which cue, where) from news text.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _usage_error(command: str, problem: str) -> typer.Exit:
    """Print a usage error found after parsing, the way typer's are; raise what it returns."""
    sys.stderr.write(usage_line(f"{PROG} {command}", problem) + "\n")
    return typer.Exit(2)


SCOPE_OPTION = typer.Option(
    "--scope",
    help="claims (default): what a source said, wrote, thinks or found, as a journalist "
    "counts claims (no actions, refusals to comment, 'footage shows', common knowledge or "
    "labels). all: PolNeAR's wider attribution, with actions, stances and intentions "
    "('backs the bill', 'wants to leave'); PolNeAR figures use it. statements: only said, "
    "wrote or think.",
)


PREFILTER_OPTION = typer.Option(
    "--prefilter/--no-prefilter",
    help="Parse only the paragraphs that may hold a claim, and their context (default); "
    "the claims are the same. --no-prefilter parses every paragraph.",
)


MIN_CONFIDENCE_OPTION = typer.Option(
    "--min-confidence",
    metavar="P",
    min=0.0,
    max=1.0,
    help="Keep only claims whose confidence (the calibrated probability that the claim "
    "is right, content and speaker) is at least this (default 0: all).",
)


MODEL_OPTION = typer.Option(
    "--model",
    help="learned (default): the rules and the tagger trained on PolNeAR (models/); "
    "rules: the rules only; or a spaCy package to parse with.",
)


def _check_scope(scope: str) -> None:
    from claimx.lexicon import SCOPES

    if scope not in SCOPES:
        raise typer.BadParameter(f"must be one of {', '.join(SCOPES)}", param_hint="--scope")


def _check_model(model: str | None) -> None:
    """--model must name claimx's paths, a trained tagger folder or an installed spaCy
    model: a usage error (exit 2, one line) rather than spaCy's traceback."""
    if model is None or model in {"learned", "rules"}:
        return
    import importlib.util

    from claimx.learned.model import is_tagger_dir

    if is_tagger_dir(model) or Path(model, "config.cfg").is_file():
        return
    if importlib.util.find_spec(model.replace("-", "_")) is not None:
        return
    raise typer.BadParameter(
        f"{model!r} is neither learned, rules, a folder made by claimx train, nor an "
        "installed spaCy model package",
        param_hint="--model",
    )


def _stderr():
    from rich.console import Console

    return Console(stderr=True)


#: The help of the PATH... argument of the commands that read claimx output.
OUTPUT_PATHS_HELP = (
    "Output of claimx extract: JSONL, JSON (an array, or a folder of one .json per "
    "document), CSV or SQLite; folders are searched for all of them."
)


@contextmanager
def _reading(command: str):
    """What is not claimx output (a .txt article, a folder of them, a missing path, a
    torn file) ends the command with a usage error, on one line."""
    from claimx.io.results import ResultsError

    try:
        yield
    except ResultsError as exc:
        raise _usage_error(command, str(exc)) from None


def _note_skipped(skipped) -> None:
    """Files found in a folder that are not claimx output: one line each on stderr."""
    for skip in skipped:
        sys.stderr.write(f"skipped {skip.path}: {skip.reason}\n")


def _claim_rows(command: str, paths: list[Path]) -> list:
    """The claims of claimx output files and folders, for speakers and cluster."""
    from claimx.across.speaker_index import load_claims

    skipped: list = []
    with _reading(command):
        rows = load_claims(*paths, skipped=skipped)
    _note_skipped(skipped)
    return rows


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Text files, .jsonl files of {id, text} records, directories, or - for stdin."
        ),
    ],
    out: Annotated[
        str | None,
        typer.Option(
            "-o",
            "--out",
            metavar="PATH",
            help="Output file, or directory (one .json per document).",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="json, jsonl, csv or sqlite (default: from -o's suffix, .db/.sqlite -> sqlite,"
            " else jsonl).",
        ),
    ] = None,
    n_process: Annotated[
        int | None,
        typer.Option("--n-process", min=1, help="Worker processes (default: all cores)."),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per batch.")
    ] = 16,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip documents whose output is already complete.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    model: Annotated[str | None, MODEL_OPTION] = None,
    max_chars: Annotated[
        int | None,
        typer.Option("--max-chars", min=1, help="Refuse longer documents (error record)."),
    ] = None,
    scope: Annotated[str, SCOPE_OPTION] = DEFAULT_SCOPE,
    engine: Annotated[
        str,
        typer.Option("--engine", help="local (this machine's processes) or dask (a Dask cluster)."),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Dask scheduler address (tcp://host:8786); default: a local cluster "
            "of --n-process workers.",
        ),
    ] = None,
    prefilter: Annotated[bool, PREFILTER_OPTION] = True,
    min_confidence: Annotated[float, MIN_CONFIDENCE_OPTION] = 0.0,
) -> None:
    """Find every attributed claim in PATH... and write one record per document.

    Records go to standard output as JSONL unless -o is given; progress and the
    summary go to standard error. Exit code 0: all documents processed; 1: some
    failed (each still has a record with errors); 2: usage error.
    """
    import os

    from claimx.run.batch import ENGINES, FORMATS, output_problem, run_extract

    _check_scope(scope)
    _check_model(model)
    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
    problem = output_problem(out, fmt)
    if problem:
        raise typer.BadParameter(problem, param_hint="-o")
    if engine not in ENGINES:
        raise typer.BadParameter(f"must be one of {', '.join(ENGINES)}", param_hint="--engine")
    if scheduler is not None and engine != "dask":
        raise typer.BadParameter("needs --engine dask", param_hint="--scheduler")
    if engine == "dask":
        import importlib.util

        if not all(importlib.util.find_spec(m) for m in ("dask", "distributed")):
            raise typer.BadParameter(
                "the dask engine needs: pip install 'claimx[dask]'", param_hint="--engine"
            )
    for p in paths:
        if p != "-" and not Path(p).exists():
            raise typer.BadParameter(f"no such file or directory: {p}", param_hint="PATH")
    stats = run_extract(
        paths,
        out=out,
        fmt=fmt,
        resume=resume,
        model=model,
        progress=not quiet,
        n_process=n_process or os.cpu_count() or 1,
        batch_size=batch_size,
        max_chars=max_chars,
        scope=scope,
        engine=engine,
        scheduler=scheduler,
        prefilter=prefilter,
        min_confidence=min_confidence,
    )
    if stats.documents == 0 and stats.skipped == 0:
        raise _usage_error(
            "extract",
            "no input documents: claimx reads .txt and .jsonl files (folders are walked "
            f"for them) and - for standard input; found none in {' '.join(paths)}",
        )
    if not quiet:
        from rich.text import Text

        from claimx.io.outputs import plural

        console = _stderr()
        console.print(
            f"[bold]{stats.documents}[/] {plural(stats.documents, 'document')}, "
            f"[bold]{stats.claims}[/] {plural(stats.claims, 'claim')}, "
            f"[bold]{stats.failed}[/] failed, {stats.skipped} skipped (resume)"
            + (f" -> {out}" if out else "")
        )
        for line in stats.failures[:20]:
            # the file name is data, not markup: only the word 'failed' is styled
            console.print(Text.assemble("  ", ("failed", "red"), " ", line), highlight=False)
    raise typer.Exit(1 if stats.failed else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output document record."""
    from claimx.records import document_schema

    print(json.dumps(document_schema(), indent=2))


@app.command()
def show(
    path: Annotated[
        Path,
        typer.Argument(
            help="A .txt file, a .jsonl of {id, text} records, or a claimx output: JSONL, "
            "JSON (an array, or a folder of one .json per document) or SQLite."
        ),
    ],
    doc_id: Annotated[
        str | None, typer.Option("--id", help="Record to show (default: the first).")
    ] = None,
    html_out: Annotated[
        Path | None,
        typer.Option("--html", help="Also write a standalone HTML page (displaCy spans) here."),
    ] = None,
    model: Annotated[str | None, MODEL_OPTION] = None,
) -> None:
    """Show one document with speaker, cue and content highlighted and its claims numbered.

    An input file is run through claimx; a claimx output record is shown as
    written, over the text read back from its source_path (a CSV output has
    not what this needs). The HTML page needs no network: open it in any
    browser.
    """
    from rich.console import Console

    from claimx.show import ShowError, load_shown, render_terminal, write_html

    try:
        shown = load_shown(path, doc_id=doc_id, model=model)
    except ShowError as exc:
        raise _usage_error("show", str(exc)) from None
    console = Console()
    if not console.is_terminal:
        console = Console(width=150)
    render_terminal(shown, console)
    if html_out is not None:
        write_html(shown, html_out)
        _stderr().print(f"wrote {html_out}", highlight=False)


@app.command()
def table(
    paths: Annotated[list[Path], typer.Argument(help=OUTPUT_PATHS_HELP)],
    limit: Annotated[int, typer.Option(help="Show at most this many claims.")] = 200,
) -> None:
    """Show the claims of an output as a table: speaker and source, cue, content, type.

    The source column gives each speaker's source type, name, title and
    affiliation, as far as claimx found them.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from claimx.io.results import read_results
    from claimx.show import describe_source

    tab = Table(title=f"Claims in {' '.join(map(str, paths))}", show_lines=True)
    for col in ("doc", "type", "speaker", "source", "cue", "content", "conf"):
        tab.add_column(col, overflow="fold")
    shown = 0
    skipped: list = []
    with _reading("table"):
        for _, result in read_results(paths, skipped):
            for c in result.claims:
                if shown >= limit:
                    break
                sp = c.speaker
                speaker, source = Text("—"), "—"
                if sp is not None:
                    speaker = Text(sp.text or "")
                    speaker.append(f"\n({sp.kind}: {sp.canonical})", style="dim")
                    source = describe_source(sp.name, sp.title, sp.affiliation, sp.source_type)
                cue = (c.cue.text if c.cue is not None else None) or "—"
                content = c.content.text or ""
                if len(content) > 160:
                    content = content[:157] + "…"
                confidence = c.confidence
                tab.add_row(
                    Text(str(result.doc_id)),
                    c.type or "",
                    speaker,
                    Text(source),
                    Text(cue),
                    Text(content),
                    "" if confidence is None else f"{confidence:.2f}",
                )
                shown += 1
            if shown >= limit:
                break
    _note_skipped(skipped)
    console = Console()
    if not console.is_terminal:
        console = Console(width=150)
    console.print(tab)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL: {id, text, attributions}.")],
    pred: Annotated[
        Path | None,
        typer.Option(
            "--pred",
            metavar="PATH",
            help="Predictions: claimx output (JSONL, JSON, a folder of .json, SQLite) or "
            "another gold file; default: run claimx on gold.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    show_errors: Annotated[
        int, typer.Option("--show-errors", min=0, help="Misses and spurious claims to list.")
    ] = 10,
    save_pred: Annotated[
        Path | None, typer.Option("--save-pred", help="Also write the predictions here.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress.")] = False,
    speech: Annotated[
        bool,
        typer.Option(
            "--speech-only",
            help="Score speech only: thought/stance gold is neutral; such claims are dropped.",
        ),
    ] = False,
    scope: Annotated[str, SCOPE_OPTION] = DEFAULT_SCOPE,
    prefilter: Annotated[bool, PREFILTER_OPTION] = True,
    model: Annotated[str | None, MODEL_OPTION] = None,
    min_confidence: Annotated[float, MIN_CONFIDENCE_OPTION] = 0.0,
) -> None:
    """Score claims against gold attributions: content, exact and attribution P/R/F1,
    source fields where the gold has them, and how well confidence is calibrated.

    A gold file is also accepted as --pred: `claimx eval a.gold.jsonl --pred
    b.gold.jsonl` is the agreement of two labelling passes."""
    from claimx.evaluation.score import (
        above_confidence,
        load_gold,
        render_report,
        score,
        speech_only,
    )
    from claimx.lexicon import load_lexicon

    _check_scope(scope)
    _check_model(model)
    if not gold.exists():
        raise typer.BadParameter(f"no such file: {gold}", param_hint="GOLD")
    try:
        gold_docs = load_gold(gold)
    except (ValueError, OSError) as exc:  # JSON and UTF-8 errors are ValueErrors
        raise _usage_error("eval", f"{gold}: not a gold JSONL file ({exc})") from None
    if pred is not None:
        if not pred.exists():
            raise typer.BadParameter(f"no such file or directory: {pred}", param_hint="--pred")
        predictions = _predictions(pred)
    else:
        progress = not quiet and not as_json
        predictions = predict_gold(gold_docs, save_pred, progress, scope, prefilter, model)
    predictions = above_confidence(predictions, min_confidence)
    if speech:
        lemmas = {k for k, v in load_lexicon().cues.items() if v.cls == "speech"}
        gold_docs, predictions = speech_only(gold_docs, predictions, lemmas)
    report = score(gold_docs, predictions)
    if as_json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        from rich.console import Console

        render_report(report, Console(), show_errors=show_errors)


def _predictions(path: Path) -> dict[str, dict]:
    """eval's --pred: claimx records (or gold documents) keyed by doc_id, as the scorer
    takes them (JSON data); the claims of records that share a doc_id are put together,
    as in ``load_predictions``."""
    from claimx.evaluation.score import load_predictions
    from claimx.io.results import ResultsError, read_results
    from claimx.records import DocumentResult

    no_csv = (
        "a CSV output has no offsets of speakers and cues, which eval scores: use the "
        "JSONL, JSON or SQLite output"
    )
    results: dict[str, DocumentResult] = {}
    try:
        for file, result in read_results([path]):
            if file.suffix.lower() == ".csv":
                raise _usage_error("eval", f"{file}: {no_csv}")
            before = results.get(result.doc_id)
            if before is not None:
                result = before.model_copy(update={"claims": [*before.claims, *result.claims]})
            results[result.doc_id] = result
    except ResultsError as exc:
        if not (path.is_file() and path.suffix.lower() in {".jsonl", ".json"}):
            raise _usage_error("eval", str(exc)) from None
        # not claimx output: a gold file (an annotator's), or neither
        try:
            return load_predictions(path)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            problem = f"{type(exc).__name__}: {exc}" if isinstance(exc, KeyError) else exc
            raise _usage_error(
                "eval", f"{path}: neither claimx output nor a gold file ({problem})"
            ) from None
    return {doc_id: result.model_dump(mode="json") for doc_id, result in results.items()}


def predict_gold(
    gold_docs: list[dict],
    save: Path | None,
    progress: bool,
    scope: str = DEFAULT_SCOPE,
    prefilter: bool = True,
    model: str | None = None,
) -> dict[str, dict]:
    """Run extraction on the texts of gold documents; records keyed by doc_id."""
    from rich.progress import track

    from claimx.io.inputs import TextDoc
    from claimx.io.outputs import atomic_write
    from claimx.run.batch import run_documents

    items = [TextDoc(doc_id=str(d["id"]), text=d["text"]) for d in gold_docs]
    pairs = run_documents(
        items, model=model, n_process=1, batch_size=16, scope=scope, prefilter=prefilter
    )
    if progress:
        pairs = track(pairs, total=len(items), description="extract", console=_stderr())
    results = [result for _, result in pairs]
    if save is not None:
        atomic_write(save, "".join(r.model_dump_json() + "\n" for r in results))
    return {r.doc_id: r.model_dump(mode="json") for r in results}


@app.command("convert-polnear")
def convert_polnear(
    polnear: Annotated[Path, typer.Argument(help="A clone of github.com/networkdynamics/PolNeAR.")],
    out_dir: Annotated[Path, typer.Argument(help="Where polnear-<split>.jsonl are written.")],
    splits: Annotated[
        list[str] | None, typer.Option("--split", help="Splits to convert (repeatable).")
    ] = None,
) -> None:
    """Convert PolNeAR's brat files to claimx gold JSONL (texts stay on your machine)."""
    from claimx.evaluation.polnear import convert

    if not polnear.exists():
        raise typer.BadParameter(f"no such directory: {polnear}", param_hint="POLNEAR")
    stats = convert(polnear, out_dir, splits=tuple(splits or ("train", "dev")))
    console = _stderr()
    for split, st in stats.items():
        console.print(f"{split}: {st}")


@app.command("train")
def train(
    polnear: Annotated[
        Path,
        typer.Argument(help="A clone of PolNeAR, or a folder with polnear-{train,dev}.jsonl."),
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--out",
            metavar="DIR",
            help="Where the trained tagger goes (default: models/).",
        ),
    ] = None,
    work: Annotated[
        Path,
        typer.Option("--work", metavar="DIR", help="Converted corpus and training checkpoints."),
    ] = Path("out/train"),
    config: Annotated[Path | None, typer.Option("--config", help="spaCy training config.")] = None,
    epochs: Annotated[
        int | None, typer.Option("--epochs", min=1, help="Override training.max_epochs.")
    ] = None,
    ranker: Annotated[
        bool, typer.Option("--ranker/--no-ranker", help="Train the ranker after the tagger.")
    ] = True,
) -> None:
    """Train the tagger, then the ranker, on PolNeAR train; choose on dev (never test)."""
    from claimx.learned.train import default_output, train_tagger

    if not polnear.exists():
        raise typer.BadParameter(f"no such file or directory: {polnear}", param_hint="POLNEAR")
    overrides = {"training.max_epochs": epochs} if epochs else {}
    report = train_tagger(polnear, out or default_output(), work, config, overrides, ranker)
    _stderr().print(report)


@app.command()
def cluster(
    paths: Annotated[list[Path], typer.Argument(help=OUTPUT_PATHS_HELP)],
    out: Annotated[
        Path | None, typer.Option("-o", "--out", help="Write the clusters JSON here.")
    ] = None,
    threshold: Annotated[
        float | None,
        typer.Option(
            "--threshold",
            metavar="T",
            min=0.0,
            max=1.0,
            help="Mean content similarity needed to merge (default 0.88 embedding, 0.5 fuzzy).",
        ),
    ] = None,
    backend: Annotated[
        str,
        typer.Option(
            "--backend",
            help="auto (embeddings if the cluster extra is installed), embedding, fuzzy.",
        ),
    ] = "auto",
    min_size: Annotated[
        int, typer.Option("--min-size", min=1, help="Report clusters of at least N claims.")
    ] = 2,
    pairs: Annotated[
        Path | None,
        typer.Option("--pairs", help="Labelled claim pairs: report pairwise precision/recall."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No table on stderr.")] = False,
) -> None:
    """Group claims that state the same thing by the same speaker, across documents.

    Speakers must be compatible (the same source in `claimx speakers`, or one
    name inside the other, named with named, anonymous with anonymous);
    contents are compared with sentence embeddings, or with rapidfuzz when
    the cluster extra is not installed. JSON goes to -o or standard output, a
    table to standard error.
    """
    from claimx.across.cluster import (
        BACKENDS,
        build_report,
        cluster_claims,
        load_pairs,
        render_report,
        score_pairs,
    )

    if backend not in BACKENDS:
        raise typer.BadParameter(f"must be one of {', '.join(BACKENDS)}", param_hint="--backend")
    labelled = None
    if pairs is not None:
        if not pairs.is_file():
            raise typer.BadParameter(f"no such file: {pairs}", param_hint="--pairs")
        try:
            labelled = load_pairs(pairs)
        except ValueError as exc:  # JSON and UTF-8 errors
            raise typer.BadParameter(
                f"{pairs}: not labelled pairs, one JSON object a line ({exc})", param_hint="--pairs"
            ) from None
    rows = _claim_rows("cluster", paths)
    try:
        result = cluster_claims(rows, threshold=threshold, backend=backend)
    except RuntimeError as exc:
        raise typer.BadParameter(str(exc), param_hint="--backend") from exc
    report = build_report(result, min_size=min_size)
    console = _stderr()
    if not console.is_terminal:
        from rich.console import Console

        console = Console(stderr=True, width=150)
    if labelled is not None:
        try:
            scores = score_pairs(result, labelled)
        except (KeyError, TypeError, AttributeError):
            raise typer.BadParameter(
                f"{pairs}: not labelled pairs (each line: a and b, each with doc_id and "
                "content, and same)",
                param_hint="--pairs",
            ) from None
        report.evaluation = scores.to_dict()
        console.print(
            f"pairs: precision {scores.precision:.3f}  recall {scores.recall:.3f}  "
            f"F1 {scores.f1:.3f}  (tp {scores.tp}, fp {scores.fp}, fn {scores.fn}, "
            f"tn {scores.tn}, unresolved {len(scores.unresolved or [])})"
        )
    if not quiet:
        render_report(report, console)
    text = report.model_dump_json(indent=2) + "\n"
    if out is None:
        sys.stdout.write(text)
    else:
        from claimx.io.outputs import atomic_write

        atomic_write(out, text)


@app.command()
def speakers(
    paths: Annotated[list[Path], typer.Argument(help=OUTPUT_PATHS_HELP)],
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Write here, not stdout.")] = None,
) -> None:
    """Index the speakers of claimx output: one row per source, variants merged.

    A source whose name claimx resolved is one name and affiliation: Maria
    Ortiz of Westline Rail and Maria Ortiz of Harbor Bank are two rows (her
    mentions without an affiliation join the one she has, if only one). Other
    speakers merge on their canonical form: "the Kremlin" and "Kremlin",
    "Mayor Ana Ruiz" and "Ruiz", "the alliance" and the NATO its article
    names. Each row gives the affiliation, the titles seen, the claims per
    source type, the claims and documents, and the variants seen.
    """
    from claimx.across.speaker_index import build_index, index_csv, index_json, render_index

    if fmt not in {"table", "json", "csv"}:
        raise typer.BadParameter("must be one of table, json, csv", param_hint="--format")
    index = build_index(_claim_rows("speakers", paths))
    if fmt == "table":
        import io

        from rich.console import Console

        console = Console()
        if out is None and console.is_terminal:
            render_index(index, console)
            return
        buffer = io.StringIO()
        render_index(index, Console(file=buffer, width=150))
        text = buffer.getvalue()
    else:
        text = index_json(index) if fmt == "json" else index_csv(index)
    if out is None:
        sys.stdout.write(text)
    else:
        from claimx.io.outputs import atomic_write

        atomic_write(out, text)


@app.command()
def sourcing(
    paths: Annotated[list[Path], typer.Argument(help=OUTPUT_PATHS_HELP)],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as JSON, not as tables.")
    ] = False,
    per_document: Annotated[
        bool,
        typer.Option(
            "--per-document/--no-per-document",
            help="Count each document too (default), or give the totals only.",
        ),
    ] = True,
) -> None:
    """Count statements by source type, per document and in all: named, unnamed, anonymous.

    Each claim counts once, by its speaker's source_type. named: named_person,
    named_organization, and a document whose publisher is named; unnamed:
    unnamed_person, unnamed_group; anonymous: anonymous_source; other: a
    document without a publisher, a claim without a speaker or source type.

    Example:

        claimx extract ~/news -o claims.jsonl
        claimx sourcing claims.jsonl                     # per document and in all
        claimx sourcing claims.jsonl --no-per-document   # totals only
        claimx sourcing claims.db out/ --json > sourcing.json

    claimx sourcing claims.jsonl --json --no-per-document prints (shortened):

        {"total": {"path": "", "documents": 3, "failed": 0, "statements": 8,
                   "by_type": {"named_person": 5, "named_organization": 0,
                               "document": 0, "unnamed_person": 2,
                               "unnamed_group": 1, "anonymous_source": 0,
                               "no_speaker": 0, "unknown": 0},
                   "document_named": 0, "named": 5, "unnamed": 3,
                   "anonymous": 0, "other": 0,
                   "shares": {"named": 0.625, "unnamed": 0.375, ...}},
         "inputs": [{"path": "claims.jsonl", ...}], "documents": null,
         "skipped": []}

    With --per-document, documents lists one count per record, with its doc_id,
    the file it was read from and its error codes. A CSV has no row for a
    document without claims: such documents are not counted from a CSV.
    """
    from claimx.across.sourcing import render_summary, summarize, summary_json

    with _reading("sourcing"):
        summary = summarize(paths, per_document=per_document)
    _note_skipped(summary.skipped)
    if as_json:
        sys.stdout.write(summary_json(summary))
        return
    from rich.console import Console

    console = Console()
    if not console.is_terminal:
        console = Console(width=150)
    render_summary(summary, console)


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
