//! `penata plan diff NAME [--json]`: what a plan changes against the baseline: each move with
//! the fit before and after, the units whose subtree changes, and the overall fit change.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use unicode_width::UnicodeWidthStr;

use super::output::Privacy;
use super::plan_export::without_remarks;
use super::{Failure, Settings, open_with_demo, text};
use crate::domain::compare::{Comparison, FitAverage, MoveLine, Seat, compare};
use crate::domain::plan_ops::plan_view;
use crate::store::OrgStore;

/// Arguments of `penata plan diff`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan's name
    pub name: String,
    /// Print the comparison as JSON
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub privacy: Privacy,
}

/// Prints the comparison; exit 1 when there is no such plan.
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let mut c = comparison(dir, &args.name)?;
    if args.privacy.no_notes {
        without_remarks(&mut c);
    }
    let mut buf = Vec::new();
    if args.json {
        serde_json::to_writer_pretty(&mut buf, &serde_json::to_value(&c)?)?;
        buf.push(b'\n');
    } else {
        write_diff(&c, &mut buf)?;
    }
    let mut out = std::io::stdout().lock();
    out.write_all(&args.privacy.apply(buf))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Loads the baseline and the plan and compares them (shared with `penata plan export`).
pub(crate) fn comparison(dir: &Path, name: &str) -> Result<Comparison, Failure> {
    let (store, notice) = open_with_demo(dir)?;
    if let Some(n) = notice {
        eprintln!("penata: {n}");
    }
    let plan = store
        .plan(name)?
        .ok_or_else(|| Failure::Input(text::no_plan_short(name)))?;
    let baseline = store.load()?;
    let view = plan_view(&baseline, &plan);
    let s = Settings::current();
    Ok(compare(
        &baseline,
        &view,
        &plan,
        &s.standards,
        &s.profile,
        crate::lang::lang(),
    ))
}

fn pct(p: Option<f64>) -> String {
    p.map(|p| format!("{p:.1}%")).unwrap_or_else(|| "-".into())
}

fn avg(a: FitAverage) -> String {
    pct(a.mean())
}

fn fit(c: &Comparison, p: Option<f64>) -> String {
    match p {
        Some(v) => format!("{} {}", pct(p), c.profile.short(c.profile.categorize(v))),
        None => "-".into(),
    }
}

fn seat(s: Option<&Seat>) -> String {
    match s {
        None => text::UNPLACED().into(),
        Some(s) if !s.found => text::position_gone(&s.position_id),
        Some(s) => format!("{} ({})", s.title, s.unit_path),
    }
}

/// Change of an average in points, signed (`+12.5`), when both sides have one.
fn delta(before: FitAverage, after: FitAverage) -> String {
    match (before.mean(), after.mean()) {
        (Some(b), Some(a)) => format!(" ({:+.1})", a - b),
        _ => String::new(),
    }
}

fn write_move(c: &Comparison, m: &MoveLine, out: &mut dyn Write) -> std::io::Result<()> {
    let name = m
        .name
        .clone()
        .unwrap_or_else(|| text::NOT_IN_ORG().to_owned());
    writeln!(out, "  {:>3}. {name}  {}", m.no, m.nip.grouped())?;
    writeln!(
        out,
        "       {} -> {}",
        seat(m.from.as_ref()),
        seat(m.to.as_ref())
    )?;
    let line = text::diff_fit_by(
        &fit(c, m.fit_before),
        &fit(c, m.fit_after),
        &m.author,
        &crate::store::minutes::waktu_iso(m.at),
        m.reason.as_deref(),
    );
    writeln!(out, "{line}")?;
    let remark = m
        .review
        .as_ref()
        .and_then(|r| r.remark.as_deref())
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    let decision = m
        .decision()
        .map_or_else(text::UNDECIDED, crate::domain::plan::Decision::code);
    writeln!(out, "{}", text::diff_decision(decision, &remark))?;
    if let Some(conflict) = &m.conflict {
        writeln!(out, "{}", text::diff_conflict(conflict))?;
    }
    Ok(())
}

/// Writes the text report.
pub(crate) fn write_diff(c: &Comparison, out: &mut dyn Write) -> std::io::Result<()> {
    let t = &c.tally;
    writeln!(out, "{}", text::diff_head(&c.plan, &c.organization))?;
    let tally = text::diff_tally(c.moves.len(), t.setuju, t.tunda, t.tolak, t.undecided);
    writeln!(out, "{tally}")?;
    writeln!(out)?;
    writeln!(out, "{}", text::DIFF_MOVES())?;
    if c.moves.is_empty() {
        writeln!(out, "{}", text::diff_no_moves(&c.plan))?;
    }
    for m in &c.moves {
        write_move(c, m, out)?;
    }
    writeln!(out)?;
    writeln!(out, "{}", text::DIFF_UNITS())?;
    if c.units.is_empty() {
        writeln!(out, "{}", text::DIFF_NO_UNIT_CHANGES())?;
    } else {
        let mut rows = vec![
            [
                "Unit",
                text::DIFF_COL_HEADCOUNT(),
                text::DIFF_COL_FIT(),
                text::DIFF_COL_IN(),
                text::DIFF_COL_OUT(),
                text::DIFF_COL_FILLED(),
                text::DIFF_COL_OPENED(),
            ]
            .map(String::from)
            .to_vec(),
        ];
        for u in &c.units {
            rows.push(vec![
                format!("{}{}", "  ".repeat(u.depth), u.name),
                format!(
                    "{}/{} -> {}/{}",
                    u.headcount_before.filled,
                    u.headcount_before.formation,
                    u.headcount_after.filled,
                    u.headcount_after.formation
                ),
                format!("{} -> {}", avg(u.fit_before), avg(u.fit_after)),
                u.moved_in.to_string(),
                u.moved_out.to_string(),
                u.vacancies_filled.to_string(),
                u.vacancies_opened.to_string(),
            ]);
        }
        write_table(&rows, out)?;
    }
    writeln!(out)?;
    let o = &c.overall;
    writeln!(out, "{}", text::DIFF_OVERALL())?;
    let fit_line = text::diff_overall_fit(
        &avg(o.fit_before),
        &avg(o.fit_after),
        &delta(o.fit_before, o.fit_after),
        o.headcount_before.filled,
        o.headcount_after.filled,
        o.headcount_after.formation,
    );
    writeln!(out, "{fit_line}")?;
    let moved = text::diff_people_moved(
        o.people_moved,
        &avg(o.moved_fit_before),
        &avg(o.moved_fit_after),
        &delta(o.moved_fit_before, o.moved_fit_after),
        o.improved,
        o.worsened,
    );
    writeln!(out, "{moved}")?;
    writeln!(
        out,
        "{}",
        text::diff_vacancies(o.vacancies_filled, o.vacancies_opened)
    )?;
    Ok(())
}

/// Writes rows as columns: the first left-aligned, the others right-aligned.
fn write_table(rows: &[Vec<String>], out: &mut dyn Write) -> std::io::Result<()> {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0))
        .collect();
    for r in rows {
        let mut line = String::from(" ");
        for (i, cell) in r.iter().enumerate() {
            let fill = " ".repeat(widths[i].saturating_sub(cell.width()));
            line.push(' ');
            if i == 0 {
                line.push_str(cell);
                line.push_str(&fill);
            } else {
                line.push(' ');
                line.push_str(&fill);
                line.push_str(cell);
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}
