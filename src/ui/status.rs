//! The status bar: the mode and its most useful keys, generated from the key map; and the
//! toast line for short messages.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::cut;
use super::theme::Look;
use super::words;
use crate::app::{AppState, Mode};
use crate::input;
use crate::lang::tr;

pub fn render(buf: &mut Buffer, area: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    if area.height == 0 {
        return;
    }
    let w = usize::from(area.width);
    let tag = match state.mode() {
        Mode::Browse => tr!(lang, "ui-mode-browse"),
        Mode::Search => tr!(lang, "ui-mode-search"),
        Mode::Help => tr!(lang, "ui-mode-help"),
        Mode::Carrying => tr!(lang, "ui-mode-carrying"),
        Mode::Plans => tr!(lang, "ui-mode-plans"),
        Mode::Prompt => tr!(lang, "ui-mode-prompt"),
        Mode::Confirm => tr!(lang, "ui-mode-confirm"),
        Mode::Compare => tr!(lang, "ui-mode-compare"),
        Mode::Review => tr!(lang, "ui-mode-review"),
        Mode::Talent => tr!(lang, "ui-mode-talent"),
        Mode::Readiness => tr!(lang, "ui-mode-readiness"),
        Mode::Note => tr!(lang, "ui-mode-note"),
    };
    let mut spans = vec![Span::styled(format!(" {tag} "), look.theme.mode())];
    if !state.marked.is_empty() && state.mode() == Mode::Browse {
        spans.push(Span::styled(
            format!(" {} {} ", state.marked.len(), tr!(lang, "ui-marked")),
            look.theme.toast(),
        ));
    }
    if let Some(carry) = state.carry()
        && state.mode() == Mode::Carrying
    {
        // Who is carried comes first: it is what the planner must not lose track of.
        let names: Vec<&str> = carry
            .people
            .iter()
            .map(|&e| state.org.employee(e).name.as_str())
            .collect();
        let who = format!(" {}: {} ", tr!(lang, "ui-carrying"), names.join(", "));
        let room = w.saturating_sub(cut::width(&tag) + 2 + 36);
        spans.push(Span::styled(
            cut::fit(&who, room.max(10), look.glyphs.ellipsis),
            look.theme.toast(),
        ));
    }
    // Where the cursor is in the visible rows, right-aligned: `12/340`.
    let pos = format!(" {}/{} ", state.tree.selected + 1, state.tree.rows.len());
    let pos_w = cut::width(&pos);
    let mut used: usize = spans.iter().map(|s| cut::width(&s.content)).sum::<usize>() + pos_w;
    for b in state.keys.hint_bindings(state.mode()) {
        let Some(&key) = b.keys.first() else {
            continue;
        };
        let k = input::key_label(key);
        let h = words::hint(b.action, lang);
        let piece_w = 2 + cut::width(&k) + 1 + cut::width(&h);
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
    let sw = u16::try_from(cut::width(&s)).unwrap_or(u16::MAX);
    let [_, bottom] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(body);
    let [_, area] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(sw)]).areas(bottom);
    Line::styled(s, look.theme.toast()).render(area, buf);
}
