//! The entry point's launcher of the full-screen app: what `penata` does without a
//! subcommand, once `cli` has read the arguments and the settings. Without a terminal it
//! prints the unit tree instead. `cli` never opens the app itself; `main` hands it this.

use std::io::IsTerminal;
use std::process::ExitCode;

use color_eyre::eyre::Result;

use crate::cli::{AppStart, Failure, Loaded};
use crate::input::KeyMap;
use crate::lang::Lang;
use crate::store::sled_store::SledStore;

/// Opens the app on the database (the demo on first start), or prints the tree when
/// standard input or output is not a terminal.
pub fn open_app(start: AppStart) -> Result<ExitCode> {
    let dir = start.dir.as_path();
    // Checked before anything else: a bad key override stops penata with its line.
    let keys = crate::cli::keymap(&start.loaded, start.lang)?;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        let org = if start.read_only {
            open_for_presenting(dir, start.lang)?
                .load_without_writing()
                .map_err(Failure::from)?
                .0
        } else {
            let opened = crate::store::startup::open(dir).map_err(Failure::from)?;
            if let Some(n) = opened.demo_notice {
                eprintln!("penata: {}", start.lang.say(&n));
            }
            opened.org
        };
        eprintln!("penata: {}", start.lang.text("cli-not-a-terminal"));
        crate::cli::print_tree(&org, start.lang, &mut crate::cli::terminal::stdout())?;
        return Ok(ExitCode::SUCCESS);
    }
    // The same language `cli::parse` chose before the arguments were read (fixed for the
    // process); the app records it in its state.
    let lang = crate::cli::app_language(start.lang_flag, &start.loaded);
    if !start.read_only
        && let Some(p) = crate::store::startup::preview(dir)
    {
        // A large organization: its first frame comes from the snapshot's units alone,
        // while the employees are read (see docs/architecture.md, "The startup path").
        let preview = crate::app::preview::Preview::new(&p.org, &p.filled, p.unplaced, p.employees);
        drop(p);
        let options = app_options(&start, keys, lang, None);
        let dir = dir.to_path_buf();
        crate::tui::run_loading(preview, move || crate::store::startup::open(&dir), options)?;
        return Ok(ExitCode::SUCCESS);
    }
    let (store, org, index, demo_notice) = if start.read_only {
        // Presenting writes nothing: not even the startup snapshot.
        let store = open_for_presenting(dir, start.lang)?;
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
    let notice = demo_notice.map(|_| crate::ui::notice::demo_loaded(&org, lang));
    let options = app_options(&start, keys, lang, notice);
    crate::tui::run(org, index, Box::new(store), options)?;
    Ok(ExitCode::SUCCESS)
}

/// The app's options from the settings file and the flags.
fn app_options(
    start: &AppStart,
    keys: KeyMap,
    lang: Lang,
    notice: Option<String>,
) -> crate::tui::AppOptions {
    let Loaded { file, .. } = &start.loaded;
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
        presenting: crate::tui::Presenting {
            read_only: start.read_only,
            masked: start.mask,
        },
        ..Default::default()
    }
}

/// Opens an existing database without writing to it: presenting an empty one (or loading
/// the demo into it) would be a write, so it is refused with what to do.
fn open_for_presenting(dir: &std::path::Path, lang: Lang) -> Result<SledStore, Failure> {
    let empty = || {
        Failure::Input(
            crate::tr!(lang, "cli-read-only-empty", dir = dir.display().to_string()).into_owned(),
        )
    };
    let store = match SledStore::open_reading(dir, true) {
        Err(crate::store::StoreError::NoDatabase { .. }) => return Err(empty()),
        opened => opened?,
    };
    let info = crate::store::OrgStore::info(&store)?;
    if info.units == 0 && info.positions == 0 && info.employees == 0 {
        return Err(empty());
    }
    Ok(store)
}
