from __future__ import annotations

import numpy as np

from nextbest.brand_context.embedding import DIMENSIONS, MiniLMEmbedder


def test_vectors_are_unit_length_and_semantic() -> None:
    embedder = MiniLMEmbedder()
    vectors = embedder.embed(
        [
            "Not happy? Get a full refund within 60 days of purchase.",
            "get my money back",
            "No texts after 9 pm local time.",
        ]
    )
    assert vectors.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    refund, money_back, quiet = vectors
    assert refund @ money_back > refund @ quiet + 0.2


def test_padding_to_batch_longest_does_not_change_vectors() -> None:
    embedder = MiniLMEmbedder()
    alone = embedder.embed(["short text"])[0]
    padded = embedder.embed(["short text", "a much longer sentence " * 12])[0]
    assert np.allclose(alone, padded, atol=1e-4)


def test_empty_input_gives_empty_matrix() -> None:
    assert MiniLMEmbedder().embed([]).shape == (0, DIMENSIONS)
