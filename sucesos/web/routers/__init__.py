"""One router per resource: events, articles, stats, export; pages (HTML) and docs."""
