"""A local channel simulator for the demo, the tests and the benchmarks.

::

    from connectors.simulator import ChannelSimulator

    with ChannelSimulator(port=0) as sim:
        shop = sim.add_woocommerce_shop(slug="webshop", seed=7, orders=500)
        ...  # point a WooCommerceConnector at shop.url with shop.key / shop.secret

Or from a shell: ``python -m connectors.simulator --port 8765 --orders 500 --seed 7``.
"""

from connectors.simulator.faults import REMOVE, FaultPlan
from connectors.simulator.messages import RecordedRequest
from connectors.simulator.server import SERVICE_NAME, ChannelSimulator, serve
from connectors.simulator.woocommerce import WooCommerceShop
from connectors.simulator.woocommerce_store import WooCommerceStore

__all__ = [
    "REMOVE",
    "SERVICE_NAME",
    "ChannelSimulator",
    "FaultPlan",
    "RecordedRequest",
    "WooCommerceShop",
    "WooCommerceStore",
    "serve",
]
