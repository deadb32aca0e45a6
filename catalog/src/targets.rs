//! The fuzz targets, by shape, each over a few catalog entries so that every one gets
//! enough runs to reach depth. A target's input is one byte that picks the entry (modulo
//! their number) and the bytes the entry's oracle runs on.
//!
//! The `fuzz_target!`s in `fuzz/` only call [`Target::run`]; the regression test here
//! replays every crash input through the same function.

use crate::oracle::{check, Entry};
use crate::{fixed, recursive, tagged, var, versioned};

/// One catalog entry, as a target runs it.
#[derive(Clone, Copy)]
pub struct Runner {
    /// The entry's name.
    pub name: &'static str,
    /// [`check`] on the entry.
    pub check: fn(&[u8]),
    /// The entry's valid encodings.
    pub seeds: fn() -> Vec<Vec<u8>>,
}

impl Runner {
    /// The runner of entry `E`.
    pub const fn of<E: Entry>() -> Self {
        Runner {
            name: E::NAME,
            check: check::<E>,
            seeds: E::seeds,
        }
    }
}

/// A fuzz target: its name (the file in `fuzz/fuzz_targets/`) and its entries.
pub struct Target {
    /// The target's name.
    pub name: &'static str,
    /// The entries it covers; an input's first byte picks one.
    pub entries: &'static [Runner],
}

impl Target {
    /// Runs the oracle of the entry `input[0]` picks on the rest of `input`.
    pub fn run(&self, input: &[u8]) {
        let Some((&pick, bytes)) = input.split_first() else {
            return;
        };
        let runner = &self.entries[usize::from(pick) % self.entries.len()];
        (runner.check)(bytes);
    }

    /// Valid inputs of this target: every seed of every entry, after the byte that picks
    /// the entry.
    pub fn seeds(&self) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        for (index, runner) in self.entries.iter().enumerate() {
            let pick = u8::try_from(index).expect("fewer than 256 entries");
            for seed in (runner.seeds)() {
                out.push([&[pick], seed.as_slice()].concat());
            }
        }
        out
    }
}

/// Fixed-layout structs.
pub const DERIVE_FIXED: Target = Target {
    name: "derive_fixed",
    entries: &[
        Runner::of::<fixed::Ipv4HeaderEntry>(),
        Runner::of::<fixed::AddOrderEntry>(),
        Runner::of::<fixed::DeviceEntry>(),
        Runner::of::<fixed::SignalsEntry>(),
        Runner::of::<fixed::QuoteEntry>(),
    ],
};

/// Variable-length messages.
pub const DERIVE_VAR: Target = Target {
    name: "derive_var",
    entries: &[
        Runner::of::<var::SnapshotEntry>(),
        Runner::of::<var::RecordEntry>(),
    ],
};

/// Tagged unions.
pub const DERIVE_UNION: Target = Target {
    name: "derive_union",
    entries: &[
        Runner::of::<tagged::ItchEntry>(),
        Runner::of::<tagged::EnvelopeEntry>(),
        Runner::of::<tagged::CommandEntry>(),
        Runner::of::<tagged::BatchEntry>(),
    ],
};

/// Versioned messages.
pub const DERIVE_VERSIONED: Target = Target {
    name: "derive_versioned",
    entries: &[
        Runner::of::<versioned::QuoteV1Entry>(),
        Runner::of::<versioned::QuoteV2Entry>(),
        Runner::of::<versioned::QuoteV3Entry>(),
    ],
};

/// Recursive types.
pub const DERIVE_RECURSIVE: Target = Target {
    name: "derive_recursive",
    entries: &[
        Runner::of::<recursive::TreeNodeEntry>(),
        Runner::of::<recursive::ExprEntry>(),
    ],
};

/// Every target.
pub const ALL: [&Target; 5] = [
    &DERIVE_FIXED,
    &DERIVE_VAR,
    &DERIVE_UNION,
    &DERIVE_VERSIONED,
    &DERIVE_RECURSIVE,
];
