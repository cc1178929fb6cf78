# Editor App — the two commands a fresh clone needs: `make run` and `make test`.
#
# Interpreter: PySide6 6.12.0 on CPython 3.11 drops a reference to None on every
# void method call and aborts with "Fatal Python error: none_dealloc" after a few
# thousand calls. CPython 3.12+ has an immortal None and is immune, so we build the
# venv from the newest 3.12+ we can find (PATH first, then pyenv's versions).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
ARGS ?=

find_python = for p in python3.13 python3.12 $$(ls -d $$HOME/.pyenv/versions/3.1[2-9]*/bin/python3 /root/.pyenv/versions/3.1[2-9]*/bin/python3 /usr/bin/python3.1[2-9] /usr/local/bin/python3.1[2-9] 2>/dev/null | sort -rV); do \
	  if "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then command -v "$$p" || echo "$$p"; break; fi; \
	done
PYTHON ?= $(shell $(find_python))

# Shared libraries the Qt wheels load, plus the tools tests and screenshots use;
# postgresql: the store tests start a throwaway cluster when no server answers on :5432.
SYSTEM_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libnss3 \
	libxcomposite1 libxdamage1 libxrandr2 libxtst6 libxkbfile1 libasound2 fonts-dejavu-core \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
	libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 fonts-noto-core \
	desktop-file-utils appstream \
	postgresql
# tests/publishing runs a real WordPress: Debian's package on PHP's built-in server, with
# the machine's MariaDB (the client creates and drops a throwaway database). The package
# also pulls in Apache (its "apache2 | httpd" dependency); the tests do not use it.
SYSTEM_PACKAGES += wordpress php-cli php-mysql mariadb-client
# The Nu HTML Checker (vnu.jar, below) runs on Java; tests open an unpacked bundle in chromium.
SYSTEM_PACKAGES += default-jre-headless chromium
# `make bench`: the corpus reads the Vietnamese Hunspell word list (GPL-2, read, not copied);
# memory with the preview open is measured under a private Xvfb as well as offscreen.
# Spelling (issue 16): the same dictionary, read by editor_app.domain.spelling.
SYSTEM_PACKAGES += hunspell-vi xvfb
# tests/server/test_sync_faults.py runs a desktop whose clock is a day off (libfaketime).
SYSTEM_PACKAGES += faketime

# The Nu HTML Checker, pinned: the npm registry's vnu-jar tarball, checked by its SHA-256
# before it is unpacked into .tools/ (git-ignored). tests/export checks every page with it.
VNU_VERSION := 26.9.27
VNU_SHA256 := 5970d3ffca91a627cf0965e5d91bb2e4242307c29292998de0b419d6a901b2b7
VNU_JAR := .tools/vnu-$(VNU_VERSION).jar

.PHONY: run test lint typecheck pytest bench bench-quick sysdeps clean translations ts wheel package icons vnu

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	@if [ -z "$(PYTHON)" ]; then echo "error: Python 3.12 or newer is required (PySide6 6.12 aborts on 3.11)"; exit 1; fi
	@echo "Using $(PYTHON) ($$($(PYTHON) --version))"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	@touch $@

$(DEVSTAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[dev]'
	@touch $@

# Installs only what is missing; needs root (CI runs as root).
sysdeps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "warning: missing system packages:$$missing (install them with apt-get)"; fi; \
	fi

vnu: $(VNU_JAR)

$(VNU_JAR):
	@mkdir -p .tools
	curl -sSfL -o .tools/vnu-jar-$(VNU_VERSION).tgz https://registry.npmjs.org/vnu-jar/-/vnu-jar-$(VNU_VERSION).tgz
	echo "$(VNU_SHA256)  .tools/vnu-jar-$(VNU_VERSION).tgz" | sha256sum -c --quiet
	tar -xzf .tools/vnu-jar-$(VNU_VERSION).tgz -C .tools --strip-components=3 package/build/dist/vnu.jar
	mv .tools/vnu.jar $@ && rm .tools/vnu-jar-$(VNU_VERSION).tgz

# Compiled translations (.qm) are built, not committed; the .ts files are the source.
translations: $(QM)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the source after changing UI strings (then translate them).
# qtbase_*.ts stand in for catalogues Qt does not ship: their strings are Qt's, not ours.
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate src/editor_app/gui/*.py src/editor_app/gui/*/*.py src/editor_app/app.py \
		-ts $(filter-out resources/translations/qtbase_%,$(TS)) -target-language vi_VN

# The wheel: setup.py copies resources/ into the package and compiles the translations.
wheel: $(STAMP)
	rm -f dist/editor_app-*.whl
	$(PY) -m pip wheel -q --no-deps -w dist .

# The application folder dist/editor-app/ (PyInstaller one-dir), frozen from the wheel
# installed in a venv of its own, so it holds exactly what `pip install` gives.
PKGVENV := build/package-venv
package: wheel sysdeps
	rm -rf $(PKGVENV) dist/editor-app
	$(PYTHON) -m venv $(PKGVENV)
	$(PKGVENV)/bin/python -m pip install -q dist/editor_app-*.whl 'pyinstaller>=6.10'
	$(PKGVENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/pyinstaller/editor-app.spec
	@du -sh dist/editor-app

# The PNG icons, rendered from the SVG we draw (rsvg-convert: Debian's librsvg2-bin).
ICON_SVG := resources/icons/hicolor/scalable/apps/vn.editorapp.EditorApp.svg
icons:
	@command -v rsvg-convert >/dev/null || apt-get install -y -qq librsvg2-bin
	for n in 16 24 32 48 64 128 256 512; do mkdir -p resources/icons/hicolor/$${n}x$${n}/apps; \
	  rsvg-convert -w $$n -h $$n $(ICON_SVG) -o resources/icons/hicolor/$${n}x$${n}/apps/vn.editorapp.EditorApp.png; done

run: $(STAMP) sysdeps translations
	$(VENV)/bin/editor-app $(ARGS)

lint: $(DEVSTAMP)
	$(VENV)/bin/ruff check src tests benchmarks setup.py packaging

typecheck: $(DEVSTAMP)
	$(VENV)/bin/mypy

pytest: $(DEVSTAMP) sysdeps translations $(VNU_JAR)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

test: lint typecheck pytest

bench: $(DEVSTAMP) sysdeps translations
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

# The same rows on 5,000 articles, a few minutes; the same budgets (set for 100,000).
bench-quick: $(DEVSTAMP) sysdeps translations
	BENCH_QUICK=1 QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache bench build dist
