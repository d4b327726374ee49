"""Behaviour of the geoparser on realistic sentences.

All sentences below are synthetic, written for these tests.
"""

from __future__ import annotations

import pytest

from sucesos.extract.places import (
    PlaceMatch,
    all_states,
    find_places,
    state_by_code,
    state_by_name,
)


def codes(text: str, **kw: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (m.location.precision, m.location.admin1_code, m.location.admin2_code)
        for m in find_places(text, **kw)
    ]


def best_mun(text: str, **kw: str) -> str | None:
    muns = [m for m in find_places(text, **kw) if m.location.admin2_code]
    return max(muns, key=lambda m: m.score).location.admin2_code if muns else None


# ---- states -----------------------------------------------------------------------------


def test_all_32_states_with_codes_and_coordinates() -> None:
    states = all_states()
    assert len(states) == 32
    assert len({s.admin1_code for s in states}) == 32
    for s in states:
        assert s.precision == "state"
        assert s.latitude and 14 < s.latitude < 33
        assert s.longitude and -118 < s.longitude < -86


@pytest.mark.parametrize(
    ("alias", "iso"),
    [
        ("CDMX", "MX-CMX"),
        ("Distrito Federal", "MX-CMX"),
        ("Mexico City", "MX-CMX"),
        ("ciudad de mexico", "MX-CMX"),
        ("Edomex", "MX-MEX"),
        ("State of Mexico", "MX-MEX"),
        ("Estado de México", "MX-MEX"),
        ("michoacan", "MX-MIC"),
        ("Michoacán de Ocampo", "MX-MIC"),
        ("Veracruz de Ignacio de la Llave", "MX-VER"),
        ("Coahuila de Zaragoza", "MX-COA"),
        ("NUEVO LEON", "MX-NLE"),
        ("NL", "MX-NLE"),
        ("BCS", "MX-BCS"),
        ("Baja California Sur", "MX-BCS"),
        ("BC", "MX-BCN"),
        ("San Luis Potosi", "MX-SLP"),
        ("Queretaro", "MX-QUE"),
    ],
)
def test_state_by_name_aliases(alias: str, iso: str) -> None:
    loc = state_by_name(alias)
    assert loc is not None and loc.admin1_code == iso


def test_state_by_name_rejects_country_and_junk() -> None:
    assert state_by_name("México") is None
    assert state_by_name("Narnia") is None


def test_state_by_code_iso_and_inegi() -> None:
    jal = state_by_code("MX-JAL")
    assert jal is not None and jal.admin1 == "Jalisco"
    assert state_by_code("14") == jal
    chh = state_by_code("8")
    assert chh is not None and chh.admin1_code == "MX-CHH"
    assert state_by_code("MX-XXX") is None


# ---- municipalities: INEGI codes and coordinates ------------------------------------------


@pytest.mark.parametrize(
    ("text", "inegi"),
    [
        ("Hallan dos cuerpos en Culiacán, Sinaloa", "25006"),
        ("Balacera en Guadalajara deja tres heridos", "14039"),
        ("Detienen a dos narcomenudistas en Los Cabos", "03008"),
        ("Asesinan a un comerciante en Acapulco", "12001"),
        ("Enfrentamiento en Zapopan deja un muerto", "14120"),
        ("Ataque armado en Juárez, Chihuahua", "08037"),
        ("Robo a cuentahabiente en la alcaldía Cuauhtémoc, Ciudad de México", "09015"),
    ],
)
def test_municipality_codes(text: str, inegi: str) -> None:
    assert best_mun(text) == inegi


def test_municipality_location_is_fully_filled() -> None:
    [m] = [m for m in find_places("Ejecutan a un hombre en Culiacán") if m.location.admin2]
    loc = m.location
    assert loc.precision == "municipality"
    assert (loc.admin1, loc.admin1_code, loc.admin2, loc.admin2_code) == (
        "Sinaloa",
        "MX-SIN",
        "Culiacán",
        "25006",
    )
    assert loc.latitude == pytest.approx(24.8, abs=0.1)
    assert loc.longitude == pytest.approx(-107.4, abs=0.1)
    assert 0.0 < m.score <= 1.0


# ---- case, accents, offsets ------------------------------------------------------------


def test_lowercase_unaccented_headlines() -> None:
    assert best_mun("balacera en culiacan deja dos muertos") == "25006"
    assert codes("enfrentamiento en michoacan")[0][1] == "MX-MIC"


def test_offsets_point_into_original_text() -> None:
    text = "Tras   el ataque en  Ciudad   Juárez, la Fiscalía de Chihuahua investiga."
    for m in find_places(text):
        assert text[m.start : m.end] == m.surface
    surfaces = [m.surface for m in find_places(text)]
    assert "Ciudad   Juárez" in surfaces


def test_results_sorted_and_typed() -> None:
    ms = find_places("Operativo en Tijuana y Mexicali, Baja California")
    assert all(isinstance(m, PlaceMatch) for m in ms)
    assert [m.start for m in ms] == sorted(m.start for m in ms)


# ---- ambiguity --------------------------------------------------------------------------


def test_ambiguous_name_resolved_by_following_state() -> None:
    assert best_mun("Asesinan a policía en Guadalupe, Nuevo León") == "19026"
    assert best_mun("Asesinan a policía en Guadalupe, Zacatecas") == "32017"


def test_ambiguous_name_resolved_by_state_elsewhere_in_text() -> None:
    text = "Zacatecas vive otra jornada violenta: hallan tres cuerpos en Guadalupe."
    assert best_mun(text) == "32017"


def test_la_paz_uses_home_state_as_tie_breaker() -> None:
    assert (
        best_mun("sorprenden a tres supuestos carteristas en la paz", home_state="MX-BCS")
        == "03003"
    )


def test_home_state_does_not_override_explicit_state() -> None:
    assert best_mun("Ataque en Juárez, Chihuahua", home_state="MX-NLE") == "08037"


# ---- non-places -------------------------------------------------------------------------


def test_person_names_are_not_places() -> None:
    assert codes("Benito Juárez dijo que la ley es igual para todos") == []
    assert codes("El gobernador Carlos Hidalgo anunció más patrullas") == []


def test_streets_and_neighbourhoods_are_not_places() -> None:
    found = codes("Balean a un hombre en la calle Morelos de Cuernavaca")
    assert ("municipality", "MX-MOR", "17007") in found
    assert all(c[2] != "17" or c[0] != "state" for c in found)
    assert codes("Asaltan tienda sobre avenida Reforma y bulevar Juárez") == []
    assert codes("Incendian vehículo en la colonia Hidalgo") == []


def test_a_cross_street_is_not_a_place() -> None:
    assert codes("Balean a un hombre sobre la avenida Reforma, casi esquina con Zinacantepec") == []
    assert codes("Choque en la calle Hidalgo en su cruce con Ocoyoacac") == []


def test_cartel_names_are_not_places() -> None:
    assert codes("Detienen a operador del Cártel de Jalisco Nueva Generación") == []
    assert codes("El Cártel de Sinaloa y el Cártel del Golfo se disputan la plaza") == []
    assert codes("Gunmen linked to the Sinaloa Cartel") == []


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Meanwhile, in the municipality of Tangamandapio, cartel gunmen ambushed two soldiers.",
            "16084",
        ),
        (
            "En Tepalcatepec, cártel y autodefensas se enfrentaron a balazos durante la madrugada.",
            "16089",
        ),
    ],
)
def test_a_town_before_a_comma_and_the_word_cartel_is_a_place(text: str, town: str) -> None:
    assert best_mun(text) == town


def test_institutions_give_weaker_state_mentions() -> None:
    [m] = find_places("La Fiscalía General del Estado de Guerrero abrió una carpeta")
    assert m.location.admin1_code == "MX-GRO"
    plain = find_places("Tres muertos en Guerrero")[0]
    assert m.score < plain.score


def test_common_words_are_not_places() -> None:
    assert codes("La reforma judicial y la libertad de prensa, en debate") == []
    assert codes("Piden paz y unión en la comunidad tras la victoria del equipo") == []


# ---- country, Mexico City, State of Mexico, English ------------------------------------


def test_mexico_alone_is_country() -> None:
    [m] = find_places("Aumentan los homicidios en México")
    assert m.location.precision == "country"
    assert m.location.admin1_code is None


def test_mexico_city_and_state_of_mexico_are_different_states() -> None:
    got = [c[1] for c in codes("Operativo en la Ciudad de México y el Estado de México")]
    assert got == ["MX-CMX", "MX-MEX"]
    got = [c[1] for c in codes("Gunmen kill 4 in Mexico City; more violence in State of Mexico")]
    assert got == ["MX-CMX", "MX-MEX"]
    assert [c[1] for c in codes("Detienen a tres en Edomex")] == ["MX-MEX"]


def test_english_forms() -> None:
    assert [c[1] for c in codes("Clashes in Michoacan and Nuevo Leon")] == ["MX-MIC", "MX-NLE"]
    assert [c[1] for c in codes("Bodies found in Guanajuato state")] == ["MX-GUA"]
    assert [c[1] for c in codes("Attack near La Paz, Baja California Sur")][-1] == "MX-BCS"


def test_multi_state_list() -> None:
    text = "Alerta para Jalisco, Tamaulipas, Michoacán, Guerrero y Nuevo León"
    assert [c[1] for c in codes(text)] == ["MX-JAL", "MX-TAM", "MX-MIC", "MX-GRO", "MX-NLE"]
    assert all(c[0] == "state" for c in codes(text))


def test_empty_and_placeless_text() -> None:
    assert find_places("") == []
    assert codes("Detienen a cuatro personas con droga durante un cateo") == []


# ---- names after a lowercase head ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Dos hombres fueron asesinados en el estado de Sinaloa durante la madrugada.", "MX-SIN"),
        ("La Fiscalía informó que el ataque ocurrió en el estado de Zacatecas.", "MX-ZAC"),
        ("Las detenciones se hicieron en la ciudad de México y en Puebla.", "MX-CMX"),
    ],
)
def test_a_state_after_a_lowercase_head_is_found(text: str, iso: str) -> None:
    assert ("state", iso, None) in codes(text)


def test_the_red_cross_is_no_town() -> None:
    # "la Cruz Roja" is the emergency service, not the town of La Cruz (Elota, Sinaloa)
    text = "Muere en la Cruz Roja Joven Baleado en Culiacán"  # a headline: capitals throughout
    assert codes(text) == [("municipality", "MX-SIN", "25006")]
