"""What a running server needs to know: the database, the write token, who may read."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

TOKEN_ENV = "SUCESOS_TOKEN"
TOKEN_FILE_ENV = "SUCESOS_TOKEN_FILE"
PRIVATE_ENV = "SUCESOS_PRIVATE"

_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """Server settings.

    `token` guards writes (POST /api/articles); with no token configured writes are refused.
    `private=True` makes reads need the token too (reads are open by default, like a public
    dataset).
    """

    db: str | None = None
    token: str | None = None
    private: bool = False

    @classmethod
    def from_env(
        cls,
        db: str | None = None,
        token_file: str | os.PathLike[str] | None = None,
        private: bool | None = None,
    ) -> Settings:
        """Settings from arguments, else the environment: SUCESOS_TOKEN (the token itself),
        SUCESOS_TOKEN_FILE (a file holding it; first line, surrounding blanks dropped),
        SUCESOS_PRIVATE=1 (reads need the token)."""
        token = os.environ.get(TOKEN_ENV) or None
        path = token_file or os.environ.get(TOKEN_FILE_ENV)
        if path:
            lines = Path(path).read_text(encoding="utf-8").strip().splitlines()
            token = lines[0].strip() if lines else None
        if private is None:
            private = os.environ.get(PRIVATE_ENV, "").strip().lower() in _TRUE
        return cls(db=db, token=token or None, private=private)
