//! Python.

use super::Schema;

/// A Python module for `schemas`.
pub fn generate(schemas: &[&'static Schema]) -> String {
    let _ = schemas;
    String::new()
}
