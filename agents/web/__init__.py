"""The web workspace: sign-in, roles and pages over one nextbest workspace (``nextbest serve``).

``agents.web.app.create_app(home)`` builds the FastAPI app; routers live in
:mod:`agents.web.routes`, templates in ``agents/web/templates``.
"""
