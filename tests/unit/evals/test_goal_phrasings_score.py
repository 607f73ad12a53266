"""The goal-phrasings corpus scores as recorded in the README (issue 20), so it cannot regress."""

from __future__ import annotations

from pathlib import Path

from nextbest.evals.goals.score import load_cases, main, score

README = Path(__file__).resolve().parents[3] / "README.md"
FIRST_RUN = "| first run, 2026-12-02 | 138 / 142 (97.2 %) | 33 / 33 (100.0 %) | 2 / 0 | 0 |"
LATEST = (
    "| 2026-12-02, after fixing 4 misreadings | 142 / 142 (100.0 %) | 33 / 33 (100.0 %) "
    "| 0 / 0 | 0 |"
)


def test_the_corpus_is_large_bilingual_and_labelled() -> None:
    cases = load_cases()
    assert len(cases) >= 150
    assert {case.lang for case in cases} == {"en", "de"}
    assert {case.style for case in cases} == {"terse", "chatty", "typo"}
    assert len({case.text for case in cases}) == len(cases)
    assert sum(case.expect == "ask" for case in cases) >= 30


def test_the_recorded_figures_are_reproduced() -> None:
    result = score()
    assert (result.exact_correct, result.exact_cases) == (142, 142)
    assert (result.asked, result.ask_cases) == (33, 33)
    assert (result.asked_on_clear, result.guessed_on_ask) == (0, 0)
    assert result.changes_without_approval == 0
    assert result.exact_correct >= 138  # never below the first run
    readme = README.read_text(encoding="utf-8")
    assert FIRST_RUN in readme and LATEST in readme


def test_the_command_prints_the_figures(capsys) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert "exact goal 142/142" in out and "asked instead of guessing 33/33" in out
