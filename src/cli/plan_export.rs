//! `penata plan export NAME --format md|csv|json|sk|xlsx [-o FILE] [--mask-nip] [--no-notes]`:
//! the documents for the review meeting: minutes (berita acara) in Markdown, one CSV row per
//! move, the comparison as JSON or an Excel workbook, and the attachment table of the
//! transfer decree (lampiran SK) with the approved moves.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use time::Date;

use super::Refused;
use super::output::{OutputArgs, Rendered};
use super::plan_diff::comparison_and_head;
use super::plan_xlsx::plan_sheets;
use crate::domain::compare::Comparison;
use crate::lang::{Lang, tr};
use crate::store::minutes::{render_csv, render_json, render_markdown, render_sk};
use crate::store::xlsx_export::{Sheet, Value};

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

fn parse_delimiter(s: &str) -> Result<u8, Refused> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => match s.as_bytes() {
            [b] if b.is_ascii_punctuation() && *b != b'"' => Ok(*b),
            _ => Err(Refused(crate::msg!("cli-bad-delimiter"))),
        },
    }
}

fn parse_date(s: &str) -> Result<Date, Refused> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(s, &format)
        .map_err(|_| Refused(crate::msg!("cli-not-a-date", given = format!("{s:?}"))))
}

/// Writes the document; a file is written whole or not at all.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let today = crate::env::now().date();
    let date = args.date.unwrap_or(today);
    let format = args.format.unwrap_or(if args.out.names_xlsx() {
        Format::Xlsx
    } else {
        Format::Md
    });
    let (mut c, head) = comparison_and_head(dir, &args.name, lang)?;
    if args.out.privacy.no_notes {
        without_remarks(&mut c);
    }
    // The minutes carry the audit chain's head, so a signed paper copy can later prove
    // that the history up to it was not rewritten or rolled back.
    let anchor = audit_line(head.as_ref(), lang);
    let rendered = match format {
        Format::Md => Rendered::Text(
            format!(
                "{}
---

{anchor}
",
                render_markdown(&c, date, lang)
            )
            .into_bytes(),
        ),
        Format::Sk => Rendered::Text(
            format!(
                "{}
{anchor}
",
                render_sk(&c, date, lang)
            )
            .into_bytes(),
        ),
        Format::Json => Rendered::Text(crate::lang::safe::json(render_json(&c)?).into_bytes()),
        Format::Csv => Rendered::Text(render_csv(&c, args.delimiter, lang)?),
        Format::Xlsx => {
            let mut sheets = plan_sheets(&c, lang);
            let mut audit = Sheet::new("Audit", &["entri", "hash", "catatan"]); // i18n-exempt: a workbook's column names are a file format
            if let Some((seq, hash)) = &head {
                audit.push(vec![
                    Value::Int(i64::try_from(*seq).unwrap_or(i64::MAX)),
                    hash.as_str().into(),
                    anchor.as_str().into(),
                ]);
            } else {
                audit.push(vec![Value::Empty, Value::Empty, anchor.as_str().into()]);
            }
            sheets.push(audit);
            Rendered::Workbook(sheets)
        }
    };
    if let Some(path) = args.out.emit(rendered, lang)? {
        let approved = c
            .moves
            .iter()
            .filter(|m| m.decision() == Some(crate::domain::plan::Decision::Setuju))
            .count();
        let what = match format {
            Format::Sk => tr!(lang, "cli-n-approved-moves", count = approved),
            _ => tr!(lang, "cli-n-moves", count = c.moves.len()),
        };
        let path = path.display().to_string();
        let done = tr!(
            lang,
            "cli-exported-plan",
            plan = c.plan.as_str(),
            what = what,
            path = path
        );
        errln!("{done}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The line naming the audit chain's head at the time of the document.
fn audit_line(head: Option<&(u64, String)>, lang: Lang) -> String {
    match head {
        Some((seq, hash)) => tr!(
            lang,
            "cli-minutes-audit-head",
            seq = *seq,
            hash = hash.as_str()
        )
        .into_owned(),
        None => lang.text("cli-minutes-audit-empty").into_owned(),
    }
}

/// Drops the meeting's remarks on the moves (`--no-notes`); the decisions stay.
pub(crate) fn without_remarks(c: &mut Comparison) {
    for m in &mut c.moves {
        if let Some(r) = &mut m.review {
            r.remark = None;
        }
    }
}
