//! The drop preview, drawn where the details go while carrying: for a position each
//! carried person's fit there against now and the formation after the drop; for a unit its
//! positions; for "Belum ditempatkan" what unplacing means.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::theme::Look;
use super::{badge, cut};
use crate::app::{AppState, Preview};
use crate::lang::tr;

pub fn render(buf: &mut Buffer, area: Rect, side_by_side: bool, state: &AppState, look: &Look) {
    let lang = state.lang;
    let Some(carry) = state.carry() else {
        return;
    };
    if area.height == 0 || area.width < 4 {
        return;
    }
    Clear.render(area, buf);
    let borders = if side_by_side {
        Borders::LEFT
    } else {
        Borders::TOP
    };
    let block = Block::new()
        .borders(borders)
        .border_style(look.theme.border());
    let inner = block.inner(area);
    block.render(area, buf);
    let org = &state.org;
    let w = usize::from(inner.width);
    let ell = look.glyphs.ellipsis;
    let profile = &state.derived.profile;
    let pct = |v: Option<f64>| -> Span<'static> {
        match v {
            Some(p) => Span::styled(
                format!("{:>4}", format!("{p:.0}%")),
                look.theme.fit(profile.categorize(p)),
            ),
            None => Span::styled(format!("{:>4}", "-"), look.theme.dim()),
        }
    };
    let mut out: Vec<Line<'static>> = Vec::new();
    match &carry.preview {
        Preview::Nothing => out.push(Line::styled(tr!(lang, "ui-drop-nothing"), look.theme.dim())),
        Preview::Position {
            position,
            people,
            after,
        } => {
            let pos = org.position(*position);
            let unit = org.unit_of(*position).map(|u| org.unit(u).name.clone());
            let head = format!(
                "{}: {}{}",
                tr!(lang, "ui-drop-on-position"),
                pos.title,
                unit.map(|u| format!(" ({u})")).unwrap_or_default()
            );
            out.push(Line::styled(cut::fit(&head, w, ell), look.theme.label()));
            let mut line = vec![Span::raw(format!("{}: ", tr!(lang, "ui-after-drop")))];
            line.extend(badge::headcount(look, *after));
            if after.over() > 0 {
                line.push(Span::styled(
                    format!("  ({} {})", tr!(lang, "ui-over-after"), after.over()),
                    look.theme.over(),
                ));
            } else if after.vacancies() > 0 {
                line.push(Span::styled(
                    format!("  ({} {})", tr!(lang, "ui-vacant-after"), after.vacancies()),
                    look.theme.under(),
                ));
            }
            out.push(Line::from(line));
            let name_w = w.saturating_sub(22).max(8);
            out.push(Line::styled(
                format!(
                    "{}{:>8} {:>9}",
                    cut::pad("", name_w, ell),
                    tr!(lang, "ui-fit-now"),
                    tr!(lang, "ui-fit-there")
                ),
                look.theme.dim(),
            ));
            for fc in people {
                let name = &org.employee(fc.employee).name;
                out.push(Line::from(vec![
                    Span::raw(cut::pad(name, name_w, ell)),
                    Span::raw("    "),
                    pct(fc.now),
                    Span::raw(format!(" {} ", look.glyphs.arrow)),
                    pct(fc.there),
                ]));
            }
        }
        Preview::Unit { unit, positions } => {
            let head = format!("{} {}", tr!(lang, "ui-drop-on-unit"), org.unit(*unit).name);
            out.push(Line::styled(cut::fit(&head, w, ell), look.theme.label()));
            for &(p, h) in positions {
                let hw = badge::headcount_width(h);
                let title = cut::pad(&org.position(p).title, w.saturating_sub(hw + 3), ell);
                let mut line = vec![Span::raw(format!("  {title} "))];
                line.extend(badge::headcount(look, h));
                out.push(Line::from(line));
            }
        }
        Preview::Unplace => {
            out.push(Line::styled(
                format!(
                    "{}: {} {}",
                    tr!(lang, "ui-drop-unplace"),
                    carry.people.len(),
                    tr!(lang, "ui-people")
                ),
                look.theme.label(),
            ));
        }
    }
    for (row, l) in inner.rows().zip(out) {
        l.render(row, buf);
    }
}
