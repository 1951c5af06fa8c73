"""sync outbox, stock sync, order issues, shipments

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 04:39:11.737306
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omsdesk.db.types


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shop_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('tracking', 'stock', name='outboxkind', native_enum=False, length=20), nullable=False),
    sa.Column('key', sa.String(length=300), nullable=False),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('state', sa.Enum('pending', 'sending', 'done', 'failed', name='outboxstate', native_enum=False, length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('claimed_by', sa.String(length=80), nullable=False),
    sa.Column('claimed_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('last_error', sa.String(), nullable=False),
    sa.Column('channel_reference', sa.String(length=200), nullable=False),
    sa.Column('reference_type', sa.String(length=40), nullable=False),
    sa.Column('reference_id', sa.Integer(), nullable=True),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('done_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['shop_id'], ['shops.id'], name=op.f('fk_outbox_shop_id_shops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_shop_id_kind_key'), ['shop_id', 'kind', 'key'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_shop_id_state_next_attempt_at'), ['shop_id', 'state', 'next_attempt_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_state_created_at'), ['state', 'created_at'], unique=False)

    op.create_table('order_issues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('cancelled_after_shipment', 'cancelled_while_packing', 'changed_after_allocation', name='orderissuekind', native_enum=False, length=40), nullable=False),
    sa.Column('message', sa.String(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('resolved_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_issues_order_id_orders'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_issues'))
    )
    with op.batch_alter_table('order_issues', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_issues_order_id_resolved_at'), ['order_id', 'resolved_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_issues_resolved_at_kind'), ['resolved_at', 'kind'], unique=False)

    op.create_table('shipments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('carrier_code', sa.String(length=40), nullable=False),
    sa.Column('carrier_name', sa.String(length=120), nullable=False),
    sa.Column('tracking_number', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('shipped_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_shipments_order_id_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipments')),
    sa.UniqueConstraint('number', name=op.f('uq_shipments_number'))
    )
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shipments_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shipments_shipped_at'), ['shipped_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_shipments_tracking_number'), ['tracking_number'], unique=False)

    op.create_table('stock_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_stock_changes_sku_id_skus'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_changes'))
    )
    op.create_table('shipment_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shipment_id', sa.Integer(), nullable=False),
    sa.Column('order_line_id', sa.Integer(), nullable=False),
    sa.Column('quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.ForeignKeyConstraint(['order_line_id'], ['order_lines.id'], name=op.f('fk_shipment_lines_order_line_id_order_lines')),
    sa.ForeignKeyConstraint(['shipment_id'], ['shipments.id'], name=op.f('fk_shipment_lines_shipment_id_shipments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shipment_lines'))
    )
    with op.batch_alter_table('shipment_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shipment_lines_order_line_id'), ['order_line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shipment_lines_shipment_id'), ['shipment_id'], unique=False)

    op.create_table('stock_publications',
    sa.Column('mapping_id', sa.Integer(), nullable=False),
    sa.Column('shop_id', sa.Integer(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('queued_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['mapping_id'], ['channel_sku_mappings.id'], name=op.f('fk_stock_publications_mapping_id_channel_sku_mappings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['shop_id'], ['shops.id'], name=op.f('fk_stock_publications_shop_id_shops'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('mapping_id', name=op.f('pk_stock_publications'))
    )
    with op.batch_alter_table('stock_publications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_publications_shop_id'), ['shop_id'], unique=False)

    with op.batch_alter_table('shops', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stock_cursor', sa.Integer(), nullable=False, server_default='0'))

    with op.batch_alter_table('sync_errors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolved_at', omsdesk.db.types.UTCDateTime(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('sync_errors', schema=None) as batch_op:
        batch_op.drop_column('resolved_at')

    with op.batch_alter_table('shops', schema=None) as batch_op:
        batch_op.drop_column('stock_cursor')

    with op.batch_alter_table('stock_publications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_publications_shop_id'))

    op.drop_table('stock_publications')
    with op.batch_alter_table('shipment_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shipment_lines_shipment_id'))
        batch_op.drop_index(batch_op.f('ix_shipment_lines_order_line_id'))

    op.drop_table('shipment_lines')
    op.drop_table('stock_changes')
    with op.batch_alter_table('shipments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shipments_tracking_number'))
        batch_op.drop_index(batch_op.f('ix_shipments_shipped_at'))
        batch_op.drop_index(batch_op.f('ix_shipments_order_id'))

    op.drop_table('shipments')
    with op.batch_alter_table('order_issues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_issues_resolved_at_kind'))
        batch_op.drop_index(batch_op.f('ix_order_issues_order_id_resolved_at'))

    op.drop_table('order_issues')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_state_created_at'))
        batch_op.drop_index(batch_op.f('ix_outbox_shop_id_state_next_attempt_at'))
        batch_op.drop_index(batch_op.f('ix_outbox_shop_id_kind_key'))

    op.drop_table('outbox')
