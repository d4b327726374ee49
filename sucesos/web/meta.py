"""What the pages and filters name: categories and states with labels, and the interface
strings in Spanish and English (`i18n.toml`)."""

from __future__ import annotations

import csv
import io
import tomllib
from functools import cache
from importlib import resources

from sucesos.extract.kinds import taxonomy
from sucesos.store.keys import fold

LANGUAGES = ("es", "en")


@cache
def category_names() -> frozenset[str]:
    """Every category and category family the `category` filter accepts."""
    cats = taxonomy()
    return frozenset(cats) | frozenset(c.family for c in cats.values())


def categories(lang: str) -> list[dict[str, str]]:
    """Categories as {"name", "label", "family"}, labelled in `lang`, sorted by label."""
    rows = [
        {"name": c.name, "label": c.label_es if lang == "es" else c.label_en, "family": c.family}
        for c in taxonomy().values()
    ]
    return sorted(rows, key=lambda r: r["label"])


@cache
def states() -> tuple[dict[str, str], ...]:
    """The 32 states as {"code": ISO 3166-2, "name"}, from the bundled gazetteer."""
    text = resources.files("sucesos.data").joinpath("gazetteer", "states.tsv").read_text("utf-8")
    rows = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple(
        sorted(({"code": r["iso"], "name": r["name"]} for r in rows), key=lambda r: r["name"])
    )


def category_column(name: str) -> str | None:
    """ "category" or "category_family" when `name` is only one of the two, else None (the
    names both a category and a family are, such as "other", match either column)."""
    cats = taxonomy()
    is_category = name in cats
    is_family = name in {c.family for c in cats.values()}
    if is_category == is_family:
        return None
    return "category" if is_category else "category_family"


@cache
def _state_keys() -> dict[str, set[str]]:
    text = resources.files("sucesos.data").joinpath("gazetteer", "states.tsv").read_text("utf-8")
    keys: dict[str, set[str]] = {}
    for r in csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE):
        code = r["iso"]
        for key in (code.lower(), code[3:].lower(), fold(r["name"]), fold(r["official"])):
            keys.setdefault(key, set()).add(code)
    return keys


def state_code(value: str) -> str | None:
    """The ISO code of the one state `value` names (code, "JAL", name or official name,
    accents optional, or the first words of a name: "Michoacan"), else None."""
    key = fold(value)
    if not key:
        return None
    keys = _state_keys()
    found = set(keys.get(key, set()))
    if not found:
        for name, codes in keys.items():
            if name.startswith(key + " "):
                found |= codes
    return found.pop() if len(found) == 1 else None


@cache
def _strings() -> dict[str, dict[str, str]]:
    with resources.files("sucesos.web").joinpath("i18n.toml").open("rb") as fh:
        data = tomllib.load(fh)
    missing = set(data["es"]) ^ set(data["en"])
    if missing:
        raise RuntimeError(f"[W001] i18n.toml: keys not in both languages: {sorted(missing)}")
    return data


def strings(lang: str) -> dict[str, str]:
    """The interface strings in `lang` (es or en)."""
    return _strings()[lang if lang in LANGUAGES else "es"]


def pick_language(requested: str | None, accept_language: str | None) -> str:
    """The `lang` parameter when valid, else the browser's first preference among es/en,
    else Spanish (the language of most readers of Mexican news)."""
    if requested in LANGUAGES:
        return requested
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "es"
