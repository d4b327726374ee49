"""Public names of a module imported on first use (a module `__getattr__`, PEP 562), so that
importing the module stays light: `sucesos`, `sucesos.api` and `sucesos.batch` name the store,
the resolver and Dask without loading them until a caller asks."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(module: str, where: Mapping[str, str]) -> Callable[[str], Any]:
    """A `__getattr__` for `module` that imports the module `where[name]` when `name` is
    first asked for, and keeps the value in `module` so later lookups do not come back."""

    def __getattr__(name: str) -> Any:
        source = where.get(name)
        if source is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(source), name)
        setattr(sys.modules[module], name, value)
        return value

    return __getattr__
