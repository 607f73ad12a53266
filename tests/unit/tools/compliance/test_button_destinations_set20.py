"""A button or a sentence naming where to go ("Ver consultorios") is no claim (issue 17, set 20).

Clínica Dental Marea, a Spanish-speaking dental chain invented for these tests, may state its
clinic count only as an approved claim, and "consultorios" is a claim trigger. A call-to-action
button that only says where it leads ("Ver consultorios", "Find our clinics") states no count;
a button that says more ("Ver nuestros 80 consultorios") is still a claim. A sentence that opens
by sending the reader to the clinics ("Visita nuestros consultorios y reserva …") is read the same.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import fired, rule

from nextbest.brand_context.ingest import parse_pack


def _pack() -> Any:
    return parse_pack(
        {
            "brand": {
                "name": "Clínica Dental Marea",
                "legal_name": "Clínica Dental Marea, S.A. de C.V.",
                "postal_address": "Av. del Mar 40, Mazatlán, Sinaloa, México",
                "sender_addresses": {"email": "hola@marea.example"},
                "channels": ["email"],
                "locales": ["es-MX"],
                "default_time_zone": "America/Mazatlan",
                "website_domains": ["marea.example"],
            },
            "claims": [
                {
                    "id": "red",
                    "text": "Más de 60 consultorios en el país.",
                    "category": "service",
                    "substantiation": "Padrón de consultorios",
                    "channels": ["email"],
                    "keywords": ["consultorios"],
                }
            ],
            "rules": [
                rule(
                    "afirmaciones",
                    "claim_grounding",
                    {"categories": ["service"], "extra_triggers": {"service": ["consultorios"]}},
                )
            ],
        },
        source="test",
    )


def _fires(check: Any, cta: str) -> bool:
    verdict = check(
        _pack(),
        channel="email",
        subject="Tu limpieza dental",
        body="Agenda tu limpieza dental: https://marea.example/citas",
        cta=cta,
        links=["https://marea.example/citas"],
    )
    return "afirmaciones" in fired(verdict)


def test_a_button_naming_its_destination_is_no_claim(check: Any) -> None:
    for cta in ("Ver consultorios", "Conoce nuestros consultorios", "Buscar consultorios →"):
        assert not _fires(check, cta), cta


def test_a_button_that_states_more_is_still_a_claim(check: Any) -> None:
    assert _fires(check, "Ver nuestros 80 consultorios")


def _body_fires(check: Any, sentence: str) -> bool:
    verdict = check(
        _pack(),
        channel="email",
        subject="Tu limpieza dental",
        body=f"{sentence}\n\nAgenda: https://marea.example/citas",
        links=["https://marea.example/citas"],
    )
    return "afirmaciones" in fired(verdict)


def test_a_sentence_sending_the_reader_to_the_clinics_is_no_claim(check: Any) -> None:
    assert not _body_fires(check, "Visita nuestros consultorios y reserva tu cita.")
    assert _body_fires(check, "Visita nuestros 80 consultorios y reserva tu cita.")
    assert _body_fires(check, "Tenemos consultorios en todo el país.")
