"""Make the README's pictures of ``claimx show``: docs/show.png and docs/show-terminal.svg.

``make docs-screenshots`` runs it. The PNG is the HTML page of the first
sample article in headless Chromium (1200x900), shrunk with pngquant and
optipng when they are installed; the SVG is the terminal view, recorded by rich.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console

from claimx.show import load_shown, render_terminal, write_html

REPO = Path(__file__).resolve().parent.parent
SAMPLE = sorted((REPO / "data" / "samples").glob("*.txt"))[0]
DOCS = REPO / "docs"


def screenshot(html: Path, png: Path, size: str = "1200,900") -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("no chromium on PATH: `make test-browser` installs it")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                f"--user-data-dir={profile}",
                f"--screenshot={png}",
                f"--window-size={size}",
                html.as_uri(),
            ],
            check=True,
            capture_output=True,
        )
    if shutil.which("pngquant"):
        subprocess.run(
            ["pngquant", "--force", "--skip-if-larger", "--output", str(png), "64", str(png)],
            check=False,
        )
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o5", str(png)], check=True)


def main() -> None:
    DOCS.mkdir(exist_ok=True)
    shown = load_shown(SAMPLE)
    with tempfile.TemporaryDirectory() as tmp:
        html = Path(tmp) / "show.html"
        write_html(shown, html)
        screenshot(html, DOCS / "show.png")
    console = Console(record=True, width=120, force_terminal=True, file=open("/dev/null", "w"))  # noqa: SIM115
    render_terminal(shown, console)
    console.save_svg(
        str(DOCS / "show-terminal.svg"), title=f"claimx show {SAMPLE.relative_to(REPO)}"
    )
    for name in ("show.png", "show-terminal.svg"):
        print(f"{DOCS / name}: {(DOCS / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
