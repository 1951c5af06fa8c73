"""Shop credentials live in the system keyring, never in the database.

Where no keyring backend exists (a headless Linux box, a CI runner), the secrets
fall back to keyrings.alt's plaintext file in the user's config directory, made
readable by the user only, and :attr:`SecretStore.warning` says so, so that the
app and the CLI can show it.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

SERVICE = "omsdesk"


@dataclass(frozen=True)
class Credentials:
    key: str
    secret: str
    extra: dict[str, str] = field(default_factory=dict)
    """Further secret values a channel needs (a refresh token, a session key), by setting name."""

    def merged(self, changes: dict[str, str]) -> Credentials:
        """These credentials with ``changes`` applied (``key``/``secret`` or extra names); empty values keep the old."""
        changes = {name: value for name, value in changes.items() if value}
        extra = {**self.extra, **{n: v for n, v in changes.items() if n not in ("key", "secret")}}
        return Credentials(changes.get("key", self.key), changes.get("secret", self.secret), extra)


INSECURE_BACKEND_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _is_secure(backend: KeyringBackend) -> bool:
    """True for a real system keyring (Keychain, Credential Manager, Secret Service…)."""
    inner = getattr(backend, "backends", None)
    if inner is not None:  # the chainer: secure if any backend in the chain is
        return any(_is_secure(b) for b in inner)
    return not type(backend).__module__.startswith(INSECURE_BACKEND_MODULES)


def _plaintext_backend(folder: Path) -> KeyringBackend:
    from keyrings.alt.file import PlaintextKeyring

    folder.mkdir(parents=True, exist_ok=True)
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "secrets.cfg")  # type: ignore[misc]
    return backend


class SecretStore:
    def __init__(self, fallback_dir: Path, backend: KeyringBackend | None = None) -> None:
        chosen = backend or keyring.get_keyring()
        self.warning: str | None = None
        if not _is_secure(chosen):
            chosen = _plaintext_backend(fallback_dir)
            self.warning = (
                "No system keyring is available, so shop secrets are kept in "
                f"{chosen.file_path}, readable only by your user account. Install a "  # type: ignore[attr-defined]
                "keyring (e.g. GNOME Keyring or KWallet) to store them safely."
            )
        self.backend = chosen
        # Shops sync in parallel and a connector may save a refreshed token while another shop
        # reads its key; a file-backed keyring is rewritten whole, so access is serialised.
        self._lock = threading.Lock()

    @property
    def backend_name(self) -> str:
        return type(self.backend).__name__

    def save(self, ref: str, credentials: Credentials) -> None:
        with self._lock:
            self._save(ref, credentials)

    def update(self, ref: str, changes: dict[str, str]) -> None:
        """Merge ``changes`` into what is stored, atomically for this process (token refreshes)."""
        with self._lock:
            self._save(ref, (self._load(ref) or Credentials("", "")).merged(changes))

    def _save(self, ref: str, credentials: Credentials) -> None:
        value = json.dumps({"key": credentials.key, "secret": credentials.secret, "extra": credentials.extra})
        self.backend.set_password(SERVICE, ref, value)
        self._restrict_file()

    def load(self, ref: str) -> Credentials | None:
        with self._lock:
            return self._load(ref)

    def _load(self, ref: str) -> Credentials | None:
        try:
            value = self.backend.get_password(SERVICE, ref)
        except KeyringError:
            return None
        if not value:
            return None
        data = json.loads(value)
        return Credentials(key=data.get("key", ""), secret=data.get("secret", ""), extra=dict(data.get("extra") or {}))

    def delete(self, ref: str) -> None:
        with self._lock:
            try:
                self.backend.delete_password(SERVICE, ref)
            except KeyringError:
                pass

    def _restrict_file(self) -> None:
        path = getattr(self.backend, "file_path", None)
        if path and os.path.exists(path) and os.name == "posix":
            os.chmod(path, 0o600)
