"""``python -m connectors.simulator --port P --orders N --seed S``: serve one simulated shop per channel."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

from connectors.simulator.server import serve


def _epoch(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m connectors.simulator",
                                     description="Serve simulated WooCommerce, Shopify, Amazon, Taobao/Tmall "
                                                 "and Pinduoduo shops on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8765, help="TCP port (0 picks a free one); default 8765")
    parser.add_argument("--orders", type=int, default=500, help="orders generated at start; default 500")
    parser.add_argument("--seed", type=int, default=7, help="random seed of the generated data; default 7")
    parser.add_argument("--epoch", type=_epoch, default=None,
                        help="time of the newest generated order (ISO 8601, UTC); default: the current hour")
    parser.add_argument("--arrival-seconds", type=float, default=20.0,
                        help="seconds between live order arrivals; default 20")
    args = parser.parse_args(argv)
    serve(port=args.port, orders=args.orders, seed=args.seed, epoch=args.epoch,
          arrival_seconds=args.arrival_seconds)


if __name__ == "__main__":
    main()
