"""The walkers over an apposition between commas next to a predicate (`extract.apposition`)."""

from __future__ import annotations

from sucesos.extract import apposition
from sucesos.extract.numbers import tokenize
from sucesos.extract.text import fold


def _tokens(text: str) -> tuple[str, list]:
    folded = fold(text)
    return folded, tokenize(folded, 0, len(folded))


def _at(tokens: list, word: str) -> int:
    return next(i for i, t in enumerate(tokens) if t.word == word)


def test_before_finds_the_opening_comma_of_an_apposition_right_before_the_verb() -> None:
    folded, tokens = _tokens("Una tercera víctima, un mesero del bar, murió en el hospital.")
    found = apposition.before(folded, tokens, _at(tokens, "murio"))
    assert found is not None and tokens[found.opening].word == "un"


def test_before_takes_no_apposition_opened_by_another_mark() -> None:
    folded, tokens = _tokens("Llegaron tarde: un mesero del bar, murió en el hospital.")
    found = apposition.before(folded, tokens, _at(tokens, "murio"))
    assert found is not None and found.opening is None


def test_before_walks_back_over_the_auxiliaries_it_is_given() -> None:
    folded, tokens = _tokens("A waiter on his way home, was also killed.")
    k = _at(tokens, "killed")
    assert apposition.before(folded, tokens, k) is None
    found = apposition.before(folded, tokens, k, between={"was", "also"}, closing=None)
    assert found is not None and tokens[found.closing].word == "was"


def test_before_keeps_a_bound_in_characters() -> None:
    folded, tokens = _tokens("Un tercero, un mesero, horas después del ataque murió.")
    k = _at(tokens, "murio")
    wide = apposition.before(folded, tokens, k, between=apposition.ANY_WORD, gap=40)
    narrow = apposition.before(folded, tokens, k, between=apposition.ANY_WORD, gap=16)
    assert wide is not None and tokens[wide.opening].word == "un"
    assert narrow is None


def test_after_finds_the_predicate_past_an_apposition_that_places_the_people() -> None:
    from sucesos.extract.count_words import Sentence

    folded, tokens = _tokens("Siete agentes de Tlapa, en Guerrero, fueron asesinados.")
    s = Sentence(folded, None, 0, tokens, {}, {}, {})
    verb = _at(tokens, "fueron")
    assert apposition.after(s, _at(tokens, "en"), lambda k: k == verb) == verb
