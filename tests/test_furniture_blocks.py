"""Page clutter around the article (issue 9 items 1-2): a section label on its own line and
the titles listed under it, a run of other stories' titles between the lead and the body, a
photo's caption or credit, and a line a "Recomendamos:" label opens are page furniture, and
their event words make no record. Every sentence here was written for these
tests."""

from __future__ import annotations

from datetime import date

from conftest import live

from sucesos.extract import extract
from sucesos.extract.text import page_furniture, split_sentences
from sucesos.models import Article, EventRecord

PUB = date(2025, 3, 8)


def records(text: str, language: str) -> list[EventRecord]:
    return live(extract(Article(text=text, published=PUB, language=language)))


def furniture(text: str) -> list[str]:
    sentences = split_sentences(text)
    return [sentences[k].text for k in sorted(page_furniture(sentences))]


def test_a_section_label_and_the_titles_under_it_are_furniture() -> None:
    text = (
        "Asesinan a un comerciante en Apaseo el Grande\n"
        "Un comerciante fue asesinado a balazos el jueves en su tienda de Apaseo el Grande.\n"
        "Lo más leído\n"
        "Emboscan a una patrulla en Tepalcatepec; hay cuatro muertos\n"
        "Localizan dos cuerpos en un canal de riego de Cortazar\n"
        "La Fiscalía investiga el crimen del comerciante."
    )
    assert furniture(text) == [
        "Lo más leído",
        "Emboscan a una patrulla en Tepalcatepec; hay cuatro muertos",
        "Localizan dos cuerpos en un canal de riego de Cortazar",
    ]


def test_a_more_from_label_ends_with_its_outlet() -> None:
    text = (
        "Shopkeeper shot dead in Apaseo el Grande\n"
        "A shopkeeper was shot dead in his store in Apaseo el Grande on Thursday.\n"
        "More from Noticias del Bajío\n"
        "Four police killed in an ambush near Tepalcatepec\n"
        "Prosecutors are investigating the killing."
    )
    assert furniture(text) == [
        "More from Noticias del Bajío",
        "Four police killed in an ambush near Tepalcatepec",
    ]


def test_titles_of_other_stories_between_the_lead_and_the_body_make_no_record() -> None:
    text = (
        "Un comerciante fue asesinado a balazos el jueves en su tienda de Apaseo el Grande, "
        "Guanajuato.\n"
        "Emboscan a una patrulla en Tepalcatepec; hay cuatro muertos\n"
        "Localizan dos cuerpos en un canal de riego de Cortazar\n"
        "Detienen a cinco presuntos secuestradores en Salamanca\n"
        "La Fiscalía informó que el agresor huyó en una motocicleta."
    )
    (event,) = records(text, "es")
    assert event.fatalities == 1


def test_a_photo_caption_makes_no_record() -> None:
    text = (
        "Asesinan a un comerciante en Apaseo el Grande\n"
        "Un comerciante fue asesinado a balazos el jueves en su tienda de Apaseo el Grande.\n"
        "Imagen ilustrativa / Fosa clandestina hallada en Tlajomulco, Jalisco. Crédito: Archivo\n"
        "La Fiscalía investiga el crimen."
    )
    assert [e.category for e in records(text, "es")] == ["attack"]


def test_an_english_photo_caption_is_furniture() -> None:
    text = (
        "Shopkeeper shot dead in Apaseo el Grande\n"
        "A shopkeeper was shot dead in his store in Apaseo el Grande on Thursday.\n"
        "Photo: Soldiers guard the site where three bodies were found in Fresnillo last year.\n"
        "Prosecutors are investigating the killing."
    )
    assert furniture(text) == [
        "Photo: Soldiers guard the site where three bodies were found in Fresnillo last year."
    ]


def test_a_recomendamos_label_opens_a_link() -> None:
    text = (
        "Un comerciante fue asesinado a balazos el jueves en su tienda de Apaseo el Grande.\n"
        "Recomendamos: Emboscan a una patrulla en Tepalcatepec; hay cuatro muertos\n"
        "La Fiscalía investiga el crimen."
    )
    assert furniture(text) == [
        "Recomendamos: Emboscan a una patrulla en Tepalcatepec; hay cuatro muertos"
    ]


def test_a_menu_label_before_the_title_leaves_the_title_alone() -> None:
    text = (
        "Portada\n"
        "Últimas noticias\n"
        "Publicidad\n"
        "Emboscan a policías estatales en Tepalcatepec; hay tres muertos\n"
        "Tres policías estatales murieron el martes en una emboscada en Tepalcatepec, "
        "Michoacán, informó la Secretaría de Seguridad."
    )
    assert "Emboscan a policías estatales en Tepalcatepec; hay tres muertos" not in furniture(text)


def test_a_long_caption_of_an_archive_photo_is_furniture() -> None:
    text = (
        "Localizan una fosa en Tlajomulco\n"
        "Buscadoras localizaron una fosa con restos humanos en Tlajomulco, Jalisco, el lunes.\n"
        "Foto de archivo. Soldados vigilan el predio donde peritos exhumaron cuerpos de una "
        "fosa clandestina en Salvatierra, Guanajuato. 12 de mayo de 2021. AGENCIA/Juan López\n"
        "La Fiscalía informó que los restos serán trasladados al Semefo."
    )
    assert furniture(text) == [
        "Foto de archivo.",
        "Soldados vigilan el predio donde peritos exhumaron cuerpos de una fosa clandestina "
        "en Salvatierra, Guanajuato.",
        "12 de mayo de 2021.",
        "AGENCIA/Juan López",
    ]
