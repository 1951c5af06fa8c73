"""The Purchasing workspace: suppliers, purchase orders, receiving, purchase suggestions."""
