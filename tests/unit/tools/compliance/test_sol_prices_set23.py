"""Prices in Peruvian soles ("S/ 2 450", "S/. 80", "320 soles") are read (issue 17, set 23).

Cocina Rímac, a cooking school invented for these tests, requires a tax line by every price and
a basis line by every starting price, and has one approved price offer. A sol price was no price
to the disclosure or offer rules, so a price without its tax line, a "desde" price without its
basis, and an offer price without its conditions went through. A path in a link ("/s/12") stays
no price.
"""

from __future__ import annotations

from datetime import date, datetime

from compliance_helpers import email_brand, email_fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

_DAY = date(2027, 5, 10)
_TAX = "Todos los precios incluyen IGV."
_BASIS = "Precio desde, por alumno, en grupo de ocho."
_TERMS = "Curso de cebiches a S/ 380 por alumno. Inscripciones hasta el 31 de mayo de 2027."


def _pack() -> BrandPack:
    return parse_pack(
        {
            "brand": email_brand("Cocina Rimac", "es-PE", "America/Lima"),
            "rules": [
                rule("tax", "disclosure", {"trigger_prices": ["any"], "required_any": [_TAX]}),
                rule("basis", "disclosure", {"trigger_prices": ["from"], "required_any": [_BASIS]}),
                rule("offers", "offer_terms", {"conditions_within_chars": 300}),
            ],
            "products": [
                {
                    "id": "cebiches",
                    "name": "Curso de cebiches",
                    "list_price": 450,
                    "currency": "PEN",
                }
            ],
            "offers": [
                {
                    "id": "mayo",
                    "name": "Curso de cebiches a S/ 380",
                    "terms": _TERMS,
                    "discount_type": "price",
                    "discount_amount": 380,
                    "currency": "PEN",
                    "channels": ["email"],
                    "products": ["cebiches"],
                    "valid_from": "2027-05-01",
                    "valid_until": "2027-05-31",
                }
            ],
        },
        source="test",
    )


def _fired(body: str, offer_id: str | None = None) -> set[str]:
    send_time = datetime(2027, 5, 10, 15, 0)
    return email_fired(
        _pack(), body, subject="Cursos de mayo", send_time=send_time, as_of=_DAY, offer_id=offer_id
    )


def test_a_sol_price_needs_the_tax_line() -> None:
    assert "tax" in _fired("Curso de cebiches por S/ 450 por alumno.")
    assert "tax" in _fired("Curso de cebiches por S/. 450 por alumno.")
    assert "tax" in _fired("Curso de cebiches por 450 soles por alumno.")
    assert "tax" not in _fired(f"Curso de cebiches por S/ 450 por alumno. {_TAX}")


def test_a_sol_starting_price_needs_its_basis() -> None:
    assert "basis" in _fired(f"Cursos desde S/ 1 250. {_TAX}")
    assert "basis" not in _fired(f"Cursos desde S/ 1 250. {_TAX} {_BASIS}")


def test_a_sol_offer_price_needs_its_conditions() -> None:
    assert "offers" in _fired(f"Curso de cebiches a S/ 380 por alumno. {_TAX}", "mayo")
    assert "offers" not in _fired(f"{_TERMS} {_TAX}", "mayo")


def test_a_path_in_a_link_is_no_sol_price() -> None:
    assert "tax" not in _fired("Vea el menú en https://rimac.example/s/12 esta semana.")
