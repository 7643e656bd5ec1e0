"""Search benchmark: in-process query latency and whole-process CLI time vs bare Whoosh.

Builds (once; cached under benchmarks/corpus/, git-ignored) an index of synthetic legal
pages, then prints:
  (a) median and p95 latency of PageIndex.search over a mixed query set;
  (b) median wall time of `python -m casetracker search ... --home DIR` against a minimal
      script that opens the same Whoosh index and runs the same query, and their ratio.

Usage: python benchmarks/search_bench.py [--pages 10000] [--runs 10] [--rebuild]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from casetracker.config import Paths
from casetracker.errors import SearchIndexError
from casetracker.fulltext import PageDoc, PageIndex

HERE = Path(__file__).resolve().parent
CACHE = HERE / "corpus" / "search"

SUBJECTS = [
    "The Plaintiff States",
    "Defendants",
    "The agencies",
    "HHS",
    "DHS",
    "CMS",
    "The Secretary",
    "The Court",
    "Amici",
    "The contractor",
    "Counsel for the States",
]
VERBS = [
    "argue that",
    "contend that",
    "acknowledge that",
    "dispute whether",
    "have shown that",
    "failed to explain why",
    "represent that",
    "do not contest that",
    "submit that",
]
OBJECTS = [
    "the transfer of Medicaid enrollee data",
    "the data-sharing agreement",
    "the new policy on data use",
    "the preliminary injunction",
    "the administrative record",
    "the request to impound the records",
    "the destruction of every copy",
    "the immigration enforcement purpose",
    "the privacy safeguards of the program",
    "the reasoned decision-making the statute requires",
    "the scope of the remedy",
    "the agencies' compliance report",
    "the status of the contractor's copy",
]
TAILS = ["was arbitrary and capricious.", "violated 42 U.S.C. § 1396a(a)(7).",
         "exceeded statutory authority under 5 U.S.C. § 706(2)(C).",
         "is addressed in the declaration at ECF No. {ecf}.", "remains disputed.",
         "was never disclosed to the public.", "conflicts with 5 U.S.C. § 552a(b).",
         "is moot in light of Dkt. {ecf}.", "requires a further hearing.",
         "would cause irreparable harm to the States.", "has been sequestered pending review.",
         "is contrary to the Privacy Act.", "must be vacated and set aside."]  # fmt: skip
RARE = ["laches", "estoppel", "mandamus", "ultra vires", "certiorari", "remittitur",
        "interlocutory", "severability", "prudential", "ripeness", "justiciability"]  # fmt: skip
TYPES = ["complaint", "motion", "opposition", "reply", "order", "declaration", "notice", "brief"]
STATES = ["CA", "NY", "NJ", "WA", "OR", "IL", "MA", "MI", "MN", "NV", "AZ", "CO", "WI"]

QUERIES = [
    "impound",
    "Medicaid data",
    '"reasoned decision-making"',
    '"arbitrary and capricious"',
    "impound* OR sequester*",
    "destory~",
    "contracter~1",
    "§ 1396a",
    "42 U.S.C. type:order",
    "Dkt. 44",
    "injunction state:NY filed:2025-08",
    "privacy NOT immigration",
    "laches OR estoppel",
    'title:motion "irreparable harm"',
    "ecf:120 records",
    "case:3:25-cv-05536-VC mandamus",
]  # fmt: skip

BARE_WHOOSH = """
import sys
from whoosh import index, query
ix = index.open_dir(sys.argv[1])
with ix.searcher() as s:
    r = s.search(query.Term("text", "impound"), limit=500)
    print(len(r), [h["page_id"] for h in r[:20]])
"""
CLI_QUERY = "impound"


def build(pages: int, seed: int = 7) -> Path:
    """The cached index of `pages` synthetic pages; rebuilt when the size differs."""
    home = CACHE / f"p{pages}"
    index_dir = Paths(home).index
    if index_dir.exists():
        try:
            with PageIndex.open(index_dir) as ix:
                if ix.page_count() == pages:
                    ix.optimize()  # no-op when already one segment
                    return home
        except SearchIndexError:  # built by an older schema: rebuild
            pass
    shutil.rmtree(home, ignore_errors=True)
    rng = random.Random(seed)
    started = time.perf_counter()
    per_filing = 20
    with PageIndex.open(index_dir) as ix:
        batch: dict[int, list[PageDoc]] = {}
        for filing_id in range(1, pages // per_filing + 1):
            ecf = filing_id
            filed = dt.date(2025, 7, 1) + dt.timedelta(days=filing_id // 3)
            kind = rng.choice(TYPES)
            states = tuple(rng.sample(STATES, 3))
            title = f"{kind.upper()} REGARDING {rng.choice(OBJECTS).upper()}"
            batch[filing_id] = [
                PageDoc(
                    f"{filing_id}:{p}",
                    filing_id,
                    "3:25-cv-05536-VC",
                    "cand",
                    ecf,
                    None,
                    p,
                    filed,
                    kind,
                    title,
                    ("State of California", "Kristi Noem"),
                    states,
                    _page_text(rng, ecf),
                    f"{filing_id:064x}",
                )
                for p in range(1, per_filing + 1)
            ]
            if len(batch) == 50:
                ix.replace_many(batch)
                batch = {}
        if batch:
            ix.replace_many(batch)
        ix.optimize()
    print(f"built {pages} pages in {time.perf_counter() - started:.0f} s -> {index_dir}")
    return home


def _page_text(rng: random.Random, ecf: int) -> str:
    sentences = []
    for _ in range(rng.randint(14, 24)):
        tail = rng.choice(TAILS).format(ecf=rng.randint(1, max(1, ecf)))
        extra = f" The {rng.choice(RARE)} argument fails." if rng.random() < 0.05 else ""
        sentences.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
                         f"{tail}{extra}")  # fmt: skip
    return " ".join(sentences)


def in_process(home: Path, rounds: int) -> list[float]:
    times = []
    with PageIndex.open(Paths(home).index) as ix:
        ix.search("warm up")
        for _ in range(rounds):
            for q in QUERIES:
                t = time.perf_counter()
                ix.search(q)
                times.append((time.perf_counter() - t) * 1000)
    return times


def wall(cmd: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args()
    if args.rebuild:
        shutil.rmtree(CACHE / f"p{args.pages}", ignore_errors=True)
    home = build(args.pages)

    times = sorted(in_process(home, rounds=5))
    p95 = times[int(len(times) * 0.95) - 1]
    median = statistics.median(times)
    print(f"(a) in-process search over {len(QUERIES)} queries x 5: "
          f"median {median:.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms")  # fmt: skip
    with PageIndex.open(Paths(home).index) as ix:
        for q in QUERIES:
            t = time.perf_counter()
            r = ix.search(q)
            ms = (time.perf_counter() - t) * 1000
            print(f"    {ms:7.1f} ms  {r.total_pages:6d} pages  {q}")

    py = sys.executable
    cli = [py, "-m", "casetracker", "--home", str(home), "search", CLI_QUERY, "--json"]
    bare = [py, "-c", BARE_WHOOSH, str(Paths(home).index)]
    cli_ms, bare_ms = wall(cli, args.runs), wall(bare, args.runs)
    print(f"(b) whole process, median of {args.runs}: casetracker search {cli_ms:.0f} ms, "
          f"bare Whoosh {bare_ms:.0f} ms, ratio {cli_ms / bare_ms:.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
