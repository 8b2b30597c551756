"""Photo import, the content-addressed store and per-platform renditions."""

from opdstudio.core.media.crop import Crop, crop_for_aspect
from opdstudio.core.media.importer import import_photo, import_photos, rerender
from opdstudio.core.media.refusals import PhotoRefused, RefusalCode
from opdstudio.core.media.renditions import Rendition
from opdstudio.core.media.results import ImportResult
from opdstudio.core.media.specs import RENDITIONS, Fit, RenditionSpec
from opdstudio.core.media.store import MediaStore

__all__ = [
    "RENDITIONS",
    "Crop",
    "Fit",
    "ImportResult",
    "MediaStore",
    "PhotoRefused",
    "RefusalCode",
    "Rendition",
    "RenditionSpec",
    "crop_for_aspect",
    "import_photo",
    "import_photos",
    "rerender",
]
