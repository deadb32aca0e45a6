//! `if = "…"`: an `Option` on the wire only when a condition over earlier fields holds,
//! with no presence byte.

use wire::prelude::*;
use wire::{DecodeError, EncodeError};

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
struct Point {
    x: i16,
    y: i16,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Report {
    #[wire(bits = 1)]
    has_position: bool,
    #[wire(bits = 7)]
    kind: u8,
    #[wire(varint)]
    seq: u32,
    #[wire(if = "has_position")]
    position: Option<Point>,
    #[wire(if = "kind >= 0b10 && seq % 0x2 == 0_0")]
    level: Option<u16>,
    #[wire(if = "!has_position", len = "u8")]
    note: Option<String>,
}

fn report() -> Report {
    Report {
        has_position: true,
        kind: 3,
        seq: 4,
        position: Some(Point { x: -1, y: 2 }),
        level: Some(0x0102),
        note: None,
    }
}

#[test]
fn present_fields_have_no_presence_byte() {
    let bytes = report().encode_to_vec();
    assert_eq!(bytes, [0x83, 4, 0xff, 0xff, 0, 2, 1, 2]);
    assert_eq!(Report::decode(&bytes).unwrap(), report());
    let view = Report::view(&bytes).unwrap();
    assert_eq!(view.position().map(|p| (p.x(), p.y())), Some((-1, 2)));
    assert_eq!((view.level(), view.note()), (Some(0x0102), None));
}

#[test]
fn absent_fields_take_no_bytes() {
    let value = Report {
        has_position: false,
        kind: 1,
        seq: 300,
        position: None,
        level: None,
        note: Some("hi".into()),
    };
    let bytes = value.encode_to_vec();
    assert_eq!(bytes, [0x01, 0xac, 0x02, 2, b'h', b'i']);
    assert_eq!(Report::decode(&bytes).unwrap(), value);
    let view = Report::view(&bytes).unwrap();
    assert_eq!(
        (view.position().is_none(), view.level(), view.note()),
        (true, None, Some("hi"))
    );
}

#[test]
fn encode_refuses_a_value_that_disagrees_with_its_condition() {
    let err = Report {
        position: None,
        ..report()
    }
    .encode(&mut [0; 32])
    .unwrap_err();
    assert_eq!(
        err,
        EncodeError::ConditionMismatch {
            field: "position",
            present: false
        }
    );
    let err = Report {
        note: Some("x".into()),
        ..report()
    }
    .encode(&mut [0; 32])
    .unwrap_err();
    assert_eq!(
        err,
        EncodeError::ConditionMismatch {
            field: "note",
            present: true
        }
    );
    let err = Report { seq: 5, ..report() }
        .encode(&mut [0; 32])
        .unwrap_err();
    assert_eq!(
        err,
        EncodeError::ConditionMismatch {
            field: "level",
            present: true
        }
    );
}

#[test]
fn decode_errors_point_into_the_conditional_value() {
    // Position present, but the input ends inside it.
    assert!(matches!(
        Report::decode(&[0x83, 4, 0xff]),
        Err(DecodeError::Truncated { .. })
    ));
    // Trailing bytes after a message whose conditions were all false.
    assert!(matches!(
        Report::decode(&[0x01, 1, 0, 9]),
        Err(DecodeError::TrailingBytes {
            offset: 3,
            count: 1
        })
    ));
}

#[test]
fn the_schema_carries_the_condition_and_the_inner_type() {
    use wire::schema::{Expr, Place, Type};
    let s = Report::SCHEMA.as_struct().unwrap();
    let position = &s.fields[3];
    assert_eq!(position.condition, Some(&Expr::Field("has_position")));
    assert!(matches!(position.ty, Type::Named(_)));
    assert!(matches!(position.place, Place::Variable { .. }));
    assert_eq!(
        s.fields[4].condition.unwrap().to_string(),
        "kind >= 2 && seq % 2 == 0"
    );
    assert_eq!(s.fields[4].ty, Type::UInt { bytes: 2 });
    assert_eq!(s.fields[0].condition, None);
}

#[test]
fn a_conditional_message_is_in_lists() {
    #[derive(Wire, Debug, PartialEq)]
    #[wire(endian = "big")]
    struct Batch {
        #[wire(len = "u8")]
        reports: Vec<Report>,
    }
    let batch = Batch {
        reports: vec![
            report(),
            Report {
                level: None,
                seq: 1,
                ..report()
            },
        ],
    };
    let bytes = batch.encode_to_vec();
    assert_eq!(Batch::decode(&bytes).unwrap(), batch);
    let view = Batch::view(&bytes).unwrap();
    let levels: Vec<_> = view.reports().iter().map(|r| r.level()).collect();
    assert_eq!(levels, [Some(0x0102), None]);
}

#[test]
fn max_encoded_len_counts_the_value_without_a_presence_byte() {
    // The block, a u32 varint, a Point, a u16 and a string of at most 255 bytes.
    assert_eq!(Report::MAX_ENCODED_LEN, 1 + 5 + 4 + 2 + (1 + 255));
}
