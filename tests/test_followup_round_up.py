"""A round-up's tally of the last hours is no old happening (issue 9, background vs news): the
cases it tells after it are news, not a retelling of background, even when its verb is a
perfect ("X y Z han sido escenario de balaceras desde el domingo").

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article

ROUND_UP = (
    "Ensenada, 3 de marzo de 2025.- San Quintín, Tecate y Mexicali han sido escenario de "
    "balaceras desde la noche del domingo, con dos muertos, un herido y dos policías agredidos "
    "en total.\n"
    "En un taller mecánico de San Quintín, sobre la avenida Reforma, dos hombres fueron "
    "asesinados a tiros mientras trabajaban, y un joven resultó herido.\n"
    "Mientras tanto, en Tecate, el agente municipal Raúl Pérez fue baleado frente a su casa en "
    "la colonia Centro."
)


def test_a_case_told_after_a_round_up_of_the_last_hours_is_news() -> None:
    events = extract(Article(text=ROUND_UP, published=date(2025, 3, 3), language="es"))
    towns = {loc.name for e in live(events) for loc in e.locations}
    assert "Tecate" in towns
