//! Exports the layout of the `market_feed` demo's protocol: the ITCH 5.0 messages it sends
//! (the tagged union `Msg` and every message in it) and the MoldUDP64 packet header, as
//! Markdown, JSON, a Python module and a Wireshark dissector.
//!
//! ```sh
//! cargo run --features schema --example export_schema -- [DIR]   # default: target/schema
//! ```
//!
//! Then, for instance: `python3 -c 'import sys; sys.path.insert(0, "target/schema");
//! import itch; print(itch.Msg.decode(bytes.fromhex("44" + "00" * 18)))'`, or open a
//! capture of the demo in Wireshark with `-X lua_script:target/schema/itch.lua`.

#![deny(warnings, missing_docs)]

use market_feed::feed;
use std::path::PathBuf;
use wire::schema::lua::DissectorOptions;
use wire::schema::Registry;

/// The TCP port the dissector claims: the demo picks a free port at run time, so this is
/// a suggestion, changeable in Wireshark's protocol preferences.
const TCP_PORT: u16 = 7600;

fn main() -> std::io::Result<()> {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/schema"), PathBuf::from);

    let mut registry = Registry::new("itch");
    registry.add::<feed::Msg>().add::<feed::MoldHeader>();
    // The demo's frames carry the whole `Msg` (type byte included) whatever their type.
    registry.dissector(
        DissectorOptions::new("itch")
            .tcp_port(TCP_PORT)
            .default_schema(<feed::Msg as wire::schema::HasSchema>::SCHEMA),
    );

    for path in registry.write_all(&dir)? {
        let bytes = std::fs::metadata(&path)?.len();
        println!("wrote {} ({bytes} bytes)", path.display());
    }
    let names: Vec<&str> = registry.schemas().iter().map(|s| s.name).collect();
    println!("types: {}", names.join(", "));
    Ok(())
}
