"""Chinese promotional words the offer rule reads: "free", "postage included" and "half price".

Chinese runs its words together, so the offer rule's word patterns, which want a word
boundary, never read 免費 ("free": 「免費試堂」, a free trial class), 包邮 ("postage included",
free shipping: 「本周全店包邮」) or 半價 ("half price": 「套餐半價」) inside a sentence. They are
found here inside the runs of letters, in Traditional and Simplified writing (and the
Japanese 半額, half price). A toll-free line (免費熱線, 免費電話) gives nothing: the call
costs nothing, as an English "toll-free number" does.
"""

from __future__ import annotations

import re

from nextbest.tools.compliance.unspaced_scripts import has_unspaced

_FREE = re.compile("免[費费](?!熱線|熱綫|热线|電話|电话|專線|专线|查詢|查询)")
"""Chinese "free", not of a telephone line."""
_FREE_SHIPPING = re.compile("包[邮郵]")
"""Chinese "postage included" (free shipping): 「本周全店包邮」."""
_HALF = re.compile("半[價价額]")
"""Chinese (and Japanese) "half price"."""


def chinese_promotions(text: str) -> list[tuple[str, int, int]]:
    """The Chinese "free" (also of postage) and "half price" words of a text, as mention kinds.

    Args:
        text: A field's text (folded or original: the words are the same in both).

    Returns:
        ``(kind, start, end)`` for each word, ``free`` or ``half``, in order.
    """
    if not has_unspaced(text):
        return []
    found = [("free", *m.span()) for m in _FREE.finditer(text)]
    found += [("free", *m.span()) for m in _FREE_SHIPPING.finditer(text)]
    found += [("half", *m.span()) for m in _HALF.finditer(text)]
    return sorted(found, key=lambda f: f[1])
