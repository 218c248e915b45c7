use super::*;
use crate::domain::{Competency, Employee, Levels, Position, Unit, WorkloadEntry};
use crate::domain::{
    CompetencyGroup, Feedback, Nip, Note, Performance, PositionType, Potential, Rank, Readiness,
    Severity,
};
use proptest::prelude::*;
use time::OffsetDateTime;

fn example_text() -> String {
    let path = format!("{}/fixtures/example-small.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

fn export(org: &Organization) -> String {
    let mut out = Vec::new();
    write_v1(org, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn example_parses() {
    let org = parse_v1("example-small.json", &example_text()).unwrap();
    assert_eq!(org.name(), "Pemerintah Kota Semarang");
    assert_eq!(org.competencies().len(), 5);
    assert_eq!(org.units().len(), 3);
    assert_eq!(org.positions().len(), 4);
    assert_eq!(org.employees().len(), 4);
    let nip = Nip::parse("197608172003121002").unwrap();
    let e = org.employee(org.employee_ix(&nip).unwrap());
    assert_eq!(e.readiness, Some(Readiness::Ragu));
    assert_eq!(e.notes.len(), 1);
    assert_eq!(org.unplaced().len(), 1);
    let analis = org
        .position_ix("disdukcapil.sekretariat.analis-keuangan")
        .unwrap();
    assert_eq!(org.position(analis).workload.len(), 2);
}

#[test]
fn doc_example_is_the_fixture() {
    let path = format!("{}/docs/format.md", env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(path).unwrap();
    let start = doc.find("### Complete example").unwrap();
    let block = &doc[start..];
    let open = block.find("```json\n").unwrap() + "```json\n".len();
    let close = block[open..].find("```").unwrap();
    assert_eq!(&block[open..open + close], example_text());
}

#[test]
fn export_round_trips_and_is_stable() {
    let org = parse_v1("example-small.json", &example_text()).unwrap();
    let first = export(&org);
    assert!(first.ends_with("}\n"));
    let again = parse_v1("export.json", &first).unwrap();
    assert_eq!(again, org);
    assert_eq!(export(&again), first);
    // Not-assessed values and empty lists are left out; NIPs are written without spaces.
    assert!(first.contains("\"nip\": \"197608172003121002\""));
    assert!(!first.contains("\"notes\": []"));
    assert!(!first.contains("\"workload\": []"));
    assert!(!first.contains("\"performance\": null"));
    assert!(first.contains("\"parent\": null"));
}

/// The example with feedback on two units, as a later export would write it.
fn with_feedback() -> String {
    example_text()
        .replace(
            r#"{"id": "disdukcapil", "name": "Dinas Kependudukan dan Pencatatan Sipil", "parent": null}"#,
            r#"{"id": "disdukcapil", "name": "Dinas Kependudukan dan Pencatatan Sipil", "parent": null,
     "feedback": [
       {"date": "2026-09-20", "source": "forum warga", "severity": "low",
        "text": "Petugas ramah dan sigap.", "recorded_by": "sari",
        "recorded_at": "2026-09-21T08:00:00+07:00"}
     ]}"#,
        )
        .replace(
            r#"{"id": "disdukcapil.dafduk", "name": "Bidang Pelayanan Pendaftaran Penduduk", "parent": "disdukcapil"}"#,
            r#"{"id": "disdukcapil.dafduk", "name": "Bidang Pelayanan Pendaftaran Penduduk", "parent": "disdukcapil",
     "feedback": [
       {"date": "2026-10-14", "source": "SP4N-LAPOR!", "severity": "high",
        "text": "Antrean perekaman KTP-el sampai siang; nomor antrean habis pukul 09.00.",
        "recorded_by": "ratna", "recorded_at": "2026-10-15T09:12:00+07:00"},
       {"text": "Minta layanan jemput bola KTP-el untuk lansia.", "severity": "medium",
        "date": "2026-10-02", "source": null, "recorded_by": "ratna",
        "recorded_at": "2026-10-03T10:00:00+07:00"}
     ]}"#,
        )
}

#[test]
fn feedback_is_read_and_round_trips() {
    let text = with_feedback();
    assert_ne!(text, example_text());
    let org = parse_v1("feedback.json", &text).unwrap();
    let dafduk = org.unit(org.unit_ix("disdukcapil.dafduk").unwrap());
    assert_eq!(dafduk.feedback.len(), 2);
    let f = &dafduk.feedback[0];
    assert_eq!(f.date, time::macros::date!(2026 - 10 - 14));
    assert_eq!(f.source.as_deref(), Some("SP4N-LAPOR!"));
    assert_eq!(f.severity, Severity::High);
    assert_eq!(f.recorded_by, "ratna");
    assert_eq!(
        f.recorded_at,
        time::macros::datetime!(2026-10-15 09:12 +07:00)
    );
    assert_eq!(dafduk.feedback[1].source, None);
    assert_eq!(org.unit(0).feedback.len(), 1);
    assert!(org.unit(1).feedback.is_empty());

    // import -> export -> import is the identity, and the export is stable.
    let first = export(&org);
    let again = parse_v1("export.json", &first).unwrap();
    assert_eq!(again, org);
    assert_eq!(export(&again), first);
    // Keys in the documented order; a missing source is left out; units without feedback
    // get no key.
    let at = first.find("\"feedback\": [").unwrap();
    let entry = &first[at..];
    let order: Vec<usize> = [
        "\"date\"",
        "\"source\"",
        "\"severity\"",
        "\"text\"",
        "\"recorded_by\"",
        "\"recorded_at\"",
    ]
    .iter()
    .map(|k| entry.find(k).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{entry}");
    assert!(!first.contains("\"source\": null"));
    assert_eq!(first.matches("\"feedback\":").count(), 2);
    assert!(first.contains("\"recorded_at\": \"2026-10-15T09:12:00+07:00\""));
}

#[test]
fn a_file_without_feedback_exports_as_before() {
    // Older files have no feedback key anywhere; their export must not grow one.
    let org = parse_v1("example-small.json", &example_text()).unwrap();
    assert!(org.units().iter().all(|u| u.feedback.is_empty()));
    let out = export(&org);
    assert!(!out.contains("feedback"), "{out}");
    // `null` and `[]` are read as no feedback, like the other optional lists.
    let null = example_text().replace(
        r#""parent": "disdukcapil"}"#,
        r#""parent": "disdukcapil", "feedback": null}"#,
    );
    let empty = example_text().replace(
        r#""parent": "disdukcapil"}"#,
        r#""parent": "disdukcapil", "feedback": []}"#,
    );
    for text in [null, empty] {
        assert_ne!(text, example_text());
        assert_eq!(parse_v1("x.json", &text).unwrap(), org);
    }
}

#[test]
fn every_feedback_problem_is_reported_with_its_record() {
    let text = with_feedback()
        .replace(r#""severity": "high""#, r#""severity": "urgent""#)
        .replace(r#""date": "2026-10-02""#, r#""date": "2026-02-30""#)
        .replace(r#""text": "Petugas ramah dan sigap.""#, r#""text": """#);
    let errors = parse_v1("fb.json", &text).unwrap_err();
    let lines: Vec<String> = errors
        .errors
        .iter()
        .map(|e| crate::lang::Lang::Id.say(&e.msg()))
        .collect();
    assert_eq!(errors.total(), 3, "{errors}");
    assert!(
        lines[0].starts_with("fb.json:12: units[0] id disdukcapil: feedback[0].text \"\": "),
        "{errors}"
    );
    assert!(
        lines.iter().any(|l| l.contains("units[2] id disdukcapil.dafduk: feedback[0].severity \"urgent\": harus salah satu dari low, medium, high")),
        "{errors}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("feedback[1].date \"2026-02-30\": harus tanggal kalender")),
        "{errors}"
    );
}

#[test]
fn optional_fields_may_be_left_out_or_null() {
    let text = r#"{"format": "penata/v1", "organization": "Kota Uji",
      "competencies": [], "units": [{"id": "u", "name": "U"}],
      "positions": [{"id": "p", "unit": "u", "title": "Staf", "type": "pelaksana", "formation": 0}],
      "employees": [{"nip": "198503122010012003", "name": "Sri", "rank": "III/c",
                     "performance": null, "notes": null, "competencies": null}]}"#;
    let org = parse_v1("min.json", text).unwrap();
    assert_eq!(org.units()[0].parent, None);
    assert!(org.positions()[0].requirements.is_empty());
    assert_eq!(org.employees()[0].position, None);
    assert_eq!(org.employees()[0].performance, None);
}

#[test]
fn every_problem_in_a_file_is_reported() {
    let text = example_text()
        .replace("\"rank\": \"IV/a\"", "\"rank\": \"IV/f\"")
        .replace("\"formation\": 3", "\"formation\": \"3\"")
        .replace(
            "\"parent\": \"disdukcapil\"}",
            "\"parent\": \"disdukcapil\", \"level\": 2}",
        );
    let errors = parse_v1("x.json", &text).unwrap_err();
    let fields: Vec<&str> = errors.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["level", "level", "formation", "rank"], "{errors}");
    assert!(errors.errors.iter().all(|e| e.line.is_some()));
}

#[test]
fn keys_may_come_in_any_order() {
    let text = r#"{"employees": [{"nip": "198503122010012003", "name": "Sri", "rank": "III/c",
                     "position": "p", "competencies": {"INT": 2}}],
      "positions": [{"id": "p", "unit": "u", "title": "Staf", "type": "pelaksana", "formation": 1}],
      "units": [{"id": "u", "name": "U", "parent": null}],
      "competencies": [{"code": "INT", "name": "Integritas", "group": "manajerial"}],
      "organization": "Kota Uji", "format": "penata/v1"}"#;
    let org = parse_v1("any-order.json", text).unwrap();
    assert_eq!(org.holders(0).len(), 1);
}

#[test]
fn a_syntax_error_is_the_only_error_reported() {
    let text = "{\"format\": \"penata/v1\", \"employees\": [{\"nip\": \"1\"},\n{\"nip\": 2} x";
    let errors = parse_v1("broken.json", text).unwrap_err();
    assert_eq!(errors.total(), 1, "{errors}");
    assert!(
        crate::lang::Lang::Id
            .say(&errors.errors[0].msg())
            .starts_with("broken.json:2: JSON tidak sah: "),
        "{errors}"
    );
}

#[test]
fn line_scan_ignores_brackets_in_strings() {
    let text = "{\n \"organization\": \"a [b] {c}\",\n \"units\": [\n  {\"id\": \"x\\\"]\"},\n\n  {\"id\": \"y\"}\n ],\n \"employees\": [ \"e\",\n 5 ]\n}";
    let lines = scan_lines(text);
    assert_eq!(lines.units, [4, 6]);
    assert_eq!(lines.employees, [8, 9]);
    assert_eq!(lines.keys["organization"], 2);
    assert_eq!(lines.keys["employees"], 8);
}

/// A feedback entry that follows the rules (the file format may hold any such entry).
fn feedback_strategy() -> impl Strategy<Value = Feedback> {
    (
        0i32..40_000,
        proptest::option::of("\\PC{0,10}"),
        0usize..3,
        "\\PC{0,40}",
        "[a-z.]{1,10}",
        -2_000_000_000i64..4_000_000_000,
        -12 * 60i32..=14 * 60,
    )
        .prop_map(|(day, source, severity, text, by, secs, offset)| Feedback {
            date: time::Date::from_julian_day(2_440_000 + day).unwrap(),
            source: source.map(|s| format!("s{s}")),
            text: format!("t{text}"),
            severity: Severity::ALL[severity],
            recorded_by: by,
            recorded_at: OffsetDateTime::from_unix_timestamp(secs)
                .unwrap()
                .to_offset(time::UtcOffset::from_whole_seconds(offset * 60).unwrap()),
        })
}

/// Builds an organization from random choices; every reference resolves by construction.
#[allow(clippy::type_complexity)]
pub(super) fn org_strategy() -> impl Strategy<Value = Organization> {
    let comps = prop::collection::btree_set("[A-Z][A-Z0-9_-]{0,5}", 0..5);
    let units = prop::collection::vec(
        (
            any::<Option<prop::sample::Index>>(),
            "\\PC{1,12}",
            prop::collection::vec(feedback_strategy(), 0..3),
        ),
        0..6,
    );
    let positions = prop::collection::vec(
        (
            any::<prop::sample::Index>(),
            "[a-z][a-z.]{0,8}",
            0usize..7,
            0u32..5,
            prop::collection::vec((any::<prop::sample::Index>(), 1u8..=5), 0..3),
            prop::collection::vec(("\\PC{1,10}", 0u32..2000, 0u32..600), 0..2),
        ),
        0..6,
    );
    let employees = prop::collection::vec(
        (
            (
                1960i32..2000,
                1u8..=12,
                1u8..=28,
                18i32..40,
                any::<bool>(),
                any::<bool>(),
            ),
            (1u8..=4, 0u8..4, 1u8..=17),
            "\\PC{0,16}",
            any::<Option<prop::sample::Index>>(),
            prop::collection::vec((any::<prop::sample::Index>(), 1u8..=5), 0..3),
            (0usize..6, 0usize..4, 0usize..4),
            prop::collection::vec(
                (
                    0i64..4_000_000_000,
                    -720i32..840,
                    0u32..1_000_000_000,
                    "\\PC{1,8}",
                    "\\PC{1,20}",
                ),
                0..3,
            ),
        ),
        0..8,
    );
    ("\\PC{1,20}", comps, units, positions, employees).prop_map(
        |(name, comps, units, positions, employees)| {
            let competencies: Vec<Competency> = comps
                .into_iter()
                .enumerate()
                .map(|(i, code)| Competency {
                    name: format!("Kompetensi {code}"),
                    code,
                    group: CompetencyGroup::ALL[i % 3],
                })
                .collect();
            let units: Vec<Unit> = units
                .into_iter()
                .enumerate()
                .map(|(i, (parent, name, feedback))| Unit {
                    id: format!("u{i}"),
                    name: format!("Unit {name}"),
                    parent: parent.filter(|_| i > 0).map(|p| format!("u{}", p.index(i))),
                    feedback,
                    siasn_id: None,
                })
                .collect();
            let positions: Vec<Position> = if units.is_empty() {
                Vec::new()
            } else {
                positions
                    .into_iter()
                    .enumerate()
                    .map(|(i, (unit, id, kind, formation, reqs, work))| Position {
                        id: format!("{id}{i}"),
                        unit: units[unit.index(units.len())].id.clone(),
                        title: format!("Jabatan {i}"),
                        kind: PositionType::ALL[kind],
                        formation,
                        requirements: levels(&competencies, reqs),
                        workload: work
                            .into_iter()
                            .map(|(task, volume, minutes)| WorkloadEntry {
                                task: format!("T {task}"),
                                volume,
                                minutes,
                            })
                            .collect(),
                        siasn_id: None,
                        jenjang: None,
                    })
                    .collect()
            };
            let employees = employees
                .into_iter()
                .enumerate()
                .map(|(i, drawn)| employee_of(i, drawn, &competencies, &positions))
                .collect();
            Organization::from_parts(
                format!("Kota {name}"),
                competencies,
                units,
                positions,
                employees,
            )
        },
    )
}

/// What the strategy draws for one employee: NIP parts (birth date, age at appointment,
/// PPPK, female), rank parts, name, seat, competencies, ratings and notes.
type EmployeeDraw = (
    (i32, u8, u8, i32, bool, bool),
    (u8, u8, u8),
    String,
    Option<prop::sample::Index>,
    Vec<(prop::sample::Index, u8)>,
    (usize, usize, usize),
    Vec<(i64, i32, u32, String, String)>,
);

/// The `i`-th drawn employee, with a NIP unique by `i` and references that resolve.
fn employee_of(
    i: usize,
    drawn: EmployeeDraw,
    competencies: &[Competency],
    positions: &[Position],
) -> Employee {
    let (nip, rank, name, seat, comps, (perf, pot, ready), notes) = drawn;
    let (year, month, day, age, pppk, female) = nip;
    let sex = if female { 2 } else { 1 };
    let text = if pppk {
        format!(
            "{year}{month:02}{day:02}{}2{}{sex}{:03}",
            year + age,
            1 + i % 9,
            i + 1
        )
    } else {
        format!(
            "{year}{month:02}{day:02}{}{:02}{sex}{:03}",
            year + age,
            month,
            i + 1
        )
    };
    let rank = if pppk {
        Rank::Pppk(rank.2)
    } else {
        Rank::Pns {
            golongan: rank.0,
            ruang: rank.1,
        }
    };
    Employee {
        nip: Nip::parse(&text).unwrap(),
        name: format!("Pegawai {name}"),
        rank,
        position: seat
            .filter(|_| !positions.is_empty())
            .map(|p| positions[p.index(positions.len())].id.clone()),
        competencies: levels(competencies, comps),
        performance: Performance::ALL.get(perf).copied(),
        potential: Potential::ALL.get(pot).copied(),
        readiness: Readiness::ALL.get(ready).copied(),
        notes: notes
            .into_iter()
            .map(|(secs, offset, nanos, author, text)| Note {
                at: OffsetDateTime::from_unix_timestamp(secs)
                    .unwrap()
                    .replace_nanosecond(nanos)
                    .unwrap()
                    .to_offset(time::UtcOffset::from_whole_seconds(offset * 60).unwrap()),
                author: format!("a{author}"),
                text: format!("t{text}"),
            })
            .collect(),
        profile: Default::default(),
    }
}

fn levels(dict: &[Competency], picks: Vec<(prop::sample::Index, u8)>) -> Levels {
    if dict.is_empty() {
        return Levels::new();
    }
    picks
        .into_iter()
        .map(|(i, l)| (dict[i.index(dict.len())].code.clone(), l))
        .collect()
}

proptest! {
    #[test]
    fn export_then_import_is_identity(org in org_strategy()) {
        let text = export(&org);
        let back = parse_v1("export.json", &text);
        prop_assert!(back.is_ok(), "{}", back.unwrap_err());
        let back = back.unwrap();
        prop_assert_eq!(&back, &org);
        prop_assert_eq!(export(&back), text);
    }
}

proptest! {
    // Each case opens a database on disk: fewer cases, same generator.
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Importing an export into an empty database reproduces the organization exactly,
    /// and exporting it again gives the same bytes.
    #[test]
    fn export_import_into_empty_database_is_identity(org in org_strategy()) {
        use crate::store::sled_store::SledStore;
        use crate::store::{Change, OrgStore};
        let text = export(&org);
        let parsed = parse_v1("export.json", &text).unwrap();
        let tmp = tempfile::tempdir().unwrap();
        let store = SledStore::open(tmp.path()).unwrap();
        store.apply(&Change::ReplaceOrganization { org: parsed, demo: false }).unwrap();
        drop(store);
        let loaded = SledStore::open(tmp.path()).unwrap().load().unwrap();
        prop_assert_eq!(&loaded, &org);
        prop_assert_eq!(export(&loaded), text);
    }
}

/// Scale check, run by hand: `PENATA_SCALE=1000000 cargo test --release --lib scale -- --ignored --nocapture`.
#[test]
#[ignore = "slow: measures a large import"]
fn scale() {
    let n: usize = std::env::var("PENATA_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200_000);
    let mut text = String::from(
        "{\"format\": \"penata/v1\", \"organization\": \"K\", \"competencies\": [{\"code\": \"INT\", \"name\": \"I\", \"group\": \"manajerial\"}],\n\
         \"units\": [{\"id\": \"u\", \"name\": \"U\", \"parent\": null}],\n\
         \"positions\": [{\"id\": \"p\", \"unit\": \"u\", \"title\": \"T\", \"type\": \"pelaksana\", \"formation\": 1, \"requirements\": {}}],\n\
         \"employees\": [\n",
    );
    for i in 0..n {
        let sep = if i + 1 < n { "," } else { "" };
        let (seq, rest) = (i % 999 + 1, i / 999);
        let (sex, rest) = (rest % 2 + 1, rest / 2);
        let (month, rest) = (rest % 12 + 1, rest / 12);
        let (day, year) = (rest % 28 + 1, 1970 + (rest / 28) % 10);
        text.push_str(&format!(
            "{{\"nip\": \"{year}01{day:02}2005{month:02}{sex}{seq:03}\", \"name\": \"Pegawai Nomor {i}, S.E.\", \
             \"rank\": \"III/c\", \"position\": \"p\", \"competencies\": {{\"INT\": 3}}, \"performance\": \"baik\", \
             \"notes\": [{{\"at\": \"2026-10-01T09:00:00+07:00\", \"author\": \"budi\", \"text\": \"Catatan\"}}]}}{sep}\n"
        ));
    }
    text.push_str("]}\n");
    let started = std::time::Instant::now();
    let org = parse_v1("scale.json", &text).unwrap_or_else(|e| panic!("{e}"));
    let parsed = started.elapsed();
    let megabytes = text.len() / 1_000_000;
    drop(text);
    write_v1(&org, &mut std::io::sink()).unwrap();
    println!(
        "{n} employees, {megabytes} MB: parse {parsed:?}, write {:?}",
        started.elapsed() - parsed
    );
    assert_eq!(org.employees().len(), n);
}
