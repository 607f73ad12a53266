"""Inflected forms of a banned phrase, in the language the brand writes (its locales).

A compliance officer lists a banned word as the dictionary gives it; copy uses it in the form
the sentence needs. Two regular inflections are read here, each only for a brand writing in
that language:

- **Scandinavian definite suffix.** Swedish, Danish and Norwegian write "the" as an ending:
  "nattklubb" (a night club) is "nattklubben" (the night club), "bröd" is "brödet", a
  noun ending in a vowel takes ``-n`` / ``-t`` ("flaska" → "flaskan"), and one ending in an
  unstressed ``-el`` / ``-er`` drops the ``e`` ("cykel" → "cykeln"). A banned one-word noun of
  at least :data:`MIN_NOUN` letters is banned in its definite form too; a phrase of several
  words is left as written (its article or adjective decides the form).
- **French participle agreement.** A participle or adjective in ``-é`` agrees with its noun:
  "livré en 24 h" is "livrés en 24 h" of shoes (masculine plural) and "livrées" of
  bags. A banned phrase whose word ends in ``-é`` (written with its accent,
  so it cannot be another final ``e``) is banned with that word in the plural too; the
  feminine ``-ée`` is found already (the skeleton reads it as a stretched letter, see
  :mod:`~nextbest.tools.compliance.stretched_letters`). The last word of a banned phrase
  of several words, the noun or adjective it ends on, takes the regular plural too: "100 %
  naturel" is "100 % naturels" of two creams, "parfaitement étanche" "parfaitement étanches"
  (``-s``; ``-aux`` for ``-al``, ``-x`` after ``-eau`` / ``-eu``); a word already ending in
  ``-s``, ``-x`` or ``-z`` is its own plural. A one-word ban is left as written: alone, its
  plural may be another word ("pari", a bet, and the city "Paris").
- **German adjective endings.** An adjective before its noun takes the ending its case and
  gender need: "günstiger Tee" (nominative) is "mit günstigem Tee" (dative) and "günstigen
  Tee" (accusative). A banned phrase of a declined adjective (``-e``, ``-er``, ``-es``,
  ``-en``, ``-em``) and a capitalised noun is banned with the adjective's other endings too.
- **Turkish case suffixes.** Turkish adds the case to the noun: "bambu lifi" (bamboo fibre) is
  "bambu lifinden" (from bamboo fibre), "bambu lifiyle", "bambu lifine". A banned phrase whose
  last word has at least :data:`MIN_TURKISH` letters is banned with that word in its case
  forms too (ablative, locative, dative, accusative, genitive, instrumental, plural), the
  buffer letter after a vowel (``n`` after a possessive ``-i``, ``y``) and a final ``k``, ``p``,
  ``t``, ``ç`` softened before a vowel ("pamuk" → "pamuğa") included.
- **Hungarian case suffixes.** Hungarian too adds the case to the noun: "ingyenes szállítás"
  (free delivery) is "ingyenes szállítást", "ingyenes szállítással", "ingyenes szállításról".
  A banned phrase whose last word has at least :data:`MIN_HUNGARIAN` letters is banned with
  that word in its case forms too, in both vowel harmonies (a form of the wrong harmony is no
  word, so it is never found), a final ``a`` / ``e`` lengthened before the suffix ("kávé",
  "pizza" → "pizzát") and the ``v`` of ``-val`` / ``-vá`` assimilated to a final consonant
  ("szállítással").
- **Icelandic case endings.** Icelandic declines its nouns too, and writes "the" as a further
  ending: "sundlaug" (a pool) is "sundlauginni" (in the pool), "hestur" (a horse) "hestinum"
  (to the horse), "kaffibolli" (a cup of coffee) "kaffibollanum". A banned phrase whose last
  word has at least :data:`MIN_ICELANDIC` letters is banned with that word in its regular case,
  plural and definite forms too, taken from its stem (a masculine ``-ur``, a weak ``-i`` / ``-a``
  dropped). Forms whose stem vowel changes ("glas" → "glösum") are not made.
- **Irish initial mutations.** Irish changes a word's first letter after other words: "bád" (a
  boat) is "do bhád" (to a boat), "ár mbád" (our boat); "úll" (an apple) is "ár n-úll". A banned
  phrase is banned with its first word lenited, eclipsed or prefixed too
  (:mod:`~nextbest.tools.compliance.irish_mutations`).
"""

from __future__ import annotations

from nextbest.tools.compliance.irish_mutations import irish_mutations
from nextbest.tools.compliance.name_cases import language_of

DEFINITE_SUFFIX: frozenset[str] = frozenset({"sv", "da", "nb", "nn", "no"})
"""Languages that write the definite article as a noun's ending."""

FRENCH: frozenset[str] = frozenset({"fr"})
"""Languages whose ``-é`` participles agree in number with their noun."""

GERMAN: frozenset[str] = frozenset({"de"})
"""Languages whose adjectives take a case ending before their noun."""

TURKISH: frozenset[str] = frozenset({"tr"})
"""Languages that add a noun's case as a suffix."""

MIN_TURKISH = 3
"""Fewest letters of a banned phrase's last word given its Turkish case forms."""

_TURKISH_SUFFIXES = (
    "dan", "den", "tan", "ten", "da", "de", "ta", "te", "la", "le", "lar", "ler",
)  # fmt: skip
"""Turkish suffixes that begin with a consonant (ablative, locative, instrumental, plural)."""
_TURKISH_VOWEL_SUFFIXES = ("a", "e", "ı", "i", "u", "ü", "ın", "in", "un", "ün", "la", "le")
"""Turkish suffixes that begin with a vowel (dative, accusative, genitive), and the
instrumental written after a buffer ``y``."""
_SOFTENED = {"k": "ğ", "p": "b", "t": "d", "ç": "c"}
"""A final consonant Turkish softens before a vowel ("pamuk" → "pamuğu")."""

HUNGARIAN: frozenset[str] = frozenset({"hu"})
"""Languages that add a noun's case as a suffix, with vowel harmony."""

MIN_HUNGARIAN = 4
"""Fewest letters of a banned phrase's last word given its Hungarian case forms."""

_HUNGARIAN_SUFFIXES = (
    "ban", "ben", "ba", "be", "ból", "ből", "nak", "nek", "ról", "ről", "ra", "re",
    "hoz", "hez", "höz", "tól", "től", "ért", "ig", "ként", "on", "en", "ön", "n", "t", "k",
)  # fmt: skip
"""Hungarian case and plural suffixes added as they are (inessive, illative, elative, dative,
delative, sublative, allative, ablative, causal, terminative, essive, superessive, accusative,
plural)."""
_HUNGARIAN_LINKED = ("at", "et", "ot", "öt", "ak", "ek", "ok", "ök")
"""The accusative and plural after a consonant, with their linking vowel ("parkolást" needs none,
"ajánlatot" one)."""
_HUNGARIAN_ASSIMILATED = ("al", "el", "á", "é")
"""The instrumental and translative after a consonant, which doubles it ("szállítással")."""
_HUNGARIAN_LONG = {"a": "á", "e": "é"}
"""A final short vowel lengthened before a suffix ("pizza" → "pizzát")."""

IRISH: frozenset[str] = frozenset({"ga"})
"""Languages that mutate a word's first letter
(:mod:`~nextbest.tools.compliance.irish_mutations`)."""

ICELANDIC: frozenset[str] = frozenset({"is"})
"""Languages that decline a noun by endings and add the definite article to it."""

MIN_ICELANDIC = 4
"""Fewest letters of a banned phrase's last word given its Icelandic case forms."""

_ICELANDIC_ENDINGS = (
    "i", "s", "a", "u", "ar", "ir", "um", "ur", "ið", "inu", "ins", "inn", "num", "sins", "in",
    "ina", "inni", "innar", "nir", "na", "unum", "anna", "arnir", "irnir", "ana", "una", "urnar",
    "ann", "anum", "ans",
)  # fmt: skip
"""Icelandic endings added to a noun's stem: the cases of the singular and plural (dative
``-i``, genitive ``-s`` / ``-ar``, plural ``-ar`` / ``-ir`` / ``-um`` / ``-a``), and the same
with the definite article (``-ið``, ``-inu``, ``-inn``, ``-num``, ``-in``, ``-inni``,
``-unum``, ``-anna``, ``-arnir``; a weak noun's ``-ann``, ``-anum``, ``-ans``)."""

MIN_NOUN = 4
"""Fewest letters of a banned noun given its definite form ("barn" → "barnet")."""

MIN_PARTICIPLE = 4
"""Fewest letters of a French ``-é`` word given its plural ("été" is left alone)."""

_VOWELS = frozenset("aeiouyåäöæø")

_GERMAN_ENDINGS = ("em", "en", "er", "es", "e")
"""The endings of a German adjective before its noun, longest first."""

MIN_STEM = 4
"""Fewest letters of a German adjective's stem ("der", "die", "jeden" are no adjectives)."""


def _definite(word: str) -> list[str]:
    """The definite singular forms of a Scandinavian noun ("nattklubb" → "nattklubben")."""
    lower = word.casefold()
    if lower[-1] in _VOWELS:
        return [word + "n", word + "t"]  # "flaska" -> "flaskan", "äpple" -> "äpplet"
    forms = [word + "en", word + "et"]  # "fest" -> "festen", "godis" -> "godiset"
    if lower.endswith(("el", "er")):
        forms.append(word + "n")  # "cykel" -> "cykeln", "vinter" -> "vintern"
    return forms


def _french_plural(word: str) -> str | None:
    """The regular plural of a French noun or adjective ("sûr" → "sûrs"), None if it has none."""
    if not word.isalpha() or len(word) < MIN_PARTICIPLE:
        return None
    lower = word.casefold()
    if lower.endswith(("s", "x", "z")):
        return None  # "gratuits", "heureux", "nez": the plural is the same word
    if lower.endswith("al"):
        return word[:-2] + ("AUX" if word.isupper() else "aux")  # "national" -> "nationaux"
    if lower.endswith(("eau", "eu")):
        return word + ("X" if word.isupper() else "x")
    return word + ("S" if word.isupper() else "s")


def _french_plurals(phrase: str) -> list[str]:
    """A phrase with each ``-é`` word, or its last word, in the plural.

    "remboursé par …" → "remboursés par …"; "100 % naturel" → "100 % naturels".
    """
    words = phrase.split()
    out: list[str] = []
    if len(words) > 1:
        last = _french_plural(words[-1])
        if last is not None and not words[-1].endswith(("é", "É")):
            out.append(" ".join([*words[:-1], last]))
    agreeing = [
        i
        for i, w in enumerate(words)
        if w.endswith(("é", "É")) and len(w) >= MIN_PARTICIPLE and w.isalpha()
    ]
    if not agreeing:
        return out
    for suffix in ("s", "es"):
        out.append(" ".join(w + suffix if i in agreeing else w for i, w in enumerate(words)))
    return out


def _german_declensions(phrase: str) -> list[str]:
    """A phrase with its adjective in the other endings ("günstiger Tee" → "günstigem Tee").

    Only a lower-case word with an adjective ending right before a capitalised word (a noun)
    is declined; a determiner's stem is too short to be taken for an adjective's.
    """
    words = phrase.split()
    out: list[str] = []
    for i in range(len(words) - 1):
        word, noun = words[i], words[i + 1]
        if not (word.isalpha() and word.islower() and noun[:1].isupper()):
            continue
        ending = next((e for e in _GERMAN_ENDINGS if word.endswith(e)), None)
        if ending is None or len(word) - len(ending) < MIN_STEM:
            continue
        stem = word[: -len(ending)]
        out += [
            " ".join([*words[:i], stem + other, *words[i + 1 :]])
            for other in _GERMAN_ENDINGS
            if other != ending
        ]
    return out


def _turkish_cases(phrase: str) -> list[str]:
    """A phrase with its last word in the Turkish case forms ("bambu lifi" → "bambu lifinden")."""
    head, _, word = phrase.rpartition(" ")
    if not word.isalpha() or len(word) < MIN_TURKISH:
        return []
    lead = f"{head} " if head else ""
    lower = word.casefold()
    if lower[-1] in "aeıioöuü":
        stems = [word + "n", word + "y"]
        forms = [stem + s for stem in (word, word + "n") for s in _TURKISH_SUFFIXES]
        forms += [stem + s for stem in stems for s in _TURKISH_VOWEL_SUFFIXES]
    else:
        soft = word[:-1] + _SOFTENED[lower[-1]] if lower[-1] in _SOFTENED else word
        forms = [word + s for s in _TURKISH_SUFFIXES]
        forms += [stem + s for stem in {word, soft} for s in _TURKISH_VOWEL_SUFFIXES]
    return [lead + form for form in forms]


def _hungarian_cases(phrase: str) -> list[str]:
    """A phrase with its last word in the Hungarian case forms ("szállítás" → "szállítással")."""
    head, _, word = phrase.rpartition(" ")
    if not word.isalpha() or len(word) < MIN_HUNGARIAN:
        return []
    lead = f"{head} " if head else ""
    last = word[-1]
    if last.casefold() in "aeiouáéíóöőúüű":
        stem = word[:-1] + _HUNGARIAN_LONG.get(last, last)
        forms = [stem + s for s in (*_HUNGARIAN_SUFFIXES, "val", "vel", "vá", "vé")]
    else:
        forms = [word + s for s in (*_HUNGARIAN_SUFFIXES, *_HUNGARIAN_LINKED)]
        forms += [word + last + s for s in _HUNGARIAN_ASSIMILATED]
    return [lead + form for form in forms]


def _icelandic_cases(phrase: str) -> list[str]:
    """A phrase with its last word in the Icelandic case forms ("sundlaug" → "sundlauginni")."""
    head, _, word = phrase.rpartition(" ")
    if not word.isalpha() or len(word) < MIN_ICELANDIC:
        return []
    lead = f"{head} " if head else ""
    lower = word.casefold()
    if lower[-1] in "aeiouyáéíóúýæö":
        stems = [word[:-1]]  # a weak noun: "kaffibolli" -> "kaffiboll-": "kaffibollanum"
        forms = [word + e for e in ("s", "ð", "nu", "ns", "nn", "num", "n", "na", "nni", "r")]
    else:
        stems = [word]
        forms = []
        if lower.endswith("ur") and len(word) > MIN_ICELANDIC:
            stems.append(word[:-2])  # "hestur" -> "hest-": "hestinum", "hesti"
            forms.append(word[:-2])  # the accusative is the bare stem: "hest"
    forms += [stem + ending for stem in stems for ending in _ICELANDIC_ENDINGS]
    return [lead + form for form in dict.fromkeys(forms) if form.casefold() != lower]


def inflected_phrases(phrases: list[str], locales: list[str]) -> list[str]:
    """The inflected forms of a rule's banned phrases for a brand writing in ``locales``.

    Args:
        phrases: The rule's banned phrases as the pack writes them.
        locales: The brand's locales (``sv-SE``, ``fr-FR``).

    Returns:
        The forms the rule does not list already; none for the other languages.
    """
    languages = {language_of(locale) for locale in locales} - {None}
    listed = {p.strip().casefold() for p in phrases}
    out: list[str] = []
    for phrase in phrases:
        text = phrase.strip()
        forms: list[str] = []
        if languages & DEFINITE_SUFFIX and text.isalpha() and len(text) >= MIN_NOUN:
            forms += _definite(text)
        if languages & FRENCH:
            forms += _french_plurals(text)
        if languages & GERMAN:
            forms += _german_declensions(text)
        if languages & TURKISH:
            forms += _turkish_cases(text)
        if languages & HUNGARIAN:
            forms += _hungarian_cases(text)
        if languages & ICELANDIC:
            forms += _icelandic_cases(text)
        if languages & IRISH:
            forms += irish_mutations(text)
        for form in forms:
            if form.casefold() not in listed:
                listed.add(form.casefold())
                out.append(form)
    return out
