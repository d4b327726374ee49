"""Context around English news (issue 9): tallies an explainer gives, ranks that only
describe, lasting conflicts, places of other happenings, a day known only from the report's
stamp. One test per phrasing class, with the Spanish twin where the rule is shared; every
sentence here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 9, 16)  # a Tuesday

NEWS = {
    "en": "Gunmen shot dead a police officer in Zamora, Michoacán, on Monday, officials said.",
    "es": "Hombres armados asesinaron a un policía en Zamora, Michoacán, este lunes.",
}


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("language", "tally"),
    [
        # a count of incidents no single happening has
        ("en", "The country logged more than 30,000 homicides, according to an official tally."),
        # a figure over a number of years
        ("en", "Over the past 30 years, more than 50 journalists have been murdered in Mexico."),
        ("es", "En los últimos 30 años, más de 50 periodistas han sido asesinados en México."),
        # a figure that depends on who is counted
        ("en", "The toll rises to more than 50 people if relatives of the victims are counted."),
        ("es", "La cifra asciende a más de 50 muertos si se cuentan los familiares."),
        # a toll from one day to another, with no town
        ("en", "There were 27 people killed there from Friday evening to early Sunday."),
        ("es", "Del viernes al domingo fueron asesinadas 27 personas en la región."),
    ],
)
def test_an_explainers_tally_is_no_news_and_adds_no_toll(language: str, tally: str) -> None:
    (event,) = live(run(language, f"{NEWS[language]}\n\n{tally}"))
    assert event.fatalities == 1
    assert not any(tally[:30] in e.text for e in event.evidence)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Soldiers hurt in drone attack\n\nOne of the world's most violent cartels injured "
            "two soldiers with explosives "
            "dropped from drones near Tepalcatepec, Michoacán.",
        ),
        (
            "es",
            "Soldados heridos en ataque con drones\n\nUno de los cárteles más violentos del "
            "mundo hirió a dos soldados con explosivos "
            "lanzados desde drones cerca de Tepalcatepec, Michoacán.",
        ),
    ],
)
def test_a_rank_that_describes_the_subject_is_no_tally(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    assert event.category == "explosion"
    assert any(c.what == "injured" and c.value == 2 for c in event.counts)


def test_a_rank_in_an_apposition_after_a_dash_is_no_tally() -> None:
    text = (
        "A mayoral candidate was shot dead in Celaya on Monday, prosecutors said.\n\n"
        "Three other people were injured in the shooting in Guanajuato -- considered "
        "Mexico's most violent state by many analysts."
    )
    (event,) = live(run("en", text))
    assert any(c.what == "injured" and c.value == 3 for c in event.counts)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed three men at a bar in Celaya, Guanajuato, on Monday, in a region where "
        "cartels are fighting bloody turf battles.",
        "Gunmen killed three men at a bar in Celaya, Guanajuato, on Monday, in a region where "
        "two cartels have fought for control of the drug routes.",
    ],
)
def test_a_lasting_conflict_between_groups_is_no_clash(text: str) -> None:
    (event,) = live(run("en", text))
    assert event.category == "attack"
    assert event.fatalities == 3


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Gunmen killed five people at a home in Apaseo el Grande, Guanajuato, on Monday. In "
            "the nearby city, gunmen shot dead three men at another home.",
        ),
        (
            "en",
            "Gunmen killed five people at a home in Tuxpan, Michoacán, on Monday. Authorities "
            "say that elsewhere in the state, gunmen shot dead three men.",
        ),
        (
            "es",
            "Hombres armados asesinaron a cinco personas en una casa de Apaseo el Grande, "
            "Guanajuato, este lunes. En otra vivienda, hombres armados asesinaron a tres "
            "hombres.",
        ),
    ],
)
def test_another_place_of_the_same_kind_opens_another_incident(language: str, text: str) -> None:
    events = live(run(language, text))
    assert len(events) == 2
    assert max(e.fatalities or 0 for e in events) == 5


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Gunmen killed a couple in Arteaga, Michoacán, on Friday, prosecutors said. In "
            "Tamaulipas, two families were gunned down in separate attacks earlier this month. "
            "In the first attack, gunmen killed 11 people at a home.",
        ),
        (
            "es",
            "Hombres armados asesinaron a una pareja en Arteaga, Michoacán, el viernes. En "
            "Tamaulipas, dos familias fueron asesinadas en ataques distintos a principios de este "
            "mes. En el primer "
            "ataque, hombres armados asesinaron a 11 personas en una casa.",
        ),
    ],
)
def test_one_of_several_earlier_happenings_named_by_rank_stays_background(
    language: str, text: str
) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The police were intercepted by armed attackers on a road near Zamora, Michoacán, "
            "on Monday.",
        ),
        (
            "es",
            "Los policías fueron interceptados por hombres armados en un camino cerca de "
            "Zamora, Michoacán, este lunes.",
        ),
    ],
)
def test_waylaid_by_attackers_is_an_ambush_not_a_seizure(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    assert event.category == "attack"


def test_a_day_known_only_from_the_stamp_does_not_make_the_news_earlier() -> None:
    # the lead names no day: the news day is the stamp's (Tuesday), and the killings two
    # days before it are the news, not an earlier happening
    text = (
        "date 2025-09-16 Gunmen kill four at a car wash\n\nBy staff\n\n"
        "Prosecutors said the killings occurred Sunday in Zamora, Michoacán, where gunmen also "
        "torched a truck."
    )
    events = run("en", text)
    (event,) = live(events)
    assert event.date == "2025-09-14"
    assert not [e for e in events if e.status == "historical"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill four at a car wash\n\nBy staff\n\nProsecutors said the killings occurred "
        "Sunday in Zamora, Michoacán, where gunmen also torched a truck.",
    ],
)
def test_a_lead_with_no_day_does_not_make_the_news_earlier(text: str) -> None:
    events = run("en", text)
    (event,) = live(events)
    assert event.date == "2025-09-14"
    assert not [e for e in events if e.status == "historical"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "An ambush killed 10, including five police officers, in Ocotlán, Jalisco, on Monday. "
            "The victims included two bystanders killed in the crossfire.",
        ),
        (
            "es",
            "Una emboscada mató a 10, entre ellos cinco policías, en Ocotlán, Jalisco, este lunes. "
            "Entre las víctimas hubo dos civiles muertos en el fuego cruzado.",
        ),
    ],
)
def test_people_named_after_another_figure_are_that_figures(language: str, text: str) -> None:
    (event,) = live(run(language, text))
    assert event.fatalities == 10


@pytest.mark.parametrize(
    ("language", "link"),
    [
        ("en", "ALSO READ | Two reporters dying in crossfire in another country"),
        ("es", "LEE TAMBIÉN: Asesinan a dos taxistas en Celaya"),
        ("es", "Lee más: Asesinan a dos taxistas en Celaya"),
        ("es", "Te podría interesar: Asesinan a dos taxistas en Celaya"),
        ("en", "Keep reading: Two reporters dying in crossfire in another country"),
    ],
)
def test_a_line_that_links_to_another_story_tells_nothing(language: str, link: str) -> None:
    text = f"{NEWS[language]}\n\n{link}\n\n{NEWS[language]}"
    (event,) = live(run(language, text))
    assert event.fatalities == 1
    assert not any(link[12:30] in e.text for e in event.evidence)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Troops killed 19 gunmen in a shootout in Culiacán, Sinaloa, on Monday, the army "
            "said.\n\nThe shootout was the most lopsided since the killing of 22 suspects by "
            "soldiers at a grain warehouse in the township of Tlatlaya, in the State of Mexico.",
        ),
    ],
)
def test_an_act_the_news_is_compared_with_is_background(language: str, text: str) -> None:
    events = live(run(language, text))
    assert max(e.fatalities or 0 for e in events) == 19
    assert not any("22" in x.text for e in events for x in e.evidence)


def test_an_act_compared_with_is_background_when_the_lead_names_no_day() -> None:
    # the news day is the publication's: Sunday, two days before it, is still the news
    text = (
        "Troops killed 19 gunmen in a shootout in Culiacán, Sinaloa, the army said.\n\n"
        "The shootout Sunday was the most lopsided since the killing of 22 suspects by soldiers "
        "at a grain warehouse in the township of Tlatlaya, in the State of Mexico."
    )
    events = live(run("en", text))
    assert max(e.fatalities or 0 for e in events) == 19
    assert not any("22" in x.text for e in events for x in e.evidence)


def test_relatives_of_missing_persons_are_no_disappearance() -> None:
    text = (
        "Searchers found the remains of 27 people in a clandestine grave in Reynosa, "
        "Tamaulipas, on Monday.\n\nThe graves were uncovered by a volunteer group made up of "
        "relatives of disappeared persons."
    )
    events = live(run("en", text))
    assert [e.category for e in events] == ["mass_grave"]
