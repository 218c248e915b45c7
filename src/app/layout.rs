//! Screen geometry, shared by the reducer (how many tree rows a page holds) and the
//! widgets (where to draw), so both agree on the page size.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this many columns or rows the app shows "terminal too small" instead.
pub const MIN_WIDTH: u16 = 40;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 10;
/// From this width on, details sit to the right of the tree; below, under it.
pub const WIDE: u16 = 100;
/// Lines taken by the header (organization and plan, breadcrumb).
pub const HEADER_ROWS: u16 = 2;
/// Lines taken by the status bar.
pub const STATUS_ROWS: u16 = 1;

/// Where each part of the main screen goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScreenLayout {
    pub header: Rect,
    /// Everything between header and status (overlays use it).
    pub body: Rect,
    /// Empty (zero height) when details fill the body.
    pub tree: Rect,
    pub details: Rect,
    pub status: Rect,
    /// Details sit beside the tree (wide) rather than under it.
    pub side_by_side: bool,
}

/// Whether the terminal is too small for the main screen.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Splits the screen; `details_full` gives the whole body to the details pane.
pub fn screen(area: Rect, details_full: bool) -> ScreenLayout {
    // The header keeps its rows before the status bar gets one; the body takes the rest.
    let header_h = HEADER_ROWS.min(area.height);
    let status_h = STATUS_ROWS.min(area.height - header_h);
    let [header, body, status] = Layout::vertical([
        Constraint::Length(header_h),
        Constraint::Fill(1),
        Constraint::Length(status_h),
    ])
    .areas(area);
    let side_by_side = area.width >= WIDE;
    let (tree, details) = if details_full {
        (Rect { height: 0, ..body }, body)
    } else if side_by_side {
        // Three fifths for the tree, rounded down; details take the spare column.
        let [tree, details] =
            Layout::horizontal([Constraint::Length(body.width * 3 / 5), Constraint::Fill(1)])
                .areas(body);
        (tree, details)
    } else {
        // Eleven twentieths for the tree, and at least three rows while the body has them.
        let tree_h = (body.height * 11 / 20).max(body.height.min(3));
        let [tree, details] =
            Layout::vertical([Constraint::Length(tree_h), Constraint::Fill(1)]).areas(body);
        (tree, details)
    };
    ScreenLayout {
        header,
        body,
        tree,
        details,
        status,
        side_by_side,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_stacks_and_wide_splits() {
        let n = screen(Rect::new(0, 0, 80, 24), false);
        assert!(!n.side_by_side);
        assert_eq!(n.tree.width, 80);
        assert_eq!(n.tree.height + n.details.height, 21);
        let w = screen(Rect::new(0, 0, 120, 40), false);
        assert!(w.side_by_side);
        assert_eq!(w.tree.width + w.details.width, 120);
        assert_eq!(w.tree.height, 37);
    }

    /// The split as it was worked out by hand before `Layout` did it.
    fn by_hand(area: Rect, details_full: bool) -> [Rect; 5] {
        let header = Rect {
            height: HEADER_ROWS.min(area.height),
            ..area
        };
        let status_h = STATUS_ROWS.min(area.height.saturating_sub(header.height));
        let status = Rect {
            y: area.bottom().saturating_sub(status_h),
            height: status_h,
            ..area
        };
        let body = Rect {
            y: header.bottom(),
            height: area.height.saturating_sub(header.height + status_h),
            ..area
        };
        let (tree, details) = if details_full {
            (Rect { height: 0, ..body }, body)
        } else if area.width >= WIDE {
            let tree_w = body.width * 3 / 5;
            let details = Rect {
                x: body.x + tree_w,
                width: body.width - tree_w,
                ..body
            };
            (
                Rect {
                    width: tree_w,
                    ..body
                },
                details,
            )
        } else {
            let tree_h = (body.height * 11 / 20).max(body.height.min(3));
            let details = Rect {
                y: body.y + tree_h,
                height: body.height - tree_h,
                ..body
            };
            (
                Rect {
                    height: tree_h,
                    ..body
                },
                details,
            )
        };
        [header, body, tree, details, status]
    }

    #[test]
    fn layout_splits_exactly_as_the_arithmetic_did() {
        for w in (0..=260).step_by(7).chain([39, 40, 80, 99, 100, 101, 120]) {
            for h in 0..=70 {
                for full in [false, true] {
                    let area = Rect::new(3, 1, w, h);
                    let l = screen(area, full);
                    let got = [l.header, l.body, l.tree, l.details, l.status];
                    assert_eq!(got, by_hand(area, full), "{w}x{h} full={full}");
                }
            }
        }
    }

    #[test]
    fn tiny_areas_do_not_underflow() {
        for (w, h) in [(0, 0), (1, 1), (2, 2), (10, 3)] {
            let l = screen(Rect::new(0, 0, w, h), false);
            assert!(l.body.bottom() <= h);
            assert!(l.status.bottom() <= h);
        }
    }
}
