"""Find connectors through the ``omsdesk.connectors`` entry-point group.

A third party adds a channel by installing a package that declares, in its
``pyproject.toml``::

    [project.entry-points."omsdesk.connectors"]
    mychannel = "mypackage.module:MyConnector"

The built-in connectors are also listed here so that a frozen build (where
package metadata may be missing) still finds them.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import entry_points

from connectors.base import Connector, ShopConfig

ENTRY_POINT_GROUP = "omsdesk.connectors"

BUILT_IN: dict[str, str] = {
    "woocommerce": "connectors.woocommerce:WooCommerceConnector",
    "shopify": "connectors.shopify:ShopifyConnector",
    "amazon": "connectors.amazon:AmazonConnector",
    "taobao": "connectors.taobao:TaobaoConnector",
    "pinduoduo": "connectors.pinduoduo:PinduoduoConnector",
}


class UnknownChannelError(LookupError):
    def __init__(self, kind: str) -> None:
        known = ", ".join(sorted(available_kinds())) or "none"
        super().__init__(f"unknown channel kind {kind!r} (installed: {known})")


def _targets() -> dict[str, str]:
    targets = dict(BUILT_IN)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        targets[ep.name] = ep.value
    return targets


def available_kinds() -> list[str]:
    return sorted(_targets())


def connector_class(kind: str) -> type[Connector]:
    target = _targets().get(kind)
    if target is None:
        raise UnknownChannelError(kind)
    module_name, _, attribute = target.partition(":")
    return getattr(import_module(module_name), attribute)


def create_connector(kind: str, config: ShopConfig) -> Connector:
    return connector_class(kind)(config)  # type: ignore[call-arg]
