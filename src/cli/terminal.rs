//! Everything the command line prints goes through here, so no text from the database, a
//! file or the environment can command the terminal: [`stdout`] and [`stderr`] wrap the
//! streams in [`Visible`], which shows every control and bidirectional character escaped
//! (`\u{1b}`) and keeps only line breaks and tabs (the rule of
//! [`crate::lang::safe::visible_lines`]); `outln!`, `errln!` and `errout!` are `println!`,
//! `eprintln!` and `eprint!` through them. A printer also shows a one-line value (a name, a
//! reason) with [`crate::lang::safe::visible`], so a line break in it cannot forge a line.

use std::io::{self, Write};

use crate::lang::safe::visible_lines;

/// A writer that escapes what a terminal would obey. Text split inside a character between
/// two writes is held until the character is whole; bytes that are not UTF-8 are shown as
/// the replacement character.
pub struct Visible<W: Write> {
    inner: W,
    pending: Vec<u8>,
    /// A carriage return right before a line break is a line ending (CSV's), kept.
    crlf: bool,
}

impl<W: Write> Visible<W> {
    /// Wraps a writer.
    pub fn new(inner: W) -> Self {
        Visible {
            inner,
            pending: Vec::new(),
            crlf: false,
        }
    }

    /// Wraps a writer of a format whose lines end in CR LF (CSV): a carriage return right
    /// before a line break stays, any other is escaped.
    pub fn keeping_crlf(inner: W) -> Self {
        Visible {
            inner,
            pending: Vec::new(),
            crlf: true,
        }
    }

    fn safe(&self, s: &str) -> String {
        if self.crlf {
            let parts: Vec<_> = s.split("\r\n").map(visible_lines).collect();
            parts.join("\r\n")
        } else {
            visible_lines(s).into_owned()
        }
    }

    fn pass(&mut self, whole: bool) -> io::Result<()> {
        let (text, rest) = match std::str::from_utf8(&self.pending) {
            Ok(s) => (self.safe(s), Vec::new()),
            Err(e) => {
                let cut = e.valid_up_to();
                let incomplete = e.error_len().is_none() && !whole;
                let keep = if incomplete { cut } else { self.pending.len() };
                let head = String::from_utf8_lossy(&self.pending[..keep]);
                (self.safe(&head), self.pending[keep..].to_vec())
            }
        };
        self.pending = rest;
        self.inner.write_all(text.as_bytes())
    }
}

impl<W: Write> Write for Visible<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        self.pass(false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.pending.is_empty() {
            self.pass(true)?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for Visible<W> {
    fn drop(&mut self) {
        if !self.pending.is_empty() {
            let _ = self.pass(true);
        }
    }
}

/// Standard output, made safe.
pub fn stdout() -> Visible<io::StdoutLock<'static>> {
    Visible::new(io::stdout().lock())
}

/// Standard error, made safe.
pub fn stderr() -> Visible<io::StderrLock<'static>> {
    Visible::new(io::stderr().lock())
}

/// Text made safe and printed on stdout with a line break. A closed stdout (`| head`) is
/// not an error here: what follows is not read either.
pub fn print_line(text: std::fmt::Arguments<'_>) {
    let mut out = stdout();
    let _ = out.write_fmt(format_args!("{text}\n"));
    let _ = out.flush();
}

/// Text made safe and printed on stderr, with a line break when `line`.
pub fn eprint(text: std::fmt::Arguments<'_>, line: bool) {
    let mut out = stderr();
    let _ = out.write_fmt(text);
    if line {
        let _ = out.write_all(b"\n");
    }
    let _ = out.flush();
}

/// `println!` through [`stdout`].
macro_rules! outln {
    ($($t:tt)*) => { $crate::cli::terminal::print_line(format_args!($($t)*)) };
}

/// `eprintln!` through [`stderr`].
macro_rules! errln {
    ($($t:tt)*) => { $crate::cli::terminal::eprint(format_args!($($t)*), true) };
}

/// `eprint!` through [`stderr`].
macro_rules! errout {
    ($($t:tt)*) => { $crate::cli::terminal::eprint(format_args!($($t)*), false) };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_even_when_a_character_is_split_between_writes() {
        let mut buf = Vec::new();
        {
            let mut out = Visible::new(&mut buf);
            let text = "a\u{1b}]52;c;x\u{7}\t\u{202e}\r\n".as_bytes();
            // U+202E is three bytes: split it between two writes.
            let split = text.len() - 4;
            out.write_all(&text[..split]).unwrap_or_default();
            out.write_all(&text[split..]).unwrap_or_default();
            out.write_all(b"\xe2\x80").unwrap_or_default();
            out.flush().unwrap_or_default();
        }
        let text = String::from_utf8_lossy(&buf);
        assert_eq!(text, "a\\u{1b}]52;c;x\\u{7}\t\\u{202e}\\u{d}\n\u{FFFD}");
    }

    #[test]
    fn a_csv_line_ending_stays_and_a_lone_carriage_return_does_not() {
        let mut buf = Vec::new();
        {
            let mut out = Visible::keeping_crlf(&mut buf);
            out.write_all(b"nip;nama\r\n1;a\rb\x1b\r\n")
                .unwrap_or_default();
        }
        assert_eq!(buf, b"nip;nama\r\n1;a\\u{d}b\\u{1b}\r\n");
    }
}
