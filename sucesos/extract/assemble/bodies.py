"""Bodies found or bodies of the victims: a sentence reports a discovery only when it says
someone found, located or left the bodies ("hallan el cuerpo", "were found dumped");
otherwise the bodies ("quedando calcinado dentro de la unidad", "the bodies were taken to
the morgue") are the victims of the article's violent act, a part of it. Word lists:
`incidents.toml`, [bodies]."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc

DISCOVERY = "body_discovery"


@cache
def _data() -> tuple[PhraseMatcher[str], frozenset[str]]:
    data: dict[str, Any] = load_data("incidents.toml")["bodies"]
    return (
        PhraseMatcher(
            [(w, "found") for w in data["found_words"]]
            + [(w, "lying") for w in data["lying_words"]]
        ),
        frozenset(data["victims_of"]),
    )


share_scan(lambda: _data()[0])  # read on many sentences (`lexicon_scan.shared_scan`)


def victims_of() -> frozenset[str]:
    """The violent acts whose victims a sentence's bodies can be."""
    return _data()[1]


def bodies_found(doc: Doc, start: int, end: int) -> bool:
    """Whether `doc.text[start:end]` says someone found, located or left the bodies (not
    a body left lying where its killing was told: `lying_words`)."""
    return any(m.value == "found" for m in _data()[0].find(doc.folded, start, end))
