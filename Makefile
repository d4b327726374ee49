# Setup is one target both `demo` and `test` depend on; it runs once (stamp file) and again
# only when pyproject.toml changes. Needs only Python 3.11+ on the machine.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.sucesos-installed

.PHONY: setup demo test lint clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@echo "== Creating $(VENV) and installing sucesos with its dependencies (about a minute the first time)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --progress-bar on -e '.[dev]'
	touch $(STAMP)
	@echo "== Installed. Run commands with $(BIN)/sucesos, or '. $(BIN)/activate' to put sucesos on PATH."

demo: setup
	$(BIN)/sucesos demo

lint: setup
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
