"""A figure that counts some of the people told before it: "atacaron una patrulla con cuatro
policías, matando a tres de ellos", "five workers were shot; three of them died", "dos de los
cuales fallecieron". A pronoun after the number refers back to those people, whoever they are
(the nearest noun may be the attackers): the figure is marked a part of them, so that it adds
to none of the record's figures as large as it (`assemble.figures`). Word list:
`sucesos/data/lexicon/counts.toml` [fillers] partitive_pronouns."""

from __future__ import annotations

from dataclasses import replace

from sucesos.extract.count_words import CountMention, Sentence, lexicons


def partitive_parts(s: Sentence, counts: list[CountMention]) -> list[CountMention]:
    """`counts` with each figure whose number a partitive pronoun follows marked a `part`."""
    if not counts:
        return counts
    lex = lexicons()
    tokens = s.tokens
    end_index = s.end_index
    longest = max((len(p) for p in lex.partitive_pronouns), default=0)
    out: list[CountMention] = []
    for c in counts:
        last = end_index.get(c.end)
        if last is None or c.total or c.group is not None:
            out.append(c)
            continue
        after = tokens[last + 1 : last + 1 + longest]
        words = tuple(t.word for t in after)
        picked = any(
            words[: len(p)] == p and not any(t.after_break for t in after[: len(p)])
            for p in lex.partitive_pronouns
        )
        out.append(replace(c, part=True) if picked else c)
    return out
