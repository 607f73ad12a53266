"""Function words that tell Russian and Ukrainian copy apart, for the language reader.

:mod:`~nextbest.tools.compliance.language_id` reads a language by its function words. Russian
and Ukrainian share their script and many short words with each other and with Bulgarian,
Serbian, Macedonian and Mongolian copy written in Cyrillic (``и``, ``в``, ``на``, ``за``,
``до``, ``от``, ``да``, ``ли``, ``ще``, ``ви``, ``ми``, ``та``), which the reader does not list.
So each of the two lists here keeps only words of its own language that none of those share
(Russian ``что``, ``это``, ``мы``, ``всегда``, ``только``; Ukrainian ``і``, ``що``, ``це``,
``або``, ``також``): Ukrainian copy then never reads as Russian, nor Russian as Ukrainian, and
copy in another Cyrillic language gains no votes for either. The two words only they share
(``для``, ``через``) split their vote between them.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    "ru": "что чтобы это этот эта эти этом этого этой эту мы вы всех всем всего всё всегда "
    "только уже ещё еще его её ее который которая которое которые которых будет будут есть "
    "если также тоже когда нет очень сейчас сегодня теперь здесь можно "
    "вашего вашей вашим нашего нашей нашим своих свою пожалуйста для через",
    "uk": "і й що щоб це цей ця ці цього цієї цим якщо або але також вже лише тільки є його "
    "її їх їхній він вона вони який яка яке які якого після між коли чи ні від з зі із "
    "ваші вашої вашого вашій наші нашої нашого нашій свій своє свої всі усі кожен кожна "
    "кожного можна потрібно зараз сьогодні дуже теж ласка для через",
}
"""Russian and Ukrainian function words (case-folded), each list free of words the other, or
Bulgarian, Serbian, Macedonian or Mongolian copy, also uses, but ``для`` and ``через``."""
