//! `penata plan apply NAME [--yes] [--skip-conflicts]`: writes a plan's moves into the
//! baseline. Conflicting moves are listed and never dropped silently: without
//! `--skip-conflicts` nothing is applied and the exit status is 1.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use super::plan::{confirm, open_store, person_text, require_plan};
use crate::domain::plan_ops::prepare_apply;
use crate::lang::{Lang, tr};
use crate::store::{OrgStore, PlanChange};

/// Arguments of `penata plan apply`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The plan's name
    pub name: String,
    /// Do not ask for confirmation
    #[arg(long)]
    pub yes: bool,
    /// Apply the moves without conflicts and leave the conflicting ones out
    #[arg(long)]
    pub skip_conflicts: bool,
}

/// Applies the plan; prints what was applied.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let store = open_store(dir, lang)?;
    let plan = require_plan(&store, &args.name, lang)?;
    let name = plan.name.as_str();
    if let Some(t) = plan.applied_at {
        let date = t.date().to_string();
        return Err(
            Failure::said(tr!(lang, "cli-already-applied", plan = name, date = date)).into(),
        );
    }
    let org = store.load().map_err(Failure::from)?;
    let app = prepare_apply(&org, &plan);
    let mut err = crate::cli::terminal::stderr();
    if !app.conflicts.is_empty() {
        let count = app.conflicts.len();
        writeln!(
            err,
            "{}",
            tr!(lang, "cli-apply-conflicts", count = count, plan = name)
        )?;
        for c in &app.conflicts {
            let name = person_text(&org, &plan.moves[c.index]);
            writeln!(err, "  {} [{name}]", lang.say(&c.msg()))?;
        }
        if !args.skip_conflicts {
            writeln!(err, "penata: {}", lang.text("cli-nothing-applied-resolve"))?;
            return Ok(ExitCode::from(1));
        }
    }
    if !app.not_approved.is_empty() {
        let count = app.not_approved.len();
        writeln!(
            err,
            "{}",
            tr!(lang, "cli-not-approved-stay-out", count = count)
        )?;
    }
    drop(err);
    if app.applied.is_empty() {
        return Err(Failure::said(tr!(lang, "cli-nothing-to-apply", plan = name)).into());
    }
    let (moves, seats) = (app.applied.len(), app.seats.len());
    let question = tr!(
        lang,
        "cli-apply-question",
        moves = moves,
        plan = name,
        seats = seats
    );
    if !confirm(&question, args.yes, lang)? {
        errln!("penata: {}", lang.text("cli-nothing-applied"));
        return Ok(ExitCode::from(1));
    }
    store
        .change_plan(&PlanChange::Apply {
            plan: plan.name.clone(),
            application: app.clone(),
            at: crate::env::now(),
        })
        .map_err(Failure::from)?;
    let mut out = crate::cli::terminal::stdout();
    let done = tr!(
        lang,
        "cli-applied",
        plan = name,
        moves = moves,
        seats = seats
    );
    writeln!(out, "{done}")?;
    for &i in &app.applied {
        writeln!(
            out,
            "{}",
            super::plan::move_line(&org, i, &plan.moves[i], lang)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
