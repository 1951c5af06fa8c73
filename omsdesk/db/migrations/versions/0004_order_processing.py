"""order processing

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 07:24:55.027166
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omsdesk.db.types


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _nocase(*names: str) -> list[sa.Column]:
    return [sa.Column(name, omsdesk.db.types.SearchableString, nullable=False) for name in names]


def upgrade() -> None:
    op.create_table('app_settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('updated_by', sa.String(length=120), nullable=False),
    sa.Column('updated_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_settings'))
    )
    op.create_table('saved_order_views',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('criteria', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_order_views')),
    sa.UniqueConstraint('name', name=op.f('uq_saved_order_views_name'))
    )
    op.create_table('order_transitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('operation', sa.String(length=30), nullable=False),
    sa.Column('from_state', sa.String(length=20), nullable=False),
    sa.Column('to_state', sa.String(length=20), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_transitions_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_transitions'))
    )
    with op.batch_alter_table('order_transitions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_transitions_order_id_id'), ['order_id', 'id'], unique=False)

    # New foreign keys make SQLite rebuild these tables from reflection, which loses COLLATE NOCASE.
    with op.batch_alter_table('order_lines', schema=None, reflect_args=_nocase('channel_sku')) as batch_op:
        batch_op.add_column(sa.Column('net_total', omsdesk.db.types.ExactDecimal(scale=2), nullable=False, server_default=sa.text("'0'")))
        batch_op.add_column(sa.Column('net_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False, server_default=sa.text("'0'")))
        batch_op.add_column(sa.Column('net_total_incl_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False, server_default=sa.text("'0'")))
        batch_op.add_column(sa.Column('allocated_quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False, server_default=sa.text("'0'")))
        batch_op.add_column(sa.Column('source_line_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_order_lines_source_line_id_order_lines'), 'order_lines', ['source_line_id'], ['id'])

    with op.batch_alter_table('orders', schema=None,
                              reflect_args=_nocase('number', 'buyer_name', 'buyer_email', 'buyer_phone')) as batch_op:
        batch_op.add_column(sa.Column('state_reason', sa.String(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('state_changed_at', omsdesk.db.types.UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('invoice_status', sa.Enum('none', 'requested', 'issued', name='invoicestatus', native_enum=False, length=20), nullable=False, server_default=sa.text("'none'")))
        batch_op.add_column(sa.Column('after_sales_status', sa.Enum('none', 'open', 'closed', name='aftersalesstatus', native_enum=False, length=20), nullable=False, server_default=sa.text("'none'")))
        batch_op.add_column(sa.Column('origin', sa.Enum('channel', 'manual', 'split', name='orderorigin', native_enum=False, length=20), nullable=False, server_default=sa.text("'channel'")))
        batch_op.add_column(sa.Column('channel_order_id', sa.String(length=64), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('parent_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('merge_group_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('warehouse_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('priority', sa.Integer(), nullable=False, server_default=sa.text("'0'")))
        batch_op.add_column(sa.Column('address_key', sa.String(length=32), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('items_key', sa.String(length=32), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('search_text', sa.String(), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column('residual', omsdesk.db.types.ExactDecimal(scale=2), nullable=False, server_default=sa.text("'0'")))
        batch_op.create_index(batch_op.f('ix_orders_address_key_channel_created_at'), ['address_key', 'channel_created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_item_count'), ['item_count'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_merge_group_id'), ['merge_group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_payment_status'), ['payment_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_priority_channel_created_at'), ['priority', 'channel_created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_ship_city'), ['ship_city'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_warehouse_id'), ['warehouse_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_orders_parent_id_orders'), 'orders', ['parent_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_orders_warehouse_id_warehouses'), 'warehouses', ['warehouse_id'], ['id'])

    _backfill()
    _create_search_index()


def _backfill() -> None:
    """Orders imported before this revision: net amounts as their lines, searchable text, channel id."""
    op.execute("UPDATE order_lines SET net_total = total, net_tax = total_tax, net_total_incl_tax = total_incl_tax")
    op.execute("UPDATE orders SET channel_order_id = external_id")
    text = "number || ' ' || buyer_name || ' ' || buyer_phone || ' ' || buyer_email || ' ' || external_id"
    op.execute(f"UPDATE orders SET search_text = {text}")


def _create_search_index() -> None:
    """Substring search: an FTS5 trigram index on SQLite (kept by triggers), pg_trgm GIN on PostgreSQL.

    Both live outside the models (omsdesk.db.base.MIGRATION_ONLY_NAMES). On SQLite, a later batch
    migration that rebuilds the orders table drops these triggers and must create them again.
    """
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        _create_trigram_index(bind)


SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE order_search USING fts5(search_text, content='orders', content_rowid='id',"
    " tokenize='trigram')",
    "CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN"
    " INSERT INTO order_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN"
    " INSERT INTO order_search(order_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER orders_search_update AFTER UPDATE OF search_text ON orders BEGIN"
    " INSERT INTO order_search(order_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);"
    " INSERT INTO order_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO order_search(order_search) VALUES ('rebuild')",
)


def _create_trigram_index(bind: sa.engine.Connection) -> None:
    """pg_trgm needs CREATE privilege on the database; without it, search still works, only slower."""
    savepoint = bind.begin_nested()
    try:
        schema = bind.execute(sa.text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace"
            " WHERE e.extname = 'pg_trgm'")).scalar()
        if schema is None:
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"))
            schema = "public"
        bind.execute(sa.text(
            f'CREATE INDEX ix_orders_search_trgm ON orders USING gin (search_text "{schema}".gin_trgm_ops)'))
    except sa.exc.DBAPIError:
        savepoint.rollback()
    else:
        savepoint.commit()



def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("orders_search_insert", "orders_search_delete", "orders_search_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS order_search")
    else:
        op.execute("DROP INDEX IF EXISTS ix_orders_search_trgm")
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_orders_warehouse_id_warehouses'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_orders_parent_id_orders'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_orders_warehouse_id'))
        batch_op.drop_index(batch_op.f('ix_orders_ship_city'))
        batch_op.drop_index(batch_op.f('ix_orders_priority_channel_created_at'))
        batch_op.drop_index(batch_op.f('ix_orders_payment_status'))
        batch_op.drop_index(batch_op.f('ix_orders_parent_id'))
        batch_op.drop_index(batch_op.f('ix_orders_merge_group_id'))
        batch_op.drop_index(batch_op.f('ix_orders_item_count'))
        batch_op.drop_index(batch_op.f('ix_orders_address_key_channel_created_at'))
        batch_op.drop_column('residual')
        batch_op.drop_column('search_text')
        batch_op.drop_column('items_key')
        batch_op.drop_column('address_key')
        batch_op.drop_column('priority')
        batch_op.drop_column('warehouse_id')
        batch_op.drop_column('merge_group_id')
        batch_op.drop_column('parent_id')
        batch_op.drop_column('channel_order_id')
        batch_op.drop_column('origin')
        batch_op.drop_column('after_sales_status')
        batch_op.drop_column('invoice_status')
        batch_op.drop_column('state_changed_at')
        batch_op.drop_column('state_reason')

    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_order_lines_source_line_id_order_lines'), type_='foreignkey')
        batch_op.drop_column('source_line_id')
        batch_op.drop_column('allocated_quantity')
        batch_op.drop_column('net_total_incl_tax')
        batch_op.drop_column('net_tax')
        batch_op.drop_column('net_total')

    with op.batch_alter_table('order_transitions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_transitions_order_id_id'))

    op.drop_table('order_transitions')
    op.drop_table('saved_order_views')
    op.drop_table('app_settings')
