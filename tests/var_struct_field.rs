//! `#[wire(variable)]`: a variable-length struct or tagged union as a plain field,
//! encoded inline after the fixed block, with no prefix.

use wire::prelude::*;
use wire::DecodeError;

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Name {
    #[wire(len = "u8")]
    text: String,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
enum Body {
    #[wire(id = 1)]
    Named(Name),
    #[wire(id = 2)]
    Empty,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Envelope {
    kind: u16,
    #[wire(variable)]
    name: Name,
    #[wire(variable)]
    body: Body,
    #[wire(len = "u8")]
    trailer: Vec<u8>,
}

fn envelope() -> Envelope {
    Envelope {
        kind: 7,
        name: Name { text: "ab".into() },
        body: Body::Named(Name { text: "c".into() }),
        trailer: vec![9],
    }
}

const ENVELOPE_BYTES: [u8; 10] = [0, 7, 2, b'a', b'b', 1, 1, b'c', 1, 9];

#[test]
fn a_variable_struct_is_inline_after_the_block() {
    assert_eq!(envelope().encode_to_vec(), ENVELOPE_BYTES);
    assert_eq!(envelope().encoded_len(), 10);
    assert_eq!(Envelope::decode(&ENVELOPE_BYTES).unwrap(), envelope());
    let view = Envelope::view(&ENVELOPE_BYTES).unwrap();
    // The accessor returns the field's own view.
    assert_eq!(view.name().text(), "ab");
    match view.body() {
        BodyView::Named(name) => assert_eq!(name.text(), "c"),
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(view.trailer(), [9]);
}

#[test]
fn errors_inside_it_carry_absolute_offsets() {
    let mut bytes = ENVELOPE_BYTES;
    bytes[5] = 3; // an unknown tag
    assert!(matches!(
        Envelope::decode(&bytes),
        Err(DecodeError::UnknownTag { offset: 5, .. })
    ));
    assert!(matches!(
        Envelope::view(&ENVELOPE_BYTES[..4]),
        Err(DecodeError::Truncated {
            field: "text",
            offset: 2,
            ..
        })
    ));
}

#[test]
fn it_is_in_lists_and_options_of_the_outer_type() {
    #[derive(Wire, Debug, PartialEq)]
    #[wire(endian = "big")]
    struct Many {
        #[wire(len = "u8")]
        items: Vec<Envelope>,
        #[wire(len = "u8")]
        text: Option<String>,
    }
    let many = Many {
        items: vec![envelope(), envelope()],
        text: None,
    };
    let bytes = many.encode_to_vec();
    assert_eq!(Many::decode(&bytes).unwrap(), many);
    let view = Many::view(&bytes).unwrap();
    let names: Vec<_> = view.items().iter().map(|e| e.name().text()).collect();
    assert_eq!(names, ["ab", "ab"]);
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big", max_depth = 1)]
struct Outer {
    #[wire(variable)]
    middle: Middle,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Middle {
    #[wire(variable)]
    inner: Name,
}

#[test]
fn it_counts_one_level_of_nesting() {
    let bytes = Outer {
        middle: Middle {
            inner: Name { text: "x".into() },
        },
    }
    .encode_to_vec();
    assert_eq!(bytes, [1, b'x']);
    let exceeded = DecodeError::DepthExceeded {
        field: "inner",
        offset: 0,
        limit: 1,
    };
    assert_eq!(Outer::decode(&bytes), Err(exceeded));
    assert_eq!(Outer::view(&bytes).unwrap_err(), exceeded);
    assert!(Middle::decode(&bytes).is_ok());
}

#[test]
fn the_schema_places_it_after_the_block() {
    use wire::schema::{Place, Type};
    let s = Envelope::SCHEMA.as_struct().unwrap();
    let Type::Named(name) = s.fields[1].ty else {
        panic!("{:?}", s.fields[1].ty);
    };
    assert_eq!(name.name, "Name");
    assert_eq!(s.fields[1].place, Place::Variable { index: 0 });
    assert_eq!(s.fields[2].place, Place::Variable { index: 1 });
    assert!(!s.fixed_size);
}

#[test]
fn max_encoded_len_takes_the_field_s_bound() {
    assert_eq!(
        Envelope::MAX_ENCODED_LEN,
        2 + (1 + 255) + (1 + 1 + 255) + (1 + 255)
    );
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big", version = 1)]
struct GreetingV1 {
    id: u16,
    #[wire(variable)]
    name: Name,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big", version = 2)]
struct GreetingV2 {
    id: u16,
    #[wire(variable)]
    name: Name,
    #[wire(variable, since = 2, default = Name { text: "?".into() })]
    nick: Name,
}

#[test]
fn it_keeps_the_versioning_rules() {
    let name = |text: &str| Name { text: text.into() };
    let old = GreetingV1 {
        id: 1,
        name: name("a"),
    }
    .encode_to_vec();
    let new = GreetingV2 {
        id: 1,
        name: name("a"),
        nick: name("b"),
    }
    .encode_to_vec();
    assert_eq!(
        GreetingV2::decode(&old).unwrap(),
        GreetingV2 {
            id: 1,
            name: name("a"),
            nick: name("?")
        }
    );
    assert_eq!(
        GreetingV1::decode(&new).unwrap(),
        GreetingV1 {
            id: 1,
            name: name("a")
        }
    );
    let view = GreetingV2::view(&old).unwrap();
    assert!(view.nick().is_none());
    assert_eq!(
        GreetingV2::view(&new).unwrap().nick().map(|n| n.text()),
        Some("b")
    );
}
