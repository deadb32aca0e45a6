# ---------------------------------------------------------------------------
# The fast paths' helpers. Generated code reads and writes valid messages with
# precompiled `struct.Struct`s and the helpers below; when it meets anything it does
# not expect (a short buffer, a byte no enum has, a value out of range) it gives up,
# and the checked path above runs instead and raises the error Rust would, with its
# field and offset. Errors are the rare case, so only they pay for the table walk.
# ---------------------------------------------------------------------------

#: What the bytes-like arguments may be: anything `struct.unpack_from` and `memoryview`
#: accept whose items are bytes.
_Buffer = bytes | bytearray | memoryview


class _GiveUp(Exception):
    """A fast path met input it does not handle; the checked path takes over."""


#: What a fast path may raise on input it does not handle. A `RecursionError` too: a
#: type with a large `max_depth` may nest deeper than the interpreter's recursion limit
#: allows the fast path, and the checked path makes room for its walk. And an
#: expression that overflows: the checked path raises `InvalidExpression`.
_GIVE_UP = (_GiveUp, struct.error, KeyError, IndexError, TypeError, ValueError, OverflowError,
            AttributeError, WireError, RecursionError, _BadExpression)
#: A new instance without `__init__`: fast paths fill in a view's slots themselves.
_new = object.__new__
#: A bool byte's value (any other byte is a KeyError), and a bool's byte.
_BOOL_OF: dict[int, bool] = {0: False, 1: True}
_BOOL_BYTE: dict[Any, int] = {False: 0, True: 1}


def _varint(buf: _Buffer, pos: int) -> tuple[int, int]:
    """A LEB128 varint at `pos`: (value, end); `_GiveUp` past 10 bytes or 2**64 - 1."""
    byte = buf[pos]
    if byte < 0x80:
        return byte, pos + 1
    value = byte & 0x7F
    for i in range(1, 10):
        byte = buf[pos + i]
        value |= (byte & 0x7F) << (7 * i)
        if byte < 0x80:
            if i == 9 and byte > 1:
                raise _GiveUp
            return value, pos + i + 1
    raise _GiveUp


def _fixed_units(value: float, scale: int) -> int:
    """`value` as a count of 10**-scale, rounded as `_to_fixed` rounds; `_GiveUp` for a
    NaN or an infinity. The range is the caller's `struct` format's."""
    value = float(value)
    if math.isnan(value) or math.isinf(value):
        raise _GiveUp
    return _round_fixed(value, scale)


def _by_tag_byte(table: dict[int, _T]) -> list[_T | None]:
    """`table` as a list indexed by a one-byte tag, None where it has no entry."""
    return [table.get(tag) for tag in range(256)]


def _open_enum(members: dict[int, Any], value: int) -> Any:
    """The member of an open enum that `value` names, or `value` itself when none does."""
    return members.get(value, value)
