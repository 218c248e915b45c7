//! The details pane: everything about the selected unit, position or person. Lines are
//! built for the one selected node only, then scrolled (J/K).

mod employee;
mod position;
mod unit;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::cut;
use super::scroll::{self, On};
use super::theme::Look;
use crate::app::{AppState, Node};
use crate::lang::{Lang, tr};

/// Width of the label column (`Golongan  `).
const LABEL_W: usize = 11;

/// Draws the pane; returns how far it can scroll (`None` when not drawn).
pub fn render(
    buf: &mut Buffer,
    area: Rect,
    side_by_side: bool,
    state: &AppState,
    look: &Look,
) -> Option<u16> {
    let lang = state.lang;
    if area.height == 0 || area.width == 0 {
        return None;
    }
    let block = if state.details.full {
        Block::new()
    } else if side_by_side {
        Block::new()
            .borders(Borders::LEFT)
            .border_style(look.theme.border())
    } else {
        Block::new()
            .borders(Borders::TOP)
            .border_style(look.theme.border())
            .title(Span::styled(
                format!(" {} ", tr!(lang, "ui-details")),
                look.theme.label(),
            ))
    };
    let inner = block.inner(area);
    block.render(area, buf);
    // A blank column either side; the right one takes the scrollbar's thumb.
    let [_, inner, bar] = Layout::horizontal([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    if inner.width == 0 || inner.height == 0 {
        return None;
    }
    let w = usize::from(inner.width);
    let lines = match state.details_node() {
        Some(Node::Unit(u)) => unit::lines(state, u, w, look),
        Some(Node::Position(p)) => position::lines(state, p, w, look),
        Some(Node::Employee(e)) => employee::lines(state, e, w, look),
        Some(Node::Unplaced) => unit::unplaced_lines(state, w, look),
        None => vec![Line::raw(tr!(lang, "ui-nothing-selected"))],
    };
    Some(scrolled(
        buf,
        (inner, (bar, On::Margin)),
        lines,
        state.details.scroll,
        &tr!(lang, "ui-more-below"),
        look,
    ))
}

/// Draws `lines` scrolled by `scroll` (clamped); when more lines follow, the last row
/// says which keys scroll instead of hiding content under a marker. Returns the largest
/// useful scroll. A scrollbar in `bar` shows where the window is.
pub(super) fn scrolled(
    buf: &mut Buffer,
    (area, bar): (Rect, (Rect, On)),
    lines: Vec<Line<'static>>,
    scroll: u16,
    keys: &str,
    look: &Look,
) -> u16 {
    let total = lines.len();
    let height = usize::from(area.height);
    let overflow = total > height && height >= 2;
    let shown = if overflow { height - 1 } else { height };
    let max_scroll = total.saturating_sub(shown);
    let scroll = usize::from(scroll).min(max_scroll);
    let [text_area, _] =
        Layout::vertical([Constraint::Length(shown as u16), Constraint::Fill(1)]).areas(area);
    Paragraph::new(lines)
        .scroll((scroll as u16, 0))
        .render(text_area, buf);
    let (column, on) = bar;
    let column = Rect {
        y: text_area.y,
        height: text_area.height,
        ..column
    };
    scroll::bar(buf, (column, on), total, shown, scroll, look);
    if overflow {
        let more = format!(
            "{} {}/{} {keys} ",
            if scroll < max_scroll { "v" } else { "^" },
            scroll + shown,
            total
        );
        let more = cut::fit(&more, usize::from(area.width), look.glyphs.ellipsis);
        let mw = cut::width(&more) as u16;
        Line::styled(more, look.theme.dim()).render(
            Rect {
                x: area.right() - mw,
                y: area.bottom() - 1,
                width: mw,
                height: 1,
            },
            buf,
        );
    }
    u16::try_from(max_scroll).unwrap_or(u16::MAX)
}

/// The bold first line: the node's name.
fn title(name: &str, style: Style, w: usize, look: &Look) -> Line<'static> {
    Line::styled(cut::fit(name, w, look.glyphs.ellipsis), style)
}

/// `Label     value...`: a label column then spans (cut by the paragraph).
fn kv(label: &str, value: Vec<Span<'static>>, look: &Look) -> Line<'static> {
    let mut spans = vec![Span::styled(
        cut::pad(label, LABEL_W, look.glyphs.ellipsis),
        look.theme.label(),
    )];
    spans.extend(value);
    Line::from(spans)
}

/// A label and a plain text value, the value cut at the width.
fn kv_text(label: &str, value: &str, w: usize, look: &Look) -> Line<'static> {
    let room = w.saturating_sub(LABEL_W);
    kv(
        label,
        vec![Span::raw(cut::fit(value, room, look.glyphs.ellipsis))],
        look,
    )
}

/// A section heading.
fn heading(s: &str, look: &Look) -> Line<'static> {
    Line::styled(s.to_string(), look.theme.heading())
}

/// A name on the left and a right-aligned text, within `w` columns.
fn left_right(
    left: &str,
    left_style: Style,
    right: Vec<Span<'static>>,
    right_w: usize,
    w: usize,
    look: &Look,
) -> Line<'static> {
    let left_room = w.saturating_sub(right_w + 1);
    let l = cut::fit(left, left_room, look.glyphs.ellipsis);
    let gap = w.saturating_sub(cut::width(&l) + right_w);
    let mut spans = vec![Span::styled(l, left_style), Span::raw(" ".repeat(gap))];
    spans.extend(right);
    Line::from(spans)
}

/// `Formasi 9  Terisi 7  Lowong 2` (and `Lebih n` when over).
fn headcount_spans(h: crate::domain::Headcount, look: &Look, lang: Lang) -> Vec<Span<'static>> {
    let mut v = vec![
        Span::raw(format!("{} {}", tr!(lang, "ui-formation"), h.formation)),
        Span::raw(format!("  {} {}", tr!(lang, "ui-filled"), h.filled)),
    ];
    if h.vacancies() > 0 {
        v.push(Span::styled(
            format!("  {} {}", tr!(lang, "ui-vacant"), h.vacancies()),
            look.theme.under(),
        ));
    } else {
        v.push(Span::raw(format!("  {} 0", tr!(lang, "ui-vacant"))));
    }
    if h.over() > 0 {
        v.push(Span::styled(
            format!("  {} {}", tr!(lang, "ui-over"), h.over()),
            look.theme.over(),
        ));
    }
    v
}

/// A percentage with one decimal and the language's decimal mark (`87,5%`, `87.5%`).
fn percent(p: f64, lang: Lang) -> String {
    lang.percent(p)
}
