"""An operation the incident set off ("los hechos desataron una movilización de corporaciones,
que desplegaron patrullajes", "the blast mobilized National Guard troops") or one whose
purpose, told after another aim, is finding the authors ("trabaja en identificar a las
víctimas y localizar a los autores") is the authorities' answer, no operation of its own; a raid
told for itself stays one. Every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract import extract
from sucesos.models import Article

PUB = date(2025, 10, 8)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Hombres armados atacaron una vivienda en Jacona, Michoacán, este martes. Los "
            "hechos desataron una movilización de corporaciones de los tres niveles de "
            "gobierno, que desplegaron patrullajes en la cabecera municipal.",
            "es",
        ),
        (
            "Hombres armados atacaron una vivienda en Jacona, Michoacán, este martes. La "
            "Fiscalía mantiene operativos en el municipio, donde trabaja en identificar a las "
            "víctimas y localizar a los autores materiales.",
            "es",
        ),
        (
            "Hombres armados atacaron dos viviendas en Jacona, Michoacán, este martes. Los "
            "hechos ocurrieron en distintos puntos del municipio, lo que desató un despliegue "
            "de corporaciones.",
            "es",
        ),
        (
            "Hombres armados incendiaron dos camiones en Jacona, Michoacán, este martes. Las "
            "autoridades continúan con labores de patrullaje y vigilancia en el municipio.",
            "es",
        ),
        (
            "A bomb went off outside a bank in Zamora, Michoacan, on Tuesday. No one was hurt, "
            "but the blast mobilized National Guard troops and state police.",
            "en",
        ),
        (
            "Gunmen attacked a house in Zamora, Michoacan, on Tuesday. Municipal and state "
            "police began an operation to find those responsible.",
            "en",
        ),
    ],
)
def test_an_answer_to_the_incident_is_no_operation(text: str, language: str) -> None:
    events = extract(Article(text=text, published=PUB, language=language))
    assert "security_operation" not in {e.category for e in events}


def test_a_raid_told_for_itself_stays_an_operation() -> None:
    text = "Policías estatales realizaron un operativo en tres colonias de Jacona, Michoacán."
    events = extract(Article(text=text, published=PUB, language="es"))
    assert "security_operation" in {e.category for e in events}
