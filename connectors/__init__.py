"""Channel connectors: one module per sales channel, plus the channel simulator.

Connectors never import ``omsdesk``, Qt or the database; they return the plain
data classes of :mod:`connectors.base`.
"""
