"""Who an English verb or a capital names as the victim: a name ("killed Juan Pérez"), a
title before it ("shot dead mayoral hopeful Ana Ruiz", "killed local journalist"), and the
capitalised words that open no name (days, months, institutions). Split from
`sucesos.extract.victims`; word lists in `sucesos/data/lexicon/counts.toml`."""

from __future__ import annotations

from functools import cache

from sucesos.extract.count_words import Sentence, lexicons, one_person
from sucesos.extract.lexicon import load_data


def capitalised(s: Sentence, i: int) -> bool:
    """Whether token `i` is written with a capital and is not all capitals: a name."""
    if s.text is None:
        return False
    original = s.text[s.tokens[i].start : s.tokens[i].end]
    return original[:1].isupper() and not original.isupper()


# How many lower-case words of a title may stand between an English verb and the victim they
# title ("shot dead mayoral hopeful Ana Ruiz", "killed former municipal police chief Juan
# Pérez", "gunned down local journalist").
TITLE_WORDS = 4


def titled_victim(i: int, s: Sentence) -> tuple[int, str | None] | None:
    """(value, group) of the victim an English verb names with no article, after lower-case
    words that title them: a name ("shot dead mayoral hopeful Ana Ruiz": 1) or a people noun
    ("killed local journalist": 1); None when the words run into anything else ("killed in
    the attack", "killed Tuesday")."""
    lex = lexicons()
    tokens = s.tokens
    for k in range(i, min(len(tokens), i + TITLE_WORDS + 1)):
        if k > i and tokens[k].after_break:
            return None
        if k in s.groups:
            head, group = s.groups[k]
            while head + 1 in s.groups and not tokens[head + 1].after_break:
                head = s.groups[head + 1][0]  # "police chief": the last noun heads the title
            value = 1 if one_person(tokens[head].word) else 2
            return value, None if group == "people" else group
        if capitalised(s, k):
            return (1, None) if k > i and tokens[k].word not in not_names() else None
        word = tokens[k].word
        if not word.isalpha() or word in lex.not_a_victim or word in _not_titles():
            return None
    return None


@cache
def _not_titles() -> frozenset[str]:
    """Words that end the title of a victim: where they were ("in") and whose or where from
    ("the killing of…": `[names] of_words`)."""
    data = load_data("lexicon/counts.toml")
    return frozenset([*data["victims"]["item_ends"], *data["names"]["of_words"]])


@cache
def not_names() -> frozenset[str]:
    """Capitalised words that open no person's name (`[names] not_names`: days, months,
    institutions)."""
    return frozenset(load_data("lexicon/counts.toml")["names"]["not_names"])
