"""What a reading pointer offers to read: topics, not statements (a rule of language).

"Read more about how the rate is set and how you can repay early on our website" points the
reader to pages; "how you can repay early" names what a page explains. "You'll also find
answers to common questions and contact details for our customer service" lists what the
reader finds; "customer service" is what the contact details are for. A claim trigger in such a
sentence is a topic mention when the sentence states no figure, opens with a pointer, and

- the pointer is one to read ("read more about", "läs mer om", "en savoir plus sur") and the
  trigger sits in an indirect question after it about what the reader can do ("how you can
  …", "how to …", "hur du kan …", "comment vous pouvez …"), or
- the pointer is one of finding ("you'll also find", "du hittar också", "vous trouverez") and
  the trigger follows a reference noun and its preposition ("contact details for our",
  "kontaktuppgifter till vår", "les coordonnées de notre").

The words are matched in every language the engine reads. A trigger said outright after the
pointer ("Learn more about our award-winning service") is none of these shapes: still a claim.
"""

from __future__ import annotations

import re

_READ = (
    r"(?:read|learn|find out) more (?:about|on)|find out|learn|"  # en
    r"las mer om|lar dig mer om|ta reda pa|"  # sv
    r"en savoir plus sur|lisez(?:-en)? plus sur|decouvrez|"  # fr
    r"mas informacion sobre|lee mas sobre|descubre|"  # es
    r"saiba mais sobre|leia mais sobre|descubra|"  # pt
    r"scopri(?: di piu su)?|leggi di piu su|"  # it
    r"erfahren sie(?: mehr uber)?|lesen sie mehr uber|"  # de
    r"lees meer over|ontdek"  # nl
)
_WH = r"how|what|hur|vad|comment|ce qui|ce que|como|cómo|come|cosa|wie|was|hoe|wat"
_FIND = (
    r"(?:you(?:'ll| will)? (?:also )?find|here you(?:'ll| will)? find|"
    r"du hittar (?:ocksa |aven )?|har hittar du|ni hittar (?:ocksa |aven )?|"
    r"vous (?:y )?trouverez|encontraras|encontrara|voce encontra|troverai|troverete|"
    r"sie finden|du findest|je vindt|u vindt)"
)
_REFERENCE = (
    r"(?:contact details|details|information|info|answers|terms|conditions|"
    r"kontaktuppgifter|uppgifter|information|svar|villkor(?:en)?|"
    r"coordonnees|informations|reponses|conditions|"
    r"datos de contacto|informacion|respuestas|condiciones|contactos|informacoes|"
    r"contatti|informazioni|risposte|condizioni|kontaktdaten|informationen|antworten|"
    r"bedingungen|contactgegevens|informatie|antwoorden|voorwaarden)"
)
_PREPOSITION = (
    r"(?:for|about|on|of|to|till|om|for|pa|de|du|des|sur|del|della|dello|di|su|zu|zum|zur|"
    r"uber|von|voor|over|van|sobre|do|da|dos|das)"
)
_POSSESSIVE = (
    r"(?:our|your|the|var|vart|vara|din|ditt|dina|er|notre|nos|votre|vos|le|la|les|nuestro|"
    r"nuestra|su|sus|nosso|nossa|o|a|il|lo|nostro|nostra|unser|unsere|unserem|unseren|"
    r"unserer|ihrem|ihren|onze|uw|je|jouw)"
)
_YOU = (
    r"you can|you could|to|du kan|ni kan|man kan|vous pouvez|tu peux|puedes|puede usted|"
    r"voce pode|pode|puoi|potete|sie konnen|du kannst|je kunt|u kunt|jij kunt"
)
_READ_THEN_WH = re.compile(
    rf"^\W*(?:{_READ})\b.*\b(?:{_WH})\s+(?:[a-z]+\s+)?(?:{_YOU})\b", re.IGNORECASE
)
_OPENS_FIND = re.compile(rf"^\W*{_FIND}\b", re.IGNORECASE)
_REFERENCE_BEFORE = re.compile(
    rf"\b{_REFERENCE}\s+{_PREPOSITION}(?:\s+{_POSSESSIVE})?\s*$", re.IGNORECASE
)


def pointer_topic(before: str) -> bool:
    """Whether a trigger right after ``before`` names what a pointer offers to read.

    Args:
        before: The trigger's sentence up to the trigger, folded (lower case, no diacritics);
            the caller has checked the sentence states no figure.

    Returns:
        True for a topic the sentence points to (see the module docstring).
    """
    if _READ_THEN_WH.search(before):
        return True
    return bool(_OPENS_FIND.search(before) and _REFERENCE_BEFORE.search(before))
