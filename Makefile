# Quick start: `make run` and `make test`. Each sets everything up on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard translations/*.ts))
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libnss3 libasound2 \
	fonts-dejavu-core fonts-noto-core xvfb poppler-utils

.PHONY: run demo test bench screenshots lint system-deps clean bundle smoke-bundle deb

$(STAMP): pyproject.toml
	@bash build_scripts/system_deps.sh $(APT_PACKAGES)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) build_scripts/translations.py build
	@touch $(STAMP)

# Compiled translations (gitignored), rebuilt whenever their .ts source changes.
translations/%.qm: translations/%.ts $(STAMP)
	$(PY) build_scripts/translations.py build $(patsubst asthma_app_%,%,$*)

run: $(STAMP) $(QM_FILES)
	$(PY) -m asthma_app $(ARGS)

demo: $(STAMP)
	$(PY) -m asthma_app --demo $(ARGS)


test: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) build_scripts/bench.py

lint: $(STAMP)
	$(PY) -m ruff check asthma_app tests build_scripts

screenshots: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) build_scripts/screenshots.py

# Installer: PyInstaller onedir in dist/asthma-app (docs/installer.md), then its smoke test.
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e ".[build]"
	$(PY) build_scripts/build_bundle.py
	$(PY) build_scripts/smoke_bundle.py

# Linux package from that bundle: dist/asthma-app_<version>_<arch>.deb (docs/installer.md).
deb: $(STAMP)
	$(PY) build_scripts/linux/make_deb.py

clean:
	rm -rf $(VENV) .pytest_cache build dist
