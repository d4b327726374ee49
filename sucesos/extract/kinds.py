"""Event categories: which kinds of event a sentence reports, from trigger words.

The taxonomy (`sucesos/data/taxonomy.toml`) maps each category to its ACLED event type and
sub-event type; the triggers (`sucesos/data/lexicon/triggers.toml`) say which words signal it.
A trigger is dropped when it is denied ("no hubo detenidos"), when it is a capitalised
surname inside a name ("la diputada Ana Marcha Ruiz"), and, for the categories outside
political violence (statement, disaster, agreement), when its clause reports a violent act.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from sucesos.extract.aspect import Kinds, kind_spans
from sucesos.extract.gapped import gapped_spans
from sucesos.extract.lexicon import PhraseMatcher, load_data
from sucesos.extract.lexicon_scan import share_scan
from sucesos.extract.negation import is_negated
from sucesos.extract.reported_habits import reported_habit, tells_reported

_SENTENCE_END = re.compile(r"[.!?\n]")
# the marks of `_SENTENCE_END`, and those that end a clause too, for `_last`
_SENTENCE_MARKS = ".!?\n"
_CLAUSE_MARKS = ".;!?\n"
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Category:
    name: str
    event_type: str | None
    sub_event_type: str | None
    family: str
    priority: int
    label_es: str
    label_en: str


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    category: str
    act: bool = True  # False for an outcome only ("murieron", "explosión"): see triggers.toml
    # An assault on the security forces ("emboscaron a policías"): an attack, not a clash,
    # unless the forces fight back (see `[acts.assaults_on_forces]` in triggers.toml).
    one_sided: bool = False
    # An attacker named by a noun ("gunmen"): dropped where its sentence names an act.
    actor_only: bool = False


@cache
def taxonomy() -> dict[str, Category]:
    """Every category of the taxonomy by name."""
    out: dict[str, Category] = {}
    for name, entry in load_data("taxonomy.toml")["category"].items():
        label = entry.get("label", {})
        out[name] = Category(
            name=name,
            event_type=entry.get("event_type"),
            sub_event_type=entry.get("sub_event_type"),
            family=entry.get("family", "other"),
            priority=int(entry.get("priority", 0)),
            label_es=label.get("es", name),
            label_en=label.get("en", name),
        )
    return out


# The family of the violent acts (`taxonomy.toml`).
VIOLENCE = "violence"


def is_violent(category: str) -> bool:
    """Whether `category` is one of the violent acts (its family in `taxonomy.toml`)."""
    return taxonomy()[category].family == VIOLENCE


@share_scan
@cache
def _trigger_matcher() -> PhraseMatcher[tuple[str, bool, str]]:
    """Values: (category, whether it is an act, the block's flag: "", "one_sided" or
    "actor_only")."""
    data = load_data("lexicon/triggers.toml")
    phrases: list[tuple[str, tuple[str, bool, str]]] = []
    for category, words in data.items():
        if isinstance(words, list):
            phrases.extend((w, (category, True, "")) for w in words)
    for category, words in data["outcome"].items():
        phrases.extend((w, (category, False, "")) for w in words)
    # Themed blocks ([acts.NAME]): acts, and outcomes under [acts.NAME.outcome]; a block
    # with `one_sided = true` lists assaults whose target does not fight back, one with
    # `actor_only = true` attackers named by a noun.
    for block in data.get("acts", {}).values():
        flag = next((f for f in ("one_sided", "actor_only") if block.get(f)), "")
        for category, words in block.items():
            if isinstance(words, list):
                phrases.extend((w, (category, True, flag)) for w in words)
        for category, words in block.get("outcome", {}).items():
            phrases.extend((w, (category, False, flag)) for w in words)
    return PhraseMatcher(phrases)


@cache
def _clause_rules() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_data("lexicon/triggers.toml")["clauses"]
    return frozenset(rules["out_of_domain"]), frozenset(rules["violent"])


@cache
def _response_rules() -> tuple[frozenset[str], PhraseMatcher[bool]]:
    rules = load_data("lexicon/triggers.toml")["response"]
    return frozenset(rules["categories"]), PhraseMatcher((p, True) for p in rules["purposes"])


def _is_response(folded: str, trigger_end: int, end: int | None) -> bool:
    """Whether the sentence goes on to give an operation the purpose of finding the authors
    or victims of an incident ("un operativo ... para dar con los responsables")."""
    stop = _SENTENCE_END.search(folded, trigger_end)
    limit = stop.start() if stop else len(folded)
    if end is not None:
        limit = min(limit, end)
    return bool(_response_rules()[1].find(folded, trigger_end, limit))


@cache
def _refinements() -> dict[str, PhraseMatcher[str]]:
    out: dict[str, PhraseMatcher[str]] = {}
    categories: dict[str, Any] = load_data("taxonomy.toml")["category"]
    for name, entry in categories.items():
        refine = entry.get("refine")
        if refine:
            out[name] = PhraseMatcher(
                (word, sub_event) for sub_event, words in refine.items() for word in words
            )
    return out


def silenced_spans(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of `folded[start:end]` that the `none` phrases of the triggers take: other
    senses of a trigger word ("el Cuerpo de Bomberos", "un cuerpo policiaco", "detener la
    marcha"). A figure inside one counts nothing either ("cuerpo" there is no body)."""
    return [
        (m.start, m.end)
        for m in _trigger_matcher().find(folded, start, end)
        if m.value[0] == "none"
    ]


_HABIT_END = re.compile(r"[,;:.!?\n]")


def reported_habit_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the sentence `folded[start:end]` tells acts in the present after a past
    reporting verb (`reported_habits`): from each such event word to the end of its clause.
    A figure there counts what a group does as a rule, no happening's people."""
    spans: list[tuple[int, int]] = []
    if not tells_reported(folded, start, end):
        return spans
    for m in _trigger_matcher().find(folded, start, end):
        if m.value[0] != "none" and reported_habit(folded, m.start, m.end, start):
            stop = _HABIT_END.search(folded, m.end, end)
            spans.append((m.start, stop.start() if stop else end))
    return spans


def find_triggers(
    folded: str, start: int = 0, end: int | None = None, *, text: str | None = None
) -> list[Trigger]:
    """Category triggers in `folded[start:end]`, less the phrases listed under `none`, the
    denied ones, capitalised surnames (when the original `text` is given), operations whose
    sentence gives them the purpose of finding an incident's authors or victims, and
    out-of-domain categories in a clause that reports a violent act."""
    found: list[Trigger] = []
    kinds: dict[int, Kinds] = {}  # by sentence start
    named_kinds: set[int] = set()  # sentences (by the end before them) naming acts as kinds
    matches = _trigger_matcher().find(folded, start, end)
    # a `none` phrase on the very words of a trigger ("Protestants" for "protest*") silences it
    silenced = {(m.start, m.end) for m in matches if m.value[0] == "none"}
    for m in matches:
        category, act, flag = m.value
        if category == "none" or (silenced and (m.start, m.end) in silenced):
            continue
        floor = _last(_SENTENCE_MARKS, folded, m.start) + 1
        if is_negated(folded, m.start, floor, text):
            continue
        if floor not in kinds:
            stop = _SENTENCE_END.search(folded, m.end)
            kinds[floor] = kind_spans(folded, floor, stop.start() if stop else len(folded), text)
        if category not in _clause_rules()[0] and kinds[floor].covers(folded, m.start, m.end, act):
            # a kind of act or a habit ("el aumento de los secuestros"), no event
            named_kinds.add(floor - 1)
            continue
        if reported_habit(folded, m.start, m.end, floor):
            # "denunciaron que los cárteles asesinan a quienes no pagan": a habit
            named_kinds.add(floor - 1)
            continue
        if text is not None and _is_surname(text, m.start, m.end):
            continue
        if category in _response_rules()[0] and _is_response(folded, m.end, end):
            continue
        if found and (found[-1].start, found[-1].end, found[-1].category) == (
            m.start,
            m.end,
            category,
        ):
            continue  # two patterns of one category on the same words
        found.append(
            Trigger(m.start, m.end, category, act, flag == "one_sided", flag == "actor_only")
        )
    found = _gapped(folded, found, start, end, text, silenced)
    if any(t.actor_only for t in found):
        found = _acts_over_actors(folded, found, named_kinds)
    if any(t.category == _ROADBLOCK for t in found):
        found = _civic_blockades(folded, found)
    return _violence_first(folded, found)


_ROADBLOCK = "roadblock"


def _gapped(
    folded: str,
    triggers: list[Trigger],
    start: int,
    end: int | None,
    text: str | None,
    silenced: set[tuple[int, int]],
) -> list[Trigger]:
    """`triggers` with one on each verb whose object, a few words on, makes it an act
    (`gapped`): not denied, not inside a longer `none` phrase (one within the verb's words,
    "aseguró" for "aseguró a", is the sense its object rules out), not where a trigger of its
    category already stands, and for a block told `alone`, not in a sentence that tells
    another kind of act; a trigger of a category it `takes_over` on the same words becomes it."""
    for block, lo, hi in gapped_spans(folded, start, len(folded) if end is None else end):
        floor = _last(_SENTENCE_MARKS, folded, lo) + 1
        stop = _SENTENCE_END.search(folded, hi)
        ceiling = stop.start() if stop else len(folded)
        inside = [t for t in triggers if floor <= t.start < ceiling]
        over = {block.category} | block.takes_over
        if (
            is_negated(folded, lo, floor, text)
            or any(a < hi and lo < b and not lo <= a < b <= hi for a, b in silenced)
            or any(t.start < hi and lo < t.end and t.category == block.category for t in inside)
            or (block.alone and any(t.act and t.category not in over for t in inside))
        ):
            continue
        triggers = [t for t in triggers if not (t.start < hi and lo < t.end and t.category in over)]
        triggers.append(Trigger(lo, hi, block.category))
        triggers.sort(key=lambda t: (t.start, t.end))
    return triggers


@cache
def _blockade_words() -> tuple[PhraseMatcher[str], PhraseMatcher[str]]:
    data = load_data("lexicon/triggers.toml")["civic_blockades"]
    return (
        PhraseMatcher((w, "civic") for w in data["subjects"]),
        PhraseMatcher((w, "armed") for w in data["armed"]),
    )


def _civic_blockades(folded: str, triggers: list[Trigger]) -> list[Trigger]:
    """Roadblocks that residents, teachers or relatives set up are their protest: a roadblock
    trigger with one of their words before it in its sentence, and no armed men there,
    becomes a protest trigger (`[civic_blockades]` in triggers.toml)."""
    civic, armed = _blockade_words()
    out: list[Trigger] = []
    for t in triggers:
        if t.category == _ROADBLOCK:
            start = _last(_SENTENCE_MARKS, folded, t.start) + 1
            if civic.find(folded, start, t.start) and not armed.find(folded, start, t.end):
                t = replace(t, category="protest")
        out.append(t)
    return out


def _acts_over_actors(
    folded: str, triggers: list[Trigger], named_kinds: set[int] | None = None
) -> list[Trigger]:
    """Drops the attackers named by a noun ("gunmen") in a sentence that names an act, or
    that names acts as kinds (`named_kinds`, by the end before each such sentence): "there
    were kidnappings and roadblocks where gunmen checked phones" tells no attack."""
    with_act = {
        _last(_SENTENCE_MARKS, folded, t.start) for t in triggers if t.act and not t.actor_only
    } | (named_kinds or set())
    return [
        t
        for t in triggers
        if not t.actor_only or _last(_SENTENCE_MARKS, folded, t.start) not in with_act
    ]


def _last(marks: str, folded: str, before: int) -> int:
    """The offset of the last of `marks` (characters) in the 300 characters before
    `before`, or just before that window."""
    floor = max(0, before - 300)
    return max(floor - 1, *(folded.rfind(mark, floor, before) for mark in marks))


def _violence_first(folded: str, triggers: list[Trigger]) -> list[Trigger]:
    """Drops statement, disaster and agreement triggers that follow a violent act in their
    clause ("gunmen killed five in an attack the governor condemned"); one that comes first
    has the act as its object ("X claimed responsibility for the attack") and stays."""
    out_of_domain, violent = _clause_rules()
    if not any(t.category in out_of_domain for t in triggers):
        return triggers
    first_act: dict[int, int] = {}
    for t in triggers:
        if t.act and t.category in violent:
            first_act.setdefault(_last(_CLAUSE_MARKS, folded, t.start), t.start)
    return [
        t
        for t in triggers
        if t.category not in out_of_domain
        or first_act.get(_last(_CLAUSE_MARKS, folded, t.start), t.start) >= t.start
    ]


def _is_surname(text: str, start: int, end: int) -> bool:
    """Whether a one-word trigger is a capitalised word between two other capitalised words
    in a sentence that is not written in title case ("Ana Marcha Ruiz", not "Gunmen Attack
    Police Station")."""
    word = text[start:end]
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    before = _WORD.findall(text[max(0, start - 60) : start])
    after = _WORD.findall(text[end : end + 60])
    if not before or not after or not before[-1][:1].isupper() or not after[0][:1].isupper():
        return False
    if not text[start - len(before[-1]) - 1 : start].strip(" ").isalpha():
        return False  # punctuation between the words: not one name
    window = before[-6:] + after[:6]
    capitalised = sum(1 for w in window if w[:1].isupper())
    return capitalised / len(window) < 0.6


def refine_sub_event(category: str, folded: str, start: int, end: int) -> str | None:
    """The ACLED sub-event type for `category` given the words of its evidence.

    Refinements are listed in `taxonomy.toml` from the most to the least specific; the first
    one with a cue in the text wins ("protesters killed" makes a protest "Excessive force"
    even when the police also "dispersed" it).
    """
    base = taxonomy()[category].sub_event_type
    matcher = _refinements().get(category)
    if matcher is None:
        return base
    found = {m.value for m in matcher.find(folded, start, end, overlapping=True)}
    for sub_event in _refinement_order()[category]:
        if sub_event in found:
            return sub_event
    return base


@cache
def _refinement_order() -> dict[str, list[str]]:
    categories: dict[str, Any] = load_data("taxonomy.toml")["category"]
    return {name: list(entry.get("refine", {})) for name, entry in categories.items()}
