//! `penata plan export NAME --format md|csv|json|sk|xlsx [-o FILE] [--mask-nip] [--no-notes]`:
//! the documents for the review meeting: minutes (berita acara) in Markdown, one CSV row per
//! move, the comparison as JSON or an Excel workbook, and the attachment table of the
//! transfer decree (lampiran SK) with the approved moves.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use time::Date;

use super::output::{OutputArgs, Rendered};
use super::plan_diff::comparison;
use super::plan_xlsx::plan_sheets;
use crate::domain::compare::Comparison;
use crate::store::minutes::{render_csv, render_json, render_markdown, render_sk};

/// The document to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Minutes of the review meeting (berita acara), Markdown
    Md,
    /// One row per move for spreadsheets (UTF-8 with BOM, `;` by default)
    Csv,
    /// The comparison as JSON
    Json,
    /// Attachment table of the transfer decree (lampiran SK), approved moves only, Markdown
    Sk,
    /// The comparison as an Excel workbook: moves, units, summary (needs -o FILE or a pipe)
    Xlsx,
}

/// Arguments of `penata plan export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan's name
    pub name: String,
    /// What to write [default: xlsx when -o names an .xlsx file, else md]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub out: OutputArgs,
    /// CSV field separator: `;` (what Indonesian spreadsheets expect), `,` or `tab`
    #[arg(long, default_value = ";", value_parser = parse_delimiter)]
    pub delimiter: u8,
    /// The date printed on the minutes and the decree (YYYY-MM-DD) [default: today]
    #[arg(long, value_parser = parse_date)]
    pub date: Option<Date>,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => match s.as_bytes() {
            [b] if b.is_ascii_punctuation() && *b != b'"' => Ok(*b),
            _ => Err(super::text::BAD_DELIMITER().into()),
        },
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, &format).map_err(|_| super::text::not_a_date(s))
}

/// Writes the document; a file is written whole or not at all.
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let today = crate::env::now().date();
    let date = args.date.unwrap_or(today);
    let format = args.format.unwrap_or(if args.out.names_xlsx() {
        Format::Xlsx
    } else {
        Format::Md
    });
    let mut c = comparison(dir, &args.name)?;
    if args.out.privacy.no_notes {
        without_remarks(&mut c);
    }
    let rendered = match format {
        Format::Md => Rendered::Text(render_markdown(&c, date, crate::lang::lang()).into_bytes()),
        Format::Sk => Rendered::Text(render_sk(&c, date, crate::lang::lang()).into_bytes()),
        Format::Json => Rendered::Text(render_json(&c)?.into_bytes()),
        Format::Csv => Rendered::Text(render_csv(&c, args.delimiter, crate::lang::lang())?),
        Format::Xlsx => Rendered::Workbook(plan_sheets(&c)),
    };
    if let Some(path) = args.out.emit(rendered)? {
        let approved = c
            .moves
            .iter()
            .filter(|m| m.decision() == Some(crate::domain::plan::Decision::Setuju))
            .count();
        let what = match format {
            Format::Sk => super::text::n_moves(approved, true),
            _ => super::text::n_moves(c.moves.len(), false),
        };
        eprintln!(
            "{}",
            super::text::exported_plan(&c.plan, &what, path.display())
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Drops the meeting's remarks on the moves (`--no-notes`); the decisions stay.
pub(crate) fn without_remarks(c: &mut Comparison) {
    for m in &mut c.moves {
        if let Some(r) = &mut m.review {
            r.remark = None;
        }
    }
}
