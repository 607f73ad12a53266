"""Everyday senses of words that packs often ban or read as claims and offers.

A brand that bans "green" (a generic environmental claim) still sells coats in forest green; a
supplement brand that bans "treat" (a disease claim) may still say "treat yourself"; a gym that
reads every "free" as a promotion still has a free-weights area. These are general English
senses, not brand knowledge: a colour shade, "treat" as an indulgence, noun compounds in which
"free" does not mean "at no cost", a standing amenity ("free coffee in the lounge", "free
entry"), "sleep in", "best" in set phrases ("best practices"), an explanation ("how a heat pump
works"), a deadline ("up to 72 hours before"), a reading time ("a 4-minute read"), a content
rating ("Rated TV-MA", "rated PG-13"), "most" as how often ("the question we hear most"), advice
("four habits for calmer mornings"), the reader's progress ("45 days into your trial"), rivalry
("stiff competition for seats"), a payment term ("pay over 18 months"), an explainer ("Our three
promises, explained"), a pointer to a page ("more about deposit protection at https://…", also
in German; "Read the reviews: https://…"), a prize-giving (French "remise des prix"), a handover
or repair (French "la remise se fait au comptoir", "remise en état") and a day named by another
event ("on the same day you got engaged", "the same day as your anniversary": not a same-day
service, which "the same day you order" stays), "safe" of a thing stowed somewhere ("keeps your
cables safe in your bag"), the sender hiring its own staff ("We hired two new coaches"), "aged"
of matured food ("the aged gouda"), a green light as permission ("give the plan the green
light", also in Estonian, German, Dutch, French and Spanish), a medical visit as an errand ("a
minibus to medical appointments"), time or effort invested ("Invest five minutes in our guide"),
an on-screen item dismissed ("dismiss the reminder") and "shot" as a burst of something no one
drinks ("36 shots of sparkle", "a shot of confidence": not a measure of liquor) and "haul" as a
distance of travel ("a long-haul flight", "short-haul routes": no shopping haul), a content
feature every reader gets ("our free tip of the week"), a community fundraiser's sale ("the bake
sale", "a garage sale"), "clearance" as emptying, permission or a gap ("lost property
clearance", "security clearance"), French "solde" as a balance ("votre solde de points", not
"les soldes") and French "recouvrement" as covering a surface ("recouvrement de sols", not of
debts).

"Healthy" of the people a health guideline speaks of ("healthy adults have no more than 6 g of
salt a day") is a population, not a product's effect; so is "healthy" of someone's hunger ("a
healthy appetite": a big one).

The senses are regular expressions over the skeleton view (case folded, punctuation as
spaces). A rule exempts a match only when a sense span strictly contains it: a pack that bans
the whole idiom ("treat yourself") still finds it.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.gated_alternation import GatedAlternation
from nextbest.tools.compliance.normalise import NormalisedText

_COLOUR_SHADES = (
    "forest", "bottle", "olive", "sage", "emerald", "mint", "dark", "light", "pale", "deep",
    "lime", "sea", "hunter", "moss", "racing", "jade", "pine", "apple", "khaki", "teal",
    "grass", "leaf", "fern", "kelly", "neon", "army", "military", "pistachio", "seafoam",
    "avocado", "chartreuse", "muted", "dusty", "soft", "bright", "blue", "grey", "gray",
    "yellow", "acid", "petrol",
)  # fmt: skip
_COLOURS = ("green", "greens")
_GARMENT_AFTER = (
    "colour", "color", "colourway", "colorway", "shade", "tone", "hue", "dye", "check", "stripe",
    "stripes", "velvet", "suede", "leather", "wool", "linen", "cotton", "silk", "knit",
)  # fmt: skip
_TREAT_OBJECTS = (
    "yourself", "yourselves", "myself", "ourselves", "themselves", "himself", "herself",
    "someone", "somebody", "them", "him", "her", "us", "mum", "mom", "dad", "the kids",
    "the family", "your family", "your friends", "a friend",
)  # fmt: skip
_TREAT_BEFORE = (
    "a", "an", "little", "small", "sweet", "special", "tasty", "real", "perfect", "weekend",
    "holiday", "birthday", "festive", "summer", "winter", "seasonal", "rare", "welcome",
    "savoury", "savory", "frozen", "dog", "cat", "pet", "trick or", "as a", "such a",
)  # fmt: skip
_FREE_NOUNS = (
    "weights", "weight", "weight area", "throw", "throws", "kick", "kicks", "time", "will",
    "range", "spirit", "spirits", "speech", "fall", "agent", "agents", "style", "form", "flow",
    "flowing", "standing", "hand", "radical", "radicals", "rein", "climbing", "diving",
    "skating", "motion", "world", "market", "trade", "verse", "lance", "lancer", "lancers",
    "lancing", "thinking", "thinker", "thinkers", "play", "roaming", "float", "floating",
)  # fmt: skip

_FREE_AMENITIES = (
    "wi fi", "wifi", "internet", "coffee", "tea", "water", "soft drinks", "snacks", "parking",
    "entry", "admission", "shuttle", "quiz", "quizzes", "guide", "guides", "checklist",
    "webinar", "webinars", "workshop", "workshops", "tour", "tours", "lecture", "talk",
    "talks", "storytime", "story time", "activities", "printable", "printables", "app",
    # information the brand gives away: "our free meal-planning checklist"
    "worksheet", "worksheets", "template", "templates", "calculator", "calculators", "ebook",
    "ebooks", "e book", "e books", "booklet", "booklets", "handbook", "handbooks", "toolkit",
    "toolkits",
)  # fmt: skip
"""Things a business gives everyone as a matter of course: "free coffee in the lounge", "free
entry", "a free sleep quiz" state an amenity, not a promotion."""

_FREE_FEATURES = (
    "question", "questions", "tip", "tips", "quiz", "puzzle", "puzzles", "riddle", "recipe",
    "fact", "word", "challenge", "article", "podcast", "video", "episode",
)  # fmt: skip
"""Recurring content a brand publishes for every reader ("our free tip of the week")."""

_COMMUNITY_SALES = (
    "bake", "cake", "yard", "garage", "jumble", "rummage", "car boot", "white elephant",
    "bring and buy",
)  # fmt: skip
"""Sales a community holds to raise funds: no price cut of the brand's."""

_CLEARANCE_OF = (
    "lost and found", "lost property", "security", "customs", "background", "medical",
    "police", "fingerprint", "ground", "head", "height", "bridge", "snow", "ice", "site",
    "debris", "brush", "gutter", "drain", "airway", "runway", "landing", "takeoff",
)  # fmt: skip
"""Words before "clearance" that make it emptying, permission or a gap, not a stock sale."""

_PURCHASE_WORDS = (
    "purchase", "purchases", "order", "orders", "buy", "buying", "spend", "spending", "book",
    "booking", "bookings", "code", "promo", "subscribe", "subscription", "sign up", "draw",
    "prize", "sweepstakes", "contest", "when you", "with every", "with any", "this", "today",
    "tonight", "tomorrow", "until", "till", "through", "thru", "only", "limited", "weekend",
    "first", "new",
)  # fmt: skip
"""Words that tie a "free" thing to a purchase, a prize draw or a limited time ("free coffee
this Saturday"): then it is a promotion."""


def _words(items: tuple[str, ...]) -> str:
    return "|".join(sorted({re.escape(i) for i in items}, key=len, reverse=True))


SENSE_PATTERNS: tuple[str, ...] = (
    # a colour shade: "forest green", "green colourway", "comes in green", "in dark green"
    rf"\b(?:{_words(_COLOUR_SHADES)}) (?:{_words(_COLOURS)})\b",
    rf"\b(?:{_words(_COLOURS)}) (?:{_words(_GARMENT_AFTER)})\b",
    rf"\b(?:comes?|available|now|also|shown|pictured) in (?:{_words(_COLOURS)})\b",
    # "green light" as permission, not an environmental claim: "give it the green light",
    # "green-lit"; Estonian "roheline tuli" (any case: "rohelist tuld", "rohelise tulega"),
    # German "grünes Licht", Dutch "groen licht", French "feu vert", Spanish "luz verde"
    r"\b(?:(?:the|a|your|our) green light|green lit)\b",
    r"\broheli(?:ne|st|se[a-z]{0,3}) (?:tuli|tuld|tule[a-z]{0,3})\b",
    r"\b(?:grunes? licht|groen licht|feu vert|luz verde)\b",
    # "treat" as an indulgence: "treat yourself", "treat your wardrobe to", "a small treat"
    rf"\btreat (?:{_words(_TREAT_OBJECTS)})\b",
    r"\btreat (?:your |our |the )?(?:[a-z]+ ){0,2}to (?:a|an|some|the|our|your|new|something)\b",
    rf"\b(?:{_words(_TREAT_BEFORE)}) treats?\b",
    # "free" not meaning "at no cost": "free weights", "free time", "free will"
    rf"\bfree (?:{_words(_FREE_NOUNS)})\b",
    # a standing amenity: "free tea and parking", "free entry", "our free 2-minute quiz" (not
    # when a purchase or a prize draw follows within a few words: "free coffee with any order")
    rf"\bfree (?:[a-z0-9]+ ){{0,3}}?(?:{_words(_FREE_AMENITIES)})\b"
    rf"(?!(?: [a-z0-9]+){{0,8}}? (?:{_words(_PURCHASE_WORDS)})\b)",
    # someone's trade: "make a living as a wedding florist", not betting or trading as income
    r"\b(?:make|makes|made|making|earn|earns|earned|earning) (?:a|their|his|her|your|my) "
    r"living as (?:a|an) (?!(?:[a-z]+ )?(?:bettor|bettors|gambler|gamblers|punter|punters|"
    r"trader|traders|player|players|tipster|tipsters|handicapper|investor|investors|"
    r"influencer|influencers|reseller|resellers)\b)(?:[a-z]+ ){0,2}[a-z]+",
    # "healthy" of the people a health guideline speaks of ("the guidance says healthy
    # adults eat no more than 6 g of salt a day"): a population, no product's effect
    r"\bhealthy (?:adults?|people|persons?|individuals?|volunteers|population|men|women)\b",
    # "healthy" of someone's hunger ("got a healthy appetite?"): a big one, no food's effect
    r"\bhealthy appetites?\b",
    # "deposit" as handing something over: "deposit your coats with the cloakroom"
    r"\bdeposit (?:your |the |any |all )?(?:checked |carry on )?(?:bags?|luggage|suitcases?|"
    r"keys?|coats?|valuables|belongings)\b",
    # "safe" as stowed away from loss or damage: "keeps your cables safe in your bag"; a
    # person or a body kept safe ("keeps you safe", "keeps your lungs safe") is not this sense
    r"\bkeep(?:s|ing)? (?!(?:you|yourself|yourselves|them|us|me|him|her|everyone|"
    r"(?:your |the |our )?(?:family|kids|children|baby|babies|little ones|loved ones|lungs|"
    r"skin|body|heart|health|teeth|eyes|pets?|dogs?|cats?))\b)(?:[a-z0-9]+ ){1,5}safe "
    r"(?:in|inside|on|at|while|during|when)\b",
    # a care interval, not a term: "rotate your mattress every 3 months"
    r"\b(?:rotate|flip|replace|wash|clean|change|service|check|inspect|oil|sharpen|descale)\b"
    r"(?: [a-z]+){0,6} every \d+ (?:days?|weeks?|months?|years?)\b",
    # French "recouvrement" as covering a surface, not debt collection: "le recouvrement de
    # toitures", "recouvrement des sols" ("recouvrement de créances" stays collection)
    r"\brecouvrements? (?:de |des |du |d )?(?:la |les |l )?(?:toitures?|toits?|sols?|facades?|"
    r"murs?|planchers?|parquets?|fauteuils?|canapes?|sieges?|piscines?|terrasses?|escaliers?)\b",
    # French "au lieu de" + a noun (instead of), not a former price; "remise" as a handover
    r"\bau lieu de (?:votre|vos|ton|ta|tes|la|le|les|l|du|des|un|une|cette|ce|cet)\b"
    r"(?! (?:prix|tarif)\b)(?: [a-z]+){1,3}",
    r"\bremise (?:de|du|des|en) (?:votre |vos |la |le |l |main )?(?:colis|commande|cles?|"
    r"propre|livraison|paquet|lunettes|lentilles|equipements?|appareils?|montures?|verres|"
    r"diplomes?|dossiers?|documents?|certificats?)\b",
    # the handover as an event ("la remise se fait au comptoir") and "remise en état", "remise
    # à neuf", "remise en forme" (a repair, a refit, getting fit): no price reduction
    r"\bremise (?:se fait|se fera|s effectue|s effectuera|a lieu|aura lieu|est prevue)\b",
    r"\bremise (?:en etat|en forme|a neuf|a zero|en service|en question|en cause|a jour|"
    r"en route|en place|en marche|en ordre|en jeu)\b",
    # "remise des prix" is a prize-giving, not a price reduction ("remise de 20 %")
    r"\bremise des prix\b(?! (?:de |d )?\d)",
    # a day named by another event, not a same-day service: "on the same day you got engaged",
    # "the same day as your anniversary" ("the same day you order", "the same day we bake it"
    # stay the service)
    r"\bthe same day (?:that |when )?(?:you|they|i|he|she|your [a-z]+|their [a-z]+) "
    r"(?:first |last |both |were |was )?(?!(?:order|orders|ordered|ordering|buy|buys|bought|"
    r"book|books|booked|place|places|placed|pay|pays|paid|purchase|purchased|request|"
    r"requested|call|called|sign|signed|apply|applied|submit|submitted|check|checked|send|"
    r"sends|sent|ship|shipped|drop|dropped|receive|received|get|got|collect|collected|"
    r"choose|chose|pick|picked|need|needed|want|wanted|ask|asked|click|clicked|confirm|"
    r"confirmed|return|returned)\b)[a-z]+"
    r"|\bthe same day as (?:your|their|his|her|our|the|a|an) (?!(?:[a-z]+ )?(?:order|orders|"
    r"purchase|booking|request|application|payment|call|checkout|delivery|shipment)\b)[a-z]+",
    # "sleep in" (stay in bed late), not sleep as a health benefit
    r"\bsleep(?:s|ing)? in(?= (?:on|late|till|until|this|tomorrow|today|a bit|and)\b)",
    # unscheduled time: "a free day in port", not "a free day pass" or "a free day of rental"
    r"\bfree (?:day|days|morning|afternoon|evening|evenings)\b"
    r"(?! (?:of|pass|passes|ticket|tickets|rental|rentals|trial|trials|access)\b)",
    # "best" in set phrases that rank nothing: "SEO best practices", "best regards"
    r"\bbest (?:practices?|regards|wishes|before)\b|\ball the best\b",
    # an explanation, not an efficacy claim: "how a heat pump works in winter"
    r"\bhow (?:[a-z0-9]+ ){1,4}works?(?: in| on| for| with)?\b",
    # a deadline, not a duration of effect: "cancel up to 72 hours before arrival"
    r"\b(?:up to|until|no later than) \d+ (?:minutes?|hours?|days?|weeks?|months?) "
    r"(?:before|prior|ahead|after)\b",
    # a content or age classification, not a review score: "Rated TV-MA", "rated PG-13",
    # "Rated E10+ for Everyone", "rated 12A" ("rated 4.3 out of 5" stays an endorsement)
    r"\b(?:rated|rating) (?:tv (?:y7?(?: fv)?|g|pg|14|ma)|pg(?: 13)?|nc 17|g|r|x|nr|"
    r"e(?: 10)?|t|m|ao|rp|pegi \d{1,2}|12a|u|r18|ma15|unrated|not rated)\b(?! (?:out of|stars?)\b)",
    # "most" as how often, not a ranking: "the question we hear most", "the tips you ask for most"
    r"\b(?:we|you|they|people|customers|readers|members|parents) (?:get |are |were )?"
    r"(?:hear|heard|get|ask|asked|see|saw|use|used|love|loved|need|needed|want|wanted|like|"
    r"liked|miss|missed|search|searched|read|request|requested)(?: (?:for|about))? "
    r"(?:the )?most(?: often)?\b(?! (?:[a-z]+ )?(?:by|of|in|among|than)\b)",
    # "most asked" ranks the readers' questions: "This week's most-asked recipe" ("most asked
    # for" is a demand, a ranking of the product, and stays read)
    r"\bmost (?:frequently |often |commonly )?asked(?: about)?\b(?! for\b)",
    # a payment term, not a duration of effect: "pay over 18 months", "split it into 4 payments"
    r"\b(?:pay|pays|paid|paying|spread|split|repay|repaid|finance|financed|financing) "
    r"(?:it |the cost |your [a-z]+ )?(?:over|in|into|across) \d+ "
    r"(?:monthly |weekly )?(?:months?|weeks?|years?|installments?|instalments?|payments?)\b",
    # an explainer or a pointer to reviews, not a claim: "Our three promises, explained",
    # "Read the reviews: https://…"
    r"\b(?:[a-z0-9]+ ){1,4}explained\b",
    r"\b(?:read|see|browse|check out|view|leave|write) (?:the |our |all |more |a |your )?"
    r"(?:customer )?(?:reviews?|ratings?|testimonials?)(?= (?:at |here |on )?(?:https?|www)\b)",
    # advice to the reader, not a product's effect: "four habits for calmer mornings", "three
    # ways to a straighter smile"
    r"\b(?:habits?|tips?|ways?|steps?|tricks?|ideas?|secrets?|rules?|routines?) (?:for|to) "
    r"(?:a |an |your )?(?:better|healthier|deeper|calmer|straighter|whiter|brighter|stronger|"
    r"smoother|clearer|more restful) [a-z]+\b",
    # the reader's own progress: "You're 45 days into your trial"
    r"\b(?:you re|you are|you ve been|youre) \d+ (?:nights?|days?|weeks?|months?) into "
    r"(?:your|the) [a-z]+\b",
    # rivalry, not a prize draw: "stiff competition for balcony seats"
    r"\b(?:stiff|fierce|tough|heavy|strong|intense|plenty of|a lot of|lots of|no) competition"
    r"(?: for (?:[a-z]+ ){0,2}(?:tickets?|seats?|places?|spots?|tables?|rooms?|slots?))?\b"
    r"|\bcompetition for (?:[a-z]+ ){0,2}(?:tickets?|seats?|places?|spots?|tables?|rooms?|"
    r"slots?)\b",
    # the sender hiring its own staff, not a student or client outcome: "We hired two new
    # coaches", "we've just hired a chef" ("you're hired", "graduates hired by" stay outcomes)
    r"\bwe (?:ve |have |had |just |recently |also |re |are )*(?:hired|hiring|hire) "
    r"(?:(?:a|an|two|three|four|five|several|some|more|new|our|the|\d+) )+(?:[a-z]+ ){0,2}?"
    r"(?:instructors?|teachers?|tutors?|coaches?|mentors?|staff|engineers?|nurses?|doctors?|"
    r"chefs?|designers?|developers?|advisers?|advisors?|people|team members?|employees?|"
    r"managers?|technicians?|specialists?|experts?|trainers?|drivers?|agents?|attorneys?|"
    r"lawyers?|crew|crews)\b",
    # "aged" as matured food or drink, not old people: "the aged gouda", "aged balsamic"
    r"\b(?:the )?aged (?:\d+ (?:years?|months?|weeks?|days?) )?(?:cheddar|cheddars|cheese|"
    r"cheeses|parmesan|gouda|manchego|gruyere|comte|wine|wines|whisky|whiskey|whiskies|rum|"
    r"rums|port|beef|steak|steaks|ribeye|sirloin|balsamic|vinegar|ham|hams|salami|prosciutto|"
    r"tea|teas|coffee|coffees|beer|beers|spirits|brandy|cognac|sake)\b",
    # a visit or errand, not medical care given: "lifts to medical appointments"
    r"\b(?:to|for|at|from|and|or|your|their|his|her|our) medical (?:appointments?|visits?|"
    r"offices?|centers?|centres?|buildings?|records?|forms?|bills?|errands?)\b",
    # time or effort spent, not money: "Invest five minutes in our guide", "invest a little
    # time" ("invest in gold", "invest $500" stay investing)
    r"\binvest(?:s|ed|ing)? (?:(?:just|only|a|an|one|a few|a couple of|some|a little|little|"
    r"two|three|four|five|ten|fifteen|twenty|thirty|forty|\d+) )*(?:minutes?|mins?|hours?|"
    r"seconds?|evenings?|afternoons?|mornings?|weekends?|time|effort|energy)\b",
    # an on-screen item put away, not a case dismissed: "dismiss the reminder", "dismiss this
    # notification" ("get your parking fine dismissed" stays)
    r"\bdismiss(?:es|ed|ing)? (?:the |this |that |a |an |your |any |all )?(?:[a-z]+ )?"
    r"(?:reminders?|notifications?|alerts?|banners?|pop ?ups?|prompts?|messages?|dialog(?:ue)?s?"
    r"|warnings?|cards?|tooltips?|badges?|windows?|toasts?)\b",
    # "shot" as a burst of something one cannot drink, not a measure of liquor: "36 shots of
    # sparkle" (a firework's shot count), "a shot of adrenaline", "a shot of confidence"
    r"\bshots? of (?:(?:bright|vivid|pure|extra|fresh|rich|bold|warm|golden|glittering|"
    r"crackling|sparkling) )?(?:colou?rs?|light|lights|sparkles?|sparks?|glitter|flames?|fire|"
    r"stars?|crackle|crackles|smoke|confetti|energy|adrenaline|confidence|sunshine|"
    r"inspiration|joy|fun|courage|optimism|hope|nostalgia|brightness|whimsy|style|personality|"
    r"drama|excitement|wonder)\b",
    # "haul" as a distance of travel, not goods bought: "a long-haul flight", "short-haul"
    r"\b(?:long|short|medium|mid|ultra long) haul\b",
    # a standing content feature given to every reader, not a gift: "our free practice quiz
    # of the week", "a free word puzzle of the day" (a thing tied to a purchase stays read)
    rf"\bfree (?:[a-z0-9]+ ){{0,3}}?(?:{_words(_FREE_FEATURES)}) of the (?:day|week|month)\b"
    rf"(?!(?: [a-z0-9]+){{0,8}}? (?:{_words(_PURCHASE_WORDS)})\b)",
    # "sale" of a community fundraiser, not a price cut: "the bake sale", "a garage sale"
    rf"\b(?:{_words(_COMMUNITY_SALES)}) sales?\b",
    # "clearance" as emptying, permission or a gap, not a stock sale: "lost property
    # clearance", "security clearance", "ground clearance"
    rf"\b(?:{_words(_CLEARANCE_OF)}) clearances?\b",
    # French "solde" as a balance, not "les soldes" (sales): "votre solde de points", "le
    # solde de votre compte"
    r"\b(?:(?:votre|ton|mon|son|notre|leur|le|du|au) )?solde (?:de |du |des |d )?"
    r"(?:(?:vos|votre|tes|ton|mes|mon|ses|son|nos|notre|leurs?|la|l) )?(?:points?|compte|comptes|"
    r"carte|cagnotte|conges|credits?|fidelite|tout compte|avoirs?|porte monnaie)\b"
    r"|\b(?:votre|ton|mon|son|notre|leur) solde\b",
    # a reading or viewing time: "a 4-minute read"
    r"\b\d+ (?:minute|min|second|sec) (?:read|video|watch|listen)\b",
    # a pointer to a page: "more about deposit protection at https://…", "Mehr zur … unter …"
    r"\b(?:learn more|read more|find out more|more|mehr|details|infos?|informationen) "
    r"(?:about|on|zur|zum|zu|uber|ueber) (?:[a-z0-9]+ ){1,4}?(?:at|unter|auf|on|here) "
    r"(?:https?|www|[a-z0-9-]+ (?:com|org|net|io|de|co|uk|eu))\b",
)
"""Idioms in which a commonly banned or governed word has its everyday sense."""

_SENSES = GatedAlternation(SENSE_PATTERNS)  # scanned with the alternatives a text may match


def sense_spans(view: NormalisedText) -> list[tuple[int, int]]:
    """Original spans of everyday-sense idioms in a skeleton view.

    Args:
        view: A skeleton view of one field.

    Returns:
        ``(start, end)`` spans in the original text.
    """
    return [view.original_span(*m.span()) for m in _SENSES.finditer(view.text)]


def inside_sense(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies strictly inside a (longer) everyday-sense span.

    Args:
        start: Start of a match in the original text.
        end: End of the match.
        spans: Spans from :func:`sense_spans`.

    Returns:
        True when some span contains the match and is longer than it.
    """
    return any(s <= start and end <= e and (e - s) > (end - start) for s, e in spans)
