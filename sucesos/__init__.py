"""sucesos: structured, sourced, mapped event data about organized-crime and political
violence in Mexico, from Spanish and English news reports."""

from sucesos.api import IngestSummary, Store, export, ingest, open_store
from sucesos.models import Actor, Article, Count, EventRecord, Evidence, Location, SourceRef

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Count",
    "EventRecord",
    "Evidence",
    "IngestSummary",
    "Location",
    "SourceRef",
    "Store",
    "__version__",
    "export",
    "ingest",
    "open_store",
]
