"""Which language a stretch of copy is written in, from its function words (offline, no model).

Each supported language (English, French, Spanish, Portuguese, Italian, German, Dutch, Swedish,
Finnish, Czech, Slovak, Romanian, Turkish, Hungarian, Greek, Welsh, Catalan, Russian, Ukrainian,
Belarusian, Galician, Luxembourgish, Bosnian, Croatian, Serbian) lists its function words: articles,
prepositions, pronouns, auxiliaries and conjunctions
(``the``, ``della``, ``vous``, ``não``, ``och``, ``että``, ``jsou``, ``alebo``, ``și``,
``için``…). Content words, names, numbers and links carry no vote, so an English brand name or
a loanword ("box", "newsletter") in Italian copy does not make it English. A word several
languages share (``a``, ``de``, ``la``, ``in``, ``om``, ``on``) splits its one vote between
them. Elided and contracted forms count too: ``l'``, ``dell'``, ``qu'`` before an apostrophe,
``'re`` / ``n't`` after one. Czech and Slovak also list the
common forms an SMS writes without diacritics (``kdyz``, ``muzete``; ``ked``, ``podla``), and each
keeps the words that tell the two apart (Czech ``se``, ``jsou``, ``pro``, ``nebo``; Slovak ``sa``,
``sú``, ``pre``, ``alebo``) to itself: a Czech text leads with Czech and a Slovak one with Slovak,
and as the two share many words, neither is ever far enough ahead to block a rule for the other.
Romanian words are listed with comma-below letters (``și``) and also count in the cedilla forms
(``şi``) and, for the commonest, without diacritics (``si``, ``pana``), as SMS copy writes them;
Turkish likewise lists ``icin``, ``degil`` beside ``için``, ``değil``, and a capital dotted ``İ``
reads as ``i`` (``İçin`` is ``için``). Hungarian (``az``, ``és``, ``hogy``) and Greek (``και``,
``της``, ``για``) are read too; a Greek word counts with or without its accent (``είναι``,
``ειναι``, as copy in capitals drops it), its final sigma read as any other (the words are
case-folded).
Welsh lists only words no other listed language has (``yr``, ``yn``, ``mae``, ``gyda``, ``bob``,
``i'r``): its ``y``, ``a``, ``i``, ``o`` and ``at`` would split the votes of other languages'
commonest words, and ``am`` and ``hi`` would give English copy ("9am", "Hi Sam") Welsh votes.
Catalan shares its articles and ``de``, ``que`` with Spanish, French and Italian, and has its own
``els``, ``amb``, ``és``, ``però``, ``aquest``, ``molt``, ``i`` ("and"); it leaves out the
words that are commoner in another language's copy (``us``, ``et``, ``on``, ``si``).

Russian and Ukrainian list only the words that tell them apart and that no other Cyrillic
language shares (:mod:`~nextbest.tools.compliance.east_slavic_words`); Belarusian lists its own
words and splits those it shares with them (:mod:`~nextbest.tools.compliance.belarusian_words`).
Galician shares its articles with Portuguese and is pooled with it where neither is allowed
(:mod:`~nextbest.tools.compliance.galician_words`). Luxembourgish lists only the words German
and Dutch do not share (:mod:`~nextbest.tools.compliance.luxembourgish_words`); Bosnian,
Croatian and Serbian in Latin script share one list and are pooled as one family
(:mod:`~nextbest.tools.compliance.south_slavic_words`).

The result is deliberately cautious (:func:`judge`): a text with too few words, too few
function words, or two languages close to each other is ``None`` (not judged), so that a rule
built on it blocks only when the copy is plainly in another language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nextbest.tools.compliance.belarusian_words import WORDS as BELARUSIAN_WORDS
from nextbest.tools.compliance.east_slavic_words import WORDS as EAST_SLAVIC_WORDS
from nextbest.tools.compliance.galician_words import POOLED as GALICIAN_POOLED
from nextbest.tools.compliance.galician_words import WORDS as GALICIAN_WORDS
from nextbest.tools.compliance.luxembourgish_words import WORDS as LUXEMBOURGISH_WORDS
from nextbest.tools.compliance.south_slavic_words import POOLED as SOUTH_SLAVIC_POOLED
from nextbest.tools.compliance.south_slavic_words import SHARED as SOUTH_SLAVIC_SHARED
from nextbest.tools.compliance.south_slavic_words import WORDS as SOUTH_SLAVIC_WORDS
from nextbest.tools.compliance.south_slavic_words import widened

SUPPORTED: tuple[str, ...] = (
    "en",
    "fr",
    "es",
    "pt",
    "it",
    "de",
    "nl",
    "sv",
    "fi",
    "cs",
    "sk",
    "ro",
    "tr",
    "hu",
    "el",
    "cy",
    "ca",
    "ru",
    "uk",
    "gl",
    "lb",
    "bs",
    "hr",
    "sr",
    "be",
)
"""ISO 639-1 codes of the languages :func:`judge` can recognise."""
_SUPPORTED_SET = frozenset(SUPPORTED)

_WORDS: dict[str, str] = {
    "en": "the a an and of to in is are was were be been being for on with at by from this that "
    "these those it its you your yours we our ours us they their them he she his her him will "
    "would can could should shall may might must not no or but if then than so as what which "
    "who whom when where why how all any each more most just only about into out up off over "
    "here there do does did done have has had get got i my me now also very there's it's "
    "you're we're they're don't can't won't isn't aren't 're 'll 've 'm 'd n't 's",
    "fr": "le la les l' un une des du de d' et est sont en au aux pour par sur avec dans sans "
    "que qu' qui ne n' pas plus vous votre vos nous notre nos il elle ils elles ce cette ces "
    "cet se s' sa son ses leur leurs mais ou où si à y c' j' m' t' été être avez avons ont "
    "sera seront peut chez entre aussi tout tous toutes très jusqu' lorsqu' puisqu' déjà "
    "moins",
    "es": "el la los las un una unos unas de del al y en es son para por con sin que qué su sus "
    "tu tus nos nuestro nuestra nuestros nuestras este esta estos estas lo le les se más muy "
    "pero o como cuando donde está están hay ha han ya también todo todos usted ustedes "
    "ahora hasta desde sobre entre cada",
    "pt": "o os a as um uma uns umas de do da dos das no na nos nas em ao aos à às e é são para "
    "pra por pelo pela pelos pelas com sem que seu sua seus suas você vocês nosso nossa "
    "nossos nossas este esta isso isto essa esse mais muito mas ou como quando onde está "
    "estão já também não se ele ela até foi ser tem têm cada sobre entre",
    "it": "il lo la i gli le l' un uno una un' di del dello della dell' dei degli delle a al "
    "allo alla all' ai agli alle da dal dalla dall' dai dagli dalle in nel nello nella nell' "
    "nei negli nelle su sul sulla sull' sui con per tra fra e ed è sono che non più ma o se "
    "ti tuo tua tuoi tue vostro vostra nostro nostra nostri nostre questo questa questi "
    "queste quest' come quando anche ci si ha hai hanno sei siamo c' già ogni tutto tutti "
    "molto fino",
    "de": "der die das den dem des ein eine einen einem einer und ist sind war für mit von zu "
    "zum zur auf im in an am bei aus nach nicht auch sie wir ihr ihre ihren ihnen du dein "
    "deine unser unsere es sich oder aber wenn dass noch nur schon wird werden kann hat "
    "haben bis über vom jetzt sehr alle",
    "nl": "de het een en van in is zijn op voor met te aan niet ook je jij jouw uw u we wij ons "
    "onze dat die dit deze er naar bij om uit tot of maar als wordt worden kan heeft "
    "hebben nog al door over nu",
    "sv": "och att det som en ett är av för med till den på om de i inte har du ni vi jag han "
    "hon sig sin sitt sina din ditt dina er ert era vår vårt våra oss dem deras hans hennes kan "
    "ska skall måste vill får blir bli vara varit eller men när där här hur vad vem vilken "
    "vilket vilka så också bara nu redan alla allt efter från över mellan utan genom mot hos "
    "vid inom sedan än då detta dessa denna mer mycket ingen inget inga samt både",
    "fi": "ja on ovat oli olla ole olet olemme ei eikä että kun jos tai vai mutta myös sekä "
    "niin kuin koska vain vielä jo nyt sitten kanssa ennen jälkeen kaikki kaikille se sen "
    "sitä siitä ne niiden tämä tämän tässä tästä nämä mikä mitä joka jotka jonka minä sinä "
    "sinun sinulle hän me meidän meille te teidän teille he heidän voi voit voimme",
    "cs": "a o na se v ve z ze k ke s u za po pro při od bez nad pod před přes mezi podle kvůli "
    "až je jsou jste jsme jsem být bude budete budou byl byla bylo byly není nejsou že když "
    "pokud aby abyste protože ale nebo ani než jak jako také též jen pouze už již ještě tak "
    "který která které kterou kterého kteří kterým co kdy kde proč tento tato toto tyto "
    "tohoto této tím tom toho ten vám vás váš vaše vaši vašeho vašich nám nás náš naše si "
    "svůj svou své svého jeho její jejich všechny všechno vše všech každý více velmi nyní "
    "zde tady můžete může mohou lze máte mají "
    "pri pres az byt neni kdyz protoze jeste ktery ktera ktere vam vas vase svuj sve jeji "
    "vsechny vse vsech muzete muze maji kazdy",
    "sk": "a o na sa v vo z zo k ku s so u za po pre pri od bez nad pod pred cez medzi podľa "
    "až je sú ste sme som byť bude budete budú bol bola bolo boli nie že keď ak aby ale "
    "alebo ani než ako tiež len iba už ešte tak ktorý ktorá ktoré ktorú ktorého ktorí čo "
    "kedy kde prečo tento táto toto tieto tohto tejto tým tom toho ten vám vás váš vaše "
    "vašej vašu nám nás náš naše si svoj svoju svoje jeho jej ich všetky všetko každý viac "
    "veľmi teraz môžete môže máte majú "
    "su ked podla velmi vsetko vsetky mozete este tiez",
    "ro": "și în din pe cu la de pentru care este sunt nu să că ca se un o unei unui al ale "
    "ai lui cel cea cei cele mai sau dar prin până după fără despre către între acest "
    "această aceste acești acum tu îți ți te vă noi voi ei ea lor tău ta tale tăi nostru "
    "noastră noștri vostru voastră fi fost va vor poți puteți poate aveți avem are au "
    "deja doar foarte toate toți fiecare aici dacă când unde cum cât chiar "
    "si sa pana dupa fara catre intre aceasta iti ti tau poti puteti toti daca cand cat",
    "tr": "ve bir bu şu için ile da de ki mi mı mu mü çok daha en gibi kadar ama veya ya her "
    "hiç ne değil var yok olan olarak sonra önce şimdi hem siz sizin size sizi biz bizim "
    "bize onun ona bunu bunun tüm bütün hemen artık yani çünkü eğer diye üzere göre ise "
    "ayrıca değildir vardır yoktur ancak bile kendi sadece yalnızca dahil beri karşı rağmen "
    "içinde arasında olur olsun "
    "icin cok degil simdi cunku eger tum butun",
    "hu": "a az egy és s is nem ne hogy vagy meg már még csak ha mert mint ez ezt ezek ezzel "
    "ebben erre azt azok azzal abban arra van vannak volt voltak lesz lehet kell minden "
    "mindig sem itt ott nagyon majd után alatt felett fölött előtt között nélkül szerint "
    "számára miatt ellen helyett óta mellett által te ti ön önnek önök neked nektek nekünk "
    "nálunk velünk veled mit amely amelyek amelyet aki akik ami amit ahol amikor akkor így "
    "úgy pedig valamint illetve tehát azonban viszont sőt most ma",
    "el": "ο η το οι τα του της των τον την τους τις ένα ένας μια μία και ή να θα με σε σας "
    "σου μας στο στη στην στον στα στις στους για από που πού πως ότι αλλά δεν μην είναι "
    "ήταν έχει έχουν έχετε κάθε όλα όλοι όλες πιο πολύ μόνο ακόμα ήδη τώρα εδώ εκεί αυτό "
    "αυτή αυτός αυτά αυτές μέχρι έως χωρίς κατά μετά πριν προς ως όπως όταν αν εάν "
    "ειναι εχει εχουν εχετε καθε ολα πολυ μονο τωρα εδω αυτο μεχρι εως χωρις μετα οπως οταν",
    "cy": "yr i'r o'r a'r i'ch a'ch ac ag â ar yn ym yng mae maen mae'n sy'n oedd roedd bydd "
    "fydd ydy yw ydyn ydych oes sy sydd bod fod wedi gyda gydag efo gan heb hyd tan dros drwy "
    "trwy rhwng wrth neu ond nac nid chi chwi nhw fe fo ef hwn hyn hynny yma yno eich eu fy dy "
    "pob bob pan fel mewn hefyd dim ddim beth pa pwy sut ble pryd nawr rŵan rwan",
    "ca": "el la els les l' un una uns unes de d' del dels al als pel pels i o amb per sense que "
    "què qui quan més molt molts moltes però perquè és són està estan hi ha han hem heu tenim "
    "teniu aquest aquesta aquests aquestes aquí això seu seva seus seves teu teva teus teves "
    "nostre nostra nostres vostre vostra vostres ja també tot tota tots totes cada fins des "
    "entre n' s' ens",
    **EAST_SLAVIC_WORDS,
    **BELARUSIAN_WORDS,
    **GALICIAN_WORDS,
    **LUXEMBOURGISH_WORDS,
    **SOUTH_SLAVIC_WORDS,
}

_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
"""Romanian comma-below letters to the cedilla forms much copy is typed with."""

_VOTES: dict[str, dict[str, float]] = {}
for _language, _listed in _WORDS.items():
    for _word in set(_listed.split()):
        for _form in {_word, _word.translate(_CEDILLA)}:
            _VOTES.setdefault(_form.casefold(), {})[_language] = 1.0
POOLED: tuple[frozenset[str], ...] = GALICIAN_POOLED + SOUTH_SLAVIC_POOLED
"""Families of languages whose votes count together where none of the family is allowed."""
_FAMILY = {code: family for family in POOLED for code in family}


def _split(languages: list[str]) -> dict[str, float]:
    """Each language's share of a word's one vote: a pooled family takes one share, split."""
    groups: dict[frozenset[str], list[str]] = {}
    for code in languages:
        groups.setdefault(_FAMILY.get(code, frozenset({code})), []).append(code)
    return {
        code: 1.0 / len(groups) / len(members) for members in groups.values() for code in members
    }


for _word, _shares in _VOTES.items():
    _VOTES[_word] = _split(sorted(_shares))
for _word in SOUTH_SLAVIC_SHARED:  # a vote for the family on top of the others' (see there)
    _others = _VOTES.setdefault(_word, {})
    _share = 1.0 / max(1, len(_others)) / len(SOUTH_SLAVIC_POOLED[0])
    for _code in SOUTH_SLAVIC_POOLED[0]:
        _others[_code] = _share

MIN_VOTES = 3.0
"""Fewest function words (and votes for the other language) a judged text needs."""
UNREAD_SHARE = 0.15
"""Share of a text's words the other language's votes must reach when an allowed language is
one :func:`judge` cannot read: copy in such a language (Polish, Latvian…) shares short words
with the languages listed ("a", "na", "do", "po") but never has them as densely as copy
written in one of those (English has about one function word in every two or three words)."""
UNREAD_KINDS = 3
"""Fewest different function words the other language's votes must come from when an allowed
language is one :func:`judge` cannot read: such copy may repeat one or two short words another
language lists (a preposition written three times, a pronoun and a particle), while copy
written in a listed language uses several of its function words."""

_ENGLISH_SUFFIXES = ("n't", "'re", "'ll", "'ve", "'m", "'d", "'s")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*'?")


@dataclass(frozen=True)
class LanguageScores:
    """The function-word evidence found in a text.

    Attributes:
        words: Words (runs of letters) in the text.
        function_words: Words that are a function word of some supported language.
        scores: Language code → votes (a shared word's vote is split).
    """

    words: int
    function_words: int
    scores: dict[str, float]

    def best(self, languages: frozenset[str] | None = None) -> tuple[str | None, float]:
        """The highest-scoring language (of ``languages`` when given) and its votes.

        A pooled family (:data:`POOLED`) all of whose
        languages are candidates counts as one, under its leading language.
        """
        chosen = {
            code: score
            for code, score in self.scores.items()
            if languages is None or code in languages
        }
        for family in POOLED:
            if family <= chosen.keys():
                lead = max((chosen[code], code) for code in family)[1]
                chosen[lead] = sum(chosen.pop(code) for code in family)
        if not chosen:
            return None, 0.0
        score, code = max((score, code) for code, score in chosen.items())
        return code, score


def _tokens(text: str) -> tuple[list[str], int]:
    """Lower-case tokens, elisions and contractions split off (``l'offre``: ``l'``, ``offre``).

    Returns:
        The tokens, and how many words they are (a contraction's ``'re`` is no word).
    """
    folded = text.replace("İ", "i").casefold()
    if "'" not in folded and "’" not in folded:
        words = _WORD.findall(folded)
        return words, len(words)
    out: list[str] = []
    suffixes = 0
    for word in _WORD.findall(folded.replace("’", "'")):
        if "'" not in word or word in _VOTES:
            out.append(word)
            continue
        suffix = next((s for s in _ENGLISH_SUFFIXES if word.endswith(s)), None)
        if suffix is not None and len(word) > len(suffix):
            out += [word[: -len(suffix)], suffix]
            suffixes += 1
        else:
            head, _, tail = word.partition("'")
            out.append(head + "'")
            if tail:
                out.append(tail.rstrip("'"))
    return out, len(out) - suffixes


@lru_cache(maxsize=4096)
def language_scores(text: str) -> LanguageScores:
    """Count the function-word votes of each supported language in ``text``.

    Args:
        text: Copy with names, links and mandated wording already taken out.

    Returns:
        Words, function words and votes per language.
    """
    tokens, words = _tokens(text)
    scores = dict.fromkeys(SUPPORTED, 0.0)
    function_words = 0
    for token in tokens:
        shares = _VOTES.get(token)
        if shares is None:
            continue
        function_words += 1
        for code, share in shares.items():
            scores[code] += share
    return LanguageScores(words, function_words, scores)


def _kinds(text: str, language: str) -> int:
    """How many different function words of ``language`` ``text`` holds."""
    return len({token for token in _tokens(text)[0] if language in _VOTES.get(token, {})})


@dataclass(frozen=True)
class Judgement:
    """A confident finding that a text is written in a language other than the allowed ones.

    Attributes:
        language: The language the text is written in.
        votes: Its function-word votes.
        best_allowed: The allowed language with the most votes (None when no vote).
        allowed_votes: That language's votes.
    """

    language: str
    votes: float
    best_allowed: str | None
    allowed_votes: float


def judge(
    text: str,
    allowed: frozenset[str],
    *,
    min_words: int = 6,
    min_votes: float = MIN_VOTES,
    ratio: float = 2.5,
) -> Judgement | None:
    """Whether ``text`` is plainly written in a language outside ``allowed``.

    Precision first: None (no finding) when the text has fewer than ``min_words`` words, when
    the leading other language has fewer than ``min_votes`` function-word votes, when an
    allowed language is not one of :data:`SUPPORTED` and those votes are fewer than
    :data:`UNREAD_SHARE` of the words or come from fewer than :data:`UNREAD_KINDS` different
    words, or when it does not lead the best allowed language by
    ``ratio`` times (a bilingual or mixed text, or too little evidence either way).

    Args:
        text: The text to judge (names, links and mandated wording removed).
        allowed: ISO 639-1 codes the text may be written in.
        min_words: Fewest words a judged text has.
        min_votes: Fewest votes the other language needs.
        ratio: How many times the allowed language's votes the other language needs.

    Returns:
        The finding, or None.
    """
    evidence = language_scores(text)
    if evidence.words < min_words or evidence.function_words < min_votes:
        return None
    allowed = widened(allowed)  # Bosnian, Croatian and Serbian are read as one
    other, votes = evidence.best(_SUPPORTED_SET - allowed)
    if other is None or votes < min_votes:
        return None
    if not allowed <= _SUPPORTED_SET and (
        votes < UNREAD_SHARE * evidence.words or _kinds(text, other) < UNREAD_KINDS
    ):
        return None  # scattered or repeated shared words of copy in a language not read here
    best_allowed, allowed_votes = evidence.best(allowed)
    if votes < ratio * max(allowed_votes, 0.5):
        return None
    if allowed_votes <= 0:
        best_allowed = None
    return Judgement(other, round(votes, 2), best_allowed, round(allowed_votes, 2))
