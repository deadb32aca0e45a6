//! Wireshark Lua.

use super::Schema;

/// A Wireshark dissector for `schemas`.
pub fn generate(schemas: &[&'static Schema]) -> String {
    let _ = schemas;
    String::new()
}
