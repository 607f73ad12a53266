"""The web workspace: sign-in, roles and pages over one nextbest workspace (``nextbest serve``).

``nextbest.app.web.app.create_app(home)`` builds the FastAPI app; routers live in
:mod:`nextbest.app.web.routes`, templates in ``agents/web/templates``.
"""
