//! What a benchmark run records beside the results criterion saves, so that the `report`
//! binary can refuse to mix runs or builds.
//!
//! Criterion keeps one result per id (`<home>/<group>/<id>/new/estimates.json`) and
//! overwrites it whenever that id runs again, whichever binary ran it. A table built from
//! such a directory may put a contender measured today beside a baseline measured
//! yesterday by another build, and nothing in criterion's files tells. So the harness
//! (`benches/common/mod.rs`) writes a [`Marker`] next to every result it has just
//! produced: the process that measured it (`run`), the benchmark binary (`build`, a hash
//! of the executable), the contender order of that run, and a hash of the estimates the
//! marker vouches for. The report accepts a result only with a marker whose hash matches,
//! and a group only when every one of its ids comes from one run.

use serde::{Deserialize, Serialize};
use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The marker's file name, beside criterion's `new/` directory of an id.
pub const MARKER_FILE: &str = "wire-run.json";

/// One measured id: who measured it and what it measured.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    /// The process that took the measurement: start time and process id.
    pub run: String,
    /// FNV-1a 64 of the benchmark executable, in hex: equal for equal builds.
    pub build: String,
    /// The bench target (`fixed`, `varint`, …).
    pub target: String,
    /// The seed that ordered the groups and contenders of this run.
    pub seed: u64,
    /// Where this id ran in its group's order (0-based), out of `contenders`.
    pub position: usize,
    /// How many ids the group ran.
    pub contenders: usize,
    /// FNV-1a 64 of the `new/estimates.json` this marker vouches for, in hex.
    pub estimates: String,
}

/// FNV-1a, 64 bits (Fowler, Noll, Vo): a fingerprint, not a defence against forgery;
/// it only has to tell two builds or two result files apart.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash = 0xcbf2_9ce4_8422_2325u64;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// [`fnv1a`] as the hex text markers carry.
pub fn fingerprint(bytes: &[u8]) -> String {
    format!("{:016x}", fnv1a(bytes))
}

/// The directory of one id's results: `<home>/<group>/<id>`. Groups and ids are plain
/// `[a-z0-9_]` names (the harness asserts it), which criterion uses unchanged as
/// directory names.
pub fn id_dir(home: &Path, group: &str, id: &str) -> PathBuf {
    home.join(group).join(id)
}

/// Where criterion writes, decided as criterion 0.8 decides it: `$CRITERION_HOME`, else
/// `$CARGO_TARGET_DIR/criterion`, else the target directory `cargo metadata` reports,
/// plus `criterion`, else `target/criterion`.
pub fn criterion_home() -> PathBuf {
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

/// A relative path as a benchmark saw it: `cargo bench` runs it from the package
/// directory (which `cargo run` exports as `CARGO_MANIFEST_DIR`), while the report may
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
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).ok()?;
    metadata
        .get("target_directory")?
        .as_str()
        .map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fingerprint(b"foobar"), "85944171f73967e8");
    }

    #[test]
    fn markers_round_trip_through_json() {
        let marker = Marker {
            run: "1700000000.000000001-42".into(),
            build: fingerprint(b"binary"),
            target: "fixed".into(),
            seed: 7,
            position: 2,
            contenders: 8,
            estimates: fingerprint(b"{}"),
        };
        let text = serde_json::to_string(&marker).unwrap();
        assert_eq!(serde_json::from_str::<Marker>(&text).unwrap(), marker);
    }
}
