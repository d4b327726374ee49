"""Built lexicon automata and the gazetteer index kept on disk, so a new process reads them
instead of building them again (start-up was 1.5 s, two thirds of it building).

Files live in `<folder>/<fingerprint>/<name>.pickle`. The folder is `$SUCESOS_BUILD_CACHE`,
else `$XDG_CACHE_HOME/sucesos`, else `~/.cache/sucesos`; `SUCESOS_BUILD_CACHE=off` turns the
cache off. The fingerprint hashes what a build depends on: the package version, Python's
and pyahocorasick's versions, and the bytes of every file under `sucesos/data/` and every
module of `sucesos/extract/`; so an edited lexicon, gazetteer or extraction module makes a
new folder and the old entries are never read again (a folder no process used for a day is
removed when a new one is made). Entries that depend on nothing of this package (the language
identifier's model, `sucesos.readers.language`) live in `<folder>/shared/`, named after what
they come from.

A cache never changes a result and never stops extraction: an entry is written to a
temporary file and renamed into place (processes building at once each write a whole file;
the last rename wins), and an entry that cannot be read (truncated, corrupt, from another
build) is logged with its code and rebuilt. The files are read with `pickle`: like any
per-user cache, they are trusted as much as the user's own home folder (the folder is
created readable by its owner only).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar, cast

ENV_CACHE = "SUCESOS_BUILD_CACHE"
# Bumped when the layout of cached objects changes in a way the code hash would not show.
FORMAT = 1
_STALE_AFTER_S = 24 * 3600
_KEEP_OTHERS = 3  # fingerprint folders kept besides the one in use

log = logging.getLogger("sucesos.extract")
T = TypeVar("T")


def cache_root() -> Path | None:
    """The folder holding the cache's fingerprint folders; None when the cache is off."""
    value = os.environ.get(ENV_CACHE)
    if value is not None and value.strip().lower() in ("off", "0", "no", "false", ""):
        return None
    if value:
        return Path(value).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    if base:
        return Path(base) / "sucesos"
    try:
        return Path.home() / ".cache" / "sucesos"
    except RuntimeError:  # no home folder to speak of: no cache
        return None


@cache
def fingerprint() -> str:
    """A hash of everything a cached build depends on (see the module docstring)."""
    versions = f"{FORMAT} {sys.version} {_package_version()} {_ahocorasick_version()}"
    return tree_hash(Path(str(resources.files("sucesos"))), versions)


def tree_hash(package: Path, salt: str) -> str:
    """A hash of `salt` and the bytes and paths of every file under `package`/data and every
    module under `package`/extract (compiled files left out)."""
    digest = hashlib.sha256(salt.encode())
    for folder, suffixes in (("data", None), ("extract", (".py",))):
        root = package / folder
        for path in sorted(root.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            if suffixes and path.suffix not in suffixes:
                continue
            digest.update(path.relative_to(package).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
            digest.update(b"\0")
    return digest.hexdigest()[:24]


def _package_version() -> str:
    import sucesos

    return str(getattr(sucesos, "__version__", "0"))


def _ahocorasick_version() -> str:
    """The compiled module's size and time stamp: importlib.metadata alone costs 0.1 s."""
    import ahocorasick

    where = getattr(ahocorasick, "__file__", None)
    if not where:
        return "unknown"
    stat = os.stat(where)
    return f"{stat.st_size}:{stat.st_mtime_ns}"


def _folder() -> Path | None:
    root = cache_root()
    if root is None:
        return None
    folder = root / fingerprint()
    _mark_used(folder)
    return folder


@cache
def _mark_used(folder: Path) -> None:
    """Touch the folder once per process: its time stamp says when it was last used."""
    with contextlib.suppress(OSError):  # not there yet: writing its first entry creates it
        os.utime(folder)


def cached(name: str, build: Callable[[], T], *, shared: bool = False) -> T:
    """`build()`'s result, read from the cache entry `name` when it is there and readable,
    else built and written there. `name` must say everything the result depends on beyond
    the fingerprint (a matcher's name carries a hash of its phrases). A `shared` entry
    depends on nothing of this package (a dependency's own model, its name saying which):
    it lives in the folder `shared`, which every version reads."""
    root = cache_root()
    if root is None:
        return build()
    folder = root / "shared" if shared else _folder()
    if folder is None:
        return build()
    path = folder / f"{name}.pickle"
    try:
        with path.open("rb") as handle:
            stored_name, stored = pickle.load(handle)
        if stored_name == name:
            return cast(T, stored)
        log.warning("[E003] build cache entry %s holds %r: rebuilt", path, stored_name)
    except FileNotFoundError:
        pass
    except Exception as exc:  # any unreadable entry is rebuilt, never fatal
        log.warning(
            "[E003] build cache entry %s unreadable (%s: %s): rebuilt",
            path,
            type(exc).__name__,
            exc,
        )
    value = build()
    _write(folder, path, name, value)
    return value


# Folders found unwritable in this process: logged once, then not tried again (a process
# builds some forty entries).
_UNWRITABLE: set[Path] = set()


def _write(folder: Path, path: Path, name: str, value: object) -> None:
    """Write an entry atomically (temporary file, then rename); a folder that cannot be
    written is logged once and the cache skipped for it."""
    if folder in _UNWRITABLE:
        return
    try:
        new_folder = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((name, value), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        if new_folder:
            _remove_stale(folder.parent, keep=folder.name)
    except OSError as exc:
        _UNWRITABLE.add(folder)
        log.warning(
            "[E004] build cache folder %s not writable (%s: %s): not cached in this process",
            folder,
            type(exc).__name__,
            exc,
        )
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        log.warning(
            "[E004] build cache entry %s not written (%s: %s)", path, type(exc).__name__, exc
        )


def _remove_stale(root: Path, keep: str) -> None:
    """Remove the fingerprint folders of other versions of the code or data (each is some
    40 MB): those no process used for a day, and all but the `_KEEP_OTHERS` most recently
    used (a developer's edits, or several installed versions, make one folder each)."""
    now = time.time()
    others: list[tuple[float, Path]] = []
    for child in root.iterdir():
        if child.name == keep or not child.is_dir() or len(child.name) != 24:
            continue
        try:
            others.append((child.stat().st_mtime, child))
        except OSError:
            continue
    others.sort(reverse=True)
    for rank, (used, child) in enumerate(others):
        if rank >= _KEEP_OTHERS or now - used > _STALE_AFTER_S:
            shutil.rmtree(child, ignore_errors=True)
