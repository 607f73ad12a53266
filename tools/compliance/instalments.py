"""Instalment plans in copy: "10x de R$ 149,99 sem juros", "4 interest-free payments of $25".

A plan is a count of instalments and the value of each, with the total when the copy states
one ("total a prazo R$ 1.499,90", "total $100"). Its arithmetic is a rule of language, the
same for every brand:

- the count and the value are *derived* figures when count × value is a price the sentence or
  the offer already gives (each instalment rounded to the cent), so restating "R$ 1.499,90" as
  "10x de R$ 149,99" changes no term of the offer;
- a plan said to be interest-free ("sem juros", "interest-free", "0% APR", "no interest",
  "sin intereses", "sans frais", "zinsfrei") — or made under an offer whose ``apr`` is 0 —
  must not cost more in total than the cash price;
- a stated total must be count × value.

Figures are read on the folded view (see :func:`~nextbest.tools.compliance.normalise.fold`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = (
    r"(?<!\d,)(?<!\d\.)"
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"  # 1,234.50
    r"|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?"  # 1.234,50
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?"  # 1 234,50
    r"|\d{1,7}(?:[.,]\d{1,2})?)"
)

_MONEY = r"(?:r\$|\b(?:a|c|nz|hk|s)\$|[$£€¥₹]|\b(?:us\$|usd|gbp|eur|cad|aud|nzd|chf|brl|mxn)\s?)\s?"
"""A currency before an amount: a symbol, a dollar with its country letter ("A$65", "R$ 99"),
or a code."""
_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "twelve": 12,
    "duas": 2, "dois": 2, "tres": 3, "quatro": 4, "dos": 2, "cuatro": 4, "deux": 2,
    "trois": 3, "quatre": 4, "zwei": 2, "drei": 3, "vier": 4,
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")"
_PLAN = re.compile(
    r"(?<![\w.,])" + _COUNT + r"\s?(?:"
    # 10x de R$ 149,99 / 10 x R$ 149,99 / 12× €50
    r"[x×]\s?(?:de\s|of\s)?(?:sem juros\s(?:de\s)?|sin intereses\s(?:de\s)?)?"
    # 4 interest-free payments of $25 / 10 parcelas de R$ 99,90 / 3 versements de 20 €
    r"|\s?(?:(?:interest[- ]free|monthly|equal|fortnightly|weekly|sem juros|mensais|iguais|"
    r"sin intereses|mensuales|sans frais|mensuels)\s)?(?:payments?|instal+ments?|parcelas?|"
    r"prestac(?:oes|ao)|cuotas?|mensualidades|plazos|versements|mensualites|raten)\s"
    r"(?:(?:interest[- ]free|sem juros|sin intereses|sans frais)\s)?(?:of|de|a|von|da)\s"
    r")" + _MONEY + r"(?P<v>" + _NUMBER + r")"
)
_TOTAL = re.compile(
    r"\btotal(?:\s(?:a prazo|financiado|parcelado|cost|price|amount|of|de|du))*\s?[:=]?\s?"
    + _MONEY
    + r"(?P<v>"
    + _NUMBER
    + r")"
)
_INTEREST_FREE = re.compile(
    r"\b(?:sem juros|interest[- ]free|no interest|0\s?% (?:apr|interest|de juros)|"
    r"juros zero|sin intereses|sans frais|zinsfrei|ohne zinsen|0\s?% zinsen)\b"
)


def read_amount(raw: str) -> float:
    """An amount in English (``1,999.90``) or Continental (``1.999,90``) notation.

    Args:
        raw: The digits with their separators.

    Returns:
        The number.
    """
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
        return float(raw.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        return float(raw.replace(".", "").replace(",", "."))
    return float(re.sub(r"[ \u00a0\u202f]", "", raw).replace(",", "."))


@dataclass(frozen=True)
class InstalmentPlan:
    """One instalment plan stated in copy.

    Attributes:
        count: How many instalments.
        value: The amount of each.
        start: Start of the plan's words in the folded text.
        end: End of the plan's words in the folded text.
        total: The total the copy states for it, if any.
        interest_free: Whether the copy calls the plan interest-free.
    """

    count: int
    value: float
    start: int
    end: int
    total: float | None
    interest_free: bool

    @property
    def cost(self) -> float:
        """What the instalments add up to."""
        return self.count * self.value

    def adds_up_to(self, amount: float) -> bool:
        """Whether the instalments make ``amount``, each rounded to the cent (up or down)."""
        return abs(self.cost - amount) <= 0.01 * self.count + 1e-6


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (ends at ``. ``, ``!``, ``?`` or a newline)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), -1)
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    return left + 1, min(ends) if ends else len(text)


def instalment_plans(folded: str) -> list[InstalmentPlan]:
    """Every instalment plan in a folded text.

    Args:
        folded: A field's folded text.

    Returns:
        The plans in order; a plan's total is the first "total … <amount>" after it in its
        sentence, and it is interest-free when its sentence says so.
    """
    plans: list[InstalmentPlan] = []
    for match in _PLAN.finditer(folded):
        raw = match.group("n")
        count = int(raw) if raw.isdigit() else _COUNT_WORDS[raw]
        value = read_amount(match.group("v"))
        if count < 2 or value <= 0:
            continue
        s_start, s_end = _sentence(folded, match.start(), match.end())
        total_match = _TOTAL.search(folded, match.end(), s_end)
        total = read_amount(total_match.group("v")) if total_match else None
        free = _INTEREST_FREE.search(folded, s_start, s_end) is not None
        plans.append(InstalmentPlan(count, value, match.start(), match.end(), total, free))
    return plans


def derived_figures(folded: str, prices: set[float]) -> set[float]:
    """Counts, values and totals of plans that add up to one of ``prices``.

    Args:
        folded: A folded copy sentence.
        prices: Prices the offer already gives.

    Returns:
        The figures that restate one of ``prices`` in instalments (not new terms); a stated
        total counts only when it is the instalments' sum too.
    """
    found: set[float] = set()
    for plan in instalment_plans(folded):
        if any(plan.adds_up_to(p) for p in prices):
            found |= {float(plan.count), plan.value}
            if plan.total is not None and plan.adds_up_to(plan.total):
                found.add(plan.total)
    return found


_AMOUNT = re.compile(_MONEY + r"(?P<v>" + _NUMBER + r")")


def sentence_amounts(folded: str, plan: InstalmentPlan) -> set[float]:
    """Money amounts stated in the plan's sentence outside the plan's own words.

    Args:
        folded: The folded field text the plan was read from.
        plan: The plan.

    Returns:
        The amounts (e.g. the cash price "R$ 1.899,90 à vista" next to the plan).
    """
    s_start, s_end = _sentence(folded, plan.start, plan.end)
    return {
        read_amount(m.group("v"))
        for m in _AMOUNT.finditer(folded, s_start, s_end)
        if not (plan.start <= m.start() < plan.end)
    }
