"""Extraction on synthetic text: the bundled demo corpus (written by the team) and short
synthetic sentences. Every text here is invented; none comes from a real outlet."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sucesos.extract import extract
from sucesos.extract.counts import find_counts
from sucesos.extract.pipeline import default_pipeline
from sucesos.extract.text import fold, split_sentences
from sucesos.models import Article, EventRecord
from sucesos.readers import read_articles

CORPUS = Path(__file__).parent.parent / "sucesos" / "demo" / "corpus"
PUB = date(2026, 11, 16)


def demo(name: str) -> Article:
    return next(read_articles([CORPUS / f"{name}.json"]))


def events_of(
    text: str, published: date = PUB, language: str = "es", **kw: str
) -> list[EventRecord]:
    return extract(Article(text=text, published=published, language=language, **kw))


def only(events: list[EventRecord], category: str, status: str | None = None) -> EventRecord:
    found = [e for e in events if e.category == category and (status is None or e.status == status)]
    assert found, f"no {category} event in {[(e.category, e.status) for e in events]}"
    return found[0]


def test_fold_keeps_offsets() -> None:
    text = "Balacera en Culiacán; MUEREN DOS en Zapopan — según la Fiscalía"
    assert len(fold(text)) == len(text)
    assert fold(text)[12:20] == "culiacan"


def test_sentences_have_offsets_and_paragraphs() -> None:
    text = (
        "Matan a dos en Celaya\n\n"
        "El Gral. Pérez dijo que 3 murieron. Según la Fiscalía, hubo 4 heridos."
    )
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 1, 1]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert sentences[1].text.startswith("El Gral. Pérez")


@pytest.mark.parametrize(
    "text",
    [
        "Un coche bomba estalló frente a la comandancia el 4 de sept. 2021. Nadie resultó herido.",
        "A car bomb went off outside the station on Sept. 4, 2021. Nobody was hurt.",
    ],
)
def test_a_month_abbreviation_before_a_day_ends_no_sentence(text: str) -> None:
    sentences = split_sentences(text)
    assert len(sentences) == 2
    assert "2021" in sentences[0].text


def test_a_month_abbreviation_before_a_capital_ends_a_sentence() -> None:
    sentences = split_sentences("The raid took place in late Aug. Police said nothing more.")
    assert len(sentences) == 2


def test_a_period_with_no_space_after_a_word_ends_a_sentence() -> None:
    text = "Hubo dos ataques por separado.En el primero murió un taxista. Luego hubo calma.Fin"
    assert [s.text for s in split_sentences(text)] == [
        "Hubo dos ataques por separado.",
        "En el primero murió un taxista.",
        "Luego hubo calma.",
        "Fin",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cd. Obregón, Son.- Un hombre murió en un ataque en el Km. 12 de la carretera.",
        "Vecinos del Fracc. Las Palmas y de Sta. María denunciaron el robo en el sitio web.mx hoy.",
        "Agents of the U.S. Marshals Service and the EE.UU. embassy said the convoy was hit.",
    ],
)
def test_place_abbreviations_and_initialisms_end_no_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Capturan a tres probables vendedores de droga", [("arrested", 3)]),
        ("Ejecutan a un joven junto a una tienda", [("killed", 1)]),
        ("Asesinan a repartidor en un mercado", [("killed", 1)]),
        ("Hallan el cuerpo de un hombre junto a un canal de riego", [("bodies", 1)]),
        ("una veintena de vehículos incendiados", [("vehicles_burned", 20)]),
        ("dozens of people were injured", [("injured", 12)]),
        ("treinta y dos policías estatales muertos", [("killed", 32)]),
        (
            "El CJNG realizó 252 bloqueos en 20 de los 32 estados",
            [("roadblocks", 252), ("states_affected", 20)],
        ),
        ("Detiene la policía municipal a un sujeto armado", [("arrested", 1)]),
        ("Lo detienen con dos cargadores", [("arrested", 1)]),
        ('Detienen a Marcela "N" y Octavio "N" por extorsión', [("arrested", 2)]),
        ("Atrapan a pareja con un auto robado", [("arrested", 2)]),
        ("Lo matan a balazos junto a una cancha", [("killed", 1)]),
        ("Mujer de 36 años resultó ilesa", []),
        ("En 2014, soldados mataron a 22 civiles en Tlatlaya", [("killed", 22)]),
        ("In 2020, 27 people were killed at a rehab center", [("killed", 27)]),
    ],
)
def test_figures(text: str, expected: list[tuple[str, int]]) -> None:
    found = [(c.what, c.value) for c in find_counts(fold(text), text=text)]
    assert found == expected


def test_figures_by_group_and_breakdown_add_up() -> None:
    text = "Cuatro murieron en el lugar y tres más mientras eran trasladados al hospital."
    (event,) = [e for e in events_of(text) if e.category == "attack"]
    assert event.fatalities == 7
    english = "Four people were killed at the scene and three died on the way to hospital."
    assert only(events_of(english, language="en"), "attack").fatalities == 7
    soldiers = find_counts(fold("25 soldiers were killed"))
    assert soldiers[0].group == "security_forces"


def test_headline_place_date_and_count() -> None:
    headline = "Ataque armado contra una carnicería deja dos muertos en Celaya"
    event = only(events_of(headline), "attack")
    assert event.status == "reported"
    assert event.fatalities == 2
    place = event.locations[0]
    assert (place.admin2, place.admin2_code, place.admin1_code) == ("Celaya", "11007", "MX-GUA")
    assert event.date == PUB.isoformat()
    assert event.evidence[0].start == 0


def test_relative_date_resolved_against_publication() -> None:
    text = (
        "Sujetos armados asesinaron a un hombre la madrugada de este sábado en Culiacán, Sinaloa."
    )
    event = only(events_of(text), "attack")
    assert (event.date, event.date_precision) == ("2026-11-14", "day")


def test_statistic_is_not_a_current_event() -> None:
    events = events_of("Durante el puente festivo se registraron 17 homicidios en Tijuana")
    assert events and all(e.status == "statistic" for e in events)


def test_a_trend_over_the_year_is_a_statistic() -> None:
    text = "Mexico's government has increased lab raids this year under pressure from Washington."
    events = events_of(text, language="en")
    assert events and all(e.status == "statistic" for e in events)


def test_background_year_is_historical_with_its_own_date() -> None:
    text = (
        "Hombres armados atacaron a comerciantes en Apatzingán este domingo; dos murieron.\n\n"
        "En 2014, un ataque similar en la misma región dejó cinco muertos."
    )
    events = events_of(text)
    current = only(events, "attack", "reported")
    past = only(events, "attack", "historical")
    assert current.fatalities == 2 and current.date == "2026-11-15"
    assert past.date is not None and past.date.startswith("2014")


def test_disputed_account_names_both_sources() -> None:
    text = (
        "Militares abatieron a un presunto jefe de plaza en un enfrentamiento en Tapalpa, "
        "Jalisco, informó la Secretaría de la Defensa Nacional.\n\n"
        "Sin embargo, según un periodista local, el hombre habría sido ejecutado después de ser "
        "detenido, una versión que contradice el parte oficial."
    )
    event = only(events_of(text), "armed_clash")
    assert event.status == "disputed"
    roles = {s.role for s in event.sources}
    assert {"reported", "disputes"} <= roles


def test_actor_aliases_are_normalized() -> None:
    spanish = events_of("El CJNG incendió vehículos para bloquear carreteras en Zapopan.")
    english = events_of(
        "Jalisco New Generation Cartel gunmen set vehicles on fire in Zapopan.", language="en"
    )
    for events in (spanish, english):
        names = {a.name for e in events for a in e.actors}
        assert "Cártel de Jalisco Nueva Generación" in names


def test_attack_between_state_forces_and_gunmen_is_a_battle() -> None:
    text = (
        "Sicarios atacaron a policías en Apatzingán este domingo; los agentes repelieron la "
        "agresión y murieron dos agresores."
    )
    event = only(events_of(text), "armed_clash")
    assert (event.event_type, event.sub_event_type, event.fatalities) == (
        "Battles",
        "Armed clash",
        2,
    )


def test_accident_deaths_are_not_violence() -> None:
    events = events_of("Mueren tres personas en un accidente carretero en Zacatecas")
    assert not any(e.category in ("attack", "armed_clash") for e in events)


def test_dateline_is_not_the_place_of_the_event() -> None:
    text = (
        "CULIACÁN, Sin. — Hombres armados asesinaron a dos comerciantes la noche del sábado "
        "en Navolato, informó la Fiscalía."
    )
    event = only(events_of(text), "attack")
    assert [loc.admin2 for loc in event.locations] == ["Navolato"]


@pytest.mark.parametrize(
    "dateline",
    [
        "MORELIA, Mich., 3 de marzo de 2026.- ",  # capitals, with the filing date
        "Morelia, Michoacán, a 3 de marzo de 2026.- ",  # ordinary case, "a" before the date
        "Morelia, Mich.- ",
        "Ciudad de México, marzo 3 (Agencia Sintética).- ",  # month first, an agency
        "Morelia, Mich., ",  # the state's abbreviation and a comma before the first sentence
        "Morelia, mich.- ",  # the state in lower case
        "MORELIA: ",  # capitals and a colon
        "Morelia – ",  # a dash between spaces
        "Morelia— ",  # a long dash right after the name
        "Monterrey, NL., ",  # the state's abbreviation in capitals
        "Guadalupe y Calvo, Chih.- ",  # a town's name with "y"
        "Morelia (México), 3 mar (Agencia Sintética).- ",  # the country in brackets
    ],
)
def test_dateline_forms_are_not_the_place_of_the_event(dateline: str) -> None:
    text = dateline + "Doce policías murieron en una emboscada en el municipio de Coalcomán."
    event = only(events_of(text), "attack")
    assert [loc.admin2 for loc in event.locations] == ["Coalcomán de Vázquez Pallares"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "CULIACÁN, Sin.— Dos hombres fueron asesinados a balazos la noche del martes.",
            "Culiacán",
        ),
        ("Irapuato, Gto.- Diez personas murieron en un ataque armado contra un bar.", "Irapuato"),
    ],
)
def test_a_dateline_places_an_article_that_names_no_other_place(text: str, town: str) -> None:
    event = only(events_of(text), "attack")
    assert [loc.admin2 for loc in event.locations] == [town]


def test_a_headline_in_capitals_before_a_colon_is_no_dateline() -> None:
    text = "BALACERA EN CELAYA: dos hombres murieron en un ataque armado el domingo."
    event = only(events_of(text), "attack")
    assert [loc.admin2 for loc in event.locations] == ["Celaya"]


def test_a_state_opening_a_paragraph_before_an_aside_is_no_dateline() -> None:
    text = (
        "Zacatecas —uno de los estados con más homicidios— registró el ataque: hombres "
        "armados asesinaron a tres jornaleros el domingo."
    )
    event = only(events_of(text), "attack")
    assert [loc.admin1 for loc in event.locations] == ["Zacatecas"]


def test_officials_who_speak_are_sources_not_actors() -> None:
    text = "Hombres armados asesinaron a dos comerciantes en Celaya; el alcalde condenó el ataque."
    event = only(events_of(text), "attack")
    kinds = {a.kind for a in event.actors}
    assert "official" not in kinds and "armed_group" in kinds


def test_cartel_name_is_not_a_place() -> None:
    events = events_of("Detienen a operador del Cártel de Sinaloa en Tijuana")
    place = only(events, "arrest").locations[0]
    assert place.admin1_code == "MX-BCN"


def test_outlet_home_state_places_a_report_that_names_none() -> None:
    text = "Capturan a dos presuntos vendedores de droga en un tianguis"
    assert only(events_of(text), "arrest").locations == []
    located = extract(Article(text=text, published=PUB, language="es"), home_state="MX-BCS")
    assert only(located, "arrest").locations[0].admin1_code == "MX-BCS"


def test_event_ids_are_stable() -> None:
    article = demo("b13")
    assert [e.id for e in extract(article)] == [e.id for e in extract(article)]


def test_long_report_yields_every_kind_of_the_crisis() -> None:
    events = extract(demo("a01"))
    live = [e for e in events if e.status in ("reported", "disputed")]
    current = {c for e in live for c in (e.category, *e.kinds)}
    assert {"armed_clash", "roadblock", "arson", "transport_disruption", "school_closure",
            "travel_advisory", "arrest"} <= current  # fmt: skip
    clash = only(events, "armed_clash")
    assert clash.status == "disputed"  # "Según la versión oficial…" questioned later
    assert clash.locations[0].admin2 == "Tapalpa"
    # The soldiers killed in attacks across the country are not the clash's toll.
    assert all(c.value != 25 for c in clash.counts)
    roadblock = only(events, "roadblock", "reported")
    figures = {(c.what, c.value) for c in roadblock.counts}
    assert ("roadblocks", 252) in figures and ("states_affected", 20) in figures
    advisory = only(events, "travel_advisory")
    assert {loc.admin1_code for loc in advisory.locations} >= {
        "MX-JAL",
        "MX-TAM",
        "MX-MIC",
        "MX-GRO",
    }
    statistic = [e for e in events if e.status == "statistic"]
    assert any(c.value == 20674 for e in statistic for c in e.counts)
    assert all(c.value != 20674 for e in events if e.status == "reported" for c in e.counts)


def test_evidence_offsets_point_into_the_text() -> None:
    article = demo("b11")
    text = article.full_text
    for event in extract(article):
        assert event.evidence
        for ev in event.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_every_category_appears_in_the_demo_corpus() -> None:
    from sucesos.extract.kinds import taxonomy

    found = {e.category for a in read_articles([CORPUS]) for e in extract(a)}
    wanted = set(taxonomy()) - {"other", "agreement", "group_change"}
    assert wanted <= found, wanted - found


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "\x00\x01\x02binary\x00" * 100, "ÃƒÂ© mixed Ã± encoding Â¿quÃ©?" * 50],
)
def test_bad_input_gives_no_records(text: str) -> None:
    assert events_of(text) == []


def test_huge_text_is_cut_not_crashed() -> None:
    text = ("Texto de relleno sin hechos. " * 200_000)[:5_000_000]
    doc = default_pipeline().run(Article(text=text, published=PUB, language="es"))
    assert len(doc.text) < len(text)
    assert doc.events == []
