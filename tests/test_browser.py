"""The ``claimx show --html`` page in a real browser: headless Chromium renders it offline.

Run with ``make test-browser`` (installs Chromium); skipped when no Chromium is
on the PATH.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from claimx.show import load_shown, write_html
from conftest import REPO

SAMPLE = REPO / "data" / "samples" / "nato-russia-strategy-1.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no chromium or chromium-browser on PATH: `make test-browser` installs it",
    ),
]


def headless(profile: Path, *args: str) -> subprocess.CompletedProcess:
    """Chromium without a display, sandbox (root in containers) or network use."""
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=180,  # a safety net against a hung browser, not a speed check
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("html") / "show.html"
    write_html(load_shown(SAMPLE), out)
    return out


def test_page_renders_to_a_screenshot(page: Path, tmp_path: Path):
    shot = tmp_path / "show.png"
    run = headless(
        tmp_path / "profile", f"--screenshot={shot}", "--window-size=1200,900", page.as_uri()
    )
    assert shot.exists(), run.stderr
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 900)


def test_dumped_dom_holds_the_span_labels_and_the_table(page: Path, tmp_path: Path):
    run = headless(tmp_path / "profile", "--dump-dom", page.as_uri())
    assert run.returncode == 0, run.stderr
    dom = run.stdout
    for n in (1, 8, 10):
        for role in ("SPEAKER", "CUE", "CONTENT"):
            assert f"{n} {role}" in dom, f"{n} {role}"
    assert "<th>canonical</th>" in dom and "Vladimir Putin" in dom
    assert "We have to recognise that this act and the council were created" in dom
