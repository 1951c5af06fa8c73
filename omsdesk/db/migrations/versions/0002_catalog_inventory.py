"""catalog and inventory

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 02:21:05.045696
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import omsdesk.db.types


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('brands',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brands')),
    sa.UniqueConstraint('name', name=op.f('uq_brands_name'))
    )
    op.create_table('categories',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['categories.id'], name=op.f('fk_categories_parent_id_categories'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_categories')),
    sa.UniqueConstraint('parent_id', 'name', name=op.f('uq_categories_parent_id_name'))
    )
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_categories_parent_id'), ['parent_id'], unique=False)

    op.create_table('number_sequences',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('last_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_number_sequences'))
    )
    op.create_table('suppliers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('contact', sa.String(), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('currency', sa.String(length=8), nullable=False),
    sa.Column('lead_time_days', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suppliers')),
    sa.UniqueConstraint('code', name=op.f('uq_suppliers_code'))
    )
    op.create_table('warehouses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('allow_negative', sa.Boolean(), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warehouses')),
    sa.UniqueConstraint('code', name=op.f('uq_warehouses_code'))
    )
    op.create_table('locations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('view', 'zone', 'aisle', 'shelf', 'bin', 'supplier', 'customer', 'inventory_loss', 'scrap', 'transit', 'assembly', name='locationkind', native_enum=False, length=20), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('path', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('barcode', sa.String(length=64), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['locations.id'], name=op.f('fk_locations_parent_id_locations')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name=op.f('fk_locations_warehouse_id_warehouses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_locations')),
    sa.UniqueConstraint('barcode', name=op.f('uq_locations_barcode'))
    )
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_locations_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_locations_path'), ['path'], unique=True)
        batch_op.create_index(batch_op.f('ix_locations_warehouse_id'), ['warehouse_id'], unique=False)

    op.create_table('purchase_orders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('draft', 'sent', 'partially_received', 'received', 'closed', 'cancelled', name='purchaseorderstate', native_enum=False, length=20), nullable=False),
    sa.Column('currency', sa.String(length=8), nullable=False),
    sa.Column('expected_on', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name=op.f('fk_purchase_orders_supplier_id_suppliers')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name=op.f('fk_purchase_orders_warehouse_id_warehouses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_orders')),
    sa.UniqueConstraint('number', name=op.f('uq_purchase_orders_number'))
    )
    with op.batch_alter_table('purchase_orders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_orders_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_purchase_orders_supplier_id'), ['supplier_id'], unique=False)

    op.create_table('spus',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('name', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('brand_id', sa.Integer(), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('sales_attributes', sa.JSON(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['brand_id'], ['brands.id'], name=op.f('fk_spus_brand_id_brands')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_spus_category_id_categories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_spus')),
    sa.UniqueConstraint('code', name=op.f('uq_spus_code'))
    )
    with op.batch_alter_table('spus', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_spus_brand_id'), ['brand_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_spus_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_spus_name'), ['name'], unique=False)

    op.create_table('stocktakes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('scope', sa.JSON(), nullable=False),
    sa.Column('blind', sa.Boolean(), nullable=False),
    sa.Column('state', sa.Enum('counting', 'posted', 'cancelled', name='stocktakestate', native_enum=False, length=20), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.Column('posted_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name=op.f('fk_stocktakes_warehouse_id_warehouses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stocktakes')),
    sa.UniqueConstraint('number', name=op.f('uq_stocktakes_number'))
    )
    op.create_table('transfers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('from_warehouse_id', sa.Integer(), nullable=False),
    sa.Column('to_warehouse_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.Enum('draft', 'shipped', 'received', 'cancelled', name='transferstate', native_enum=False, length=20), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('shipped_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('received_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['from_warehouse_id'], ['warehouses.id'], name=op.f('fk_transfers_from_warehouse_id_warehouses')),
    sa.ForeignKeyConstraint(['to_warehouse_id'], ['warehouses.id'], name=op.f('fk_transfers_to_warehouse_id_warehouses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfers')),
    sa.UniqueConstraint('number', name=op.f('uq_transfers_number'))
    )
    op.create_table('receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('purchase_order_id', sa.Integer(), nullable=True),
    sa.Column('supplier_id', sa.Integer(), nullable=True),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('received_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['purchase_order_id'], ['purchase_orders.id'], name=op.f('fk_receipts_purchase_order_id_purchase_orders')),
    sa.ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name=op.f('fk_receipts_supplier_id_suppliers')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name=op.f('fk_receipts_warehouse_id_warehouses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts')),
    sa.UniqueConstraint('number', name=op.f('uq_receipts_number'))
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipts_purchase_order_id'), ['purchase_order_id'], unique=False)

    op.create_table('skus',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('name', sa.String().with_variant(sa.String(collation='NOCASE'), 'sqlite'), nullable=False),
    sa.Column('spu_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('standard', 'virtual_bundle', 'prepacked_bundle', name='skukind', native_enum=False, length=20), nullable=False),
    sa.Column('attributes', sa.JSON(), nullable=False),
    sa.Column('category_id', sa.Integer(), nullable=True),
    sa.Column('brand_id', sa.Integer(), nullable=True),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('weight_kg', omsdesk.db.types.ExactDecimal(scale=4), nullable=True),
    sa.Column('length_cm', omsdesk.db.types.ExactDecimal(scale=2), nullable=True),
    sa.Column('width_cm', omsdesk.db.types.ExactDecimal(scale=2), nullable=True),
    sa.Column('height_cm', omsdesk.db.types.ExactDecimal(scale=2), nullable=True),
    sa.Column('cost', omsdesk.db.types.ExactDecimal(scale=4), nullable=True),
    sa.Column('list_price', omsdesk.db.types.ExactDecimal(scale=2), nullable=True),
    sa.Column('tax_class', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['brand_id'], ['brands.id'], name=op.f('fk_skus_brand_id_brands')),
    sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_skus_category_id_categories')),
    sa.ForeignKeyConstraint(['spu_id'], ['spus.id'], name=op.f('fk_skus_spu_id_spus')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_skus')),
    sa.UniqueConstraint('code', name=op.f('uq_skus_code'))
    )
    with op.batch_alter_table('skus', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_skus_brand_id'), ['brand_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_skus_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_skus_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_skus_spu_id'), ['spu_id'], unique=False)

    op.create_table('barcodes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.Enum('ean13', 'upca', 'own', name='barcodekind', native_enum=False, length=20), nullable=False),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_barcodes_sku_id_skus'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_barcodes')),
    sa.UniqueConstraint('code', name=op.f('uq_barcodes_code'))
    )
    with op.batch_alter_table('barcodes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_barcodes_sku_id'), ['sku_id'], unique=False)

    op.create_table('bundle_components',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bundle_sku_id', sa.Integer(), nullable=False),
    sa.Column('component_sku_id', sa.Integer(), nullable=False),
    sa.Column('quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('price_weight', omsdesk.db.types.ExactDecimal(scale=4), nullable=True),
    sa.ForeignKeyConstraint(['bundle_sku_id'], ['skus.id'], name=op.f('fk_bundle_components_bundle_sku_id_skus'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['component_sku_id'], ['skus.id'], name=op.f('fk_bundle_components_component_sku_id_skus')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bundle_components')),
    sa.UniqueConstraint('bundle_sku_id', 'component_sku_id', name=op.f('uq_bundle_components_bundle_sku_id_component_sku_id'))
    )
    with op.batch_alter_table('bundle_components', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bundle_components_component_sku_id'), ['component_sku_id'], unique=False)

    op.create_table('channel_sku_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('shop_id', sa.Integer(), nullable=False),
    sa.Column('channel_item_id', sa.String(length=64), nullable=False),
    sa.Column('channel_variant_id', sa.String(length=64), nullable=False),
    sa.Column('channel_sku', sa.String(length=120), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('automatic', sa.Boolean(), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['shop_id'], ['shops.id'], name=op.f('fk_channel_sku_mappings_shop_id_shops'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_channel_sku_mappings_sku_id_skus')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_channel_sku_mappings')),
    sa.UniqueConstraint('shop_id', 'channel_item_id', 'channel_variant_id', 'channel_sku', name=op.f('uq_channel_sku_mappings_shop_id_channel_item_id_channel_variant_id_channel_sku'))
    )
    with op.batch_alter_table('channel_sku_mappings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_channel_sku_mappings_shop_id_channel_sku'), ['shop_id', 'channel_sku'], unique=False)
        batch_op.create_index(batch_op.f('ix_channel_sku_mappings_sku_id'), ['sku_id'], unique=False)

    op.create_table('purchase_order_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('purchase_order_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('unit_cost', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('received_quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.ForeignKeyConstraint(['purchase_order_id'], ['purchase_orders.id'], name=op.f('fk_purchase_order_lines_purchase_order_id_purchase_orders'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_purchase_order_lines_sku_id_skus')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_purchase_order_lines'))
    )
    with op.batch_alter_table('purchase_order_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_purchase_order_lines_purchase_order_id'), ['purchase_order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_purchase_order_lines_sku_id'), ['sku_id'], unique=False)

    op.create_table('reorder_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('reorder_point', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('reorder_quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('days_of_cover', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_reorder_rules_sku_id_skus'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name=op.f('fk_reorder_rules_warehouse_id_warehouses'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reorder_rules')),
    sa.UniqueConstraint('sku_id', 'warehouse_id', name=op.f('uq_reorder_rules_sku_id_warehouse_id'))
    )
    op.create_table('reservations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=True),
    sa.Column('quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('document_type', sa.String(length=40), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('document_line_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('created_at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_reservations_location_id_locations')),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_reservations_sku_id_skus')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name=op.f('fk_reservations_warehouse_id_warehouses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reservations'))
    )
    with op.batch_alter_table('reservations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reservations_document_type_document_id'), ['document_type', 'document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reservations_sku_id_warehouse_id'), ['sku_id', 'warehouse_id'], unique=False)

    op.create_table('stock_balances',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('on_hand', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_stock_balances_location_id_locations')),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_stock_balances_sku_id_skus')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_balances')),
    sa.UniqueConstraint('sku_id', 'location_id', name=op.f('uq_stock_balances_sku_id_location_id'))
    )
    with op.batch_alter_table('stock_balances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_balances_location_id'), ['location_id'], unique=False)

    op.create_table('stock_moves',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('from_location_id', sa.Integer(), nullable=False),
    sa.Column('to_location_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Enum('receipt', 'shipment', 'customer_return', 'supplier_return', 'scrap', 'internal', 'transfer_out', 'transfer_in', 'stocktake', 'adjustment', 'assembly', 'disassembly', name='movereason', native_enum=False, length=20), nullable=False),
    sa.Column('reference_type', sa.String(length=40), nullable=False),
    sa.Column('reference_id', sa.Integer(), nullable=True),
    sa.Column('reference_no', sa.String(length=64), nullable=False),
    sa.Column('unit_cost', omsdesk.db.types.ExactDecimal(scale=4), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('actor', sa.String(length=120), nullable=False),
    sa.Column('at', omsdesk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['from_location_id'], ['locations.id'], name=op.f('fk_stock_moves_from_location_id_locations')),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_stock_moves_sku_id_skus')),
    sa.ForeignKeyConstraint(['to_location_id'], ['locations.id'], name=op.f('fk_stock_moves_to_location_id_locations')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_moves'))
    )
    with op.batch_alter_table('stock_moves', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stock_moves_actor'), ['actor'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_moves_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_moves_from_location_id_at'), ['from_location_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_moves_reason'), ['reason'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_moves_reference_type_reference_id'), ['reference_type', 'reference_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_moves_sku_id_at'), ['sku_id', 'at'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_moves_to_location_id_at'), ['to_location_id', 'at'], unique=False)

    op.create_table('stocktake_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stocktake_id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('expected_quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('counted_quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=True),
    sa.Column('unit_cost', omsdesk.db.types.ExactDecimal(scale=4), nullable=True),
    sa.Column('counted_at', omsdesk.db.types.UTCDateTime(), nullable=True),
    sa.Column('counted_by', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_stocktake_lines_location_id_locations')),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_stocktake_lines_sku_id_skus')),
    sa.ForeignKeyConstraint(['stocktake_id'], ['stocktakes.id'], name=op.f('fk_stocktake_lines_stocktake_id_stocktakes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stocktake_lines')),
    sa.UniqueConstraint('stocktake_id', 'sku_id', 'location_id', name=op.f('uq_stocktake_lines_stocktake_id_sku_id_location_id'))
    )
    op.create_table('supplier_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('supplier_id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('supplier_code', sa.String(length=64), nullable=False),
    sa.Column('unit_cost', omsdesk.db.types.ExactDecimal(scale=4), nullable=True),
    sa.Column('min_order_quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('preferred', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_supplier_items_sku_id_skus'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['supplier_id'], ['suppliers.id'], name=op.f('fk_supplier_items_supplier_id_suppliers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_supplier_items')),
    sa.UniqueConstraint('supplier_id', 'sku_id', name=op.f('uq_supplier_items_supplier_id_sku_id'))
    )
    with op.batch_alter_table('supplier_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_supplier_items_sku_id'), ['sku_id'], unique=False)

    op.create_table('transfer_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('transfer_id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('from_location_id', sa.Integer(), nullable=False),
    sa.Column('to_location_id', sa.Integer(), nullable=True),
    sa.Column('received_quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.ForeignKeyConstraint(['from_location_id'], ['locations.id'], name=op.f('fk_transfer_lines_from_location_id_locations')),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_transfer_lines_sku_id_skus')),
    sa.ForeignKeyConstraint(['to_location_id'], ['locations.id'], name=op.f('fk_transfer_lines_to_location_id_locations')),
    sa.ForeignKeyConstraint(['transfer_id'], ['transfers.id'], name=op.f('fk_transfer_lines_transfer_id_transfers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer_lines'))
    )
    with op.batch_alter_table('transfer_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_lines_transfer_id'), ['transfer_id'], unique=False)

    op.create_table('warehouse_stock',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('warehouse_id', sa.Integer(), nullable=False),
    sa.Column('on_hand', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('reserved', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_warehouse_stock_sku_id_skus')),
    sa.ForeignKeyConstraint(['warehouse_id'], ['warehouses.id'], name=op.f('fk_warehouse_stock_warehouse_id_warehouses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_warehouse_stock')),
    sa.UniqueConstraint('sku_id', 'warehouse_id', name=op.f('uq_warehouse_stock_sku_id_warehouse_id'))
    )
    with op.batch_alter_table('warehouse_stock', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_warehouse_stock_warehouse_id'), ['warehouse_id'], unique=False)

    op.create_table('receipt_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('purchase_order_line_id', sa.Integer(), nullable=True),
    sa.Column('sku_id', sa.Integer(), nullable=False),
    sa.Column('location_id', sa.Integer(), nullable=False),
    sa.Column('quantity', omsdesk.db.types.ExactDecimal(scale=4), nullable=False),
    sa.Column('unit_cost', omsdesk.db.types.ExactDecimal(scale=4), nullable=True),
    sa.Column('variance_reason', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['location_id'], ['locations.id'], name=op.f('fk_receipt_lines_location_id_locations')),
    sa.ForeignKeyConstraint(['purchase_order_line_id'], ['purchase_order_lines.id'], name=op.f('fk_receipt_lines_purchase_order_line_id_purchase_order_lines')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipts.id'], name=op.f('fk_receipt_lines_receipt_id_receipts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sku_id'], ['skus.id'], name=op.f('fk_receipt_lines_sku_id_skus')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt_lines'))
    )
    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_lines_receipt_id'), ['receipt_id'], unique=False)

    # On SQLite a plain ADD COLUMN, not batch mode: recreating order_lines from reflection
    # would drop the NOCASE collation that lets prefix search use the channel_sku index.
    if op.get_context().dialect.name == "sqlite":
        op.execute("ALTER TABLE order_lines ADD COLUMN sku_id INTEGER "
                   "CONSTRAINT fk_order_lines_sku_id_skus REFERENCES skus (id)")
    else:
        op.add_column('order_lines', sa.Column('sku_id', sa.Integer(), nullable=True))
        op.create_foreign_key(op.f('fk_order_lines_sku_id_skus'), 'order_lines', 'skus', ['sku_id'], ['id'])
    op.create_index(op.f('ix_order_lines_sku_id'), 'order_lines', ['sku_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_order_lines_sku_id_skus'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_order_lines_sku_id'))
        batch_op.drop_column('sku_id')

    with op.batch_alter_table('receipt_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_lines_receipt_id'))

    op.drop_table('receipt_lines')
    with op.batch_alter_table('warehouse_stock', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_warehouse_stock_warehouse_id'))

    op.drop_table('warehouse_stock')
    with op.batch_alter_table('transfer_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_lines_transfer_id'))

    op.drop_table('transfer_lines')
    with op.batch_alter_table('supplier_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_supplier_items_sku_id'))

    op.drop_table('supplier_items')
    op.drop_table('stocktake_lines')
    with op.batch_alter_table('stock_moves', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_moves_to_location_id_at'))
        batch_op.drop_index(batch_op.f('ix_stock_moves_sku_id_at'))
        batch_op.drop_index(batch_op.f('ix_stock_moves_reference_type_reference_id'))
        batch_op.drop_index(batch_op.f('ix_stock_moves_reason'))
        batch_op.drop_index(batch_op.f('ix_stock_moves_from_location_id_at'))
        batch_op.drop_index(batch_op.f('ix_stock_moves_at'))
        batch_op.drop_index(batch_op.f('ix_stock_moves_actor'))

    op.drop_table('stock_moves')
    with op.batch_alter_table('stock_balances', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_balances_location_id'))

    op.drop_table('stock_balances')
    with op.batch_alter_table('reservations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reservations_sku_id_warehouse_id'))
        batch_op.drop_index(batch_op.f('ix_reservations_document_type_document_id'))

    op.drop_table('reservations')
    op.drop_table('reorder_rules')
    with op.batch_alter_table('purchase_order_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_order_lines_sku_id'))
        batch_op.drop_index(batch_op.f('ix_purchase_order_lines_purchase_order_id'))

    op.drop_table('purchase_order_lines')
    with op.batch_alter_table('channel_sku_mappings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_channel_sku_mappings_sku_id'))
        batch_op.drop_index(batch_op.f('ix_channel_sku_mappings_shop_id_channel_sku'))

    op.drop_table('channel_sku_mappings')
    with op.batch_alter_table('bundle_components', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bundle_components_component_sku_id'))

    op.drop_table('bundle_components')
    with op.batch_alter_table('barcodes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_barcodes_sku_id'))

    op.drop_table('barcodes')
    with op.batch_alter_table('skus', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_skus_spu_id'))
        batch_op.drop_index(batch_op.f('ix_skus_name'))
        batch_op.drop_index(batch_op.f('ix_skus_category_id'))
        batch_op.drop_index(batch_op.f('ix_skus_brand_id'))

    op.drop_table('skus')
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipts_purchase_order_id'))

    op.drop_table('receipts')
    op.drop_table('transfers')
    op.drop_table('stocktakes')
    with op.batch_alter_table('spus', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_spus_name'))
        batch_op.drop_index(batch_op.f('ix_spus_category_id'))
        batch_op.drop_index(batch_op.f('ix_spus_brand_id'))

    op.drop_table('spus')
    with op.batch_alter_table('purchase_orders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_purchase_orders_supplier_id'))
        batch_op.drop_index(batch_op.f('ix_purchase_orders_state'))

    op.drop_table('purchase_orders')
    with op.batch_alter_table('locations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_locations_warehouse_id'))
        batch_op.drop_index(batch_op.f('ix_locations_path'))
        batch_op.drop_index(batch_op.f('ix_locations_parent_id'))

    op.drop_table('locations')
    op.drop_table('warehouses')
    op.drop_table('suppliers')
    op.drop_table('number_sequences')
    with op.batch_alter_table('categories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_categories_parent_id'))

    op.drop_table('categories')
    op.drop_table('brands')
