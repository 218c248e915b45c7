//! `penata export [--format json|csv|xlsx] [-o FILE] [--mask-nip] [--no-notes]`: the
//! organization as penata/v1 JSON, or the employee list as CSV or an Excel workbook in the
//! columns the spreadsheet import reads; files are owner-readable only.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::load;
use super::output::{OutputArgs, Rendered};
use crate::domain::Organization;
use crate::lang::{Lang, tr};
use crate::store::csv_safe;
use crate::store::files::WriteError;
use crate::store::format::write_v1;
use crate::store::xlsx_export::{Sheet, Value};

/// What `penata export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The whole organization as penata/v1 (re-importable as it is)
    Json,
    /// The employee list (NIP;Nama;Golongan;Jabatan), UTF-8 with BOM, for spreadsheets
    Csv,
    /// The employee list as an Excel workbook, with a second sheet of the positions
    Xlsx,
    /// The peta jabatan and unit hierarchy in SIASN's columns, as one Excel workbook that
    /// penata import reads back (needs -o FILE or a pipe)
    Siasn,
}

/// Arguments of `penata export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to write [default: by the extension of -o (.xlsx, .csv), else json]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub out: OutputArgs,
}

/// The columns of the employee list, as the spreadsheet import reads them (a file format:
/// the same in every language).
pub const EMPLOYEE_COLUMNS: [&str; 4] = ["NIP", "Nama", "Golongan", "Jabatan"];

/// Writes the export; a file is written whole or not at all.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let format = args.format.unwrap_or(if args.out.names_xlsx() {
        Format::Xlsx
    } else if args.out.names("csv") {
        Format::Csv
    } else {
        Format::Json
    });
    let mut org = load(dir, lang)?;
    if args.out.privacy.no_notes {
        without_notes(&mut org);
    }
    let rendered = match format {
        Format::Json => {
            let mut buf = Vec::new();
            write_v1(&org, &mut buf)?;
            let text = String::from_utf8_lossy(&buf).into_owned();
            Rendered::Text(crate::lang::safe::json(text).into_bytes())
        }
        Format::Csv => Rendered::Text(employee_csv(&org)?),
        Format::Xlsx => Rendered::Workbook(employee_sheets(&org)),
        Format::Siasn => Rendered::Workbook(crate::store::siasn::export::siasn_sheets(&org)),
    };
    if let Some(path) = args.out.emit(rendered, lang)? {
        let what = match format {
            Format::Json => format!("\"{}\": {}", org.name(), super::org_summary(&org, lang)),
            Format::Siasn => tr!(lang, "import-peta-of", org = org.name()).into_owned(),
            _ => tr!(
                lang,
                "cli-employee-list-of",
                org = org.name(),
                employees = org.employees().len()
            )
            .into_owned(),
        };
        let path = path.display().to_string();
        errln!("{}", tr!(lang, "cli-exported", what = what, path = path));
    }
    Ok(ExitCode::SUCCESS)
}

/// Drops every note on every employee (`--no-notes`).
fn without_notes(org: &mut Organization) {
    let with_notes: Vec<usize> = (0..org.employees().len())
        .filter(|&i| !org.employees()[i].notes.is_empty())
        .collect();
    for i in with_notes {
        let mut e = org.employees()[i].clone();
        e.notes.clear();
        org.replace_employee(i as crate::domain::EmployeeIx, e);
    }
}

/// The employee list as CSV for spreadsheets: UTF-8 with BOM, `;`, CRLF, NIPs grouped so
/// that a spreadsheet keeps them as text. The CSV import reads it back.
fn employee_csv(org: &Organization) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer("\u{feff}".as_bytes().to_vec());
    csv_safe::write_record(&mut w, EMPLOYEE_COLUMNS)?;
    for e in org.employees() {
        csv_safe::write_record(
            &mut w,
            [
                e.nip.grouped().as_str(),
                &e.name,
                &e.rank.to_string(),
                e.position.as_deref().unwrap_or(""),
            ],
        )?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// The employee list (the first sheet, which the import reads) and the positions with their
/// titles and units, so the ids in the Jabatan column can be looked up.
fn employee_sheets(org: &Organization) -> Vec<Sheet> {
    let mut people = Sheet::new("Pegawai", &EMPLOYEE_COLUMNS);
    // i18n-exempt: the workbook's column headings are a file format.
    for e in org.employees() {
        people.push(vec![
            e.nip.as_str().into(),
            e.name.as_str().into(),
            e.rank.to_string().into(),
            Value::text_or_empty(e.position.as_deref()),
        ]);
    }
    let mut positions = Sheet::new(
        "Jabatan",
        &[
            "Jabatan",
            "Nama jabatan", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Jenis",
            "Unit kerja", // i18n-exempt: a workbook's words are a file format, the same in every language
            "Formasi",
            "Terisi",
        ],
    );
    for (p, pos) in org.positions().iter().enumerate() {
        let p = p as crate::domain::PositionIx;
        let unit = org
            .unit_of(p)
            .map(|u| org.unit_path_names(u, " > "))
            .unwrap_or_default();
        positions.push(vec![
            pos.id.as_str().into(),
            pos.title.as_str().into(),
            pos.kind.label().into(),
            unit.into(),
            pos.formation.into(),
            org.position_headcount(p).filled.into(),
        ]);
    }
    vec![people, positions]
}

/// Writes a file readable by its owner only (it holds personal data), whole or not at all,
/// never through a planted link: see [`crate::store::files`].
pub(crate) fn write_private(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    crate::store::files::write_private(path, bytes)
}
