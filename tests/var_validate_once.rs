//! A view of a message checks everything once, when it is made: an `Option` of a
//! variable-length message holds that message's view, and a list of variable-length
//! elements re-makes each element's view while iterating by following the lengths the
//! view validated, without checking again. These tests prove the views re-made that way
//! agree with the owned decode, field by field, for every shape of element.

use proptest::prelude::*;
use wire::prelude::*;
use wire::DecodeError;

#[derive(Wire, Debug, Clone, Copy, PartialEq)]
#[wire(endian = "big")]
struct Level {
    price: u32,
    qty: u16,
}

#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Side {
    Buy = b'B',
    Sell = b'S',
}

/// An element with one field of every variable kind.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "little")]
struct Entry {
    id: u16,
    side: Side,
    #[wire(len = "u8")]
    name: String,
    #[wire(len = "varint")]
    blob: Vec<u8>,
    #[wire(len = "u16")]
    levels: Vec<Level>,
    #[wire(varint, zigzag)]
    change: i32,
    #[wire(varint)]
    signed: i64,
    #[wire(varint)]
    count: u16,
    #[wire(len = "u8")]
    note: Option<String>,
    best: Option<Level>,
    #[wire(len = "u8")]
    tags: Vec<Tag>,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Tag {
    #[wire(len = "u8")]
    key: String,
}

/// A versioned element: a header, then the block and the variable part.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big", version = 2)]
struct Versioned {
    a: u32,
    #[wire(since = 2, default = 7)]
    b: u16,
    #[wire(len = "u8")]
    text: String,
    #[wire(since = 2, len = "u8")]
    extra: Option<String>,
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "varint")]
enum Event {
    #[wire(id = 1)]
    Entry(Entry),
    #[wire(id = 300)]
    Versioned(Versioned),
    #[wire(id = 2)]
    Tick,
    #[wire(id = 3)]
    Level(Level),
}

#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Batch {
    seq: u64,
    #[wire(len = "u16")]
    entries: Vec<Entry>,
    first: Option<Entry>,
    #[wire(len = "varint")]
    events: Vec<Event>,
    latest: Option<Event>,
    #[wire(len = "u8")]
    versioned: Vec<Versioned>,
}

fn assert_entry(view: EntryView<'_>, entry: &Entry) {
    assert_eq!(view.id(), entry.id);
    assert_eq!(view.side(), entry.side);
    assert_eq!(view.name(), entry.name);
    assert_eq!(view.blob(), entry.blob.as_slice());
    let levels: Vec<Level> = view.levels().iter().map(|l| l.to_value()).collect();
    assert_eq!(levels, entry.levels);
    assert_eq!(view.change(), entry.change);
    assert_eq!(view.signed(), entry.signed);
    assert_eq!(view.count(), entry.count);
    assert_eq!(view.note(), entry.note.as_deref());
    assert_eq!(view.best().map(|l| l.to_value()), entry.best);
    let keys: Vec<&str> = view.tags().iter().map(|t| t.key()).collect();
    let expected: Vec<&str> = entry.tags.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(keys, expected);
}

fn assert_versioned(view: VersionedView<'_>, value: &Versioned) {
    assert_eq!((view.a(), view.b()), (value.a, value.b));
    assert_eq!(view.text(), value.text);
    assert_eq!(view.extra(), value.extra.as_deref());
}

fn assert_event(view: EventView<'_>, event: &Event) {
    match (view, event) {
        (EventView::Entry(view), Event::Entry(entry)) => assert_entry(view, entry),
        (EventView::Versioned(view), Event::Versioned(value)) => assert_versioned(view, value),
        (EventView::Tick, Event::Tick) => {}
        (EventView::Level(view), Event::Level(level)) => assert_eq!(view.to_value(), *level),
        (view, event) => panic!("{view:?} is not {event:?}"),
    }
}

fn assert_batch(view: BatchView<'_>, batch: &Batch) {
    assert_eq!(view.seq(), batch.seq);
    assert_eq!(view.entries().len(), batch.entries.len());
    for (view, entry) in view.entries().iter().zip(&batch.entries) {
        assert_entry(view, entry);
    }
    assert_eq!(view.entries().iter().count(), batch.entries.len());
    match (view.first(), &batch.first) {
        (Some(view), Some(entry)) => assert_entry(view, entry),
        (None, None) => {}
        (view, entry) => panic!("{view:?} is not {entry:?}"),
    }
    assert_eq!(view.events().iter().count(), batch.events.len());
    for (view, event) in view.events().iter().zip(&batch.events) {
        assert_event(view, event);
    }
    match (view.latest(), &batch.latest) {
        (Some(view), Some(event)) => assert_event(view, event),
        (None, None) => {}
        (view, event) => panic!("{view:?} is not {event:?}"),
    }
    assert_eq!(view.versioned().iter().count(), batch.versioned.len());
    for (view, value) in view.versioned().iter().zip(&batch.versioned) {
        assert_versioned(view, value);
    }
}

fn level() -> impl Strategy<Value = Level> {
    (any::<u32>(), any::<u16>()).prop_map(|(price, qty)| Level { price, qty })
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        (
            any::<u16>(),
            any::<bool>(),
            "\\PC{0,12}",
            prop::collection::vec(any::<u8>(), 0..20),
        ),
        (
            prop::collection::vec(level(), 0..4),
            any::<i32>(),
            any::<i64>(),
            any::<u16>(),
        ),
        (
            prop::option::of("[a-zé]{0,8}"),
            prop::option::of(level()),
            prop::collection::vec("[a-z]{0,4}", 0..3),
        ),
    )
        .prop_map(
            |((id, buy, name, blob), (levels, change, signed, count), (note, best, tags))| Entry {
                id,
                side: if buy { Side::Buy } else { Side::Sell },
                name,
                blob,
                levels,
                change,
                signed,
                count,
                note,
                best,
                tags: tags.into_iter().map(|key| Tag { key }).collect(),
            },
        )
}

fn versioned() -> impl Strategy<Value = Versioned> {
    (
        any::<u32>(),
        any::<u16>(),
        "[a-z]{0,6}",
        prop::option::of("[0-9]{0,6}"),
    )
        .prop_map(|(a, b, text, extra)| Versioned { a, b, text, extra })
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        entry().prop_map(Event::Entry),
        versioned().prop_map(Event::Versioned),
        Just(Event::Tick),
        level().prop_map(Event::Level),
    ]
}

fn batch() -> impl Strategy<Value = Batch> {
    (
        any::<u64>(),
        prop::collection::vec(entry(), 0..4),
        prop::option::of(entry()),
        prop::collection::vec(event(), 0..5),
        prop::option::of(event()),
        prop::collection::vec(versioned(), 0..3),
    )
        .prop_map(|(seq, entries, first, events, latest, versioned)| Batch {
            seq,
            entries,
            first,
            events,
            latest,
            versioned,
        })
}

proptest! {
    #[test]
    fn views_remade_while_iterating_agree_with_decode(batch in batch()) {
        let bytes = batch.encode_to_vec();
        prop_assert_eq!(Batch::decode(&bytes), Ok(batch.clone()));
        let view = Batch::view(&bytes).unwrap();
        assert_batch(view, &batch);
    }

    /// Whatever the bytes, `view` either fails or gives a view whose every accessor and
    /// iterator answers in full: an iterator yields as many elements as the list says.
    #[test]
    fn a_view_that_was_made_answers_in_full(batch in batch(), flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)) {
        let mut bytes = batch.encode_to_vec();
        for (at, value) in flips {
            let at = at.index(bytes.len());
            bytes[at] = value;
        }
        if let (Ok(view), Ok(owned)) = (Batch::view(&bytes), Batch::decode(&bytes)) {
            assert_batch(view, &owned);
        } else {
            prop_assert!(Batch::view(&bytes).is_err() && Batch::decode(&bytes).is_err());
        }
    }
}

#[test]
fn an_option_holds_the_view_checked_when_the_message_was_viewed() {
    let batch = Batch {
        seq: 1,
        entries: Vec::new(),
        first: Some(Entry {
            id: 5,
            side: Side::Buy,
            name: "x".into(),
            blob: vec![1],
            levels: Vec::new(),
            change: -1,
            signed: -2,
            count: 3,
            note: None,
            best: None,
            tags: Vec::new(),
        }),
        events: Vec::new(),
        latest: None,
        versioned: Vec::new(),
    };
    let mut bytes = batch.encode_to_vec();
    let view = Batch::view(&bytes).unwrap();
    assert_eq!(view.first().map(|e| e.name()), Some("x"));
    // The entry's side byte (after seq, the empty list's count, the presence byte and
    // the id) made invalid: `view` refuses the message, nothing is left to an accessor.
    bytes[8 + 2 + 1 + 2] = b'?';
    assert_eq!(
        Batch::view(&bytes).map(|_| ()),
        Err(DecodeError::InvalidDiscriminant {
            field: "side",
            offset: 13,
            value: u64::from(b'?')
        })
    );
}

/// A C-like enum that is neither `Copy` nor `Clone`.
#[derive(Wire, Debug, PartialEq)]
#[repr(u8)]
enum Mode {
    On = 1,
    Off = 2,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Switch {
    #[wire(len = "u8")]
    name: String,
    mode: Option<Mode>,
    limit: Option<u32>,
}

#[test]
fn an_option_of_a_fixed_type_is_read_in_place() {
    let switch = Switch {
        name: "fan".into(),
        mode: Some(Mode::Off),
        limit: Some(70_000),
    };
    let bytes = switch.encode_to_vec();
    let view = Switch::view(&bytes).unwrap();
    let copy = view;
    assert_eq!(
        (copy.mode(), view.mode()),
        (Some(Mode::Off), Some(Mode::Off))
    );
    assert_eq!(view.limit(), Some(70_000));
    let mut bad = bytes.clone();
    bad[5] = 3; // the mode byte, after the name and the presence byte
    assert_eq!(
        Switch::view(&bad).map(|_| ()),
        Err(DecodeError::InvalidDiscriminant {
            field: "mode",
            offset: 5,
            value: 3
        })
    );
}
