//! `penata plan apply NAME [--yes] [--skip-conflicts]`: writes a plan's moves into the
//! baseline. Conflicting moves are listed and never dropped silently: without
//! `--skip-conflicts` nothing is applied and the exit status is 1.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::plan::{confirm, open_store, person_text, require_plan};
use super::{Failure, text};
use crate::domain::plan_ops::prepare_apply;
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
pub fn run(dir: &Path, args: Args) -> Result<ExitCode> {
    let store = open_store(dir)?;
    let plan = require_plan(&store, &args.name)?;
    if let Some(t) = plan.applied_at {
        return Err(Failure::Input(text::already_applied(&plan.name, t.date())).into());
    }
    let org = store.load().map_err(Failure::from)?;
    let app = prepare_apply(&org, &plan);
    let mut err = std::io::stderr().lock();
    if !app.conflicts.is_empty() {
        writeln!(
            err,
            "{}",
            text::apply_conflicts(app.conflicts.len(), &plan.name)
        )?;
        for c in &app.conflicts {
            let name = person_text(&org, &plan.moves[c.index]);
            writeln!(err, "  {c} [{name}]")?;
        }
        if !args.skip_conflicts {
            writeln!(err, "penata: {}", text::NOTHING_APPLIED_RESOLVE())?;
            return Ok(ExitCode::from(1));
        }
    }
    if !app.not_approved.is_empty() {
        writeln!(
            err,
            "{}",
            text::not_approved_stay_out(app.not_approved.len())
        )?;
    }
    drop(err);
    if app.applied.is_empty() {
        return Err(Failure::Input(text::nothing_to_apply(&plan.name)).into());
    }
    let question = text::apply_question(app.applied.len(), &plan.name, app.seats.len());
    if !confirm(&question, args.yes)? {
        eprintln!("penata: {}", text::NOTHING_APPLIED());
        return Ok(ExitCode::from(1));
    }
    store
        .change_plan(&PlanChange::Apply {
            plan: plan.name.clone(),
            application: app.clone(),
            at: crate::env::now(),
        })
        .map_err(Failure::from)?;
    let mut out = std::io::stdout().lock();
    let done = text::applied(&plan.name, app.applied.len(), app.seats.len());
    writeln!(out, "{done}")?;
    for &i in &app.applied {
        writeln!(out, "{}", super::plan::move_line(&org, i, &plan.moves[i]))?;
    }
    Ok(ExitCode::SUCCESS)
}
