"""Built-in words that signal a claim of each category (data, not code).

A claim-grounding rule governs some :class:`~nextbest.brand_context.models.ClaimCategory` values;
any
sentence that uses one of these triggers makes a statement of that category, and must be
covered by an approved claim. Rule params (``extra_triggers``) extend these lists for a brand.
Phrases are matched on whole words in the skeleton view (case, punctuation and spacing folded);
``patterns`` are regular expressions on the same view; ``exceptions`` are idioms masked before
matching (``make the most of`` is not a superlative claim).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nextbest.brand_context.models import ClaimCategory
from nextbest.tools.compliance.cyrillic_stopwords import STOPWORDS as CYRILLIC_STOPWORDS
from nextbest.tools.compliance.whole_quantifiers import SINHALA_ALL


@dataclass(frozen=True)
class TriggerSet:
    """Triggers of one claim category.

    Attributes:
        phrases: Words or phrases, matched as whole words.
        patterns: Regular expressions over the skeleton view.
        exceptions: Idioms that contain a trigger but make no claim.
        exception_patterns: Regular expressions (skeleton view) for such idioms.
    """

    phrases: tuple[str, ...]
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = field(default_factory=tuple)
    exception_patterns: tuple[str, ...] = ()


READER_ACTIONS: tuple[str, ...] = (
    "lock", "freeze", "pause", "order", "reorder", "book", "rebook", "sign up", "join", "pay",
    "check out", "checkout", "track", "set up", "transfer", "send", "top up", "download",
    "log in", "sign in", "cancel", "manage", "update", "switch", "add", "change", "redeem",
    "register", "enrol", "enroll", "renew", "upgrade", "reschedule", "report", "find",
)  # fmt: skip
"""Things the reader does in an app or on a site: "<action> … in seconds" is ease of use, not
the product's efficacy ("Lock your card in seconds" vs "kills germs in seconds")."""


_ENDORSERS = (
    r"(?:vets?|veterinarians?|dermatologists?|doctors?|dentists?|experts?|"
    r"nutritionists?|physicians?|pediatricians?|trainers?|chefs?|scientists?|"
    r"ophthalmologists?|optometrists?|allergists?|pharmacists?|podiatrists?|teachers?|"
    r"educators?|parents?|moms?|mums?|coaches?|athletes?|pros|professionals?|stylists?|"
    r"chiropractors?|dietitians?|gynecologists?|gynaecologists?|police)"
)
"""People and bodies whose approval, named, endorses a product ("vet approved", "police
approved")."""

NOT_SUPERLATIVE: tuple[str, ...] = (
    "latest", "interest", "request", "honest", "modest", "harvest", "forest", "contest",
    "protest", "manifest", "suggest", "digest", "invest", "arrest", "earnest", "tempest",
    "conquest", "midwest", "northwest", "southwest", "everest", "unrest", "priest", "attest",
    "detest", "infest", "behest", "dearest", "bequest", "pentest", "backrest", "headrest",
    "armrest", "footrest", "congest", "ingest", "divest", "retest", "youngest", "littlest",
    "eldest", "closest", "nearest",
)  # fmt: skip
"""Words ending in -est after "the/our/its" that are not superlatives (``the youngest`` on your
gift list is a person, not a claim)."""

SERVICE_VERBS: tuple[str, ...] = (
    "arrive", "arrives", "arriving", "arrival", "delivered", "deliver", "delivers", "delivery",
    "ship", "ships", "shipped", "shipping", "dispatched", "dispatch", "ready", "back",
    "installed", "repaired", "fixed", "refunded", "paid", "processed", "answered", "approved",
    "settled", "resolved", "it", "them", "order", "orders", "you", "door", "doorstep", "home",
    "there", "up", "out", "live", "active", "open", "booked", "confirmed", "collected",
)  # fmt: skip
"""Words before "the next day" that make it a service promise ("delivered the next day")."""

CATEGORY_TRIGGERS: dict[ClaimCategory, TriggerSet] = {
    ClaimCategory.EFFICACY: TriggerSet(
        phrases=(
            "hydrates", "hydrating for", "moisturises for", "moisturizes for", "repairs skin",
            "repairs damage", "restores", "reverses", "erases", "eliminates", "removes wrinkles",
            "reduces", "visibly", "clinically", "proven", "wrinkles", "wrinkle", "fine lines",
            "firming", "lifts and firms", "plumps", "brightens", "brightening", "fades dark",
            "dark spots", "collagen", "anti aging", "anti ageing", "age defying",
            "younger looking", "look younger", "boosts collagen", "long lasting",
            "lasts all day", "all day hydration", "instantly", "instant results",
            "visible results", "transforms your skin", "fragrance free",
            "paraben free", "sulfate free", "sulphate free", "silicone free", "oil free",
            "alcohol free", "hydrated", "hydrate",
            "results in", "guaranteed results", "works in", "unbreakable", "indestructible",
            "built to last", "lasts a lifetime", "never fades", "boosts energy", "more energy",
            "improves focus", "faster recovery", "kills germs", "antibacterial", "antiviral",
            "toned", "tone your", "tones your", "sculpt", "sculpted", "sculpts", "get fitter",
            "disinfects", "disinfecting", "sanitizes", "sanitises", "sanitizing", "in seconds",
            "full coverage", "long wear", "long wearing", "all day wear",
            "cuts through", "cuts grease", "deodorizes", "deodorises",
        ),
        exceptions=(  # how something works, not how fast: "how the grant works in practice"
            "works in practice", "work in practice", "works in principle", "work in principle",
            "works in theory", "work in theory",
        ),
        exception_patterns=(
            r"(?<![a-z0-9])(?:" + "|".join(READER_ACTIONS) + r")(?: [a-z']+){0,3} in (?:just |only "
            r"|a few |mere )?(?:seconds|minutes|a few taps|a tap|one tap|a click|one click)"
            r"(?![a-z0-9])",
            # a result the brand says it does not promise: "We don't promise test scores" ("we
            # promise higher scores", "we don't just promise ..." stay claims)
            r"(?<![a-z0-9])(?:don t|do not|doesn t|does not|never|won t|will not|can t|cannot) "
            r"(?:promise|guarantee|claim|pledge)s? (?:[a-z]+ ){0,2}[a-z]+",
            # "grade" as a school year, not a result: "11th grade biology", "tutors for every
            # grade", "grade 5 maths" ("better grades", "raise their grade" stay claims)
            r"(?<![a-z0-9])(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
            r"seventh|eighth|ninth|tenth|eleventh|twelfth) grade(?![a-z0-9])",
            r"(?<![a-z0-9])(?:for|in|at|across) (?:every|each|any|all) grades?(?![a-z0-9])",
            r"(?<![a-z0-9])grades? (?:\d{1,2}|k|level|levels|school)(?![a-z0-9])",
            # a price for a quantity of time bought, not how long an effect lasts: "$935 for 20
            # hours" ("$12 for 12 hours of protection" stays a claim)
            r"[$€£]\d+(?:[ ,.]\d+)* for \d+ ?(?:hours?|hrs?)(?![a-z0-9])(?! of(?![a-z0-9]))",
        ),
        patterns=(
            r"(?<![a-z0-9])(?:water|wind|weather|storm|shock|scratch|stain|leak|rust|fire|bullet|"
            r"tear|crush|drop|dust|snow|rain|splash|smudge|crease|fade|tamper|sweat|smear|odou?r)"
            r" ?proof(?:ed)?(?![a-z0-9])",
            r"(?<![a-z0-9])(?:kills?|wipes? out) (?:\d+(?:\.\d+)?% of )?(?:germs|bacteria|viruses)"
            r"(?![a-z0-9])",
            r"(?<![a-z0-9])(?:for|up to|lasts?|lasting)\s+\d+\s?(?:hours?|hrs?|h)(?![a-z0-9])",
            r"(?<![a-z0-9])[a-z]{3,}proof(?:ed)?(?![a-z0-9])",
            r"(?<![a-z0-9])never (?:creases?|fades?|smudges?|budges?|streaks?|cakes?|flakes?|"
            r"pills?|shrinks?|wrinkles?|breaks?|leaks?|rusts?|stains?|tears?|dries out|clogs?)"
            r"(?![a-z0-9])",
            r"(?<![a-z0-9])makes? (?:you|your [a-z']+|them|kids|children|babies|dogs|cats|pets) "
            r"(?:smarter|stronger|healthier|faster|fitter|happier|calmer|younger|slimmer|thinner|"
            r"leaner|sharper|smarter|more confident|more focused)(?![a-z0-9])",
            r"(?<![a-z0-9])(?:streak|residue|lint|drip|tangle|frizz|smudge|crease|wrinkle|stain|"
            r"odou?r|scratch|rust|mess|spill|pain|itch|flake|clump|shed|static) ?free(?![a-z0-9])",
            r"(?<![a-z0-9])(?:removes?|lifts?|kills?|eliminates?|blocks?|repels?|fights?|reduces?|"
            r"cuts?|wipes? out|destroys?) (?:up to )?\d+(?:\.\d+)?% of(?![a-z0-9])",
            r"(?<![a-z0-9])(?:results?|see|notice|feel|look|get|tone|lose|build|gain|transform|"
            r"change)(?: [a-z']+){0,4} in (?:just |only )?(?:\d+|one|two|three|four|six|eight|"
            r"ten|twelve|thirty) (?:days?|weeks?|months?)(?![a-z0-9])",
            r"(?<![a-z0-9])(?:healthier|shinier|softer|smoother|stronger|whiter|brighter|younger|"
            r"firmer|thicker|fuller|clearer|glossier|silkier|fresher) (?:looking )?(?:coat|skin|"
            r"hair|teeth|smile|nails|joints|gut|digestion|sleep|breath|complexion|lashes)"
            r"(?![a-z0-9])",
        ),
    ),
    ClaimCategory.HEALTH: TriggerSet(
        phrases=(
            "dermatologist", "dermatologists", "dermatologically", "clinically", "clinical",
            "hypoallergenic", "sensitive skin", "non comedogenic", "safe for", "spf",
            "sunscreen", "uva", "uvb", "broad spectrum", "sun protection", "uv protection",
            "cure", "cures", "heal", "heals", "healing", "treats acne", "treats eczema",
            "eczema", "acne", "psoriasis", "rosacea", "dermatitis", "medical", "medicated",
            "therapeutic", "doctor", "doctors", "pediatrician", "allergy", "allergies",
            "irritation", "inflammation", "relieves", "itch relief", "stress relief", "fda",
            "fast relief", "quick relief", "instant relief", "rapid relief", "relief from",
            "pharmaceutical", "prescription strength", "prescription grade",
            "disease", "doctor approved", "dermatologist approved", "approved by", "detox",
            "immune", "immunity", "weight loss", "lose weight", "burns fat", "burn fat",
            "fat burning", "metabolism", "cholesterol", "blood pressure", "blood sugar",
            "heart health", "gut health", "anxiety", "insomnia", "pain relief", "sugar free",
            "gluten free", "low calorie", "superfood", "antioxidant", "antioxidants", "probiotic",
            "zero sugar", "no added sugar", "sugar free", "high protein", "high in protein",
            "grain free", "dairy free", "nut free", "allergen free", "sensitive stomach",
            "no artificial", "artificial flavors", "artificial flavours", "artificial colors",
            "artificial colours", "real fruit", "made with real", "no preservatives",
            "preservative free",
            "non toxic", "toxin free", "100% safe", "completely safe", "safe to chew",
            "safe to eat", "safe to swallow", "lead free", "bpa free", "phthalate free",
            "melt fat", "melts fat", "burn calories", "reduce stress", "reduces stress",
            "less stress", "sleep better", "better sleep", "deeper sleep",
            "sensitive stomachs", "sensitive tummies", "sensitive digestion",
            "low fat", "low carb", "fewer calories", "nutrient", "nutrients", "vitamins",
        ),
        patterns=(
            r"(?<![a-z0-9])\d+(?:\.\d+)?\s?(?:g|mg|grams?)\s+(?:of\s+)?(?:protein|fib(?:er|re)|"
            r"sugars?|fat|carbs?|carbohydrates?|sodium|salt|vitamin [a-z0-9]+)(?![a-z0-9])",
            r"(?<![a-z0-9])(?:under |only |just )?\d+\s?(?:kcal|calories|cals?)(?![a-z0-9])",
            r"(?<![a-z0-9])(?:lose|lost|drop|shed)\s+(?:up to\s+)?\d+\s?(?:lbs?|pounds|kg|kilos?|"
            r"stone|sizes?)(?![a-z0-9])",
            r"(?<![a-z0-9])(?:packed with|rich in|high in|loaded with|full of|good source of|"
            r"excellent source of) (?:[a-z]+ )?(?:protein|vitamins?|minerals?|nutrients?|"
            r"fib(?:er|re)|antioxidants?|omega ?3s?|iron|calcium|electrolytes|probiotics?)"
            r"(?![a-z0-9])",
            r"(?<![a-z0-9])(?:supports?|supporting|promotes?|promoting|improves?|improving|"
            r"strengthens?|maintains?|boosts?|boosting|aids?|helps?|protects?|nourishes)"
            r"(?: [a-z']+){0,3} (?:health|healthy|digestion|digestive|immunity|immune|joints?|"
            r"skin|coat|teeth|gums|energy|focus|sleep|mood|heart|bones?|muscles?|metabolism|"
            r"recovery|vision|brain|hydration)(?![a-z0-9])",
        ),
        exceptions=(
            "medical advice", "consult your doctor", "ask your doctor", "talk to your doctor",
            "see a doctor", "consult a doctor",
            # a team named by its field, not a claim about the product
            "clinical advisor", "clinical advisors", "clinical team", "clinical teams",
            "clinical staff", "medical team", "medical staff", "medical advisors",
            # a person's post or profession named by its field, not a claim about the product
            "head of clinical", "clinical lead", "clinical director", "medical director",
            "chief medical officer", "clinical psychologist", "clinical psychologists",
            # the reader's condition or advice to the reader, not a product's effect on it
            "food allergies", "food allergy", "with allergies", "with an allergy",
            "with a food allergy", "about allergies", "about any allergies",
            "about your allergies", "any allergies", "allergy information", "allergy info",
            "allergy advice", "allergen information", "allergen info", "if you have allergies",
            "if you have an allergy", "allergy season", "allergies season",
            # the reader's goal or the programme's name, not an effect of a product
            "weight loss support", "weight loss program", "weight loss programme",
            "weight loss coaching", "weight loss journey", "weight loss goal", "weight loss goals",
        ),
        exception_patterns=(  # teaching about a condition: "how to spot arthritis in cats"
            r"(?<![a-z0-9])(?:how to (?:spot|recogni[sz]e|tell|manage)|spot|spotting|signs? of|"
            r"symptoms? of|causes? of|examples include|what is|what are)"
            r"(?: [a-z]+){0,2} (?:allerg(?:y|ies)|eczema|acne|psoriasis|rosacea|dermatitis|"
            r"irritation|inflammation|anxiety|insomnia|disease|cholesterol|blood pressure|"
            r"blood sugar)(?![a-z0-9])",
            # the reader's allergy as the reason for a warning: "if you avoid milk because of an
            # allergy, our kefir is not for you" (a product's effect on it stays a claim)
            r"(?<![a-z0-9])(?:because of|due to|owing to) (?:a |an |any |your |their |his |her )?"
            r"(?:[a-z]+ )?allerg(?:y|ies)(?![a-z0-9])",
            # the reader's own doctor, a referral: "ask your eye doctor", "verified with your
            # doctor" ("your doctor recommends it" stays an endorsement)
            r"(?<![a-z0-9])(?:your|their) (?:own |eye |family |local |regular |usual |"
            r"(?:child|baby|kid|pet|dog|cat) s )?(?:doctors?|pediatricians?|physicians?|gp)"
            r"(?![a-z0-9])(?! (?:recommend|recommends|recommended|approved|endorsed|trusted|says|"
            r"say|agrees?)(?![a-z0-9]))",
        ),
    ),
    ClaimCategory.PRICE: TriggerSet(
        phrases=(
            "lowest price", "lowest prices", "best price", "best prices", "price match",
            "lowest rate", "lowest rates", "best rate", "best rates", "lowest fare", "lowest fares",
            "best value", "price guarantee", "rate guarantee", "price promise",
            "cheapest", "unbeatable price", "never been cheaper", "compare at",
            "regular price", "half price",
        ),
        patterns=(
            r"(?<![a-z0-9])sav(?:e|es|ing|ings of) (?:an average of |up to |over |around )?"
            r"[$£€]?\d+(?:[.,]\d+)*%? (?:a|per|each|every) (?:year|month|week)(?![a-z0-9])",
        ),
    ),
    ClaimCategory.SUPERLATIVE: TriggerSet(
        phrases=(
            "best", "#1", "number one", "no 1", "most", "ever", "best selling", "bestseller",
            "bestselling", "best seller", "top rated", "industry leading", "market leading",
            "unbeatable", "unmatched", "unrivalled", "unrivaled", "world's", "worlds", "finest",
            "greatest", "biggest", "purest", "safest", "gentlest", "fastest", "strongest",
            "award winning", "revolutionary", "breakthrough", "the only",
        ),
        patterns=(
            r"(?<![a-z0-9])(?:the|our|its) (?:very )?(?!(?:" + "|".join(NOT_SUPERLATIVE) + r")"
            r"(?![a-z0-9]))(?![a-z]{4,}fest(?![a-z0-9]))[a-z]{3,}est(?![a-z0-9])",
        ),  # a "-fest" word names a festival ("the Lanternfest market"), it ranks nothing
        exceptions=(
            "make the most of", "most of", "at most", "for the most part", "all the best",
            "best wishes", "best regards", "the best part", "at best", "your best", "best way",
            "best time", "best before", "best served", "have you ever", "did you ever",
            "do you ever", "if you ever", "ever since", "ever wondered", "ever tried",
            "most recent", "most important", "the most from", "the most out of",
        ),
        exception_patterns=(  # the weather or the calendar: "the coldest month", "busiest day",
            # "the best pruning season" (a time of year ranked, not a product; "the best sale day"
            # or "the cheapest fare day" stay claims)
            r"(?<![a-z0-9])(?:the|our|its) (?:very )?(?:best|[a-z]{3,}est) (?:(?!(?:sale|sales|"
            r"deal|deals|price|prices|value|savings?|discounts?|offers?|fares?|rates?|shopping|"
            r"buy|buying)(?![a-z0-9]))[a-z]+ )?(?:day|night|week|weekend|month|season|morning|"
            r"evening|time of (?:the )?year)s?(?![a-z0-9])",
            # "most" as a quantity: "available on most routes", "in most states"
            r"(?<![a-z0-9])(?:on|for|in|at|with|across) most(?![a-z0-9])",
            # what suits the reader, not a ranking: "the plan that fits you best", "suits you best"
            r"(?<![a-z0-9])(?:fits?|fitting|suits?|suiting) (?:you|them|him|her|your [a-z]+) "
            r"best(?![a-z0-9])",
            # which options suit a need, not a ranking of quality: "the best fits for the
            # shift", "your best matches this week"
            r"(?<![a-z0-9])(?:the|your|their) best (?:fits?|matches)(?![a-z0-9])",
            # the reader's own ranking of costs: "fuel is your second biggest cost"
            r"(?<![a-z0-9])(?:your|their) (?:(?:second|third|fourth|single) )?(?:biggest|largest|"
            r"highest) (?:[a-z]+ )?(?:cost|costs|expense|expenses|bill|bills|outgoing|outgoings|"
            r"spend)(?![a-z0-9])",
            # a food's date label, not a ranking: "best by 09/11/28", "best if used by Mar 3"
            # ("voted best by readers" stays a claim: a date or the word "date" follows)
            r"(?<![a-z0-9])best (?:if (?:used|consumed|eaten) )?(?:by|before)(?= \d| (?:jan|feb|"
            r"mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d| dates?(?![a-z0-9]))",
            # "most" as the scope of a discount: "10% off most treatment"
            r"(?<![a-z0-9])off most(?![a-z0-9])",
            # advice on when something works, not a ranking: "works best when it fits your day"
            r"(?<![a-z0-9])(?:works?|working) best (?:when|if|once|after|before|while)(?![a-z0-9])",
            # someone's own best: "your pet's best look", "their best day", "her best run"
            r"(?<![a-z0-9])(?:my|his|her|their|its|(?:pet|dog|cat|puppy|pup|kitten|horse|child|"
            r"kid|baby|family|partner|friend|mum|mom|dad) s) (?:very )?best(?![a-z0-9])",
            # the brand's own news, not a claim about a product: "our biggest update of the year"
            r"(?<![a-z0-9])(?:the|our|its) (?:very )?(?:biggest|largest|latest|newest) "
            r"(?:[a-z]+ )?(?:update|release|launch|event|edition|drop|newsletter|giveaway|sale|"
            r"deal)s?(?![a-z0-9])",
            # the writer's own life, a prompt or a story: "the most reckless thing I've tried"
            r"(?<![a-z0-9])the (?:most [a-z]+|[a-z]{3,}est) (?:thing|things|moment|moments|day|"
            r"place|places|trip|trips|decision|meal) (?:i|we) (?:ve|have|had|ever|did|d)"
            r"(?![a-z0-9])",
            # a size within the brand's own range: "our largest bundle", "the smallest pack"
            r"(?<![a-z0-9])(?:the|our|its) (?:very )?(?:largest|biggest|smallest) (?:[a-z]+ )?"
            r"(?:bundle|pack|package|box|bottle|bag|size|tin|jar|tub|case|kit|set|tier|plan|"
            r"option|format)s?(?![a-z0-9])",
        ),
    ),
    ClaimCategory.SUSTAINABILITY: TriggerSet(
        phrases=(
            "eco", "eco friendly", "sustainable", "sustainably", "sustainability",
            "recyclable", "recycled", "compostable", "biodegradable", "carbon neutral",
            "carbon negative", "carbon positive", "carbon footprint", "carbon offset",
            "low carbon", "net zero", "climate neutral", "climate friendly", "climate positive",
            "for the planet", "planet friendly", "save the planet", "planet positive", "vegan",
            "cruelty free", "plastic free", "zero waste", "organic", "all natural",
            "100% natural", "clean beauty", "environmentally", "earth friendly", "reef safe",
            "ocean friendly", "ethically sourced", "responsibly sourced", "renewable",
            "upcycled", "go green", "greener", "chemical free", "non toxic", "toxin free",
            "local farms", "locally sourced", "locally grown", "locally made", "farm to table",
        ),
    ),
    ClaimCategory.COMPARATIVE: TriggerSet(
        phrases=(
            "compared to", "compared with", "versus", "vs", "outperforms", "outperform",
            "unlike other", "unlike others", "than other", "than leading", "leading brand",
            "competitor", "competitors", "twice the", "twice as", "double the", "triple the",
            "than ever",
        ),
        patterns=(
            r"(?<![a-z0-9])(?:better|worse|more (?!than\b)[a-z]+|less [a-z]+|(?!(?:other|rather|"
            r"later|sooner|earlier|no later|whether|either|neither)\b)[a-z]{3,}(?:er|ier)) than"
            r"(?![a-z0-9])(?! (?:you(?: d| would| might)? think|it looks|expected|usual)\b)",
            r"(?<![a-z0-9])(?:better|cheaper|faster|stronger|lower|higher|more|less|fewer) "
            r"(?!than\b)(?:[a-z]+ ){1,2}than(?![a-z0-9])(?! (?:you(?: d| would| might)? think|"
            r"it looks|expected|usual|ever before)\b)",
            r"(?<![a-z0-9])\d+(?:\.\d+)?\s?x (?:more|better|the|stronger|faster)(?![a-z0-9])",
            r"(?<![a-z0-9])\d+(?:\.\d+)?% (?:less|more|fewer|lower|higher|faster|stronger|longer)"
            r"(?![a-z0-9])",
        ),
        exception_patterns=(
            # doubling as what the brand will do, not a comparison: "we'll double the points"
            r"(?<![a-z0-9])(?:will|ll|would|to|can|let s|let us) (?:double|triple) the"
            r"(?![a-z0-9])",
            # a schedule against the brand's own earlier one: "longer than Season 3"
            r"(?<![a-z0-9])(?:longer|shorter) than (?:the |our )?(?:(?:last|previous|prior|first) "
            r")?(?:season|series|chapter|episode|edition|term|semester|round|year|month|week|"
            r"weekend)(?: \d+)?(?![a-z0-9])",
        ),
    ),
    ClaimCategory.GUARANTEE: TriggerSet(
        phrases=(
            "guarantee", "guaranteed", "guarantees", "money back", "refund", "refunds",
            "refunded", "risk free", "no risk", "no questions asked", "satisfaction guaranteed",
            "warranty", "warranties", "lifetime warranty", "warranted",
        ),
        exceptions=(
            "refund policy", "refunds policy", "return policy", "returns policy",
            "warranty policy", "warranty terms", "warranty information",
        ),
        exception_patterns=(  # a denial, not a promise: "nothing is guaranteed", "no guarantee"
            # ("no annuity is risk-free", "investing is not risk free", "no pension's returns are
            # guaranteed": up to four words of what is denied, no conjunction among them)
            r"(?<![a-z0-9])(?:nothing(?: is| s| was)?|no (?:(?!(?:and|or|but|so) )[a-z]+ ){0,4}"
            r"(?:is|are)|"
            r"(?:is|are|be) not|isn t|aren t|never(?: been)?) (?:guaranteed|risk free)"
            r"(?![a-z0-9])",
            r"(?<![a-z0-9])(?:there s |there is |there are )?(?:no|not a|never a) guarantees? "
            r"(?:of|that|on|in)(?![a-z0-9])",
        ),
    ),
    ClaimCategory.SERVICE: TriggerSet(
        phrases=(
            "24/7", "24 7", "business day", "same day", "next day", "always available",
            "within one day", "within 24 hours", "instant reply", "on time", "never late",
        ),
        patterns=(
            r"(?<![a-z0-9])(?:arrives?|arriving|arrival|delivered|delivers?|delivery|ships?|"
            r"shipped|shipping|ready|dispatched|served|paid|settled|processed|resolved|answered|"
            r"approved|installed|repaired|fixed|refunded)"
            r"\s+(?:[a-z]+\s+){0,2}(?:in|within|under|in as little as|in as few as)\s+"
            r"(?:\d+|one|two|three|five|ten|"
            r"fifteen|twenty|thirty|sixty)\s?(?:minutes?|mins?|hours?|hrs?|days?)(?![a-z0-9])",
            r"(?<![a-z0-9])\d+\s?(?:minute|min|hour|day)s?\s+(?:delivery|shipping|dispatch)"
            r"(?![a-z0-9])",
        ),
        exception_patterns=(  # buying cover, not what it covers: "get covered with our plan"
            r"(?<![a-z0-9])(?:get|getting|stay|staying) covered(?= (?:with|today|now|before|"
            r"online|in|at|through)(?![a-z0-9])|$)",
            # a time, not a service: "you feel hungrier the next day"
            r"(?<![a-z0-9])the next day(?![a-z0-9])(?<=[a-z] the next day)"
            + "".join(f"(?<!{w} the next day)" for w in SERVICE_VERBS),
            # the reader's diary, not punctuality: "short on time?"
            r"(?<![a-z0-9])(?:short|low|tight|pressed) on time(?![a-z0-9])",
        ),
    ),
    ClaimCategory.ENDORSEMENT: TriggerSet(
        phrases=(
            "rated", "5 star", "5 stars", "five star", "five stars", "reviews", "reviewed",
            "recommended by", "dermatologist recommended", "doctor recommended",
            "expert recommended", "experts recommend", "loved by", "customers love",
            "as seen in", "as seen on", "as featured in", "award", "awards", "winner of",
            "award winner", "voted", "testimonial", "endorsed", "favorite of", "favourite of",
            "celebrity", "celebrities", "trusted by", "chosen by", "join over",
        ),
        patterns=(
            r"(?<![a-z0-9])\d(?: \d)? out of (?:5|five|10|ten)(?![a-z0-9])",
            r"(?<![a-z0-9])used by (?:over |more than |millions|thousands|\d)",
            r"(?<![a-z0-9])\d+(?: \d+)?\s?(?:million|thousand|k|m)\+? (?:happy |satisfied )?"
            r"(?:members|customers|users|fans|people|subscribers|downloads|reviews|shoppers)"
            r"(?![a-z0-9])",
            rf"(?<![a-z0-9]){_ENDORSERS}"
            r"(?: ?(?:recommended|recommend|approved|endorsed|trusted)|(?:formulated|developed|"
            r"tested|designed))"
            r"(?![a-z0-9])",
            # the same endorsement put in the passive: "approved by the police", "endorsed by
            # leading vets" (of "police approved", "vet endorsed")
            r"(?<![a-z0-9])(?:approved|endorsed|trusted) by (?:the |our |leading |top |many |"
            rf"real )?{_ENDORSERS}(?![a-z0-9])",
        ),
        exception_patterns=(
            # "reviews" as a verb: "our team reviews your application"
            r"(?<![a-z0-9])(?<!\d )(?<!star )(?<!stars )(?<!read )(?<!customer )reviews "
            r"(?:your|each|every|it|them|his|her|their|this|these|the) (?=[a-z])",
            # a pointer to reviews, or their arrival, praising nothing: "see the reviews on
            # our site", "the reviews are in" ("read the glowing reviews" stays a claim)
            r"(?<![a-z0-9])(?:(?:read|see|check|browse) (?:the |all the |all )?reviews"
            r"|the reviews are in)(?![a-z0-9])",
            # the stars in the sky, not a rating: "long evenings under the stars" ("rated five
            # stars", "5 stars from campers" stay endorsements)
            r"(?<![a-z0-9])(?:under|beneath|below|among|watch|see|gaze at|count) the (?:night |"
            r"bright |southern |northern |desert |winter |summer )?stars(?![a-z0-9])",
            # the readers' own act of voting, thanked: "thank you to everyone who voted" ("who
            # voted us best", "who voted for us" stay endorsements)
            r"(?<![a-z0-9])(?:who|you|everyone|everybody) (?:has |have |had )?voted(?![a-z0-9])"
            r"(?! (?:us|for|our|we|it|this|them|the|a|an|best|top|number|no|favou?rite|most|"
            r"\d+)(?![a-z0-9]))",
        ),
    ),
}  # fmt: skip
"""Built-in triggers per claim category."""

OTHER_LANGUAGE_TRIGGERS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.EFFICACY: (
        "cliniquement prouve", "cliniquement prouvee", "cliniquement teste", "cliniquement testee",
        "prouve cliniquement", "efficacite prouvee", "resultats visibles", "anti rides",
        "anti age", "reduit les rides", "rides reduites", "peau plus jeune", "clinicamente probado",
        "clinicamente comprobado", "resultados visibles", "antiarrugas", "klinisch getestet",
        "klinisch bewiesen", "klinisch erwiesen", "sichtbare ergebnisse", "clinicamente testato",
        "clinicamente provato", "risultati visibili",
    ),
    ClaimCategory.HEALTH: (
        "guerit", "soulage", "soulager", "alivia", "heilt", "lindert", "guarisce",
    ),
    ClaimCategory.SUPERLATIVE: (
        "le meilleur", "la meilleure", "les meilleurs", "les meilleures", "numero 1",
        "numero un", "inegale", "inegalable", "incomparable", "revolutionnaire", "el mejor",
        "la mejor", "los mejores", "las mejores", "der beste", "die beste", "das beste",
        "il migliore", "la migliore", "bast", "den basta", "det basta", "de basta", "nummer 1",
        "nummer ett", "oslagbar", "oslagbara", "marknadens basta", "sveriges basta",
    ),
    ClaimCategory.PRICE: (
        "lagsta pris", "lagsta priset", "lagsta priser", "lagsta ranta", "lagsta rantan",
        "basta pris", "basta priset", "basta ranta", "basta rantan", "billigast", "billigaste",
        "marknadens lagsta",
    ),
    ClaimCategory.SUSTAINABILITY: (
        "biologique", "biologiques", "produits bio", "ingredients bio", "certifie bio",
        "eco responsable", "ecoresponsable", "respectueux de l environnement", "zero dechet",
        "neutre en carbone", "ecologico", "ecologica", "sostenible", "nachhaltig",
        "umweltfreundlich", "klimaneutral", "sostenibile",
    ),
    ClaimCategory.GUARANTEE: (
        "satisfait ou rembourse", "garanti", "garantie a vie", "garantizado", "garantiert",
        "garantito", "garanterat", "garanterad", "garanterade",
    ),
}  # fmt: skip
"""Triggers in French, Spanish, German, Italian and Swedish copy (folded: no accents), added to
the built-in ones: a brand that writes in those languages is checked as strictly."""

OTHER_LANGUAGE_EXCEPTIONS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.SUPERLATIVE: (
        "meilleur moment", "meilleure facon", "meilleure maniere", "meilleurs voeux",
        "mejor manera", "mejor forma", "mejor momento", "mejores deseos", "melhor jeito",
        "melhor forma", "melhor maneira", "melhor momento", "o melhor jeito", "a melhor forma",
        "a melhor maneira", "o melhor momento", "la mejor manera", "la mejor forma",
        "el mejor momento", "beste zeit", "besten wunsche",
        "besten gruss", "besten grussen", "migliori auguri", "basta halsningar",
        "bast fore", "basta sattet", "basta stallet", "basta tiden", "bast att",
    ),
}  # fmt: skip
"""Idioms of those languages that contain a trigger but make no claim (``meilleurs vœux``)."""

for _category, _phrases in OTHER_LANGUAGE_TRIGGERS.items():
    _base = CATEGORY_TRIGGERS[_category]
    CATEGORY_TRIGGERS[_category] = TriggerSet(
        (*_base.phrases, *_phrases),
        _base.patterns,
        (*_base.exceptions, *OTHER_LANGUAGE_EXCEPTIONS.get(_category, ())),
        _base.exception_patterns,
    )

STOPWORDS: frozenset[str] = frozenset(
    {
        "a", "an", "the", "our", "your", "its", "it", "is", "are", "this", "that", "these",
        "those", "now", "and", "with", "of", "to",
    }
) | CYRILLIC_STOPWORDS  # fmt: skip
"""Words ignored when comparing copy with an approved claim's wording (and their Cyrillic
counterparts, :mod:`~nextbest.tools.compliance.cyrillic_stopwords`)."""

STRENGTHENERS: frozenset[str] = frozenset(
    {
        "all", "every", "always", "completely", "totally", "fully", "entirely", "permanently",
        "forever", "instantly", "guaranteed", "proven", "clinically", "never", "no", "not",
        "100%", "most", "best", "only", "ever", "approved", "recommended",
    }
) | SINHALA_ALL  # fmt: skip
"""Words that may not be slipped into an approved claim's wording (they change its meaning); the
Sinhala "all" among them (:data:`~nextbest.tools.compliance.whole_quantifiers.SINHALA_ALL`)."""
