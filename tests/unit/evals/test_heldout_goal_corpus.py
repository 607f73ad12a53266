"""The held-out goal-phrasings corpus and the scorer options that run it (issue 20, item 5).

The corpus ``evals/goals/heldout_phrasings.jsonl`` was written by someone who never read the
interpreter; the scorer runs it with ``--corpus``, judges ``"refuse"`` cases, and reads each
line's brand pack.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from nextbest.app.workspace.chat_tools import GoalPatch
from nextbest.brand_context.ingest import load_pack
from nextbest.evals.goals.score import case_pack_path, load_cases, main
from nextbest.tools.decisioning.goal import goal_problems

HELDOUT = Path(__file__).resolve().parents[3] / "evals" / "goals" / "heldout_phrasings.jsonl"
IRONBARK = HELDOUT.parents[1] / "guardrail" / "new_brands" / "ironbark_fitness" / "brand.yaml"


def test_the_held_out_corpus_is_large_bilingual_and_uses_several_brands() -> None:
    cases = load_cases(HELDOUT)
    assert len(cases) >= 120
    assert sum(case.lang == "en" for case in cases) >= 80
    assert sum(case.lang == "de" for case in cases) >= 40
    assert len({case.id for case in cases}) == len({case.text for case in cases}) == len(cases)
    assert len({case_pack_path(case, HELDOUT) for case in cases}) >= 2
    assert sum(case.expect == "ask" for case in cases) >= 20
    assert sum(case.expect == "refuse" for case in cases) >= 20


def test_every_expected_goal_is_one_the_limits_accept() -> None:
    packs = {}
    for case in load_cases(HELDOUT):
        if not isinstance(case.expect, dict):
            continue
        path = case_pack_path(case, HELDOUT)
        pack = packs.setdefault(path, load_pack(path))
        goal = GoalPatch.model_validate(case.expect).apply(None)
        assert goal_problems(goal, pack, case.today) == [], case.id


def test_the_corpus_option_scores_refusals_and_per_line_brands(tmp_path, capsys) -> None:
    ironbark = os.path.relpath(IRONBARK, tmp_path)
    sms_one = {"channel_caps": {"sms": {"max_sends": 1, "days": 7}}}
    lines = [
        ("propose cap.sms=1/7", sms_one, None),
        ("propose cap.sms=5/7", "refuse", None),  # above the SMS ceiling: the tool refuses
        ("propose cap.sms=1/7 ", "refuse", None),  # an acceptable proposal: not refused
        ("propose favour=refer-friend", "refuse", None),  # no such offer in the sample
        ("propose favour=refer-friend ", {"favour": [{"offer_id": "refer-friend"}]}, ironbark),
        ("propose  favour=refer-friend", "refuse", ironbark),  # a real offer there
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(
            json.dumps(
                {"id": f"t{i}", "lang": "en", "style": "terse", "today": "2026-12-02"}
                | {"text": text, "expect": expect}
                | ({"pack": pack} if pack else {})
            )
            + "\n"
            for i, (text, expect, pack) in enumerate(lines)
        ),
        encoding="utf-8",
    )
    assert main(["--corpus", str(corpus), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["cases"] == 6
    assert (figures["exact_correct"], figures["exact_cases"]) == (2, 2)
    assert (figures["refused"], figures["refuse_cases"]) == (2, 4)
    assert figures["ask_cases"] == 0
    assert main(["--corpus", str(corpus)]) == 0
    assert "refused 2/4" in capsys.readouterr().out


def test_the_held_out_first_run_stays_in_the_readme() -> None:
    readme = (HELDOUT.parents[2] / "README.md").read_text(encoding="utf-8")
    assert (
        "| held-out corpus, first run (2026-12-02, interpreter at 3a08fc9) | 55 / 98 (56.1 %) "
        "| 25 / 27 (92.6 %) | 16 / 2 | 0 | 35 / 38 |"
    ) in readme
