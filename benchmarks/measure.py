"""Measuring a command as a whole process tree: wall time and peak memory.

`run_measured(cmd)` starts `cmd` under a tiny wrapper process, so the wrapper's
`getrusage(RUSAGE_CHILDREN)` covers exactly this command and its workers (the largest
single process's peak RSS), while a sampler thread here sums the RSS of the whole tree
(parent + workers) from /proc every `SAMPLE_S` seconds. Linux only for the tree sum; elsewhere
it is reported as None.
"""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SAMPLE_S = 0.05
# Runs the command, then reports into a file its tree's largest peak RSS (Linux: KiB) and
# CPU seconds (user + system, workers included).
_WRAPPER = """
import json, resource, subprocess, sys
rc = subprocess.call(sys.argv[2:])
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
open(sys.argv[1], "w").write(json.dumps({"rc": rc, "maxrss_kib": usage.ru_maxrss, "cpu_s": cpu}))
sys.exit(rc)
"""


@dataclass(frozen=True, slots=True)
class Measured:
    """One run of a command."""

    wall_s: float
    returncode: int
    stdout: str
    stderr: str
    tree_peak_rss_mib: float | None  # parent + workers, sampled
    max_process_rss_mib: float  # the single largest process (getrusage)
    cpu_s: float  # user + system of the whole tree: less sensitive than wall time to load


def _parents() -> dict[int, int]:
    """pid -> parent pid of every process we can see."""
    out: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: fields start after the last ')'.
        fields = stat[stat.rfind(b")") + 2 :].split()
        out[int(entry.name)] = int(fields[1])
    return out


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            resident_pages = int(f.read().split()[1])
    except (OSError, IndexError, ValueError):
        return 0
    return resident_pages * os.sysconf("SC_PAGE_SIZE") // 1024


def tree_rss_kib(root: int) -> int:
    """Summed RSS of `root` and all its descendants, now."""
    parents = _parents()
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_kib(pid)
        stack.extend(children.get(pid, ()))
    return total


def run_measured(cmd: Sequence[str], *, cwd: Path | None = None) -> Measured:
    """Run `cmd` to completion, timing it and tracking its memory."""
    can_sample = Path("/proc/self/statm").exists()
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "rusage.json"
        wrapper = [sys.executable, "-c", _WRAPPER, str(report), *cmd]
        peak = [0]
        started = time.perf_counter()
        proc = subprocess.Popen(
            wrapper, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        done = threading.Event()

        def sample() -> None:
            while not done.wait(SAMPLE_S):
                # The wrapper's own few MiB are left out: it is not part of the command.
                peak[0] = max(peak[0], tree_rss_kib(proc.pid) - _rss_kib(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        if can_sample:
            sampler.start()
        stdout, stderr = proc.communicate()
        wall = time.perf_counter() - started
        done.set()
        if can_sample:
            sampler.join()
        usage = json.loads(report.read_text()) if report.exists() else {}
    # ru_maxrss is KiB on Linux, bytes on macOS.
    scale = 1 / 2**20 if sys.platform == "darwin" else 1 / 1024
    return Measured(
        wall,
        proc.returncode,
        stdout,
        stderr,
        peak[0] / 1024 if can_sample else None,
        usage.get("maxrss_kib", 0) * scale,
        usage.get("cpu_s", 0.0),
    )


def percentile(samples: Sequence[float], q: float) -> float:
    """The `q` quantile (0..1) by the nearest-rank method."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), math.ceil(q * len(ordered))))
    return ordered[rank - 1]


def median(samples: Sequence[float]) -> float:
    return statistics.median(samples)
