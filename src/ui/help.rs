//! The help overlay: every key of the mode it was opened from, read from the key map in
//! effect (settings overrides included), then the global keys and a legend of the row markers.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::cut;
use super::theme::Look;
use super::words;
use crate::app::{AppState, Mode};
use crate::domain::{FitCategory, FitProfile};
use crate::input;
use crate::lang::{Lang, tr};

/// Columns of the key column.
const KEYS_W: usize = 20;

/// The overlay's lines (public so tests can check they cover the key map).
pub fn lines(
    keys: &input::KeyMap,
    mode: Mode,
    profile: &FitProfile,
    look: &Look,
    lang: Lang,
) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let title = match mode {
        Mode::Browse => tr!(lang, "ui-help-browse"),
        Mode::Search => tr!(lang, "ui-help-search"),
        Mode::Help => tr!(lang, "ui-help-help"),
        Mode::Carrying => tr!(lang, "ui-help-carrying"),
        Mode::Plans => tr!(lang, "ui-help-plans"),
        Mode::Prompt => tr!(lang, "ui-help-prompt"),
        Mode::Confirm => tr!(lang, "ui-help-confirm"),
        Mode::Compare => tr!(lang, "ui-help-compare"),
        Mode::Review => tr!(lang, "ui-help-review"),
        Mode::Talent => tr!(lang, "ui-help-talent"),
        Mode::Readiness => tr!(lang, "ui-help-readiness"),
        Mode::Note => tr!(lang, "ui-help-note"),
    };
    out.push(Line::styled(title, look.theme.heading()));
    let row = |keys: String, what: &str| {
        Line::from(vec![
            Span::styled(cut::pad(&keys, KEYS_W, "~"), look.theme.key()),
            Span::raw(what.to_string()),
        ])
    };
    for b in keys.bindings(mode) {
        out.push(row(input::keys_label(b), &words::action(b.action, lang)));
    }
    if input::types_text(mode) {
        out.push(Line::raw(tr!(lang, "ui-help-type-to-search")));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(
        tr!(lang, "ui-help-global"),
        look.theme.heading(),
    ));
    for b in keys.global() {
        out.push(row(input::keys_label(b), &words::action(b.action, lang)));
    }
    out.push(Line::raw(""));
    out.push(Line::styled(
        tr!(lang, "ui-help-legend"),
        look.theme.heading(),
    ));
    let g = &look.glyphs;
    out.push(Line::raw(tr!(lang, "ui-legend-headcount")));
    out.push(Line::raw(tr!(lang, "ui-legend-fit")));
    for c in [FitCategory::High, FitCategory::Middle, FitCategory::Low] {
        out.push(Line::from(vec![
            Span::styled(format!("  {:<7}", profile.short(c)), look.theme.fit(c)),
            Span::raw(profile.label(c)),
        ]));
    }
    out.push(Line::raw(tr!(lang, "ui-legend-fit-incomplete")));
    out.push(Line::raw(tr!(lang, "ui-legend-mark", mark = g.mark)));
    out.push(Line::raw(tr!(lang, "ui-legend-from", from = g.from)));
    out.push(Line::raw(tr!(
        lang,
        "ui-legend-readiness",
        ready = g.ready,
        hesitant = g.hesitant,
        resisting = g.resisting,
        unknown = g.unknown
    )));
    out
}

/// Draws the overlay; returns how far it can scroll.
pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) -> u16 {
    let lang = state.lang;
    let content = lines(
        &state.keys,
        state.help().map_or(Mode::Browse, |h| h.mode),
        &state.derived.profile,
        look,
        lang,
    );
    let want_w = content.iter().map(Line::width).max().unwrap_or(0) as u16 + 4;
    let want_h = content.len() as u16 + 2;
    let area = super::dialog::centered(body, want_w, want_h);
    Clear.render(area, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(look.theme.border())
        .title(Span::styled(
            format!(" {} ", tr!(lang, "ui-help-title")),
            look.theme.label(),
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    let bar = (
        super::dialog::right_border(inner),
        super::scroll::On::Border,
    );
    let [_, text] = Layout::horizontal([Constraint::Length(1), Constraint::Fill(1)]).areas(inner);
    super::details::scrolled(
        buf,
        (text, bar),
        content,
        state.help().map_or(0, |h| h.scroll),
        &tr!(lang, "ui-more-help"),
        look,
    )
}
