//! The talent views: candidates for a seat, gaps to training, the 9-box, workload beside
//! formation, the retirement outlook and the unit dashboard. Each draws over the body,
//! formats only the rows that fit, and marks the row under the cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::theme::Look;
use super::{cut, dialog, words};
use crate::app::AppState;
use crate::app::talent::{
    Body, CandidatesView, DashboardView, GRID, GapsList, NineBoxView, TalentView,
};
use crate::domain::gaps::GapReport;
use crate::domain::ninebox::is_succession;
use crate::domain::retirement::{HORIZONS, Retirement, UnitOutlook};
use crate::domain::workload::PositionWorkload;
use crate::domain::{EmployeeIx, Headcount, Organization, PositionIx, Severity};
use crate::lang::{Lang, tr};

/// A line of text with one style.
type Plain = (String, Style);

fn pct(v: Option<f64>) -> String {
    v.map_or_else(|| "-".to_string(), |p| format!("{p:.0}%"))
}

fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

fn name(org: &Organization, e: EmployeeIx) -> String {
    clean(&org.employee(e).name)
}

fn seat(org: &Organization, p: Option<PositionIx>, lang: Lang) -> String {
    p.map_or_else(
        || tr!(lang, "ui-not-placed").to_string(),
        |p| clean(&org.position(p).title),
    )
}

/// The rows `start..end` of a list of `n` rows that fit `height`, keeping `cursor` visible.
fn window(cursor: usize, n: usize, height: usize) -> std::ops::Range<usize> {
    let h = height.max(1);
    let start = if cursor >= h { cursor + 1 - h } else { 0 };
    start..n.min(start + h)
}

/// Writes styled lines into an area, one per row (the line is cut at the right edge).
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

fn put_plain(buf: &mut Buffer, area: Rect, row: u16, (s, style): &Plain, look: &Look) {
    let s = cut::fit(s, usize::from(area.width), look.glyphs.ellipsis);
    put(buf, area, row, Line::styled(s, *style));
}

/// Draws a fixed head, then a list with a cursor, in `area`.
fn list(
    buf: &mut Buffer,
    area: Rect,
    head: &[Plain],
    rows: &dyn Fn(usize) -> Plain,
    n: usize,
    cursor: usize,
    look: &Look,
) {
    for (i, l) in head.iter().enumerate() {
        put_plain(buf, area, i as u16, l, look);
    }
    let top = head.len() as u16;
    let height = usize::from(area.height.saturating_sub(top));
    for (row, i) in window(cursor, n, height).enumerate() {
        let (s, style) = rows(i);
        let style = if i == cursor {
            look.theme.selected()
        } else {
            style
        };
        let s = cut::pad(&s, usize::from(area.width), look.glyphs.ellipsis);
        put(buf, area, top + row as u16, Line::styled(s, style));
    }
}

pub fn render(buf: &mut Buffer, body: Rect, state: &AppState, look: &Look) {
    let lang = state.lang;
    let Some(view) = state.talent() else {
        return;
    };
    let scope = view.unit.map_or_else(
        || clean(state.org.name()),
        |u| clean(&state.org.unit(u).name),
    );
    let title = match &view.body {
        Body::Candidates(c) => format!(
            "{}: {}",
            tr!(lang, "ui-candidates-title"),
            clean(&state.org.position(c.position).title)
        ),
        Body::Gaps { .. } => format!("{}: {scope}", tr!(lang, "ui-gaps-title")),
        Body::NineBox(_) => format!("{}: {scope}", tr!(lang, "ui-ninebox-title")),
        Body::Workload(_) => format!("{}: {scope}", tr!(lang, "ui-workload-title")),
        Body::Retirements { .. } => format!("{}: {scope}", tr!(lang, "ui-retire-title")),
        Body::Dashboard(_) => format!("{}: {scope}", tr!(lang, "ui-dashboard-title")),
    };
    let inner = dialog::frame(buf, body, body.width, body.height, &title, look);
    let inner = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    match &view.body {
        Body::Candidates(c) => candidates(buf, inner, state, view, c, look),
        Body::Gaps { report, list } => gaps(buf, inner, state, view, report, *list, look),
        Body::NineBox(n) => ninebox(buf, inner, state, view, n, look),
        Body::Workload(rows) => workload(buf, inner, state, view, rows, look),
        Body::Retirements { list, outlook } => {
            retirements(buf, inner, state, view, list, outlook, look)
        }
        Body::Dashboard(d) => dashboard(buf, inner, state, view, d, look),
    }
}

/// One line of the candidate table (the head uses it too, so columns line up).
#[allow(clippy::too_many_arguments)]
fn candidate_columns(
    n: &str,
    who: &str,
    readiness: &str,
    there: &str,
    now: &str,
    gaps: &str,
    perf: &str,
    pot: &str,
    rank: &str,
    seat: &str,
    look: &Look,
) -> String {
    let e = look.glyphs.ellipsis;
    format!(
        "{} {} {} {} {} {} {} {} {} {seat}",
        cut::pad_left(n, 3),
        cut::pad(who, 24, e),
        cut::pad(readiness, 1, e),
        cut::pad_left(there, 5),
        cut::pad_left(now, 5),
        cut::pad_left(gaps, 3),
        cut::pad(perf, 2, e),
        cut::pad(pot, 2, e),
        cut::pad(rank, 6, e),
    )
}

fn candidates(
    buf: &mut Buffer,
    area: Rect,
    state: &AppState,
    view: &TalentView,
    c: &CandidatesView,
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let h = org.position_headcount(c.position);
    let unit = org
        .unit_of(c.position)
        .map_or_else(String::new, |u| clean(&org.unit(u).name));
    let mut head = vec![
        (
            format!(
                "{unit}  {} {}/{}",
                tr!(lang, "ui-formation").to_lowercase(),
                h.filled,
                h.formation
            ),
            look.theme.dim(),
        ),
        (
            words::candidate_filters(&c.filter, lang),
            look.theme.label(),
        ),
    ];
    let Some(rows) = &c.rows else {
        head.push((
            tr!(lang, "ui-candidates-no-standard").to_string(),
            look.theme.warning(),
        ));
        list(
            buf,
            area,
            &head,
            &|_| (String::new(), Style::default()),
            0,
            0,
            look,
        );
        return;
    };
    if rows.is_empty() {
        head.push((
            tr!(lang, "ui-candidates-none").to_string(),
            look.theme.warning(),
        ));
    } else {
        let [n, who, k, there, now, gap, perf, pot, rank, seat] = words::candidates_columns(lang);
        head.push((
            candidate_columns(
                &n, &who, &k, &there, &now, &gap, &perf, &pot, &rank, &seat, look,
            ),
            look.theme.heading(),
        ));
    }
    // The selected candidate's gaps and current seat, under the list.
    let detail_rows: u16 = if area.height >= 12 { 2 } else { 0 };
    let list_area = Rect {
        height: area.height.saturating_sub(detail_rows),
        ..area
    };
    let row = |i: usize| -> Plain {
        let Some(r) = rows.get(i) else {
            return (String::new(), Style::default());
        };
        let e = org.employee(r.employee);
        let gaps = r
            .detail
            .there
            .as_ref()
            .map_or(0, |f| f.gaps.iter().filter(|g| g.shortfall() > 0).count());
        let perf = e.performance.map_or("-", words::performance_short);
        let pot = e.potential.map(|p| words::potential_short(p, lang));
        let pot = pot.as_deref().unwrap_or("-");
        let rank = e.rank.to_string();
        let mut seat_text = seat(org, r.detail.seat, lang);
        if r.detail.opens_vacancy {
            seat_text.push_str(&tr!(lang, "ui-opens-vacancy-mark"));
        }
        let style = r.detail.there.as_ref().map_or(Style::default(), |f| {
            look.theme.fit(state.derived.profile.categorize(f.percent))
        });
        (
            candidate_columns(
                &(i + 1).to_string(),
                &name(org, r.employee),
                look.glyphs.readiness(e.readiness),
                &pct(Some(r.percent)),
                &pct(r.detail.now.as_ref().map(|f| f.percent)),
                &gaps.to_string(),
                perf,
                pot,
                &rank,
                &seat_text,
                look,
            ),
            style,
        )
    };
    list(buf, list_area, &head, &row, rows.len(), view.cursor, look);
    if let Some(r) = rows.get(view.cursor).filter(|_| detail_rows > 0) {
        let gaps = r.detail.there.as_ref().map_or_else(String::new, |f| {
            f.gaps
                .iter()
                .filter(|g| g.shortfall() > 0)
                .map(|g| {
                    format!(
                        "{} {}{}{}",
                        g.code,
                        g.level.map_or_else(|| "-".to_string(), |l| l.to_string()),
                        look.glyphs.arrow,
                        g.required
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        });
        let gaps_line = if gaps.is_empty() {
            tr!(lang, "ui-no-gaps").to_string()
        } else {
            format!("{}: {gaps}", tr!(lang, "ui-gaps-word"))
        };
        let now = match r.detail.seat {
            Some(p) if r.detail.opens_vacancy => {
                format!(
                    "{}: {} ({})",
                    tr!(lang, "ui-seat-now"),
                    seat(org, Some(p), lang),
                    tr!(lang, "ui-opens-vacancy")
                )
            }
            p => format!("{}: {}", tr!(lang, "ui-seat-now"), seat(org, p, lang)),
        };
        let y = area.height.saturating_sub(detail_rows);
        put_plain(buf, area, y, &(gaps_line, look.theme.dim()), look);
        put_plain(buf, area, y + 1, &(now, look.theme.dim()), look);
    }
}

fn gaps(
    buf: &mut Buffer,
    area: Rect,
    state: &AppState,
    view: &TalentView,
    report: &GapReport,
    which: GapsList,
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let short: u32 = report.needs.iter().map(|n| n.people).sum();
    let mut head = vec![(
        tr!(
            lang,
            "ui-gaps-summary",
            people = report.people,
            gaps = report.gaps.len(),
            needs = report.needs.len()
        )
        .into_owned(),
        look.theme.dim(),
    )];
    let _ = short;
    match which {
        GapsList::Needs => {
            head.push((
                tr!(lang, "ui-gaps-needs-head").to_string(),
                look.theme.heading(),
            ));
            if report.needs.is_empty() {
                head.push((tr!(lang, "ui-gaps-none").to_string(), look.theme.dim()));
            }
            let row = |i: usize| -> Plain {
                let Some(n) = report.needs.get(i) else {
                    return (String::new(), Style::default());
                };
                let cname = org.competency(&n.code).map_or_else(
                    || n.code.clone(),
                    |c| format!("{} {}", n.code, clean(&c.name)),
                );
                (
                    format!(
                        "{} {:>6} {:>7} {:>5} {:>8}",
                        cut::pad(&cname, 40, look.glyphs.ellipsis),
                        n.people,
                        n.total_gap,
                        n.max_gap,
                        n.unassessed
                    ),
                    Style::default(),
                )
            };
            list(
                buf,
                area,
                &head,
                &row,
                report.needs.len(),
                view.cursor,
                look,
            );
        }
        GapsList::People => {
            head.push((
                tr!(lang, "ui-gaps-people-head").to_string(),
                look.theme.heading(),
            ));
            let row = |i: usize| -> Plain {
                let Some(g) = report.gaps.get(i) else {
                    return (String::new(), Style::default());
                };
                let level = g.level.map_or_else(|| "-".to_string(), |l| l.to_string());
                (
                    format!(
                        "{} {} {:<8} {:>2}{}{:<2} {:>3}",
                        cut::pad(&name(org, g.employee), 26, look.glyphs.ellipsis),
                        cut::pad(&seat(org, Some(g.position), lang), 26, look.glyphs.ellipsis),
                        g.code,
                        level,
                        look.glyphs.arrow,
                        g.required,
                        format!("-{}", g.shortfall())
                    ),
                    Style::default(),
                )
            };
            list(buf, area, &head, &row, report.gaps.len(), view.cursor, look);
        }
    }
}

fn ninebox(
    buf: &mut Buffer,
    area: Rect,
    state: &AppState,
    view: &TalentView,
    n: &NineBoxView,
    look: &Look,
) {
    let lang = state.lang;
    if let Some((b, people)) = &n.opened {
        let org = &state.org;
        let title = if *b == 0 {
            tr!(lang, "ui-unrated").to_string()
        } else {
            format!(
                "{} {b}: {}",
                tr!(lang, "ui-box"),
                words::ninebox_advice(*b, lang)
            )
        };
        let head = vec![
            (title, look.theme.heading()),
            (
                tr!(lang, "ui-ninebox-members-head").to_string(),
                look.theme.dim(),
            ),
        ];
        let row = |i: usize| -> Plain {
            let Some(&e) = people.get(i) else {
                return (String::new(), Style::default());
            };
            let emp = org.employee(e);
            let fit = state.derived.fit(e);
            (
                format!(
                    "{} {} {:>5} {} {}",
                    cut::pad(&name(org, e), 28, look.glyphs.ellipsis),
                    look.glyphs.readiness(emp.readiness),
                    fit.map_or_else(|| "-".to_string(), |f| format!("{:.0}%", f.percent)),
                    cut::pad(
                        emp.performance.map_or("-", |p| p.label()),
                        15,
                        look.glyphs.ellipsis
                    ),
                    seat(org, org.seat_of(e), lang)
                ),
                Style::default(),
            )
        };
        list(buf, area, &head, &row, people.len(), view.cursor, look);
        return;
    }
    let label_w: u16 = 14;
    let cell_w = area.width.saturating_sub(label_w) / 3;
    let cell_h: u16 = if area.height >= 17 { 4 } else { 3 };
    put(
        buf,
        area,
        0,
        Line::styled(tr!(lang, "ui-ninebox-axes").to_string(), look.theme.dim()),
    );
    // Column heads: potential.
    for (c, head) in words::potential_heads(lang).iter().enumerate() {
        let x = area.x + label_w + c as u16 * cell_w;
        put(
            buf,
            Rect {
                x,
                width: cell_w,
                ..area
            },
            1,
            Line::styled(
                cut::fit(head, usize::from(cell_w), look.glyphs.ellipsis),
                look.theme.label(),
            ),
        );
    }
    for (r, line) in GRID.iter().enumerate() {
        let y0 = 2 + r as u16 * cell_h;
        put(
            buf,
            Rect {
                width: label_w,
                ..area
            },
            y0,
            Line::styled(
                words::performance_rows(lang)[r].to_string(),
                look.theme.label(),
            ),
        );
        for (c, &b) in line.iter().enumerate() {
            let x = area.x + label_w + c as u16 * cell_w;
            let cell = Rect {
                x,
                width: cell_w.saturating_sub(1),
                ..area
            };
            let selected = n.selected == b;
            let style = if selected {
                look.theme.selected()
            } else if is_succession(b) {
                look.theme.fit(crate::domain::FitCategory::High)
            } else {
                Style::default()
            };
            let count = n.counts.count(b);
            let first = format!("[{b}] {count} {}", tr!(lang, "ui-people-short"));
            put(
                buf,
                cell,
                y0,
                Line::styled(
                    cut::pad(&first, usize::from(cell.width), look.glyphs.ellipsis),
                    style,
                ),
            );
            let words = cut::wrap(&words::ninebox_advice(b, lang), usize::from(cell.width));
            for (k, w) in words
                .iter()
                .take(usize::from(cell_h.saturating_sub(2)))
                .enumerate()
            {
                put(
                    buf,
                    cell,
                    y0 + 1 + k as u16,
                    Line::styled(
                        cut::pad(w, usize::from(cell.width), look.glyphs.ellipsis),
                        if selected { style } else { look.theme.dim() },
                    ),
                );
            }
        }
    }
    let y = 2 + 3 * cell_h;
    let unrated = format!(
        "[0] {}: {} {}",
        tr!(lang, "ui-unrated"),
        n.counts.unrated,
        tr!(lang, "ui-people-short")
    );
    let style = if n.selected == 0 {
        look.theme.selected()
    } else {
        look.theme.dim()
    };
    put(buf, area, y, Line::styled(unrated, style));
    let total = format!(
        "{}: {}  {}",
        tr!(lang, "ui-total"),
        n.counts.total(),
        tr!(lang, "ui-ninebox-keys")
    );
    put(buf, area, y + 1, Line::styled(total, look.theme.dim()));
}

/// Two decimals with the language's decimal mark.
fn decimal(v: f64, lang: Lang) -> String {
    lang.decimal(v, 2)
}

/// One line of the workload table (and its head).
fn workload_columns(c: [&str; 8], look: &Look) -> String {
    format!(
        "{} {} {} {} {} {} {} {}",
        cut::pad(c[0], 30, look.glyphs.ellipsis),
        cut::pad_left(c[1], 9),
        cut::pad_left(c[2], 6),
        cut::pad_left(c[3], 5),
        cut::pad_left(c[4], 4),
        cut::pad_left(c[5], 4),
        cut::pad_left(c[6], 5),
        cut::pad_left(c[7], 2),
    )
}

fn workload(
    buf: &mut Buffer,
    area: Rect,
    state: &AppState,
    view: &TalentView,
    rows: &[PositionWorkload],
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let disagree = rows.iter().filter(|w| w.formation_gap() != 0).count();
    let mut head = vec![
        (tr!(lang, "ui-workload-rule").to_string(), look.theme.dim()),
        (
            tr!(lang, "ui-workload-grades").to_string(),
            look.theme.dim(),
        ),
        (
            tr!(
                lang,
                "ui-workload-summary",
                rows = rows.len(),
                disagree = disagree
            )
            .into_owned(),
            look.theme.dim(),
        ),
        (
            workload_columns(
                words::workload_columns(lang).each_ref().map(|c| c.as_ref()),
                look,
            ),
            look.theme.heading(),
        ),
    ];
    if rows.is_empty() {
        head.push((tr!(lang, "ui-workload-none").to_string(), look.theme.dim()));
    }
    let row = |i: usize| -> Plain {
        let Some(w) = rows.get(i) else {
            return (String::new(), Style::default());
        };
        let gap = w.formation_gap();
        let style = match gap.signum() {
            1 => look.theme.over(),
            -1 => look.theme.under(),
            _ => Style::default(),
        };
        (
            workload_columns(
                [
                    &clean(&org.position(w.position).title),
                    &w.minutes.to_string(),
                    &decimal(w.need, lang),
                    &w.need_rounded.to_string(),
                    &w.formation.to_string(),
                    &w.holders.to_string(),
                    &w.ej.map_or_else(|| "-".to_string(), |v| decimal(v, lang)),
                    w.grade.map_or("-", |g| g.letter()),
                ],
                look,
            ),
            style,
        )
    };
    list(buf, area, &head, &row, rows.len(), view.cursor, look);
}

fn retirements(
    buf: &mut Buffer,
    area: Rect,
    state: &AppState,
    view: &TalentView,
    people: &[Retirement],
    outlook: &[UnitOutlook],
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let mut totals = [0u32; 3];
    let mut overdue = 0;
    for o in outlook {
        for (i, n) in o.within.iter().enumerate() {
            totals[i] += n;
        }
        overdue += o.overdue;
    }
    let mut head = vec![(
        words::retire_summary(&HORIZONS, &totals, overdue, lang),
        look.theme.label(),
    )];
    // The units losing most seats within five years, at most a few lines.
    let mut top: Vec<&UnitOutlook> = outlook.iter().collect();
    top.sort_by_key(|o| (std::cmp::Reverse(o.within[2]), o.unit));
    let room = usize::from(area.height / 4).clamp(1, 6);
    let unit_line = |c: [&str; 4]| -> String {
        format!(
            "{} {} {} {}",
            cut::pad(c[0], 40, look.glyphs.ellipsis),
            cut::pad_left(c[1], 5),
            cut::pad_left(c[2], 5),
            cut::pad_left(c[3], 5)
        )
    };
    if !top.is_empty() {
        head.push((
            unit_line(
                words::retire_unit_columns(lang)
                    .each_ref()
                    .map(|c| c.as_ref()),
            ),
            look.theme.heading(),
        ));
    }
    for o in top.iter().take(room) {
        head.push((
            unit_line([
                &clean(&org.unit(o.unit).name),
                &o.within[0].to_string(),
                &o.within[1].to_string(),
                &o.within[2].to_string(),
            ]),
            Style::default(),
        ));
    }
    head.push((
        tr!(lang, "ui-retire-people-head").to_string(),
        look.theme.heading(),
    ));
    if people.is_empty() {
        head.push((tr!(lang, "ui-retire-none").to_string(), look.theme.dim()));
    }
    let today = state.today;
    let row = |i: usize| -> Plain {
        let Some(r) = people.get(i) else {
            return (String::new(), Style::default());
        };
        let style = if r.overdue(today) {
            look.theme.warning()
        } else {
            Style::default()
        };
        (
            format!(
                "{} {:>3} {} {}",
                r.vacant_from,
                r.age,
                cut::pad(&name(org, r.employee), 28, look.glyphs.ellipsis),
                seat(org, Some(r.position), lang)
            ),
            style,
        )
    };
    list(buf, area, &head, &row, people.len(), view.cursor, look);
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

fn dashboard(
    buf: &mut Buffer,
    area: Rect,
    state: &AppState,
    view: &TalentView,
    d: &DashboardView,
    look: &Look,
) {
    let lang = state.lang;
    let org = &state.org;
    let side_w: u16 = if area.width >= 70 { 30 } else { 0 };
    let left = Rect {
        width: area.width.saturating_sub(side_w + u16::from(side_w > 0)),
        ..area
    };
    let right = Rect {
        x: area.right().saturating_sub(side_w),
        width: side_w,
        ..area
    };
    // Left: formation against filled per child unit.
    let h = d.headcount;
    put_plain(
        buf,
        left,
        0,
        &(
            tr!(
                lang,
                "ui-dashboard-headcount",
                filled = h.filled,
                formation = h.formation
            )
            .into_owned(),
            look.theme.label(),
        ),
        look,
    );
    put_plain(
        buf,
        left,
        1,
        &(
            tr!(lang, "ui-dashboard-bars").to_string(),
            look.theme.heading(),
        ),
        look,
    );
    let scale = d
        .children
        .iter()
        .map(|c| c.headcount.formation.max(c.headcount.filled))
        .max()
        .unwrap_or(0);
    let name_w = usize::from(left.width).saturating_sub(10) / 2;
    let bar_w = usize::from(left.width).saturating_sub(name_w + 10);
    if d.children.is_empty() {
        put_plain(
            buf,
            left,
            2,
            &(
                tr!(lang, "ui-dashboard-no-children").to_string(),
                look.theme.dim(),
            ),
            look,
        );
    }
    // The public's feedback takes the bottom of the left column, when there is any.
    let feedback_rows: u16 = if d.feedback.is_empty() {
        0
    } else {
        (1 + d.feedback.len() as u16).min(left.height.saturating_sub(4))
    };
    // The right column's lines: fit (5), readiness (2), 9-box (5), retirements (2).
    const SIDE_LINES: u16 = 14;
    if feedback_rows > 0 {
        let top = left.height - feedback_rows;
        // Across the whole width when the right column ends above it.
        let left = if side_w == 0 || top >= SIDE_LINES {
            area
        } else {
            left
        };
        let (all, high) = d.feedback_counts;
        put_plain(
            buf,
            left,
            top,
            &(
                tr!(lang, "ui-dashboard-feedback", all = all, high = high).into_owned(),
                look.theme.heading(),
            ),
            look,
        );
        for (k, (u, f)) in d
            .feedback
            .iter()
            .take(usize::from(feedback_rows - 1))
            .enumerate()
        {
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
            put_plain(buf, left, top + 1 + k as u16, &(line, style), look);
        }
    }
    let height = usize::from(left.height.saturating_sub(2 + feedback_rows));
    for (row, i) in window(view.cursor, d.children.len(), height).enumerate() {
        let Some(c) = d.children.get(i) else { break };
        let label_style = if i == view.cursor {
            look.theme.selected()
        } else {
            Style::default()
        };
        let mut spans = vec![Span::styled(
            cut::pad(
                &c.unit.map_or_else(
                    || tr!(lang, "ui-dashboard-own").to_string(),
                    |u| clean(&org.unit(u).name),
                ),
                name_w,
                look.glyphs.ellipsis,
            ),
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
        put(buf, left, 2 + row as u16, Line::from(spans));
    }
    if side_w == 0 {
        return;
    }
    // Right: fit, readiness, 9-box, retirements.
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
    let r = d.readiness;
    lines.push(Line::from(vec![
        Span::styled(
            format!("{} {} ", look.glyphs.ready, r.ready),
            look.theme.readiness(Some(crate::domain::Readiness::Siap)),
        ),
        Span::styled(
            format!("{} {} ", look.glyphs.hesitant, r.hesitant),
            look.theme.readiness(Some(crate::domain::Readiness::Ragu)),
        ),
        Span::styled(
            format!("{} {} ", look.glyphs.resisting, r.resisting),
            look.theme
                .readiness(Some(crate::domain::Readiness::Menolak)),
        ),
        Span::styled(
            format!("{} {}", look.glyphs.unknown, r.unknown),
            look.theme.dim(),
        ),
    ]));
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
        put(buf, right, i as u16, l);
    }
}
