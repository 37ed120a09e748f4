#!/usr/bin/env python3
"""Generate FSRS fuzz test vectors for the Java scheduler from py-fsrs 6.3.x.

py-fsrs spreads a card's next interval in the review state over a small range
around it (the "fuzz"), picking a point with random.random(). This script fixes
that draw: for intervals from 1 to 800 days and the maximum interval, and for a
set of draws in [0, 1), it asks the reference scheduler for the fuzzed interval
and writes interval, draw and result to
src/test/resources/org/amilab/review/fsrs-fuzz-vectors.json, which
FsrsFuzzVectorsTest replays against Fsrs.fuzzedDays.

The build does not run this script; the JSON it writes is committed. Run it as
generate_vectors.py is run (see README.md next to it):

    python3 tools/fsrs/generate_fuzz_vectors.py --fsrs-version 6.3.1
"""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from pathlib import Path

import fsrs
import fsrs.scheduler as reference
from fsrs import Scheduler

DRAWS = [0.0, 0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.999]
OUT = Path(__file__).resolve().parents[2] / "src/test/resources/org/amilab/review/fsrs-fuzz-vectors.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fsrs-version", default=getattr(fsrs, "__version__", None),
                        help="version of the py-fsrs source tree on PYTHONPATH, if it does not say")
    version = parser.parse_args().fsrs_version
    if not version or not version.startswith("6.3."):
        raise SystemExit(f"py-fsrs 6.3.x is needed, not {version}")
    scheduler = Scheduler(enable_fuzzing=True)
    days = list(range(1, 801)) + [scheduler.maximum_interval - 1, scheduler.maximum_interval]
    vectors = []
    for interval in days:
        for draw in DRAWS:
            reference.random = lambda fixed=draw: fixed
            fuzzed = scheduler._get_fuzzed_interval(interval=timedelta(days=interval))
            vectors.append([interval, draw, fuzzed.days])
    rows = ",\n".join("  " + json.dumps(row) for row in vectors)
    OUT.write_text('{"generator": "py-fsrs %s", "maximumInterval": %d, "columns": ["days", "draw", "fuzzedDays"],\n'
                   ' "vectors": [\n%s\n]}\n' % (version, scheduler.maximum_interval, rows))
    print(f"wrote {len(vectors)} fuzz vectors to {OUT}")


if __name__ == "__main__":
    main()
