"""Mechanics of extraction kept cheap without changing what it finds: the negation window
read from its end, the municipalities a misspelt town is compared with built once per set of
states, a counts sentence's token indexes made with it, no sums read for a sentence that
makes no draft, no apposition tally looked for with fewer than two event words, a place
looked up among the outlet names holding it (not compared with every name).

All sentences below are synthetic, written for these tests.
"""

from __future__ import annotations

import importlib
from datetime import date

from sucesos.extract import numbers, places_colonias, places_misspelt, places_outlets
from sucesos.extract.count_words import Sentence
from sucesos.extract.negation import is_negated
from sucesos.extract.numbers import tokenize
from sucesos.extract.pipeline import default_pipeline
from sucesos.extract.places import find_places
from sucesos.extract.text import fold
from sucesos.models import Article

# the modules (the package's names of the same words are its functions)
sentence_drafts = importlib.import_module("sucesos.extract.assemble.sentence_drafts")
tallies = importlib.import_module("sucesos.extract.assemble.tallies")


def _negated(text: str, phrase: str) -> bool:
    folded = fold(text)
    return is_negated(folded, folded.index(phrase), 0, text)


def test_a_future_verb_before_an_act_denies_it_es() -> None:
    assert _negated("Las autoridades detendrán a los responsables del ataque.", "a los")


def test_a_word_ending_like_a_future_denies_nothing_es() -> None:
    # "carretera", "frontera": folded like a future's "-rá", written without its accent
    assert not _negated("En la carretera asesinaron a dos hombres.", "asesinaron")
    assert not _negated("Cerca de la frontera mataron a un policía.", "mataron")


def test_a_cue_several_words_back_denies_the_act_en() -> None:
    assert _negated("Police said no one was injured in the blast.", "injured")


def test_the_same_word_twice_in_the_window_reads_the_nearer_one_es() -> None:
    # the later "habrá" is the future right before the act; the earlier one is past a comma
    assert _negated("Dijo que habrá, y habrá detenciones pronto.", "detenciones")
    assert not _negated("Dijo que habrá, pero hubo detenciones ayer.", "detenciones")


def test_misspelt_towns_compare_with_the_states_municipalities_once() -> None:
    places_misspelt._forms.cache_clear()
    for _ in range(3):
        found = find_places("El alcalde de Zitacuro, en el estado de Michoacán, fue atacado.")
        assert [p.location.admin2 for p in found if p.location.admin2] == ["Zitácuaro"]
    assert places_misspelt._forms.cache_info().misses == 1


def test_a_counts_sentence_indexes_its_tokens_by_start_and_end() -> None:
    folded = fold("Tres hombres murieron en el ataque.")
    tokens = tokenize(folded, 0, len(folded))
    s = Sentence(folded, None, 0, tokens, {}, {}, {})
    assert s.index_at == {t.start: k for k, t in enumerate(tokens)}
    assert s.end_index == {t.end: k for k, t in enumerate(tokens)}


def _asked_sentences(monkeypatch, module, name: str, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The sentences `module.name` is asked about while `text` is extracted."""
    asked: list[int] = []
    original = getattr(module, name)

    def counted(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[1])  # (found, i, triggers, counts)
        return original(doc, *args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    article = Article(text=text, language="es", published=date(2026, 11, 20))
    assert default_pipeline()(article)
    return asked


def test_a_sentence_with_no_event_word_nor_figure_reads_no_sums(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Hombres armados asesinaron a dos comerciantes este lunes en Celaya, Guanajuato. "
        "El mercado abrió sus puertas a las siete de la mañana como cada día."
    )
    asked = _asked_sentences(monkeypatch, sentence_drafts, "aggregate_categories", text)
    assert asked == [0]


def test_an_apposition_tally_is_looked_for_with_two_event_words(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A mayoral candidate was shot dead on Tuesday in Celaya, one of six politicians "
        "killed in the state this year. Police blocked the avenue for hours."
    )
    found: list[int | None] = []
    original = tallies.after_commas

    def counted(folded, start, end):  # type: ignore[no-untyped-def]
        found.append(start)
        return original(folded, start, end)

    monkeypatch.setattr(tallies, "after_commas", counted)
    article = Article(text=text, language="en", published=date(2026, 11, 20))
    assert default_pipeline()(article)
    assert found == [0]  # the first sentence only: the second has one event word at most


def test_whether_a_span_has_a_figure_reads_up_to_the_first_number() -> None:
    sentences = [
        "Tres hombres armados mataron a dos policías y a un civil.",
        "El ataque ocurrió el 12 de mayo de 2024 en la colonia Centro.",
        "Un joven de 17 años fue hallado sin vida.",
        "Nadie fue detenido por los hechos.",
        "Gunmen killed four people and wounded two more on Sunday.",
        "The mayor, 45, was shot outside his home in 2023.",
        "Police found no one at the scene.",
    ]
    for text in sentences:
        folded = fold(text)
        has = numbers.span_has_numbers(folded, 0, len(folded))
        assert has == bool(numbers.span_numbers(folded, 0, len(folded))), text
    folded = fold(sentences[0])
    read: list[numbers.Number] = []
    found = numbers._numbers(numbers.tokenize(folded, 0, len(folded)), {}, numbers.number_words())
    for number in found:
        read.append(number)
        break
    assert [n.value for n in read] == [3]  # the first of three, the rest never read


def test_the_words_before_places_are_keyed_once_per_word() -> None:
    places_colonias._word_key.cache_clear()
    text = (
        "En la comunidad de Santa Elena, del municipio de Irapuato, y en la colonia Centro "
        "de Irapuato, Guanajuato, atacaron a dos hombres."
    )
    find_places(text)
    first = places_colonias._word_key.cache_info()
    find_places(text)
    again = places_colonias._word_key.cache_info()
    assert again.misses == first.misses and again.hits > first.hits


def test_a_place_is_looked_up_among_the_outlet_names_holding_it() -> None:
    names = places_outlets.outlet_names()
    index = places_outlets._names_by_place()
    runs = {
        n.words[i:j] for n in names for i in range(len(n.words)) for j in range(i, len(n.words) + 1)
    }
    for run in (*runs, ("ningun", "lugar")):
        every = [
            (name, at)
            for name in names
            for at in range(len(name.words) - len(run) + 1)
            if name.words[at : at + len(run)] == run and len(run) < len(name.words)
        ]
        assert list(index.get(run, ())) == every, run
