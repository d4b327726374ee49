"""A line that links to another story may open with a label made of a verb of reading or of
interest, however the outlet words it ("Te interesa leer:", "Puedes leer:", "Sigue
informándote:", "More:", "Also:"): the line is page furniture, and the other story's
killing is no event of the article (issue 9: extra records on unseen pages). Every sentence
here was written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import live

from sucesos.extract import extract
from sucesos.extract.text import page_furniture, split_sentences
from sucesos.models import Article, EventRecord

PUB = date(2025, 6, 14)  # a Saturday


def run(language: str, text: str) -> list[EventRecord]:
    return extract(Article(text=text, published=PUB, language=language))


@pytest.mark.parametrize(
    ("language", "label"),
    [
        ("es", "Te interesa leer:"),
        ("es", "Puedes leer:"),
        ("es", "Sigue informándote:"),
        ("es", "Checa:"),
        ("en", "More:"),
        ("en", "Also:"),
    ],
)
def test_a_reading_label_opens_a_link_line(language: str, label: str) -> None:
    if language == "es":
        text = (
            "Tres hombres fueron detenidos el viernes en un cateo en Zamora, Michoacán.\n"
            f"{label} Emboscan a policías estatales y matan a cuatro en Uruapan\n"
            "Los detenidos fueron puestos a disposición de la Fiscalía."
        )
    else:
        text = (
            "Three men were arrested on Friday in a raid in Zamora, Michoacan.\n"
            f"{label} Gunmen ambush state police and kill four in Uruapan\n"
            "The suspects were handed over to prosecutors."
        )
    sentences = split_sentences(text)
    assert [sentences[k].text for k in sorted(page_furniture(sentences))] == [text.splitlines()[1]]
    assert [e.category for e in live(run(language, text))] == ["arrest"]


def test_a_label_glued_to_its_title_still_opens_a_link_line() -> None:
    text = (
        "Gunmen opened fire on a bar in Irapuato on Friday night, killing two men.\n"
        "More:Five bodies left on a highway near Chihuahua city\n"
        "Police said the attackers fled on motorcycles."
    )
    records = live(run("en", text))
    assert [(e.category, e.fatalities) for e in records] == [("attack", 2)]
