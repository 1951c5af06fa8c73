"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 01:47:29.994917
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omsdesk.db.types


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=80), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entries_entity_entity_id'), ['entity', 'entity_id'], unique=False)

    op.create_table('shops',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('base_url', sa.String(length=500), nullable=False),
    sa.Column('credentials_ref', sa.String(length=120), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('auto_sync_minutes', sa.Integer(), nullable=False),
    sa.Column('sync_cursor', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('last_sync_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shops')),
    sa.UniqueConstraint('name', name=op.f('uq_shops_name'))
    )
    op.create_table('orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shop_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=False),
    sa.Column('number', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('channel_status', sa.String(length=40), nullable=False),
    sa.Column('state', sa.Enum('new', 'approved', 'allocated', 'picking', 'packed', 'shipped', 'completed', 'on_hold', 'cancelled', name='orderstate', native_enum=False, length=20), nullable=False),
    sa.Column('payment_status', sa.Enum('unpaid', 'paid', 'partially_refunded', 'refunded', name='paymentstatus', native_enum=False, length=20), nullable=False),
    sa.Column('currency', sa.String(length=8), nullable=False),
    sa.Column('buyer_name', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('buyer_email', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('buyer_phone', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('ship_name', sa.String(), nullable=False),
    sa.Column('ship_company', sa.String(), nullable=False),
    sa.Column('ship_line1', sa.String(), nullable=False),
    sa.Column('ship_line2', sa.String(), nullable=False),
    sa.Column('ship_city', sa.String(), nullable=False),
    sa.Column('ship_state', sa.String(), nullable=False),
    sa.Column('ship_postcode', sa.String(length=40), nullable=False),
    sa.Column('ship_country', sa.String(length=40), nullable=False),
    sa.Column('ship_phone', sa.String(length=40), nullable=False),
    sa.Column('billing_address', sa.JSON(), nullable=False),
    sa.Column('prices_include_tax', sa.Boolean(), nullable=False),
    sa.Column('goods_subtotal', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('discount_total', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('discount_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('shipping_total', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('shipping_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('fee_total', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('fee_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('total_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('total_excl_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('total', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('refunded_total', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('item_count', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('buyer_remark', sa.String(), nullable=False),
    sa.Column('seller_remark', sa.String(), nullable=False),
    sa.Column('payment_method', sa.String(), nullable=False),
    sa.Column('coupon_codes', sa.String(), nullable=False),
    sa.Column('channel_created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('channel_updated_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('paid_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('completed_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('imported_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('updated_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['shop_id'], ['shops.id'], name=op.f('fk_orders_shop_id_shops')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders')),
    sa.UniqueConstraint('shop_id', 'external_id', name=op.f('uq_orders_shop_id_external_id'))
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_orders_buyer_email'), ['buyer_email'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_buyer_name'), ['buyer_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_buyer_phone'), ['buyer_phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_channel_created_at'), ['channel_created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_channel_status'), ['channel_status'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_external_id'), ['external_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_number'), ['number'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_shop_id_channel_created_at'), ['shop_id', 'channel_created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_state_channel_created_at'), ['state', 'channel_created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_orders_total'), ['total'], unique=False)

    op.create_table('sync_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shop_id', sa.Integer(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('started_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('finished_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('status', sa.Enum('running', 'succeeded', 'partial', 'failed', 'cancelled', 'interrupted', name='runstatus', native_enum=False, length=20), nullable=False),
    sa.Column('fetched_from', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('cursor_after', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('pages', sa.Integer(), nullable=False),
    sa.Column('new_count', sa.Integer(), nullable=False),
    sa.Column('updated_count', sa.Integer(), nullable=False),
    sa.Column('unchanged_count', sa.Integer(), nullable=False),
    sa.Column('failed_count', sa.Integer(), nullable=False),
    sa.Column('message', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['shop_id'], ['shops.id'], name=op.f('fk_sync_runs_shop_id_shops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_runs'))
    )
    with op.batch_alter_table('sync_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_runs_shop_id_started_at'), ['shop_id', 'started_at'], unique=False)

    op.create_table('order_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=False),
    sa.Column('channel_sku', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('channel_item_id', sa.String(length=64), nullable=False),
    sa.Column('channel_variant_id', sa.String(length=64), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('tax_class', sa.String(length=40), nullable=False),
    sa.Column('quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('unit_price', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('unit_net', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('unit_net_incl_tax', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('subtotal', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('subtotal_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('discount', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('total', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('total_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.Column('total_incl_tax', omsdesk.db.types.ExactDecimal(scale=2), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_lines_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_lines')),
    sa.UniqueConstraint('order_id', 'external_id', name=op.f('uq_order_lines_order_id_external_id'))
    )
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_lines_channel_sku'), ['channel_sku'], unique=False)

    op.create_table('order_payloads',
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('received_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_payloads_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('order_id', name=op.f('pk_order_payloads'))
    )
    op.create_table('sync_errors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('shop_id', sa.Integer(), nullable=False),
    sa.Column('external_id', sa.String(length=64), nullable=False),
    sa.Column('field', sa.String(length=200), nullable=False),
    sa.Column('message', sa.String(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=True),
    sa.Column('at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['sync_runs.id'], name=op.f('fk_sync_errors_run_id_sync_runs'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['shop_id'], ['shops.id'], name=op.f('fk_sync_errors_shop_id_shops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_errors'))
    )
    with op.batch_alter_table('sync_errors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_errors_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_errors_shop_id_external_id'), ['shop_id', 'external_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sync_errors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_errors_shop_id_external_id'))
        batch_op.drop_index(batch_op.f('ix_sync_errors_run_id'))

    op.drop_table('sync_errors')
    op.drop_table('order_payloads')
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_lines_channel_sku'))

    op.drop_table('order_lines')
    with op.batch_alter_table('sync_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_runs_shop_id_started_at'))

    op.drop_table('sync_runs')
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_orders_total'))
        batch_op.drop_index(batch_op.f('ix_orders_state_channel_created_at'))
        batch_op.drop_index(batch_op.f('ix_orders_shop_id_channel_created_at'))
        batch_op.drop_index(batch_op.f('ix_orders_number'))
        batch_op.drop_index(batch_op.f('ix_orders_external_id'))
        batch_op.drop_index(batch_op.f('ix_orders_channel_status'))
        batch_op.drop_index(batch_op.f('ix_orders_channel_created_at'))
        batch_op.drop_index(batch_op.f('ix_orders_buyer_phone'))
        batch_op.drop_index(batch_op.f('ix_orders_buyer_name'))
        batch_op.drop_index(batch_op.f('ix_orders_buyer_email'))

    op.drop_table('orders')
    op.drop_table('shops')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entries_entity_entity_id'))
        batch_op.drop_index(batch_op.f('ix_audit_entries_at'))

    op.drop_table('audit_entries')
