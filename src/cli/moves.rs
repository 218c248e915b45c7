//! `penata move NIP POSITION_ID|- --plan NAME [--reason TEXT]`, `penata undo --plan NAME`,
//! `penata redo --plan NAME`: one change to a plan each, acknowledged only once durable.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use super::plan::{open_store, os_user, person_text, require_plan, seat_text};
use super::text;
use crate::domain::Nip;
use crate::domain::plan_ops::{new_move, plan_view};
use crate::store::{OrgStore, PlanChange};

/// Arguments of `penata move`.
#[derive(Debug, clap::Args)]
pub struct MoveArgs {
    /// The employee's NIP (18 digits)
    pub nip: String,
    /// The target position's id, or `-` to unplace (belum ditempatkan)
    #[arg(allow_hyphen_values = true)]
    pub position: String,
    /// The plan to record the move in
    #[arg(long, value_name = "NAME")]
    pub plan: String,
    /// A one-line reason, shown in the comparison and the minutes
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

/// Arguments of `penata undo` and `penata redo`.
#[derive(Debug, clap::Args)]
pub struct PlanArg {
    /// The plan
    #[arg(long, value_name = "NAME")]
    pub plan: String,
}

/// Makes the move against the plan's view; prints one line once it is on disk.
pub fn run_move(dir: &Path, args: MoveArgs) -> Result<ExitCode> {
    let nip = Nip::parse(&args.nip).map_err(|e| Failure::Input(text::bad_nip(&args.nip, e)))?;
    let to = (args.position != "-").then_some(args.position.as_str());
    let store = open_store(dir)?;
    let plan = require_plan(&store, &args.plan)?;
    if let Some(t) = plan.applied_at {
        return Err(Failure::Input(text::plan_applied_already(&plan.name, t.date())).into());
    }
    let baseline = store.load().map_err(Failure::from)?;
    let view = plan_view(&baseline, &plan);
    let m = new_move(&view, &nip, to, args.reason, os_user(), crate::env::now())
        .map_err(|e| Failure::Input(e.to_string()))?;
    store
        .change_plan(&PlanChange::Move {
            plan: plan.name.clone(),
            mv: m.clone(),
        })
        .map_err(Failure::from)?;
    println!(
        "{}",
        text::moved(
            &person_text(&view, &m),
            &seat_text(&view, m.from.as_deref()),
            &seat_text(&view, m.to.as_deref()),
            &plan.name
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Undoes (`redo == false`) or redoes the plan's last move.
pub fn run_history(dir: &Path, args: PlanArg, redo: bool) -> Result<ExitCode> {
    let store = open_store(dir)?;
    let change = if redo {
        PlanChange::Redo {
            plan: args.plan.clone(),
        }
    } else {
        PlanChange::Undo {
            plan: args.plan.clone(),
        }
    };
    require_plan(&store, &args.plan)?;
    let Some(m) = store.change_plan(&change).map_err(Failure::from)? else {
        return Err(Failure::Input(text::nothing_to(redo, &args.plan)).into());
    };
    let org = store.load().map_err(Failure::from)?;
    println!(
        "{}",
        text::undone(
            redo,
            &person_text(&org, &m),
            &seat_text(&org, m.from.as_deref()),
            &seat_text(&org, m.to.as_deref()),
            &args.plan
        )
    );
    Ok(ExitCode::SUCCESS)
}
