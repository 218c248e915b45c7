//! The command line: argument definitions (clap) and one file per subcommand. Text by
//! default, `--json` for scripts; errors on stderr; exit 0 success, 1 bad input or not
//! found, 2 usage.

#[macro_use]
pub(crate) mod terminal;
mod access;
mod candidates;
mod check;
mod config;
mod decide;
mod export;
mod feedback;
mod gaps;
mod generate;
mod help;
mod import;
mod import_siasn;
mod log;
mod mask_nip;
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
mod tree;
mod workload;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand};
use color_eyre::eyre::Result;

use crate::domain::{DefaultStandards, FitProfile, Organization};
use crate::lang::Lang;
use crate::store::StoreError;
use crate::store::demo::ensure_demo;
use crate::store::sled_store::{SledStore, resolve_data_dir};
pub use config::Loaded;

/// penata: plan the reorganization of civil servants (penataan jabatan) in the terminal.
///
/// Without a subcommand, opens the full-screen app on the database (the built-in demo
/// organization on first start).
#[derive(Debug, Parser)]
#[command(name = "penata", version, about, long_about)]
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

    /// Change nothing: the app refuses every change, a command that writes is refused, and
    /// the database is only read (never created or upgraded)
    #[arg(long, global = true)]
    pub read_only: bool,

    /// Mask NIPs, birth dates and notes: on screen in the app (key N toggles), in a
    /// command's export; a command that would print them in full is refused
    #[arg(long, global = true)]
    pub mask: bool,

    #[command(subcommand)]
    pub command: Option<Command>,

    /// The language everything is said in, chosen before the arguments were read (see
    /// [`parse`]).
    #[arg(skip)]
    pub language: Lang,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import an organization (penata/v1 JSON), a spreadsheet of employees (CSV or .xlsx),
    /// or the SIASN exports and office workbooks of a BKPSDM
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
    /// Already worded in the command line's language.
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Failure {
    /// The failure in the command line's language.
    pub fn say(&self, lang: Lang) -> String {
        match self {
            Failure::Input(text) => text.clone(),
            Failure::Store(e) => lang.say(&e.msg()),
        }
    }

    /// A failure worded by the resources (`tr!`).
    pub(crate) fn said(text: std::borrow::Cow<'static, str>) -> Failure {
        Failure::Input(text.into_owned())
    }
}

/// A value an argument's parser refuses, with the message saying why (worded in the
/// command line's language when the usage error is; see `help::reworded`).
#[derive(Debug, Clone)]
pub struct Refused(pub crate::lang::Msg);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&Lang::En.say(&self.0))
    }
}

impl std::error::Error for Refused {}

/// The settings the CLI computes with, from the settings file (see [`Settings::current`]).
#[derive(Clone)]
pub(crate) struct Settings {
    pub standards: DefaultStandards,
    pub profile: FitProfile,
    pub retirement: crate::domain::retirement::RetirementAges,
    /// Whether exports mask NIPs unless told otherwise (`mask_nip` in the settings file).
    #[allow(dead_code)] // read by the export commands that offer `--mask-nip`
    pub mask_nip: bool,
    /// The largest file an import reads, in MB (`max_input_mb`).
    pub max_input_mb: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings::from_file(&crate::settings::Settings::default())
    }
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
            max_input_mb: f.max_input_mb,
        }
    }
}

/// Parses the command line in the planner's language: the language is chosen first
/// (`--lang`, the settings file, the locale), so help, usage and parse errors already speak
/// it; it is in [`Cli::language`]. Prints help or a usage error and exits the process when
/// that is what the arguments ask for.
pub fn parse<I, T>(args: I) -> Cli
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString>,
{
    let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
    let lang = config::early_language(&args);
    // Still read by the layers whose words are not yet in `locales/`.
    let mut cmd = help::command(lang);
    let matches = cmd
        .try_get_matches_from_mut(&args)
        .unwrap_or_else(|e| help::exit_on(e, lang));
    let mut cli =
        Cli::from_arg_matches(&matches).unwrap_or_else(|e| help::exit_on(e.format(&mut cmd), lang));
    cli.language = lang;
    cli
}

/// What the full-screen app starts with, for the launcher (the entry point's): the
/// database, the settings and the flags. `cli` itself never opens the app.
pub struct AppStart {
    pub dir: PathBuf,
    pub loaded: config::Loaded,
    pub no_color: bool,
    /// `--lang` as given.
    pub lang_flag: Option<Lang>,
    /// The language the command line speaks.
    pub lang: Lang,
    pub read_only: bool,
    pub mask: bool,
}

/// Opens the full-screen app (given by the entry point).
pub type Launcher = fn(AppStart) -> Result<ExitCode>;

/// Runs the parsed command line; without a subcommand, hands over to `launch`.
pub fn run(cli: Cli, launch: Launcher) -> Result<ExitCode> {
    let lang = cli.language;
    match dispatch(cli, launch) {
        Ok(code) => Ok(code),
        // A reader that stops early (`penata search x | head`) is not an error.
        Err(e) if is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        Err(e) => match expected(e, lang) {
            Ok(said) => {
                errln!("penata: {said}");
                Ok(ExitCode::from(1))
            }
            Err(other) => Err(other),
        },
    }
}

/// An expected failure in the planner's words: a [`Failure`], a store error or an I/O error
/// (a file that cannot be read or written, a full disk), so that no Rust report (Debug
/// structs, backtraces, `(os error N)`) reaches a planner for them. Anything else is a bug
/// and keeps color-eyre's report.
fn expected(e: color_eyre::eyre::Report, lang: Lang) -> Result<String, color_eyre::eyre::Report> {
    let e = match e.downcast::<Failure>() {
        Ok(failure) => return Ok(failure.say(lang)),
        Err(e) => e,
    };
    let e = match e.downcast::<StoreError>() {
        Ok(store) => return Ok(lang.say(&store.msg())),
        Err(e) => e,
    };
    match e.downcast::<std::io::Error>() {
        Ok(io) => Ok(lang.say(&crate::lang::io_error(&io))),
        Err(e) => Err(e),
    }
}

fn is_broken_pipe(e: &color_eyre::eyre::Report) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn dispatch(mut cli: Cli, launch: Launcher) -> Result<ExitCode> {
    let lang = cli.language;
    access::set_read_only(cli.read_only);
    if let Some(command) = &mut cli.command {
        access::admit(command, cli.read_only, cli.mask, lang)?;
    }
    // These describe the program, not the data: no database is needed.
    match cli.command {
        Some(Command::Completions(args)) => return shell::completions(args, lang),
        Some(Command::Man(args)) => return shell::man(args, lang),
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
    let d = &dir;
    match cli.command {
        Some(Command::Import(args)) => import::run(d, args, lang),
        Some(Command::Export(args)) => export::run(d, args, lang),
        Some(Command::Search(args)) => search::run(d, args, lang),
        Some(Command::Show(args)) => show::run(d, args, lang),
        Some(Command::Tree(args)) => tree::run(d, args, lang),
        Some(Command::Plan(args)) => plan::run(d, args, lang),
        Some(Command::Move(args)) => moves::run_move(d, args, lang),
        Some(Command::Undo(args)) => moves::run_history(d, args, false, lang),
        Some(Command::Redo(args)) => moves::run_history(d, args, true, lang),
        Some(Command::Decide(args)) => decide::run(d, args, lang),
        Some(Command::Log(args)) => log::run(d, args, lang),
        Some(Command::Check(args)) => check::run(d, args, lang),
        Some(Command::Candidates(args)) => candidates::run(d, args, lang),
        Some(Command::Ninebox(args)) => ninebox::run(d, args, lang),
        Some(Command::Gaps(args)) => gaps::run(d, args, lang),
        Some(Command::Note(args)) => note::run(d, args, lang),
        Some(Command::Feedback(args)) => feedback::run(d, args, lang),
        Some(Command::Workload(args)) => workload::run(d, args, lang),
        Some(Command::Retirements(args)) => retirements::run(d, args, lang),
        Some(Command::Generate(args)) => generate::run(d, args, lang),
        // Answered above, before the database is looked for.
        Some(Command::Completions(_) | Command::Man(_) | Command::Config(_)) => {
            Ok(ExitCode::SUCCESS)
        }
        None => launch(AppStart {
            dir,
            loaded,
            no_color,
            lang_flag: cli.lang,
            lang,
            read_only: cli.read_only,
            mask: cli.mask,
        }),
    }
}

/// Opens the store, loading the demo on first start (the notice goes to stderr).
pub(crate) fn open_with_demo(
    dir: &std::path::Path,
    lang: Lang,
) -> Result<(SledStore, Option<String>), Failure> {
    let store = SledStore::open(dir)?;
    let notice = ensure_demo(&store, dir)?.map(|n| lang.say(&n));
    Ok((store, notice))
}

/// `N units, N positions, N employees` of an organization.
pub(crate) fn org_summary(org: &Organization, lang: Lang) -> String {
    counts_summary(
        org.units().len() as u64,
        org.positions().len() as u64,
        org.employees().len() as u64,
        lang,
    )
}

/// `N units, N positions, N employees`.
pub(crate) fn counts_summary(units: u64, positions: u64, employees: u64, lang: Lang) -> String {
    crate::tr!(
        lang,
        "cli-org-summary",
        units = units,
        positions = positions,
        employees = employees
    )
    .into_owned()
}

/// Loads the organization of the existing database, for the commands that only read: a
/// missing database is refused (never created or filled with the demo), one that others can
/// read is refused too, and under `--read-only` not a byte of it is written.
pub fn load(dir: &std::path::Path, _lang: Lang) -> Result<Organization, Failure> {
    crate::store::files::check_owner_only(dir)?;
    Ok(crate::store::startup::open_reading(dir, access::read_only())?.org)
}

pub(crate) use access::open_reading;

/// The unit tree as `penata tree` prints it, for the launcher without a terminal.
pub fn print_tree(org: &Organization, lang: Lang, out: &mut dyn std::io::Write) -> Result<()> {
    tree::print(org, None, false, lang, out)?;
    Ok(())
}

/// The key map the settings file asks for; a bad override names the file and its line.
pub fn keymap(loaded: &config::Loaded, lang: Lang) -> Result<crate::input::KeyMap, Failure> {
    config::keymap(loaded, lang)
}

/// The language in effect for the app: `--lang`, the settings file, the locale.
pub fn app_language(flag: Option<Lang>, loaded: &config::Loaded) -> Lang {
    config::language(flag, &loaded.file).0
}

/// A value as pretty JSON with a trailing newline, control and bidirectional characters
/// escaped ([`crate::lang::safe::json`]): what every `--json` printer writes.
pub(crate) fn json_bytes(value: &serde_json::Value) -> Result<Vec<u8>> {
    let mut text = crate::lang::safe::json(serde_json::to_string_pretty(value)?);
    text.push('\n');
    Ok(text.into_bytes())
}

/// Prints a value as pretty JSON with a trailing newline.
pub(crate) fn print_json(value: &serde_json::Value) -> Result<()> {
    use std::io::Write;
    // Rendered first, so a write error reaches the caller as the I/O error it is (a reader
    // that stops early is a broken pipe, not a crash).
    let text = json_bytes(value)?;
    let mut out = crate::cli::terminal::stdout();
    out.write_all(&text)?;
    out.flush()?;
    Ok(())
}
