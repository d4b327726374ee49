"""People found named by the periphrasis of their captivity (issue 9, duplicates): "los
agentes localizaron a tres hombres privados de su libertad", told after the rescue the lede
reports, made a kidnapping record of its own beside the rescue, and "los cuerpos encontrados
son de los dos hombres privados de su libertad" one beside the finding. With a
finding or an arrest in the sentence, the phrase names the state the found were in, not a
kidnapping told (`incidents.toml` [rescues] held_words). The class is a Spanish phrasing:
English says "held captive", which the captive words already read so. Every sentence here
was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def _records(text: str) -> list[tuple[str, list[tuple[str, int]]]]:
    records = live(extract(Article(text=text, published=date(2025, 3, 10), language="es")))
    return sorted((r.category, [(c.what, c.value) for c in r.counts]) for r in records)


def test_captives_found_after_the_rescue_are_no_second_kidnapping() -> None:
    text = (
        "Rescatan a tres personas secuestradas en Tizimín\n"
        "La Fiscalía del Estado rescató el martes a tres personas secuestradas en el municipio "
        "de Tizimín, Yucatán.\n"
        "Tras recorrer una zona de monte, los agentes localizaron a tres hombres privados de su "
        "libertad dentro de una bodega."
    )
    assert _records(text) == [("security_operation", [("rescued", 3)])]


def test_bodies_found_of_the_kidnapped_are_no_second_kidnapping() -> None:
    text = (
        "Hallan sin vida a dos jóvenes en Fresnillo\n"
        "Los cuerpos de dos hombres fueron localizados el lunes en un camino de terracería de "
        "Fresnillo, Zacatecas.\n"
        "La Fiscalía confirmó que los cuerpos encontrados son de los dos hombres privados de su "
        "libertad en una comunidad cercana."
    )
    assert [category for category, _ in _records(text)] == ["body_discovery"]
