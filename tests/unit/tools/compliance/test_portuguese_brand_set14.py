"""Fourteenth-blind-set causes on a Portuguese brand (issue 17): personal data and more.

The brand is Falésia Energia, a Portuguese energy retailer built here in code (not the sample
brand, not an eval brand). The sender's company number in the footer is no personal data; a
label the pack names as personal followed by its figure still is, and an anti-phishing warning
that lists labels without values is none. The name of an identifier ("IBAN") is an acronym, not
shouting; a free call to the brand is no free offer; a monthly list price restated per day is no
price cut, and a subject repeating that price per day headlines it; a Portuguese half-price subject
needs half the price.
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
    "support_contact": "800 11 22 33",
}
PERSONAL: dict[str, Any] = {
    "id": "dados-pessoais",
    "kind": "personal_data",
    "description": "No NIF, IBAN or date of birth in copy.",
    "rationale": "tests",
    "source": "test suite",
    "params": {"labelled": ["NIF", "IBAN", "data de nascimento"]},
}
CAPS: dict[str, Any] = {
    "id": "maiusculas",
    "kind": "capitals",
    "severity": "warn",
    "description": "No shouting.",
    "rationale": "tests",
    "source": "test suite",
}
OFFERS: dict[str, Any] = {
    "id": "ofertas",
    "kind": "offer_terms",
    "description": "Promotions match an approved offer.",
    "rationale": "tests",
    "source": "test suite",
}
SUBJECT: dict[str, Any] = {
    "id": "assunto",
    "kind": "subject_honesty",
    "description": "Subjects promise only what the message gives.",
    "rationale": "tests",
    "source": "test suite",
}
FOOTER = "Falésia Energia Renovável, Lda., Rua do Almada 412, 4050-036 Porto."


def _pack(rule: dict[str, Any] | None = None) -> BrandPack:
    return parse_pack({"brand": BRAND, "rules": [rule or PERSONAL]}, source="test")


def _fired(check, body: str) -> bool:  # type: ignore[no-untyped-def]
    verdict = check(_pack(), channel="email", subject="Novidades", body=body)
    return "dados-pessoais" in verdict.fired_rule_ids


def _tariff_pack() -> BrandPack:
    """The brand with its offer rule and one product, the Tarifa Solar at 42 € a month."""
    product = {
        "id": "tarifa-solar",
        "name": "Tarifa Solar",
        "list_price": 42.0,
        "currency": "EUR",
        "category": "tarifa",
    }
    return parse_pack({"brand": BRAND, "rules": [OFFERS], "products": [product]}, source="test")


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


def test_the_name_of_an_identifier_is_no_shouting(check) -> None:
    body = "A Falésia nunca lhe pede o IBAN nem o código SWIFT por e-mail."
    verdict = check(_pack(CAPS), channel="email", subject="Segurança", body=body)
    assert "maiusculas" not in verdict.fired_rule_ids, verdict.violations
    body = "A Falésia nunca lhe pede o IBAN. Mude JÁ para a tarifa solar."
    verdict = check(_pack(CAPS), channel="email", subject="Segurança", body=body)
    assert "maiusculas" not in verdict.fired_rule_ids  # "JÁ": too short to count
    body = "A Falésia nunca lhe pede o IBAN. Mude AGORA para a tarifa solar."
    verdict = check(_pack(CAPS), channel="email", subject="Segurança", body=body)
    assert "maiusculas" in verdict.fired_rule_ids


def test_a_free_call_to_the_brand_is_no_free_offer(check) -> None:
    body = "Dúvidas sobre a sua fatura? Ligue 800 11 22 33 (chamada gratuita)."
    verdict = check(_pack(OFFERS), channel="email", subject="A sua fatura", body=body)
    assert "ofertas" not in verdict.fired_rule_ids, verdict.violations
    body = "Mude para a Falésia: instalação gratuita do contador inteligente."
    verdict = check(_pack(OFFERS), channel="email", subject="A sua fatura", body=body)
    assert "ofertas" in verdict.fired_rule_ids


def test_a_portuguese_half_price_subject_needs_half_the_price(check) -> None:
    cut = "Tarifa Solar por 30,00 €/mês nos primeiros 3 meses, depois 42,00 €/mês."
    half = "Tarifa Solar por 21,00 €/mês nos primeiros 3 meses, depois 42,00 €/mês."
    for subject in ("Tarifa Solar a metade do preço!", "Tarifa Solar a meio preço"):
        verdict = check(_pack(SUBJECT), channel="email", subject=subject, body=cut)
        assert "assunto" in verdict.fired_rule_ids, subject
        verdict = check(_pack(SUBJECT), channel="email", subject=subject, body=half)
        assert "assunto" not in verdict.fired_rule_ids, verdict.violations


def test_a_monthly_list_price_restated_per_day_is_no_price_cut(check) -> None:
    pack = _tariff_pack()
    body = "Por 42,00 €/mês, a Tarifa Solar fica em 1,40 € por dia."
    verdict = check(pack, channel="email", subject="Tarifa Solar", body=body)
    assert "ofertas" not in verdict.fired_rule_ids, verdict.violations
    body = "Por 42,00 €/mês, a Tarifa Solar fica em 1,20 € por dia."
    verdict = check(pack, channel="email", subject="Tarifa Solar", body=body)
    assert "ofertas" in verdict.fired_rule_ids  # 36 € a month: below the list price


def test_a_subject_repeating_the_bodys_list_price_per_day_is_no_promotion(check) -> None:
    pack = _tariff_pack()
    subject = "Energia solar por 1,40 € por dia"
    body = "Por 42,00 €/mês, a Tarifa Solar fica em 1,40 € por dia."
    verdict = check(pack, channel="email", subject=subject, body=body)
    assert "ofertas" not in verdict.fired_rule_ids, verdict.violations
    body = "A Tarifa Solar custa 42,00 €/mês."
    verdict = check(pack, channel="email", subject=subject, body=body)
    assert "ofertas" in verdict.fired_rule_ids  # the body never states 1,40 €
    subject = "Energia solar por 1,20 € por dia"
    body = "Por 42,00 €/mês, a Tarifa Solar fica em 1,20 € por dia."
    verdict = check(pack, channel="email", subject=subject, body=body)
    assert "ofertas" in verdict.fired_rule_ids  # below the list price, in both fields
