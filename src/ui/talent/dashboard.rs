//! The unit dashboard: formation against filled per child unit as bars, the public's
//! feedback under them, and beside them fit, readiness, the 9-box and retirements.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::clean;
use crate::app::AppState;
use crate::app::talent::{DashboardView, GRID, TalentView};
use crate::domain::{Headcount, Severity};
use crate::lang::tr;
use crate::ui::table::window;
use crate::ui::theme::Look;
use crate::ui::{cut, words};

/// Columns of the right-hand column, when the area is wide enough for it.
const SIDE_W: u16 = 30;
/// The right column's lines: fit (5), readiness (2), 9-box (5), retirements (2).
const SIDE_LINES: u16 = 14;

/// Writes a styled line on row `row` of `area` (cut at its right edge).
fn put(buf: &mut Buffer, area: Rect, row: u16, line: Line<'_>) {
    if row >= area.height {
        return;
    }
    line.render(
        Rect {
            y: area.y + row,
            height: 1,
            ..area
        },
        buf,
    );
}

/// Writes a text in one style on row `row`, cut with an ellipsis.
fn put_text(buf: &mut Buffer, area: Rect, row: u16, s: &str, style: Style, look: &Look) {
    let s = cut::fit(s, usize::from(area.width), look.glyphs.ellipsis);
    put(buf, area, row, Line::styled(s, style));
}

pub(super) fn render(
    buf: &mut Buffer,
    area: Rect,
    state: &AppState,
    view: &TalentView,
    d: &DashboardView,
    look: &Look,
) {
    let side_w = if area.width >= 70 { SIDE_W } else { 0 };
    let [left, _, right] = Layout::horizontal([
        Constraint::Fill(1),
        Constraint::Length(u16::from(side_w > 0)),
        Constraint::Length(side_w),
    ])
    .areas(area);
    // The public's feedback takes the bottom of the left column, when there is any.
    let feedback_rows: u16 = if d.feedback.is_empty() {
        0
    } else {
        (1 + d.feedback.len() as u16).min(left.height.saturating_sub(4))
    };
    if feedback_rows > 0 {
        let top = left.height - feedback_rows;
        // Across the whole width when the right column ends above it.
        let wide = if side_w == 0 || top >= SIDE_LINES {
            area
        } else {
            left
        };
        let rows = Rect {
            y: wide.y + top,
            height: feedback_rows,
            ..wide
        };
        feedback(buf, rows, state, d, look);
    }
    let bars_area = Rect {
        height: left.height.saturating_sub(feedback_rows),
        ..left
    };
    bars(buf, bars_area, state, view, d, look);
    if side_w > 0 {
        side(buf, right, state, d, look);
    }
}

/// A bar of `width` cells: filled people, then vacancies up to the formation; people
/// over the formation are drawn in the over style.
fn bar(h: Headcount, scale: u32, width: usize, look: &Look) -> Vec<Span<'static>> {
    let cells = |n: u32| -> usize {
        if scale == 0 {
            0
        } else {
            ((u64::from(n) * width as u64).div_ceil(u64::from(scale))) as usize
        }
    };
    let filled = cells(h.filled.min(h.formation));
    let total = cells(h.filled.max(h.formation)).min(width);
    let (full, empty) = if look.glyphs.ellipsis == "~" {
        ("#", ".")
    } else {
        ("█", "░")
    };
    let mut spans = vec![Span::styled(
        full.repeat(filled),
        look.theme.fit(crate::domain::FitCategory::High),
    )];
    if h.filled > h.formation {
        spans.push(Span::styled(
            full.repeat(total.saturating_sub(filled)),
            look.theme.over(),
        ));
    } else {
        spans.push(Span::styled(
            empty.repeat(total.saturating_sub(filled)),
            look.theme.under(),
        ));
    }
    spans
}

/// The headcount, then a bar per child unit with the cursor on one.
fn bars(
    buf: &mut Buffer,
    area: Rect,
    state: &AppState,
    view: &TalentView,
    d: &DashboardView,
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let h = d.headcount;
    let headcount = tr!(
        lang,
        "ui-dashboard-headcount",
        filled = h.filled,
        formation = h.formation
    );
    put_text(buf, area, 0, &headcount, look.theme.label(), look);
    let bars_head = tr!(lang, "ui-dashboard-bars");
    put_text(buf, area, 1, &bars_head, look.theme.heading(), look);
    let scale = d
        .children
        .iter()
        .map(|c| c.headcount.formation.max(c.headcount.filled))
        .max()
        .unwrap_or(0);
    let name_w = usize::from(area.width).saturating_sub(10) / 2;
    let bar_w = usize::from(area.width).saturating_sub(name_w + 10);
    if d.children.is_empty() {
        let none = tr!(lang, "ui-dashboard-no-children");
        put_text(buf, area, 2, &none, look.theme.dim(), look);
    }
    let height = usize::from(area.height.saturating_sub(2));
    for (row, i) in window(view.cursor, d.children.len(), height).enumerate() {
        let Some(c) = d.children.get(i) else { break };
        let label_style = if i == view.cursor {
            look.theme.selected()
        } else {
            Style::default()
        };
        let label = c.unit.map_or_else(
            || tr!(lang, "ui-dashboard-own").to_string(),
            |u| clean(&org.unit(u).name),
        );
        let mut spans = vec![Span::styled(
            cut::pad(&label, name_w, look.glyphs.ellipsis),
            label_style,
        )];
        spans.push(Span::raw(" "));
        spans.extend(bar(c.headcount, scale, bar_w, look));
        let used: usize = spans.iter().map(|s| cut::width(&s.content)).sum();
        let pad = (name_w + 1 + bar_w).saturating_sub(used);
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(
            format!(" {:>4}/{:<4}", c.headcount.filled, c.headcount.formation),
            look.theme.dim(),
        ));
        put(buf, area, 2 + row as u16, Line::from(spans));
    }
}

/// The public's feedback: its counts, then the newest items, one per row.
fn feedback(buf: &mut Buffer, area: Rect, state: &AppState, d: &DashboardView, look: &Look) {
    let lang = state.lang;
    let org = &state.org;
    let (all, high) = d.feedback_counts;
    let head = tr!(lang, "ui-dashboard-feedback", all = all, high = high);
    put_text(buf, area, 0, &head, look.theme.heading(), look);
    let room = usize::from(area.height.saturating_sub(1));
    for (k, (u, f)) in d.feedback.iter().take(room).enumerate() {
        let style = match f.severity {
            Severity::High => look.theme.warning(),
            Severity::Medium => Style::default(),
            Severity::Low => look.theme.dim(),
        };
        let line = format!(
            "{} {} {}: {}",
            cut::pad(&words::severity(f.severity, lang), 6, look.glyphs.ellipsis),
            f.date,
            clean(&org.unit(*u).name),
            clean(&f.text)
        );
        put_text(buf, area, 1 + k as u16, &line, style, look);
    }
}

/// The right column: fit, readiness, 9-box and retirements.
fn side(buf: &mut Buffer, area: Rect, state: &AppState, d: &DashboardView, look: &Look) {
    let lang = state.lang;
    let profile = &state.derived.profile;
    let mut lines: Vec<Line<'static>> = vec![Line::styled(
        tr!(lang, "ui-dashboard-fit").to_string(),
        look.theme.heading(),
    )];
    for &(cat, n) in &d.fit {
        lines.push(Line::from(vec![
            Span::styled(
                cut::pad(profile.label(cat), 18, look.glyphs.ellipsis),
                look.theme.fit(cat),
            ),
            Span::raw(format!("{n:>6}")),
        ]));
    }
    lines.push(Line::from(vec![
        Span::styled(
            cut::pad(&tr!(lang, "ui-unrated"), 18, look.glyphs.ellipsis),
            look.theme.dim(),
        ),
        Span::raw(format!("{:>6}", d.no_fit)),
    ]));
    lines.push(Line::styled(
        tr!(lang, "ui-dashboard-readiness").to_string(),
        look.theme.heading(),
    ));
    lines.push(readiness(d, look));
    lines.push(Line::styled(
        tr!(lang, "ui-dashboard-ninebox").to_string(),
        look.theme.heading(),
    ));
    for line in GRID {
        let cells: Vec<String> = line
            .iter()
            .map(|&b| format!("[{b}]{:>4}", d.nine.count(b)))
            .collect();
        lines.push(Line::from(cells.join(" ")));
    }
    lines.push(Line::styled(
        format!("{}: {}", tr!(lang, "ui-unrated"), d.nine.unrated),
        look.theme.dim(),
    ));
    lines.push(Line::styled(
        tr!(lang, "ui-dashboard-retiring").to_string(),
        look.theme.heading(),
    ));
    let [one, two, five] = d.retiring;
    lines.push(Line::from(tr!(
        lang,
        "ui-dashboard-retiring-counts",
        one = one,
        two = two,
        five = five
    )));
    for (i, l) in lines.into_iter().enumerate() {
        put(buf, area, i as u16, l);
    }
}

/// The readiness counts, each with its glyph and colour.
fn readiness(d: &DashboardView, look: &Look) -> Line<'static> {
    use crate::domain::Readiness;
    let r = d.readiness;
    Line::from(vec![
        Span::styled(
            format!("{} {} ", look.glyphs.ready, r.ready),
            look.theme.readiness(Some(Readiness::Siap)),
        ),
        Span::styled(
            format!("{} {} ", look.glyphs.hesitant, r.hesitant),
            look.theme.readiness(Some(Readiness::Ragu)),
        ),
        Span::styled(
            format!("{} {} ", look.glyphs.resisting, r.resisting),
            look.theme.readiness(Some(Readiness::Menolak)),
        ),
        Span::styled(
            format!("{} {}", look.glyphs.unknown, r.unknown),
            look.theme.dim(),
        ),
    ])
}
