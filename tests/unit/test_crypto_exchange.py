"""The encrypted exchange container refuses every change to its bytes and says 'wrong passphrase'."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hdesk.services.exchange import crypto

FAST = (10, 8, 1)  # the smallest scrypt settings the reader accepts: keeps tests quick


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    path = tmp_path / "plain.bin"
    path.write_bytes(os.urandom(2 * crypto.CHUNK + 12345))
    return path


def _encrypt(plain: Path, tmp_path: Path) -> Path:
    out = tmp_path / "x.hdeskx"
    crypto.encrypt_file(plain, out, "correct horse", kdf=FAST)
    return out


def _decrypt(path: Path, tmp_path: Path, passphrase: str = "correct horse") -> bytes:
    out = tmp_path / "back.bin"
    out.unlink(missing_ok=True)
    crypto.decrypt_file(path, out, passphrase)
    return out.read_bytes()


def test_round_trip_and_nothing_in_clear(plain: Path, tmp_path: Path) -> None:
    enc = _encrypt(plain, tmp_path)
    data = plain.read_bytes()
    assert data[:4096] not in enc.read_bytes()
    assert _decrypt(enc, tmp_path) == data
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("size", [0, crypto.CHUNK])
def test_empty_and_exact_chunk_sizes_round_trip(tmp_path: Path, size: int) -> None:
    src = tmp_path / "p"
    src.write_bytes(os.urandom(size))
    assert _decrypt(_encrypt(src, tmp_path), tmp_path) == src.read_bytes()


def test_wrong_passphrase_says_so(plain: Path, tmp_path: Path) -> None:
    enc = _encrypt(plain, tmp_path)
    with pytest.raises(crypto.CryptoError, match="wrong passphrase") as info:
        _decrypt(enc, tmp_path, "Correct horse")
    assert info.value.code == "wrong_passphrase"
    assert not (tmp_path / "back.bin").exists()


def _tampered(enc: Path, how: str) -> None:
    data = bytearray(enc.read_bytes())
    stored = crypto.CHUNK + crypto.TAG
    first = crypto.HEADER_SIZE
    if how == "flip":
        data[first + 100] ^= 1
    elif how == "truncate_at_chunk":
        data = data[: first + 2 * stored]
    elif how == "truncate_inside":
        data = data[:-5]
    elif how == "append":
        data += b"\0" * 40
    elif how == "reorder":
        a, b = data[first : first + stored], data[first + stored : first + 2 * stored]
        data[first : first + 2 * stored] = b + a
    elif how == "drop_middle":
        del data[first + stored : first + 2 * stored]
    enc.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["flip", "truncate_at_chunk", "truncate_inside", "append", "reorder", "drop_middle"])
def test_any_change_to_the_chunks_is_refused(plain: Path, tmp_path: Path, how: str) -> None:
    enc = _encrypt(plain, tmp_path)
    _tampered(enc, how)
    with pytest.raises(crypto.CryptoError) as info:
        _decrypt(enc, tmp_path)
    assert info.value.code == "damaged"
    assert not (tmp_path / "back.bin").exists()


def test_header_is_authenticated(plain: Path, tmp_path: Path) -> None:
    enc = _encrypt(plain, tmp_path)
    data = bytearray(enc.read_bytes())
    data[crypto.HEADER_SIZE - 40] ^= 1  # inside the chunk-size / nonce area
    enc.write_bytes(bytes(data))
    with pytest.raises(crypto.CryptoError):
        _decrypt(enc, tmp_path)


def test_kdf_settings_from_a_header_are_bounded(plain: Path, tmp_path: Path) -> None:
    enc = _encrypt(plain, tmp_path)
    data = bytearray(enc.read_bytes())
    data[10] = 30  # log2 n = 30: 128 GiB of memory if obeyed
    enc.write_bytes(bytes(data))
    with pytest.raises(crypto.CryptoError, match="unreasonable"):
        _decrypt(enc, tmp_path)


def test_two_exports_use_fresh_salts(plain: Path, tmp_path: Path) -> None:
    one = _encrypt(plain, tmp_path).read_bytes()[: crypto.HEADER_SIZE]
    two = _encrypt(plain, tmp_path).read_bytes()[: crypto.HEADER_SIZE]
    assert one[13:29] != two[13:29]
