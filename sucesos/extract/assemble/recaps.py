"""Sentences that name the news again to set it among other happenings: "Este ataque se
suma a la lista de hechos violentos de este año" (a tally: `joins_tally`), "Este crimen ocurre
a menos de 24 horas del asesinato de otro comerciante" (a recollection: `follows_other`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from sucesos.extract.kinds import Trigger
from sucesos.extract.lexicon import alternation, expand, load_data

if TYPE_CHECKING:
    from sucesos.extract.pipeline import Doc


# "…se suma a los 45 asesinatos de este año", "…is the latest in a string of attacks", "…was
# part of a series of shootings": the news counted among earlier happenings.
_JOINS = re.compile(
    r"se (?:suma|suman|sumo|sumaron) a|(?:the|its|el|la) (?:latest|most recent|mas reciente"
    r"|ultimo|ultima)\b|(?:forma|forman|formo|formaron|formaria) parte de"
    r"|(?:is|was|are|were) part of|(?:adds|added) to"
)
# What may stand before such words when it only names the news again ("Este ataque armado",
# "The killing is"): a determiner and a few words.
_NEWS_AGAIN = re.compile(
    r"\W*(?:con |with )?(?:este|esta|estos|estas|dicho|dicha|el|la|los|las|this|that|the|these"
    r"|it|its)\b(?:\s+\w+){0,3}\s*,?\s*$"
)


def joins_tally(doc: Doc, i: int, triggers: Sequence[Trigger]) -> bool:
    """Whether sentence `i` only counts the news, named again, among earlier happenings
    ("Este ataque armado se suma a la lista de hechos violentos de este año", "The killing
    is the latest in a string of attacks on reporters"): a tally, not a part of the news;
    its event words before the cue name the news again, and those after it the others."""
    if not triggers:
        return False
    start = doc.sentences[i].start
    for position in doc.status[i].ahead_at:
        if not _JOINS.match(doc.folded, position):
            continue
        if _NEWS_AGAIN.match(doc.folded, start, position) and not any(
            c.start < position for c in doc.counts if start <= c.start
        ):
            return True
    return False


# The subject that names the news again in `follows_other`: a determiner and a few words
# ("Este crimen", "The killing of the two men") or a pronoun ("It").
_SUBJECT = (
    r"(?:(?:este|esta|estos|estas|dicho|dicha|dichos|dichas|el|la|los|las|this|that|the|these"
    r"|those)(?:\s+[\w'\u2019-]+){1,4}|it|they)"
)
# How far past its verb the word that puts another happening first may stand, with no clause
# mark between ("came less than 24 hours after").
# A time on the clock ("23:00", "11 p.m.", "las 10 horas"), not a figure ("after 12 bodies").
_CLOCK = r"\d{1,2}(?:[:.h]\d\d|\s*(?:a\.?\s?m|p\.?\s?m|horas|hrs|o'clock)\b)"
_GAP = r"[^,;:.()\u2014\u2013]{0,40}?"


def _phrases(data: dict[str, Any], key: str) -> str:
    return alternation(p for w in data[key] for p in expand(w))


@cache
def _follows() -> re.Pattern[str]:
    data: dict[str, Any] = load_data("lexicon/cues.toml")["background"]
    units = _phrases(data, "news_after_units")
    before = (
        rf"(?:\b(?:{_phrases(data, 'news_after_words')})"
        # "a menos de 24 horas del", "a tres días de que" (not "a las 10 horas del domingo")
        rf"|\ba\s+(?!las?\b|los\b)(?:[\w]+\s+){{0,3}}(?:{units})\s+(?:de|del)\b)"
        # not a time of day ("después de las 23:00 horas", "shortly after midnight")
        rf"(?!\s+(?:(?:{_phrases(data, 'news_after_times')})\b|{_CLOCK}))"
    )
    return re.compile(
        rf"[\W_]*(?:(?:{_phrases(data, 'news_again_leads')})\s+)?(?P<subject>{_SUBJECT})\s+"
        rf"(?:(?:{_phrases(data, 'news_after_verbs')})\b{_GAP}{before}"
        rf"|(?:{_phrases(data, 'news_after_sequels')})\b)"
    )


def follows_other(doc: Doc, i: int, triggers: Sequence[Trigger]) -> bool:
    """Whether sentence `i` names the news again and tells it took place after another
    happening, which its other event words tell ("Cabe señalar que este crimen ocurre a menos
    de 24 horas del asesinato de un comerciante en Jacona", "The killings came a day after
    gunmen shot three men in a bar", "The attack follows the murder of a councilman"): it
    recalls that happening, however near in time, and its place is not the news's. Every
    event word lies in the subject (the news named again) or after the cue, one after it."""
    if not triggers:
        return False
    sentence = doc.sentences[i]
    match = _follows().match(doc.folded, sentence.start, sentence.end)
    if match is None:
        return False
    subject_end, cue_end = match.end("subject"), match.end()
    return any(t.start >= cue_end for t in triggers) and all(
        t.end <= subject_end or t.start >= cue_end for t in triggers
    )
