"""A price that is a threshold of spending, not the price of a product.

"Free shipping on orders over $40", "fares of $250 or more", "Versandkostenfrei ab 35 €
Bestellwert", "Mindestbestellwert 20 €", "livraison offerte dès 50 € d'achat", "envío gratis
en pedidos superiores a 40 €": the figure is a condition a basket must meet. A rule that asks
for a disclosure beside every price (VAT and shipping, a unit price) reads prices offered for
something; a spending threshold offers nothing at that price.

The words are general words of commerce in English, German, French, Spanish, Italian, Portuguese,
Dutch, Swedish, Romanian and Turkish: an order value after the figure ("… € Bestellwert", "… €
d'achat", "… € de compra", "500 kr eller mer") or a minimum or "orders over" before it ("vid köp
över 500 kr", "lån på minst 50 000 kr"); Romanian and Turkish likewise ("comenzile de peste 200
lei", "cel puțin 100 lei"; "2.000 TL ve üzeri", "en az 300 TL"), and Thai, written without
spaces between words ("ซื้อครบ 500 บาท", a basket reaching 500 baht; "500 บาทขึ้นไป", 500 baht
and up). Tamil, Sinhala and Hindi put "over" after the figure as a postposition ("₹ 2,000-க்கு
மேல்", "රු. 2,000ට වැඩි", "₹2,000 से अधिक"), and say "minimum" before it. "ab 8,90 €" alone
is a starting price ("from"), not a threshold: German "ab" is one only before an order-value
noun. A spend that earns a reward ("1 point for every $10 spent", Macedonian "1 поен за секои
250 ден. потрошени", Spanish "por cada 10 € de compra") is led by "for every" and is no price
either.
"""

from __future__ import annotations

import re

_AFTER = re.compile(
    r"\s*(?:\+|or (?:more|over|above|higher)|and (?:up|above|over)|minimum"
    r"|oder mehr|und mehr|(?:mindest)?(?:bestell|einkaufs|waren|warenkorb|auftrags)wert"
    r"|einkauf|bestellsumme|ou plus|d['’]achats?|de commande|(?:de|en) compras?|o m[aá]s"
    r"|di spesa|di acquisto|o pi[uù]|em compras|ou mais|of meer|eller mer[a]?|och uppåt"
    r"|sau mai mult|(?:ve\s+)?(?:üzeri|üstü)|(?:['’][^\W\d_]+\s+)?üzerindeki"
    r"|ve daha fazla)\b"
    r"|\s*ขึ้นไป"  # Thai "and up", run into the next word as Thai writes it
    # Tamil "-க்கு மேல்" (above), Sinhala "ට වැඩි" (more than), Hindi "से अधिक": postpositions
    r"|\s*-?\s*க்கு(?:ம்)?\s+(?:மேல்|மேற்பட்ட)|\s+அல்லது\s+அதற்கு(?:ம்)?\s+மேல்"
    r"|\s*(?:ට|කට)\s+(?:වඩා\s+)?(?:වැඩි|ඉහළ)|\s+හෝ\s+ඊට\s+වැඩි"
    r"|\s*(?:से|या\s+उससे)\s+(?:अधिक|ज़्यादा|ज्यादा|ऊपर)",
    re.IGNORECASE,
)
_BEFORE = re.compile(
    r"(?:\b(?:over|above|at least|more than|exceeding|orders? of)"
    r"|\b(?:minimum|min\.)(?:\s+[a-z]+){0,2}(?:\s+of)?:?"
    r"|\bmindest(?:bestell|einkaufs|waren|warenkorb|auftrags|umsatz)\w*(?:\s+(?:von|ab))?:?"
    r"|\b(?:bestellungen|einkäufen?|bestellwert|einkaufswert|warenwert|warenkorbwert)"
    r"\s+(?:ab|über|von)(?:\s+(?:mindestens|einem\s+wert\s+von))?"
    r"|\bab\s+einem\s+(?:bestell|einkaufs|waren|warenkorb)wert\s+von"
    r"|\b(?:minimum|montant)\s+d['’]achat\s+(?:de\s+)?|\bcommandes?\s+de\s+plus\s+de"
    r"|\bachats?\s+(?:minimum\s+)?de\s+plus\s+de"
    r"|\b(?:compra|pedido|gasto)\s+m[ií]nim[oa]\s+de|\b(?:pedidos|compras)\s+"
    r"(?:superiores\s+a|de\s+m[aá]s\s+de|acima\s+de)"
    r"|\b(?:spesa|ordine)\s+minim[oa]\s+di|\b(?:ordini|acquisti)\s+superiori\s+a"
    r"|\b(?:bestellingen|aankopen)\s+(?:vanaf|boven|van\s+minimaal)|\bminimaal"
    r"|\b(?:minst|över)|\b(?:köp|beställningar|ordrar|order)\s+(?:över|för\s+minst|på\s+minst)"
    r"|\b(?:minsta\s+)?(?:köp|order)(?:belopp|värde|summa)\s+(?:på\s+)?"
    r"|\b(?:comenz\w*|cumpărături|cumparaturi)\s+(?:de\s+)?(?:peste|minimum|minim)"
    r"|\b(?:de\s+)?minimum|\bcel\s+pu[țţt]in|\ben\s+az"
    # "for every" before a spend that earns a reward: English, South Slavic, Bulgarian, Spanish,
    # Portuguese, French, Italian, Dutch, German
    r"|\bfor\s+(?:every|each)|\bза\s+(?:секо[иј]|всеки|свак(?:их|и|у))|\b(?:por|a)\s+cada"
    r"|\bpour\s+chaque|\bper\s+ogni|\bvoor\s+elke|\bfür\s+je(?:den)?"
    r"|ครบ|ขั้นต่ำ"  # Thai "reaching", "minimum": glued to the word before
    r"|குறைந்தபட்சம்|අවම|न्यूनतम"  # Tamil, Sinhala, Hindi "minimum"
    r")\s*$",
    re.IGNORECASE,
)


def is_threshold(text: str, start: int, end: int) -> bool:
    """Whether the price at ``text[start:end]`` is a spending threshold.

    Args:
        text: The original text of the field.
        start: Where the price starts.
        end: Where it ends.

    Returns:
        True when an order-value word follows the price or a minimum / "orders over" phrase
        leads into it.
    """
    if _AFTER.match(text, end):
        return True
    return _BEFORE.search(text[max(0, start - 40) : start]) is not None
