# Two commands do all the set-up on a fresh machine:
#   make run    creates .venv, installs the program, starts it
#   make test   creates .venv, installs program + test tools (+ Debian tools where missing), runs every check
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test lint unit coverage bench screenshots translations sysdeps demo clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bench]'
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)
	$(PY) -m desktop $(ARGS)

# Debian tools the tests use as a person would (pdfsig, dcmdump, exiftool, Qt's system libraries).
sysdeps:
	@bash scripts/sysdeps.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check secure_store opvang bench tests/unit/secure_store tests/unit/opvang tests/fault tests/unit/bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

unit: $(STAMP)
	$(PY) -m pytest -p no:cacheprovider --cov --cov-report=term $(PYTEST_ARGS)
	$(PY) scripts/check_coverage.py

test: sysdeps $(STAMP) lint unit

bench: $(STAMP)
	$(PY) -m bench $(if $(QUICK),--quick,)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.screenshots docs/screenshots
	$(PY) -m desktop.reports.report_screenshots docs/screenshots

translations: $(STAMP)
	$(PY) scripts/build_translations.py

demo: $(STAMP)
	$(PY) -m desktop demo $(or $(DIR),demo-vault)

clean:
	rm -rf $(VENV) .coverage .mypy_cache .ruff_cache
