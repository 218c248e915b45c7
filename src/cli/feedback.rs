//! `penata feedback UNIT_ID TEXT [--source S] [--severity low|medium|high] [--date DAY]`:
//! records what the public said about a unit's service (durable, in the audit log);
//! `penata feedback UNIT_ID [--subtree] [--json]` lists it newest first.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;
use time::Date;
use time::macros::format_description;

use super::Failure;
use super::plan::{open_store, os_user};
use super::print_json;
use super::talent::pipe_ok;
use crate::domain::feedback::{feedback_counts, parse_severity};
use crate::domain::search::{SearchIndex, Target};
use crate::domain::{Feedback, Organization, Severity, UnitIx, recent_feedback};
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};
use crate::store::{Change, OrgStore};

/// Arguments of `penata feedback`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The unit's id (see them with: penata tree --ids)
    pub unit: String,
    /// What the public said (quote it; several words are joined with spaces). Leave it out
    /// to list the unit's feedback
    pub text: Vec<String>,
    /// Where it came from, free text: musrenbang, SP4N-LAPOR!, forum warga, ... When listing:
    /// only entries whose source contains this
    #[arg(long, value_name = "S")]
    pub source: Option<String>,
    /// How heavily it weighs: low, medium or high (rendah, sedang, tinggi) [default when
    /// recording: medium]. When listing: only entries of this severity
    #[arg(long, value_name = "LEVEL")]
    pub severity: Option<String>,
    /// The day the public said it, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// When listing: also the feedback on the unit's sub-units
    #[arg(long)]
    pub subtree: bool,
    /// When listing: at most N entries, newest first
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Print JSON (the recorded entry, or the list)
    #[arg(long)]
    pub json: bool,
}

impl Args {
    /// Whether this records feedback (with text) rather than listing it.
    pub(crate) fn records(&self) -> bool {
        !self.text.is_empty()
    }
}

/// Records or lists; exit 1 for an unknown unit or bad input.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let text = args.text.join(" ");
    if args.text.is_empty() {
        return list(dir, &args, lang);
    }
    if args.subtree || args.limit.is_some() {
        return Err(Failure::said(lang.text("cli-feedback-list-only")).into());
    }
    let severity = match &args.severity {
        Some(s) => parse_severity(s)
            .map_err(|e| Failure::Input(format!("--severity: {}", lang.say(&e.msg()))))?,
        None => Severity::Medium,
    };
    let now = crate::env::now();
    let today = now.date();
    let date = match &args.date {
        Some(d) => parse_date(d, today, lang)?,
        None => today,
    };
    let feedback = Feedback::new(
        date,
        args.source.as_deref(),
        &text,
        severity,
        &os_user(),
        now,
    )
    .map_err(|e| Failure::Input(lang.say(&e.msg())))?;
    let store = open_store(dir, lang)?;
    let org = store.load().map_err(Failure::from)?;
    let unit = unit_or_suggest(&org, &args.unit, lang)?;
    store
        .apply(&Change::AddFeedback {
            unit_id: args.unit.clone(),
            feedback: feedback.clone(),
        })
        .map_err(Failure::from)?;
    if args.json {
        print_json(&entry_json(&org, unit, &feedback))?;
    } else {
        let source = feedback
            .source
            .as_deref()
            .map(|s| format!(", {s}"))
            .unwrap_or_default();
        let done = tr!(
            lang,
            "cli-feedback-recorded",
            unit = org.unit(unit).name.as_str(),
            code = feedback.severity.code(),
            label = feedback.severity.label(),
            date = feedback.date.to_string(),
            source = source
        );
        outln!("{done}");
    }
    Ok(ExitCode::SUCCESS)
}

/// A `--date` value: a calendar day, not after today.
fn parse_date(s: &str, today: Date, lang: Lang) -> Result<Date, Failure> {
    let day = Date::parse(s.trim(), format_description!("[year]-[month]-[day]")).map_err(|_| {
        let today = today.to_string();
        Failure::said(tr!(lang, "cli-bad-feedback-date", given = s, today = today))
    })?;
    if day > today {
        let (day, today) = (day.to_string(), today.to_string());
        return Err(Failure::said(tr!(
            lang,
            "cli-feedback-date-ahead",
            day = day,
            today = today
        )));
    }
    Ok(day)
}

/// The unit with this id, or an error that names units like it and how to list them all.
fn unit_or_suggest(org: &Organization, id: &str, lang: Lang) -> Result<UnitIx, Failure> {
    if let Some(u) = org.unit_ix(id) {
        return Ok(u);
    }
    let index = SearchIndex::build(org);
    let query = id.replace(['.', '-', '_'], " ");
    let like: Vec<String> = index
        .all(org, &query, 50)
        .into_iter()
        .filter_map(|h| match h.target {
            Target::Unit(u) => Some(u),
            _ => None,
        })
        .take(5)
        .map(|u| format!("  {}  {}", org.unit(u).id, org.unit(u).name))
        .collect();
    Err(Failure::said(if like.is_empty() {
        tr!(lang, "cli-no-unit-like-none", id = id)
    } else {
        tr!(lang, "cli-no-unit-like", id = id, like = like.join("\n"))
    }))
}

fn list(dir: &Path, args: &Args, lang: Lang) -> Result<ExitCode> {
    if args.date.is_some() {
        return Err(Failure::said(lang.text("cli-feedback-date-needs-text")).into());
    }
    let severity = args
        .severity
        .as_deref()
        .map(parse_severity)
        .transpose()
        .map_err(|e| Failure::Input(format!("--severity: {}", lang.say(&e.msg()))))?;
    let store = super::open_reading(dir)?;
    let org = store.load().map_err(Failure::from)?;
    let unit = unit_or_suggest(&org, &args.unit, lang)?;
    let source = args.source.as_deref().map(str::to_lowercase);
    let rows: Vec<(UnitIx, &Feedback)> = recent_feedback(&org, unit, args.subtree, usize::MAX)
        .into_iter()
        .filter(|(_, f)| severity.is_none_or(|s| f.severity == s))
        .filter(|(_, f)| {
            source.as_deref().is_none_or(|s| {
                f.source
                    .as_deref()
                    .is_some_and(|fs| fs.to_lowercase().contains(s))
            })
        })
        .take(args.limit.unwrap_or(usize::MAX))
        .collect();
    if args.json {
        print_json(&serde_json::Value::Array(
            rows.iter().map(|&(u, f)| entry_json(&org, u, f)).collect(),
        ))?;
    } else {
        pipe_ok(write_text(
            &org,
            unit,
            args.subtree,
            &rows,
            lang,
            &mut crate::cli::terminal::stdout(),
        ))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write_text(
    org: &Organization,
    unit: UnitIx,
    subtree: bool,
    rows: &[(UnitIx, &Feedback)],
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let (all, high) = feedback_counts(org, unit, subtree);
    let scope = if subtree {
        lang.text("cli-and-sub-units")
    } else {
        "".into()
    };
    let head = tr!(
        lang,
        "cli-feedback-head",
        unit = visible(&org.unit_path_names(unit, " > ")),
        scope = scope,
        all = all,
        high = high
    );
    writeln!(out, "{head}")?;
    if rows.is_empty() {
        writeln!(out, "  {}", lang.text("cli-no-feedback"))?;
        return Ok(());
    }
    for &(u, f) in rows {
        let mut line = format!("  {}  {:<6}", f.date, f.severity.code());
        if subtree {
            line.push_str(&format!("  {}", visible(&org.unit(u).id)));
        }
        match &f.source {
            Some(s) => line.push_str(&format!("  {}: {}", visible(s), visible(&f.text))),
            None => line.push_str(&format!("  {}", visible(&f.text))),
        }
        writeln!(out, "{line}")?;
    }
    Ok(())
}

fn entry_json(org: &Organization, unit: UnitIx, f: &Feedback) -> serde_json::Value {
    let at = f
        .recorded_at
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    json!({
        "unit": org.unit(unit).id,
        "unit_name": org.unit(unit).name,
        "date": f.date.to_string(),
        "source": f.source,
        "severity": f.severity.code(),
        "severity_label": f.severity.label(),
        "text": f.text,
        "recorded_by": f.recorded_by,
        "recorded_at": at,
    })
}
