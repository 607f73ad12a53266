"""A call-to-action button that names where it leads: "See locations", not a statement.

A button whose whole text is an imperative to look at or find something followed by that
thing ("View stores", "Find our clinics", Spanish "Ver tiendas", French "Voir nos
magasins") names the page the button opens. A claim or disclosure trigger that is that thing
("stores" under a rule about store-count claims) says nothing about it: no count, no quality.
A button that says more ("See our 120 stores", "Find the best clinic") is not this shape. A
sentence that opens with such an imperative and its one-word object ("Visit our stores and
book online.") points the reader to the same place.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.normalise import fold

_LOOK = (
    r"see|view|find|browse|explore|visit|check|discover|locate|show|"  # en
    r"ver|encuentra|encontrar|busca|buscar|consulta|consultar|visita|visitar|explora|"  # es
    r"conoce|descubre|mira|"
    r"voir|trouver|trouvez|decouvrir|decouvrez|visitez|consultez|"  # fr
    r"veja|encontre|conheca|descubra|consulte|"  # pt
    r"vedi|trova|scopri|guarda|"  # it
    r"sieh|finde|finden|entdecke|entdecken|"  # de
    r"bekijk|vind|ontdek|hitta|se|visa"  # nl, sv
)
_DETERMINERS = (
    r"the|our|your|all|a|an|"
    r"el|la|los|las|nuestra|nuestras|nuestro|nuestros|tu|tus|su|sus|todas|todos|"
    r"le|les|nos|vos|tous|toutes|"
    r"o|os|as|nossa|nossas|nosso|nossos|sua|suas|seu|seus|"
    r"il|lo|i|gli|nostri|nostre|"
    r"die|der|das|unsere|alle|"
    r"de|het|onze|je|"
    r"vara|alla"
)
_BUTTON = re.compile(
    rf"^\W*(?:{_LOOK})(?:\s+(?:{_DETERMINERS}))*\s+(?P<thing>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
    r"[\s.!>»→›]*$"
)
"""A look-up imperative, determiners, then one or two words and nothing else (folded)."""
_CLAUSE = re.compile(
    rf"^\W*(?:{_LOOK})(?:\s+(?:{_DETERMINERS}))*\s+(?P<thing>[^\W\d_]+)"
    r"(?:\s*(?:$|[,.;:!])|\s+(?:and|y|e|et|und|en|och)\s)"
)
"""The same imperative opening a sentence, its one-word object ending the clause: "Visit our
stores and book online" (folded)."""


def names_place_to_visit(sentence: str, start: int, end: int) -> bool:
    """Whether a sentence opens by telling the reader to look at the thing at ``start:end``.

    Args:
        sentence: The sentence's original text (it holds no figure).
        start: Where the trigger starts, in ``sentence``.
        end: Where it ends (exclusive).

    Returns:
        True for "stores" in "Visit our stores and book online."; False for "stores" in
        "Visit our 40 stores" or "Visit our award-winning stores".
    """
    if any(c.isdigit() for c in sentence):
        return False
    folded = fold(sentence)
    match = _CLAUSE.match(folded.text)
    if match is None:
        return False
    t_start, t_end = folded.original_span(*match.span("thing"))
    return t_start <= start and end <= t_end


def names_destination(button: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` of a button are the place it leads to.

    Args:
        button: The call to action's original text.
        start: Where the trigger starts.
        end: Where it ends (exclusive).

    Returns:
        True for "stores" in "View stores" or "tiendas" in "Ver tiendas"; False for
        "stores" in "See our 120 stores" or in "Best stores in town".
    """
    folded = fold(button)
    match = _BUTTON.match(folded.text)
    if match is None:
        return False
    t_start, t_end = folded.original_span(*match.span("thing"))
    return t_start <= start and end <= t_end
