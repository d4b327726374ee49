"""/docs: Swagger UI from the vendored swagger-ui-dist files, so it needs no CDN.

The page loads its start-up code from /static/docs.js rather than an inline script, so it
works under the Content-Security-Policy every page is served with (`sucesos.web.guards`).
In private mode /docs and /openapi.json need the token like every other read.
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

_VENDOR = "/static/vendor/swagger-ui"

_PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>sucesos API</title>
<link rel="stylesheet" href="{_VENDOR}/swagger-ui.css">
<link rel="icon" href="{_VENDOR}/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui" data-openapi-url="/openapi.json"></div>
<script src="{_VENDOR}/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


@router.get("/docs")
def swagger_ui() -> HTMLResponse:
    """The interactive OpenAPI documentation."""
    return HTMLResponse(_PAGE)
