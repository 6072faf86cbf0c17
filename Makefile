# Quick start: `make run` and `make test`. Each sets everything up on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard translations/*.ts))
# Qt's libraries and fonts; read aloud (speech-dispatcher with espeak-ng, docs/read-aloud.md);
# what the tests and screenshot scripts drive (Xvfb, xdotool, ImageMagick, an AT-SPI bus with
# pyatspi, poppler's pdftotext). docs/testing.md says which test needs which. The C compiler
# and binutils build the bundle's trimmed ICU data library (build_scripts/icu_data.py).
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libnss3 libasound2 \
	fonts-dejavu-core fonts-noto-core \
	speech-dispatcher speech-dispatcher-espeak-ng speech-dispatcher-audio-plugins libspeechd2 \
	espeak-ng libao4 \
	xvfb xdotool imagemagick dbus at-spi2-core python3-pyatspi poppler-utils \
	gcc binutils

# Debian's own python3 makes venvs only with python3-venv (ensurepip); other Pythons have it.
VENV_PACKAGE = $(shell $(PYTHON) -c "import ensurepip" 2>/dev/null || echo python3-venv)

.PHONY: run demo test bench screenshots lint contracts typecheck fresh-check system-deps clean bundle \
	smoke-bundle deb

$(STAMP): pyproject.toml
	@bash build_scripts/system_deps.sh $(APT_PACKAGES) $(VENV_PACKAGE)
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	$(PY) build_scripts/translations.py build
	$(PY) build_scripts/dataclass_code.py
	@touch $(STAMP)

# The dataclasses' methods compiled ahead (gitignored; asthma_app/dataclass_code.py), and
# PySide6's support code beside them (resources/pyside_code.marshal, ui/pyside_code.py).
DATACLASS_CODE := resources/dataclass_code.marshal
$(DATACLASS_CODE): $(shell find asthma_app -name '*.py') $(STAMP)
	$(PY) build_scripts/dataclass_code.py

# Compiled translations (gitignored), rebuilt whenever their .ts source changes.
translations/%.qm: translations/%.ts $(STAMP)
	$(PY) build_scripts/translations.py build $(patsubst asthma_app_%,%,$*)

run: $(STAMP) $(QM_FILES) $(DATACLASS_CODE)
	$(PY) -m asthma_app $(ARGS)

demo: $(STAMP)
	$(PY) -m asthma_app --demo $(ARGS)


test: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) build_scripts/bench.py

# ruff, then the import contracts (pyproject's [tool.importlinter]; docs/architecture.md).
lint: $(STAMP)
	$(PY) -m ruff check asthma_app tests build_scripts
	$(MAKE) --no-print-directory contracts

# Layers, no cycles, no Qt below the UI: pyproject's [tool.importlinter] contracts.
contracts: $(STAMP)
	$(VENV)/bin/lint-imports --no-cache

typecheck: $(STAMP)
	$(PY) -m mypy

# The README's set-up and test command in a fresh clone of the committed HEAD, from nothing:
# its own venv and build (pip's download cache is allowed). docs/testing.md.
fresh-check:
	bash build_scripts/fresh_check.sh

screenshots: $(STAMP) $(QM_FILES)
	QT_QPA_PLATFORM=offscreen $(PY) build_scripts/screenshots.py

# Installer: PyInstaller onedir in dist/asthma-app (docs/installer.md), then its smoke test.
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e ".[build]"
	$(PY) build_scripts/build_bundle.py
	$(PY) build_scripts/smoke_bundle.py

# The smoke test alone, on the bundle built last (tests/test_bundle.py runs it too).
smoke-bundle: $(STAMP)
	$(PY) build_scripts/smoke_bundle.py

# Linux package from that bundle: dist/asthma-app_<version>_<arch>.deb (docs/installer.md).
deb: $(STAMP)
	$(PY) build_scripts/linux/make_deb.py

clean:
	rm -rf $(VENV) .pytest_cache build dist
