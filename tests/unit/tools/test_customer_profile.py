"""`customers profile`: DuckDB SUMMARIZE over a table, and a schema proposed from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from nextbest.tools.customer_profile import profile
from nextbest.tools.customers import CustomerSource, SourceError
from nextbest.tools.sample_customers import sample_schema, write_customers

ROOT = Path(__file__).resolve().parents[3]
CRM = ROOT / "evals" / "customers" / "crm_export" / "crm_export.csv"


def test_the_crm_export_profile_proposes_its_roles_and_features() -> None:
    found = profile(CustomerSource(str(CRM)))
    schema = found.schema_
    roles = schema.roles
    assert roles.id.column == "Contact ID" and roles.email.column == "Email Address"
    assert roles.phone.column == "Mobile" and roles.first_name.column == "First Name"
    assert roles.time_zone.column == "Timezone" and roles.locale.column == "Preferred Language"
    assert {c: r.column for c, r in roles.consent.items()} == {
        "email": "Email Opt-In",
        "sms": "SMS Consent",
        "push": "Push Enabled",
    }
    assert roles.consent["push"].values == {"0": "none", "1": "opt_in"}
    assert "maybe" not in (roles.consent["sms"].values or {})  # unknown words are not proposed
    assert [d.column for d in roles.unsubscribed_at["email"]] == ["Unsubscribed Date"]
    assert [d.column for d in roles.unsubscribed_at["sms"]] == ["SMS Opt-Out Date"]
    assert [d.column for d in roles.complained_at["email"]] == ["Spam Complaint Date"]
    assert roles.birth_date is not None and roles.birth_date.format == "%m/%d/%Y"
    assert roles.last_contact["sms"].format == "%Y-%m-%dT%H:%M:%SZ"
    assert roles.suppressed is not None and roles.suppressed.true_values == ["Yes"]
    kinds = {f.column: f.kind for f in schema.features}
    assert kinds["Lifetime Value"] == "numeric" and kinds["Skin Type"] == "categorical"
    assert next(f for f in schema.features if f.column == "Account Created").date_format
    assert schema.warnings() == []
    by_name = {c.name: c for c in found.columns}
    assert by_name["Last Name"].proposed == "unmapped"
    assert 0.99 < by_name["Do Not Contact"].blank_share < 1.0


def test_the_sample_table_profile_matches_its_schema_roles(tmp_path: Path) -> None:
    path = write_customers(tmp_path / "c.csv", 300)
    proposed = profile(CustomerSource(str(path))).schema_
    assert proposed.roles.id.column == "customer_id"
    assert set(proposed.roles.consent) == set(sample_schema().roles.consent)


def test_a_table_without_an_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("name,spend\nAna,10\nBen,20\n")
    with pytest.raises(SourceError, match="customer id"):
        profile(CustomerSource(str(path)))
