# GD Desktop developer commands. Quick start: `make run`, `make test`.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.stamp

.PHONY: venv system run test bench clean screenshots translations install-desktop

## venv: create .venv and install the package with test extras (re-runs when pyproject.toml changes)
venv: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -e '.[test]'
	touch $@

## system: make sure the Debian packages Qt, Mesa and Xvfb need are installed
system:
	PYTHON=$(PYTHON) bash .ci/system-packages.sh

## run: start the desktop app
run: system venv
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  $(BIN)/gd-desktop; \
	else \
	  echo "No display here: GD Desktop opens on a virtual 1280x800 screen (xvfb-run)."; \
	  echo "Set DISPLAY to see the window on yours."; \
	  xvfb-run -a -s "-screen 0 1280x800x24 -ac +extension GLX +render" $(BIN)/gd-desktop; \
	fi

## test: lint, format check, type check, layer contracts and the test suite (under Xvfb via pytest-xvfb)
test: system venv
	$(BIN)/ruff check gd_desktop tests
	$(BIN)/ruff format --check gd_desktop tests
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest

## bench: run the benchmarks (not part of `make test`)
bench: system venv
	$(BIN)/pip install torch==2.13.0  # for landscape_bench only; not an app dependency
	$(BIN)/python tests/benchmarks/run_all.py

## clean: remove the virtual environment, caches and build output
clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

## screenshots: regenerate the README screenshots on a 1920x1080 virtual screen
screenshots: system venv
	xvfb-run -a -s "-screen 0 1920x1080x24 -ac +extension GLX +render" $(BIN)/python tests/make_screenshots.py
	xvfb-run -a -s "-screen 0 1280x800x24 -ac +extension GLX +render" $(BIN)/python tests/make_race_gif.py

## translations: extract every tr() string into the Korean .ts file, then build the .qm files
TS_DIR := gd_desktop/resources/i18n
translations: venv
	$(BIN)/python -m gd_desktop.i18n_tools

## install-desktop: a menu entry and icon for this checkout's gd-desktop (user level, ~/.local/share)
DATA_HOME ?= $(HOME)/.local/share
install-desktop:
	@test -x $(BIN)/gd-desktop || echo "note: $(BIN)/gd-desktop is not there yet; run make venv"
	install -d $(DATA_HOME)/applications $(DATA_HOME)/icons/hicolor/scalable/apps
	install -m 644 gd_desktop/resources/icons/gd-desktop.svg $(DATA_HOME)/icons/hicolor/scalable/apps/gd-desktop.svg
	sed 's|^Exec=gd-desktop$$|Exec=$(abspath $(BIN))/gd-desktop|' gd_desktop/resources/gd-desktop.desktop \
	  > $(DATA_HOME)/applications/gd-desktop.desktop
	-update-desktop-database $(DATA_HOME)/applications 2>/dev/null
	@echo "Installed $(DATA_HOME)/applications/gd-desktop.desktop"
