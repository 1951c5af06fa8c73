"""Helpers shared by tests: where the shared reference folder and samples live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("OMSDESK_SHARED_DIR", REPO_ROOT.parent / "shared"))
SAMPLES_DIR = SHARED_DIR / "channels" / "samples"


def channel_samples(channel: str) -> Path:
    """The folder of real sample payloads of ``channel``; skip the test where absent."""
    folder = SAMPLES_DIR / channel
    if not folder.is_dir():
        pytest.skip(
            f"channel samples not found at {folder}: the shared reference folder "
            "(../shared next to the repository, or OMSDESK_SHARED_DIR) is absent"
        )
    return folder
