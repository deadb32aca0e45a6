#!/usr/bin/env python3
"""Compile-time cost of `#[derive(Wire)]`, against zerocopy's derives alone.

Generates crates of N structs in a few shapes, each crate alone in its own workspace
with its own target directory, and measures for each:

- the rebuild time of the crate after its source is touched (wall clock of
  `cargo build`, debug and release), median, min and max of K runs after one warm-up;
- the expanded source per struct: `cargo +nightly rustc -- -Zunpretty=expanded`, run
  through `rustfmt`, lines divided by N;
- the macro expansion time: nightly's `-Z time-passes` line `macro_expand_crate`, which
  covers running every derive (loading the proc-macro, parsing, expanding) and nothing
  after it (type checking and code generation of the output are other passes).

Shapes (see `benches/README.md`): `fixed` (8 integers), `bits` (8 fields, one 4+4 bit
pair), `var` (4 integers, a string, bytes, a varint, a list), `union` (the `fixed`
structs and one tagged union over all of them). `fixed` and `bits` are also built with
zerocopy 0.8's derives alone (`FromBytes, IntoBytes, KnownLayout, Immutable,
Unaligned` over byte-order field types), the baseline; zerocopy has no equivalent of
`var` and `union`, which are compared with the `fixed` crates instead.

Builds are interleaved: each round rebuilds every crate once, in an order that
alternates between rounds, so that the load of a shared machine falls on all of them
alike; ratios are taken within each round and their median reported.

Writes a Markdown report to stdout and the numbers to `<out>/compile-time.json`.
Not run in CI: it takes minutes and its figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SHAPES = ("fixed", "bits", "var", "union")
PROFILES = ("debug", "release")
# zerocopy has no bit fields, length prefixes, varints or tagged unions: only these
# shapes have a zerocopy twin.
ZEROCOPY_SHAPES = ("fixed", "bits")
FIELDS_PER_STRUCT = 8


class BuildError(Exception):
    """A command of the measurement failed; carries what the compiler said."""

    def __init__(self, what: str, command: list[str], cwd: Path, output: str) -> None:
        super().__init__(what)
        self.what = what
        self.command = command
        self.cwd = cwd
        self.output = output


# ---------------------------------------------------------------- generated sources


def wire_struct(shape: str, i: int) -> str:
    """One struct of `shape` with `#[derive(Wire)]`, named `S{i}`."""
    if shape in ("fixed", "union"):
        return f"""
#[derive(::wire::Wire)]
#[wire(endian = "big")]
pub struct S{i} {{
    pub a: u8,
    pub b: u16,
    pub c: u32,
    pub d: u64,
    pub e: u16,
    pub f: u32,
    pub g: u8,
    pub h: u64,
}}
"""
    if shape == "bits":
        # The shape: 8 big-endian fields, one 4+4 bit pair.
        return f"""
#[derive(::wire::Wire)]
#[wire(endian = "big")]
pub struct S{i} {{
    #[wire(bits = 4)]
    pub a: u8,
    #[wire(bits = 4)]
    pub b: u8,
    pub c: u16,
    pub d: u32,
    pub e: u64,
    pub f: u16,
    pub g: u32,
    pub h: u64,
}}
"""
    if shape == "var":
        return f"""
#[derive(::wire::Wire)]
#[wire(endian = "big")]
pub struct S{i}<'a> {{
    pub a: u8,
    pub b: u16,
    pub c: u32,
    pub d: u64,
    #[wire(len = "u8", max_len = 32)]
    pub e: &'a str,
    #[wire(len = "u16")]
    pub f: &'a [u8],
    #[wire(varint)]
    pub g: u64,
    #[wire(len = "u8", max_len = 16)]
    pub h: ::std::vec::Vec<u32>,
}}
"""
    raise ValueError(shape)


def wire_union(n: int) -> str:
    """A tagged union over `S0..S{n-1}`, with an `other` variant as a gateway keeps."""
    tag = "u8" if n < 256 else "u16"
    variants = "".join(f"    #[wire(id = {i})]\n    V{i}(S{i}),\n" for i in range(n))
    return f"""
#[derive(::wire::Wire)]
#[wire(tag = "{tag}", endian = "big")]
pub enum Message<'a> {{
{variants}    #[wire(other)]
    Unknown({tag}, &'a [u8]),
}}
"""


def zerocopy_struct(shape: str, i: int) -> str:
    """The zerocopy twin of `wire_struct(shape, i)`: same bytes, same field order."""
    if shape == "fixed":
        fields = ["u8", "U16", "U32", "U64", "U16", "U32", "u8", "U64"]
    elif shape == "bits":
        # The 4+4 bit pair is one byte: zerocopy has no bit fields.
        fields = ["u8", "U16", "U32", "U64", "U16", "U32", "U64"]
    else:
        raise ValueError(shape)
    names = "abcdefgh"
    body = "".join(
        f"    pub {names[k]}: {ty if ty == 'u8' else ty + '<BigEndian>'},\n"
        for k, ty in enumerate(fields)
    )
    return f"""
#[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Unaligned)]
#[repr(C)]
pub struct S{i} {{
{body}}}
"""


def lib_source(kind: str, shape: str, n: int) -> str:
    header = f"//! Generated by benches/compile-time/measure.py: {n} `{shape}` structs, {kind}.\n"
    if kind == "wire":
        items = [wire_struct(shape, i) for i in range(n)]
        if shape == "union":
            items.append(wire_union(n))
        return header + "".join(items)
    uses = (
        "use zerocopy::byteorder::{BigEndian, U16, U32, U64};\n"
        "use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout, Unaligned};\n"
    )
    return header + uses + "".join(zerocopy_struct(shape, i) for i in range(n))


def manifest(kind: str, shape: str, wire_path: Path) -> str:
    if kind == "wire":
        dep = f'wire = {{ path = {json.dumps(str(wire_path))} }}'
    else:
        dep = 'zerocopy = { version = "0.8", features = ["derive"] }'
    # An empty [workspace] keeps the crate out of any workspace above the scratch dir.
    return f"""[package]
name = "ct-{kind}-{shape}"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "src/lib.rs"

[dependencies]
{dep}

[workspace]
"""


@dataclass
class Crate:
    kind: str  # "wire" or "zerocopy"
    shape: str
    dir: Path
    times: dict[str, list[float]] = field(default_factory=dict)
    cpu_times: dict[str, list[float]] = field(default_factory=dict)
    expanded_lines: int | None = None
    source_lines: int | None = None
    expand_note: str = ""
    macro_seconds: list[float] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.kind}-{self.shape}"


def write_if_changed(path: Path, text: str) -> None:
    # An unchanged file keeps its mtime, so a re-run's warm-up finds the crate built.
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def write_crate(out: Path, kind: str, shape: str, n: int, wire_path: Path) -> Crate:
    root = out / f"{kind}-{shape}"
    (root / "src").mkdir(parents=True, exist_ok=True)
    write_if_changed(root / "Cargo.toml", manifest(kind, shape, wire_path))
    write_if_changed(root / "src" / "lib.rs", lib_source(kind, shape, n))
    # The lock file of the measured checkout: both kinds build the same zerocopy (and
    # the same syn, quote, …) as `wire` does, and no registry look-up is needed.
    lock = wire_path / "Cargo.lock"
    if lock.exists() and not (root / "Cargo.lock").exists():
        shutil.copyfile(lock, root / "Cargo.lock")
    return Crate(kind, shape, root)


# ---------------------------------------------------------------- running


def run(command: list[str], cwd: Path, what: str, env: dict[str, str] | None = None) -> str:
    """Runs `command`; returns stdout and stderr together, raises BuildError on failure."""
    proc = subprocess.run(
        command,
        check=False,
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    if proc.returncode != 0:
        raise BuildError(what, command, cwd, proc.stdout)
    return proc.stdout


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cargo_build(crate: Crate, profile: str, toolchain: str | None) -> tuple[float, float]:
    """Wall clock and CPU time (user + sys of cargo and the rustc it waited for)."""
    command = ["cargo"]
    if toolchain:
        command.append(f"+{toolchain}")
    command += ["build", "--lib", "--quiet"]
    if profile == "release":
        command.append("--release")
    cpu = children_cpu()
    start = time.perf_counter()
    run(command, crate.dir, f"cargo build ({profile}) of {crate.name}")
    return time.perf_counter() - start, children_cpu() - cpu


def touch(crate: Crate) -> None:
    # A later mtime than the last build's fingerprint: cargo rebuilds this crate only.
    os.utime(crate.dir / "src" / "lib.rs")


def nightly_available() -> bool:
    proc = subprocess.run(["cargo", "+nightly", "--version"], check=False, capture_output=True)
    return proc.returncode == 0


def nightly_rustc(crate: Crate, target_dir: Path, rustc_args: list[str], what: str) -> str:
    # A target dir of their own: nightly artifacts would otherwise evict the stable ones
    # the timed builds reuse. `--profile check`: the dependencies only need metadata.
    command = [
        "cargo", "+nightly", "rustc", "--lib", "--profile", "check", "--quiet",
        "--target-dir", str(target_dir), "--", *rustc_args,
    ]
    return run(command, crate.dir, what)


def count_expanded(crate: Crate, target_dir: Path) -> None:
    expanded = nightly_rustc(
        crate, target_dir, ["-Zunpretty=expanded"], f"expansion of {crate.name}"
    )
    crate.source_lines = len((crate.dir / "src" / "lib.rs").read_text().splitlines())
    proc = subprocess.run(
        ["rustfmt", "--edition", "2021"],
        check=False,
        input=expanded,
        capture_output=True,
        text=True,
    )
    if proc.returncode == 0:
        crate.expanded_lines = len(proc.stdout.splitlines())
    else:
        # Unformatted lines are not comparable with formatted ones: say so in the table.
        crate.expanded_lines = len(expanded.splitlines())
        crate.expand_note = "rustfmt refused the expansion; unformatted lines"


MACRO_EXPAND = re.compile(r"time:\s+([0-9.]+);.*\smacro_expand_crate\s*$", re.MULTILINE)


def time_macro_expansion(crate: Crate, target_dir: Path) -> float:
    output = nightly_rustc(
        crate, target_dir, ["-Ztime-passes"], f"-Z time-passes of {crate.name}"
    )
    match = MACRO_EXPAND.search(output)
    if match is None:
        raise BuildError(
            f"no macro_expand_crate line in -Z time-passes of {crate.name}",
            ["cargo", "+nightly", "rustc", "--", "-Ztime-passes"],
            crate.dir,
            output,
        )
    return float(match.group(1))


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


# ---------------------------------------------------------------- report


@dataclass
class Spread:
    median: float
    low: float
    high: float

    @staticmethod
    def of(values: list[float]) -> Spread:
        return Spread(statistics.median(values), min(values), max(values))

    def seconds(self) -> str:
        return f"{self.median:.2f} s ({self.low:.2f}–{self.high:.2f})"

    def ratio(self) -> str:
        return f"{self.median:.2f}x ({self.low:.2f}–{self.high:.2f})"

    def as_json(self) -> dict[str, float]:
        return {"median": self.median, "min": self.low, "max": self.high}


def expanded(crate: Crate) -> int:
    if crate.expanded_lines is None:
        raise ValueError(f"{crate.name} was not expanded")
    return crate.expanded_lines


def per_round_ratios(a: list[float], b: list[float]) -> Spread:
    # Both were rebuilt in the same round, one after the other: a drift of the machine's
    # load between rounds cancels in each ratio.
    return Spread.of([x / y for x, y in zip(a, b)])


def rebuild_table(
    crates: dict[str, Crate],
    args: argparse.Namespace,
    metric: str,
    title: str,
    data: dict[str, Any],
) -> list[str]:
    def of(crate: Crate, profile: str) -> list[float]:
        return (crate.times if metric == "wall" else crate.cpu_times)[profile]

    lines = [title, "", "| shape | profile | wire | zerocopy | wire / zerocopy | wire / wire `fixed` |",
             "|---|---|---|---|---|---|"]
    base_w = crates.get("wire-fixed")
    for shape in args.shapes:
        w = crates[f"wire-{shape}"]
        z = crates.get(f"zerocopy-{shape}")
        for profile in args.profiles:
            wt = of(w, profile)
            row: dict[str, Any] = {
                "metric": metric, "shape": shape, "profile": profile, "wire": Spread.of(wt).as_json()
            }
            zcol = ratio = vs_fixed = "—"
            if z is not None:
                zt = of(z, profile)
                zcol = Spread.of(zt).seconds()
                r = per_round_ratios(wt, zt)
                ratio = r.ratio()
                row["zerocopy"] = Spread.of(zt).as_json()
                row["wire_over_zerocopy"] = r.as_json()
            if base_w is not None and shape != "fixed":
                r = per_round_ratios(wt, of(base_w, profile))
                vs_fixed = r.ratio()
                row["wire_over_wire_fixed"] = r.as_json()
            lines.append(f"| {shape} | {profile} | {Spread.of(wt).seconds()} | {zcol} | {ratio} | {vs_fixed} |")
            data["rows"].append(row)
    lines.append("")
    return lines


def report(
    crates: dict[str, Crate], args: argparse.Namespace, context: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    n = args.structs
    lines: list[str] = []
    data: dict[str, Any] = {"context": context, "crates": {}, "rows": []}
    lines.append(f"Structs per crate: {n}; runs: {args.runs} after one warm-up; "
                 f"{context['rustc']}; load average {context['load_before']} before, "
                 f"{context['load_after']} after.")
    lines.append("")
    for metric, title in (
        ("wall", "Rebuild after touching the source (wall clock of `cargo build`), median (min–max):"),
        ("cpu", ("The same rebuilds in CPU time (user + sys of cargo and rustc; "
                 "less sensitive to a shared machine's load), median (min–max):")),
    ):
        lines += rebuild_table(crates, args, metric, title, data)

    if args.nightly:
        lines.append("Expanded source (`-Zunpretty=expanded` through `rustfmt`), lines per struct, and "
                     "macro expansion time (`-Z time-passes`, `macro_expand_crate`), median (min–max):")
        lines.append("")
        lines.append("| shape | wire lines / struct | zerocopy lines / struct | wire / zerocopy | "
                     "wire / wire `fixed` | wire macro expansion | zerocopy macro expansion | "
                     "wire / zerocopy | wire / wire `fixed` |")
        lines.append("|---|---|---|---|---|---|---|---|---|")
        base_w = crates.get("wire-fixed")
        for shape in args.shapes:
            w = crates[f"wire-{shape}"]
            z = crates.get(f"zerocopy-{shape}")
            wl = expanded(w) / n
            zl = zr = zm = mr = fl = fm = "—"
            if z is not None:
                zl = f"{expanded(z) / n:,.0f}"
                zr = f"{expanded(w) / expanded(z):.2f}x"
                zm = Spread.of(z.macro_seconds).seconds()
                mr = per_round_ratios(w.macro_seconds, z.macro_seconds).ratio()
            if base_w is not None and shape != "fixed":
                fl = f"{expanded(w) / expanded(base_w):.2f}x"
                fm = per_round_ratios(w.macro_seconds, base_w.macro_seconds).ratio()
            lines.append(f"| {shape} | {wl:,.0f} | {zl} | {zr} | {fl} | "
                         f"{Spread.of(w.macro_seconds).seconds()} | {zm} | {mr} | {fm} |")
        notes = [f"{c.name}: {c.expand_note}" for c in crates.values() if c.expand_note]
        if notes:
            lines.append("")
            lines += [f"Note: {note}" for note in notes]
    else:
        reason = "--no-nightly" if args.no_nightly else "nightly not installed"
        lines.append(f"Expanded lines and macro expansion time: skipped: {reason}.")

    for crate in crates.values():
        data["crates"][crate.name] = {
            "kind": crate.kind,
            "shape": crate.shape,
            "rebuild_seconds": crate.times,
            "rebuild_cpu_seconds": crate.cpu_times,
            "expanded_lines": crate.expanded_lines,
            "expanded_lines_per_struct": (crate.expanded_lines / n) if crate.expanded_lines else None,
            "source_lines": crate.source_lines,
            "macro_expand_seconds": crate.macro_seconds,
            "note": crate.expand_note or None,
        }
    return "\n".join(lines) + "\n", data


# ---------------------------------------------------------------- main


def parse_list(value: str, allowed: tuple[str, ...], what: str) -> list[str]:
    items = [item.strip() for item in value.split(",") if item.strip()]
    unknown = [item for item in items if item not in allowed]
    if unknown or not items:
        raise argparse.ArgumentTypeError(
            f"unknown {what} {', '.join(unknown) or '(none given)'}; choose from {', '.join(allowed)}"
        )
    return items


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--wire", type=Path, default=REPO,
                   help="the wire checkout to measure (default: this repository)")
    p.add_argument("--structs", type=int, default=50, help="structs per crate (default 50)")
    p.add_argument("--runs", type=int, default=5, help="timed rebuilds per crate and profile (default 5)")
    p.add_argument("--shapes", type=lambda v: parse_list(v, SHAPES, "shape"), default=list(SHAPES),
                   help="comma-separated, from " + ",".join(SHAPES))
    p.add_argument("--profile", dest="profiles", type=lambda v: parse_list(v, PROFILES, "profile"),
                   default=list(PROFILES), help="comma-separated, from debug,release")
    p.add_argument("--out", type=Path, default=None,
                   help="scratch directory (default: <wire>/target/compile-time)")
    p.add_argument("--no-nightly", action="store_true",
                   help="skip the expanded lines and macro expansion time even if nightly is installed")
    args = p.parse_args(argv)
    args.wire = args.wire.resolve()
    if not (args.wire / "Cargo.toml").exists():
        p.error(f"--wire {args.wire}: no Cargo.toml there")
    if args.structs < 1 or args.runs < 1:
        p.error("--structs and --runs must be at least 1")
    if args.out is None:
        args.out = args.wire / "target" / "compile-time"
    args.out = args.out.resolve()
    if "union" in args.shapes and "fixed" not in args.shapes:
        # The union crate is read against the fixed one: it holds the same structs.
        args.shapes.insert(0, "fixed")
    if any(s in args.shapes for s in ("var", "union")) and "fixed" not in args.shapes:
        args.shapes.insert(0, "fixed")
    args.nightly = not args.no_nightly and nightly_available()
    return args


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure(args: argparse.Namespace) -> int:
    args.out.mkdir(parents=True, exist_ok=True)
    crates: dict[str, Crate] = {}
    for shape in args.shapes:
        kinds = ["wire"] + (["zerocopy"] if shape in ZEROCOPY_SHAPES else [])
        for kind in kinds:
            crate = write_crate(args.out, kind, shape, args.structs, args.wire)
            crates[crate.name] = crate
    order = list(crates.values())

    rustc = run(["rustc", "--version"], args.out, "rustc --version").strip()
    context = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "rustc": rustc,
        "structs": args.structs,
        "runs": args.runs,
        "wire": str(args.wire),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "load_before": loadavg(),
    }
    progress(f"compile-time: {len(order)} crates in {args.out}; load average {context['load_before']}")

    # Warm-up: builds the dependencies (wire, zerocopy, syn, …) into each crate's target
    # dir, and the crate once, so that each timed rebuild compiles only the crate.
    for crate in order:
        for profile in args.profiles:
            progress(f"  warm-up {crate.name} {profile}")
            cargo_build(crate, profile, None)
            crate.times[profile] = []
            crate.cpu_times[profile] = []

    for k in range(args.runs):
        # Alternate the order between rounds: no crate is always built first after a pause.
        round_order = order if k % 2 == 0 else list(reversed(order))
        for crate in round_order:
            for profile in args.profiles:
                touch(crate)
                seconds, cpu = cargo_build(crate, profile, None)
                crate.times[profile].append(seconds)
                crate.cpu_times[profile].append(cpu)
                progress(f"    {crate.name} {profile}: {seconds:.2f} s, cpu {cpu:.2f} s")
        progress(f"  round {k + 1}/{args.runs} done; load average {loadavg()}")

    if args.nightly:
        nightly_target = args.out / "nightly-target"
        for crate in order:
            progress(f"  expanding {crate.name}")
            count_expanded(crate, nightly_target)
        for k in range(args.runs):
            round_order = order if k % 2 == 0 else list(reversed(order))
            for crate in round_order:
                touch(crate)
                seconds = time_macro_expansion(crate, nightly_target)
                crate.macro_seconds.append(seconds)
                progress(f"    {crate.name} macro expansion: {seconds:.3f} s")
        context["rustc_nightly"] = run(
            ["rustc", "+nightly", "--version"], args.out, "rustc +nightly --version"
        ).strip()

    context["load_after"] = loadavg()
    table, data = report(crates, args, context)
    json_path = args.out / "compile-time.json"
    json_path.write_text(json.dumps(data, indent=2) + "\n")
    sys.stdout.write(table)
    progress(f"compile-time: numbers written to {json_path}")
    return 0


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    try:
        return measure(args)
    except BuildError as error:
        print(f"error: {error.what} failed", file=sys.stderr)
        print(f"  in {error.cwd}: {' '.join(error.command)}", file=sys.stderr)
        print("---- compiler output ----", file=sys.stderr)
        print(error.output.rstrip(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
