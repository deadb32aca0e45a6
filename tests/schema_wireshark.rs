#![cfg(feature = "schema")]
mod schema_catalog;
use schema_catalog::*;

#[test]
fn placeholder() {
    println!("{:#?}", Device::SCHEMA);
    println!("{:#?}", Snapshot::SCHEMA);
    println!("{:#?}", Envelope::SCHEMA.name);
}
