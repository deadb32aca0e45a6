# ---------------------------------------------------------------------------
# Primitive readers and writers.
# ---------------------------------------------------------------------------

#: A byte order, as `int.from_bytes` takes it.
_Order = typing.Literal["little", "big"]

_PREFIX_WIDTH = {"u8": 1, "u16": 2, "u32": 4}
_PREFIX_MAX = {"u8": 0xFF, "u16": 0xFFFF, "u32": 0xFFFF_FFFF, "varint": 0xFFFF_FFFF_FFFF_FFFF}
# 10**k is exact in binary64 up to k = 22; built from ints so no pow() rounding is involved.
_POW10 = [float(10 ** k) for k in range(23)]
_I128_MIN, _I128_MAX = -(1 << 127), (1 << 127) - 1
_DECIMAL_CONTEXT = decimal.Context(prec=60)


def _as_view(buf: Any) -> memoryview:
    """`buf` as a one-dimensional memoryview of bytes, without copying."""
    mv = memoryview(buf)
    if mv.ndim != 1 or mv.format not in ("B", "b", "c") or mv.format != "B":
        mv = mv.cast("B")
    return mv


def _read_varint(mv: memoryview, pos: int, field: str) -> tuple[int, int]:
    """A LEB128 varint at `pos`: (value, end). At most 10 bytes, the 10th 0 or 1."""
    n = len(mv)
    value = 0
    for i in range(10):
        at = pos + i
        if at >= n:
            raise Truncated(field, pos, n + 1, n)
        byte = mv[at]
        if i == 9 and byte > 1:
            raise MalformedVarint(at)
        value |= (byte & 0x7F) << (7 * i)
        if byte < 0x80:
            return value, at + 1
    raise MalformedVarint(pos + 9)  # unreachable: the 10th byte returned or raised


def _varint_bytes(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _zigzag(value: int) -> int:
    return ((value << 1) ^ (value >> 63)) & 0xFFFF_FFFF_FFFF_FFFF


def _unzigzag(value: int) -> int:
    return (value >> 1) ^ -(value & 1)


def _read_len(mv: memoryview, pos: int, prefix: str, cap: int, field: str,
              order: _Order) -> tuple[int, int]:
    """A length or count prefix at `pos`, checked against `cap` before anything it
    announces is read: (length, end of the prefix)."""
    n = len(mv)
    if prefix == "varint":
        length, end = _read_varint(mv, pos, field)
    else:
        width = _PREFIX_WIDTH[prefix]
        if n - pos < width:
            raise Truncated(field, pos, pos + width, n)
        length = int.from_bytes(mv[pos:pos + width], order)
        end = pos + width
    if length > cap:
        raise LengthExceedsMax(field, pos, length, cap)
    return length, end


def _len_bytes(length: int, prefix: str, cap: int, field: str, order: _Order) -> bytes:
    cap = min(cap, _PREFIX_MAX[prefix])
    if length > cap:
        raise EncodeLengthExceedsMax(field, length, cap)
    if prefix == "varint":
        return _varint_bytes(length)
    return length.to_bytes(_PREFIX_WIDTH[prefix], order)


def _check_int(value: Any, field: str, offset: int, lo: int, hi: int) -> int:
    if not isinstance(value, int):
        raise InvalidValue(field, f"expected an int, got {type(value).__name__}")
    if not lo <= value <= hi:
        raise ValueOutOfRange(field, offset, max(_I128_MIN, min(_I128_MAX, value)), lo, hi)
    return value


def _to_f32(value: float) -> float:
    """`value` rounded to the nearest binary32, as Rust's `as f32` does."""
    try:
        rounded: float = struct.unpack("<f", struct.pack("<f", value))[0]
        return rounded
    except OverflowError:
        return math.copysign(math.inf, value)


def _round_half_away(value: float) -> int:
    whole = math.trunc(value)
    if abs(value - whole) >= 0.5:
        whole += 1 if value > 0 else -1
    return whole


def _round_fixed(value: float, scale: int) -> int:
    """A finite `value` as a count of 10**-scale, rounded half away from zero (see
    `_to_fixed`)."""
    scaled = value * _POW10[scale]
    if abs(scaled) >= 1e15:
        # Beyond 15 digits a decimal no longer survives a trip through a float, so there
        # is no decimal to judge on: the exact binary value, rounded half away from zero.
        binary = abs(fractions.Fraction(value))
        numerator: int = binary.numerator * 10 ** scale
        units = (2 * numerator + binary.denominator) // (2 * binary.denominator)
        return -units if value < 0 else units
    fraction = abs(scaled - math.trunc(scaled))
    if abs(fraction - 0.5) > 1e-6:
        return _round_half_away(scaled)
    exact = decimal.Decimal(repr(value)).scaleb(scale, _DECIMAL_CONTEXT)
    return int(exact.quantize(decimal.Decimal(1), decimal.ROUND_HALF_UP, _DECIMAL_CONTEXT))


def _to_fixed(value: float, scale: int, lo: int, hi: int, field: str, offset: int,
              reads_back: Callable[[int], bool]) -> int:
    """`value` as a count of 10**-scale, rounded half away from zero, exactly as
    `wire`'s `f64_to_fixed`: far from a tie the binary product decides; near one, the
    shortest decimal that reads back as `value` (`repr`) does, so 1.00005 at scale 4 is
    10001 and -1.00005 is -10001; from 10**15 units on, the exact binary value. A value
    that reading `lo` or `hi` gives (`reads_back`: 2**63 is what `i64::MAX` reads as) is
    that count, so whatever decode reads encodes back."""
    if math.isnan(value):
        raise ValueOutOfRange(field, offset, 0, lo, hi)
    if math.isinf(value):
        raise ValueOutOfRange(field, offset, _I128_MAX if value > 0 else _I128_MIN, lo, hi)
    units = _round_fixed(value, scale)
    if units > hi and reads_back(hi):
        return hi
    if units < lo and reads_back(lo):
        return lo
    if not lo <= units <= hi:
        raise ValueOutOfRange(field, offset, max(_I128_MIN, min(_I128_MAX, units)), lo, hi)
    return units


class _Depth:
    """How many more levels of variable-length messages and tagged unions a walk over
    one input may open (Rust's `Depth`): the limit is the one of the type `decode` or
    `view` was called on, for the whole input, so a recursive type cannot nest deeper
    than it."""

    __slots__ = ("left", "limit")

    def __init__(self, left: int, limit: int) -> None:
        self.left, self.limit = left, limit

    def enter(self, field: str, offset: int) -> _Depth:
        """One level deeper, for the value of `field` at `offset`; `DepthExceeded` when
        the limit is reached."""
        if self.left <= 0:
            raise DepthExceeded(field, offset, self.limit)
        return _Depth(self.left - 1, self.limit)


#: The depth of a walk over bytes a view already checked (they are within the limit
#: of the type it was made by): reading them again cannot fail.
_CHECKED = _Depth(sys.maxsize, sys.maxsize)
#: Python frames a walk may take per level: the message's walk, the list or option
#: that holds it, and the codec between them.
_FRAMES_PER_LEVEL = 4
_FRAMES_SPARE = 64


def _with_room(levels: int, run: Callable[[], _T]) -> _T:
    """`run()`, a walk that may nest `levels` deep, with room for it under the
    interpreter's recursion limit: raised for the call when it must be (a large
    `max_depth`), and restored after, so a walk within the type's limit never meets
    a `RecursionError`."""
    needed = _FRAMES_PER_LEVEL * levels + _FRAMES_SPARE
    limit = sys.getrecursionlimit()
    if needed <= limit // 2:
        return run()
    frames = 0
    frame: Any = sys._getframe()
    while frame is not None:
        frames += 1
        frame = frame.f_back
    if frames + needed <= limit:
        return run()
    sys.setrecursionlimit(frames + needed)
    try:
        return run()
    finally:
        sys.setrecursionlimit(limit)


# ---------------------------------------------------------------------------
# Expressions over earlier fields (`count = "..."`, `byte_len = "..."`, `if = "..."`),
# evaluated as Rust evaluates them over `i128` (`wire::schema::Expr::eval`): `/` and
# `%` truncate toward zero, comparisons, `!`, `&&` and `||` give 1 or 0 (the last two
# short-circuit), and an overflow, a division by zero or a shift by 128 or more makes
# the input invalid. An expression is data: a field's name (str), an int, or a tuple
# (operator, operand[, operand]) with Rust's operator symbols ("neg" for unary `-`).
# ---------------------------------------------------------------------------

#: An expression, as the layouts write it.
_Expr = str | int | tuple[Any, ...]


class _BadExpression(Exception):
    """The expression overflowed, divided by zero or shifted too far."""


def _i128(value: int) -> int:
    if not _I128_MIN <= value <= _I128_MAX:
        raise _BadExpression
    return value


def _tdiv(a: int, b: int) -> int:
    """`a / b` as Rust's `i128::checked_div`: truncated toward zero."""
    if b == 0:
        raise _BadExpression
    q = abs(a) // abs(b)
    return _i128(-q if (a < 0) != (b < 0) else q)


def _trem(a: int, b: int) -> int:
    """`a % b` as Rust's `i128::checked_rem`: the sign of the dividend (and, as Rust,
    an error for `i128::MIN % -1`)."""
    if b == 0 or (a == _I128_MIN and b == -1):
        raise _BadExpression
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def _shift(b: int) -> int:
    if not 0 <= b < 128:
        raise _BadExpression
    return b


def _shl(a: int, b: int) -> int:
    """`a << b` as Rust's `i128::checked_shl`: bits shifted out are lost."""
    return ((a << _shift(b)) + (1 << 127)) % (1 << 128) - (1 << 127)


_BINARY: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: _i128(a + b),
    "-": lambda a, b: _i128(a - b),
    "*": lambda a, b: _i128(a * b),
    "/": _tdiv,
    "%": _trem,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
    "<<": _shl,
    ">>": lambda a, b: a >> _shift(b),
    "==": lambda a, b: int(a == b),
    "!=": lambda a, b: int(a != b),
    "<": lambda a, b: int(a < b),
    "<=": lambda a, b: int(a <= b),
    ">": lambda a, b: int(a > b),
    ">=": lambda a, b: int(a >= b),
}


def _eval(expr: _Expr, env: dict[str, int]) -> int:
    """The value of `expr` with the fields' values from `env`; `_BadExpression` when
    Rust's evaluation fails."""
    if isinstance(expr, str):
        return env[expr]
    if isinstance(expr, int):
        return expr
    op = expr[0]
    if op == "neg":
        return _i128(-_eval(expr[1], env))
    if op == "!":
        return int(_eval(expr[1], env) == 0)
    a = _eval(expr[1], env)
    if op == "&&":
        return int(a != 0 and _eval(expr[2], env) != 0)
    if op == "||":
        return int(a != 0 or _eval(expr[2], env) != 0)
    return _BINARY[op](a, _eval(expr[2], env))


def _reads(expr: _Expr) -> list[str]:
    """The fields `expr` reads, in order."""
    if isinstance(expr, str):
        return [expr]
    if isinstance(expr, int):
        return []
    return [name for operand in expr[1:] for name in _reads(operand)]


def _solve(expr: _Expr, target: str, value: int, env: dict[str, int]) -> int | None:
    """The value of the field `target` that makes `expr` equal `value`, the other fields
    from `env`: `expr` reaches `target` through `+`, `-`, unary `-` and `*` by a side
    that does not read it (the derive refuses any other shape). None when no integer
    does it (or the other side cannot be evaluated)."""
    result = value
    try:
        while not isinstance(expr, str):
            assert isinstance(expr, tuple)
            op = expr[0]
            if op == "neg":
                result, expr = -result, expr[1]
                continue
            on_left = target in _reads(expr[1])
            other = _eval(expr[2] if on_left else expr[1], env)
            expr = expr[1] if on_left else expr[2]
            if op == "+":
                result -= other
            elif op == "-":
                result = result + other if on_left else other - result
            else:  # "*"
                if other == 0 or result % other:
                    return None
                result //= other
    except _BadExpression:
        return None
    return result


def _as_int(value: Any) -> int:
    """A field's value as an expression reads it: an int (an enum's value; a bool 0 or 1)."""
    return int(value)


# ---------------------------------------------------------------------------
# Codecs: one object per field type. Fixed-size codecs (`size` set) read a value at
# an offset (`get`), check it (`validate`) and write it (`put`); every codec reads one
# element from a cursor (`read`), checking what it reads, and appends one (`write`).
# ---------------------------------------------------------------------------


class _Codec:
    size: int | None = None
    min_len = 1

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        """Raises when the bytes at `pos` hold no valid value (fixed codecs)."""

    def get(self, mv: memoryview, pos: int, view: bool) -> Any:
        raise NotImplementedError

    def put(self, value: Any, field: str, offset: int) -> bytes:
        raise NotImplementedError

    def read(self, mv: memoryview, pos: int, field: str, view: bool, depth: _Depth) -> tuple[Any, int]:
        size = self.size
        assert size is not None
        if len(mv) - pos < size:
            raise Truncated(field, pos, pos + size, len(mv))
        self.validate(mv, pos, field)
        return self.get(mv, pos, view), pos + size

    def write(self, out: bytearray, value: Any, field: str) -> None:
        # An element's errors count from the element's own start, as in Rust.
        out += self.put(value, field, 0)

    def zero(self) -> Any:
        raise NotImplementedError


class _Int(_Codec):
    def __init__(self, width: int, signed: bool, order: _Order) -> None:
        self.size = self.min_len = self.width = width
        self.signed = signed
        self.order = order
        bits = 8 * width
        self.lo = -(1 << (bits - 1)) if signed else 0
        self.hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1

    def get(self, mv: memoryview, pos: int, view: bool) -> int:
        return int.from_bytes(mv[pos:pos + self.width], self.order, signed=self.signed)

    def put(self, value: Any, field: str, offset: int) -> bytes:
        value = _check_int(value, field, offset, self.lo, self.hi)
        return int(value).to_bytes(self.width, self.order, signed=self.signed)

    def zero(self) -> int:
        return 0


class _Float(_Codec):
    def __init__(self, width: int, order: _Order) -> None:
        self.size = self.min_len = width
        self.format = ("<" if order == "little" else ">") + ("f" if width == 4 else "d")

    def get(self, mv: memoryview, pos: int, view: bool) -> float:
        value: float = struct.unpack_from(self.format, mv, pos)[0]
        return value

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if not isinstance(value, (int, float)):
            raise InvalidValue(field, f"expected a float, got {type(value).__name__}")
        try:
            return struct.pack(self.format, value)
        except OverflowError:
            raise InvalidValue(field, f"{value!r} does not fit a 4-byte float") from None

    def zero(self) -> float:
        return 0.0


class _Bool(_Codec):
    size = 1

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        if mv[pos] > 1:
            raise InvalidBool(field, pos, mv[pos])

    def get(self, mv: memoryview, pos: int, view: bool) -> bool:
        return mv[pos] == 1

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if value is True or value is False or value in (0, 1):
            return b"\x01" if value else b"\x00"
        raise InvalidValue(field, f"expected a bool, got {value!r}")

    def zero(self) -> bool:
        return False


_BOOL = _Bool()


class _Decimal(_Codec):
    def __init__(self, float_width: int, repr_width: int, signed: bool, scale: int,
                 order: _Order) -> None:
        self.repr = _Int(repr_width, signed, order)
        self.size = self.min_len = repr_width
        self.float_width = float_width
        self.scale = scale

    def get(self, mv: memoryview, pos: int, view: bool) -> float:
        return self.get_units(self.repr.get(mv, pos, view))

    def get_units(self, units: int) -> float:
        """What reading the count `units` gives: as Rust, the float nearest to the
        decimal (Python's true division of two ints rounds correctly)."""
        value = units / 10 ** self.scale
        return _to_f32(value) if self.float_width == 4 else value

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if not isinstance(value, (int, float)):
            raise InvalidValue(field, f"expected a float, got {type(value).__name__}")
        value = float(value)
        if self.float_width == 4:
            # The Rust field is an f32: what it can hold is what is rounded, and what
            # reads back is compared as an f32.
            value = _to_f32(value)
        units = _to_fixed(value, self.scale, self.repr.lo, self.repr.hi, field, offset,
                          lambda units: self.get_units(units) == value)
        return units.to_bytes(self.repr.width, self.repr.order, signed=self.repr.signed)

    def zero(self) -> float:
        return 0.0


class _Enum(_Codec):
    """A C-like enum. Closed, a value no member names is `InvalidDiscriminant`; open
    (`#[wire(other)]`), it is read as a plain `int` and any `int` of the repr's range
    is written unchanged, a named one as its member."""

    def __init__(self, cls: Any, width: int, order: _Order, open: bool = False) -> None:
        self.cls = cls
        self.raw = _Int(width, False, order)
        self.size = self.min_len = width
        self.open = open

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        if self.open:
            return
        value = self.raw.get(mv, pos, False)
        if value not in self.cls._value2member_map_:
            raise InvalidDiscriminant(field, pos, value)

    def get(self, mv: memoryview, pos: int, view: bool) -> Any:
        value = self.raw.get(mv, pos, view)
        member = self.cls._value2member_map_.get(value)
        return value if member is None else member

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if not isinstance(value, int):
            raise InvalidValue(field, f"{value!r} is not a {self.cls.__name__}")
        if self.open:
            if not self.raw.lo <= value <= self.raw.hi:
                # The Rust `other` variant holds the repr integer: nothing wider.
                raise InvalidValue(field, f"{value!r} does not fit the {self.raw.width}-byte "
                                          f"repr of {self.cls.__name__}")
        elif value not in self.cls._value2member_map_:
            raise InvalidValue(field, f"{value!r} is not a {self.cls.__name__}")
        return self.raw.put(int(value), field, offset)

    def zero(self) -> Any:
        raise NotImplementedError(f"the default of enum {self.cls.__name__} is not known")


class _Array(_Codec):
    def __init__(self, elem: _Codec, count: int) -> None:
        self.elem = elem
        self.count = count
        assert elem.size is not None
        self.stride = elem.size
        self.size = self.min_len = elem.size * count
        # `[u8; N]` is `bytes`, as Rust programs treat it.
        self.raw = isinstance(elem, _Int) and elem.size == 1 and not elem.signed

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        for i in range(self.count):
            self.elem.validate(mv, pos + i * self.stride, field)

    def get(self, mv: memoryview, pos: int, view: bool) -> Any:
        if self.raw:
            return bytes(mv[pos:pos + self.count])
        return tuple(self.elem.get(mv, pos + i * self.stride, view) for i in range(self.count))

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if self.raw and isinstance(value, (bytes, bytearray, memoryview)):
            data = bytes(value)
            if len(data) != self.count:
                raise InvalidValue(field, f"expected {self.count} bytes, got {len(data)}")
            return data
        items = list(value)
        if len(items) != self.count:
            raise InvalidValue(field, f"expected {self.count} elements, got {len(items)}")
        return b"".join(self.elem.put(item, field, offset + i * self.stride)
                        for i, item in enumerate(items))

    def zero(self) -> Any:
        if self.raw:
            return bytes(self.count)
        return tuple(self.elem.zero() for _ in range(self.count))


class _FixedStruct(_Codec):
    """A nested fixed-layout struct: part of a block, or a fixed element."""

    def __init__(self, cls: Any) -> None:
        self.cls = cls

    @property
    def spec(self) -> _StructSpec:
        spec: _StructSpec = self.cls._wire
        return spec

    @property
    def size(self) -> int:  # type: ignore[override]
        return self.spec.block_len

    @property
    def min_len(self) -> int:  # type: ignore[override]
        return self.spec.block_len

    def read(self, mv: memoryview, pos: int, field: str, view: bool, depth: _Depth) -> tuple[Any, int]:
        if len(mv) - pos < self.size:
            # As Rust reads an element: the struct's own length error, naming its first
            # field cut.
            raise self.spec.short_block(mv, pos)
        return super().read(mv, pos, field, view, depth)

    def validate(self, mv: memoryview, pos: int, field: str) -> None:
        # A nested struct names its own fields in its errors.
        spec = self.spec
        spec.validate_block(mv, pos, None)
        if spec.verified:
            spec.verify(mv, pos, pos, spec.block_len, pos + spec.block_len, {}, spec.verified)

    def get(self, mv: memoryview, pos: int, view: bool) -> Any:
        spec = self.spec
        if view:
            return spec.make_view(mv, pos, pos, spec.block_len, (), pos + spec.block_len)
        return spec.block_value(mv, pos, spec.block_len, {})

    def put(self, value: Any, field: str, offset: int) -> bytes:
        if not isinstance(value, self.cls):
            raise InvalidValue(field, f"expected a {self.cls.__name__}, got {type(value).__name__}")
        return bytes(self.spec.encode_block(value, offset))

    def zero(self) -> Any:
        return self.cls()


class _Message(_Codec):
    """A nested variable-length struct or tagged union: read from a cursor only."""

    def __init__(self, cls: Any) -> None:
        self.cls = cls

    @property
    def min_len(self) -> int:  # type: ignore[override]
        min_len: int = self.cls._wire.min_len
        return min_len

    def read(self, mv: memoryview, pos: int, field: str, view: bool,
             depth: _Depth) -> tuple[Any, int]:
        # A nested message or union spends a level before it reads anything, as in Rust.
        found: tuple[Any, int] = self.cls._wire.walk(mv, pos, view, depth.enter(field, pos))
        return found

    def write(self, out: bytearray, value: Any, field: str) -> None:
        if not isinstance(value, self.cls):
            raise InvalidValue(field, f"expected a {self.cls.__name__}, got {type(value).__name__}")
        out += value.encode()

    def zero(self) -> Any:
        return self.cls._wire.zero()


class _Varint(_Codec):
    def __init__(self, signed: bool, zigzag: bool, width: int) -> None:
        self.signed = signed
        self.zigzag = zigzag
        self.bits = 8 * width
        self.lo = -(1 << (self.bits - 1)) if signed else 0
        self.hi = (1 << (self.bits - 1)) - 1 if signed else (1 << self.bits) - 1

    def read(self, mv: memoryview, pos: int, field: str, view: bool, depth: _Depth) -> tuple[int, int]:
        value, end = _read_varint(mv, pos, field)
        bits = self.bits
        if self.signed and not self.zigzag:
            # Two's complement in 64 bits (Protocol Buffers' int64), then the type's range.
            if value >= 1 << 63:
                value -= 1 << 64
            if bits < 64 and not self.lo <= value <= self.hi:
                raise MalformedVarint(pos)
            return value, end
        if bits < 64 and value >> bits:
            # The byte that carries the lowest bit too many (byte i carries bits 7i..7i+7).
            excess = value >> bits << bits
            lowest = (excess & -excess).bit_length() - 1
            raise MalformedVarint(pos + lowest // 7)
        return (_unzigzag(value) if self.signed else value), end

    def write(self, out: bytearray, value: Any, field: str) -> None:
        value = _check_int(value, field, 0, self.lo, self.hi)
        if self.signed:
            value = _zigzag(value) if self.zigzag else value & 0xFFFF_FFFF_FFFF_FFFF
        out += _varint_bytes(value)

    def zero(self) -> int:
        return 0


#: The prefixes of a length an expression gives: no bytes on the wire.
_COMPUTED = ("count", "byte_len")


class _Bytes(_Codec):
    """Bytes after a length prefix, or ("count", "byte_len") as many as the field's
    length expression says."""

    def __init__(self, prefix: str, cap: int, order: _Order) -> None:
        self.prefix = prefix
        self.cap = cap
        self.order = order
        self.min_len = 0 if prefix in _COMPUTED else _PREFIX_WIDTH.get(prefix, 1)

    def span(self, mv: memoryview, pos: int, field: str) -> tuple[int, int]:
        """Where the content starts and ends; checked against the input left."""
        length, start = _read_len(mv, pos, self.prefix, self.cap, field, self.order)
        end = start + length
        if end > len(mv):
            raise Truncated(field, pos, end, len(mv))
        return start, end

    def read(self, mv: memoryview, pos: int, field: str, view: bool, depth: _Depth) -> tuple[Any, int]:
        start, end = self.span(mv, pos, field)
        return self.content_at(mv, start, end, field, view), end

    def content_at(self, mv: memoryview, start: int, end: int, field: str, view: bool) -> Any:
        return mv[start:end] if view else bytes(mv[start:end])

    def read_sized(self, mv: memoryview, pos: int, length: int, field: str, view: bool,
                   depth: _Depth) -> tuple[Any, int]:
        """The content of `length` bytes at `pos` (a length an expression gave)."""
        end = pos + length
        if end > len(mv):
            raise Truncated(field, pos, end, len(mv))
        return self.content_at(mv, pos, end, field, view), end

    def content(self, value: Any, field: str) -> bytes:
        if not isinstance(value, (bytes, bytearray, memoryview)):
            raise InvalidValue(field, f"expected bytes, got {type(value).__name__}")
        return bytes(value)

    def measure(self, value: Any, field: str) -> tuple[bytes, int]:
        """The encoding of `value` without a prefix, and its length as the field's
        length expression counts it (bytes)."""
        data = self.content(value, field)
        return data, len(data)

    def write(self, out: bytearray, value: Any, field: str) -> None:
        data = self.content(value, field)
        out += _len_bytes(len(data), self.prefix, self.cap, field, self.order)
        out += data

    def zero(self) -> bytes:
        return b""


class _Str(_Bytes):
    def content_at(self, mv: memoryview, start: int, end: int, field: str, view: bool) -> Any:
        try:
            return str(mv[start:end], "utf-8")
        except UnicodeDecodeError as error:
            raise InvalidUtf8(field, start + error.start) from None

    def content(self, value: Any, field: str) -> bytes:
        if not isinstance(value, str):
            raise InvalidValue(field, f"expected a str, got {type(value).__name__}")
        try:
            return value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidValue(field, "the string holds a lone surrogate") from None

    def zero(self) -> Any:
        return ""


class _List(_Codec):
    """Elements after a count prefix, or as many as the field's `count` expression
    says, or as many as fill the bytes its `byte_len` expression says."""

    def __init__(self, elem: _Codec, prefix: str, cap: int, order: _Order) -> None:
        self.elem = elem
        self.prefix = prefix
        self.cap = cap
        self.order = order
        self.min_len = 0 if prefix in _COMPUTED else _PREFIX_WIDTH.get(prefix, 1)

    def read(self, mv: memoryview, pos: int, field: str, view: bool,
             depth: _Depth) -> tuple[list[Any], int]:
        count, cursor = _read_len(mv, pos, self.prefix, self.cap, field, self.order)
        return self.read_count(mv, pos, cursor, count, field, view, depth)

    def read_sized(self, mv: memoryview, pos: int, length: int, field: str, view: bool,
                   depth: _Depth) -> tuple[list[Any], int]:
        """The elements at `pos`: `length` of them (`count`), or as many as fill
        `length` bytes (`byte_len`)."""
        if self.prefix == "count":
            return self.read_count(mv, pos, pos, length, field, view, depth)
        end = pos + length
        if end > len(mv):
            raise Truncated(field, pos, end, len(mv))
        # The elements end where the field does: one that runs past it is cut short.
        inner = mv[:end]
        items = []
        cursor = pos
        while cursor < end:
            item, cursor = self.elem.read(inner, cursor, field, view, depth)
            items.append(item)
        return items, end

    def read_count(self, mv: memoryview, pos: int, cursor: int, count: int, field: str,
                   view: bool, depth: _Depth) -> tuple[list[Any], int]:
        # Every element takes at least `min_len` bytes: a count the input cannot hold is
        # refused before any element is read.
        needed = count * max(self.elem.min_len, 1)
        if needed > len(mv) - cursor:
            raise Truncated(field, pos, cursor + needed, len(mv))
        elem = self.elem
        if elem.size is not None:
            stride = elem.size
            for i in range(count):
                elem.validate(mv, cursor + i * stride, field)
            items = [elem.get(mv, cursor + i * stride, view) for i in range(count)]
            return items, cursor + count * stride
        items = []
        for _ in range(count):
            item, cursor = elem.read(mv, cursor, field, view, depth)
            items.append(item)
        return items, cursor

    def write(self, out: bytearray, value: Any, field: str) -> None:
        items = list(value)
        out += _len_bytes(len(items), self.prefix, self.cap, field, self.order)
        for item in items:
            self.elem.write(out, item, field)

    def measure(self, value: Any, field: str) -> tuple[bytes, int]:
        """The elements' encoding, and the field's length as its expression counts it:
        elements (`count`) or bytes (`byte_len`)."""
        items = list(value)
        out = bytearray()
        for item in items:
            self.elem.write(out, item, field)
        return bytes(out), len(items) if self.prefix == "count" else len(out)

    def zero(self) -> list[Any]:
        return []


class _Option(_Codec):
    def __init__(self, inner: _Codec) -> None:
        self.inner = inner

    def read(self, mv: memoryview, pos: int, field: str, view: bool, depth: _Depth) -> tuple[Any, int]:
        if pos >= len(mv):
            raise Truncated(field, pos, pos + 1, len(mv))
        presence = mv[pos]
        if presence == 0:
            return None, pos + 1
        if presence != 1:
            raise InvalidBool(field, pos, presence)
        return self.inner.read(mv, pos + 1, field, view, depth)

    def write(self, out: bytearray, value: Any, field: str) -> None:
        if value is None:
            out.append(0)
        else:
            out.append(1)
            self.inner.write(out, value, field)

    def zero(self) -> None:
        return None


def _magic(codec: _Codec, constant: bytes) -> Any:
    """The value a magic field holds: its constant, read as the field's type."""
    return codec.get(memoryview(constant), 0, False)


def _default_of(field: Any) -> Any:
    """The value a field the sender did not have takes."""
    default: Callable[[], Any] | None = field.default
    if default is None:
        return None
    return default()


def _no_default(type_name: str, field: str, expression: str) -> Callable[[], Any]:
    """The default of a field whose Rust `default = ...` is not a plain literal: it is
    only needed when a peer's older version did not send the field, so that is when
    it raises."""

    def default() -> Any:
        raise NotImplementedError(
            f"field `{field}` of `{type_name}` was not sent (an older version), and its "
            f"Rust default `{expression}` is not a literal this module can evaluate")

    return default


# ---------------------------------------------------------------------------
# Struct layouts: the block's fixed fields, then the variable ones, with the version
# header of versioned messages. One walk over the bytes serves decode and view.
# ---------------------------------------------------------------------------


#: A checksum field's algorithm, the bytes it covers ("message", "block" or the names
#: of the first and last fields covered) and whether `decode` and `view` verify it.
_ChecksumSpec = tuple[str, str | tuple[str, str], bool]


class _FixedField:
    """A field of whole bytes in the block."""

    def __init__(self, name: str, attr: str, offset: int, width: int, codec: _Codec,
                 since: int = 1, default: Callable[[], Any] | None = None,
                 magic: bytes | None = None, checksum: _ChecksumSpec | None = None) -> None:
        self.name, self.attr, self.offset, self.codec = name, attr, offset, codec
        self.end = offset + width
        self.since, self.default, self.magic = since, default, magic
        self.checksum = checksum
        self.order: _Order = getattr(codec, "order", "big")

    def get(self, mv: memoryview, block: int, view: bool) -> Any:
        return self.codec.get(mv, block + self.offset, view)


class _BitField:
    """`width` bits of the run of `run_len` bytes at `run_offset`: the run is read as
    one unsigned integer in its byte order, the field is (run >> shift) & mask."""

    def __init__(self, name: str, attr: str, run_offset: int, run_len: int, shift: int,
                 width: int, kind: str, order: _Order, since: int = 1,
                 default: Callable[[], Any] | None = None) -> None:
        self.name, self.attr = name, attr
        self.offset, self.run_len, self.shift, self.width = run_offset, run_len, shift, width
        self.end = run_offset + run_len
        self.kind, self.order = kind, order
        self.since, self.default = since, default
        self.mask = (1 << width) - 1
        if kind == "i":
            self.lo, self.hi = -(1 << (width - 1)), (1 << (width - 1)) - 1
        else:
            self.lo, self.hi = 0, self.mask
        self.magic = None
        self.checksum: _ChecksumSpec | None = None

    def get(self, mv: memoryview, block: int, view: bool) -> Any:
        at = block + self.offset
        bits = (int.from_bytes(mv[at:at + self.run_len], self.order) >> self.shift) & self.mask
        if self.kind == "b":
            return bits != 0
        if self.kind == "i" and bits >> (self.width - 1):
            bits -= 1 << self.width  # sign-extend from the field's width
        return bits

    def bits(self, value: Any, offset: int) -> int:
        if self.kind == "b":
            if value is True or value is False or value in (0, 1):
                return int(bool(value))
            raise InvalidValue(self.name, f"expected a bool, got {value!r}")
        return _check_int(value, self.name, offset, self.lo, self.hi) & self.mask


class _VarField:
    """A variable-length field after the block."""

    def __init__(self, name: str, attr: str, codec: _Codec, since: int = 1,
                 default: Callable[[], Any] | None = None, length: _Expr | None = None,
                 condition: _Expr | None = None) -> None:
        self.name, self.attr, self.codec = name, attr, codec
        self.since, self.default = since, default
        #: `count = "..."` or `byte_len = "..."` (the codec's prefix says which).
        self.length = length
        #: `if = "..."`: the field is on the wire only when this is not zero.
        self.condition = condition


class _StructSpec:
    def __init__(self, cls: Any, view_cls: Any, name: str, version: int | None,
                 block_len: int, fixed_size: bool, endian: _Order, fields: list[Any],
                 max_depth: int = 100) -> None:
        self.cls, self.view_cls, self.name = cls, view_cls, name
        #: How deep variable-length messages and unions may nest below this one.
        self.max_depth = max_depth
        self.version, self.block_len, self.fixed_size = version, block_len, fixed_size
        self.order = endian
        self.fields = fields
        self.fixed = [f for f in fields if not isinstance(f, _VarField)]
        self.var = [f for f in fields if isinstance(f, _VarField)]
        if version is None:
            self.header_len = 0
        else:
            self.header_len = 6 if self.var else 2
        # A peer's block may end after the first version's fields or after any later
        # field, nowhere else (Rust: `InvalidBlockLength`).
        first = [f.end for f in self.fixed if f.since == 1]
        self.base_end = first[-1] if first else 0
        self.later_ends = {f.end for f in self.fixed if f.since > 1}
        # A field whose length an expression gives, or that a condition leaves out, may
        # take no byte at all.
        self.min_len = self.header_len + block_len + sum(
            1 for f in self.var
            if f.condition is None and getattr(f.codec, "prefix", None) not in _COMPUTED)
        self.computed = [f for f in self.var if f.length is not None]
        self.conditional = [f for f in self.var if f.condition is not None]
        self.exprs = bool(self.computed or self.conditional)
        self.checksums = [f for f in self.fixed if f.checksum is not None]
        self.verified = [f for f in self.checksums if f.checksum[2]]
        # The field each length expression writes its length back to on encode, as the
        # derive picks it: in declaration order, the one field the expression reads that
        # no earlier length expression took (none: the expression is only checked).
        self.targets: dict[str, str | None] = {}
        taken: set[str] = set()
        for f in self.computed:
            assert f.length is not None
            free = [name for name in dict.fromkeys(_reads(f.length)) if name not in taken]
            target = free[0] if len(free) == 1 else None
            if target is not None:
                taken.add(target)
            self.targets[f.name] = target
        cls._wire = self
        view_cls._wire = self

    # -- the block --

    def validate_block(self, mv: memoryview, block: int, block_len: int | None) -> None:
        """Checks bools, enums, magic and nested structs, in field order; with a block
        length (a versioned message), only the fields the sender had."""
        for f in self.fixed:
            if isinstance(f, _BitField):
                continue
            if block_len is not None and f.since > 1 and block_len < f.end:
                continue
            at = block + f.offset
            if f.magic is not None:
                if mv[at:at + len(f.magic)] != f.magic:
                    raise InvalidMagic(f.name, at)
            else:
                f.codec.validate(mv, at, f.name)

    def fixed_value(self, f: Any, mv: memoryview, block: int, block_len: int, view: bool) -> Any:
        if f.since > 1 and block_len < f.end:
            return _default_of(f)
        return f.get(mv, block, view)

    def block_value(self, mv: memoryview, block: int, block_len: int, var: dict[str, Any]) -> Any:
        values = {f.attr: self.fixed_value(f, mv, block, block_len, False) for f in self.fixed}
        values.update(var)
        return self.cls(**values)

    def encode_block(self, value: Any, offset: int,
                     values: dict[str, Any] | None = None) -> bytearray:
        """The block of `value` (each field's value from `values` when given, by wire
        name); `offset` is where it starts in the whole encoding (for the offsets of
        errors). Checksum fields are left zero, but for a fixed-size struct, whose
        encoding is the block: then they are filled in."""
        out = bytearray(self.block_len)
        runs: dict[int, tuple[Any, int]] = {}
        for f in self.fixed:
            item = getattr(value, f.attr) if values is None else values[f.name]
            if f.checksum is not None:
                continue
            if isinstance(f, _BitField):
                field, bits = runs.get(f.offset, (f, 0))
                runs[f.offset] = (field, bits | (f.bits(item, offset + f.offset) << f.shift))
            elif f.magic is not None:
                out[f.offset:f.end] = f.magic
            else:
                out[f.offset:f.end] = f.codec.put(item, f.name, offset + f.offset)
        for at, (f, bits) in runs.items():
            out[at:at + f.run_len] = bits.to_bytes(f.run_len, f.order)
        if self.fixed_size and self.checksums:
            self.fill_checksums(out, 0, len(out), {})
        return out

    # -- expressions and checksums --

    def numbers(self, values: dict[str, Any]) -> dict[str, int]:
        """The values an expression reads (integers, enum values and bools), by name."""
        return {name: int(v) for name, v in values.items() if isinstance(v, int)}

    def read_numbers(self, mv: memoryview, block: int, block_len: int) -> dict[str, int]:
        values = {f.name: self.fixed_value(f, mv, block, block_len, False) for f in self.fixed}
        return self.numbers(values)

    def holds(self, f: _VarField, env: dict[str, int], pos: int) -> bool:
        try:
            return _eval(f.condition, env) != 0  # type: ignore[arg-type]
        except (_BadExpression, KeyError):
            raise InvalidExpression(f.name, pos) from None

    def length_of(self, f: _VarField, env: dict[str, int], pos: int) -> int:
        """The length `f`'s expression gives, checked as Rust checks it."""
        try:
            length = _eval(f.length, env)  # type: ignore[arg-type]
        except (_BadExpression, KeyError):
            raise InvalidExpression(f.name, pos) from None
        if length < 0:
            raise InvalidLength(f.name, pos, length)
        cap: int = f.codec.cap  # type: ignore[attr-defined]
        if length > cap:
            raise LengthExceedsMax(f.name, pos, length, cap)
        return length

    def span_of(self, f: _FixedField, spans: dict[str, tuple[int, int]], base: int, block: int,
                block_len: int, end: int) -> tuple[int, int]:
        """The bytes checksum field `f` covers: from `base` (the message) or `block`."""
        assert f.checksum is not None
        over = f.checksum[1]
        if over == "message":
            return base, end
        if over == "block":
            return block, block + block_len
        assert isinstance(over, tuple)
        first, last = over
        return spans[first][0], spans[last][1]

    def checksum_of(self, f: _FixedField, mv: _Buffer, lo: int, hi: int, at: int) -> int:
        """The checksum of `mv[lo:hi]` with `f`'s own bytes (at `at`) read as zero."""
        data = bytearray(mv[lo:hi])
        a, b = max(lo, at), min(hi, at + f.end - f.offset)
        if a < b:
            data[a - lo:b - lo] = bytes(b - a)
        assert f.checksum is not None
        return _CHECKSUMS[f.checksum[0]](data)

    def fixed_spans(self, block: int) -> dict[str, tuple[int, int]]:
        return {f.name: (block + f.offset, block + f.end) for f in self.fixed}

    def fill_checksums(self, out: bytearray, base: int, end: int,
                       spans: dict[str, tuple[int, int]]) -> None:
        """Writes each checksum field of the encoding in `out` (the block at
        `base + header_len`), in declaration order: a later one covers an earlier one's
        value."""
        block = base + self.header_len
        spans = {**self.fixed_spans(block), **spans}
        for f in self.checksums:
            lo, hi = self.span_of(f, spans, base, block, self.block_len, end)
            at = block + f.offset
            value = self.checksum_of(f, out, lo, hi, at)
            out[at:block + f.end] = value.to_bytes(f.end - f.offset, f.order)

    def verify(self, mv: memoryview, base: int, block: int, block_len: int, end: int,
               spans: dict[str, tuple[int, int]], fields: list[_FixedField]) -> None:
        """`ChecksumMismatch` when a checksum field of `fields` does not hold the
        checksum of the bytes it covers."""
        spans = {**self.fixed_spans(block), **spans}
        for f in fields:
            if f.since > 1 and block_len < f.end:
                continue  # the sender's version did not have it
            lo, hi = self.span_of(f, spans, base, block, block_len, end)
            at = block + f.offset
            expected = self.checksum_of(f, mv, lo, hi, at)
            found = int.from_bytes(mv[at:block + f.end], f.order)
            if expected != found:
                raise ChecksumMismatch(f.name, at, expected, found)

    def short_block(self, mv: memoryview, base: int) -> Truncated:
        available = len(mv) - base
        for f in self.fixed:
            if f.end > available:
                return Truncated(f.name, base + f.offset, base + self.block_len, len(mv))
        return Truncated("", len(mv), base + self.block_len, len(mv))

    # -- the walk --

    def walk(self, mv: memoryview, base: int, view: bool, depth: _Depth,
             verify: list[_FixedField] | None = None) -> tuple[Any, int]:
        """The message at `base`: (value or view, end). Every check is made here, once;
        `depth` is what the walk may still open below it; `verify`: the checksum fields
        to check (those declared with `verify` when None)."""
        n = len(mv)
        if self.version is None:
            if n - base < self.block_len:
                raise self.short_block(mv, base)
            block, block_len = base, self.block_len
            self.validate_block(mv, block, None)
            pos = block + block_len
        else:
            if n - base < 2:
                raise Truncated("block length", base, base + 2, n)
            block_len = int.from_bytes(mv[base:base + 2], self.order)
            if block_len < self.block_len and not (
                    block_len == self.base_end or block_len in self.later_ends):
                raise InvalidBlockLength(base, block_len)
            block = base + self.header_len
            if n - block < block_len:
                raise Truncated("block", block, block + block_len, n)
            self.validate_block(mv, block, block_len)
            pos = block + block_len
            if self.var:
                if n - base < 6:
                    raise Truncated("variable length", base + 2, base + 6, n)
                var_len = int.from_bytes(mv[base + 2:base + 6], self.order)
                if pos + var_len > n:
                    raise Truncated("variable fields", pos, pos + var_len, n)
                # Variable fields this version does not know are skipped with the rest.
                mv = mv[:pos + var_len]
        starts: list[Any] = []
        values: dict[str, Any] = {}
        env = self.read_numbers(mv, block, block_len) if self.exprs else {}
        spans: dict[str, tuple[int, int]] = {}
        for f in self.var:
            if f.since > 1 and pos >= len(mv):
                # The sender's version did not have the field.
                starts.append(None)
                if not view:
                    values[f.attr] = _default_of(f)
                continue
            start = pos
            if f.condition is not None and not self.holds(f, env, pos):
                # Absent: no bytes, and no presence byte either.
                starts.append(None)
                values[f.attr] = None
            elif f.length is not None:
                length = self.length_of(f, env, pos)
                starts.append((pos, length))
                item, pos = f.codec.read_sized(  # type: ignore[attr-defined]
                    mv, pos, length, f.name, view, depth)
                values[f.attr] = item
            else:
                starts.append(pos)
                item, pos = f.codec.read(mv, pos, f.name, view, depth)
                values[f.attr] = item
            spans[f.name] = (start, pos)
            if self.exprs and isinstance(values.get(f.attr), int):
                env[f.name] = int(values[f.attr])
        end = len(mv) if self.version is not None and self.var else pos
        checks = self.verified if verify is None else verify
        if checks:
            self.verify(mv, base, block, block_len, end, spans, checks)
        if view:
            return self.make_view(mv, base, block, block_len, tuple(starts), end), end
        return self.block_value(mv, block, block_len, values), end

    def make_view(self, mv: memoryview, base: int, block: int, block_len: int,
                  starts: tuple[int | None, ...], end: int) -> Any:
        if self.fixed_size:
            # A fixed struct's view is the buffer and where the block starts.
            return self.view_cls(mv, base)
        view = object.__new__(self.view_cls)
        view._wire_mv, view._wire_base, view._wire_end = mv, base, end
        view._wire_block, view._wire_block_len, view._wire_starts = block, block_len, starts
        return view

    def zero(self) -> Any:
        return self.cls()

    # -- entry points --

    def start(self, mv: memoryview, view: bool) -> tuple[Any, int]:
        """The walk of `decode`, `view` and the prefixes: from the start of `mv`, with
        the type's nesting limit."""
        limit = self.max_depth
        return _with_room(limit, lambda: self.walk(mv, 0, view, _Depth(limit, limit)))

    def decode(self, buf: Any) -> Any:
        mv = _as_view(buf)
        if self.fixed_size and len(mv) > self.block_len:
            # A fixed message is exactly its block: the length is checked first.
            raise TrailingBytes(self.block_len, len(mv) - self.block_len)
        value, end = self.start(mv, False)
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)
        return value

    def verify_checksum(self, buf: Any) -> None:
        """Checks every checksum field of the one encoding in `buf`."""
        mv = _as_view(buf)
        limit = self.max_depth
        _, end = _with_room(limit, lambda: self.walk(mv, 0, True, _Depth(limit, limit),
                                                     self.checksums))
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)

    def view(self, buf: Any) -> Any:
        mv = _as_view(buf)
        if self.fixed_size and len(mv) > self.block_len:
            raise TrailingBytes(self.block_len, len(mv) - self.block_len)
        view, end = self.start(mv, True)
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)
        return view

    def prefix(self, buf: Any, view: bool) -> tuple[Any, memoryview]:
        mv = _as_view(buf)
        value, end = self.start(mv, view)
        return value, mv[end:]

    def encode(self, value: Any) -> bytes:
        if self.exprs or (self.checksums and not self.fixed_size):
            return self.encode_computed(value)
        block = self.encode_block(value, self.header_len)
        tail = bytearray()
        for f in self.var:
            f.codec.write(tail, getattr(value, f.attr), f.name)
        if self.version is None:
            return bytes(block + tail)
        header = self.block_len.to_bytes(2, self.order)
        if self.var:
            if len(tail) > 0xFFFF_FFFF:
                raise EncodeLengthExceedsMax("variable fields", len(tail), 0xFFFF_FFFF)
            header += len(tail).to_bytes(4, self.order)
        return bytes(header + block + tail)

    def encode_computed(self, value: Any) -> bytes:
        """`encode` of a struct with lengths from expressions, conditional fields or
        checksums: the lengths are written back to the fields their expressions read,
        the conditions checked, the checksums computed."""
        values = {f.name: getattr(value, f.attr) for f in self.fields}
        contents: dict[str, bytes] = {}
        for f in self.computed:
            item = values[f.name]
            if f.condition is not None and item is None:
                continue
            data, length = f.codec.measure(item, f.name)  # type: ignore[attr-defined]
            cap: int = f.codec.cap  # type: ignore[attr-defined]
            if length > cap:
                raise EncodeLengthExceedsMax(f.name, length, cap)
            contents[f.name] = data
            target = self.targets[f.name]
            env = self.numbers(values)
            if target is None:
                try:
                    agrees = _eval(f.length, env) == length  # type: ignore[arg-type]
                except (_BadExpression, KeyError):
                    agrees = False
                if not agrees:
                    raise EncodeInvalidLength(f.name, length)
                continue
            solved = _solve(f.length, target, length, env)  # type: ignore[arg-type]
            if solved is None:
                raise EncodeInvalidLength(f.name, length)
            values[target] = solved
        env = self.numbers(values)
        for f in self.conditional:
            present = values[f.name] is not None
            try:
                holds = _eval(f.condition, env) != 0  # type: ignore[arg-type]
            except _BadExpression:
                # As Rust's `check_condition`: a condition that cannot be evaluated
                # (overflow, division by zero) holds for neither `None` nor a value.
                raise ConditionMismatch(f.name, present) from None
            except KeyError:
                raise InvalidValue(f.name, "its condition reads a field that is not a number") from None
            if holds != present:
                raise ConditionMismatch(f.name, present)
        out = self.encode_block(value, self.header_len, values)
        spans: dict[str, tuple[int, int]] = {}
        tail_start = self.header_len + self.block_len
        tail = bytearray()
        for f in self.var:
            start = len(tail)
            if f.name in contents:
                tail += contents[f.name]
            elif f.condition is None or values[f.name] is not None:
                f.codec.write(tail, values[f.name], f.name)
            spans[f.name] = (tail_start + start, tail_start + len(tail))
        if self.version is not None:
            header = self.block_len.to_bytes(2, self.order)
            if self.var:
                if len(tail) > 0xFFFF_FFFF:
                    raise EncodeLengthExceedsMax("variable fields", len(tail), 0xFFFF_FFFF)
                header += len(tail).to_bytes(4, self.order)
            out = bytearray(header) + out
        out += tail
        if self.checksums:
            self.fill_checksums(out, 0, len(out), spans)
        return bytes(out)


class _WireStruct:
    """What every generated struct class has (the dataclass adds the fields)."""

    __slots__ = ()

    _wire: ClassVar[_StructSpec]

    def encode(self) -> bytes:
        """The encoding of this value.

        Raises `ValueOutOfRange`, `EncodeLengthExceedsMax` or `InvalidValue` for a value
        the wire field cannot hold."""
        return self._wire.encode(self)

    @classmethod
    def decode(cls, buf: Any) -> Any:
        """The value of `buf`, which must hold exactly one encoding (`TrailingBytes`
        otherwise); raises a `DecodeError` subclass for invalid bytes."""
        return cls._wire.decode(buf)

    @classmethod
    def decode_prefix(cls, buf: Any) -> tuple[Any, memoryview]:
        """The value at the front of `buf`, and the bytes after it."""
        return cls._wire.prefix(buf, False)

    @classmethod
    def view(cls, buf: Any) -> Any:
        """A zero-copy view of `buf`, which must hold exactly one encoding; it is
        checked once here, and its properties read the bytes in place."""
        return cls._wire.view(buf)

    @classmethod
    def view_prefix(cls, buf: Any) -> tuple[Any, memoryview]:
        """A view of the message at the front of `buf`, and the bytes after it."""
        return cls._wire.prefix(buf, True)


class _WireView:
    """What every generated view class has: the buffer, where the block and each
    variable field start (found and checked once, when the view was made)."""

    __slots__ = (
        "_wire_base",
        "_wire_block",
        "_wire_block_len",
        "_wire_end",
        "_wire_mv",
        "_wire_starts",
    )
    _wire: ClassVar[_StructSpec]
    #: The buffer as it was handed in (a fast path's properties index it directly; what
    #: walks the schema makes it a memoryview first).
    _wire_mv: _Buffer
    _wire_base: int
    _wire_end: int
    _wire_block: int
    _wire_block_len: int
    _wire_starts: tuple[Any, ...]

    def _fixed(self, index: int) -> Any:
        spec = self._wire
        f = spec.fixed[index]
        return spec.fixed_value(f, _as_view(self._wire_mv), self._wire_block,
                                self._wire_block_len, True)

    def _variable(self, index: int) -> Any:
        start = self._wire_starts[index]
        if start is None:
            return None
        f = self._wire.var[index]
        wire = self._wire
        mv = _as_view(self._wire_mv)
        if isinstance(start, tuple):
            # A length an expression gave, found when the view was made.
            at, length = start
            return _with_room(wire.max_depth, lambda: f.codec.read_sized(  # type: ignore[attr-defined]
                mv, at, length, f.name, True, _CHECKED)[0])
        return _with_room(wire.max_depth,
                          lambda: f.codec.read(mv, start, f.name, True, _CHECKED)[0])

    def as_bytes(self) -> memoryview:
        """The bytes of the encoding."""
        return _as_view(self._wire_mv)[self._wire_base:self._wire_end]

    def to_value(self) -> Any:
        """Every field, read into an owned value."""
        wire = self._wire
        return _with_room(wire.max_depth, lambda: wire.walk(
            _as_view(self._wire_mv), self._wire_base, False, _CHECKED)[0])

    def __repr__(self) -> str:
        return f"{type(self).__name__}({bytes(self.as_bytes()).hex()})"


# ---------------------------------------------------------------------------
# Tagged unions.
# ---------------------------------------------------------------------------


class _VariantSpec:
    def __init__(self, name: str, tag: int | None, codec: _Codec | None, cls: Any) -> None:
        self.name, self.tag, self.codec, self.cls = name, tag, codec, cls


class _UnionSpec:
    def __init__(self, cls: Any, view_cls: Any, name: str, tag: str, order: _Order,
                 variants: list[_VariantSpec], max_depth: int = 100) -> None:
        self.cls, self.view_cls, self.name = cls, view_cls, name
        #: How deep variable-length messages and unions may nest below this one.
        self.max_depth = max_depth
        self.tag_kind, self.order = tag, order
        self.variants = variants
        self.by_tag = {v.tag: v for v in variants if v.tag is not None}
        self.other = next((v for v in variants if v.tag is None), None)
        self.by_class = {v.cls: v for v in variants}
        self.min_len = 1
        cls._wire = self
        view_cls._wire = self
        self.fixed_size = False

    def read_tag(self, mv: memoryview, base: int) -> tuple[int, int]:
        if self.tag_kind == "header":
            raise TypeError(f"{self.name}'s tag is the frame header's message type, not in its bytes: "
                            f"decode it with {self.name}.decode(payload, msg_type=...)")
        n = len(mv)
        if self.tag_kind == "u8":
            if base >= n:
                raise Truncated(self.name, base, base + 1, n)
            return mv[base], base + 1
        if self.tag_kind == "u16":
            if n - base < 2:
                raise Truncated(self.name, base, base + 2, n)
            return int.from_bytes(mv[base:base + 2], self.order), base + 2
        return _read_varint(mv, base, self.name)

    def tag_bytes(self, tag: int, field: str) -> bytes:
        if self.tag_kind == "varint":
            return _varint_bytes(_check_int(tag, field, 0, 0, (1 << 64) - 1))
        if self.tag_kind == "header":
            # The tag goes into the frame header (`encode_frame`), not the payload.
            _check_int(tag, field, 0, 0, 0xFFFF)
            return b""
        width = 1 if self.tag_kind == "u8" else 2
        return _check_int(tag, field, 0, 0, (1 << (8 * width)) - 1).to_bytes(width, self.order)

    def walk(self, mv: memoryview, base: int, view: bool, depth: _Depth) -> tuple[Any, int]:
        tag, pos = self.read_tag(mv, base)
        return self.select(mv, base, pos, tag, view, depth)

    def select(self, mv: memoryview, base: int, pos: int, tag: int, view: bool,
               depth: _Depth) -> tuple[Any, int]:
        """The variant `tag` selects, its payload at `pos` (the union starting at
        `base`)."""
        variant = self.by_tag.get(tag)
        if variant is None:
            if self.other is None:
                raise UnknownTag(self.name, base, tag)
            # The `other` variant keeps the tag and every byte after it, unparsed.
            rest = mv[pos:]
            if view:
                return self.make_view(mv, base, len(mv), self.other, tag, None, rest), len(mv)
            return self.other.cls(tag, bytes(rest)), len(mv)
        payload, end = None, pos
        if variant.codec is not None:
            payload, end = variant.codec.read(mv, pos, variant.name, view, depth)
        if view:
            return self.make_view(mv, base, end, variant, tag, payload, None), end
        if variant.codec is None:
            return variant.cls(), end
        return variant.cls(payload), end

    def make_view(self, mv: memoryview, base: int, end: int, variant: _VariantSpec, tag: int,
                  value: Any, rest: memoryview | None) -> Any:
        return self.view_cls(mv, base, end, variant.name, tag, value, rest)

    def encode(self, value: Any) -> bytes:
        variant = self.by_class.get(type(value))
        if variant is None:
            raise InvalidValue(self.name, f"{type(value).__name__} is not a variant of {self.name}")
        if variant.tag is None:
            out = bytearray(self.tag_bytes(value.tag, variant.name))
            if not isinstance(value.rest, (bytes, bytearray, memoryview)):
                raise InvalidValue(variant.name, "the unparsed rest must be bytes")
            out += bytes(value.rest)
            return bytes(out)
        out = bytearray(self.tag_bytes(variant.tag, variant.name))
        if variant.codec is not None:
            variant.codec.write(out, value.value, variant.name)
        return bytes(out)

    def tag_of(self, value: Any) -> int:
        """The tag of `value`'s variant (an `other` value's own)."""
        variant = self.by_class.get(type(value))
        if variant is None:
            raise InvalidValue(self.name, f"{type(value).__name__} is not a variant of {self.name}")
        if variant.tag is None:
            return int(value.tag)
        return variant.tag

    def zero(self) -> Any:
        for variant in self.variants:
            if variant.tag is not None:
                if variant.codec is None:
                    return variant.cls()
                return variant.cls(variant.codec.zero())
        raise NotImplementedError(f"{self.name} has no variant with a tag")

    def start(self, mv: memoryview, view: bool) -> tuple[Any, int]:
        """The walk of `decode`, `view` and the prefixes, with the union's nesting
        limit."""
        limit = self.max_depth
        return _with_room(limit, lambda: self.walk(mv, 0, view, _Depth(limit, limit)))

    def decode(self, buf: Any) -> Any:
        mv = _as_view(buf)
        value, end = self.start(mv, False)
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)
        return value

    def view(self, buf: Any) -> Any:
        mv = _as_view(buf)
        value, end = self.start(mv, True)
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)
        return value

    def prefix(self, buf: Any, view: bool) -> tuple[Any, memoryview]:
        mv = _as_view(buf)
        value, end = self.start(mv, view)
        return value, mv[end:]

    def with_tag(self, buf: Any, tag: int, view: bool) -> Any:
        """`decode` and `view` of a union whose tag is the frame header's message type:
        `buf` is the payload alone, `tag` the header's message type."""
        mv = _as_view(buf)
        limit = self.max_depth
        value, end = _with_room(limit, lambda: self.select(mv, 0, 0, tag, view, _Depth(limit, limit)))
        if end != len(mv):
            raise TrailingBytes(end, len(mv) - end)
        return value


class _WireUnion:
    """What every generated union class has; its variants are its subclasses."""

    __slots__ = ()

    _wire: ClassVar[_UnionSpec]
    #: The name of the Rust variant.
    variant: ClassVar[str] = ""

    def encode(self) -> bytes:
        """The tag, then the variant's payload (the payload alone for a union whose tag
        is the frame header's message type: see `encode_frame`)."""
        return self._wire.encode(self)

    def encode_frame(self) -> tuple[int, bytes]:
        """The variant's tag and `encode()`: for a union whose tag is the frame header's
        message type, the message type to put in the header and the payload after it
        (`wire_frame(*value.encode_frame())` frames it as `wire::frame::WireHeader`)."""
        return self._wire.tag_of(self), self.encode()

    @classmethod
    def decode(cls, buf: Any) -> Any:
        """The variant `buf` holds (exactly one message)."""
        return cls._wire.decode(buf)

    @classmethod
    def decode_prefix(cls, buf: Any) -> tuple[Any, memoryview]:
        """The variant at the front of `buf`, and the bytes after it."""
        return cls._wire.prefix(buf, False)

    @classmethod
    def view(cls, buf: Any) -> Any:
        """A view of `buf`: its `variant` name, `tag`, and `value` (a view of the
        payload) or, for the `other` variant, `rest`."""
        return cls._wire.view(buf)

    @classmethod
    def view_prefix(cls, buf: Any) -> tuple[Any, memoryview]:
        """A view of the message at the front of `buf`, and the bytes after it."""
        return cls._wire.prefix(buf, True)


class _WireUnionView:
    """A view of a tagged union: `variant` (the Rust variant's name), `tag`, `value`
    (the payload's view or value; None without a payload) and `rest` (the unparsed
    bytes of the `other` variant, else None)."""

    __slots__ = ("_wire_base", "_wire_end", "_wire_mv", "rest", "tag", "value", "variant")
    _wire: ClassVar[_UnionSpec]

    def __init__(self, buf: _Buffer, base: int, end: int, variant: str, tag: int, value: Any,
                 rest: memoryview | None) -> None:
        self._wire_mv, self._wire_base, self._wire_end = buf, base, end
        self.variant, self.tag, self.value, self.rest = variant, tag, value, rest

    def as_bytes(self) -> memoryview:
        """The bytes of the encoding."""
        return _as_view(self._wire_mv)[self._wire_base:self._wire_end]

    def to_value(self) -> Any:
        """The variant, decoded into an owned value."""
        wire = self._wire
        mv, base = _as_view(self._wire_mv), self._wire_base
        if wire.tag_kind == "header":
            return _with_room(wire.max_depth, lambda: wire.select(mv, base, base, self.tag, False, _CHECKED)[0])
        return _with_room(wire.max_depth, lambda: wire.walk(mv, base, False, _CHECKED)[0])

    def __repr__(self) -> str:
        return f"{type(self).__name__}.{self.variant}({bytes(self.as_bytes()).hex()})"
