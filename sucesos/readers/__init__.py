"""Article readers: files, folders and stdin → `sucesos.models.Article`.

Entry point: `read_articles(paths, errors=...)`. Formats: .txt (optional ``Key: value``
header, see `sucesos.readers.text`), .html/.htm (trafilatura), .json, .jsonl/.ndjson,
.csv/.tsv, each optionally gzip-compressed; "-" is stdin. Bad input is reported as
`ReadError` ("path:line: reason") and skipped, never raised.
"""

from sucesos.readers.dates import parse_date
from sucesos.readers.errors import ReadError
from sucesos.readers.files import FORMATS, format_of, iter_folder, read_articles
from sucesos.readers.language import detect_language, normalize_language
from sucesos.readers.records import (
    DEFAULT_MAX_FILE_BYTES,
    DEFAULT_MAX_TEXT_CHARS,
    FIELD_ALIASES,
)

__all__ = [
    "DEFAULT_MAX_FILE_BYTES",
    "DEFAULT_MAX_TEXT_CHARS",
    "FIELD_ALIASES",
    "FORMATS",
    "ReadError",
    "detect_language",
    "format_of",
    "iter_folder",
    "normalize_language",
    "parse_date",
    "read_articles",
]
