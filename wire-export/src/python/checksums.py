# ---------------------------------------------------------------------------
# Checksum fields (`#[wire(checksum = "...")]`): the algorithms, by the names the
# attribute takes, each over bytes with the checksum field's own bytes zeroed. The CRCs
# are those of Greg Cook's catalogue of parametrised CRC algorithms, by its names.
# ---------------------------------------------------------------------------


def _internet_checksum(data: _Buffer) -> int:
    """RFC 1071 section 1: the ones' complement of the ones' complement sum of the
    16-bit big-endian words, an odd last byte padded with a zero byte."""
    mv = memoryview(data).cast("B")
    n = len(mv)
    total: int = sum(struct.unpack_from(f">{n // 2}H", mv))
    if n & 1:
        total += mv[n - 1] << 8
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def _crc16_table(reflected: bool) -> list[int]:
    # Polynomial 0x1021 (x^16 + x^12 + x^5 + 1); reflected it is 0x8408.
    table = []
    for n in range(256):
        if reflected:
            crc = n
            for _ in range(8):
                crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
        else:
            crc = n << 8
            for _ in range(8):
                crc = ((crc << 1) ^ 0x1021 if crc & 0x8000 else crc << 1) & 0xFFFF
        table.append(crc)
    return table


_CRC16_CCITT_TABLE = _crc16_table(False)
_CRC16_KERMIT_TABLE = _crc16_table(True)


def _crc16_ccitt(data: _Buffer) -> int:
    """CRC-16/IBM-3740 (CRC-16/CCITT-FALSE): poly 0x1021, init 0xFFFF, not reflected,
    no final xor; check 0x29B1."""
    table = _CRC16_CCITT_TABLE
    crc = 0xFFFF
    for byte in memoryview(data).cast("B"):
        crc = ((crc << 8) & 0xFFFF) ^ table[(crc >> 8) ^ byte]
    return crc


def _crc16_kermit(data: _Buffer) -> int:
    """CRC-16/KERMIT: poly 0x1021 reflected, init 0, no final xor; check 0x2189."""
    table = _CRC16_KERMIT_TABLE
    crc = 0
    for byte in memoryview(data).cast("B"):
        crc = (crc >> 8) ^ table[(crc ^ byte) & 0xFF]
    return crc


def _crc32(data: _Buffer) -> int:
    """CRC-32/ISO-HDLC (Ethernet, zlib, PNG); check 0xCBF43926."""
    return binascii.crc32(data) & 0xFFFF_FFFF


def _crc32c(data: _Buffer) -> int:
    """CRC-32/ISCSI (Castagnoli); check 0xE3069283."""
    return crc32c(data)


#: Each algorithm by the name `#[wire(checksum = "...")]` takes.
_CHECKSUMS: dict[str, Callable[[_Buffer], int]] = {
    "internet": _internet_checksum,
    "crc16-ccitt": _crc16_ccitt,
    "crc16-kermit": _crc16_kermit,
    "crc32": _crc32,
    "crc32c": _crc32c,
}


def _checksum_holds(name: str, buf: _Buffer, lo: int, hi: int, at: int, width: int,
                    order: _Order) -> bool:
    """Whether the `width`-byte field at `at` holds the checksum `name` of `buf[lo:hi]`
    with the field's own bytes read as zero."""
    data = bytearray(buf[lo:hi])
    a, b = max(lo, at), min(hi, at + width)
    if a < b:
        data[a - lo:b - lo] = bytes(b - a)
    return _CHECKSUMS[name](data) == int.from_bytes(buf[at:at + width], order)

