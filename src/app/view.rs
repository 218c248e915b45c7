//! The tree's view state: open nodes, flattened rows, selection and scroll offset.
//!
//! Invariants: `rows == tree::flatten(org, expanded)`; `selected < rows.len()` whenever
//! rows exist; the selected row lies inside `offset..offset + viewport`. How the offset
//! follows the cursor is the scroll policy in [`super::scroll`].

use std::collections::HashSet;

use super::scroll;
use super::tree::{self, Node, Row};
use crate::domain::Organization;

/// Selection, scroll and expansion of the organization tree.
#[derive(Debug, Clone, Default)]
pub struct TreeView {
    pub rows: Vec<Row>,
    pub expanded: HashSet<Node>,
    pub selected: usize,
    pub offset: usize,
    /// Tree rows that fit on screen (set on resize).
    pub viewport: usize,
}

impl TreeView {
    /// The first screen: root units open, everything else closed.
    pub fn new(org: &Organization) -> Self {
        let expanded: HashSet<Node> = org.roots().iter().map(|&u| Node::Unit(u)).collect();
        let rows = tree::flatten(org, &expanded);
        TreeView {
            rows,
            expanded,
            selected: 0,
            offset: 0,
            viewport: 1,
        }
    }

    /// The node under the cursor.
    pub fn selected_node(&self) -> Option<Node> {
        self.rows.get(self.selected).map(|r| r.node)
    }

    /// Rebuilds every row after the data changed, keeping the selected node if it survived.
    pub fn rebuild(&mut self, org: &Organization) {
        let keep = self.selected_node();
        self.rows = tree::flatten(org, &self.expanded);
        let found = keep.and_then(|n| self.index_of(n));
        self.select(found.unwrap_or(self.selected));
    }

    /// The row index of a visible node.
    pub fn index_of(&self, node: Node) -> Option<usize> {
        self.rows.iter().position(|r| r.node == node)
    }

    /// Moves the cursor to a row (clamped) and keeps it on screen: the window stays while
    /// the cursor is inside it and jumps when it leaves ([`scroll::follow`]).
    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.rows.len().saturating_sub(1));
        self.offset = scroll::follow(self.offset, self.selected, self.viewport, self.rows.len());
    }

    /// Moves the cursor by `delta` rows, stopping at the ends.
    pub fn step(&mut self, delta: isize) {
        let target = self.selected.saturating_add_signed(delta);
        self.select(target);
    }

    /// Moves the cursor and the window by a page (down or up), the cursor keeping its line.
    pub fn page(&mut self, down: bool) {
        let (selected, offset) = scroll::page(
            self.offset,
            self.selected,
            self.viewport,
            self.rows.len(),
            down,
        );
        self.selected = selected;
        self.offset = offset;
    }

    /// Sets how many rows fit and keeps the selection visible, moving the window as little
    /// as possible.
    pub fn set_viewport(&mut self, rows: usize) {
        self.viewport = rows.max(1);
        self.scroll_into_view();
    }

    /// Shows the selection with the least movement (the cursor did not step: rows opened or
    /// closed, or the pane changed size).
    fn scroll_into_view(&mut self) {
        self.offset = scroll::nearest(self.offset, self.selected, self.viewport, self.rows.len());
    }

    /// Places the selection about a third down the screen (after a jump).
    fn center(&mut self) {
        let vp = self.viewport.max(1);
        self.offset = self.selected.saturating_sub(vp / 3);
        self.scroll_into_view();
    }

    /// Whether a node is open.
    pub fn is_expanded(&self, node: Node) -> bool {
        self.expanded.contains(&node)
    }

    /// Whether the row at `index` is open.
    pub fn is_expanded_at(&self, index: usize) -> bool {
        self.rows
            .get(index)
            .is_some_and(|r| self.expanded.contains(&r.node))
    }

    /// The row of the parent of the row at `index` (the nearest shallower row above).
    pub fn parent_index(&self, index: usize) -> Option<usize> {
        let depth = self.rows.get(index)?.depth;
        self.rows[..index].iter().rposition(|r| r.depth < depth)
    }

    /// Opens the row at `index`; returns false when there was nothing to open.
    pub fn expand(&mut self, org: &Organization, index: usize) -> bool {
        let Some(row) = self.rows.get(index).copied() else {
            return false;
        };
        if self.expanded.contains(&row.node) || !tree::has_children(org, row.node) {
            return false;
        }
        self.expanded.insert(row.node);
        let below = tree::descendant_rows(org, &self.expanded, row.node, row.depth);
        let opened = below.len();
        self.rows.splice(index + 1..index + 1, below);
        self.show_below(index, opened);
        true
    }

    /// Scrolls so that up to `count` rows under `index` are on screen too, without
    /// pushing row `index` (the cursor) off the top.
    fn show_below(&mut self, index: usize, count: usize) {
        let vp = self.viewport.max(1);
        let last = index + count.min(vp.saturating_sub(1));
        if last >= self.offset + vp {
            self.offset = (last + 1 - vp).min(index);
        }
        self.scroll_into_view();
    }

    /// Closes the row at `index`; returns false when it was not open.
    pub fn collapse(&mut self, index: usize) -> bool {
        let Some(row) = self.rows.get(index).copied() else {
            return false;
        };
        if !self.expanded.remove(&row.node) {
            return false;
        }
        let end = self.subtree_end(index);
        self.rows.drain(index + 1..end);
        if self.selected > index && self.selected < end {
            self.selected = index;
        } else if self.selected >= end {
            self.selected -= end - index - 1;
        }
        self.scroll_into_view();
        true
    }

    /// One past the last visible descendant of the row at `index`.
    fn subtree_end(&self, index: usize) -> usize {
        let depth = self.rows.get(index).map_or(0, |r| r.depth);
        self.rows[index + 1..]
            .iter()
            .position(|r| r.depth <= depth)
            .map_or(self.rows.len(), |p| index + 1 + p)
    }

    /// Opens the row at `index` and everything below it.
    pub fn expand_subtree(&mut self, org: &Organization, index: usize) {
        let Some(row) = self.rows.get(index).copied() else {
            return;
        };
        self.expanded.extend(tree::openable_subtree(org, row.node));
        let end = self.subtree_end(index);
        let below = tree::descendant_rows(org, &self.expanded, row.node, row.depth);
        let opened = below.len();
        self.rows.splice(index + 1..end, below);
        self.show_below(index, opened);
    }

    /// Closes the row at `index` and everything below it, so reopening starts small.
    pub fn collapse_subtree(&mut self, org: &Organization, index: usize) {
        let Some(row) = self.rows.get(index).copied() else {
            return;
        };
        for n in tree::openable_subtree(org, row.node) {
            self.expanded.remove(&n);
        }
        self.expanded.insert(row.node);
        self.collapse(index);
    }

    /// Opens every ancestor of `node`, selects it and brings it into view.
    pub fn reveal(&mut self, org: &Organization, node: Node) -> bool {
        let path = tree::path(org, node);
        let mut opened = false;
        for &n in &path[..path.len().saturating_sub(1)] {
            opened |= self.expanded.insert(n);
        }
        if opened {
            self.rows = tree::flatten(org, &self.expanded);
        }
        match self.index_of(node) {
            Some(i) => {
                self.selected = i;
                self.center();
                true
            }
            None => false,
        }
    }

    /// The first visible row and the row count to draw in `height` lines, keeping the
    /// selection visible even if the viewport changed since the last resize.
    pub fn window(&self, height: usize) -> std::ops::Range<usize> {
        let h = height.max(1);
        let mut off = self.offset;
        if self.selected < off {
            off = self.selected;
        } else if self.selected >= off + h {
            off = self.selected + 1 - h;
        }
        let start = off.min(self.rows.len());
        let end = (off + height).min(self.rows.len());
        start..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::testing::small_org;

    #[test]
    fn expand_splices_and_collapse_removes() {
        let org = small_org();
        let mut v = TreeView::new(&org);
        let before = v.rows.clone();
        let i = v.index_of(Node::Unit(1)).unwrap();
        assert!(v.expand(&org, i));
        assert_eq!(v.rows, tree::flatten(&org, &v.expanded));
        assert!(v.collapse(i));
        assert_eq!(v.rows, before);
    }

    #[test]
    fn subtree_expand_matches_full_flatten() {
        let org = small_org();
        let mut v = TreeView::new(&org);
        v.expand_subtree(&org, 0);
        assert_eq!(v.rows, tree::flatten(&org, &v.expanded));
        v.collapse_subtree(&org, 0);
        assert_eq!(v.rows.len(), 2);
        assert_eq!(v.rows, tree::flatten(&org, &v.expanded));
    }

    #[test]
    fn collapse_above_selection_keeps_selected_node() {
        let org = small_org();
        let mut v = TreeView::new(&org);
        v.set_viewport(3);
        v.select(v.rows.len() - 1);
        let node = v.selected_node();
        let i = v.index_of(Node::Unit(1)).unwrap();
        v.expand(&org, i);
        v.select(v.index_of(node.unwrap()).unwrap());
        v.collapse(i);
        assert_eq!(v.selected_node(), node);
        assert!(v.window(3).contains(&v.selected));
    }

    #[test]
    fn reveal_opens_ancestors() {
        let org = small_org();
        let mut v = TreeView::new(&org);
        let e = org.holders(1)[0];
        assert!(v.reveal(&org, Node::Employee(e)));
        assert_eq!(v.selected_node(), Some(Node::Employee(e)));
        assert_eq!(v.rows, tree::flatten(&org, &v.expanded));
    }
}
