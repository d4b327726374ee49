"""Attribution: whom a sentence attributes its account or figures to.

"según la Fiscalía", "de acuerdo con el secretario de Seguridad", "the Army said",
"according to local media". The source is named by the canonical actor when one is
mentioned in the attributed phrase, else by the phrase itself (trimmed to a few words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sucesos.extract.actors import ActorMatch
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.text import fold


@dataclass(frozen=True)
class SourceMention:
    start: int
    end: int
    name: str


_PHRASE_END = re.compile(
    r"[,;:.()\"“”«»]|\s(que|that|y|and|en|in|on|this|quien|who|a|al|to|por|for|con|with)\s"
)
_MAX_WORDS = 8


_ARTICLES = ("el ", "la ", "los ", "las ", "the ", "un ", "una ", "a ")


@cache
def _cues() -> tuple[PhraseMatcher[str], PhraseMatcher[str]]:
    cues = load_data("lexicon/cues.toml")["attribution"]
    before = [(c, "cue") for c in cues["before_source"]]
    before += [(c, "verb") for c in cues["verb_then_source"]]
    return (
        PhraseMatcher(before),
        PhraseMatcher((c, "after") for c in cues["after_source"]),
    )


def find_sources(
    text: str, folded: str, start: int, end: int, actors: list[ActorMatch]
) -> list[SourceMention]:
    """Sources named in the sentence `text[start:end]`."""
    before, after = _cues()
    out: list[SourceMention] = []
    for cue in before.find(folded, start, end):
        phrase_start = cue.end
        while phrase_start < end and text[phrase_start] in " ,:":
            phrase_start += 1
        if cue.value == "verb" and not folded.startswith(_ARTICLES, phrase_start):
            continue
        stop = _PHRASE_END.search(folded, phrase_start, end)
        phrase_end = stop.start() if stop else end
        name = _name(text, phrase_start, phrase_end, actors)
        if (
            name
            and cue.value == "verb"
            and not _names_someone(text, folded, phrase_start, phrase_end, actors)
        ):
            continue  # "said the attack was…": what follows the verb is not who said it
        if name:
            out.append(SourceMention(phrase_start, phrase_end, name))
    for cue in after.find(folded, start, end):
        # The source is the actor that ends right before the verb ("la Fiscalía informó"),
        # else a speaker's noun phrase there ("as the state prosecutor detailed",
        # "testigos aseguraron").
        for actor in reversed(actors):
            if actor.end <= cue.start and cue.start - actor.end <= 3 and actor.start >= start:
                out.append(SourceMention(actor.start, actor.end, _as_written(text, actor)))
                break
        else:
            speaker = _speaker_before(text, folded, max(start, cue.start - 60), cue.start)
            if speaker is not None:
                out.append(speaker)
    return sorted({(s.start, s.name): s for s in out}.values(), key=lambda s: s.start)


_SPEAKER_PHRASE = re.compile(
    r"\b((?:(?:el|la|los|las|the|a|an|un|una|unos|unas)\s+)?"
    r"(?:[^\W\d]+\s+){0,4}?[^\W\d]+)\s*$"
)


def _speaker_before(text: str, folded: str, start: int, end: int) -> SourceMention | None:
    """A speaker's phrase ending right before a verb of saying at `end`: up to five words
    after the last punctuation or conjunction, holding a noun such as "fiscal", "witnesses"."""
    window = folded[start:end]
    cut = max(window.rfind(ch) for ch in ',;:("“”')
    for word in (" que ", " y ", " and ", " as ", " como ", " segun "):
        cut = max(cut, window.rfind(word) + len(word) - 1 if word in window else -1)
    window_start = start + cut + 1
    m = _SPEAKER_PHRASE.search(folded, window_start, end)
    if not m:
        return None
    phrase_start, phrase_end = m.start(1), m.end(1)
    nouns = _source_nouns().find(folded, phrase_start, phrase_end)
    if not nouns:
        return None
    # The phrase ends at its noun and the name after it ("el fiscal Juan Pérez"), not at an
    # auxiliary or adverb before the verb ("police had previously").
    cut = nouns[-1].end
    for name in re.finditer(r"\s+([A-ZÁÉÍÓÚÑ][\w.]*)", text[cut:phrase_end]):
        if name.start() != cut - nouns[-1].end:
            break
        cut = nouns[-1].end + name.end()
    phrase_end = cut
    words = text[phrase_start:phrase_end].split()
    while words and fold(words[0]) in _LEADING:
        words = words[1:]
    if not words:
        return None
    return SourceMention(phrase_start, phrase_end, " ".join(words[:_MAX_WORDS]))


_LEADING = frozenset({"el", "la", "los", "las", "the", "a", "an", "un", "una", "unos", "unas"})


@cache
def _source_nouns() -> PhraseMatcher[str]:
    nouns = load_data("lexicon/cues.toml")["attribution"]["source_nouns"]
    return PhraseMatcher((n, "noun") for n in nouns)


def _names_someone(text: str, folded: str, start: int, end: int, actors: list[ActorMatch]) -> bool:
    """Whether `text[start:end]` names a speaker: an actor, a capitalized name or a noun such
    as "el portavoz", "witnesses", "local media"."""
    if any(start <= a.start < end for a in actors):
        return True
    if _source_nouns().find(folded, start, end):
        return True
    words = text[start:end].split()[1:5]  # after the article
    return any(w[:1].isupper() for w in words)


def _as_written(text: str, actor: ActorMatch) -> str:
    """A source as the article names it ("la Secretaría de Seguridad Pública (SSP)" stays
    that, not the canonical "Policía estatal"): who says so, in the article's words, with
    the acronym in brackets that follows the name."""
    end = actor.end
    bracket = re.match(r"\s*\([A-ZÁÉÍÓÚÑ][\w.-]{1,12}\)", text[end : end + 16])
    if bracket:
        end += bracket.end()
    return text[actor.start : end].strip()


def _name(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    for actor in actors:
        if start <= actor.start < end:
            return _as_written(text, actor)
    words = text[start:end].split()
    if not words or not any(w[:1].isalpha() for w in words):
        return None
    # A bare verb or number right after the cue is not a source ("dijo que", "informó 3").
    if len(words) == 1 and words[0].islower() and len(words[0]) < 4:
        return None
    return " ".join(words[:_MAX_WORDS]).strip(" ,.;:")
