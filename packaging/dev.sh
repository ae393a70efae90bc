#!/usr/bin/env bash
# Set everything up on a fresh Debian/Ubuntu machine, then run the app or the tests.
#
#   bash packaging/dev.sh gui [PROJECT]   # the annotation window (the demo project by default)
#   bash packaging/dev.sh test [ARGS]     # every test (pytest ARGS), Qt offscreen
#   bash packaging/dev.sh bench           # the benchmarks of tests/benchmarks
#   bash packaging/dev.sh setup           # only the setup
#
# Setup is idempotent and quick when nothing changed: system packages are installed only
# when missing, the virtual environment (.venv) only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
VENV=${ANNOTATOR_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}

# Qt's xcb platform and offscreen rendering, a Japanese font, Xvfb/xdotool for UI checks,
# the desktop-file validators; binutils, gcc and icu-devtools for the bundle (packaging/build.sh);
# PostgreSQL's server for the tests of shared projects (tests/pg.py starts a private one).
SYSTEM_PACKAGES=(
  python3-venv libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-xkb1
  fonts-ipaexfont xvfb xauth xdotool sqlite3 desktop-file-utils appstream
  binutils gcc icu-devtools shared-mime-info postgresql
)

log() { printf '\033[1m[dev.sh]\033[0m %s\n' "$*" >&2; }

setup_system() {
  command -v dpkg-query >/dev/null 2>&1 || { log "not Debian/Ubuntu: install Qt 6's runtime libraries and a Japanese font yourself"; return 0; }
  local missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { log "missing system packages (no sudo): ${missing[*]}"; return 0; }
    sudo=(sudo)
  fi
  log "installing system packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

setup_python() {
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' || { log "Python 3.10 or newer is needed"; exit 1; }
  local stamp="$VENV/.annotator-installed"
  if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    "$PYTHON" -m venv "$VENV"
  fi
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    log "installing annotator and its test tools into $VENV"
    # pip's own output is shown as it is: its errors are the ones to read when this fails
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip \
      || { log "upgrading pip failed (see above)"; exit 1; }
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test,build]" \
      || { log "installing annotator into $VENV failed (see pip's errors above)"; exit 1; }
    "$VENV/bin/python" -c "import annotator, fugashi, unidic_lite, PySide6.QtWidgets, pyqtgraph, PyInstaller" \
      || { log "the Python install is incomplete (see above)"; exit 1; }
    # the optional extras the export formats hf and spacy need, so that their tests run here;
    # where they cannot be installed those tests skip (the standalone bundle excludes them)
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[hf,spacy]" \
      || log "the optional extras hf and spacy could not be installed: their tests will skip"
    # GiNZA (the optional pretrained entity recommender), likewise
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[ginza]" \
      || log "the optional extra ginza could not be installed: its tests will skip"
    touch "$stamp"
  fi
}

setup_translations() {
  # .qm files are built from the .ts sources, never committed
  for ts in resources/translations/*.ts; do
    [ -e "$ts" ] || continue
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
    fi
  done
}

setup_bytecode() {
  # the package's own .pyc files (pip compiles what it installs, not an editable checkout):
  # a start from source should not compile 40 modules each time, even with PYTHONDONTWRITEBYTECODE
  "$VENV/bin/python" -m compileall -q annotator >/dev/null || true
}

setup() { setup_system; setup_python; setup_translations; setup_bytecode; }

cmd=${1:-gui}
[ $# -gt 0 ] && shift
case "$cmd" in
  setup) setup ;;
  gui)
    setup
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      log "no display: starting the window on a virtual X server (xvfb-run)"
      exec xvfb-run -a -s "-screen 0 1280x800x24" "$VENV/bin/annotator" gui "$@"
    fi
    exec "$VENV/bin/annotator" gui "$@"
    ;;
  test)
    setup
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  bench)
    setup
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    exec "$VENV/bin/python" -m pytest tests/benchmarks -m benchmark -s -p no:randomly "$@"
    ;;
  *) log "usage: bash packaging/dev.sh gui|test|bench|setup"; exit 2 ;;
esac
