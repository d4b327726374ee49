"""Two classes of the cross-outlet work (issue 9, "Across outlets"):

- a second victim told after the first ("Su esposa también fue asesinada", "A woman who was
  driving past was also killed") adds to the toll told before it, so an outlet that tells the
  deaths one by one gives the same figure as one that counts them at once;
- a judge who is the one attacked ("asesinan al juez", "a federal judge and his wife were
  murdered") is news of violence, not court news about an old crime, which a judge named in
  a sentence otherwise is ("el juez vinculó a proceso…").

Every sentence here is invented for the test; none comes from an outlet or an evaluation set.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sucesos import api
from sucesos.extract import extract
from sucesos.models import Article, EventRecord
from sucesos.store import Store

PUB = date(2026, 3, 10)


def events(text: str, language: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


def news_toll(text: str, language: str) -> int | None:
    """The death toll of the article's reported violent event (one expected)."""
    news = [
        e
        for e in events(text, language)
        if e.status == "reported" and e.category in ("attack", "armed_clash")
    ]
    assert len(news) == 1, [(e.category, e.status, e.fatalities) for e in news]
    return news[0].fatalities


# --- a victim told after the first ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Sicarios mataron a dos policías estatales en Zamora este lunes. Un vendedor que "
            "pasaba por el lugar también murió.",
            3,
        ),
        (
            "Asesinan al comerciante Mario Téllez en su negocio de Zamora este lunes. Su "
            "hermana, Lucía Téllez, también fue asesinada en el local.",
            2,
        ),
        (
            "Dos escoltas del regidor murieron en una emboscada en Zamora este lunes. Tras el "
            "ataque, también murió un taxista que circulaba por la zona.",
            3,
        ),
    ],
)
def test_a_victim_told_with_tambien_adds_to_the_toll_es(text: str, toll: int) -> None:
    assert news_toll(text, "es") == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Gunmen killed two state police officers in Zamora on Monday. A street vendor was "
            "also killed.",
            3,
        ),
        (
            "Gunmen killed two state police officers in Zamora on Monday. A third person, a "
            "street vendor on his way home, was also killed in the shooting.",
            3,
        ),
        (
            "Gunmen killed two state police officers in Zamora on Monday. A local woman also "
            "died, officials said.",
            3,
        ),
    ],
)
def test_a_victim_told_with_also_adds_to_the_toll_en(text: str, toll: int) -> None:
    assert news_toll(text, "en") == toll


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Sicarios mataron a dos policías estatales en Zamora este lunes. También "
            "incendiaron una patrulla.",
            "es",
        ),
        (
            "Gunmen killed two state police officers in Zamora on Monday. They also torched a "
            "patrol car.",
            "en",
        ),
    ],
)
def test_also_with_no_death_adds_no_one(text: str, language: str) -> None:
    assert news_toll(text, language) == 2


# --- a judge who is the victim --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "toll"),
    [
        (
            "Un comando armado asesinó al juez federal Ramiro Castañeda afuera de su casa en "
            "Tepic este lunes.",
            "es",
            1,
        ),
        ("Confirman el asesinato del juez Ramiro Castañeda en Tepic este lunes.", "es", 1),
        ("A federal judge and his wife were murdered at their home in Tepic on Monday.", "en", 2),
        ("Gunmen killed a federal judge outside his home in Tepic on Monday.", "en", 1),
    ],
)
def test_a_judge_attacked_is_news(text: str, language: str, toll: int) -> None:
    assert news_toll(text, language) == toll


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Un juez dictó prisión a dos hombres por el homicidio de un taxista en Tepic.",
            "es",
        ),
        ("A judge ordered two men held over the murder of a taxi driver in Tepic.", "en"),
    ],
)
def test_a_judge_ruling_on_a_killing_is_court_news(text: str, language: str) -> None:
    assert not [
        e
        for e in events(text, language)
        if e.status == "reported" and e.category in ("attack", "armed_clash")
    ]


# --- three outlets, two languages: one event, each figure kept -------------------------------

STORY = [
    # the deaths told one by one
    (
        "syn-jue-1",
        "Diario Sintético Norte",
        "es",
        "2026-03-09",
        "Un comando armado asesinó este lunes al juez federal Ramiro Castañeda afuera de su "
        "casa en la colonia Centro de Tepic, Nayarit. Su esposa, Elena Ruiz, también fue "
        "asesinada en el lugar.",
    ),
    # the same two counted at once
    (
        "syn-jue-2",
        "Synthetic Wire East",
        "en",
        "2026-03-10",
        "A federal judge and his wife were shot dead outside their home in Tepic, Nayarit, on "
        "Monday, the state prosecutor said.",
    ),
    # an early account: the judge alone
    (
        "syn-jue-3",
        "Noticias Sintéticas Sur",
        "es",
        "2026-03-09",
        "Confirman el asesinato del juez federal Ramiro Castañeda la tarde de este lunes en "
        "Tepic, Nayarit.",
    ),
    # the same day elsewhere in the state: another killing
    (
        "syn-jue-4",
        "Diario Sintético Norte",
        "es",
        "2026-03-09",
        "Un hombre fue asesinado a balazos este lunes en una cancha de Bahía de Banderas, Nayarit.",
    ),
]


def _story(tmp_path: Path) -> Path:
    path = tmp_path / "story.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for art_id, source, language, published, text in STORY:
            row = {
                "id": art_id,
                "url": f"https://example.org/syn/{art_id}",
                "source": source,
                "language": language,
                "published": published,
                "text": text,
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def test_outlets_telling_the_deaths_one_by_one_or_at_once_agree(
    store: Store, tmp_path: Path
) -> None:
    summary = api.ingest([_story(tmp_path)], store=store)
    assert summary.errors == []
    by_article: dict[str, set[str]] = {}
    for event in store.events():
        full = store.event(event["id"])
        assert full is not None
        for report in full["reports"]:
            by_article.setdefault(report["article_id"], set()).add(event["id"])
    judge = by_article["syn-jue-1"] & by_article["syn-jue-2"] & by_article["syn-jue-3"]
    assert len(judge) == 1
    found = store.event(judge.pop())
    assert found is not None
    event = found
    sources = event["resolved"]["fatalities"]["sources"]
    # the outlet that told the wife's death in its own sentence counts her as the wire does
    assert sources["Diario Sintético Norte"] == 2 and sources["Synthetic Wire East"] == 2
    assert event["fatalities"] == 2
    # the killing elsewhere in the state that day stays apart
    assert not by_article["syn-jue-4"] & by_article["syn-jue-1"]


# --- where: "the Mexico state of X" is the state X -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a shopkeeper in the western Mexico state of Colima on Monday.",
        "A shopkeeper was shot dead in the Mexico State of Colima on Monday, police said.",
    ],
)
def test_the_mexico_state_of_a_state_is_that_state(text: str) -> None:
    (event,) = [e for e in events(text, "en") if e.status == "reported"]
    assert {loc.admin1_code for loc in event.locations} == {"MX-COL"}
