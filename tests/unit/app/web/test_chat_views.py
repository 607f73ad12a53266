"""Chat replies as UI (issue 20, items 4 and 6): previews as tables and SVG bar charts with a
cold-start explanation, proposals as the proposals page's diff table, help as clickable
examples, and amending a waiting proposal from the web page and the API."""

from __future__ import annotations

import re

from nextbest.app.web.chat_views import bar_chart, help_examples, tool_view
from tests.unit.app.web.test_chat_pages import _say, _start


def test_a_preview_is_tables_and_bar_charts_and_explains_the_cold_start(
    marketer_client, csrf_token
) -> None:
    token = csrf_token(marketer_client)
    url = _start(marketer_client, token)
    _say(marketer_client, url, token, "preview cap.sms=1/7 holdout=0.1")
    page = marketer_client.get(url).text
    preview = page[page.index('class="msg msg-preview') :]
    preview = preview[: preview.index("</li>")]
    assert "Preview on 300 customers" in preview
    assert re.search(r'<th scope="row">messages</th><td>\d+</td><td>\d+</td>', preview)
    assert preview.count("<svg") == 2 and 'class="bar-proposed"' in preview
    assert "no message because" in preview and "holdout" in preview
    assert "has not learned from any outcome yet" in preview  # why expected value is 0
    assert "<code>holdout_share</code>" in preview  # the change previewed, as a diff table
    # the terminal text of the same result is not shown twice
    assert "expected value 0.0" not in page and "by channel:" not in page


def test_help_is_a_list_of_examples_to_click(marketer_client, csrf_token) -> None:
    token = csrf_token(marketer_client)
    url = _start(marketer_client, token)
    page = marketer_client.get(url).text
    assert page.count('data-fill="at most one SMS a week"') == 1
    assert page.count("Guided mode commands") == 1  # the reference once, folded away
    _say(marketer_client, url, token, "help")
    page = marketer_client.get(url).text
    reply = page[page.index('class="msg msg-help') :]
    assert 'data-fill="keep 5 % as a control group"' in reply[: reply.index("</ul>")]
    assert page.count("propose KEY=VALUE") == 1  # not printed again in the conversation


def test_examples_name_the_workspaces_own_offers_and_segments() -> None:
    examples = help_examples(["Kayak rental half price"], ["club cards"])
    texts = [e.text for e in examples]
    assert "favour Kayak rental half price next month" in texts and "only club cards" in texts
    assert not any("{" in t for t in [e.text for e in help_examples([], [])])


def test_chart_labels_are_escaped() -> None:
    svg = str(bar_chart("t", {"<b>x</b>": 0.5}, {"<b>x</b>": 0.25}))
    assert "<b>" not in svg and "&lt;b&gt;x&lt;/b&gt;" in svg
    assert 'width="130.0"' in svg and 'width="65.0"' in svg  # 0.5 and 0.25 of 260
    assert tool_view("preview_goal_change", '{"error": "no"}') is None


def test_the_maker_amends_a_waiting_proposal_from_the_page_and_the_api(
    marketer_client, compliance_client, csrf_token
) -> None:
    token = csrf_token(marketer_client)
    url = _start(marketer_client, token)
    _say(marketer_client, url, token, "keep 10 % as a control group")
    page = marketer_client.get(url).text
    assert 'id="amend-form"' in page
    amended = marketer_client.post(
        f"{url}/amend", data={"text": "not after 8 pm", "csrf_token": token}
    )
    assert amended.status_code == 303 and amended.headers["location"] == f"{url}#pending"
    page = marketer_client.get(url).text
    assert "(revision 2)" in page and "Proposal amended (revision 2" in page
    assert re.search(r"<code>send_window.end_hour</code></td><td[^>]*>null</td><td[^>]*>20<", page)
    unclear = marketer_client.post(f"{url}/amend", data={"text": "better", "csrf_token": token})
    assert unclear.status_code == 400 and "What should change in the goal?" in unclear.text
    conversation = url.rsplit("/", 1)[1]
    api = marketer_client.post(
        f"/api/chat/{conversation}/amend",
        json={"text": "cap.email=2/7"},
        headers={"X-CSRF-Token": token},
    )
    assert api.status_code == 200, api.text
    assert api.json()["pending"]["revision"] == 3
    cora = csrf_token(compliance_client)
    other = compliance_client.post(
        f"/api/chat/{conversation}/amend",
        json={"text": "cap.sms=1/7"},
        headers={"X-CSRF-Token": cora},
    )
    assert other.status_code == 403 and "who proposed this change" in other.json()["detail"]
    assert 'id="amend-form"' not in compliance_client.get(url).text
