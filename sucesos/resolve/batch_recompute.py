"""How a batch resolver brings an event up to date once a report joined it (`Recompute`):
the report added to the event's sums when it comes last and relabels no other report, else
the sums made again from every report; the new row queued as a version with the fields it
moved; the event indexed by (state, family) for the batch's later records.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from sucesos.resolve.batch_rows import BatchEvent, Linked, PendingRows
from sucesos.resolve.event_sums import EventSums, FactsCache, SumsCache
from sucesos.resolve.match import event_cluster
from sucesos.resolve.merge import article_outlets, label_reports, moved_fields, version_changes
from sucesos.resolve.syndication import originals


class Recompute:
    """The part of `BatchResolver` that computes events; the resolver sets these attributes."""

    conn: sa.Connection
    facts: FactsCache
    sums: SumsCache | None
    blocks: dict[tuple[str, str], dict[str, BatchEvent]]
    copies: dict[str, str]
    outlets: dict[str, str]
    rows: PendingRows

    def _learn_articles(self, article_ids: list[str]) -> None:
        """Copies and outlets of stored articles, read once per batch."""
        unknown = [a for a in dict.fromkeys(article_ids) if a not in self.outlets]
        if not unknown:
            return
        self.copies.update(originals(self.conn, unknown))
        self.outlets.update(article_outlets(self.conn, unknown))

    def _recompute(
        self, event: BatchEvent, reason: str, added: Linked | None = None
    ) -> dict[str, Any]:
        """Compute the event from its reports and queue its version. `added`: the report
        just linked, added to the event's sums when it comes last and relabels no other
        report; else the sums are made again from every report."""
        sums = event.sums
        if sums is None and len(event.linked) == 1 and event.linked[0] is added:  # a new event
            sums = event.sums = EventSums()
            if self.sums is not None:
                self.sums.put(event.id, sums)
        if not (
            added is not None
            and sums is not None
            and event.linked[-1] is added
            and self._add_report(sums, added)
        ):
            article_ids = [a["id"] for _, a in event.linked]
            self._learn_articles(
                [a for a in article_ids if a not in self.outlets]
                + [o for a in article_ids if (o := self.copies.get(a)) and o not in self.outlets]
            )
            reports = label_reports(event.linked, self.copies, self.outlets)
            facts = [self.facts.get(r) for r, _ in event.linked]
            sums = event.sums = EventSums.of(event.linked, reports, facts)
            if self.sums is not None:
                self.sums.put(event.id, sums)
        row, figures = sums.row(event.id)
        records = [r.id for r, _ in event.linked]
        if event.row is not None:
            changes = moved_fields(event.row, row)
            if changes:
                reason = f"{reason}; {', '.join(changes)}"
        event.version += 1
        self.rows.versions.append(
            {
                "event_id": event.id,
                "version": event.version,
                "at": row["updated_at"],
                "reason": reason,
                "snapshot": version_changes(
                    event.row, event.figures, event.records, row, figures, records
                ),
            }
        )
        event.row, event.figures, event.records = row, figures, records
        event.cluster = event_cluster(event.id, row)
        self._index(event)
        return row

    def _add_report(self, sums: EventSums, added: Linked) -> bool:
        """Add the report just linked to an event's sums, labelled and keyed by source as
        `label_reports` would; False, adding nothing, when it would relabel others."""
        record, article = added
        original = self.copies.get(article["id"])
        self._learn_articles([article["id"]] + ([original] if original else []))
        outlet = self.outlets[article["id"]]
        label = sums.label_of(article["id"], outlet)
        if label is None:
            return False
        source_key = self.outlets.get(original, outlet) if original else outlet
        sums.add(article, label, outlet, source_key, self.facts.get(record))
        return True

    def _index(self, event: BatchEvent) -> None:
        """Keep the batch's events findable by (state, family) for later records."""
        if event.block is not None:
            self.blocks.get(event.block, {}).pop(event.id, None)
            event.block = None
        c = event.cluster
        if c is None and event.row is None and event.stored is not None:
            c = event.cluster = event_cluster(event.id, event.stored)
        if c is not None and c.state is not None:
            event.block = (c.state, c.family)
            self.blocks.setdefault(event.block, {})[event.id] = event
