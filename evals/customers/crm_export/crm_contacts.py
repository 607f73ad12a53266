"""The ordinary contacts of the hostile CRM export: the CRM's columns, names, conventions.

A clean contact is drawn from ``random.Random`` with the CRM's own column names and formats
(``Email Opt-In`` as ``true``/``false``, ``SMS Consent`` as ``Y``/``N``/``express_written``,
US dates of birth). :class:`Record` is one physical record of the export, :func:`truth` one
ground-truth entry, :func:`row_text` a row as the CRM writes it. Used by
``make_crm_export.py`` (run it by path); standard library only.
"""

from __future__ import annotations

import csv
import io
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

EXPORT_DATE = date(2026, 12, 1)
"""The day the CRM admin ran the export; ages and 'days ago' are relative to it."""


EOL = "\r\n"


COLUMNS = [
    "Contact ID",
    "First Name",
    "Last Name",
    "Email Address",
    "Mobile",
    "Preferred Language",
    "Timezone",
    "Country",
    "Email Opt-In",
    "SMS Consent",
    "Push Enabled",
    "Last Email Sent",
    "Last SMS Sent",
    "Unsubscribed Date",
    "SMS Opt-Out Date",
    "Spam Complaint Date",
    "Date of Birth",
    "Do Not Contact",
    "GDPR Objection",
    "Account Created",
    "Lifetime Value",
    "Orders (12m)",
    "Days Since Last Order",
    "Favourite Category",
    "Skin Type",
    "Loyalty Tier",
    "Email Open Rate %",
    "Lifecycle Stage",
]


FIRST_NAMES = [
    "Emma", "Olivia", "Liam", "Noah", "Ava", "Isabella", "Ethan", "Mia", "James", "Harper",
    "Amelia", "Elijah", "Lucas", "Ella", "Grace", "Hannah", "Jack", "Leah", "Nora", "Chloé",
    "Zoë", "José", "Lucía", "Sofía", "Mateo", "Diego", "Siobhán", "Aoife", "Łukasz", "Bjørn",
    "Søren", "François", "Renée", "Anaïs", "Jean-Luc", "Mary-Jane", "D'Andre", "Thảo", "Wei",
    "Mei", "Hiroshi", "Yuki", "Priya", "Arjun", "Fatima", "Mohammed", "Olga", "Dmitri",
    "Kwame", "Ama", "Ngozi", "Nnamdi", "Aaliyah", "DeShawn", "Keanu", "Leilani", "Tomás",
    "Ines", "Maximilian", "Greta", "Hamish", "Niamh", "Rhys", "Ana", "Ben", "Sam", "Jo",
]  # fmt: skip


LAST_NAMES = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "García", "Miller", "Davis", "Rodríguez",
    "Martinez", "Hernández", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore",
    "Jackson", "Martin", "Lee", "O'Brien", "Nguyễn", "Müller", "Smith-Jones", "van der Berg",
    "Okafor", "Mensah", "Kowalski", "Ivanova", "Tanaka", "Kim", "Patel", "Singh", "Haddad",
    "Dubois", "Rossi", "Kealoha", "MacLeod", "Ó Súilleabháin", "Fischer", "Chen", "Wong",
]  # fmt: skip


EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example", "inbox.example"]


COUNTRY_PROFILES = [
    # country, weight, [(time zone, weight)], [(language, weight)], mobile prefix
    ("US", 0.84, [("America/New_York", 36), ("America/Chicago", 22), ("America/Denver", 8),
                  ("America/Los_Angeles", 24), ("America/Phoenix", 3), ("Pacific/Honolulu", 1),
                  ("", 6)], [("English", 90), ("Spanish", 10)], "+1"),
    ("CA", 0.07, [("America/Toronto", 60), ("America/Vancouver", 30), ("", 10)],
     [("English", 75), ("French", 25)], "+1"),
    ("GB", 0.05, [("Europe/London", 95), ("", 5)], [("English", 100)], "+44"),
    ("DE", 0.02, [("Europe/Berlin", 100)], [("German", 80), ("English", 20)], "+49"),
    ("FR", 0.02, [("Europe/Paris", 100)], [("French", 85), ("English", 15)], "+33"),
]  # fmt: skip


US_AREA_CODES = ["212", "312", "415", "503", "602", "617", "713", "808", "206", "305", "404"]


CA_AREA_CODES = ["416", "604", "514", "403"]


CATEGORIES = ["Cleansers", "Serums", "Moisturisers", "Masks", "Sun Care", "Body", "Gift Sets"]


SKIN_TYPES = ["Dry", "Oily", "Combination", "Sensitive", "Normal"]


TIERS = ["None", "Bronze", "Silver", "Gold", "Platinum"]


@dataclass
class Record:
    """One physical record of the export (a CSV row, or a deliberately broken raw line).

    Attributes:
        values: Column → cell text, for rows written through ``csv.writer``.
        raw: The exact text to write instead (without the line ending), for broken lines.
        truth: Ground-truth entries (without the line number) when the row is planted.
        duplicate_of: For a planted duplicate, the record it repeats.
    """

    values: dict[str, str] | None = None
    raw: str | None = None
    truth: list[dict[str, Any]] = field(default_factory=list)
    duplicate_of: Record | None = None


_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "æ": "ae"})


def ascii_fold(text: str) -> str:
    """Strip accents and anything that is not a letter or digit, lower-cased.

    Args:
        text: A name.

    Returns:
        An address-safe token such as ``"zoe"`` for ``"Zoë"``.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


def weighted(rng: random.Random, pairs: list[tuple[str, float]]) -> str:
    """Pick one value from ``(value, weight)`` pairs.

    Args:
        rng: The generator's random source.
        pairs: Values with relative weights.

    Returns:
        The chosen value.
    """
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights, k=1)[0]


def iso_day(day: date) -> str:
    """Format a date the way the CRM's date columns do (``YYYY-MM-DD``)."""
    return day.isoformat()


def us_day(day: date) -> str:
    """Format a date the way the web sign-up form stores birth dates (``MM/DD/YYYY``)."""
    return f"{day.month:02d}/{day.day:02d}/{day.year:04d}"


def mobile_number(rng: random.Random, country: str, prefix: str) -> str:
    """A fictional but well-formed E.164 mobile number for ``country``.

    Args:
        rng: The generator's random source.
        country: ISO 3166-1 alpha-2 code.
        prefix: The country calling code with ``+``.

    Returns:
        For example ``+14155550142`` (the 555-01xx range is reserved for fiction).
    """
    if country == "US":
        return f"+1{rng.choice(US_AREA_CODES)}5550{rng.randint(100, 199)}"
    if country == "CA":
        return f"+1{rng.choice(CA_AREA_CODES)}5550{rng.randint(100, 199)}"
    if country == "GB":
        return f"+447700900{rng.randint(100, 999)}"
    if country == "DE":
        return f"+49151{rng.randint(10000000, 99999999)}"
    return f"+336{rng.randint(10000000, 99999999)}"


def clean_contact(rng: random.Random, number: int) -> dict[str, str]:
    """One ordinary, valid contact as the CRM exports it.

    Args:
        rng: The generator's random source.
        number: Sequence number; the Contact ID is it zero-padded to seven digits.

    Returns:
        Column → cell text for every column in :data:`COLUMNS`.
    """
    profile = rng.choices(COUNTRY_PROFILES, weights=[p[1] for p in COUNTRY_PROFILES], k=1)[0]
    country, _, zones, languages, prefix = profile
    first = rng.choice(FIRST_NAMES) if rng.random() > 0.03 else ""
    last = rng.choice(LAST_NAMES)
    local = f"{ascii_fold(first) or 'hello'}.{ascii_fold(last)}"
    if rng.random() < 0.5:
        local += str(rng.randint(1, 99))
    email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
    mobile = mobile_number(rng, country, prefix) if rng.random() < 0.78 else ""
    email_opt_in = rng.random() < 0.82
    sms = weighted(rng, [("express_written", 25), ("Y", 15), ("N", 35), ("", 25)])
    if not mobile and sms in ("express_written", "Y"):
        sms = ""
    push = "1" if rng.random() < 0.42 else "0"
    created = EXPORT_DATE - timedelta(days=rng.randint(20, 2600))
    tenure = (EXPORT_DATE - created).days
    days_since_order = rng.randint(0, min(tenure, 900))
    orders_12m = 0 if days_since_order > 365 else 1 + min(int(rng.expovariate(1 / 3)), 40)
    lifetime_orders = orders_12m + rng.randint(0 if orders_12m else 1, 12)
    aov = round(rng.lognormvariate(3.8, 0.35), 2)
    ltv = round(lifetime_orders * aov, 2)
    tier = (
        "Platinum"
        if ltv > 1500
        else "Gold"
        if ltv > 800
        else "Silver"
        if ltv > 350
        else "Bronze"
        if rng.random() < 0.5
        else "None"
    )
    if days_since_order > 180:
        stage = "Lapsed"
    elif tier == "Platinum":
        stage = "VIP"
    elif lifetime_orders == 1:
        stage = "First-time buyer"
    else:
        stage = "Repeat"
    dob = ""
    if rng.random() < 0.7:
        age_days = rng.randint(18 * 366, 80 * 365)
        dob = us_day(EXPORT_DATE - timedelta(days=age_days))
    last_email = ""
    if rng.random() < 0.9:
        last_email = iso_day(
            EXPORT_DATE - timedelta(days=rng.randint(0 if email_opt_in else 90, 120))
        )
    last_sms = ""
    if sms in ("express_written", "Y") and rng.random() < 0.7:
        moment = datetime.combine(
            EXPORT_DATE - timedelta(days=rng.randint(0, 60)),
            time(rng.randint(14, 23), rng.randint(0, 59), rng.randint(0, 59)),
        )
        last_sms = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "Contact ID": f"{number:07d}",
        "First Name": first,
        "Last Name": last,
        "Email Address": email,
        "Mobile": mobile,
        "Preferred Language": weighted(rng, languages),
        "Timezone": weighted(rng, zones),
        "Country": country,
        "Email Opt-In": "true" if email_opt_in else "false",
        "SMS Consent": sms,
        "Push Enabled": push,
        "Last Email Sent": last_email,
        "Last SMS Sent": last_sms,
        "Unsubscribed Date": "",
        "SMS Opt-Out Date": "",
        "Spam Complaint Date": "",
        "Date of Birth": dob,
        "Do Not Contact": "",
        "GDPR Objection": "FALSE",
        "Account Created": iso_day(created),
        "Lifetime Value": f"{ltv:.2f}",
        "Orders (12m)": str(orders_12m),
        "Days Since Last Order": str(days_since_order),
        "Favourite Category": rng.choice(CATEGORIES) if rng.random() < 0.85 else "",
        "Skin Type": rng.choice(SKIN_TYPES) if rng.random() < 0.75 else "",
        "Loyalty Tier": tier,
        "Email Open Rate %": f"{min(100.0, rng.betavariate(2, 5) * 100):.1f}",
        "Lifecycle Stage": stage,
    }


def opted_in_everywhere(row: dict[str, str], rng: random.Random, country: str = "") -> None:
    """Give a contact consent on every channel, so a suppression is the only thing in the way.

    Args:
        row: The contact, changed in place.
        rng: The generator's random source.
        country: Optional country to move the contact to (time zone and number follow).
    """
    if country:
        profile = next(p for p in COUNTRY_PROFILES if p[0] == country)
        row["Country"] = country
        row["Timezone"] = next(z for z, _ in profile[2] if z)
        row["Mobile"] = mobile_number(rng, country, profile[4])
    if not row["Mobile"]:
        row["Mobile"] = mobile_number(rng, "US", "+1")
    if not row["Timezone"]:
        row["Timezone"] = "America/New_York"
    row["Email Opt-In"] = "true"
    row["SMS Consent"] = "express_written"
    row["Push Enabled"] = "1"
    if not row["First Name"]:
        row["First Name"] = rng.choice(FIRST_NAMES)


def truth(
    column: str | None,
    klass: str,
    expected: str,
    reason: str,
    **extra: Any,
) -> dict[str, Any]:
    """One ground-truth entry (the line number and id are added when the file is laid out).

    Args:
        column: The CRM column at fault (``None`` when the whole line is).
        klass: The planted class.
        expected: What a correct system must do with the row.
        reason: Why, in a sentence.
        **extra: Further keys such as ``channel``, ``value`` or ``also_acceptable``.

    Returns:
        The entry.
    """
    return {"column": column, "class": klass, "expected": expected, "reason": reason, **extra}


def row_text(values: dict[str, str]) -> str:
    """Serialise one row as the CRM does (minimal quoting, Windows line ending).

    Args:
        values: Column → cell text.

    Returns:
        The CSV text including its line ending.
    """
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=EOL).writerow([values[c] for c in COLUMNS])
    return buffer.getvalue()
