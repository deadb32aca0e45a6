//! Tagged unions: an ITCH-style feed of several message kinds read from bytes built
//! outside `wire`, dispatch on the view with one `match`, unknown tags with and without
//! an `other` variant, `u16` and varint tags, and unions inside a list.
//!
//! The messages follow NASDAQ TotalView-ITCH 5.0 (type byte, then the body; timestamps
//! are 48-bit). The bytes were written with Python's `struct`:
//!
//! ```python
//! import struct
//! def ts(n): return struct.pack(">Q", n)[2:]            # 48-bit big-endian
//! S = b"S" + struct.pack(">HH", 0, 0) + ts(34_200_000_000_000) + b"O"
//! A = (b"A" + struct.pack(">HH", 7, 1) + ts(34_200_000_000_123) + struct.pack(">Q", 1001)
//!      + b"B" + struct.pack(">I", 100) + b"AAPL    " + struct.pack(">I", 1923400))
//! E = b"E" + struct.pack(">HH", 7, 2) + ts(34_200_000_000_456) + struct.pack(">QIQ", 1001, 40, 555)
//! D = b"D" + struct.pack(">HH", 7, 3) + ts(34_200_000_000_789) + struct.pack(">Q", 1001)
//! H = b"\x00"
//! print(S.hex(), A.hex(), E.hex(), D.hex(), H.hex())
//! ```

use wire::prelude::*;
use wire::DecodeError;
// The ITCH messages the union tests share with the schema tests.
use wire_test_support::api::{AddOrder, AddOrderView, Side};
use wire_test_support::itch::{OrderDelete, OrderExecuted, SystemEvent};

const SYSTEM_EVENT_HEX: &str = "53 0000 0000 1f1aced9f000 4f";
const ADD_ORDER_HEX: &str =
    "41 0007 0001 1f1aced9f07b 00000000000003e9 42 00000064 4141504c20202020 001d5948";
const ORDER_EXECUTED_HEX: &str =
    "45 0007 0002 1f1aced9f1c8 00000000000003e9 00000028 000000000000022b";
const ORDER_DELETE_HEX: &str = "44 0007 0003 1f1aced9f315 00000000000003e9";
const HEARTBEAT_HEX: &str = "00";

fn hex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).unwrap(), 16).unwrap())
        .collect()
}

/// A feed handler's union: unknown message types are kept, to be forwarded.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
enum Itch<'a> {
    #[wire(id = b'S')]
    SystemEvent(SystemEvent),
    #[wire(id = b'A')]
    AddOrder(AddOrder),
    #[wire(id = b'E')]
    OrderExecuted(OrderExecuted),
    #[wire(id = b'D')]
    OrderDelete(OrderDelete),
    #[wire(id = 0)]
    Heartbeat,
    #[wire(other)]
    Other(u8, &'a [u8]),
}

/// The same messages without an `other` variant: an unknown type is an error.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
enum StrictItch {
    #[wire(id = b'S')]
    SystemEvent(SystemEvent),
    #[wire(id = b'A')]
    AddOrder(AddOrder),
    #[wire(id = b'E')]
    OrderExecuted(OrderExecuted),
    #[wire(id = b'D')]
    OrderDelete(OrderDelete),
    #[wire(id = 0)]
    Heartbeat,
}

fn system_event() -> SystemEvent {
    SystemEvent {
        stock_locate: 0,
        tracking_number: 0,
        timestamp: 34_200_000_000_000,
        event_code: b'O',
    }
}

fn add_order() -> AddOrder {
    AddOrder {
        stock_locate: 7,
        tracking_number: 1,
        timestamp: 34_200_000_000_123,
        order_ref: 1001,
        side: Side::Buy,
        shares: 100,
        stock: *b"AAPL    ",
        price: 1_923_400,
    }
}

fn order_executed() -> OrderExecuted {
    OrderExecuted {
        stock_locate: 7,
        tracking_number: 2,
        timestamp: 34_200_000_000_456,
        order_ref: 1001,
        executed_shares: 40,
        match_number: 555,
    }
}

fn order_delete() -> OrderDelete {
    OrderDelete {
        stock_locate: 7,
        tracking_number: 3,
        timestamp: 34_200_000_000_789,
        order_ref: 1001,
    }
}

/// Every known message, with its independent encoding.
fn feed() -> Vec<(Itch<'static>, Vec<u8>)> {
    vec![
        (Itch::SystemEvent(system_event()), hex(SYSTEM_EVENT_HEX)),
        (Itch::AddOrder(add_order()), hex(ADD_ORDER_HEX)),
        (
            Itch::OrderExecuted(order_executed()),
            hex(ORDER_EXECUTED_HEX),
        ),
        (Itch::OrderDelete(order_delete()), hex(ORDER_DELETE_HEX)),
        (Itch::Heartbeat, hex(HEARTBEAT_HEX)),
    ]
}

#[test]
fn messages_decode_from_and_encode_to_the_independent_bytes() {
    for (message, bytes) in feed() {
        assert_eq!(Itch::decode(&bytes).as_ref(), Ok(&message));
        assert_eq!(message.encoded_len(), bytes.len());
        assert_eq!(message.encode_to_vec(), bytes);
    }
}

/// One line per message, from the view: the dispatch is one `match`.
fn describe(view: ItchView<'_>) -> String {
    match view {
        ItchView::SystemEvent(event) => format!("system event {}", event.event_code() as char),
        ItchView::AddOrder(add) => format!(
            "add {} {:?} {} {} @ {}",
            add.order_ref(),
            add.side(),
            add.shares(),
            String::from_utf8_lossy(&add.stock()).trim_end(),
            add.price()
        ),
        ItchView::OrderExecuted(exec) => format!(
            "executed {} x{} match {}",
            exec.order_ref(),
            exec.executed_shares(),
            exec.match_number()
        ),
        ItchView::OrderDelete(delete) => {
            format!("delete {} at {}", delete.order_ref(), delete.timestamp())
        }
        ItchView::Heartbeat => "heartbeat".to_string(),
        ItchView::Other(tag, body) => format!("other {} ({} bytes)", tag as char, body.len()),
    }
}

#[test]
fn views_dispatch_with_one_match() {
    let lines: Vec<String> = feed()
        .iter()
        .map(|(_, bytes)| describe(Itch::view(bytes).unwrap()))
        .collect();
    assert_eq!(
        lines,
        [
            "system event O",
            "add 1001 Buy 100 AAPL @ 1923400",
            "executed 1001 x40 match 555",
            "delete 1001 at 34200000000789",
            "heartbeat",
        ]
    );
    assert_eq!(
        describe(Itch::view(b"Z\x01\x02\x03").unwrap()),
        "other Z (3 bytes)"
    );

    // The payload's view is the message's own view: every field, read in place.
    let bytes = hex(ADD_ORDER_HEX);
    let ItchView::AddOrder(add) = Itch::view(&bytes).unwrap() else {
        panic!("not an add order");
    };
    let view: AddOrderView<&[u8]> = add;
    assert_eq!(view.to_value(), add_order());
    assert_eq!(view.as_bytes(), &bytes[1..]);
}

/// `view` by the general path: `view_prefix`, then no bytes may be left.
fn view_through_prefix(bytes: &[u8]) -> Result<ItchView<'_>, DecodeError> {
    let (view, rest) = Itch::view_prefix(bytes)?;
    if rest.is_empty() {
        return Ok(view);
    }
    Err(DecodeError::TrailingBytes {
        offset: u32::try_from(bytes.len() - rest.len()).unwrap(),
        count: u32::try_from(rest.len()).unwrap(),
    })
}

#[test]
fn view_agrees_with_the_general_path_on_every_length_and_damage() {
    // `view` tests a fixed-size variant's length once and returns from its arm; every
    // input that is not exactly such a variant goes the general way. Same results on
    // every cut, every extension and every damaged byte of each message.
    for (_, bytes) in feed() {
        let mut cases: Vec<Vec<u8>> = (0..bytes.len()).map(|n| bytes[..n].to_vec()).collect();
        cases.push(bytes.clone());
        cases.push([bytes.as_slice(), &[0]].concat());
        cases.push([bytes.as_slice(), &[1, 2]].concat());
        for at in 0..bytes.len() {
            for bad in [0x00, 0xff, b'X'] {
                let mut damaged = bytes.clone();
                damaged[at] = bad;
                cases.push(damaged);
            }
        }
        for case in &cases {
            assert_eq!(
                format!("{:?}", Itch::view(case)),
                format!("{:?}", view_through_prefix(case)),
                "{case:02x?}"
            );
        }
    }
}

#[test]
fn a_stream_of_messages_is_read_with_view_prefix() {
    let stream: Vec<u8> = feed().into_iter().flat_map(|(_, bytes)| bytes).collect();
    let mut rest = &stream[..];
    let mut decoded = Vec::new();
    while !rest.is_empty() {
        let (view, after) = StrictItch::view_prefix(rest).unwrap();
        let (value, after_decode) = StrictItch::decode_prefix(rest).unwrap();
        assert_eq!(after.len(), after_decode.len());
        assert!(matches!(
            (view, &value),
            (StrictItchView::SystemEvent(_), StrictItch::SystemEvent(_))
                | (StrictItchView::AddOrder(_), StrictItch::AddOrder(_))
                | (
                    StrictItchView::OrderExecuted(_),
                    StrictItch::OrderExecuted(_)
                )
                | (StrictItchView::OrderDelete(_), StrictItch::OrderDelete(_))
                | (StrictItchView::Heartbeat, StrictItch::Heartbeat)
        ));
        decoded.push(value);
        rest = after;
    }
    assert_eq!(
        decoded,
        [
            StrictItch::SystemEvent(system_event()),
            StrictItch::AddOrder(add_order()),
            StrictItch::OrderExecuted(order_executed()),
            StrictItch::OrderDelete(order_delete()),
            StrictItch::Heartbeat,
        ]
    );
}

#[test]
fn unknown_tags_without_an_other_variant_are_errors() {
    let err = DecodeError::UnknownTag {
        field: "StrictItch",
        offset: 0,
        tag: u64::from(b'Z'),
    };
    assert_eq!(StrictItch::decode(b"Z\x01\x02"), Err(err));
    assert_eq!(StrictItch::view(b"Z\x01\x02").err(), Some(err));
    assert_eq!(StrictItch::decode(b"Z"), Err(err));
    assert!(matches!(
        StrictItch::decode(&[]),
        Err(DecodeError::Truncated { offset: 0, .. })
    ));
}

#[test]
fn unknown_tags_with_an_other_variant_keep_their_bytes() {
    // ITCH 'R' (stock directory) is not in the union: it is kept, byte for byte.
    let bytes = b"R\x00\x07\x00\x00\x01\x02\x03\x04\x05\x06AAPL    ";
    let message = Itch::decode(bytes).unwrap();
    assert_eq!(message, Itch::Other(b'R', &bytes[1..]));
    assert_eq!(message.encoded_len(), bytes.len());
    assert_eq!(message.encode_to_vec(), bytes);
    match Itch::view(bytes).unwrap() {
        ItchView::Other(tag, body) => {
            assert_eq!(tag, b'R');
            assert!(std::ptr::eq(body, &bytes[1..]));
        }
        other => panic!("unexpected {other:?}"),
    }
    // A tag alone.
    assert_eq!(Itch::decode(b"Q"), Ok(Itch::Other(b'Q', &[])));
    assert_eq!(Itch::Other(b'Q', &[]).encode_to_vec(), b"Q");
    // A known tag is never `other`: a short body is an error, not an unknown message.
    assert!(matches!(
        Itch::decode(&hex(ADD_ORDER_HEX)[..20]),
        Err(DecodeError::Truncated { .. })
    ));
    // …and a long one leaves trailing bytes.
    let mut long = hex(ORDER_DELETE_HEX);
    long.push(0);
    assert_eq!(
        Itch::decode(&long),
        Err(DecodeError::TrailingBytes {
            offset: 19,
            count: 1
        })
    );
}

/// An owned `other` variant, as a gateway that stores what it forwards.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
enum OwnedItch {
    #[wire(id = b'D')]
    OrderDelete(OrderDelete),
    #[wire(other)]
    Unknown(u8, Vec<u8>),
}

#[test]
fn an_owned_other_variant_round_trips() {
    let bytes = hex("58 0102030405");
    let message = OwnedItch::decode(&bytes).unwrap();
    assert_eq!(message, OwnedItch::Unknown(b'X', vec![1, 2, 3, 4, 5]));
    assert_eq!(message.encode_to_vec(), bytes);
    assert_eq!(
        OwnedItch::decode(&hex(ORDER_DELETE_HEX)),
        Ok(OwnedItch::OrderDelete(order_delete()))
    );
}

/// A variable message inside a union.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Note {
    #[wire(len = "u8", max_len = 32)]
    text: String,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u16", endian = "big")]
enum Control<'a> {
    #[wire(id = 0x0101)]
    Delete(OrderDelete),
    #[wire(id = 0x0202)]
    Note(Note),
    #[wire(id = 0xffff)]
    Ping,
    #[wire(other)]
    Other(u16, &'a [u8]),
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u16", endian = "little")]
enum LittleControl {
    #[wire(id = 0x0102)]
    Note(Note),
    #[wire(id = 0x0304)]
    Ping,
}

#[test]
fn a_u16_tag_is_written_in_the_union_byte_order() {
    let note = Note {
        text: "hello".into(),
    };
    let big = Control::Note(note.clone()).encode_to_vec();
    assert_eq!(big, hex("0202 05 68656c6c6f"));
    assert_eq!(Control::decode(&big), Ok(Control::Note(note.clone())));
    match Control::view(&big).unwrap() {
        ControlView::Note(view) => assert_eq!(view.text(), "hello"),
        other => panic!("unexpected {other:?}"),
    }
    let delete = [&hex("0101")[..], &hex(ORDER_DELETE_HEX)[1..]].concat();
    assert_eq!(
        Control::decode(&delete),
        Ok(Control::Delete(order_delete()))
    );
    assert_eq!(Control::Ping.encode_to_vec(), [0xff, 0xff]);
    assert_eq!(
        Control::decode(&[0xab, 0xcd, 9]),
        Ok(Control::Other(0xabcd, &[9]))
    );
    assert_eq!(
        Control::Other(0xabcd, &[9]).encode_to_vec(),
        [0xab, 0xcd, 9]
    );

    let little = LittleControl::Note(note.clone()).encode_to_vec();
    assert_eq!(little, hex("0201 05 68656c6c6f"));
    assert_eq!(
        LittleControl::decode(&little),
        Ok(LittleControl::Note(note))
    );
    assert_eq!(LittleControl::Ping.encode_to_vec(), [0x04, 0x03]);
    assert_eq!(
        LittleControl::decode(&[0x02, 0x03]),
        Err(DecodeError::UnknownTag {
            field: "LittleControl",
            offset: 0,
            tag: 0x0302
        })
    );
    // A tag cut in half.
    assert!(matches!(
        LittleControl::decode(&[0x02]),
        Err(DecodeError::Truncated { offset: 0, .. })
    ));

    // An error inside the payload counts from the start of the union's bytes.
    assert_eq!(
        Control::decode(&hex("0202 21")),
        Err(DecodeError::LengthExceedsMax {
            field: "text",
            offset: 2,
            len: 33,
            max: 32
        })
    );
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "varint")]
enum Event {
    #[wire(id = 1)]
    Delete(OrderDelete),
    #[wire(id = 300)]
    Note(Note),
    #[wire(id = 0)]
    Ping,
}

#[test]
fn a_varint_tag() {
    // leb(300) = ac 02.
    let note = Event::Note(Note { text: "hi".into() });
    let bytes = note.encode_to_vec();
    assert_eq!(bytes, hex("ac02 02 6869"));
    assert_eq!(note.encoded_len(), 5);
    assert_eq!(Event::decode(&bytes), Ok(note));
    match Event::view(&bytes).unwrap() {
        EventView::Note(view) => assert_eq!(view.text(), "hi"),
        other => panic!("unexpected {other:?}"),
    }
    let delete = [&[1u8][..], &hex(ORDER_DELETE_HEX)[1..]].concat();
    assert_eq!(Event::decode(&delete), Ok(Event::Delete(order_delete())));
    assert_eq!(Event::Ping.encode_to_vec(), [0]);

    // Unknown tags, one and several bytes long (leb(2**40)).
    assert_eq!(
        Event::decode(&[5]),
        Err(DecodeError::UnknownTag {
            field: "Event",
            offset: 0,
            tag: 5
        })
    );
    assert_eq!(
        Event::decode(&hex("808080808020")),
        Err(DecodeError::UnknownTag {
            field: "Event",
            offset: 0,
            tag: 1 << 40
        })
    );
    // Non-minimal encodings of a known tag are accepted (Protocol Buffers' rule).
    assert_eq!(Event::decode(&[0x80, 0x00]), Ok(Event::Ping));
    // A malformed and a truncated tag.
    assert_eq!(
        Event::decode(&[0xff; 11]),
        Err(DecodeError::MalformedVarint { offset: 9 })
    );
    assert!(matches!(
        Event::decode(&[0xac]),
        Err(DecodeError::Truncated { .. })
    ));
}

/// A batch of messages, as a MoldUDP64 packet carries them.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Batch {
    sequence: u64,
    #[wire(len = "u16", max_len = 16)]
    messages: Vec<StrictItch>,
}

#[test]
fn unions_inside_a_list() {
    let messages = vec![
        StrictItch::SystemEvent(system_event()),
        StrictItch::AddOrder(add_order()),
        StrictItch::Heartbeat,
        StrictItch::OrderDelete(order_delete()),
    ];
    let batch = Batch {
        sequence: 42,
        messages: messages.clone(),
    };
    let expected = [
        &hex("000000000000002a 0004")[..],
        &hex(SYSTEM_EVENT_HEX),
        &hex(ADD_ORDER_HEX),
        &hex(HEARTBEAT_HEX),
        &hex(ORDER_DELETE_HEX),
    ]
    .concat();
    let bytes = batch.encode_to_vec();
    assert_eq!(bytes, expected);
    assert_eq!(batch.encoded_len(), expected.len());
    assert_eq!(Batch::decode(&bytes), Ok(batch));

    let view = Batch::view(&bytes).unwrap();
    assert_eq!(view.messages().len(), 4);
    let kinds: Vec<&str> = view
        .messages()
        .iter()
        .map(|message| match message {
            StrictItchView::SystemEvent(_) => "S",
            StrictItchView::AddOrder(add) => {
                assert_eq!(add.price(), 1_923_400);
                "A"
            }
            StrictItchView::OrderExecuted(_) => "E",
            StrictItchView::OrderDelete(delete) => {
                assert_eq!(delete.order_ref(), 1001);
                "D"
            }
            StrictItchView::Heartbeat => "H",
        })
        .collect();
    assert_eq!(kinds, ["S", "A", "H", "D"]);

    // An unknown tag in the third message: offset 10 + 12 + 36, from the batch's start.
    let mut bad = bytes.clone();
    bad[58] = b'Z';
    let err = DecodeError::UnknownTag {
        field: "StrictItch",
        offset: 58,
        tag: u64::from(b'Z'),
    };
    assert_eq!(Batch::decode(&bad), Err(err));
    assert_eq!(Batch::view(&bad).err(), Some(err));

    // An invalid side in the add order (at 10 + 12 + 1 + 18).
    let mut bad = bytes.clone();
    bad[41] = b'X';
    let err = DecodeError::InvalidDiscriminant {
        field: "side",
        offset: 41,
        value: u64::from(b'X'),
    };
    assert_eq!(Batch::decode(&bad), Err(err));
    assert_eq!(Batch::view(&bad).err(), Some(err));
}
