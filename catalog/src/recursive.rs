//! Recursive types: a tree whose nodes hold a list of nodes, and an expression whose
//! group variant holds a list of expressions (recursion through a tagged union).
//!
//! Both are canonical: no varints, no `other` variant.

use crate::compare::{fields, Agrees, Same};
use crate::oracle::{entry, Canonical};
use wire::prelude::*;

/// A node with up to eight children.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
pub struct TreeNode {
    pub id: u32,
    #[wire(len = "u8", max_len = 8)]
    pub children: Vec<TreeNode>,
}

fields! { TreeNode, TreeNodeView { id, children } }

/// A literal or a group of expressions.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "u8")]
pub enum Expr {
    #[wire(id = 1)]
    Literal(Literal),
    #[wire(id = 2)]
    Group(Group),
}

/// A number.
#[derive(Wire, Debug, Clone, Copy, PartialEq, Eq)]
#[wire(endian = "little")]
pub struct Literal {
    pub value: i32,
}

/// Expressions in a row.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "little")]
pub struct Group {
    #[wire(len = "u8", max_len = 4)]
    pub items: Vec<Expr>,
}

fields! { fixed Literal, LiteralView { value } }
fields! { Group, GroupView { items } }

impl Same for Expr {
    fn same(&self, other: &Self) -> bool {
        match (self, other) {
            (Expr::Literal(a), Expr::Literal(b)) => a.same(b),
            (Expr::Group(a), Expr::Group(b)) => a.same(b),
            (Expr::Literal(_) | Expr::Group(_), _) => false,
        }
    }
}

impl Agrees<Expr> for ExprView<'_> {
    fn agrees(&self, value: &Expr) -> bool {
        match (self, value) {
            (ExprView::Literal(view), Expr::Literal(value)) => view.agrees(value),
            (ExprView::Group(view), Expr::Group(value)) => view.agrees(value),
            (_, Expr::Literal(_) | Expr::Group(_)) => crate::compare::report("Expr", "variant"),
        }
    }
}

/// A tree `depth` levels deep, with two children at each level.
pub fn tree(depth: u32) -> TreeNode {
    TreeNode {
        id: depth,
        children: if depth == 0 {
            Vec::new()
        } else {
            vec![
                tree(depth - 1),
                TreeNode {
                    id: 0,
                    children: Vec::new(),
                },
            ]
        },
    }
}

/// A group nested `depth` levels deep.
pub fn expr(depth: i32) -> Expr {
    if depth == 0 {
        return Expr::Literal(Literal { value: -1 });
    }
    Expr::Group(Group {
        items: vec![Expr::Literal(Literal { value: depth }), expr(depth - 1)],
    })
}

entry! {
    /// [`TreeNode`].
    TreeNodeEntry: <'a> TreeNode, TreeNodeView<'a>;
    canonical: |_| Canonical::Exact;
    seeds: || vec![tree(0).encode_to_vec(), tree(3).encode_to_vec()];
}

entry! {
    /// [`Expr`].
    ExprEntry: <'a> Expr, ExprView<'a>;
    canonical: |_| Canonical::Exact;
    seeds: || vec![expr(0).encode_to_vec(), expr(3).encode_to_vec()];
}
