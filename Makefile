# Two commands a newcomer needs: `make demo` (the main job) and `make test` (every check CI runs).
# Each creates or updates the project virtualenv .venv first, so nothing is installed by hand.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.lila-installed

.PHONY: install demo test bench bench-gpu docs clean-docs browser docs-check

install: $(STAMP)

# torch first (the CPU wheel), then everything else under constraints.txt that pins it.
$(STAMP): settings.ini setup.py constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/lila_demo $(ARGS)

bench: $(STAMP)
	$(BIN)/lila_bench $(ARGS)

# On a CUDA machine: s/iteration, memory, FLOPs and MFU at the paper config (224², batch 32) for ViT-S/B/L with the
# cue pipeline, plus the before/after pair for ViT-S and PAMR under load; then the cue estimators (SEA-RAFT, Depth
# Anything V2) per call and batched as cue_store=step runs them (nbs/23_bench.ipynb). Report: runs/bench-gpu/.
bench-gpu: $(STAMP)
	$(BIN)/lila_bench --device cuda --paper --out runs/bench-gpu $(ARGS)
	$(BIN)/lila_bench --cues --device cuda --out runs/bench-gpu

# Library in sync with the notebooks, notebooks clean, notebook tests, import smoke test.
test: $(STAMP)
	@set -euo pipefail; export PATH="$(CURDIR)/$(BIN):$$PATH" OMP_WAIT_POLICY=passive; \
	state() { git status --porcelain -- lila nbs; git diff -- lila nbs; }; \
	before=$$(state); nbdev_export; \
	if [[ "$$(state)" != "$$before" ]]; then git status --short -- lila; \
	  echo "FAIL: lila/ is not in sync with the notebooks: run nbdev_export and commit lila/"; exit 1; fi; \
	nbdev_clean; \
	if [[ "$$(state)" != "$$before" ]]; then git status --short -- nbs; \
	  echo "FAIL: notebooks are not clean: run nbdev_clean and commit nbs/"; exit 1; fi; \
	n=$$(ls nbs/*.ipynb | wc -l); \
	if ! nbdev_test; then echo "FAIL: nbdev_test failed (see the notebooks named above)"; exit 1; fi; \
	python -m lila.docs --readme --check || { echo "FAIL: README.md is not generated from nbs/index.ipynb: run python -m lila.docs --readme"; exit 1; }; \
	python -c "import importlib, pkgutil, lila; ms = [m.name for m in pkgutil.iter_modules(lila.__path__)]; \
	  [importlib.import_module('lila.' + m) for m in ms]; print('import lila: ok,', len(ms), 'modules')"; \
	echo "make test: $$n passed, 0 failed (notebooks; nbdev_export in sync, notebooks clean, import ok)"

# Docs without Quarto: every notebook executed (so the pages carry their figures), processed by nbdev and rendered
# to HTML pages with a sidebar in chapter order (see nbs/24_docs.ipynb). Users with Quarto can run nbdev_docs.
docs: $(STAMP)
	OMP_WAIT_POLICY=passive $(BIN)/python -m lila.docs --execute _docs

# Headless Chromium for screenshots of the docs (Debian packages; installed only when missing).
browser:
	@test -x /usr/bin/chromium || { apt-get update && apt-get install -y chromium chromium-driver; }

# Every page read with Python's HTML parser: internal links, anchors and images checked (no browser needed).
# Screenshots for a person to look at: `make docs-check SHOTS=index,05_model` (headless Chromium, via `make browser`),
# in _docs/_screenshots/.
SHOTS ?=
docs-check: docs $(if $(SHOTS),browser)
	$(BIN)/python -m lila.docs --check _docs $(if $(SHOTS),--screenshots $(SHOTS))
