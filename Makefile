# claimx: `make run` and `make test` do all their own set-up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test test-browser docs-screenshots lint bench train install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@ $(STAMP)

install: $(STAMP)
install-dev: $(DEV_STAMP)

run: $(STAMP)
	$(BIN)/claimx extract data/samples -o out/samples.jsonl --format jsonl
	$(BIN)/claimx table out/samples.jsonl

lint: $(DEV_STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests

test: $(DEV_STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/python -m pytest

# Chromium from Debian (apt-get, through sudo unless root), then the browser tests.
test-browser: $(DEV_STAMP)
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || { \
		SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
		$$SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y chromium; }
	$(BIN)/python -m pytest -m browser -rs

# docs/show.png (headless Chromium; run make test-browser once first) and docs/show-terminal.svg.
docs-screenshots: $(STAMP)
	$(BIN)/python scripts/show_screenshots.py

# BENCH_ARGS=--quick for a short run; see README, Performance.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache

# The learned tagger, from a PolNeAR clone: make train POLNEAR=path/to/PolNeAR
train: $(STAMP)
	@test -n "$(POLNEAR)" || { echo "usage: make train POLNEAR=path/to/PolNeAR (git clone https://github.com/networkdynamics/PolNeAR)"; exit 2; }
	$(BIN)/claimx train $(POLNEAR)
