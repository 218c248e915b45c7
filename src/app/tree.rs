//! The organization as a tree of nodes, and the flattened rows the screen shows.
//!
//! Invariant: `rows` is exactly the depth-first walk of the visible nodes given `expanded`.
//! It is rebuilt (or spliced) only when the expansion or the data change, never per frame,
//! so drawing costs the visible window and nothing more.

use std::collections::HashSet;

use crate::domain::{EmployeeIx, Organization, PositionIx, UnitIx};

/// One node of the organization tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Node {
    /// A unit (dinas, bidang, seksi, ...).
    Unit(UnitIx),
    /// A position (jabatan) inside a unit.
    Position(PositionIx),
    /// A person, under their seat or under [`Node::Unplaced`].
    Employee(EmployeeIx),
    /// The top-level group of staff not yet placed (belum ditempatkan).
    Unplaced,
}

/// One visible line of the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub node: Node,
    pub depth: u16,
}

/// Top-level nodes: the root units, then the unplaced group.
pub fn top_level(org: &Organization) -> impl Iterator<Item = Node> + '_ {
    org.roots()
        .iter()
        .map(|&u| Node::Unit(u))
        .chain(std::iter::once(Node::Unplaced))
}

/// Children in display order: a unit's own positions first, then its sub-units.
pub fn children(org: &Organization, node: Node) -> Box<dyn Iterator<Item = Node> + '_> {
    match node {
        Node::Unit(u) => Box::new(
            org.positions_of(u)
                .iter()
                .map(|&p| Node::Position(p))
                .chain(org.children(u).iter().map(|&c| Node::Unit(c))),
        ),
        Node::Position(p) => Box::new(org.holders(p).iter().map(|&e| Node::Employee(e))),
        Node::Unplaced => Box::new(org.unplaced().iter().map(|&e| Node::Employee(e))),
        Node::Employee(_) => Box::new(std::iter::empty()),
    }
}

/// Whether a node has anything to open.
pub fn has_children(org: &Organization, node: Node) -> bool {
    match node {
        Node::Unit(u) => !org.positions_of(u).is_empty() || !org.children(u).is_empty(),
        Node::Position(p) => !org.holders(p).is_empty(),
        Node::Unplaced => !org.unplaced().is_empty(),
        Node::Employee(_) => false,
    }
}

/// The node above in the tree.
pub fn parent(org: &Organization, node: Node) -> Option<Node> {
    match node {
        Node::Unit(u) => org.parent(u).map(Node::Unit),
        Node::Position(p) => org.unit_of(p).map(Node::Unit),
        Node::Employee(e) => Some(org.seat_of(e).map_or(Node::Unplaced, Node::Position)),
        Node::Unplaced => None,
    }
}

/// Ancestors from the top down to `node`, inclusive (the breadcrumb).
pub fn path(org: &Organization, node: Node) -> Vec<Node> {
    let mut out = vec![node];
    let mut cur = node;
    let bound = org.units().len() + 3;
    while let Some(p) = parent(org, cur) {
        if out.len() > bound {
            break;
        }
        out.push(p);
        cur = p;
    }
    out.reverse();
    out
}

/// The flattened rows of `node`'s open descendants (not `node` itself).
pub fn descendant_rows(
    org: &Organization,
    expanded: &HashSet<Node>,
    node: Node,
    depth: u16,
) -> Vec<Row> {
    let mut out = Vec::new();
    let mut stack: Vec<Row> = Vec::new();
    push_children(org, node, depth + 1, &mut stack);
    while let Some(row) = stack.pop() {
        out.push(row);
        if expanded.contains(&row.node) {
            push_children(org, row.node, row.depth + 1, &mut stack);
        }
    }
    out
}

fn push_children(org: &Organization, node: Node, depth: u16, stack: &mut Vec<Row>) {
    let start = stack.len();
    stack.extend(children(org, node).map(|node| Row { node, depth }));
    stack[start..].reverse();
}

/// Every visible row from the top given the open set.
pub fn flatten(org: &Organization, expanded: &HashSet<Node>) -> Vec<Row> {
    let mut rows = Vec::new();
    for node in top_level(org) {
        rows.push(Row { node, depth: 0 });
        if expanded.contains(&node) {
            rows.extend(descendant_rows(org, expanded, node, 0));
        }
    }
    rows
}

/// Every node at or below `node` that has children (for expand-all).
pub fn openable_subtree(org: &Organization, node: Node) -> Vec<Node> {
    let mut out = Vec::new();
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        if has_children(org, n) {
            out.push(n);
            stack.extend(children(org, n).filter(|c| !matches!(c, Node::Employee(_))));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::testing::small_org;

    #[test]
    fn collapsed_tree_shows_roots_and_unplaced() {
        let org = small_org();
        let rows = flatten(&org, &HashSet::new());
        let nodes: Vec<Node> = rows.iter().map(|r| r.node).collect();
        assert_eq!(nodes, vec![Node::Unit(0), Node::Unplaced]);
    }

    #[test]
    fn positions_come_before_sub_units() {
        let org = small_org();
        let expanded: HashSet<Node> = [Node::Unit(0)].into_iter().collect();
        let rows = flatten(&org, &expanded);
        assert_eq!(rows[1].node, Node::Position(0));
        assert_eq!(rows[1].depth, 1);
        assert!(matches!(rows.last().map(|r| r.node), Some(Node::Unplaced)));
    }

    #[test]
    fn parent_of_employee_is_seat_or_unplaced() {
        let org = small_org();
        let placed = org.holders(0)[0];
        assert_eq!(
            parent(&org, Node::Employee(placed)),
            Some(Node::Position(0))
        );
        let unplaced = org.unplaced()[0];
        assert_eq!(parent(&org, Node::Employee(unplaced)), Some(Node::Unplaced));
        assert_eq!(path(&org, Node::Employee(placed))[0], Node::Unit(0));
    }

    #[test]
    fn expand_all_then_flatten_matches_descendants() {
        let org = small_org();
        let expanded: HashSet<Node> = openable_subtree(&org, Node::Unit(0)).into_iter().collect();
        let rows = flatten(&org, &expanded);
        let placed = org.employees().len() - org.unplaced().len();
        let expected = 1 + org.units().len() - 1 + org.positions().len() + placed + 1;
        assert_eq!(rows.len(), expected);
    }
}
