"""The kop surat (logo, organisation name and address) and the signature block (place, date, name, NIP,
position) that official printed reports carry; set once in Pengaturan, kept in the profile."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields

from sqlmodel import Session

from ..services.settings import get_setting, set_setting

LETTERHEAD_SETTING = "report_letterhead"


@dataclass(frozen=True)
class Letterhead:
    """What the printed report's head and foot say; empty fields are left out."""

    organisation: str = ""  # e.g. PEMERINTAH KABUPATEN REJANG LEBONG / DINAS KOMUNIKASI DAN INFORMATIKA
    address: str = ""
    logo: str = ""  # path of a PNG or JPEG on this computer
    place: str = ""  # where the report is signed (Curup)
    signer_name: str = ""
    signer_nip: str = ""
    signer_position: str = ""

    @property
    def has_head(self) -> bool:
        return bool(self.organisation or self.address or self.logo)

    @property
    def has_signature(self) -> bool:
        return bool(self.signer_name or self.signer_position)


def load_letterhead(session: Session) -> Letterhead:
    """The letterhead stored in the profile (empty when never set)."""
    try:
        data = json.loads(get_setting(session, LETTERHEAD_SETTING, "{}"))
    except json.JSONDecodeError:
        data = {}
    known = {f.name for f in fields(Letterhead)}
    return Letterhead(**{k: str(v) for k, v in data.items() if k in known})


def save_letterhead(session: Session, letterhead: Letterhead) -> None:
    set_setting(session, LETTERHEAD_SETTING, json.dumps(asdict(letterhead), ensure_ascii=False))
