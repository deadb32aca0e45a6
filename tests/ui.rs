//! Compile-time checks of `#[derive(Wire)]`: each file under `tests/ui/` is a type the
//! derive must refuse, with the message it must give beside it (`.stderr`).
//!
//! After an intended change of a message, regenerate with `TRYBUILD=overwrite cargo test
//! --test ui` and review the diff.

#[test]
fn compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
