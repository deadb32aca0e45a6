//! The oracle on every catalog entry: its seeds, every truncation of them, and mutated
//! copies; then every crash input a derived fuzz target found (`fuzz/regressions/`),
//! replayed through the target. CI's smoke run of the fuzz targets.

use std::path::Path;
use wire::prelude::*;
use wire::DecodeError;
use wire_catalog::recursive::{Expr, TreeNode};
use wire_catalog::targets::{Target, ALL, DERIVE_RECURSIVE};

/// Mutated inputs per entry: enough to reach every error path of the seeds, in a few
/// seconds in a debug build.
const MUTATIONS: usize = 20_000;

/// xorshift64: deterministic, so a failure here replays.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// `seed` with a few bytes changed, inserted or removed.
fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 if at < out.len() => out[at] ^= 1 << rng.below(8),
            1 if at < out.len() => out[at] = rng.next() as u8,
            2 if at < out.len() => out[at] = [0, 1, 0x7f, 0x80, 0xff][rng.below(5)],
            3 => out.insert(at, rng.next() as u8),
            4 if at < out.len() => {
                out.remove(at);
            }
            _ => out.truncate(at),
        }
    }
    out
}

fn smoke(target: &Target) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let seeds = target.seeds();
    assert!(!seeds.is_empty());
    for seed in &seeds {
        for len in 0..=seed.len() {
            target.run(&seed[..len]);
        }
    }
    for _ in 0..MUTATIONS * target.entries.len() {
        let seed = &seeds[rng.below(seeds.len())];
        target.run(&mutate(&mut rng, seed));
    }
}

#[test]
fn fixed_layouts() {
    smoke(&wire_catalog::targets::DERIVE_FIXED);
}

#[test]
fn variable_messages() {
    smoke(&wire_catalog::targets::DERIVE_VAR);
}

#[test]
fn tagged_unions() {
    smoke(&wire_catalog::targets::DERIVE_UNION);
}

#[test]
fn versioned_messages() {
    smoke(&wire_catalog::targets::DERIVE_VERSIONED);
}

#[test]
fn recursive_types() {
    smoke(&DERIVE_RECURSIVE);
}

/// The crash inputs of the derived targets, by target.
fn regressions() -> Vec<(&'static Target, String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("fuzz/regressions exists") {
        let path = entry.expect("a readable directory").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let Some(target) = ALL
            .into_iter()
            .find(|t| name.starts_with(&format!("{}-", t.name)))
        else {
            continue;
        };
        out.push((target, name, std::fs::read(&path).unwrap()));
    }
    out
}

#[test]
fn every_crash_input_replays_cleanly() {
    for (target, name, input) in regressions() {
        eprintln!("replaying {name}");
        target.run(&input);
    }
}

/// A tree of `depth` levels below its root, each node with one child: a node is its `u32`
/// id and a one-byte count.
fn nested_tree(depth: usize) -> Vec<u8> {
    let mut bytes = [0, 0, 0, 0, 1].repeat(depth);
    bytes.extend([0, 0, 0, 0, 0]);
    bytes
}

/// An expression of `depth` groups, each holding the next, around a literal: a group is its
/// tag (2) and a one-byte count, a literal its tag (1) and an `i32`.
fn nested_expr(depth: usize) -> Vec<u8> {
    let mut bytes = [2, 1].repeat(depth);
    bytes.extend([1, 0, 0, 0, 0]);
    bytes
}

/// Shallow nesting reads, whatever the depth limit.
#[test]
fn shallow_nesting_reads() {
    assert!(TreeNode::decode(&nested_tree(50)).is_ok());
    assert!(Expr::decode(&nested_expr(50)).is_ok());
    DERIVE_RECURSIVE.run(&[&[0], nested_tree(50).as_slice()].concat());
    DERIVE_RECURSIVE.run(&[&[1], nested_expr(50).as_slice()].concat());
}

/// Nesting far deeper than the stack holds: `view` and `decode` refuse it with the same
/// `DepthExceeded` (the default limit is 100 levels), and the oracle agrees.
#[test]
fn deep_nesting_is_refused_with_depth_exceeded() {
    for (pick, bytes) in [(0, nested_tree(100_000)), (1, nested_expr(100_000))] {
        let decoded = match pick {
            0 => TreeNode::decode(&bytes).err(),
            _ => Expr::decode(&bytes).err(),
        };
        assert!(
            matches!(decoded, Some(DecodeError::DepthExceeded { limit: 100, .. })),
            "{decoded:?}"
        );
        let viewed = match pick {
            0 => TreeNode::view(&bytes).err(),
            _ => Expr::view(&bytes).err(),
        };
        assert_eq!(viewed, decoded);
        DERIVE_RECURSIVE.run(&[&[pick], bytes.as_slice()].concat());
    }
}

/// Nesting a little above the limit (a thousand levels, which the stack holds): refused
/// the same way.
#[test]
fn nesting_above_the_limit_is_refused_with_depth_exceeded() {
    let decoded = TreeNode::decode(&nested_tree(1000)).err();
    assert!(
        matches!(
            decoded,
            Some(DecodeError::DepthExceeded {
                field: "children",
                limit: 100,
                ..
            })
        ),
        "{decoded:?}"
    );
    assert_eq!(TreeNode::view(&nested_tree(1000)).err(), decoded);
    let decoded = Expr::decode(&nested_expr(1000)).err();
    assert!(
        matches!(decoded, Some(DecodeError::DepthExceeded { limit: 100, .. })),
        "{decoded:?}"
    );
    assert_eq!(Expr::view(&nested_expr(1000)).err(), decoded);
}
