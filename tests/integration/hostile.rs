//! Hostile and careless input files, built here: each is refused (or accepted) by the real
//! binary within a bounded time and memory, and a refusal leaves the data as it was.
//!
//! Memory is the child's peak resident set (`VmHWM` in `/proc/PID/status`), polled while it
//! runs; where `/proc` is missing only the time is checked.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::TestDb;

/// A generous bound for a debug build on a busy machine.
const TIME: Duration = Duration::from_secs(20);
/// The target is 1 GB resident for any input up to 10 MB.
const MEMORY_KB: u64 = 1024 * 1024;

/// What a run did: its exit, stdout and stderr, time and peak resident kB (0 when unknown).
struct Run {
    ok: bool,
    stdout: String,
    stderr: String,
    took: Duration,
    peak_kb: u64,
}

fn peak_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Runs `penata ARGS` on the database, killing it past twice the time bound.
fn run(db: &TestDb, args: &[&str]) -> Run {
    let start = Instant::now();
    let mut child = db
        .cmd(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let mut peak = 0;
    // Drain the pipes on threads, so a chatty child never blocks on a full pipe.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut out, &mut s).ok();
        s
    });
    let err = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut err, &mut s).ok();
        s
    });
    let status = loop {
        if let Some(kb) = peak_kb(pid) {
            peak = peak.max(kb);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIME * 2 {
            child.kill().ok();
            child.wait().ok();
            panic!("penata {args:?} still runs after {:?}", TIME * 2);
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Run {
        ok: status.success(),
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
        took: start.elapsed(),
        peak_kb: peak,
    }
}

/// What the database holds, as the export prints it.
fn data(db: &TestDb) -> String {
    db.ok(&["export"])
}

/// Imports `file` into a database holding the demo, asserts a refusal whose message
/// contains `says`, within the bounds, and that nothing changed.
fn refused(db: &TestDb, file: &Path, says: &str) {
    let before = data(db);
    let r = run(db, &["import", file.to_str().unwrap()]);
    assert!(!r.ok, "{} was accepted: {}", file.display(), r.stdout);
    assert!(
        r.stderr.contains(says),
        "{}: expected {says:?} in\n{}",
        file.display(),
        r.stderr
    );
    bounded(&r, file);
    assert_eq!(data(db), before, "{}: the data changed", file.display());
}

fn bounded(r: &Run, file: &Path) {
    assert!(r.took < TIME, "{}: took {:?}", file.display(), r.took);
    assert!(
        r.peak_kb < MEMORY_KB,
        "{}: peak resident {} MB",
        file.display(),
        r.peak_kb / 1024
    );
}

fn write(db: &TestDb, name: &str, bytes: &[u8]) -> PathBuf {
    let path = db.tmp.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A workbook with one string cell at `(row, col)` besides an employee header.
fn sheet_with_cell(row: u32, col: u16) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.write_string(0, 0, "nip").unwrap();
    ws.write_string(0, 1, "name").unwrap();
    ws.write_string(row, col, "x").unwrap();
    book.save_to_buffer().unwrap()
}

/// A small workbook whose shared strings expand to `mb` MB (one text of that many `a`).
fn zip_bomb(mb: usize) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    let plain = sheet_with_cell(1, 1);
    let mut src = zip::ZipArchive::new(std::io::Cursor::new(plain)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let deflate = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(9))
        .large_file(true);
    for i in 0..src.len() {
        let name = src.by_index(i).unwrap().name().unwrap().to_string();
        if name == "xl/sharedStrings.xml" {
            continue;
        }
        out.raw_copy_file(src.by_index_raw(i).unwrap()).unwrap();
    }
    out.start_file("xl/sharedStrings.xml", deflate).unwrap();
    out.write_all(
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\" uniqueCount=\"3\"><si><t>nip</t></si><si><t>name</t></si><si><t>",
    )
    .unwrap();
    let chunk = vec![b'a'; 1024 * 1024];
    for _ in 0..mb {
        out.write_all(&chunk).unwrap();
    }
    out.write_all(b"</t></si></sst>").unwrap();
    out.finish().unwrap().into_inner()
}

#[test]
fn hostile_workbooks_are_refused_within_bounds() {
    let db = TestDb::new();
    let sparse = write(&db, "sparse.xlsx", &sheet_with_cell(1_048_575, 16_383));
    assert!(std::fs::metadata(&sparse).unwrap().len() < 10_000);
    refused(&db, &sparse, "XFD1048576");
    let bomb = zip_bomb(600);
    assert!(bomb.len() < 2 * 1024 * 1024, "{} bytes", bomb.len());
    let bomb = write(&db, "bomb.xlsx", &bomb);
    refused(&db, &bomb, "expands to");
}

#[test]
fn deep_json_nul_bytes_and_non_regular_files_are_refused_within_bounds() {
    let db = TestDb::new();
    let mut deep = b"{\"format\":\"penata/v1\",\"units\":".to_vec();
    deep.extend(std::iter::repeat_n(b'[', 1_000_000));
    let deep = write(&db, "deep.json", &deep);
    refused(&db, &deep, "deep.json");
    let nul = write(&db, "nul.csv", &vec![0u8; 5 * 1024 * 1024]);
    refused(&db, &nul, "nul.csv");
    let folder = db.tmp.path().join("folder");
    std::fs::create_dir(&folder).unwrap();
    refused(&db, &folder, "it is a folder");
    let zero = Path::new("/dev/zero");
    if zero.exists() {
        refused(&db, zero, "not a regular file");
    }
    let fifo = db.tmp.path().join("fifo");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if made.is_ok_and(|s| s.success()) {
        // Nobody writes to it: opening it would wait for ever.
        refused(&db, &fifo, "not a regular file");
    }
}

#[test]
fn a_file_over_the_size_setting_is_refused_unread_and_the_setting_raises_it() {
    let db = TestDb::new();
    let config = db.tmp.path().join("penata.toml");
    std::fs::write(&config, "max_input_mb = 1\n").unwrap();
    let cfg = config.to_str().unwrap();
    let big = write(&db, "big.csv", &vec![b' '; 2 * 1024 * 1024]);
    let before = data(&db);
    let r = run(&db, &["--config", cfg, "import", big.to_str().unwrap()]);
    assert!(!r.ok);
    assert!(
        r.stderr.contains("more than the 1 MB") && r.stderr.contains("max_input_mb"),
        "{}",
        r.stderr
    );
    assert_eq!(data(&db), before);
    // Under the default cap the same file is read (and refused for what it holds).
    let r = run(&db, &["import", big.to_str().unwrap()]);
    assert!(!r.stderr.contains("max_input_mb"), "{}", r.stderr);
    let bad = std::fs::write(&config, "max_input_mb = 0\n");
    bad.unwrap();
    let r = run(&db, &["--config", cfg, "tree"]);
    assert!(!r.ok && r.stderr.contains("line 1"), "{}", r.stderr);
}

/// A penata/v1 organization whose units form one chain `depth` deep.
fn chain_json(depth: usize) -> Vec<u8> {
    let mut units = String::new();
    for i in 0..depth {
        let parent = if i == 0 {
            "null".to_string()
        } else {
            format!("\"u{}\"", i - 1)
        };
        if i > 0 {
            units.push(',');
        }
        units.push_str(&format!(
            "{{\"id\":\"u{i}\",\"name\":\"Unit {i}\",\"parent\":{parent}}}"
        ));
    }
    format!("{{\"format\":\"penata/v1\",\"organization\":\"Kota Uji\",\"competencies\":[],\"positions\":[],\"employees\":[],\"units\":[{units}]}}")
        .into_bytes()
}

#[test]
fn a_hundred_thousand_deep_unit_chain_is_refused_and_a_capped_one_prints() {
    let db = TestDb::new();
    let deep = write(&db, "deep-units.json", &chain_json(100_000));
    refused(&db, &deep, "levels deep, more than the 32 levels");
    let ok = write(&db, "ok-units.json", &chain_json(32));
    let r = run(&db, &["import", ok.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    bounded(&r, &ok);
    let tree = db.ok(&["tree"]);
    assert!(
        tree.contains(&format!("{}Unit 31", "  ".repeat(32))),
        "{tree}"
    );
}

#[test]
fn workload_that_would_overflow_is_refused_at_import() {
    let db = TestDb::new();
    let big = r#"{"task": "t", "volume": 4294967295, "minutes": 4294967295}"#;
    let json = format!(
        r#"{{"format": "penata/v1", "organization": "Kota Uji", "competencies": [],
        "units": [{{"id": "u", "name": "U", "parent": null}}],
        "positions": [{{"id": "p", "unit": "u", "title": "Analis", "type": "pelaksana",
          "formation": 1, "workload": [{big}, {big}]}}],
        "employees": []}}"#
    );
    let file = write(&db, "workload.json", json.as_bytes());
    refused(&db, &file, "volume x minutes adds up to more than");
}

#[test]
fn huge_cells_are_refused_by_field_length_in_csv_xlsx_and_json() {
    let db = TestDb::new();
    let name = "a".repeat(9 * 1024 * 1024);
    let csv = format!("nip,nama,golongan\n199001012015031001,{name},III/a\n");
    let csv = write(&db, "huge.csv", csv.as_bytes());
    refused(&db, &csv, "characters long, more than the 200");
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    for (c, h) in ["nip", "nama", "golongan"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "199001012015031001").unwrap();
    // Excel keeps at most 32,767 characters in a cell.
    ws.write_string(1, 1, "a".repeat(32_767)).unwrap();
    ws.write_string(1, 2, "III/a").unwrap();
    let xlsx = write(&db, "huge.xlsx", &book.save_to_buffer().unwrap());
    refused(&db, &xlsx, "characters long, more than the 200");
    let json = format!(
        r#"{{"format": "penata/v1", "organization": "{name}", "competencies": [],
        "units": [], "positions": [], "employees": []}}"#
    );
    let json = write(&db, "huge.json", json.as_bytes());
    refused(&db, &json, "characters long, more than the 200");
    // A note from the command line is capped too, and nothing is recorded.
    let before = data(&db);
    let long = "n".repeat(2001);
    let r = run(&db, &["note", "199001012015031001", &long]);
    assert!(
        !r.ok && r.stderr.contains("more than the 2,000"),
        "{}",
        r.stderr
    );
    assert_eq!(data(&db), before);
}
