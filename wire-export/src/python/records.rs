//! numpy record views: for each fixed-size struct, a structured `dtype` whose fields lie
//! at the Rust offsets in the Rust byte orders, so `numpy.frombuffer(buf,
//! dtype=T.DTYPE)` views an array of encoded records without copying them. What numpy
//! has no type for (a bit field, an integer of 3, 5, 6 or 7 bytes, a fixed-point
//! decimal) gets a helper function over the column that holds it,
//! `T_field(records) -> array`. numpy stays optional: without it `T.DTYPE` is None.

use super::{type_name, STRUCT_RESERVED};
use std::fmt::Write as _;
use wire_schema::{Body, Endian, Place, Schema, Struct, Type};

/// The numpy type string of a value of `ty` in `width` bytes, when numpy has one.
fn scalar(ty: &Type, width: usize, endian: Endian) -> Option<String> {
    let order = match (width, endian) {
        (1, _) => '|',
        (_, Endian::Big) => '>',
        (_, Endian::Little) => '<',
    };
    let plain = matches!(width, 1 | 2 | 4 | 8);
    Some(match ty {
        Type::UInt { .. } if plain => format!("{order}u{width}"),
        Type::Int { .. } if plain => format!("{order}i{width}"),
        Type::Float { bytes } => format!("{order}f{bytes}"),
        Type::Bool => "|b1".into(),
        Type::Decimal { signed, .. } if plain => {
            format!("{order}{}{width}", if *signed { 'i' } else { 'u' })
        }
        Type::Named(schema) => match &schema.body {
            Body::Enum(e) => format!("{order}u{}", e.bytes),
            Body::Struct(s) if s.fixed_size => format!("{}.DTYPE", type_name(schema)),
            _ => return None,
        },
        Type::Array { elem, len, .. } if matches!(**elem, Type::UInt { bytes: 1 }) => {
            format!("|S{len}")
        }
        Type::Array {
            elem,
            elem_len,
            len,
        } => {
            let inner = scalar(elem, *elem_len, endian)?;
            if inner.ends_with(".DTYPE") {
                return Some(format!("({inner}, ({len},))"));
            }
            format!("({len},){inner}")
        }
        _ => return None,
    })
}

/// A numpy expression of the integers in `column`, an array of `width` raw bytes.
fn join_bytes(column: &str, endian: Endian, signed: bool) -> String {
    format!(
        "_record_int({column}, {}, {})",
        super::py_bool(endian == Endian::Big),
        super::py_bool(signed)
    )
}

/// The `DTYPE` assignment of a fixed-size struct and its helper functions; nothing for a
/// struct numpy cannot lay out (a field wider than 8 bytes that is not bytes).
pub(super) fn record_view(helpers: &mut String, dtypes: &mut String, schema: &Schema, s: &Struct) {
    let class = type_name(schema);
    let endian = s.endian.unwrap_or(Endian::Big);
    let (mut names, mut formats, mut offsets) = (Vec::new(), Vec::new(), Vec::new());
    let mut runs: Vec<usize> = Vec::new();
    let mut mine = String::new();
    let mut helper = |name: &str, doc: &str, body: &str| {
        let _ = writeln!(
            mine,
            "\n\ndef {class}_{name}(records: typing.Any) -> typing.Any:\n    \
             \"\"\"{doc}\"\"\"\n    return {body}"
        );
    };
    for field in s.fields {
        let attr = super::py_name(field.name, STRUCT_RESERVED);
        let field_endian = field.endian.or(s.endian).unwrap_or(endian);
        match field.place {
            Place::Bytes { offset, len } => {
                let column = format!("records[{}]", super::py_str(&attr));
                let format = match scalar(&field.ty, len, field_endian) {
                    Some(format) => format,
                    None => match field.ty {
                        Type::UInt { .. } | Type::Int { .. } | Type::Decimal { .. } if len <= 8 => {
                            // An integer numpy has no type for: its bytes, and a helper.
                            let signed = matches!(
                                field.ty,
                                Type::Int { .. } | Type::Decimal { signed: true, .. }
                            );
                            let value = join_bytes(&column, field_endian, signed);
                            let value = match field.ty {
                                Type::Decimal { scale, .. } => {
                                    format!("({value}) / {:?}", 10f64.powi(scale as i32))
                                }
                                _ => value,
                            };
                            helper(
                                &attr,
                                &format!("`{attr}` of each record: a {len}-byte integer."),
                                &value,
                            );
                            format!("({len},)u1")
                        }
                        _ => return,
                    },
                };
                if let Type::Decimal { scale, .. } = field.ty {
                    if matches!(len, 1 | 2 | 4 | 8) {
                        helper(
                            &attr,
                            &format!(
                                "`{attr}` of each record, as floats (a count of 10^-{scale})."
                            ),
                            &format!("{column} / {:?}", 10f64.powi(scale as i32)),
                        );
                    }
                }
                names.push(super::py_str(&attr));
                formats.push(if format.contains(".DTYPE") {
                    format
                } else {
                    super::py_str(&format)
                });
                offsets.push(offset);
            }
            Place::Bits {
                run_offset,
                run_len,
                shift,
                width,
            } => {
                let run_fields: Vec<String> = s
                    .fields
                    .iter()
                    .filter(
                        |f| matches!(f.place, Place::Bits { run_offset: o, .. } if o == run_offset),
                    )
                    .map(|f| super::py_name(f.name, STRUCT_RESERVED))
                    .collect();
                let run = run_fields.join("_");
                let column = format!("records[{}]", super::py_str(&run));
                if !runs.contains(&run_offset) {
                    runs.push(run_offset);
                    let format = match run_len {
                        1 | 2 | 4 | 8 => super::py_str(&format!(
                            "{}u{run_len}",
                            if run_len == 1 {
                                '|'
                            } else if field_endian == Endian::Big {
                                '>'
                            } else {
                                '<'
                            }
                        )),
                        _ => super::py_str(&format!("({run_len},)u1")),
                    };
                    names.push(super::py_str(&run));
                    formats.push(format);
                    offsets.push(run_offset);
                }
                let raw = match run_len {
                    1 | 2 | 4 | 8 => column.clone(),
                    _ => format!("({})", join_bytes(&column, field_endian, false)),
                };
                let mask = (1u64 << width) - 1;
                let unsigned = format!("({raw} >> {shift}) & {mask:#x}");
                let value = match field.ty {
                    Type::Bool => format!("({unsigned}) != 0"),
                    Type::Int { .. } => {
                        let sign = 1u64 << (width - 1);
                        format!("(({unsigned}).astype(_numpy.int64) ^ {sign:#x}) - {sign:#x}")
                    }
                    _ => unsigned,
                };
                helper(
                    &attr,
                    &format!(
                        "`{attr}` of each record: bits {shift}..{} of `{run}`.",
                        shift + width
                    ),
                    &value,
                );
            }
            Place::Variable { .. } => return,
        }
    }
    helpers.push_str(&mine);
    let _ = writeln!(
        dtypes,
        "    {class}.DTYPE = _numpy.dtype({{\n        \"names\": [{}],\n        \"formats\": [{}],\n        \
         \"offsets\": [{}],\n        \"itemsize\": {},\n    }})",
        names.join(", "),
        formats.join(", "),
        offsets
            .iter()
            .map(|o| o.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        s.block_len
    );
}
