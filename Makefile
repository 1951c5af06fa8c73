# omsdesk — developer commands. `make demo` and `make test` do all the set-up.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: demo test bench install translations screenshots walkthrough build clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip

# Re-install whenever pyproject.toml changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -e ".[test,postgres]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/omsdesk demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not bench" -n auto $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/bench -m bench -s -q

translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find omsdesk connectors -name '*.py' -not -path '*/simulator/*' | sort) -no-obsolete -ts resources/translations/omsdesk_zh_CN.ts
	$(BIN)/pyside6-lrelease resources/translations/omsdesk_zh_CN.ts -qm resources/translations/omsdesk_zh_CN.qm

# Offscreen screenshots of the main window in English and Chinese (needs a CJK font).
screenshots: $(STAMP)
	$(BIN)/python -m tests.ui.screenshots --out shots

# Issue 3's "done when" story through the real main window, offscreen, in English and Chinese:
# a PNG per step plus the PDFs and Excel files it prints, in walkthrough/en and walkthrough/zh_CN.
walkthrough: $(STAMP)
	$(BIN)/python -m tests.ui.walkthrough --out walkthrough/en --language en
	$(BIN)/python -m tests.ui.walkthrough --out walkthrough/zh_CN --language zh_CN

build: $(STAMP)
	$(BIN)/python -m pip install -e ".[build]"
	$(BIN)/pyinstaller --noconfirm build.spec
	./dist/omsdesk/omsdesk --version

clean:
	rm -rf build dist *.egg-info
