"""Everyday forms of the gazetteer's names, made when the index is built: a municipality's
official name without its honorific head or the hero its tail honours ("Acapulco"), by its
person's surnames ("Díaz Ordaz"), without "Ciudad" ("Madero"); a demonym's inflections.
"""

from __future__ import annotations

import re

from sucesos.extract.places_index import name_key

# Words that open many municipality names ("San ...", "Villa de ...") and so cannot stand
# for the whole name when the tail is dropped.
_GENERIC_HEADS = {
    "san",
    "santa",
    "santo",
    "santiago",
    "villa",
    "ciudad",
    "heroica",
    "valle",
    "real",
    "pueblo",
    "tierra",
    "puerto",
    "nuevo",
    "nueva",
    "general",
    "lagos",
    "mineral",
    "el",
    "la",
    "los",
    "las",
    "dolores",
    "teotitlan",
    "magdalena",
    "asuncion",
    "concepcion",
    # Common nouns: "el Puente de La Herradura", "Playas de Tijuana", "la Unión de Comerciantes"
    # are other places or bodies, never Puente de Ixtla, Playas de Rosarito or Unión de Tula.
    "puente",
    "playas",
    "salto",
    "nombre",
    "union",
    "reforma",
    "progreso",
    "sitio",
    "rincon",
    "bahia",
    "cienega",
    "palmar",
    "canadas",
    "marques",
    "martir",
    "martires",
    "benemerito",
}


def _short_forms(name: str) -> list[str]:
    """Everyday short forms of official municipality names ("Acapulco de Juárez" → "Acapulco")."""
    out = []
    f = re.sub(r"^heroica (ciudad de )?", "", name_key(name))
    if f != name_key(name):
        out.append(f)
    # "Acapulco de Juárez", "Coalcomán de Vázquez Pallares": the town without the hero it
    # honours (a one- or two-word tail that is not a saint: "Cerro de San Pedro" stays).
    m = re.match(r"^(.+?) de (los |las |la |el )?(\S+)( \S+)?$", f)
    if (
        m
        and m.group(1).split()[0] not in _GENERIC_HEADS
        and len(m.group(1)) >= 5
        and m.group(3) not in ("san", "santa", "santo")
    ):
        out.append(m.group(1))
    return out


def _rank_dropped(name: str, first_names: set[str]) -> str | None:
    """ "General Heliodoro Castillo" → "heliodoro castillo", "Gustavo Díaz Ordaz" → "díaz
    ordaz": a municipality named after a person, as news often writes it (without the rank,
    or by the two surnames alone); a person's name too, so only with a locative cue."""
    f = name_key(name)
    if f.startswith("general ") and " " in f[8:]:
        return f[8:]
    words = f.split()
    if (
        len(words) == 3
        and words[0] in first_names
        and len(words[1]) > 1  # "Francisco I. Madero": an initial is no surname
        and words[1] not in first_names
        and not {"de", "del", "y"} & set(words)
    ):
        return " ".join(words[1:])
    return None


def _city_dropped(name: str) -> str | None:
    """ "Ciudad Madero" → "madero", "Ciudad Valles" → "valles": a municipality named "Ciudad
    X", as news often writes it; a word or surname too, so only with a locative cue."""
    m = re.match(r"ciudad (?!(?:de|del|la|el|los|las) )(\S+)$", name_key(name))
    return m.group(1) if m else None


# A municipality's name opened by a rank ("General Zuazua") or an article ("El Mante"), then
# the town's own name.
_RANKED = re.compile(r"^general (\S+)$")
_ARTICLED = re.compile(r"^(?:el|la|los|las) (\S+(?: \S+){0,2})$")


def headless_forms(names: dict[str, str], taken: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Folded form → INEGI code of the municipalities of `names` (INEGI code → official
    name) by their own name alone, as news writes them: without the rank ("Zuazua",
    "Terán"; a surname too, so only with a locative cue) and without the article ("Mante";
    often a common word, so only after a municipality cue). Only a form one municipality
    has, of five letters or more, that is no name of `taken`."""
    found: dict[tuple[str, bool], list[str]] = {}
    for code, name in names.items():
        key = name_key(name)
        for pattern, ranked in ((_RANKED, True), (_ARTICLED, False)):
            m = pattern.match(key)
            if m:
                found.setdefault((m.group(1), ranked), []).append(code)
    ranks: dict[str, str] = {}
    articles: dict[str, str] = {}
    for (form, ranked), codes in found.items():
        if len(codes) == 1 and len(form) >= 5 and form not in taken:
            (ranks if ranked else articles)[form] = codes[0]
    return ranks, articles


def capital_forms(
    capitals: dict[str, list[str]], of_state: list[str], anaphors: list[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """Folded phrase → INEGI code of the state capital it names: the capital of a state
    named in it ("capital of Guerrero", "the Sonora state capital", "la capital de Sinaloa";
    `of_state` patterns with "{state}"), from `capitals` (capital's INEGI code → its
    state's names); and, apart, the phrases that name the capital of a state told elsewhere
    ("the state capital", "la capital del estado"; `anaphors`), one entry per capital."""
    named: dict[str, str] = {}
    for code, state_names in capitals.items():
        for state in state_names:
            if name_key(state) == "mexico":
                continue  # bare "México" is the country
            for pattern in of_state:
                named[name_key(pattern.format(state=state))] = code
    return named, {name_key(a): "" for a in anaphors}


def _inflections(demonym: str) -> list[str]:
    """Masculine singular demonym and its feminine and plural forms."""
    for ending, forms in (
        ("és", ("és", "esa", "eses", "esas")),
        ("o", ("o", "a", "os", "as")),
        ("ense", ("ense", "enses")),
        ("a", ("a", "as")),
    ):
        if demonym.endswith(ending):
            stem = demonym[: -len(ending)]
            return [stem + f for f in forms]
    return [demonym]


# A municipality's name opened by its saint ("Santo Domingo Tehuantepec", "San Juan Bautista
# Jayacatlán"), by "Santiago", "Asunción" or by "Villa (de)" ("Villa de Zaachila"), then the
# town's own name of one to three words.
_SAINTED = re.compile(
    r"^(?:heroica (?:ciudad|villa) de |villa de |villa |asuncion |santiago |"
    r"(?:san|santa|santo) \S+ (?:(?:bautista|evangelista|apostol|martir) )?)"
    r"(?!(?:de|del|la|el|los|las|y) )(\S+(?: \S+){0,2})$"
)
# Words that open a common noun's phrase, not a town's own name ("Río Muerto", "Cuatro
# Venados").
_COMMON_OPENERS = _GENERIC_HEADS | {"rio", "cerro", "loma", "llano", "ojo", "agua", "cuatro"}


_LETTERS_ONLY = re.compile(r"[a-z]+(?: [a-z]+){0,2}")


def sainted_forms(names: dict[str, str], taken: set[str]) -> dict[str, str]:
    """Folded name → INEGI code for the everyday names of municipalities named after a
    saint or "Villa" ("Tehuantepec", "Zaachila", "Pochutla"), from `names` (INEGI code →
    official name): only a name one municipality has, of five letters or more, that is no
    name of `taken` (the index's names, stopwords and state names' words), no plural
    common noun ("Lagunas") and opens with no common noun ("Río Muerto")."""
    found: dict[str, list[str]] = {}
    for code, name in names.items():
        m = _SAINTED.match(name_key(name))
        if m:
            found.setdefault(m.group(1), []).append(code)
    out = {}
    for form, codes in found.items():
        words = form.split()
        if (
            len(codes) == 1
            and len(form) >= 5
            and _LETTERS_ONLY.fullmatch(form) is not None  # not "mixtepec dto 08"
            and "dto" not in words
            and form not in taken
            and not taken.intersection(words)
            and not (len(words) == 1 and form.endswith("s"))
            and words[0] not in _COMMON_OPENERS
        ):
            out[form] = codes[0]
    return out


# The head of a name before its first "de"/"del" ("Tula de Allende" → "tula")
_HEAD = re.compile(r"^(.+?) (?:de|del) ")


def partial_forms(names: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Folded form → INEGI codes of the municipalities of `names` (INEGI code → official
    name) whose own name is longer than the form: the head before its first "de"/"del"
    ("Tula de Allende" → "tula", "Ixtlahuacán del Río" → "ixtlahuacan") and a saint's
    town's own name ("San Miguel Totolapan" → "totolapan"), whatever other place has that
    name. A form opened by a word many names open with ("San", "Villa") or of fewer than
    four letters is none. `places_resolve` reads a name told this way inside the state the
    text is about, or as the longer name the text tells."""
    found: dict[str, list[str]] = {}
    for code, name in names.items():
        key = name_key(name)
        forms = set()
        for own in (key, m.group(1) if (m := _SAINTED.match(key)) else None):
            if own is None:
                continue
            if own != key:
                forms.add(own)
            if head := _HEAD.match(own):
                forms.add(head.group(1))
        for form in forms:
            if len(form) >= 4 and form.split()[0] not in _COMMON_OPENERS:
                found.setdefault(form, []).append(code)
    return {form: tuple(codes) for form, codes in found.items()}
