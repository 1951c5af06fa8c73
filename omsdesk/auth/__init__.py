"""Who acts, and the audit trail of what they did."""
