"""Routers of the web workspace, discovered automatically: add a module, it is served.

Each module exposes ``router: fastapi.APIRouter``. Every route declares its least role with
``Depends(require_role(Role.X))`` (or ``dependencies=[Depends(public)]``) from
:mod:`nextbest.app.web.auth`; pages render with :func:`nextbest.app.web.pages.render`, JSON lives
under
``/api/...``. For the route-permission test (``tests/unit/web/test_route_permissions.py``) a
module whose routes have path parameters or required query parameters also exposes one of:

- ``EXAMPLES: dict[str, dict[str, str]]`` — path template → example values; keys that are not
  path parameters are sent as query parameters;
- ``def examples(home: pathlib.Path) -> dict[str, dict[str, str]]`` — the same, after creating
  what the examples need in the test workspace ``home`` (the sample brand is loaded; users
  ``vera`` viewer, ``mark`` marketer, ``cora`` and ``colin`` compliance, ``ada`` admin exist).

A GET route is expected to answer 200 to every role it admits; a module may say otherwise with
``EXPECTED_STATUS: dict[str, int]`` (path template → status, e.g. 303 for a redirecting GET).
Optionally ``def dashboard(request, principal) -> list[nextbest.app.web.routes.home.Panel]`` adds
panels to the home page ("what is pending").
"""
