//! Details of a person: identity, seat, fit against the seat's standard with every gap,
//! ratings, readiness and all notes.

use ratatui::text::{Line, Span};

use super::super::cut;
use super::super::theme::Look;
use super::super::words;
use super::{heading, kv, kv_text, percent, title};
use crate::app::AppState;
use crate::domain::EmployeeIx;
use crate::domain::fit::Fit;
use crate::lang::tr;

const STD_W: usize = 4;
const LEVEL_W: usize = 6;

pub(super) fn lines(state: &AppState, e: EmployeeIx, w: usize, look: &Look) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let fit = about(&mut out, state, e, w, look);
    competencies(&mut out, state, e, fit.as_ref(), w, look);
    notes(&mut out, state, e, w, look);
    out
}

/// Who the person is and where they sit, their fit there, ratings and readiness; returns
/// the fit, which the competency table follows.
fn about(
    out: &mut Vec<Line<'static>>,
    state: &AppState,
    e: EmployeeIx,
    w: usize,
    look: &Look,
) -> Option<Fit> {
    let lang = state.lang;
    let org = &state.org;
    let emp = org.employee(e);
    out.push(title(&emp.name, look.theme.unit(), w, look));
    out.push(kv_text(
        &tr!(lang, "ui-nip"),
        &format!(
            "{} ({})",
            super::super::nip_shown(state, &emp.nip),
            emp.nip.kind().label()
        ),
        w,
        look,
    ));
    let rank = match emp.rank.pangkat() {
        Some(p) => format!("{} {p}", emp.rank),
        None => emp.rank.to_string(),
    };
    out.push(kv_text(&tr!(lang, "ui-rank"), &rank, w, look));
    let seat = org.seat_of(e);
    match seat {
        Some(p) => {
            let pos = org.position(p);
            out.push(kv_text(
                &tr!(lang, "ui-seat"),
                &format!("{} ({})", pos.title, pos.kind.label()),
                w,
                look,
            ));
            if let Some(u) = org.unit_of(p) {
                out.push(kv_text(
                    &tr!(lang, "ui-unit-path"),
                    &org.unit_path_names(u, look.glyphs.crumb),
                    w,
                    look,
                ));
            }
        }
        None => out.push(kv(
            &tr!(lang, "ui-seat"),
            vec![Span::styled(
                tr!(lang, "ui-not-placed"),
                look.theme.unplaced(),
            )],
            look,
        )),
    }
    let fit = seat.and_then(|p| org.fit(e, p, &state.derived.standards));
    let profile = &state.derived.profile;
    match &fit {
        Some(f) => {
            let cat = profile.categorize(f.percent);
            out.push(kv(
                &tr!(lang, "ui-fit"),
                vec![
                    Span::styled(
                        format!("{} {}", percent(f.percent, lang), profile.label(cat)),
                        look.theme.fit(cat),
                    ),
                    Span::styled(format!(" ({}/{})", f.have, f.required), look.theme.dim()),
                ],
                look,
            ));
            if !f.missing.is_empty() {
                let note = format!("* {}", tr!(lang, "ui-incomplete-fit"));
                for l in cut::wrap(&note, w.saturating_sub(super::LABEL_W)) {
                    out.push(kv("", vec![Span::styled(l, look.theme.gap())], look));
                }
            }
        }
        None => {
            if let Some(p) = seat {
                let has_standard = !org.requirements(p, &state.derived.standards).is_empty();
                let why = if has_standard {
                    tr!(lang, "ui-fit-not-assessed")
                } else {
                    tr!(lang, "ui-no-fit")
                };
                out.push(kv_text(&tr!(lang, "ui-fit"), &why, w, look));
            }
        }
    }
    profile_lines(out, emp, lang, w, look);
    out.push(kv_text(
        &tr!(lang, "ui-potential"),
        &emp.potential
            .map_or(tr!(lang, "ui-unknown"), |p| words::potential(p, lang)),
        w,
        look,
    ));
    out.push(kv(
        &tr!(lang, "ui-readiness"),
        vec![
            Span::styled(
                look.glyphs.readiness(emp.readiness),
                look.theme.readiness(emp.readiness),
            ),
            Span::raw(format!(" {}", words::readiness_label(emp.readiness, lang))),
        ],
        look,
    ));
    fit
}

/// The competencies: against the seat's standard when seated, else as assessed.
fn competencies(
    out: &mut Vec<Line<'static>>,
    state: &AppState,
    e: EmployeeIx,
    fit: Option<&Fit>,
    w: usize,
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let emp = org.employee(e);
    let ell = look.glyphs.ellipsis;
    out.push(Line::raw(""));
    let name_w = w.saturating_sub(STD_W + LEVEL_W + 4).clamp(6, 30);
    let mut head = vec![Span::styled(
        cut::pad(&tr!(lang, "ui-competency"), name_w, ell),
        look.theme.heading(),
    )];
    if fit.is_some() {
        head.push(Span::styled(
            cut::pad_left(&tr!(lang, "ui-standard"), STD_W),
            look.theme.heading(),
        ));
    }
    head.push(Span::styled(
        cut::pad_left(&tr!(lang, "ui-level"), LEVEL_W),
        look.theme.heading(),
    ));
    if fit.is_some() {
        head.push(Span::styled(
            cut::pad_left(&tr!(lang, "ui-gap"), 4),
            look.theme.heading(),
        ));
    }
    out.push(Line::from(head));
    let comp_name = |code: &str| {
        org.competency(code)
            .map_or(code.to_string(), |c| c.name.clone())
    };
    match fit {
        Some(f) => {
            for g in &f.gaps {
                let mut row = vec![
                    Span::raw(cut::pad(&format!(" {}", comp_name(&g.code)), name_w, ell)),
                    Span::raw(cut::pad_left(&g.required.to_string(), STD_W)),
                ];
                match g.level {
                    Some(l) => row.push(Span::raw(cut::pad_left(&l.to_string(), LEVEL_W))),
                    None => row.push(Span::styled(
                        cut::pad_left(&tr!(lang, "ui-unknown"), LEVEL_W),
                        look.theme.gap(),
                    )),
                }
                let short = g.shortfall();
                if short > 0 {
                    row.push(Span::styled(
                        cut::pad_left(&format!("-{short}"), 4),
                        look.theme.gap(),
                    ));
                }
                if g.level.is_none() {
                    row.push(Span::styled(
                        format!(" {}", tr!(lang, "ui-not-assessed")),
                        look.theme.dim(),
                    ));
                }
                out.push(Line::from(row));
            }
        }
        None => {
            for (code, l) in &emp.competencies {
                out.push(Line::from(vec![
                    Span::raw(cut::pad(&format!(" {}", comp_name(code)), name_w, ell)),
                    Span::raw(cut::pad_left(&l.to_string(), LEVEL_W)),
                ]));
            }
        }
    }
}

/// The notes, newest first (hidden while the screen is masked).
fn notes(out: &mut Vec<Line<'static>>, state: &AppState, e: EmployeeIx, w: usize, look: &Look) {
    let lang = state.lang;
    let emp = state.org.employee(e);
    let ell = look.glyphs.ellipsis;
    out.push(Line::raw(""));
    out.push(heading(&tr!(lang, "ui-notes"), look));
    if emp.notes.is_empty() {
        out.push(Line::styled(
            format!(" {}", tr!(lang, "ui-no-notes")),
            look.theme.dim(),
        ));
    }
    let mut notes: Vec<_> = emp.notes.iter().collect();
    notes.sort_by_key(|n| std::cmp::Reverse(n.at));
    for n in notes {
        let head = format!(" {} {}:", n.at.date(), n.author);
        out.push(Line::styled(cut::fit(&head, w, ell), look.theme.dim()));
        // The writer's line breaks are kept; each line wraps on its own.
        let body = if state.masked {
            tr!(lang, "ui-hidden")
        } else {
            n.text.as_str().into()
        };
        for line in body.lines() {
            for l in cut::wrap(line, w.saturating_sub(2)) {
                out.push(Line::raw(format!("  {l}")));
            }
        }
    }
}

/// The SKP (every year the import kept, newest first; else the rating alone), education and
/// TMT jabatan.
fn profile_lines(
    out: &mut Vec<Line<'static>>,
    emp: &crate::domain::Employee,
    lang: crate::lang::Lang,
    w: usize,
    look: &Look,
) {
    // The SKP years, newest first, when the import kept them; else the rating alone.
    let performance = if emp.profile.skp.is_empty() {
        emp.performance
            .map_or(tr!(lang, "ui-unknown"), |p| p.label().into())
    } else {
        let years: Vec<String> = emp
            .profile
            .skp
            .iter()
            .rev()
            .map(|y| {
                tr!(
                    lang,
                    "ui-skp-year",
                    predicate = y.predicate.label(),
                    year = y.year.to_string()
                )
                .into_owned()
            })
            .collect();
        years.join(", ").into()
    };
    out.push(kv_text(&tr!(lang, "ui-performance"), &performance, w, look));
    let education: Vec<&str> = [&emp.profile.education_level, &emp.profile.education_name]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if !education.is_empty() {
        out.push(kv_text(
            &tr!(lang, "ui-education"),
            &education.join(" · "),
            w,
            look,
        ));
    }
    if let Some(tmt) = emp.profile.tmt_jabatan {
        out.push(kv_text(
            &tr!(lang, "ui-tmt-jabatan"),
            &tmt.to_string(),
            w,
            look,
        ));
    }
}
