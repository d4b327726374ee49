"""Alerts as an Atom feed (RFC 4287), for feed readers and chat bridges."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any
from xml.etree import ElementTree as ET

ATOM_NS = "http://www.w3.org/2005/Atom"

# Characters XML 1.0 forbids in a document (C0 controls but tab and line breaks, lone
# surrogates, U+FFFE/U+FFFF): ElementTree writes them as they are, giving a feed no reader
# can parse, so they become U+FFFD.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` with every character XML 1.0 cannot carry replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(
        parent, f"{{{ATOM_NS}}}{tag}", {k: xml_safe(v) for k, v in attrs.items()}
    )
    element.text = xml_safe(str(text))
    return element


def _content(alert: dict[str, Any]) -> str:
    lines = [alert.get("summary") or alert.get("title") or ""]
    for event in alert.get("events") or []:
        place = ", ".join(p for p in (event.get("admin2"), event.get("admin1")) if p)
        lines.append(
            f"- {event.get('date') or '?'} {event.get('category')} in {place or '?'}:"
            f" {event.get('fatalities') or 0} killed, {event.get('n_sources')} source(s)"
        )
        lines.extend(
            f"    {r.get('source')}: {r.get('url') or r.get('title')}"
            for r in event.get("reports") or []
        )
    return "\n".join(lines)


def alerts_atom(
    alerts: list[dict[str, Any]], *, base_url: str = "", title: str = "sucesos alerts"
) -> bytes:
    """An Atom document of `alerts` (newest first, as `list_alerts` returns them); each entry
    links to the alert's JSON at ``{base_url}/api/alerts/{id}``."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    _text(feed, "id", "urn:sucesos:alerts")
    _text(feed, "title", title)
    updated = alerts[0]["created_at"] if alerts else datetime.now(UTC).isoformat()
    _text(feed, "updated", updated)
    self_href = xml_safe(f"{base_url}/alerts.atom")
    ET.SubElement(feed, f"{{{ATOM_NS}}}link", {"rel": "self", "href": self_href})
    author = ET.SubElement(feed, f"{{{ATOM_NS}}}author")
    _text(author, "name", "sucesos")
    for alert in alerts:
        entry = ET.SubElement(feed, f"{{{ATOM_NS}}}entry")
        _text(entry, "id", f"urn:sucesos:alert:{alert['id']}")
        _text(entry, "title", alert.get("title") or f"{alert['kind']} alert {alert['id']}")
        _text(entry, "updated", alert["created_at"])
        _text(entry, "published", alert["created_at"])
        ET.SubElement(
            entry,
            f"{{{ATOM_NS}}}link",
            {
                "rel": "alternate",
                "type": "application/json",
                "href": xml_safe(f"{base_url}/api/alerts/{alert['id']}"),
            },
        )
        ET.SubElement(entry, f"{{{ATOM_NS}}}category", {"term": xml_safe(str(alert["kind"]))})
        _text(entry, "summary", alert.get("summary") or "")
        _text(entry, "content", _content(alert), type="text")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")
