//! `penata retirements [UNIT_ID] [--years N] [--json]`: seats falling vacant as their
//! holders reach the retirement age (BUP) of the seat's type, counted per unit within 1, 2
//! and 5 years and listed up to N years ahead.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;
use time::Date;
use time::macros::format_description;

use super::note::now_local;
use super::talent::{pipe_ok, scope_name, unit_arg};
use super::{Failure, Settings, load, print_json};
use crate::domain::retirement::{
    HORIZONS, Retirement, UnitOutlook, add_years, outlook_by_unit, retirements,
};
use crate::domain::{Organization, UnitIx};
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};

/// Arguments of `penata retirements`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The unit whose subtree to look at [default: the whole organization]
    pub unit: Option<String>,
    /// List the seats falling vacant within N years
    #[arg(long, value_name = "N", default_value_t = 5)]
    pub years: u32,
    /// Count from this date (YYYY-MM-DD) instead of today
    #[arg(long, value_name = "DATE", hide = true)]
    pub today: Option<String>,
    /// Print JSON: counts per unit and the seats with their vacancy dates
    #[arg(long)]
    pub json: bool,
}

/// Prints the outlook; exit 1 for an unknown unit or a bad date.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let today = match args.today.as_deref() {
        None => now_local().date(),
        Some(s) => Date::parse(s, format_description!("[year]-[month]-[day]"))
            .map_err(|_| Failure::said(tr!(lang, "cli-bad-today", given = s)))?,
    };
    let org = load(dir, lang)?;
    let unit = unit_arg(&org, args.unit.as_deref(), lang)?;
    let ages = Settings::current().retirement;
    let reach = args.years.max(HORIZONS[HORIZONS.len() - 1]);
    let all = retirements(&org, unit, &ages, today, reach);
    let outlook = outlook_by_unit(&all, today);
    let listed: Vec<Retirement> = match add_years(today, args.years as i32) {
        Some(limit) => all.into_iter().filter(|r| r.vacant_from <= limit).collect(),
        None => all,
    };
    if args.json {
        print_json(&to_json(&org, unit, today, args.years, &outlook, &listed))?;
    } else {
        pipe_ok(write_text(
            &org,
            unit,
            (today, args.years),
            (&outlook, &listed),
            lang,
            &mut crate::cli::terminal::stdout(),
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write_text(
    org: &Organization,
    unit: Option<UnitIx>,
    (today, years): (Date, u32),
    (outlook, listed): (&[UnitOutlook], &[Retirement]),
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let head = tr!(
        lang,
        "cli-retirements-head",
        scope = scope_name(org, unit),
        today = today.to_string()
    );
    writeln!(out, "{head}")?;
    if outlook.is_empty() {
        writeln!(out, "  {}", lang.text("cli-no-retirements"))?;
    } else {
        writeln!(
            out,
            "  {:>5} {:>5} {:>5} {:>9}  Unit",
            lang.text("cli-year-1"),
            lang.text("cli-year-2"),
            lang.text("cli-year-5"),
            lang.text("cli-past-bup")
        )?;
        for o in outlook {
            writeln!(
                out,
                "  {:>5} {:>5} {:>5} {:>9}  {}",
                o.within[0],
                o.within[1],
                o.within[2],
                o.overdue,
                visible(&org.unit_path_names(o.unit, " > "))
            )?;
        }
    }
    writeln!(out, "{}", tr!(lang, "cli-vacant-within", years = years))?;
    for r in listed {
        let e = org.employee(r.employee);
        let p = org.position(r.position);
        let flag = if r.overdue(today) {
            format!("  ({})", lang.text("cli-past-bup"))
        } else {
            String::new()
        };
        writeln!(
            out,
            "  {}  {}  {}  BUP {}  {} ({}){flag}",
            r.vacant_from,
            e.nip.grouped(),
            visible(&e.name),
            r.age,
            visible(&p.title),
            visible(&p.id)
        )?;
    }
    if listed.is_empty() {
        writeln!(out, "  {}", lang.text("cli-none"))?;
    }
    Ok(())
}

fn to_json(
    org: &Organization,
    unit: Option<UnitIx>,
    today: Date,
    years: u32,
    outlook: &[UnitOutlook],
    listed: &[Retirement],
) -> serde_json::Value {
    json!({
        "unit": unit.map(|u| org.unit(u).id.clone()),
        "today": today.to_string(),
        "years": years,
        "units": outlook.iter().map(|o| json!({
            "unit": org.unit(o.unit).id,
            "name": org.unit(o.unit).name,
            "within_1": o.within[0],
            "within_2": o.within[1],
            "within_5": o.within[2],
            "overdue": o.overdue,
        })).collect::<Vec<_>>(),
        "seats": listed.iter().map(|r| {
            let e = org.employee(r.employee);
            let p = org.position(r.position);
            json!({
                "nip": e.nip.as_str(),
                "name": e.name,
                "position": p.id,
                "title": p.title,
                "unit": org.unit(r.unit).id,
                "bup": r.age,
                "vacant_from": r.vacant_from.to_string(),
                "overdue": r.overdue(today),
            })
        }).collect::<Vec<_>>(),
    })
}
