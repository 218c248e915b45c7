//! `penata tree [--depth N] [--ids]`: the unit tree with filled/formation per unit.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use super::load;
use crate::domain::{Headcount, Organization, UnitIx};
use crate::lang::Lang;
use crate::lang::safe::visible;

/// Arguments of `penata tree`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Show only the top N levels of units (1 = roots only)
    #[arg(long, value_name = "N")]
    pub depth: Option<usize>,
    /// Also print each unit's id (what UNIT_ID arguments take)
    #[arg(long)]
    pub ids: bool,
}

/// Prints the tree.
pub fn run(dir: &Path, args: Args, lang: Lang) -> Result<ExitCode> {
    let org = load(dir, lang)?;
    let mut out = crate::cli::terminal::stdout();
    print(&org, args.depth, args.ids, lang, &mut out)?;
    Ok(ExitCode::SUCCESS)
}

/// `7/9 -2` under formation, `9/8 +1` over, plain when it matches.
pub(crate) fn headcount_label(h: Headcount) -> String {
    if h.filled < h.formation {
        format!("{}/{} -{}", h.filled, h.formation, h.vacancies())
    } else if h.filled > h.formation {
        format!("{}/{} +{}", h.filled, h.formation, h.over())
    } else {
        format!("{}/{}", h.filled, h.formation)
    }
}

/// Writes the tree; units in file order, subtree headcounts.
pub(crate) fn print(
    org: &Organization,
    depth: Option<usize>,
    ids: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let counts = org.unit_headcounts();
    writeln!(out, "{}", visible(org.name()))?;
    let mut stack: Vec<(UnitIx, usize)> = org.roots().iter().rev().map(|&u| (u, 1)).collect();
    while let Some((u, level)) = stack.pop() {
        let unit = org.unit(u);
        let id = if ids {
            format!(" [{}]", visible(&unit.id))
        } else {
            String::new()
        };
        writeln!(
            out,
            "{}{}{id}  {}",
            // A tree stored before depth was capped still prints in bounded width.
            "  ".repeat(level.min(crate::domain::validate::MAX_UNIT_DEPTH)),
            visible(&unit.name),
            headcount_label(counts[u as usize])
        )?;
        if depth.is_none_or(|d| level < d) {
            stack.extend(org.children(u).iter().rev().map(|&c| (c, level + 1)));
        }
    }
    let unplaced = lang.text("cli-unplaced");
    writeln!(
        out,
        "  {unplaced}  {}",
        lang.count(org.unplaced().len() as u64)
    )?;
    Ok(())
}
