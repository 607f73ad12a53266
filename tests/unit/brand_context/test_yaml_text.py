"""Region codes and other bare words in owners' YAML stay strings (YAML 1.2 booleans only)."""

from __future__ import annotations

from pathlib import Path

from nextbest.brand_context.ingest import load_pack
from nextbest.brand_context.yaml_text import load_yaml_text

PACK = """\
brand:
  name: Loonfield Provisions
  short_name: Loonfield
  legal_name: Loonfield Provisions Ltd.
  postal_address: 12 Harbour Road, Kingston, ON K7L 1A1
  channels: [email, sms]
  default_time_zone: America/Toronto
  website_domains: [loonfield.example]
rules:
  - id: provinces
    kind: audience
    description: Only recipients in Ontario or Norway.
    rationale: Licensed in two regions only.
    source: Licence terms
    params:
      allowed_regions: [ON, NO]
  - id: offers
    kind: offer_terms
    description: Promotions need an offer.
    rationale: Consumer protection.
    source: Brand policy
    params:
      require_offer_id: no
"""


def test_bare_region_codes_stay_region_codes() -> None:
    assert load_yaml_text("regions: [ON, NO, yes, off, Y, n]") == {
        "regions": ["ON", "NO", "yes", "off", "Y", "n"]
    }


def test_true_false_numbers_and_dates_read_as_before() -> None:
    data = load_yaml_text("a: true\nb: False\nc: TRUE\nd: 1.5\ne: 2027-01-04\nf: null\ng: 7")
    assert data["a"] is True and data["b"] is False and data["c"] is True
    assert data["d"] == 1.5 and str(data["e"]) == "2027-01-04" and data["f"] is None
    assert data["g"] == 7


def test_a_pack_with_an_unquoted_province_code_loads(tmp_path: Path) -> None:
    path = tmp_path / "brand.yaml"
    path.write_text(PACK, encoding="utf-8")
    pack = load_pack(path)
    audience = next(rule for rule in pack.rules if rule.id == "provinces")
    assert audience.params.allowed_regions == ["ON", "NO"]  # type: ignore[union-attr]
    offers = next(rule for rule in pack.rules if rule.id == "offers")
    assert offers.params.require_offer_id is False  # type: ignore[union-attr]  # "no" still a bool
