"""Translations, and the display names of the values that come from the data layer.

Data values (order states, payment states, channel kinds, run results) are stored
in English identifiers; the labels here are what the user reads, through Qt's
translation so that the Chinese catalogue covers them.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import omsdesk
from omsdesk.errors import UserError
from omsdesk.orders.models import OrderState, PaymentStatus
from omsdesk.sync.models import OutboxKind, OutboxState, RunStatus
from omsdesk.ui.settings import Language

log = logging.getLogger(__name__)

CATALOGUE = "omsdesk"


def resources_dir() -> Path:
    """``resources/`` next to the package, or inside a frozen (PyInstaller) build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(omsdesk.__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def resolve_language(language: Language, system_locale: QLocale | None = None) -> str:
    """The locale name to load: ``zh_CN`` or ``en`` (English needs no catalogue)."""
    if language is not Language.SYSTEM:
        return language.value
    locale = system_locale or QLocale.system()
    return Language.CHINESE.value if locale.language() == QLocale.Language.Chinese else Language.ENGLISH.value


def install_translators(app: QCoreApplication, language: Language) -> list[QTranslator]:
    """Load Qt's own catalogue (standard buttons) and ours; keep the returned list alive."""
    name = resolve_language(language)
    if name == Language.ENGLISH.value:
        return []
    QLocale.setDefault(QLocale(name))
    installed: list[QTranslator] = []
    candidates = [
        (f"qtbase_{name}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"{CATALOGUE}_{name}", str(translations_dir())),
    ]
    for file_name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(file_name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found in %s", file_name, folder)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))



def state_label(state: OrderState) -> str:
    labels = {
        OrderState.NEW: lambda: QCoreApplication.translate("OrderState", "New"),
        OrderState.APPROVED: lambda: QCoreApplication.translate("OrderState", "Approved"),
        OrderState.ALLOCATED: lambda: QCoreApplication.translate("OrderState", "Allocated"),
        OrderState.PICKING: lambda: QCoreApplication.translate("OrderState", "Picking"),
        OrderState.PACKED: lambda: QCoreApplication.translate("OrderState", "Packed"),
        OrderState.SHIPPED: lambda: QCoreApplication.translate("OrderState", "Shipped"),
        OrderState.COMPLETED: lambda: QCoreApplication.translate("OrderState", "Completed"),
        OrderState.ON_HOLD: lambda: QCoreApplication.translate("OrderState", "On hold"),
        OrderState.CANCELLED: lambda: QCoreApplication.translate("OrderState", "Cancelled"),
    }
    label = labels.get(state)
    return label() if label else str(state)


def payment_label(status: PaymentStatus) -> str:
    labels = {
        PaymentStatus.UNPAID: lambda: QCoreApplication.translate("PaymentStatus", "Unpaid"),
        PaymentStatus.PAID: lambda: QCoreApplication.translate("PaymentStatus", "Paid"),
        PaymentStatus.PARTIALLY_REFUNDED: lambda: QCoreApplication.translate("PaymentStatus", "Partially refunded"),
        PaymentStatus.REFUNDED: lambda: QCoreApplication.translate("PaymentStatus", "Refunded"),
    }
    label = labels.get(status)
    return label() if label else str(status)


def run_status_label(status: str) -> str:
    labels = {
        RunStatus.RUNNING: lambda: QCoreApplication.translate("RunStatus", "Running"),
        RunStatus.SUCCEEDED: lambda: QCoreApplication.translate("RunStatus", "Succeeded"),
        RunStatus.PARTIAL: lambda: QCoreApplication.translate("RunStatus", "Finished with errors"),
        RunStatus.FAILED: lambda: QCoreApplication.translate("RunStatus", "Failed"),
        RunStatus.CANCELLED: lambda: QCoreApplication.translate("RunStatus", "Cancelled"),
        RunStatus.INTERRUPTED: lambda: QCoreApplication.translate("RunStatus", "Interrupted"),
    }
    label = labels.get(status)  # type: ignore[call-overload]
    return label() if label else str(status)


def channel_label(kind: str) -> str:
    labels = {
        "woocommerce": lambda: QCoreApplication.translate("Channel", "WooCommerce"),
        "shopify": lambda: QCoreApplication.translate("Channel", "Shopify"),
        "taobao": lambda: QCoreApplication.translate("Channel", "Taobao / Tmall"),
        "tmall": lambda: QCoreApplication.translate("Channel", "Tmall"),
        "jd": lambda: QCoreApplication.translate("Channel", "JD.com"),
        "pinduoduo": lambda: QCoreApplication.translate("Channel", "Pinduoduo"),
        "douyin": lambda: QCoreApplication.translate("Channel", "Douyin Shop"),
        "amazon": lambda: QCoreApplication.translate("Channel", "Amazon"),
    }
    label = labels.get(kind)
    return label() if label else kind


def outbox_state_label(state: str) -> str:
    labels = {
        OutboxState.PENDING: lambda: QCoreApplication.translate("OutboxState", "Pending"),
        OutboxState.SENDING: lambda: QCoreApplication.translate("OutboxState", "Sending"),
        OutboxState.DONE: lambda: QCoreApplication.translate("OutboxState", "Done"),
        OutboxState.FAILED: lambda: QCoreApplication.translate("OutboxState", "Failed"),
    }
    label = labels.get(state)  # type: ignore[call-overload]
    return label() if label else str(state)


def outbox_kind_label(kind: str) -> str:
    labels = {
        OutboxKind.TRACKING: lambda: QCoreApplication.translate("OutboxKind", "Tracking number"),
        OutboxKind.STOCK: lambda: QCoreApplication.translate("OutboxKind", "Stock level"),
    }
    label = labels.get(kind)  # type: ignore[call-overload]
    return label() if label else str(kind)


def country_name(code: str) -> str:
    """A country code (``CN``) as the user reads it; unknown codes stay as they are."""
    names = {
        "CN": lambda: QCoreApplication.translate("Country", "China"),
        "HK": lambda: QCoreApplication.translate("Country", "Hong Kong"),
        "MO": lambda: QCoreApplication.translate("Country", "Macao"),
        "TW": lambda: QCoreApplication.translate("Country", "Taiwan"),
        "US": lambda: QCoreApplication.translate("Country", "United States"),
        "CA": lambda: QCoreApplication.translate("Country", "Canada"),
        "GB": lambda: QCoreApplication.translate("Country", "United Kingdom"),
        "DE": lambda: QCoreApplication.translate("Country", "Germany"),
        "FR": lambda: QCoreApplication.translate("Country", "France"),
        "IT": lambda: QCoreApplication.translate("Country", "Italy"),
        "ES": lambda: QCoreApplication.translate("Country", "Spain"),
        "NL": lambda: QCoreApplication.translate("Country", "Netherlands"),
        "JP": lambda: QCoreApplication.translate("Country", "Japan"),
        "KR": lambda: QCoreApplication.translate("Country", "South Korea"),
        "SG": lambda: QCoreApplication.translate("Country", "Singapore"),
        "MY": lambda: QCoreApplication.translate("Country", "Malaysia"),
        "TH": lambda: QCoreApplication.translate("Country", "Thailand"),
        "VN": lambda: QCoreApplication.translate("Country", "Vietnam"),
        "AU": lambda: QCoreApplication.translate("Country", "Australia"),
        "NZ": lambda: QCoreApplication.translate("Country", "New Zealand"),
    }
    name = names.get(code.strip().upper())
    return name() if name else code


def user_message(error: BaseException) -> str:
    """What to show for an error: a UserError in the user's language, anything else as it is."""
    if isinstance(error, UserError):
        return error.localized(QCoreApplication.translate)
    return str(error) or type(error).__name__
