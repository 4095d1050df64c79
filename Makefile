# Two commands a newcomer needs: `make demo` (the main job) and `make test` (every check CI runs).
# Each creates or updates the project virtualenv .venv first, so nothing is installed by hand.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.lila-installed

.PHONY: install demo test bench bench-gpu docs clean-docs browser docs-check

install: $(STAMP)

# torch 2.13.0 first, as the package index serves it: PyPI's is the CUDA build for Linux x86-64 (several GB; it runs
# on a CPU too); a pip set up with a local CPU wheel (find-links, as where this is built) takes that one. On a CPU-only
# machine ask for the CPU build:  make install TORCH_INDEX=https://download.pytorch.org/whl/cpu
# With it torchvision 0.28.0, the release built for torch 2.13.0 (timm and open_clip import it). Everything is
# installed under constraints.txt, which pins both, so no later package can replace them.
# PyPI's torchvision beside a CPU torch wheel cannot load its compiled operators, and its import fails ("operator
# torchvision::nms does not exist"); only then torchvision_ops.pth goes into the venv (the file says what it does).
TORCH_INDEX ?=
SITE = $$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')

$(STAMP): settings.ini setup.py constraints.txt torchvision_ops.pth
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -c constraints.txt $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX)) torch torchvision
	$(BIN)/python -m pip install -qq -c constraints.txt -e ".[dev]"
	@if $(BIN)/python -c "import torchvision" 2>&1 | grep -q "torchvision::nms does not exist"; then \
	  cp torchvision_ops.pth "$(SITE)/" && echo "install: torchvision cannot load its compiled operators beside this torch: added torchvision_ops.pth to $(SITE)"; fi
	$(BIN)/python -c "import timm, torchvision; import torch; print('install: torch', torch.__version__, '/ torchvision', torchvision.__version__)"
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

# What CI runs (.ci/run): lila/ in sync with the notebooks, the notebooks clean, README.md generated from
# nbs/index.ipynb, every module importable; then every notebook's tests, one line per notebook as it finishes, and the
# counts at the end (notebooks passed and failed, cells skipped by flag). Measured: see the README.
test: $(STAMP)
	@set -euo pipefail; export PATH="$(CURDIR)/$(BIN):$$PATH" OMP_WAIT_POLICY=passive; \
	echo "make test: checks lila/ against the notebooks, notebook cleanliness, the README and the imports, then runs the tests of $$(ls nbs/*.ipynb | wc -l) notebooks"; \
	state() { git status --porcelain -- lila nbs; git diff -- lila nbs; }; \
	before=$$(state); nbdev_export; \
	if [[ "$$(state)" != "$$before" ]]; then git status --short -- lila; \
	  echo "FAIL: lila/ is not in sync with the notebooks: run nbdev_export and commit lila/"; exit 1; fi; \
	echo "ok: lila/ is what nbdev_export makes of the notebooks"; \
	nbdev_clean; \
	if [[ "$$(state)" != "$$before" ]]; then git status --short -- nbs; \
	  echo "FAIL: notebooks are not clean: run nbdev_clean and commit nbs/"; exit 1; fi; \
	echo "ok: the notebooks are clean (nbdev_clean changes nothing)"; \
	python -m lila.docs --readme --check || { echo "FAIL: README.md is not generated from nbs/index.ipynb: run python -m lila.docs --readme"; exit 1; }; \
	python -c "import importlib, pkgutil, lila; ms = [m.name for m in pkgutil.iter_modules(lila.__path__)]; \
	  [importlib.import_module('lila.' + m) for m in ms]; print('ok: import lila:', len(ms), 'modules')"; \
	python -m lila.docs --test || { echo "FAIL: the tests of the notebooks named above"; exit 1; }

# Docs without Quarto: every notebook executed (so the pages carry their figures), processed by nbdev and rendered
# to HTML pages with a sidebar in chapter order (see nbs/24_docs.ipynb). Users with Quarto can run nbdev_docs.
docs: $(STAMP)
	OMP_WAIT_POLICY=passive $(BIN)/python -m lila.docs --execute _docs

# Headless Chromium for screenshots of the docs (Debian packages; installed only when missing).
browser:
	@test -x /usr/bin/chromium || { apt-get update && apt-get install -y chromium chromium-driver; }

# Every page read with Python's HTML parser: internal links, anchors and images checked, external links only to the
# hosts of lila.docs.LINK_HOSTS (no browser needed).
# Screenshots for a person to look at: `make docs-check SHOTS=index,05_model` (headless Chromium, via `make browser`),
# in _docs/_screenshots/.
SHOTS ?=
docs-check: docs $(if $(SHOTS),browser)
	$(BIN)/python -m lila.docs --check _docs $(if $(SHOTS),--screenshots $(SHOTS))
