//! `penata/v1` tests of the keys SIASN imports add: read, written only when set,
//! export -> import the identity, and each validation problem reported.

use super::*;
use crate::domain::{Jenjang, Performance, SkpYear};
use crate::lang::Lang;
use proptest::prelude::*;

fn example_text() -> String {
    let path = format!("{}/fixtures/example-small.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

fn export(org: &Organization) -> String {
    let mut out = Vec::new();
    write_v1(org, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

const SRI: &str = r#""performance": "sangat_baik", "potential": "tinggi", "readiness": "siap"}"#;
const UNIT: &str = r#""parent": null}"#;
const POSITION: &str = r#""type": "fungsional", "formation": 2,"#;

/// The example with SIASN keys on one unit, one position and one employee; `sri` is the
/// text of Sri's SIASN keys.
fn with_siasn(sri: &str) -> String {
    example_text()
        .replace(UNIT, r#""parent": null, "siasn_id": "A8ACA7397AEB3912E040640A040269BB"}"#)
        .replace(
            POSITION,
            r#""type": "fungsional", "formation": 2, "siasn_id": "8ae48366", "jenjang": "ahli_muda","#,
        )
        .replace(SRI, &SRI.replace('}', &format!(", {sri}}}")))
}

const SRI_KEYS: &str = r#""pns_id": "A5EB03E23C1FF6A0E040640A040252AD", "birth_date": "1985-03-12",
     "tmt_cpns": "2010-01-01", "tmt_jabatan": "2023-07-03", "education_level": "S-2",
     "education_name": "S-2 Manajemen Keuangan", "kedudukan": "Aktif",
     "skp": [{"year": 2025, "predicate": "sangat_baik"}, {"predicate": "baik", "year": 2024}]"#;

#[test]
fn siasn_keys_are_read_and_round_trip() {
    let text = with_siasn(SRI_KEYS);
    assert_ne!(text, example_text());
    let org = parse_v1("siasn.json", &text).unwrap();
    assert_eq!(
        org.unit(0).siasn_id.as_deref(),
        Some("A8ACA7397AEB3912E040640A040269BB")
    );
    let p = &org.positions()[1];
    assert_eq!(p.siasn_id.as_deref(), Some("8ae48366"));
    assert_eq!(p.jenjang, Some(Jenjang::AhliMuda));
    let sri = org
        .employees()
        .iter()
        .find(|e| e.nip.as_str() == "198503122010012003")
        .unwrap();
    let prof = &sri.profile;
    assert_eq!(
        prof.pns_id.as_deref(),
        Some("A5EB03E23C1FF6A0E040640A040252AD")
    );
    assert_eq!(prof.birth_date, Some(time::macros::date!(1985 - 03 - 12)));
    assert_eq!(prof.tmt_cpns, Some(time::macros::date!(2010 - 01 - 01)));
    assert_eq!(prof.tmt_jabatan, Some(time::macros::date!(2023 - 07 - 03)));
    assert_eq!(prof.education_level.as_deref(), Some("S-2"));
    assert_eq!(
        prof.education_name.as_deref(),
        Some("S-2 Manajemen Keuangan")
    );
    assert_eq!(prof.kedudukan.as_deref(), Some("Aktif"));
    // Sorted by year on read.
    assert_eq!(
        prof.skp,
        vec![
            SkpYear {
                year: 2024,
                predicate: Performance::Baik
            },
            SkpYear {
                year: 2025,
                predicate: Performance::SangatBaik
            },
        ]
    );
    let first = export(&org);
    let again = parse_v1("export.json", &first).unwrap();
    assert_eq!(again, org);
    assert_eq!(export(&again), first);
    assert!(first.contains("\"jenjang\": \"ahli_muda\""), "{first}");
    assert!(first.contains("\"birth_date\": \"1985-03-12\""), "{first}");
    assert!(first.contains("\"year\": 2024,\n"), "{first}");
    // Only the records that have them carry the keys.
    assert_eq!(first.matches("\"siasn_id\"").count(), 2);
    assert_eq!(first.matches("\"pns_id\"").count(), 1);
    assert_eq!(first.matches("\"skp\"").count(), 1);
}

#[test]
fn a_file_without_siasn_keys_exports_byte_for_byte_as_before() {
    let org = parse_v1("example-small.json", &example_text()).unwrap();
    let out = export(&org);
    for key in [
        "siasn_id",
        "jenjang",
        "pns_id",
        "birth_date",
        "tmt_cpns",
        "tmt_jabatan",
        "education_level",
        "education_name",
        "kedudukan",
        "skp",
    ] {
        assert!(!out.contains(&format!("\"{key}\"")), "{key}: {out}");
    }
    // null reads as not set.
    let null = with_siasn(r#""pns_id": null, "skp": null, "birth_date": null"#)
        .replace(
            r#", "siasn_id": "A8ACA7397AEB3912E040640A040269BB""#,
            r#", "siasn_id": null"#,
        )
        .replace(
            r#", "siasn_id": "8ae48366", "jenjang": "ahli_muda""#,
            r#", "jenjang": null"#,
        );
    assert_eq!(parse_v1("null.json", &null).unwrap(), org);
}

/// Every problem of the file, worded in Indonesian, and how many there were.
fn problems(sri: &str) -> (Vec<String>, usize) {
    let errors = parse_v1("s.json", &with_siasn(sri)).unwrap_err();
    let lines = errors
        .errors
        .iter()
        .map(|e| Lang::Id.say(&e.msg()))
        .collect();
    (lines, errors.total())
}

fn has(lines: &[String], needle: &str) -> bool {
    lines.iter().any(|l| l.contains(needle))
}

#[test]
fn each_siasn_problem_is_reported_in_one_pass() {
    let long = "x".repeat(201);
    let sri = format!(
        r#""pns_id": "", "birth_date": "1985-02-30", "tmt_jabatan": 20230703,
        "education_level": "{long}", "education_name": "S-1\tAkuntansi", "kedudukan": 1,
        "skp": [{{"year": 1989, "predicate": "baik"}}, {{"year": 2024, "predicate": "hebat"}},
                {{"year": 2025, "predicate": "baik", "nilai": 90}}, {{"year": 2025, "predicate": "kurang"}},
                {{"predicate": "baik"}}, "2026"]"#
    );
    let (lines, total) = problems(&sri);
    let all = lines.join("\n");
    assert!(has(&lines, "pns_id kosong"), "{all}");
    assert!(
        has(&lines, "birth_date \"1985-02-30\": harus tanggal kalender"),
        "{all}"
    );
    assert!(
        has(&lines, "tmt_jabatan 20230703: harus berupa teks, atau null"),
        "{all}"
    );
    assert!(
        has(
            &lines,
            "education_level panjangnya 201 karakter: paling banyak 200"
        ),
        "{all}"
    );
    assert!(
        has(
            &lines,
            "education_name \"S-1\\tAkuntansi\": tidak boleh berisi karakter kontrol"
        ),
        "{all}"
    );
    assert!(has(&lines, "kedudukan 1: harus berupa teks"), "{all}");
    assert!(
        has(&lines, "skp[0].year 1989: harus tahun 1990 sampai 2100"),
        "{all}"
    );
    assert!(has(&lines, "skp[1].predicate \"hebat\""), "{all}");
    assert!(
        has(&lines, "skp[2]: kolom \"nilai\" tidak dikenal"),
        "{all}"
    );
    assert!(has(&lines, "skp[3].year 2025 tercantum dua kali"), "{all}");
    assert!(has(&lines, "skp[4].year tidak ada"), "{all}");
    assert!(
        has(
            &lines,
            "skp[5] \"2026\": harus objek dengan year, predicate"
        ),
        "{all}"
    );
    assert_eq!(total, 12, "{all}");
    // Each names the employee's record.
    assert!(
        lines
            .iter()
            .all(|l| l.contains("employees[0] nip 198503122010012003")),
        "{all}"
    );
}

#[test]
fn dates_must_agree_with_the_nip_and_each_other() {
    let (lines, total) = problems(r#""birth_date": "1985-03-13""#);
    assert_eq!(total, 1, "{lines:?}");
    assert!(
        has(
            &lines,
            "birth_date 1985-03-13 berbeda dengan tanggal lahir di NIP, 1985-03-12"
        ),
        "{lines:?}"
    );
    let (lines, total) = problems(r#""tmt_cpns": "1985-03-11""#);
    assert_eq!(total, 1, "{lines:?}");
    assert!(
        has(
            &lines,
            "tmt_cpns 1985-03-11 lebih awal dari tanggal lahir 1985-03-12"
        ),
        "{lines:?}"
    );
    // The day of birth itself is allowed, and English words it too.
    assert!(parse_v1("s.json", &with_siasn(r#""tmt_cpns": "1985-03-12""#)).is_ok());
    let errors = parse_v1("s.json", &with_siasn(r#""birth_date": "1985-03-13""#)).unwrap_err();
    let en = Lang::En.say(&errors.errors[0].msg());
    assert!(
        en.contains("differs from the birth date in the NIP, 1985-03-12"),
        "{en}"
    );
}

#[test]
fn unit_and_position_siasn_problems_are_reported() {
    let text = with_siasn("")
        .replace(", }", "}")
        .replace("\"ahli_muda\"", "\"ahli muda\"")
        .replace("\"8ae48366\"", "\"\"")
        .replace("\"A8ACA7397AEB3912E040640A040269BB\"", "42");
    let errors = parse_v1("s.json", &text).unwrap_err();
    let lines: Vec<String> = errors
        .errors
        .iter()
        .map(|e| Lang::Id.say(&e.msg()))
        .collect();
    let all = lines.join("\n");
    assert_eq!(errors.total(), 3, "{all}");
    assert!(
        has(
            &lines,
            "units[0] id disdukcapil: siasn_id 42: harus berupa teks"
        ),
        "{all}"
    );
    assert!(has(&lines, "siasn_id kosong"), "{all}");
    assert!(
        has(
            &lines,
            "jenjang \"ahli muda\": harus salah satu dari ahli_utama"
        ),
        "{all}"
    );
}

/// What one draw adds to the `i`-th unit, position and employee: ids, a jenjang, the
/// profile's texts, days from birth to TMT CPNS and to TMT jabatan, SKP years.
type SiasnDraw = (
    Option<String>,
    Option<usize>,
    (Option<String>, Option<String>, Option<String>),
    (bool, Option<i64>, Option<i64>),
    std::collections::BTreeMap<u16, usize>,
);

fn siasn_draw() -> impl Strategy<Value = SiasnDraw> {
    use proptest::option::of;
    (
        of("[A-Za-z0-9-]{1,40}"),
        of(0usize..Jenjang::ALL.len()),
        (of("\\PC{0,30}"), of("\\PC{0,30}"), of("[A-Z][a-z ]{0,20}")),
        (any::<bool>(), of(0i64..25_000), of(0i64..25_000)),
        prop::collection::btree_map(1990u16..=2100, 0usize..Performance::ALL.len(), 0..4),
    )
}

fn with_drawn(org: Organization, draws: Vec<SiasnDraw>) -> Organization {
    let mut units = org.units().to_vec();
    let mut positions = org.positions().to_vec();
    let mut employees = org.employees().to_vec();
    let text = |s: Option<String>| s.map(|s| format!("S{s}"));
    for (i, (id, jenjang, texts, dates, skp)) in draws.into_iter().enumerate() {
        if let Some(u) = units.get_mut(i) {
            u.siasn_id = id.clone();
        }
        if let Some(p) = positions.get_mut(i) {
            p.siasn_id = id.clone();
            p.jenjang = jenjang.map(|j| Jenjang::ALL[j]);
        }
        let Some(e) = employees.get_mut(i) else {
            continue;
        };
        let born = e.nip.birth_date().unwrap();
        let (with_birth, cpns, jabatan) = dates;
        let p = &mut e.profile;
        p.pns_id = id;
        p.birth_date = with_birth.then_some(born);
        p.tmt_cpns = cpns.map(|d| born + time::Duration::days(d));
        p.tmt_jabatan = jabatan.map(|d| born + time::Duration::days(d));
        (p.education_level, p.education_name, p.kedudukan) =
            (text(texts.0), text(texts.1), text(texts.2));
        p.skp = skp
            .into_iter()
            .map(|(year, k)| SkpYear {
                year,
                predicate: Performance::ALL[k],
            })
            .collect();
    }
    Organization::from_parts(
        org.name().into(),
        org.competencies().to_vec(),
        units,
        positions,
        employees,
    )
}

proptest! {
    #[test]
    fn export_then_import_keeps_every_siasn_field(
        org in super::tests::org_strategy(),
        draws in prop::collection::vec(siasn_draw(), 0..6),
    ) {
        let org = with_drawn(org, draws);
        let text = export(&org);
        let back = parse_v1("export.json", &text);
        prop_assert!(back.is_ok(), "{}", back.unwrap_err());
        let back = back.unwrap();
        prop_assert_eq!(&back, &org);
        prop_assert_eq!(export(&back), text);
    }
}
