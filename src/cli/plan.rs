//! `penata plan new|list|show|rename|duplicate|delete|apply|diff|export`: reorganization
//! plans from the command line, through the same store calls as the app.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;
use time::OffsetDateTime;

use super::{Failure, open_with_demo, plan_apply, plan_diff, plan_export, print_json};
use crate::domain::Organization;
use crate::domain::plan::{Move, Plan};
use crate::domain::plan_ops::{Conflict, conflicts};
use crate::lang::safe::visible;
use crate::lang::{Lang, tr};
use crate::store::sled_store::SledStore;
use crate::store::{OrgStore, PlanChange, PlanSummary};

/// Arguments of `penata plan`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    pub command: PlanCommand,
}

/// The plan subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum PlanCommand {
    /// Create an empty plan (a scenario over the current organization)
    New {
        /// The plan's name (1-64 characters)
        name: String,
    },
    /// List the plans with their number of moves
    List {
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Show a plan's moves with reasons, decisions and conflicts with the baseline
    Show {
        /// The plan's name
        name: String,
        /// Print JSON
        #[arg(long)]
        json: bool,
    },
    /// Rename a plan
    Rename {
        /// The plan's current name
        old: String,
        /// Its new name
        new: String,
    },
    /// Copy a plan's moves into a new plan (decisions are not copied)
    Duplicate {
        /// The plan's name
        name: String,
        /// The new plan's name
        new: String,
    },
    /// Delete a plan and its moves
    Delete {
        /// The plan's name
        name: String,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
    /// Apply a plan to the baseline (for a reviewed plan, only the moves decided setuju)
    Apply(plan_apply::Args),
    /// Compare a plan with the baseline: moves, units, fit
    Diff(plan_diff::Args),
    /// Write the meeting minutes or the decree attachment (md, csv, json, sk)
    Export(plan_export::Args),
}

/// Runs a plan subcommand.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    match args.command {
        PlanCommand::New { name } => {
            let store = open_store(dir, lang)?;
            store
                .change_plan(&PlanChange::Create {
                    name: name.clone(),
                    by: os_user(),
                    at: crate::env::now(),
                })
                .map_err(Failure::from)?;
            outln!("{}", tr!(lang, "cli-plan-created", name = name));
            Ok(ExitCode::SUCCESS)
        }
        PlanCommand::List { json } => list(dir, json, lang),
        PlanCommand::Show { name, json } => show(dir, &name, json, lang),
        PlanCommand::Rename { old, new } => {
            let store = open_store(dir, lang)?;
            store
                .change_plan(&PlanChange::Rename {
                    from: old.clone(),
                    to: new.clone(),
                })
                .map_err(Failure::from)?;
            outln!("{}", tr!(lang, "cli-plan-renamed", old = old, new = new));
            Ok(ExitCode::SUCCESS)
        }
        PlanCommand::Duplicate { name, new } => {
            let store = open_store(dir, lang)?;
            store
                .change_plan(&PlanChange::Duplicate {
                    from: name.clone(),
                    to: new.clone(),
                    by: os_user(),
                    at: crate::env::now(),
                })
                .map_err(Failure::from)?;
            outln!("{}", tr!(lang, "cli-plan-copied", name = name, new = new));
            Ok(ExitCode::SUCCESS)
        }
        PlanCommand::Delete { name, yes } => {
            let store = open_store(dir, lang)?;
            let plan = require_plan(&store, &name, lang)?;
            let moves = plan.moves.len();
            let question = tr!(
                lang,
                "cli-delete-plan-question",
                name = name.as_str(),
                moves = moves
            );
            if !confirm(&question, yes, lang)? {
                errln!("penata: {}", lang.text("cli-nothing-deleted"));
                return Ok(ExitCode::from(1));
            }
            store
                .change_plan(&PlanChange::Delete { name: name.clone() })
                .map_err(Failure::from)?;
            outln!("{}", tr!(lang, "cli-plan-deleted", name = name));
            Ok(ExitCode::SUCCESS)
        }
        PlanCommand::Apply(a) => plan_apply::run(dir, a, lang),
        PlanCommand::Diff(a) => plan_diff::run(dir, a, lang),
        PlanCommand::Export(a) => plan_export::run(dir, a, lang),
    }
}

/// Opens the store (loading the demo on first start), printing the first-start notice.
pub(crate) fn open_store(dir: &Path, lang: Lang) -> Result<SledStore, Failure> {
    let (store, notice) = open_with_demo(dir, lang)?;
    if let Some(n) = notice {
        errln!("penata: {n}");
    }
    Ok(store)
}

/// The OS user, recorded as the author of plans, moves and decisions.
pub(crate) fn os_user() -> String {
    crate::env::os_user()
}

/// Loads a plan or fails with a message that says how to find or create one.
pub(crate) fn require_plan(store: &dyn OrgStore, name: &str, lang: Lang) -> Result<Plan, Failure> {
    store
        .plan(name)?
        .ok_or_else(|| Failure::said(tr!(lang, "cli-no-plan", name = name)))
}

/// Asks a yes/no question on a terminal; without one, `--yes` is required.
pub(crate) fn confirm(question: &str, yes: bool, lang: Lang) -> Result<bool, Failure> {
    use std::io::IsTerminal;
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::said(tr!(
            lang,
            "cli-needs-confirmation",
            question = question
        )));
    }
    errout!("{question} {} ", lang.text("cli-yes-no"));
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).map_err(|e| {
        Failure::said(tr!(
            lang,
            "cli-cannot-read-answer",
            reason = crate::lang::io_error(&e)
        ))
    })?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "ya"))
}

/// A seat for messages: `Kepala Seksi X (id)`, or `belum ditempatkan`.
pub(crate) fn seat_text(org: &Organization, seat: Option<&str>, lang: Lang) -> String {
    match seat {
        None => lang.text("cli-not-placed").into_owned(),
        Some(id) => match org.position_ix(id) {
            Some(p) => format!("{} ({})", visible(&org.position(p).title), visible(id)),
            None => visible(id).into_owned(),
        },
    }
}

/// The person's name in the organization, or the grouped NIP if they are gone.
pub(crate) fn person_text(org: &Organization, m: &Move) -> String {
    org.employee_ix(&m.nip)
        .map(|e| visible(&org.employee(e).name).into_owned())
        .unwrap_or_else(|| m.nip.grouped())
}

fn time_text(t: OffsetDateTime) -> String {
    format!(
        "{} {:02}:{:02}",
        t.date(),
        t.time().hour(),
        t.time().minute()
    )
}

fn summary_json(p: &PlanSummary) -> serde_json::Value {
    json!({
        "name": p.name,
        "moves": p.moves,
        "redo": p.redo,
        "created_by": p.created_by,
        "created_at": p.created_at.unix_timestamp(),
        "applied": p.applied_at.is_some(),
        "applied_at": p.applied_at.map(|t| t.unix_timestamp()),
    })
}

fn list(dir: &Path, json: bool, lang: Lang) -> Result<ExitCode> {
    let store = super::open_reading(dir)?;
    let plans = store.plans().map_err(Failure::from)?;
    if json {
        print_json(&serde_json::Value::Array(
            plans.iter().map(summary_json).collect(),
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = crate::cli::terminal::stdout();
    if plans.is_empty() {
        writeln!(out, "{}", lang.text("cli-no-plans"))?;
    }
    for p in &plans {
        let redo = if p.redo > 0 {
            tr!(lang, "cli-plan-list-undone", count = p.redo).into_owned()
        } else {
            String::new()
        };
        let applied = p
            .applied_at
            .map(|t| tr!(lang, "cli-plan-list-applied", date = t.date().to_string()).into_owned())
            .unwrap_or_default();
        let line = tr!(
            lang,
            "cli-plan-list-line",
            name = visible(&p.name),
            moves = p.moves,
            redo = redo,
            by = visible(&p.created_by),
            on = p.created_at.date().to_string(),
            applied = applied
        );
        writeln!(out, "{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn show(dir: &Path, name: &str, as_json: bool, lang: Lang) -> Result<ExitCode> {
    let store = super::open_reading(dir)?;
    let plan = require_plan(&store, name, lang)?;
    let org = store.load().map_err(Failure::from)?;
    // After apply the baseline holds the moves, so conflicts no longer mean anything.
    let found = if plan.applied_at.is_some() {
        Vec::new()
    } else {
        conflicts(&org, &plan)
    };
    if as_json {
        show_json(&org, &plan, &found, lang)
    } else {
        show_text(&org, &plan, &found, lang)
    }
}

/// `plan show --json`: the plan, its moves with their reviews and conflicts, and the tally.
fn show_json(org: &Organization, plan: &Plan, found: &[Conflict], lang: Lang) -> Result<ExitCode> {
    let conflict_of = |i: usize| found.iter().find(|c| c.index == i);
    let moves: Vec<serde_json::Value> = plan
        .moves
        .iter()
        .enumerate()
        .map(|(i, m)| {
            json!({
                "no": i + 1,
                "nip": m.nip.as_str(),
                "name": org.employee_ix(&m.nip).map(|e| org.employee(e).name.clone()),
                "from": m.from,
                "to": m.to,
                "reason": m.reason,
                "author": m.author,
                "at": m.at.unix_timestamp(),
                "decision": m.review.as_ref().map(|r| r.decision.code()),
                "remark": m.review.as_ref().and_then(|r| r.remark.clone()),
                "conflict": conflict_of(i).map(|c| conflict_reason(c, lang)),
            })
        })
        .collect();
    let t = plan.tally();
    print_json(&json!({
        "name": plan.name,
        "created_by": plan.created_by,
        "created_at": plan.created_at.unix_timestamp(),
        "applied_at": plan.applied_at.map(|t| t.unix_timestamp()),
        "moves": moves,
        "redo": plan.redo.len(),
        "tally": {"setuju": t.setuju, "tunda": t.tunda, "tolak": t.tolak, "undecided": t.undecided},
    }))?;
    Ok(ExitCode::SUCCESS)
}

/// `plan show`: the plan's head, each move with its author, review and conflict, the tally.
fn show_text(org: &Organization, plan: &Plan, found: &[Conflict], lang: Lang) -> Result<ExitCode> {
    let conflict_of = |i: usize| found.iter().find(|c| c.index == i);
    let mut out = crate::cli::terminal::stdout();
    let head = tr!(
        lang,
        "cli-plan-head",
        name = visible(&plan.name),
        by = visible(&plan.created_by),
        at = time_text(plan.created_at)
    );
    writeln!(out, "{head}")?;
    if let Some(t) = plan.applied_at {
        writeln!(
            out,
            "{}",
            tr!(lang, "cli-plan-applied-on", at = time_text(t))
        )?;
    }
    if plan.moves.is_empty() {
        writeln!(
            out,
            "{}",
            tr!(lang, "cli-no-moves-yet", plan = visible(&plan.name))
        )?;
    }
    for (i, m) in plan.moves.iter().enumerate() {
        writeln!(out, "{}", move_line(org, i, m, lang))?;
        // A line break in a reason or a remark is shown escaped: it cannot forge a line.
        let (author, at) = (visible(&m.author), time_text(m.at));
        let about = match m.reason.as_deref().map(visible) {
            None => tr!(lang, "cli-move-by", author = author, at = at),
            Some(r) => tr!(
                lang,
                "cli-move-by-reason",
                author = author,
                at = at,
                reason = r
            ),
        };
        writeln!(out, "     {about}")?;
        if let Some(r) = &m.review {
            let remark = r
                .remark
                .as_deref()
                .map(|x| format!(" ({})", visible(x)))
                .unwrap_or_default();
            let code = r.decision.code();
            let line = tr!(lang, "cli-move-decision", code = code, remark = remark);
            writeln!(out, "     {line}")?;
        }
        if let Some(c) = conflict_of(i) {
            let line = tr!(lang, "cli-move-conflict", reason = conflict_reason(c, lang));
            writeln!(out, "     {line}")?;
        }
    }
    let t = plan.tally();
    if plan.is_reviewed() {
        let line = tr!(
            lang,
            "cli-tally",
            setuju = t.setuju,
            tunda = t.tunda,
            tolak = t.tolak,
            undecided = t.undecided
        );
        writeln!(out, "{line}")?;
    }
    if !plan.redo.is_empty() {
        let line = tr!(
            lang,
            "cli-undone-can-return",
            count = plan.redo.len(),
            plan = visible(&plan.name)
        );
        writeln!(out, "{line}")?;
    }
    if !found.is_empty() {
        writeln!(
            out,
            "{}",
            tr!(lang, "cli-moves-conflict", count = found.len())
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A conflict's reason without the move number.
pub(crate) fn conflict_reason(c: &Conflict, lang: Lang) -> String {
    let text = lang.say(&c.msg());
    match text.split_once("): ") {
        Some((_, reason)) => reason.to_string(),
        None => text,
    }
}

/// One move on one line: `  3. 19850312 201001 2 003 Name: from -> to` (numbered from 1).
pub(crate) fn move_line(org: &Organization, index: usize, m: &Move, lang: Lang) -> String {
    format!(
        "{:>3}. {} {}: {} -> {}",
        index + 1,
        m.nip.grouped(),
        person_text(org, m),
        seat_text(org, m.from.as_deref(), lang),
        seat_text(org, m.to.as_deref(), lang)
    )
}
