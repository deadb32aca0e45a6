//! Prints the results of one or more benchmark runs as one Markdown table per group:
//! for each id, criterion's median time per iteration, and its time as a ratio to the
//! fastest `baseline*` id of the same group in the same run; with several runs, the
//! median of the runs and their spread (min–max).
//!
//! Usage: `cargo run -p wire-benches --release --bin report [RUN_DIR ...]`
//!
//! Each `RUN_DIR` is the criterion directory of one run (`CRITERION_HOME` while the
//! benchmarks ran). Without an argument the one directory is found as criterion itself
//! finds it: `$CRITERION_HOME`, else `$CARGO_TARGET_DIR/criterion`, else the target
//! directory that `cargo metadata` reports, plus `criterion`.
//!
//! Reads `<dir>/<group>/<id>/new/benchmark.json` (the ids and the throughput),
//! `estimates.json` beside it (times in nanoseconds), and the harness's marker
//! `<dir>/<group>/<id>/wire-run.json` (see `wire_benches::run`). It refuses to mix:
//!
//! - a result without a marker was not measured through the harness (an older run, or
//!   a bench target that does not use it): skipped, with a warning;
//! - a result whose estimates do not match its marker's fingerprint was rewritten after
//!   the harness recorded it; a group whose ids come from different processes mixes
//!   runs; a target measured by different builds mixes builds; one run given twice, or
//!   a group whose ids differ between runs, is not three runs: each is an error, and
//!   the report prints no table at all.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use wire_benches::run::{criterion_home, fingerprint, Marker, MARKER_FILE};

/// Groups in the order a reader of the issues expects; any other group follows, sorted.
const PREFERRED_ORDER: &[&str] = &[
    "ipv4_read_all",
    "ipv4_read_two",
    "ipv4_encode",
    "itch_read_all",
    "itch_read_two",
    "itch_encode",
    "varint_decode_one_byte_90",
    "varint_decode_mixed",
    "varint_decode_uniform",
    "varint_decode_protobuf",
    "varint_encode_one_byte_90",
    "varint_encode_mixed",
    "varint_encode_uniform",
    "varint_encode_protobuf",
    "var_encode",
    "var_decode",
    "var_view",
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

/// One id's result in one run.
#[derive(Debug, Clone)]
struct Measurement {
    group: String,
    /// The id within its group.
    id: String,
    /// Criterion's median time of one iteration, in nanoseconds.
    median_ns: f64,
    throughput: Option<Throughput>,
    marker: Marker,
    /// The estimates differ from those the marker vouches for.
    rewritten: bool,
}

/// One run directory's accepted results, by group.
type Run = BTreeMap<String, Vec<Measurement>>;

fn main() -> ExitCode {
    let dirs: Vec<PathBuf> = match env::args_os()
        .skip(1)
        .map(PathBuf::from)
        .collect::<Vec<_>>()
    {
        dirs if dirs.is_empty() => vec![criterion_home()],
        dirs => dirs,
    };
    let mut warnings = Vec::new();
    let mut runs = Vec::new();
    for dir in &dirs {
        if !dir.is_dir() {
            eprintln!(
                "error: no criterion results at {}: run the benchmarks first (with the same \
                 CARGO_TARGET_DIR / CRITERION_HOME), or pass the directory",
                dir.display()
            );
            return ExitCode::FAILURE;
        }
        runs.push(load_run(dir, &mut warnings));
    }
    for warning in &warnings {
        eprintln!("warning: {warning}");
    }
    let errors = check(&runs);
    if !errors.is_empty() {
        for error in &errors {
            eprintln!("error: {error}");
        }
        eprintln!(
            "error: refusing to report mixed results ({} problems)",
            errors.len()
        );
        return ExitCode::FAILURE;
    }
    if runs.iter().all(BTreeMap::is_empty) {
        eprintln!("error: no results recorded by the harness");
        return ExitCode::FAILURE;
    }
    for (dir, run) in dirs.iter().zip(&runs) {
        let mut ids: BTreeSet<(&str, &str, u64)> = BTreeSet::new();
        for m in run.values().flatten() {
            ids.insert((&m.marker.target, &m.marker.build, m.marker.seed));
        }
        let described: Vec<String> = ids
            .iter()
            .map(|(target, build, seed)| format!("{target} (build {build}, seed {seed})"))
            .collect();
        eprintln!("run {}: {}", dir.display(), described.join(", "));
    }
    print!("{}", render(&runs));
    ExitCode::SUCCESS
}

/// Every accepted result under `dir`; what cannot be accepted becomes a warning.
fn load_run(dir: &Path, warnings: &mut Vec<String>) -> Run {
    let mut files = Vec::new();
    find_benchmark_files(dir, &mut files, warnings);
    files.sort();
    let mut run = Run::new();
    for file in &files {
        match load(file) {
            Ok(m) => run.entry(m.group.clone()).or_default().push(m),
            Err(problem) => warnings.push(problem),
        }
    }
    run
}

/// Every `new/benchmark.json` below `dir`: criterion keeps the latest result in `new`,
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

/// One result with its marker, or why it cannot be accepted.
fn load(benchmark_file: &Path) -> Result<Measurement, String> {
    let at = benchmark_file.display();
    let benchmark = read_json(benchmark_file)?;
    let estimates_file = benchmark_file.with_file_name("estimates.json");
    let estimates_bytes = fs::read(&estimates_file)
        .map_err(|err| format!("cannot read {}: {err}", estimates_file.display()))?;
    let estimates: Value = serde_json::from_slice(&estimates_bytes)
        .map_err(|err| format!("{} is not valid JSON: {err}", estimates_file.display()))?;

    let group = benchmark
        .get("group_id")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{at}: no group_id"))?
        .to_owned();
    let id = match (
        benchmark.get("function_id").and_then(Value::as_str),
        benchmark.get("value_str").and_then(Value::as_str),
    ) {
        (Some(function), Some(parameter)) => format!("{function}/{parameter}"),
        (Some(function), None) => function.to_owned(),
        (None, Some(parameter)) => parameter.to_owned(),
        (None, None) => group.clone(),
    };
    let median_ns = estimates
        .get("median")
        .and_then(|m| m.get("point_estimate"))
        .and_then(Value::as_f64)
        .filter(|n| n.is_finite() && *n > 0.0)
        .ok_or_else(|| format!("{at}: estimates without a usable median"))?;
    let throughput = parse_throughput(benchmark.get("throughput"))
        .map_err(|problem| format!("{at}: {problem}"))?;

    // `<id dir>/new/benchmark.json` → `<id dir>/wire-run.json`.
    let marker_file = benchmark_file
        .parent()
        .and_then(Path::parent)
        .map(|id_dir| id_dir.join(MARKER_FILE))
        .ok_or_else(|| format!("{at}: no id directory"))?;
    let marker: Marker = match fs::read(&marker_file) {
        Ok(text) => serde_json::from_slice(&text)
            .map_err(|err| format!("{}: not a marker: {err}", marker_file.display()))?,
        Err(_) => {
            return Err(format!(
                "{group}/{id} in {}: not recorded by the harness (no {MARKER_FILE}); skipped",
                benchmark_file
                    .ancestors()
                    .nth(4)
                    .map_or_else(|| at.to_string(), |d| d.display().to_string())
            ))
        }
    };
    // Not a warning but an error, found by `check`: a result of unknown origin in a
    // group that otherwise looks like one run.
    let rewritten = marker.estimates != fingerprint(&estimates_bytes);
    Ok(Measurement {
        group,
        id,
        median_ns,
        throughput,
        marker,
        rewritten,
    })
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = fs::read(path).map_err(|err| format!("cannot read {}: {err}", path.display()))?;
    serde_json::from_slice(&text)
        .map_err(|err| format!("{} is not valid JSON: {err}", path.display()))
}

/// Everything that makes the runs unfit to report together.
fn check(runs: &[Run]) -> Vec<String> {
    let mut errors = Vec::new();
    let mut builds: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut run_ids: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
    for (index, run) in runs.iter().enumerate() {
        for (group, measurements) in run {
            let processes: BTreeSet<&str> =
                measurements.iter().map(|m| m.marker.run.as_str()).collect();
            if processes.len() > 1 {
                errors.push(format!(
                    "run {}: group {group} mixes ids measured by {} different runs",
                    index + 1,
                    processes.len()
                ));
            }
            for m in measurements {
                if m.rewritten {
                    errors.push(format!(
                        "run {}: {group}/{} was rewritten after the harness recorded it",
                        index + 1,
                        m.id
                    ));
                }
                builds
                    .entry(&m.marker.target)
                    .or_default()
                    .insert(&m.marker.build);
                run_ids.entry(&m.marker.run).or_default().insert(index);
            }
        }
    }
    for (target, set) in &builds {
        if set.len() > 1 {
            errors.push(format!(
                "target {target} was measured by {} different builds",
                set.len()
            ));
        }
    }
    for (run_id, indices) in &run_ids {
        if indices.len() > 1 {
            errors.push(format!(
                "run {run_id} appears in {} of the directories given",
                indices.len()
            ));
        }
    }
    let groups: BTreeSet<&String> = runs.iter().flat_map(BTreeMap::keys).collect();
    for group in groups {
        let id_sets: Vec<BTreeSet<&str>> = runs
            .iter()
            .map(|run| {
                run.get(group)
                    .map(|ms| ms.iter().map(|m| m.id.as_str()).collect())
                    .unwrap_or_default()
            })
            .collect();
        if id_sets.windows(2).any(|pair| pair[0] != pair[1]) {
            errors.push(format!("group {group} has different ids in different runs"));
        }
    }
    errors
}

/// The median of `values` (the mean of the middle two for an even count).
fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// One id across the runs.
struct Row {
    id: String,
    times: Vec<f64>,
    ratios: Vec<f64>,
    throughput: Option<Throughput>,
}

/// The whole report.
fn render(runs: &[Run]) -> String {
    let mut names: Vec<&String> = runs.iter().flat_map(BTreeMap::keys).collect();
    names.sort_by_key(|name| {
        let rank = PREFERRED_ORDER
            .iter()
            .position(|p| p == name)
            .unwrap_or(PREFERRED_ORDER.len());
        (rank, name.as_str())
    });
    names.dedup();

    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} run{}; each time is criterion's median of one run; each ratio is taken within \
         one run, against the fastest `baseline*` id of the group in that run; the table \
         shows the median of the runs and their min–max.\n",
        runs.len(),
        if runs.len() == 1 { "" } else { "s" }
    );
    for name in names {
        out.push_str(&render_group(name, runs));
        out.push('\n');
    }
    out
}

/// One group's table: the baselines first, then the others from fastest to slowest.
fn render_group(name: &str, runs: &[Run]) -> String {
    let mut rows: BTreeMap<&str, Row> = BTreeMap::new();
    let mut fastest: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, run) in runs.iter().enumerate() {
        let Some(measurements) = run.get(name) else {
            continue;
        };
        let baseline = measurements
            .iter()
            .filter(|m| m.id.starts_with("baseline"))
            .min_by(|a, b| a.median_ns.total_cmp(&b.median_ns));
        if let Some(baseline) = baseline {
            fastest.entry(&baseline.id).or_default().push(index + 1);
        }
        for m in measurements {
            let row = rows.entry(&m.id).or_insert_with(|| Row {
                id: m.id.clone(),
                times: Vec::new(),
                ratios: Vec::new(),
                throughput: m.throughput,
            });
            row.times.push(m.median_ns);
            if let Some(baseline) = baseline {
                row.ratios.push(m.median_ns / baseline.median_ns);
            }
        }
    }
    let mut rows: Vec<Row> = rows.into_values().collect();
    let key = |row: &Row| {
        let mut times = row.times.clone();
        (!row.id.starts_with("baseline"), median(&mut times))
    };
    rows.sort_by(|a, b| {
        let (a, b) = (key(a), key(b));
        a.0.cmp(&b.0).then(a.1.total_cmp(&b.1))
    });

    let mut out = String::new();
    let _ = writeln!(out, "#### {name}\n");
    match fastest.len() {
        0 => {
            let _ = writeln!(out, "No `baseline*` id: no ratios.\n");
        }
        1 if rows.iter().filter(|r| r.id.starts_with("baseline")).count() == 1 => {}
        _ => {
            let which: Vec<String> = fastest
                .iter()
                .map(|(id, in_runs)| {
                    let list: Vec<String> = in_runs.iter().map(usize::to_string).collect();
                    format!("`{id}` in run {}", list.join(", "))
                })
                .collect();
            let _ = writeln!(out, "Fastest baseline: {}.\n", which.join("; "));
        }
    }
    let _ = writeln!(
        out,
        "| id | median time | min–max | throughput | time / fastest baseline | min–max |"
    );
    let _ = writeln!(out, "|---|--:|--:|--:|--:|--:|");
    for row in rows {
        let mut times = row.times.clone();
        let time = median(&mut times);
        let (ratio, ratio_spread) = if row.ratios.is_empty() {
            ("n/a".to_owned(), "n/a".to_owned())
        } else {
            let mut ratios = row.ratios.clone();
            let mid = median(&mut ratios);
            (
                format_ratio(mid),
                format!(
                    "{}–{}",
                    format_ratio(ratios[0]),
                    format_ratio(ratios[ratios.len() - 1])
                ),
            )
        };
        let throughput = row
            .throughput
            .map_or_else(|| "—".to_owned(), |t| format_throughput(t, time));
        let _ = writeln!(
            out,
            "| {} | {} | {}–{} | {} | {} | {} |",
            row.id,
            format_time(time),
            format_time(times[0]),
            format_time(times[times.len() - 1]),
            throughput,
            ratio,
            ratio_spread
        );
    }
    out
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

    /// What the harness leaves for one id: criterion's two files and the marker.
    struct Result<'a> {
        group: &'a str,
        id: &'a str,
        median: f64,
        run: &'a str,
        build: &'a str,
    }

    fn write_result(dir: &Path, r: Result<'_>, throughput: &str) {
        let id_dir = dir.join(r.group).join(r.id);
        let new = id_dir.join("new");
        fs::create_dir_all(&new).unwrap();
        fs::write(
            new.join("benchmark.json"),
            format!(
                r#"{{"group_id":"{g}","function_id":"{i}","value_str":null,"throughput":{throughput},"full_id":"{g}/{i}","directory_name":"{g}/{i}","title":"{g}/{i}"}}"#,
                g = r.group,
                i = r.id
            ),
        )
        .unwrap();
        let estimates = format!(
            r#"{{"mean":{{"point_estimate":{m}}},"median":{{"confidence_interval":{{"confidence_level":0.95,"lower_bound":{m},"upper_bound":{m}}},"point_estimate":{m},"standard_error":0.1}},"slope":null}}"#,
            m = r.median
        );
        fs::write(new.join("estimates.json"), &estimates).unwrap();
        let marker = Marker {
            run: r.run.into(),
            build: r.build.into(),
            target: "fixed".into(),
            seed: 1,
            position: 0,
            contenders: 2,
            estimates: fingerprint(estimates.as_bytes()),
        };
        fs::write(
            id_dir.join(MARKER_FILE),
            serde_json::to_string(&marker).unwrap(),
        )
        .unwrap();
    }

    /// A run of one group with two baselines and `wire`.
    fn three_ids(dir: &Path, run: &str, zerocopy: f64, from_be: f64, wire: f64) {
        for (id, median) in [
            ("baseline_zerocopy", zerocopy),
            ("baseline_from_be_bytes", from_be),
            ("wire_view", wire),
        ] {
            let r = Result {
                group: "ipv4_read_all",
                id,
                median,
                run,
                build: "b1",
            };
            write_result(dir, r, r#"{"Bytes":20}"#);
        }
    }

    fn load_all(dirs: &[&Path]) -> (Vec<Run>, Vec<String>) {
        let mut warnings = Vec::new();
        let runs = dirs.iter().map(|d| load_run(d, &mut warnings)).collect();
        (runs, warnings)
    }

    #[test]
    fn three_runs_give_medians_spreads_and_ratios_to_the_fastest_baseline() {
        let root = scratch_dir("three");
        let dirs: Vec<PathBuf> = (1..=3).map(|i| root.join(format!("run{i}"))).collect();
        // The fastest baseline changes between runs; ratios are taken within each run.
        three_ids(&dirs[0], "r1", 2.0, 2.2, 2.1);
        three_ids(&dirs[1], "r2", 2.4, 2.0, 2.2);
        three_ids(&dirs[2], "r3", 2.0, 2.1, 2.0);
        let refs: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
        let (runs, warnings) = load_all(&refs);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(check(&runs).is_empty(), "{:?}", check(&runs));
        let report = render(&runs);
        // wire: times 2.1, 2.2, 2.0; ratios 1.05, 1.10, 1.00.
        assert!(
            report.contains(
                "| wire_view | 2.100 ns | 2.000 ns–2.200 ns | 8.870 GiB/s | 1.05x | 1.00x–1.10x |"
            ),
            "{report}"
        );
        assert!(
            report.contains("Fastest baseline: `baseline_from_be_bytes` in run 2; `baseline_zerocopy` in run 1, 3."),
            "{report}"
        );
        assert!(report.starts_with("3 runs;"), "{report}");
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_group_measured_by_two_runs_is_refused() {
        let dir = scratch_dir("mixed-run");
        three_ids(&dir, "r1", 2.0, 2.2, 2.1);
        // `wire_view` measured again later, by another process.
        let again = Result {
            group: "ipv4_read_all",
            id: "wire_view",
            median: 1.0,
            run: "r2",
            build: "b1",
        };
        write_result(&dir, again, "null");
        let (runs, _) = load_all(&[&dir]);
        let errors = check(&runs);
        assert!(
            errors
                .iter()
                .any(|e| e.contains("mixes ids measured by 2 different runs")),
            "{errors:?}"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn different_builds_and_a_repeated_run_are_refused() {
        let root = scratch_dir("builds");
        let (a, b) = (root.join("a"), root.join("b"));
        three_ids(&a, "r1", 2.0, 2.2, 2.1);
        for id in ["baseline_zerocopy", "baseline_from_be_bytes", "wire_view"] {
            let r = Result {
                group: "ipv4_read_all",
                id,
                median: 2.0,
                run: "r2",
                build: "b2",
            };
            write_result(&b, r, "null");
        }
        let (runs, _) = load_all(&[&a, &b]);
        let errors = check(&runs);
        assert!(
            errors.iter().any(|e| e.contains("2 different builds")),
            "{errors:?}"
        );
        let (runs, _) = load_all(&[&a, &a]);
        let errors = check(&runs);
        assert!(
            errors.iter().any(|e| e.contains("appears in 2")),
            "{errors:?}"
        );
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn rewritten_estimates_are_refused_and_unmarked_results_skipped() {
        let dir = scratch_dir("rewritten");
        three_ids(&dir, "r1", 2.0, 2.2, 2.1);
        let estimates = dir.join("ipv4_read_all/wire_view/new/estimates.json");
        let text = fs::read_to_string(&estimates)
            .unwrap()
            .replace("2.1", "1.9");
        fs::write(&estimates, text).unwrap();
        // A result criterion saved without the harness.
        let other = dir.join("frame_decode_64B/wire/new");
        fs::create_dir_all(&other).unwrap();
        fs::write(
            other.join("benchmark.json"),
            r#"{"group_id":"frame_decode_64B","function_id":"wire"}"#,
        )
        .unwrap();
        fs::write(
            other.join("estimates.json"),
            r#"{"median":{"point_estimate":5.0}}"#,
        )
        .unwrap();
        let (runs, warnings) = load_all(&[&dir]);
        assert!(
            warnings
                .iter()
                .any(|w| w.contains("not recorded by the harness")),
            "{warnings:?}"
        );
        assert!(!runs[0].contains_key("frame_decode_64B"));
        let errors = check(&runs);
        assert!(
            errors.iter().any(|e| e.contains("wire_view was rewritten")),
            "{errors:?}"
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_group_with_different_ids_in_different_runs_is_refused() {
        let root = scratch_dir("ids");
        let (a, b) = (root.join("a"), root.join("b"));
        three_ids(&a, "r1", 2.0, 2.2, 2.1);
        three_ids(&b, "r2", 2.0, 2.2, 2.1);
        fs::remove_dir_all(b.join("ipv4_read_all/wire_view")).unwrap();
        let (runs, _) = load_all(&[&a, &b]);
        let errors = check(&runs);
        assert!(
            errors.iter().any(|e| e.contains("different ids")),
            "{errors:?}"
        );
        fs::remove_dir_all(&root).unwrap();
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
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0]), 2.5);
    }
}
