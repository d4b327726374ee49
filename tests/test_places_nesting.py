"""Places inside other places and everyday forms of town names: a settlement named like a
town elsewhere followed by the town it lies in, several incidents told together in one town,
short forms and surnames of municipality names, and the town an address's headline names.

All sentences below are invented for these tests.
"""

from __future__ import annotations

from sucesos.extract import extract
from sucesos.extract.places import Dropped, find_places
from sucesos.models import Article


def muns(text: str, dropped: list[Dropped] | None = None) -> list[str | None]:
    found = find_places(text, dropped=dropped)
    return [m.location.admin2_code for m in found if m.location.admin2_code]


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


# ---- everyday forms of municipality names --------------------------------------------------


def test_common_noun_opening_a_municipality_name_is_not_that_municipality() -> None:
    # "Puente" is the short form of no town: Puente de Ixtla (17017) is not meant here.
    assert muns("Hallan un cuerpo bajo el Puente Negro en Cuernavaca") == ["17007"]


def test_municipality_named_after_a_person_by_the_surnames_alone() -> None:
    assert muns("Rescatan a 30 migrantes en el municipio Díaz Ordaz") == ["28015"]


def test_surnames_of_a_municipality_without_a_locative_cue_are_a_person() -> None:
    dropped: list[Dropped] = []
    assert muns("Recuerdan el gobierno del expresidente Díaz Ordaz", dropped=dropped) == []
    assert [d.surface for d in dropped] == ["Díaz Ordaz"]


# ---- the town the address's headline names -------------------------------------------------


def _event_places(text: str, url: str) -> list[tuple[str | None, str]]:
    (event, *_) = extract(Article(text=text, title=None, url=url, language="es"))
    return [(loc.admin2_code or loc.admin1_code, loc.precision) for loc in event.locations]


STATE_ONLY = "Un comerciante fue asesinado a balazos este lunes en su negocio, en Guanajuato."


def test_report_placed_in_a_state_takes_the_town_its_address_headline_names() -> None:
    url = "https://noticias.example.mx/2024/05/asesinan-a-comerciante-en-salamanca-guanajuato/"
    assert _event_places(STATE_ONLY, url) == [("11027", "municipality")]


def test_address_headline_naming_a_town_of_another_state_changes_nothing() -> None:
    url = "https://noticias.example.mx/2024/05/asesinan-a-comerciante-en-culiacan/"
    assert _event_places(STATE_ONLY, url) == [("MX-GUA", "state")]


def test_address_headline_naming_two_towns_changes_nothing() -> None:
    url = "https://noticias.example.mx/2024/05/balaceras-en-celaya-y-en-salamanca-guanajuato/"
    assert _event_places(STATE_ONLY, url) == [("MX-GUA", "state")]


# ---- small places and the outlet's state ---------------------------------------------------


def test_small_town_of_another_state_beside_the_texts_town_is_a_neighbourhood() -> None:
    dropped: list[Dropped] = []
    text = "Balean a dos jóvenes en San Javier y dejan herido a otro en Salamanca"
    assert muns(text, dropped=dropped) == ["11027"]
    assert any(d.surface == "San Javier" and "neighbourhood" in d.reason for d in dropped)


def test_state_after_a_comma_is_not_a_surname() -> None:
    found = find_places("Matan a dos en San Javier, Sonora")
    assert [m.location.admin1_code for m in found] == ["MX-SON", "MX-SON"]


def test_village_only_one_place_has_is_taken_in_the_outlets_state() -> None:
    # Jitzamuri: one village of that name in the country, in Ahome, Sinaloa.
    found = find_places("Hallan un cuerpo en Jitzamuri", home_state="MX-SIN")
    assert [m.location.admin2_code for m in found] == ["25001"]


def test_village_only_one_place_has_needs_the_outlets_state() -> None:
    assert find_places("Hallan un cuerpo en Jitzamuri") == []
    assert find_places("Hallan un cuerpo en Jitzamuri", home_state="MX-SON") == []
