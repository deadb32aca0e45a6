//! Benchmark support code shared by the bench targets.
