//! The command line: argument definitions (clap) and one file per subcommand. Text by
//! default, `--json` for scripts; errors on stderr; exit 0 success, 1 bad input or not
//! found, 2 usage.

mod candidates;
mod check;
mod config;
mod decide;
mod export;
mod feedback;
mod gaps;
mod generate;
pub mod help;
mod import;
mod log;
mod moves;
mod ninebox;
mod note;
mod output;
mod plan;
mod plan_apply;
mod plan_diff;
mod plan_export;
mod plan_xlsx;
mod retirements;
mod search;
mod shell;
mod show;
mod talent;
pub mod text;
mod tree;
mod workload;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand};
use color_eyre::eyre::Result;

use crate::domain::{DefaultStandards, FitProfile, Organization};
use crate::store::StoreError;
use crate::store::demo::ensure_demo;
use crate::store::sled_store::{SledStore, resolve_data_dir};

/// penata: plan the reorganization of civil servants (penataan jabatan) in the terminal.
///
/// Without a subcommand, opens the full-screen app on the database (the built-in demo
/// organization on first start).
#[derive(Debug, Parser)]
#[command(name = "penata", version = shell::version(), about, long_about)]
pub struct Cli {
    /// Database directory [default: $PENATA_DB, else the platform data directory]
    #[arg(long, global = true, value_name = "DIR")]
    pub db: Option<PathBuf>,

    /// Never use colour (also when the NO_COLOR environment variable is set)
    #[arg(long, global = true)]
    pub no_color: bool,

    /// Settings file [default: $PENATA_CONFIG, else the platform config directory]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Language: id or en [default: the settings file, else the locale (id_* means id)]
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<crate::settings::Lang>,

    /// Open the app for presenting: every change is refused
    #[arg(long)]
    pub read_only: bool,

    /// Open the app with NIPs, birth dates and notes masked on screen (key N toggles)
    #[arg(long)]
    pub mask: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import an organization (penata/v1 JSON) or a spreadsheet of employees (CSV or .xlsx)
    Import(import::Args),
    /// Export the organization as penata/v1 JSON, or the employee list as CSV or .xlsx
    Export(export::Args),
    /// Find staff by name (fuzzy, titles and old spellings ignored) or by NIP
    Search(search::Args),
    /// Show one employee's whole record with seat, unit path and fit
    Show(show::Args),
    /// Print the unit tree with filled/formation per unit
    Tree(tree::Args),
    /// Reorganization plans: new, list, show, rename, duplicate, delete, apply, diff, export
    Plan(plan::Args),
    /// Move a person to a position (or `-` to unplace) in a plan
    Move(moves::MoveArgs),
    /// Take back the last move of a plan
    Undo(moves::PlanArg),
    /// Bring back the last undone move of a plan
    Redo(moves::PlanArg),
    /// Record a review decision (setuju, tunda, tolak) on a move of a plan
    Decide(decide::Args),
    /// Show the audit log of every change, or verify its hash chain
    Log(log::Args),
    /// Verify the database's invariants; exit 1 with the findings
    Check(check::Args),
    /// Rank everyone for a seat by fit there (JPM), then performance, then potential
    Candidates(candidates::Args),
    /// Count people per talent 9-box (performance x potential) in a unit subtree
    Ninebox(ninebox::Args),
    /// Competency gaps against each seat's standard, and the training needs they add up to
    Gaps(gaps::Args),
    /// Add a dated note on an employee (author: the OS user), optionally setting readiness
    Note(note::Args),
    /// Record what the public said about a unit's service, or list it (no text)
    Feedback(feedback::Args),
    /// Headcount the workload needs (ABK) and effectiveness grade beside the formation
    Workload(workload::Args),
    /// Seats falling vacant as holders reach retirement age (BUP), per unit within 1, 2, 5 years
    Retirements(retirements::Args),
    /// Write a synthetic province-scale organization (penata/v1) for benchmarks
    Generate(generate::Args),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions(shell::CompletionArgs),
    /// Print the manual page (roff), or write all pages into a directory
    Man(shell::ManArgs),
    /// The settings file: path, show (with where each value comes from), init, keys
    Config(config::Args),
}

/// A failure the user can fix: printed plainly on stderr, exit status 1.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The settings the CLI computes with, from the settings file (see [`Settings::current`]).
#[derive(Default, Clone)]
pub(crate) struct Settings {
    pub standards: DefaultStandards,
    pub profile: FitProfile,
    pub retirement: crate::domain::retirement::RetirementAges,
    /// Whether exports mask NIPs unless told otherwise (`mask_nip` in the settings file).
    #[allow(dead_code)] // read by the export commands that offer `--mask-nip`
    pub mask_nip: bool,
}

/// The settings read at start; one per process, read once.
static CURRENT: std::sync::OnceLock<Settings> = std::sync::OnceLock::new();

impl Settings {
    /// What the settings file says (the defaults before it is read, e.g. in unit tests).
    pub(crate) fn current() -> Settings {
        CURRENT.get().cloned().unwrap_or_default()
    }

    fn from_file(f: &crate::settings::Settings) -> Settings {
        Settings {
            standards: f.standards.clone(),
            profile: f.profile,
            retirement: f.retirement,
            mask_nip: f.mask_nip,
        }
    }
}

/// Parses the command line in the planner's language: the language is set first (`--lang`,
/// the settings file, the locale), so help, usage and parse errors already speak it. Prints
/// help or a usage error and exits the process when that is what the arguments ask for.
pub fn parse<I, T>(args: I) -> Cli
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString>,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    crate::lang::set_lang(config::early_language(&args));
    let mut cmd = help::command();
    let matches = cmd
        .try_get_matches_from_mut(&args)
        .unwrap_or_else(|e| help::exit_on(e));
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| help::exit_on(e.format(&mut cmd)))
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match dispatch(cli) {
        Ok(code) => Ok(code),
        // A reader that stops early (`penata search x | head`) is not an error.
        Err(e) if is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        Err(e) => match e.downcast::<Failure>() {
            Ok(failure) => {
                eprintln!("penata: {failure}");
                Ok(ExitCode::from(1))
            }
            Err(other) => Err(other),
        },
    }
}

fn is_broken_pipe(e: &color_eyre::eyre::Report) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    // These describe the program, not the data: no database is needed.
    match cli.command {
        Some(Command::Completions(args)) => return shell::completions(args),
        Some(Command::Man(args)) => return shell::man(args),
        _ => {}
    }
    if let Some(Command::Config(args)) = &cli.command {
        return config::run(&cli, args);
    }
    let loaded = config::load(cli.config.clone())?;
    let _ = CURRENT.set(Settings::from_file(&loaded.file));
    let db = config::db_flag(cli.db.clone(), &loaded.file);
    let dir = resolve_data_dir(db).map_err(Failure::from)?;
    let no_color = cli.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let start = AppStart {
        loaded,
        no_color,
        lang: cli.lang,
        presenting: crate::tui::Presenting {
            read_only: cli.read_only,
            masked: cli.mask,
        },
    };
    match cli.command {
        Some(Command::Import(args)) => import::run(&dir, args),
        Some(Command::Export(args)) => export::run(&dir, args),
        Some(Command::Search(args)) => search::run(&dir, args),
        Some(Command::Show(args)) => show::run(&dir, args),
        Some(Command::Tree(args)) => tree::run(&dir, args),
        Some(Command::Plan(args)) => plan::run(&dir, args),
        Some(Command::Move(args)) => moves::run_move(&dir, args),
        Some(Command::Undo(args)) => moves::run_history(&dir, args, false),
        Some(Command::Redo(args)) => moves::run_history(&dir, args, true),
        Some(Command::Decide(args)) => decide::run(&dir, args),
        Some(Command::Log(args)) => log::run(&dir, args),
        Some(Command::Check(args)) => check::run(&dir, args),
        Some(Command::Candidates(args)) => candidates::run(&dir, args),
        Some(Command::Ninebox(args)) => ninebox::run(&dir, args),
        Some(Command::Gaps(args)) => gaps::run(&dir, args),
        Some(Command::Note(args)) => note::run(&dir, args),
        Some(Command::Feedback(args)) => feedback::run(&dir, args),
        Some(Command::Workload(args)) => workload::run(&dir, args),
        Some(Command::Retirements(args)) => retirements::run(&dir, args),
        Some(Command::Generate(args)) => generate::run(&dir, args),
        // Answered above, before the database is looked for.
        Some(Command::Completions(_) | Command::Man(_) | Command::Config(_)) => {
            Ok(ExitCode::SUCCESS)
        }
        None => open_app(&dir, start),
    }
}

/// Opens the store, loading the demo on first start (the notice goes to stderr).
pub(crate) fn open_with_demo(
    dir: &std::path::Path,
) -> Result<(SledStore, Option<String>), Failure> {
    let store = SledStore::open(dir)?;
    let notice = ensure_demo(&store, dir)?.map(|n| crate::lang::lang().say(&n));
    Ok((store, notice))
}

/// Opens the store and loads the organization, for the read-only commands.
pub(crate) fn load(dir: &std::path::Path) -> Result<Organization, Failure> {
    let opened = crate::store::startup::open(dir)?;
    if let Some(n) = opened.demo_notice {
        eprintln!("penata: {}", crate::lang::lang().say(&n));
    }
    Ok(opened.org)
}

/// What the app starts with besides the database: settings, flags.
struct AppStart {
    loaded: config::Loaded,
    no_color: bool,
    lang: Option<crate::settings::Lang>,
    presenting: crate::tui::Presenting,
}

/// The app's options from the settings file and the flags.
fn app_options(
    start: &AppStart,
    keys: crate::input::KeyMap,
    lang: crate::settings::Lang,
    notice: Option<String>,
) -> crate::tui::AppOptions {
    let file = &start.loaded.file;
    crate::tui::AppOptions {
        no_color: start.no_color,
        notice,
        profile: file.profile,
        standards: file.standards.clone(),
        configured: crate::tui::Configured {
            theme: file.theme,
            lang,
            keys,
            retirement: file.retirement,
        },
        presenting: start.presenting,
        ..Default::default()
    }
}

fn open_app(dir: &std::path::Path, start: AppStart) -> Result<ExitCode> {
    // Checked before anything else: a bad key override stops penata with its line.
    let keys = config::keymap(&start.loaded)?;
    let file = &start.loaded.file;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        let org = if start.presenting.read_only {
            open_for_presenting(dir)?
                .load_without_writing()
                .map_err(Failure::from)?
                .0
        } else {
            load(dir)?
        };
        eprintln!("penata: {}", text::NOT_A_TERMINAL());
        tree::print(
            &org,
            None,
            false,
            &Settings::current(),
            &mut std::io::stdout().lock(),
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    if !start.presenting.read_only
        && let Some(p) = crate::store::startup::preview(dir)
    {
        // A large organization: its first frame comes from the snapshot's units alone,
        // while the employees are read (see docs/architecture.md, "The startup path").
        let lang = config::language(start.lang, file).0;
        crate::lang::set_lang(lang);
        let preview = crate::app::preview::Preview::new(&p.org, &p.filled, p.unplaced, p.employees);
        drop(p);
        let options = app_options(&start, keys, lang, None);
        let dir = dir.to_path_buf();
        crate::tui::run_loading(preview, move || crate::store::startup::open(&dir), options)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (store, org, index, demo_notice) = if start.presenting.read_only {
        // Presenting writes nothing: not even the startup snapshot.
        let store = open_for_presenting(dir)?;
        let (org, index) = store.load_without_writing().map_err(Failure::from)?;
        (store, org, index, None)
    } else {
        let crate::store::startup::Opened {
            store,
            org,
            index,
            demo_notice,
        } = crate::store::startup::open(dir).map_err(Failure::from)?;
        (store, org, index, demo_notice)
    };
    // The same language `parse` set before the arguments were read (fixed for the process);
    // the app records it in its state.
    let lang = config::language(start.lang, file).0;
    crate::lang::set_lang(lang);
    let notice = demo_notice.map(|_| crate::ui::notice::demo_loaded(&org, lang));
    let options = app_options(&start, keys, lang, notice);
    crate::tui::run(org, index, Box::new(store), options)?;
    Ok(ExitCode::SUCCESS)
}

/// Opens an existing database without writing to it: presenting an empty one (or loading
/// the demo into it) would be a write, so it is refused with what to do.
fn open_for_presenting(dir: &std::path::Path) -> Result<SledStore, Failure> {
    let empty = || Failure::Input(text::read_only_empty(dir.display()));
    if !dir.exists() {
        return Err(empty());
    }
    let store = SledStore::open(dir)?;
    let info = crate::store::OrgStore::info(&store)?;
    if info.units == 0 && info.positions == 0 && info.employees == 0 {
        return Err(empty());
    }
    Ok(store)
}

/// Prints a value as pretty JSON with a trailing newline.
pub(crate) fn print_json(value: &serde_json::Value) -> Result<()> {
    use std::io::Write;
    // Rendered first, so a write error reaches the caller as the I/O error it is (a reader
    // that stops early is a broken pipe, not a crash).
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}
