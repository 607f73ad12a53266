"""A warning that the sender never asks the reader to do a banned act (issue 17, set 21).

Mây Xanh, a Vietnamese payment app invented for these tests, bans asking for a one-time code
("gửi mã xác thực", send the verification code). An anti-fraud notice saying the app never
asks the reader to do so ("không bao giờ yêu cầu bạn gửi mã xác thực", "we will never ask you
to send your verification code") makes no such request; a request still blocks.
"""

from __future__ import annotations

from typing import Any

from compliance_helpers import ban_fires, email_ban_pack

from nextbest.brand_context.models import BrandPack


def _pack() -> BrandPack:
    return email_ban_pack(
        "May Xanh", "vi-VN", "Asia/Ho_Chi_Minh", ["gửi mã xác thực", "send your verification code"]
    )


def test_a_request_never_made_is_no_request(check: Any) -> None:
    body = "Mây Xanh không bao giờ yêu cầu bạn gửi mã xác thực qua tin nhắn."
    assert not ban_fires(check, _pack(), body)
    body = "We will never ask you to send your verification code by text."
    assert not ban_fires(check, _pack(), body)


def test_a_request_still_blocks(check: Any) -> None:
    assert ban_fires(check, _pack(), "Vui lòng gửi mã xác thực để nhận quà.")
    assert ban_fires(check, _pack(), "Please send your verification code to claim the gift.")
