//! Store tests on temporary directories: round trips, reopen, locking, schema, crash leftovers.

use super::*;
use crate::domain::{
    Competency, CompetencyGroup, Levels, Note, Performance, Position, PositionType, Potential,
    Rank, Readiness, Unit, WorkloadEntry,
};
use time::macros::datetime;

pub(super) fn levels(pairs: &[(&str, u8)]) -> Levels {
    pairs.iter().map(|(c, l)| (c.to_string(), *l)).collect()
}

pub(super) fn emp(nip: &str, name: &str, position: Option<&str>) -> Employee {
    Employee {
        nip: Nip::parse(nip).unwrap(),
        name: name.into(),
        rank: Rank::parse("III/c").unwrap(),
        position: position.map(Into::into),
        competencies: levels(&[("INT", 3), ("KEU", 4)]),
        performance: None,
        potential: None,
        readiness: None,
        notes: vec![],
        profile: Default::default(),
    }
}

/// A small organization whose file order differs from id order on purpose.
pub(super) fn sample(name: &str) -> Organization {
    let competencies = vec![
        Competency {
            code: "PB".into(),
            name: "Perekat Bangsa".into(),
            group: CompetencyGroup::SosialKultural,
        },
        Competency {
            code: "INT".into(),
            name: "Integritas".into(),
            group: CompetencyGroup::Manajerial,
        },
        Competency {
            code: "KEU".into(),
            name: "Pengelolaan Keuangan Daerah".into(),
            group: CompetencyGroup::Teknis,
        },
    ];
    let unit = |id: &str, name: &str, parent: Option<&str>| Unit {
        id: id.into(),
        name: name.into(),
        parent: parent.map(Into::into),
        feedback: Vec::new(),
        siasn_id: None,
    };
    let units = vec![
        unit("setda", "Sekretariat Daerah", None),
        unit("setda.hukum", "Bagian Hukum", Some("setda")),
        unit("bappeda", "Badan Perencanaan Pembangunan Daerah", None),
    ];
    let positions = vec![
        Position {
            id: "setda.sekda".into(),
            unit: "setda".into(),
            title: "Sekretaris Daerah".into(),
            kind: PositionType::JptMadya,
            formation: 1,
            requirements: levels(&[("INT", 5), ("PB", 5), ("KEU", 3)]),
            workload: vec![],
            siasn_id: None,
            jenjang: None,
        },
        Position {
            id: "setda.hukum.analis".into(),
            unit: "setda.hukum".into(),
            title: "Analis Hukum".into(),
            kind: PositionType::Fungsional,
            formation: 0,
            requirements: Levels::new(),
            workload: vec![
                WorkloadEntry {
                    task: "Menyusun rancangan perda".into(),
                    volume: 12,
                    minutes: 2400,
                },
                WorkloadEntry {
                    task: "Telaah hukum".into(),
                    volume: 200,
                    minutes: 90,
                },
            ],
            siasn_id: None,
            jenjang: None,
        },
        Position {
            id: "bappeda.kaban".into(),
            unit: "bappeda".into(),
            title: "Kepala Badan".into(),
            kind: PositionType::JptPratama,
            formation: 1,
            requirements: levels(&[("INT", 4)]),
            workload: vec![],
            siasn_id: None,
            jenjang: None,
        },
    ];
    let mut sri = emp(
        "198503122010012003",
        "Sri Wahyuni, S.E., M.M.",
        Some("setda.hukum.analis"),
    );
    sri.performance = Some(Performance::Baik);
    sri.potential = Some(Potential::Menengah);
    sri.readiness = Some(Readiness::Ragu);
    sri.notes = vec![
        Note {
            at: datetime!(2026-10-01 09:00:00 +07:00),
            author: "budi".into(),
            text: "Khawatir jarak ke kantor baru.".into(),
        },
        Note {
            at: datetime!(2026-10-02 13:30:15.25 +08:00),
            author: "ani".into(),
            text: "Ahli keuangan di jabatan non-keuangan.".into(),
        },
    ];
    let mut pppk = emp("199001012021211001", "Joko Susilo", Some("bappeda.kaban"));
    pppk.rank = Rank::parse("IX").unwrap();
    let employees = vec![
        sri,
        pppk,
        emp(
            "197001011995031002",
            "Dr. Tjahjo Kumolo, M.Si.",
            Some("setda.sekda"),
        ),
        emp("199505052020122001", "Dewi Lestari", None),
    ];
    Organization::from_parts(name.into(), competencies, units, positions, employees)
}

pub(super) fn replace(store: &SledStore, org: &Organization, demo: bool) {
    store
        .apply(&Change::ReplaceOrganization {
            org: org.clone(),
            demo,
        })
        .unwrap();
}

pub(super) fn generation_trees(store: &SledStore) -> Vec<u64> {
    let mut gens: Vec<u64> = store
        .db
        .tree_names()
        .iter()
        .filter_map(|n| generation_of(n))
        .collect();
    gens.dedup();
    gens
}

#[cfg(unix)]
pub(super) fn mode(dir: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(dir).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn open_creates_owner_only_dir_and_tightens_an_empty_one() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data/db");
    drop(SledStore::open(&dir).unwrap());
    assert_eq!(mode(&dir), 0o700);

    let loose = tmp.path().join("loose");
    std::fs::create_dir(&loose).unwrap();
    std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o755)).unwrap();
    drop(SledStore::open(&loose).unwrap());
    assert_eq!(mode(&loose), 0o700);
    // Reopening our own database tightens it again if someone loosened it.
    std::fs::set_permissions(&loose, std::fs::Permissions::from_mode(0o755)).unwrap();
    drop(SledStore::open(&loose).unwrap());
    assert_eq!(mode(&loose), 0o700);
}

#[test]
fn empty_database_loads_empty() {
    let tmp = tempfile::tempdir().unwrap();
    let store = SledStore::open(tmp.path()).unwrap();
    assert!(store.load().unwrap().is_empty());
    assert_eq!(store.info().unwrap(), StoreInfo::default());
    let nip = Nip::parse("198503122010012003").unwrap();
    assert_eq!(store.employee(&nip).unwrap(), None);
}

#[test]
fn replace_then_load_and_reopen_return_the_same_organization() {
    let tmp = tempfile::tempdir().unwrap();
    let org = sample("Pemerintah Kota Semarang");
    {
        let store = SledStore::open(tmp.path()).unwrap();
        replace(&store, &org, true);
        assert_eq!(store.load().unwrap(), org);
    }
    let store = SledStore::open(tmp.path()).unwrap();
    let back = store.load().unwrap();
    assert_eq!(back, org);
    assert_eq!(back.name(), "Pemerintah Kota Semarang");
    // OffsetDateTime equality ignores the offset; the stored note keeps it.
    let nip = Nip::parse("198503122010012003").unwrap();
    let sri = back.employee(back.employee_ix(&nip).unwrap());
    assert_eq!(sri.notes[1].at.offset().whole_hours(), 8);
    assert!(store.info().unwrap().demo);
}

#[test]
fn file_order_is_preserved() {
    let tmp = tempfile::tempdir().unwrap();
    let store = SledStore::open(tmp.path()).unwrap();
    replace(&store, &sample("Kota"), false);
    let org = store.load().unwrap();
    let ids = |v: Vec<&str>| v.join(",");
    assert_eq!(
        ids(org.units().iter().map(|u| u.id.as_str()).collect()),
        "setda,setda.hukum,bappeda"
    );
    assert_eq!(
        ids(org.positions().iter().map(|p| p.id.as_str()).collect()),
        "setda.sekda,setda.hukum.analis,bappeda.kaban"
    );
    assert_eq!(
        ids(org.competencies().iter().map(|c| c.code.as_str()).collect()),
        "PB,INT,KEU"
    );
}

#[test]
fn second_replace_leaves_only_the_new_generation() {
    let tmp = tempfile::tempdir().unwrap();
    let store = SledStore::open(tmp.path()).unwrap();
    replace(&store, &sample("Lama"), true);
    let mut next = sample("Baru");
    next.upsert_employees(vec![emp("198001012005011001", "Budi Santoso", None)]);
    replace(&store, &next, false);
    assert_eq!(store.load().unwrap(), next);
    assert_eq!(generation_trees(&store), vec![2]);
    let info = store.info().unwrap();
    assert_eq!((info.organization.as_str(), info.demo), ("Baru", false));
}

#[test]
fn upsert_adds_and_updates_by_nip() {
    let tmp = tempfile::tempdir().unwrap();
    let org = sample("Kota");
    {
        let store = SledStore::open(tmp.path()).unwrap();
        replace(&store, &org, false);
        let mut dewi = emp(
            "199505052020122001",
            "Dewi Lestari, S.Kom.",
            Some("bappeda.kaban"),
        );
        dewi.readiness = Some(Readiness::Siap);
        let new = emp("198001012005011001", "Budi Santoso", None);
        store
            .apply(&Change::UpsertEmployees(vec![dewi, new]))
            .unwrap();
    }
    let store = SledStore::open(tmp.path()).unwrap();
    let mut expect = org;
    let mut dewi = emp(
        "199505052020122001",
        "Dewi Lestari, S.Kom.",
        Some("bappeda.kaban"),
    );
    dewi.readiness = Some(Readiness::Siap);
    expect.upsert_employees(vec![dewi, emp("198001012005011001", "Budi Santoso", None)]);
    assert_eq!(store.load().unwrap(), expect);
    assert_eq!(store.info().unwrap().employees, 5);
}

#[test]
fn upsert_counts_a_new_nip_once_even_if_listed_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let store = SledStore::open(tmp.path()).unwrap();
    replace(&store, &sample("Kota"), false);
    let budi = emp("198001012005011001", "Budi Santoso", None);
    let again = emp("198001012005011001", "Budi Santoso, S.H.", None);
    let dewi = emp("199505052020122001", "Dewi Lestari", Some("setda.sekda"));
    store
        .apply(&Change::UpsertEmployees(vec![budi, again.clone(), dewi]))
        .unwrap();
    assert_eq!(store.info().unwrap().employees, 5);
    assert_eq!(store.employee(&again.nip).unwrap(), Some(again));
    assert_eq!(store.load().unwrap().employees().len(), 5);
}

#[test]
fn upsert_into_an_empty_database_creates_the_first_generation() {
    let tmp = tempfile::tempdir().unwrap();
    let store = SledStore::open(tmp.path()).unwrap();
    let e = emp("198001012005011001", "Budi Santoso", None);
    store
        .apply(&Change::UpsertEmployees(vec![e.clone()]))
        .unwrap();
    assert_eq!(store.employee(&e.nip).unwrap(), Some(e));
    assert_eq!(store.info().unwrap().employees, 1);
}

#[test]
fn employee_lookup_and_info_do_not_need_a_load() {
    let tmp = tempfile::tempdir().unwrap();
    let store = SledStore::open(tmp.path()).unwrap();
    let org = sample("Pemerintah Kota Semarang");
    replace(&store, &org, true);
    let nip = Nip::parse("19900101 202121 1 001").unwrap();
    let joko = store.employee(&nip).unwrap().unwrap();
    assert_eq!(joko.name, "Joko Susilo");
    assert_eq!(joko.rank, Rank::Pppk(9));
    let missing = Nip::parse("198001012005011001").unwrap();
    assert_eq!(store.employee(&missing).unwrap(), None);
    assert_eq!(
        store.info().unwrap(),
        StoreInfo {
            organization: "Pemerintah Kota Semarang".into(),
            demo: true,
            units: 3,
            positions: 3,
            employees: 4,
        }
    );
}

/// `n` employees over 2,000 positions; `shift` moves everyone to another seat.
pub(super) fn synthetic(n: u32, name: &str, shift: u32) -> Organization {
    let base = sample(name);
    let (name, comps, units, mut positions, _) = base.into_parts();
    let template = positions[2].clone();
    for i in 0..2000 {
        positions.push(Position {
            id: format!("bappeda.p{i}"),
            title: format!("Analis Perencanaan {i}"),
            ..template.clone()
        });
    }
    let employees: Vec<Employee> = (0..n)
        .map(|i| {
            let day = i % 28 + 1;
            let month = (i / 28) % 12 + 1;
            let year = 1960 + (i / 336) % 40;
            let seq = i / 13440 + 1;
            let nip = format!("{year:04}{month:02}{day:02}{:04}011{seq:03}", year + 25);
            let mut e = emp(
                &nip,
                &format!("Pegawai Nomor {i} Wahyuningsih, S.Kom., M.Si."),
                Some(&format!("bappeda.p{}", (i + shift) % 2000)),
            );
            e.competencies = levels(&[("INT", 3), ("PB", 2), ("KEU", 4), ("KS", 3), ("OR", 2)]);
            e.performance = Some(Performance::Baik);
            if i % 10 == 0 {
                e.notes.push(Note {
                    at: datetime!(2026-10-01 09:00:00 +07:00),
                    author: "budi".into(),
                    text: "Bersedia dipindah ke unit pelayanan langsung.".into(),
                });
            }
            e
        })
        .collect();
    Organization::from_parts(name, comps, units, positions, employees)
}

/// Timings for the report: `PENATA_BENCH_N=100000 cargo test --release --lib
/// store::sled_store::tests::timings -- --ignored --nocapture`.
#[test]
#[ignore = "a measurement, not a check"]
fn timings() {
    use std::time::Instant;
    let n: u32 = std::env::var("PENATA_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let org = synthetic(n, "Provinsi Uji", 0);
    let tmp = tempfile::tempdir().unwrap();
    let change = Change::ReplaceOrganization { org, demo: false };
    {
        let store = SledStore::open(tmp.path()).unwrap();
        let t = Instant::now();
        store.apply(&change).unwrap();
        eprintln!("replace {n}: {:?}", t.elapsed());
        if std::env::var_os("PENATA_BENCH_TWICE").is_some() {
            let t = Instant::now();
            store.apply(&change).unwrap();
            eprintln!(
                "replace again (drops the old generation): {:?}",
                t.elapsed()
            );
        }
    }
    let t = Instant::now();
    let raw = sled::Config::new()
        .path(tmp.path())
        .cache_capacity(CACHE_BYTES)
        .open()
        .unwrap();
    eprintln!("raw sled open: {:?}", t.elapsed());
    drop(raw);
    let t = Instant::now();
    let store = SledStore::open(tmp.path()).unwrap();
    eprintln!("reopen: {:?}", t.elapsed());
    let t = Instant::now();
    let info = store.info().unwrap();
    eprintln!(
        "info (warm?): {:?} ({} employees)",
        t.elapsed(),
        info.employees
    );
    let t = Instant::now();
    let info = store.info().unwrap();
    eprintln!("info: {:?} ({} employees)", t.elapsed(), info.employees);
    let t = Instant::now();
    let org = store.load().unwrap();
    eprintln!(
        "load: {:?} ({} employees)",
        t.elapsed(),
        org.employees().len()
    );
    drop(org);
    let t = Instant::now();
    let org = store.load().unwrap();
    eprintln!("load again (warm): {:?}", t.elapsed());
    let t = Instant::now();
    let raw = store
        .live
        .read()
        .unwrap()
        .as_ref()
        .unwrap()
        .employees
        .iter()
        .count();
    eprintln!(
        "raw scan of employees (warm, no decode): {:?} ({raw} keys)",
        t.elapsed()
    );
    let (name, comps, units, positions, employees) = org.into_parts();
    let t = Instant::now();
    let org = Organization::from_parts(name, comps, units, positions, employees);
    eprintln!("of which Organization::from_parts: {:?}", t.elapsed());
    let probe = org.employees()[org.employees().len() / 2].clone();
    let t = Instant::now();
    assert!(store.employee(&probe.nip).unwrap().is_some());
    eprintln!("employee(): {:?}", t.elapsed());
    let mut times: Vec<_> = (0..200)
        .map(|i| {
            let mut e = probe.clone();
            e.position = Some(format!("bappeda.p{i}"));
            let t = Instant::now();
            store.apply(&Change::UpsertEmployees(vec![e])).unwrap();
            t.elapsed()
        })
        .collect();
    times.sort();
    eprintln!(
        "durable upsert of one employee: median {:?}, p99 {:?}",
        times[100], times[198]
    );
    let bytes: u64 = std::fs::read_dir(tmp.path())
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    eprintln!("on disk: {} MB", bytes / 1_000_000);
}

/// Employees per organization in the crash test: a replace takes a few hundred ms.
const CRASH_N: u32 = 5_000;

/// The child side of [`kill_during_replace_leaves_old_or_new`]: replaces forever.
#[test]
#[ignore = "run by kill_during_replace_leaves_old_or_new as a child process"]
fn crash_child() {
    let Some(dir) = std::env::var_os("PENATA_CRASH_DIR") else {
        return;
    };
    let store = SledStore::open(Path::new(&dir)).unwrap();
    let orgs = [synthetic(CRASH_N, "A", 0), synthetic(CRASH_N, "B", 7)];
    eprintln!("ready");
    // Bounded, so a child whose parent died does not loop on forever.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut i = 0;
    while std::time::Instant::now() < deadline {
        replace(&store, &orgs[i % 2], false);
        eprintln!("replaced");
        i += 1;
    }
}

#[cfg(unix)]
#[test]
fn kill_during_replace_leaves_old_or_new() {
    use std::io::BufRead;
    use std::process::{Command, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let a = synthetic(CRASH_N, "A", 0);
    let b = synthetic(CRASH_N, "B", 7);
    replace(&SledStore::open(tmp.path()).unwrap(), &a, false);
    let exe = std::env::current_exe().unwrap();
    let mut seen = HashSet::new();
    for round in 0..8u64 {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "store::sled_store::tests::crash_child",
                "--ignored",
                // Without it the harness captures the child's "ready" line.
                "--nocapture",
            ])
            .env("PENATA_CRASH_DIR", tmp.path())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let mut lines = std::io::BufReader::new(stderr).lines();
        assert!(
            lines.any(|l| l.is_ok_and(|l| l == "ready")),
            "child did not start"
        );
        if round == 0 {
            // Let A and then B be written and switched once, so B is certainly seen even
            // on a slow machine: the next replace is then killed in flight.
            let mut replaced = 0;
            while replaced < 2 {
                match lines.next() {
                    Some(Ok(l)) if l == "replaced" => replaced += 1,
                    Some(_) => {}
                    None => panic!("child ended early"),
                }
            }
        }
        // Kill at varied moments: during writes, around the switch, while dropping.
        std::thread::sleep(std::time::Duration::from_millis(round * 97 % 400));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let store = SledStore::open(tmp.path()).unwrap();
        let org = store.load().unwrap();
        assert!(org == a || org == b, "round {round}: a mix of A and B");
        seen.insert(org.name().to_string());
        let info = store.info().unwrap();
        assert_eq!(info.organization, org.name());
        assert_eq!(info.employees, org.employees().len() as u64);
        assert_eq!(generation_trees(&store).len(), 1, "round {round}");
    }
    // The child got through at least one switch, so kills did land among real replaces.
    assert!(seen.contains("B"), "{seen:?}");
}

#[test]
fn the_active_plan_is_remembered_across_a_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let store = SledStore::open(tmp.path()).unwrap();
        assert_eq!(store.active_plan().unwrap(), None);
        store.remember_active_plan(Some("Rotasi 2027")).unwrap();
    }
    let store = SledStore::open(tmp.path()).unwrap();
    assert_eq!(store.active_plan().unwrap().as_deref(), Some("Rotasi 2027"));
    store.remember_active_plan(None).unwrap();
    assert_eq!(store.active_plan().unwrap(), None);
}
