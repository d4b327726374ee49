"""Mechanics of extraction kept cheap without changing what it finds: the negation window
read from its end, the municipalities a misspelt town is compared with built once per set of
states, a counts sentence's token indexes made with it.

All sentences below are synthetic, written for these tests.
"""

from __future__ import annotations

from sucesos.extract import places_misspelt
from sucesos.extract.count_words import Sentence
from sucesos.extract.negation import is_negated
from sucesos.extract.numbers import tokenize
from sucesos.extract.places import find_places
from sucesos.extract.text import fold


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
    places_misspelt._FORMS.clear()
    built = []
    original = places_misspelt._forms_of

    def counted(idx, states):  # type: ignore[no-untyped-def]
        built.append(states)
        return original(idx, states)

    places_misspelt._forms_of = counted
    try:
        for _ in range(3):
            found = find_places("El alcalde de Zitacuro, en el estado de Michoacán, fue atacado.")
            assert [p.location.admin2 for p in found if p.location.admin2] == ["Zitácuaro"]
    finally:
        places_misspelt._forms_of = original
    assert len(built) == 1


def test_a_counts_sentence_indexes_its_tokens_by_start_and_end() -> None:
    folded = fold("Tres hombres murieron en el ataque.")
    tokens = tokenize(folded, 0, len(folded))
    s = Sentence(folded, None, 0, tokens, {}, {}, {})
    assert s.index_at == {t.start: k for k, t in enumerate(tokens)}
    assert s.end_index == {t.end: k for k, t in enumerate(tokens)}
