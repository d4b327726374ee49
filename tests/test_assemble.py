"""Incident assembly on invented long articles: one test per phrasing class, in Spanish and
English. Every article here was written for these tests; places and institutions are real
names the extractor must know, the people and incidents are invented."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.models import Article, EventRecord

PUB = date(2026, 3, 10)  # a Tuesday


def run(text: str, language: str, published: date = PUB) -> list[EventRecord]:
    # The articles below are wrapped for reading; a paragraph is one line, as in a feed.
    text = re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip())
    return extract(Article(text=text, published=published, language=language))


def of(events: list[EventRecord], category: str) -> list[EventRecord]:
    return [e for e in live(events) if e.category == category]


# --- one event per incident: parts are kinds -------------------------------------------------

RAID_ES = """Enfrentamiento en Apatzingán deja tres muertos

Hombres armados atacaron la madrugada de este lunes a elementos de la Guardia Nacional en la
comunidad de El Alcalde, en el municipio de Apatzingán, Michoacán, y en el intercambio de
disparos murieron tres presuntos agresores, informó la Fiscalía General del Estado.

Tras repeler la agresión, los militares aseguraron cuatro fusiles de asalto, cargadores y una
camioneta con blindaje artesanal. En el lugar fueron detenidos dos hombres que intentaban huir.

Vecinos de la comunidad relataron que escucharon detonaciones durante casi media hora y que
las clases en la escuela primaria fueron suspendidas por precaución.
"""

RAID_EN = """Three gunmen killed in clash with soldiers in Sinaloa

Gunmen opened fire on an Army patrol early on Monday in the town of Eldorado, in the
municipality of Culiacán, Sinaloa, and three of the attackers were killed in the exchange of
fire, the state prosecutor's office said.

After the shootout, soldiers seized five rifles and a truck fitted with improvised armor at the
scene. Two suspects who tried to flee were arrested nearby.

Residents said the shooting lasted about twenty minutes.
"""


def test_parts_of_a_raid_are_kinds_of_one_event_es() -> None:
    events = run(RAID_ES, "es")
    assert not of(events, "arrest") and not of(events, "seizure")
    (clash,) = [e for e in live(events) if e.category in ("armed_clash", "attack")]
    assert {"arrest", "seizure"} <= set(clash.kinds)
    assert any(c.what == "arrested" and c.value == 2 for c in clash.counts)


def test_parts_of_a_raid_are_kinds_of_one_event_en() -> None:
    events = run(RAID_EN, "en")
    assert not of(events, "arrest") and not of(events, "seizure")
    (clash,) = [e for e in live(events) if e.category in ("armed_clash", "attack")]
    assert {"arrest", "seizure"} <= set(clash.kinds)


# --- a raid by the authorities is the main act of its arrests and seizures --------------------

SEARCH_ES = """Catean casa de seguridad en Culiacán

Elementos de la Guardia Nacional realizaron la tarde del lunes un cateo en una vivienda de la
colonia Las Quintas, en Culiacán, Sinaloa, que según las autoridades era una casa de seguridad.

En el inmueble detuvieron a tres hombres y aseguraron dos fusiles, cargadores y cartuchos.
"""

SEARCH_EN = """Troops search a safe house in Culiacán

National Guard troops carried out a search operation on Monday afternoon at a house in
Culiacán, Sinaloa, that officials described as a safe house.

Inside, they arrested three men and seized two rifles and ammunition.
"""


def test_raid_is_the_main_act_of_its_arrests_and_seizures_es() -> None:
    (raid,) = live(run(SEARCH_ES, "es"))
    assert raid.category == "security_operation"
    assert {"arrest", "seizure"} <= set(raid.kinds)


def test_raid_is_the_main_act_of_its_arrests_and_seizures_en() -> None:
    (raid,) = live(run(SEARCH_EN, "en"))
    assert raid.category == "security_operation"
    assert {"arrest", "seizure"} <= set(raid.kinds)


# --- arrests by the authorities are not part of an attack by others --------------------------

ATTACK_ARREST_ES = """Asesinan a dos hombres en un taller de Irapuato

Dos hombres fueron asesinados a balazos la noche del lunes en un taller mecánico de Irapuato,
Guanajuato, por sujetos que llegaron en motocicleta.

Policías municipales detuvieron después a un sospechoso que huía por la avenida principal.
"""

ATTACK_ARREST_EN = """Two men shot dead at an Irapuato garage

Two men were shot dead on Monday night at a garage in Irapuato, Guanajuato, by gunmen on a
motorcycle.

Municipal police later arrested a suspect who was fleeing along the main avenue.
"""


def test_arrest_after_an_attack_is_its_own_event_es() -> None:
    events = run(ATTACK_ARREST_ES, "es")
    assert len(of(events, "attack")) == 1 and len(of(events, "arrest")) == 1


def test_arrest_after_an_attack_is_its_own_event_en() -> None:
    events = run(ATTACK_ARREST_EN, "en")
    assert len(of(events, "attack")) == 1 and len(of(events, "arrest")) == 1


# --- a pluperfect clause inside a news sentence tells an earlier event -----------------------

FUNERAL_ES = """Atacan velorio en Salamanca

Cuatro muertos dejó el ataque de un grupo armado contra el velorio de un comerciante –quien
había sido asesinado dos días antes– en la colonia Bellavista de Salamanca, Guanajuato.
"""

FUNERAL_EN = """Gunmen attack a wake in Salamanca

Four people died when gunmen attacked the wake of a shopkeeper, who had been murdered two days
earlier, in Salamanca, Guanajuato.
"""


def _earlier_killing_apart(events: list[EventRecord]) -> None:
    (attack,) = of(events, "attack")
    assert attack.fatalities == 4
    assert all("murdered" not in x.text and "asesinado" not in x.text for x in attack.evidence)
    assert [e.status for e in events if e.category == "attack" and e is not attack] == [
        "historical"
    ]


def test_pluperfect_clause_is_an_earlier_event_es() -> None:
    _earlier_killing_apart(run(FUNERAL_ES, "es"))


def test_pluperfect_clause_is_an_earlier_event_en() -> None:
    _earlier_killing_apart(run(FUNERAL_EN, "en"))


# --- bodies nobody found are the victims of the attack -------------------------------------

VICTIM_BODY_ES = """Un taxista fue asesinado a balazos la noche del lunes en la colonia Centro de
Chilpancingo, Guerrero, y su unidad fue incendiada, quedando el cuerpo calcinado dentro del
vehículo.
"""

VICTIM_BODY_EN = """A taxi driver was shot dead on Monday night in downtown Chilpancingo, Guerrero.

Witnesses said the gunmen fled on motorcycles. Traffic on the avenue stayed closed for two
hours. His body was later taken to the morgue.
"""


def _one_attack_with_its_victim(events: list[EventRecord]) -> None:
    assert not of(events, "body_discovery")
    (attack,) = of(events, "attack")
    assert "body_discovery" in attack.kinds


def test_body_of_the_victim_is_part_of_the_attack_es() -> None:
    _one_attack_with_its_victim(run(VICTIM_BODY_ES, "es"))


def test_body_of_the_victim_is_part_of_the_attack_en() -> None:
    _one_attack_with_its_victim(run(VICTIM_BODY_EN, "en"))


# --- a lead that names only the country --------------------------------------------------

COUNTRY_LEAD_ES = """Un comando armado atacó a balazos una fiesta familiar en una comunidad del
norte de México, informaron este lunes las autoridades.

La fiesta se celebraba en la colonia Centro del municipio de Cajeme, Sonora.
"""

COUNTRY_LEAD_EN = """Gunmen opened fire on a family party in a town in northern Mexico,
authorities said on Monday.

The party was being held in downtown Cajeme, Sonora.
"""


def test_incident_named_only_in_the_country_is_where_the_article_says_es() -> None:
    (attack,) = of(run(COUNTRY_LEAD_ES, "es"), "attack")
    assert [loc.admin2 for loc in attack.locations] == ["Cajeme"]


def test_incident_named_only_in_the_country_is_where_the_article_says_en() -> None:
    (attack,) = of(run(COUNTRY_LEAD_EN, "en"), "attack")
    assert [loc.admin2 for loc in attack.locations] == ["Cajeme"]


# --- separate incidents stay separate ---------------------------------------------------------

TWO_KILLINGS_ES = """Jornada violenta en Chilpancingo

Un taxista fue asesinado a balazos la mañana de este lunes en la colonia Centro de
Chilpancingo, Guerrero, cuando esperaba pasaje.

Horas después, otro chofer del transporte público fue asesinado a tiros en la colonia Guerrero
200 de la misma ciudad, informó la Fiscalía.
"""

TWO_KILLINGS_EN = """Two drivers shot dead in Chilpancingo

A taxi driver was shot dead on Monday morning in downtown Chilpancingo, Guerrero, while he
waited for passengers.

In a separate attack, another bus driver was killed by gunmen in the same city, police said.
"""


def test_another_killing_the_same_day_is_another_event_es() -> None:
    assert len(of(run(TWO_KILLINGS_ES, "es"), "attack")) == 2


def test_another_killing_the_same_day_is_another_event_en() -> None:
    assert len(of(run(TWO_KILLINGS_EN, "en"), "attack")) == 2


ANOTHER_VICTIM_ES = """Dos ataques en Uruapan

Un joven fue asesinado a tiros este viernes en la colonia Centro de Uruapan, Michoacán.

Otro taxista murió baleado frente a su casa en la misma colonia, informó la Fiscalía.
"""

RANKED_ATTACK_ES = """Tres ataques armados en Celaya

Un comerciante fue asesinado a balazos la noche de este martes en la colonia Centro de Celaya,
Guanajuato.

La segunda agresión dejó a un hombre sin vida frente a su domicilio en la misma colonia, informó
la policía municipal.
"""


@pytest.mark.parametrize("text", [ANOTHER_VICTIM_ES, RANKED_ATTACK_ES])
def test_another_victim_or_a_ranked_attack_opens_another_event(text: str) -> None:
    """ "otro taxista", "la segunda agresión": a victim of the same kind, or an attack named by
    its rank in the day's series, is another incident with its own toll."""
    attacks = of(run(text, "es"), "attack")
    assert [e.fatalities for e in attacks] == [1, 1]


# --- aggregates are not incidents ---------------------------------------------------------------

AGGREGATE_ES = """Abaten a jefe de plaza en Tapalpa

Fuerzas federales abatieron la madrugada de este domingo a un jefe de plaza en el municipio de
Tapalpa, Jalisco, durante un enfrentamiento en el que murieron cuatro de sus escoltas.

Según el secretario de Seguridad, 19 elementos del Ejército murieron en distintas agresiones
ocurridas a lo largo del día en Jalisco, Michoacán y Guanajuato.
"""

AGGREGATE_EN = """Cartel leader killed in Tapalpa raid

Federal forces killed a regional cartel boss early on Sunday in the mountain town of Tapalpa,
Jalisco, in a clash in which four of his bodyguards also died.

The Defense Ministry said 19 soldiers were killed in attacks across Jalisco, Michoacán and
Guanajuato that followed the raid.
"""


def _toll_event(events: list[EventRecord], value: int) -> EventRecord:
    (event,) = [e for e in live(events) if any(c.value == value for c in e.counts)]
    return event


def test_nationwide_toll_is_neither_pinned_to_a_town_nor_added_es() -> None:
    events = run(AGGREGATE_ES, "es", published=date(2026, 3, 9))
    aggregate = _toll_event(events, 19)
    assert aggregate.locations and all(loc.precision == "state" for loc in aggregate.locations)
    assert {loc.admin1_code for loc in aggregate.locations} == {"MX-JAL", "MX-MIC", "MX-GUA"}
    tapalpa = [e for e in live(events) if any(loc.admin2 == "Tapalpa" for loc in e.locations)]
    assert tapalpa and all(c.value != 19 for e in tapalpa for c in e.counts)


def test_nationwide_toll_is_neither_pinned_to_a_town_nor_added_en() -> None:
    events = run(AGGREGATE_EN, "en", published=date(2026, 3, 9))
    aggregate = _toll_event(events, 19)
    assert all(loc.precision in ("state", "country") for loc in aggregate.locations)
    tapalpa = [e for e in live(events) if any(loc.admin2 == "Tapalpa" for loc in e.locations)]
    assert tapalpa and all(c.value != 19 for e in tapalpa for c in e.counts)


SUMMED_CLAUSE_ES = """Abaten a jefe de plaza en Tala

Soldados abatieron la madrugada de este lunes a un jefe de plaza en el municipio de Tala,
Jalisco, lo que desató bloqueos y ataques contra policías en buena parte del país.
"""


def test_an_incident_and_a_summed_clause_of_one_sentence_are_two_events() -> None:
    events = run(SUMMED_CLAUSE_ES, "es", published=date(2026, 3, 9))
    tala = [e for e in live(events) if any(loc.admin2 == "Tala" for loc in e.locations)]
    assert tala and all(e.category in ("attack", "armed_clash") for e in tala)
    summed = [e for e in live(events) if e.category == "roadblock"]
    assert summed and all(loc.admin2 is None for e in summed for loc in e.locations)


RESTATED_SUM_EN = """Police commander killed in Tecomán

Gunmen shot dead a police commander on Sunday morning in Tecomán, Colima.

Across the state, 14 officers died in ambushes on highways throughout the day.
The state police said 11 officers died.
"""


def test_figures_restating_a_summed_sentence_are_not_the_incidents_toll() -> None:
    events = run(RESTATED_SUM_EN, "en", published=date(2026, 3, 9))
    tecoman = [e for e in live(events) if any(loc.admin2 == "Tecomán" for loc in e.locations)]
    assert tecoman and all(c.value not in (11, 14) for e in tecoman for c in e.counts)
    assert any(c.value == 11 for e in live(events) if e not in tecoman for c in e.counts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Gunmen stormed a pool hall in Salamanca on Friday night. Police said five men "
            "had been killed and two wounded.",
            "en",
        ),
        (
            "Hombres armados irrumpieron en un billar de Salamanca la noche del viernes. La "
            "policía informó que cinco hombres habían sido asesinados.",
            "es",
        ),
    ],
)
def test_a_pluperfect_after_a_verb_of_saying_is_the_same_incident(text: str, language: str) -> None:
    events = [e for e in live(run(text, language)) if e.category in ("attack", "armed_clash")]
    assert len(events) == 1 and events[0].fatalities == 5


# --- running totals are statistics ----------------------------------------------------------

TALLY_ES = """Asesinan a comerciante en Celaya

Un comerciante fue asesinado a balazos este lunes afuera de su negocio en la colonia Las
Insurgentes, en Celaya, Guanajuato.

Con este crimen ya son 41 las personas asesinadas en el municipio desde el inicio de la
administración.
"""

TALLY_EN = """Shopkeeper shot dead in Celaya

A shopkeeper was shot dead on Monday outside his store in Celaya, Guanajuato.

With this killing, 41 people have been murdered in the city to date.
"""


def test_running_total_is_a_statistic_es() -> None:
    events = run(TALLY_ES, "es")
    assert all(c.value != 41 for e in live(events) for c in e.counts)
    assert any(e.status == "statistic" and any(c.value == 41 for c in e.counts) for e in events)


def test_running_total_is_a_statistic_en() -> None:
    events = run(TALLY_EN, "en")
    assert all(c.value != 41 for e in live(events) for c in e.counts)


MISSING_RANK_ES = """Desaparecen tres jóvenes en Zapopan

Tres jóvenes desaparecieron la noche del lunes en Zapopan, Jalisco, informó la Comisión de
Búsqueda.

Jalisco es la entidad más afectada del país por las desapariciones, con 14,800 casos de
personas no localizadas.
"""

GRENADES_EN = """Shopkeeper wounded in Zamora

Gunmen opened fire on a grocery store in Zamora, Michoacán, on Monday night and wounded its
owner, police said.

Some 30 grenades have been dropped from drones on the town since Sunday, residents said.
"""


def _tally_apart(events: list[EventRecord], words: str) -> None:
    assert all(words not in x.text for e in live(events) for x in e.evidence)
    assert any(e.status == "statistic" and words in e.evidence[0].text for e in events)


def test_tally_of_things_counts_has_no_name_for_es() -> None:
    _tally_apart(run(MISSING_RANK_ES, "es"), "14,800 casos")


def test_tally_of_things_counts_has_no_name_for_en() -> None:
    _tally_apart(run(GRENADES_EN, "en"), "30 grenades")


PERIOD_ES = """Ataques a comercios en Zamora

En cinco días, hombres armados han perpetrado seis ataques contra comercios de Zamora,
Michoacán.

El más reciente ocurrió la noche del lunes, cuando un comando disparó contra una tienda de
abarrotes y dejó herido a su dueño.
"""

PERIOD_EN = """Shops attacked in Zamora

Over the past five days, gunmen have carried out six attacks on shops in Zamora, Michoacán.

The latest came on Monday night, when gunmen fired at a grocery store and wounded its owner.
"""


def test_incidents_counted_over_a_period_are_a_statistic_es() -> None:
    _tally_apart(run(PERIOD_ES, "es"), "seis ataques")


def test_incidents_counted_over_a_period_are_a_statistic_en() -> None:
    _tally_apart(run(PERIOD_EN, "en"), "six attacks")


# --- background inside a current sentence -----------------------------------------------------

PAST_CLAUSE_ES = """Marchan en Uruapan para exigir justicia

Cientos de vecinos marcharon este lunes por las calles de Uruapan, Michoacán, para exigir
justicia por el asesinato de la regidora de Zamora, ocurrido el pasado 2 de febrero.

Los manifestantes caminaron desde la plaza principal hasta la presidencia municipal.
"""

PAST_CLAUSE_EN = """Residents march in Uruapan

Hundreds of residents marched on Monday through the streets of Uruapan, Michoacán, to demand
justice for the murder of a councilwoman in Zamora on February 2.

The marchers walked from the main square to the town hall.
"""


def _past_clause(events: list[EventRecord]) -> None:
    (protest,) = of(events, "protest")
    assert {loc.admin2 for loc in protest.locations} == {"Uruapan"}
    assert not of(events, "attack")
    (murder,) = [e for e in events if e.category == "attack"]
    assert murder.status == "historical"
    assert murder.date == "2026-02-02"


def test_past_killing_inside_a_news_sentence_is_background_es() -> None:
    _past_clause(run(PAST_CLAUSE_ES, "es"))


def test_past_killing_inside_a_news_sentence_is_background_en() -> None:
    _past_clause(run(PAST_CLAUSE_EN, "en"))


WEEKS_AGO_ES = """Asesinan a tres en un bar de Celaya

Hombres armados asesinaron a tres personas la noche del lunes en un bar de la colonia Las
Insurgentes, en Celaya, Guanajuato.

Hace dos semanas, un comando mató a cinco personas en otro bar de la misma colonia.
"""

WEEKS_AGO_EN = """Three killed at a Celaya bar

Gunmen killed three people on Monday night at a bar in Celaya, Guanajuato.

Two weeks ago, gunmen killed five people at another bar in the same neighborhood.
"""


def _earlier_massacre_apart(events: list[EventRecord]) -> None:
    (attack,) = of(events, "attack")
    assert attack.fatalities == 3
    assert [e.fatalities for e in events if e.status == "historical"] == [5]


def test_weeks_ago_is_background_es() -> None:
    _earlier_massacre_apart(run(WEEKS_AGO_ES, "es"))


def test_weeks_ago_is_background_en() -> None:
    _earlier_massacre_apart(run(WEEKS_AGO_EN, "en"))


WEEKS_AFTER_ES = """Ataque armado en Celaya

Hombres armados asesinaron a tres personas la noche del lunes en un bar de Celaya, Guanajuato.
El ataque ocurre semanas después de que un comando asesinara a cinco personas en otro bar.
"""

WEEKS_AFTER_EN = """Gunmen attack a Celaya bar

Gunmen killed three people on Monday night at a bar in Celaya, Guanajuato. The attack came
weeks after gunmen killed five people at another bar.
"""


def _after_clause_apart(events: list[EventRecord]) -> None:
    (attack,) = of(events, "attack")
    assert attack.fatalities == 3
    assert all("five" not in x.text and "cinco" not in x.text for x in attack.evidence)
    assert [e.status for e in events if e is not attack and e.category == "attack"] == [
        "historical"
    ]


def test_event_weeks_before_the_news_is_background_es() -> None:
    _after_clause_apart(run(WEEKS_AFTER_ES, "es"))


def test_event_weeks_before_the_news_is_background_en() -> None:
    _after_clause_apart(run(WEEKS_AFTER_EN, "en"))


def test_reporting_verb_in_the_past_keeps_the_news_current_en() -> None:
    text = (
        "Bar attack in Culiacán\n\n"
        "Police had previously said that five people were killed in the attack on a bar in "
        "Culiacán, Sinaloa."
    )
    assert any(e.fatalities == 5 for e in of(run(text, "en"), "attack"))


def test_reporting_verb_in_the_past_keeps_the_news_current_es() -> None:
    text = (
        "Ataque a bar en Culiacán\n\n"
        "La policía había informado anteriormente que cinco personas murieron en el ataque a "
        "un bar de Culiacán, Sinaloa."
    )
    assert any(e.fatalities == 5 for e in of(run(text, "es"), "attack"))


# --- attribution wherever the article puts it ----------------------------------------------


def test_source_after_the_clause_en() -> None:
    text = (
        "Gunmen killed five people in an attack on a family party in Cajeme, Sonora, on Monday "
        "night, as the state prosecutor detailed on Tuesday."
    )
    (attack,) = of(run(text, "en"), "attack")
    assert any("prosecutor" in s.name for s in attack.sources)


def test_source_in_the_next_sentence_es() -> None:
    text = (
        "Tres hombres fueron asesinados a balazos la noche del lunes en un taller mecánico de "
        "Celaya, Guanajuato.\n\nAsí lo informó la Fiscalía del Estado en un comunicado."
    )
    (attack,) = of(run(text, "es"), "attack")
    assert attack.sources


def test_two_sources_with_two_tolls_dispute_es() -> None:
    text = (
        "La Fiscalía informó que cinco personas murieron en el ataque a un bar de Celaya, "
        "Guanajuato, la noche del lunes. Sin embargo, testigos aseguraron que fueron siete "
        "los muertos."
    )
    (attack,) = live(run(text, "es"))
    assert attack.status == "disputed"
    assert {c.value for c in attack.counts if c.what == "killed"} == {5, 7}


def test_two_sources_with_two_tolls_dispute_en() -> None:
    text = (
        "Five people were killed in the attack on a bar in Celaya, Guanajuato, on Monday night, "
        "the state prosecutor said. Witnesses told reporters that seven people died."
    )
    (attack,) = live(run(text, "en"))
    assert attack.status == "disputed"


# --- event dates --------------------------------------------------------------------------


def test_date_from_the_sentence_not_the_publication_es() -> None:
    text = (
        "Localizan muerto a un vecino en Tlaquepaque\n\nEl cuerpo de un hombre fue localizado "
        "la madrugada del sábado en un lote baldío de Tlaquepaque, Jalisco."
    )
    (found,) = live(run(text, "es"))
    assert (found.date, found.date_precision) == ("2026-03-07", "day")


def test_no_time_words_fall_back_to_publication_at_week_precision_en() -> None:
    text = "Gunmen killed two men outside a shop in Zamora, Michoacán, police said."
    (attack,) = live(run(text, "en"))
    assert (attack.date, attack.date_precision) == ("2026-03-10", "week")


def test_dateline_glued_to_the_first_sentence_en() -> None:
    text = "March 3, 2021Gunmen killed five people at a car wash in Culiacán, Sinaloa."
    (attack,) = live(run(text, "en", published=date(2021, 3, 4)))
    assert attack.date == "2021-03-03"
    assert attack.fatalities == 5


def test_dateline_glued_to_the_first_sentence_es() -> None:
    text = "3 de marzo de 2021Hombres armados mataron a cinco personas en Culiacán, Sinaloa."
    (attack,) = live(run(text, "es", published=date(2021, 3, 4)))
    assert attack.date == "2021-03-03"


RESTATED_HEADLINE_EN = """Cartel boss dies in Tapalpa raid; 12 soldiers killed

Troops killed a regional cartel boss and three of his gunmen on Sunday in a raid in the
mountain town of Tapalpa, Jalisco, the Defense Ministry said.

The ministry said 12 soldiers were killed in attacks on army patrols across Jalisco and
Michoacán in the hours that followed.
"""


def test_a_headline_figure_the_body_sums_over_attacks_is_not_the_incidents_toll() -> None:
    events = run(RESTATED_HEADLINE_EN, "en", published=date(2026, 3, 9))
    tapalpa = [e for e in live(events) if any(loc.admin2 == "Tapalpa" for loc in e.locations)]
    assert tapalpa and all(c.value != 12 for e in tapalpa for c in e.counts)
    assert [e.fatalities for e in tapalpa if e.fatalities] == [4]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Este jueves cuatro hombres fueron asesinados a balazos en Celaya y otros dos "
            "resultaron heridos en un ataque en Irapuato, informó la Fiscalía del Estado.",
            "es",
        ),
        (
            "On Thursday four men were shot dead in Celaya, while two others were wounded in "
            "an attack in Irapuato, state prosecutors said.",
            "en",
        ),
    ],
)
def test_two_towns_in_two_clauses_are_two_incidents_with_their_own_figures(
    text: str, language: str
) -> None:
    events = live(run(text, language))
    by_town = {loc.admin2: e for e in events for loc in e.locations if loc.admin2}
    assert by_town["Celaya"] is not by_town["Irapuato"]
    assert [(c.what, c.value) for c in by_town["Celaya"].counts] == [("killed", 4)]
    assert [(c.what, c.value) for c in by_town["Irapuato"].counts] == [("injured", 2)]
