"""One shared pass of the sentence lexicons over an article (`lexicon_scan.shared_scan`): the
matchers read the hits of the whole text's pass and find exactly what they found alone."""

from __future__ import annotations

import sucesos.extract.assemble  # noqa: F401  (registers the assembly's matchers)
from sucesos.extract import lexicon_scan
from sucesos.extract.lexicon import PhraseMatcher
from sucesos.extract.lexicon_scan import shared_scan
from sucesos.extract.pipeline import default_pipeline
from sucesos.extract.text import fold, split_sentences
from sucesos.models import Article

# Invented text, several sentences with figures, sources, denials and tallies.
TEXT = (
    "Hombres armados asesinaron a tres policías municipales y dejaron heridos a otros dos "
    "la noche del martes en Uruapan, informó la Fiscalía estatal. Según vecinos, los "
    "agresores huyeron en una camioneta; no se reportaron detenidos. Con estos hechos suman "
    "45 agentes asesinados en lo que va del año, de acuerdo con un conteo del diario. "
    "Gunmen killed four people at a bar in Celaya, police said, the third such attack "
    "this month."
)


def _registered() -> list[PhraseMatcher[object]]:
    return list(dict.fromkeys(getter() for getter in lexicon_scan._SHARED))


def _spans(folded: str) -> list[tuple[int, int]]:
    spans = [(s.start, s.end) for s in split_sentences(TEXT)]
    # slices that end inside a word: a prefix phrase stops at the slice's end
    spans += [(0, len(folded)), (5, 40), (17, 23), (60, 131)]
    return spans


def test_matchers_find_the_same_in_a_shared_pass() -> None:
    folded = fold(TEXT)
    matchers = _registered()
    alone = [
        [m.find(folded, a, b, overlapping=o) for a, b in _spans(folded) for o in (False, True)]
        for m in matchers
    ]
    with shared_scan(folded):
        shared = [
            [m.find(folded, a, b, overlapping=o) for a, b in _spans(folded) for o in (False, True)]
            for m in matchers
        ]
    assert shared == alone
    assert any(any(found) for found in alone)  # the text does hold phrases of the lexicons


def test_registered_matchers_read_the_shared_pass() -> None:
    folded = fold(TEXT)
    with shared_scan(folded) as scan:
        for m in _registered():
            assert scan.hits(m, folded, 0, len(folded)) is not None
        # another string with the same characters is searched on its own
        copy = "".join(list(folded))
        assert scan.hits(_registered()[0], copy, 0, len(copy)) is None
        assert scan.hits(PhraseMatcher([("policias", 1)]), folded, 0, len(folded)) is None


def test_extraction_uses_one_pass_per_article(monkeypatch) -> None:
    texts: list[str] = []
    real = lexicon_scan.TextScan.__init__

    def spy(self: lexicon_scan.TextScan, text: str) -> None:
        texts.append(text)
        real(self, text)

    monkeypatch.setattr(lexicon_scan.TextScan, "__init__", spy)
    doc = default_pipeline().run(Article(text=TEXT, language="es"))
    assert texts == [doc.folded]
    assert doc.events


def test_a_matcher_of_few_keys_and_many_shaped_phrases_shares_the_walk(monkeypatch) -> None:
    # its phrases are many, but the union copies only its automaton's keys
    big = (
        "(el|la|los|las) (agente|agentes|fiscal|policia|policias) [de la|del] "
        "[unidad|grupo|area] [especial|antisecuestro] (investiga|busca) (a|al|a la)"
    )
    matcher = PhraseMatcher([(big, "big"), ("policia", "noun")])
    assert matcher._shaped is not None and len(matcher._automaton) == 1
    assert matcher.size > 100
    monkeypatch.setattr(lexicon_scan, "_UNION_MAX_KEYS", 100)
    monkeypatch.setattr(lexicon_scan, "_SHARED", [lambda: matcher])
    lexicon_scan._union_of.cache_clear()
    try:
        folded = fold(TEXT + " La policia del grupo especial busca a los autores.")
        with shared_scan(folded) as scan:
            assert id(matcher) in scan.per  # found by the shared walk, not walked alone
            inside = matcher.find(folded)
    finally:
        lexicon_scan._union_of.cache_clear()
    assert inside == matcher.find(folded) != []


class _NoWalk:
    """Stands for a shaped matcher's own opening automaton: walking it fails the test."""

    def __init__(self, automaton) -> None:  # type: ignore[no-untyped-def]
        self.automaton = automaton

    def items(self):  # type: ignore[no-untyped-def]
        return self.automaton.items()

    def iter(self, text: str):  # type: ignore[no-untyped-def]
        raise AssertionError("a shaped matcher walked its own openings inside a shared scan")


def test_shaped_matchers_share_one_walk_of_their_openings(monkeypatch) -> None:
    # two matchers of many shaped phrases: one walk of both sets of openings serves both
    figures = "(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|quince|veinte)"
    killed = (
        f"{figures} (policias|agentes|hombres|mujeres|jovenes|escoltas|civiles|militares) "
        "(fueron|habian sido|han sido|resultaron) "
        "(asesinados|heridos|ejecutados|baleados|lesionados)"
    )
    fled = (
        "(los|las|unos|dos|tres|varios|cuatro) (agresores|sicarios|hombres|pistoleros|atacantes) "
        "(huyeron|escaparon|se fugaron|salieron) (en|a bordo de|hacia|rumbo a) "
        "(una|un|la|el|dos|varias|varios|unas|unos) [moto|camioneta|auto|brecha]"
    )
    first = PhraseMatcher([(killed, "killed"), ("policia", "noun")])
    second = PhraseMatcher([(fled, "fled"), ("camioneta", "vehicle")])
    assert first._shaped is not None and second._shaped is not None
    folded = fold(TEXT + " Tres policias fueron asesinados. Los agresores huyeron en una moto.")
    spans = [(0, len(folded)), (40, 200), (len(TEXT) - 10, len(folded))]
    outside = [m.find(folded, a, b) for m in (first, second) for a, b in spans]
    assert outside[0] and outside[3]
    lexicon_scan._union_of.cache_clear()
    monkeypatch.setattr(lexicon_scan, "_SHARED", [lambda: first, lambda: second])
    try:
        # built with the real automata, then each matcher's own is replaced
        lexicon_scan._union()
        for m in (first, second):
            assert m._shaped is not None
            monkeypatch.setattr(m._shaped, "_starts", _NoWalk(m._shaped._starts))
        with shared_scan(folded):
            inside = [m.find(folded, a, b) for m in (first, second) for a, b in spans]
    finally:
        lexicon_scan._union_of.cache_clear()
    assert inside == outside


def test_every_registered_matcher_takes_part_in_the_one_walk() -> None:
    # the largest (the triggers) too: none walks the text a second time on its own
    folded = fold(TEXT)
    with shared_scan(folded) as scan:
        assert not lexicon_scan._union().alone
        assert all(id(m) in scan.per for m in _registered())
