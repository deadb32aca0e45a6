"""The baseline: the four messages decoded, encoded and viewed by hand, as a careful
person writes them with the standard library: one precompiled `struct.Struct` per fixed
block, a dataclass with `__slots__` per message, and the same checks the generated code
makes (exact length, the side byte, ranges on encode, caps on lengths).
"""

from __future__ import annotations

import binascii
import dataclasses
import struct
import typing

#: What the decoders read: anything `struct.unpack_from` takes.
Buf = bytes | bytearray | memoryview

# ---- ITCH 5.0 Add Order (section 1.3.1), without its type byte: 35 bytes ----

_ADD_ORDER = struct.Struct(">HH6sQcI8sI")
_U64 = struct.Struct(">Q")
_U32 = struct.Struct(">I")


@dataclasses.dataclass(slots=True)
class AddOrder:
    stock_locate: int
    tracking_number: int
    timestamp: int
    order_ref: int
    side: bytes
    shares: int
    stock: bytes
    price: int

    @classmethod
    def decode(cls, buf: Buf) -> AddOrder:
        if len(buf) != 35:
            raise ValueError("an Add Order is 35 bytes")
        (locate, tracking, timestamp, order_ref, side, shares, stock,
         price) = _ADD_ORDER.unpack_from(buf)
        if side != b"B" and side != b"S":
            raise ValueError(f"side {side!r}")
        return cls(locate, tracking, int.from_bytes(timestamp, "big"), order_ref, side,
                   shares, stock, price)

    def encode(self) -> bytes:
        if self.side != b"B" and self.side != b"S":
            raise ValueError(f"side {self.side!r}")
        if len(self.stock) != 8:
            raise ValueError("stock is 8 bytes")
        # to_bytes refuses a timestamp above 48 bits or below zero.
        return _ADD_ORDER.pack(self.stock_locate, self.tracking_number,
                               self.timestamp.to_bytes(6, "big"), self.order_ref, self.side,
                               self.shares, self.stock, self.price)


class AddOrderView:
    __slots__ = ("_buf",)

    def __init__(self, buf: Buf) -> None:
        if len(buf) != 35:
            raise ValueError("an Add Order is 35 bytes")
        if buf[18] != 0x42 and buf[18] != 0x53:
            raise ValueError(f"side {buf[18]:#x}")
        self._buf = buf

    @property
    def order_ref(self) -> int:
        value: int = _U64.unpack_from(self._buf, 10)[0]
        return value

    @property
    def price(self) -> int:
        value: int = _U32.unpack_from(self._buf, 31)[0]
        return value


# ---- the IPv4 header (RFC 791 section 3.1), without options: 20 bytes ----

_IPV4 = struct.Struct(">BBHHHBBH4s4s")


@dataclasses.dataclass(slots=True)
class Ipv4Header:
    version: int
    ihl: int
    dscp: int
    ecn: int
    total_len: int
    identification: int
    flags: int
    fragment_offset: int
    ttl: int
    protocol: int
    checksum: int
    src: bytes
    dst: bytes

    @classmethod
    def decode(cls, buf: Buf) -> Ipv4Header:
        if len(buf) != 20:
            raise ValueError("an IPv4 header is 20 bytes")
        (version_ihl, dscp_ecn, total_len, identification, flags_fragment, ttl, protocol,
         checksum, src, dst) = _IPV4.unpack_from(buf)
        return cls(version_ihl >> 4, version_ihl & 0xF, dscp_ecn >> 2, dscp_ecn & 0x3,
                   total_len, identification, flags_fragment >> 13, flags_fragment & 0x1FFF,
                   ttl, protocol, checksum, src, dst)

    def encode(self) -> bytes:
        if not (0 <= self.version <= 0xF and 0 <= self.ihl <= 0xF and 0 <= self.dscp <= 0x3F
                and 0 <= self.ecn <= 0x3 and 0 <= self.flags <= 0x7
                and 0 <= self.fragment_offset <= 0x1FFF):
            raise ValueError("a bit field is out of range")
        if len(self.src) != 4 or len(self.dst) != 4:
            raise ValueError("an address is 4 bytes")
        return _IPV4.pack(self.version << 4 | self.ihl, self.dscp << 2 | self.ecn,
                          self.total_len, self.identification,
                          self.flags << 13 | self.fragment_offset, self.ttl, self.protocol,
                          self.checksum, self.src, self.dst)


class Ipv4View:
    __slots__ = ("_buf",)

    def __init__(self, buf: Buf) -> None:
        if len(buf) != 20:
            raise ValueError("an IPv4 header is 20 bytes")
        self._buf = buf

    @property
    def ttl(self) -> int:
        return self._buf[8]

    @property
    def protocol(self) -> int:
        return self._buf[9]


# ---- the variable-length message of benches/variable.rs (little endian) ----

_MSG_HEAD = struct.Struct("<QIHB")
_LEVEL = struct.Struct("<II")


def _varint(buf: Buf, pos: int) -> tuple[int, int]:
    """A LEB128 varint: (value, end); at most 10 bytes and 2**64 - 1."""
    byte = buf[pos]
    if byte < 0x80:
        return byte, pos + 1
    value = byte & 0x7F
    for i in range(1, 10):
        byte = buf[pos + i]
        value |= (byte & 0x7F) << (7 * i)
        if byte < 0x80:
            if i == 9 and byte > 1:
                raise ValueError("varint above 2**64 - 1")
            return value, pos + i + 1
    raise ValueError("varint longer than 10 bytes")


def _varint_bytes(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


@dataclasses.dataclass(slots=True)
class Level:
    price: int
    qty: int


@dataclasses.dataclass(slots=True)
class Msg:
    id: int
    price: int
    kind: int
    flags: int
    symbol: str
    blob: bytes
    levels: list[Level]
    seq: int
    count: int
    delta: int

    @classmethod
    def decode(cls, buf: Buf) -> Msg:
        msg, end = cls.read(buf)
        if end != len(buf):
            raise ValueError("trailing bytes")
        return msg

    @staticmethod
    def read(buf: Buf) -> tuple[Msg, int]:
        (id_, price, kind, flags) = _MSG_HEAD.unpack_from(buf)
        pos = 15
        n = buf[pos]
        pos += 1
        if n > 64:
            raise ValueError("symbol above 64 bytes")
        end = pos + n
        if end > len(buf):
            raise ValueError("truncated")
        symbol = str(buf[pos:end], "utf-8")
        n, pos = _varint(buf, end)
        if n > 1024:
            raise ValueError("blob above 1024 bytes")
        end = pos + n
        if end > len(buf):
            raise ValueError("truncated")
        blob = bytes(buf[pos:end])
        n = buf[end]
        pos = end + 1
        if n > 64:
            raise ValueError("more than 64 levels")
        levels = [Level(*_LEVEL.unpack_from(buf, at)) for at in range(pos, pos + 8 * n, 8)]
        pos += 8 * n
        seq, pos = _varint(buf, pos)
        count, pos = _varint(buf, pos)
        if count >> 32:
            raise ValueError("count above u32")
        delta, pos = _varint(buf, pos)
        return Msg(id_, price, kind, flags, symbol, blob, levels, seq, count,
                   (delta >> 1) ^ -(delta & 1)), pos

    def encode(self) -> bytes:
        out = bytearray(_MSG_HEAD.pack(self.id, self.price, self.kind, self.flags))
        symbol = self.symbol.encode()
        # As the generated code: `len` counts the bytes of bytes and bytearray only, and
        # a level must be a Level (Rust's types guarantee both).
        if not isinstance(self.blob, (bytes, bytearray)):
            raise TypeError("blob is not bytes")
        if len(symbol) > 64 or len(self.blob) > 1024 or len(self.levels) > 64:
            raise ValueError("a length is above its cap")
        out.append(len(symbol))
        out += symbol
        out += _varint_bytes(len(self.blob))
        out += self.blob
        out.append(len(self.levels))
        for level in self.levels:
            if not isinstance(level, Level):
                raise TypeError("a level is not a Level")
            out += _LEVEL.pack(level.price, level.qty)
        if not (0 <= self.seq < 1 << 64 and 0 <= self.count < 1 << 32
                and -(1 << 63) <= self.delta < 1 << 63):
            raise ValueError("a varint is out of range")
        out += _varint_bytes(self.seq)
        out += _varint_bytes(self.count)
        out += _varint_bytes(((self.delta << 1) ^ (self.delta >> 63)) & 0xFFFF_FFFF_FFFF_FFFF)
        return bytes(out)


class MsgView:
    """Checks the whole message once (as a view must) and keeps where the variable
    fields start."""

    __slots__ = ("_buf", "_symbol")

    def __init__(self, buf: Buf) -> None:
        # Every check of a decode, without building the values.
        if len(buf) < 15:
            raise ValueError("truncated")
        pos = 15
        n = buf[pos]
        if n > 64:
            raise ValueError("symbol above 64 bytes")
        end = pos + 1 + n
        if end > len(buf):
            raise ValueError("truncated")
        str(buf[pos + 1:end], "utf-8")
        self._symbol = (pos + 1, end)
        n, pos = _varint(buf, end)
        if n > 1024 or pos + n > len(buf):
            raise ValueError("blob")
        pos += n
        n = buf[pos]
        if n > 64 or pos + 1 + 8 * n > len(buf):
            raise ValueError("levels")
        pos += 1 + 8 * n
        _, pos = _varint(buf, pos)
        count, pos = _varint(buf, pos)
        if count >> 32:
            raise ValueError("count above u32")
        _, pos = _varint(buf, pos)
        if pos != len(buf):
            raise ValueError("trailing bytes")
        self._buf = buf

    @property
    def id(self) -> int:
        value: int = _MSG_HEAD.unpack_from(self._buf)[0]
        return value

    @property
    def symbol(self) -> str:
        start, end = self._symbol
        return str(self._buf[start:end], "utf-8")


# ---- the ITCH messages as a tagged union on the type byte ----

_ORDER_DELETE = struct.Struct(">HH6sQ")
_ORDER_EXECUTED = struct.Struct(">HH6sQIQ")


@dataclasses.dataclass(slots=True)
class OrderDelete:
    stock_locate: int
    tracking_number: int
    timestamp: int
    order_ref: int


@dataclasses.dataclass(slots=True)
class OrderExecuted:
    stock_locate: int
    tracking_number: int
    timestamp: int
    order_ref: int
    executed_shares: int
    match_number: int


@dataclasses.dataclass(slots=True)
class Unknown:
    tag: int
    rest: bytes


def _order_delete(buf: Buf) -> OrderDelete:
    if len(buf) != 19:
        raise ValueError("an Order Delete is 18 bytes")
    (locate, tracking, timestamp, order_ref) = _ORDER_DELETE.unpack_from(buf, 1)
    return OrderDelete(locate, tracking, int.from_bytes(timestamp, "big"), order_ref)


def _order_executed(buf: Buf) -> OrderExecuted:
    if len(buf) != 31:
        raise ValueError("an Order Executed is 30 bytes")
    (locate, tracking, timestamp, order_ref, shares,
     match) = _ORDER_EXECUTED.unpack_from(buf, 1)
    return OrderExecuted(locate, tracking, int.from_bytes(timestamp, "big"), order_ref, shares,
                         match)


def _add_order_at(buf: Buf) -> AddOrder:
    """An Add Order after its type byte, unpacked in place."""
    if len(buf) != 36:
        raise ValueError("an Add Order is 35 bytes")
    (locate, tracking, timestamp, order_ref, side, shares, stock,
     price) = _ADD_ORDER.unpack_from(buf, 1)
    if side != b"B" and side != b"S":
        raise ValueError(f"side {side!r}")
    return AddOrder(locate, tracking, int.from_bytes(timestamp, "big"), order_ref, side, shares,
                    stock, price)


#: The decoder of each type byte; the message's class tells which it was.
ITCH_DECODERS: dict[int, typing.Callable[[typing.Any], typing.Any]] = {
    0x41: _add_order_at,
    0x44: _order_delete,
    0x45: _order_executed,
}


def decode_itch(buf: Buf) -> typing.Any:
    """The message `buf` holds: type byte, then the message."""
    decoder = ITCH_DECODERS.get(buf[0])
    if decoder is None:
        return Unknown(buf[0], bytes(buf[1:]))
    return decoder(buf)


def encode_itch(message: typing.Any) -> bytes:
    if isinstance(message, AddOrder):
        return b"A" + message.encode()
    raise ValueError("only Add Orders are written here")


def view_itch(buf: Buf) -> AddOrderView:
    if buf[0] != 0x41:
        raise ValueError("not an Add Order")
    return AddOrderView(buf[1:])


# ---- frames: a u32 big-endian length, or wire's 16-byte WireHeader with CRC32C ----

_LEN = struct.Struct(">I")
_WIRE_HEADER = struct.Struct(">HHBBIIH")


def itch_frames(stream: bytes) -> list[typing.Any]:
    """Every message of a stream of length-prefixed frames."""
    out = []
    pos, n = 0, len(stream)
    view = memoryview(stream)
    while n - pos >= 4:
        (length,) = _LEN.unpack_from(stream, pos)
        end = pos + 4 + length
        if end > n:
            break
        out.append(decode_itch(view[pos + 4:end]))
        pos = end
    return out


def itch_wire_frames(stream: bytes, crc32c: typing.Callable[..., int]) -> list[typing.Any]:
    """Every message of a stream of WireHeader frames, each CRC32C checked."""
    out = []
    pos, n = 0, len(stream)
    view = memoryview(stream)
    while n - pos >= 16:
        (sync, _type, _version, flags, length, crc, check) = _WIRE_HEADER.unpack_from(stream, pos)
        # The header's own check: CRC-16/IBM-3740 of its first 14 bytes.
        if sync != 0xF5C5 or binascii.crc_hqx(view[pos:pos + 14], 0xFFFF) != check or flags & ~1:
            raise ValueError(f"bad header at {pos}")
        end = pos + 16 + length
        if end > n:
            break
        payload = view[pos + 16:end]
        if flags & 1 and crc32c(payload, crc32c(view[pos:pos + 10])) != crc:
            raise ValueError(f"crc32c mismatch at {pos}")
        out.append(decode_itch(payload))
        pos = end
    return out
