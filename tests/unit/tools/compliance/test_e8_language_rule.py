"""The ``language`` rule kind: copy must be written in the allowed languages (issue 17).

Generic cases for brands invented here: an Italian olive-oil club (Frantoio Solare) and a
Canadian bike-share (Roue Libre Bikes) with Quebec recipients.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from compliance_helpers import rule as _rule
from pydantic import ValidationError

from nextbest.brand_context.ingest import parse_pack
from nextbest.brand_context.models import BrandPack, LanguageParams
from nextbest.tools.compliance import Message, RuleEngine, Verdict
from nextbest.tools.compliance.language_id import judge, language_scores

DAY = date(2027, 3, 10)
SEND = datetime(2027, 3, 10, 15, 0)

OLIVE_BRAND: dict[str, Any] = {
    "name": "Frantoio Solare",
    "legal_name": "Frantoio Solare S.r.l.",
    "postal_address": "Via degli Ulivi 4, 06081 Assisi (PG), Italia",
    "channels": ["email", "sms", "push"],
    "default_time_zone": "Europe/Rome",
    "website_domains": ["frantoiosolare.it"],
    "locales": ["it-IT"],
}
BIKE_BRAND: dict[str, Any] = {
    "name": "Roue Libre Bikes",
    "legal_name": "Roue Libre Mobility Inc.",
    "postal_address": "400 Rue Saint-Paul, Montreal, QC H2Y 1H4, Canada",
    "channels": ["email", "sms"],
    "default_time_zone": "America/Toronto",
    "website_domains": ["rouelibre.ca"],
    "locales": ["en-CA", "fr-CA"],
}


def _pack(brand: dict[str, Any], *rules: dict[str, Any]) -> BrandPack:
    return parse_pack({"brand": brand, "rules": list(rules)}, source="test")


def _check(pack: BrandPack, body: str, **fields: Any) -> Verdict:
    fields.setdefault("channel", "email")
    fields.setdefault("send_time", SEND)
    return RuleEngine(pack).check(Message(body=body, **fields), as_of=DAY)


ITALIAN_ONLY = _rule("solo-italiano", "language", {"allowed": ["it"]})
RESPONSIBLE = _rule(
    "firma",
    "disclosure",
    {
        "trigger_phrases": ["olio"],
        "required_any": ["Frantoio Solare S.r.l. - Via degli Ulivi 4, 06081 Assisi (PG)"],
    },
)
QUEBEC_FRENCH = _rule("quebec-francais", "language", {"by_region": {"QC": ["fr"]}})

ITALIAN_COPY = (
    "Ciao Giulia,\n\nil nuovo olio della raccolta di novembre è arrivato: lo trovi nella tua "
    "area clienti con le note di degustazione del nostro frantoio.\n\n"
    "Scopri di più: https://frantoiosolare.it/raccolta"
)
ENGLISH_COPY = (
    "Hi Giulia,\n\nthe new harvest oil from November has arrived: you can find it in your "
    "account with the tasting notes from our mill.\n\nRead more: https://frantoiosolare.it/harvest"
)


def test_an_english_email_under_an_italian_only_rule_blocks() -> None:
    """Copy plainly in another language is reported on its field."""
    verdict = _check(_pack(OLIVE_BRAND, ITALIAN_ONLY), ENGLISH_COPY, subject="Meet the harvest")
    (found,) = [v for v in verdict.violations if v.rule_id == "solo-italiano"]
    assert verdict.decision == "block"
    assert found.field == "body" and "English" in found.message and "Italian" in found.message


def test_italian_copy_with_an_english_brand_name_and_url_passes() -> None:
    """Names, loanwords and links carry no language: only function words vote."""
    pack = _pack(
        OLIVE_BRAND | {"name": "Golden Hill Olive Company", "short_name": "Golden Hill"},
        ITALIAN_ONLY,
    )
    body = (
        "Ciao Marco, la nuova box di Golden Hill Olive Company è pronta: tre oli, un booklet "
        "e la newsletter del mese. Ordina su https://goldenhill.example.com/the-best-of-the-box"
    )
    assert _check(pack, body).decision == "pass"


def test_a_short_sms_with_too_few_words_is_not_judged() -> None:
    """A handful of words is too little evidence either way."""
    pack = _pack(OLIVE_BRAND, ITALIAN_ONLY)
    assert _check(pack, "Your order has shipped!", channel="sms").decision == "pass"
    # The same words in a longer English SMS are judged.
    longer = "Your order has shipped and it will be with you in two days, thanks for waiting!"
    assert "solo-italiano" in _check(pack, longer, channel="sms").fired_rule_ids
    # min_words raised by the rule: that SMS is short again.
    lenient = _pack(
        OLIVE_BRAND, _rule("solo-italiano", "language", {"allowed": ["it"], "min_words": 40})
    )
    assert _check(lenient, longer, channel="sms").decision == "pass"


def test_a_quebec_recipient_must_get_french() -> None:
    """by_region: the recipient's region picks the languages, matched as the audience rule does."""
    pack = _pack(BIKE_BRAND, QUEBEC_FRENCH)
    english = (
        "Hi Sam, spring is here and our bikes are back on the street. Unlock one with the app "
        "and ride for free for your first 30 minutes this week."
    )
    french = (
        "Bonjour Sam, le printemps est là et nos vélos sont de retour dans la rue. Déverrouillez "
        "un vélo avec l'application et roulez gratuitement pendant vos 30 premières minutes."
    )
    for region in ("QC", "CA-QC", "qc"):
        verdict = _check(pack, english, recipient={"region": region})
        assert "quebec-francais" in verdict.fired_rule_ids, region
        assert _check(pack, french, recipient={"region": region}).decision == "pass"
    # Elsewhere, or region unknown: no language is imposed (allowed is empty).
    assert _check(pack, english, recipient={"region": "ON"}).decision == "pass"
    assert _check(pack, english).decision == "pass"
    assert _check(pack, french, recipient={"region": "CA-ON"}).decision == "pass"


def test_the_most_specific_region_wins() -> None:
    """A province's languages replace its country's for its recipients."""
    rule = _rule(
        "langues", "language", {"allowed": ["en"], "by_region": {"CA": ["en", "fr"], "QC": ["fr"]}}
    )
    pack = _pack(BIKE_BRAND, rule)
    english = "Hi Sam, your ride receipt is ready and you can download it from your account."
    assert "langues" in _check(pack, english, recipient={"region": "CA-QC"}).fired_rule_ids
    assert _check(pack, english, recipient={"region": "CA-ON"}).decision == "pass"
    french = "Bonjour Sam, votre reçu est prêt et vous pouvez le télécharger dans votre compte."
    assert _check(pack, french, recipient={"region": "CA-ON"}).decision == "pass"
    assert "langues" in _check(pack, french, recipient={"region": "US-NY"}).fired_rule_ids


def test_bilingual_required_lines_do_not_trip_it() -> None:
    """Mandated wording in another language is the law speaking, not the copy."""
    notice = _rule(
        "avis",
        "disclosure",
        {
            "trigger_phrases": ["gratuitement", "for free"],
            "required_any": [
                "Offer valid for new members only, one ride per account, while bikes are "
                "available in your area. / Offre réservée aux nouveaux membres."
            ],
        },
    )
    pack = _pack(BIKE_BRAND, QUEBEC_FRENCH, notice)
    french = (
        "Bonjour Léa, roulez gratuitement ce week-end avec votre premier trajet.\n\n"
        "Offer valid for new members only, one ride per account, while bikes are available in "
        "your area. / Offre réservée aux nouveaux membres."
    )
    verdict = _check(pack, french, recipient={"region": "QC"})
    assert "quebec-francais" not in verdict.fired_rule_ids


def test_a_footer_in_the_brand_language_does_not_excuse_english_copy() -> None:
    """The legal footer paragraph (legal name, address, unsubscribe line) is not the copy."""
    footer = (
        "\n\nFrantoio Solare S.r.l. - Via degli Ulivi 4, 06081 Assisi (PG)\n"
        "Ricevi questa email perché sei iscritto alla nostra newsletter. Per non ricevere più "
        "email: https://frantoiosolare.it/disiscrizione"
    )
    pack = _pack(OLIVE_BRAND, ITALIAN_ONLY, RESPONSIBLE)
    assert "solo-italiano" in _check(pack, ENGLISH_COPY + footer).fired_rule_ids
    assert _check(pack, ITALIAN_COPY + footer).decision == "pass"


def test_a_message_made_only_of_english_mandated_lines_is_english() -> None:
    """With too little free copy to judge, the whole field speaks (no allowed word in it)."""
    conditions = _rule(
        "conditions",
        "disclosure",
        {
            "trigger_phrases": ["Day Pass"],
            "required_any": [
                "Day Pass for $9 until April 30, 2027. Taxes are extra and the pass is valid "
                "for one rider on the day it is bought."
            ],
        },
    )
    pack = _pack(BIKE_BRAND, QUEBEC_FRENCH, conditions)
    body = (
        "Hi Sam,\n\nDay Pass for $9 until April 30, 2027. Taxes are extra and the pass is valid "
        "for one rider on the day it is bought."
    )
    assert "quebec-francais" in _check(pack, body, recipient={"region": "QC"}).fired_rule_ids
    # French free copy around the same English line: the copy is French.
    french = (
        "Bonjour Sam, voici le laissez-passer du jour pour vos trajets en ville.\n\n"
        "Day Pass for $9 until April 30, 2027. Taxes are extra and the pass is valid for one "
        "rider on the day it is bought."
    )
    assert "quebec-francais" not in _check(pack, french, recipient={"region": "QC"}).fired_rule_ids
    # Even a few French words of free copy (too few to judge) keep the English line unjudged.
    thin = (
        "Bonjour Sam, voici votre passe.\n\nDay Pass for $9 until April 30, 2027. Taxes are "
        "extra and the pass is valid for one rider on the day it is bought."
    )
    assert "quebec-francais" not in _check(pack, thin, recipient={"region": "QC"}).fired_rule_ids


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        (
            "Olá Ana, a sua encomenda já está a caminho e chega em dois dias úteis com o nosso "
            "parceiro de entregas.",
            "pt",
        ),
        (
            "Hola Ana, tu pedido ya está en camino y llegará en dos días con nuestro servicio "
            "de entregas.",
            "es",
        ),
        (
            "Ciao Anna, il tuo ordine è già in viaggio e arriverà in due giorni con il nostro "
            "corriere di fiducia.",
            "it",
        ),
        (
            "Hallo Anna, deine Bestellung ist unterwegs und kommt in zwei Tagen mit unserem "
            "Lieferdienst bei dir an.",
            "de",
        ),
        (
            "Hoi Anna, je bestelling is onderweg en komt over twee dagen aan met onze "
            "bezorgdienst.",
            "nl",
        ),
    ],
)
def test_near_neighbour_languages_are_not_mistaken(text: str, allowed: str) -> None:
    """Portuguese is not Spanish, Italian is not either, Dutch is not German."""
    assert judge(text, frozenset({allowed})) is None
    assert judge(text, frozenset({"en"})) is not None


def test_a_bilingual_or_thin_text_is_not_judged() -> None:
    """Close scores or too few function words: no finding (precision first)."""
    bilingual = "Votre vélo vous attend à la station. Your bike is waiting for you at the station."
    assert judge(bilingual, frozenset({"fr"})) is None
    assert (
        judge("Harvest Box Limited Edition Extra Virgin Olive Oil Gift Set", frozenset({"it"}))
        is None
    )
    assert language_scores("Don't miss it, we're open").scores["en"] >= 3


def test_language_params_read_codes_locales_and_names() -> None:
    """'pt-BR' is pt, 'Italian' is it; an unknown word or an empty rule is an error."""
    assert LanguageParams(allowed=["pt-BR", "Italian", "it"]).allowed == ["pt", "it"]
    assert LanguageParams(by_region={"QC": "fr-CA"}).by_region == {"QC": ["fr"]}
    with pytest.raises(ValidationError, match="ISO 639-1"):
        LanguageParams(allowed=["klingon"])
    with pytest.raises(ValidationError, match="allowed, by_region"):
        LanguageParams()
