"""Where casetracker keeps its data, and the limits ingestion applies."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "CASETRACKER_HOME"
DB_NAME = "casetracker.db"
INDEX_DIR = "whoosh"
LOCK_NAME = "ingest.lock"


def default_home(cwd: Path | None = None) -> Path:
    """`$CASETRACKER_HOME`, else `index/` under the working directory."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    return (cwd or Path.cwd()) / "index"


@dataclass(frozen=True, slots=True)
class Limits:
    """Per-file limits; a file over any of them is refused, never half-read."""

    max_bytes: int = 200 * 1024 * 1024
    max_pages: int = 5000
    timeout_s: float = 120.0


@dataclass(frozen=True, slots=True)
class Paths:
    home: Path

    @property
    def db(self) -> Path:
        return self.home / DB_NAME

    @property
    def index(self) -> Path:
        return self.home / INDEX_DIR

    @property
    def lock(self) -> Path:
        return self.home / LOCK_NAME
