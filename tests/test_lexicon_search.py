"""`sucesos.extract.lexicon_search.PhraseSearch`: a lexicon list matched by one regex built
from its patterns answers `occurs` exactly as a `PhraseMatcher` of the same list answers
whether `find` finds anything, without expanding the patterns into an automaton."""

from __future__ import annotations

import pytest

from sucesos.extract.lexicon import PhraseMatcher, expand, load_data
from sucesos.extract.lexicon_search import PhraseSearch, pattern_shape, phrases
from sucesos.extract.text import fold

# the lists read through a PhraseSearch (assemble/news.py, assemble/tallies.py)
SEARCHED = ("long_periods", "total_periods", "tally_periods")


@pytest.mark.parametrize("name", SEARCHED)
def test_a_shape_stands_for_the_phrases_expand_gives(name: str) -> None:
    for pattern in load_data("lexicon/cues.toml")["statistic"][name]:
        assert phrases(pattern_shape(pattern)) == set(expand(pattern)), pattern


@pytest.mark.parametrize(
    "pattern",
    [
        "desde (enero|marzo) [de|del] [2020|2021] (a|hasta) [finales de|mediados de] (mayo|junio)",
        "[la|su] privación [ilegal] de la libertad",
        "(over|in) the (past|last) [several] (months|years)",
        "{matar} a (un|dos) [jóvenes|hombres]",
        "they {en:kill} (him|)",
        "[muy]",
    ],
)
def test_invented_patterns_expand_alike(pattern: str) -> None:
    assert phrases(pattern_shape(pattern)) == set(expand(pattern))


def test_choices_inside_a_word_and_prefix_phrases_are_refused() -> None:
    with pytest.raises(ValueError, match="E005"):
        PhraseSearch(["asesin(o|a)s"])
    with pytest.raises(ValueError, match="E005"):
        PhraseSearch(["balacer*"])
    with pytest.raises(ValueError, match="E005"):
        PhraseSearch(["(de (a|b))"])


PATTERNS = [
    "(de|desde|entre) (enero|marzo|mayo) [de|del] [2021|2022] (a|al|hasta) [finales de] "
    "(junio|julio)",
    "(over|in|during) the (past|last) [several] (months|years)",
    "en los ultimos (meses|anos)",
]
TEXTS = [
    "Entre enero y junio fueron asesinadas 40 personas; de marzo de 2022 a finales de julio, 12.",
    "Desde mayo del 2021 al julio pasado se registraron 30 homicidios en el municipio.",
    "Over the past several years, dozens were killed; in the last months the toll rose.",
    "In the pastyears the word is glued; duringthe past months too, and over the past monthsx.",
    "En los últimos meses, en los ultimos añoss y en los últimos años murieron 15.",
    "",
]


def test_occurs_answers_as_find_on_every_slice() -> None:
    matcher = PhraseMatcher((p, True) for p in PATTERNS)
    search = PhraseSearch(PATTERNS)
    for text in TEXTS:
        folded = fold(text)
        size = len(folded)
        for start in range(0, size + 1, 3):
            for end in [*range(start, size + 1, 4), size]:
                expected = bool(matcher.find(folded, start, end))
                assert search.occurs(folded, start, end) is expected, (text, start, end)
        assert search.occurs(folded) is bool(matcher.find(folded))


def test_a_slice_ending_inside_a_word_takes_no_phrase_that_ends_there() -> None:
    folded = fold("en los ultimos mesestral")
    search = PhraseSearch(["en los ultimos meses"])
    assert not search.occurs(folded, 0, len("en los ultimos meses"))
    assert search.occurs(folded + " ", 0, len("en los ultimos meses")) is False
    assert search.occurs(fold("en los ultimos meses."), 0, len("en los ultimos meses"))


def test_an_empty_list_finds_nothing() -> None:
    assert not PhraseSearch([]).occurs("en los ultimos meses")


# --- patterns a PhraseMatcher keeps as shapes -----------------------------------------

BIG = (
    "(el|la|los|las) (agente|agentes|fiscal|fiscales|policia|policias) [de la|del] "
    "[unidad|grupo|area] [especial|especializada|antisecuestro] (investiga|busca) (a|al|a la)"
)
SMALL = [
    ("policia", "noun"),
    ("la policia del grupo", "unit"),
    ("busca al", "search"),
    ("investiga*", "prefix"),
    ("del area especial", "unit"),
]
SHAPE_TEXTS = [
    "Ayer la policia del grupo especial investiga a la presunta banda; los agentes del area "
    "antisecuestro busca al joven. La policia busca a los autores.",
    "Los fiscales de la unidad especializada investigan al detenido y el agente busca al "
    "testigo; la policia del grupo especial investiga alos vecinos.",
    "El policia busca a",
    "",
]


def _matcher_pair(
    monkeypatch: pytest.MonkeyPatch, phrases: list[tuple[str, str]]
) -> tuple[PhraseMatcher[str], PhraseMatcher[str]]:
    """The same phrases with big patterns kept as shapes, and all in the automaton."""
    from sucesos.extract import build_cache, lexicon_search

    monkeypatch.setenv(build_cache.ENV_CACHE, "off")
    shaped = PhraseMatcher(phrases)
    monkeypatch.setattr(lexicon_search, "SHAPE_MIN_PHRASES", 10**9)
    plain = PhraseMatcher(phrases)
    return shaped, plain


def _finds_alike(
    shaped: PhraseMatcher[str], plain: PhraseMatcher[str], texts: list[str], by: int, to: int
) -> None:
    """Both matchers find the same in every slice (starts `by` apart, ends `to` apart)."""
    for text in texts:
        folded = fold(text)
        size = len(folded)
        for start in range(0, size + 1, by):
            for end in [*range(start, size + 1, to), size]:
                for overlapping in (False, True):
                    expected = plain.find(folded, start, end, overlapping=overlapping)
                    got = shaped.find(folded, start, end, overlapping=overlapping)
                    assert got == expected, (text, start, end, overlapping)


@pytest.mark.parametrize("with_small", [True, False])
def test_a_shaped_pattern_finds_what_its_keys_found(
    monkeypatch: pytest.MonkeyPatch, with_small: bool
) -> None:
    phrases = [(BIG, "big"), *(SMALL if with_small else [])]
    shaped, plain = _matcher_pair(monkeypatch, phrases)
    assert shaped._shaped is not None and plain._shaped is None
    assert shaped.size == plain.size
    assert len(shaped._automaton) == (len(SMALL) if with_small else 0)
    _finds_alike(shaped, plain, SHAPE_TEXTS, 5, 7)


def test_shaped_patterns_answer_alike_inside_a_shared_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    from sucesos.extract import lexicon_scan

    shaped, plain = _matcher_pair(monkeypatch, [(BIG, "big"), *SMALL])
    folded = fold(SHAPE_TEXTS[0] + " " + SHAPE_TEXTS[1])
    outside = [shaped.find(folded, s, s + 60) for s in range(0, len(folded), 9)]
    monkeypatch.setattr(lexicon_scan, "_SHARED", [lambda: shaped])
    lexicon_scan._union_of.cache_clear()
    try:
        with lexicon_scan.shared_scan(folded):
            inside = [shaped.find(folded, s, s + 60) for s in range(0, len(folded), 9)]
    finally:
        lexicon_scan._union_of.cache_clear()
    assert inside == outside
    assert outside == [plain.find(folded, s, s + 60) for s in range(0, len(folded), 9)]


@pytest.mark.parametrize("before", [True, False])
def test_keys_a_shaped_pattern_shares_stay_keys_with_every_value(
    monkeypatch: pytest.MonkeyPatch, before: bool
) -> None:
    # "la policia busca a" is one of BIG's phrases too: it keeps both values, in order
    other = [("la policia busca a", "other"), ("los agentes busca al", "other")]
    phrases = [*other, (BIG, "big")] if before else [(BIG, "big"), *other]
    shaped, plain = _matcher_pair(monkeypatch, phrases)
    assert shaped._shaped is not None
    assert len(shaped._automaton) == 2
    for text in SHAPE_TEXTS:
        folded = fold(text)
        for overlapping in (False, True):
            expected = plain.find(folded, overlapping=overlapping)
            assert shaped.find(folded, overlapping=overlapping) == expected
    found = shaped.find(fold("Ayer la policia busca a los autores."))
    assert [m.value for m in found] == (["other", "big"] if before else ["big", "other"])


def test_a_pattern_sharing_many_keys_stays_in_the_automaton(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 432 of BIG's 6,912 phrases are another pattern's
    many = "(el|la|los|las) (agente|agentes|fiscal|fiscales|policia|policias) [de la|del] " + (
        "(investiga|busca) (a|al|a la)"
    )
    shaped, plain = _matcher_pair(monkeypatch, [(BIG, "big"), (many, "many")])
    assert shaped._shaped is None
    assert shaped.find(fold(SHAPE_TEXTS[0])) == plain.find(fold(SHAPE_TEXTS[0]))


def test_a_shaped_matcher_survives_the_build_cache(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sucesos.extract import build_cache

    monkeypatch.setenv(build_cache.ENV_CACHE, str(tmp_path))
    first = PhraseMatcher([(BIG, "big"), *SMALL])
    again = PhraseMatcher([(BIG, "big"), *SMALL])  # read back from the cache
    assert again._shaped is not None and again._shaped is not first._shaped
    folded = fold(SHAPE_TEXTS[0])
    assert again.find(folded) == first.find(folded) != []


# a second word that is no run of letters ("officer's"): the phrases start at the first words
APOSTROPHE = (
    "({en:seize}|{en:recover}) [the|some|officer's|officers'] (spent|used) "
    "[shell|bullet] (casings|cartridges) [and|or] [video|footage] [from the|at the] "
    "[scene|house|street|car]"
)
APOSTROPHE_TEXTS = [
    "Agents seized officer's spent shell casings and footage from the house, then "
    "recovered some used cartridges at the scene; they also recovered officers' used "
    "bullet casings.",
    "Troops seizedthe used casings; recovering spent cartridgesx at the car.",
    "They recover spent casings",
]


def test_a_pattern_whose_second_words_are_not_letters_is_kept_as_a_shape(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shaped, plain = _matcher_pair(monkeypatch, [(APOSTROPHE, "evidence"), *SMALL])
    assert shaped._shaped is not None and len(shaped._automaton) == len(SMALL)
    _finds_alike(shaped, plain, APOSTROPHE_TEXTS, 6, 11)
    assert plain.find(fold(APOSTROPHE_TEXTS[0]))  # the texts do hold its phrases
