"""Date mentions: finding and resolving them (sucesos.extract.dates).

All sentences are synthetic, written for these tests. Publication date: Monday 13 May 2024
unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from sucesos.extract.dates import DateMatch, find_dates, is_historical
from sucesos.extract.text import fold

PUB = date(2024, 5, 13)  # a Monday
SAT = date(2024, 5, 11)
SUN = date(2024, 5, 12)


def only(text: str, language: str = "es", published: date | None = PUB) -> DateMatch:
    found = find_dates(text, published, language)
    assert len(found) == 1, [(d.surface, d.value) for d in found]
    return found[0]


def values(text: str, language: str = "es", published: date | None = PUB) -> list[date]:
    return [d.value for d in find_dates(text, published, language)]


# --- Spanish -----------------------------------------------------------------------------

ES_CASES = [
    ("El pasado domingo mataron a tres.", "El pasado domingo", "2024-05-12", "day"),
    ("El domingo pasado hubo un enfrentamiento.", "El domingo pasado", "2024-05-12", "day"),
    ("Este sábado fue localizado un cuerpo en un canal.", "Este sábado", "2024-05-11", "day"),
    ("La madrugada de este sábado, tiros.", "La madrugada de este sábado", "2024-05-11", "day"),
    ("La noche del viernes atacaron un bar.", "La noche del viernes", "2024-05-10", "day"),
    ("El sábado por la noche hubo disparos.", "El sábado por la noche", "2024-05-11", "day"),
    ("Anoche fue asesinado un policía municipal.", "Anoche", "2024-05-12", "day"),
    ("Ayer por la tarde se registró un ataque.", "Ayer por la tarde", "2024-05-12", "day"),
    ("Antier desapareció un joven en Zamora.", "Antier", "2024-05-11", "day"),
    ("Anteayer se localizaron dos fosas.", "Anteayer", "2024-05-11", "day"),
    ("Anteanoche balearon una casa en Salamanca.", "Anteanoche", "2024-05-11", "day"),
    ("Hoy se informó de la detención.", "Hoy", "2024-05-13", "day"),
    ("Esta mañana se reportó un enfrentamiento.", "Esta mañana", "2024-05-13", "day"),
    ("Hace tres días fue privado de la libertad.", "Hace tres días", "2024-05-10", "day"),
    ("Hace una semana se registró otro ataque.", "Hace una semana", "2024-05-06", "week"),
    ("Hace dos meses fue detenido su hermano.", "Hace dos meses", "2024-03-01", "month"),
    ("Hace 48 horas se perdió el contacto con él.", "Hace 48 horas", "2024-05-11", "day"),
    ("El hecho ocurrió el 3 de mayo en Tijuana.", "el 3 de mayo", "2024-05-03", "day"),
    ("Fue capturado el 3 de mayo de 2019.", "el 3 de mayo de 2019", "2019-05-03", "day"),
    ("La balacera del 3 de mayo pasado", "del 3 de mayo pasado", "2024-05-03", "day"),
    ("Desde el pasado 3 de mayo no aparece.", "Desde el pasado 3 de mayo", "2024-05-03", "day"),
    ("El primero de mayo hubo un ataque.", "El primero de mayo", "2024-05-01", "day"),
    ("El 1º de mayo hubo un ataque.", "El 1º de mayo", "2024-05-01", "day"),
    ("Fue detenido el lunes 6 de mayo en Morelia.", "el lunes 6 de mayo", "2024-05-06", "day"),
    ("El 28 de diciembre se registró otro hecho.", "El 28 de diciembre", "2023-12-28", "day"),
    ("En mayo se registraron 40 homicidios.", "En mayo", "2024-05-01", "month"),
    ("En mayo de 2019 comenzó la disputa.", "En mayo de 2019", "2019-05-01", "month"),
    ("A finales de marzo llegaron los militares.", "A finales de marzo", "2024-03-01", "month"),
    ("En diciembre pasado hubo 12 ejecuciones.", "En diciembre pasado", "2023-12-01", "month"),
    ("En diciembre del año pasado, otra.", "En diciembre del año pasado", "2023-12-01", "month"),
    ("En 2014 desaparecieron 43 estudiantes.", "En 2014", "2014-01-01", "year"),
    ("Desde 2006 el Ejército patrulla las calles.", "Desde 2006", "2006-01-01", "year"),
    ("El año pasado se registraron menos casos.", "El año pasado", "2023-01-01", "year"),
    ("La semana pasada hubo tres ataques.", "La semana pasada", "2024-05-06", "week"),
    ("El mes pasado se localizaron 5 cuerpos.", "El mes pasado", "2024-04-01", "month"),
    ("El fin de semana hubo 14 homicidios.", "El fin de semana", "2024-05-11", "week"),
    ("El pasado fin de semana hubo 9.", "El pasado fin de semana", "2024-05-11", "week"),
    ("Los hechos ocurrieron el 12/05/2024 en Cajeme.", "12/05/2024", "2024-05-12", "day"),
    ("Fecha del reporte: 2024-05-01.", "2024-05-01", "2024-05-01", "day"),
    ("CIUDAD DE MÉXICO, 12 de mayo.- Hubo un ataque.", "12 de mayo", "2024-05-12", "day"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "value", "precision"), ES_CASES)
def test_spanish_mentions(text: str, surface: str, value: str, precision: str) -> None:
    found = only(text)
    assert (found.surface.lower(), found.value.isoformat(), found.precision) == (
        surface.lower(),
        value,
        precision,
    )
    assert text[found.start : found.end] == found.surface


def test_spanish_without_accents_and_lowercase_headline() -> None:
    assert values("balacera en culiacan el sabado deja tres muertos") == [SAT]
    assert values("ataque armado el miercoles en la colonia centro") == [date(2024, 5, 8)]
    assert values("EJECUTAN A DOS EL PASADO DOMINGO EN CELAYA") == [SUN]


def test_spanish_flags() -> None:
    absolute = only("Fue detenido el 3 de mayo de 2019.")
    assert absolute.year_explicit and not absolute.relative
    relative = only("Fue detenido el 3 de mayo.")
    assert relative.relative and not relative.year_explicit
    assert only("En 2014 hubo otra masacre.").year_explicit


def test_weekday_resolves_to_latest_past_day() -> None:
    saturday = date(2024, 5, 11)
    assert values("Este sábado fue hallado un cuerpo.", published=saturday) == [saturday]
    assert values("El sábado fue hallado un cuerpo.", published=PUB) == [SAT]
    # Published on a Sunday, "este lunes" with no sign of the future is the past Monday.
    assert values("Este lunes fue hallado un cuerpo.", published=SUN) == [date(2024, 5, 6)]


def test_future_weekdays_are_marked() -> None:
    found = only("El próximo lunes se realizará la audiencia.", published=SUN)
    assert found.value == PUB and found.future
    soon = only("El cuerpo será sepultado este jueves en Zamora.")
    assert soon.value == date(2024, 5, 16) and soon.future
    past = only("El jueves fue sepultado en Zamora.")
    assert past.value == date(2024, 5, 9) and not past.future


def test_day_month_takes_previous_year_when_far_ahead() -> None:
    assert values("El 10 de junio hubo un ataque.") == [date(2024, 6, 10)]
    assert values("El 20 de agosto hubo un ataque.") == [date(2023, 8, 20)]
    assert values("El 5 de enero hubo un ataque.", published=date(2024, 1, 10)) == [
        date(2024, 1, 5)
    ]


def test_ranges() -> None:
    found = only("Del 3 al 5 de mayo hubo operativos en la sierra.")
    assert (found.value, found.value_end) == (date(2024, 5, 3), date(2024, 5, 5))
    years = only("Entre 2006 y 2012 se libró la guerra contra el narco.")
    assert (years.value, years.value_end) == (date(2006, 1, 1), date(2012, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Ismael 'El Mayo' Zambada fue detenido en Texas.",
        "Los cuerpos fueron arrojados al río Mayo.",
        "Se registró un ataque en Santo Domingo.",
        "El agente Domingo Pérez resultó herido.",
        "Hubo 2014 personas desplazadas.",
        "Se aseguraron más de 2020 cartuchos útiles.",
        "Un despliegue de 2020 elementos llegó a la zona.",
        "El ataque ocurrió en la calle 5 de Mayo.",
        "Lo dejaron sobre la avenida 16 de Septiembre.",
        "Vecinos de la colonia 20 de Noviembre escucharon disparos.",
        "Fue trasladado al Hospital 20 de Noviembre.",
        "Lo hallaron en Av. 5 de mayo esquina con Juárez.",
        "Huyeron por la 5 de Mayo hacia el norte.",
        "Celebraron el Cinco de Mayo con un desfile.",
        "En las calles Hidalgo y 5 de Mayo hubo disparos.",
        "Hoy en día la violencia no cede.",
        "Se aseguró un arma calibre 2020.",
        "",
    ],
)
def test_spanish_false_positives(text: str) -> None:
    assert find_dates(text, PUB, "es") == []


def test_no_publication_date_keeps_only_absolute_dates() -> None:
    text = "Ayer, el sábado y el 3 de mayo hubo ataques; en mayo de 2019 y en 2014 también."
    found = find_dates(text, None, "es")
    assert [d.value for d in found] == [date(2019, 5, 1), date(2014, 1, 1)]
    assert not any(d.relative for d in found)


# --- English -----------------------------------------------------------------------------

EN_CASES = [
    ("Gunmen killed five people on Sunday in Culiacan.", "on Sunday", "2024-05-12", "day"),
    ("Last Sunday police found six bodies.", "Last Sunday", "2024-05-12", "day"),
    ("Saturday night a bar was attacked in Celaya.", "Saturday night", "2024-05-11", "day"),
    ("Early Saturday soldiers clashed with gunmen.", "Early Saturday", "2024-05-11", "day"),
    ("Gunmen killed 12 people Wednesday in a bar.", "Wednesday", "2024-05-08", "day"),
    ("Yesterday the army arrived in the town.", "Yesterday", "2024-05-12", "day"),
    ("Last night a convoy was ambushed.", "Last night", "2024-05-12", "day"),
    ("The night before last a bar was shot up.", "The night before last", "2024-05-11", "day"),
    ("Today prosecutors confirmed the arrests.", "Today", "2024-05-13", "day"),
    ("Three days ago the mayor was shot.", "Three days ago", "2024-05-10", "day"),
    ("The bodies were found on May 3.", "on May 3", "2024-05-03", "day"),
    ("The bodies were found May 3, 2024,.", "May 3, 2024", "2024-05-03", "day"),
    ("The bodies were found on 3 May 2024.", "on 3 May 2024", "2024-05-03", "day"),
    ("He was arrested on Aug. 5, 2019, in Sinaloa.", "on Aug. 5, 2019", "2019-08-05", "day"),
    ("In 2014 students disappeared in Iguala.", "In 2014", "2014-01-01", "year"),
    ("Last December a massacre shook the state.", "Last December", "2023-12-01", "month"),
    ("Last year homicides fell slightly.", "Last year", "2023-01-01", "year"),
    ("Last week troops were deployed.", "Last week", "2024-05-06", "week"),
    ("This weekend 14 people were killed.", "This weekend", "2024-05-11", "week"),
    ("In March cartel members blocked roads.", "In March", "2024-03-01", "month"),
    ("The report dated 05/10/2024 lists the victims.", "05/10/2024", "2024-05-10", "day"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "value", "precision"), EN_CASES)
def test_english_mentions(text: str, surface: str, value: str, precision: str) -> None:
    found = only(text, "en")
    assert (found.surface.lower(), found.value.isoformat(), found.precision) == (
        surface.lower(),
        value,
        precision,
    )


@pytest.mark.parametrize(
    "text",
    [
        "At least 3 may have been killed in the attack.",
        "This may lead to more violence.",
        "Protesters held a march in the capital.",
        "Good Friday processions were cancelled.",
        "The Sunday Times reported the story.",
        "More than 2014 people were displaced.",
        "USA Today reported the attack.",
        "",
    ],
)
def test_english_false_positives(text: str) -> None:
    assert find_dates(text, PUB, "en") == []


def test_english_future() -> None:
    found = only("The hearing will be held Thursday.", "en")
    assert found.value == date(2024, 5, 16) and found.future
    assert values("Next Monday the trial starts.", "en") == [date(2024, 5, 20)]


def test_unknown_language_runs_both_rule_sets() -> None:
    assert values("Ayer hubo un ataque; yesterday there was an attack.", "xx") == [SUN, SUN]


# --- mixed, offsets, history ---------------------------------------------------------------


def test_several_mentions_in_one_article_are_sorted() -> None:
    text = (
        "MORELIA, Mich., 13 de mayo.- La madrugada de este sábado fue asesinado un comerciante. "
        "Hace dos semanas su hermano desapareció, y en 2019 su padre fue secuestrado."
    )
    found = find_dates(text, PUB, "es")
    assert [d.value for d in found] == [PUB, SAT, date(2024, 4, 29), date(2019, 1, 1)]
    assert [d.start for d in found] == sorted(d.start for d in found)
    for d in found:
        assert text[d.start : d.end] == d.surface


def test_folded_text_from_shared_fold_gives_same_result() -> None:
    text = "La noche del viernes, en la colonia Jardín, atacaron un bar; el miércoles hubo otro."
    assert find_dates(text, PUB, folded=fold(text)) == find_dates(text, PUB)


def test_is_historical() -> None:
    assert is_historical(only("En 2014 hubo una masacre."), PUB)
    assert is_historical(only("El 3 de febrero hubo una masacre."), PUB)
    assert not is_historical(only("El pasado domingo hubo una masacre."), PUB)
    assert not is_historical(only("En abril hubo 50 homicidios."), PUB)
    assert not is_historical(only("En 2024 hubo 50 homicidios."), PUB)
    assert not is_historical(only("En 2014 hubo una masacre."), None)


def test_large_text_finishes_and_finds_everything() -> None:
    chunk = (
        "El pasado domingo, en la calle 5 de Mayo, hombres armados asesinaron a 2014 personas "
        "(sintético) y el 3 de mayo de 2019 hubo otro ataque; " + "a" * 300 + " 1 de de de "
    )
    text = chunk * (5_000_000 // len(chunk))
    found = find_dates(text, PUB, "es")
    assert len(found) == 2 * (5_000_000 // len(chunk))


def test_pathological_inputs_do_not_crash() -> None:
    for text in ["1" * 100_000, "de " * 50_000, "el pasado " * 20_000, "mayo " * 20_000, "\n\n"]:
        find_dates(text, PUB, "es")
        find_dates(text, PUB, "en")


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Hace unas horas atacaron a balazos un taller mecánico.", "es", "Hace unas horas"),
        ("Hace pocas horas fue localizado un cuerpo en un canal.", "es", "Hace pocas horas"),
        ("A few hours ago gunmen attacked a repair shop.", "en", "A few hours ago"),
    ],
)
def test_some_hours_ago_is_the_day_of_publication(text: str, language: str, surface: str) -> None:
    found = only(text, language)
    assert (found.surface, found.value, found.precision) == (surface, PUB, "day")


def test_a_number_of_hours_ago_still_counts_back() -> None:
    assert values("Gunmen attacked a repair shop 36 hours ago.", "en") == [date(2024, 5, 12)]
