"""The language a customer chose, read from the message's locale.

A brand that writes in several languages lists each as one of its locales (``hr-HR`` and
``en-GB``), and each message carries the locale of the customer it goes to: the language that
customer chose. Copy in the language of that locale is written in the customer's own choice, so
it is allowed even when the language rule lists only the brand's main language ("English only
for customers who chose English"). The rule's list is not narrowed: whether the other languages
may also go to this customer (a bilingual country's second language, the main language for
everyone) is the rule's to say.

Only a locale of the brand's own counts (a message addressed in a language the brand does not
write in chose nothing of it), only for a brand of two languages or more, and only where the
rule's general list applies: a regional list (Quebec's French) stands whatever the locale.
"""

from __future__ import annotations

from nextbest.tools.compliance.name_cases import language_of


def chosen_languages(
    allowed: frozenset[str], message_locale: str | None, brand_locales: list[str]
) -> frozenset[str]:
    """The languages a message may be written in, with the customer's chosen one.

    Args:
        allowed: ISO 639-1 codes the rule allows.
        message_locale: The message's locale, if any.
        brand_locales: The brand's locales.

    Returns:
        ``allowed`` with the language of the message's locale added when it is one of the
        brand's languages; ``allowed`` itself otherwise (or when the rule allows any language).
    """
    chosen = language_of(message_locale)
    languages = {code for code in (language_of(locale) for locale in brand_locales) if code}
    if not allowed or chosen is None or chosen not in languages or len(languages) < 2:
        return allowed
    return allowed | {chosen}
