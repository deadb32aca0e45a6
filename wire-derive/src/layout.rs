//! Layout: where each field lies, as plain data.
//!
//! Fields are placed one after the other in declaration order, with no padding (the
//! layout is explicit: a hole must be a field). Consecutive `bits` fields form a run of
//! whole bytes. A field whose width only the compiler knows (a nested type) makes the
//! offsets after it symbolic: `known + size of those fields`; assertions about such
//! offsets are left to const assertions in the generated code.
//!
//! Attribute values and array lengths come straight from the user, so every sum here is
//! checked: a layout larger than [`MAX_SIZE`] is an error ([`LayoutError::TooLarge`]),
//! never a panic.
//!
//! This module uses no proc-macro types, so it is unit-tested as ordinary Rust.

/// A field's width as the layout sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    /// Known to the macro.
    Bytes(usize),
    /// Known only to the compiler (a nested type, or an array of one).
    Opaque,
}

/// A field to place.
#[derive(Clone, Debug)]
pub struct Item {
    pub width: Width,
    /// `Some(n)` for a bit field of `n` bits.
    pub bits: Option<u32>,
    /// For a bit field: whether its run is little endian (first field in the low bits).
    pub little: bool,
    /// An `offset = N` assertion.
    pub asserted_offset: Option<usize>,
}

/// A byte offset: a known part plus the sizes of the opaque fields before it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Offset {
    pub known: usize,
    /// Indexes of the opaque fields whose sizes add to `known`.
    pub opaque: Vec<usize>,
}

impl Offset {
    /// The offset as a number, when the macro knows it.
    pub fn exact(&self) -> Option<usize> {
        self.opaque.is_empty().then_some(self.known)
    }
}

/// Where one field lies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A whole-byte field.
    Bytes { offset: Offset },
    /// A bit field inside run `run`.
    Bit {
        run: usize,
        /// Right shift that brings the field to bit 0 of the run read as an integer.
        shift: u32,
        width: u32,
        /// Bits before this field in the run, in declaration order.
        position: u32,
    },
}

/// A run of consecutive bit fields, stored in whole bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Run {
    pub offset: Offset,
    pub bytes: usize,
    pub little: bool,
    /// Indexes of the fields in the run, in order.
    pub fields: Vec<usize>,
}

/// An `offset = N` assertion that only the compiler can check: a nested type of unknown
/// width comes before the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeferredOffset {
    pub field: usize,
    /// The user's `N`.
    pub asserted: usize,
    /// Whole bytes from the start of the field's storage to the field: 0 for a whole-byte
    /// field, the field's byte in its run for a bit field (which starts on a byte
    /// boundary, or the assertion is an error already).
    pub within: usize,
}

/// The computed layout.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub places: Vec<Place>,
    pub runs: Vec<Run>,
    pub size: Offset,
    /// `offset = N` assertions that only the compiler can check.
    pub deferred_offsets: Vec<DeferredOffset>,
    /// A `size = N` assertion that only the compiler can check.
    pub deferred_size: Option<usize>,
}

/// A layout rule broken by the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    /// A bit run that does not fill whole bytes.
    RunNotWholeBytes {
        first: usize,
        last: usize,
        bits: u64,
    },
    /// A bit run wider than the widest integer it is read as.
    RunTooLong { first: usize, bits: u64 },
    /// `offset = N` on a field that starts elsewhere.
    OffsetMismatch {
        field: usize,
        asserted: usize,
        computed: usize,
    },
    /// `offset = N` on a bit field that does not start on a byte boundary: wrong whatever
    /// the run's offset, so it is an error even after a nested type.
    OffsetInsideByte {
        field: usize,
        asserted: usize,
        /// Where the run starts, when the macro knows it.
        run_start: Option<usize>,
        /// The byte of the run the field starts in.
        run_byte: usize,
        /// The bit of that byte, counted in declaration order.
        bit: u32,
    },
    /// The fields up to the end of `field` (of its run, for a bit field) take more than
    /// [`MAX_SIZE`] bytes; offsets after it are not checked.
    TooLarge { field: usize },
    /// `size = N` on a type of another size.
    SizeMismatch { asserted: usize, computed: usize },
}

/// The widest bit run: it is read as one `u128`.
pub const MAX_RUN_BITS: u64 = 128;

/// The largest layout, in bytes: one whose every bit a `usize` can number (the bit
/// positions of the schema's diagrams). No type comes near it: rustc refuses any larger
/// than `isize::MAX` bytes.
pub const MAX_SIZE: usize = usize::MAX / 8;

impl LayoutError {
    /// The field the error points at (`None`: the container's `size`).
    pub fn field(&self) -> Option<usize> {
        match *self {
            LayoutError::RunNotWholeBytes { first, .. } | LayoutError::RunTooLong { first, .. } => {
                Some(first)
            }
            LayoutError::OffsetMismatch { field, .. }
            | LayoutError::OffsetInsideByte { field, .. }
            | LayoutError::TooLarge { field } => Some(field),
            LayoutError::SizeMismatch { .. } => None,
        }
    }

    /// The message, naming fields by `names`.
    pub fn message(&self, names: &[String]) -> String {
        match *self {
            LayoutError::RunNotWholeBytes { first, last, bits } => {
                let missing = (8 - bits % 8) % 8;
                let next = bits.saturating_add(missing);
                let run = if first == last {
                    format!(
                        "the bit field `{}` is alone in its run: {bits} bits",
                        names[first]
                    )
                } else {
                    format!(
                        "the bit run from `{}` to `{}` is {bits} bits",
                        names[first], names[last]
                    )
                };
                format!(
                    "{run}; a run of bit fields must fill whole bytes ({missing} more bit{} would \
                     make {next})",
                    if missing == 1 { "" } else { "s" }
                )
            }
            LayoutError::RunTooLong { first, bits } => format!(
                "the bit run starting at `{}` is {bits} bits; a run is at most {MAX_RUN_BITS} \
                 bits: end it with a whole-byte field or split it",
                names[first]
            ),
            LayoutError::OffsetMismatch {
                field,
                asserted,
                computed,
            } => format!(
                "`offset = {asserted}` does not hold: the layout puts `{}` at offset {computed}",
                names[field]
            ),
            LayoutError::OffsetInsideByte {
                field,
                asserted,
                run_start,
                run_byte,
                bit,
            } => match run_start.and_then(|start| start.checked_add(run_byte)) {
                Some(byte) => format!(
                    "`offset = {asserted}` does not hold: bit field `{}` starts at bit {bit} of \
                     byte {byte}",
                    names[field]
                ),
                None => format!(
                    "`offset = {asserted}` does not hold: bit field `{}` starts at bit {bit} of \
                     byte {run_byte} of its run, inside a byte, whatever the sizes of the nested \
                     types before the run",
                    names[field]
                ),
            },
            LayoutError::TooLarge { field } => format!(
                "the fields up to `{}` take more than {MAX_SIZE} bytes, the most a layout can \
                 have (a usize numbers its bits)",
                names[field]
            ),
            LayoutError::SizeMismatch { asserted, computed } => {
                format!("`size = {asserted}` does not hold: the fields add up to {computed} bytes")
            }
        }
    }
}

/// Places `items` in order and checks the assertions.
pub fn compute(items: &[Item], asserted_size: Option<usize>) -> (Layout, Vec<LayoutError>) {
    let mut placer = Placer::default();
    let mut i = 0;
    while i < items.len() {
        if items[i].bits.is_none() {
            placer.place_bytes(items, i);
            i += 1;
            continue;
        }
        let end = items[i..]
            .iter()
            .position(|it| it.bits.is_none())
            .map_or(items.len(), |n| i + n);
        placer.place_run(items, i, end);
        i = end;
    }
    placer.check_size(asserted_size);
    placer.layout.size = placer.cursor;
    (placer.layout, placer.errors)
}

/// The state of [`compute`]: what is placed so far and where the next field goes.
#[derive(Default)]
struct Placer {
    layout: Layout,
    errors: Vec<LayoutError>,
    cursor: Offset,
    /// The known part of the cursor went past [`MAX_SIZE`] (reported once): no offset
    /// after it is checked.
    overflowed: bool,
}

impl Placer {
    fn place_bytes(&mut self, items: &[Item], index: usize) {
        let item = &items[index];
        if let Some(asserted) = item.asserted_offset {
            self.check_offset(index, asserted, 0);
        }
        self.layout.places.push(Place::Bytes {
            offset: self.cursor.clone(),
        });
        match item.width {
            Width::Bytes(n) => self.advance(index, n),
            Width::Opaque => self.cursor.opaque.push(index),
        }
    }

    /// Moves the cursor `bytes` on, past the end of `field`.
    fn advance(&mut self, field: usize, bytes: usize) {
        if self.overflowed {
            return;
        }
        match self.cursor.known.checked_add(bytes) {
            Some(known) if known <= MAX_SIZE => self.cursor.known = known,
            _ => self.overflow(field),
        }
    }

    /// The end of `field` is past [`MAX_SIZE`]: reported once, at the first such field.
    fn overflow(&mut self, field: usize) {
        if !self.overflowed {
            self.overflowed = true;
            self.errors.push(LayoutError::TooLarge { field });
        }
    }

    /// Checks `offset = asserted` on a field that starts `within` bytes after the cursor,
    /// or defers it to the compiler when a nested type comes before.
    fn check_offset(&mut self, field: usize, asserted: usize, within: usize) {
        if self.overflowed {
            return;
        }
        // Past `MAX_SIZE`: the run's end is too, and `advance` reports that.
        let Some(known) = self
            .cursor
            .known
            .checked_add(within)
            .filter(|known| *known <= MAX_SIZE)
        else {
            return;
        };
        if !self.cursor.opaque.is_empty() {
            self.layout.deferred_offsets.push(DeferredOffset {
                field,
                asserted,
                within,
            });
        } else if known != asserted {
            self.errors.push(LayoutError::OffsetMismatch {
                field,
                asserted,
                computed: known,
            });
        }
    }

    /// Places the bit fields `items[first..end]` as one run at the cursor.
    fn place_run(&mut self, items: &[Item], first: usize, end: usize) {
        let fields = &items[first..end];
        // Saturating: a saturated total is far over `MAX_RUN_BITS`, reported below.
        let total = fields
            .iter()
            .map(|it| u64::from(it.bits.unwrap_or(0)))
            .fold(0u64, u64::saturating_add);
        if !total.is_multiple_of(8) {
            self.errors.push(LayoutError::RunNotWholeBytes {
                first,
                last: end - 1,
                bits: total,
            });
        }
        if total > MAX_RUN_BITS {
            self.errors
                .push(LayoutError::RunTooLong { first, bits: total });
        }
        // Round up so that later fields still get an offset after an error.
        let run_bytes = total.div_ceil(8);
        let run_bits = run_bytes.saturating_mul(8);
        let little = items[first].little;
        let run_index = self.layout.runs.len();
        let mut position = 0u64;
        for (index, item) in (first..end).zip(fields) {
            let width = item.bits.unwrap_or(0);
            if let Some(asserted) = item.asserted_offset {
                self.check_bit_offset(index, asserted, position);
            }
            let end_bit = position.saturating_add(u64::from(width));
            // Big endian: the first field takes the most significant bits (RFC 791 diagrams).
            // Little endian: the first field takes the least significant bits, as C bit
            // fields do on little-endian targets.
            let shift = if little {
                position
            } else {
                run_bits.saturating_sub(end_bit)
            };
            self.layout.places.push(Place::Bit {
                run: run_index,
                shift: clamp_u32(shift),
                width,
                position: clamp_u32(position),
            });
            position = end_bit;
        }
        self.layout.runs.push(Run {
            offset: self.cursor.clone(),
            bytes: usize::try_from(run_bytes).unwrap_or(usize::MAX),
            little,
            fields: (first..end).collect(),
        });
        match usize::try_from(run_bytes) {
            Ok(bytes) => self.advance(first, bytes),
            Err(_) => self.overflow(first),
        }
    }

    /// `offset = asserted` on the bit field `position` bits into the run at the cursor.
    fn check_bit_offset(&mut self, field: usize, asserted: usize, position: u64) {
        let Ok(run_byte) = usize::try_from(position / 8) else {
            // Past what a usize counts: the run is reported as too long.
            return;
        };
        // Always below 8, so the cast is exact.
        let bit = (position % 8) as u32;
        if bit != 0 {
            let run_start = self.cursor.exact().filter(|_| !self.overflowed);
            self.errors.push(LayoutError::OffsetInsideByte {
                field,
                asserted,
                run_start,
                run_byte,
                bit,
            });
            return;
        }
        self.check_offset(field, asserted, run_byte);
    }

    fn check_size(&mut self, asserted_size: Option<usize>) {
        let Some(asserted) = asserted_size.filter(|_| !self.overflowed) else {
            return;
        };
        match self.cursor.exact() {
            Some(computed) if computed != asserted => self
                .errors
                .push(LayoutError::SizeMismatch { asserted, computed }),
            Some(_) => {}
            None => self.layout.deferred_size = Some(asserted),
        }
    }
}

/// A bit position or shift as the expansion takes it. Only a run already reported as
/// longer than [`MAX_RUN_BITS`] has one past `u32::MAX`, and such a layout is never
/// expanded.
fn clamp_u32(value: u64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod props;

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(_name: &str, n: usize) -> Item {
        Item {
            width: Width::Bytes(n),
            bits: None,
            little: false,
            asserted_offset: None,
        }
    }

    fn bits(_name: &str, n: u32, little: bool) -> Item {
        Item {
            width: Width::Bytes(0),
            bits: Some(n),
            little,
            asserted_offset: None,
        }
    }

    fn at(mut item: Item, offset: usize) -> Item {
        item.asserted_offset = Some(offset);
        item
    }

    fn exact(layout: &Layout, field: usize) -> usize {
        match &layout.places[field] {
            Place::Bytes { offset } => offset.exact().unwrap(),
            Place::Bit { run, .. } => layout.runs[*run].offset.exact().unwrap(),
        }
    }

    /// RFC 791, section 3.1.
    fn ipv4() -> Vec<Item> {
        vec![
            bits("version", 4, false),
            bits("ihl", 4, false),
            bits("dscp", 6, false),
            bits("ecn", 2, false),
            bytes("total_len", 2),
            bytes("identification", 2),
            bits("flags", 3, false),
            bits("fragment_offset", 13, false),
            bytes("ttl", 1),
            bytes("protocol", 1),
            bytes("checksum", 2),
            at(bytes("src", 4), 12),
            bytes("dst", 4),
        ]
    }

    #[test]
    fn ipv4_header_matches_rfc_791() {
        let (layout, errors) = compute(&ipv4(), Some(20));
        assert_eq!(errors, []);
        assert_eq!(layout.size.exact(), Some(20));
        // Consecutive bit fields form one run: version..ecn are the 16-bit word at 0.
        assert_eq!(layout.runs.len(), 2);
        assert_eq!(
            (layout.runs[0].offset.exact(), layout.runs[0].bytes),
            (Some(0), 2)
        );
        assert_eq!(
            (layout.runs[1].offset.exact(), layout.runs[1].bytes),
            (Some(6), 2)
        );
        // version: the high nibble of byte 0, ihl the low one, then dscp and ecn in byte 1.
        assert_eq!(
            layout.places[0],
            Place::Bit {
                run: 0,
                shift: 12,
                width: 4,
                position: 0
            }
        );
        assert_eq!(
            layout.places[1],
            Place::Bit {
                run: 0,
                shift: 8,
                width: 4,
                position: 4
            }
        );
        assert_eq!(
            layout.places[2],
            Place::Bit {
                run: 0,
                shift: 2,
                width: 6,
                position: 8
            }
        );
        assert_eq!(
            layout.places[3],
            Place::Bit {
                run: 0,
                shift: 0,
                width: 2,
                position: 14
            }
        );
        // flags: the top 3 bits of the 16-bit word at 6; fragment offset the low 13.
        assert_eq!(
            layout.places[6],
            Place::Bit {
                run: 1,
                shift: 13,
                width: 3,
                position: 0
            }
        );
        assert_eq!(
            layout.places[7],
            Place::Bit {
                run: 1,
                shift: 0,
                width: 13,
                position: 3
            }
        );
        let offsets: Vec<usize> = [4, 5, 8, 9, 10, 11, 12]
            .iter()
            .map(|&f| exact(&layout, f))
            .collect();
        assert_eq!(offsets, [2, 4, 8, 9, 10, 12, 16]);
    }

    #[test]
    fn itch_add_order_is_35_bytes() {
        let items = vec![
            bytes("stock_locate", 2),
            bytes("tracking_number", 2),
            bytes("timestamp", 6),
            bytes("order_ref", 8),
            bytes("side", 1),
            bytes("shares", 4),
            bytes("stock", 8),
            at(bytes("price", 4), 31),
        ];
        let (layout, errors) = compute(&items, Some(35));
        assert_eq!(errors, []);
        let offsets: Vec<usize> = (0..items.len()).map(|f| exact(&layout, f)).collect();
        assert_eq!(offsets, [0, 2, 4, 10, 18, 19, 23, 31]);
    }

    #[test]
    fn little_endian_runs_fill_from_the_low_bits() {
        let items = vec![bits("a", 3, true), bits("b", 9, true), bits("c", 4, true)];
        let (layout, errors) = compute(&items, None);
        assert_eq!(errors, []);
        assert_eq!(
            layout.places[0],
            Place::Bit {
                run: 0,
                shift: 0,
                width: 3,
                position: 0
            }
        );
        assert_eq!(
            layout.places[1],
            Place::Bit {
                run: 0,
                shift: 3,
                width: 9,
                position: 3
            }
        );
        assert_eq!(
            layout.places[2],
            Place::Bit {
                run: 0,
                shift: 12,
                width: 4,
                position: 12
            }
        );
    }

    #[test]
    fn a_run_must_fill_whole_bytes() {
        let items = vec![bits("a", 3, false), bits("b", 4, false), bytes("c", 1)];
        let (layout, errors) = compute(&items, None);
        assert_eq!(
            errors,
            [LayoutError::RunNotWholeBytes {
                first: 0,
                last: 1,
                bits: 7
            }]
        );
        // The layout still goes on, so later errors are found in the same compile.
        assert_eq!(exact(&layout, 2), 1);
        let names: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert!(errors[0]
            .message(&names)
            .contains("(1 more bit would make 8)"));
    }

    #[test]
    fn runs_longer_than_128_bits_are_refused() {
        let items = vec![
            bits("a", 64, false),
            bits("b", 64, false),
            bits("c", 8, false),
        ];
        let (_, errors) = compute(&items, None);
        assert_eq!(
            errors,
            [LayoutError::RunTooLong {
                first: 0,
                bits: 136
            }]
        );
    }

    #[test]
    fn wrong_assertions_say_what_the_layout_computed() {
        let items = vec![bytes("a", 2), at(bytes("b", 4), 3)];
        let (_, errors) = compute(&items, Some(7));
        assert_eq!(
            errors,
            [
                LayoutError::OffsetMismatch {
                    field: 1,
                    asserted: 3,
                    computed: 2
                },
                LayoutError::SizeMismatch {
                    asserted: 7,
                    computed: 6
                },
            ]
        );
    }

    #[test]
    fn bit_field_offsets_must_start_on_a_byte() {
        let items = vec![
            bytes("a", 1),
            bits("b", 4, false),
            at(bits("c", 12, false), 2),
        ];
        let (_, errors) = compute(&items, None);
        assert_eq!(
            errors,
            [LayoutError::OffsetInsideByte {
                field: 2,
                asserted: 2,
                run_start: Some(1),
                run_byte: 0,
                bit: 4
            }]
        );
    }

    #[test]
    fn offsets_after_a_nested_type_are_symbolic() {
        let items = vec![
            bytes("kind", 1),
            Item {
                width: Width::Opaque,
                ..bytes("header", 0)
            },
            at(bytes("crc", 4), 9),
        ];
        let (layout, errors) = compute(&items, Some(13));
        assert_eq!(errors, []);
        assert_eq!(
            layout.places[2],
            Place::Bytes {
                offset: Offset {
                    known: 1,
                    opaque: vec![1]
                }
            }
        );
        assert_eq!(
            layout.deferred_offsets,
            [DeferredOffset {
                field: 2,
                asserted: 9,
                within: 0
            }]
        );
        assert_eq!(layout.deferred_size, Some(13));
        assert_eq!(
            layout.size,
            Offset {
                known: 5,
                opaque: vec![1]
            }
        );
    }

    fn nested() -> Item {
        Item {
            width: Width::Opaque,
            ..bytes("nested", 0)
        }
    }

    #[test]
    fn bit_offsets_after_a_nested_type_are_deferred_as_written() {
        // kind, nested, then a 16-bit run: `low` is one byte into the run, so the
        // compiler checks `offset_of!(run) + 1 == 8`, with the user's 8 in the message.
        let items = vec![
            bytes("kind", 1),
            nested(),
            bits("high", 8, false),
            at(bits("low", 8, false), 8),
        ];
        let (layout, errors) = compute(&items, None);
        assert_eq!(errors, []);
        assert_eq!(
            layout.deferred_offsets,
            [DeferredOffset {
                field: 3,
                asserted: 8,
                within: 1
            }]
        );
    }

    #[test]
    fn a_small_bit_offset_after_a_nested_type_is_deferred_not_subtracted() {
        let items = vec![
            nested(),
            bits("a", 8, false),
            bits("b", 8, false),
            at(bits("c", 8, false), 1),
        ];
        let (layout, errors) = compute(&items, None);
        assert_eq!(errors, []);
        assert_eq!(
            layout.deferred_offsets,
            [DeferredOffset {
                field: 3,
                asserted: 1,
                within: 2
            }]
        );
    }

    #[test]
    fn a_bit_offset_inside_a_byte_is_an_error_after_a_nested_type_too() {
        let items = vec![
            nested(),
            bits("high", 4, false),
            at(bits("low", 4, false), 6),
        ];
        let (layout, errors) = compute(&items, None);
        assert_eq!(
            errors,
            [LayoutError::OffsetInsideByte {
                field: 2,
                asserted: 6,
                run_start: None,
                run_byte: 0,
                bit: 4
            }]
        );
        assert_eq!(layout.deferred_offsets, []);
        let names: Vec<String> = ["nested", "high", "low"].map(String::from).to_vec();
        assert!(errors[0]
            .message(&names)
            .contains("starts at bit 4 of byte 0 of its run"));
    }

    #[test]
    fn hostile_widths_are_errors_not_panics() {
        let huge_bits = vec![bits("a", u32::MAX, false), bits("b", u32::MAX, false)];
        let (_, errors) = compute(&huge_bits, Some(usize::MAX));
        let total = 2 * u64::from(u32::MAX);
        assert_eq!(
            errors,
            [
                LayoutError::RunNotWholeBytes {
                    first: 0,
                    last: 1,
                    bits: total
                },
                LayoutError::RunTooLong {
                    first: 0,
                    bits: total
                },
                LayoutError::SizeMismatch {
                    asserted: usize::MAX,
                    computed: 1_073_741_824
                },
            ]
        );
        let names: Vec<String> = ["a", "b"].map(String::from).to_vec();
        assert!(errors[0]
            .message(&names)
            .contains("(2 more bits would make 8589934592)"));

        let past_the_end = vec![
            bytes("a", MAX_SIZE),
            at(bytes("b", 0), MAX_SIZE),
            bytes("c", 1),
            at(bytes("d", 1), 0),
        ];
        let (_, errors) = compute(&past_the_end, Some(0));
        // `b` ends at MAX_SIZE, where its assertion holds; `c` ends past it, and no
        // offset or size after that is checked.
        assert_eq!(errors, [LayoutError::TooLarge { field: 2 }]);
        let (_, errors) = compute(&[bytes("a", usize::MAX), bytes("b", usize::MAX)], None);
        assert_eq!(errors, [LayoutError::TooLarge { field: 0 }]);
    }
}
