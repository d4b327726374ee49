"""Speakers: where the name of a source starts and ends, once a cue has pointed to it.

After a cue ("según <la Fiscalía>"), before a verb of saying ("<La Fiscalía del Estado> detalló"),
as the agent of an act an authority reports ("<la Sedena> localizó"), in an apposition ("el
alcalde, <Juan Pérez>, dijo"). The name is kept as the article writes it, trimmed to a few words
(`sucesos.extract.attribution` decides which cues to read).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sucesos.extract.actors import ActorMatch
from sucesos.extract.attribution_words import AUTHORITY_KINDS, SourceMention, cues
from sucesos.extract.text import CLAUSE_PUNCTUATION, QUOTES, clause_marks, fold

_PHRASE_END = re.compile(
    # a period ends it, not one of an initialism ("U.S. officials", "EE.UU.")
    clause_marks(CLAUSE_PUNCTUATION, "()", QUOTES) + r"|(?<![\s.][a-z])\.(?![a-z]\.)"
    r"|\s(que|that|y|and|en|in|on|this|quien|who|a|al|to|por|for|con|with|como|as|se"
    r"|sin|without|tras|after|durante|during)\s"
)
_MAX_WORDS = 8
# The longest phrase before an apposition that may name a speaker ("El vocero de Seguridad
# del gobierno de Nuevo León, Juan Pérez, informó": nine words headed by "vocero").
_MAX_HEAD_PHRASE = 10
# How far before a verb of saying its speaker may start, in characters.
_SUBJECT_WINDOW = 110

_ARTICLES = ("el ", "la ", "los ", "las ", "the ", "un ", "una ", "a ")
_ARTICLES_ES = ("el ", "la ", "los ", "las ", "un ", "una ", "unos ", "unas ")
# Where a speaker's phrase starts at the latest: a clause mark or a conjunction before it.
# English leaves out "that" after a verb of saying ("The station said his family had
# confirmed his death"): the verb ends a speaker's phrase as "que" does.
_CLAUSE_BREAK = re.compile(
    clause_marks(CLAUSE_PUNCTUATION, "(", QUOTES)
    + r"|\s(?:que|that|y|and|as|como|segun|but|pero|mientras|while|donde|where"
    r"|said|says|told|added|adds)\s"
)
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-ZÁÉÍÓÚÑ][\w.-]{1,12}\)")


def source_after_cue(
    text: str, folded: str, cue_end: int, end: int, kind: str, actors: list[ActorMatch]
) -> SourceMention | None:
    """The source a cue introduces: "según <la Fiscalía>", "informó ayer <la SSP>"."""
    phrase_start = _skip_spaces(text, cue_end, end)
    if kind in ("verb", "verb_en"):
        phrase_start = _skip_between(text, folded, phrase_start, end)
        # In Spanish "a" after the verb introduces whom it was told ("comunicó a los
        # directores"); in English it is an article ("said a spokesman").
        articles = _ARTICLES if kind == "verb_en" else _ARTICLES_ES
        head, words = phrase_start, 1
        if folded.startswith(articles, phrase_start):
            head, words = _skip_spaces(text, folded.index(" ", phrase_start), end), 2
        # Who follows the verb is named within its first two words: an institution, a
        # speaker noun or a name ("confirmó la Fiscalía", "said the state prosecutor", not
        # "confirmó la muerte de dos agentes").
        first_words = re.match(r"\S+" + r"(?:\s+\S+)?" * (words - 1), folded[head:end])
        near = head + (first_words.end() if first_words else 0)
        if not (
            any(phrase_start <= a.start < near for a in actors)
            or cues().nouns.find(folded, head, near)
            or _capitalised_name_at(text, head, end)
        ):
            return None
    if folded[phrase_start:end].split(" ", 1)[0] in cues().clause_openers:
        return None  # "informó que…", "said that…": what follows is what was said
    stop = _PHRASE_END.search(folded, phrase_start, end)
    phrase_end = stop.start() if stop else end
    name = _name(text, phrase_start, phrase_end, actors)
    if name is None:
        return None
    if kind != "cue" and not _names_someone(text, folded, phrase_start, phrase_end, actors):
        return None  # "said the attack was…": what follows the verb is not who said it
    return _mention(folded, phrase_start, phrase_end, name)


def _skip_spaces(text: str, position: int, end: int) -> int:
    while position < end and text[position] in " ,:":
        position += 1
    return position


def _skip_between(text: str, folded: str, position: int, end: int) -> int:
    """Past the times and channels between a verb and its source ("este sábado", "en un
    comunicado")."""
    for _ in range(3):
        ahead = [
            m
            for m in cues().between.find(folded, position, min(end, position + 60))
            if m.start == position
        ]
        if not ahead:
            break
        position = _skip_spaces(text, max(m.end for m in ahead), end)
    return position


def _capitalised_name_at(text: str, position: int, end: int) -> bool:
    """Whether a proper name opens at `position` ("informó Sedena", "dijo Juan Pérez")."""
    word = re.match(r"[^\W\d_][\w.-]*", text[position:end])
    return bool(word and word.group()[0].isupper() and fold(word.group()) not in cues().name_links)


def subject_before(
    text: str, folded: str, start: int, verb: int, actors: list[ActorMatch]
) -> SourceMention | None:
    """The speaker whose phrase ends right before the verb of saying at `verb`: the clause's
    words before it ("La Fiscalía del Estado detalló", "testigos aseguraron", "Quadratín
    Guerrero informó"), when they name an institution, a speaker noun or a proper name."""
    low = max(start, verb - _SUBJECT_WINDOW)
    breaks = [
        brk
        for brk in _CLAUSE_BREAK.finditer(folded, low, verb)
        # "la Secretaría de Seguridad Pública (SSP) informó": the bracket is part of the name
        if not (brk.group() == "(" and _ACRONYM_IN_BRACKETS.match(text, brk.start()))
    ]
    phrase_start = _skip_spaces(text, breaks[-1].end() if breaks else low, verb)
    if phrase_start >= verb and len(breaks) >= 2 and breaks[-1].group() == ",":
        aside = folded[breaks[-2].end() : breaks[-1].start()].strip()
        if breaks[-2].group() == "," and aside in cues().speaker_asides:
            # "Witnesses, however, said…": the speaker before the connective
            return subject_before(text, folded, start, breaks[-2].start(), actors)
    if phrase_start >= verb and breaks and breaks[-1].group() == ",":
        return _apposition(text, folded, start, verb, actors)
    phrase_end = _trim_before_verb(folded, phrase_start, verb)
    if phrase_end <= phrase_start:
        return None
    words = folded[phrase_start:phrase_end].split()
    if words[0] in cues().not_speaker_start or words[-1] == "se":
        return None
    # An actor the phrase names: the phrase from there ("la Fiscalía del Estado").
    for actor in actors:
        if phrase_start <= actor.start < phrase_end:
            phrase_end = _before_own_verb(folded, actor.end, phrase_end)
            name = _trimmed(text, _expand_acronym(text, actor.start, phrase_start), phrase_end)
            return _mention(folded, actor.start, phrase_end, name) if name else None
    nouns = cues().nouns.find(folded, phrase_start, phrase_end)
    if nouns:
        # The phrase ends at its noun and the name after it ("el fiscal Juan Pérez"), not at
        # the words that follow ("police had previously").
        cut = nouns[-1].end
        name_after = re.match(r"(?:\s+[A-ZÁÉÍÓÚÑ][\w.]*)+", text[cut:phrase_end])
        cut += name_after.end() if name_after else 0
        if len(folded[phrase_start:cut].split()) > 6:
            return None  # a long clause is a sentence of its own, not a speaker
        name = _trimmed(text, phrase_start, cut)
        return _mention(folded, phrase_start, cut, name) if name else None
    if _is_proper_name(text, phrase_start, phrase_end, sentence_start=start):
        name = _trimmed(text, phrase_start, phrase_end)
        return _mention(folded, phrase_start, phrase_end, name) if name else None
    if phrase_start == start and re.fullmatch(r"[A-ZÁÉÍÓÚÑ][\w-]+", text[phrase_start:phrase_end]):
        return SourceMention(
            phrase_start, phrase_end, text[phrase_start:phrase_end], needs_antecedent=True
        )
    return None


def _before_own_verb(folded: str, start: int, end: int) -> int:
    """Where a speaker's phrase ends that runs on from `start` into a verb of its own or a
    relative clause ("police corporations were mobilized who found…"): before that word."""
    for word in re.finditer(r"\S+", folded[start:end]):
        if word.group() in cues().phrase_verbs:
            return _trim_before_verb(folded, start, start + word.start())
    return end


def agent_before(
    text: str, folded: str, start: int, verb: int, actors: list[ActorMatch]
) -> SourceMention | None:
    """The agent of an act of finding, arresting or seizing when it is an authority or a
    searchers' collective (an actor of the security forces or government, or a phrase headed
    by a noun such as "colectivo")."""
    mention = subject_before(text, folded, start, verb, actors)
    if mention is None:
        return None
    authority = any(
        mention.start <= a.start < mention.end and a.actor.kind in AUTHORITY_KINDS for a in actors
    )
    groups = cues().collectives.find(folded, mention.start, mention.end)
    collective = any(m.start == mention.start for m in groups)
    return replace(mention, speaks=False) if authority or collective else None


def _apposition(
    text: str, folded: str, start: int, verb: int, actors: list[ActorMatch]
) -> SourceMention | None:
    """A speaker with a phrase about them between commas right before the verb: "Luis Pérez,
    secretario de Gobierno, informó", "El secretario de Seguridad, Omar Tello, dijo", "Ana
    Ruiz, the state's spokeswoman, said" (both parts name the source), "La periodista Ana
    Ruiz, autora de dos libros sobre el tema, afirmó" (the description does not)."""
    low = max(start, verb - _APPOSITION_WINDOW)
    commas = [m.start() for m in re.finditer(",", text[low:verb])]
    if len(commas) < 2:
        return None
    second_start, second_end = low + commas[-2] + 1, low + commas[-1]
    outer = [m.end() for m in _OUTER_BREAK.finditer(folded, low, low + commas[-2])]
    first_start = max(outer[-1] if outer else start, low + commas[-3] + 1 if len(commas) > 2 else 0)
    first_end = low + commas[-2]
    first = (_skip_spaces(text, first_start, first_end), first_end)
    second = (_skip_spaces(text, second_start, second_end), second_end)
    if first[0] >= first[1] or second[0] >= second[1]:
        return None
    first_names = _names_speaker(text, folded, *first, actors, sentence_start=start)
    second_names = _names_speaker(text, folded, *second, actors, sentence_start=start)
    if first_names and second_names:
        end = second[1]
    elif first_names and any(w[:1].isupper() for w in text[first[0] : first[1]].split()[1:]):
        end = first[1]  # a named speaker and a description of them
    else:
        return None
    name = " ".join(text[first[0] : end].split())
    words = name.split()
    while words and fold(words[0]) in cues().leading:
        words = words[1:]
    return _mention(folded, first[0], end, " ".join(words)) if words else None


# The widest name and description between commas before a verb, in characters.
_APPOSITION_WINDOW = 260
# What opens the phrase of a speaker described between commas (not "y"/"and", which may join
# words of an institution's name: "Seguridad y Protección Ciudadana").
# A dateline's ".-" ("MONTERREY, 10 de marzo.- El vocero…") ends what comes before the speaker.
_OUTER_BREAK = re.compile(r"[;:(\"“”«»—–]|\.-|\s(?:que|that|segun|but|pero|mientras|while)\s")


def _names_speaker(
    text: str,
    folded: str,
    start: int,
    end: int,
    actors: list[ActorMatch],
    *,
    sentence_start: int,
) -> bool:
    """Whether `text[start:end]` is a speaker's phrase: a short proper name, or a phrase of at
    most ten words headed (after its article) by a speaker noun or an institution."""
    if _is_proper_name(text, start, end, sentence_start=sentence_start):
        return True
    words = folded[start:end].split()
    if not words or len(words) > _MAX_HEAD_PHRASE:
        return False
    head = start
    if words[0] in cues().leading and len(words) > 1:
        head = _skip_spaces(text, start + len(words[0]), end)
    # The noun heads the phrase, after at most two modifiers ("the state spokesman").
    lead = re.match(r"\S+(?:\s+\S+){0,2}", folded[head:end])
    head_end = head + (lead.end() if lead else 0)
    if any(head <= a.start < head_end or a.start == start for a in actors):
        return True
    return bool(cues().nouns.find(folded, head, head_end))


def _trim_before_verb(folded: str, phrase_start: int, verb: int) -> int:
    """Where the speaker's phrase ends: before the auxiliaries and adverbs that precede the
    verb ("la Fiscalía también", "police had previously")."""
    end = verb
    while end > phrase_start and folded[end - 1] == " ":
        end -= 1
    while True:
        last = [m for m in cues().skip.find(folded, phrase_start, end) if m.end == end]
        if not last:
            return end
        end = last[0].start
        while end > phrase_start and folded[end - 1] == " ":
            end -= 1


def _is_proper_name(text: str, start: int, end: int, *, sentence_start: int) -> bool:
    """Whether `text[start:end]` is a short proper name: after an article, every word is
    capitalised or a linking word, and one capital is not just the sentence's first letter."""
    words = text[start:end].split()
    if words and fold(words[0]) in cues().leading:
        words = words[1:]
        start = sentence_start - 1  # the name's first capital is not the sentence's
    if not 1 <= len(words) <= 6:
        return False
    if not all(w[:1].isupper() or fold(w) in cues().name_links for w in words):
        return False
    capitals = [w for w in words if w[:1].isupper()]
    return len(capitals) >= 2 or (start != sentence_start and len(capitals) == 1)


def _expand_acronym(text: str, acronym_start: int, floor: int) -> int:
    """Where a name starts whose acronym in brackets starts at `acronym_start`
    ("la Secretaría de Seguridad Pública (SSP)" for "SSP"): the capitalised words before the
    bracket, else `acronym_start` itself."""
    before = text[floor:acronym_start]
    if not before.rstrip().endswith("("):
        return acronym_start
    words = list(re.finditer(r"\S+", before[: before.rstrip().rfind("(")]))
    first = None
    for word in reversed(words):
        if word.group()[:1].isupper():
            first = word.start()
        elif fold(word.group()) not in cues().name_links:
            break
    return floor + first if first is not None else acronym_start


def _mention(folded: str, start: int, end: int, name: str) -> SourceMention:
    words = cues().anaphoric.find(folded, start, end)
    refers = any(m.start <= start + 8 and m.end >= end - 1 for m in words)
    return SourceMention(start, end, name, refers_back=refers)


def _trimmed(text: str, start: int, end: int) -> str | None:
    words = text[start:end].split()
    while words and fold(words[0]) in cues().leading and not _title_article(text, start, words):
        words = words[1:]
    verb = _own_verb(words)
    if verb is not None:
        if fold(words[0]) in cues().cut_name_not_start:
            return None  # "Al lugar arribaron agentes…": a place and a verb, no speaker
        words = words[:verb]
    while words and fold(words[-1]) in cues().name_links:
        words = words[:-1]  # "the director of" (a cut phrase) is "director"
    if not words:
        return None
    longest = _MAX_WORDS + (words[0] in _TITLE_ARTICLES)  # a title's article is no word of its own
    name = " ".join(words[:longest]).strip(" ,.;:—–-")
    return name or None


def _own_verb(words: list[str]) -> int | None:
    """Where a verb of the name's own starts among `words` after the first ("elementos de la
    Guardia Nacional desplegaron…", "officials identified…"), else None."""
    lex = cues()
    for k in range(1, len(words)):
        word = words[k].strip(',.;:()"“”«»')
        if not lex.own_verb.fullmatch(word):
            continue
        if word.endswith("ed") and (
            word in lex.own_verb_not_verbs or words[k - 1].lower() in lex.own_verb_not_after
        ):
            continue
        return k
    return None


def _title_article(text: str, start: int, words: list[str]) -> bool:
    """Whether a name's first word is a capitalised Spanish article inside a sentence before
    another capital: the start of a title ("según El Sur de Acapulco", "citó a La Jornada"),
    kept with it. At a sentence's start the capital says nothing."""
    if len(words) < 2 or words[0] not in _TITLE_ARTICLES or not words[1][:1].isupper():
        return False
    gap = text[max(0, start - 3) : start]
    before = gap.rstrip()
    # after a word or a comma, on the same line: inside the sentence
    return "\n" not in gap and bool(before) and (before[-1].isalpha() or before[-1] in ",;:(")


_TITLE_ARTICLES = frozenset(("El", "La", "Los", "Las"))


def _names_someone(text: str, folded: str, start: int, end: int, actors: list[ActorMatch]) -> bool:
    """Whether `text[start:end]` names a speaker: an actor, a capitalized name or a noun such
    as "el portavoz", "witnesses", "local media"."""
    if any(start <= a.start < end for a in actors):
        return True
    if cues().nouns.find(folded, start, end):
        return True
    words = text[start:end].split()
    if words and fold(words[0]) not in cues().leading:
        return words[0][:1].isupper()
    return any(w[:1].isupper() for w in words[1:5])  # after the article


def as_written(text: str, actor: ActorMatch) -> str:
    """A source as the article names it ("la Secretaría de Seguridad Pública (SSP)" stays
    that, not the canonical "Policía estatal"): who says so, in the article's words, with
    the acronym in brackets that follows the name."""
    end = actor.end
    bracket = re.match(r"\s*\([A-ZÁÉÍÓÚÑ][\w.-]{1,12}\)", text[end : end + 16])
    if bracket:
        end += bracket.end()
    start = _expand_acronym(text, actor.start, max(0, actor.start - 100))
    return text[start:end].strip()


def _name(text: str, start: int, end: int, actors: list[ActorMatch]) -> str | None:
    for actor in actors:
        if start <= actor.start < end:
            # The phrase from the actor on, as written ("la Fiscalía estatal"), with the
            # acronym in brackets after it.
            name_start = _expand_acronym(text, actor.start, start)
            name_end = max(end, actor.end)
            bracket = re.match(r"\s*\([A-ZÁÉÍÓÚÑ][\w.-]{1,12}\)", text[name_end : name_end + 16])
            if bracket:
                name_end += bracket.end()
            return _trimmed(text, name_start, name_end)
    words = text[start:end].split()
    if not words or not any(w[:1].isalpha() for w in words):
        return None
    # A bare verb or number right after the cue is not a source ("dijo que", "informó 3").
    if len(words) == 1 and words[0].islower() and len(words[0]) < 4:
        return None
    return _trimmed(text, start, end)
