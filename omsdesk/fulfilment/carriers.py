"""Carriers people ship with, and the shape of their tracking numbers where it is known.

The codes are ours; each shop maps them to its channel's own carrier codes in
``Shop.options["carrier_codes"]`` (Taobao says ``SF``, Amazon ``SF Express``, …).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from omsdesk.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Carrier:
    code: str
    name: str  # marked for translation; the app shows it translated
    tracking_pattern: str = ""  # a full-match regular expression; empty: anything goes

    def accepts(self, tracking_number: str) -> bool:
        return not self.tracking_pattern or re.fullmatch(self.tracking_pattern, tracking_number) is not None


CARRIERS = (
    Carrier("SF", QT_TRANSLATE_NOOP("Carriers", "SF Express"), r"SF\d{12,13}"),
    Carrier("ZTO", QT_TRANSLATE_NOOP("Carriers", "ZTO Express"), r"\d{12,15}"),
    Carrier("YTO", QT_TRANSLATE_NOOP("Carriers", "YTO Express"), r"YT\d{13,15}"),
    Carrier("JD", QT_TRANSLATE_NOOP("Carriers", "JD Logistics"), r"JD[A-Z0-9]{10,18}"),
    Carrier("EMS", QT_TRANSLATE_NOOP("Carriers", "China Post EMS"), r"[A-Z]{2}\d{9}[A-Z]{2}|\d{13}"),
    Carrier("UPS", QT_TRANSLATE_NOOP("Carriers", "UPS"), r"1Z[0-9A-Z]{16}"),
    Carrier("FEDEX", QT_TRANSLATE_NOOP("Carriers", "FedEx"), r"\d{12}|\d{15}"),
    Carrier("DHL", QT_TRANSLATE_NOOP("Carriers", "DHL Express"), r"\d{10}"),
    Carrier("USPS", QT_TRANSLATE_NOOP("Carriers", "USPS"), r"9[2-5]\d{20}"),
    Carrier("OTHER", QT_TRANSLATE_NOOP("Carriers", "Other carrier")),
)
BY_CODE = {carrier.code: carrier for carrier in CARRIERS}


def carrier(code: str) -> Carrier:
    return BY_CODE.get(code, Carrier(code, code))
