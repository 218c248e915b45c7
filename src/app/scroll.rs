//! Where the tree pane's window starts as the cursor moves: the scroll policy.
//!
//! Over a slow link every row redrawn costs bytes. ratatui's diff knows no scrolling, so a
//! window that slides one row per step rewrites the whole pane on every step of a key held
//! at its edge (3.7 KB at 120x40, against about 300 bytes for a step inside the pane). So
//! the window moves only when the cursor leaves it, and then it jumps (as mutt pages its
//! index when `menu_scroll` is unset, and vim's `scrolljump`): the cursor lands a quarter of
//! the pane inside the edge it crossed, the rows it came from stay in view above (or below)
//! it as context, and the next three quarters of a pane of steps move only the highlight.
//!
//! Invariant of every function here: the selection lies inside
//! `offset..offset + viewport`, and the window does not start past the last full page
//! (`offset <= len - viewport` when there are more rows than fit).

/// Rows of the old window kept in view beside the cursor after a jump: a quarter of the
/// pane, so a jump moves the window by three quarters of it. Always less than `viewport`.
pub fn context(viewport: usize) -> usize {
    viewport.max(1) / 4
}

/// The offset after the cursor moved to `selected`: unchanged while the cursor is inside
/// the window; when it left, the window jumps so the cursor sits [`context`] rows inside
/// the edge it crossed.
pub fn follow(offset: usize, selected: usize, viewport: usize, len: usize) -> usize {
    let vp = viewport.max(1);
    let ctx = context(vp);
    let off = if selected < offset {
        // Crossed the top: the cursor lands `ctx` rows above the bottom edge.
        (selected + 1 + ctx).saturating_sub(vp)
    } else if selected >= offset + vp {
        // Crossed the bottom: the cursor lands `ctx` rows below the top edge.
        selected - ctx
    } else {
        offset
    };
    clamp(off, vp, len)
}

/// The offset that shows `selected` with the least movement: for changes that are not a
/// cursor step (a resize, rows opened or closed), where the screen should stay put.
pub fn nearest(offset: usize, selected: usize, viewport: usize, len: usize) -> usize {
    let vp = viewport.max(1);
    let off = if selected < offset {
        selected
    } else if selected >= offset + vp {
        selected + 1 - vp
    } else {
        offset
    };
    clamp(off, vp, len)
}

/// A page down (`down`) or up: the cursor and the window both move by a whole pane, so the
/// cursor keeps its line and a page shows only rows not seen before. At the ends the window
/// stops at the first or last page while the cursor still moves (at most to the first or
/// last row). Returns `(selected, offset)`.
pub fn page(
    offset: usize,
    selected: usize,
    viewport: usize,
    len: usize,
    down: bool,
) -> (usize, usize) {
    let vp = viewport.max(1);
    let (sel, off) = if down {
        ((selected + vp).min(len.saturating_sub(1)), offset + vp)
    } else {
        (selected.saturating_sub(vp), offset.saturating_sub(vp))
    };
    (sel, nearest(off, sel, vp, len))
}

/// Keeps the window from starting past the last full page.
fn clamp(offset: usize, viewport: usize, len: usize) -> usize {
    offset.min(len.saturating_sub(viewport))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn inside(off: usize, sel: usize, vp: usize) -> bool {
        off <= sel && sel < off + vp.max(1)
    }

    #[test]
    fn a_step_inside_the_window_does_not_move_it() {
        // (offset, selected, viewport, len)
        for (off, sel, vp, len) in [(0, 0, 37, 500), (10, 46, 37, 500), (10, 10, 37, 500)] {
            assert_eq!(follow(off, sel, vp, len), off, "{off} {sel} {vp}");
        }
    }

    #[test]
    fn crossing_an_edge_jumps_three_quarters_of_a_pane() {
        // 120x40: 37 rows, context 9. Down past the bottom row of 0..37.
        assert_eq!(context(37), 9);
        assert_eq!(follow(0, 37, 37, 500), 28);
        // Up past the top row of 100..137: the cursor lands 9 rows above the bottom.
        let off = follow(100, 99, 37, 500);
        assert_eq!(off, 99 + 1 + 9 - 37);
        assert_eq!(off + 37 - 1 - 99, 9);
        // 80x24: 11 rows, context 2.
        assert_eq!(follow(0, 11, 11, 500), 9);
        assert_eq!(follow(20, 19, 11, 500), 11);
    }

    #[test]
    fn jumps_stop_at_the_ends_of_the_rows() {
        // Near the end the window stops at the last full page.
        assert_eq!(follow(450, 487, 37, 490), 453);
        // Near the top it stops at the first row.
        assert_eq!(follow(5, 4, 37, 490), 0);
        // Fewer rows than fit: the window starts at the top.
        assert_eq!(follow(0, 9, 37, 10), 0);
    }

    #[test]
    fn tiny_panes_still_follow_the_cursor() {
        // 40x10 stacks a three-row tree; one row is the least a pane can have.
        assert_eq!(context(3), 0);
        assert_eq!(follow(0, 3, 3, 50), 3);
        assert_eq!(follow(3, 2, 3, 50), 0);
        assert_eq!(follow(0, 1, 1, 50), 1);
        assert_eq!(follow(5, 4, 1, 50), 4);
        assert_eq!(follow(0, 1, 0, 50), 1, "a zero viewport counts as one row");
    }

    #[test]
    fn nearest_moves_the_least() {
        assert_eq!(nearest(0, 37, 37, 500), 1);
        assert_eq!(nearest(50, 40, 37, 500), 40);
        assert_eq!(nearest(50, 60, 37, 500), 50);
        // A bigger pane at the end pulls the window up to fill it.
        assert_eq!(nearest(480, 495, 37, 500), 463);
    }

    #[test]
    fn pages_keep_the_cursor_line() {
        // From the top: the next page, the cursor on the same line.
        assert_eq!(page(0, 5, 37, 500, true), (42, 37));
        assert_eq!(page(37, 42, 37, 500, false), (5, 0));
        // Near the end the window stops at the last page and the cursor goes a page on.
        assert_eq!(page(450, 460, 37, 500, true), (497, 463));
        assert_eq!(page(463, 497, 37, 500, true), (499, 463));
        // Near the top the window stops at 0 and the cursor goes a page back.
        assert_eq!(page(10, 40, 37, 500, false), (3, 0));
        assert_eq!(page(0, 3, 37, 500, false), (0, 0));
        // Fewer rows than fit: a page goes to the last row.
        assert_eq!(page(0, 2, 37, 10, true), (9, 0));
    }

    proptest! {
        #[test]
        fn the_selection_is_always_in_the_window(
            len in 1usize..300,
            vp in 0usize..60,
            off in 0usize..300,
            sel in 0usize..300,
            down: bool,
        ) {
            let sel = sel % len;
            let max_off = len.saturating_sub(vp.max(1));
            for o in [follow(off, sel, vp, len), nearest(off, sel, vp, len)] {
                prop_assert!(inside(o, sel, vp), "{o} {sel} {vp} {len}");
                prop_assert!(o <= max_off);
            }
            // A valid window stays put while the cursor is inside it.
            let off = off.min(max_off);
            if inside(off, sel, vp) {
                prop_assert_eq!(follow(off, sel, vp, len), off);
            }
            let (s, o) = page(off, sel, vp, len, down);
            prop_assert!(s < len);
            prop_assert!(inside(o, s, vp), "{o} {s} {vp} {len}");
            prop_assert!(o <= max_off);
        }

        /// Holding a key moves the window at most once per `viewport - context` steps.
        #[test]
        fn a_held_key_jumps_rarely(len in 1usize..400, vp in 1usize..60, down: bool) {
            let (mut sel, mut off) = if down { (0, 0) } else {
                let last = len - 1;
                (last, nearest(0, last, vp, len))
            };
            let mut moves = 0usize;
            for _ in 0..len {
                sel = if down { (sel + 1).min(len - 1) } else { sel.saturating_sub(1) };
                let next = follow(off, sel, vp, len);
                moves += usize::from(next != off);
                off = next;
            }
            let jump = vp - context(vp);
            prop_assert!(moves <= len.div_ceil(jump), "{moves} moves, len {len}, vp {vp}");
        }
    }
}
