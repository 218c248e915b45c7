//! `penata workload [UNIT_ID] [--json]`: per seat with workload entries, the headcount the
//! workload needs (ABK, PermenPANRB 1/2020) and the effectiveness grade, beside the
//! recorded formation and the people holding the seat.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;

use super::talent::{pipe_ok, round2, scope_name, unit_arg};
use super::{load, print_json};
use crate::domain::workload::{PositionWorkload, subtree_workload};
use crate::domain::{Organization, UnitIx};
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};

/// Arguments of `penata workload`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The unit whose subtree to look at [default: the whole organization]
    pub unit: Option<String>,
    /// Print a JSON array (position, minutes, need, formation, holders, ej, grade, ...)
    #[arg(long)]
    pub json: bool,
}

/// Prints the figures; exit 1 for an unknown unit.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let org = load(dir, lang)?;
    let unit = unit_arg(&org, args.unit.as_deref(), lang)?;
    let rows = subtree_workload(&org, unit);
    if args.json {
        print_json(&rows.iter().map(|w| row_json(&org, w)).collect())?;
    } else {
        pipe_ok(write_text(
            &org,
            unit,
            &rows,
            lang,
            &mut crate::cli::terminal::stdout(),
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write_text(
    org: &Organization,
    unit: Option<UnitIx>,
    rows: &[PositionWorkload],
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let head = tr!(lang, "cli-workload-head", scope = scope_name(org, unit));
    writeln!(out, "{head}")?;
    if rows.is_empty() {
        writeln!(out, "  {}", lang.text("cli-no-workload"))?;
        return Ok(());
    }
    writeln!(
        out,
        "  {:<44} {:>7} {:>9} {:>7} {:>8} {:>5} {:>5}",
        lang.text("cli-workload-position"),
        "formasi",
        lang.text("cli-workload-need"),
        lang.text("cli-workload-diff"),
        lang.text("cli-workload-holders"),
        "EJ",
        lang.text("cli-workload-grade")
    )?;
    for w in rows {
        let p = org.position(w.position);
        let diff = match w.formation_gap() {
            0 => "=".to_string(),
            d => format!("{d:+}"),
        };
        let ej =
            w.ej.map(|e| lang.decimal(e, 2))
                .unwrap_or_else(|| "-".into());
        let grade = w.grade.map(|g| g.letter()).unwrap_or("-");
        writeln!(
            out,
            "  {:<44} {:>7} {:>9} {:>7} {:>8} {:>5} {:>5}",
            truncate(&visible(&p.title), 44),
            w.formation,
            format!("{} ({})", lang.decimal(w.need, 2), w.need_rounded),
            diff,
            w.holders,
            ej,
            grade
        )?;
        writeln!(out, "    {}", p.id)?;
    }
    let formation: u32 = rows.iter().map(|w| w.formation).sum();
    let need: f64 = rows.iter().map(|w| w.need).sum();
    let holders: u32 = rows.iter().map(|w| w.holders).sum();
    let total = tr!(
        lang,
        "cli-workload-total",
        formation = formation,
        need = lang.decimal(need, 2),
        holders = holders
    );
    writeln!(out, "  {total}")?;
    writeln!(out, "  {}", lang.text("cli-workload-rule"))?;
    Ok(())
}

fn truncate(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width - 1).collect();
        t.push('…');
        t
    }
}

fn row_json(org: &Organization, w: &PositionWorkload) -> serde_json::Value {
    let p = org.position(w.position);
    json!({
        "position": p.id,
        "title": p.title,
        "unit": org.unit_of(w.position).map(|u| org.unit(u).id.clone()),
        "minutes": w.minutes,
        "need": round2(w.need),
        "need_rounded": w.need_rounded,
        "formation": w.formation,
        "formation_gap": w.formation_gap(),
        "holders": w.holders,
        "staffing_gap": round2(w.staffing_gap()),
        "ej": w.ej.map(round2),
        "grade": w.grade.map(|g| g.letter()),
    })
}
