"""A banned Arabic word is found as a word, not inside a longer one (issue 17, set 21).

Waha Perfumes, a perfumer invented for these tests, bans the word "المجيد" (glorious) in its
Arabic copy. Arabic letters were no word characters to the phrase guard, so the banned word was
found inside the first name "عبدالمجيد", which holds it. The word still blocks standing alone,
after the one-letter words Arabic joins to the next word ("والمجيد", and the glorious;
"بالمجيد", with the glorious) and with an ending joined to it.
"""

from __future__ import annotations

from collections.abc import Callable

from compliance_helpers import ban_fires, email_ban_pack

from nextbest.tools.compliance import Verdict


def _fires(check: Callable[..., Verdict], body: str) -> bool:
    pack = email_ban_pack("Waha Perfumes", "ar-AE", "Asia/Dubai", ["المجيد", "خصم"])
    return ban_fires(check, pack, body)


def test_a_name_that_holds_the_banned_word_passes(check: Callable[..., Verdict]) -> None:
    assert not _fires(check, "مرحباً عبدالمجيد، عطرنا الجديد وصل.")
    assert not _fires(check, "شكراً يا عبدالمجيد على زيارتك.")


def test_the_banned_word_alone_or_after_joined_words_blocks(
    check: Callable[..., Verdict],
) -> None:
    assert _fires(check, "عطر المجيد وصل.")
    assert _fires(check, "عطر جديد والمجيد أيضاً.")
    assert _fires(check, "احتفل بالمجيد معنا.")
    assert _fires(check, "استمتع بخصم على العطور.")
    assert _fires(check, "خصمنا لك اليوم.")
