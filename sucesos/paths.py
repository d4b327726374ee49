"""Where sucesos keeps its data: one per-user folder, overridable per run.

The database is found, in order, from an explicit `--db` value, the `SUCESOS_DB` environment
variable (a file path or an SQLAlchemy URL), then `$XDG_DATA_HOME/sucesos/sucesos.db`
(`~/.local/share/sucesos/sucesos.db` when XDG_DATA_HOME is unset).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "SUCESOS_DB"


def data_dir() -> Path:
    """The per-user data folder (not created here; writers create it when they need it)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "sucesos"


def default_db_path() -> Path:
    """The database file used when neither `--db` nor SUCESOS_DB says otherwise."""
    return data_dir() / "sucesos.db"


def demo_db_path() -> Path:
    """The throw-away database `sucesos demo` recreates on each run."""
    return data_dir() / "demo.db"


def is_url(value: str) -> bool:
    """True when `value` looks like an SQLAlchemy URL ("sqlite:///x.db", "postgresql://…")."""
    return "://" in value


def db_url(db: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL of the database to open: `db`, else SUCESOS_DB, else the default.

    A plain path becomes an SQLite URL and its parent folder is created, so a first run on a
    new machine works without setup.
    """
    value = os.fspath(db) if db is not None else os.environ.get(ENV_DB) or None
    if value and is_url(value):
        return value
    path = Path(value).expanduser() if value else default_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.resolve()}"
