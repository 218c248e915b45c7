//! `penata plan new|list|show|rename|duplicate|delete|apply|diff|export`: reorganization
//! plans from the command line, through the same store calls as the app.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;
use serde_json::json;
use time::OffsetDateTime;

use super::text;
use super::{Failure, open_with_demo, plan_apply, plan_diff, plan_export, print_json};
use crate::domain::Organization;
use crate::domain::plan::{Move, Plan};
use crate::domain::plan_ops::{Conflict, conflicts};
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
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    match args.command {
        PlanCommand::New { name } => {
            let store = open_store(dir)?;
            store
                .change_plan(&PlanChange::Create {
                    name: name.clone(),
                    by: os_user(),
                    at: crate::env::now(),
                })
                .map_err(Failure::from)?;
            println!("{}", text::plan_created(&name));
            Ok(ExitCode::SUCCESS)
        }
        PlanCommand::List { json } => list(dir, json),
        PlanCommand::Show { name, json } => show(dir, &name, json),
        PlanCommand::Rename { old, new } => {
            let store = open_store(dir)?;
            store
                .change_plan(&PlanChange::Rename {
                    from: old.clone(),
                    to: new.clone(),
                })
                .map_err(Failure::from)?;
            println!("{}", text::plan_renamed(&old, &new));
            Ok(ExitCode::SUCCESS)
        }
        PlanCommand::Duplicate { name, new } => {
            let store = open_store(dir)?;
            store
                .change_plan(&PlanChange::Duplicate {
                    from: name.clone(),
                    to: new.clone(),
                    by: os_user(),
                    at: crate::env::now(),
                })
                .map_err(Failure::from)?;
            println!("{}", text::plan_copied(&name, &new));
            Ok(ExitCode::SUCCESS)
        }
        PlanCommand::Delete { name, yes } => {
            let store = open_store(dir)?;
            let plan = require_plan(&store, &name)?;
            let question = text::delete_plan_question(&name, plan.moves.len());
            if !confirm(&question, yes)? {
                eprintln!("penata: {}", text::NOTHING_DELETED());
                return Ok(ExitCode::from(1));
            }
            store
                .change_plan(&PlanChange::Delete { name: name.clone() })
                .map_err(Failure::from)?;
            println!("{}", text::plan_deleted(&name));
            Ok(ExitCode::SUCCESS)
        }
        PlanCommand::Apply(a) => plan_apply::run(dir, a),
        PlanCommand::Diff(a) => plan_diff::run(dir, a),
        PlanCommand::Export(a) => plan_export::run(dir, a),
    }
}

/// Opens the store (loading the demo on first start), printing the first-start notice.
pub(crate) fn open_store(dir: &Path) -> Result<SledStore, Failure> {
    let (store, notice) = open_with_demo(dir)?;
    if let Some(n) = notice {
        eprintln!("penata: {n}");
    }
    Ok(store)
}

/// The OS user, recorded as the author of plans, moves and decisions.
pub(crate) fn os_user() -> String {
    crate::env::os_user()
}

/// Loads a plan or fails with a message that says how to find or create one.
pub(crate) fn require_plan(store: &dyn OrgStore, name: &str) -> Result<Plan, Failure> {
    store
        .plan(name)?
        .ok_or_else(|| Failure::Input(text::no_plan(name)))
}

/// Asks a yes/no question on a terminal; without one, `--yes` is required.
pub(crate) fn confirm(question: &str, yes: bool) -> Result<bool, Failure> {
    use std::io::IsTerminal;
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        return Err(Failure::Input(text::needs_confirmation(question)));
    }
    eprint!("{question} {} ", text::YES_NO());
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    std::io::stdin()
        .read_line(&mut answer)
        .map_err(|e| Failure::Input(text::cannot_read_answer(e)))?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "ya"))
}

/// A seat for messages: `Kepala Seksi X (id)`, or `belum ditempatkan`.
pub(crate) fn seat_text(org: &Organization, seat: Option<&str>) -> String {
    match seat {
        None => text::NOT_PLACED().into(),
        Some(id) => match org.position_ix(id) {
            Some(p) => format!("{} ({id})", org.position(p).title),
            None => id.to_string(),
        },
    }
}

/// The person's name in the organization, or the grouped NIP if they are gone.
pub(crate) fn person_text(org: &Organization, m: &Move) -> String {
    org.employee_ix(&m.nip)
        .map(|e| org.employee(e).name.clone())
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

fn list(dir: &Path, json: bool) -> Result<ExitCode> {
    let store = open_store(dir)?;
    let plans = store.plans().map_err(Failure::from)?;
    if json {
        print_json(&serde_json::Value::Array(
            plans.iter().map(summary_json).collect(),
        ))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    if plans.is_empty() {
        writeln!(out, "{}", text::NO_PLANS())?;
    }
    for p in &plans {
        let line = text::plan_list_line(
            &p.name,
            p.moves,
            p.redo,
            &p.created_by,
            p.created_at.date(),
            p.applied_at.map(|t| t.date().to_string()),
        );
        writeln!(out, "{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn show(dir: &Path, name: &str, as_json: bool) -> Result<ExitCode> {
    let store = open_store(dir)?;
    let plan = require_plan(&store, name)?;
    let org = store.load().map_err(Failure::from)?;
    // After apply the baseline holds the moves, so conflicts no longer mean anything.
    let found = if plan.applied_at.is_some() {
        Vec::new()
    } else {
        conflicts(&org, &plan)
    };
    let conflict_of = |i: usize| found.iter().find(|c| c.index == i);
    if as_json {
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
                    "conflict": conflict_of(i).map(conflict_reason),
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
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = std::io::stdout().lock();
    let head = text::plan_head(&plan.name, &plan.created_by, &time_text(plan.created_at));
    writeln!(out, "{head}")?;
    if let Some(t) = plan.applied_at {
        writeln!(out, "{}", text::plan_applied_on(&time_text(t)))?;
    }
    if plan.moves.is_empty() {
        writeln!(out, "{}", text::no_moves_yet(&plan.name))?;
    }
    for (i, m) in plan.moves.iter().enumerate() {
        writeln!(out, "{}", move_line(&org, i, m))?;
        let about = text::move_by(&m.author, &time_text(m.at), m.reason.as_deref());
        writeln!(out, "{about}")?;
        if let Some(r) = &m.review {
            let remark = r
                .remark
                .as_deref()
                .map(|x| format!(" ({x})"))
                .unwrap_or_default();
            writeln!(out, "{}", text::move_decision(r.decision.code(), &remark))?;
        }
        if let Some(c) = conflict_of(i) {
            writeln!(out, "{}", text::move_conflict(&conflict_reason(c)))?;
        }
    }
    let t = plan.tally();
    if plan.is_reviewed() {
        let line = text::tally(t.setuju, t.tunda, t.tolak, t.undecided);
        writeln!(out, "{line}")?;
    }
    if !plan.redo.is_empty() {
        let line = text::undone_can_return(plan.redo.len(), &plan.name);
        writeln!(out, "{line}")?;
    }
    if !found.is_empty() {
        writeln!(out, "{}", text::moves_conflict(found.len()))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A conflict's reason without the move number.
pub(crate) fn conflict_reason(c: &Conflict) -> String {
    let text = c.to_string();
    match text.split_once("): ") {
        Some((_, reason)) => reason.to_string(),
        None => text,
    }
}

/// One move on one line: `  3. 19850312 201001 2 003 Name: from -> to` (numbered from 1).
pub(crate) fn move_line(org: &Organization, index: usize, m: &Move) -> String {
    format!(
        "{:>3}. {} {}: {} -> {}",
        index + 1,
        m.nip.grouped(),
        person_text(org, m),
        seat_text(org, m.from.as_deref()),
        seat_text(org, m.to.as_deref())
    )
}
