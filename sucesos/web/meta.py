"""What the pages and filters name: categories and states with labels, and the interface
strings in Spanish and English (`i18n.toml`)."""

from __future__ import annotations

import csv
import io
import tomllib
from functools import cache
from importlib import resources

from sucesos.extract.kinds import taxonomy

LANGUAGES = ("es", "en")


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
