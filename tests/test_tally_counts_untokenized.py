"""A span with no figure is not tokenized to look for counts of incidents (speed, issue
11): `incident_counts` reads the span's numbers first, and only a span with one is cut into
tokens. The counts found are as before. Invented sentences."""

from __future__ import annotations

import pytest

from sucesos.extract.assemble import tallies
from sucesos.extract.pipeline import Doc
from sucesos.extract.text import fold
from sucesos.models import Article


def _doc(text: str) -> Doc:
    return Doc(
        article=Article(text=text), text=text, folded=fold(text), published=None, language=None
    )


@pytest.mark.parametrize(
    ("text", "framed", "starts"),
    [
        ("En dos ataques distintos murieron cuatro personas en Zamora.", True, [3]),
        ("Se registraron 12 homicidios y tres asaltos en la semana.", False, [15]),
        ("In two separate attacks, gunmen killed five people.", True, [3]),
        ("Hallaron cuatro cuerpos en una brecha.", False, []),
    ],
)
def test_counts_of_incidents(text: str, framed: bool, starts: list[int]) -> None:
    doc = _doc(text)
    assert tallies.incident_counts(doc, 0, len(text), framed=framed) == starts


def test_span_with_no_figure_is_not_tokenized(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(folded: str, start: int, end: int) -> list[object]:
        raise AssertionError("a span with no figure was tokenized")

    monkeypatch.setattr(tallies, "tokenize", fail)
    for text in ("Asesinan a un taxista frente a una tienda", "Gunmen attack a bar in Celaya"):
        assert tallies.incident_counts(_doc(text), 0, len(text)) == []
