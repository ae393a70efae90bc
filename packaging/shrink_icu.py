"""Replace the bundle's ICU data library by one holding what a Japanese/English program needs.

    python packaging/shrink_icu.py dist/annotator/_internal/PySide6/Qt/lib/libicudata.so.73

PySide6's Linux wheels ship ICU with the data of every locale (libicudata: 31 MB). Qt uses
ICU for collation, text boundaries, codecs and time zones; this program shows Japanese and
English. The data is repacked, the way Node.js's "small-icu" builds are, keeping:

- everything that is not one locale's resource bundle: Unicode properties, normalization,
  break iterators and their dictionaries (cjdict), all codecs, the collation root tables,
  time-zone data, supplemental data, resource pools and indexes;
- the bundles of ``root``, ``en``/``en_*`` and ``ja``/``ja_*`` in every tree.

Dropped: the other ~600 locales' names, currencies, units and collation tailorings, and the
transliteration rules (Qt does not use them). A locale not kept falls back to root, as ICU
does for any locale it lacks. ``annotator --self-test`` lays out Japanese text, finds word
boundaries and sorts with a Japanese collator; the packaging test requires the frozen program
to give the same digest as the source one.

Linux only (Windows uses the system's ICU, macOS builds of Qt use none). Needs ``icupkg`` and
``genccode`` (Debian: icu-devtools) and a C compiler; without them, the library is left as is.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEPT_LOCALE = re.compile(r"^(root|en|ja)(_.*)?$")
DROPPED_TREES = ("translit/",)


def _symbol_bytes(lib: Path) -> tuple[str, bytes]:
    """The ``icudt<NN>_dat`` symbol of ``lib``: its name and content (the ICU common data)."""
    symbols = subprocess.run(["readelf", "-s", "-W", str(lib)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)$",
                      symbols, re.M)
    if not match:
        raise SystemExit(f"{lib}: no icudt*_dat symbol")
    address, size, _, name = int(match[1], 16), int(match[2], 0), match[3], match[4]
    sections = subprocess.run(["readelf", "-S", "-W", str(lib)], capture_output=True, text=True, check=True).stdout
    for line in sections.splitlines():
        fields = line.split("]", 1)[-1].split()
        if len(fields) >= 5 and fields[0].startswith("."):
            sec_addr, sec_off, sec_size = int(fields[2], 16), int(fields[3], 16), int(fields[4], 16)
            if sec_addr <= address < sec_addr + sec_size:
                offset = sec_off + address - sec_addr
                return name, lib.read_bytes()[offset:offset + size]
    raise SystemExit(f"{lib}: cannot find the section of {name}")


def _dropped(item: str) -> bool:
    if item.startswith(DROPPED_TREES):
        return True
    stem = item.rsplit("/", 1)[-1]
    if not stem.endswith(".res"):
        return False
    stem = stem[:-4]
    # locale bundles are named like a language tag; pool, res_index, supplementalData... are not
    looks_like_locale = re.match(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$", stem) is not None
    return looks_like_locale and not KEPT_LOCALE.match(stem)


def shrink(lib: Path) -> tuple[int, int]:
    tools = [shutil.which(t) for t in ("icupkg", "genccode", "readelf")]
    cc = shutil.which("cc") or shutil.which("gcc")
    if not all(tools) or cc is None:
        print("shrink_icu: icupkg, genccode, readelf or cc missing: the ICU data is left whole", file=sys.stderr)
        return lib.stat().st_size, lib.stat().st_size
    icupkg, genccode, _ = tools
    symbol, data = _symbol_bytes(lib)
    entry = symbol.removesuffix("_dat")  # icudt73
    before = lib.stat().st_size
    dynamic = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True, check=True).stdout
    soname_match = re.search(r"\(SONAME\).*\[(.+)\]", dynamic)
    soname = soname_match[1] if soname_match else lib.name
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        full = work / f"{entry}l.dat"
        full.write_bytes(data)
        items = subprocess.run([icupkg, "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
        dropped = [i for i in items if _dropped(i)]
        (work / "drop.txt").write_text("\n".join(dropped) + "\n")
        small = work / "small" / f"{entry}l.dat"
        small.parent.mkdir()
        subprocess.run([icupkg, "-r", str(work / "drop.txt"), str(full), str(small)], check=True,
                       capture_output=True)
        subprocess.run([genccode, "-a", "gcc", "-e", entry, "-d", str(work), str(small)], check=True,
                       capture_output=True)
        (asm,) = work.glob("*.S")
        out = work / lib.name
        subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(asm)],
                       check=True)
        shutil.copyfile(out, lib)
    print(f"shrink_icu: {lib.name}: {len(items) - len(dropped)} of {len(items)} items kept, "
          f"{before / 2**20:.1f} MiB -> {lib.stat().st_size / 2**20:.1f} MiB", file=sys.stderr)
    return before, lib.stat().st_size


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/shrink_icu.py path/to/libicudata.so.NN")
    shrink(Path(sys.argv[1]))
