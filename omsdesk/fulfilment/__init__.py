"""Shipments: parcels that left with a carrier and a tracking number."""
