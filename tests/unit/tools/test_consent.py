"""One consent vocabulary: the validator, the contact policy and the re-check agree."""

from __future__ import annotations

import pytest

from nextbest.tools.compliance.message import Message
from nextbest.tools.consent import ConsentVocabulary, consent_level, has_consent


def test_default_vocabulary_maps_common_words_and_refuses_unknown_ones() -> None:
    vocabulary = ConsentVocabulary()
    assert vocabulary.level("true") == vocabulary.level(" YES ") == "opt_in"
    assert vocabulary.level("express_written") == "express_written"
    assert vocabulary.level("false") == vocabulary.level("") == vocabulary.level(None) == "none"
    assert vocabulary.level(True) == "opt_in" and vocabulary.level(0) == "none"
    assert vocabulary.level("maybe") is None
    assert consent_level("maybe") == "none" and not has_consent("maybe")
    assert has_consent("soft_opt_in") and not has_consent("N")


def test_a_table_vocabulary_replaces_the_default() -> None:
    sms = ConsentVocabulary(words={"Y": "express_written", "N": "none"})
    assert sms.level("y") == "express_written" and sms.level("N") == "none"
    assert sms.level("true") is None  # not a word of this table


@pytest.mark.parametrize(
    ("word", "level"), [("true", "opt_in"), ("false", "none"), ("opt_in", "opt_in"), ("x", "none")]
)
def test_the_message_recheck_accepts_every_vocabulary_word(word: str, level: str) -> None:
    message = Message(channel="email", body="Hi", consent=word)
    assert message.consent == level
