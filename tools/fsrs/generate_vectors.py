#!/usr/bin/env python3
"""Generate FSRS-6 test vectors for the Java scheduler from py-fsrs 6.3.x.

Replays random (but seeded, so reproducible) review histories through the
reference scheduler, py-fsrs, with its defaults except that fuzzing is off, and
writes after every review the card's state, step, stability, difficulty and due
moment to src/test/resources/org/amilab/review/fsrs-vectors.json, which
FsrsVectorsTest replays against our implementation.

The build does not run this script; the JSON it writes is committed. Run it by
hand only to regenerate the vectors (see README.md next to it):

    pip install fsrs==6.3.1          # or put a checkout of py-fsrs on PYTHONPATH
    python3 tools/fsrs/generate_vectors.py

A package installed with pip exposes its version, which must be 6.3.x. A bare
source tree on PYTHONPATH does not; then state the version of that tree with
--fsrs-version 6.3.1 (it goes into the "generator" field).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
from fsrs import Card, Rating, Scheduler, State

SEED = 20260105
HISTORIES = 640
RETRIEVABILITY_HISTORIES = 100  # the first this many histories also record retrievability
MAX_REVIEWS = 25
RATING_WEIGHTS = {Rating.Again: 15, Rating.Hard: 15, Rating.Good: 50, Rating.Easy: 20}
# lateness is 0..3x the current interval, but never more than this, so that 25
# reviews of a card at the 36500-day maximum interval still end before year 9999
MAX_LATENESS = timedelta(days=3650)
DAY = timedelta(days=1)

DEFAULT_OUTPUT = (Path(__file__).resolve().parents[2]
                  / "src/test/resources/org/amilab/review/fsrs-vectors.json")


def package_version() -> str | None:
    """The version the imported fsrs package exposes, or None if it exposes none."""
    version = getattr(fsrs, "__version__", None)
    if version:
        return str(version)
    try:
        from importlib import metadata
        dist = metadata.distribution("fsrs")
    except Exception:  # not installed (e.g. a source tree on PYTHONPATH)
        return None
    # only trust the metadata if it describes the package actually imported
    try:
        installed = Path(dist.locate_file("fsrs/__init__.py")).resolve()
        if installed != Path(fsrs.__file__).resolve():
            return None
    except Exception:
        return None
    return dist.version


def iso(moment: datetime) -> str:
    assert moment.tzinfo == timezone.utc and moment.microsecond == 0, moment
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def whole_seconds(delta: timedelta) -> timedelta:
    return timedelta(seconds=int(delta.total_seconds()))


def next_review_at(rng: random.Random, card: Card, created: datetime) -> datetime:
    """When the card is next reviewed, drawn relative to its due moment."""
    if card.last_review is None:  # a new card: due when created
        roll = rng.random()
        if roll < 0.15:
            return created
        if roll < 0.85:
            return created + timedelta(seconds=rng.randint(1, 3600))
        return created + timedelta(seconds=rng.randint(3600, 40 * 86400))

    last, due = card.last_review, card.due
    interval = due - last
    roll = rng.random()
    if roll < 0.12:  # exactly when due
        at = due
    elif roll < 0.62:  # late by 0..3x the interval
        at = due + whole_seconds(min(interval * (3 * rng.random()), MAX_LATENESS))
    elif roll < 0.70:  # a long absence, days to months (long-term path even in (re)learning)
        at = due + timedelta(seconds=rng.randint(86400, 120 * 86400))
    elif roll < 0.80:  # early, anywhere between the last review and due
        at = last + whole_seconds(interval * rng.random())
    elif roll < 0.90:  # early, minutes after the last review (same day)
        at = last + timedelta(seconds=rng.randint(1, 2 * 3600))
    elif roll < 0.95:  # early, seconds before due
        at = due - timedelta(seconds=rng.randint(1, 60))
    else:  # the 24-hour boundary of "same day" (timedelta.days < 1)
        at = last + timedelta(seconds=rng.choice((86399, 86400, 86401)))
    return max(at, last + timedelta(seconds=1))


def generate(scheduler: Scheduler, rng: random.Random, stats: Counter) -> list[dict]:
    ratings, weights = zip(*RATING_WEIGHTS.items())
    year_start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    histories = []
    for index in range(HISTORIES):
        created = year_start + timedelta(seconds=rng.randint(0, 365 * 86400 - 1))
        card = Card(card_id=index + 1, due=created)
        with_retrievability = index < RETRIEVABILITY_HISTORIES
        reviews = []
        for _ in range(rng.randint(1, MAX_REVIEWS)):
            at = next_review_at(rng, card, created)
            rating = rng.choices(ratings, weights)[0]
            review: dict = {"at": iso(at), "rating": int(rating)}
            if card.last_review is None:
                stats["path: first review"] += 1
            elif (at - card.last_review).days < 1:
                stats["path: same-day (short-term)"] += 1
            else:
                stats["path: a day or more (long-term)"] += 1
            if with_retrievability and card.last_review is not None:
                review["retrievability"] = scheduler.get_card_retrievability(card, at)
            card, _ = scheduler.review_card(card, rating, at)
            review.update({
                "state": card.state.name.lower(),
                "step": card.step,
                "stability": float(card.stability),
                "difficulty": float(card.difficulty),
                "due": iso(card.due),
            })
            reviews.append(review)
            stats["reviews"] += 1
            stats["state: " + card.state.name.lower()] += 1
            stats["rating: " + rating.name] += 1
            if card.state == State.Review and card.due - at == timedelta(days=scheduler.maximum_interval):
                stats["interval at the maximum"] += 1
            stats["latest"] = max(stats["latest"], card.due.year)
        histories.append({"created": iso(created), "reviews": reviews})
    return histories


def write(path: Path, header: dict, histories: list[dict]) -> None:
    """Compact JSON, one history per line."""
    compact = {"separators": (",", ":"), "allow_nan": False}
    lines = ["{"]
    for key, value in header.items():
        lines.append(f"{json.dumps(key)}:{json.dumps(value, **compact)},")
    lines.append('"histories":[')
    lines.append(",\n".join(json.dumps(h, **compact) for h in histories))
    lines.append("]}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--fsrs-version",
                        help="version of py-fsrs when the package does not expose one (a source tree)")
    args = parser.parse_args()

    version = package_version()
    if version is None:
        if not args.fsrs_version:
            parser.error("the fsrs package imported exposes no version; say which it is with --fsrs-version 6.3.1")
        version = args.fsrs_version
    elif args.fsrs_version and args.fsrs_version != version:
        parser.error(f"--fsrs-version {args.fsrs_version} but the package is {version}")
    if not (version == "6.3" or version.startswith("6.3.")):
        print(f"py-fsrs {version} imported from {fsrs.__file__}; these vectors are for 6.3.x", file=sys.stderr)
        return 1

    scheduler = Scheduler(enable_fuzzing=False)
    settings = scheduler.to_dict()
    if len(settings["parameters"]) != 21:
        print(f"expected the 21 FSRS-6 parameters, got {len(settings['parameters'])}", file=sys.stderr)
        return 1
    header = {
        "generator": f"py-fsrs {version}",
        "parameters": settings["parameters"],
        "desired_retention": settings["desired_retention"],
        "learning_steps_seconds": settings["learning_steps"],
        "relearning_steps_seconds": settings["relearning_steps"],
        "maximum_interval_days": settings["maximum_interval"],
    }

    stats: Counter = Counter()
    histories = generate(scheduler, random.Random(SEED), stats)
    write(args.output, header, histories)

    print(f"py-fsrs {version} from {fsrs.__file__}, seed {SEED}")
    print(f"defaults: learning steps {settings['learning_steps']} s, relearning steps "
          f"{settings['relearning_steps']} s, maximum interval {settings['maximum_interval']} days, "
          f"desired retention {settings['desired_retention']}")
    print(f"histories: {len(histories)} ({RETRIEVABILITY_HISTORIES} with retrievability)")
    for key in sorted(k for k in stats if k != "latest"):
        print(f"{key}: {stats[key]}")
    print(f"latest due year: {stats['latest']}")
    print(f"wrote {args.output} ({args.output.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
