//! The domain's messages in both languages, each worded with a `Lang` value: validation
//! problems, NIP and golongan errors, plan refusals and conflicts, `penata check` findings,
//! settings-file and key override errors.

use penata::domain::plan::Plan;
use penata::domain::plan_ops::{apply_moves, check, check_plan_name, new_move};
use penata::domain::validate::{Problems, Raw, RawEmployee, RawFile, RawRecord, RawUnit, validate};
use penata::domain::{Nip, Organization, Rank};
use penata::input::KeyMap;
use penata::lang::Msg;
use penata::settings::{KeyOverride, Lang, parse};
use time::OffsetDateTime;

fn en(m: &Msg) -> String {
    Lang::En.say(m)
}

fn id(m: &Msg) -> String {
    Lang::Id.say(m)
}

fn demo() -> Organization {
    penata::store::format::parse_v1(
        "demo-semarang.json",
        include_str!("../../fixtures/demo-semarang.json"),
    )
    .expect("the demo parses")
}

#[test]
fn nip_and_golongan_errors_in_both_languages() {
    let cases = [
        ("19850312201001200", "must be 18 digits"),
        ("1985031220100120x3", "may contain only digits and spaces"),
        (
            "197802302005012004",
            "birth date 1978-02-30 is not a calendar date",
        ),
        ("198503122010132003", "digits 13-14 are 13"),
        ("198503121995012003", "is before the age of 18"),
        ("198503122010013003", "sex digit is 3"),
        ("198503122010012000", "sequence is 000"),
        ("******** 201001 2 ***", "the NIP is masked"),
    ];
    for (input, says) in cases {
        let e = en(&Nip::parse(input).unwrap_err().msg());
        assert!(e.contains(says), "{input}: {e}");
    }
    assert_eq!(
        id(&Nip::parse("19850312201001200").unwrap_err().msg()),
        "harus 18 digit (spasi di antara kelompok digit boleh), ditemukan 17 digit"
    );
    assert_eq!(
        id(&Nip::parse("198503122010013003").unwrap_err().msg()),
        "digit jenis kelamin 3: harus 1 (laki-laki) atau 2 (perempuan)"
    );
    assert!(en(&Nip::parse("1985031220100120031").unwrap_err().msg()).ends_with("found 19 digits"));
    let e = en(&Rank::parse("III/e").unwrap_err().msg());
    assert!(
        e.starts_with("\"III/e\" is not a golongan: use I/a-I/d"),
        "{e}"
    );
    let e = id(&Rank::parse("III/e").unwrap_err().msg());
    assert!(
        e.starts_with("\"III/e\" bukan golongan: gunakan I/a-I/d"),
        "{e}"
    );
}

#[test]
fn move_refusals_and_conflicts_in_both_languages() {
    let org = demo();
    let at = OffsetDateTime::UNIX_EPOCH;
    let nip = Nip::parse("196702261995121001").unwrap();
    let e = org.employee_ix(&nip).unwrap();
    let held = org.seat_of(e).unwrap();
    let title = &org.position(held).title;
    let refused = new_move(&org, &nip, Some("setda.sekda"), None, "x".into(), at).unwrap_err();
    assert_eq!(
        id(&refused.msg()),
        format!(
            "Dr. Markus Pattiradjawane, S.STP., M.Si. sudah memangku {title} (setda.sekda) dalam \
             rencana ini; pilih jabatan lain"
        )
    );
    assert_eq!(
        en(&refused.msg()),
        format!(
            "Dr. Markus Pattiradjawane, S.STP., M.Si. already holds {title} (setda.sekda) in \
             this plan; choose another seat"
        )
    );
    let nobody = Nip::parse("199001012021211001").unwrap();
    let refused = new_move(&org, &nobody, None, None, "x".into(), at).unwrap_err();
    assert!(
        en(&refused.msg())
            .starts_with("no employee with NIP 19900101 202121 1 001; find people with"),
        "{refused}"
    );
    let refused = new_move(&org, &nip, Some("no.such"), None, "x".into(), at).unwrap_err();
    assert!(en(&refused.msg()).starts_with("no position with id no.such;"));

    // A move made on a plan, then the seat it targets disappears from the baseline.
    let other = org
        .positions()
        .iter()
        .find(|p| p.id != "setda.sekda" && p.formation > 0)
        .unwrap()
        .id
        .clone();
    let mut plan = Plan::new("P".into(), "x".into(), at);
    plan.push(new_move(&org, &nip, Some(&other), None, "x".into(), at).unwrap());
    let (name, comps, units, positions, employees) = org.clone().into_parts();
    let positions = positions.into_iter().filter(|p| p.id != other).collect();
    let mut changed = Organization::from_parts(name, comps, units, positions, employees);
    let conflicts = apply_moves(&mut changed, &plan.moves);
    assert_eq!(
        en(&conflicts[0].msg()),
        format!("move 1 (19670226 199512 1 001): position {other} no longer exists")
    );
    assert_eq!(
        id(&conflicts[0].msg()),
        format!("perpindahan 1 (19670226 199512 1 001): jabatan {other} sudah tidak ada")
    );

    assert_eq!(
        en(&check_plan_name(" Rotasi").unwrap_err().msg()),
        "the plan name \" Rotasi\" starts or ends with a space; remove it"
    );
    assert_eq!(
        en(&check_plan_name("").unwrap_err().msg()),
        "a plan name cannot be empty"
    );
    assert_eq!(
        id(&check_plan_name("").unwrap_err().msg()),
        "nama rencana tidak boleh kosong"
    );
    let long = "x".repeat(65);
    assert_eq!(
        en(&check_plan_name(&long).unwrap_err().msg()),
        format!("a plan name has at most 64 characters; \"{long}\" has 65")
    );
}

#[test]
fn check_findings_in_both_languages() {
    let (name, comps, units, positions, mut employees) = demo().into_parts();
    employees[0].position = Some("gone".into());
    let nip = employees[0].nip.grouped();
    let broken = Organization::from_parts(name, comps, units, positions, employees);
    let findings = check(&broken);
    let found: Vec<String> = findings.iter().map(|f| en(&f.msg())).collect();
    assert!(
        found.contains(&format!(
            "employee {nip} holds position gone, which does not exist"
        )),
        "{found:?}"
    );
    let found: Vec<String> = findings.iter().map(|f| id(&f.msg())).collect();
    assert!(
        found.contains(&format!(
            "pegawai {nip} memangku jabatan gone, yang tidak ada"
        )),
        "{found:?}"
    );
}

#[test]
fn validation_problems_in_both_languages() {
    let unit = |id: &str, parent: Option<&str>| RawRecord {
        line: Some(3),
        unknown: vec!["warna".into()],
        body: Ok(RawUnit {
            id: Raw::Value(id.into()),
            name: Raw::Value(format!("Unit {id}")),
            parent: Raw::Value(parent.map(str::to_string)),
            feedback: Raw::Missing,
            siasn_id: Raw::Missing,
        }),
    };
    let employee = RawRecord {
        line: Some(9),
        unknown: Vec::new(),
        body: Ok(RawEmployee {
            nip: Raw::Value("198503122010012003".into()),
            name: Raw::Value(" ".into()),
            rank: Raw::Value("IX".into()),
            ..RawEmployee::default()
        }),
    };
    let file = RawFile {
        organization: Raw::Missing,
        units: vec![unit("a", None), unit("a", Some("zz"))],
        employees: vec![employee],
        ..RawFile::default()
    };
    let mut problems = Problems::default();
    assert!(validate(file, &mut problems).is_none());
    let said = |lang: Lang| -> Vec<String> {
        problems
            .list
            .iter()
            .map(|p| {
                let record = p.record.as_ref().map(|r| lang.say(r)).unwrap_or_default();
                format!("{record}: {}", lang.say(&p.msg()))
            })
            .collect()
    };
    let got = said(Lang::En);
    let want = [
        "top level: organization is missing: the organization's name is required",
        "units[0] id a: unknown field \"warna\": allowed fields are id, name, parent, feedback",
        "units[1] id a: id \"a\": the same id as units[0] (line 3)",
        "employees[0] nip 198503122010012003: name is empty: the full name with titles is required",
        "employees[0] nip 198503122010012003: rank IX is a PPPK golongan, but the NIP is a PNS NIP",
    ];
    for w in want {
        assert!(got.iter().any(|g| g.starts_with(w)), "{w}\nin {got:#?}");
    }
    let got = said(Lang::Id);
    let want = [
        "tingkat atas: organization tidak ada: nama organisasi wajib diisi",
        "units[1] id a: id \"a\": id yang sama dengan units[0] (baris 3)",
        "employees[0] nip 198503122010012003: name kosong: nama lengkap dengan gelar wajib diisi",
    ];
    for w in want {
        assert!(got.iter().any(|g| g.starts_with(w)), "{w}\nin {got:#?}");
    }
}

#[test]
fn settings_and_key_override_errors_in_both_languages() {
    let cases = [
        (
            "theme = \"dark\"\n",
            "line 1: unknown variant `dark`: use one of `default`",
        ),
        (
            "\n\nlanguag = \"id\"\n",
            "line 3: unknown field `languag`: use one of",
        ),
        (
            "mask_nip = \"yes\"\n",
            "line 1: invalid type: string \"yes\", expected a boolean",
        ),
        (
            "[standards]\npengawas = 6\n",
            "line 2: 6 is not a competency level: use a whole number from 1 to 5",
        ),
        (
            "[retirement]\njpt = 200\n",
            "is not a retirement age (BUP): use a whole number from 40 to 70",
        ),
        (
            "[fit]\nhigh = 70\n",
            "fit thresholds must satisfy 0 < middle < high",
        ),
        (
            "[keys.browse]\ncandidates = []\n",
            "line 2: [keys.browse] candidates has no key",
        ),
        (
            "[keys.browse]\ncandidates = 3\n",
            "a key must be text such as \"C\"",
        ),
        ("theme = \n", "line 1: not valid TOML"),
    ];
    for (src, says) in cases {
        let e = en(&parse(src).unwrap_err().msg());
        assert!(e.contains(says), "{src:?}: {e}");
    }
    let cases = [
        (
            "theme = \"dark\"\n",
            "baris 1: nilai `dark` tidak dikenal: gunakan salah satu dari `default`",
        ),
        (
            "mask_nip = \"yes\"\n",
            "baris 1: jenis nilai salah: teks \"yes\", seharusnya true atau false",
        ),
        (
            "[standards]\npengawas = 6\n",
            "baris 2: 6 bukan level kompetensi: gunakan bilangan bulat dari 1 sampai 5",
        ),
    ];
    for (src, says) in cases {
        let e = id(&parse(src).unwrap_err().msg());
        assert!(e.contains(says), "{src:?}: {e}");
    }
    let o = |mode: &str, action: &str, key: &str| KeyOverride {
        mode: mode.into(),
        action: action.into(),
        keys: vec![key.into()],
        line: Some(4),
    };
    let cases = [
        (
            o("brows", "candidates", "C"),
            "line 4: unknown mode [keys.brows]: use one of global, browse",
        ),
        (
            o("browse", "kandidat", "C"),
            "line 4: no action \"kandidat\" in [keys.browse]: use one of",
        ),
        (
            o("browse", "candidates", "ctrl-"),
            "unknown key \"ctrl-\": write a character",
        ),
        (
            o("browse", "candidates", "j"),
            "key j would mean both \"down\" ([keys.browse]) and \"candidates\" ([keys.browse]) in mode browse",
        ),
        (
            o("search", "accept", "x"),
            "\"x\" cannot be a key in [keys.search]: printable characters are typed there",
        ),
    ];
    for (ov, says) in cases {
        let e = en(&KeyMap::with_overrides(&[ov]).unwrap_err().msg());
        assert!(e.contains(says), "{e}");
    }
    let e = id(&KeyMap::with_overrides(&[o("brows", "candidates", "C")])
        .unwrap_err()
        .msg());
    assert!(
        e.starts_with(
            "baris 4: mode [keys.brows] tidak dikenal: gunakan salah satu dari global, browse"
        ),
        "{e}"
    );
    assert_eq!(
        en(&"fr".parse::<Lang>().unwrap_err().msg()),
        "unknown language \"fr\": use id or en"
    );
}
