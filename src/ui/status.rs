//! The status bar: the mode and its most useful keys, generated from the key map; and the
//! toast line for short messages.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::cut;
use super::text;
use super::theme::Look;
use crate::app::{AppState, Mode};
use crate::input;

pub fn render(buf: &mut Buffer, area: Rect, state: &AppState, look: &Look) {
    if area.height == 0 {
        return;
    }
    let w = usize::from(area.width);
    let tag = match state.mode {
        Mode::Browse => text::MODE_BROWSE,
        Mode::Search => text::MODE_SEARCH,
        Mode::Help => text::MODE_HELP,
    };
    let mut spans = vec![Span::styled(format!(" {tag} "), look.theme.mode())];
    // Where the cursor is in the visible rows, right-aligned: `12/340`.
    let pos = format!(" {}/{} ", state.tree.selected + 1, state.tree.rows.len());
    let pos_w = cut::width(&pos);
    let mut used = cut::width(tag) + 2 + pos_w;
    for b in input::hint_bindings(state.mode) {
        let Some(&key) = b.keys.first() else {
            continue;
        };
        let k = input::key_label(key);
        let h = text::hint(b.action);
        let piece_w = 2 + cut::width(&k) + 1 + cut::width(h);
        if used + piece_w > w {
            break;
        }
        used += piece_w;
        spans.push(Span::raw("  "));
        spans.push(Span::styled(k, look.theme.key()));
        spans.push(Span::raw(format!(" {h}")));
    }
    if used <= w {
        spans.push(Span::raw(" ".repeat(w - used)));
        spans.push(Span::styled(pos, look.theme.dim()));
    }
    Line::from(spans).render(area, buf);
}

/// A one-line message at the bottom of the body, right-aligned.
pub fn toast(buf: &mut Buffer, body: Rect, msg: &str, look: &Look) {
    if body.height == 0 || body.width < 4 {
        return;
    }
    let w = usize::from(body.width);
    let s = format!(" {} ", cut::fit(msg, w - 2, look.glyphs.ellipsis));
    let sw = cut::width(&s) as u16;
    let area = Rect {
        x: body.right() - sw.min(body.width),
        y: body.bottom() - 1,
        width: sw.min(body.width),
        height: 1,
    };
    Line::styled(s, look.theme.toast()).render(area, buf);
}
