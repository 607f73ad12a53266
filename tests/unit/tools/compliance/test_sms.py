"""GSM-7 / UCS-2 segment counting."""

from __future__ import annotations

import pytest

from nextbest.tools.compliance.sms import is_gsm7, sms_size


@pytest.mark.parametrize(
    ("text", "encoding", "units", "segments"),
    [
        ("", "GSM-7", 0, 0),
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("€" * 80, "GSM-7", 160, 1),  # extension table: two septets each
        ("€" * 81, "GSM-7", 162, 2),
        ("é" * 160, "GSM-7", 160, 1),  # in the basic alphabet
        ("ç" + "a" * 69, "UCS-2", 70, 1),  # lower-case ç is not GSM-7
        ("ç" + "a" * 70, "UCS-2", 71, 2),
        ("\U0001f600" * 35, "UCS-2", 70, 1),  # emoji: two UTF-16 units each
        ("\U0001f600" * 36, "UCS-2", 72, 2),
        ("a" * 134 + "✨", "UCS-2", 135, 3),
    ],
)
def test_sms_size(text: str, encoding: str, units: int, segments: int) -> None:
    size = sms_size(text)
    assert (size.encoding, size.units, size.segments) == (encoding, units, segments)


def test_ucs2_reports_the_offending_character() -> None:
    assert sms_size("Hi ✨ there").offending == "✨"
    assert sms_size("Hi there").offending is None
    assert is_gsm7("Reply STOP [ok] {x} ~") and not is_gsm7("naïve")
