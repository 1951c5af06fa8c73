"""The Inventory workspace: stock, locations, movements, transfers, stocktakes."""
