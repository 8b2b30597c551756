"""Fixtures for the photo import tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from opdstudio.core.media import MediaStore


@pytest.fixture
def store(tmp_path: Path) -> MediaStore:
    return MediaStore(tmp_path / "profile" / "media")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """Where the 'USB stick' files are written."""
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder
