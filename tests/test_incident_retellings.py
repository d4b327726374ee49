"""One record per incident (issue 9 item 1): a later sentence that names the incident again
with fewer figures than the lead, what the authorities seized at the scene of an attack, a
retelling that names the town where the victims were identified and a chase toward another
town are the same incident, not a second one. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article


def _events(text: str, language: str) -> list[tuple[str, list[str]]]:
    events = live(extract(Article(text=text, published=date(2025, 3, 10), language=language)))
    return [(e.category, sorted(e.kinds)) for e in events]


def test_a_grave_named_again_with_some_of_its_bodies_is_one_grave() -> None:
    text = (
        "Localizan una fosa clandestina con 14 cuerpos en el municipio de Valparaíso, "
        "Zacatecas, la mañana de este viernes. Las autoridades informaron que entre las "
        "víctimas hay tres mujeres. No se descarta que aumente el número de cadáveres. El "
        "fiscal del estado mencionó que en esta fosa se hallaron cuerpos descuartizados, "
        "algunos maniatados, y que otros llevaban meses enterrados."
    )
    assert [c for c, _ in _events(text, "es")] == ["mass_grave"]


def test_what_was_seized_at_the_scene_of_a_killing_is_a_part_of_it() -> None:
    text = (
        "Hombres armados asesinaron a dos policías municipales que vigilaban la entrada de la "
        "cabecera municipal de Tepalcatepec, Michoacán, la noche del lunes. Los agresores "
        "huyeron en una camioneta con rumbo desconocido. En el lugar, peritos aseguraron una "
        "motocicleta y casquillos de arma larga."
    )
    assert _events(text, "es") == [("attack", ["seizure"])]


def test_a_motorcycle_seized_where_a_driver_was_shot_is_a_part_of_the_killing() -> None:
    text = (
        "A taxi driver was shot dead by two men on a motorcycle in the town of Zamora, in "
        "Michoacán state, on Monday night, police said. The attackers fled toward the highway. "
        "At the scene, investigators seized the motorcycle and a handgun."
    )
    assert _events(text, "en") == [("attack", ["seizure"])]


def test_a_shooting_told_again_where_the_morgue_is_stays_one_shooting() -> None:
    text = (
        "A gunman killed two men at a bar on Juárez Avenue in the city of Uruapan, Michoacán, "
        "early on Friday, police said. Both victims were in their thirties. The bar had "
        "reopened last month after a fire. Police later released a sketch of the gunman, who "
        "fled on foot. The shooting at the bar on Juárez Avenue was caught on a security "
        "camera, and the two victims were identified by relatives at the morgue in Morelia."
    )
    assert [c for c, _ in _events(text, "en")] == ["attack"]


def test_an_attack_told_again_with_the_city_of_the_forensic_service_stays_one_attack() -> None:
    text = (
        "Dos hombres fueron asesinados a balazos dentro de un bar de la avenida Juárez, en la "
        "ciudad de Uruapan, Michoacán, la madrugada del viernes, informó la policía. Ambas "
        "víctimas tenían poco más de treinta años. El bar había reabierto el mes pasado tras "
        "un incendio. El ataque al bar de la avenida Juárez quedó grabado por una cámara de "
        "seguridad, y las víctimas fueron identificadas por sus familiares en el Servicio "
        "Médico Forense con sede en la ciudad de Morelia."
    )
    assert [c for c, _ in _events(text, "es")] == ["attack"]


def test_the_first_town_of_a_retold_shooting_is_the_scene_not_the_morgues() -> None:
    text = (
        "A gunman killed two men at a bar on Juárez Avenue in the city of Uruapan, Michoacán, "
        "early on Friday, police said. Both victims were in their thirties. The shooting at "
        "the bar on Juárez Avenue was caught on a security camera, and the two victims were "
        "identified by relatives at the morgue in Morelia."
    )
    events = live(extract(Article(text=text, published=date(2025, 3, 10), language="en")))
    assert [e.locations[0].admin2 for e in events] == ["Uruapan"]


def test_a_chase_toward_another_town_goes_on_telling_the_clash() -> None:
    text = (
        "En Reynosa, dos pistoleros fueron abatidos por policías estatales al mediodía del "
        "lunes, al repeler una agresión a balazos en el libramiento, informaron fuentes "
        "ministeriales. Los agentes persiguieron a los criminales rumbo al vecino municipio de "
        "Río Bravo y los oficiales fueron agredidos a balazos por los pistoleros en su intento "
        "de escapar."
    )
    assert [c for c, _ in _events(text, "es")] == ["armed_clash"]


def test_officers_fired_on_while_chasing_gunmen_toward_a_town_is_the_same_shootout() -> None:
    text = (
        "Two gunmen were killed by state police in a shootout in the city of Reynosa, in "
        "Tamaulipas state, on Monday, officials said. The officers chased the attackers toward "
        "the neighbouring town of Río Bravo and were fired on as the gunmen tried to escape."
    )
    assert [c for c, _ in _events(text, "en")] == ["armed_clash"]


def _tolls(text: str, language: str) -> list[tuple[str, int | None]]:
    events = live(extract(Article(text=text, published=date(2025, 3, 10), language=language)))
    return [(e.category, e.fatalities) for e in events]


def test_a_clash_toll_told_again_by_other_groups_is_the_same_seven_dead() -> None:
    text = (
        "Clash leaves six gunmen and one soldier dead in Michoacán. Six gunmen and a soldier "
        "were killed on Friday afternoon in a gun battle in the town of Tangancícuaro, in the "
        "western state of Michoacán, the state prosecutor's office said. The clash began when "
        "a patrol came upon an armed group on a dirt road. One soldier was killed in the "
        "scuffle, while six civilians were killed by troops of the military zone based in "
        "Morelia, officials said."
    )
    assert _tolls(text, "en") == [("armed_clash", 7)]


def test_a_toll_told_again_side_by_side_is_the_same_seven_dead() -> None:
    text = (
        "Seis pistoleros y un soldado murieron la tarde del viernes en un enfrentamiento en el "
        "municipio de Tangancícuaro, Michoacán, informó la Fiscalía estatal. El choque comenzó "
        "cuando una patrulla militar encontró a un grupo armado en un camino de terracería. Un "
        "militar murió en la refriega, mientras que seis civiles armados fueron abatidos por "
        "efectivos de la zona militar con sede en Morelia, según el reporte oficial."
    )
    assert _tolls(text, "es") == [("armed_clash", 7)]


def test_a_hospital_town_with_a_clause_of_its_own_comes_after_the_scene() -> None:
    # the wounded flown to a hospital in another town, "where both were reported…": the
    # hospital's town is no scene, even with a clause that reads as telling what happened there
    text = (
        "TEPALCATEPEC, Mexico — Soldiers clashed with gunmen on Sunday in the farming town of "
        "Tepalcatepec, in the western state of Michoacán, the Army said. Three gunmen were "
        "killed in the exchange of fire. Army helicopters flew two wounded soldiers to a "
        "military hospital in Morelia, where both were reported out of danger."
    )
    events = live(extract(Article(text=text, published=date(2026, 5, 11), language="en")))
    assert [e.locations[0].name for e in events] == ["Tepalcatepec"]
