"""The scale corpus for benchmarks: distinct generated filings, grown to any page count.

    python benchmarks/corpus.py --pages 10000     # ~400 filings; 100000 for ~4,000

Filings come from `tools/make_filings.py`'s `make_scale_corpus`, one filing per seed, into
a pool (`benchmarks/corpus/pool/`, git-ignored) listed in `manifest.jsonl` in seed order.
A corpus of N pages is the shortest prefix of the pool with at least N pages, hard-linked
into `benchmarks/corpus/p<N>/`, so the 1,000-page corpus is part of the 10,000-page one
and growing to 100,000 pages only generates the difference. No two files share a SHA-256:
a duplicate (never seen so far) is recorded in the manifest and left out.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import shutil
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DEFAULT_ROOT = HERE / "corpus"
MANIFEST = "manifest.jsonl"
# Seeds of the pool start here so its files never collide with a test's own seeds.
FIRST_SEED = 100_000
# make_scale_corpus's briefs run 10-32 pages of body plus caption and signature pages.
EXPECTED_PAGES_PER_FILING = 25


@dataclass(frozen=True, slots=True)
class PoolFile:
    """One generated filing in the pool."""

    seed: int
    name: str
    pages: int
    size: int
    sha256: str
    duplicate: bool = False  # same bytes as an earlier file: kept out of every corpus


@dataclass(frozen=True, slots=True)
class Corpus:
    """A folder of distinct filings with at least the requested number of pages."""

    folder: Path
    files: tuple[Path, ...]
    pages: int

    @property
    def size(self) -> int:
        return sum(p.stat().st_size for p in self.files)


def _generate(pool: Path, seed: int) -> PoolFile:
    """Worker: write the filing of one seed and describe it."""
    sys.path.insert(0, str(REPO / "tools"))
    from make_filings import make_scale_corpus
    from pypdf import PdfReader

    (path,) = make_scale_corpus(pool, 1, seed)
    data = path.read_bytes()
    return PoolFile(
        seed, path.name, len(PdfReader(path).pages), len(data), hashlib.sha256(data).hexdigest()
    )


def read_manifest(pool: Path) -> list[PoolFile]:
    manifest = pool / MANIFEST
    if not manifest.exists():
        return []
    entries = [PoolFile(**json.loads(line)) for line in manifest.read_text().splitlines() if line]
    # A file deleted by hand invalidates the rest of the pool's order: cut it there.
    for n, entry in enumerate(entries):
        if not entry.duplicate and not (pool / entry.name).exists():
            return entries[:n]
    return entries


def grow_pool(pool: Path, pages: int, workers: int = 2, log: bool = True) -> list[PoolFile]:
    """Generate filings into `pool` until its distinct files hold at least `pages` pages."""
    pool.mkdir(parents=True, exist_ok=True)
    entries = read_manifest(pool)
    (pool / MANIFEST).write_text("".join(json.dumps(asdict(e)) + "\n" for e in entries))
    seen = {e.sha256 for e in entries}
    have = sum(e.pages for e in entries if not e.duplicate)
    next_seed = max((e.seed for e in entries), default=FIRST_SEED - 1) + 1
    while have < pages:
        count = max(1, math.ceil((pages - have) / EXPECTED_PAGES_PER_FILING))
        seeds = range(next_seed, next_seed + count)
        next_seed += count
        with (
            ProcessPoolExecutor(max_workers=max(1, workers)) as ex,
            (pool / MANIFEST).open("a") as out,
        ):
            # map keeps seed order, so the manifest (and every prefix corpus) is reproducible.
            for entry in ex.map(_generate, [pool] * count, seeds, chunksize=4):
                if entry.sha256 in seen:
                    entry = PoolFile(**{**asdict(entry), "duplicate": True})
                    (pool / entry.name).unlink()
                else:
                    seen.add(entry.sha256)
                    have += entry.pages
                out.write(json.dumps(asdict(entry)) + "\n")
                entries.append(entry)
        if log:
            print(f"pool: {have} pages in {len(seen)} filings", file=sys.stderr)
    return entries


def _prefix(entries: list[PoolFile], pages: int) -> Iterator[PoolFile]:
    total = 0
    for entry in entries:
        if total >= pages:
            return
        if not entry.duplicate:
            total += entry.pages
            yield entry


def make_corpus(
    pages: int, root: Path = DEFAULT_ROOT, workers: int = 2, log: bool = True
) -> Corpus:
    """The corpus of at least `pages` pages under `root/p<pages>/` (generated if missing)."""
    pool = root / "pool"
    chosen = list(_prefix(grow_pool(pool, pages, workers, log), pages))
    folder = root / f"p{pages}"
    wanted = {e.name for e in chosen}
    present = {p.name for p in folder.glob("*.pdf")} if folder.exists() else set()
    if present != wanted:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        for entry in chosen:
            _link(pool / entry.name, folder / entry.name)
    return Corpus(folder, tuple(folder / e.name for e in chosen), sum(e.pages for e in chosen))


def _link(src: Path, dst: Path) -> None:
    # A hard link costs no space and keeps the pool's mtime, so a re-run sees no change.
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10_000, help="at least this many pages")
    ap.add_argument("--root", type=Path, default=DEFAULT_ROOT, help="corpus folder")
    ap.add_argument("--workers", type=int, default=2, help="generator processes")
    args = ap.parse_args(argv)
    corpus = make_corpus(args.pages, args.root, args.workers)
    print(
        f"{corpus.folder}: {len(corpus.files)} filings, {corpus.pages} pages, "
        f"{corpus.size / 2**20:.1f} MiB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
