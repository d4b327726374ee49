"""JSON answers encoded with orjson: the API's large answers (a long window's counts by day
are 25,000 rows, 1.8 MB) take a tenth of the standard library's time to encode."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi.responses import JSONResponse


class FastJSONResponse(JSONResponse):
    """A `JSONResponse` rendered by orjson (UTF-8, compact; dates as ISO text)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)
