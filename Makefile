# Set-up is automatic: `make play` and `make test` create .venv on first use and
# reinstall when pyproject.toml or constraints.txt change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HEADLESS := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy PYGAME_HIDE_SUPPORT_PROMPT=1

.PHONY: play test quick lint typecheck unit docs golden tendencies fonts messages language lock clean

play: $(STAMP)
	$(BIN)/python main.py play

test: lint typecheck unit

unit: $(STAMP)
	$(HEADLESS) $(BIN)/python -m pytest -n auto --dist loadgroup -q

# The fast lane while editing: everything but the slow statistical studies.
quick: $(STAMP)
	$(HEADLESS) $(BIN)/python -m pytest -n auto --dist loadgroup -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# Regenerate scenarios/schema.json, the field reference in scenarios/README.md, the
# constants in docs/model.md and the scenarios' teaching notes in docs/scenarios/.
docs: $(STAMP)
	$(BIN)/python -m game.scenario.reference --write
	$(BIN)/python -m game.report.notes --write

# Record the golden games again (tests/golden): only after a deliberate change of what
# the engine does, named in the commit.
golden: $(STAMP)
	$(BIN)/python -m tests.golden.games

# Measure how each bundled scenario's games end (scenarios/tendencies.json, shown in the
# scenario browser): after a new scenario or a change of the rules. A few minutes.
tendencies: $(STAMP)
	$(BIN)/python -m game.sim.tendencies

# The game's messages (docs/translation.md): gather every message marked in the code
# (N_ and Np_) into game/locale/messages.pot, and bring each language's .po file up to
# date with it (new messages empty, changed ones marked fuzzy, for a translator).
messages: $(STAMP)
	$(BIN)/pybabel extract --no-default-keywords -k N_ -k Np_:1,2 -k Nc_:1c,2 --no-location \
	  --sort-output --no-wrap --project "Concert of Powers" --msgid-bugs-address "" \
	  --copyright-holder "Concert of Powers team" -o game/locale/messages.pot game
	! ls game/locale/*/LC_MESSAGES/messages.po >/dev/null 2>&1 || \
	  $(BIN)/pybabel update -i game/locale/messages.pot -d game/locale --no-wrap --ignore-obsolete

# A new language: `make language CODE=fr` starts game/locale/fr/LC_MESSAGES/messages.po
# from the messages, with the language's plural rule, for a translator to fill in.
language: $(STAMP)
	test -n "$(CODE)" || { echo "say which language: make language CODE=fr"; exit 2; }
	$(BIN)/pybabel init -i game/locale/messages.pot -d game/locale -l $(CODE) --no-wrap

# The web client's fonts (game/web/static/fonts): Latin cuts of assets/fonts as WOFF2,
# written again after a change of the fonts, and committed (a test checks them).
fonts: $(STAMP)
	$(BIN)/python -m game.web.fonts

# Re-resolve the pins after editing the versions in pyproject.toml: install from
# pyproject.toml alone (the old constraints may contradict the new versions), then freeze.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade -e '.[dev]'
	{ echo '# Every package the project installs, pinned. Regenerate with `make lock` after editing pyproject.toml.'; \
	  $(BIN)/python -m pip freeze --exclude-editable | grep -vi '^concert-of-powers'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	touch $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Concert of Powers needs Python 3.11 or newer; this is " + sys.version.split()[0] + ". Run: make PYTHON=python3.11")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis *.egg-info
