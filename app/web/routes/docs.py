"""OpenAPI schema and API docs for signed-in users (viewer and up).

The docs page is rendered here from the OpenAPI schema rather than by Swagger UI, which would
fetch its scripts from a CDN: the workspace must work offline. Each operation shows the least
role it needs, read from the same permission table the server enforces, the schema of its JSON
body and of each response; the schemas themselves are listed below the operations with their
fields.
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
_REF = "#/components/schemas/"


def type_label(schema: dict[str, Any]) -> str:
    """A short, readable type of a JSON schema, e.g. ``list[TokenOut]`` or ``string | null``.

    Args:
        schema: A JSON schema fragment from the OpenAPI document.

    Returns:
        The referenced model's name, or the type spelled out.
    """
    if "$ref" in schema:
        return str(schema["$ref"]).removeprefix(_REF)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " | ".join(type_label(s) for s in schema[key])
    if "enum" in schema:
        return " | ".join(repr(v) for v in schema["enum"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list[{type_label(schema.get('items', {}))}]"
    if kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        return f"dict[string, {type_label(schema['additionalProperties'])}]"
    return str(kind)


def _json_schema(holder: dict[str, Any]) -> dict[str, Any] | None:
    schema = holder.get("content", {}).get("application/json", {}).get("schema")
    return schema if isinstance(schema, dict) and schema else None


def _refs(schema: Any) -> set[str]:
    """Names of the component schemas a schema fragment refers to (not recursively)."""
    if isinstance(schema, dict):
        found = (
            {schema["$ref"].removeprefix(_REF)} if isinstance(schema.get("$ref"), str) else set()
        )
        return found.union(*(_refs(v) for v in schema.values()))
    if isinstance(schema, list):
        return set().union(*(_refs(v) for v in schema))
    return set()


def schemas_used(schema: dict[str, Any], operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The component schemas the operations use, directly or through another, with their fields.

    Args:
        schema: The OpenAPI document.
        operations: The OpenAPI operation objects shown.

    Returns:
        One dict per schema, by name: ``name``, ``description`` and ``fields`` (each ``name``,
        ``type``, ``required``, ``description``).
    """
    components = schema.get("components", {}).get("schemas", {})
    todo = set().union(*(_refs(op) for op in operations)) if operations else set()
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or name not in components:
            continue
        seen.add(name)
        todo |= _refs(components[name])
    shown = []
    for name in sorted(seen):
        component = components[name]
        required = set(component.get("required", []))
        shown.append(
            {
                "name": name,
                "description": component.get("description", ""),
                "fields": [
                    {
                        "name": field,
                        "type": type_label(sub),
                        "required": field in required,
                        "description": sub.get("description", ""),
                    }
                    for field, sub in component.get("properties", {}).items()
                ],
            }
        )
    return shown


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
    shown: list[dict[str, Any]] = []
    for path, item in sorted(schema.get("paths", {}).items()):
        if not path.startswith("/api/"):
            continue
        for method in _METHODS:
            if method not in item:
                continue
            operation = item[method]
            shown.append(operation)
            body = _json_schema(operation.get("requestBody", {}))
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
                    "request": type_label(body) if body else "",
                    "responses": [
                        {"status": status, "type": type_label(found) if found else ""}
                        for status, response in operation.get("responses", {}).items()
                        if (found := _json_schema(response)) or status.startswith("2")
                    ],
                    "role": roles.get((method.upper(), path), "?"),
                }
            )
    return render(
        request,
        "api_docs.j2",
        {"title": "API", "operations": operations, "schemas": schemas_used(schema, shown)},
    )
