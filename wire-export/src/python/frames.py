# ---------------------------------------------------------------------------
# Framing: messages out of a byte stream, as `wire::frame` writes them.
# ---------------------------------------------------------------------------

try:
    # The `crc32c` package computes CRC32C in C (with the CPU's instruction where there
    # is one); without it, the table below does, about a hundred times slower.
    import crc32c as _crc32c_package
except ImportError:  # the package is optional
    _crc32c_package = None  # type: ignore[assignment]


def _crc32c_table() -> list[int]:
    # CRC32C (Castagnoli, RFC 3720 appendix B.4): reflected polynomial 0x82F63B78.
    table = []
    for n in range(256):
        crc = n
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC32C_TABLE = _crc32c_table()


def crc32c(data: _Buffer, crc: int = 0) -> int:
    """The CRC32C of `data`, continuing from `crc` (the CRC of the bytes before it), as
    `wire::frame::crc32c_append` computes it."""
    if _crc32c_package is not None:
        return _crc32c_package.crc32c(data, crc)
    table = _CRC32C_TABLE
    crc ^= 0xFFFFFFFF
    for byte in memoryview(data).cast("B"):
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


class FrameError(WireError):
    """A stream that does not frame: `reason` says how, `offset` counts from the first
    byte fed to the reader."""

    kind = "FrameError"
    _ATTRS = ("reason", "offset")

    def __init__(self, reason: str, offset: int) -> None:
        super().__init__(f"frame at offset {offset}: {reason}", reason=reason, offset=offset)


#: `wire::frame::WireHeader`: sync word 0xF5C5, message type, version, flags, payload
#: length, CRC32C, header check, all big-endian (16 bytes).
_WIRE_HEADER = struct.Struct(">HHBBIIH")
#: The header bytes its CRC32C covers (the sync word to the payload length).
_WIRE_HEADER_COVERED = 10
#: The header bytes its own check covers (all but the check).
_WIRE_HEADER_CHECKED = 14
_WIRE_SYNC = b"\xf5\xc5"


def _wire_header(buf: _Buffer, pos: int) -> tuple[int, int, bool, int] | None:
    """The `WireHeader` at `pos` of `buf`: (payload length, CRC, whether the CRC is on,
    message type),
    or None when the bytes are no plausible header (a wrong sync word, a header check
    that does not match, unknown flags, a CRC without its flag). The one place that
    knows the header's layout."""
    (sync, msg_type, _version, flags, length, crc, check) = _WIRE_HEADER.unpack_from(buf, pos)
    # The header check is CRC-16/IBM-3740 (poly 0x1021, init 0xFFFF, unreflected), which
    # is what `binascii.crc_hqx` computes from that initial value; checked before any
    # field is believed, as `WireHeader::read` does.
    if sync != 0xF5C5 or binascii.crc_hqx(buf[pos:pos + _WIRE_HEADER_CHECKED], 0xFFFF) != check:
        return None
    if flags & ~0b11 or (crc and not flags & 1):
        return None
    if flags & 0b10:
        # An lz4-compressed payload: this module has no lz4.
        return None
    return length, crc, bool(flags & 1), msg_type


def wire_frame(msg_type: int, payload: _Buffer, version: int = 0, checksum: bool = False) -> bytes:
    """One frame as `wire::frame::FrameEncoder::<WireHeader>` writes it: the 16-byte
    header (sync word, `msg_type`, `version`, flags, payload length, CRC32C when
    `checksum`, header check), then `payload`. With a union whose tag is the frame
    header's message type, `wire_frame(*value.encode_frame())`."""
    if not 0 <= msg_type <= 0xFFFF or not 0 <= version <= 0xFF:
        raise ValueError(f"message type {msg_type} or version {version} out of range")
    payload = bytes(payload)
    if len(payload) > 0xFFFF_FFFF:
        raise ValueError(f"payload of {len(payload)} bytes above the header's u32 length")
    flags = 1 if checksum else 0
    covered = _WIRE_HEADER.pack(0xF5C5, msg_type, version, flags, len(payload), 0, 0)[:_WIRE_HEADER_COVERED]
    crc = crc32c(payload, crc32c(covered)) if checksum else 0
    checked = covered + crc.to_bytes(4, "big")
    check = binascii.crc_hqx(checked, 0xFFFF)
    return checked + check.to_bytes(2, "big") + payload


class FrameReader:
    """Frames out of a byte stream fed in pieces of any size: `feed(data)`, then
    `frames()` (the payloads, as memoryviews) or `messages(Type)` (each payload decoded
    by `Type.decode`, a tagged union dispatching on its tag through a table of
    precompiled readers). A partial frame stays until the rest is fed.

    With "wire" framing, `typed_frames()` gives each payload with the header's message
    type, and `messages(Type)` of a union whose tag is that message type
    (`#[wire(tag = "header")]`) picks each variant from it.

    `framing` is "u32be", "u32le", "u16be" or "u16le" (a length prefix, as
    `wire::frame::LenU32Be` and friends write it) or "wire" (`wire::frame::WireHeader`,
    whose CRC32C is checked when its flag is set). With `resync=True` a reader of
    "wire" frames skips damaged bytes to the next plausible header instead of raising
    `FrameError`; a length prefix has nothing to resynchronise on.
    """

    _PREFIXES: ClassVar[dict[str, str]] = {"u32be": ">I", "u32le": "<I", "u16be": ">H", "u16le": "<H"}

    def __init__(self, framing: str = "u32be", max_frame_len: int = 8 << 20,
                 resync: bool = False) -> None:
        if framing != "wire" and framing not in self._PREFIXES:
            raise ValueError(f"unknown framing {framing!r}")
        self.framing = framing
        self.max_frame_len = max_frame_len
        self.resync = resync
        #: Bytes skipped while resynchronising.
        self.skipped = 0
        self._prefix = struct.Struct(self._PREFIXES.get(framing, ">I"))
        self._buf = b""
        self._pos = 0
        self._fed = 0  # bytes fed before `_buf` starts, for error offsets

    def feed(self, data: _Buffer) -> None:
        """Appends `data` to the stream."""
        rest = self._buf[self._pos:]
        self._fed += self._pos
        self._buf = rest + bytes(data) if rest else bytes(data)
        self._pos = 0

    def pending(self) -> int:
        """Bytes fed that no complete frame has taken yet."""
        return len(self._buf) - self._pos

    def frames(self) -> list[memoryview]:
        """Every complete frame's payload fed so far, in order."""
        if self.framing == "wire":
            return self._wire_frames(False)
        buf, pos, n = self._buf, self._pos, len(self._buf)
        width = self._prefix.size
        unpack = self._prefix.unpack_from
        cap = self.max_frame_len
        view = memoryview(buf)
        out = []
        while n - pos >= width:
            (length,) = unpack(buf, pos)
            if length > cap:
                self._pos = pos
                raise FrameError(f"length {length} above the maximum of {cap}", self._fed + pos)
            end = pos + width + length
            if end > n:
                break
            out.append(view[pos + width:end])
            pos = end
        self._pos = pos
        return out

    def typed_frames(self) -> list[tuple[int, memoryview]]:
        """Every complete frame fed so far, as (the header's message type, the payload):
        "wire" framing only, since a length prefix carries no message type."""
        if self.framing != "wire":
            raise ValueError(f"{self.framing!r} frames carry no message type: only \"wire\" frames do")
        return self._wire_frames(True)

    def _wire_frames(self, typed: bool) -> list[Any]:
        """The payloads of the complete "wire" frames, each with its message type when
        `typed` (a flag, not a second pass: the untyped list is the hot path)."""
        buf, pos, n = self._buf, self._pos, len(self._buf)
        header_len = _WIRE_HEADER.size
        view = memoryview(buf)
        out: list[Any] = []
        while n - pos >= header_len:
            header = _wire_header(buf, pos)
            if header is not None and header[0] > self.max_frame_len:
                header = None
            if header is None:
                pos = self._lost(buf, pos, "no valid frame header")
                continue
            length, crc, checked, msg_type = header
            end = pos + header_len + length
            if end > n:
                break
            payload = view[pos + header_len:end]
            if checked and crc32c(payload, crc32c(view[pos:pos + _WIRE_HEADER_COVERED])) != crc:
                pos = self._lost(buf, pos, "crc32c mismatch")
                continue
            out.append((msg_type, payload) if typed else payload)
            pos = end
        self._pos = pos
        return out

    def _lost(self, buf: bytes, pos: int, reason: str) -> int:
        """Where to look for the next frame after a bad one at `pos`: the next sync
        word, with `resync`; else the error."""
        if not self.resync:
            self._pos = pos
            raise FrameError(reason, self._fed + pos)
        found = buf.find(_WIRE_SYNC, pos + 1)
        # Without a sync word, the last byte may be the first half of one.
        next_pos = found if found >= 0 else max(pos + 1, len(buf) - 1)
        self.skipped += next_pos - pos
        return next_pos

    def messages(self, cls: type[_T]) -> list[_T]:
        """Every complete frame fed so far, decoded as a `cls` (each payload exactly one
        message: a `DecodeError` otherwise, its offset counted in the payload). A union
        whose tag is the frame header's message type needs "wire" frames, and gets it."""
        spec = getattr(cls, "_wire", None)
        if isinstance(spec, _UnionSpec) and spec.tag_kind == "header":
            decode_typed = cls.decode  # type: ignore[attr-defined]
            return [decode_typed(payload, msg_type) for msg_type, payload in self.typed_frames()]
        decode = cls.decode  # type: ignore[attr-defined]
        return [decode(payload) for payload in self.frames()]
