# Two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint translations bench demo screenshots clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,dev]"
	@rm -f $(VENV)/.installed-*
	@touch $@

run: $(STAMP)
	@sh scripts/qt-sysdeps.sh gui
	$(BIN)/salesmgr

test: $(STAMP)
	@sh scripts/qt-sysdeps.sh
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check salesmgr tests bench scripts
	$(BIN)/mypy salesmgr
	$(BIN)/lint-imports --no-cache

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find salesmgr -name '*.py' | sort) -no-obsolete -ts resources/i18n/salesmgr_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/i18n/salesmgr_zh_CN.ts -qm resources/i18n/salesmgr_zh_CN.qm

bench: $(STAMP)
	$(BIN)/python bench/bench_demo.py
	$(BIN)/python bench/import_bench.py

screenshots: $(STAMP)
	@sh scripts/qt-sysdeps.sh fonts
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py out/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
