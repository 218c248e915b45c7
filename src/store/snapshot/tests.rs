//! Snapshot tests: it reflects the records after every kind of change, a stale or damaged
//! one is never used, and a lookup on it alone finds what a full load finds.

use time::macros::datetime;

use super::*;
use crate::domain::search::SearchIndex;
use crate::domain::{Nip, Note, Readiness};
use crate::store::plans::tests::demo_store;
use crate::store::sled_store::SledStore;
use crate::store::{Change, OrgStore};

fn note(nip: Nip, text: &str) -> Change {
    Change::Annotate {
        nip,
        note: Some(Note {
            at: datetime!(2026-11-23 10:00 UTC),
            author: "ani".into(),
            text: text.into(),
        }),
        readiness: Some(Some(Readiness::Siap)),
    }
}

fn first_nip(org: &Organization) -> Nip {
    org.employees()[0].nip
}

#[test]
fn replace_writes_a_snapshot_equal_to_the_records() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    let s = read(tmp.path()).expect("a snapshot after the import");
    assert_eq!(Some(s.stamp), store.snapshot_stamp().unwrap());
    assert!(s.demo);
    assert_eq!(s.org, org);
    // The stored index ranks exactly like a fresh one.
    let fresh = SearchIndex::build(&org);
    for q in ["sri", "wahyu", "dr budi", "1985", "kepala"] {
        assert_eq!(s.index.all(&s.org, q, 50), fresh.all(&org, q, 50), "{q}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path(tmp.path()))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn a_change_to_the_baseline_is_never_hidden_by_the_snapshot() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    let nip = first_nip(&org);
    let old = std::fs::read(path(tmp.path())).unwrap();
    // A spreadsheet upsert (an annotation keeps the snapshot: see the overlay's test).
    let mut changed = org.employee(org.employee_ix(&nip).unwrap()).clone();
    changed.readiness = Some(Readiness::Menolak);
    store
        .apply(&Change::UpsertEmployees(vec![changed]))
        .unwrap();
    // Removed before the change was committed.
    assert!(read(tmp.path()).is_none());
    // Even if the old file came back (a backup restored beside a newer database), its
    // stamp no longer matches and the records win.
    std::fs::write(path(tmp.path()), &old).unwrap();
    let (loaded, _) = store.load_indexed().unwrap();
    let e = loaded.employee_ix(&nip).unwrap();
    assert_eq!(loaded.employee(e).readiness, Some(Readiness::Menolak));
    // ... and the snapshot was rewritten from the records.
    let s = read(tmp.path()).unwrap();
    assert_eq!(Some(s.stamp), store.snapshot_stamp().unwrap());
    assert_eq!(s.org, loaded);
}

#[test]
fn upsert_and_annotate_show_after_a_reopen() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    drop(store.load().unwrap());
    let mut changed = org.employees()[1].clone();
    changed.name = "Ratna Sari Dewi".into();
    store
        .apply(&Change::UpsertEmployees(vec![changed.clone()]))
        .unwrap();
    drop(store);
    let opened = crate::store::startup::open(tmp.path()).unwrap();
    let e = opened.org.employee_ix(&changed.nip).unwrap();
    assert_eq!(opened.org.employee(e).name, "Ratna Sari Dewi");
    let index = opened.index.as_ref().unwrap();
    let hits = index.people(&opened.org, "ratna sari dewi", 5);
    assert_eq!(
        hits.first().map(|h| h.target),
        Some(crate::domain::search::Target::Employee(e))
    );
    let third = opened.org.employees()[2].nip;
    opened.store.apply(&note(third, "Siap pindah.")).unwrap();
    drop(opened);
    let opened = crate::store::startup::open(tmp.path()).unwrap();
    let e = opened.org.employee_ix(&third).unwrap();
    let record = opened.org.employee(e);
    assert!(record.notes.iter().any(|n| n.text == "Siap pindah."));
    assert_eq!(record.readiness, Some(Readiness::Siap));
}

#[test]
fn a_damaged_snapshot_is_ignored_and_rewritten() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    let file = path(tmp.path());
    let mut bytes = std::fs::read(&file).unwrap();
    // One flipped bit in the employee records, then a truncated file.
    bytes[100] ^= 0x10;
    std::fs::write(&file, &bytes).unwrap();
    assert!(read(tmp.path()).is_none());
    // A lookup reads single records: the damaged one is refused, never shown wrong.
    let mut view = SearchView::open(tmp.path()).unwrap();
    let results: Vec<_> = (0..3).map(|e| view.employee(e)).collect();
    assert!(results.iter().any(Result::is_err));
    for (e, r) in results.iter().enumerate() {
        if let Ok(record) = r {
            assert_eq!(record, org.employee(e as u32));
        }
    }
    std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
    assert!(read(tmp.path()).is_none());
    assert_eq!(store.load().unwrap(), org);
    assert_eq!(read(tmp.path()).unwrap().org, org);
}

#[test]
fn the_search_view_finds_what_a_full_load_finds() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    drop(store);
    let mut view = SearchView::open(tmp.path()).unwrap();
    let full = SearchIndex::build(&org);
    for q in ["sri", "wahyuni", "tjahjo", "s.pd", "1985", "19"] {
        let want: Vec<(u32, i64)> = full
            .people(&org, q, 20)
            .iter()
            .map(|h| match h.target {
                crate::domain::search::Target::Employee(e) => (e, h.score),
                _ => unreachable!(),
            })
            .collect();
        let got = view.index.people_ranked(q, 20);
        assert_eq!(got, want, "{q}");
        for (e, _) in got {
            let record = view.employee(e).unwrap();
            assert_eq!(&record, org.employee(e));
            let seat = record
                .position
                .as_deref()
                .map(|p| view.seat(p).unwrap().unwrap());
            let expected = org.seat_of(e).map(|p| {
                let unit = org.unit_of(p).unwrap();
                (
                    org.position(p).title.clone(),
                    org.unit_path_names(unit, " > "),
                )
            });
            assert_eq!(seat.map(|s| (s.title, s.unit_path.join(" > "))), expected);
        }
    }
}

#[test]
fn a_database_without_a_snapshot_gets_one_on_first_load() {
    let tmp = tempfile::tempdir().unwrap();
    let (store, org) = demo_store(tmp.path());
    remove(tmp.path()).unwrap();
    assert!(SearchView::open(tmp.path()).is_none());
    let (loaded, index) = store.load_indexed().unwrap();
    assert_eq!(loaded, org);
    assert!(index.is_some_and(|i| i.fits(&org)));
    assert!(SearchView::open(tmp.path()).is_some());
    // An empty database has nothing to snapshot.
    let empty = tempfile::tempdir().unwrap();
    let store = SledStore::open(empty.path()).unwrap();
    assert!(store.load_indexed().unwrap().0.is_empty());
    assert!(read(empty.path()).is_none());
}
