//! `penata search QUERY [--limit N] [--json]`: fuzzy lookup of staff by name or NIP.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;

use super::{Failure, print_json};
use crate::domain::search::{SearchIndex, Target};
use crate::domain::{Employee, EmployeeIx, Organization};
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};
use crate::store::snapshot::{SearchView, SeatView};

/// Arguments of `penata search`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Name (any order of words, titles and old spellings ignored) or NIP digits
    #[arg(required = true, num_args = 1..)]
    pub query: Vec<String>,
    /// Show at most N hits
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Print a JSON array (nip, name, rank, position, unit, score, ...)
    #[arg(long)]
    pub json: bool,
}

/// Prints the hits best first; exit 1 when nobody matches.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let query = args.query.join(" ");
    if query.trim().is_empty() {
        return Err(Failure::said(lang.text("cli-empty-query")).into());
    }
    // A read does not tighten a directory others can open: it says what to do.
    crate::store::files::check_owner_only(dir).map_err(Failure::from)?;
    // The snapshot alone answers: its names and only the hits' records are read.
    if let Some(view) = SearchView::open(dir) {
        return run_on_snapshot(view, &query, &args, lang);
    }
    let opened = crate::store::startup::open_reading(dir, super::access::read_only())
        .map_err(Failure::from)?;
    let org = opened.org;
    let index = opened.index.unwrap_or_else(|| SearchIndex::build(&org));
    let hits = index.people(&org, &query, args.limit);
    let rows: Vec<Row> = hits
        .iter()
        .filter_map(|h| match h.target {
            Target::Employee(e) => Some(row_of(&org, e, h.score)),
            _ => None,
        })
        .collect();
    print_rows(&rows, &query, args.json, lang)
}

/// One hit as printed, whichever way it was found.
struct Row {
    employee: Employee,
    seat: Option<SeatView>,
    score: i64,
}

fn run_on_snapshot(mut view: SearchView, query: &str, args: &Args, lang: Lang) -> Result<ExitCode> {
    let ranked = view.index.people_ranked(query, args.limit);
    let mut rows = Vec::with_capacity(ranked.len());
    for (e, score) in ranked {
        let employee = view.employee(e).map_err(Failure::from)?;
        let seat = match &employee.position {
            Some(p) => view.seat(p).map_err(Failure::from)?,
            None => None,
        };
        rows.push(Row {
            employee,
            seat,
            score,
        });
    }
    print_rows(&rows, query, args.json, lang)
}

fn row_of(org: &Organization, e: EmployeeIx, score: i64) -> Row {
    let seat = org.seat_of(e).map(|p| {
        let pos = org.position(p);
        let unit = org.unit_of(p);
        SeatView {
            position: pos.id.clone(),
            title: pos.title.clone(),
            unit: unit.map(|u| org.unit(u).id.clone()),
            unit_path: unit
                .map(|u| {
                    org.unit_path(u)
                        .iter()
                        .map(|&x| org.unit(x).name.clone())
                        .collect()
                })
                .unwrap_or_default(),
        }
    });
    Row {
        employee: org.employee(e).clone(),
        seat,
        score,
    }
}

fn print_rows(rows: &[Row], query: &str, json: bool, lang: Lang) -> Result<ExitCode> {
    if json {
        let rows: Vec<_> = rows.iter().map(|r| hit_json(r, lang)).collect();
        print_json(&serde_json::Value::Array(rows))?;
    } else {
        let mut out = crate::cli::terminal::stdout();
        for r in rows {
            writeln!(out, "{}", hit_line(r, lang))?;
        }
    }
    if rows.is_empty() {
        errln!(
            "penata: {}",
            tr!(lang, "cli-no-match", query = visible(query))
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Position id, unit id, position title (or "Unplaced" in the process language) and unit path.
fn seat(r: &Row, lang: Lang) -> (Option<String>, Option<String>, String, String) {
    match &r.seat {
        Some(s) => (
            Some(s.position.clone()),
            s.unit.clone(),
            s.title.clone(),
            s.unit_path.join(" > "),
        ),
        None => (None, None, lang.text("cli-unplaced").into(), String::new()),
    }
}

fn hit_json(r: &Row, lang: Lang) -> serde_json::Value {
    let emp = &r.employee;
    let (position, unit, title, path) = seat(r, lang);
    json!({
        "nip": emp.nip.as_str(),
        "name": emp.name,
        "rank": emp.rank.to_string(),
        "position": position,
        "position_title": position.as_ref().map(|_| title),
        "unit": unit,
        "unit_path": if path.is_empty() { None } else { Some(path) },
        "score": r.score,
    })
}

fn hit_line(r: &Row, lang: Lang) -> String {
    let emp = &r.employee;
    let (_, _, title, path) = seat(r, lang);
    let place = if path.is_empty() {
        visible(&title).into_owned()
    } else {
        format!("{}, {}", visible(&title), visible(&path))
    };
    format!(
        "{}  {}  {}  {}",
        visible(&emp.name),
        emp.nip.grouped(),
        emp.rank,
        place
    )
}
