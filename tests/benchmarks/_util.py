"""Helpers for the benchmarks: child processes with peak RSS, results written as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[2] / "benchmark-results"

# VmHWM is the peak RSS of this program image. ru_maxrss is not: on Linux it survives
# fork + exec and so reports the parent's (pytest's) size when that was larger.
PEAK_RSS = textwrap.dedent("""
    def _peak_rss_mb():
        try:
            with open("/proc/self/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        import resource, sys
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return rss / 1024 / (1024 if sys.platform == "darwin" else 1)
""")


def run_child(code: str, timeout: float = 900) -> dict:
    """Run ``code`` in a fresh interpreter; it must print one JSON object as its last line."""
    res = subprocess.run([sys.executable, "-c", PEAK_RSS + textwrap.dedent(code)], capture_output=True, text=True,
                         timeout=timeout)
    if res.returncode != 0:
        raise RuntimeError(res.stderr)
    return json.loads(res.stdout.strip().splitlines()[-1])


def report(name: str, results: dict) -> None:
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"\n[{name}]")
    for k, v in results.items():
        print(f"  {k}: {v:.4g}" if isinstance(v, float) else f"  {k}: {v}")


def drop_page_cache() -> bool:
    """Empty the kernel's page cache (root on Linux only); False when this user may not."""
    import os

    try:
        os.sync()
        with open("/proc/sys/vm/drop_caches", "w") as fh:
            fh.write("3\n")
        return True
    except OSError:
        return False


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]
