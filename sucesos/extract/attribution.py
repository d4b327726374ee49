"""Attribution: whom a sentence attributes its account or figures to.

Wherever the article puts it: before the clause ("según la Fiscalía", "according to local
media"), after it ("…, informó este sábado la Fiscalía estatal", "…, as the state prosecutor
detailed"), as the subject of a verb of saying ("La Fiscalía del Estado detalló que…",
"Quadratín Guerrero informó…"), as the agent of a passive ("identificados por la SSP"), after a
quote ("«…», dijo el alcalde"). A generic noun that refers back ("la dependencia detalló")
names the institution the article named before it (`resolve_references`). The source is named
as the article writes it, trimmed to a few words (`sucesos.extract.speakers`); the cue words
live in `lexicon/cues.toml` (`sucesos.extract.attribution_words`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sucesos.extract.actors import ActorMatch
from sucesos.extract.attribution_words import AUTHORITY_KINDS, SourceMention, cues
from sucesos.extract.speakers import agent_before, as_written, source_after_cue, subject_before
from sucesos.extract.text import CLAUSE_PUNCTUATION, CLOSING_QUOTES, DASHES, fold


def find_sources(
    text: str, folded: str, start: int, end: int, actors: list[ActorMatch]
) -> list[SourceMention]:
    """Sources named in the sentence `text[start:end]` (`actors` are those that start in it)."""
    lex = cues()
    out: list[SourceMention] = []
    # A verb of saying whose speaker stands right before it has none after it: what follows
    # is what was said, English leaving out "that" ("Police said gunmen arrived…", "He said
    # the officers died…"). After a comma the verb may open an inverted attribution ("…,
    # informaron autoridades estatales", "…, according to local police").
    spoken: set[int] = set()
    for cue in lex.after.find(folded, start, end):
        if _in_a_name(text, cue.start, start) or _negated(folded, start, cue.start):
            continue
        if _passive(folded, start, cue.start):
            continue
        mention = subject_before(text, folded, start, cue.start, actors)
        if mention is not None:
            out.append(mention)
            if not _after_a_break(text, start, cue.start):
                spoken.add(cue.start)
    for cue in lex.before.find(folded, start, end):
        if _in_a_name(text, cue.start, start) or cue.start in spoken:
            continue
        if cue.value == "verb" and _impersonal(folded, start, cue.start):
            continue
        mention = source_after_cue(text, folded, cue.end, end, cue.value, actors)
        if mention is not None:
            out.append(mention)
    said = sorted({(s.start, s.name): s for s in out}.values(), key=lambda s: s.start)
    # Who did what the sentence reports, when it is an authority, comes after whoever
    # says so: a sentence's first source is the one that speaks.
    acted: dict[tuple[int, str], SourceMention] = {}
    for act in lex.acts.find(folded, start, end):
        if _in_a_name(text, act.start, start) or folded[act.end : act.end + 4] == " que":
            continue
        if _passive(folded, start, act.start):
            continue  # "six bodies were found": what was found, not who found it
        mention = agent_before(text, folded, start, act.start, actors)
        if mention is not None and all(s.name != mention.name for s in said):
            acted.setdefault((mention.start, mention.name), mention)
    return said + sorted(acted.values(), key=lambda s: s.start)


def _impersonal(folded: str, sentence_start: int, position: int) -> bool:
    """Whether a Spanish verb of saying is impersonal, "se" right before it ("se reportó un
    herido", "se informó el hallazgo"): what follows it is what was reported, not who."""
    return _word_before(folded, sentence_start, position) == "se"


def _after_a_break(text: str, sentence_start: int, position: int) -> bool:
    """Whether the word at `position` follows a comma, colon, dash or quote mark."""
    before = text[sentence_start:position].rstrip()
    return not before or before[-1] in _BREAKS


_BREAKS = frozenset(CLAUSE_PUNCTUATION + DASHES + CLOSING_QUOTES)


def _negated(folded: str, sentence_start: int, position: int) -> bool:
    """Whether the verb of saying at `position` is negated right before it ("la Fiscalía no
    había informado"): nobody said it."""
    lex = cues()
    words = folded[max(sentence_start, position - 24) : position].split()
    while words and words[-1] in lex.not_said_auxiliaries:
        words.pop()
    return bool(words) and (words[-1] in lex.not_said or " ".join(words[-2:]) in lex.not_said)


def _passive(folded: str, sentence_start: int, position: int) -> bool:
    """Whether the verb at `position` is passive, an auxiliary right before it ("fueron
    localizados", "were found", "was told"): the words before it are not its agent."""
    return _word_before(folded, sentence_start, position) in cues().passive_auxiliaries


def _word_before(folded: str, sentence_start: int, position: int) -> str:
    """The word right before `position` in its sentence ("" when none), read within the 16
    characters before it."""
    words = folded[max(sentence_start, position - 16) : position].split()
    return words[-1] if words else ""


def _in_a_name(text: str, position: int, sentence_start: int) -> bool:
    """Whether a cue word is capitalised inside the sentence: part of a name ("Ministerio
    Público", "Noticias Informa"), not a verb."""
    return position > sentence_start and text[position].isupper()


def resolve_references(
    sources: Sequence[SourceMention], actors: Sequence[ActorMatch], text: str
) -> list[SourceMention]:
    """`sources` with each generic back-reference ("la dependencia detalló") named by the
    institution the article named before it: the last source named before it, else the last
    authority among the actors. A reference with nothing before it keeps its words; a lone
    capitalised first word that no earlier source holds is dropped."""
    out: list[SourceMention] = []
    authorities = [a for a in actors if a.actor.kind in AUTHORITY_KINDS]
    names = _Names()
    for source in sources:
        fuller = names.fuller(source)
        if fuller is not None:
            source = replace(source, name=fuller, refers_back=False, needs_antecedent=False)
        if source.needs_antecedent:
            continue  # a capitalised first word no earlier source names: no speaker
        if source.refers_back:
            earlier = [s for s in out if not s.refers_back and s.start < source.start]
            named = [a for a in authorities if a.end <= source.start]
            if earlier:
                source = replace(source, name=earlier[-1].name, refers_back=False)
            elif named:
                source = replace(source, name=as_written(text, named[-1]), refers_back=False)
        out.append(source)
        names.add(source)
    return out


class _Names:
    """The sources kept so far, indexed by the words of their names."""

    def __init__(self) -> None:
        self.kept: list[tuple[SourceMention, frozenset[str]]] = []
        self.by_word: dict[str, list[int]] = {}

    def add(self, source: SourceMention) -> None:
        words = frozenset(fold(source.name).replace(",", " ").split())
        for word in words:
            self.by_word.setdefault(word, []).append(len(self.kept))
        self.kept.append((source, words))

    def fuller(self, source: SourceMention) -> str | None:
        """The fuller name an earlier source gives the same speaker: "Barragán Ochoa" or
        "la periodista" after "la periodista Lucía Barragán Ochoa", "Tello" after "el
        secretario Omar Tello"; None when no earlier source holds every word of this one.
        The latest such source wins; only sources holding the rarest of the words are read."""
        words = set(fold(source.name).split())
        if not words or len(words) > 3:
            return None
        postings = [self.by_word.get(w, []) for w in words]
        for k in reversed(min(postings, key=len)):
            other, other_words = self.kept[k]
            if other.start >= source.start or other.name == source.name:
                continue
            if words < other_words:
                return other.name
        return None
