//! The builder on rows made by hand: every cross-file rule, the merge of a refresh, and
//! what is kept of a stored organization.

use super::build::{Options, Report, build};
use super::rows::*;
use crate::domain::{Nip, Organization, Performance, PositionType, Rank};

fn at(file: usize, row: u32) -> At {
    At { file, row }
}

fn file(name: &str, kind: FileKind, pppk: bool) -> SourceFile {
    SourceFile {
        name: name.into(),
        kind,
        sheet: None,
        rows: 0,
        ignored: Vec::new(),
        pppk,
    }
}

fn unit(row: u32, id: &str, name: &str, parent: Option<&str>) -> UnitRow {
    UnitRow {
        at: at(1, row),
        id: id.into(),
        name: name.into(),
        parent: parent.map(Into::into),
        eselon: None,
        order: None,
    }
}

fn nip(s: &str) -> Nip {
    Nip::parse(s).unwrap()
}

fn person(
    row: u32,
    n: &str,
    name: &str,
    unor: &str,
    jabatan: &str,
    jabatan_id: Option<&str>,
) -> ProfileRow {
    let nip = nip(n);
    ProfileRow {
        at: at(0, row),
        pns_id: Some(format!("PNS-{n}")),
        nip,
        name: name.into(),
        birth_date: nip.birth_date(),
        kedudukan: Some("Aktif".into()),
        active: true,
        rank: Some(match nip.kind() {
            crate::domain::AsnKind::Pns => Rank::parse("III/a").unwrap(),
            crate::domain::AsnKind::Pppk => Rank::parse("IX").unwrap(),
        }),
        tmt_cpns: None,
        jenis: None,
        eselon: None,
        jabatan_id: jabatan_id.map(Into::into),
        jabatan: (!jabatan.is_empty()).then(|| jabatan.into()),
        tmt_jabatan: None,
        education_level: Some("S-1/Sarjana".into()),
        education_name: None,
        unor_id: Some(unor.into()),
        unor_name: None,
        unor_path: Vec::new(),
        instansi: Some("Pemerintah Kota Binjai".into()),
    }
}

const SRI: &str = "198503122010012003";
const BUDI: &str = "197608172003121002";
const AGUS: &str = "199204052022211001";
const RINA: &str = "199507242019032004";

/// A kota with two dinas, each with a "Seksi 2 Pelayanan" (the same name, two units).
fn kota() -> Parsed {
    Parsed {
        files: vec![
            file("asn.csv", FileKind::Profile, false),
            file("unor.xlsx", FileKind::Hierarchy, false),
            file("peta.xlsx", FileKind::PetaJabatan, false),
            file("skp.csv", FileKind::Skp, false),
            file("pppk.csv", FileKind::Profile, true),
        ],
        units: vec![
            unit(2, "ROOT", "Pemerintah Kota Binjai", None),
            unit(3, "DINKES", "Dinas Kesehatan", Some("ROOT")),
            unit(4, "DINKES-S2", "Seksi 2 Pelayanan", Some("DINKES")),
            unit(
                5,
                "DUKCAPIL",
                "Dinas Kependudukan dan Pencatatan Sipil",
                Some("ROOT"),
            ),
            unit(6, "DUKCAPIL-S2", "Seksi 2 Pelayanan", Some("DUKCAPIL")),
        ],
        seats: vec![
            SeatRow {
                at: at(2, 2),
                unor_id: Some("DINKES-S2".into()),
                unor_name: None,
                jabatan_id: Some("J-KASI".into()),
                title: Some("Kepala Seksi Pelayanan".into()),
                jenis: Some(JenisJabatan::Struktural),
                eselon: Some(Eselon {
                    level: 4,
                    sub: Some(0),
                }),
                kebutuhan: 1,
                bezetting: Some(1),
            },
            SeatRow {
                at: at(2, 3),
                unor_id: Some("DUKCAPIL-S2".into()),
                unor_name: None,
                jabatan_id: Some("J-OPR".into()),
                title: Some("Operator Layanan Operasional".into()),
                jenis: Some(JenisJabatan::Pelaksana),
                eselon: None,
                kebutuhan: 3,
                bezetting: Some(2),
            },
        ],
        profiles: vec![
            person(
                2,
                SRI,
                "dr. Sri Wahyuni, M.Kes.",
                "DINKES-S2",
                "Kepala Seksi Pelayanan",
                Some("J-KASI"),
            ),
            person(
                3,
                BUDI,
                "Budi Santoso",
                "DUKCAPIL-S2",
                "Operator Layanan Operasional",
                Some("J-OPR"),
            ),
            ProfileRow {
                at: at(4, 2),
                ..person(
                    2,
                    AGUS,
                    "Agus Setiawan, A.Md.",
                    "DUKCAPIL-S2",
                    "Operator Layanan Operasional",
                    Some("J-OPR"),
                )
            },
            person(4, RINA, "Rina Marlina", "DINKES-S2", "", None),
        ],
        skp: vec![
            SkpRow {
                at: at(3, 2),
                nip: nip(SRI),
                year: 2024,
                predicate: Performance::Baik,
            },
            SkpRow {
                at: at(3, 3),
                nip: nip(SRI),
                year: 2025,
                predicate: Performance::SangatBaik,
            },
        ],
        ..Parsed::default()
    }
}

fn built(r: &Report) -> &Organization {
    assert!(!r.has_errors(), "{:#?}", r.findings);
    &r.built.as_ref().unwrap().0
}

fn errors(r: &Report) -> Vec<&'static str> {
    r.findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.message.id)
        .collect()
}

#[test]
fn a_first_import_builds_the_kota_from_the_hierarchy_and_the_peta() {
    let r = build(kota(), &Organization::default(), Options::default());
    let org = built(&r);
    assert_eq!(org.name(), "Pemerintah Kota Binjai");
    // The instansi root became the name; two dinas with a seksi each.
    assert_eq!(org.units().len(), 4);
    let seksi: Vec<_> = org
        .units()
        .iter()
        .filter(|u| u.name == "Seksi 2 Pelayanan")
        .collect();
    assert_eq!(seksi.len(), 2, "units with equal names are never merged");
    assert_ne!(seksi[0].parent, seksi[1].parent);
    let kasi = org
        .positions()
        .iter()
        .find(|p| p.siasn_id.as_deref() == Some("J-KASI"))
        .unwrap();
    assert_eq!(kasi.kind, PositionType::Pengawas);
    assert_eq!(kasi.formation, 1);
    let opr = org
        .positions()
        .iter()
        .find(|p| p.siasn_id.as_deref() == Some("J-OPR"))
        .unwrap();
    assert_eq!((opr.kind, opr.formation), (PositionType::Pelaksana, 3));
    let s = &r.built.as_ref().unwrap().1;
    assert_eq!(s.vacancies, Some(1), "3 operators needed, 2 hold the seat");
    let sri = org.employee(org.employee_ix(&nip(SRI)).unwrap());
    assert_eq!(sri.position.as_deref(), Some(kasi.id.as_str()));
    assert_eq!(
        sri.performance,
        Some(Performance::SangatBaik),
        "the latest SKP year"
    );
    assert_eq!(sri.profile.skp.len(), 2, "every year is kept");
    assert_eq!(
        sri.profile.pns_id.as_deref(),
        Some("PNS-198503122010012003")
    );
    assert_eq!(sri.name, "dr. Sri Wahyuni, M.Kes.");
    let rina = org.employee(org.employee_ix(&nip(RINA)).unwrap());
    assert_eq!(rina.position, None, "no jabatan: not placed");
}

#[test]
fn the_order_of_the_rows_does_not_change_the_organization() {
    let a = build(kota(), &Organization::default(), Options::default());
    let mut p = kota();
    p.units.reverse();
    p.profiles.reverse();
    p.seats.reverse();
    let b = build(p, &Organization::default(), Options::default());
    let (a, b) = (built(&a), built(&b));
    assert_eq!(a.employees(), b.employees());
    let mut ua: Vec<_> = a
        .units()
        .iter()
        .map(|u| (&u.id, &u.parent, &u.siasn_id))
        .collect();
    let mut ub: Vec<_> = b
        .units()
        .iter()
        .map(|u| (&u.id, &u.parent, &u.siasn_id))
        .collect();
    ua.sort();
    ub.sort();
    assert_eq!(ua, ub);
}

#[test]
fn a_missing_parent_and_a_cycle_are_errors_and_nothing_is_built() {
    let mut p = kota();
    p.units
        .push(unit(7, "LOST", "Bidang Hilang", Some("NOWHERE")));
    p.units.push(unit(8, "A", "Bagian A", Some("B")));
    p.units.push(unit(9, "B", "Bagian B", Some("A")));
    let r = build(p, &Organization::default(), Options::default());
    assert!(r.built.is_none());
    let e = errors(&r);
    assert!(e.contains(&"import-unit-parent-missing"), "{e:?}");
    let cycle = r
        .findings
        .iter()
        .find(|f| f.message.id == "import-unit-cycle")
        .unwrap();
    let chain = format!("{:?}", cycle.message.args);
    assert!(
        chain.contains("Bagian A (A)") && chain.contains("Bagian B (B)"),
        "{chain}"
    );
}

#[test]
fn a_hierarchy_deeper_than_the_cap_is_an_error_and_nothing_is_built() {
    let mut p = kota();
    let depth = crate::domain::validate::MAX_UNIT_DEPTH + 1;
    let ids: Vec<String> = (0..depth).map(|i| format!("DEEP{i}")).collect();
    for (i, id) in ids.iter().enumerate() {
        let parent = i.checked_sub(1).map(|j| ids[j].as_str());
        p.units.push(unit(100 + i as u32, id, "Sub", parent));
    }
    let r = build(p, &Organization::default(), Options::default());
    assert!(r.built.is_none());
    assert_eq!(errors(&r), ["domain-unit-too-deep"]);
}

#[test]
fn a_unor_id_the_hierarchy_does_not_have_is_an_error() {
    let mut p = kota();
    p.profiles[1].unor_id = Some("GHOST".into());
    let r = build(p, &Organization::default(), Options::default());
    assert_eq!(errors(&r), ["import-unor-not-in-hierarchy"]);
    let f = &r.findings[0];
    assert_eq!(
        (f.file.as_str(), f.row, f.value.as_deref()),
        ("asn.csv", Some(3), Some("GHOST"))
    );
}

#[test]
fn a_nip_in_the_pns_and_the_pppk_file_is_an_error_naming_both() {
    let mut p = kota();
    let mut again = p.profiles[0].clone();
    again.at = at(4, 9);
    p.profiles.push(again);
    let r = build(p, &Organization::default(), Options::default());
    assert_eq!(errors(&r), ["import-nip-twice"]);
    assert_eq!(r.findings[0].file, "pppk.csv");
    assert!(format!("{:?}", r.findings[0].message.args).contains("asn.csv"));
}

#[test]
fn an_assessment_or_skp_row_for_a_nip_no_asn_file_has_is_an_error() {
    let mut p = kota();
    let stranger = nip("198001012005011001");
    p.skp.push(SkpRow {
        at: at(3, 9),
        nip: stranger,
        year: 2025,
        predicate: Performance::Baik,
    });
    p.assessments.push(AssessmentRow {
        at: at(3, 10),
        nip: stranger,
        name: None,
        levels: vec![(CompetencyKey::Core("INT"), 3)],
        jpm: None,
        kategori: None,
    });
    let r = build(p, &Organization::default(), Options::default());
    let mut e = errors(&r);
    e.sort_unstable();
    assert_eq!(
        e,
        ["import-assessment-unknown-nip", "import-skp-unknown-nip"]
    );
}

#[test]
fn inactive_staff_are_listed_and_not_imported() {
    let mut p = kota();
    p.profiles[1].active = false;
    p.profiles[1].kedudukan = Some("CLTN".into());
    let r = build(p, &Organization::default(), Options::default());
    let org = built(&r);
    assert!(org.employee_ix(&nip(BUDI)).is_none());
    let s = &r.built.as_ref().unwrap().1;
    assert_eq!(s.inactive.len(), 1);
    assert_eq!(s.inactive[0].kedudukan, "CLTN");
}

#[test]
fn without_a_peta_jabatan_formation_is_the_holders_and_vacancies_are_unknown() {
    let mut p = kota();
    p.seats.clear();
    p.files.retain(|f| f.kind != FileKind::PetaJabatan);
    let r = build(p, &Organization::default(), Options::default());
    let org = built(&r);
    let s = &r.built.as_ref().unwrap().1;
    assert_eq!(s.vacancies, None);
    assert!(
        r.findings
            .iter()
            .any(|f| f.message.id == "import-vacancies-unknown")
    );
    let opr = org
        .positions()
        .iter()
        .find(|p| p.siasn_id.as_deref() == Some("J-OPR"))
        .unwrap();
    assert_eq!(opr.formation, 2);
}

#[test]
fn a_seat_with_holders_but_no_kebutuhan_is_listed() {
    let mut p = kota();
    p.profiles[3].jabatan = Some("Pengadministrasi Umum".into());
    let r = build(p, &Organization::default(), Options::default());
    built(&r);
    assert!(
        r.findings
            .iter()
            .any(|f| f.message.id == "import-seat-not-in-peta"),
        "{:#?}",
        r.findings
    );
}

#[test]
fn a_title_matched_only_after_normalizing_is_listed() {
    let mut p = kota();
    p.profiles[0].jabatan_id = None;
    p.profiles[0].jabatan = Some("Kasi Pelayanan".into());
    let r = build(p, &Organization::default(), Options::default());
    let org = built(&r);
    let sri = org.employee(org.employee_ix(&nip(SRI)).unwrap());
    let kasi = org
        .positions()
        .iter()
        .find(|p| p.siasn_id.as_deref() == Some("J-KASI"))
        .unwrap();
    assert_eq!(sri.position.as_deref(), Some(kasi.id.as_str()));
    assert!(
        r.findings
            .iter()
            .any(|f| f.message.id == "import-title-normalized")
    );
}

#[test]
fn a_refresh_merges_moves_and_keeps_leavers_unless_asked() {
    let first = build(kota(), &Organization::default(), Options::default());
    let mut stored = built(&first).clone();
    // A planner's note on Sri survives the refresh.
    let ix = stored.employee_ix(&nip(SRI)).unwrap();
    let mut sri = stored.employee(ix).clone();
    sri.readiness = Some(crate::domain::Readiness::Ragu);
    stored.replace_employee(ix, sri);

    let mut next = kota();
    next.profiles.retain(|p| p.nip != nip(RINA)); // Rina left.
    next.profiles[0].unor_id = Some("DUKCAPIL-S2".into()); // Sri moved.
    next.profiles[0].jabatan = Some("Operator Layanan Operasional".into());
    next.profiles[0].jabatan_id = Some("J-OPR".into());
    next.units[4].name = "Seksi 2 Pelayanan Dokumen".into(); // renamed
    let r = build(next.clone(), &stored, Options::default());
    let org = built(&r);
    let s = &r.built.as_ref().unwrap().1;
    assert!(s.refresh);
    assert_eq!((s.people_moved, s.units_renamed, s.units_new), (1, 1, 0));
    assert_eq!(s.leavers.len(), 1);
    assert_eq!(s.leavers[0].nip, nip(RINA));
    assert!(
        org.employee_ix(&nip(RINA)).is_some(),
        "kept without --drop-missing"
    );
    let sri = org.employee(org.employee_ix(&nip(SRI)).unwrap());
    assert_eq!(sri.readiness, Some(crate::domain::Readiness::Ragu));
    // Unit ids stay, so plans that name them still apply.
    let ids = |o: &Organization| o.units().iter().map(|u| u.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(org), ids(&stored));

    let dropped = build(next, &stored, Options { drop_missing: true });
    let org = built(&dropped);
    assert!(org.employee_ix(&nip(RINA)).is_none());
    assert!(dropped.built.as_ref().unwrap().1.dropped);
}

#[test]
fn a_refresh_without_the_pppk_file_leaves_pppk_staff_alone() {
    let first = build(kota(), &Organization::default(), Options::default());
    let stored = built(&first).clone();
    let mut next = kota();
    next.files.pop();
    next.profiles.retain(|p| p.at.file != 4);
    let r = build(next, &stored, Options::default());
    let s = &r.built.as_ref().unwrap().1;
    assert!(s.leavers.is_empty(), "{:?}", s.leavers);
}

#[test]
fn standards_and_assessments_give_requirements_and_levels_under_penata_codes() {
    let mut p = kota();
    p.files.push(file("standar.csv", FileKind::Standard, false));
    p.standards.push(StandardRow {
        at: at(5, 2),
        unor_id: Some("DINKES-S2".into()),
        jabatan_id: Some("J-KASI".into()),
        title: None,
        levels: vec![
            (CompetencyKey::Core("INT"), 3),
            (
                CompetencyKey::Technical("Pelayanan Kesehatan Dasar".into()),
                2,
            ),
        ],
    });
    p.assessments.push(AssessmentRow {
        at: at(5, 3),
        nip: nip(SRI),
        name: None,
        levels: vec![
            (CompetencyKey::Core("INT"), 4),
            (
                CompetencyKey::Technical("pelayanan  kesehatan dasar".into()),
                3,
            ),
        ],
        jpm: None,
        kategori: None,
    });
    let r = build(p, &Organization::default(), Options::default());
    let org = built(&r);
    let tech = org
        .competencies()
        .iter()
        .find(|c| c.name == "Pelayanan Kesehatan Dasar")
        .unwrap();
    let kasi = org
        .positions()
        .iter()
        .find(|p| p.siasn_id.as_deref() == Some("J-KASI"))
        .unwrap();
    assert_eq!(kasi.requirements.get(&tech.code), Some(&2));
    assert_eq!(kasi.requirements.get("INT"), Some(&3));
    let sri = org.employee(org.employee_ix(&nip(SRI)).unwrap());
    assert_eq!(
        sri.competencies.get(&tech.code),
        Some(&3),
        "the same technical competency by name"
    );
    assert_eq!(
        org.competencies()
            .iter()
            .filter(|c| c.code == "INT")
            .count(),
        1
    );
}

#[test]
fn a_rekap_jpm_that_differs_from_penatas_is_listed() {
    let with_jpm = |jpm: &str| {
        let mut p = kota();
        p.files.push(file("standar.csv", FileKind::Standard, false));
        p.standards.push(StandardRow {
            at: at(5, 2),
            unor_id: Some("DINKES-S2".into()),
            jabatan_id: Some("J-KASI".into()),
            title: None,
            levels: vec![
                (CompetencyKey::Core("INT"), 3),
                (CompetencyKey::Core("KS"), 2),
            ],
        });
        p.assessments.push(AssessmentRow {
            at: at(5, 3),
            nip: nip(SRI),
            name: None,
            levels: vec![
                (CompetencyKey::Core("INT"), 4),
                (CompetencyKey::Core("KS"), 3),
            ],
            jpm: Some(jpm.into()),
            kategori: None,
        });
        let r = build(p, &Organization::default(), Options::default());
        built(&r);
        r.findings
            .iter()
            .filter(|f| f.message.id == "import-jpm-differs")
            .count()
    };
    // 7 of 5 required levels: 140%.
    assert_eq!(with_jpm("140"), 0);
    assert_eq!(with_jpm("140,0%"), 0);
    assert_eq!(with_jpm("1.4"), 0, "a fraction");
    assert_eq!(with_jpm("90"), 1);
}
