"""Unified orders from every channel: models, states, money, list queries."""
