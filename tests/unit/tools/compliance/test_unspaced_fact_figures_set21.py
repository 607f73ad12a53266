"""A figure in a fact's unit inside Japanese copy is read (issue 17, set 21).

Kohaku Sabo, a tea house invented for these tests, sells its sencha in 100g bags. Japanese runs
the words before and after a figure straight into it (「たっぷり250gで」), so the figure was
part of no word boundary and a size larger than the catalogue's went through. A Latin word
glued to the figure ("X250g") is still a name, not a size.
"""

from __future__ import annotations

from compliance_helpers import facts_fired, facts_pack, invented_brand

_PRODUCTS = [
    {
        "id": "sencha",
        "name": "煎茶",
        "list_price": 1200,
        "currency": "JPY",
        "facts": [{"name": "内容量", "value": 100, "unit": "g", "unit_aliases": ["グラム"]}],
    }
]


def test_a_larger_size_inside_a_japanese_sentence_blocks() -> None:
    pack = facts_pack(invented_brand("kohaku"), _PRODUCTS)
    assert facts_fired(pack, "煎茶はたっぷり250gでお届けします。", "新茶")
    assert facts_fired(pack, "煎茶はたっぷり２５０グラムでお届けします。", "新茶")
    assert not facts_fired(pack, "煎茶はたっぷり100gでお届けします。", "新茶")
    assert not facts_fired(pack, "煎茶と一緒にモデルX250gの急須もどうぞ。", "新茶")
