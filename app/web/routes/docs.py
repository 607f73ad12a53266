"""OpenAPI schema and API docs for signed-in users (viewer and up).

The docs page is rendered here from the OpenAPI schema rather than by Swagger UI, which would
fetch its scripts from a CDN: the workspace must work offline. Each operation shows the least
role it needs, read from the same permission table the server enforces.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from nextbest.app.web.auth import Principal, require_role
from nextbest.app.web.pages import render
from nextbest.app.web.permissions import permission_table
from nextbest.brand_context.roles import Role

router = APIRouter()

_METHODS = ("get", "post", "put", "patch", "delete")


@router.get("/api/openapi.json", include_in_schema=False)
def openapi_json(
    request: Request, _: Principal = Depends(require_role(Role.VIEWER))
) -> dict[str, Any]:
    """The OpenAPI schema of the JSON API (``/api/...`` operations only, not the pages)."""
    schema = dict(request.app.openapi())
    schema["paths"] = {k: v for k, v in schema.get("paths", {}).items() if k.startswith("/api/")}
    return schema


@router.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request, _: Principal = Depends(require_role(Role.VIEWER))) -> Response:
    """Every ``/api`` operation: method, path, summary, parameters and least role."""
    schema = request.app.openapi()
    roles = {
        (method, entry.path): ("public" if entry.public else entry.min_role.label)
        for entry in permission_table(request.app)
        if entry.declared
        for method in entry.methods
    }
    operations = []
    for path, item in sorted(schema.get("paths", {}).items()):
        if not path.startswith("/api/"):
            continue
        for method in _METHODS:
            if method not in item:
                continue
            operation = item[method]
            operations.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": p.get("name", ""),
                            "in": p.get("in", ""),
                            "required": p.get("required", False),
                        }
                        for p in operation.get("parameters", [])
                    ],
                    "body": "requestBody" in operation,
                    "role": roles.get((method.upper(), path), "?"),
                }
            )
    return render(request, "api_docs.j2", {"title": "API", "operations": operations})
