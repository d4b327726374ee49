"""The wounded who died, told apart from more people hurt: one person told wounded who then
died ("quien resultó herido y más tarde murió", "was wounded and later died") is one death,
not a wounded figure beside it; a death told among the wounded counted before ("Entre los
heridos estaba un regidor, quien falleció después", "Among the wounded was a teacher, who
later died") adds to the toll and leaves the wounded (`CountMention.of_wounded`, applied by
`assemble.figures.record_counts`). Word lists: `sucesos/data/lexicon/counts.toml`
[wounded_dead]."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

from sucesos.extract.count_words import CountMention, Sentence
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan

# How many tokens the phrase of "among the wounded" may start after the sentence's start
# ("Además, entre los heridos…").
_OPENING = 3


@dataclass(frozen=True)
class _Words:
    later: frozenset[str]
    among: PhraseMatcher[bool]


@cache
def _words() -> _Words:
    table = load_data("lexicon/counts.toml")["wounded_dead"]
    return _Words(
        later=frozenset(table["later"]),
        among=PhraseMatcher((p, True) for p in table["among"]),
    )


# asked on every sentence or draft: one shared pass per article (`lexicon_scan.shared_scan`)
share_scan(lambda: _words().among)


def wounded_dead(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """`counts` less a wounded person's figure whose death the sentence goes on to tell,
    and with the deaths told among the wounded marked as such."""
    return _some_of_the_wounded(_among_the_wounded(s, _died_later(s, counts)))


def _some_of_the_wounded(counts: list[CountMention]) -> list[CountMention]:
    """`counts` with a death told as a part of the figure right before it
    (`count_parts`) marked some of the wounded when that figure is the wounded's ("cuatro
    heridos, dos de los cuales murieron después"): fewer wounded (`of_wounded`). It stays a
    part: the dead told before may count them already ("dos muertos y dos heridos… cuatro
    resultaron heridas, pero dos de ellas fallecieron")."""
    out: list[CountMention] = []
    for k, c in enumerate(counts):
        before = counts[k - 1] if k else None
        if (
            c.what == "killed"
            and c.part
            and before is not None
            and before.what == "injured"
            and before.value > c.value
        ):
            c = replace(c, of_wounded=True)
        out.append(c)
    return out


def _died_later(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """Less each wounded figure with no number whose words a death with no number follows,
    joined by nothing but a joint and words of time or of the wounds ("resultó herido y
    más tarde murió", "was critically wounded and died hours later"): no subject between,
    so the same person, who died."""
    later = _words().later
    tokens = s.tokens
    end_index = {t.end: k for k, t in enumerate(tokens)}
    deaths = {c.start for c in counts if c.what == "killed" and c.lower_bound and c.value == 1}
    out: list[CountMention] = []
    for c in counts:
        k = end_index.get(c.end)
        if c.what == "injured" and c.lower_bound and c.value == 1 and k is not None:
            k += 1
            first = k
            while k < len(tokens) and tokens[k].word in later:
                k += 1
            joined = k > first and not any(t.after_break for t in tokens[first + 1 : k + 1])
            if joined and k < len(tokens) and tokens[k].start in deaths:
                continue  # "resultó herido y más tarde murió": the death, not more hurt
        out.append(c)
    return out


def _among_the_wounded(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """`counts` with the deaths of a sentence opened by "entre los heridos" / "among the
    wounded" marked as some of the wounded who died: more dead (`additive`), fewer wounded
    (`of_wounded`)."""
    if not s.tokens:
        return counts
    opening = s.tokens[min(len(s.tokens) - 1, _OPENING)].end
    if not _words().among.find(s.folded, s.tokens[0].start, opening):
        return counts
    return [
        replace(c, additive=True, of_wounded=True)
        if c.what == "killed" and c.lower_bound and not c.part
        else c
        for c in counts
    ]
