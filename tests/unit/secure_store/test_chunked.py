from __future__ import annotations

import io
import os
import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secure_store.chunked import (
    ChunkReader,
    ChunkWriter,
    StreamCorrupt,
    decrypt_chunks,
    encrypt_stream,
    read_header,
)

KEY = bytes(range(32))
SID = bytes(16)


def _seal(data: bytes, chunk_size: int = 64, stream_id: bytes = SID, key: bytes = KEY) -> bytes:
    sink = io.BytesIO()
    encrypt_stream(key, stream_id, io.BytesIO(data), sink, chunk_size)
    return sink.getvalue()


def _open(sealed: bytes, stream_id: bytes = SID, key: bytes = KEY) -> bytes:
    return b"".join(decrypt_chunks(key, stream_id, io.BytesIO(sealed)))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=600), st.integers(min_value=1, max_value=200))
def test_any_payload_round_trips_for_any_chunk_size(data: bytes, chunk_size: int) -> None:
    assert _open(_seal(data, chunk_size)) == data


def test_size_and_hash_describe_the_plaintext() -> None:
    import hashlib

    sink = io.BytesIO()
    size, digest = encrypt_stream(KEY, SID, io.BytesIO(b"abc" * 100), sink, 64)
    assert (size, digest) == (300, hashlib.sha256(b"abc" * 100).hexdigest())
    assert b"abc" not in sink.getvalue()


@settings(max_examples=40, deadline=None)
@given(st.binary(min_size=1, max_size=300), st.data())
def test_any_flipped_byte_is_detected(data: bytes, pick: st.DataObject) -> None:
    sealed = bytearray(_seal(data, 50))
    index = pick.draw(st.integers(min_value=0, max_value=len(sealed) - 1))
    sealed[index] ^= 0x01
    with pytest.raises(StreamCorrupt):
        _open(bytes(sealed))


def _chunks(sealed: bytes) -> tuple[bytes, list[bytes]]:
    header, rest, chunks = sealed[:24], sealed[24:], []
    while rest:
        length = struct.unpack(">I", rest[12:16])[0]
        chunks.append(rest[: 16 + length])
        rest = rest[16 + length :]
    return header, chunks


def test_dropping_the_last_chunk_is_detected_as_truncation() -> None:
    header, chunks = _chunks(_seal(os.urandom(200), 64))
    with pytest.raises(StreamCorrupt, match="chunk 2"):
        _open(header + b"".join(chunks[:-1]))


def test_reordered_chunks_are_detected() -> None:
    header, chunks = _chunks(_seal(os.urandom(200), 64))
    chunks[0], chunks[1] = chunks[1], chunks[0]
    with pytest.raises(StreamCorrupt):
        _open(header + b"".join(chunks))


def test_chunk_from_another_stream_is_detected() -> None:
    other_id = b"\x01" * 16
    header, chunks = _chunks(_seal(b"a" * 200, 64))
    _, foreign = _chunks(_seal(b"a" * 200, 64, stream_id=other_id))
    chunks[1] = foreign[1]
    with pytest.raises(StreamCorrupt):
        _open(header + b"".join(chunks))


def test_stream_presented_under_another_id_is_refused() -> None:
    with pytest.raises(StreamCorrupt, match="elsewhere"):
        _open(_seal(b"data"), stream_id=b"\x02" * 16)


def test_wrong_key_is_detected() -> None:
    with pytest.raises(StreamCorrupt):
        _open(_seal(b"data"), key=bytes(32))


@pytest.mark.parametrize(
    ("mutilate", "reason"),
    [
        (lambda s: s[:10], "header truncated"),
        (lambda s: b"XXXX" + s[4:], "not an encrypted stream"),
        (lambda s: s[:24], "no chunks"),
        (lambda s: s[:30], "chunk header truncated"),
        (lambda s: s[:40], "chunk truncated"),
        (lambda s: s[:36] + struct.pack(">I", 3) + s[40:], "out of range"),
    ],
)
def test_malformed_streams_are_refused_with_a_reason(mutilate, reason: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StreamCorrupt, match=reason):
        _open(mutilate(_seal(b"some plaintext here")))


def test_header_reports_id_and_chunk_size() -> None:
    assert read_header(io.BytesIO(_seal(b"x", 77))) == (SID, 77)


def test_writer_refuses_a_short_stream_id() -> None:
    with pytest.raises(ValueError, match="16 bytes"):
        ChunkWriter(KEY, b"short", io.BytesIO())


def test_unclosed_writer_leaves_a_stream_that_does_not_open() -> None:
    sink = io.BytesIO()
    writer = ChunkWriter(KEY, SID, sink, 16)
    writer.write(b"x" * 40)
    with pytest.raises(StreamCorrupt):
        _open(sink.getvalue())


def test_reader_serves_exact_sizes_and_the_rest() -> None:
    data = os.urandom(500)
    reader = ChunkReader(KEY, SID, io.BytesIO(_seal(data, 64)))
    assert reader.read(10) == data[:10]
    assert reader.read(100) == data[10:110]
    assert reader.read() == data[110:]
    assert reader.read(5) == b""


_PIECE = st.tuples(st.integers(min_value=0, max_value=300), st.sampled_from(["bytes", "mutable"]))


@settings(max_examples=80, deadline=None)
@given(st.lists(_PIECE, max_size=12), st.integers(min_value=1, max_value=128))
def test_any_split_into_writes_of_any_type_round_trips(
    pieces: list[tuple[int, str]], chunk_size: int
) -> None:
    """Whole chunks handed in as bytes are kept without a copy; any other buffer is copied."""
    import hashlib

    sink, expected = io.BytesIO(), b""
    writer = ChunkWriter(KEY, SID, sink, chunk_size)
    buffer = bytearray(300)  # one buffer reused for every mutable write, as readinto() would
    for size, kind in pieces:
        data = os.urandom(size)
        expected += data
        if kind == "bytes":
            assert writer.write(data) == size
        else:
            buffer[:size] = data
            assert writer.write(memoryview(buffer)[:size]) == size  # any buffer
            buffer[:size] = bytes(size)  # changed at once after the call: must not matter
    writer.close()
    assert _open(sink.getvalue()) == expected
    assert (writer.plain_size, writer.sha256.hexdigest()) == (
        len(expected),
        hashlib.sha256(expected).hexdigest(),
    )
    chunks = _chunks(sink.getvalue())[1]
    assert len(chunks) == max(1, -(-len(expected) // chunk_size))  # full chunks, then the rest


def test_the_caller_may_take_over_the_plaintext_hash() -> None:
    import hashlib

    sink = io.BytesIO()
    writer = ChunkWriter(KEY, SID, sink, 64, hash_plaintext=False)
    writer.write(b"abc" * 100)
    writer.close()
    assert writer.plain_size == 300 and writer.sha256.hexdigest() == hashlib.sha256().hexdigest()
    assert _open(sink.getvalue()) == b"abc" * 100
