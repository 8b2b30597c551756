# OPD Studio — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
APP    := $(VENV)/.app-installed
DEV    := $(VENV)/.dev-installed
TS     := opdstudio/resources/translations/opdstudio_en.ts
# Qt ships no Indonesian for its own dialogs (no qtbase_id.qm): ours, kept by hand
QT_ID  := opdstudio/resources/translations/qtbase_id.ts
ARGS   ?=

.PHONY: run test lint bench translations screenshots clean dist

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(APP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(DEV): pyproject.toml $(APP)
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

## run: start OPD Studio on a local SQLite profile (ARGS=--demo for demo data)
run: $(APP)
	@$(BIN)/python -m opdstudio.ui.syscheck
	$(BIN)/python main.py $(ARGS)

## test: the whole suite headless, including a real PostgreSQL started by the suite (pgserver)
test: $(DEV)
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m opdstudio.ui.syscheck
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadgroup -p no:cacheprovider

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy opdstudio/core

bench: $(DEV)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py

## translations: refresh the .ts from the sources (Indonesian is the source language), translate the new
## strings with `.venv/bin/pyside6-linguist opdstudio/resources/translations/opdstudio_en.ts`, then compile the .qm
translations: $(APP)
	$(BIN)/pyside6-lupdate $$(git ls-files 'opdstudio/ui/*.py' 'opdstudio/ui/**/*.py' opdstudio/app.py) -ts $(TS) -no-obsolete
	$(BIN)/pyside6-lrelease $(TS) -qm $(TS:.ts=.qm)
	$(BIN)/pyside6-lrelease $(QT_ID) -qm $(QT_ID:.ts=.qm)

## dist: build both packages into dist/ (Linux tarball with PyInstaller, Windows installer with pynsist + NSIS)
## (both at once: PyInstaller and NSIS's compressor each keep one core busy)
dist:
	@mkdir -p build
	@bash installer/build_windows.sh >build/dist-windows.log 2>&1 & windows=$$!; \
	bash installer/build_linux.sh || { kill $$windows; exit 1; }; \
	wait $$windows; status=$$?; cat build/dist-windows.log; exit $$status

clean:
	rm -rf $(VENV) build dist *.egg-info
