//! `penata move NIP POSITION_ID|- --plan NAME [--reason TEXT]`, `penata undo --plan NAME`,
//! `penata redo --plan NAME`: one change to a plan each, acknowledged only once durable.

use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::Failure;
use super::plan::{open_store, os_user, person_text, require_plan, seat_text};
use crate::domain::Nip;
use crate::domain::plan_ops::{new_move, plan_view};
use crate::lang::{Lang, tr};
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
pub fn run_move(dir: &Path, args: MoveArgs, lang: Lang) -> Result<ExitCode> {
    let nip = Nip::parse(&args.nip)
        .map_err(|e| Failure::Input(format!("NIP {}: {}", args.nip, lang.say(&e.msg()))))?;
    let to = (args.position != "-").then_some(args.position.as_str());
    if let Some(reason) = &args.reason {
        let max = crate::domain::limits::MAX_LINE_CHARS;
        crate::domain::limits::check_len("--reason", reason, max)
            .map_err(|m| Failure::Input(lang.say(&m)))?;
    }
    let store = open_store(dir, lang)?;
    let plan = require_plan(&store, &args.plan, lang)?;
    if let Some(t) = plan.applied_at {
        let date = t.date().to_string();
        let text = tr!(
            lang,
            "cli-plan-applied-already",
            plan = plan.name.as_str(),
            date = date
        );
        return Err(Failure::said(text).into());
    }
    let baseline = store.load().map_err(Failure::from)?;
    let view = plan_view(&baseline, &plan);
    let m = new_move(&view, &nip, to, args.reason, os_user(), crate::env::now())
        .map_err(|e| Failure::Input(lang.say(&e.msg())))?;
    store
        .change_plan(&PlanChange::Move {
            plan: plan.name.clone(),
            mv: m.clone(),
        })
        .map_err(Failure::from)?;
    let moved = tr!(
        lang,
        "cli-moved",
        who = person_text(&view, &m),
        from = seat_text(&view, m.from.as_deref(), lang),
        to = seat_text(&view, m.to.as_deref(), lang),
        plan = plan.name.as_str()
    );
    outln!("{moved}");
    Ok(ExitCode::SUCCESS)
}

/// Undoes (`redo == false`) or redoes the plan's last move.
pub fn run_history(dir: &Path, args: PlanArg, redo: bool, lang: Lang) -> Result<ExitCode> {
    let store = open_store(dir, lang)?;
    let change = if redo {
        PlanChange::Redo {
            plan: args.plan.clone(),
        }
    } else {
        PlanChange::Undo {
            plan: args.plan.clone(),
        }
    };
    require_plan(&store, &args.plan, lang)?;
    let plan = args.plan.as_str();
    let Some(m) = store.change_plan(&change).map_err(Failure::from)? else {
        let text = if redo {
            tr!(lang, "cli-nothing-to-redo", plan = plan)
        } else {
            tr!(lang, "cli-nothing-to-undo", plan = plan)
        };
        return Err(Failure::said(text).into());
    };
    let org = store.load().map_err(Failure::from)?;
    let who = person_text(&org, &m);
    let from = seat_text(&org, m.from.as_deref(), lang);
    let to = seat_text(&org, m.to.as_deref(), lang);
    let done = if redo {
        tr!(
            lang,
            "cli-redid",
            who = who,
            from = from,
            to = to,
            plan = plan
        )
    } else {
        tr!(
            lang,
            "cli-undid",
            who = who,
            from = from,
            to = to,
            plan = plan
        )
    };
    outln!("{done}");
    Ok(ExitCode::SUCCESS)
}
