//! Expressions over earlier fields: the values of `count = "…"`, `byte_len = "…"` and
//! `if = "…"`. A string holds a small Rust expression, which `attr` parsed with syn;
//! here it becomes the derive's own model, with every field it names resolved (and
//! each mistake reported with the string's span), and the model expands to the
//! schema's `wire::schema::Expr` and to checked `i128` arithmetic in generated code.

use crate::model::{Field, Prim, TyKind};
use proc_macro2::{Literal, Span, TokenStream};
use quote::{format_ident, quote};

/// An expression, its fields resolved to indexes into the struct's fields.
#[derive(Clone, Debug)]
pub enum Expr {
    Field { index: usize, name: String },
    Int(i64),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
}

// The schema's operators: the derive writes them into the schema and into calls of the
// runtime's checked arithmetic by their variant names.
pub use wire_schema::{BinOp, UnOp};

fn binop_from_syn(op: &syn::BinOp) -> Option<BinOp> {
    use syn::BinOp as S;
    Some(match op {
        S::Add(_) => BinOp::Add,
        S::Sub(_) => BinOp::Sub,
        S::Mul(_) => BinOp::Mul,
        S::Div(_) => BinOp::Div,
        S::Rem(_) => BinOp::Rem,
        S::BitAnd(_) => BinOp::BitAnd,
        S::BitOr(_) => BinOp::BitOr,
        S::BitXor(_) => BinOp::BitXor,
        S::Shl(_) => BinOp::Shl,
        S::Shr(_) => BinOp::Shr,
        S::Eq(_) => BinOp::Eq,
        S::Ne(_) => BinOp::Ne,
        S::Lt(_) => BinOp::Lt,
        S::Le(_) => BinOp::Le,
        S::Gt(_) => BinOp::Gt,
        S::Ge(_) => BinOp::Ge,
        S::And(_) => BinOp::And,
        S::Or(_) => BinOp::Or,
        _ => return None,
    })
}

const ALLOWED: &str = "a length or condition may use earlier integer and bool fields, integer \
     literals, unary `-` and `!`, binary `+ - * / % & | ^ << >> == != < <= > >= && ||` and \
     parentheses";

/// What an expression may read: the struct's fields, and which one it belongs to.
pub struct Scope<'a> {
    pub fields: &'a [Field],
    /// The field the expression is on: it reads fields before this one only.
    pub at: usize,
    /// The attribute, as written (`count`, `byte_len`, `if`).
    pub key: &'static str,
    /// The string's span, where an error inside it points.
    pub span: Span,
}

/// The model of `expr`, or the errors (all of them) it has.
pub fn lower(expr: &syn::Expr, scope: &Scope) -> Result<Expr, syn::Error> {
    let mut errors: Option<syn::Error> = None;
    let lowered = lower_in(expr, scope, &mut errors);
    match (lowered, errors) {
        (Some(expr), None) => Ok(expr),
        (_, Some(errors)) => Err(errors),
        (None, None) => Err(syn::Error::new(scope.span, ALLOWED)),
    }
}

fn push(errors: &mut Option<syn::Error>, error: syn::Error) {
    match errors {
        Some(all) => all.combine(error),
        None => *errors = Some(error),
    }
}

fn lower_in(expr: &syn::Expr, scope: &Scope, errors: &mut Option<syn::Error>) -> Option<Expr> {
    match expr {
        syn::Expr::Paren(inner) => lower_in(&inner.expr, scope, errors),
        syn::Expr::Group(inner) => lower_in(&inner.expr, scope, errors),
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Int(int),
            ..
        }) => match int.base10_parse::<i64>() {
            Ok(value) => Some(Expr::Int(value)),
            Err(_) => {
                let message = format!("`{int}` does not fit an i64");
                push(errors, syn::Error::new(scope.span, message));
                None
            }
        },
        syn::Expr::Path(path) if path.qself.is_none() && path.path.get_ident().is_some() => {
            let ident = path.path.get_ident()?;
            match resolve(&ident.to_string(), scope) {
                Ok(index) => Some(Expr::Field {
                    index,
                    name: ident.to_string(),
                }),
                Err(message) => {
                    push(errors, syn::Error::new(scope.span, message));
                    None
                }
            }
        }
        syn::Expr::Unary(unary) => {
            let op = match unary.op {
                syn::UnOp::Neg(_) => UnOp::Neg,
                syn::UnOp::Not(_) => UnOp::Not,
                _ => return refuse(expr, scope, errors),
            };
            let inner = lower_in(&unary.expr, scope, errors)?;
            Some(Expr::Unary(op, Box::new(inner)))
        }
        syn::Expr::Binary(binary) => {
            let Some(op) = binop_from_syn(&binary.op) else {
                return refuse(expr, scope, errors);
            };
            let left = lower_in(&binary.left, scope, errors);
            let right = lower_in(&binary.right, scope, errors);
            Some(Expr::Binary(op, Box::new(left?), Box::new(right?)))
        }
        _ => refuse(expr, scope, errors),
    }
}

fn refuse(expr: &syn::Expr, scope: &Scope, errors: &mut Option<syn::Error>) -> Option<Expr> {
    let text = quote!(#expr).to_string();
    let message = format!("`{text}` is not allowed in `{}`: {ALLOWED}", scope.key);
    push(errors, syn::Error::new(scope.span, message));
    None
}

/// The index of the field `name`, which the expression may read, or why not.
fn resolve(name: &str, scope: &Scope) -> Result<usize, String> {
    let at = &scope.fields[scope.at];
    let Some(index) = scope.fields.iter().position(|f| f.ident == name) else {
        let names: Vec<String> = scope.fields[..scope.at].iter().map(Field::name).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        return Err(match crate::attr::nearest(name, &names) {
            Some(near) => format!("no field `{name}` in this struct; did you mean `{near}`?"),
            None => format!("no field `{name}` in this struct"),
        });
    };
    if index >= scope.at {
        return Err(format!(
            "`{name}` is not declared before `{}`: a length or condition can only read \
             earlier fields",
            at.name()
        ));
    }
    let field = &scope.fields[index];
    if field.attrs.condition.is_some() || (field.kind.is_var() || field.attrs.variable.is_some()) {
        return Err(format!(
            "`{name}` is conditional or variable-length: a length or condition reads \
             integer and bool fields"
        ));
    }
    match field.kind {
        TyKind::Prim(Prim::Bool) => Ok(index),
        TyKind::Prim(p) if p.is_integer() && p.bytes() <= 8 && field.attrs.fixed.is_none() => {
            Ok(index)
        }
        _ => Err(format!(
            "`{name}` is not an integer of up to 64 bits or a bool: a length or condition \
             reads those"
        )),
    }
}

impl Expr {
    /// The fields it reads, in order, each once.
    pub fn fields(&self) -> Vec<usize> {
        let mut out = Vec::new();
        self.visit(&mut |i| {
            if !out.contains(&i) {
                out.push(i);
            }
        });
        out
    }

    fn visit(&self, f: &mut impl FnMut(usize)) {
        match self {
            Expr::Field { index, .. } => f(*index),
            Expr::Int(_) => {}
            Expr::Unary(_, e) => e.visit(f),
            Expr::Binary(_, a, b) => {
                a.visit(f);
                b.visit(f);
            }
        }
    }

    fn reads(&self, target: usize) -> usize {
        let mut n = 0;
        self.visit(&mut |i| n += usize::from(i == target));
        n
    }

    /// Whether the value of `target` follows from the expression's value: `target` is
    /// read once, through `+`, `-`, unary `-` and `*` only.
    pub fn invertible(&self, target: usize) -> bool {
        if self.reads(target) != 1 {
            return false;
        }
        match self {
            Expr::Field { .. } => true,
            Expr::Int(_) => false,
            Expr::Unary(UnOp::Neg, e) => e.invertible(target),
            Expr::Unary(UnOp::Not, _) => false,
            Expr::Binary(BinOp::Add | BinOp::Sub | BinOp::Mul, a, b) => {
                if a.reads(target) == 1 {
                    a.invertible(target)
                } else {
                    b.invertible(target)
                }
            }
            Expr::Binary(..) => false,
        }
    }

    /// Code for the value, an `Option<i128>` (`None`: it overflows or divides by zero);
    /// `value(i)` is the code of field `i`'s value.
    pub fn eval(&self, value: &dyn Fn(usize) -> TokenStream) -> TokenStream {
        let p = crate::expand::private();
        match self {
            Expr::Field { index, .. } => {
                let v = value(*index);
                quote!(#p::Option::Some((#v) as i128))
            }
            Expr::Int(v) => {
                let v = Literal::i64_unsuffixed(*v);
                quote!(#p::Option::Some(#v))
            }
            Expr::Unary(op, e) => {
                let e = e.eval(value);
                let op = match op {
                    UnOp::Neg => quote!(#p::schema::UnOp::Neg),
                    UnOp::Not => quote!(#p::schema::UnOp::Not),
                };
                quote!(#p::expr_unary(#op, #e))
            }
            Expr::Binary(op, a, b) => {
                let (a, b) = (a.eval(value), b.eval(value));
                let op = proc_macro2::Ident::new(&format!("{op:?}"), Span::call_site());
                quote!(#p::expr_binary(#p::schema::BinOp::#op, #a, #b))
            }
        }
    }

    /// Code for the value of `target` that makes the expression equal `want` (an
    /// `Option<i128>`; `None` when no whole number does). Only for an
    /// [`invertible`](Self::invertible) expression.
    pub fn solve(
        &self,
        target: usize,
        want: TokenStream,
        value: &dyn Fn(usize) -> TokenStream,
    ) -> TokenStream {
        let p = crate::expand::private();
        let bin = |op: &str, a: TokenStream, b: TokenStream| {
            let op = format_ident!("{op}");
            quote!(#p::expr_binary(#p::schema::BinOp::#op, #a, #b))
        };
        match self {
            Expr::Unary(UnOp::Neg, e) => e.solve(
                target,
                quote!(#p::expr_unary(#p::schema::UnOp::Neg, #want)),
                value,
            ),
            Expr::Binary(op, a, b) => {
                let left = a.reads(target) == 1;
                let (inner, other) = if left { (a, b) } else { (b, a) };
                let other = other.eval(value);
                let want = match (op, left) {
                    (BinOp::Add, _) => bin("Sub", want, other),
                    (BinOp::Sub, true) => bin("Add", want, other),
                    (BinOp::Sub, false) => bin("Sub", other, want),
                    _ => quote!(#p::exact_div(#want, #other)),
                };
                inner.solve(target, want, value)
            }
            _ => want,
        }
    }

    /// The expression as `wire::schema::Expr` data (a constant expression).
    pub fn schema(&self) -> TokenStream {
        let p = crate::expand::private();
        match self {
            Expr::Field { name, .. } => quote!(#p::schema::Expr::Field(#name)),
            Expr::Int(v) => quote!(#p::schema::Expr::Int(#v)),
            Expr::Unary(op, e) => {
                let e = e.schema();
                let op = match op {
                    UnOp::Neg => quote!(#p::schema::UnOp::Neg),
                    UnOp::Not => quote!(#p::schema::UnOp::Not),
                };
                quote!(#p::schema::Expr::Unary(#op, &#e))
            }
            Expr::Binary(op, a, b) => {
                let (a, b) = (a.schema(), b.schema());
                let op = proc_macro2::Ident::new(&format!("{op:?}"), Span::call_site());
                quote!(#p::schema::Expr::Binary(#p::schema::BinOp::#op, &#a, &#b))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(n: usize) -> Expr {
        Expr::Field {
            index: n,
            name: format!("f{n}"),
        }
    }

    fn bin(op: BinOp, a: Expr, b: Expr) -> Expr {
        Expr::Binary(op, Box::new(a), Box::new(b))
    }

    #[test]
    fn invertible_through_add_sub_neg_and_mul_only() {
        // ihl * 4 - 20
        let options = bin(
            BinOp::Sub,
            bin(BinOp::Mul, field(0), Expr::Int(4)),
            Expr::Int(20),
        );
        assert!(options.invertible(0));
        // 20 - -ihl
        let neg = bin(
            BinOp::Sub,
            Expr::Int(20),
            Expr::Unary(UnOp::Neg, Box::new(field(0))),
        );
        assert!(neg.invertible(0));
        // ihl / 4, ihl << 2, ihl + ihl: not solvable for ihl.
        assert!(!bin(BinOp::Div, field(0), Expr::Int(4)).invertible(0));
        assert!(!bin(BinOp::Shl, field(0), Expr::Int(2)).invertible(0));
        assert!(!bin(BinOp::Add, field(0), field(0)).invertible(0));
        assert_eq!(bin(BinOp::Add, field(1), field(0)).fields(), [1, 0]);
    }
}
