//! `T::SCHEMA`: the checked model and its layout written out as `wire::schema` data, and
//! the type's layout in its rustdoc (the RFC 791 style diagram when the macro knows every
//! width, drawn by the runtime's own `block_diagram`, as the Markdown export draws it).
//!
//! Offsets and widths that only the compiler knows (a nested type's size) are written as
//! constant expressions over the raw block, so the schema is exact in every case.

use super::{describe, offset_expr, prim_ty, private, ty_text};
use crate::attr::ty_kind;
use crate::layout::Place;
use crate::model::{Endian, Input, LenKind, Magic, Payload, Prim, TagKind, TyKind};
use crate::validate::{CheckedEnum, CheckedField, CheckedStruct, CheckedUnion, Shape, VarShape};
use proc_macro2::TokenStream;
use quote::quote;
use wire_schema::{self as schema, BlockField};

/// `HasSchema` and the inherent `SCHEMA` of a struct.
pub fn struct_schema(s: &CheckedStruct) -> TokenStream {
    let p = private();
    let block = super::block_size(s);
    let fields = s.fields.iter().map(|f| field(s, f));
    let endian = endian(s.endian);
    let version = option(s.version.map(|v| quote!(#v)));
    let fixed_size = !s.is_variable();
    let max_depth = s.max_depth;
    let body = quote! {
        #p::schema::Body::Struct(#p::schema::Struct {
            endian: #endian,
            version: #version,
            block_len: #block,
            fixed_size: #fixed_size,
            max_depth: #max_depth,
            fields: &[#(#fields),*],
        })
    };
    impls(s.input, body, struct_doc(s))
}

/// `HasSchema` and the inherent `SCHEMA` of a C-like enum.
pub fn enum_schema(e: &CheckedEnum) -> TokenStream {
    let p = private();
    let ty = &e.input.ident;
    let bytes = e.repr.bytes();
    let values = e.named().map(|v| {
        let (name, doc, value) = (v.ident.to_string(), &v.doc, super::enums::value(e, v));
        quote! {
            #p::schema::EnumValue { name: #name, doc: #doc, value: #value as u64 }
        }
    });
    let other = option(e.other.map(|v| {
        let (name, doc) = (v.ident.to_string(), &v.doc);
        quote!(#p::schema::EnumOther { name: #name, doc: #doc })
    }));
    let body = quote! {
        #p::schema::Body::Enum(#p::schema::Enum {
            bytes: #bytes,
            values: &[#(#values),*],
            other: #other,
        })
    };
    let listed: Vec<String> = e
        .named()
        .map(|v| match v.value {
            Some(value) => format!("`{}` = {value:#x}", v.ident),
            None => format!("`{}`", v.ident),
        })
        .collect();
    let others = match e.other {
        Some(other) => format!(
            "Any other value is kept by `{}` and encoded back unchanged.",
            other.ident
        ),
        None => "Any other value is a decode error.".to_owned(),
    };
    let doc = format!(
        "The wire layout of [`{ty}`] as data: a {}-byte unsigned integer (`{}`) in the byte \
         order of the field that holds it; {} values: {}. {others}",
        bytes,
        e.repr.name(),
        if e.other.is_some() { "named" } else { "valid" },
        listed.join(", ")
    );
    impls(e.input, body, doc)
}

/// `HasSchema` and the inherent `SCHEMA` of a tagged union.
pub fn union_schema(u: &CheckedUnion) -> TokenStream {
    let p = private();
    let tag = match u.tag {
        TagKind::U8 => quote!(#p::schema::TagKind::U8),
        TagKind::U16 => quote!(#p::schema::TagKind::U16),
        TagKind::Header => quote!(#p::schema::TagKind::Header),
        TagKind::Varint => quote!(#p::schema::TagKind::Varint),
    };
    let tag_ty = match u.tag {
        TagKind::U8 => quote!(u8),
        TagKind::U16 | TagKind::Header => quote!(u16),
        TagKind::Varint => quote!(u64),
    };
    let variants = u.variants.iter().map(|v| {
        let (name, doc) = (v.ident.to_string(), &v.doc);
        let id = match (&v.id, v.other) {
            (Some(id), None) => {
                let expr = &id.value;
                quote!(#p::Some({ const ID: #tag_ty = #expr; ID as u64 }))
            }
            _ => quote!(#p::None),
        };
        let payload = match (&v.payload, v.other) {
            (Payload::One(inner), None) => {
                let ty = type_of(inner);
                quote!(#p::Some(#ty))
            }
            _ => quote!(#p::None),
        };
        quote! {
            #p::schema::Variant { name: #name, doc: #doc, id: #id, payload: #payload }
        }
    });
    let endian = endian(u.endian);
    let max_depth = u.max_depth;
    let body = quote! {
        #p::schema::Body::Union(#p::schema::Union {
            tag: #tag,
            endian: #endian,
            max_depth: #max_depth,
            variants: &[#(#variants),*],
        })
    };
    let ty = &u.input.ident;
    let listed: Vec<String> = u
        .variants
        .iter()
        .map(|v| match (v.id_value, v.other) {
            (_, Some(_)) => format!("any other tag: `{}`", v.ident),
            (Some(id), None) => format!("{id:#x}: `{}`", v.ident),
            (None, None) => format!("`{}`", v.ident),
        })
        .collect();
    let doc = format!(
        "The wire layout of [`{ty}`] as data: a tag ({}), then the selected variant's \
         message. Tags: {}.",
        match u.tag {
            TagKind::U8 => "one byte",
            TagKind::U16 => "two bytes",
            TagKind::Varint => "a LEB128 varint",
            TagKind::Header => "the frame header's message type, not in the payload",
        },
        listed.join("; ")
    );
    impls(u.input, body, doc)
}

fn impls(input: &Input, body: TokenStream, doc: String) -> TokenStream {
    let p = private();
    let ty = &input.ident;
    let (name, type_doc) = (ty.to_string(), &input.doc);
    let (impl_gen, ty_gen) = match &input.lifetime {
        Some(lt) => (quote!(<#lt>), quote!(<#lt>)),
        None => (TokenStream::new(), TokenStream::new()),
    };
    let held = super::held_where();
    // The value in the inherent constant, the trait's naming it: a user's rustdoc prints
    // a constant's value when it is a path, and this one names no hidden path.
    quote! {
        impl #impl_gen #p::schema::HasSchema for #ty #ty_gen #held {
            const SCHEMA: &'static #p::schema::Schema = Self::SCHEMA;
        }

        impl #impl_gen #ty #ty_gen #held {
            #[doc = #doc]
            pub const SCHEMA: &'static #p::schema::Schema = &#p::schema::Schema {
                name: #name,
                module: #p::core::module_path!(),
                doc: #type_doc,
                body: #body,
            };
        }
    }
}

fn field(s: &CheckedStruct, f: &CheckedField) -> TokenStream {
    let p = private();
    let name = f.field.name();
    let doc = &f.field.doc;
    let rust_type = ty_text(&f.field.ty);
    let ty = field_type(f);
    let place = place(s, f);
    let endian = match (&f.shape, super::is_named(&f.field.kind)) {
        // Only the compiler knows whether a named type takes the field's byte order (an
        // enum wider than a byte) or brings its own (a struct, a one-byte enum).
        (Shape::Plain, true) => {
            let (ty, order) = (&f.field.ty, endian(f.endian));
            quote!(if <#ty as #p::FixedWire>::NEEDS_ENDIAN { #order } else { #p::None })
        }
        _ if super::needs_order(f) => endian(f.endian),
        _ => endian(None),
    };
    let since = f.since;
    let magic = option(f.magic.map(|m| magic(f, m)));
    let default = option(default(f));
    let condition = super::lengths::schema_condition(f);
    let checksum = super::checksum::schema_entry(s, f);
    quote! {
        #p::schema::Field {
            name: #name,
            doc: #doc,
            rust_type: #rust_type,
            ty: #ty,
            place: #place,
            endian: #endian,
            since: #since,
            magic: #magic,
            default: #default,
            condition: #condition,
            checksum: #checksum,
        }
    }
}

fn field_type(f: &CheckedField) -> TokenStream {
    let p = private();
    match &f.shape {
        Shape::Plain => type_of(&f.field.ty),
        Shape::OddBytes { prim, .. } | Shape::Bit { prim, .. } => prim_type(*prim),
        Shape::Decimal { float, repr, scale } => {
            let (float_bytes, repr_bytes, signed) = (float.bytes(), repr.bytes(), repr.is_signed());
            quote! {
                #p::schema::Type::Decimal {
                    float_bytes: #float_bytes,
                    repr_bytes: #repr_bytes,
                    signed: #signed,
                    scale: #scale,
                }
            }
        }
        Shape::Var(shape) => var_type(shape),
    }
}

fn var_type(shape: &VarShape) -> TokenStream {
    let p = private();
    match shape {
        VarShape::Bytes { len, max, .. } => {
            let prefix = prefix(*len);
            quote!(#p::schema::Type::Bytes { prefix: #prefix, max_len: #max })
        }
        VarShape::Str { len, max, .. } => {
            let prefix = prefix(*len);
            quote!(#p::schema::Type::Str { prefix: #prefix, max_len: #max })
        }
        VarShape::List { elem, len, max } => {
            let prefix = prefix(*len);
            let elem = type_of(elem);
            quote!(#p::schema::Type::List { elem: &#elem, prefix: #prefix, max_len: #max })
        }
        VarShape::Opt(inner) => {
            let inner = var_type(inner);
            quote!(#p::schema::Type::Option(&#inner))
        }
        VarShape::Element { ty } => type_of(ty),
        VarShape::Varint { prim, zigzag } => {
            let (signed, bytes) = (prim.is_signed(), prim.bytes());
            quote! {
                #p::schema::Type::Varint { signed: #signed, zigzag: #zigzag, bytes: #bytes }
            }
        }
        VarShape::Computed(c) => super::lengths::schema_type(c),
        // No presence byte: the type is `T`'s, and the field's `condition` says when.
        VarShape::Cond { inner, .. } => var_type(inner),
    }
}

/// The schema type of a Rust type as spelled: a primitive, an array, or a named type
/// (what a fixed field, a list element, an option's value or a union payload may be).
pub(super) fn type_of(ty: &syn::Type) -> TokenStream {
    let p = private();
    match (ty_kind(ty), ty) {
        (TyKind::Prim(prim), _) => prim_type(prim),
        (TyKind::Array { .. }, syn::Type::Array(array)) => {
            let (elem_ty, len) = (&array.elem, &array.len);
            let elem = type_of(elem_ty);
            quote! {
                #p::schema::Type::Array {
                    elem: &#elem,
                    elem_len: #p::core::mem::size_of::<
                        <#elem_ty as #p::FixedWire>::Raw<#p::BigEndian>
                    >(),
                    len: #len,
                }
            }
        }
        _ => quote!(#p::schema::Type::Named(#p::schema::SchemaRef::of::<#ty>())),
    }
}

fn prim_type(prim: Prim) -> TokenStream {
    let p = private();
    let bytes = prim.bytes();
    match prim {
        Prim::Bool => quote!(#p::schema::Type::Bool),
        Prim::F32 | Prim::F64 => quote!(#p::schema::Type::Float { bytes: #bytes }),
        _ if prim.is_signed() => quote!(#p::schema::Type::Int { bytes: #bytes }),
        _ => quote!(#p::schema::Type::UInt { bytes: #bytes }),
    }
}

fn place(s: &CheckedStruct, f: &CheckedField) -> TokenStream {
    let p = private();
    match (&f.place, &f.shape) {
        (
            Some(Place::Bit {
                run, shift, width, ..
            }),
            _,
        ) => {
            let offset = offset_expr(s, f);
            let run_len = s.layout.runs[*run].bytes;
            quote! {
                #p::schema::Place::Bits {
                    run_offset: #offset,
                    run_len: #run_len,
                    shift: #shift,
                    width: #width,
                }
            }
        }
        (Some(Place::Bytes { .. }), shape) => {
            let offset = offset_expr(s, f);
            let len = match (shape, f.field.kind.known_bytes()) {
                (Shape::OddBytes { bytes, .. }, _) => quote!(#bytes),
                (Shape::Decimal { repr, .. }, _) => {
                    let bytes = repr.bytes();
                    quote!(#bytes)
                }
                (_, Some(bytes)) => quote!(#bytes),
                // A nested type: its width is its raw block's size, whatever the order.
                (_, None) => {
                    let ty = &f.field.ty;
                    quote!(#p::core::mem::size_of::<<#ty as #p::FixedWire>::Raw<#p::BigEndian>>())
                }
            };
            quote!(#p::schema::Place::Bytes { offset: #offset, len: #len })
        }
        _ => {
            let index = s
                .var_fields()
                .position(|v| v.field.ident == f.field.ident)
                .unwrap_or(0);
            quote!(#p::schema::Place::Variable { index: #index })
        }
    }
}

/// A magic constant as the bytes on the wire: a byte string as written, an integer in
/// the field's byte order.
fn magic(f: &CheckedField, magic: &Magic) -> TokenStream {
    match (magic, &f.field.kind) {
        (Magic::Bytes(bytes), _) => quote!(#bytes),
        (Magic::Int(int), TyKind::Prim(prim)) => {
            let prim = prim_ty(*prim);
            match f.endian {
                Some(Endian::Little) => quote!(&#prim::to_le_bytes(#int)),
                _ => quote!(&#prim::to_be_bytes(#int)),
            }
        }
        // validate accepts integer magics on integers only.
        (Magic::Int(_), _) => quote!(&[]),
    }
}

fn default(f: &CheckedField) -> Option<TokenStream> {
    let p = private();
    match &f.field.attrs.default {
        Some(spanned) => Some(match &spanned.value {
            None => quote!(#p::schema::DefaultValue::TypeDefault),
            Some(expr) => {
                let text = expr_text(expr);
                quote!(#p::schema::DefaultValue::Expr(#text))
            }
        }),
        // An `Option` added in a later version reads as `None` without `default`.
        None if f.since > 1 => Some(quote!(#p::schema::DefaultValue::TypeDefault)),
        None => None,
    }
}

/// An expression as a reader of another language expects it: a literal as written, a
/// negated literal without the space `quote` puts after the sign (`-1`); anything else
/// as its tokens.
fn expr_text(expr: &syn::Expr) -> String {
    match expr {
        syn::Expr::Lit(lit) => quote!(#lit).to_string(),
        syn::Expr::Unary(syn::ExprUnary {
            op: syn::UnOp::Neg(_),
            expr: inner,
            ..
        }) if matches!(**inner, syn::Expr::Lit(_)) => format!("-{}", expr_text(inner)),
        syn::Expr::Paren(inner) => expr_text(&inner.expr),
        syn::Expr::Group(inner) => expr_text(&inner.expr),
        other => quote!(#other).to_string(),
    }
}

fn prefix(len: LenKind) -> TokenStream {
    let p = private();
    match len {
        LenKind::U8 => quote!(#p::schema::LenPrefix::U8),
        LenKind::U16 => quote!(#p::schema::LenPrefix::U16),
        LenKind::U32 => quote!(#p::schema::LenPrefix::U32),
        LenKind::Varint => quote!(#p::schema::LenPrefix::Varint),
    }
}

fn endian(endian: Option<Endian>) -> TokenStream {
    let p = private();
    option(endian.map(|e| match e {
        Endian::Big => quote!(#p::schema::Endian::Big),
        Endian::Little => quote!(#p::schema::Endian::Little),
    }))
}

fn option(value: Option<TokenStream>) -> TokenStream {
    let p = private();
    match value {
        Some(v) => quote!(#p::Some(#v)),
        None => quote!(#p::None),
    }
}

/// The rustdoc of a struct's `SCHEMA`: the bit diagram when every width is known to the
/// macro, then one line per field.
fn struct_doc(s: &CheckedStruct) -> String {
    let ty = &s.input.ident;
    let mut doc = format!(
        "The wire layout of [`{ty}`] as data (a `wire::schema::Schema`): what \
         `wire::schema` renders as Markdown, JSON, a Python codec or a Wireshark \
         dissector.\n\n"
    );
    if let Some(version) = s.version {
        doc.push_str(&format!(
            "Version {version}: the message starts with its block length (`u16`){}, so \
             readers of other versions skip or default what differs.\n\n",
            if s.var_fields().next().is_some() {
                " and the length of its variable fields (`u32`)"
            } else {
                ""
            }
        ));
    }
    match block_diagram(s) {
        Some(text) if !text.is_empty() => {
            doc.push_str("The fixed block, bit 0 the most significant bit of byte 0:\n\n```text\n");
            doc.push_str(&text);
            doc.push_str("```\n\n");
        }
        Some(_) => {}
        None => doc.push_str(
            "The block holds types whose widths only the compiler knows, so its bit diagram \
             is drawn at run time: `wire::schema::markdown(Self::SCHEMA)`.\n\n",
        ),
    }
    for index in 0..s.fields.len() {
        doc.push_str("- ");
        doc.push_str(&describe(s, index));
        doc.push('\n');
    }
    doc
}

/// The diagram of the fixed block; `None` when a width is not known to the macro, empty
/// when there is no block.
///
/// One nested type's width can be known after all: with `size = N` asserted, it is what
/// the other fields leave (AddOrder's one-byte `Side`). The generated const assertion on
/// the size makes a compile error of any other width, so the diagram cannot be wrong.
fn block_diagram(s: &CheckedStruct) -> Option<String> {
    let inferred = match (&s.layout.size.opaque[..], &s.input.attrs.size) {
        ([field], Some(size)) => Some((*field, size.value.checked_sub(s.layout.size.known)?)),
        _ => None,
    };
    let resolve = |offset: &crate::layout::Offset| match (&offset.opaque[..], inferred) {
        ([], _) => Some(offset.known),
        ([field], Some((nested, width))) if *field == nested => Some(offset.known + width),
        _ => None,
    };
    let block_len = resolve(&s.layout.size)?;
    if block_len == 0 {
        return Some(String::new());
    }
    let names: Vec<String> = s.fields.iter().map(|f| f.field.name()).collect();
    let mut fields = Vec::with_capacity(s.fields.len());
    for (index, (f, label)) in s.fields.iter().zip(&names).enumerate() {
        let (place, little) = match &f.place {
            Some(Place::Bytes { offset }) => {
                let len = match (&f.shape, inferred) {
                    (Shape::OddBytes { bytes, .. }, _) => Some(*bytes),
                    (Shape::Decimal { repr, .. }, _) => Some(repr.bytes()),
                    (_, Some((nested, width))) if nested == index => Some(width),
                    _ => f.field.kind.known_bytes(),
                }?;
                let offset = resolve(offset)?;
                (schema::Place::Bytes { offset, len }, false)
            }
            Some(Place::Bit {
                run, shift, width, ..
            }) => {
                let r = &s.layout.runs[*run];
                let place = schema::Place::Bits {
                    run_offset: resolve(&r.offset)?,
                    run_len: r.bytes,
                    shift: *shift,
                    width: *width,
                };
                (place, r.little)
            }
            None => continue,
        };
        fields.push(BlockField {
            label,
            place,
            little,
        });
    }
    Some(schema::block_diagram(&fields, block_len))
}
