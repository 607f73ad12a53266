"""A starting price written with a suffix or a Greek "από" triggers a "from" rule (set 20).

Duna Hajó, a Hungarian river-cruise operator, and Kyma Boats, a Greek one (both invented for
these tests), require a basis line beside every starting price (``trigger_prices: [from]``).
Hungarian puts "from" in a suffix after the price ("4 500 Ft-tól", "900 Ft/főtől", "12 000
HUF-tól") and Greek writes "από 12,90 €"; neither was read as a starting price, so the line
was never required. A plain price and a length in feet stay no starting price.
"""

from __future__ import annotations

from compliance_helpers import email_brand, fired, rule

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack


def _pack(name: str, locale: str, zone: str, line: str) -> BrandPack:
    basis = rule("basis", "disclosure", {"trigger_prices": ["from"], "required_any": [line]})
    return parse_pack({"brand": email_brand(name, locale, zone), "rules": [basis]}, source="t")


def test_a_hungarian_suffixed_starting_price_needs_the_line(check) -> None:
    pack = _pack("Duna Hajó", "hu-HU", "Europe/Budapest", "Az ár a legolcsóbb járatra vonatkozik.")
    for body in (
        "Esti hajózás 4 500 Ft-tól a belvárosban.",
        "Sétahajó 900 Ft/főtől, minden órában.",
        "Naplementés út 12 000 HUF-tól.",
    ):
        assert "basis" in fired(check(pack, channel="email", subject="Hajózás", body=body)), body
    for body in ("Esti hajózás 4 500 Ft a belvárosban.", "A 6 ft long pole."):
        assert "basis" not in fired(check(pack, channel="email", subject="Hajózás", body=body))


def test_a_greek_starting_price_needs_the_line(check) -> None:
    pack = _pack("Kyma Boats", "el-GR", "Europe/Athens", "Η τιμή αφορά την οικονομική θέση.")
    body = "Κρουαζιέρα στο ηλιοβασίλεμα από 12,90 € το άτομο."
    assert "basis" in fired(check(pack, channel="email", subject="Κρουαζιέρα", body=body))
    body = "Κρουαζιέρα στο ηλιοβασίλεμα: 12,90 € το άτομο."
    assert "basis" not in fired(check(pack, channel="email", subject="Κρουαζιέρα", body=body))
