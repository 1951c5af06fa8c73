"""Warehouses, locations and the stock ledger; suppliers, purchasing, transfers, stocktakes."""
