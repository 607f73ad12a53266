"""Copy written on the line above a mandated line is still judged for its language (set 21).

Ottica Fiordaliso, an optician invented for these tests, writes in Italian and must print its
long waiting-period line under any price. A paragraph whose copy line was Spanish and whose next
line was that mandated line was read as footer as a whole (half its characters or more were
mandated), so Spanish copy went out under an Italian-only rule. Each line of such a paragraph is
now judged by its own share of mandated wording; a paragraph naming the legal name stays footer.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack

_LINE = (
    "Periodo di attesa: nessuno per le visite di controllo, fino a 90 giorni per le lenti "
    "progressive e gli altri trattamenti previsti dal regolamento del piano."
)
_FOOTER = (
    "Ottica Fiordaliso S.r.l., Via Roma 12, 40121 Bologna\n"
    "Per non ricevere più le nostre e-mail: https://fiordaliso.example/disiscrizione"
)


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Ottica Fiordaliso",
                "legal_name": "Ottica Fiordaliso S.r.l.",
                "postal_address": "Via Roma 12, 40121 Bologna",
                "sender_addresses": {"email": "ciao@fiordaliso.example"},
                "channels": ["email"],
                "default_time_zone": "Europe/Rome",
                "website_domains": ["fiordaliso.example"],
            },
            "rules": [
                rule("lingua", "language", {"allowed": ["it"]}),
                rule("attesa", "required_element", {"element": "statement", "text": _LINE}),
            ],
        },
        source="test",
    )


def _fired(check: Any, copy: str) -> set[str]:
    body = f"Hola, Marta:\n\n{copy}\n{_LINE}\n\n{_FOOTER}"
    return fired(check(_pack(), channel="email", subject="Occhiali", body=body))


def test_spanish_copy_above_the_mandated_line_blocks(check: Any) -> None:
    copy = "El plan cuesta 9 euros al mes y es ideal para usted y su familia. Pida su cita hoy."
    assert "lingua" in _fired(check, copy)


def test_italian_copy_above_the_mandated_line_passes(check: Any) -> None:
    copy = "Il piano costa 9 euro al mese ed è ideale per te e la tua famiglia. Prenota oggi."
    assert "lingua" not in _fired(check, copy)
