//! Writes the seed corpus of every derived fuzz target: one file per valid encoding, in
//! `<dir>/<target>/` (the directory `cargo fuzz run <target>` reads by default when
//! `<dir>` is `fuzz/corpus`).
//!
//! Run: `cargo run -p wire-catalog --example seeds -- fuzz/corpus`.

use std::path::PathBuf;
use wire_catalog::targets::ALL;

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "fuzz/corpus".into()),
    );
    for target in ALL {
        let target_dir = dir.join(target.name);
        std::fs::create_dir_all(&target_dir)?;
        let seeds = target.seeds();
        for (index, seed) in seeds.iter().enumerate() {
            std::fs::write(target_dir.join(format!("seed-{index:02}")), seed)?;
        }
        println!("{}: {} seeds", target_dir.display(), seeds.len());
    }
    Ok(())
}
