//! Codec round trips (a property test for employees) and damaged-record reports.

use super::*;
use proptest::prelude::*;

fn nip() -> impl Strategy<Value = Nip> {
    (
        1960i32..2000,
        1u32..=12,
        1u32..=28,
        18i32..40,
        1u32..=12,
        1u32..=2,
        1u32..=999,
        any::<bool>(),
    )
        .prop_map(|(y, m, d, age, tm, sex, seq, pppk)| {
            let s = if pppk {
                format!(
                    "{y:04}{m:02}{d:02}{:04}2{}{sex}{seq:03}",
                    y + age,
                    age % 9 + 1
                )
            } else {
                format!("{y:04}{m:02}{d:02}{:04}{tm:02}{sex}{seq:03}", y + age)
            };
            Nip::parse(&s).unwrap()
        })
}

fn rank() -> impl Strategy<Value = Rank> {
    prop_oneof![
        (1u8..=3, 0u8..=3).prop_map(|(golongan, ruang)| Rank::Pns { golongan, ruang }),
        (0u8..=4).prop_map(|ruang| Rank::Pns { golongan: 4, ruang }),
        (1u8..=17).prop_map(Rank::Pppk),
    ]
}

fn note() -> impl Strategy<Value = Note> {
    (
        -2_000_000_000i64..4_000_000_000,
        0u32..1_000_000_000,
        -12 * 60i32..=14 * 60,
        ".{0,12}",
        ".{0,40}",
    )
        .prop_map(|(secs, nanos, minutes, author, text)| {
            let at = OffsetDateTime::from_unix_timestamp(secs).unwrap()
                + time::Duration::nanoseconds(i64::from(nanos));
            let offset = UtcOffset::from_whole_seconds(minutes * 60).unwrap();
            Note {
                at: at.to_offset(offset),
                author,
                text,
            }
        })
}

fn day() -> impl Strategy<Value = Date> {
    (2_400_000i32..2_500_000).prop_map(|jd| Date::from_julian_day(jd).unwrap())
}

fn profile() -> impl Strategy<Value = Profile> {
    (
        proptest::option::of("[A-F0-9-]{1,36}"),
        proptest::option::of(day()),
        proptest::option::of(day()),
        proptest::option::of(day()),
        proptest::option::of(".{1,20}"),
        proptest::option::of(".{1,40}"),
        proptest::option::of(".{1,12}"),
        proptest::collection::btree_map(
            1990u16..=2100,
            proptest::sample::select(Performance::ALL),
            0..4,
        ),
    )
        .prop_map(
            |(pns_id, birth_date, tmt_cpns, tmt_jabatan, level, name, kedudukan, skp)| Profile {
                pns_id,
                birth_date,
                tmt_cpns,
                tmt_jabatan,
                education_level: level,
                education_name: name,
                kedudukan,
                skp: skp
                    .into_iter()
                    .map(|(year, predicate)| SkpYear { year, predicate })
                    .collect(),
            },
        )
}

fn employee() -> impl Strategy<Value = Employee> {
    (
        nip(),
        ".{1,40}",
        rank(),
        proptest::option::of("[a-z.]{1,20}"),
        proptest::collection::btree_map("[A-Z_-]{1,16}", 1u8..=5, 0..6),
        proptest::option::of(proptest::sample::select(Performance::ALL)),
        proptest::option::of(proptest::sample::select(Potential::ALL)),
        proptest::option::of(proptest::sample::select(Readiness::ALL)),
        proptest::collection::vec(note(), 0..4),
        profile(),
    )
        .prop_map(
            |(
                nip,
                name,
                rank,
                position,
                competencies,
                performance,
                potential,
                readiness,
                notes,
                profile,
            )| {
                Employee {
                    nip,
                    name,
                    rank,
                    position,
                    competencies,
                    performance,
                    potential,
                    readiness,
                    notes,
                    profile,
                }
            },
        )
}

proptest! {
    #[test]
    fn employee_round_trips(e in employee()) {
        let (k, v) = encode_employee(&e).unwrap();
        prop_assert_eq!(&k[..], e.nip.as_str().as_bytes());
        let back = decode_employee(&k, &v).unwrap();
        // OffsetDateTime equality ignores the offset: compare it on its own.
        for (a, b) in e.notes.iter().zip(&back.notes) {
            prop_assert_eq!(a.at.offset(), b.at.offset());
        }
        prop_assert_eq!(back, e);
    }
}

#[test]
fn every_code_table_covers_its_enum() {
    for g in CompetencyGroup::ALL {
        assert_ne!(to_code(GROUPS, g), 0, "{g:?}");
    }
    for t in PositionType::ALL {
        assert_ne!(to_code(POSITION_TYPES, t), 0, "{t:?}");
    }
    for &p in Performance::ALL {
        assert_ne!(to_code(PERFORMANCE, p), 0, "{p:?}");
    }
    for &p in Potential::ALL {
        assert_ne!(to_code(POTENTIAL, p), 0, "{p:?}");
    }
    for &r in Readiness::ALL {
        assert_ne!(to_code(READINESS, r), 0, "{r:?}");
    }
    for s in Severity::ALL {
        assert_ne!(to_code(SEVERITY, s), 0, "{s:?}");
    }
    for j in Jenjang::ALL {
        assert_ne!(to_code(JENJANG, j), 0, "{j:?}");
    }
}

fn feedback() -> impl Strategy<Value = Feedback> {
    (
        -100_000i32..3_000_000,
        proptest::option::of(".{1,20}"),
        proptest::sample::select(Severity::ALL.to_vec()),
        ".{1,60}",
        ".{1,12}",
        note(),
    )
        .prop_map(|(day, source, severity, text, recorded_by, n)| Feedback {
            date: Date::from_julian_day(day).unwrap(),
            source,
            text,
            severity,
            recorded_by,
            recorded_at: n.at,
        })
}

proptest! {
    #[test]
    fn unit_with_feedback_round_trips(
        order in any::<u32>(),
        parent in proptest::option::of("[a-z.]{1,12}"),
        feedback in proptest::collection::vec(feedback(), 0..4),
    ) {
        let u = Unit {
            id: "dinkes.pkm".into(),
            name: "UPTD Puskesmas".into(),
            parent,
            feedback, siasn_id: None,
        };
        let (k, v) = encode_unit(order, &u).unwrap();
        let (o, back) = decode_unit(&k, &v).unwrap();
        prop_assert_eq!(o, order);
        for (a, b) in u.feedback.iter().zip(&back.feedback) {
            prop_assert_eq!(a.recorded_at.offset(), b.recorded_at.offset());
        }
        prop_assert_eq!(back, u);
    }
}

#[test]
fn a_version_1_unit_upgrades_without_feedback_and_only_once() {
    let u = Unit {
        id: "setda".into(),
        name: "Sekretariat Daerah".into(),
        parent: None,
        feedback: Vec::new(),
        siasn_id: None,
    };
    let old = encode_unit_v1(4, &u);
    // Today's codec cannot read a version 1 record as it is: the upgrades are needed.
    assert!(decode_unit(b"setda", &old).is_err());
    let new = upgrade_unit_v1(b"setda", &old).unwrap();
    assert_eq!(new, encode_unit_v2(4, &u));
    let newest = upgrade_unit_v2(b"setda", &new).unwrap();
    assert_eq!(decode_unit(b"setda", &newest).unwrap(), (4, u.clone()));
    // Running the upgrade again (after an interrupted one) keeps a version 2 record,
    // feedback and all.
    let with = Unit {
        feedback: vec![Feedback {
            date: time::macros::date!(2026 - 10 - 14),
            source: None,
            text: "Antrean panjang".into(),
            severity: Severity::High,
            recorded_by: "ratna".into(),
            recorded_at: time::macros::datetime!(2026-10-15 09:00 +07:00),
        }],
        ..u
    };
    let v2 = encode_unit_v2(4, &with);
    assert_eq!(upgrade_unit_v1(b"setda", &v2).unwrap(), v2);
    assert!(upgrade_unit_v1(b"setda", &[0xff, 0xff]).is_err());
}

#[test]
fn a_damaged_feedback_severity_is_reported() {
    let u = Unit {
        id: "a".into(),
        name: "A".into(),
        parent: None,
        feedback: vec![Feedback {
            date: time::macros::date!(2026 - 10 - 14),
            source: None,
            text: "t".into(),
            severity: Severity::Low,
            recorded_by: "r".into(),
            recorded_at: time::macros::datetime!(2026-10-15 09:00 UTC),
        }],
        siasn_id: None,
    };
    let rec = UnitRec {
        order: 0,
        name: Cow::Borrowed("A"),
        parent: None,
        feedback: vec![FeedbackRec {
            julian_day: u.feedback[0].date.to_julian_day(),
            source: None,
            severity: 9,
            text: Cow::Borrowed("t"),
            recorded_by: Cow::Borrowed("r"),
            unix_nanos: 0,
            offset_seconds: 0,
        }],
        siasn_id: None,
    };
    let v = postcard::to_allocvec(&rec).unwrap();
    let err = crate::lang::Lang::Id.say(&decode_unit(b"a", &v).unwrap_err().msg());
    assert!(
        err.contains("units/a") && err.contains("kode tingkat masukan 9 tidak dikenal"),
        "{err}"
    );
}

#[test]
fn unit_position_and_competency_round_trip_with_order() {
    let c = Competency {
        code: "KEU".into(),
        name: "Keuangan".into(),
        group: CompetencyGroup::Teknis,
    };
    let (k, v) = encode_competency(7, &c).unwrap();
    assert_eq!(decode_competency(&k, &v).unwrap(), (7, c));
    let u = Unit {
        id: "setda.hukum".into(),
        name: "Bagian Hukum".into(),
        parent: Some("setda".into()),
        feedback: Vec::new(),
        siasn_id: Some("A8ACA7397AEB3912E040640A040269BB".into()),
    };
    let (k, v) = encode_unit(3, &u).unwrap();
    assert_eq!(decode_unit(&k, &v).unwrap(), (3, u));
    let p = Position {
        id: "p".into(),
        unit: "setda".into(),
        title: "Analis".into(),
        kind: PositionType::Fungsional,
        formation: 2,
        requirements: [("INT".to_string(), 3)].into_iter().collect(),
        workload: vec![WorkloadEntry {
            task: "Telaah".into(),
            volume: 10,
            minutes: 60,
        }],
        siasn_id: Some("8ae483a6".into()),
        jenjang: Some(Jenjang::AhliMuda),
    };
    let (k, v) = encode_position(u32::MAX, &p).unwrap();
    assert_eq!(decode_position(&k, &v).unwrap(), (u32::MAX, p.clone()));
    let mut bad = v.clone();
    *bad.last_mut().unwrap() = 42; // the jenjang code
    let err = crate::lang::Lang::En.say(&decode_position(&k, &bad).unwrap_err().msg());
    assert!(err.contains("42"), "{err}");
}

#[test]
fn damaged_records_are_reported_with_their_key() {
    let err = decode_employee(b"198503122010012003", &[0xff, 0xff, 0xff]).unwrap_err();
    assert!(
        matches!(&err, StoreError::Corrupt { key, .. } if key == "employees/198503122010012003"),
        "{err:?}"
    );
    let c = Competency {
        code: "INT".into(),
        name: "Integritas".into(),
        group: CompetencyGroup::Manajerial,
    };
    let (k, mut v) = encode_competency(0, &c).unwrap();
    *v.last_mut().unwrap() = 99; // the group code
    let err = crate::lang::Lang::Id.say(&decode_competency(&k, &v).unwrap_err().msg());
    assert!(
        err.contains("kode kelompok kompetensi 99 tidak dikenal"),
        "{err}"
    );
    let e = Employee {
        nip: Nip::parse("198503122010012003").unwrap(),
        name: "X".into(),
        rank: Rank::Pppk(1),
        position: None,
        competencies: Levels::new(),
        performance: None,
        potential: None,
        readiness: None,
        notes: vec![],
        profile: Default::default(),
    };
    let (_, v) = encode_employee(&e).unwrap();
    let err = crate::lang::Lang::Id.say(&decode_employee(b"123", &v).unwrap_err().msg());
    assert!(err.contains("bukan NIP yang sah"), "{err}");
}

proptest! {
    #[test]
    fn version_2_records_upgrade_once_keeping_their_data(e in employee()) {
        let e = Employee { profile: Profile::default(), ..e };
        let old = encode_employee_v2(&e);
        let key = employee_key(&e.nip);
        prop_assert!(decode_employee(key, &old).is_err());
        let new = upgrade_employee_v2(key, &old).unwrap();
        prop_assert_eq!(&decode_employee(key, &new).unwrap(), &e);
        prop_assert_eq!(upgrade_employee_v2(key, &new).unwrap(), new);
    }
}

#[test]
fn version_2_units_and_positions_upgrade_without_siasn_fields() {
    let u = Unit {
        id: "setda".into(),
        name: "Sekretariat Daerah".into(),
        parent: Some("pemkot".into()),
        feedback: Vec::new(),
        siasn_id: None,
    };
    let old = encode_unit_v2(2, &u);
    assert!(decode_unit(b"setda", &old).is_err());
    let new = upgrade_unit_v2(b"setda", &old).unwrap();
    assert_eq!(decode_unit(b"setda", &new).unwrap(), (2, u));
    assert_eq!(upgrade_unit_v2(b"setda", &new).unwrap(), new);
    let p = Position {
        id: "p".into(),
        unit: "setda".into(),
        title: "Analis Kebijakan Ahli Muda".into(),
        kind: PositionType::Fungsional,
        formation: 3,
        requirements: Levels::new(),
        workload: Vec::new(),
        siasn_id: None,
        jenjang: None,
    };
    let old = encode_position_v2(5, &p);
    assert!(decode_position(b"p", &old).is_err());
    let new = upgrade_position_v2(b"p", &old).unwrap();
    assert_eq!(decode_position(b"p", &new).unwrap(), (5, p));
    assert_eq!(upgrade_position_v2(b"p", &new).unwrap(), new);
    assert!(upgrade_position_v2(b"p", &[0xff]).is_err());
}
