"""The encrypted exchange container (RELIABILITY.md 11-12).

Layout: a fixed header (magic, format version, KDF settings, salt, nonce prefix, chunk size,
key check), then AES-256-GCM chunks. The whole header is the associated data of every
chunk; each nonce holds the chunk number and a last-chunk flag, so truncation, reordering
and appended bytes fail authentication. The key comes from scrypt with a fresh salt; the
KDF settings read from a header are bounded before use. The passphrase is never logged.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from hdesk.store.database import fsync_dir
from hdesk.store.errors import StoreError

MAGIC = b"HDESKENC"
FORMAT = 1
KDF_SCRYPT = 1
CHUNK = 1024 * 1024
TAG = 16
_HEAD = struct.Struct(">8sBBBBB16s7sI32s")  # magic, format, kdf, log2 n, r, p, salt, nonce prefix, chunk, check
HEADER_SIZE = _HEAD.size
DEFAULT_KDF = (15, 8, 1)  # scrypt n = 2**15, r = 8, p = 1: 32 MiB, about 0.1 s
MAX_KDF_MEMORY = 256 * 1024**2


class CryptoError(StoreError):
    """Codes: wrong_passphrase, damaged, unsupported."""


@dataclass(frozen=True)
class Header:
    version: int
    kdf: int
    log_n: int
    r: int
    p: int
    salt: bytes
    prefix: bytes
    chunk: int
    check: bytes

    def pack(self) -> bytes:
        return _HEAD.pack(
            MAGIC, self.version, self.kdf, self.log_n, self.r, self.p, self.salt, self.prefix, self.chunk, self.check
        )


def is_encrypted(path: Path) -> bool:
    with Path(path).open("rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def _derive(passphrase: str, header: Header) -> tuple[bytes, bytes]:
    """(AES key, key check) from the passphrase, after bounding the header's KDF settings."""
    if header.kdf != KDF_SCRYPT:
        raise CryptoError("unsupported", "The encrypted file uses a method this hdesk does not know; update hdesk.")
    if not (10 <= header.log_n <= 20 and 1 <= header.r <= 16 and 1 <= header.p <= 4):
        raise CryptoError("damaged", "The encrypted file has unreasonable key settings; it was refused.")
    if 128 * header.r * (2**header.log_n) > MAX_KDF_MEMORY:
        raise CryptoError("damaged", "The encrypted file asks for too much memory; it was refused.")
    material = Scrypt(salt=header.salt, length=64, n=2**header.log_n, r=header.r, p=header.p).derive(
        passphrase.encode("utf-8")
    )
    key, check = material[:32], hashlib.sha256(b"hdesk key check" + material[32:]).digest()
    return key, check


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", number) + (b"\x01" if last else b"\x00")


def encrypt_file(source: Path, dest: Path, passphrase: str, kdf: tuple[int, int, int] = DEFAULT_KDF) -> None:
    """Encrypt `source` into `dest` via a temporary name, fsync and rename (never a half file)."""
    if not passphrase:
        raise CryptoError("wrong_passphrase", "The passphrase is empty.")
    log_n, r, p = kdf
    header = Header(FORMAT, KDF_SCRYPT, log_n, r, p, os.urandom(16), os.urandom(7), CHUNK, b"\0" * 32)
    key, check = _derive(passphrase, header)
    header = Header(FORMAT, KDF_SCRYPT, log_n, r, p, header.salt, header.prefix, CHUNK, check)
    aad = header.pack()
    aes = AESGCM(key)
    dest = Path(dest)
    part = dest.with_name(f".{dest.name}.part")
    try:
        with source.open("rb") as src, part.open("wb") as out:
            out.write(aad)
            number = 0
            block = src.read(CHUNK)
            while True:
                following = src.read(CHUNK) if len(block) == CHUNK else b""
                last = not following
                out.write(aes.encrypt(_nonce(header.prefix, number, last), block, aad))
                if last:
                    break
                number += 1
                block = following
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, dest)
        fsync_dir(dest.parent)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StoreError("io", f"Could not write {dest} ({exc.strerror or exc}).") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def read_header(handle: BinaryIO) -> Header:
    raw = handle.read(HEADER_SIZE)
    if len(raw) < HEADER_SIZE or not raw.startswith(MAGIC):
        raise CryptoError("damaged", "The encrypted file is incomplete or not an hdesk file.")
    _magic, version, kdf, log_n, r, p, salt, prefix, chunk, check = _HEAD.unpack(raw)
    if version != FORMAT:
        raise CryptoError("unsupported", "The encrypted file was written by a newer hdesk; please update hdesk.")
    if not 4096 <= chunk <= 16 * 1024**2:
        raise CryptoError("damaged", "The encrypted file has an unreasonable chunk size; it was refused.")
    return Header(version, kdf, log_n, r, p, salt, prefix, chunk, check)


def decrypt_file(source: Path, dest: Path, passphrase: str) -> None:
    """Decrypt `source` into `dest` (local temp); CryptoError when wrong or tampered."""
    with Path(source).open("rb") as src:
        header = read_header(src)
        key, check = _derive(passphrase, header)
        if not hmac.compare_digest(check, header.check):
            raise CryptoError("wrong_passphrase", "wrong passphrase: the file could not be decrypted.")
        aad = header.pack()
        aes = AESGCM(key)
        stored = header.chunk + TAG
        try:
            with Path(dest).open("xb") as out:
                number = 0
                block = src.read(stored)
                while True:
                    following = src.read(stored)
                    last = not following
                    try:
                        out.write(aes.decrypt(_nonce(header.prefix, number, last), block, aad))
                    except InvalidTag:
                        raise CryptoError(
                            "damaged", "The encrypted file was changed or is incomplete; it was refused."
                        ) from None
                    if last:
                        break
                    number += 1
                    block = following
        except BaseException:
            Path(dest).unlink(missing_ok=True)
            raise
