"""sucesos: structured, sourced, mapped event data about organized-crime and political
violence in Mexico, from Spanish and English news reports.

The store-backed API (`open_store`, `ingest`, `export`, ...) is imported on first use, so that
`import sucesos.extract` stays light: extraction alone needs neither SQLAlchemy nor the
resolver.
"""

from typing import TYPE_CHECKING

from sucesos.lazy import lazy_names
from sucesos.models import Actor, Article, Count, EventRecord, Evidence, Location, SourceRef

if TYPE_CHECKING:
    from sucesos.api import IngestSummary, Store, export, ingest, open_store

__version__ = "0.1.0"

__getattr__ = lazy_names(
    __name__,
    dict.fromkeys(("IngestSummary", "Store", "export", "ingest", "open_store"), "sucesos.api"),
)


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
