# Coretime: `make run` starts the app, `make check` runs every check. Both set themselves up.
VENV ?= .venv
PY := $(VENV)/bin/python
READY := $(VENV)/.ready
# Interface translations: the .ts files are kept in git; the .qm catalogues the app loads are built from
# them into the ui package (package data), never edited or committed.
TS := $(wildcard resources/translations/coretime_*.ts)
QM := $(patsubst resources/translations/%.ts,ui/translations/%.qm,$(TS))

.PHONY: run check quick lint test bench demo clean translations lupdate monkey bundle bundle-check

$(READY): pyproject.toml packaging/system-deps.sh
	sh packaging/system-deps.sh
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(READY)

translations: $(QM)

ui/translations/%.qm: resources/translations/%.ts | $(READY)
	@mkdir -p ui/translations
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# After changing texts in ui/: add the new ones to every .ts file, then translate them there.
lupdate: $(READY)
	$(VENV)/bin/pyside6-lupdate -silent -locations none -no-obsolete ui/*.py -ts $(TS)

run: $(READY) translations
	$(VENV)/bin/coretime

demo: $(READY)
	$(VENV)/bin/coretime-cli slots --me Asia/Tokyo --my-hours 'mon-fri 20:00-24:00; sat 09:00-12:00' \
		--client America/New_York --client-hours 'mon-fri 09:00-17:00' --from $$(date +%F)

lint: $(READY)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

test: $(READY) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

check: lint test

# A quicker loop while developing: lint, then the tests without the long property runs, the packaging
# builds and the long random-use run, few hypothesis examples, stopping at the first failure.
quick: $(READY) translations
	$(VENV)/bin/ruff check .
	CORETIME_HYPOTHESIS=quick QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -x -m 'not slow' \
		--ignore=tests/packaging --monkey-actions 300

# The random-use GUI test at length (CI runs 4,000 actions); SEED=n for another run.
monkey: $(READY) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m monkey -s tests/ui/test_monkey.py --monkey-actions 10000 \
		$(if $(SEED),--monkey-seed $(SEED))

bench: $(READY) translations
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run.py

# The double-click app: dist/coretime/ and, on Linux, dist/coretime-<version>-linux-<arch>.tar.gz.
bundle:
	bash packaging/build-bundle.sh

# Builds the bundle from nothing and checks it (size, smoke start, install, start-up figures).
bundle-check: $(READY)
	bash packaging/check-bundle.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis ui/translations packaging/build-venv build dist
