"""Everyday senses of claim triggers: words that rank or promise only in some of their uses.

The built-in lexicon reads "ever", "most", "the newest" and "on time" as claims. Each word also
has an everyday use in which it claims nothing about the brand:

- "ever" as *at any time* after the person it is said of: "If you're ever in a flood", "more
  than I ever imagined", "the best pizza you'll ever taste" (the superlative there, "best", is
  a trigger of its own). Only "best ever", "first ever", "No fees, ever" rank or promise.
- "most" as *the majority of*, before a plural noun: "Most tenancy disputes end without a hearing",
  "most skin types". A word between them that looks like an adjective ("most trusted brands",
  "most popular flavours") keeps it a ranking, as do "the / our most …" and a comparison
  with the majority ("less than most agencies", "unlike most bakeries").
- "most" as a degree of the reader's (or someone else's) own state: "the chair you're most
  comfortable in", "they're most active at dawn". Not said with "we" (the brand).
- "our newest" / "our latest" (the brand's own range in order of arrival: "Our newest recipe")
  and an invitation to look at the newest items ("See the newest", "browse the latest"): they
  date a product; they rank nothing against anyone.
- "our highest level of support", "its lowest tier of service": a place in the brand's own
  range of plans, which ranks the plans against each other, not the brand against anyone.
- "twice the joy", "double the fun": a multiplier of a feeling is a figure of speech, not a
  measured comparison ("twice the filling" stays one).
- set phrases: "As ever", "our ever-growing range", "our first-ever pop-up", "most likely",
  "most importantly", "the most common kind / question" (how often a kind occurs: a definition
  or an FAQ, not a ranking of the brand), "best of luck", "best friends", "make the best of",
  "personal best", a wish ("have the best weekend") and the diary ("the earliest slot", "the
  latest check-out").
- "best of all" (a discourse marker), "our best tip" (ranks a piece of advice) and "for the
  best finish / results / view of the stage" (the purpose of an instruction to the reader);
  "for the best prices" and "the best view in town" stay claims.
- "save your spot / the date" (*reserve*, not a saving) and "a savings goal / account" (the
  reader's own savings).
- a trigger naming the topic of the reader's questions: "Warranty questions? Ask us".
- the winner of the brand's own contest or giveaway ("Winner of our photo contest announced"):
  a reader won; the brand was given no award.
- an instruction to the reader to be punctual: "Please arrive on time for your class".
- "on time" of the reader's payments: "No late fee when you pay on time", "you paid your
  rent on time all year", "make every repayment on time", "make 9 months of on-time
  payments". A payment made by the brand ("we pay claims on time", "we make on-time
  payments") stays a promise.
- "rated" as a specification, not a review: "rated for winds up to 90 mph", "rated to -10 °C",
  "fire-rated", "Class 3 impact-rated" (a tested limit or a tested property); "rated 4.3 out
  of 5", "top-rated" and "rated by 2,000 guests" stay endorsements.
- an indirect question that names a topic and answers nothing: "How tenancy deposits are returned",
  "How seeds are tested" (a process explained, said of no "we" / "our"), "What students say
  about us" (the reviews announced, not quoted).
- a result named as the condition of a payment: "Pay nothing until you're placed", "no fee
  unless you're approved" (when the reader pays, not a promise that the result comes).
- the time the reader's own self-service step takes: "Your booking can be ready in two
  minutes", "your account is ready in 5 minutes" (the reader fills in a form; nothing is
  delivered or done for them — "your order will be ready in 30 minutes" stays a promise).
- "medical" before a noun of the reader's own dealings: "rides to medical appointments",
  "bring your medical records", "medical history" (paperwork and errands, not care given).
- a person's past work described by its reach: "spent eight years building games played
  by millions" (what someone made elsewhere, not the brand's own endorsement).
- a period's pick of pieces of content: "the season's best stories", "the best recipes of
  the week" (an editor's selection of pieces against each other; "the year's best deals"
  stays a claim).
- an indirect question naming a safety topic: "Summer picnics: what's safe for dogs", "which
  plants are safe for cats" ("which of our chews are safe" stays a claim).
- a limit set against a figure: "Keep the fridge no warmer than 5" (a bound, not a
  comparison with anyone).
- the readers' own act of rating, thanked, with no rating stated: "You rated us" ("You rated
  us 4.9", "you rated us highly" state one).
- "ever" in a condition on something happening at any time: "if there's ever a power cut".
- a need at its highest: "when you need it most" (the reader's need, not a ranking).
- what a product fits or works with, for most of a kind: "fits most rental cars", "works with
  most smartphones" (a share of things, even after an adjective-looking word).
- the readers' own reviews, thanked: "Thank you for your reviews" (no rating stated).
- the state of the reader's own refund: "your refund is on its way", "we've issued your
  refund" (a service message about one return; "Full refund within 30 days" stays a promise).
- how fast a device pairs, connects or syncs with the reader's phone: "syncs over USB with
  your laptop in seconds" (a set-up step's time, not an effect of the product).
- a condition that comes with a season: "Summer is here and so are midges, wasps and
  hay fever" (nothing is said to treat it).
- "ever" after a modal or perfect auxiliary, of any subject: "no guarantee that it will ever be
  used", "whether it has ever been tested" (*at any time*; "best ever" stays a ranking).
- a person's age in a family: "the oldest surviving relative", "your youngest child" (a place in
  a family, not a ranking of anything the brand sells; "the oldest brand" stays one).
- "award" as a loyalty programme's redemption: "award flights", "award seats", "an award
  chart" (a booking paid in points or miles, not a prize given to the brand).
- a referral to the reader's clinician for a condition: "If your dog has kidney disease, talk
  to your veterinarian", "ask your doctor whether it is right for you" (advice to seek care;
  nothing is said to treat the condition).
- the reader's clinician's own judgement of safety: "if your doctor decides the treatment
  isn't safe for you" (what the clinician decides, not a safety claim of the brand's).
- the nutrients a food supplies, named as its contents: "plus the vitamins and minerals cats
  need", "with added vitamins" (a composition; a benefit said of them stays a claim).
- a letter grade of a rating scheme: "C-rated, not A-rated", "an A++ rated boiler" (a
  classed property, like "impact-rated"; a review score stays an endorsement).
- a condition that does not follow from a risk: "Many people with the marker never develop
  the condition" (a statement of uncertainty about people, said of no product).
- the arrival of the reader's paperwork: "your paperwork arrives within 21 days" (a
  process of issue, not a promise of service speed).

The patterns run on the skeleton view (case folded, punctuation as spaces) and are added to
the claim grounding rule's exceptions: a trigger overlapping one of their spans is not read.
"""

from __future__ import annotations

from nextbest.brand_context.models import ClaimCategory
from nextbest.tools.compliance.green_produce import GREEN_PRODUCE

_PERSON = r"(?:i|you|they|he|she|anyone|anybody|someone|somebody|no one|nobody|people)"
_AUXILIARY = (
    r"(?: (?:re|ve|d|ll|s|m|am|are|is|was|were|have|has|had|do|does|did|will|would|could|"
    r"can|should|might|may|need|needed|get|got))?"
)
_EVER_AT_ANY_TIME = (
    rf"(?<![a-z0-9])(?:we|{_PERSON}){_AUXILIARY} ever(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:if|in case|should|whenever|when) (?:there|it) (?:s|is|are|was|were) "
    r"ever(?![a-z0-9])"
)
"""A person, an optional auxiliary, then "ever": the adverb *at any time*; or a condition on
something happening at any time ("if there's ever a power cut", "in case it is ever needed")."""

_ADJECTIVE_ENDINGS = (
    "ed", "ing", "ful", "ous", "ive", "able", "ible", "al", "ic", "ent", "ant", "ar", "ish",
    "less", "est", "ern", "ly", "ure", "ate", "ite", "ile", "ine", "ior", "ier", "ique", "ient",
)  # fmt: skip
_DETERMINERS = ("the", "our", "its", "your", "their", "his", "her", "my", "a", "whose")
_COMPARED_WITH = ("than", "unlike", "beat", "beats", "beating", "over")
"""Words before "most" that compare the brand with the majority ("less than most agencies")."""
_MOST_OF_A_PLURAL = (
    r"(?<![a-z0-9])most"  # the word first: the look-behinds run only after a "most"
    + "".join(f"(?<!{d} most)" for d in (*_DETERMINERS, *_COMPARED_WITH))
    + r" (?:(?![a-z]+(?:"
    + "|".join(_ADJECTIVE_ENDINGS)
    + r")(?![a-z0-9]))[a-z]+ )?(?:[a-z]+[^\Wsu\d]s|people|children|men|women)(?![a-z0-9])"
)
"""Determiner-less "most", at most one non-adjective word, then a plural noun."""

_FITS_MOST = (
    r"(?<![a-z0-9])(?:fits?|fitting|suits?|works? with|working with|compatible with|"
    r"accepted (?:at|by)|accepts?|available (?:at|in|on)) most (?:[a-z]+ ){0,2}?"
    r"(?:[a-z]+[^\Wsu\d]s|people|children|men|women)(?![a-z0-9])"
)
"""What a product fits or works with, for the majority of a kind: "fits most rental cars",
"works with most smartphones". The adjective-looking word ("rental") is part of the noun: the
verb before "most" counts a share of things, it ranks nothing."""

_MOST_OF_A_STATE = (
    r"(?<![a-z0-9])(?:you|they|he|she|i) (?:re|are|were|was|is|s|m|am|feel|felt|look|looks|"
    r"seem|seems) most(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:you|they|he|she|i|we|it|people|someone|anyone) (?:ll |will |would |might "
    r"|may )?(?:need|needs|needed|want|wants|wanted|count on|rely on) (?:it|them|him|her|us|"
    r"you|this|that|one|help|support)? ?most(?![a-z0-9])"
)
"""A person's own state or need at its highest: "you're most comfortable in", "your battery
could die when you need it most"."""

_OWN_NEWEST = (
    r"(?<![a-z0-9])(?:our|my) (?:very )?(?:newest|latest)(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:see|browse|shop|discover|explore|check out|meet|view|find|read|watch) "
    r"(?:all )?the (?:very )?(?:newest|latest)(?![a-z0-9])"
)
"""The brand's own newest item, or an invitation to look at the newest ones."""

_OWN_TIER = (
    r"(?<![a-z0-9])(?:our|its|their) (?:very )?(?:highest|lowest|top|entry|[a-z]{3,}est) "
    r"(?:level|levels|tier|tiers|grade|grades) of(?![a-z0-9])"
)
"""A place in the brand's own range of plans: "our highest level of support"."""

_PAY_ON_TIME = (
    r"(?<![a-z0-9])(?:re)?pa(?:y|id)"  # the verb first: the look-behinds run only after it
    + "".join(
        f"(?<!{who} {verb})"
        for who in ("we", "we ll", "we always", "they", "who")
        for verb in ("pay", "repay", "paid", "repaid")
    )
    + r"(?:ing)?(?: (?:[a-z0-9]+ ){0,3}?| )on time(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:make|makes|making|made|meet|meets|meeting|keep up with) "
    r"(?:(?:your|each|every|all|all your|the|all the|any|a) )?(?:[a-z]+ )?"
    r"(?:payments?|repayments?|instalments?|installments?|bills?) on time(?![a-z0-9])"
    r"|(?<![a-z0-9])(?<!we )(?<!we always )(?<!we ll )(?<!we will )(?<!we do )"
    r"(?:make|makes|making|made|meet|meets|meeting|keep up|keeps up) "
    r"(?:[a-z0-9]+ ){0,3}?on time (?:payments?|repayments?|instalments?|installments?)"
    r"(?![a-z0-9])"
)
"""The reader's punctuality with payments: "when you pay on time", "you paid every bill on
time", "make every payment on time", "customers who make 9 months of on-time payments"."""

_FEELINGS = (
    "love", "fun", "joy", "cheer", "smiles", "hugs", "laughs", "laughter", "memories",
    "excitement", "magic", "happiness", "delight", "romance", "sparkle", "thanks", "kisses",
)  # fmt: skip
_FEELING_MULTIPLIED = (
    r"(?<![a-z0-9])(?:twice|double|triple) the (?:" + "|".join(_FEELINGS) + r")(?![a-z0-9])"
)
"""A multiplier of a feeling: "Two scoops, twice the joy" measures nothing."""

_IDIOMS = (
    r"(?<![a-z0-9])(?:"
    r"as ever"  # "As ever, thanks for reading"
    r"|ever (?:[a-z]+ing)"  # "our ever-growing range", "ever-changing weather"
    r"|most (?:likely|probably|importantly|recently|often|commonly|usually)"  # a hedge
    r"|most (?:common|frequent|usual) (?:kinds?|types?|forms?|sorts?|causes?|reasons?|"
    r"questions?|mistakes?|myths?|misconceptions?)"  # how often: "the most common kind is"
    r"|best of luck|best friends?|best mates?|make the best of|personal bests?"
    r"|best of all"  # a discourse marker: "Best of all, it's easy"
    r"|best (?:tips?|advice|tricks?|hacks?)"  # ranks a piece of advice: "our best tip"
    r"|for (?:the )?best (?:results?|flavou?r|taste|fit|performance|finish|effect|comfort|"
    r"sound|picture|battery life|views?(?! (?:in|on|of all)(?![a-z0-9])))"  # the purpose of
    # an instruction: "for the best finish", "sit up front for the best view of the stage"
    r"|(?:our|my) (?:very )?first ever"  # the brand's own history: "our first-ever pop-up"
    r"|(?:have|having|had|enjoy|enjoying|enjoyed|wish you) the best (?:[a-z]+ )?(?:day|week|"
    r"weekend|time|night|evening|summer|winter|holiday|holidays|trip|birthday|christmas|"
    r"year|season)s?"  # a wish: "hope you're having the best week"
    r"|the (?:earliest|latest|soonest) (?:available )?(?:slot|slots|appointment|appointments|"
    r"booking|bookings|date|dates|start|pickup|pick up|collection|check in|check out|"
    r"departure|departures|seating|sitting|session|sessions)"  # the diary: "the earliest slot"
    r")(?![a-z0-9])"
)
"""Idioms and set phrases in which a superlative trigger ranks nothing."""

_READER_ON_TIME = (
    r"(?<![a-z0-9])(?:please|be sure to|make sure you|make sure to|remember to|try to|you ll "
    r"need to|you need to|you must) (?:arrive|be here|be there|show up|turn up|check in|get "
    r"there|get here|come|log in|join)(?: [a-z]+){0,3}? on time(?![a-z0-9])"
)
"""An instruction to the reader to be punctual: "Please arrive on time for your class"."""

_CONTEST_WINNER = (
    r"(?<![a-z0-9])winners? of (?:our|your) (?:[a-z0-9]+ ){0,3}?(?:contest|contests|"
    r"competition|competitions|giveaway|giveaways|draw|draws|sweepstakes|raffle|challenge|quiz|"
    r"vote|poll)(?![a-z0-9])"
    r"|(?<![a-z0-9])winners? of (?:the|this|last) (?:[a-z0-9]+ ){0,3}?(?:giveaway|giveaways|"
    r"draw|draws|sweepstakes|raffle|raffles)(?![a-z0-9])"
)
"""A reader who won the brand's own contest ("Winner of our summer photo contest announced") or
a prize draw; "Winner of the county baking competition" stays an award."""

_SAVE_A_PLACE = (
    r"(?<![a-z0-9])sav(?:e|es|ing|ed) (?:your|a|my|our|the|their|his|her) (?:[a-z]+ )?"
    r"(?:spot|seat|place|space|date|table|slot|booking)s?(?![a-z0-9])"
)
""""Save" as *reserve*: "Save your seat for Friday's class", "save the date"."""

_OWN_SAVINGS = (
    r"(?<![a-z0-9])savings (?:goal|target|account|pot|jar|habit|tracker|balance|streak)s?"
    r"(?![a-z0-9])"
)
"""The reader's own savings as a thing to keep: "Set a savings target", "your savings account"."""

_TOPIC_QUESTIONS = r"(?<![a-z0-9])[a-z]+ (?:questions|queries|enquiries|inquiries)(?![a-z0-9])"
"""A trigger naming the topic of the reader's questions: "Warranty questions? Ask us"."""

_PROPERTIES = (
    "impact", "fire", "wind", "water", "weather", "heat", "pressure", "load", "temperature",
    "frost", "uv", "hail", "storm", "crash", "shock", "voltage", "power", "flood", "scratch",
    "slip", "ip[0-9]{2}",
)  # fmt: skip
_RATED_SPEC = (
    r"(?<![a-z0-9])rated (?:for|to|against)(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:" + "|".join(_PROPERTIES) + r") rated(?![a-z0-9])"
)
""""Rated" as a tested limit or property: "rated for winds up to 90 mph", "impact-rated"."""

_OWN_WORDS = r"(?!(?:[a-z0-9]+ ){0,4}?(?:we|our|us|ours)(?![a-z0-9]))"
_HOW_IT_IS_DONE = (
    r"(?<![a-z0-9])how " + _OWN_WORDS + r"(?:[a-z0-9]+ ){1,4}?(?:is|are|was|were|gets?|get|"
    r"can be) [a-z]+(?:ed|en|wn)(?![a-z0-9])(?! to(?![a-z0-9]))"
)
"""An indirect question about a process, said of no "we": "How tenancy deposits are returned" ("How
<a product> is proven to work" presumes the effect and stays a claim)."""

_WHAT_THEY_SAY = (
    r"(?<![a-z0-9])what (?!we |i )(?:[a-z]+ ){1,2}?(?:say|says|said|think|thinks|thought) "
    r"(?:about (?:us|our [a-z]+|[a-z]+))?(?![a-z0-9])"
)
"""An indirect question announcing opinions without giving one: "What students say about us"."""

_MAKERS = (
    "design", "designing", "designed", "build", "building", "built", "make", "making", "made",
    "write", "writing", "wrote", "create", "creating", "created", "develop", "developing",
    "developed", "ship", "shipping", "shipped", "work on", "working on", "worked on", "lead",
    "leading", "led", "run", "running", "ran",
)  # fmt: skip
_WORK_USED_BY = (
    r"(?<![a-z0-9])(?:" + "|".join(sorted(_MAKERS, key=len, reverse=True)) + r") "
    r"(?!(?:our|the|this|these|its)(?![a-z0-9]))(?:[a-z]+ ){0,2}?[a-z]+s "
    r"(?:used|loved|trusted|played|read|watched) by(?: [a-z0-9]+){1,2}(?![a-z0-9])"
)
"""Someone's past work and its reach: "building games played by millions"."""

_PAYMENT_CONDITION = (
    r"(?<![a-z0-9])(?:pay|pays|paying|owe|repay|repayments?|payments?|fees?|charge|charged|"
    r"nothing) (?:[a-z0-9]+ ){0,4}?(?:until|unless|once|after|when|before) you(?: re| are| get| "
    r"ve been| have been| become)? [a-z]+(?![a-z0-9])"
)
"""A result as the condition of a payment: "Pay nothing until you're placed"."""

_OWN_FORM_READY = (
    r"(?<![a-z0-9])(?:your|the) (?:online )?(?:reservation|booking|account|sign up|signup|"
    r"registration|profile) (?:can be|is|will be|ll be) ready in (?:as little as )?"
    r"(?:\d+|a|one|two|three|five|ten) (?:minutes?|mins?|seconds?)(?![a-z0-9])"
)
"""The reader's own form, done in minutes: "Your booking can be ready in two minutes"."""

_MEDICAL_ERRANDS = (
    r"(?<![a-z0-9])(?:medical|doctor s?|dental|hospital) (?:appointments?|visits?|records?|"
    r"history|histories|forms?|bills?|paperwork|insurance|questionnaires?)(?![a-z0-9])"
)
"""The reader's own medical errands and papers: "transport to medical appointments"."""

_CONTENT_PIECES = (
    "photographs", "photos", "pictures", "images", "stories", "reads", "articles", "essays",
    "columns", "headlines", "books", "films", "movies", "songs", "albums", "podcasts",
    "episodes", "videos", "recipes", "moments", "puzzles", "crosswords", "letters", "cartoons",
)  # fmt: skip
_PERIODS = r"(?:year|week|month|season|summer|winter|spring|autumn|fall|decade|\d{4})"
_PERIOD_PICKS = (
    r"(?<![a-z0-9])(?:(?:the|this|last) )?" + _PERIODS + r" s (?:very )?(?:best|top|finest|"
    r"greatest|most [a-z]+) (?:[a-z]+ )?(?:" + "|".join(_CONTENT_PIECES) + r")(?![a-z0-9])"
    r"|(?<![a-z0-9])the (?:very )?(?:best|top|finest|greatest) (?:[a-z]+ )?(?:"
    + "|".join(_CONTENT_PIECES)
    + r") of (?:the |this |last )?"
    + _PERIODS
    + r"(?![a-z0-9])"
)
"""A period's pick of pieces of content: "the season's best stories", "the best recipes of the
week". The superlative ranks the pieces (photographs, stories) against each other, as an
editor's selection; it ranks nothing of the brand's against anyone ("the year's best deals" and
"the best prices of the year" stay claims)."""

_SAFE_WHAT = (
    r"(?<![a-z0-9])(?:what|which " + _OWN_WORDS + r"[a-z]+(?: [a-z]+)??)(?: s| is| are)"
    r"(?: and (?:what )?(?:isn t|is not|s not|aren t|are not))? (?:really |actually )?safe "
    r"(?:for|to)(?![a-z0-9])"
)
"""An indirect question naming a safety topic: "Summer picnics: what's safe for dogs", "which
plants are safe for cats". It announces advice; it asserts nothing of a product ("which of our
chews are safe for puppies" speaks of the brand's own and stays a claim)."""

_BOUND = (
    r"(?<![a-z0-9])(?:no|not) (?:lower|higher|more|less|fewer|later|earlier|warmer|colder|"
    r"cooler|hotter|longer|shorter|bigger|smaller|greater|faster|slower) than "
    r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a hundred)"
)
"""A limit set against a figure: "Keep the fridge no warmer than 5", "no later than 10
days". The comparative bounds a quantity; it compares nothing with anyone ("lower than other
brands", "30% lower than last year" stay comparisons)."""

_READER_RATED = (
    r"(?<![a-z0-9])(?:you|who|everyone|everybody) (?:have |has |had |all )?(?:rated|reviewed) "
    r"us(?![a-z0-9])(?! (?:\d|one|two|three|four|five|ten|highly|top|best|number|no|as|the|a|an|"
    r"among|first|above|over|at)(?![a-z0-9]))"
)
"""The readers' own act of rating, thanked, with no rating stated: "You rated us", "Thank you to
everyone who reviewed us" ("You rated us 4.9", "you rated us highly" state a rating)."""

_THANKS_FOR_REVIEWS = (
    r"(?<![a-z0-9])(?:thank you|thanks|thank you all|thanks all|we appreciate|grateful) "
    r"(?:(?:so much|again) )?for (?:all )?(?:your|the) (?:kind |honest |many |lovely )?"
    r"(?:reviews|ratings|votes|feedback)(?![a-z0-9])(?! (?:of|that|saying|calling)(?![a-z0-9]))"
)
"""The readers' own reviews, thanked: "Thank you for your reviews" names what the readers wrote,
with no rating stated ("Thanks for your 2,000 five-star reviews" states one: "five star" is read
on its own)."""

_CONDITIONS = (
    r"(?:allerg(?:y|ies)|irritation|inflammation|eczema|acne|psoriasis|rosacea|dermatitis|"
    r"hay fever|colds?|flu|coughs?)"
)
_SEASONS = (
    r"(?:spring|summer|autumn|fall|winter|the season|pollen season|the warm weather|"
    r"the cold weather|warm weather|cold weather|the holidays)"
)
_CONDITION_ARRIVES = (
    r"(?<![a-z0-9])(?:is|are|s|re) (?:here|back|coming|on its way|on the way)(?: [a-z]+)? and "
    r"so (?:is|are) (?:[a-z]+ ){0,6}?" + _CONDITIONS + r"(?![a-z0-9])"
    r"|(?<![a-z0-9])"
    + _SEASONS
    + r" (?:brings?|bringing|brought) (?:[a-z]+ ){0,6}?"
    + _CONDITIONS
    + r"(?![a-z0-9])"
)
"""A condition that comes with a season: "Summer is here and so are midges, wasps and
hay fever", "winter brings colds and dry skin". It names what the reader may meet; nothing is
said to treat it ("our drops bring relief from allergies" stays a claim)."""

_REFUND_STATUS = (
    r"(?<![a-z0-9])your refund(?: request)? (?:is|has been|was|s been|s|will be|ll be) (?:now )?"
    r"(?:on its way|on the way|being processed|processed|issued|sent|approved|complete|completed|"
    r"confirmed|underway|under way)(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:we (?:ve|have) |we |we re |we are )(?:issued|processed|sent|approved|"
    r"completed|started|issuing|processing|sending) your refund(?![a-z0-9])"
)
"""The state of the reader's own refund: "your refund is on its way", "we've issued your
refund". A service message about one return, not a promise of refunds ("Full refund within 30
days" stays one)."""

_LINKED_IN_SECONDS = (
    r"(?<![a-z0-9])(?:pairs?|paired|pairing|connects?|connected|connecting|syncs?|synced|"
    r"syncing|links?|linked|linking) (?:[a-z0-9']+ ){0,5}?in (?:just |only |a few |mere )?"
    r"(?:seconds|a few taps|a tap|one tap)(?![a-z0-9])"
)
"""How fast a device links up with the reader's phone or app: "pairs with your phone in
seconds", "syncs over Bluetooth in a few taps". The time a set-up step takes, as with the
reader's own actions in an app ("set up in minutes"), not an effect of the product ("kills
germs in seconds" stays a claim)."""

_EVER_AFTER_MODAL = (
    r"(?<![a-z0-9])(?:will|would|could|can|might|may|should|shall|has|have|had|did|does) "
    r"(?:(?:it|they|he|she|this|that) )?ever(?![a-z0-9])"
)
"""A modal or perfect auxiliary, then "ever" (*at any time*), of any subject: "no guarantee that
your child's cord blood will ever be used", "whether it has ever been tested"."""

_FAMILY_AGE = (
    r"(?<![a-z0-9])(?:the|your|my|our|their|his|her) (?:very )?(?:oldest|eldest|youngest) "
    r"(?:living |surviving |known )?(?:relatives?|relations?|family members?|members? of "
    r"(?:the|your) family|child|children|kids?|sons?|daughters?|siblings?|brothers?|sisters?|"
    r"grandparents?|grandchildren|grandchild|great grandparents?|ancestors?|cousins?|aunts?|"
    r"uncles?|generations?|family photos?|photos?|records?|letters?)(?![a-z0-9])"
)
"""A person's age in a family or the age of family papers: "the oldest surviving relative you can
ask", "your eldest daughter", "the oldest family photos" ("the oldest brand" stays a
ranking)."""

_AWARD_REDEMPTION = (
    r"(?<![a-z0-9])award (?:travel|flights?|seats?|tickets?|bookings?|nights?|stays?|charts?|"
    r"availability|space|fares?|redemptions?|trips?|space)(?![a-z0-9])"
)
"""A loyalty programme's redemption: "Where to find award flights", "award seats open up"."""

_CLINICIANS = (
    r"(?:vet|vets|veterinarian|veterinary surgeon|doctor|doctors|gp|physician|pharmacist|"
    r"paediatrician|pediatrician|midwife|nurse|dentist|dermatologist|consultant|obstetrician|"
    r"health ?care (?:provider|professional|team)|care team|specialist|genetic counsell?or)"
)
_SEE_CLINICIAN = (
    r"(?<![a-z0-9])(?:if|when|whether) (?:your|you|a|the) "
    + _OWN_WORDS
    + r"(?:[a-z0-9]+ ){1,20}?(?:talk|speak|check|consult|ask|see|call) (?:to |with )?"
    r"(?:your|a|the) (?:own )?" + _CLINICIANS + r"(?![a-z0-9])"
    r"|(?<![a-z0-9])(?:talk|speak|check|consult|ask|see|call) (?:to |with )?(?:your|a|the) "
    r"(?:own )?" + _CLINICIANS + r" (?:before|if|whether|about|when)(?: [a-z0-9]+){1,16}"
)
"""A referral to the reader's clinician for a condition: "If your dog has kidney disease, talk to
your veterinarian before changing his food", "ask your doctor whether it is right for you".
The condition is the reason to seek care; nothing of the brand's is said to treat it, and a
clause with "we" / "our" before the referral is not read as part of it."""

_CLINICIAN_WORDS = (
    "vet", "vets", "veterinarian", "surgeon", "doctor", "doctors", "gp", "physician",
    "pharmacist", "paediatrician", "pediatrician", "midwife", "nurse", "dentist",
    "dermatologist", "consultant", "obstetrician", "provider", "professional", "team",
    "specialist", "counselor", "counsellor",
)  # fmt: skip
_CLINICIAN_DECIDES = (  # each look-behind ends in a space: the guard holds, tested first
    r"(?<![a-z0-9])(?:" + "|".join(f"(?<={w} )" for w in _CLINICIAN_WORDS) + r")"
    r"(?:decides?|decided|judges?|says?|said|thinks?|feels?|advises?|confirms?|finds?|"
    r"considers?) (?:that )?(?:[a-z]+ ){0,4}?(?:is|isn t|is not|s|s not|are|aren t|are not|was|"
    r"wasn t|would be|wouldn t be|won t be) (?:not )?(?:safe|unsafe|suitable|right)"
    r"(?: (?:for|to))?(?![a-z0-9])"
)
"""The reader's clinician's judgement of safety: "If your doctor or nurse decides the treatment
isn't safe for you". The clinician decides; the brand asserts nothing about safety."""

_NUTRIENT_CONTENTS = (
    r"(?<![a-z0-9])(?:plus|with|and|added|contains?|containing|including|includes?) "
    r"(?:(?:the|all the|added|essential|key) )?(?:vitamins?|minerals?|nutrients?)"
    r"(?: and (?:minerals?|vitamins?|nutrients?|trace elements))?"
    r"(?: (?:(?:[a-z]+ ){0,2}?(?:need|needs|require|requires)|added))?(?![a-z0-9])"
    r"(?! (?:to|for|that|which) (?:[a-z]+ ){0,3}?(?:support|boost|help|promote|improve|"
    r"strengthen|protect|maintain|aid))"
)
"""Nutrients named as a food's contents: "lamb, rice and peas, plus the vitamins and minerals
cats need". A composition; "with vitamins to support immunity" says an effect and stays read
(and "immunity" is a trigger of its own)."""

_LETTER_GRADE = (
    r"(?<![a-z0-9])(?:[a-g] ?(?:\+ ?){0,3}|energy) rated(?![a-z0-9])"
    r"|(?<![a-z0-9])rated [a-g](?![a-z0-9])(?! (?:star|stars|plus|\d))"
)
"""A letter grade of a rating scheme ("C-rated, not A-rated", "energy-rated"): a classed
property, not a review."""

_NOT_DEVELOPED = (
    r"(?<![a-z0-9])(?:many|most|some|not all|few|plenty of) (?:people|patients|carriers|adults|"
    r"children|dogs|cats|women|men) (?:with|without|who|carrying) " + _OWN_WORDS + r"(?:[a-z0-9]+ )"
    r"{0,6}?(?:never|don t|do not|won t|will not|may never|may not|might not|might never) "
    r"(?:develop|get|go on to develop|show|have) (?:(?:the|a|an|any|this|that) )?(?:[a-z]+ )?"
    r"(?:diseases?|conditions?|cancers?|illness|illnesses|disorders?|symptoms|it|them|"
    r"[a-z]+itis)(?![a-z0-9])"
)
"""A condition that does not follow from a risk, said of people: "Many people with the marker
never develop the condition, and many without it do" (uncertainty stated of no product)."""

_PAPERWORK_ARRIVES = (
    r"(?<![a-z0-9])(?:your|the) (?:[a-z]+ )?(?:certificates?|certification|paperwork|"
    r"documents?|documentation|receipt|invoice|confirmation|registration|guarantee certificate)"
    r" (?:arrives?|will arrive|ll arrive|comes?|will come|is sent|are sent|will be sent|is "
    r"issued|are issued|will be issued|is posted|will be posted) within (?:(?:\d+|a|one|two|three|"
    r"four|six|eight|ten|fourteen|twenty|thirty) )?(?:working |business )?(?:days?|weeks?|"
    r"months?)(?![a-z0-9])"
)
"""The arrival of the reader's paperwork: "your paperwork arrives within 21 days" (a process of
issue, not a promise of service speed)."""

CLAIM_SENSE_PATTERNS: dict[ClaimCategory, tuple[str, ...]] = {
    ClaimCategory.SUPERLATIVE: (
        _IDIOMS,
        _EVER_AT_ANY_TIME,
        _MOST_OF_A_PLURAL,
        _MOST_OF_A_STATE,
        _FITS_MOST,
        _OWN_NEWEST,
        _OWN_TIER,
        _PERIOD_PICKS,
        _EVER_AFTER_MODAL,
        _FAMILY_AGE,
    ),
    ClaimCategory.SERVICE: (
        _PAY_ON_TIME,
        _READER_ON_TIME,
        _TOPIC_QUESTIONS,
        _OWN_FORM_READY,
        _PAPERWORK_ARRIVES,
    ),
    ClaimCategory.COMPARATIVE: (_FEELING_MULTIPLIED, _BOUND),
    ClaimCategory.ENDORSEMENT: (
        _CONTEST_WINNER,
        _RATED_SPEC,
        _WHAT_THEY_SAY,
        _WORK_USED_BY,
        _READER_RATED,
        _THANKS_FOR_REVIEWS,
        _AWARD_REDEMPTION,
        _LETTER_GRADE,
    ),
    ClaimCategory.EFFICACY: (_HOW_IT_IS_DONE, _PAYMENT_CONDITION, _LINKED_IN_SECONDS),
    ClaimCategory.HEALTH: (
        _MEDICAL_ERRANDS,
        _SAFE_WHAT,
        _CONDITION_ARRIVES,
        _SEE_CLINICIAN,
        _CLINICIAN_DECIDES,
        _NUTRIENT_CONTENTS,
        _NOT_DEVELOPED,
    ),
    ClaimCategory.PRICE: (_SAVE_A_PLACE, _OWN_SAVINGS, _TOPIC_QUESTIONS),
    ClaimCategory.GUARANTEE: (_TOPIC_QUESTIONS, _REFUND_STATUS),
    ClaimCategory.SUSTAINABILITY: (GREEN_PRODUCE,),  # "green apple", "úll glas"
}
"""Per governed category, skeleton patterns of everyday senses of its triggers."""
