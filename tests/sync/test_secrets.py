"""Shop secrets in the keyring: the plaintext fallback, extra values, and parallel shops."""

from __future__ import annotations

import threading
from pathlib import Path

from keyring.backends.null import Keyring as NoKeyring

from omsdesk.sync.secrets import Credentials, SecretStore


def test_without_a_keyring_secrets_go_to_a_private_file_and_say_so(tmp_path: Path) -> None:
    store = SecretStore(tmp_path, backend=NoKeyring())
    store.save("shop-1", Credentials("ck", "cs", {"refresh_token": "Atzr|1"}))

    assert store.warning and "readable only by your user account" in store.warning
    assert store.load("shop-1") == Credentials("ck", "cs", {"refresh_token": "Atzr|1"})
    assert (tmp_path / "secrets.cfg").stat().st_mode & 0o077 == 0


def test_an_update_merges_and_keeps_what_it_does_not_name(tmp_path: Path) -> None:
    store = SecretStore(tmp_path, backend=NoKeyring())
    store.save("shop-1", Credentials("id", "secret", {"refresh_token": "old", "session": "s"}))
    store.update("shop-1", {"refresh_token": "new", "access_token": "a", "secret": ""})
    assert store.load("shop-1") == Credentials("id", "secret", {"refresh_token": "new", "session": "s",
                                                                 "access_token": "a"})


def test_shops_reading_while_another_saves_a_token_never_lose_their_keys(tmp_path: Path) -> None:
    """Five shops sync at once; a token refresh rewrites the whole file under the others' feet."""
    store = SecretStore(tmp_path, backend=NoKeyring())
    for n in range(5):
        store.save(f"shop-{n}", Credentials(f"key-{n}", f"secret-{n}"))
    missing: list[str] = []

    def reader(n: int) -> None:
        for _ in range(200):
            if store.load(f"shop-{n}") is None:
                missing.append(f"shop-{n}")

    def refresher() -> None:
        for round_ in range(200):
            store.update("shop-0", {"access_token": f"token-{round_}"})

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(1, 5)] + [threading.Thread(target=refresher)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert missing == []
    assert store.load("shop-0").extra["access_token"] == "token-199"
