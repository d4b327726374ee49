"""What a web address's sections name is looked up once per section (speed, issue 11): the
hints stay those of the section rules, each article gets a Location of its own, and a text
that names no place skips the filters of `real_places`. Invented addresses."""

from __future__ import annotations

from datetime import date

from sucesos.extract.assemble import where
from sucesos.extract.pipeline import default_pipeline
from sucesos.extract.places_address import _national, _section_place, address_hint, national_section
from sucesos.models import Article


def test_sections_give_the_same_hints_when_asked_again() -> None:
    urls = [
        ("https://inventado.mx/jalisco/nota-de-prueba-sin-lugar-alguno", None, "MX-JAL", None),
        ("https://inventado.mx/juarez/nota-1", "MX-CHH", "MX-CHH", "08037"),
        ("https://inventado.mx/juarez/nota-1", None, None, None),
        # a municipality outranks a state, wherever it stands
        ("https://jalisco.inventado.mx/seguridad/tlaquepaque/nota", None, "MX-JAL", "14098"),
        # a slug names no section, whatever places it names
        ("https://inventado.mx/2024/05/balean-a-dos-en-celaya-guanajuato", None, None, None),
    ]
    for _ in range(2):  # the second round reads the cache
        for url, home, state, town in urls:
            hint = address_hint(url, home)
            got = (hint.state_code, hint.location.admin2_code) if hint else (None, None)
            assert got == (state, town), url
    assert _section_place.cache_info().hits > 0


def test_each_hint_has_a_location_of_its_own() -> None:
    first = address_hint("https://inventado.mx/sonora/nota-uno")
    second = address_hint("https://inventado.mx/sonora/nota-dos")
    assert first is not None and second is not None
    assert first.location == second.location
    assert first.location is not second.location  # records carry it: never shared


def test_national_sections_asked_again() -> None:
    for _ in range(2):
        assert national_section("https://inventado.mx/nacional/nota-de-prueba")
        assert national_section("https://inventado.mx/mundo/2024/nota")
        assert not national_section("https://inventado.mx/seguridad/nota-de-prueba")
        assert not national_section("https://inventado.mx/nota-nacional")  # the slug
    assert _national.cache_info().hits > 0


def test_no_place_named_no_filter_scanned(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    article = Article(text="Asesinan a un taxista frente a una tienda", published=date(2024, 5, 3))
    doc = default_pipeline().run(article)
    assert not doc.places

    def fail() -> None:
        raise AssertionError("the text was scanned for filters of places it does not name")

    monkeypatch.setattr(where, "_reference", fail)
    monkeypatch.setattr(where, "_cue_before", fail)
    assert where.real_places(doc) == []
