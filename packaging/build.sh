#!/usr/bin/env bash
# Build the standalone one-folder program with PyInstaller, then prove it works.
#
#   bash packaging/build.sh [--dist DIR] [--archive]
#       default DIR: dist/  ->  DIR/annotator/annotator
#       --archive: also DIR/annotator-VERSION-linux-ARCH.tar.gz and its .sha256, to ship
#
# 1. sets up what the build needs (packaging/dev.sh setup: system packages, .venv with
#    PyInstaller, the compiled translations);
# 2. runs PyInstaller on packaging/annotator.spec;
# 3. runs the frozen program: `annotator --self-test` (no display; its last line must start
#    with OK), then the window offscreen on the demo project, closed once it has painted;
# 4. prints the size of the folder and what takes the space.
# Exit status 0 only if all of it worked. Steps for Windows and macOS: packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIST=$ROOT/dist
ARCHIVE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST=$(python3 -c 'import os, sys; print(os.path.abspath(sys.argv[1]))' "$2"); shift 2 ;;
    --archive) ARCHIVE=1; shift ;;
    *) echo "usage: bash packaging/build.sh [--dist DIR] [--archive]" >&2; exit 2 ;;
  esac
done
VENV=${ANNOTATOR_VENV:-$ROOT/.venv}
log() { printf '\033[1m[build.sh]\033[0m %s\n' "$*" >&2; }

bash packaging/dev.sh setup
"$VENV/bin/python" -c "import PyInstaller" 2>/dev/null || {
  log "installing PyInstaller (the build extra of pyproject.toml)"
  "$VENV/bin/python" -m pip install --quiet -e ".[test,build]" 2>&1 | grep -v "^WARNING: Location" || true
}

log "PyInstaller $("$VENV/bin/python" -m PyInstaller --version) -> $DIST/annotator"
start=$(date +%s)
"$VENV/bin/python" -m PyInstaller packaging/annotator.spec --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$ROOT/build/pyinstaller"
log "built in $(( $(date +%s) - start )) s"

PROGRAM=$DIST/annotator/annotator
[ -x "$PROGRAM" ] || { log "no program at $PROGRAM"; exit 1; }

# Linux: drop the debug sections of the libraries that have them (libpython and the
# standard library's modules of a Python built from source). Only those: stripping every
# library breaks the ones auditwheel patched.
if [ "$(uname -s)" = Linux ] && command -v strip >/dev/null && command -v readelf >/dev/null; then
  stripped=0
  while IFS= read -r -d '' lib; do
    # not grep -q: it would leave readelf to die of SIGPIPE, and pipefail makes that a "no"
    if readelf -S "$lib" 2>/dev/null | grep '\.debug_info' >/dev/null; then
      strip --strip-debug "$lib" && stripped=$((stripped + 1))
    fi
  done < <(find "$DIST/annotator" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
  log "stripped debug sections from $stripped libraries"
  # ICU data of root, English and Japanese only (packaging/shrink_icu.py says why and how)
  for icudata in "$DIST"/annotator/_internal/PySide6/Qt/lib/libicudata.so.*; do
    [ -f "$icudata" ] && "$VENV/bin/python" packaging/shrink_icu.py "$icudata"
  done
fi

# The checks run with a fresh user: nothing of the developer's settings or projects.
CHECK_HOME=$(mktemp -d)
trap 'rm -rf "$CHECK_HOME"' EXIT
export HOME=$CHECK_HOME XDG_CONFIG_HOME=$CHECK_HOME/config XDG_DATA_HOME=$CHECK_HOME/data \
  XDG_CACHE_HOME=$CHECK_HOME/cache XDG_STATE_HOME=$CHECK_HOME/state
unset ANNOTATOR_DATA_DIR ANNOTATOR_CONFIG_DIR ANNOTATOR_LOG_DIR

log "self-test"
"$PROGRAM" --self-test | tee "$CHECK_HOME/self-test.txt"
last=$(tail -n 1 "$CHECK_HOME/self-test.txt")
[[ $last == OK* ]] || { log "self-test failed: $last"; exit 1; }
# Qt's text services (ICU) must behave as in the source program: same digest.
frozen_text=$(grep "^text:" "$CHECK_HOME/self-test.txt")
source_text=$("$VENV/bin/annotator" --self-test | grep "^text:")
[ "$frozen_text" = "$source_text" ] || { log "text services differ from the source program's:"; \
  log "  frozen: $frozen_text"; log "  source: $source_text"; exit 1; }

log "the window, offscreen, on the demo project (Japanese)"
LIMIT=(); command -v timeout >/dev/null && LIMIT=(timeout 120)  # macOS has no timeout(1); bash 3.2 there: the ${a[@]+...} form
QT_QPA_PLATFORM=offscreen ANNOTATOR_QUIT_AFTER_PAINT=1 ${LIMIT[@]+"${LIMIT[@]}"} "$PROGRAM" --lang ja \
  2> "$CHECK_HOME/gui.txt" || { cat "$CHECK_HOME/gui.txt" >&2; log "the window did not start"; exit 1; }
grep -q "first frame painted" "$CHECK_HOME/gui.txt" || { cat "$CHECK_HOME/gui.txt" >&2; log "no frame painted"; exit 1; }
grep -q "statistics drawn: [1-9]" "$CHECK_HOME/gui.txt" || { cat "$CHECK_HOME/gui.txt" >&2; log "no statistics"; exit 1; }
ls "$XDG_DATA_HOME"/annotator/demo.annotator >/dev/null || { log "the demo project was not created"; exit 1; }
grep "annotator:" "$CHECK_HOME/gui.txt" >&2

INTERNAL=$DIST/annotator/_internal
log "size of $DIST/annotator: $(du -sh "$DIST/annotator" | cut -f1)"
{
  du -sh "$INTERNAL"/unidic_lite "$INTERNAL"/PySide6 "$INTERNAL"/numpy "$INTERNAL"/numpy.libs \
    "$INTERNAL"/pyqtgraph "$INTERNAL"/base_library.zip 2>/dev/null || true
  du -sh "$INTERNAL"/PySide6/Qt/lib/* 2>/dev/null | sort -rh | head -8 || true
} >&2
if [ "$ARCHIVE" = 1 ]; then
  version=$("$PROGRAM" --version | awk '{print $2}')
  tarball="$DIST/annotator-$version-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$tarball" annotator
  sha=(sha256sum); command -v sha256sum >/dev/null || sha=(shasum -a 256)  # macOS
  (cd "$DIST" && "${sha[@]}" "$(basename "$tarball")" > "$(basename "$tarball").sha256")
  log "archive: $tarball ($(du -h "$tarball" | cut -f1))"
fi
log "OK: $PROGRAM"
