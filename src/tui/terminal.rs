//! Entering and leaving the full-screen terminal, and the panic hook that restores it
//! before the report prints.

use std::io::{self, BufWriter, Stdout, Write};
use std::panic::PanicHookInfo;
use std::sync::Arc;

use color_eyre::eyre::Result;
use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub(super) type Hook = Arc<dyn Fn(&PanicHookInfo<'_>) + Send + Sync + 'static>;

/// Restores the terminal before the previous hook (color-eyre's) prints the report.
pub(super) fn install_panic_hook() -> Hook {
    let previous: Hook = Arc::from(std::panic::take_hook());
    let chained = Arc::clone(&previous);
    std::panic::set_hook(Box::new(move |info| {
        let _ = restore_terminal();
        chained(info);
    }));
    previous
}

pub(super) fn uninstall_panic_hook(previous: Hook) {
    let _ours = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| previous(info)));
}

pub(super) fn enter() -> Result<Terminal<CrosstermBackend<BufWriter<Stdout>>>> {
    enable_raw_mode()?;
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout());
    // Clear here rather than with `Terminal::clear`, which asks the terminal for the cursor
    // position: some pseudo-terminals never answer, and the app would fail to start.
    execute!(
        out,
        EnterAlternateScreen,
        cursor::Hide,
        Clear(ClearType::All),
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    Ok(Terminal::new(CrosstermBackend::new(out))?)
}

/// Leaves the alternate screen and raw mode; safe to call more than once.
pub fn restore_terminal() -> io::Result<()> {
    let raw = disable_raw_mode();
    let mut out = io::stdout();
    execute!(
        out,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    )?;
    out.flush()?;
    raw
}
