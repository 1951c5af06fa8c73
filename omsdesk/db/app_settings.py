"""Settings every desktop shares (review rules, …): one JSON value per key, in the database.

Per-desktop preferences (language, window geometry) live in Qt's settings file instead.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from omsdesk.db.base import Base
from omsdesk.db.types import UTCDateTime, utc_now


class AppSetting(Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


def read_setting(session: Session, key: str) -> dict[str, Any]:
    """The stored value, or an empty dict when nobody has saved one yet."""
    return dict(session.scalar(select(AppSetting.value).where(AppSetting.key == key)) or {})


def write_setting(session: Session, key: str, value: dict[str, Any], actor_name: str) -> None:
    setting = session.get(AppSetting, key)
    if setting is None:
        session.add(AppSetting(key=key, value=value, updated_by=actor_name))
    else:
        setting.value = value
        setting.updated_by = actor_name
        setting.updated_at = utc_now()
