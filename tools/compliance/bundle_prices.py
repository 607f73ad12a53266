"""The list price of catalogue products sold together: the sum of their list prices.

A package of two or more catalogue products ("the Tune-up Visit and the Filter Kit for $90
(usually $120)") is worth, at list, what its products cost one by one: a reference price equal to
the sum of the list prices of the products the sentence names is the package's list price, not an
invented one. Each product counts once however often it is named, every one must have a list
price, and they must share one currency.
"""

from __future__ import annotations

from collections.abc import Iterable

from nextbest.brand_context.models import Product

MIN_PRODUCTS = 2
"""Products a package needs: one product's list price is its own."""


def bundle_list_price(products: Iterable[Product]) -> float | None:
    """The sum of the list prices of the distinct products given, when they form a package.

    Args:
        products: Products named together (repeats allowed).

    Returns:
        The sum rounded to cents, or None for fewer than :data:`MIN_PRODUCTS` distinct products,
        one without a list price, or mixed currencies.
    """
    distinct = {p.id: p for p in products}
    if len(distinct) < MIN_PRODUCTS:
        return None
    if any(p.list_price is None for p in distinct.values()):
        return None
    if len({p.currency for p in distinct.values() if p.currency}) > 1:
        return None
    return round(sum(float(p.list_price or 0) for p in distinct.values()), 2)
