"""Money stays exact and time stays UTC on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, func, insert, select
from sqlalchemy.exc import StatementError

from omsdesk.db.engine import create_app_engine
from omsdesk.db.types import ExactDecimal, UTCDateTime

metadata = MetaData()
amounts = Table(
    "amounts", metadata,
    Column("id", Integer, primary_key=True),
    Column("money", ExactDecimal(2)),
    Column("precise", ExactDecimal(4)),
    Column("at", UTCDateTime()),
)


@pytest.fixture
def engine(database_url: str):
    engine = create_app_engine(database_url)
    metadata.create_all(engine)
    yield engine
    metadata.drop_all(engine)
    engine.dispose()


def test_money_round_trips_exactly_and_sums_to_the_cent(engine) -> None:
    values = [Decimal("0.10"), Decimal("0.20"), Decimal("1234567890123.45"), Decimal("-0.01")]
    with engine.begin() as connection:
        connection.execute(insert(amounts), [{"money": v} for v in values])
        stored = connection.scalars(select(amounts.c.money).order_by(amounts.c.id)).all()
        total = connection.scalar(select(func.sum(amounts.c.money)))
    assert stored == values
    assert all(isinstance(v, Decimal) for v in stored)
    assert total == sum(values)


def test_more_places_than_the_column_holds_is_refused_not_rounded(engine) -> None:
    with pytest.raises(StatementError, match="more than 2 decimal places"):
        with engine.begin() as connection:
            connection.execute(insert(amounts), {"money": Decimal("1.005")})


def test_timestamps_come_back_as_utc(engine) -> None:
    shanghai = timezone(timedelta(hours=8))
    moment = datetime(2026, 11, 11, 0, 0, 5, tzinfo=shanghai)
    with engine.begin() as connection:
        connection.execute(insert(amounts), {"at": moment})
        stored = connection.scalar(select(amounts.c.at))
    assert stored == moment
    assert stored.tzinfo is not None and stored.utcoffset() == timedelta(0)
    assert stored.hour == 16


def test_naive_timestamps_are_refused(engine) -> None:
    with pytest.raises(StatementError, match="naive datetime"):
        with engine.begin() as connection:
            connection.execute(insert(amounts), {"at": datetime(2026, 1, 1)})


@settings(max_examples=60, deadline=None)
@given(st.decimals(min_value=Decimal("-99999999999.9999"), max_value=Decimal("99999999999.9999"),
                   places=4, allow_nan=False, allow_infinity=False))
def test_any_four_place_value_round_trips(value: Decimal) -> None:
    type_ = ExactDecimal(4)

    class FakeDialect:
        name = "sqlite"

    stored = type_.process_bind_param(value, FakeDialect())  # type: ignore[arg-type]
    assert isinstance(stored, int)
    assert type_.process_result_value(stored, FakeDialect()) == value  # type: ignore[arg-type]


def test_utc_now_is_aware() -> None:
    from omsdesk.db.types import utc_now

    assert utc_now().tzinfo is UTC
