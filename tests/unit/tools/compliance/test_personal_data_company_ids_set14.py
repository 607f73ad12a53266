"""Fourteenth-blind-set causes in the personal data rule (issue 17), on an invented brand.

The brand is Falésia Energia, a Portuguese energy retailer built here in code (not the sample
brand, not an eval brand). The sender's company number in the footer is no personal data; a
label the pack names as personal followed by its figure still is, and an anti-phishing warning
that lists labels without values is none.
"""

from __future__ import annotations

from typing import Any

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack

BRAND: dict[str, Any] = {
    "name": "Falésia Energia",
    "legal_name": "Falésia Energia Renovável, Lda.",
    "postal_address": "Rua do Almada 412, 4050-036 Porto, Portugal",
    "sender_addresses": {"email": "novidades@falesia.pt", "sms": "Falesia"},
    "channels": ["email", "sms"],
    "default_time_zone": "Europe/Lisbon",
    "website_domains": ["falesia.pt"],
}
PERSONAL: dict[str, Any] = {
    "id": "dados-pessoais",
    "kind": "personal_data",
    "description": "No NIF, IBAN or date of birth in copy.",
    "rationale": "tests",
    "source": "test suite",
    "params": {"labelled": ["NIF", "IBAN", "data de nascimento"]},
}
FOOTER = "Falésia Energia Renovável, Lda., Rua do Almada 412, 4050-036 Porto."


def _pack() -> BrandPack:
    return parse_pack({"brand": BRAND, "rules": [PERSONAL]}, source="test")


def _fired(check, body: str) -> bool:  # type: ignore[no-untyped-def]
    verdict = check(_pack(), channel="email", subject="Novidades", body=body)
    return "dados-pessoais" in verdict.fired_rule_ids


def test_the_brands_labelled_company_number_is_no_personal_data(check) -> None:
    for footer in (
        f"{FOOTER} NIPC 509 876 543.",
        f"{FOOTER}\nCapital social 50 000 €. NIPC: 509 876 543.",
        "Falésia Energie B.V., Keizersgracht 12, Amsterdam. BTW-nummer NL 812 345 678.",
        "Falésia Energie GmbH, Hauptstraße 5, Köln. MwSt-Nr. 123 456 789.",
        "Falesia Energia S.r.l., Via Roma 3, Torino. P.IVA 012 345 678.",
    ):
        body = f"Olá Rita,\n\nA sua nova tarifa já está ativa.\n\n{footer}"
        assert not _fired(check, body), footer


def test_a_number_in_the_line_naming_the_sender_is_the_companys(check) -> None:
    body = f"Olá Rita,\n\nA sua nova tarifa já está ativa.\n\n{FOOTER} 222 345 678."
    assert not _fired(check, body)


def test_a_persons_number_elsewhere_still_blocks(check) -> None:
    body = f"Olá Rita,\n\nConfirmámos os seus dados: NIF 234 567 890.\n\n{FOOTER} NIPC 509 876 543."
    assert _fired(check, body)  # the pack names NIF as personal: no company reading
    body = f"Olá Rita,\n\nO número 912 345 678 da Rita foi adicionado.\n\n{FOOTER}"
    assert _fired(check, body)  # a phone number outside the footer line
    body = f"Olá Rita,\n\nO seu NIPC 509 876 543 foi confirmado.\n\n{FOOTER}"
    assert _fired(check, body)  # "o seu NIPC": the reader's


def test_a_warning_that_lists_labels_without_values_is_no_personal_data(check) -> None:
    body = (
        "A Falésia nunca lhe pede o NIF, o IBAN ou códigos de acesso por SMS ou e-mail.\n\n"
        f"{FOOTER} NIPC 509 876 543."
    )
    assert not _fired(check, body)
    body = f"Confirme o NIF, o IBAN PT50 0002 0123 1234 5678 9015 4.\n\n{FOOTER}"
    assert _fired(check, body)  # an account number with its figures
    body = f"O seu NIF ABCD1234 está registado.\n\n{FOOTER}"
    assert _fired(check, body)  # a value in capitals that is no label
