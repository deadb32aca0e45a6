"""The generated Python codec against hand-written `struct` code, in one process.

    python3 benches/python/bench.py DIR [--check] [--runs N] [--number N] [--repeat N]

DIR holds what `benches/python/run` wrote there: the demo's `itch.py` (AddOrder and the
ITCH union `Msg`), `bench_types.py` (the IPv4 header and the variable-length message)
and byte streams Rust encoded. First every pair of implementations must agree on those
bytes (values, re-encodings, views, frames, numpy records); `--check` stops there, which
is what CI runs. Then each operation is timed with `timeit` (the best of `--repeat`
repeats of `--number` calls, the two sides' repeats alternating) `--runs` times, and the
table gives the median time per call and the ratio generated / hand-written with its
spread over the runs. Many short repeats, alternating, are what finds the quiet moments
of a shared machine for both sides.
"""

from __future__ import annotations

import importlib
import os
import statistics
import subprocess
import sys
import time
import timeit
import typing

HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> None:
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    data_dir = args[0]
    check_only = "--check" in args
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 3
    number = int(args[args.index("--number") + 1]) if "--number" in args else 20_000
    repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 25
    sys.path[:0] = [data_dir, HERE]
    # Generated into DIR (`bench_types`, and the demo's export `itch`), and the baseline.
    bench_types = importlib.import_module("bench_types")
    itch = importlib.import_module("itch")
    hw = importlib.import_module("handwritten")

    def read(name: str) -> bytes:
        with open(os.path.join(data_dir, name), "rb") as f:
            return f.read()

    add_order = read("add_order.bin")
    ipv4 = read("ipv4.bin")
    variable = read("variable.bin")
    itch_add = b"A" + add_order
    len_stream = read("itch_len_u32be.bin")
    crc_stream = read("itch_wire_header.bin")
    records = read("add_orders.bin")

    agree(itch, bench_types, hw, add_order, ipv4, variable, itch_add, len_stream, crc_stream)
    numpy_agrees(itch, records)
    works_without_optional_packages(data_dir)
    print("agreement: every pair of implementations reads and writes the same bytes")
    if check_only:
        return

    g_order = itch.AddOrder.decode(add_order)
    h_order = hw.AddOrder.decode(add_order)
    g_ip = bench_types.Ipv4Header.decode(ipv4)
    h_ip = hw.Ipv4Header.decode(ipv4)
    g_msg = bench_types.MsgOwned.decode(variable)
    h_msg = hw.Msg.decode(variable)
    g_union = itch.Msg.decode(itch_add)
    h_union = hw.decode_itch(itch_add)

    def view_order_g() -> object:
        v = itch.AddOrder.view(add_order)
        return v.order_ref + v.price

    def view_order_h() -> object:
        v = hw.AddOrderView(add_order)
        return v.order_ref + v.price

    def view_ip_g() -> object:
        v = bench_types.Ipv4Header.view(ipv4)
        return v.ttl + v.protocol

    def view_ip_h() -> object:
        v = hw.Ipv4View(ipv4)
        return v.ttl + v.protocol

    def view_msg_g() -> typing.Any:
        v = bench_types.MsgOwned.view(variable)
        return v.id, v.symbol

    def view_msg_h() -> typing.Any:
        v = hw.MsgView(variable)
        return v.id, v.symbol

    def view_union_g() -> object:
        v = itch.Msg.view(itch_add).value
        return v.order_ref + v.price

    def view_union_h() -> object:
        v = hw.view_itch(itch_add)
        return v.order_ref + v.price

    cases: list[tuple[str, str, typing.Callable[[], object],
                                    typing.Callable[[], object]]] = [
        ("AddOrder", "decode", lambda: itch.AddOrder.decode(add_order),
         lambda: hw.AddOrder.decode(add_order)),
        ("AddOrder", "encode", g_order.encode, h_order.encode),
        ("AddOrder", "view, read two fields", view_order_g, view_order_h),
        ("IPv4 header", "decode", lambda: bench_types.Ipv4Header.decode(ipv4),
         lambda: hw.Ipv4Header.decode(ipv4)),
        ("IPv4 header", "encode", g_ip.encode, h_ip.encode),
        ("IPv4 header", "view, read two fields", view_ip_g, view_ip_h),
        ("variable message", "decode", lambda: bench_types.MsgOwned.decode(variable),
         lambda: hw.Msg.decode(variable)),
        ("variable message", "encode", g_msg.encode, h_msg.encode),
        ("variable message", "view, read two fields", view_msg_g, view_msg_h),
        ("ITCH union (Add Order)", "decode", lambda: itch.Msg.decode(itch_add),
         lambda: hw.decode_itch(itch_add)),
        ("ITCH union (Add Order)", "encode", g_union.encode, lambda: hw.encode_itch(h_union)),
        ("ITCH union (Add Order)", "view, read two fields", view_union_g, view_union_h),
    ]
    results: dict[int, list[tuple[float, float]]] = {}
    for run in range(runs):
        for i, (_, _, gen, hand) in enumerate(cases):
            # The two sides' repeats alternate, so that a burst of load on the machine
            # hits both sides rather than all the repeats of one.
            g_times, h_times = [], []
            for _ in range(repeat):
                g_times.append(timeit.timeit(gen, number=number))
                h_times.append(timeit.timeit(hand, number=number))
            results.setdefault(i, []).append((min(g_times) / number, min(h_times) / number))
        print(f"run {run + 1} of {runs} done", file=sys.stderr)

    print(f"\n{runs} runs; each figure the best of {repeat} repeats of {number} calls, "
          "the two sides' repeats alternating; "
          "medians over the runs, spread min-max\n")
    print("| message | operation | generated | hand-written | ratio (spread) |")
    print("|---|---|--:|--:|--:|")
    for i, (message, op, _, _) in enumerate(cases):
        g_times = [g for g, _ in results[i]]
        h_times = [h for _, h in results[i]]
        ratios = [g / h for g, h in results[i]]
        print(f"| {message} | {op} | {statistics.median(g_times) * 1e6:.3f} µs "
              f"| {statistics.median(h_times) * 1e6:.3f} µs "
              f"| {statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f}) |")

    frames_rate(itch, hw, len_stream, crc_stream, runs)
    numpy_rate(itch, records, runs)


def agree(itch: typing.Any, bench_types: typing.Any, hw: typing.Any, add_order: bytes,
          ipv4: bytes, variable: bytes, itch_add: bytes, len_stream: bytes,
          crc_stream: bytes) -> None:
    """Fails unless generated and hand-written code read and write the same."""
    g, h = itch.AddOrder.decode(add_order), hw.AddOrder.decode(add_order)
    expect(same_order(g, h), f"AddOrder decode: {g} != {h}")
    expect(g.encode() == h.encode() == add_order, "AddOrder encode")
    gv, hv = itch.AddOrder.view(add_order), hw.AddOrderView(add_order)
    expect((gv.order_ref, gv.price) == (hv.order_ref, hv.price), "AddOrder view")

    g, h = bench_types.Ipv4Header.decode(ipv4), hw.Ipv4Header.decode(ipv4)
    names = [f for f in hw.Ipv4Header.__dataclass_fields__]
    expect([getattr(g, n) for n in names] == [getattr(h, n) for n in names],
           f"IPv4 decode: {g} != {h}")
    expect(g.encode() == h.encode() == ipv4, "IPv4 encode")
    gv, hv = bench_types.Ipv4Header.view(ipv4), hw.Ipv4View(ipv4)
    expect((gv.ttl, gv.protocol) == (hv.ttl, hv.protocol) == (64, 17), "IPv4 view")

    g, h = bench_types.MsgOwned.decode(variable), hw.Msg.decode(variable)
    plain = ["id", "price", "kind", "flags", "symbol", "blob", "seq", "count", "delta"]
    expect([getattr(g, n) for n in plain] == [getattr(h, n) for n in plain]
           and [(lv.price, lv.qty) for lv in g.levels] == [(lv.price, lv.qty) for lv in h.levels],
           f"variable decode: {g} != {h}")
    expect(g.encode() == h.encode() == variable, "variable encode")
    gv, hv = bench_types.MsgOwned.view(variable), hw.MsgView(variable)
    expect((gv.id, gv.symbol) == (hv.id, hv.symbol), "variable view")

    g, h = itch.Msg.decode(itch_add), hw.decode_itch(itch_add)
    expect(g.variant == "AddOrder" and same_order(g.value, h), "ITCH union decode")
    expect(g.encode() == hw.encode_itch(h) == itch_add, "ITCH union encode")
    gv = itch.Msg.view(itch_add).value
    expect((gv.order_ref, gv.price) == (h.order_ref, h.price), "ITCH union view")

    readers: list[tuple[bytes, str, typing.Callable[[bytes], list[typing.Any]]]] = [
        (len_stream, "u32be", hw.itch_frames),
        (crc_stream, "wire", lambda s: hw.itch_wire_frames(s, itch.crc32c)),
    ]
    for stream, framing, hand in readers:
        expected = hand(stream)
        # Fed whole, and in pieces that cut frames anywhere.
        for piece in (len(stream), 4093):
            reader = itch.FrameReader(framing)
            got = []
            for at in range(0, len(stream), piece):
                reader.feed(stream[at:at + piece])
                got.extend(reader.messages(itch.Msg))
            expect(reader.pending() == 0, f"{framing}: bytes left over")
            expect(len(got) == len(expected) == 100_000,
                   f"{framing}: {len(got)} messages, hand-written {len(expected)}")
            for a, b in zip(got, expected):
                if a.variant == "AddOrder":
                    ok = same_order(a.value, b)
                else:
                    fields = type(b).__dataclass_fields__
                    ok = all(getattr(a.value, f) == getattr(b, f) for f in fields)
                if not ok:
                    expect(False, f"{framing}: {a} != {b}")
    # A damaged frame: an error without resync, skipped with it.
    damaged = bytearray(crc_stream)
    damaged[16 + 20] ^= 0x01  # in the first payload: the CRC no longer matches
    reader = itch.FrameReader("wire")
    reader.feed(damaged)
    try:
        reader.messages(itch.Msg)
        expect(False, "a CRC mismatch went unnoticed")
    except itch.FrameError as error:
        expect(error.to_dict() == {"kind": "FrameError", "reason": "crc32c mismatch",
                                   "offset": 0}, f"FrameError {error.to_dict()}")
    reader = itch.FrameReader("wire", resync=True)
    reader.feed(damaged)
    # The first frame, skipped whole: a 16-byte header and a 36-byte Add Order.
    expect(len(reader.messages(itch.Msg)) == 99_999 and reader.skipped == 16 + 36,
           "resync after a damaged frame")


def numpy_agrees(itch: typing.Any, records: bytes) -> None:
    """The structured dtype views Rust's records in place, every field as decode reads
    it; without numpy this fails, naming the set-up script."""
    try:
        import numpy
    except ImportError:
        sys.exit("error: numpy is missing; `bash .ci/setup` installs it (the numpy record "
                 "view is part of what this benchmark checks)")
    dtype = itch.AddOrder.DTYPE
    expect(dtype is not None and dtype.itemsize == itch.AddOrder.SIZE, "AddOrder.DTYPE")
    table = numpy.frombuffer(records, dtype=dtype)
    expect(len(table) == 1_000_000, "1 000 000 records")
    expect(not table.flags.owndata, "frombuffer copied the records")
    count = len(table)
    # What Rust wrote: price 1_000_000 + i % 5000, shares 100 + i % 900.
    expect(int(table["price"].sum(dtype=numpy.uint64))
           == sum(1_000_000 + i % 5000 for i in range(count)), "sum of prices")
    expect(int(table["shares"].sum(dtype=numpy.uint64))
           == sum(100 + i % 900 for i in range(count)), "sum of shares")
    timestamps = itch.AddOrder_timestamp(table)
    for i in (0, 1, 12_345, count - 1):
        value = itch.AddOrder.decode(records[35 * i:35 * (i + 1)])
        row = table[i]
        expect((int(row["stock_locate"]), int(row["order_ref"]), int(row["side"]),
                bytes(row["stock"]), int(row["price"]), int(timestamps[i]))
               == (value.stock_locate, value.order_ref, int(value.side), value.stock,
                   value.price, value.timestamp), f"record {i}")


def works_without_optional_packages(data_dir: str) -> None:
    """The module imports and works without numpy and crc32c: no DTYPE, and the CRC32C
    table gives what the package gives (checked on the first frames of the stream)."""
    script = f"""
import sys
sys.modules["numpy"] = None
sys.modules["crc32c"] = None
sys.path.insert(0, {data_dir!r})
import itch
assert itch.AddOrder.DTYPE is None
assert itch._crc32c_package is None
assert itch.crc32c(bytes(32)) == 0x8A9136AA  # wire::frame::crc32c's doc example
with open({os.path.join(data_dir, "itch_wire_header.bin")!r}, "rb") as f:
    stream = f.read(50_000)
reader = itch.FrameReader("wire")
reader.feed(stream)
messages = reader.messages(itch.Msg)
assert len(messages) > 1000 and messages[0].variant == "AddOrder", len(messages)
"""
    result = subprocess.run([sys.executable, "-c", script], check=False, capture_output=True,
                            text=True)
    expect(result.returncode == 0, f"without numpy and crc32c: {result.stderr}")


def frames_rate(itch: typing.Any, hw: typing.Any, len_stream: bytes, crc_stream: bytes,
                runs: int) -> None:
    print("\n| stream of 100 000 ITCH messages | generated `FrameReader` | "
          "hand-written loop | ratio (spread) |")
    print("|---|--:|--:|--:|")
    for stream, framing, hand in [
        (len_stream, "u32be", lambda: hw.itch_frames(len_stream)),
        (crc_stream, "wire", lambda: hw.itch_wire_frames(crc_stream, itch.crc32c)),
    ]:
        def generated(stream: bytes = stream, framing: str = framing) -> object:
            reader = itch.FrameReader(framing)
            reader.feed(stream)
            return reader.messages(itch.Msg)

        times = []
        for _ in range(runs):
            g_times, h_times = [], []
            for _ in range(5):
                g_times.append(timeit.timeit(generated, number=1))
                h_times.append(timeit.timeit(hand, number=1))
            times.append((min(g_times), min(h_times)))
        g_rate = statistics.median(100_000 / g for g, _ in times)
        h_rate = statistics.median(100_000 / h for _, h in times)
        ratios = [g / h for g, h in times]
        label = "u32 big-endian length" if framing == "u32be" else "WireHeader + CRC32C"
        print(f"| {label} | {g_rate / 1e6:.3f} M msg/s | {h_rate / 1e6:.3f} M msg/s "
              f"| {statistics.median(ratios):.2f}x ({min(ratios):.2f}-{max(ratios):.2f}) |")


def numpy_rate(itch: typing.Any, records: bytes, runs: int) -> None:
    import numpy

    dtype = itch.AddOrder.DTYPE
    sums = []
    for _ in range(runs):
        start = time.perf_counter()
        table = numpy.frombuffer(records, dtype=dtype)
        total = int(table["price"].sum(dtype=numpy.uint64))
        column = time.perf_counter() - start
        start = time.perf_counter()
        decode = itch.AddOrder.decode
        total2 = sum(decode(records[at:at + 35]).price for at in range(0, len(records), 35))
        per_message = time.perf_counter() - start
        expect(total == total2, "the two sums")
        sums.append((column, per_message))
    column = statistics.median(c for c, _ in sums)
    per_message = statistics.median(p for _, p in sums)
    print(f"\nSum of `price` over 1 000 000 Add Orders: numpy view {column * 1e3:.2f} ms "
          f"({1e6 / column / 1e6:.0f} M records/s), per-message decode {per_message * 1e3:.0f} ms "
          f"({1e6 / per_message / 1e6:.2f} M records/s): {per_message / column:.0f}x")


def same_order(g: typing.Any, h: typing.Any) -> bool:
    return bool((g.stock_locate, g.tracking_number, g.timestamp, g.order_ref, bytes([g.side]),
                 g.shares, g.stock, g.price)
                == (h.stock_locate, h.tracking_number, h.timestamp, h.order_ref, h.side,
                    h.shares, h.stock, h.price))


def expect(condition: bool, what: str) -> None:
    if not condition:
        sys.exit(f"disagreement: {what}")


if __name__ == "__main__":
    main()
