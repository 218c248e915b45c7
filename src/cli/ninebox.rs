//! `penata ninebox [UNIT_ID] [--box N] [--format text|json|xlsx] [-o FILE]`: the talent 9-box
//! of a unit subtree (PermenPANRB 3/2020), with counts per box and the people not yet rated.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;

use super::output::{OutputArgs, Rendered, ReportFormat as Format};
use super::talent::{label_or, scope_name, unit_arg};
use super::{Failure, load};
use crate::domain::ninebox::{
    GRID, NineBox, PerformanceBand, advice, box_members, employee_box, ninebox,
};
use crate::domain::subtree::subtree_people;
use crate::domain::{Organization, UnitIx};
use crate::store::xlsx_export::{Sheet, Value};

/// Arguments of `penata ninebox`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The unit whose subtree to map [default: the whole organization, unplaced included]
    pub unit: Option<String>,
    /// List the people in one box (1-9, or `unrated` for belum dinilai)
    #[arg(long = "box", value_name = "N")]
    pub which: Option<String>,
    /// Output format; xlsx: the grid and the people with their box [default: xlsx when -o
    /// names an .xlsx file, else text]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Print JSON: counts per box "1".."9" plus "unrated" (the same as --format json)
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

/// Prints the map; exit 1 for an unknown unit or box.
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let which = args.which.as_deref().map(parse_box).transpose()?;
    let org = load(dir)?;
    let unit = unit_arg(&org, args.unit.as_deref())?;
    let nb = ninebox(&org, unit);
    let mut buf = Vec::new();
    let rendered = match args.out.report_format(args.format, args.json) {
        Format::Json => {
            serde_json::to_writer_pretty(&mut buf, &counts_json(&org, unit, &nb, which))?;
            buf.push(b'\n');
            Rendered::Text(buf)
        }
        Format::Text => {
            write_grid(&org, unit, &nb, &mut buf)?;
            if let Some(b) = which {
                write_members(&org, unit, b, &mut buf)?;
            }
            Rendered::Text(buf)
        }
        Format::Xlsx => Rendered::Workbook(sheets(&org, unit, &nb, which)),
    };
    if let Some(path) = args.out.emit(rendered)? {
        eprintln!(
            "{}",
            super::text::exported_ninebox(&scope_name(&org, unit), nb.total(), path.display())
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn counts_json(
    org: &Organization,
    unit: Option<UnitIx>,
    nb: &NineBox,
    which: Option<Option<u8>>,
) -> serde_json::Value {
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
        v["members"] = box_members(org, unit, b)
            .into_iter()
            .map(|e| {
                let emp = org.employee(e);
                json!({"nip": emp.nip.as_str(), "name": emp.name})
            })
            .collect();
    }
    v
}

/// The grid as drawn (counts), and the people with their box: everyone in the subtree, or
/// the members of `--box`.
fn sheets(
    org: &Organization,
    unit: Option<UnitIx>,
    nb: &NineBox,
    which: Option<Option<u8>>,
) -> Vec<Sheet> {
    let mut grid = Sheet::new(
        "9-box",
        &["Kinerja \\ Potensial", "Rendah", "Menengah", "Tinggi"],
    );
    for (row, band) in GRID.iter().zip(BANDS) {
        let mut cells = vec![band.label().into()];
        cells.extend(row.iter().map(|&b| Value::from(nb.count(b))));
        grid.push(cells);
    }
    grid.push(vec!["Belum dinilai".into(), nb.unrated.into()]);
    grid.push(vec!["Jumlah".into(), nb.total().into()]);
    let mut people = Sheet::new(
        "Pegawai",
        &[
            "Kotak",
            "Saran",
            "NIP",
            "Nama",
            "Golongan",
            "Kinerja",
            "Potensial",
            "Jabatan",
            "Unit kerja",
        ],
    );
    let members = match which {
        Some(b) => box_members(org, unit, b),
        None => subtree_people(org, unit),
    };
    for e in members {
        let emp = org.employee(e);
        let b = employee_box(emp);
        let seat = org.seat_of(e);
        people.push(vec![
            b.map_or(Value::Empty, Value::from),
            b.map_or("Belum dinilai", advice).into(),
            emp.nip.as_str().into(),
            emp.name.as_str().into(),
            emp.rank.to_string().into(),
            label_or(emp.performance, |x| x.label()).into(),
            label_or(emp.potential, |x| x.label()).into(),
            seat.map_or_else(
                || "Belum ditempatkan".into(),
                |p| org.position(p).title.as_str().into(),
            ),
            Value::text_or_empty(
                seat.and_then(|p| org.unit_of(p))
                    .map(|u| org.unit_path_names(u, " > ")),
            ),
        ]);
    }
    vec![grid, people]
}

/// The performance bands in the grid's row order (top row first).
const BANDS: [PerformanceBand; 3] = [
    PerformanceBand::Above,
    PerformanceBand::AsExpected,
    PerformanceBand::Below,
];

fn parse_box(s: &str) -> Result<Option<u8>, Failure> {
    if s == "unrated" {
        return Ok(None);
    }
    match s.parse::<u8>() {
        Ok(b @ 1..=9) => Ok(Some(b)),
        _ => Err(Failure::Input(super::text::bad_box(s))),
    }
}

fn write_grid(
    org: &Organization,
    unit: Option<UnitIx>,
    nb: &NineBox,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    use super::text as t;
    writeln!(out, "{}", t::ninebox_head(&scope_name(org, unit)))?;
    writeln!(
        out,
        "  {:<20} {:>12} {:>12} {:>12}",
        t::NINEBOX_AXES(),
        t::LOW(),
        t::MIDDLE(),
        t::HIGH()
    )?;
    for (row, band) in GRID.iter().zip(BANDS) {
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
    writeln!(out, "  {:<13} {}", t::UNRATED(), nb.unrated)?;
    writeln!(out, "  {:<13} {}", t::TOTAL(), nb.total())?;
    Ok(())
}

fn write_members(
    org: &Organization,
    unit: Option<UnitIx>,
    b: Option<u8>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match b {
        Some(b) => writeln!(out, "{} {b}: {}", super::text::BOX(), advice(b))?,
        None => writeln!(out, "{}", super::text::UNRATED())?,
    }
    for e in box_members(org, unit, b) {
        let emp = org.employee(e);
        let seat = org
            .seat_of(e)
            .map(|p| org.position(p).title.clone())
            .unwrap_or_else(|| super::text::UNPLACED().into());
        writeln!(
            out,
            "  {}  {}  {} {}, {} {}; {}",
            emp.nip.grouped(),
            emp.name,
            super::text::PERFORMANCE(),
            label_or(emp.performance, |x| x.label()),
            super::text::POTENTIAL(),
            label_or(emp.potential, |x| x.label()),
            seat
        )?;
    }
    Ok(())
}
