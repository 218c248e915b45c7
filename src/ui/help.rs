//! The help overlay: every key of the mode it was opened from, read from the key map in
//! effect (settings overrides included), then the global keys and a legend of the row markers.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::cut;
use super::text;
use super::theme::Look;
use crate::app::{AppState, Mode};
use crate::domain::{FitCategory, FitProfile};
use crate::input;

/// Columns of the key column.
const KEYS_W: usize = 20;

/// The overlay's lines (public so tests can check they cover the key map).
pub fn lines(
    keys: &input::KeyMap,
    mode: Mode,
    profile: &FitProfile,
    look: &Look,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let title = match mode {
        Mode::Browse => text::HELP_BROWSE(),
        Mode::Search => text::HELP_SEARCH(),
        Mode::Help => text::HELP_HELP(),
        Mode::Carrying => text::HELP_CARRYING(),
        Mode::Plans => text::HELP_PLANS(),
        Mode::Prompt => text::HELP_PROMPT(),
        Mode::Confirm => text::HELP_CONFIRM(),
        Mode::Compare => text::HELP_COMPARE(),
        Mode::Review => text::HELP_REVIEW(),
        Mode::Talent => text::HELP_TALENT(),
        Mode::Readiness => text::HELP_READINESS(),
        Mode::Note => text::HELP_NOTE(),
    };
    out.push(Line::styled(title, look.theme.heading()));
    let row = |keys: String, what: &str| {
        Line::from(vec![
            Span::styled(cut::pad(&keys, KEYS_W, "~"), look.theme.key()),
            Span::raw(what.to_string()),
        ])
    };
    for b in keys.bindings(mode) {
        out.push(row(input::keys_label(b), text::action(b.action)));
    }
    if input::types_text(mode) {
        out.push(Line::raw(text::HELP_TYPE_TO_SEARCH()));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(text::HELP_GLOBAL(), look.theme.heading()));
    for b in keys.global() {
        out.push(row(input::keys_label(b), text::action(b.action)));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(text::HELP_LEGEND(), look.theme.heading()));
    let g = &look.glyphs;
    out.push(Line::raw(text::LEGEND_HEADCOUNT()));
    out.push(Line::raw(text::LEGEND_FIT()));
    for c in [FitCategory::High, FitCategory::Middle, FitCategory::Low] {
        out.push(Line::from(vec![
            Span::styled(format!("  {:<7}", profile.short(c)), look.theme.fit(c)),
            Span::raw(profile.label(c)),
        ]));
    }
    out.push(Line::raw(text::LEGEND_FIT_INCOMPLETE()));
    out.push(Line::raw(text::LEGEND_MARK().replace("{mark}", g.mark)));
    out.push(Line::raw(text::LEGEND_FROM().replace("{from}", g.from)));
    out.push(Line::raw(
        text::LEGEND_READINESS()
            .replace("{ready}", g.ready)
            .replace("{hesitant}", g.hesitant)
            .replace("{resisting}", g.resisting)
            .replace("{unknown}", g.unknown),
    ));
    out
}

/// Draws the overlay; returns how far it can scroll.
pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) -> u16 {
    let content = lines(&state.keys, state.help_for, &state.derived.profile, look);
    let want_w = content.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
    let want_h = content.len() as u16 + 2;
    let w = want_w.min(body.width);
    let h = want_h.min(body.height);
    let area = Rect {
        x: body.x + (body.width - w) / 2,
        y: body.y + (body.height - h) / 2,
        width: w,
        height: h,
    };
    Clear.render(area, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(look.theme.border())
        .title(Span::styled(
            format!(" {} ", text::HELP_TITLE()),
            look.theme.label(),
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    let inner = Rect {
        x: inner.x.saturating_add(1).min(inner.right()),
        width: inner.width.saturating_sub(1),
        ..inner
    };
    super::details::scrolled(
        buf,
        inner,
        content,
        state.help_scroll,
        text::MORE_HELP(),
        look,
    )
}
