//! `penata ninebox [UNIT_ID] [--box N] [--json]`: the talent 9-box of a unit subtree
//! (PermenPANRB 3/2020), with counts per box and the people not yet rated.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;

use super::talent::{label_or, pipe_ok, scope_name, unit_arg};
use super::{Failure, load, print_json};
use crate::domain::ninebox::{GRID, NineBox, PerformanceBand, advice, box_members, ninebox};
use crate::domain::{Organization, UnitIx};

/// Arguments of `penata ninebox`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The unit whose subtree to map [default: the whole organization, unplaced included]
    pub unit: Option<String>,
    /// List the people in one box (1-9, or `unrated` for belum dinilai)
    #[arg(long = "box", value_name = "N")]
    pub which: Option<String>,
    /// Print JSON: counts per box "1".."9" plus "unrated"
    #[arg(long)]
    pub json: bool,
}

/// Prints the map; exit 1 for an unknown unit or box.
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let which = args.which.as_deref().map(parse_box).transpose()?;
    let org = load(dir)?;
    let unit = unit_arg(&org, args.unit.as_deref())?;
    let nb = ninebox(&org, unit);
    if args.json {
        let mut counts = serde_json::Map::new();
        for b in 1..=9u8 {
            counts.insert(b.to_string(), nb.count(b).into());
        }
        counts.insert("unrated".into(), nb.unrated.into());
        let mut v = json!({
            "unit": unit.map(|u| org.unit(u).id.clone()),
            "total": nb.total(),
            "counts": counts,
        });
        if let Some(b) = which {
            v["members"] = box_members(&org, unit, b)
                .into_iter()
                .map(|e| {
                    let emp = org.employee(e);
                    json!({"nip": emp.nip.as_str(), "name": emp.name})
                })
                .collect();
        }
        print_json(&v)?;
    } else {
        let mut out = std::io::stdout().lock();
        pipe_ok(write_grid(&org, unit, &nb, &mut out))?;
        if let Some(b) = which {
            pipe_ok(write_members(&org, unit, b, &mut out))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_box(s: &str) -> Result<Option<u8>, Failure> {
    if s == "unrated" {
        return Ok(None);
    }
    match s.parse::<u8>() {
        Ok(b @ 1..=9) => Ok(Some(b)),
        _ => Err(Failure::Input(format!(
            "--box {s}: give a box number 1-9, or unrated"
        ))),
    }
}

fn write_grid(
    org: &Organization,
    unit: Option<UnitIx>,
    nb: &NineBox,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(out, "9-box talenta: {}", scope_name(org, unit))?;
    writeln!(
        out,
        "  {:<20} {:>12} {:>12} {:>12}",
        "Kinerja \\ Potensial", "Rendah", "Menengah", "Tinggi"
    )?;
    let bands = [
        PerformanceBand::Above,
        PerformanceBand::AsExpected,
        PerformanceBand::Below,
    ];
    for (row, band) in GRID.iter().zip(bands) {
        let cells: Vec<String> = row
            .iter()
            .map(|&b| format!("[{b}] {:>6}", nb.count(b)))
            .collect();
        writeln!(
            out,
            "  {:<20} {:>12} {:>12} {:>12}",
            band.label(),
            cells[0],
            cells[1],
            cells[2]
        )?;
    }
    writeln!(out, "  Belum dinilai {}", nb.unrated)?;
    writeln!(out, "  Jumlah        {}", nb.total())?;
    Ok(())
}

fn write_members(
    org: &Organization,
    unit: Option<UnitIx>,
    b: Option<u8>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match b {
        Some(b) => writeln!(out, "Kotak {b}: {}", advice(b))?,
        None => writeln!(out, "Belum dinilai")?,
    }
    for e in box_members(org, unit, b) {
        let emp = org.employee(e);
        let seat = org
            .seat_of(e)
            .map(|p| org.position(p).title.clone())
            .unwrap_or_else(|| "Belum ditempatkan".into());
        writeln!(
            out,
            "  {}  {}  kinerja {}, potensial {}; {}",
            emp.nip.grouped(),
            emp.name,
            label_or(emp.performance, |x| x.label()),
            label_or(emp.potential, |x| x.label()),
            seat
        )?;
    }
    Ok(())
}
