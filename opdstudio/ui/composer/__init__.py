"""The composer: write a post's text per platform, attach photos, preview, fix lint findings.

``ComposerDialog`` is loaded on first use, so screens that reuse a part (the review page's preview) do not
pay for the whole composer at start-up.
"""

from typing import Any

__all__ = ["ComposerDialog"]


def __getattr__(name: str) -> Any:
    if name == "ComposerDialog":
        from .window import ComposerDialog

        return ComposerDialog
    raise AttributeError(name)
