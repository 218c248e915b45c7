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
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let org = load(dir)?;
    let unit = unit_arg(&org, args.unit.as_deref())?;
    let rows = subtree_workload(&org, unit);
    if args.json {
        print_json(&rows.iter().map(|w| row_json(&org, w)).collect())?;
    } else {
        pipe_ok(write_text(&org, unit, &rows, &mut std::io::stdout().lock()))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write_text(
    org: &Organization,
    unit: Option<UnitIx>,
    rows: &[PositionWorkload],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    use super::text as t;
    writeln!(out, "{}", t::workload_head(&scope_name(org, unit)))?;
    if rows.is_empty() {
        writeln!(out, "{}", t::NO_WORKLOAD())?;
        return Ok(());
    }
    writeln!(
        out,
        "  {:<44} {:>7} {:>9} {:>7} {:>8} {:>5} {:>5}",
        t::WORKLOAD_POSITION(),
        "formasi",
        t::WORKLOAD_NEED(),
        t::WORKLOAD_DIFF(),
        t::WORKLOAD_HOLDERS(),
        "EJ",
        t::WORKLOAD_GRADE()
    )?;
    for w in rows {
        let p = org.position(w.position);
        let diff = match w.formation_gap() {
            0 => "=".to_string(),
            d => format!("{d:+}"),
        };
        let ej =
            w.ej.map(|e| format!("{e:.2}"))
                .unwrap_or_else(|| "-".into());
        let grade = w.grade.map(|g| g.letter()).unwrap_or("-");
        writeln!(
            out,
            "  {:<44} {:>7} {:>9} {:>7} {:>8} {:>5} {:>5}",
            truncate(&p.title, 44),
            w.formation,
            format!("{:.2} ({})", w.need, w.need_rounded),
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
    writeln!(out, "{}", t::workload_total(formation, need, holders))?;
    writeln!(out, "{}", t::WORKLOAD_RULE())?;
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
