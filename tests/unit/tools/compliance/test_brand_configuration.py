"""Brand configuration without regular expressions: per-channel conditions, element tests,
quiet-hour boundaries and mandated wording, on the made-up brand of ``test_any_brand``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from test_any_brand import DAY, FOOTER, NOON, _pack, _rule

from nextbest.brand_context.models import BrandPack
from nextbest.tools.compliance import Message, RuleEngine, Verdict


def _engine(change: Any) -> RuleEngine:
    data = _pack().model_dump(mode="json")
    change(data)
    return RuleEngine(BrandPack.model_validate(data))


def _check(engine: RuleEngine, **fields: Any) -> Verdict:
    fields.setdefault("send_time", NOON)
    return engine.check(Message(**fields), as_of=DAY)


def test_offer_conditions_may_have_a_short_form_per_channel() -> None:
    def short_sms(data: dict) -> None:
        offer = next(o for o in data["offers"] if o["id"] == "lock-10")
        offer["disclosure"] = "Trail Guard Lock only. Ends March 12, 2027. One per order."
        offer["disclosure_by_channel"] = {"sms": "Lock only, to Mar 12."}

    engine = _engine(short_sms)
    sms = "Spokewise: $10 off the Trail Guard Lock. Lock only, to Mar 12. Reply STOP to opt out."
    assert _check(engine, channel="sms", body=sms, offer_id="lock-10").decision == "pass"
    email = _check(
        engine,
        channel="email",
        subject="Lock deal",
        body="$10 off the Trail Guard Lock. Lock only, to Mar 12." + FOOTER,
        offer_id="lock-10",
    )
    assert "offers" in email.fired_rule_ids  # the short form is for SMS only


def test_brand_pattern_can_replace_the_builtin_test() -> None:
    def own_opt_out(data: dict) -> None:
        rule = next(r for r in data["rules"] if r["id"] == "sms-stop")
        rule["params"] = {
            "element": "stop",
            "patterns": [r"\bText END to leave\b"],
            "replace_builtin": True,
        }

    engine = _engine(own_opt_out)
    ok = _check(engine, channel="sms", body="Spokewise: tune-ups open. Text END to leave.")
    builtin = _check(engine, channel="sms", body="Spokewise: tune-ups open. Reply STOP to opt out.")
    assert "sms-stop" not in ok.fired_rule_ids
    assert "sms-stop" in builtin.fired_rule_ids


def test_body_only_element_is_not_satisfied_by_the_subject() -> None:
    def body_only(data: dict) -> None:
        data["rules"].append(
            _rule(
                "brand-in-body",
                "required_element",
                {"element": "brand_name", "fields": ["body"]},
                channels=["push"],
            )
        )

    engine = _engine(body_only)
    in_subject = _check(engine, channel="push", subject="Spokewise", body="Tune-ups are open.")
    in_body = _check(engine, channel="push", subject="News", body="Spokewise tune-ups are open.")
    assert "brand-in-body" in in_subject.fired_rule_ids
    assert "brand-in-body" not in in_body.fired_rule_ids


def test_quiet_hour_boundaries_inclusive_or_exclusive() -> None:
    def quiet(end_inclusive: bool) -> Any:
        def change(data: dict) -> None:
            params = {"start": "21:00", "end": "08:00", "end_inclusive": end_inclusive}
            data["rules"].append(_rule("quiet", "quiet_hours", params, channels=["sms"]))

        return change

    at_eight = datetime(2027, 3, 10, 13, 0, tzinfo=UTC)  # 08:00 in New York
    body = "Spokewise: tune-ups open. Reply STOP to opt out."
    fields = {"channel": "sms", "body": body, "recipient_time_zone": "America/New_York"}
    exclusive = _check(_engine(quiet(False)), send_time=at_eight, **fields)
    inclusive = _check(_engine(quiet(True)), send_time=at_eight, **fields)
    assert "quiet" not in exclusive.fired_rule_ids
    assert "quiet" in inclusive.fired_rule_ids


def test_required_disclosure_text_is_not_read_as_a_claim() -> None:
    def mandated(data: dict) -> None:
        data["rules"].append(
            _rule(
                "rain-note",
                "disclosure",
                {
                    "triggers": ["jacket"],
                    "required_any": ["Stays dry only with the hood up; seams are not sealed."],
                },
            )
        )

    engine = _engine(mandated)
    body = "The Drizzle Jacket, $120. Stays dry only with the hood up; seams are not sealed."
    verdict = _check(engine, channel="email", subject="Rain gear", body=body + FOOTER)
    assert verdict.decision == "pass", verdict.violations


def test_approved_short_form_of_an_offers_disclosure_counts_as_its_conditions() -> None:
    long_form = "Lock deal valid to March 12, 2027 on the Trail Guard Lock only; one per order."
    short_form = "Lock only, to Mar 12. Terms: spokewise.com/lock"

    def equivalent(data: dict) -> None:
        offer = next(o for o in data["offers"] if o["id"] == "lock-10")
        offer["disclosure"] = long_form
        data["rules"].append(
            _rule(
                "lock-terms",
                "disclosure",
                {"triggers": ["trail guard lock"], "required_any": [long_form, short_form]},
            )
        )

    engine = _engine(equivalent)
    ok = _check(
        engine,
        channel="sms",
        body=f"Spokewise: $10 off the Trail Guard Lock. {short_form} Reply STOP to opt out.",
        offer_id="lock-10",
    )
    missing = _check(
        engine,
        channel="sms",
        body="Spokewise: $10 off the Trail Guard Lock. Reply STOP to opt out.",
        offer_id="lock-10",
    )
    assert ok.decision == "pass", ok.violations
    assert "offers" in missing.fired_rule_ids


def test_disclosure_trigger_inside_a_brand_link_path_is_not_a_trigger() -> None:
    def rain_note(data: dict) -> None:
        data["rules"].append(
            _rule(
                "rain-note",
                "disclosure",
                {"triggers": [r"\brain\b"], "required_any": ["Seams are not sealed."]},
            )
        )

    engine = _engine(rain_note)
    link = _check(
        engine,
        channel="email",
        subject="Guides",
        body="Read https://spokewise.com/guides/rain-riding-basics today." + FOOTER,
    )
    text = _check(engine, channel="email", subject="Guides", body="Ride in the rain." + FOOTER)
    assert "rain-note" not in link.fired_rule_ids
    assert "rain-note" in text.fired_rule_ids


def test_capitals_ratio_limit() -> None:
    def ratio(data: dict) -> None:
        rule = next(r for r in data["rules"] if r["id"] == "caps")
        rule["params"] = {"max_caps_words": 10, "max_ratio": 0.3}

    engine = _engine(ratio)
    loud = _check(engine, channel="email", subject="News", body="BIG NEWS TODAY here" + FOOTER)
    calm = _check(engine, channel="email", subject="News", body="Big news today here" + FOOTER)
    assert "caps" in loud.fired_rule_ids and loud.decision == "warn"
    assert "caps" not in calm.fired_rule_ids
