"""An alert told with a roadblock is a part of it, and its places are not the roadblock's
(issue 9, part of an incident): "Ante los bloqueos, el ayuntamiento emitió una alerta de
seguridad…", "The consulate issued a security alert urging citizens in … to shelter in
place" made an advisory record of its own beside the blocked road; joined as a kind of the
roadblock, it leaves out the towns and states of other states it names (where people should
not go, not where the road was blocked). Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def _records(text: str, language: str) -> list[tuple[str, list[str], list[str]]]:
    records = live(extract(Article(text=text, published=date(2025, 3, 10), language=language)))
    return [(r.category, sorted(r.kinds), [loc.name for loc in r.locations]) for r in records]


def test_a_towns_alert_over_the_blockades_joins_the_spanish_roadblock() -> None:
    text = (
        "Bloquean carretera en Guasave con tráileres en llamas\n"
        "Hombres armados incendiaron dos tráileres para bloquear la carretera federal 15 a la "
        "altura de Guasave, Sinaloa, la tarde del jueves.\n"
        "Ante los bloqueos, el ayuntamiento de Culiacán emitió una alerta de seguridad y pidió "
        "a la población no salir de casa."
    )
    assert _records(text, "es") == [("roadblock", ["arson", "travel_advisory"], ["Guasave"])]


def test_a_consulates_alert_over_the_blockades_joins_the_english_roadblock() -> None:
    text = (
        "Gunmen block highway near Reynosa with burning trucks\n"
        "Gunmen set two trucks on fire to block the highway near Reynosa, Tamaulipas, on "
        "Sunday afternoon.\n"
        "The U.S. Consulate in Monterrey issued a security alert urging citizens in Tamaulipas "
        "and Nuevo León to shelter in place."
    )
    assert _records(text, "en") == [("roadblock", ["arson", "travel_advisory"], ["Reynosa"])]
