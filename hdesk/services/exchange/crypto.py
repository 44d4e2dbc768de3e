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

from hdesk.store.errors import StoreError
from hdesk.store.snapshot import commit, stage

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


@dataclass(frozen=True)
class Sealer:
    """A fresh key for one file: its header (the associated data of every chunk) and cipher."""

    header: Header
    aad: bytes
    aes: AESGCM


def new_sealer(passphrase: str, kdf: tuple[int, int, int] = DEFAULT_KDF) -> Sealer:
    """Derive a key for a new file from the passphrase with a fresh random salt (the slow part)."""
    if not passphrase:
        raise CryptoError("wrong_passphrase", "The passphrase is empty.")
    log_n, r, p = kdf
    header = Header(FORMAT, KDF_SCRYPT, log_n, r, p, os.urandom(16), os.urandom(7), CHUNK, b"\0" * 32)
    key, check = _derive(passphrase, header)
    header = Header(FORMAT, KDF_SCRYPT, log_n, r, p, header.salt, header.prefix, CHUNK, check)
    return Sealer(header, header.pack(), AESGCM(key))


def seal(source: Path, out: BinaryIO, sealer: Sealer) -> None:
    """Write the header and the encrypted chunks of `source` to `out`.

    The chunk count comes from the size up front, so each chunk is read once into one
    reused buffer and encrypted into another; the last one (possibly empty, possibly full)
    carries the last-chunk flag.
    """
    header, aad, aes = sealer.header, sealer.aad, sealer.aes
    plain = bytearray(header.chunk)
    sealed = bytearray(header.chunk + TAG)
    out.write(aad)
    with Path(source).open("rb", buffering=0) as src:
        size = os.fstat(src.fileno()).st_size
        chunks = max(1, -(-size // header.chunk))
        for number in range(chunks):
            want = min(header.chunk, size - number * header.chunk)
            view = memoryview(plain)[:want]
            got = 0
            while got < want and (n := src.readinto(view[got:])):
                got += n
            if got != want:
                raise StoreError("io", "The file changed while it was being encrypted; nothing was written.")
            nonce = _nonce(header.prefix, number, number == chunks - 1)
            aes.encrypt_into(nonce, view, aad, memoryview(sealed)[: want + TAG])
            out.write(memoryview(sealed)[: want + TAG])
        if src.read(1):
            raise StoreError("io", "The file changed while it was being encrypted; nothing was written.")


def encrypt_file(source: Path, dest: Path, passphrase: str, kdf: tuple[int, int, int] = DEFAULT_KDF) -> None:
    """Encrypt `source` into `dest` via a temporary name, fsync and rename (never a half file)."""
    sealer = new_sealer(passphrase, kdf)
    commit(stage(Path(dest), lambda out: seal(source, out, sealer)), Path(dest))


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
