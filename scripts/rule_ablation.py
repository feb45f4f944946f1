"""Run the test suite without each extraction rule in turn: every rule must have a
test that fails without it.

    python scripts/rule_ablation.py                 # the whole suite, each rule (about 35 min)
    python scripts/rule_ablation.py --rule held_view tests/test_block_quotes.py

A rule is left out through the developer's switch ``CLAIMX_WITHOUT_RULES``
(:data:`claimx.extraction.rules.WITHOUT_ENV`), which also leaves out its
prefilter triggers. ``tests/test_rule_table.py`` is not counted: it checks the
table itself, and would fail without any rule. Exits 1 when some rule has no
failing test. ``tests/test_rule_table.py`` is the quick form of the same check,
run by ``make test``: each rule's own example gives a claim no other rule gives.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

from claimx.extraction.rules import ALL_RULES, WITHOUT_ENV

REPO = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(r"(\d+) (failed|passed|error)")


def run_without(rule: str, tests: list[str]) -> dict[str, int]:
    """Counts of failed, passed and errors of ``pytest tests`` without ``rule``."""
    env = dict(os.environ, **{WITHOUT_ENV: rule})
    cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--tb=no", "-rN"]
    cmd += ["--ignore=tests/test_rule_table.py", *tests]
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""
    counts = {"failed": 0, "passed": 0, "error": 0}
    for n, what in SUMMARY.findall(last):
        counts[what] = int(n)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tests", nargs="*", default=["tests"], help="test paths (default: tests)")
    parser.add_argument("--rule", action="append", help="only this rule (repeatable)")
    args = parser.parse_args()
    names = args.rule or [r.name for r in ALL_RULES]
    unknown = set(names) - {r.name for r in ALL_RULES}
    if unknown:
        parser.error(f"no such rule: {', '.join(sorted(unknown))}")
    print("| rule | tests failing without it | passing |")
    print("| --- | --- | --- |")
    bare = []
    for name in names:
        counts = run_without(name, args.tests)
        failing = counts["failed"] + counts["error"]
        print(f"| {name} | {failing} | {counts['passed']} |", flush=True)
        if not failing:
            bare.append(name)
    if bare:
        print(f"no test fails without: {', '.join(bare)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
