"""Checks of the paths a person types (a profile folder, an output file or folder) before any work starts,
each refusal naming what is wrong in Indonesian and English."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from .errors import OpdError
from .storage.profile import ProfilePaths


class PathProblem(OpdError):
    """A path cannot be used as the command needs it."""

    exit_code = 6


def _writable_dir(folder: Path, what_id: str, what_en: str) -> None:
    if not folder.exists():
        raise PathProblem(
            f"Folder {folder} tidak ada; buat dulu folder itu untuk {what_id}.",
            f"The folder {folder} does not exist; create it first for {what_en}.",
        )
    if not folder.is_dir():
        raise PathProblem(f"{folder} adalah berkas, bukan folder.", f"{folder} is a file, not a folder.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PathProblem(
            f"Tidak ada izin menulis di folder {folder}.", f"No permission to write in the folder {folder}."
        )


def check_profile_dir(root: Path) -> Literal["profile", "new"]:
    """Whether ``root`` holds a profile (``"profile"``) or may become one (``"new"``); :class:`PathProblem` when it
    is a file, its parent is missing, or nothing may be written there."""
    if root.exists() and not root.is_dir():
        raise PathProblem(
            f"{root} adalah berkas, bukan folder profil. Sebutkan folder profil dengan --profile.",
            f"{root} is a file, not a profile folder. Name a profile folder with --profile.",
        )
    if root.is_dir():
        if ProfilePaths(root).database.is_file():
            if not os.access(root, os.W_OK | os.X_OK):
                raise PathProblem(
                    f"Tidak ada izin menulis di folder profil {root}.", f"No permission to write in the profile {root}."
                )
            return "profile"
        _writable_dir(root, "profil baru", "a new profile")
        return "new"
    _writable_dir(root.parent, f"profil {root.name}", f"the profile {root.name}")
    return "new"


def check_output_file(path: Path) -> Path:
    """``path`` if a file can be written there: its folder exists and is writable, and it is no folder itself."""
    if path.is_dir():
        raise PathProblem(
            f"{path} adalah folder; sebutkan nama berkas keluaran, mis. {path / 'laporan.csv'}.",
            f"{path} is a folder; name the output file, e.g. {path / 'report.csv'}.",
        )
    _writable_dir(path.parent if str(path.parent) else Path("."), "berkas keluaran", "the output file")
    if path.exists() and not os.access(path, os.W_OK):
        raise PathProblem(f"Berkas {path} tidak boleh ditimpa (hanya-baca).", f"The file {path} is read-only.")
    return path


def check_output_dir(path: Path) -> Path:
    """``path`` if files can be saved into it (it is created when only it is missing)."""
    if path.exists() and not path.is_dir():
        raise PathProblem(f"{path} adalah berkas, bukan folder.", f"{path} is a file, not a folder.")
    _writable_dir(path if path.exists() else path.parent, "menyimpan berkas", "saving files")
    return path
