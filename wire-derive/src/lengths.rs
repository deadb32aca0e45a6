//! The checks of `count = "…"`, `byte_len = "…"`, `if = "…"` and `variable`, run by
//! `validate` once the fields have their shapes: it lowers each expression
//! ([`crate::expr`]), turns the field's shape into [`VarShape::Computed`] or
//! [`VarShape::Cond`], and decides which fixed field each length is written back to.
//!
//! The rule an encoder follows (documented in the guide): walk the `count`/`byte_len`
//! fields in declaration order; the fields an expression reads that no earlier length
//! wrote back are its candidates. One candidate is the target: the encoder solves the
//! expression for it. None: the encoder checks the expression gives the length. More
//! than one cannot be solved, and is a compile error.

use crate::errors::Errors;
use crate::expr::{Expr, Scope};
use crate::model::{Input, Prim, Spanned, TyKind, DEFAULT_MAX_LEN};
use crate::validate::{generic_arg, CheckedField, Shape, VarShape};

/// A field whose length is computed: `count` or `byte_len`.
#[derive(Clone, Debug)]
pub struct Computed {
    pub body: Body,
    /// `byte_len`: the expression counts bytes, and a list reads elements until they
    /// are used up; else (`count`) it counts elements (bytes of bytes and strings).
    pub by_bytes: bool,
    pub expr: Expr,
    /// The expression as written, for the documentation.
    pub text: String,
    pub max: u64,
    /// The fixed field an encoder writes the length back to (an index into the fields).
    pub target: Option<usize>,
}

/// What a computed length measures.
#[derive(Clone, Debug)]
pub enum Body {
    Bytes { borrowed: bool },
    Str { borrowed: bool },
    List { elem: Box<syn::Type> },
}

/// Whether the field's length comes from an expression (so it takes no `len`).
pub fn is_computed(field: &crate::model::Field) -> bool {
    field.attrs.count.is_some() || field.attrs.byte_len.is_some()
}

/// Checks the attributes of every field and gives computed and conditional fields their
/// shapes.
pub fn check(input: &Input, fields: &mut [CheckedField], errors: &mut Errors) {
    let model: &[crate::model::Field] = match &input.body {
        crate::model::Body::Struct(model) => model,
        _ => return,
    };
    for (at, field) in fields.iter_mut().enumerate() {
        check_variable(field, errors);
        if let Some(shape) = field_shape(input, model, at, errors) {
            field.shape = Shape::Var(Box::new(shape));
        }
    }
    solve_targets(fields, errors);
}

/// `variable` goes on a named type (a derived variable-length struct or union).
fn check_variable(field: &CheckedField, errors: &mut Errors) {
    let attrs = &field.field.attrs;
    if let (Some(variable), false) = (&attrs.variable, matches!(field.field.kind, TyKind::Named)) {
        errors.push(
            variable.span,
            format!(
                "`variable` applies to a field whose type is a variable-length struct or \
                 tagged union that derives Wire; `{}` is not one",
                field.field.name()
            ),
        );
    }
}

/// The shape of a `count`, `byte_len` or `if` field, or `None` (with its errors) when it
/// has none of them or they are wrong.
fn field_shape(
    input: &Input,
    model: &[crate::model::Field],
    at: usize,
    errors: &mut Errors,
) -> Option<VarShape> {
    let field = &model[at];
    let attrs = &field.attrs;
    let length = attrs
        .count
        .as_ref()
        .map(|c| ("count", c))
        .or(attrs.byte_len.as_ref().map(|b| ("byte_len", b)));
    let (key, expr) = match (length, &attrs.condition) {
        (Some(length), _) => length,
        (None, Some(condition)) => ("if", condition),
        (None, None) => return None,
    };
    if input.attrs.version.is_some() {
        errors.push(
            expr.span,
            format!(
                "`{key}` is not supported in a versioned message: its expression could read a \
                 field an older peer did not send"
            ),
        );
        return None;
    }
    if !attrs_fit(field, key, errors) {
        return None;
    }
    let lowered = lower(model, at, key, expr, errors)?;
    if key == "if" {
        let inner = match &field.kind {
            TyKind::Opt(inner) if inner.is_prefixed() => crate::validate::var_shape(field, inner),
            _ => VarShape::Element {
                ty: generic_arg(&field.ty).clone(),
            },
        };
        return Some(VarShape::Cond {
            expr: Box::new(lowered),
            inner: Box::new(inner),
        });
    }
    let body = match &field.kind {
        TyKind::Bytes { borrowed } => Body::Bytes {
            borrowed: *borrowed,
        },
        TyKind::Str { borrowed } => Body::Str {
            borrowed: *borrowed,
        },
        _ => Body::List {
            elem: Box::new(generic_arg(&field.ty).clone()),
        },
    };
    let value = &expr.value;
    Some(VarShape::Computed(Box::new(Computed {
        body,
        by_bytes: key == "byte_len",
        expr: lowered,
        text: quote::quote!(#value).to_string(),
        max: attrs.max_len.as_ref().map_or(DEFAULT_MAX_LEN, |m| m.value),
        target: None,
    })))
}

fn lower(
    model: &[crate::model::Field],
    at: usize,
    key: &'static str,
    expr: &Spanned<syn::Expr>,
    errors: &mut Errors,
) -> Option<Expr> {
    let scope = Scope {
        fields: model,
        at,
        key,
        span: expr.span,
    };
    crate::expr::lower(&expr.value, &scope)
        .map_err(|e| errors.push_error(e))
        .ok()
}

/// The combinations of attributes a `count`, `byte_len` or `if` field may have.
fn attrs_fit(field: &crate::model::Field, key: &str, errors: &mut Errors) -> bool {
    let attrs = &field.attrs;
    let mut fit = true;
    let mut refuse = |span, message: String| {
        errors.push(span, message);
        fit = false;
    };
    if let (Some(_), Some(byte_len)) = (&attrs.count, &attrs.byte_len) {
        refuse(
            byte_len.span,
            "`count` and `byte_len` both give the length: keep one".into(),
        );
    }
    if key == "if" {
        if !matches!(field.kind, TyKind::Opt(_)) {
            let span = attrs
                .condition
                .as_ref()
                .map(|c| c.span)
                .unwrap_or(field.ident.span());
            refuse(
                span,
                format!(
                    "`if` applies to an `Option<T>` field: `{}` is absent when the condition is 0",
                    field.name()
                ),
            );
        }
        return fit;
    }
    if let Some(len) = &attrs.len {
        refuse(
            len.span,
            format!("`{key}` gives the length, so there is no prefix: remove `len`"),
        );
    }
    if let Some(condition) = &attrs.condition {
        refuse(
            condition.span,
            format!("`if` applies to an `Option<T>` field, not with `{key}`"),
        );
    }
    if !matches!(
        field.kind,
        TyKind::Bytes { .. } | TyKind::Str { .. } | TyKind::List(_)
    ) {
        let span = attrs
            .count
            .as_ref()
            .or(attrs.byte_len.as_ref())
            .map_or(field.ident.span(), |c| c.span);
        refuse(
            span,
            format!("`{key}` applies to `Vec<T>`, `Vec<u8>`, `&[u8]`, `String` and `&str` fields"),
        );
    }
    fit
}

/// Picks each length's target (see the module's rule), and checks it can be written.
fn solve_targets(fields: &mut [CheckedField], errors: &mut Errors) {
    let mut targets: Vec<usize> = Vec::new();
    for at in 0..fields.len() {
        let Shape::Var(shape) = &fields[at].shape else {
            continue;
        };
        let VarShape::Computed(computed) = &**shape else {
            continue;
        };
        let candidates: Vec<usize> = computed
            .expr
            .fields()
            .into_iter()
            .filter(|i| !targets.contains(i))
            .collect();
        let target = match candidates.as_slice() {
            [] => None,
            [target] => {
                if !target_fits(fields, at, *target, &computed.expr, errors) {
                    continue;
                }
                Some(*target)
            }
            more => {
                unsolvable(fields, at, more, errors);
                continue;
            }
        };
        targets.extend(target);
        if let Shape::Var(shape) = &mut fields[at].shape {
            if let VarShape::Computed(computed) = &mut **shape {
                computed.target = target;
            }
        }
    }
}

fn length_span(field: &crate::model::Field) -> proc_macro2::Span {
    let attrs = &field.attrs;
    attrs
        .count
        .as_ref()
        .or(attrs.byte_len.as_ref())
        .map_or(field.ident.span(), |c| c.span)
}

fn unsolvable(fields: &[CheckedField], at: usize, candidates: &[usize], errors: &mut Errors) {
    let names: Vec<String> = candidates
        .iter()
        .map(|i| format!("`{}`", fields[*i].field.name()))
        .collect();
    errors.push(
        length_span(fields[at].field),
        format!(
            "the length of `{}` cannot be written back: it reads {}, and an encoder \
             writes a length into exactly one field that no earlier length wrote",
            fields[at].field.name(),
            names.join(" and ")
        ),
    );
}

/// Whether `target` can take the length of field `at`: a plain integer of the fixed
/// block (not magic, not bool), read once through `+`, `-` and `*` by a constant.
fn target_fits(
    fields: &[CheckedField],
    at: usize,
    target: usize,
    expr: &Expr,
    errors: &mut Errors,
) -> bool {
    let (field, goal) = (fields[at].field, &fields[target]);
    let name = goal.field.name();
    let plain_int = matches!(goal.field.kind, TyKind::Prim(p) if p.is_integer() && p != Prim::Bool)
        && matches!(
            goal.shape,
            Shape::Plain | Shape::OddBytes { .. } | Shape::Bit { .. }
        )
        && goal.magic.is_none();
    let why = if !plain_int {
        format!(
            "an encoder writes the length of `{}` into `{name}`, which must be a plain integer \
             field of the fixed block (not magic, bool, varint or variable)",
            field.name()
        )
    } else if !expr.invertible(target) {
        format!(
            "an encoder writes the length of `{}` into `{name}`, and cannot solve the \
             expression for it: `{name}` must be read once, through `+`, `-` and `*` by \
             something that reads no other candidate",
            field.name()
        )
    } else {
        return true;
    };
    errors.push(length_span(field), why);
    false
}
