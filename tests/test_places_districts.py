"""A district's name after one of its towns, or after the word "distrito", is the district
(several municipalities), not the town of its seat; a settlement after its cue word is the
settlement that a town the text names has, not a namesake elsewhere; the centre of a city
that shares its state's name is the city. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from sucesos.extract.places import find_places


def towns(text: str) -> list[str | None]:
    return [m.location.admin2 for m in find_places(text) if m.location.admin2]


@pytest.mark.parametrize(
    "text",
    [
        "Dos policías de San Miguel Coatlán, Miahuatlán, murieron en una emboscada.",
        "Two officers from San Miguel Coatlán, Miahuatlán, died in an ambush.",
    ],
)
def test_a_district_after_its_town_names_the_district_not_a_second_town(text: str) -> None:
    assert towns(text) == ["San Miguel Coatlán"]


@pytest.mark.parametrize(
    "text",
    [
        "Un comerciante fue asesinado en una comunidad del distrito de Tlacolula, en Oaxaca.",
        "A shopkeeper was killed in a village in the district of Tlacolula, Oaxaca.",
    ],
)
def test_a_district_after_its_cue_word_is_no_town(text: str) -> None:
    assert towns(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "La Fiscalía informó de dos ataques en Irapuato. En las comunidades de San Roque y "
        "Santa Elena murieron tres hombres.",
        "Prosecutors reported two attacks in Irapuato. Three men died in the communities of "
        "San Roque and Santa Elena.",
    ],
)
def test_a_settlement_after_its_cue_word_lies_in_the_town_the_text_names(text: str) -> None:
    assert towns(text) == ["Irapuato", "Irapuato", "Irapuato"]


@pytest.mark.parametrize(
    "text",
    [
        "El ataque ocurrió en el centro histórico de Querétaro la noche del sábado.",
        "The attack took place in the historic city center of Querétaro on Saturday night.",
    ],
)
def test_the_centre_of_a_city_named_like_its_state_is_the_city(text: str) -> None:
    assert towns(text) == ["Querétaro"]
