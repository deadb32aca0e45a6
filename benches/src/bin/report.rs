//! Prints criterion's saved results as one Markdown table per benchmark group, with each
//! id's mean time, its throughput where the benchmark declared one, and its time ratio
//! to the group's `baseline*` id.
//!
//! Usage: `cargo run -p wire-benches --release --bin report [CRITERION_DIR]`
//!
//! Without an argument the directory is found as criterion itself finds it:
//! `$CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`, else the target directory
//! that `cargo metadata` reports, plus `criterion`, else `target/criterion`. Criterion
//! runs a benchmark from its package directory, so a relative path is looked up there
//! first, then from the current directory.
//!
//! Reads `<dir>/<group>/<id>/new/benchmark.json` (the ids, as criterion recorded them,
//! and the throughput) and `estimates.json` beside it (times in nanoseconds). Missing
//! or unreadable files are reported and skipped; the report never panics on them.

use serde_json::Value;
use std::collections::BTreeMap;
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Groups in the order a reader of issue 3 expects; any other group follows, sorted.
const PREFERRED_ORDER: &[&str] = &[
    "ipv4_read_all",
    "ipv4_read_two",
    "ipv4_encode",
    "itch_read_all",
    "itch_read_two",
    "itch_encode",
    "varint_decode",
    "varint_encode",
    "frame_decode_64B",
    "frame_decode_1KiB",
    "frame_decode_crc_64B",
    "frame_decode_crc_1KiB",
];

/// What one benchmark declared it processes per iteration.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Throughput {
    /// Bytes, shown in binary units (KiB/s), as criterion does.
    Bytes(u64),
    /// Bytes, shown in decimal units (kB/s).
    BytesDecimal(u64),
    /// Bits, shown in decimal units.
    Bits(u64),
    /// Elements (messages, values, …).
    Elements(u64),
    /// Both; criterion treats elements as the primary one.
    ElementsAndBytes { elements: u64, bytes: u64 },
}

/// One benchmark's saved result.
#[derive(Debug, Clone)]
struct Measurement {
    /// The id within its group (function id, plus `/parameter` when there is one).
    id: String,
    /// Mean time of one iteration in nanoseconds, with its confidence interval.
    mean_ns: f64,
    lower_ns: f64,
    upper_ns: f64,
    throughput: Option<Throughput>,
}

fn main() -> ExitCode {
    let dir = match env::args_os().nth(1) {
        Some(arg) => PathBuf::from(arg),
        None => criterion_home(),
    };
    if !dir.is_dir() {
        eprintln!(
            "error: no criterion results at {}: run `cargo bench -p wire-benches` first \
             (with the same CARGO_TARGET_DIR / CRITERION_HOME), or pass the directory",
            dir.display()
        );
        return ExitCode::FAILURE;
    }

    let mut problems = Vec::new();
    let mut benchmark_files = Vec::new();
    find_benchmark_files(&dir, &mut benchmark_files, &mut problems);
    benchmark_files.sort();

    let mut groups: BTreeMap<String, Vec<Measurement>> = BTreeMap::new();
    for file in &benchmark_files {
        match load(file) {
            Ok((group, measurement)) => groups.entry(group).or_default().push(measurement),
            Err(problem) => problems.push(problem),
        }
    }

    if groups.is_empty() {
        eprintln!("error: no benchmark results found under {}", dir.display());
        for problem in &problems {
            eprintln!("error: {problem}");
        }
        return ExitCode::FAILURE;
    }

    // The directory goes to stderr: stdout is Markdown meant to be pasted as it is.
    eprintln!("criterion results from {}", dir.display());
    print!("{}", render(groups, &mut problems));
    for problem in &problems {
        eprintln!("warning: {problem}");
    }
    ExitCode::SUCCESS
}

/// Where criterion writes, decided as criterion 0.8 decides it (`default_output_directory`).
fn criterion_home() -> PathBuf {
    if let Some(home) = env::var_os("CRITERION_HOME") {
        return resolve_like_criterion(PathBuf::from(home));
    }
    if let Some(target) = env::var_os("CARGO_TARGET_DIR") {
        return resolve_like_criterion(PathBuf::from(target).join("criterion"));
    }
    if let Some(target) = cargo_metadata_target_dir() {
        return target.join("criterion");
    }
    resolve_like_criterion(PathBuf::from("target/criterion"))
}

/// A relative path as the benchmark saw it: `cargo bench` runs it from the package
/// directory (which `cargo run` exports as `CARGO_MANIFEST_DIR`), while this binary may
/// run from anywhere.
fn resolve_like_criterion(path: PathBuf) -> PathBuf {
    if path.is_absolute() {
        return path;
    }
    if let Some(package_dir) = env::var_os("CARGO_MANIFEST_DIR") {
        let from_package = PathBuf::from(package_dir).join(&path);
        if from_package.is_dir() {
            return from_package;
        }
    }
    path
}

/// The target directory of the workspace, as criterion finds it without the env vars.
fn cargo_metadata_target_dir() -> Option<PathBuf> {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps"])
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let metadata: Value = serde_json::from_slice(&output.stdout).ok()?;
    metadata
        .get("target_directory")?
        .as_str()
        .map(PathBuf::from)
}

/// Every `new/benchmark.json` below `dir`: criterion keeps the latest run in `new`,
/// the previous one in `base`, and its HTML in `report`, which are skipped.
fn find_benchmark_files(dir: &Path, found: &mut Vec<PathBuf>, problems: &mut Vec<String>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(format!("cannot list {}: {err}", dir.display()));
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_dir() {
            continue;
        }
        if path.file_name().is_some_and(|name| name == "new") {
            let file = path.join("benchmark.json");
            if file.is_file() {
                found.push(file);
            } else if path.join("estimates.json").is_file() {
                problems.push(format!(
                    "{} has estimates but no benchmark.json",
                    path.display()
                ));
            }
        } else {
            find_benchmark_files(&path, found, problems);
        }
    }
}

/// One result: its group and measurement, or why it cannot be read.
fn load(benchmark_file: &Path) -> Result<(String, Measurement), String> {
    let benchmark = read_json(benchmark_file)?;
    let estimates = read_json(&benchmark_file.with_file_name("estimates.json"))?;
    let at = benchmark_file.display();

    let group = benchmark
        .get("group_id")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{at}: no group_id"))?
        .to_owned();
    let function = benchmark.get("function_id").and_then(Value::as_str);
    let parameter = benchmark.get("value_str").and_then(Value::as_str);
    let id = match (function, parameter) {
        (Some(function), Some(parameter)) => format!("{function}/{parameter}"),
        (Some(function), None) => function.to_owned(),
        (None, Some(parameter)) => parameter.to_owned(),
        (None, None) => group.clone(),
    };

    let mean = estimates
        .get("mean")
        .ok_or_else(|| format!("{at}: estimates without a mean"))?;
    let number = |value: Option<&Value>, what: &str| {
        value
            .and_then(Value::as_f64)
            .filter(|n| n.is_finite() && *n >= 0.0)
            .ok_or_else(|| format!("{at}: estimates without a usable {what}"))
    };
    let mean_ns = number(mean.get("point_estimate"), "mean")?;
    let interval = mean.get("confidence_interval");
    let lower_ns = number(interval.and_then(|i| i.get("lower_bound")), "lower bound")?;
    let upper_ns = number(interval.and_then(|i| i.get("upper_bound")), "upper bound")?;
    let throughput = parse_throughput(benchmark.get("throughput"))
        .map_err(|problem| format!("{at}: {problem}"))?;

    Ok((
        group,
        Measurement {
            id,
            mean_ns,
            lower_ns,
            upper_ns,
            throughput,
        },
    ))
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = fs::read(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    serde_json::from_slice(&text)
        .map_err(|err| format!("{} is not valid JSON: {err}", path.display()))
}

/// Criterion serializes its `Throughput` enum the serde way: `null`, `{"Bytes": 20}`,
/// or `{"ElementsAndBytes": {"elements": 1, "bytes": 20}}`.
fn parse_throughput(value: Option<&Value>) -> Result<Option<Throughput>, String> {
    let Some(value) = value.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let unknown = || format!("unknown throughput {value}");
    let object = value
        .as_object()
        .filter(|o| o.len() == 1)
        .ok_or_else(unknown)?;
    let (kind, amount) = object.iter().next().ok_or_else(unknown)?;
    let count = |v: Option<&Value>| v.and_then(Value::as_u64).ok_or_else(unknown);
    Ok(Some(match kind.as_str() {
        "Bytes" => Throughput::Bytes(count(Some(amount))?),
        "BytesDecimal" => Throughput::BytesDecimal(count(Some(amount))?),
        "Bits" => Throughput::Bits(count(Some(amount))?),
        "Elements" => Throughput::Elements(count(Some(amount))?),
        "ElementsAndBytes" => Throughput::ElementsAndBytes {
            elements: count(amount.get("elements"))?,
            bytes: count(amount.get("bytes"))?,
        },
        _ => return Err(unknown()),
    }))
}

/// The whole report.
fn render(groups: BTreeMap<String, Vec<Measurement>>, problems: &mut Vec<String>) -> String {
    let mut names: Vec<&String> = groups.keys().collect();
    names.sort_by_key(|name| {
        let rank = PREFERRED_ORDER
            .iter()
            .position(|p| p == name)
            .unwrap_or(PREFERRED_ORDER.len());
        (rank, name.as_str())
    });

    let mut out = String::new();
    for name in names {
        let mut rows = groups[name].clone();
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&render_group(name, &mut rows, problems));
    }
    out
}

/// One group's table: the baseline first, then the others from fastest to slowest.
fn render_group(name: &str, rows: &mut [Measurement], problems: &mut Vec<String>) -> String {
    rows.sort_by(|a, b| {
        let a_key = (!a.id.starts_with("baseline"), a.mean_ns);
        let b_key = (!b.id.starts_with("baseline"), b.mean_ns);
        a_key
            .partial_cmp(&b_key)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let baselines: Vec<&Measurement> = rows
        .iter()
        .filter(|m| m.id.starts_with("baseline"))
        .collect();
    let baseline_ns = match baselines.as_slice() {
        [] => {
            problems.push(format!("group {name} has no `baseline*` id: no ratios"));
            None
        }
        [only] => Some(only.mean_ns),
        [first, ..] => {
            problems.push(format!(
                "group {name} has {} `baseline*` ids; ratios are to `{}`",
                baselines.len(),
                first.id
            ));
            Some(first.mean_ns)
        }
    };

    let mut out = String::new();
    let _ = writeln!(out, "### {name}\n");
    let _ = writeln!(
        out,
        "| id | mean time | 95% CI of the mean | throughput | time / baseline (lower is better) |"
    );
    let _ = writeln!(out, "|---|--:|--:|--:|--:|");
    for m in rows.iter() {
        let ratio = match baseline_ns {
            Some(base) if base > 0.0 => format_ratio(m.mean_ns / base),
            _ => "n/a".to_owned(),
        };
        let throughput = m
            .throughput
            .map_or_else(|| "—".to_owned(), |t| format_throughput(t, m.mean_ns));
        let _ = writeln!(
            out,
            "| {} | {} | {} – {} | {} | {} |",
            m.id,
            format_time(m.mean_ns),
            format_time(m.lower_ns),
            format_time(m.upper_ns),
            throughput,
            ratio
        );
    }
    out
}

/// A duration in nanoseconds with a unit that keeps 3–4 significant digits.
fn format_time(ns: f64) -> String {
    let (value, unit) = if ns < 1.0 {
        (ns * 1e3, "ps")
    } else if ns < 1e3 {
        (ns, "ns")
    } else if ns < 1e6 {
        (ns / 1e3, "µs")
    } else if ns < 1e9 {
        (ns / 1e6, "ms")
    } else {
        (ns / 1e9, "s")
    };
    format!("{} {unit}", significant(value))
}

/// Per-second rates, in the units criterion uses for each kind.
fn format_throughput(throughput: Throughput, mean_ns: f64) -> String {
    if mean_ns <= 0.0 {
        return "n/a".to_owned();
    }
    let per_second = |amount: u64| amount as f64 / (mean_ns * 1e-9);
    match throughput {
        Throughput::Bytes(n) => scaled(
            per_second(n),
            1024.0,
            &["B/s", "KiB/s", "MiB/s", "GiB/s", "TiB/s"],
        ),
        Throughput::BytesDecimal(n) => scaled(
            per_second(n),
            1000.0,
            &["B/s", "kB/s", "MB/s", "GB/s", "TB/s"],
        ),
        Throughput::Bits(n) => scaled(
            per_second(n),
            1000.0,
            &["b/s", "Kb/s", "Mb/s", "Gb/s", "Tb/s"],
        ),
        Throughput::Elements(n) => scaled(
            per_second(n),
            1000.0,
            &["elem/s", "Kelem/s", "Melem/s", "Gelem/s", "Telem/s"],
        ),
        Throughput::ElementsAndBytes { elements, bytes } => format!(
            "{}, {}",
            format_throughput(Throughput::Elements(elements), mean_ns),
            format_throughput(Throughput::Bytes(bytes), mean_ns)
        ),
    }
}

fn scaled(mut value: f64, step: f64, units: &[&str]) -> String {
    let mut unit = 0;
    while value >= step && unit + 1 < units.len() {
        value /= step;
        unit += 1;
    }
    format!("{} {}", significant(value), units[unit])
}

/// 4 significant digits for values under 1000, whole numbers above.
fn significant(value: f64) -> String {
    if value >= 1000.0 {
        format!("{value:.0}")
    } else if value >= 100.0 {
        format!("{value:.1}")
    } else if value >= 10.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.3}")
    }
}

fn format_ratio(ratio: f64) -> String {
    if ratio >= 100.0 {
        format!("{ratio:.0}x")
    } else if ratio >= 10.0 {
        format!("{ratio:.1}x")
    } else {
        format!("{ratio:.2}x")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch_dir(name: &str) -> PathBuf {
        let dir = env::temp_dir().join(format!("wire-report-test-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn write_result(dir: &Path, group: &str, id: &str, mean: f64, throughput: &str) {
        let new = dir.join(group).join(id).join("new");
        fs::create_dir_all(&new).unwrap();
        fs::write(
            new.join("benchmark.json"),
            format!(
                r#"{{"group_id":"{group}","function_id":"{id}","value_str":null,"throughput":{throughput},"full_id":"{group}/{id}","directory_name":"{group}/{id}","title":"{group}/{id}"}}"#
            ),
        )
        .unwrap();
        fs::write(
            new.join("estimates.json"),
            format!(
                r#"{{"mean":{{"confidence_interval":{{"confidence_level":0.95,"lower_bound":{lo},"upper_bound":{hi}}},"point_estimate":{mean},"standard_error":0.1}},"median":null,"slope":null}}"#,
                lo = mean * 0.99,
                hi = mean * 1.01
            ),
        )
        .unwrap();
    }

    #[test]
    fn tables_have_ratios_to_the_baseline_and_throughput() {
        let dir = scratch_dir("ratios");
        write_result(
            &dir,
            "ipv4_read_all",
            "baseline_zerocopy",
            2.0,
            r#"{"Bytes":20}"#,
        );
        write_result(&dir, "ipv4_read_all", "deku", 1000.0, r#"{"Bytes":20}"#);
        write_result(
            &dir,
            "varint_decode",
            "baseline_prost",
            4.0,
            r#"{"Elements":1000}"#,
        );
        let mut files = Vec::new();
        let mut problems = Vec::new();
        find_benchmark_files(&dir, &mut files, &mut problems);
        let mut groups: BTreeMap<String, Vec<Measurement>> = BTreeMap::new();
        for file in &files {
            let (group, m) = load(file).unwrap();
            groups.entry(group).or_default().push(m);
        }
        let report = render(groups, &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(
            report.contains(
                "| baseline_zerocopy | 2.000 ns | 1.980 ns – 2.020 ns | 9.313 GiB/s | 1.00x |"
            ),
            "{report}"
        );
        assert!(report.contains("| deku | 1.000 µs |"), "{report}");
        assert!(report.contains("| 500x |"), "{report}");
        assert!(report.contains("250.0 Gelem/s"), "{report}");
        // The issue's groups come first.
        assert!(report.find("### ipv4_read_all") < report.find("### varint_decode"));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn partial_data_is_reported_not_fatal() {
        let dir = scratch_dir("partial");
        write_result(&dir, "g", "wire", 3.0, "null");
        // A result without estimates, and one with garbage estimates.
        let broken = dir.join("g").join("broken").join("new");
        fs::create_dir_all(&broken).unwrap();
        fs::write(
            broken.join("benchmark.json"),
            r#"{"group_id":"g","function_id":"broken"}"#,
        )
        .unwrap();
        let garbage = dir.join("g").join("garbage").join("new");
        fs::create_dir_all(&garbage).unwrap();
        fs::write(
            garbage.join("benchmark.json"),
            r#"{"group_id":"g","function_id":"garbage"}"#,
        )
        .unwrap();
        fs::write(garbage.join("estimates.json"), "{not json").unwrap();

        let mut files = Vec::new();
        let mut problems = Vec::new();
        find_benchmark_files(&dir, &mut files, &mut problems);
        assert_eq!(files.len(), 3);
        let loaded: Vec<_> = files.iter().map(|f| load(f)).collect();
        assert_eq!(loaded.iter().filter(|r| r.is_err()).count(), 2);
        let mut groups: BTreeMap<String, Vec<Measurement>> = BTreeMap::new();
        for (group, m) in loaded.into_iter().flatten() {
            groups.entry(group).or_default().push(m);
        }
        let report = render(groups, &mut problems);
        assert!(report.contains("| wire | 3.000 ns |"), "{report}");
        assert!(report.contains("| — | n/a |"), "{report}");
        assert!(
            problems.iter().any(|p| p.contains("no `baseline*` id")),
            "{problems:?}"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn throughput_kinds_parse() {
        let parse = |s: &str| parse_throughput(Some(&serde_json::from_str(s).unwrap()));
        assert_eq!(parse("null"), Ok(None));
        assert_eq!(parse(r#"{"Bytes":64}"#), Ok(Some(Throughput::Bytes(64))));
        assert_eq!(
            parse(r#"{"ElementsAndBytes":{"elements":2,"bytes":8}}"#),
            Ok(Some(Throughput::ElementsAndBytes {
                elements: 2,
                bytes: 8
            }))
        );
        assert!(parse(r#"{"Furlongs":1}"#).is_err());
        assert!(parse(r#""Bytes""#).is_err());
    }

    #[test]
    fn units_scale() {
        assert_eq!(format_time(0.5), "500.0 ps");
        assert_eq!(format_time(1234.0), "1.234 µs");
        assert_eq!(format_time(2.5e9), "2.500 s");
        assert_eq!(
            format_throughput(Throughput::Bytes(1024), 1e9),
            "1.000 KiB/s"
        );
        assert_eq!(format_ratio(1.049), "1.05x");
    }
}
