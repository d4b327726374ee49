"""The parts of an incident joined to its main act (`absorb_parts`).

The parts of an incident (arrests made in the raid, the bodies found at the scene, vehicles
torched at the roadblock) are kinds of its main act, following ACLED's hierarchy
(`incidents.toml`): the part's category goes to the main event's `kinds` and its figures and
sentences join it. Parts at another place or on another day stay apart; a part told a few
sentences after its main act joins it while the account goes on (`accounts.in_account`).
Split from `incidents.py`, which merges the drafts of one happening (`merge_drafts`) before.
"""

from __future__ import annotations

from functools import cache

from sucesos.extract.assemble.accounts import in_account
from sucesos.extract.assemble.bodies import victims_of
from sucesos.extract.assemble.draft import Draft, Found
from sucesos.extract.assemble.incidents import (
    HURT,
    compatible,
    dead_of,
    join_as_part,
    members,
    merges_into_rules,
    part_rules,
    response_rules,
    time_goes_on,
    tolls_agree,
)
from sucesos.extract.assemble.main_acts import enforcement_main, make_main
from sucesos.extract.assemble.named_apart import named_apart
from sucesos.extract.assemble.unplaced_parts import leave_places, unplaced, wider_than_act
from sucesos.extract.kinds import taxonomy
from sucesos.extract.lexicon import load_data

# A part is told within this many sentences of its main act.
PART_WINDOW = 1


def _near(main: Draft, part: Draft) -> bool:
    have = members(main)
    return any(j + d in have for j in part.sentences for d in range(-PART_WINDOW, PART_WINDOW + 1))


@cache
def _priorities() -> dict[str, int]:
    """{category: its priority} (`taxonomy.toml`)."""
    return {c: t.priority for c, t in taxonomy().items()}


def absorb_parts(drafts: list[Draft], found: Found) -> list[Draft]:
    """Each reported draft that is a part of a compatible main act of the article joins it."""
    rules = part_rules()
    again = part_rules("parts_named_again")
    unhurt = part_rules("parts_unhurt")
    caught = part_rules("parts_caught")
    in_sentence = part_rules("parts_in_sentence")
    responses = response_rules()
    wounds = part_rules("parts_told_after")
    victims = victims_of()
    priority = _priorities()
    prefer = part_rules("parts_prefer")
    news = part_rules("parts_as_news")
    waves = frozenset(load_data("incidents.toml")["wave_sums"]["categories"])
    opening = min((d.first for d in drafts if d.status == "reported"), default=-1)
    absorbed: dict[int, int] = {}  # each part joined so far → the draft it joined
    order = sorted(range(len(drafts)), key=lambda k: priority.get(drafts[k].category, 0))
    for k in order:
        part = drafts[k]
        # an answer told over the places of its incident ("…en distintos puntos del
        # municipio, lo que desató un despliegue") is that incident's all the same
        # the sum of a wave the article tells ("la jornada dejó nueve bloqueos en cuatro
        # municipios", "roadblocks in several parts of the city") is that wave's
        wave = part.aggregate and part.category in waves and not _nationwide(part, found)
        if part.status != "reported" or (part.aggregate and not _bare_answer(part) and not wave):
            continue
        mains = [
            m
            for m, main in enumerate(drafts)
            if m != k
            and main.status == "reported"
            # a wave's sum may be told with another act's in one sentence ("bloqueos y
            # quema de vehículos en distintos puntos"): the part of that sum
            and (not main.aggregate or (wave and _told_with(main, part, waves)))
            and (
                (
                    _takes(main, part, rules)
                    and (_near(main, part) or in_account(main, part, drafts, found))
                )
                # violence that hurt no one in a disorder's account ("dispararon al aire",
                # "atacaron un camión de carga"): how the road was blocked
                or (
                    part.category in unhurt.get(main.category, frozenset())
                    and not any(c.what in HURT for _, c in part.counts)
                    and (_near(main, part) or in_account(main, part, drafts, found))
                )
                or (wave and main.category == part.category)
                # violence that hurt no one, told after the arrest that opens the article:
                # what the arrested were caught doing, or how they resisted (while that
                # arrest is the article's news, not a part of some other act)
                or (
                    part.category in caught.get(main.category, frozenset())
                    and main.first == opening
                    and m not in absorbed
                    and part.first > main.first
                    and not any(c.what in HURT for _, c in part.counts)
                    and (_near(main, part) or in_account(main, part, drafts, found))
                )
                # a road blocked in the act's own sentence, with no count of roadblocks of
                # its own: how the act was done (closed to stop the victims, cut by the fight)
                or (
                    part.category in in_sentence.get(main.category, frozenset())
                    and (
                        not members(main).isdisjoint(part.sentences)
                        # or next to it, done by its attackers ("Los agresores cerraron…")
                        or (
                            part.first in found.attackers_told
                            and (_near(main, part) or in_account(main, part, drafts, found))
                        )
                    )
                    and not any(c.what == "roadblocks" for _, c in part.counts)
                    # roadblocks told over many places ("desató bloqueos en buena parte del
                    # estado") are a wave the act set off, not how it was done
                    and not part.aggregate
                    # an attack that hurt no one is how the road was blocked (`parts_unhurt`)
                    and (
                        main.category == "armed_clash"
                        or any(c.what in HURT for _, c in main.counts)
                    )
                )
                # a part told again ("la causa del enfrentamiento") next to its main act
                or (
                    part.named_again
                    and part.category in again.get(main.category, frozenset())
                    and _near(main, part)
                )
                # the bodies of the victims join the violent act wherever it is told
                or (part.victims and main.category in victims)
                # so does the authorities' answer to it, when it has no figures of its own
                or (
                    _bare_answer(part)
                    and main.category in responses.get(part.category, frozenset())
                )
                # violence that counts no dead of its own, told in a discovery's account
                # after it ("two bodies were found… They had stab wounds"): how the dead
                # the discovery counts were killed
                or (
                    part.category in wounds.get(main.category, frozenset())
                    and dead_of(main) > 0
                    and part.first > main.first
                    and not any(c.what in HURT for _, c in part.counts)
                    and found.openers.isdisjoint(part.sentences)
                    and (_near(main, part) or in_account(main, part, drafts, found))
                )
            )
            # an arrest that opens the article is its news ("Capturan a dos señalados por la
            # balacera…"), not a part of the act it names as its cause; an attack that hurt
            # no one (shots at shop fronts) takes no arrest either
            and not (
                part.category in news.get(main.category, frozenset())
                and (
                    (part.first == opening and not _in_toll(main, part))
                    or not any(c.what in HURT for _, c in main.counts)
                    # "police later arrested a suspect", "El lunes detuvieron a dos": a
                    # happening of its own, on a day the act is not told on
                    or not found.later_acts.isdisjoint(part.sentences)
                    or not found.days_of(part) <= found.days_of(main)
                )
            )
            and _same_happening(main, part, found, wounds)
            # an alert over more states than the act names answers more than that act
            and not wider_than_act(main, part, found)
            # last: the dearest tests, for the few pairs the rules allow; the bodies of the
            # victims are some of the dead however few of them the text names
            and (
                tolls_agree(main, part, found)
                or (part.victims and main.category in victims and dead_of(part) <= dead_of(main))
            )
            and compatible(main, part, found)
            and not named_apart(main, part, found)
        ]
        if not mains:
            continue
        # The forces' own operation where one is near ("…un operativo en el que capturaron
        # a uno"), else the act the article told just before the part ("…; en el lugar
        # detuvieron a dos"), else the nearest after it; the higher act where two are as near.
        owners = prefer.get(part.category, frozenset())
        best = max(
            mains,
            key=lambda m: (
                drafts[m].category in owners,
                wave and _told_with(drafts[m], part, waves),
                drafts[m].first <= part.first,
                -abs(drafts[m].first - part.first),
                priority.get(drafts[m].category, 0),
            ),
        )
        # a part of a part (the rifle taken from a gunman caught in the attack) joins the
        # incident its main joined
        while best in absorbed:
            best = absorbed[best]
        if best == k:
            continue
        lead = enforcement_main(drafts[best], part, found)
        if part.category in unplaced():
            leave_places(drafts[best], part, found)
        join_as_part(drafts[best], part)
        make_main(drafts[best], lead)
        absorbed[k] = best
    return [d for k, d in enumerate(drafts) if k not in absorbed]


def _nationwide(draft: Draft, found: Found) -> bool:
    """Whether `draft` counts states or is told over the country ("bloqueos en 14 estados",
    "roadblocks across Mexico"): an aggregate of its own, never one incident's."""
    return any(c.what == "states_affected" for _, c in draft.counts) or any(
        p.location.precision == "country" for p in found.places_of(draft)
    )


def _takes(main: Draft, part: Draft, rules: dict[str, frozenset[str]]) -> bool:
    """Whether `part` is of a kind `main`'s incident takes as a part: one of its category's
    parts (or of the fight it kept as a kind), or, told in one of its sentences, a part of one
    of its kinds (the pistol seized from a gunman caught in the attack, with the arrest a kind
    of the attack)."""
    if part.category in rules.get(main.category, frozenset()):
        return True
    # an attack that keeps the forces' reply as a kind (`main_acts.reply_to_attack`) takes
    # that fight's parts too: the operation that contained it, the weapons seized
    fight = merges_into_rules().get(main.category)
    if fight in main.kinds and part.category in rules.get(fight, frozenset()):
        return True
    return not members(main).isdisjoint(part.sentences) and any(
        part.category in rules.get(kind, frozenset()) for kind in main.kinds
    )


def _told_with(main: Draft, part: Draft, waves: frozenset[str]) -> bool:
    """Whether `main` is an act that comes in waves told in one of `part`'s sentences: the
    vehicles torched in distinct parts of the city with the roadblocks they made belong to
    those roadblocks, not to the clash the article told first."""
    return main.category in waves and not members(main).isdisjoint(part.sentences)


def _in_toll(main: Draft, part: Draft) -> bool:
    """Whether the part's figures in its first sentence come after the dead or wounded `main`
    counts there ("Ataque en un bar deja cinco muertos y tres detenidos", "Shootout leaves
    three dead, two arrested"): the arrests are told as more of the act's toll, the act the
    sentence is about, not as the news an arrest that opens the article is."""
    hurt = [c.start for i, c in main.counts if i == part.first and c.what in HURT]
    own = [c.start for i, c in part.counts if i == part.first]
    return bool(hurt) and bool(own) and min(own) > min(hurt)


def _bare_answer(part: Draft) -> bool:
    """Whether `part` is told as the authorities' answer to an incident and gives no figures
    of its own."""
    return part.answers and not part.counts


def _same_happening(
    main: Draft, part: Draft, found: Found, wounds: dict[str, frozenset[str]]
) -> bool:
    """Whether nothing sets `part` in another happening than `main`: a part of another
    happening ("en otro hecho, detuvieron…") or one more item of the account, placed
    (`Draft.listed`), joins only an act of its own sentence, and a
    part told at the scene after an act that opened another happening, naming no town or
    site of its own, goes on that one's account ("En otro hecho, asesinaron a dos hombres…
    En el lugar dejaron un mensaje"), not an earlier act's. The wounds of the found may be
    told in the pluperfect ("the victims had been shot"): only a cue of another happening
    sets them apart. An act that is new only as told in the pluperfect opens no account of
    the news. A part told after its main act as time goes on ("Minutos después aparecieron
    los cuerpos…", "Hours later, police arrested two men") goes on with it."""
    if not members(main).isdisjoint(part.sentences):
        return True
    if part.listed:
        return False  # "También en X, lanzaron una granada…": one more item of the account
    if main.new_incident and (
        part.first < main.first
        or main.first not in found.openers
        # told at the scene ("En el lugar…"), not in a town or site of its own
        or found.municipalities_of(part)
        or found.sites_of(part)
    ):
        return False
    if part.category in wounds.get(main.category, frozenset()):
        return found.openers.isdisjoint(part.sentences)
    # "Minutos después aparecieron los cuerpos…": a part told as time goes on after its act
    return not part.new_incident or (part.first > main.first and time_goes_on(part, found))
