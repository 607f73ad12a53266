"""Disease-risk claims: "helps lower your risk of heart disease" is a health claim.

So is disease prevention: "helps protect your family from waterborne illness", "guards against
gum disease" promise that a disease is kept away.

A statement that something lowers the risk of a disease is the strictest kind of health claim
(a "reduction of disease risk" claim in EU and US food law) and is often written without any
built-in health word: "can help lower your cancer risk", "reduces the risk of colds", "kann
helfen, Ihr Diabetesrisiko zu senken", "réduit le risque d'infections". It needs an approved
wording like any other health statement. Only a named illness counts: "reduce the risk of
fraud", "lower your risk of late fees" or "an investment's risk level" are no health claims.
The patterns read the skeleton view (case folded, accents removed, punctuation as spaces).
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_ILLNESS_EN = (
    r"(?:diseases?|cancers?|heart attacks?|strokes?|diabetes|dementia|infections?|"
    r"illness(?:es)?|colds?|flu|osteoporosis|fractures?|cavities|tooth decay)"
)
_LOWER_EN = (
    r"(?:reduces?|reducing|reduced|lowers?|lowering|lowered|cuts?|cutting|decreases?|"
    r"decreasing|minimi[sz]es?|minimi[sz]ing)"
)
_ILLNESS_DE = (
    r"(?:krebs|herz|herzinfarkt|infarkt|schlaganfall|diabetes|demenz|infekt|infektions|"
    r"erkaltungs|krankheits|erkrankungs|osteoporose|karies)"
)
_LOWER_DE = r"(?:senken|senkt|verringern|verringert|reduzieren|reduziert|mindern|mindert)"
_ILLNESS_ROMANCE = (
    r"(?:cancer|cancro|tumore|maladies?|malattie|enfermedad(?:es)?|infarctus|infarto|avc|ictus|"
    r"diabete|diabetes|demence|demencia|demenza|infections?|infecciones|infeccion|infezioni|"
    r"rhumes?|resfriados?|raffreddore|grippe|gripe|influenza|osteoporose|osteoporosis|"
    r"osteoporosi|caries|carie)"
)
_LOWER_ROMANCE = (
    r"(?:reduit|reduire|reduisent|diminue|diminuer|limite|limiter|reduce|reducir|reducen|"
    r"disminuye|disminuir|riduce|ridurre|riducono|diminuisce|diminuire)"
)

_PROTECT_EN = (
    r"(?:protects?|protecting|guards?|guarding|shields?|shielding|defends?|defending|"
    r"safeguards?|safeguarding)"
)
_DISEASE_EN = (
    r"(?:diseases?|illness(?:es)?|infections?|sickness|cancers?|flu|colds|"
    r"cavities|tooth decay|diabetes|dementia|heart attacks?|strokes?)"
)
"""Illnesses a thing is said to keep away: "cold" alone is the weather ("protects your hands
from the cold"), not a disease."""

RISK_PATTERNS: tuple[str, ...] = (
    # disease prevention: "protect your children from foodborne illness", "guards against gum
    # disease" ("protects against scratches" names no illness)
    rf"(?<![a-z0-9]){_PROTECT_EN} (?:[a-z']+ ){{0,3}}?(?:from|against) (?:[a-z]+ ){{0,2}}?"
    rf"{_DISEASE_EN}(?![a-z0-9])",
    # "reduces the risk of heart disease", "lower your risk of colds"
    rf"(?<![a-z0-9]){_LOWER_EN} (?:the |your |their |his |her |a )?(?:[a-z]+ )?risks? of "
    rf"(?:[a-z]+ ){{0,2}}{_ILLNESS_EN}(?![a-z0-9])",
    # "lowers your cancer risk"
    rf"(?<![a-z0-9]){_LOWER_EN} (?:the |your |their |his |her )?(?:heart )?{_ILLNESS_EN} "
    r"risks?(?![a-z0-9])",
    # "Ihr Diabetesrisiko zu senken", "senkt das Erkältungsrisiko"
    rf"(?<![a-z0-9])[a-z]*{_ILLNESS_DE}risikos? (?:[a-z]+ ){{0,2}}{_LOWER_DE}(?![a-z0-9])",
    rf"(?<![a-z0-9]){_LOWER_DE} (?:[a-z]+ ){{0,2}}[a-z]*{_ILLNESS_DE}risikos?(?![a-z0-9])",
    # "réduit le risque de cancer", "reduce el riesgo de infarto", "riduce il rischio di ictus"
    rf"(?<![a-z0-9]){_LOWER_ROMANCE} (?:le |les |votre |vos |el |tu |su |il |tuo |il tuo )?"
    rf"(?:risques?|riesgos?|rischio|rischi) (?:de |d |di |del |della )(?:[a-z]+ ){{0,2}}"
    rf"{_ILLNESS_ROMANCE}(?![a-z0-9])",
)
"""A disease prevented (English) or its risk lowered, in English, German, French, Spanish and
Italian."""

RISK_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {ClaimCategory.HEALTH: RISK_PATTERNS}
"""Per category, trigger patterns added to the built-in ones."""
