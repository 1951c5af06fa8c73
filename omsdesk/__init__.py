"""omsdesk: merchant-side ERP/OMS desktop application."""

__version__ = "0.1.0"
