"""Attribution wherever the article puts it: one test per phrasing class, Spanish and English.
Every sentence here was written for these tests; the institutions are real names, the people
and incidents invented."""

from __future__ import annotations

from datetime import date

from sucesos.extract import extract
from sucesos.extract.actors import find_actors
from sucesos.extract.attribution import SourceMention, find_sources
from sucesos.extract.pipeline import default_pipeline
from sucesos.extract.text import fold
from sucesos.models import Article, EventRecord


def sources(sentence: str) -> list[SourceMention]:
    folded = fold(sentence)
    return find_sources(sentence, folded, 0, len(sentence), find_actors(sentence, folded))


def names(sentence: str) -> list[str]:
    return [s.name for s in sources(sentence)]


def events(text: str, language: str) -> list[EventRecord]:
    article = Article(text=text, published=date(2026, 3, 10), language=language)
    return [e for e in extract(article) if e.status in ("reported", "disputed")]


def source_names(event: EventRecord) -> str:
    return " | ".join(s.name for s in event.sources)


# --- the subject of a verb of saying, with words between the institution and the verb ------


def test_institution_with_its_complement_before_the_verb_es() -> None:
    text = "La Fiscalía del Estado detalló que los dos hombres fueron hallados en un canal."
    assert names(text) == ["Fiscalía del Estado"]


def test_institution_with_its_complement_before_the_verb_en() -> None:
    text = "The Sonora state prosecutor's office said on Monday that four men were shot."
    assert any("prosecutor" in n for n in names(text))


def test_proper_name_before_the_verb_es() -> None:
    text = "Radio Costa Grande informó que tres hombres fueron atacados en Tecpan."
    assert names(text) == ["Radio Costa Grande"]


def test_proper_name_before_the_verb_en() -> None:
    text = "Border Herald Daily reported that gunmen burned two trucks near Sonoyta."
    assert names(text) == ["Border Herald Daily"]


def test_impersonal_verb_names_no_source() -> None:
    assert names("En Culiacán se informó que hubo dos detenidos.") == []


def test_a_cue_word_inside_a_name_is_not_a_verb() -> None:
    text = "Los detenidos fueron puestos a disposición del Ministerio Público Federal."
    assert names(text) == []


def test_acronym_in_brackets_keeps_the_full_name() -> None:
    text = "La Secretaría de Seguridad Pública (SSP) confirmó la muerte de dos agentes."
    assert names(text) == ["Secretaría de Seguridad Pública (SSP)"]


# --- after the clause, with a time or channel between verb and source ----------------------


def test_source_after_the_verb_and_a_time_es() -> None:
    text = "Cinco hombres fueron asesinados en Uruapan, informó este domingo la Fiscalía estatal."
    assert names(text) == ["Fiscalía estatal"]


def test_source_after_the_verb_and_a_channel_es() -> None:
    text = "Dos policías murieron en la emboscada, detalló en un comunicado la Guardia Nacional."
    assert names(text) == ["Guardia Nacional"]


def test_source_after_the_verb_and_a_time_en() -> None:
    text = "Six people were killed at a bar in Irapuato, said on Sunday the state police."
    assert names(text) == ["state police"]


def test_spanish_a_after_the_verb_introduces_a_listener() -> None:
    text = "El aviso se comunicó a directores y maestros de la región."
    assert names(text) == []


# --- a name and its role between commas -----------------------------------------------------


def test_name_and_role_before_the_verb_es() -> None:
    text = (
        "Marta Reyes Solís, vocera de Seguridad del estado, informó que hay tres detenidos por "
        "el ataque."
    )
    assert names(text) == ["Marta Reyes Solís, vocera de Seguridad del estado"]


def test_name_and_role_before_the_verb_en() -> None:
    text = "Three men were arrested, Daniel Ortega Luna, the state spokesman, said on Monday."
    assert names(text) == ["Daniel Ortega Luna, the state spokesman"]


def test_a_clause_before_the_verb_is_not_a_role() -> None:
    assert names("Cinco personas murieron en el ataque, informó la Fiscalía.") == ["Fiscalía"]


# --- the agent of a passive, a quote ------------------------------------------------------


def test_agent_of_a_passive_es() -> None:
    text = "Los detenidos fueron identificados por la Fiscalía General del Estado como A, B y C."
    assert names(text) == ["Fiscalía General del Estado"]


def test_agent_of_a_passive_en() -> None:
    text = "The deaths of two soldiers were confirmed by the Defense Ministry on Monday."
    assert any("Defense Ministry" in n for n in names(text))


def test_speaker_after_a_quote_es() -> None:
    text = "«Fue una emboscada cobarde, no un enfrentamiento», dijo el alcalde de Tecpan."
    assert names(text) == ["alcalde de Tecpan"]


# --- a generic noun refers back to the institution named before -----------------------------


def test_a_generic_noun_names_the_institution_before_it_es() -> None:
    text = (
        "Dos hombres fueron detenidos en Zamora, Michoacán, según la Secretaría de Seguridad "
        "Pública estatal. La dependencia detalló que los detenidos llevaban armas y cartuchos."
    )
    (arrest,) = [e for e in events(text, "es") if e.category == "arrest"]
    assert "dependencia" not in source_names(arrest)
    assert "Secretaría de Seguridad Pública" in source_names(arrest)


def test_a_generic_noun_names_the_institution_before_it_en() -> None:
    text = (
        "According to the Mexican Army, soldiers seized 200 kilos of cocaine in Culiacán, "
        "Sinaloa. The agency said two men were arrested at the scene."
    )
    found = events(text, "en")
    assert found
    assert all("agency" not in source_names(e) for e in found)


def test_a_later_shorter_mention_takes_the_full_name_es() -> None:
    text = (
        "La periodista Marta Reyes Solís, autora de un libro sobre la región, afirmó que dos "
        "hombres fueron asesinados en Zamora, Michoacán. Según la periodista, los atacantes "
        "huyeron en una camioneta. Reyes Solís dijo que los hechos ocurrieron el lunes."
    )
    doc = default_pipeline().run(Article(text=text, published=date(2026, 3, 10), language="es"))
    assert {s.name for s in doc.sources} == {"periodista Marta Reyes Solís"}


def test_a_surname_opening_a_sentence_is_the_speaker_named_before_en() -> None:
    text = (
        "Security Secretary Omar Tello said three soldiers were wounded in Zamora, "
        "Michoacán. Tello added that two gunmen were arrested."
    )
    doc = default_pipeline().run(Article(text=text, published=date(2026, 3, 10), language="en"))
    assert [s.name for s in doc.sources] == ["Security Secretary Omar Tello"] * 2


def test_a_capitalised_first_word_no_source_named_is_no_speaker() -> None:
    text = "Ayer informó la Fiscalía que dos hombres murieron. Luego dijo que hubo tres heridos."
    doc = default_pipeline().run(Article(text=text, published=date(2026, 3, 10), language="es"))
    assert [s.name for s in doc.sources] == ["Fiscalía"]


# --- the authority that acts reports what it found -------------------------------------------


def test_authority_that_finds_is_the_source_es() -> None:
    text = (
        "Personal de la Secretaría de Marina localizó un laboratorio clandestino en Cosalá, "
        "Sinaloa, donde aseguró 300 litros de precursores químicos."
    )
    found = events(text, "es")
    assert found and all("Marina" in source_names(e) for e in found)


def test_authority_that_arrests_is_the_source_en() -> None:
    text = "National Guard troops arrested four men with rifles in Reynosa, Tamaulipas, on Monday."
    (arrest,) = [e for e in events(text, "en") if e.category == "arrest"]
    assert "National Guard" in source_names(arrest)


def test_searchers_collective_that_finds_is_the_source() -> None:
    text = "El colectivo Buscadoras del Norte halló seis fosas clandestinas en Cajeme, Sonora."
    found = events(text, "es")
    assert found and all("colectivo" in source_names(e) for e in found)


def test_armed_men_who_act_are_no_source() -> None:
    text = "Hombres armados detuvieron a dos comerciantes en Ecatepec, Estado de México."
    assert names(text) == []


def test_the_acting_authority_stays_a_side_of_the_event() -> None:
    # The police report their own act and are one of its two armed sides: a clash.
    text = "Policías estatales abatieron a dos sicarios en Apatzingán, Michoacán."
    (clash,) = events(text, "es")
    assert clash.category == "armed_clash"
    assert "Policías estatales" in source_names(clash)


# --- a speaker described at length, then named between commas (session 17) ---------------


def test_a_long_title_before_the_speakers_name_is_the_source() -> None:
    text = (
        "El vocero de Seguridad del gobierno de Nuevo León, Ramiro Salinas Treviño, informó "
        "que el ataque en un bar de Apodaca dejó cuatro muertos."
    )
    assert names(text) == ["vocero de Seguridad del gobierno de Nuevo León, Ramiro Salinas Treviño"]


def test_a_dateline_does_not_hide_the_speaker_after_it() -> None:
    text = (
        "MONTERREY, 10 de marzo de 2025.- La vocera de Seguridad del estado, Ana Garza, "
        "informó que el ataque en un bar de Apodaca dejó cuatro muertos."
    )
    assert names(text) == ["vocera de Seguridad del estado, Ana Garza"]
