"""The legal footer's paragraph: the sender's name and address, and the lines around them.

A message's footer paragraph carries the legal name, the postal address and often the reason
the reader gets the message ("You receive this e-mail because you opted in"). Its words are
boilerplate, said of no product: a lacked feature's word there is another sense of the word
(a demonstrative, a place name), not the product's feature.
"""

from __future__ import annotations

from nextbest.brand_context.models import Brand
from nextbest.tools.compliance.required_text import brand_address_forms

MIN_FORM = 5
"""Characters a footer form needs: a shorter one (a name's initials) marks no footer."""


def footer_forms(brand: Brand) -> tuple[str, ...]:
    """The brand's legal name and address forms, case-folded, that mark its footer.

    Args:
        brand: The pack's brand.

    Returns:
        The forms of at least :data:`MIN_FORM` characters that are none of the brand's own
        names (a name alone is copy, not a footer).
    """
    names = {n.casefold() for n in brand.own_names}
    return tuple(
        form.casefold()
        for form in (brand.legal_name or "", *brand_address_forms(brand))
        if len(form) >= MIN_FORM and form.casefold() not in names
    )


def in_footer_paragraph(original: str, index: int, forms: tuple[str, ...]) -> bool:
    """Whether ``index`` lies in a paragraph (of a field of several) holding a footer form.

    Args:
        original: The field's original text.
        index: A character offset in it.
        forms: :func:`footer_forms` of the brand.

    Returns:
        True when the paragraph around ``index`` is not the whole field and holds one of
        ``forms``.
    """
    if not forms:
        return False
    start = original.rfind("\n\n", 0, index) + 1
    end = original.find("\n\n", index)
    end = len(original) if end < 0 else end
    if start == 0 and end == len(original):
        return False
    paragraph = original[start:end].casefold()
    return any(form in paragraph for form in forms)
