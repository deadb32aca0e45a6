//! The name an export gives each type. Types are told apart by module path and name
//! ([`Schema::is_same_type`]), but every format names them by a single word: a JSON
//! `name`, a Markdown heading, a Python class, a Lua table key. A type keeps its own name
//! unless another type of the same export has it too; then each of those is qualified by
//! as many trailing segments of its module path as tell them apart (`orders::Quote` and
//! `quotes::Quote`, from `feed::orders` and `feed::quotes`), so two types never merge
//! and an export without such a clash is unchanged.
//!
//! Each renderer is a tree of small functions that reach named types through `Type`
//! values, and the names depend on the whole export rather than on one type; so an
//! export's entry point installs them for the duration of the call ([`scoped`]) and
//! [`export_name`] reads them, instead of every helper taking one more parameter.

use std::borrow::Cow;
use std::cell::RefCell;
use wire_schema::Schema;

thread_local! {
    // The qualified names of the export being rendered on this thread: only the types
    // whose name clashes, as (module, name, export name).
    static CLASHES: RefCell<Vec<(&'static str, &'static str, String)>> =
        const { RefCell::new(Vec::new()) };
}

/// Runs `render` with the export names of `all` (every type of one export) installed,
/// then restores the names that were installed before (an export may render another).
pub(crate) fn scoped<R>(all: &[&'static Schema], render: impl FnOnce() -> R) -> R {
    let previous = CLASHES.with(|c| c.replace(clashes(all)));
    // Restored on unwind too, so a panicking render leaves no stale names behind.
    struct Restore(Option<Vec<(&'static str, &'static str, String)>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            if let Some(previous) = self.0.take() {
                CLASHES.with(|c| *c.borrow_mut() = previous);
            }
        }
    }
    let _restore = Restore(Some(previous));
    render()
}

/// The name of `schema` in the export being rendered: its own name, or its qualified name
/// (`module::Name`, with `::` between segments) when it clashes.
pub(crate) fn export_name(schema: &Schema) -> Cow<'static, str> {
    CLASHES.with(|c| {
        c.borrow()
            .iter()
            .find(|(module, name, _)| *module == schema.module && *name == schema.name)
            .map_or(Cow::Borrowed(schema.name), |(_, _, qualified)| {
                Cow::Owned(qualified.clone())
            })
    })
}

/// The types of `all` whose name another type of `all` has too, with their qualified
/// names.
fn clashes(all: &[&'static Schema]) -> Vec<(&'static str, &'static str, String)> {
    let mut out = Vec::new();
    for (i, schema) in all.iter().enumerate() {
        let same_name: Vec<&Schema> = all
            .iter()
            .filter(|other| other.name == schema.name && !other.is_same_type(schema))
            .copied()
            .collect();
        if same_name.is_empty() || all[..i].iter().any(|s| s.is_same_type(schema)) {
            continue;
        }
        out.push((schema.module, schema.name, qualified(schema, &same_name)));
    }
    out
}

/// `schema`'s name behind the fewest trailing module segments that no type of `others`
/// (same name, other module) ends with; the whole path when one module path ends with
/// the other.
fn qualified(schema: &Schema, others: &[&Schema]) -> String {
    let segments: Vec<&str> = schema.module.split("::").collect();
    for take in 1..=segments.len() {
        let suffix = segments[segments.len() - take..].join("::");
        let clash = others
            .iter()
            .any(|other| other.module == suffix || other.module.ends_with(&format!("::{suffix}")));
        if !clash {
            return format!("{suffix}::{}", schema.name);
        }
    }
    schema.path()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wire_schema::{Body, Enum};

    const fn schema(module: &'static str, name: &'static str) -> Schema {
        Schema {
            name,
            module,
            doc: "",
            body: Body::Enum(Enum {
                bytes: 1,
                values: &[],
                other: None,
            }),
        }
    }

    static A: Schema = schema("feed::orders", "Quote");
    static B: Schema = schema("feed::quotes", "Quote");
    static C: Schema = schema("feed::orders", "Side");
    static D: Schema = schema("quotes", "Quote");

    #[test]
    fn only_clashing_names_are_qualified_by_the_fewest_segments() {
        let names = scoped(&[&A, &B, &C], || [&A, &B, &C].map(export_name));
        assert_eq!(names, ["orders::Quote", "quotes::Quote", "Side"]);
        // Outside an export, and after one, every type has its own name.
        assert_eq!(export_name(&A), "Quote");
    }

    #[test]
    fn a_module_path_that_ends_with_another_is_qualified_whole() {
        let names = scoped(&[&B, &D], || [&B, &D].map(export_name));
        assert_eq!(names, ["feed::quotes::Quote", "quotes::Quote"]);
    }

    #[test]
    fn a_nested_export_restores_the_outer_names() {
        scoped(&[&A, &B], || {
            assert_eq!(scoped(&[&A], || export_name(&A)), "Quote");
            assert_eq!(export_name(&A), "orders::Quote");
        });
    }
}
