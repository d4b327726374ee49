"""Places inside other places: a settlement named like a town elsewhere followed by the
town it lies in, and several incidents told together in one town.

All sentences below are invented for these tests.
"""

from __future__ import annotations

from sucesos.extract import extract
from sucesos.extract.places import Dropped, find_places
from sucesos.models import Article


def muns(text: str) -> list[str | None]:
    return [m.location.admin2_code for m in find_places(text) if m.location.admin2_code]


def places_of_first_event(text: str, language: str = "es") -> list[tuple[str | None, str]]:
    (event, *_) = extract(Article(text=text, title=None, language=language))
    return [(loc.admin2_code or loc.admin1_code, loc.precision) for loc in event.locations]


# ---- a settlement followed by its town -----------------------------------------------------


def test_name_of_a_town_elsewhere_followed_by_a_town_after_a_comma_is_in_that_town() -> None:
    # San Javier is a municipality of Sonora and a neighbourhood name in many towns.
    assert muns("Asaltan una tienda en San Javier, Celaya") == ["11007"]


def test_name_of_a_town_elsewhere_followed_by_en_and_a_town_is_in_that_town() -> None:
    # Cosalá is a municipality of Sinaloa only: here, a settlement of Tecomán, Colima.
    assert muns("Balean a un comerciante en Cosalá en Tecomán") == ["06009"]
    assert muns("Balean a un comerciante en Cosalá") == ["25005"]


def test_settlement_before_its_town_is_dropped_with_its_reason() -> None:
    dropped: list[Dropped] = []
    find_places("Asaltan una tienda en San Javier, Celaya", dropped=dropped)
    assert [d.reason for d in dropped if d.surface == "San Javier"] == [
        "no place of that name in the town named right after it"
    ]


def test_list_of_towns_keeps_every_town() -> None:
    found = muns("Detienen a cinco en Tlaquepaque, Guadalajara y Zapopan")
    assert sorted(found) == ["14039", "14098", "14120"]


# ---- several incidents in one town ---------------------------------------------------------


def test_several_attacks_in_one_town_are_placed_in_that_town_es() -> None:
    assert places_of_first_event("Tres personas murieron en distintos ataques en Celaya") == [
        ("11007", "municipality")
    ]


def test_several_attacks_in_one_town_are_placed_in_that_town_en() -> None:
    text = "Four people were killed in separate attacks in Culiacán on Sunday"
    assert places_of_first_event(text, "en") == [("25006", "municipality")]


def test_several_attacks_in_two_towns_stay_at_state_precision() -> None:
    found = places_of_first_event("Cinco muertos en distintos ataques en Celaya y Salamanca")
    assert found == [("MX-GUA", "state")]
