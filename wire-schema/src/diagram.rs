//! The RFC 791 style ASCII diagram of a fixed block: 32 bits per row, each bit two
//! characters wide, bit 0 the most significant bit of the first byte (RFC 791 section
//! 3.1, "Internet Header Format").

use crate::Place;
use alloc::string::String;
use alloc::string::ToString;
use alloc::vec::Vec;
use alloc::{format, vec};

/// One box of a diagram: `bits` bits from bit `start` of the block, counted from the most
/// significant bit of byte 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell<'a> {
    /// The text in the box, cut to fit.
    pub label: &'a str,
    /// The first bit.
    pub start: usize,
    /// The width in bits.
    pub bits: usize,
}

impl Cell<'_> {
    /// The first bit of a bit field in the order the diagram counts, when its bits are
    /// adjacent in that order. A big-endian run is one integer written most significant
    /// byte first, so every field in it is adjacent; in a little-endian run a field that
    /// crosses a byte boundary is split (its low bits are in the earlier byte), and
    /// `None` tells the caller to draw the run as one box.
    pub fn bit_start(
        run_offset: usize,
        run_len: usize,
        shift: u32,
        width: u32,
        little: bool,
    ) -> Option<usize> {
        let (shift, width) = (shift as usize, width as usize);
        if !little {
            return Some(run_offset * 8 + run_len * 8 - shift - width);
        }
        let byte = shift / 8;
        let low = shift % 8;
        (low + width <= 8).then(|| (run_offset + byte) * 8 + 8 - low - width)
    }
}

const ROW_BITS: usize = 32;

/// Draws `cells` over a block of `total_bits` bits. Bits no cell covers are drawn as empty
/// boxes; cells must be in order and must not overlap. A cell that continues on the next
/// row is labelled again there, so every box has a name.
///
/// ```
/// use wire::schema::{diagram, Cell};
///
/// let cells = [
///     Cell { label: "Version", start: 0, bits: 4 },
///     Cell { label: "IHL", start: 4, bits: 4 },
///     Cell { label: "Type of Service", start: 8, bits: 8 },
///     Cell { label: "Total Length", start: 16, bits: 16 },
/// ];
/// let expected = [
///     " 0                   1                   2                   3",
///     " 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1",
///     "+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+",
///     "|Version|  IHL  |Type of Service|          Total Length         |",
///     "+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+",
///     "",
/// ]
/// .join("\n");
/// assert_eq!(diagram(&cells, 32), expected);
/// ```
pub fn diagram(cells: &[Cell], total_bits: usize) -> String {
    let mut out = String::new();
    let ruler_bits = total_bits.clamp(1, ROW_BITS);
    out.push(' ');
    for bit in 0..ruler_bits {
        out.push(if bit % 10 == 0 {
            char::from(b'0' + (bit / 10) as u8)
        } else {
            ' '
        });
        if bit + 1 < ruler_bits {
            out.push(' ');
        }
    }
    // The tens digits end at the last multiple of ten: no trailing spaces.
    out.truncate(out.trim_end().len());
    out.push_str("\n ");
    for bit in 0..ruler_bits {
        out.push(char::from(b'0' + (bit % 10) as u8));
        if bit + 1 < ruler_bits {
            out.push(' ');
        }
    }
    out.push('\n');
    out.push_str(&border(ruler_bits));

    let boxes = fill_gaps(cells, total_bits);
    let mut row_start = 0;
    while row_start < total_bits {
        let row_end = (row_start + ROW_BITS).min(total_bits);
        out.push('|');
        for cell in &boxes {
            let from = cell.start.max(row_start);
            let to = (cell.start + cell.bits).min(row_end);
            if from >= to {
                continue;
            }
            out.push_str(&centered(cell.label, 2 * (to - from) - 1));
            out.push('|');
        }
        out.push('\n');
        out.push_str(&border(row_end - row_start));
        row_start = row_end;
    }
    out
}

/// A field of a fixed block, as [`block_diagram`] draws it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BlockField<'a> {
    /// The name in its box.
    pub label: &'a str,
    /// Where it lies; variable fields are not drawn.
    pub place: Place,
    /// For a bit field: whether its run is little endian (first field in the low bits).
    pub little: bool,
}

/// Draws a fixed block of `block_len` bytes from its fields, as the rustdoc of a derived
/// type and `wire::schema::markdown` show it. The fields of a bit run
/// each get a box, except in a little-endian run where one field crosses a byte boundary
/// (see [`Cell::bit_start`]): that run is one box labelled with all its fields, so the
/// diagram never draws a field where its bits are not.
///
/// ```
/// use wire::schema::{block_diagram, BlockField, Place};
///
/// let fields = [
///     BlockField { label: "flags", place: Place::Bits { run_offset: 0, run_len: 2, shift: 13, width: 3 }, little: false },
///     BlockField { label: "fragment_offset", place: Place::Bits { run_offset: 0, run_len: 2, shift: 0, width: 13 }, little: false },
///     BlockField { label: "ttl", place: Place::Bytes { offset: 2, len: 1 }, little: false },
/// ];
/// let text = block_diagram(&fields, 3);
/// assert!(text.contains("|flags|     fragment_offset     |      ttl      |"));
/// ```
pub fn block_diagram(fields: &[BlockField], block_len: usize) -> String {
    let boxes = block_boxes(fields);
    let cells: Vec<Cell> = boxes
        .iter()
        .map(|(label, start, bits)| Cell {
            label,
            start: *start,
            bits: *bits,
        })
        .collect();
    diagram(&cells, block_len * 8)
}

/// The boxes of a block, sorted by first bit: `(label, first bit, bits)`.
fn block_boxes(fields: &[BlockField]) -> Vec<(String, usize, usize)> {
    let mut boxes = Vec::new();
    let mut rest = fields.iter().peekable();
    while let Some(field) = rest.next() {
        match field.place {
            Place::Bytes { offset, len } => {
                boxes.push((field.label.to_string(), offset * 8, len * 8))
            }
            Place::Bits {
                run_offset,
                run_len,
                ..
            } => {
                // The fields of one run are adjacent in declaration order.
                let mut run = vec![field];
                while let Some(next) = rest.next_if(|f| same_run(&f.place, run_offset)) {
                    run.push(next);
                }
                boxes.extend(run_boxes(&run, run_offset, run_len));
            }
            Place::Variable { .. } => {}
        }
    }
    boxes.sort_by_key(|&(_, start, _)| start);
    boxes
}

fn same_run(place: &Place, run_offset: usize) -> bool {
    matches!(place, Place::Bits { run_offset: o, .. } if *o == run_offset)
}

fn run_boxes(
    run: &[&BlockField],
    run_offset: usize,
    run_len: usize,
) -> Vec<(String, usize, usize)> {
    let starts: Option<Vec<(String, usize, usize)>> = run
        .iter()
        .map(|f| {
            let Place::Bits { shift, width, .. } = f.place else {
                return None;
            };
            Cell::bit_start(run_offset, run_len, shift, width, f.little)
                .map(|start| (f.label.to_string(), start, width as usize))
        })
        .collect();
    starts.unwrap_or_else(|| {
        let names: Vec<&str> = run.iter().map(|f| f.label).collect();
        vec![(names.join(", "), run_offset * 8, run_len * 8)]
    })
}

/// The cells with empty boxes in the holes, so every bit is drawn.
fn fill_gaps<'a>(cells: &[Cell<'a>], total_bits: usize) -> Vec<Cell<'a>> {
    let mut boxes = Vec::with_capacity(cells.len() * 2);
    let mut at = 0;
    for cell in cells {
        if cell.start > at {
            boxes.push(Cell {
                label: "",
                start: at,
                bits: cell.start - at,
            });
        }
        boxes.push(*cell);
        at = at.max(cell.start + cell.bits);
    }
    if at < total_bits {
        boxes.push(Cell {
            label: "",
            start: at,
            bits: total_bits - at,
        });
    }
    boxes
}

fn border(bits: usize) -> String {
    let mut line = "+-".repeat(bits);
    line.push_str("+\n");
    line
}

/// `label` centred in `width` characters (cut when longer), the extra space on the left
/// as RFC 791 does ("  IHL  ").
fn centered(label: &str, width: usize) -> String {
    let label: String = label.chars().take(width).collect();
    let len = label.chars().count();
    let right = (width - len) / 2;
    let left = width - len - right;
    format!("{}{label}{}", " ".repeat(left), " ".repeat(right))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_endian_bits_count_from_the_most_significant() {
        // A 2-byte run at offset 6: flags (3 bits, shift 13), fragment offset (13, shift 0).
        assert_eq!(Cell::bit_start(6, 2, 13, 3, false), Some(48));
        assert_eq!(Cell::bit_start(6, 2, 0, 13, false), Some(51));
    }

    #[test]
    fn little_endian_bits_inside_one_byte_are_adjacent_and_across_bytes_are_not() {
        // A 1-byte run: the first field (shift 0, 3 bits) is the low bits: bits 5..8.
        assert_eq!(Cell::bit_start(0, 1, 0, 3, true), Some(5));
        assert_eq!(Cell::bit_start(0, 2, 8, 4, true), Some(12));
        assert_eq!(Cell::bit_start(0, 2, 4, 8, true), None);
    }

    #[test]
    fn long_fields_continue_on_the_next_row_and_holes_are_drawn() {
        let cells = [
            Cell {
                label: "a",
                start: 0,
                bits: 8,
            },
            Cell {
                label: "timestamp",
                start: 16,
                bits: 48,
            },
        ];
        let text = diagram(&cells, 72);
        let rows: Vec<&str> = text.lines().filter(|l| l.starts_with('|')).collect();
        assert_eq!(rows.len(), 3);
        assert!(rows[0].starts_with("|       a       |               |"));
        assert!(rows[1].contains("timestamp"));
        assert_eq!(rows[2].len(), 2 * 8 + 1);
        for line in text.lines().skip(2) {
            assert!(line.len() <= 2 * 32 + 1);
        }
    }

    #[test]
    fn one_bit_labels_are_cut_to_one_character() {
        let cells = [Cell {
            label: "flag",
            start: 0,
            bits: 1,
        }];
        let text = diagram(&cells, 8);
        assert!(text.contains("|f|"), "{text}");
    }
}
