//! Layout: where each field lies, as plain data.
//!
//! Fields are placed one after the other in declaration order, with no padding (the
//! layout is explicit: a hole must be a field). Consecutive `bits` fields form a run of
//! whole bytes. A field whose width only the compiler knows (a nested type) makes the
//! offsets after it symbolic: `known + size of those fields`; assertions about such
//! offsets are left to const assertions in the generated code.
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

    fn advance(&mut self, index: usize, width: Width) {
        match width {
            Width::Bytes(n) => self.known += n,
            Width::Opaque => self.opaque.push(index),
        }
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

/// The computed layout.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    pub places: Vec<Place>,
    pub runs: Vec<Run>,
    pub size: Offset,
    /// `offset = N` assertions that only the compiler can check: (field, asserted).
    pub deferred_offsets: Vec<(usize, usize)>,
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
        bits: u32,
    },
    /// A bit run wider than the widest integer it is read as.
    RunTooLong { first: usize, bits: u32 },
    /// `offset = N` on a field that starts elsewhere.
    OffsetMismatch {
        field: usize,
        asserted: usize,
        computed: usize,
    },
    /// `offset = N` on a bit field that does not start on a byte boundary.
    OffsetInsideByte {
        field: usize,
        asserted: usize,
        byte: usize,
        bit: u32,
    },
    /// `size = N` on a type of another size.
    SizeMismatch { asserted: usize, computed: usize },
}

/// The widest bit run: it is read as one `u128`.
pub const MAX_RUN_BITS: u32 = 128;

impl LayoutError {
    /// The field the error points at (`None`: the container's `size`).
    pub fn field(&self) -> Option<usize> {
        match *self {
            LayoutError::RunNotWholeBytes { first, .. } | LayoutError::RunTooLong { first, .. } => {
                Some(first)
            }
            LayoutError::OffsetMismatch { field, .. }
            | LayoutError::OffsetInsideByte { field, .. } => Some(field),
            LayoutError::SizeMismatch { .. } => None,
        }
    }

    /// The message, naming fields by `names`.
    pub fn message(&self, names: &[String]) -> String {
        match *self {
            LayoutError::RunNotWholeBytes { first, last, bits } => {
                let next = bits.div_ceil(8) * 8;
                let missing = next - bits;
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
                byte,
                bit,
            } => format!(
                "`offset = {asserted}` does not hold: bit field `{}` starts at bit {bit} of byte \
                 {byte}",
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
    let mut layout = Layout::default();
    let mut errors = Vec::new();
    let mut cursor = Offset::default();
    let mut i = 0;
    while i < items.len() {
        if items[i].bits.is_none() {
            check_offset(&items[i], i, &cursor, &mut layout, &mut errors);
            layout.places.push(Place::Bytes {
                offset: cursor.clone(),
            });
            cursor.advance(i, items[i].width);
            i += 1;
            continue;
        }
        let end = items[i..]
            .iter()
            .position(|it| it.bits.is_none())
            .map_or(items.len(), |n| i + n);
        let run = place_run(items, i, end, &cursor, &mut layout, &mut errors);
        cursor.known += run.bytes;
        layout.runs.push(run);
        i = end;
    }
    if let Some(asserted) = asserted_size {
        match cursor.exact() {
            Some(computed) if computed != asserted => {
                errors.push(LayoutError::SizeMismatch { asserted, computed })
            }
            Some(_) => {}
            None => layout.deferred_size = Some(asserted),
        }
    }
    layout.size = cursor;
    (layout, errors)
}

fn check_offset(
    item: &Item,
    index: usize,
    cursor: &Offset,
    layout: &mut Layout,
    errors: &mut Vec<LayoutError>,
) {
    let Some(asserted) = item.asserted_offset else {
        return;
    };
    match cursor.exact() {
        Some(computed) if computed != asserted => errors.push(LayoutError::OffsetMismatch {
            field: index,
            asserted,
            computed,
        }),
        Some(_) => {}
        None => layout.deferred_offsets.push((index, asserted)),
    }
}

/// Places the bit fields `items[first..end]` as one run starting at `cursor`.
fn place_run(
    items: &[Item],
    first: usize,
    end: usize,
    cursor: &Offset,
    layout: &mut Layout,
    errors: &mut Vec<LayoutError>,
) -> Run {
    let total: u32 = items[first..end]
        .iter()
        .map(|it| it.bits.unwrap_or(0))
        .sum();
    if !total.is_multiple_of(8) {
        errors.push(LayoutError::RunNotWholeBytes {
            first,
            last: end - 1,
            bits: total,
        });
    }
    if total > MAX_RUN_BITS {
        errors.push(LayoutError::RunTooLong { first, bits: total });
    }
    // Round up so that later fields still get an offset after an error.
    let bytes = total.div_ceil(8) as usize;
    let run_bits = bytes as u32 * 8;
    let little = items[first].little;
    let run_index = layout.runs.len();
    let mut position = 0;
    for (index, item) in items.iter().enumerate().take(end).skip(first) {
        let width = item.bits.unwrap_or(0);
        if let Some(asserted) = item.asserted_offset {
            bit_offset_assertion(index, asserted, cursor, position, layout, errors);
        }
        // Big endian: the first field takes the most significant bits (RFC 791 diagrams).
        // Little endian: the first field takes the least significant bits, as C bit
        // fields do on little-endian targets.
        let shift = if little {
            position
        } else {
            run_bits.saturating_sub(position + width)
        };
        layout.places.push(Place::Bit {
            run: run_index,
            shift,
            width,
            position,
        });
        position += width;
    }
    Run {
        offset: cursor.clone(),
        bytes,
        little,
        fields: (first..end).collect(),
    }
}

fn bit_offset_assertion(
    index: usize,
    asserted: usize,
    run_start: &Offset,
    position: u32,
    layout: &mut Layout,
    errors: &mut Vec<LayoutError>,
) {
    let Some(start) = run_start.exact() else {
        if position.is_multiple_of(8) {
            layout
                .deferred_offsets
                .push((index, asserted - (position / 8) as usize));
        }
        return;
    };
    let byte = start + (position / 8) as usize;
    let bit = position % 8;
    if bit != 0 {
        errors.push(LayoutError::OffsetInsideByte {
            field: index,
            asserted,
            byte,
            bit,
        });
    } else if byte != asserted {
        errors.push(LayoutError::OffsetMismatch {
            field: index,
            asserted,
            computed: byte,
        });
    }
}

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
                byte: 1,
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
        assert_eq!(layout.deferred_offsets, [(2, 9)]);
        assert_eq!(layout.deferred_size, Some(13));
        assert_eq!(
            layout.size,
            Offset {
                known: 5,
                opaque: vec![1]
            }
        );
    }
}
