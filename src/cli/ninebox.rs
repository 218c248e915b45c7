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
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};
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
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let which = args
        .which
        .as_deref()
        .map(|b| parse_box(b, lang))
        .transpose()?;
    let org = load(dir, lang)?;
    let unit = unit_arg(&org, args.unit.as_deref(), lang)?;
    let nb = ninebox(&org, unit);
    let mut buf = Vec::new();
    let rendered = match args.out.report_format(args.format, args.json) {
        Format::Json => Rendered::Text(super::json_bytes(&counts_json(&org, unit, &nb, which))?),
        Format::Text => {
            write_grid(&org, unit, &nb, lang, &mut buf)?;
            if let Some(b) = which {
                write_members(&org, unit, b, lang, &mut buf)?;
            }
            Rendered::Text(buf)
        }
        Format::Xlsx => Rendered::Workbook(sheets(&org, unit, &nb, which, lang)),
    };
    if let Some(path) = args.out.emit(rendered, lang)? {
        let done = tr!(
            lang,
            "cli-exported-ninebox",
            scope = scope_name(&org, unit),
            people = nb.total(),
            path = path.display().to_string()
        );
        errln!("{done}");
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
    lang: Lang,
) -> Vec<Sheet> {
    let mut grid = Sheet::new(
        "9-box",
        &["Kinerja \\ Potensial", "Rendah", "Menengah", "Tinggi"], // i18n-exempt: a workbook's words are a file format, the same in every language
    );
    for (row, band) in GRID.iter().zip(BANDS) {
        let mut cells = vec![band.label().into()];
        cells.extend(row.iter().map(|&b| Value::from(nb.count(b))));
        grid.push(cells);
    }
    grid.push(vec!["Belum dinilai".into(), nb.unrated.into()]); // i18n-exempt: a workbook's words are a file format, the same in every language
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
            "Unit kerja", // i18n-exempt: a workbook's words are a file format, the same in every language
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
            b.map_or("Belum dinilai", advice).into(), // i18n-exempt: a workbook's words are a file format, the same in every language
            emp.nip.as_str().into(),
            emp.name.as_str().into(),
            emp.rank.to_string().into(),
            label_or(emp.performance, |x| x.label(), lang)
                .as_ref()
                .into(),
            label_or(emp.potential, |x| x.label(), lang).as_ref().into(),
            seat.map_or_else(
                || "Belum ditempatkan".into(), // i18n-exempt: a workbook's words are a file format, the same in every language
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

fn parse_box(s: &str, lang: Lang) -> Result<Option<u8>, Failure> {
    if s == "unrated" {
        return Ok(None);
    }
    match s.parse::<u8>() {
        Ok(b @ 1..=9) => Ok(Some(b)),
        _ => Err(Failure::said(tr!(lang, "cli-bad-box", given = s))),
    }
}

fn write_grid(
    org: &Organization,
    unit: Option<UnitIx>,
    nb: &NineBox,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let head = tr!(lang, "cli-ninebox-head", scope = scope_name(org, unit));
    writeln!(out, "{head}")?;
    writeln!(
        out,
        "  {:<20} {:>12} {:>12} {:>12}",
        lang.text("cli-ninebox-axes"),
        lang.text("cli-low"),
        lang.text("cli-middle"),
        lang.text("cli-high")
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
    writeln!(out, "  {:<13} {}", lang.text("cli-unrated"), nb.unrated)?;
    writeln!(out, "  {:<13} {}", lang.text("cli-total"), nb.total())?;
    Ok(())
}

fn write_members(
    org: &Organization,
    unit: Option<UnitIx>,
    b: Option<u8>,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match b {
        Some(b) => writeln!(out, "{} {b}: {}", lang.text("cli-box"), advice(b))?,
        None => writeln!(out, "{}", lang.text("cli-unrated"))?,
    }
    for e in box_members(org, unit, b) {
        let emp = org.employee(e);
        let seat = org
            .seat_of(e)
            .map(|p| org.position(p).title.clone())
            .unwrap_or_else(|| lang.text("cli-unplaced").into_owned());
        writeln!(
            out,
            "  {}  {}  {} {}, {} {}; {}",
            emp.nip.grouped(),
            visible(&emp.name),
            lang.text("cli-performance"),
            label_or(emp.performance, |x| x.label(), lang),
            lang.text("cli-potential"),
            label_or(emp.potential, |x| x.label(), lang),
            seat
        )?;
    }
    Ok(())
}
