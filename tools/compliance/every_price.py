"""A disclosure written for every price: its words say so, whatever categories they name.

A disclosure reached by price shapes reads a catalogue price of a product whose category its
words never name as outside its subject (an optional seat fee under a rule about fares). A
rule whose own words speak of every price ("Any price carries the tax line", "Every price
states the deposit", a required line "All prices include sales tax", German "Alle Preise
inkl. 7 % MwSt.", Dutch "Alle prijzen zijn inclusief btw", French "Tous les prix sont TTC")
covers every product's price, even when another of its words happens to be a category of the
catalogue ("… or the trade line for business buyers" beside a "business" category). A price
scoped by what follows ("any price for the harbour suite", "any price reduction") is not every
price.
"""

from __future__ import annotations

import re

_EVERY_PRICE = re.compile(
    r" (?:(?:any|every|all)(?: (?:of )?(?:our|the))? prices?"
    r"|alle (?:unsere |unserer )?preise|alle (?:onze )?prijzen|tous (?:nos|les) prix"
    r"|todos (?:los|nuestros) precios|todos os (?:nossos )?precos|tutti i (?:nostri )?prezzi)"
    r"(?! (?:for|of|on|at|in|reduction|reductions|cut|cuts|drop|drops|change|changes|"
    r"increase|increases|fur|von|voor|van|pour|de|para|per)\b)"
)
"""Words in a rule's plain text that speak of every price, not of one price scoped by what
follows."""


def speaks_of_every_price(subject: str) -> bool:
    """Whether a rule's words (plain form, space-padded) speak of every price.

    Args:
        subject: The rule's description and wordings in plain form, with a space at each end
            (as :func:`~nextbest.tools.compliance.normalise.plain` writes them).

    Returns:
        True for " any price carries the tax line ", False for " any price for the suite ".
    """
    return _EVERY_PRICE.search(subject) is not None
