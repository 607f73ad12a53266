"""Run pages and API: list, progress polling, report, rejects download inside the workspace only."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from nextbest.app.web.routes.runs import REPORT_CSP
from nextbest.app.workspace.audit import AuditLog
from nextbest.app.workspace.batch import BatchRun
from nextbest.app.workspace.runtime import NextbestRuntime
from nextbest.brand_context.roles import Role
from nextbest.brand_context.workspace import Workspace
from nextbest.tools.customers import CustomerSource
from nextbest.tools.sample_customers import write_customers
from tests.unit.app.workspace.test_runs import customers_with_a_bad_row, run_batch

RUN = "run-web-1"
NOW = datetime(2026, 11, 24, 17, tzinfo=UTC)


@pytest.fixture(scope="module")
def run_home_template(web_home_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The web sample workspace with one finished 40-customer run (one bad row)."""
    home = Path(shutil.copytree(web_home_template, tmp_path_factory.mktemp("runs-web") / "ws"))
    customers = customers_with_a_bad_row(home.parent / "customers.csv", 40)
    run_batch(Workspace(home), customers, RUN)
    return home


@pytest.fixture
def web_home(run_home_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the workspace with the finished run (overrides the conftest fixture)."""
    return Path(shutil.copytree(run_home_template, tmp_path / "ws"))


def _start_run(home: Path, run_id: str, location: str) -> None:
    """A run that has started and not finished (the runs row BatchRun writes first).

    A run is recorded only once its table can be read, so the table is written first.
    """
    if not Path(location).exists():
        write_customers(Path(location), 5)
    runtime = NextbestRuntime(home)
    try:
        BatchRun(runtime, CustomerSource(location), NOW, run_id=run_id).close()
    finally:
        runtime.close()


def test_runs_list_and_run_page(clients) -> None:
    page = clients[Role.VIEWER].get("/runs")
    assert page.status_code == 200
    assert f'href="/runs/{RUN}"' in page.text and "finished" in page.text
    run = clients[Role.VIEWER].get(f"/runs/{RUN}")
    assert run.status_code == 200
    assert "reconciles" in run.text and "40 of 40 accounted for" in run.text
    assert "no message: " in run.text and "Cells" in run.text
    assert "hx-trigger" not in run.text  # finished: nothing to poll
    assert f'/runs/{RUN}/rejects.csv"' not in run.text  # viewers do not download rows
    assert f'/runs/{RUN}/rejects.csv"' in clients[Role.MARKETER].get(f"/runs/{RUN}").text
    home = clients[Role.VIEWER].get("/").text
    assert f'href="/runs/{RUN}"' in home
    assert clients[Role.VIEWER].get("/runs/nope").status_code == 404


def test_a_running_run_polls_its_progress(web_home, viewer_client) -> None:
    _start_run(web_home, "run-going", str(web_home.parent / "customers.csv"))
    page = viewer_client.get("/runs/run-going")
    assert page.status_code == 200
    assert 'hx-get="/runs/run-going/progress"' in page.text and 'hx-trigger="every 2s"' in page.text
    assert '<meta http-equiv="refresh"' in page.text  # without JavaScript
    fragment = viewer_client.get("/runs/run-going/progress")
    assert fragment.status_code == 200
    assert fragment.text.lstrip().startswith("<section") and "<html" not in fragment.text
    assert "Running — deciding" in fragment.text
    done = viewer_client.get(f"/runs/{RUN}/progress").text
    assert "hx-trigger" not in done and "Progress: done" in done
    listed = viewer_client.get("/api/runs").json()["runs"]
    assert [r["run_id"] for r in listed] == ["run-going", RUN]
    assert listed[0]["running"] and listed[0]["progress"]["stage"] == "deciding"


def test_report_is_built_by_a_marketer_and_served_without_scripts(
    web_home, viewer_client, marketer_client, csrf_token
) -> None:
    missing = viewer_client.get(f"/runs/{RUN}/report")
    assert missing.status_code == 404 and "No report for" in missing.text
    assert "Build the report now" not in missing.text
    assert "Build the report now" in marketer_client.get(f"/runs/{RUN}/report").text
    refused = viewer_client.post(
        f"/runs/{RUN}/report", data={"csrf_token": csrf_token(viewer_client)}
    )
    assert refused.status_code == 403
    built = marketer_client.post(
        f"/runs/{RUN}/report", data={"csrf_token": csrf_token(marketer_client)}
    )
    assert built.status_code == 303 and built.headers["location"] == f"/runs/{RUN}"
    report = viewer_client.get(f"/runs/{RUN}/report")
    assert report.status_code == 200
    assert report.headers["content-security-policy"] == REPORT_CSP
    assert "data:image/png;base64," in report.text and RUN in report.text
    assert viewer_client.get("/api/runs/" + RUN).json()["report_url"] == f"/runs/{RUN}/report"
    audit = AuditLog(Workspace(web_home))
    (entry,) = audit.entries(action="run.report")
    audit.close()
    assert entry.actor == "mark" and entry.target == f"run:{RUN}"


def test_rejects_download_and_no_path_leaves_the_run_folder(
    web_home, marketer_client, viewer_client, tmp_path
) -> None:
    response = marketer_client.get(f"/runs/{RUN}/rejects.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    assert response.text.splitlines()[0] == "row,customer_id,column,reason"
    assert "age" in response.text.splitlines()[1]
    assert viewer_client.get(f"/runs/{RUN}/rejects.csv").status_code == 403
    secret = web_home / "nextbest.db"
    for url in (
        f"/runs/{RUN}/..%2F..%2Fnextbest.db",
        f"/runs/..%2F..%2F{RUN}/rejects.csv",
        "/runs/..%2F..%2Fnextbest.db%00/rejects.csv",
        "/runs/%2Fetc%2Fpasswd/rejects.csv",
        f"/runs/{RUN}/rejects.csv/..%2F..%2F..%2Fnextbest.db",
        "/runs/../nextbest.db",
        f"/runs/{RUN}/outbox.jsonl",
        f"/runs/{RUN}/summary.json",
    ):
        got = marketer_client.get(url)
        assert got.status_code == 404, url
        assert "SQLite format" not in got.text and "root:" not in got.text
    assert secret.exists()
    # a symlink planted in the run folder is not followed out of it
    outside = tmp_path / "outside.csv"
    outside.write_text("row,customer_id,reason\n1,SECRET,planted\n")
    rejects = web_home / "runs" / RUN / "rejects.csv"
    rejects.unlink()
    os.symlink(outside, rejects)
    planted = marketer_client.get(f"/runs/{RUN}/rejects.csv")
    assert planted.status_code == 404 and "SECRET" not in planted.text


def test_api_run_and_unknown_runs(viewer_client: TestClient) -> None:
    data = viewer_client.get(f"/api/runs/{RUN}").json()
    assert data["status"] == "finished" and data["summary"]["reconciles"]
    assert data["counts"]["customers"] == 40 and data["rejects_url"].endswith("rejects.csv")
    assert data["report_url"] is None
    missing = viewer_client.get("/api/runs/nope")
    assert missing.status_code == 404 and missing.json() == {"detail": "There is no run nope."}
    assert viewer_client.get("/api/runs?limit=1&offset=1").json()["runs"] == []


def test_markup_in_a_run_source_renders_inert(web_home, viewer_client) -> None:
    _start_run(web_home, "run-markup", str(web_home / "<img src=x onerror=alert(1)>.csv"))
    for url in ("/runs", "/runs/run-markup"):
        page = viewer_client.get(url)
        assert page.status_code == 200
        assert "<img src=x" not in page.text
    assert "&lt;img src=x onerror=alert(1)&gt;.csv" in viewer_client.get("/runs/run-markup").text
