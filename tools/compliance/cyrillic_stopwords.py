"""Cyrillic function words left out when copy is compared with an approved wording.

:data:`~nextbest.tools.compliance.lexicon.STOPWORDS` lists the English words ("with", "of",
"your") that a comparison of copy with an approved claim ignores. Copy in Ukrainian, Russian,
Bulgarian or Serbian joins its words with prepositions, conjunctions and possessives of its own
(``з``, ``зі``, ``для``, ``від``, ``що``, ``ваш``), and a sentence sharing only such a word and
one noun with a short claim ("Tea with a discount" beside "Tea with 100% leaves") read as the
claim reworded. Each word is kept in the folded form the comparison sees, and only when that
form is no Latin word: folding maps Cyrillic letters to their Latin look-alikes, so ``на`` and
``та`` would become the Latin ``ha`` and ``ta`` and are left out.
"""

from __future__ import annotations

from nextbest.tools.compliance.normalise import plain

_WORDS = (
    "з зі із зо від до для через при про по під над без між перед після біля "
    "і й та а але або чи що щоб як якщо ні не "
    "из от под между перед после около ко во со об обо и или что чтобы как если ни "
    "у од са кроз према уз код ка је да и или али "
    "с със към за в "
    "ваш ваша ваше ваші ваши вашої вашого наш наша наше наші наши нашої нашого "
    "свій своє свої свой своя свое свои"
)
"""Prepositions, conjunctions and possessives of Ukrainian, Russian, Serbian and Bulgarian."""

STOPWORDS: frozenset[str] = frozenset(
    form for form in (plain(word) for word in _WORDS.split()) if form and not form.isascii()
)
"""The words of :data:`_WORDS` as folded, each holding a letter no Latin word has."""
