//! Shared helpers for tests that run the real `penata` binary: a private database per
//! test, and a pseudo-terminal with a vt100 screen for the full-screen app.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

fn nz(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n.max(1)).unwrap()
}

/// The built binary under test.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_penata"))
}

/// A fresh, empty database directory (inside a temporary directory that is removed on drop).
pub struct TestDb {
    pub tmp: tempfile::TempDir,
    /// Whether a command that only reads finds the demo organization on a fresh database
    /// (as after a first start of the app; a reading command never creates one itself).
    pub seeded: bool,
}

impl TestDb {
    pub fn new() -> TestDb {
        TestDb {
            tmp: tempfile::tempdir().unwrap(),
            seeded: true,
        }
    }

    /// A fresh database directory that stays empty until a command creates the database.
    pub fn bare() -> TestDb {
        TestDb {
            seeded: false,
            ..TestDb::new()
        }
    }

    /// Loads the demo organization as a first start of the app does (`penata` without a
    /// subcommand and without a terminal prints the tree), if there is no database yet.
    pub fn seed(&self) {
        if self.dir().join("db").exists() {
            return;
        }
        let out = self.base_cmd(&[]).output().unwrap();
        assert!(
            out.status.success(),
            "seeding the demo failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Whether `args` run a command that only reads the database (which needs one).
    fn reads(args: &[&str]) -> bool {
        if args.contains(&"--read-only") {
            return false;
        }
        let mut skip = false;
        let mut words = args.iter().filter(|a| {
            let value = std::mem::replace(&mut skip, matches!(**a, "--lang" | "--db" | "--config"));
            !value && !a.starts_with('-')
        });
        match words.next().copied() {
            Some(
                "tree" | "search" | "show" | "export" | "candidates" | "ninebox" | "gaps"
                | "workload" | "retirements" | "log" | "check" | "feedback",
            ) => true,
            Some("plan") => matches!(
                words.next().copied(),
                Some("list" | "show" | "diff" | "export")
            ),
            _ => false,
        }
    }

    pub fn dir(&self) -> PathBuf {
        self.tmp.path().join("db")
    }

    /// A command for the binary with this database and no colour (the demo loaded first
    /// for a command that only reads, see [`TestDb::seeded`]).
    pub fn cmd(&self, args: &[&str]) -> Command {
        if self.seeded && TestDb::reads(args) {
            self.seed();
        }
        self.base_cmd(args)
    }

    fn base_cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(bin());
        c.args(args)
            .env("PENATA_DB", self.dir())
            .env("NO_COLOR", "1")
            .env_remove("PENATA_LANG")
            // English unless a test asks for Bahasa Indonesia (`--lang id` or `LANG`): the
            // messages asserted here are the English ones, whatever the machine's locale.
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            // No settings file from the machine running the tests.
            .env("XDG_CONFIG_HOME", self.tmp.path().join("config"))
            .env_remove("PENATA_CONFIG");
        c
    }

    /// Runs the binary to completion.
    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap()
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "penata {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

/// Path of a file under `fixtures/`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// The real binary running in a pseudo-terminal, its output fed to a vt100 screen.
pub struct Tui {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    master: Box<dyn portable_pty::MasterPty + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Tui {
    /// The app on the demo at 80x24, once its first screen is up.
    pub fn demo(db: &TestDb) -> Tui {
        let tui = Tui::start(db, &[], 80, 24);
        tui.wait_for("Pemerintah Kota Semarang", 20);
        tui.wait_for("Sekretariat Daerah", 5);
        tui
    }

    /// Quits with `q`: exit 0, the terminal restored and mouse reporting off.
    pub fn quit(mut self) {
        self.send(b"q");
        assert_eq!(self.wait_exit(10), 0);
        assert!(self.terminal_restored(), "terminal not restored");
        assert!(!self.mouse_reporting(), "mouse reporting left on");
    }

    /// Starts `penata ARGS` at `cols` x `rows` with the given database.
    pub fn start(db: &TestDb, args: &[&str], cols: u16, rows: u16) -> Tui {
        Tui::start_env(db, args, cols, rows, &[])
    }

    pub fn start_env(
        db: &TestDb,
        args: &[&str],
        cols: u16,
        rows: u16,
        env: &[(&str, &str)],
    ) -> Tui {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(bin());
        cmd.args(args);
        cmd.env("PENATA_DB", db.dir());
        cmd.env("TERM", "xterm-256color");
        cmd.env("NO_COLOR", "1");
        cmd.env("XDG_CONFIG_HOME", db.tmp.path().join("config"));
        cmd.env_remove("PENATA_CONFIG");
        // The screen's language comes from the locale: Indonesian, whatever the machine says.
        cmd.env_remove("PENATA_LANG");
        cmd.env_remove("LC_ALL");
        cmd.env_remove("LC_MESSAGES");
        cmd.env("LANG", "id_ID.UTF-8");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&parser);
        let handle = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink.lock().unwrap().process(&buf[..n]),
                }
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Tui {
            parser,
            writer,
            master: pair.master,
            child,
            reader: Some(handle),
        }
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until `text` is on the screen; panics with the screen after `secs`.
    pub fn wait_for(&self, text: &str, secs: u64) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        panic!(
            "{text:?} did not appear within {secs}s; the screen:\n{}",
            self.screen()
        );
    }

    /// Waits until `text` is no longer on the screen.
    pub fn wait_gone(&self, text: &str, secs: u64) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        while Instant::now() < deadline {
            if !self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        panic!("{text:?} still on screen after {secs}s:\n{}", self.screen());
    }

    /// Types raw bytes (keys as the terminal sends them).
    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
        std::thread::sleep(Duration::from_millis(60));
    }

    /// Types text one character at a time.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            let mut b = [0u8; 4];
            self.send(c.encode_utf8(&mut b).as_bytes());
        }
    }

    /// Resizes the terminal (the program gets SIGWINCH).
    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(nz(rows), nz(cols));
        std::thread::sleep(Duration::from_millis(150));
    }

    /// Whether the program switched back from the alternate screen and shows the cursor.
    pub fn terminal_restored(&self) -> bool {
        let p = self.parser.lock().unwrap();
        !p.screen().alternate_screen() && !p.screen().hide_cursor()
    }

    /// Whether the program asked the terminal to report the mouse.
    pub fn mouse_reporting(&self) -> bool {
        let p = self.parser.lock().unwrap();
        p.screen().mouse_protocol_mode() != vt100::MouseProtocolMode::None
    }

    /// The first screen row (0-based) whose text contains `text`.
    pub fn row_of(&self, text: &str) -> Option<u16> {
        self.screen()
            .lines()
            .position(|l| l.contains(text))
            .map(|r| r as u16)
    }

    /// Waits for the program to exit; returns its exit code.
    pub fn wait_exit(&mut self, secs: u64) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader drain what was written before exit.
                if let Some(h) = self.reader.take() {
                    drop(self.master.take_writer().ok());
                    let _ = h.join();
                }
                return status.exit_code();
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!(
                    "penata did not exit within {secs}s; the screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
