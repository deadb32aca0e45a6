//! Property tests of [`compute`](super::compute) over random field lists, against a model
//! written from the layout rules alone: it walks the fields one bit at a time in a `u128`
//! (so no sum of `usize` widths can overflow it), closes a bit run at the first
//! whole-byte field, and decides for each assertion whether it holds, fails, or waits for
//! the compiler.
//!
//! The rules, as the model states them:
//! - a whole-byte field starts at the bit cursor, which is then on a byte boundary;
//! - consecutive bit fields form a run that starts on a byte boundary; the run must be
//!   a whole number of bytes and at most 128 bits, and is padded up to a byte boundary
//!   when it is not (so that later offsets exist);
//! - a nested type adds its unknown size: offsets after it are symbolic;
//! - `offset = N` on a bit field that starts inside a byte is an error, whatever comes
//!   before; otherwise it is compared when the offset is a number, deferred when it is
//!   symbolic;
//! - a layout past `MAX_SIZE` bytes is an error, reported once, at the field or run
//!   whose end passes it; no assertion is checked past it.

use super::*;
use proptest::prelude::*;

/// Where the model puts a field: bits from the start of the struct not counting the
/// nested types, and the nested types before it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct At {
    bit: u128,
    opaque: Vec<usize>,
}

#[derive(Debug, Default)]
struct Model {
    /// `None` for a field placed after the layout overflowed.
    places: Vec<Option<At>>,
    /// For each bit field: its shift in the run read as an integer (`None` outside
    /// runs of at most 128 bits, where no shift exists).
    shifts: Vec<Option<u32>>,
    /// For each run: its first field and its bytes.
    runs: Vec<(usize, u128)>,
    errors: Vec<LayoutError>,
    deferred: Vec<DeferredOffset>,
    deferred_size: Option<usize>,
    size: Option<At>,
}

/// An open bit run: its first field and the bit it starts at.
struct OpenRun {
    first: usize,
    start: u128,
    little: bool,
}

const MAX_BYTE: u128 = MAX_SIZE as u128;

fn model(items: &[Item], asserted_size: Option<usize>) -> Model {
    let mut m = Model::default();
    let mut bit: u128 = 0;
    let mut opaque: Vec<usize> = Vec::new();
    let mut overflowed = false;
    let mut run: Option<OpenRun> = None;
    for (index, item) in items.iter().enumerate() {
        match item.bits {
            Some(width) => {
                let open = run.get_or_insert(OpenRun {
                    first: index,
                    start: bit,
                    little: item.little,
                });
                if let Some(asserted) = item.asserted_offset {
                    let into_run = bit - open.start;
                    if !into_run.is_multiple_of(8) {
                        let run_start = (opaque.is_empty() && !overflowed)
                            .then(|| usize::try_from(open.start / 8).unwrap());
                        m.errors.push(LayoutError::OffsetInsideByte {
                            field: index,
                            asserted,
                            run_start,
                            run_byte: usize::try_from(into_run / 8).unwrap(),
                            bit: (into_run % 8) as u32,
                        });
                    } else {
                        let within = usize::try_from(into_run / 8).unwrap();
                        check(&mut m, index, asserted, bit, &opaque, overflowed, within);
                    }
                }
                // A position past u32::MAX is clamped, in a run that is an error anyway.
                let position_fits = bit - open.start <= u128::from(u32::MAX);
                m.places.push((!overflowed && position_fits).then(|| At {
                    bit,
                    opaque: opaque.clone(),
                }));
                m.shifts.push(None);
                bit += u128::from(width);
            }
            None => {
                if let Some(open) = run.take() {
                    close(&mut m, items, open, index, &mut bit, &mut overflowed);
                }
                if let Some(asserted) = item.asserted_offset {
                    check(&mut m, index, asserted, bit, &opaque, overflowed, 0);
                }
                m.places.push((!overflowed).then(|| At {
                    bit,
                    opaque: opaque.clone(),
                }));
                m.shifts.push(None);
                match item.width {
                    Width::Bytes(n) => bit += 8 * n as u128,
                    Width::Opaque => opaque.push(index),
                }
                if bit / 8 > MAX_BYTE && !overflowed {
                    overflowed = true;
                    m.errors.push(LayoutError::TooLarge { field: index });
                }
            }
        }
    }
    if let Some(open) = run.take() {
        close(&mut m, items, open, items.len(), &mut bit, &mut overflowed);
    }
    if let (Some(asserted), false) = (asserted_size, overflowed) {
        if !opaque.is_empty() {
            m.deferred_size = Some(asserted);
        } else if bit / 8 != asserted as u128 {
            m.errors.push(LayoutError::SizeMismatch {
                asserted,
                computed: usize::try_from(bit / 8).unwrap(),
            });
        }
    }
    m.size = (!overflowed).then_some(At { bit, opaque });
    m
}

/// `offset = asserted` on a field `within` bytes into its storage, at `bit`.
fn check(
    m: &mut Model,
    field: usize,
    asserted: usize,
    bit: u128,
    opaque: &[usize],
    overflowed: bool,
    within: usize,
) {
    if overflowed || bit / 8 > MAX_BYTE {
        return;
    }
    if !opaque.is_empty() {
        m.deferred.push(DeferredOffset {
            field,
            asserted,
            within,
        });
    } else if bit / 8 != asserted as u128 {
        m.errors.push(LayoutError::OffsetMismatch {
            field,
            asserted,
            computed: usize::try_from(bit / 8).unwrap(),
        });
    }
}

/// Ends the run `open` before field `end`: its errors, its shifts, its padding.
fn close(
    m: &mut Model,
    items: &[Item],
    open: OpenRun,
    end: usize,
    bit: &mut u128,
    overflowed: &mut bool,
) {
    let bits = *bit - open.start;
    if !bits.is_multiple_of(8) {
        m.errors.push(LayoutError::RunNotWholeBytes {
            first: open.first,
            last: end - 1,
            bits: u64::try_from(bits).unwrap(),
        });
    }
    if bits > 128 {
        m.errors.push(LayoutError::RunTooLong {
            first: open.first,
            bits: u64::try_from(bits).unwrap(),
        });
    }
    let padded = bits.div_ceil(8) * 8;
    if padded <= 128 {
        // Count the bits one field at a time from the start of the run: little endian
        // from the least significant bit, big endian from the most significant one.
        let mut from_start = 0u128;
        for (index, item) in items.iter().enumerate().take(end).skip(open.first) {
            let width = u128::from(item.bits.unwrap());
            let shift = if open.little {
                from_start
            } else {
                padded - from_start - width
            };
            m.shifts[index] = Some(u32::try_from(shift).unwrap());
            from_start += width;
        }
    }
    m.runs.push((open.first, padded / 8));
    *bit = open.start + padded;
    if *bit / 8 > MAX_BYTE && !*overflowed {
        *overflowed = true;
        m.errors.push(LayoutError::TooLarge { field: open.first });
    }
}

/// Where `compute` put field `index`, as the model counts it.
fn placed(layout: &Layout, index: usize) -> (At, Option<u32>) {
    match &layout.places[index] {
        Place::Bytes { offset } => (
            At {
                bit: offset.known as u128 * 8,
                opaque: offset.opaque.clone(),
            },
            None,
        ),
        Place::Bit {
            run,
            shift,
            position,
            ..
        } => {
            let run = &layout.runs[*run];
            let at = At {
                bit: run.offset.known as u128 * 8 + u128::from(*position),
                opaque: run.offset.opaque.clone(),
            };
            (at, Some(*shift))
        }
    }
}

fn sorted(errors: &[LayoutError]) -> Vec<String> {
    let mut errors: Vec<String> = errors.iter().map(|e| format!("{e:?}")).collect();
    errors.sort();
    errors
}

/// A field: mostly small, sometimes nested, sometimes as wide as an attribute or an
/// array length can make it.
fn item() -> impl Strategy<Value = Item> {
    let width = prop_oneof![
        6 => (0usize..6).prop_map(Width::Bytes),
        2 => Just(Width::Opaque),
        1 => prop_oneof![MAX_SIZE - 2..=MAX_SIZE + 2, usize::MAX - 2..=usize::MAX]
            .prop_map(Width::Bytes),
    ];
    let bits = prop_oneof![
        4 => Just(None),
        6 => (1u32..=16).prop_map(Some),
        1 => (0u32..=70).prop_map(Some),
        1 => prop_oneof![Just(0), Just(u32::MAX)].prop_map(Some),
    ];
    let offset = prop_oneof![
        3 => Just(None),
        3 => (0usize..24).prop_map(Some),
        1 => prop_oneof![Just(0), Just(MAX_SIZE), Just(usize::MAX)].prop_map(Some),
    ];
    (width, bits, any::<bool>(), offset).prop_map(|(width, bits, little, asserted_offset)| Item {
        width,
        bits,
        little,
        asserted_offset,
    })
}

fn size() -> impl Strategy<Value = Option<usize>> {
    prop_oneof![
        Just(None),
        (0usize..40).prop_map(Some),
        Just(Some(MAX_SIZE)),
        Just(Some(usize::MAX)),
    ]
}

/// Fields of small widths only, for checking deferred assertions against resolved ones.
fn small_item() -> impl Strategy<Value = Item> {
    let width = prop_oneof![
        3 => (0usize..6).prop_map(Width::Bytes),
        1 => Just(Width::Opaque),
    ];
    let bits = prop_oneof![Just(None), (1u32..=16).prop_map(Some)];
    let offset = prop::option::of(0usize..24);
    (width, bits, any::<bool>(), offset).prop_map(|(width, bits, little, asserted_offset)| Item {
        width,
        bits,
        little,
        asserted_offset,
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn compute_agrees_with_the_bit_by_bit_model(
        items in prop::collection::vec(item(), 0..12),
        asserted_size in size(),
    ) {
        let (layout, errors) = compute(&items, asserted_size);
        let m = model(&items, asserted_size);
        prop_assert_eq!(sorted(&errors), sorted(&m.errors));
        prop_assert_eq!(&layout.deferred_offsets, &m.deferred);
        prop_assert_eq!(layout.deferred_size, m.deferred_size);
        prop_assert_eq!(layout.places.len(), items.len());
        for index in 0..items.len() {
            let (at, shift) = placed(&layout, index);
            if let Some(expected) = &m.places[index] {
                prop_assert_eq!(&at, expected, "field {}", index);
            }
            if let Some(expected) = m.shifts[index] {
                prop_assert_eq!(shift, Some(expected), "shift of field {}", index);
            }
        }
        let runs: Vec<(usize, u128)> =
            layout.runs.iter().map(|r| (r.fields[0], r.bytes as u128)).collect();
        prop_assert_eq!(runs, m.runs);
        if let Some(size) = &m.size {
            prop_assert_eq!(&placed_size(&layout), size);
        }
        // Every message names the field it is about and renders without panicking.
        let names: Vec<String> = (0..items.len()).map(|i| format!("f{i}")).collect();
        for error in &errors {
            let message = error.message(&names);
            if let Some(field) = error.field() {
                let name = format!("`f{field}`");
                prop_assert!(message.contains(&name), "{}", message);
            }
        }
    }

    /// Deferring is the same as checking later: once the compiler knows the nested
    /// types' sizes, the deferred assertions that fail are exactly the ones the layout
    /// reports when those sizes are written in as plain widths.
    #[test]
    fn deferred_assertions_fail_exactly_when_resolved_ones_do(
        items in prop::collection::vec(small_item(), 0..12),
        widths in prop::collection::vec(0usize..6, 12),
        asserted_size in prop::option::of(0usize..40),
    ) {
        let (layout, errors) = compute(&items, asserted_size);
        let resolved: Vec<Item> = items
            .iter()
            .enumerate()
            .map(|(i, item)| match item.width {
                Width::Opaque => Item { width: Width::Bytes(widths[i]), ..item.clone() },
                Width::Bytes(_) => item.clone(),
            })
            .collect();
        let (resolved_layout, resolved_errors) = compute(&resolved, asserted_size);
        prop_assert!(resolved_layout.deferred_offsets.is_empty());
        let mut expected = errors.clone();
        for deferred in &layout.deferred_offsets {
            // What `offset_of!` of the field's storage gives, plus the bytes into it.
            let storage = match &layout.places[deferred.field] {
                Place::Bytes { offset } => offset.clone(),
                Place::Bit { run, .. } => layout.runs[*run].offset.clone(),
            };
            let actual = storage.known
                + storage.opaque.iter().map(|&i| widths[i]).sum::<usize>()
                + deferred.within;
            if actual != deferred.asserted {
                expected.push(LayoutError::OffsetMismatch {
                    field: deferred.field,
                    asserted: deferred.asserted,
                    computed: actual,
                });
            }
        }
        if let Some(asserted) = layout.deferred_size {
            let actual = layout.size.known
                + layout.size.opaque.iter().map(|&i| widths[i]).sum::<usize>();
            if actual != asserted {
                expected.push(LayoutError::SizeMismatch { asserted, computed: actual });
            }
        }
        // Inside a byte is an error before and after: only the run's start becomes known.
        prop_assert_eq!(
            sorted(&without_run_start(resolved_errors)),
            sorted(&without_run_start(expected))
        );
    }
}

fn placed_size(layout: &Layout) -> At {
    At {
        bit: layout.size.known as u128 * 8,
        opaque: layout.size.opaque.clone(),
    }
}

fn without_run_start(errors: Vec<LayoutError>) -> Vec<LayoutError> {
    errors
        .into_iter()
        .map(|error| match error {
            LayoutError::OffsetInsideByte {
                field,
                asserted,
                run_byte,
                bit,
                ..
            } => LayoutError::OffsetInsideByte {
                field,
                asserted,
                run_start: None,
                run_byte,
                bit,
            },
            other => other,
        })
        .collect()
}
