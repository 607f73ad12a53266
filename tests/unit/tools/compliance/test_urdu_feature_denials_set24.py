"""A lacked feature the Urdu or Hindi copy denies is not said of the product (issue 17, set 24).

Chaadar Ghar, a bedding shop invented for these tests, sells a plain cotton bedsheet with no
quilting (رضائی سلائی). Copy saying the sheet comes "without" it ("… کے بغیر", "بغیر …") or that
it "has no" quilting ("… نہیں", "… शामिल नहीं") describes the sheet rightly; copy saying it has
quilting is still wrong.
"""

from __future__ import annotations

from compliance_helpers import email_brand, facts_fired, facts_pack

_PACK = facts_pack(
    email_brand("Chaadar Ghar", "ur-PK", "Asia/Karachi"),
    [
        {
            "id": "sada",
            "name": "Sada Bedsheet",
            "list_price": 3200,
            "currency": "PKR",
            "lacks": ["رضائی سلائی", "क्विल्टिंग"],
        }
    ],
)


def test_a_denied_feature_in_urdu_or_hindi_passes() -> None:
    for body in (
        "Sada Bedsheet: نرم کاٹن، رضائی سلائی کے بغیر، ہر موسم کے لیے۔",
        "Sada Bedsheet بغیر رضائی سلائی کے، سادہ اور نرم۔",
        "Sada Bedsheet میں رضائی سلائی نہیں ہے، صرف سادہ کاٹن۔",
        "Sada Bedsheet में क्विल्टिंग शामिल नहीं है।",
        "Sada Bedsheet: क्विल्टिंग के बिना, सादा कॉटन।",
    ):
        assert not facts_fired(_PACK, body, "نئی چادریں"), body


def test_a_feature_said_of_the_product_still_blocks() -> None:
    assert facts_fired(_PACK, "Sada Bedsheet پر خوبصورت رضائی سلائی۔", "نئی چادریں")
    assert facts_fired(_PACK, "Sada Bedsheet में सुंदर क्विल्टिंग है।", "नई चादरें")
