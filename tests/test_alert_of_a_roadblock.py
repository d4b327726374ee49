"""An alert told with a roadblock is a part of it, and its places are not the roadblock's
(issue 9, part of an incident): "Ante los bloqueos, el ayuntamiento emitió una alerta de
seguridad…", "The consulate issued a security alert urging citizens in … to shelter in
place" made an advisory record of its own beside the blocked road; joined as a kind of the
roadblock, it leaves out the towns of the other places it names (where people should not
go, not where the road was blocked). An alert told over more states than the act names
answers more than that act (a crisis, a region) and stays an advisory of its own. Every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def _records(text: str, language: str) -> list[tuple[str, list[str], list[str]]]:
    records = live(extract(Article(text=text, published=date(2025, 3, 10), language=language)))
    return sorted((r.category, sorted(r.kinds), [loc.name for loc in r.locations]) for r in records)


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
        "The U.S. Consulate issued a security alert urging citizens in Tamaulipas to shelter "
        "in place."
    )
    assert _records(text, "en") == [("roadblock", ["arson", "travel_advisory"], ["Reynosa"])]


def test_an_alert_over_more_states_than_the_spanish_roadblock_is_its_own() -> None:
    text = (
        "Bloquean carretera en Guasave con tráileres en llamas\n"
        "Hombres armados incendiaron dos tráileres para bloquear la carretera federal 15 a la "
        "altura de Guasave, Sinaloa, la tarde del jueves.\n"
        "Horas después, la embajada estadounidense lanzó una alerta de seguridad para sus "
        "ciudadanos en Sinaloa, Sonora y Durango y les pidió quedarse en casa."
    )
    records = _records(text, "es")
    assert ("roadblock", ["arson"], ["Guasave"]) in records
    advisory = [r for r in records if r[0] == "travel_advisory"]
    assert advisory and {"Sonora", "Durango"} <= set(advisory[0][2])


def test_an_alert_over_more_states_than_the_english_roadblock_is_its_own() -> None:
    text = (
        "Gunmen block highway near Reynosa with burning trucks\n"
        "Gunmen set two trucks on fire to block the highway near Reynosa, Tamaulipas, on "
        "Sunday afternoon.\n"
        "Amid the wave of violence, the embassy issued a security alert urging citizens in "
        "Tamaulipas, Nuevo León and Coahuila to shelter in place."
    )
    records = _records(text, "en")
    assert ("roadblock", ["arson"], ["Reynosa"]) in records
    advisory = [r for r in records if r[0] == "travel_advisory"]
    assert advisory and {"Nuevo León", "Coahuila"} <= set(advisory[0][2])
