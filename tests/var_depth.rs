//! Bounded nesting: a recursive type nested deeper than its limit is refused with
//! `DepthExceeded` at the offset of the value that would open one level too many, by
//! `view` and by `decode` alike, on a thread with a 256 KiB stack; a type nested up to
//! its limit is read on such a stack, in debug builds too.
//!
//! Each test runs on a spawned thread of that size: before the limit existed, a deep
//! input overflowed the stack, which aborts the test binary with "has overflowed its
//! stack" rather than failing quietly.

use std::thread;
use wire::prelude::*;
use wire::DecodeError;

/// The stack of the worker threads below: small, as servers give worker threads.
const STACK: usize = 256 * 1024;

/// Runs `f` on a thread with a [`STACK`]-byte stack.
fn on_small_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    thread::Builder::new()
        .stack_size(STACK)
        .spawn(f)
        .expect("spawn a worker thread")
        .join()
        .expect("the worker thread finished")
}

/// A tree: 5 bytes a level (a kind byte and a u32 count of children).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(endian = "big")]
struct Node {
    kind: u8,
    #[wire(len = "u32")]
    children: Vec<Node>,
}

/// A chain of `levels` nodes below the root, each holding the next: `levels + 1` nodes.
fn chain(levels: usize) -> Vec<u8> {
    let mut bytes = Vec::with_capacity(5 * (levels + 1));
    for _ in 0..levels {
        bytes.extend_from_slice(&[7, 0, 0, 0, 1]);
    }
    bytes.extend_from_slice(&[7, 0, 0, 0, 0]);
    bytes
}

/// The depth of the chain a node starts, by walking its view.
fn view_depth(view: NodeView<'_>) -> usize {
    let mut depth = 0;
    let mut node = view;
    while let Some(child) = node.children().iter().next() {
        depth += 1;
        node = child;
    }
    depth
}

fn owned_depth(node: &Node) -> usize {
    let mut depth = 0;
    let mut node = node;
    while let Some(child) = node.children.first() {
        depth += 1;
        node = child;
    }
    depth
}

/// The 101st level starts at byte 505: that value is refused.
const TOO_DEEP: DecodeError = DecodeError::DepthExceeded {
    field: "children",
    offset: 505,
    limit: 100,
};

#[test]
fn a_tree_100_000_deep_is_refused_by_view() {
    let bytes = chain(100_000);
    assert_eq!(bytes.len(), 500_005);
    let result = on_small_stack(move || Node::view(&bytes).map(|_| ()));
    assert_eq!(result, Err(TOO_DEEP));
}

#[test]
fn a_tree_100_000_deep_is_refused_by_decode() {
    let bytes = chain(100_000);
    let result = on_small_stack(move || Node::decode(&bytes).map(|_| ()));
    assert_eq!(result, Err(TOO_DEEP));
}

#[test]
fn a_tree_one_level_too_deep_is_refused_at_that_level() {
    let bytes = chain(101);
    assert_eq!(Node::view(&bytes).map(|_| ()), Err(TOO_DEEP));
    assert_eq!(Node::decode(&bytes).map(|_| ()), Err(TOO_DEEP));
    assert_eq!(
        TOO_DEEP.to_string(),
        "field `children` at offset 505: nested deeper than the limit of 100 levels"
    );
}

#[test]
fn a_tree_at_the_default_limit_is_read_on_a_256_kib_stack() {
    let bytes = chain(100);
    let input = bytes.clone();
    let (view_levels, node) = on_small_stack(move || {
        let view = Node::view(&input).expect("100 levels are within the limit");
        let node = Node::decode(&input).expect("100 levels are within the limit");
        (view_depth(view), node)
    });
    assert_eq!((view_levels, owned_depth(&node)), (100, 100));
    // Encoding is not bounded by the limit (the value is the program's own): here it
    // runs on the test thread's stack.
    assert_eq!(node.encode_to_vec(), bytes);
}

/// The same tree, allowed to nest 300 deep.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big", max_depth = 300)]
struct DeepNode {
    kind: u8,
    #[wire(len = "u32")]
    children: Vec<DeepNode>,
}

/// And one allowed 2 levels only.
#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big", max_depth = 2)]
struct ShallowNode {
    kind: u8,
    #[wire(len = "u32")]
    children: Vec<ShallowNode>,
}

#[test]
fn max_depth_sets_the_limit_per_type() {
    // Above the default limit: on a test thread's stack (2 MiB), not on the small one.
    let bytes = chain(300);
    assert!(DeepNode::view(&bytes).is_ok());
    assert!(DeepNode::decode(&bytes).is_ok());
    assert_eq!(
        DeepNode::decode(&chain(301)).map(|_| ()),
        Err(DecodeError::DepthExceeded {
            field: "children",
            offset: 1505,
            limit: 300
        })
    );

    assert!(ShallowNode::view(&chain(2)).is_ok());
    let refused = DecodeError::DepthExceeded {
        field: "children",
        offset: 15,
        limit: 2,
    };
    assert_eq!(ShallowNode::view(&chain(3)).map(|_| ()), Err(refused));
    assert_eq!(ShallowNode::decode(&chain(3)).map(|_| ()), Err(refused));
}

#[test]
fn the_limit_is_in_the_schema() {
    let limit = |schema: &wire::schema::Schema| match schema.body {
        wire::schema::Body::Struct(s) => s.max_depth,
        wire::schema::Body::Union(u) => u.max_depth,
        wire::schema::Body::Enum(_) => 0,
    };
    assert_eq!(limit(Node::SCHEMA), 100);
    assert_eq!(limit(DeepNode::SCHEMA), 300);
    assert_eq!(limit(ShallowNode::SCHEMA), 2);
    assert_eq!(limit(Expr::SCHEMA), 100);
}

// Mutual recursion: a `Group` holds `Item`s, an `Item` may hold a `Group`. Each
// message opened inside another counts one level, whatever the path.

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Group {
    #[wire(len = "u8")]
    items: Vec<Item>,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Item {
    id: u16,
    group: Option<Group>,
}

/// A group holding one item holding a group … `pairs` times, then an empty group.
fn alternating(pairs: usize) -> Vec<u8> {
    let mut bytes = Vec::new();
    for _ in 0..pairs {
        bytes.extend_from_slice(&[1, 0, 9, 1]); // one item: id 9, a group follows
    }
    bytes.push(0); // an empty group
    bytes
}

#[test]
fn mutual_recursion_is_bounded() {
    // 50 pairs: 100 levels below the root group.
    let ok = alternating(50);
    assert!(Group::view(&ok).is_ok());
    assert!(Group::decode(&ok).is_ok());
    // 51 pairs: the item of pair 51 (level 101) starts at byte 4 * 50 + 1.
    let refused = DecodeError::DepthExceeded {
        field: "items",
        offset: 201,
        limit: 100,
    };
    assert_eq!(Group::view(&alternating(51)).map(|_| ()), Err(refused));
    let deep = alternating(100_000);
    let result = on_small_stack(move || {
        (
            Group::view(&deep).map(|_| ()),
            Group::decode(&deep).map(|_| ()),
        )
    });
    assert_eq!(result, (Err(refused), Err(refused)));
}

// Recursion through a tagged union: the union and the message of its variant each
// count one level.

#[derive(Wire, Debug, PartialEq)]
#[wire(endian = "big")]
struct Negate {
    #[wire(len = "u8")]
    operands: Vec<Expr>,
}

#[derive(Wire, Debug, PartialEq)]
#[wire(tag = "u8")]
enum Expr {
    #[wire(id = 1)]
    Literal(u8),
    #[wire(id = 2)]
    Negate(Negate),
}

/// `-(-(…(5)))` with `negations` minus signs.
fn negations(negations: usize) -> Vec<u8> {
    let mut bytes = Vec::new();
    for _ in 0..negations {
        bytes.extend_from_slice(&[2, 1]); // Negate, one operand
    }
    bytes.extend_from_slice(&[1, 5]);
    bytes
}

#[test]
fn recursion_through_a_union_is_bounded() {
    // 50 negations: 50 `Negate` messages and 50 nested `Expr`s below the root.
    assert!(Expr::view(&negations(50)).is_ok());
    assert!(Expr::decode(&negations(50)).is_ok());
    // The 51st `Negate` (level 101) is the variant of the expression at byte 100.
    let refused = DecodeError::DepthExceeded {
        field: "Negate",
        offset: 101,
        limit: 100,
    };
    assert_eq!(Expr::view(&negations(51)).map(|_| ()), Err(refused));
    let deep = negations(200_000);
    let result = on_small_stack(move || {
        (
            Expr::view(&deep).map(|_| ()),
            Expr::decode(&deep).map(|_| ()),
        )
    });
    assert_eq!(result, (Err(refused), Err(refused)));
}

#[test]
fn non_recursive_nesting_is_not_limited_below_the_default() {
    // A message holding lists of messages three levels deep is far from any limit.
    let tree = Node {
        kind: 1,
        children: vec![Node {
            kind: 2,
            children: vec![Node {
                kind: 3,
                children: Vec::new(),
            }],
        }],
    };
    let bytes = tree.encode_to_vec();
    assert_eq!(Node::decode(&bytes), Ok(tree));
}
