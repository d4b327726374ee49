"""Settlement names after a cue word (`places_colonias.find_colonias`): before looking up
each run of up to six words as a name, `named_reach` says how many of them begin any
settlement's name, and the longer runs are not looked up. It must never stop short of a
name the table holds."""

from __future__ import annotations

import random

from sucesos.extract.places_colonias import _colonia_lines, colonia_codes, named_reach


def _names() -> list[str]:
    lines = _colonia_lines()
    rng = random.Random(3)
    return [lines[rng.randrange(len(lines))].split("\t")[0] for _ in range(400)]


def test_the_reach_covers_every_name_the_words_begin_with() -> None:
    rng = random.Random(8)
    filler = ["la", "de", "en", "norte", "calle", "y", "zzq", "centro", "san"]
    for name in _names():
        words = name.split()
        words = words[: rng.randint(1, len(words))] + rng.sample(filler, rng.randint(0, 3))
        reach = named_reach(words)
        assert reach <= len(words)
        for n in range(1, len(words) + 1):
            if colonia_codes(" ".join(words[:n])):
                assert n <= reach, (words, n, reach)
        assert named_reach(name.split()) == len(name.split())


def test_words_no_name_begins_with_reach_nothing() -> None:
    assert named_reach(["zzqx", "centro"]) == 0
    assert named_reach([]) == 0
