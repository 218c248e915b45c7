//! Details of a position: headcount, and each required competency against every holder's
//! level with the gap.

use ratatui::text::{Line, Span};

use super::super::badge;
use super::super::cut;
use super::super::theme::Look;
use super::{headcount_spans, heading, kv_text, title};
use crate::app::AppState;
use crate::domain::PositionIx;
use crate::lang::{Lang, tr};

/// Columns per holder in the competency table (`2 -1`).
const CELL_W: usize = 6;
/// Columns of the standard column.
const STD_W: usize = 4;

pub(super) fn lines(state: &AppState, p: PositionIx, w: usize, look: &Look) -> Vec<Line<'static>> {
    let lang = state.lang;
    let org = &state.org;
    let pos = org.position(p);
    let ell = look.glyphs.ellipsis;
    let mut out = vec![title(&pos.title, look.theme.position(), w, look)];
    if let Some(u) = org.unit_of(p) {
        out.push(kv_text(
            &tr!(lang, "ui-unit"),
            &org.unit_path_names(u, look.glyphs.crumb),
            w,
            look,
        ));
    }
    out.push(kv_text(
        &tr!(lang, "ui-position-type"),
        pos.kind.label(),
        w,
        look,
    ));
    out.push(Line::from(headcount_spans(
        org.position_headcount(p),
        look,
        lang,
    )));
    if let Some(need) = pos.workload_need() {
        out.push(kv_text(
            &tr!(lang, "ui-need"),
            &format!("{} {}", lang.decimal(need, 2), tr!(lang, "ui-need-unit")),
            w,
            look,
        ));
    }
    let holders = org.holders(p);
    let req = org.requirements(p, &state.derived.standards);
    out.push(Line::raw(""));
    out.push(heading(&tr!(lang, "ui-holders"), look));
    if holders.is_empty() {
        out.push(Line::raw(format!(" {}", tr!(lang, "ui-no-holders"))));
    }
    for (i, &e) in holders.iter().enumerate() {
        let emp = org.employee(e);
        let tail_w = 1 + 5 + 1 + badge::FIT_WIDTH + 2;
        let name_room = w.saturating_sub(4 + tail_w);
        out.push(Line::from(vec![
            Span::raw(format!("{:>3} ", i + 1)),
            Span::raw(cut::pad(&emp.name, name_room, ell)),
            Span::styled(format!(" {:<5} ", emp.rank.to_string()), look.theme.dim()),
            badge::fit(look, &state.derived.profile, state.derived.fit(e)),
            Span::raw(" "),
            Span::styled(
                look.glyphs.readiness(emp.readiness),
                look.theme.readiness(emp.readiness),
            ),
        ]));
    }
    out.push(Line::raw(""));
    if req.is_empty() {
        out.push(Line::raw(tr!(lang, "ui-no-requirements")));
    } else {
        // Holder columns that fit after the name and standard columns.
        let name_w = (w / 2).clamp(8, 28);
        let cols = w.saturating_sub(name_w + STD_W) / CELL_W;
        let shown = &holders[..holders.len().min(cols)];
        let mut head = vec![
            Span::styled(
                cut::pad(&tr!(lang, "ui-competency"), name_w, ell),
                look.theme.heading(),
            ),
            Span::styled(
                cut::pad_left(&tr!(lang, "ui-standard"), STD_W),
                look.theme.heading(),
            ),
        ];
        for i in 0..shown.len() {
            head.push(Span::styled(format!("{:>3}", i + 1), look.theme.heading()));
            head.push(Span::raw("   "));
        }
        out.push(Line::from(head));
        for (code, &std) in req.iter() {
            let name = org
                .competency(code)
                .map_or(code.as_str(), |c| c.name.as_str());
            let mut row = vec![
                Span::raw(cut::pad(&format!(" {name}"), name_w, ell)),
                Span::raw(cut::pad_left(&std.to_string(), STD_W)),
            ];
            for &e in shown {
                row.push(cell(
                    org.employee(e).competencies.get(code).copied(),
                    std,
                    look,
                    lang,
                ));
            }
            out.push(Line::from(row));
        }
        if pos.requirements.is_empty() {
            out.push(Line::styled(
                format!(" ({})", tr!(lang, "ui-default-standard")),
                look.theme.dim(),
            ));
        }
    }
    out
}

/// One holder's level for one competency: `3`, `2 -1` (short by one), `-` (not assessed).
fn cell(level: Option<u8>, std: u8, look: &Look, lang: Lang) -> Span<'static> {
    match level {
        Some(l) if l >= std => Span::raw(format!("{l:>3}   ")),
        Some(l) => Span::styled(format!("{l:>3} -{:<1}", std - l), look.theme.gap()),
        None => Span::styled(
            format!("{:>3}   ", tr!(lang, "ui-unknown")),
            look.theme.gap(),
        ),
    }
}
