//! `penata search QUERY [--limit N] [--json]`: fuzzy lookup of staff by name or NIP.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;

use super::{Failure, load, print_json};
use crate::domain::search::{SearchIndex, Target};
use crate::domain::{EmployeeIx, Organization};

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
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let query = args.query.join(" ");
    if query.trim().is_empty() {
        return Err(
            Failure::Input("the search query is empty: give a name or NIP digits".into()).into(),
        );
    }
    let org = load(dir)?;
    let index = SearchIndex::build(&org);
    let hits = index.people(&org, &query, args.limit);
    let people: Vec<(EmployeeIx, i64)> = hits
        .iter()
        .filter_map(|h| match h.target {
            Target::Employee(e) => Some((e, h.score)),
            _ => None,
        })
        .collect();
    if args.json {
        let rows: Vec<_> = people
            .iter()
            .map(|&(e, score)| hit_json(&org, e, score))
            .collect();
        print_json(&serde_json::Value::Array(rows))?;
    } else {
        let mut out = std::io::stdout().lock();
        for &(e, _) in &people {
            writeln!(out, "{}", hit_line(&org, e))?;
        }
    }
    if people.is_empty() {
        eprintln!("penata: no staff match \"{query}\"");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn seat(org: &Organization, e: EmployeeIx) -> (Option<String>, Option<String>, String, String) {
    match org.seat_of(e) {
        Some(p) => {
            let pos = org.position(p);
            let unit = org.unit_of(p);
            (
                Some(pos.id.clone()),
                unit.map(|u| org.unit(u).id.clone()),
                pos.title.clone(),
                unit.map(|u| org.unit_path_names(u, " > "))
                    .unwrap_or_default(),
            )
        }
        None => (None, None, "Belum ditempatkan".into(), String::new()),
    }
}

fn hit_json(org: &Organization, e: EmployeeIx, score: i64) -> serde_json::Value {
    let emp = org.employee(e);
    let (position, unit, title, path) = seat(org, e);
    json!({
        "nip": emp.nip.as_str(),
        "name": emp.name,
        "rank": emp.rank.to_string(),
        "position": position,
        "position_title": position.as_ref().map(|_| title),
        "unit": unit,
        "unit_path": if path.is_empty() { None } else { Some(path) },
        "score": score,
    })
}

fn hit_line(org: &Organization, e: EmployeeIx) -> String {
    let emp = org.employee(e);
    let (_, _, title, path) = seat(org, e);
    let place = if path.is_empty() {
        title
    } else {
        format!("{title}, {path}")
    };
    format!(
        "{}  {}  {}  {}",
        emp.name,
        emp.nip.grouped(),
        emp.rank,
        place
    )
}
