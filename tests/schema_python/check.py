"""Checks the Python module `wire` generated against cases the Rust code wrote.

Run by `tests/schema_python.rs`: `python3 check.py MODULE_DIR CASES_JSON OUT_TXT`.
For every case it decodes and views the bytes (the values, or the error, must be the
ones Rust gave), re-encodes what it decoded (the bytes Rust wrote), and builds a fresh
value from the expected JSON, encodes it and writes the bytes to OUT_TXT for the Rust
side to decode. Exits 1, listing what differed, when anything does.
"""

import dataclasses
import enum
import importlib
import json
import keyword
import struct
import sys
import types
import typing

module_dir, cases_path, out_path = sys.argv[1:4]
sys.path.insert(0, module_dir)
wire = importlib.import_module("generated")

failures = []
counts = {}

# The generated classes read and write valid messages on their fast paths and hand
# over to the checked path (the schema walk of the runtime) only for invalid input.
# Every entry of the checked path is counted, so that a case can tell that valid bytes
# never reached it: a fast path that gave up on them would be slow, not wrong, and
# would go unnoticed otherwise.
checked_calls = [0]

# The variable structs of lengths from expressions, conditional fields or verified
# checksums: their views are made by the checked path.
CHECKED_VIEWS = {"Ipv4Packet", "DnsMessage", "Telemetry", "Checked", "Probe", "Guarded"}


def counted(method):
    def wrapper(*args, **kwargs):
        checked_calls[0] += 1
        return method(*args, **kwargs)
    return wrapper


for spec in (wire._StructSpec, wire._UnionSpec):
    for name in ("decode", "prefix", "encode", "view"):
        setattr(spec, name, counted(getattr(spec, name)))


def fast_only(case, what, run):
    """Runs `run`, failing the case if it took the checked path."""
    before = checked_calls[0]
    result = run()
    if checked_calls[0] != before:
        fail(case, f"{what}: the fast path gave up on valid input")
    return result


def fail(case, message):
    failures.append(f"case {case['index']} ({case['type']}, {case['hex']}): {message}")


def attribute(name):
    """The Python name of a field: a keyword gets a trailing `_` (`class` is `class_`)."""
    return name + "_" if keyword.iskeyword(name) else name


def same(actual, expected, path, absent=()):
    """None when `actual` matches the JSON `expected`, else where and how it differs."""
    if expected is None:
        return None if actual is None else f"{path}: {actual!r} is not None"
    if isinstance(expected, bool):
        return None if actual is expected else f"{path}: {actual!r} != {expected!r}"
    if isinstance(expected, int):
        ok = isinstance(actual, int) and not isinstance(actual, bool) and actual == expected
        return None if ok else f"{path}: {actual!r} != {expected!r}"
    if isinstance(expected, str):
        return None if actual == expected else f"{path}: {actual!r} != {expected!r}"
    if isinstance(expected, list):
        if not isinstance(actual, (list, tuple)) or len(actual) != len(expected):
            return f"{path}: {actual!r} is not a sequence of {len(expected)}"
        for i, (a, e) in enumerate(zip(actual, expected)):
            diff = same(a, e, f"{path}[{i}]")
            if diff:
                return diff
        return None
    if "f32" in expected or "f64" in expected:
        fmt, bits = (">f", expected["f32"]) if "f32" in expected else (">d", expected["f64"])
        if not isinstance(actual, float):
            return f"{path}: {actual!r} is not a float"
        got = struct.pack(fmt, actual).hex()
        return None if got == bits else f"{path}: {actual!r} ({got}) != {bits}"
    if "bytes" in expected:
        if not isinstance(actual, (bytes, memoryview)):
            return f"{path}: {type(actual).__name__} is not bytes"
        got = bytes(actual).hex()
        return None if got == expected["bytes"] else f"{path}: {got} != {expected['bytes']}"
    if "enum" in expected:
        ok = isinstance(actual, enum.IntEnum) and actual.name == expected["enum"] \
            and actual == expected["value"]
        return None if ok else f"{path}: {actual!r} != {expected}"
    if "other" in expected:
        # A value an open enum does not name: a plain int, not a member.
        ok = type(actual) is int and actual == expected["value"]
        return None if ok else f"{path}: {actual!r} != {expected}"
    if "variant" in expected:
        if getattr(actual, "variant", None) != expected["variant"]:
            return f"{path}: variant {getattr(actual, 'variant', None)!r} != {expected['variant']}"
        for key in ("tag", "rest", "value"):
            if key in expected:
                diff = same(getattr(actual, key), expected[key], f"{path}.{key}")
                if diff:
                    return diff
        return None
    for key, value in expected.items():
        if not hasattr(actual, attribute(key)):
            return f"{path}: no attribute {attribute(key)}"
        got = getattr(actual, attribute(key))
        if key in absent:
            # A view gives None for a variable field the sender's version did not have.
            if got is not None:
                return f"{path}.{key}: {got!r} is not None (absent)"
            continue
        diff = same(got, value, f"{path}.{key}")
        if diff:
            return diff
    return None


def build(tp, value):
    """A fresh Python value of type `tp` from the JSON, built without decoding."""
    if isinstance(value, dict) and "other" in value:
        # An open enum's value no member names (or one named through `Unknown`).
        return value["value"]
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Union or origin is types.UnionType:
        inner = [a for a in args if a is not type(None)][0]
        return None if value is None else build(inner, value)
    if origin is list:
        return [build(args[0], v) for v in value]
    if origin is tuple:
        return tuple(build(args[0], v) for v in value)
    if tp in (bool, int, str):
        return value
    if tp is float:
        fmt, bits = (">f", value["f32"]) if "f32" in value else (">d", value["f64"])
        return struct.unpack(fmt, bytes.fromhex(bits))[0]
    if tp is bytes:
        return bytes.fromhex(value["bytes"])
    if issubclass(tp, enum.IntEnum):
        return tp(value["value"])
    if issubclass(tp, wire._WireUnion):
        cls = getattr(tp, value["variant"])
        if "rest" in value:
            return cls(value["tag"], bytes.fromhex(value["rest"]["bytes"]))
        if "value" in value:
            hints = typing.get_type_hints(cls)
            return cls(build(hints["value"], value["value"]))
        return cls()
    hints = typing.get_type_hints(tp)
    names = {attribute(key): key for key in value}
    return tp(**{f.name: build(hints[f.name], value[names[f.name]])
                 for f in dataclasses.fields(tp)})


def build_deep(tp, value):
    """`build`, with room for the values nested as deep as a type's `max_depth` allows:
    the driver's own recursion takes four frames a level, more than the module's walks,
    and must not decide what the module is tested on."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 10_000))
    try:
        return build(tp, value)
    finally:
        sys.setrecursionlimit(limit)


def expect_error(case, what, run, expected):
    try:
        run()
    except (wire.DecodeError, wire.EncodeError) as error:
        got = error.to_dict()
        if got != expected:
            fail(case, f"{what}: {got} != {expected}")
        counts[expected["kind"]] = counts.get(expected["kind"], 0) + 1
        return
    except Exception as error:  # anything else is a bug in the generated module
        fail(case, f"{what}: raised {type(error).__name__}: {error}, expected {expected}")
        return
    fail(case, f"{what}: no error, expected {expected}")


def check_enum(case):
    cls = getattr(wire, case["type"])
    members = {m.name: int(m) for m in cls}
    if not issubclass(cls, enum.IntEnum) or members != case["members"]:
        fail(case, f"members {members} != {case['members']}")


def check(case, out):
    if "members" in case:
        check_enum(case)
        return
    cls = getattr(wire, case["type"])
    data = bytes.fromhex(case["hex"])
    if "error" in case:
        expect_error(case, "decode", lambda: cls.decode(data), case["error"])
        expect_error(case, "checked decode", lambda: cls._wire.decode(data), case["error"])
        expect_error(case, "view", lambda: cls.view(data), case["view_error"])
        return
    if "verify" in case:
        if case["verify"] is None:
            cls.verify_checksum(data)
            counts["verified"] = counts.get("verified", 0) + 1
        else:
            expect_error(case, "verify_checksum", lambda: cls.verify_checksum(data), case["verify"])
        return
    if "encode_error" in case:
        value = build(cls, case["value"])
        expect_error(case, "encode", value.encode, case["encode_error"])
        expect_error(case, "checked encode", lambda: cls._wire.encode(value),
                     case["encode_error"])
        return
    expected = case["value"]
    # Bytes Rust writes back unchanged are of the reader's own version: no field to
    # skip or fill in, so the fast paths must read them.
    own_version = case.get("encoded") == case["hex"]
    if "hex" in case and case.get("decode", True):
        decoded = cls.decode(data)
        if own_version:
            fast_only(case, "decode", lambda: cls.decode(data))
            fast_only(case, "decode_prefix", lambda: cls.decode_prefix(data + b"\xaa"))
            fast_only(case, "encode", decoded.encode)
            # Every view but a versioned struct's and a variable struct's with lengths
            # from expressions, conditional fields or verified checksums (the checked
            # path views those).
            if getattr(cls._wire, "version", None) is None \
                    and case["type"] not in CHECKED_VIEWS:
                fast_only(case, "view", lambda: cls.view(data))
        diff = same(decoded, expected, "decode")
        if diff:
            fail(case, diff)
        view = cls.view(data)
        diff = same(view, expected, "view", tuple(case.get("absent", ())))
        if diff:
            fail(case, diff)
        if bytes(view.as_bytes()) != data:
            fail(case, "view.as_bytes() differs")
        diff = same(view.to_value(), expected, "view.to_value()")
        if diff:
            fail(case, diff)
        # The checked path (the schema walk) on the same valid bytes and value.
        diff = same(cls._wire.decode(data), expected, "checked decode")
        if diff:
            fail(case, diff)
        rewritten = bytes(cls._wire.encode(decoded)).hex()
        if rewritten != case["encoded"]:
            fail(case, f"checked encode(decode) {rewritten} != {case['encoded']}")
        reencoded = decoded.encode().hex()
        if reencoded != case["encoded"]:
            fail(case, f"encode(decode) {reencoded} != {case['encoded']}")
        prefix, rest = cls.decode_prefix(data + b"\xaa")
        if len(rest) and (bytes(rest) != b"\xaa" or same(prefix, expected, "prefix")):
            fail(case, f"decode_prefix: rest {bytes(rest).hex()}")
        counts["value"] = counts.get("value", 0) + 1
    built = build_deep(cls, expected)
    written = built.encode().hex()
    if written != case["encoded"]:
        fail(case, f"encode(built) {written} != {case['encoded']}")
    out.write(f"{case['index']} {written}\n")


def main():
    with open(cases_path, encoding="utf-8") as f:
        cases = json.load(f)
    with open(out_path, "w", encoding="utf-8") as out:
        for case in cases:
            try:
                check(case, out)
            except Exception as error:  # report every case, not only the first
                fail(case, f"raised {type(error).__name__}: {error}")
    print("checked:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if failures:
        print(f"{len(failures)} failure(s):")
        for line in failures[:40]:
            print("  " + line)
        sys.exit(1)


main()
