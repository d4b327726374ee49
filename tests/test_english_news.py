"""English wire and local-news phrasing (issue 9: English as good as Spanish): comparisons
with earlier years, tallies that share a sentence with the news, earlier incidents the news
"came after", victims listed by kind, tolls in parts. One test per phrasing class, with the
Spanish twin where the rule is shared; every sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 16)  # a Tuesday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Gunmen ambushed a patrol near Zamora, Michoacán, on Monday, killing six police "
            "officers in the deadliest attack on the state's police since 2019.",
        ),
        (
            "en",
            "Six soldiers were killed on Monday in Zamora, Michoacán, in the worst loss for the "
            "army in the region since March.",
        ),
        (
            "es",
            "Hombres armados emboscaron a una patrulla cerca de Zamora, Michoacán, este lunes y "
            "mataron a seis policías, en el ataque más letal contra la policía estatal desde 2019.",
        ),
    ],
)
def test_a_superlative_since_a_date_is_news_not_a_tally(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == 6
    assert event.date == "2025-09-15"


def test_a_toll_counted_since_a_year_is_still_a_tally() -> None:
    events = run("en", "Six police officers have been killed in Zamora, Michoacán, since 2019.")
    assert not live(events)


def test_the_day_of_the_news_beats_the_year_of_a_tally_beside_it() -> None:
    text = (
        "Gunmen shot dead a radio reporter outside his home in Zamora, Michoacán, a local "
        "newspaper reported on Monday.\n\nThe 41-year-old is at least the sixth member of the "
        "press to be killed in the country this year."
    )
    (event,) = live(run("en", text))
    assert (event.date, event.date_precision) == ("2025-09-15", "day")


@pytest.mark.parametrize(
    ("language", "text", "earlier"),
    [
        (
            "en",
            "Gunmen killed four men at a bar in Zamora, Michoacán, on Monday. The attack came "
            "two days after hitmen shot and killed a taxi driver in Jacona.",
            "taxi driver",
        ),
        (
            "en",
            "Gunmen killed four men at a bar in Zamora, Michoacán, on Monday. The massacre comes "
            "nearly a year after an explosive device wounded three investigators in Jacona.",
            "explosive",
        ),
        (
            "es",
            "Hombres armados asesinaron a cuatro hombres en un bar de Zamora, Michoacán, este "
            "lunes. El ataque ocurrió unos días después de que sicarios asesinaran a un taxista "
            "en Jacona.",
            "taxista",
        ),
    ],
)
def test_the_incident_the_news_came_after_is_no_evidence_of_it(
    language: str, text: str, earlier: str
) -> None:
    events = run(language, text)
    (news,) = live(events)
    assert news.fatalities == 4
    assert not any(earlier in x.text for x in news.evidence)
    assert any(earlier in x.text for e in events if e.status == "historical" for x in e.evidence)


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        (
            "en",
            "Gunmen killed three women, one man and a 4-year-old girl at a party in Zamora, "
            "Michoacán, on Monday.",
            5,
        ),
        (
            "en",
            "Gunmen killed a woman, her two sons and a neighbour in Zamora, Michoacán, on Monday.",
            4,
        ),
        (
            "es",
            "Hombres armados asesinaron a tres mujeres, un hombre y una niña de cuatro años en "
            "una fiesta en Zamora, Michoacán, este lunes.",
            5,
        ),
    ],
)
def test_victims_listed_by_kind_add_up(language: str, text: str, killed: int) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == killed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Gunmen killed two women and three men in Jacona, Michoacán, on Monday."),
        (
            "es",
            "Sicarios asesinaron a dos mujeres y tres hombres en Jacona, Michoacán, este lunes.",
        ),
    ],
)
def test_the_place_after_a_list_of_victims_is_no_victim(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == 5


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Clashes near Zamora, Michoacán, on Monday left 22 gunmen and two police officers "
            "dead and at least 15 officers wounded.",
        ),
        (
            "es",
            "Los enfrentamientos de este lunes cerca de Zamora, Michoacán, dejaron 22 sicarios y "
            "dos policías muertos y al menos 15 agentes heridos.",
        ),
    ],
)
def test_a_list_of_the_dead_ends_at_its_predicate(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    killed = {c.value for c in event.counts if c.what == "killed"}
    assert event.fatalities == 24
    assert 39 not in killed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The attack on Monday in Jacona, Michoacán, killed the mayor. At least three "
            "other people were killed in the attack, authorities said.",
        ),
        (
            "es",
            "Sicarios asesinaron al alcalde de Jacona, Michoacán, este lunes. Otras tres personas "
            "murieron en el ataque, informaron las autoridades.",
        ),
    ],
)
def test_other_victims_in_the_next_sentence_add_to_the_first(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == 4


def categories(language: str, text: str) -> set[str]:
    return {e.category for e in live(run(language, text))}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "The State Department on Monday urged Americans not to travel to Michoacán because "
            "of crime.",
            "travel_advisory",
        ),
        (
            "Classes at all educational levels were suspended on Monday in Zamora, Michoacán, "
            "after a night of shootouts.",
            "school_closure",
        ),
        (
            "Authorities closed the airport of Uruapan, Michoacán, on Monday after gunmen fired "
            "at a plane.",
            "transport_disruption",
        ),
        (
            "Soldiers rescued 25 migrants from a house in Zamora, Michoacán, on Monday.",
            "security_operation",
        ),
    ],
)
def test_english_phrasings_of_disruptions_and_rescues(text: str, category: str) -> None:
    assert category in categories("en", text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Three men accused of kidnapping a girl were lynched by a crowd in Zamora, "
            "Michoacán, on Monday.",
        ),
        (
            "es",
            "Tres hombres acusados de secuestrar a una niña fueron linchados por una turba en "
            "Zamora, Michoacán, este lunes.",
        ),
    ],
)
def test_what_the_accused_suffer_is_news_not_their_accusation(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    assert event.category == "riot"


@pytest.mark.parametrize(
    ("language", "text", "killed"),
    [
        (
            "en",
            "Four alleged kidnappers were lynched by residents of Zamora, Michoacán, on Monday.",
            4,
        ),
        (
            "en",
            "Two suspected thieves were beaten and burned alive by residents of Zamora, "
            "Michoacán, on Monday.",
            2,
        ),
        (
            "es",
            "Dos presuntos ladrones fueron golpeados y quemados vivos por pobladores de Zamora, "
            "Michoacán, este lunes.",
            2,
        ),
    ],
)
def test_a_mob_killing_counts_its_victims(language: str, text: str, killed: int) -> None:
    events = live(run(language, text))
    assert max(e.fatalities or 0 for e in events) == killed


@pytest.mark.parametrize(
    "text",
    [
        "MEXICO CITY, May 4 (Reuters) -- Gunmen killed five people at a bar in Zamora, "
        "Michoacán, on Monday.",
        "Mexico City.- Gunmen killed five people at a bar in Zamora, Michoacán, on Monday.",
        # an agency and a dash between spaces
        "Mexico City (Wire Service) - Gunmen killed five people at a bar in Zamora, "
        "Michoacán, on Monday.",
        "Gunmen killed five people on Monday in Tangamandapio, 150 km (93 miles) west of "
        "Mexico City.",
    ],
)
def test_a_dateline_or_a_landmark_is_not_where_it_happened(text: str) -> None:
    (event,) = live(run("en", text))
    assert all(loc.admin1 != "Ciudad de México" for loc in event.locations)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Un enfrentamiento armado dejó cuatro muertos el sábado en un rancho a 90 kilómetros "
            "de la capital de Culiacán, Sinaloa.",
        ),
        (
            "en",
            "A clash left four dead on Saturday at a ranch 60 miles from the state capital of "
            "Culiacán, Sinaloa.",
        ),
    ],
)
def test_the_capital_a_distance_is_measured_from_is_not_the_place(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    assert event.locations and all(loc.admin2 != "Culiacán" for loc in event.locations)
