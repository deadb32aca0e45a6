# ---------------------------------------------------------------------------
# Errors: one class per cause, named and shaped like the Rust `DecodeError` and
# `EncodeError` variants, each carrying the field and the byte offset.
# ---------------------------------------------------------------------------


class WireError(Exception):
    """The base of every error this module raises on bytes or values."""

    #: The attributes `to_dict` reports, after `kind`.
    _ATTRS: tuple[str, ...] = ()
    #: The name of the Rust error variant.
    kind = "WireError"

    def __init__(self, message: str, **attrs: Any) -> None:
        for name, value in attrs.items():
            setattr(self, name, value)
        super().__init__(message)

    def to_dict(self) -> dict[str, Any]:
        """The error as plain data: `kind` and the variant's fields, as in Rust."""
        out: dict[str, Any] = {"kind": self.kind}
        for name in self._ATTRS:
            out[name] = getattr(self, name)
        return out


class DecodeError(WireError):
    """Bytes that do not form a valid message. `offset` counts from the start of the
    buffer handed to `decode`, `decode_prefix` or `view`."""

    kind = "DecodeError"
    field: str | None = None
    offset: int = 0


class Truncated(DecodeError):
    """The input ended before the message did."""

    kind = "Truncated"
    _ATTRS = ("field", "offset", "needed", "available")

    def __init__(self, field: str, offset: int, needed: int, available: int) -> None:
        super().__init__(
            f"input truncated at field `{field}` (offset {offset}): needed {needed} bytes, got {available}",
            field=field, offset=offset, needed=needed, available=available)


class TrailingBytes(DecodeError):
    """The input holds more bytes than one message."""

    kind = "TrailingBytes"
    _ATTRS = ("offset", "count")

    def __init__(self, offset: int, count: int) -> None:
        super().__init__(f"{count} trailing bytes after the message, from offset {offset}",
                         offset=offset, count=count)


class InvalidDiscriminant(DecodeError):
    """An enum field holds a value that names no member."""

    kind = "InvalidDiscriminant"
    _ATTRS = ("field", "offset", "value")

    def __init__(self, field: str, offset: int, value: int) -> None:
        super().__init__(f"field `{field}` at offset {offset}: {value:#x} names no enum variant",
                         field=field, offset=offset, value=value)


class InvalidBool(DecodeError):
    """A bool field (or an option's presence byte) holds a byte other than 0 or 1."""

    kind = "InvalidBool"
    _ATTRS = ("field", "offset", "value")

    def __init__(self, field: str, offset: int, value: int) -> None:
        super().__init__(
            f"field `{field}` at offset {offset}: invalid bool byte {value:#04x} (expected 0 or 1)",
            field=field, offset=offset, value=value)


class InvalidMagic(DecodeError):
    """A magic field does not hold its constant."""

    kind = "InvalidMagic"
    _ATTRS = ("field", "offset")

    def __init__(self, field: str, offset: int) -> None:
        super().__init__(f"field `{field}` at offset {offset}: magic value does not match",
                         field=field, offset=offset)


class UnknownTag(DecodeError):
    """A tagged union's tag names no variant, and the union has no `other` variant."""

    kind = "UnknownTag"
    _ATTRS = ("field", "offset", "tag")

    def __init__(self, field: str, offset: int, tag: int) -> None:
        super().__init__(f"field `{field}` at offset {offset}: unknown tag {tag:#x}",
                         field=field, offset=offset, tag=tag)


class LengthExceedsMax(DecodeError):
    """A length prefix declares more than the field's cap; nothing was read past it."""

    kind = "LengthExceedsMax"
    _ATTRS = ("field", "offset", "len", "max")

    def __init__(self, field: str, offset: int, length: int, cap: int) -> None:
        super().__init__(
            f"field `{field}` at offset {offset}: length {length} exceeds the maximum of {cap}",
            field=field, offset=offset, len=length, max=cap)


class InvalidUtf8(DecodeError):
    """A string field is not valid UTF-8; `offset` is the first bad byte."""

    kind = "InvalidUtf8"
    _ATTRS = ("field", "offset")

    def __init__(self, field: str, offset: int) -> None:
        super().__init__(f"field `{field}`: invalid utf-8 at offset {offset}",
                         field=field, offset=offset)


class InvalidBlockLength(DecodeError):
    """A versioned message's block length ends inside a field it should hold whole."""

    kind = "InvalidBlockLength"
    _ATTRS = ("offset", "len")

    def __init__(self, offset: int, length: int) -> None:
        super().__init__(
            f"block length {length} at offset {offset} does not end between two fields of the block",
            offset=offset, len=length)


class MalformedVarint(DecodeError):
    """A varint is longer than 10 bytes, above 2**64 - 1, or above its field's type."""

    kind = "MalformedVarint"
    _ATTRS = ("offset",)

    def __init__(self, offset: int) -> None:
        super().__init__(
            f"malformed varint at offset {offset}: longer than 10 bytes or above u64::MAX",
            offset=offset)


class DepthExceeded(DecodeError):
    """Variable-length messages and tagged unions nested deeper than the limit of the
    type read (`#[wire(max_depth = N)]`, 100 by default); `offset` is where the value
    that would have opened one level too many starts."""

    kind = "DepthExceeded"
    _ATTRS = ("field", "offset", "limit")

    def __init__(self, field: str, offset: int, limit: int) -> None:
        super().__init__(
            f"field `{field}` at offset {offset}: nested deeper than the limit of {limit} levels",
            field=field, offset=offset, limit=limit)


class InvalidLength(DecodeError):
    """A length or count computed from earlier fields (`count = "..."`, `byte_len = "..."`)
    is negative; `value` is saturated to the range of a Rust `i64`."""

    kind = "InvalidLength"
    _ATTRS = ("field", "offset", "value")

    def __init__(self, field: str, offset: int, value: int) -> None:
        value = max(-(1 << 63), min((1 << 63) - 1, value))
        super().__init__(
            f"field `{field}` at offset {offset}: its length computed from earlier fields is {value}",
            field=field, offset=offset, value=value)


class InvalidExpression(DecodeError):
    """The length or condition expression of a field cannot be evaluated on the values
    read: it overflows a Rust `i128`, divides by zero or shifts by 128 or more."""

    kind = "InvalidExpression"
    _ATTRS = ("field", "offset")

    def __init__(self, field: str, offset: int) -> None:
        super().__init__(
            f"field `{field}` at offset {offset}: its length or condition overflows on the values read",
            field=field, offset=offset)


class ChecksumMismatch(DecodeError):
    """A checksum field does not hold the checksum of the bytes it covers (checked by
    `decode` and `view` only for a field declared with `verify`, and by
    `T.verify_checksum(buf)` on demand)."""

    kind = "ChecksumMismatch"
    _ATTRS = ("field", "offset", "expected", "found")

    def __init__(self, field: str, offset: int, expected: int, found: int) -> None:
        super().__init__(
            f"field `{field}` at offset {offset}: checksum {found:#x} does not match the "
            f"covered bytes' {expected:#x}",
            field=field, offset=offset, expected=expected, found=found)


class EncodeError(WireError):
    """A value that cannot be written."""

    kind = "EncodeError"


class ValueOutOfRange(EncodeError):
    """A value does not fit its wire field (a bit field, an odd width, a decimal)."""

    kind = "ValueOutOfRange"
    _ATTRS = ("field", "offset", "value", "min", "max")

    def __init__(self, field: str, offset: int, value: int, lo: int, hi: int) -> None:
        # As the Rust error: the value's 64 most significant bits, rounded down.
        shift = max(0, abs(value).bit_length() - 64)
        value = value >> shift << shift
        super().__init__(f"field `{field}` at offset {offset}: value {value} out of range {lo}..={hi}",
                         field=field, offset=offset, value=value, min=lo, max=hi)


class EncodeLengthExceedsMax(EncodeError):
    """A variable-length value is longer than its cap (Rust's `EncodeError::LengthExceedsMax`)."""

    kind = "LengthExceedsMax"
    _ATTRS = ("field", "len", "max")

    def __init__(self, field: str, length: int, cap: int) -> None:
        super().__init__(f"field `{field}`: length {length} exceeds the maximum of {cap}",
                         field=field, len=length, max=cap)


class InvalidValue(EncodeError):
    """A value of a type the field cannot hold (a Rust compiler would have refused it)."""

    kind = "InvalidValue"
    _ATTRS = ("field", "reason")

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"field `{field}`: {reason}", field=field, reason=reason)


class EncodeInvalidLength(EncodeError):
    """A field whose length an expression gives has a length no value of the field the
    expression reads gives (IPv4 options whose length is not a multiple of 4), or one
    the expression, when it reads no free field, does not give (Rust's
    `EncodeError::InvalidLength`)."""

    kind = "InvalidLength"
    _ATTRS = ("field", "len")

    def __init__(self, field: str, length: int) -> None:
        super().__init__(
            f"field `{field}`: length {length} cannot be written to the field its length "
            f"expression reads",
            field=field, len=length)


class ConditionMismatch(EncodeError):
    """A conditional field is not None while its condition does not hold, or None while
    it does (a condition that cannot be evaluated holds for neither); `present` says
    whether it was given."""

    kind = "ConditionMismatch"
    _ATTRS = ("field", "present")

    def __init__(self, field: str, present: bool) -> None:
        value, holds = ("Some", "does not hold") if present else ("None", "holds")
        super().__init__(f"field `{field}` is {value} but its condition {holds}",
                         field=field, present=present)
