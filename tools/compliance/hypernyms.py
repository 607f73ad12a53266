"""General nouns that a headline uses for the specific ones a claim names.

A subject line is short: "A doctor at every fitting" headlines a claim that each insole is
"fitted by a registered podiatrist". The general noun says nothing the specific
one does not, so a claim that names the specific one also announces the general one. Only
nouns whose general form is strictly wider are listed (every podiatrist is a doctor, not every
doctor a podiatrist): the general word never stands in the other direction.
"""

from __future__ import annotations

CLINICIANS: frozenset[str] = frozenset(
    {
        "dentist", "orthodontist", "periodontist", "physician", "surgeon", "dermatologist",
        "optometrist", "ophthalmologist", "pediatrician", "paediatrician", "cardiologist",
        "psychiatrist", "veterinarian", "gynecologist", "gynaecologist", "endocrinologist",
        "obstetrician", "oncologist", "radiologist", "neurologist", "podiatrist",
    }
)  # fmt: skip
"""Titles of licensed medical doctors of one field (singular, lower case)."""

DOCTOR_WORDS: frozenset[str] = frozenset({"doctor", "doc", "clinician", "specialist"})
"""The general nouns for any of :data:`CLINICIANS` (singular, lower case)."""


def general_nouns(words: set[str]) -> set[str]:
    """The general nouns announced by the specific ones among ``words``.

    Args:
        words: Singular lower-case words of a claim (plural ``-s`` already dropped).

    Returns:
        :data:`DOCTOR_WORDS` when a clinician's title is among ``words``, else an empty set.
    """
    return set(DOCTOR_WORDS) if words & CLINICIANS else set()
