//! Excel in and out on the real binary: the employee list as a workbook and back, plan
//! comparisons, candidates, gaps and the 9-box as workbooks read back with calamine, the
//! privacy flags on every export, and the shell integration (completions, man, version).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic on failure

use crate::support;

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Reader, Xlsx};
use serde_json::Value as Json;
use support::{TestDb, Tui, fixture};

/// A database holding the small example (notes, ratings, a person not placed).
fn example_db() -> TestDb {
    let db = TestDb::new();
    db.ok(&["import", fixture("example-small.json").to_str().unwrap()]);
    db
}

fn export_json(db: &TestDb) -> Json {
    serde_json::from_str(&db.ok(&["export"])).unwrap()
}

/// Every sheet of a workbook file: name and rows.
fn sheets(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let bytes = std::fs::read(path).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    book.sheet_names()
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).unwrap();
            let rows = range.rows().map(<[Data]>::to_vec).collect();
            (name, rows)
        })
        .collect()
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => panic!("not text: {other:?}"),
    }
}

fn column(rows: &[Vec<Data>], header: &str) -> usize {
    rows[0]
        .iter()
        .position(|h| text(h) == header)
        .unwrap_or_else(|| panic!("no column {header}: {:?}", rows[0]))
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn grouped(nip: &str) -> String {
    penata::domain::Nip::parse(nip).unwrap().grouped()
}

/// Every NIP of the database, plain and grouped.
fn all_nips(db: &TestDb) -> Vec<String> {
    export_json(db)["employees"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|e| {
            let nip = e["nip"].as_str().unwrap().to_string();
            [grouped(&nip), nip]
        })
        .collect()
}

#[test]
fn employee_list_round_trips_through_a_workbook() {
    let db = example_db();
    let file = db.tmp.path().join("pegawai.xlsx");
    // The extension chooses the format.
    db.ok(&["export", "-o", file.to_str().unwrap()]);
    #[cfg(unix)]
    assert_eq!(mode(&file), 0o600);
    let book = sheets(&file);
    assert_eq!(book[0].0, "Pegawai");
    assert_eq!(book[1].0, "Jabatan");
    let rows = &book[0].1;
    assert_eq!(
        rows[0].iter().map(text).collect::<Vec<_>>(),
        ["NIP", "Nama", "Golongan", "Jabatan"]
    );
    let org = export_json(&db);
    let employees = org["employees"].as_array().unwrap();
    assert_eq!(rows.len(), employees.len() + 1);
    for (row, e) in rows[1..].iter().zip(employees) {
        // NIPs are text cells with all 18 digits.
        assert_eq!(row[0], Data::String(e["nip"].as_str().unwrap().into()));
        assert_eq!(text(&row[1]), e["name"].as_str().unwrap());
        assert_eq!(text(&row[2]), e["rank"].as_str().unwrap());
        assert_eq!(text(&row[3]), e["position"].as_str().unwrap_or(""));
    }
    // The positions sheet counts formation and holders as numbers.
    let positions = &book[1].1;
    let formation = column(positions, "Formasi");
    assert_eq!(positions[1][formation], Data::Float(1.0));

    // Into a database with the same structure and nobody in it: the same people, seats
    // and golongan come back.
    let mut empty = org.clone();
    empty["employees"] = Json::Array(Vec::new());
    let structure = db.tmp.path().join("structure.json");
    std::fs::write(&structure, serde_json::to_string(&empty).unwrap()).unwrap();
    let db2 = TestDb::new();
    db2.ok(&["import", structure.to_str().unwrap()]);
    let out = db2.ok(&["import", file.to_str().unwrap()]);
    assert!(out.contains("4 employees added, 0 updated"), "{out}");
    let fields = |org: &Json| -> Vec<[Json; 4]> {
        org["employees"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                [
                    e["nip"].clone(),
                    e["name"].clone(),
                    e["rank"].clone(),
                    e["position"].clone(),
                ]
            })
            .collect()
    };
    assert_eq!(fields(&export_json(&db2)), fields(&org));
}

#[test]
fn employee_list_as_csv_imports_back() {
    let db = example_db();
    let file = db.tmp.path().join("pegawai.csv");
    db.ok(&["export", "-o", file.to_str().unwrap()]);
    let csv = std::fs::read_to_string(&file).unwrap();
    assert!(
        csv.starts_with("\u{feff}NIP;Nama;Golongan;Jabatan\r\n"),
        "{csv}"
    );
    assert!(csv.contains("19850312 201001 2 003;"), "{csv}");
    // Importing the list into the same database changes nothing.
    let before = db.ok(&["export"]);
    let out = db.ok(&["import", file.to_str().unwrap()]);
    assert!(out.contains("0 employees added, 4 updated"), "{out}");
    assert_eq!(db.ok(&["export"]), before);
}

#[test]
fn bad_workbook_import_names_sheet_row_and_cell_and_changes_nothing() {
    let db = example_db();
    let before = db.ok(&["export"]);
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Mutasi").unwrap();
    for (c, h) in ["NIP", "Nama", "Golongan", "Jabatan"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "198811202014022001").unwrap();
    ws.write_string(1, 1, "Dewi Lestari").unwrap();
    ws.write_string(1, 2, "III/a").unwrap();
    ws.write_number(2, 0, 199_001_012_021_211_001.0).unwrap();
    ws.write_string(2, 1, "Andi").unwrap();
    ws.write_string(2, 2, "IX").unwrap();
    let file = db.tmp.path().join("mutasi.xlsx");
    book.save(&file).unwrap();
    let out = db.run(&["--lang", "id", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("mutasi.xlsx: lembar \"Mutasi\" baris 3 nip \"1.99001012021211E+17\": sel A3: nip tersimpan sebagai angka"),
        "{stderr}"
    );
    assert!(stderr.contains("format kolom NIP sebagai Teks"), "{stderr}");
    assert!(
        stderr.contains("1 kesalahan; tidak ada yang diimpor"),
        "{stderr}"
    );
    assert_eq!(db.ok(&["export"]), before);
    // --sheet names a sheet that is not there; the valid row was not imported either.
    let out = db.run(&[
        "--lang",
        "id",
        "import",
        file.to_str().unwrap(),
        "--sheet",
        "Pegawai",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "tidak ada lembar \"Pegawai\": buku kerja ini memiliki lembar \"Mutasi\"; sebut salah satunya dengan --sheet"
        ),
        "{stderr}"
    );
    // --sheet is for workbooks only.
    let csv = db.tmp.path().join("p.csv");
    std::fs::write(&csv, "nip;nama\n").unwrap();
    let out = db.run(&[
        "--lang",
        "id",
        "import",
        csv.to_str().unwrap(),
        "--sheet",
        "Mutasi",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bukan buku kerja .xlsx"));
    assert_eq!(db.ok(&["export"]), before);
}

/// A plan on the small example: the unplaced person into the vacant operator seat
/// (approved, with a remark), and the head of the abolished section out (undecided).
fn plan_db() -> TestDb {
    let db = example_db();
    db.ok(&["plan", "new", "rapat"]);
    db.ok(&[
        "move",
        "199507242019032004",
        "disdukcapil.sekretariat.analis-keuangan",
        "--plan",
        "rapat",
        "--reason",
        // A NIP quoted in free text is masked too.
        "formasi analis kosong sejak mutasi 19850312 201001 2 003",
    ]);
    db.ok(&["move", "197608172003121002", "-", "--plan", "rapat"]);
    db.ok(&[
        "decide",
        "--plan",
        "rapat",
        "1",
        "setuju",
        "--remark",
        "RAHASIA-CATATAN-RAPAT",
    ]);
    db
}

#[test]
fn plan_comparison_workbook_has_typed_moves_units_and_summary() {
    let db = plan_db();
    let file = db.tmp.path().join("rapat.xlsx");
    // The column headings follow the language asked for; these read the Indonesian ones.
    db.ok(&[
        "--lang",
        "id",
        "plan",
        "export",
        "rapat",
        "-o",
        file.to_str().unwrap(),
    ]);
    #[cfg(unix)]
    assert_eq!(mode(&file), 0o600);
    let book = sheets(&file);
    let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["Usulan", "Unit kerja", "Ringkasan", "Audit"]);
    // The audit chain's head when the workbook was made (see README, Security).
    let audit = &book[3].1;
    let head = db
        .ok(&["log", "--verify"])
        .lines()
        .find_map(|l| {
            l.strip_prefix("head: ")?
                .split(", hash ")
                .nth(1)
                .map(str::to_string)
        })
        .unwrap();
    assert_eq!(audit[1][1], Data::String(head));
    let moves = &book[0].1;
    assert_eq!(moves.len(), 3);
    let json: Json =
        serde_json::from_str(&db.ok(&["plan", "export", "rapat", "--format", "json"])).unwrap();
    let first = &json["moves"][0];
    assert_eq!(
        moves[1][column(moves, "NIP")],
        Data::String("199507242019032004".into())
    );
    assert_eq!(moves[1][column(moves, "No")], Data::Float(1.0));
    // JPM as a fraction shown with a percent format.
    match moves[1][column(moves, "JPM sesudah")] {
        Data::Float(f) => {
            let jpm = first["fit_after"].as_f64().unwrap();
            assert!((f * 100.0 - jpm).abs() < 1e-9, "{f} vs {jpm}");
        }
        ref other => panic!("JPM is not a number: {other:?}"),
    }
    assert_eq!(moves[1][column(moves, "JPM sebelum")], Data::Empty);
    assert!(matches!(
        moves[1][column(moves, "Waktu")],
        Data::DateTime(_)
    ));
    assert_eq!(text(&moves[1][column(moves, "Keputusan")]), "setuju");
    assert_eq!(
        text(&moves[2][column(moves, "Keputusan")]),
        "belum diputuskan"
    );
    assert_eq!(
        text(&moves[1][column(moves, "Catatan rapat")]),
        "RAHASIA-CATATAN-RAPAT"
    );
    let units = &book[1].1;
    assert_eq!(units.len() - 1, json["units"].as_array().unwrap().len());
    let summary = &book[2].1;
    let moved = summary
        .iter()
        .find(|r| text(&r[0]) == "Pegawai yang berpindah")
        .unwrap();
    assert_eq!(
        moved[2],
        Data::Float(json["overall"]["people_moved"].as_f64().unwrap())
    );
}

#[test]
fn talent_workbooks_match_the_json_reports() {
    let db = example_db();
    let dir = db.tmp.path();
    // Candidates: the same ranking as --json.
    let cand = dir.join("kandidat.xlsx");
    db.ok(&[
        "candidates",
        "disdukcapil.kadis",
        "-o",
        cand.to_str().unwrap(),
    ]);
    let json: Json =
        serde_json::from_str(&db.ok(&["candidates", "disdukcapil.kadis", "--json"])).unwrap();
    let book = sheets(&cand);
    assert_eq!(book[0].0, "Kandidat");
    let rows = &book[0].1;
    let ranked = json.as_array().unwrap();
    assert_eq!(rows.len() - 1, ranked.len());
    for (row, c) in rows[1..].iter().zip(ranked) {
        assert_eq!(text(&row[column(rows, "NIP")]), c["nip"].as_str().unwrap());
        let Data::Float(jpm) = row[column(rows, "JPM")] else {
            panic!("JPM not a number")
        };
        assert!((jpm * 100.0 - c["jpm"].as_f64().unwrap()).abs() < 0.05);
    }
    assert_eq!(text(&book[1].1[1][0]), "disdukcapil.kadis");

    // Gaps: needs and per-person rows, numbers as numbers.
    let gaps = dir.join("gap.xlsx");
    db.ok(&["gaps", "--format", "xlsx", "-o", gaps.to_str().unwrap()]);
    let json: Json = serde_json::from_str(&db.ok(&["gaps", "--format", "json"])).unwrap();
    let book = sheets(&gaps);
    assert_eq!(book[0].0, "Kebutuhan pelatihan");
    assert_eq!(book[1].0, "Gap per pegawai");
    assert_eq!(book[0].1.len() - 1, json["needs"].as_array().unwrap().len());
    assert_eq!(book[1].1.len() - 1, json["gaps"].as_array().unwrap().len());
    let need = &json["needs"][0];
    let needs = &book[0].1;
    assert_eq!(
        needs[1][column(needs, "Total gap")],
        Data::Float(need["total_gap"].as_f64().unwrap())
    );
    // --needs leaves the per-person sheet out.
    db.ok(&["gaps", "--needs", "-o", gaps.to_str().unwrap()]);
    assert_eq!(sheets(&gaps).len(), 1);

    // 9-box: the grid's counts add up to the JSON's, and everyone is listed.
    let nine = dir.join("ninebox.xlsx");
    db.ok(&["ninebox", "--format", "xlsx", "-o", nine.to_str().unwrap()]);
    let json: Json = serde_json::from_str(&db.ok(&["ninebox", "--json"])).unwrap();
    let book = sheets(&nine);
    let grid = &book[0].1;
    let mut counted = 0.0;
    for row in &grid[1..4] {
        for cell in &row[1..4] {
            let Data::Float(n) = cell else {
                panic!("count not a number: {cell:?}")
            };
            counted += n;
        }
    }
    let rated = json["total"].as_f64().unwrap() - json["counts"]["unrated"].as_f64().unwrap();
    assert_eq!(counted, rated);
    assert_eq!(
        book[1].1.len() - 1,
        json["total"].as_u64().unwrap() as usize
    );
}

#[test]
fn workbooks_go_to_a_pipe_but_never_to_a_terminal() {
    // Standard output here is a pipe: the workbook is written there.
    let db = example_db();
    let out = db.run(&["gaps", "--format", "xlsx"]);
    assert!(out.status.success());
    assert!(out.stdout.starts_with(b"PK\x03\x04"));
    // In a terminal it is refused with what to do instead (the pty runs with an Indonesian
    // locale, so the refusal is in Bahasa Indonesia).
    let mut tui = Tui::start(&db, &["ninebox", "--format", "xlsx"], 100, 10);
    tui.wait_for("tulis dengan -o FILE.xlsx", 10);
    assert_eq!(tui.wait_exit(10), 1);
    assert!(!tui.screen().contains("PK"), "{}", tui.screen());
}

#[test]
fn masked_exports_show_no_nip_and_no_notes_anywhere() {
    let db = plan_db();
    let nips = all_nips(&db);
    let notes = [
        "RAHASIA-CATATAN-RAPAT",
        "Seksi dihapus",
        "cocok untuk seksi keuangan",
    ];
    let dir = db.tmp.path();
    let private = ["--mask-nip", "--no-notes"];
    let commands: Vec<Vec<&str>> = vec![
        vec!["export"],
        vec!["export", "--format", "csv"],
        vec!["plan", "diff", "rapat"],
        vec!["plan", "diff", "rapat", "--json"],
        vec!["plan", "export", "rapat"],
        vec!["plan", "export", "rapat", "--format", "csv"],
        vec!["plan", "export", "rapat", "--format", "json"],
        vec!["plan", "export", "rapat", "--format", "sk"],
        vec!["candidates", "disdukcapil.kadis"],
        vec!["candidates", "disdukcapil.kadis", "--json"],
        vec!["gaps"],
        vec!["gaps", "--format", "csv"],
        vec!["gaps", "--format", "json"],
        vec!["ninebox", "--box", "unrated"],
        vec!["ninebox", "--box", "9", "--json"],
    ];
    let mut saw_masked = 0;
    for command in &commands {
        let plain = db.ok(command);
        let args: Vec<&str> = command.iter().chain(&private).copied().collect();
        let masked = db.ok(&args);
        for nip in &nips {
            assert!(
                !masked.contains(nip.as_str()),
                "{args:?} shows {nip}:\n{masked}"
            );
        }
        for note in notes {
            assert!(!masked.contains(note), "{args:?} shows {note}:\n{masked}");
        }
        // The same output otherwise: each NIP shown plainly is shown masked instead.
        if nips.iter().any(|n| plain.contains(n.as_str())) {
            assert!(masked.contains("******** "), "{args:?}:\n{masked}");
            saw_masked += 1;
        }
    }
    assert!(saw_masked >= 10, "{saw_masked}");
    // Workbooks: the NIP cells are masked and the remarks left out.
    let workbooks: Vec<Vec<&str>> = vec![
        vec!["export"],
        vec!["plan", "export", "rapat"],
        vec!["candidates", "disdukcapil.kadis"],
        vec!["gaps"],
        vec!["ninebox"],
    ];
    for command in workbooks {
        let file = dir.join(format!("{}.xlsx", command.join("-")));
        let mut args = command.clone();
        args.extend(["-o", file.to_str().unwrap()]);
        args.extend(private);
        db.ok(&args);
        let mut nip_cells = 0;
        for (_, rows) in sheets(&file) {
            for cell in rows.iter().flatten() {
                let shown = cell.to_string();
                for nip in &nips {
                    assert!(!shown.contains(nip.as_str()), "{command:?}: {shown}");
                }
                for note in notes {
                    assert!(!shown.contains(note), "{command:?}: {shown}");
                }
                nip_cells += usize::from(shown.starts_with("******** "));
            }
        }
        assert!(nip_cells > 0, "{command:?} has no masked NIP");
    }
}

#[test]
fn masked_exports_cannot_be_imported() {
    let db = example_db();
    let dir = db.tmp.path();
    for (name, format) in [("m.json", "json"), ("m.csv", "csv"), ("m.xlsx", "xlsx")] {
        let file = dir.join(name);
        db.ok(&[
            "export",
            "--format",
            format,
            "--mask-nip",
            "-o",
            file.to_str().unwrap(),
        ]);
        let fresh = TestDb::new();
        let before = fresh.ok(&["export"]);
        let out = fresh.run(&["--lang", "id", "import", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{name} was imported");
        let stderr = String::from_utf8_lossy(&out.stderr);
        // The rule is the domain's (worded by it, naming the option in both languages);
        // the summary is the store's.
        assert!(
            stderr.contains("--mask-nip") && stderr.contains("; tidak ada yang diimpor"),
            "{name}: {stderr}"
        );
        assert_eq!(fresh.ok(&["export"]), before);
    }
}

#[test]
fn completions_man_page_and_version() {
    let db = TestDb::new();
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef penata"),
        ("fish", "complete -c penata"),
    ] {
        let script = db.ok(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: {script}");
        for sub in ["import", "candidates", "ninebox"] {
            assert!(script.contains(sub), "{shell} lacks {sub}");
        }
        assert!(script.contains("mask-nip"), "{shell} lacks --mask-nip");
    }
    let man = db.ok(&["man"]);
    assert!(man.starts_with(".ie"), "{man}");
    assert!(man.contains(".TH penata 1"), "{man}");
    assert!(man.contains("completions"), "{man}");
    let pages = db.tmp.path().join("man");
    db.ok(&["man", "--dir", pages.to_str().unwrap()]);
    assert!(pages.join("penata.1").is_file());
    let export_page = std::fs::read_to_string(pages.join("penata-export.1")).unwrap();
    assert!(export_page.contains("mask\\-nip"), "{export_page}");
    // None of these needs or creates a database.
    assert!(!db.dir().exists());
    let version = db.ok(&["--version"]);
    assert_eq!(
        version.trim(),
        format!(
            "penata {} (data format {}, database schema {})",
            env!("CARGO_PKG_VERSION"),
            penata::store::format::FORMAT_V1,
            penata::store::codec::SCHEMA_VERSION
        )
    );
}
