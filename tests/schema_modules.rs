//! Two types of the same name in different modules are different types: the schema
//! carries each one's module path, a closure keeps both, and every export tells them
//! apart by qualifying the clashing names with their modules (and leaves the others as
//! they are).

use wire::prelude::*;
use wire::schema::{json, lua, markdown_all, python, HasSchema, Registry, Schema};

mod orders {
    use wire::prelude::*;

    /// A quote on an order book: a price and a size.
    #[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
    #[wire(endian = "big")]
    pub struct Quote {
        pub price: u32,
        pub size: u16,
    }
}

mod rfq {
    use wire::prelude::*;

    /// A request for quote's answer: who asked, and until when it stands.
    #[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
    #[wire(endian = "big")]
    pub struct Quote {
        pub request_id: u64,
        pub expires: u32,
    }
}

/// Holds one of each.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "big")]
pub struct Book {
    pub best: orders::Quote,
    pub answer: rfq::Quote,
}

fn book() -> &'static Schema {
    <Book as HasSchema>::SCHEMA
}

#[test]
fn the_schema_names_the_module_and_the_closure_keeps_both() {
    assert_eq!(
        orders::Quote::SCHEMA.module,
        concat!(module_path!(), "::orders")
    );
    assert_eq!(rfq::Quote::SCHEMA.module, concat!(module_path!(), "::rfq"));
    assert!(!orders::Quote::SCHEMA.is_same_type(rfq::Quote::SCHEMA));
    let closure: Vec<String> = book().closure().iter().map(|s| s.path()).collect();
    assert_eq!(
        closure,
        [
            concat!(module_path!(), "::Book"),
            concat!(module_path!(), "::orders::Quote"),
            concat!(module_path!(), "::rfq::Quote"),
        ]
    );
    let mut registry = Registry::new("book");
    registry
        .add::<Book>()
        .add::<orders::Quote>()
        .add::<rfq::Quote>();
    assert_eq!(registry.schemas().len(), 3);
}

#[test]
fn json_names_each_quote_by_its_module() {
    let doc = json::to_json(&[book()]);
    let names: Vec<&str> = doc["types"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["name"].as_str())
        .collect();
    assert_eq!(names, ["Book", "orders::Quote", "rfq::Quote"]);
    let fields = &doc["types"][0]["fields"];
    assert_eq!(fields[0]["type"]["name"], "orders::Quote");
    assert_eq!(fields[1]["type"]["name"], "rfq::Quote");
    assert_eq!(doc["types"][2]["fields"][0]["name"], "request_id");
}

#[test]
fn markdown_gives_each_quote_a_heading_and_links_to_it() {
    let text = markdown_all(&[book()]);
    let headings: Vec<&str> = text.lines().filter(|l| l.starts_with("## ")).collect();
    assert_eq!(
        headings,
        ["## `Book`", "## `orders::Quote`", "## `rfq::Quote`"]
    );
    // GitHub's anchors of those headings: lower case, punctuation dropped.
    assert!(text.contains("[`orders::Quote`](#ordersquote)"), "{text}");
    assert!(text.contains("[`rfq::Quote`](#rfqquote)"), "{text}");
}

#[test]
fn python_defines_a_class_per_quote_and_decodes_each() {
    let module = python::generate(&[book()]);
    assert!(module.contains("class orders_Quote(_WireStruct):"));
    assert!(module.contains("class rfq_Quote(_WireStruct):"));
    assert!(!module.contains("class Quote("));
    let bytes = Book {
        best: orders::Quote {
            price: 1_923_400,
            size: 100,
        },
        answer: rfq::Quote {
            request_id: 7,
            expires: 60,
        },
    }
    .encode_to_vec();
    let script = format!(
        "{module}\n\nb = Book.decode(bytes.fromhex({hex:?}))\n\
         assert b == Book(orders_Quote(1923400, 100), rfq_Quote(7, 60)), b\n\
         assert type(b.best) is orders_Quote and type(b.answer) is rfq_Quote\n",
        hex = bytes.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    );
    let dir = std::env::temp_dir().join(format!("wire-schema-modules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("book.py");
    std::fs::write(&path, script).expect("write the module");
    let output = std::process::Command::new("python3")
        .arg(&path)
        .output()
        .expect("python3 must be installed to run the generated module");
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_dissector_gives_each_quote_its_own_protocol_and_fields() {
    let options = lua::DissectorOptions::new("book").message_type(1, book());
    let script = lua::generate(&[], &options);
    assert!(
        script.contains(r#"P["orders_quote"] = Proto("book.orders_quote", "book orders::Quote")"#),
        "{script}"
    );
    assert!(script.contains(r#"P["rfq_quote"] = Proto("book.rfq_quote", "book rfq::Quote")"#));
    assert!(script.contains(r#"ProtoField.uint64("book.rfq_quote.request_id""#));
    assert!(script.contains(r#"ProtoField.uint32("book.orders_quote.price""#));
}

#[test]
fn an_export_without_a_clash_keeps_plain_names() {
    let doc = json::to_json(&[orders::Quote::SCHEMA]);
    assert_eq!(doc["types"][0]["name"], "Quote");
    assert!(python::generate(&[rfq::Quote::SCHEMA]).contains("class Quote(_WireStruct):"));
}
