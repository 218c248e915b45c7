//! `penata show NIP [--json]`: one employee's whole record, with seat, unit path and fit.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;

use super::talent::label_or;
use super::{Failure, Settings, load, print_json};
use crate::domain::{EmployeeIx, Nip, Organization, PositionIx};
use crate::lang::safe::{visible, visible_lines};
use crate::lang::{Lang, tr};

/// Arguments of `penata show`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The employee's NIP (18 digits; spaces between groups allowed)
    #[arg(num_args = 1.., required = true)]
    pub nip: Vec<String>,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

/// Prints the record; exit 1 for a malformed or unknown NIP.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let text = args.nip.join(" ");
    let nip = Nip::parse(&text)
        .map_err(|e| Failure::Input(format!("NIP {text}: {}", lang.say(&e.msg()))))?;
    let org = load(dir, lang)?;
    let e = org
        .employee_ix(&nip)
        .ok_or_else(|| Failure::said(tr!(lang, "cli-no-employee", nip = nip.grouped())))?;
    let settings = Settings::current();
    if args.json {
        print_json(&record_json(&org, e, &settings))?;
    } else {
        let mut out = crate::cli::terminal::stdout();
        write_record(&org, e, &settings, lang, &mut out)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes the human-readable record.
pub(crate) fn write_record(
    org: &Organization,
    e: EmployeeIx,
    s: &Settings,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    // Labels line up in one column of 12.
    let label = |id: &str| format!("{:<12}", lang.text(id));
    let emp = org.employee(e);
    writeln!(out, "{}", visible(&emp.name))?;
    writeln!(
        out,
        "  NIP         {} ({})",
        emp.nip.grouped(),
        emp.nip.kind().label()
    )?;
    if let Some(born) = emp.nip.birth_date() {
        writeln!(out, "  {}{born}", label("cli-show-born"))?;
    }
    match emp.rank.pangkat() {
        Some(p) => writeln!(out, "  Golongan    {} ({p})", emp.rank)?,
        None => writeln!(out, "  Golongan    {}", emp.rank)?,
    }
    match org.seat_of(e) {
        Some(p) => {
            let pos = org.position(p);
            let h = org.position_headcount(p);
            writeln!(
                out,
                "  {}{} ({}), {}",
                label("cli-show-seat"),
                visible(&pos.title),
                pos.kind.label(),
                visible(&pos.id)
            )?;
            if let Some(u) = org.unit_of(p) {
                writeln!(
                    out,
                    "  Unit        {}",
                    visible(&org.unit_path_names(u, " > "))
                )?;
            }
            writeln!(
                out,
                "  Formasi     {}/{} {}",
                h.filled,
                h.formation,
                lang.text("cli-show-formation-filled")
            )?;
            write_fit(org, e, p, s, lang, out)?;
        }
        None => writeln!(
            out,
            "  {}{}",
            label("cli-show-seat"),
            lang.text("cli-unplaced")
        )?,
    }
    writeln!(
        out,
        "  {}{}",
        label("cli-show-performance"),
        label_or(emp.performance, |p| p.label(), lang)
    )?;
    writeln!(
        out,
        "  {}{}",
        label("cli-show-potential"),
        label_or(emp.potential, |p| p.label(), lang)
    )?;
    writeln!(
        out,
        "  {}{}",
        label("cli-show-readiness"),
        label_or(emp.readiness, |r| r.label(), lang)
    )?;
    if !emp.notes.is_empty() {
        writeln!(out, "  {}", lang.text("cli-show-notes"))?;
        let mut notes: Vec<_> = emp.notes.iter().collect();
        notes.sort_by_key(|n| n.at);
        for n in notes {
            // Continuation lines of a multi-line note line up under its first line.
            let text = visible_lines(&n.text).replace('\n', "\n      ");
            writeln!(out, "    {} {}: {text}", n.at.date(), visible(&n.author))?;
        }
    }
    Ok(())
}

/// The fit lines of a seated employee: JPM with its category, then each competency's
/// required and assessed level and the shortfall.
fn write_fit(
    org: &Organization,
    e: EmployeeIx,
    p: PositionIx,
    s: &Settings,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match org.fit(e, p, &s.standards) {
        Some(fit) => {
            let cat = s.profile.categorize(fit.percent);
            writeln!(
                out,
                "  JPM         {}% {} ({}/{})",
                lang.decimal(fit.percent, 1),
                s.profile.label(cat),
                fit.have,
                fit.required
            )?;
            writeln!(out, "  {}", lang.text("cli-show-competency-head"))?;
            for g in &fit.gaps {
                let name = org
                    .competency(&g.code)
                    .map_or(g.code.as_str(), |c| c.name.as_str());
                let name = visible(name);
                let level = g
                    .level
                    .map(|l| l.to_string())
                    .unwrap_or_else(|| lang.text("cli-level-not-assessed").into_owned());
                let gap = if g.shortfall() > 0 {
                    format!("-{}", g.shortfall())
                } else {
                    String::new()
                };
                writeln!(
                    out,
                    "    {:<36} {:>3}  {:>5}  {gap}",
                    name, g.required, level
                )?;
            }
        }
        None if org.requirements(p, &s.standards).is_empty() => {
            writeln!(out, "  JPM         {}", lang.text("cli-show-no-standard"))?
        }
        None => writeln!(
            out,
            "  JPM         {}",
            lang.text("cli-show-fit-not-assessed")
        )?,
    }
    Ok(())
}

fn record_json(org: &Organization, e: EmployeeIx, s: &Settings) -> serde_json::Value {
    let emp = org.employee(e);
    let seat = org.seat_of(e);
    let fit = seat.and_then(|p| org.fit(e, p, &s.standards));
    json!({
        "nip": emp.nip.as_str(),
        "name": emp.name,
        "kind": emp.nip.kind().label(),
        "rank": emp.rank.to_string(),
        "pangkat": emp.rank.pangkat(),
        "position": seat.map(|p| org.position(p).id.clone()),
        "position_title": seat.map(|p| org.position(p).title.clone()),
        "unit": seat.and_then(|p| org.unit_of(p)).map(|u| org.unit(u).id.clone()),
        "unit_path": seat.and_then(|p| org.unit_of(p)).map(|u| org.unit_path_names(u, " > ")),
        "jpm": fit.as_ref().map(|f| (f.percent * 10.0).round() / 10.0),
        "category": fit.as_ref().map(|f| s.profile.label(s.profile.categorize(f.percent))),
        "gaps": fit.as_ref().map(|f| f.gaps.iter().map(|g| json!({
            "code": g.code, "required": g.required, "level": g.level, "shortfall": g.shortfall()
        })).collect::<Vec<_>>()),
        "competencies": emp.competencies,
        "performance": emp.performance.map(|p| p.code()),
        "potential": emp.potential.map(|p| p.code()),
        "readiness": emp.readiness.map(|r| r.code()),
        "notes": emp.notes,
    })
}
