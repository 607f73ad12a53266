"""Absolute-removal claims: "draws out almost every toxin" is an efficacy claim.

Saying that a product removes *all* of some dirt or contaminant ("eliminates every germ",
"filters out all impurities", "lifts every stain", "gets rid of all odours") promises a total
result, often without any built-in efficacy word, and "virtually" or "almost" does not soften
it into a figure. It needs an approved wording like any other efficacy statement. Only the
removal of a substance counts (impurities, contaminants, germs, stains, odours, dust…):
"remove all packaging before use" or "takes out all the guesswork" promise no result.
The patterns read the skeleton view (case folded, accents removed, punctuation as spaces), in
English, French, Swedish and German.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory

_BASE_EN = (
    r"(?:remove|strip(?: out| away)?|filter out|take out|get rid of|eliminate|extract|draw out|"
    r"pull out|wash away|wipe out|flush out|lift(?: out| away)?|kill|destroy)"
)
_REMOVE_EN = (
    r"(?:(?:remov|eliminat)(?:es|ing)|strip(?:s|ping)(?: out| away)?|filter(?:s|ing) out|"
    r"tak(?:es|ing) out|get(?:s|ting) rid of|extract(?:s|ing)|draw(?:s|ing) out|"
    r"pull(?:s|ing) out|wash(?:es|ing) away|wip(?:es|ing) out|flush(?:es|ing) out|"
    r"lift(?:s|ing)(?: out| away)?|kill(?:s|ing)|destroy(?:s|ing)|"
    rf"(?:can|could|will|ll|may|might|to|help|helps) {_BASE_EN})"
)
"""What a product does ("removes", "filtering out"), or will or can do ("can remove"): an
imperative ("Remove any stains before washing") is advice to the reader."""
_NEARLY_EN = r"(?:(?:virtually|almost|nearly|practically|essentially|just about) )?"
_ALL_EN = r"(?:all|every|each|any)(?: single| last| trace of| kind of| type of| sort of)?(?: the)?"
_SUBSTANCE_EN = (
    r"(?:impurit(?:y|ies)|contaminants?|contamination|pollutants?|toxins?|chemicals?|germs?|"
    r"bacteria|bacterium|virus(?:es)?|microbes?|pathogens?|allergens?|dirt|grime|stains?|"
    r"odou?rs?|smells?|residues?|dust|particles?|particulates?|microplastics?|metals?|"
    r"sediments?|limescale|grease|mou?ld|mildew|parasites?|cysts?|nasties)"
)
_REMOVE_FR = (
    r"(?:elimine(?:nt)?|retire(?:nt)?|enleve(?:nt)?|supprime(?:nt)?|filtre(?:nt)?|"
    r"debarrasse(?:nt)? (?:de|des))"
)
_SUBSTANCE_FR = (
    r"(?:impuretes?|contaminants?|polluants?|toxines?|bacteries|germes|virus|microbes|"
    r"allergenes|salete|saletes|taches?|odeurs?|residus|poussieres?|particules|microplastiques|"
    r"calcaire)"
)
_REMOVE_SV = r"(?:tar bort|avlagsnar|eliminerar|rensar bort|filtrerar bort|dodar)"
_SUBSTANCE_SV = (
    r"(?:fororeningar|orenheter|bakterier|virus|mikrober|allergener|smuts|flackar|lukter|"
    r"gifter|partiklar|mikroplaster|kalk|damm|rester)"
)
_REMOVE_DE = r"(?:entfernt|entfernen|beseitigt|eliminiert|filtert|totet)"
_SUBSTANCE_DE = (
    r"(?:verunreinigungen|schadstoffe|giftstoffe|bakterien|keime|viren|allergene|schmutz|"
    r"flecken|geruche|ruckstande|partikel|mikroplastik|kalk|staub)"
)

REMOVAL_PATTERNS: tuple[str, ...] = (
    # "draws out almost every toxin", "eliminates all germs", "lifts every stain"
    rf"(?<![a-z0-9]){_REMOVE_EN} {_NEARLY_EN}{_ALL_EN} (?:[a-z]+ ){{0,2}}{_SUBSTANCE_EN}"
    r"(?![a-z0-9])",
    # "élimine pratiquement toutes les impuretés"
    rf"(?<![a-z0-9]){_REMOVE_FR} (?:(?:pratiquement|quasiment|presque) )?(?:toutes? les|tous les|"
    rf"chaque) (?:[a-z]+ ){{0,2}}{_SUBSTANCE_FR}(?![a-z0-9])",
    # "tar bort nästan alla föroreningar"
    rf"(?<![a-z0-9]){_REMOVE_SV} (?:(?:nastan|praktiskt taget|i princip) )?(?:alla|allt|varje) "
    rf"(?:[a-z]+ ){{0,2}}{_SUBSTANCE_SV}(?![a-z0-9])",
    # "entfernt nahezu alle Verunreinigungen"
    rf"(?<![a-z0-9]){_REMOVE_DE} (?:(?:praktisch|nahezu|fast) )?(?:alle|jede|jeden|jedes|"
    rf"samtliche) (?:[a-z]+ ){{0,2}}{_SUBSTANCE_DE}(?![a-z0-9])",
)
"""Removal of all of a substance, in English, French, Swedish and German."""

REMOVAL_DENIALS: tuple[str, ...] = (
    # "no cleaner kills every germ, and ours is no exception" ("No other cleaner …",
    # "… but ours" compare, and stay claims)
    r"(?<![a-z0-9])(?:no|not one|not a single) (?!(?:other|more|less|better)(?![a-z0-9]))"
    rf"[a-z]+ (?:(?:ever|really|truly|actually|can|could|will) )?{_REMOVE_EN} {_NEARLY_EN}"
    rf"{_ALL_EN} (?:[a-z]+ ){{0,2}}{_SUBSTANCE_EN}(?![a-z0-9])"
    r"(?! (?:but|except|like|than|save|besides|apart from|other than)(?![a-z0-9]))",
)
"""Absolute removal denied of every one of a kind: the copy says no product does it."""

REMOVAL_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {ClaimCategory.EFFICACY: REMOVAL_PATTERNS}
"""Per category, trigger patterns added to the built-in ones."""

REMOVAL_EXCEPTIONS: dict[ClaimCategory, tuple[str, ...]] = {ClaimCategory.EFFICACY: REMOVAL_DENIALS}
"""Per category, exception patterns added to the built-in ones."""
