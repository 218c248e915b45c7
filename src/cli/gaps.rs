//! `penata gaps [UNIT_ID] [--plan NAME] [--format text|csv|json|xlsx] [--needs] [-o FILE]`:
//! who falls short of their seat's competency standard, and the training needs that adds up
//! to.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;

use super::output::{OutputArgs, Rendered};
use super::plan::require_plan;
use super::talent::{scope_name, unit_arg};
use super::{Failure, Settings, load};
use crate::domain::gaps::{GapReport, PersonGap, TrainingNeed, gap_report};
use crate::domain::plan_ops::plan_view;
use crate::domain::{Organization, UnitIx};
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};
use crate::store::OrgStore;
use crate::store::csv_safe;
use crate::store::xlsx_export::{Sheet, Value};

/// Output formats of `penata gaps`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Csv,
    Json,
    /// An Excel workbook: training needs and gaps per person (needs -o FILE or a pipe)
    Xlsx,
}

/// Arguments of `penata gaps`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The unit whose subtree to look at [default: the whole organization]
    pub unit: Option<String>,
    /// Look at a plan's result instead of the baseline
    #[arg(long, value_name = "NAME")]
    pub plan: Option<String>,
    /// Output format: text, csv (one row per person and competency), json or xlsx
    /// [default: xlsx when -o names an .xlsx file, else text]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Only the training needs per competency (text, csv and xlsx)
    #[arg(long)]
    pub needs: bool,
    #[command(flatten)]
    pub out: OutputArgs,
}

/// Prints the gaps; exit 1 for an unknown unit or plan.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let org = match &args.plan {
        None => load(dir, lang)?,
        Some(name) => {
            let store = super::open_reading(dir)?;
            let plan = require_plan(&store, name, lang)?;
            let baseline = store.load().map_err(Failure::from)?;
            plan_view(&baseline, &plan)
        }
    };
    let unit = unit_arg(&org, args.unit.as_deref(), lang)?;
    let s = Settings::current();
    let report = gap_report(&org, unit, &s.standards);
    let format = match args.format {
        Some(f) => f,
        None if args.out.names_xlsx() => Format::Xlsx,
        None if args.out.names("csv") => Format::Csv,
        None => Format::Text,
    };
    let mut buf = Vec::new();
    match format {
        Format::Json => {
            buf = super::json_bytes(&report_json(&org, unit, &report))?;
        }
        Format::Csv if args.needs => write_needs_csv(&org, &report.needs, &mut buf)?,
        Format::Csv => write_gaps_csv(&org, &report.gaps, &mut buf)?,
        Format::Text => write_text(&org, unit, &report, args.needs, lang, &mut buf)?,
        Format::Xlsx => {}
    }
    let rendered = match format {
        Format::Xlsx => Rendered::Workbook(sheets(&org, &report, args.needs)),
        _ => Rendered::Text(buf),
    };
    if let Some(path) = args.out.emit(rendered, lang)? {
        let done = tr!(
            lang,
            "cli-exported-gaps",
            scope = scope_name(&org, unit),
            people = report.people,
            path = path.display().to_string()
        );
        errln!("{done}");
    }
    Ok(ExitCode::SUCCESS)
}

fn competency_name<'a>(org: &'a Organization, code: &'a str) -> &'a str {
    org.competency(code)
        .map(|c| c.name.as_str())
        .unwrap_or(code)
}

fn write_text(
    org: &Organization,
    unit: Option<UnitIx>,
    r: &GapReport,
    needs_only: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let head = tr!(
        lang,
        "cli-gaps-head",
        scope = scope_name(org, unit),
        people = r.people
    );
    writeln!(out, "{head}")?;
    if r.needs.is_empty() {
        writeln!(out, "  {}", lang.text("cli-everyone-meets"))?;
        return Ok(());
    }
    writeln!(
        out,
        "  {:<40} {:>7} {:>9} {:>7} {:>13}",
        lang.text("cli-competency"),
        lang.text("cli-employees"),
        lang.text("cli-total-gap"),
        lang.text("cli-max"),
        lang.text("cli-not-assessed")
    )?;
    for n in &r.needs {
        writeln!(
            out,
            "  {:<40} {:>7} {:>9} {:>7} {:>13}",
            format!("{} ({})", competency_name(org, &n.code), n.code),
            n.people,
            n.total_gap,
            n.max_gap,
            n.unassessed
        )?;
    }
    if needs_only {
        return Ok(());
    }
    writeln!(out, "{}", lang.text("cli-per-employee"))?;
    let mut last = None;
    for g in &r.gaps {
        if last != Some(g.employee) {
            let e = org.employee(g.employee);
            writeln!(
                out,
                "  {}  {}  {}",
                e.nip.grouped(),
                visible(&e.name),
                visible(&org.position(g.position).title)
            )?;
            last = Some(g.employee);
        }
        let level = g
            .level
            .map(|l| l.to_string())
            .unwrap_or_else(|| lang.text("cli-not-assessed").into_owned());
        writeln!(
            out,
            "    {:<36} {} {}  level {}  gap -{}", // i18n-exempt: the domain terms level and gap, the same in both languages
            competency_name(org, &g.code),
            lang.text("cli-standard"),
            g.required,
            level,
            g.shortfall()
        )?;
    }
    Ok(())
}

/// Keeps an I/O error's kind (a closed pipe stays a closed pipe).
fn csv_err(e: csv::Error) -> std::io::Error {
    let text = e.to_string();
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        _ => std::io::Error::other(text),
    }
}

fn write_gaps_csv(
    org: &Organization,
    gaps: &[PersonGap],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    csv_safe::write_record(
        &mut w,
        [
            "nip",
            "name",
            "position",
            "unit",
            "competency",
            "competency_name",
            "required",
            "level",
            "shortfall",
        ],
    )
    .map_err(csv_err)?;
    for g in gaps {
        let e = org.employee(g.employee);
        let unit = org
            .unit_of(g.position)
            .map(|u| org.unit(u).id.as_str())
            .unwrap_or("");
        csv_safe::write_record(
            &mut w,
            [
                e.nip.as_str(),
                &e.name,
                &org.position(g.position).id,
                unit,
                &g.code,
                competency_name(org, &g.code),
                &g.required.to_string(),
                &g.level.map(|l| l.to_string()).unwrap_or_default(),
                &g.shortfall().to_string(),
            ],
        )
        .map_err(csv_err)?;
    }
    w.flush()
}

fn write_needs_csv(
    org: &Organization,
    needs: &[TrainingNeed],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    csv_safe::write_record(
        &mut w,
        [
            "competency",
            "competency_name",
            "people",
            "total_gap",
            "max_gap",
            "unassessed",
        ],
    )
    .map_err(csv_err)?;
    for n in needs {
        csv_safe::write_record(
            &mut w,
            [
                n.code.as_str(),
                competency_name(org, &n.code),
                &n.people.to_string(),
                &n.total_gap.to_string(),
                &n.max_gap.to_string(),
                &n.unassessed.to_string(),
            ],
        )
        .map_err(csv_err)?;
    }
    w.flush()
}

/// Training needs per competency, and (unless `needs_only`) one row per person and
/// competency short of the standard.
fn sheets(org: &Organization, r: &GapReport, needs_only: bool) -> Vec<Sheet> {
    let mut needs = Sheet::new(
        "Kebutuhan pelatihan", // i18n-exempt: a workbook's words are a file format, the same in every language
        &[
            "Kompetensi",
            "Nama kompetensi", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Pegawai",
            "Total gap", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Gap terbesar", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Belum dinilai", // i18n-exempt: a workbook's words are a file format, the same in every language
        ],
    );
    for n in &r.needs {
        needs.push(vec![
            n.code.as_str().into(),
            competency_name(org, &n.code).into(),
            n.people.into(),
            n.total_gap.into(),
            n.max_gap.into(),
            n.unassessed.into(),
        ]);
    }
    if needs_only {
        return vec![needs];
    }
    let mut people = Sheet::new(
        "Gap per pegawai", // i18n-exempt: a workbook's words are a file format, the same in every language
        &[
            "NIP",
            "Nama",
            "Jabatan",
            "Nama jabatan", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Unit kerja", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Kompetensi",
            "Nama kompetensi", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Standar",
            "Level",
            "Gap",
        ],
    );
    for g in &r.gaps {
        let e = org.employee(g.employee);
        let pos = org.position(g.position);
        people.push(vec![
            e.nip.as_str().into(),
            e.name.as_str().into(),
            pos.id.as_str().into(),
            pos.title.as_str().into(),
            Value::text_or_empty(
                org.unit_of(g.position)
                    .map(|u| org.unit_path_names(u, " > ")),
            ),
            g.code.as_str().into(),
            competency_name(org, &g.code).into(),
            g.required.into(),
            g.level
                .map_or(Value::Text("belum dinilai".into()), Value::from), // i18n-exempt: a workbook's words are a file format, the same in every language
            g.shortfall().into(),
        ]);
    }
    vec![needs, people]
}

fn report_json(org: &Organization, unit: Option<UnitIx>, r: &GapReport) -> serde_json::Value {
    json!({
        "unit": unit.map(|u| org.unit(u).id.clone()),
        "people": r.people,
        "needs": r.needs.iter().map(|n| json!({
            "competency": n.code,
            "name": competency_name(org, &n.code),
            "people": n.people,
            "total_gap": n.total_gap,
            "max_gap": n.max_gap,
            "unassessed": n.unassessed,
        })).collect::<Vec<_>>(),
        "gaps": r.gaps.iter().map(|g| {
            let e = org.employee(g.employee);
            json!({
                "nip": e.nip.as_str(),
                "name": e.name,
                "position": org.position(g.position).id,
                "competency": g.code,
                "required": g.required,
                "level": g.level,
                "shortfall": g.shortfall(),
            })
        }).collect::<Vec<_>>(),
    })
}
