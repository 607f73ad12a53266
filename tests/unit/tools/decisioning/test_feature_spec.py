from __future__ import annotations

import numpy as np
import pytest

from nextbest.tools.decisioning.features import (
    BooleanFeature,
    CategoricalFeature,
    FeatureError,
    FeatureSpec,
    NumericFeature,
)

SPEC = FeatureSpec(
    features=[
        NumericFeature(name="age", bins=[30, 50], fill_value=40.0, indicator=True),
        NumericFeature(name="spend", log1p=True, required=False),
        BooleanFeature(name="member"),
        CategoricalFeature(name="tier", categories=["silver", "gold"]),
    ]
)


def test_encodes_rows_into_named_columns() -> None:
    rows = [
        {"customer_id": "a", "age": 25, "spend": 0.0, "member": True, "tier": "gold"},
        {"customer_id": "b", "age": None, "spend": 9.0, "member": "no", "tier": "bronze"},
    ]
    X = SPEC.encode(rows)
    assert SPEC.names == [
        "age", "age_bin0", "age_bin1", "age_bin2", "age_missing", "spend", "member",
        "tier=silver", "tier=gold", "tier=other",
    ]  # fmt: skip
    assert X.shape == (2, SPEC.dim)
    np.testing.assert_allclose(X[0], [25, 1, 0, 0, 0, 0, 1, 0, 1, 0])
    np.testing.assert_allclose(X[1], [40, 0, 1, 0, 1, np.log(10), 0, 0, 0, 1])
    assert SPEC.sources[:5] == ["age"] * 5


def test_columnar_input_gives_the_same_matrix() -> None:
    rows = [
        {"customer_id": "a", "age": 61.0, "member": False, "tier": "silver"},
        {"customer_id": "b", "age": 33.0, "member": True, "tier": "gold"},
    ]
    columns = {k: [r[k] for r in rows] for k in rows[0]}
    np.testing.assert_array_equal(SPEC.encode(rows), SPEC.encode(columns))


def test_missing_required_column_names_the_column() -> None:
    with pytest.raises(FeatureError, match="'member'.*required column is missing") as info:
        SPEC.encode([{"customer_id": "a", "age": 1, "tier": "gold"}])
    assert info.value.column == "member"


def test_wrong_type_names_column_and_row() -> None:
    rows = [
        {"customer_id": "a", "age": 30, "member": True, "tier": "gold"},
        {"customer_id": "b", "age": "thirty", "member": True, "tier": "gold"},
    ]
    with pytest.raises(FeatureError, match=r"'age'.*expected a number.*'thirty'.*row 1"):
        SPEC.encode(rows)
    with pytest.raises(FeatureError, match=r"'member'.*expected a boolean.*row 0"):
        SPEC.encode([{"customer_id": "a", "age": 3, "member": "maybe", "tier": "gold"}])
    with pytest.raises(FeatureError, match=r"'tier'.*expected a category label"):
        SPEC.encode([{"customer_id": "a", "age": 3, "member": True, "tier": 2.5}])


def test_missing_value_policy_error() -> None:
    spec = FeatureSpec(features=[NumericFeature(name="x", missing="error")])
    with pytest.raises(FeatureError, match=r"'x'.*missing in row 1"):
        spec.encode({"customer_id": ["a", "b"], "x": [1.0, None]})
    with pytest.raises(FeatureError, match=r"'x'.*missing in row 0"):
        spec.encode({"customer_id": np.array(["a"]), "x": np.array([np.nan])})


def test_unknown_category_can_be_an_error() -> None:
    spec = FeatureSpec(features=[CategoricalFeature(name="t", categories=["a"], unknown="error")])
    with pytest.raises(FeatureError, match="unknown category 'b'"):
        spec.encode([{"customer_id": "1", "t": "b"}])


def test_scaling_centres_and_scales() -> None:
    spec = FeatureSpec(features=[NumericFeature(name="x")])
    data = {"customer_id": list("abcd"), "x": [1.0, 2.0, 3.0, 4.0]}
    scaled = spec.with_scaling(data)
    X = scaled.encode(data)
    assert abs(X.mean()) < 1e-12
    assert abs(X.std() - 1.0) < 1e-12


def test_duplicate_feature_names_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate feature names"):
        FeatureSpec(features=[NumericFeature(name="x"), BooleanFeature(name="x")])
