"""Belarusian function words for the language reader.

:mod:`~nextbest.tools.compliance.language_id` reads a language by its function words. Read
without a list of its own, Belarusian copy is Ukrainian copy: the two share ``і``, ``з``,
``ці``, ``або``, ``але``, ``які``, ``можна``, ``між`` and ``ні`` (and ``для`` with Russian),
which the Ukrainian list holds. The list here holds those shared words too, so that their one
vote is split between them, and the words Belarusian writes its own way: the preposition
``ў``, ``гэта`` and its forms, ``ад``, ``яго``, ``яе``, ``калі``, ``таксама``, ``толькі``,
``ужо``, ``вельмі``, ``усе``, ``сёння``, ``цяпер``, ``дзе``, ``пасля``, ``праз``, ``трэба``,
``яны``. Left out are the words Russian writes the same (``ваш``, ``наш``, ``мы``, ``вы``,
``перед``), so that Russian copy gains no Belarusian vote, and those Serbian or Macedonian
copy in Cyrillic uses (``што``, ``са``).
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "be": "ў гэта гэты гэтая гэтае гэтыя гэтых гэтым гэтую гэтага гэтай ад яго яе іх калі "
    "таксама толькі ужо ўжо вельмі усе ўсе усё ўсё усіх ўсіх кожны кожная кожнага сёння "
    "цяпер дзе які якая якое якія якіх пасля паміж праз трэба вашы вашага вашай нашы "
    "нашага нашай сваё свае сваіх яны яна ён "
    "і з зі із ці або але можна між ні для",
}
"""Belarusian function words (case-folded): its own, and those it shares with Ukrainian."""
