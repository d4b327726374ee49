"""English phrasing classes of full articles (issue 9): one test per class, each on
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 11)  # a Tuesday


def run(text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language="en"))


def test_a_clause_about_the_times_leaves_the_news_its_own_toll() -> None:
    # "as …" sets the news against the times: its words of records and rates describe no
    # figure, so the killings before it stay news with their own toll
    text = (
        "Gunmen killed nine people at a family party in Salamanca, Guanajuato, on Sunday, "
        "as the state struggles with a record murder rate."
    )
    (event,) = live(run(text))
    assert event.category == "attack"
    assert event.fatalities == 9


def test_one_victim_told_in_a_perfect_tense_is_one_dead() -> None:
    # "has been shot dead", "had been gunned down": one killing, as "was shot dead" is
    (event,) = live(run("A municipal councilwoman in Tlalnepantla has been shot dead."))
    assert event.fatalities == 1


def test_agents_are_people_a_figure_counts() -> None:
    text = "Two federal agents were killed on a highway near Fresnillo, Zacatecas, on Monday."
    (event,) = live(run(text))
    assert event.fatalities == 2


def test_a_hyphenated_description_keeps_its_number() -> None:
    # "six bullet-riddled bodies": the compound describes what the number counts
    text = "Residents found six bullet-riddled bodies beside a dirt road outside Uruapan on Monday."
    (event,) = live(run(text))
    assert event.category == "body_discovery"
    assert next(c.value for c in event.counts if c.what == "bodies") == 6


def test_an_age_before_one_victim_leaves_one_dead() -> None:
    # "a 34-year-old man": the age describes the one person killed, it counts no one
    text = "Gunmen shot dead a 52-year-old taxi driver in Ecatepec on Monday night."
    (event,) = live(run(text))
    assert event.fatalities == 1


def test_others_after_the_place_add_to_the_one_victim() -> None:
    # "killed a teacher in … and three others": the others are more victims of the verb
    text = (
        "Gunmen killed a village teacher in the town of Cuitzeo on Monday and three others "
        "who were travelling with him."
    )
    (event,) = live(run(text))
    assert event.fatalities == 4


def test_a_states_toll_of_last_weekend_is_a_tally() -> None:
    # "last weekend … in the state": the dead of several happenings, not the news's toll
    text = (
        "Gunmen killed a police officer in Jerez, Zacatecas, on Thursday.\n\n"
        "Last weekend at least 14 people were killed in the state, police reports show."
    )
    (event,) = live(run(text))
    assert event.fatalities == 1
    assert not any("Last weekend" in e.text for e in event.evidence)


def test_killings_linked_to_the_arrested_are_no_news() -> None:
    # a career total pinned on the man arrested is no attack of today
    text = (
        "Marines arrested a hitman in Tampico, Tamaulipas, on Monday who has been linked to "
        "more than 40 killings."
    )
    (event,) = live(run(text))
    assert event.category == "arrest"


def test_another_part_of_the_state_is_not_the_articles_town() -> None:
    # "killed in another part of the state": the state, not the town told before
    text = (
        "Gunmen killed four people at a taco stand in Uruapan, Michoacán, on Saturday. "
        "Hours later, two state police officers were killed in another part of the state."
    )
    events = live(run(text))
    other = next(e for e in events if e.fatalities == 2)
    assert other.locations[0].admin1 == "Michoacán"
    assert other.locations[0].admin2 is None


def test_a_closing_list_of_cut_link_titles_is_no_news() -> None:
    # a site's list of other stories, some titles cut short with an ellipsis
    text = (
        "Gunmen killed two men outside a car wash in Reynosa, Tamaulipas, on Sunday.\n"
        "More Stories\n"
        "-\n"
        "Flash floods close three roads across the valley...\n"
        "-\n"
        "School board approves new bus routes\n"
        "-\n"
        "Storm leaves thousands of homes without power in the county..."
    )
    (event,) = live(run(text))
    assert event.fatalities == 2


def test_a_couple_in_a_list_of_victims_is_two_people() -> None:
    # "an elderly couple and their three grandchildren": the couple is two of the list
    text = (
        "Gunmen killed an elderly couple and their three grandchildren at a ranch near "
        "Guadalupe y Calvo, Chihuahua, on Saturday."
    )
    (event,) = live(run(text))
    assert event.fatalities == 5


def test_a_plural_owner_before_one_person_counts_one() -> None:
    # "their son" is one person: the plural is the owners', not the victims'
    text = "A rancher and their son were shot dead on a dirt road outside Tepalcatepec on Friday."
    (event,) = live(run(text))
    assert event.fatalities == 2


def test_a_bare_perfect_toll_far_beyond_the_news_is_a_tally() -> None:
    # no date, no place, only perfect tenses, and far more dead than the news: a running total
    text = (
        "A mayoral candidate was shot dead at a campaign event in Coyuca de Benítez, Guerrero, "
        "on Monday. More than 30 candidates have been killed and dozens more have been "
        "threatened."
    )
    (event,) = live(run(text))
    assert event.fatalities == 1
