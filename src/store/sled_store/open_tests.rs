//! Store tests of opening a database: the lock, the schema version and its upgrades,
//! what a crash left behind (stale generations, an unfinished sled snapshot).

use super::open::{MIGRATIONS, migrate};
use super::tests::{emp, generation_trees, replace, sample};
use super::*;
use crate::store::codec::SCHEMA_VERSION;

#[test]
fn second_open_is_locked_with_a_plain_message() {
    let tmp = tempfile::tempdir().unwrap();
    let _first = SledStore::open(tmp.path()).unwrap();
    let err = SledStore::open(tmp.path()).unwrap_err();
    assert!(
        matches!(&err, StoreError::Locked { dir } if dir == tmp.path()),
        "{err:?}"
    );
    let msg = crate::lang::Lang::Id.say(&err.msg());
    assert!(msg.contains(&tmp.path().display().to_string()), "{msg}");
    assert!(
        msg.contains("proses penata lain") && msg.contains("--db"),
        "{msg}"
    );
    assert!(!msg.contains("acquire"), "{msg}");
}

#[test]
fn newer_schema_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let store = SledStore::open(tmp.path()).unwrap();
        replace(&store, &sample("Kota"), false);
        store
            .meta
            .insert(K_SCHEMA, &(SCHEMA_VERSION + 1).to_be_bytes())
            .unwrap();
        store.db.flush().unwrap();
    }
    let err = SledStore::open(tmp.path()).unwrap_err();
    match &err {
        StoreError::NewerSchema {
            found, supported, ..
        } => assert_eq!((*found, *supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION)),
        other => panic!("{other:?}"),
    }
    assert!(
        crate::lang::Lang::Id
            .say(&err.msg())
            .contains("penata yang lebih baru"),
        "{err}"
    );
}

#[test]
fn a_version_1_database_opens_and_is_upgraded() {
    let tmp = tempfile::tempdir().unwrap();
    let org = sample("Kota");
    {
        // Write the organization, then put the records and the version back to what
        // schema version 1 wrote (positions and employees as version 2 kept them).
        let store = SledStore::open(tmp.path()).unwrap();
        replace(&store, &org, false);
        let live = store.live.read().unwrap();
        let trees = live.as_ref().unwrap();
        for (i, u) in org.units().iter().enumerate() {
            trees
                .units
                .insert(u.id.as_bytes(), codec::encode_unit_v1(i as u32, u))
                .unwrap();
        }
        for (i, p) in org.positions().iter().enumerate() {
            let v = codec::encode_position_v2(i as u32, p);
            trees.positions.insert(p.id.as_bytes(), v).unwrap();
        }
        for e in org.employees() {
            let v = codec::encode_employee_v2(e);
            trees
                .employees
                .insert(codec::employee_key(&e.nip), v)
                .unwrap();
        }
        store.meta.insert(K_SCHEMA, &1u32.to_be_bytes()).unwrap();
        drop(live);
        // A version-1 penata wrote no snapshot: only the records are there.
        store.invalidate_snapshot().unwrap();
        store.db.flush().unwrap();
        assert!(store.load().is_err(), "version 1 units need the upgrade");
    }
    let store = SledStore::open(tmp.path()).unwrap();
    assert_eq!(
        read_u32(&store.meta, K_SCHEMA).unwrap(),
        Some(SCHEMA_VERSION)
    );
    let loaded = store.load().unwrap();
    assert_eq!(loaded, org);
    assert!(loaded.units().iter().all(|u| u.feedback.is_empty()));
    assert_eq!(store.info().unwrap().units, org.units().len() as u64);
    drop(store);
    // Opening again finds nothing to upgrade.
    let store = SledStore::open(tmp.path()).unwrap();
    assert_eq!(store.load().unwrap(), org);
}

#[test]
fn data_without_schema_version_is_not_taken_for_ours() {
    let tmp = tempfile::tempdir().unwrap();
    {
        let db = sled::open(tmp.path()).unwrap();
        db.open_tree("something").unwrap().insert("k", "v").unwrap();
        db.flush().unwrap();
    }
    let err = SledStore::open(tmp.path()).unwrap_err();
    assert!(matches!(err, StoreError::Open { .. }), "{err:?}");
    assert!(
        crate::lang::Lang::Id
            .say(&err.msg())
            .contains("tanpa versi skema"),
        "{err}"
    );
}

#[test]
fn migrations_run_in_order_and_record_each_version() {
    let tmp = tempfile::tempdir().unwrap();
    let store = SledStore::open(tmp.path()).unwrap();
    fn to_v2(db: &Db) -> Result<(), StoreError> {
        db.open_tree("marker")
            .map_err(db_err)?
            .insert("v2", "")
            .map_err(db_err)?;
        Ok(())
    }
    fn to_v3(db: &Db) -> Result<(), StoreError> {
        let marker = db.open_tree("marker").map_err(db_err)?;
        assert!(
            marker.contains_key("v2").map_err(db_err)?,
            "steps run in order"
        );
        marker.insert("v3", "").map_err(db_err)?;
        Ok(())
    }
    migrate(&store.db, &store.meta, 1, &[to_v2, to_v3], 3).unwrap();
    assert_eq!(read_u32(&store.meta, K_SCHEMA).unwrap(), Some(3));
    assert!(
        store
            .db
            .open_tree("marker")
            .unwrap()
            .contains_key("v3")
            .unwrap()
    );
    // Already current: nothing to do.
    migrate(&store.db, &store.meta, 3, &[], 3).unwrap();
    assert!(MIGRATIONS.len() + 1 == SCHEMA_VERSION as usize);
}

#[test]
fn stale_generations_are_dropped_on_open_and_never_loaded() {
    let tmp = tempfile::tempdir().unwrap();
    let org = sample("Kota");
    {
        let store = SledStore::open(tmp.path()).unwrap();
        replace(&store, &org, false);
        // A crash mid-import: generation 2 half written, the switch never happened.
        let half = Trees::open(&store.db, 2).unwrap();
        let (k, v) =
            codec::encode_employee(&emp("198001012005011001", "Setengah Jadi", None)).unwrap();
        half.employees.insert(k, v).unwrap();
        half.units.insert("x", "garbage").unwrap();
        store
            .db
            .open_tree("g9/units")
            .unwrap()
            .insert("y", "z")
            .unwrap();
        store.db.flush().unwrap();
        assert_eq!(store.load().unwrap(), org);
    }
    let store = SledStore::open(tmp.path()).unwrap();
    assert_eq!(generation_trees(&store), vec![1]);
    assert_eq!(store.load().unwrap(), org);
    assert_eq!(store.info().unwrap().employees, 4);
    // The next import reuses the number cleanly.
    let next = sample("Kota Baru");
    replace(&store, &next, false);
    assert_eq!(store.load().unwrap(), next);
    assert_eq!(generation_trees(&store), vec![2]);
}

#[test]
fn generation_names_parse() {
    assert_eq!(generation_of(b"g12/units"), Some(12));
    assert_eq!(generation_of(b"meta"), None);
    assert_eq!(generation_of(b"gx/units"), None);
    assert_eq!(generation_of(b"plans"), None);
}

/// A process killed while sled wrote its own page-table snapshot leaves an unfinished
/// `snap.*.generating` file that sled 0.34 would read as its newest snapshot and refuse to
/// open; the store removes it and opens, with every record there. A damaged finished
/// snapshot is set aside and the log read; only if the log cannot replace it is it an
/// error, naming the file and saying what to do.
#[test]
fn an_unfinished_sled_snapshot_does_not_lock_the_data_out() {
    let tmp = tempfile::tempdir().unwrap();
    let org = crate::domain::subtree::tests::org();
    {
        let store = SledStore::open(tmp.path()).unwrap();
        store
            .apply(&Change::ReplaceOrganization {
                org: org.clone(),
                demo: false,
            })
            .unwrap();
    }
    let partial = tmp.path().join("snap.FFFFFFFFFFFFFFFF.generating");
    std::fs::write(&partial, b"cut off").unwrap();
    // What sled alone does with it: the failure seen after a kill.
    let raw = sled::Config::new().path(tmp.path()).open();
    assert!(matches!(raw, Err(sled::Error::Corruption { at: None, .. })));
    drop(raw);

    let store = SledStore::open(tmp.path()).unwrap();
    assert!(!partial.exists());
    assert_eq!(store.load_records().unwrap(), org);
    drop(store);

    // A damaged finished snapshot: sled alone refuses, the store opens from the log.
    let damaged = tmp.path().join("snap.FFFFFFFFFFFFFFFF");
    std::fs::write(&damaged, b"cut off").unwrap();
    let raw = sled::Config::new().path(tmp.path()).open();
    assert!(matches!(raw, Err(sled::Error::Corruption { at: None, .. })));
    drop(raw);
    let store = SledStore::open(tmp.path()).unwrap();
    assert!(!damaged.exists());
    assert_eq!(store.load_records().unwrap(), org);
    drop(store);

    // When the log cannot stand in for it (here: gone), the file is kept and named.
    std::fs::write(&damaged, b"cut off").unwrap();
    std::fs::write(tmp.path().join("db"), b"").unwrap();
    let err = SledStore::open(tmp.path()).unwrap_err();
    assert!(damaged.exists(), "the damaged file was not put back");
    for lang in crate::lang::Lang::ALL {
        let said = lang.say(&err.msg());
        assert!(said.contains("snap.FFFFFFFFFFFFFFFF"), "{said}");
        assert!(
            !said.contains("backtrace") && !said.contains("offset None"),
            "{said}"
        );
    }
}

/// Every open that may write makes the directory 0700 and every database file 0600,
/// whatever they were: files left 0666 (as under umask 000) and a directory others may
/// enter, one that held other files before the database was created in it.
#[cfg(unix)]
#[test]
fn open_makes_every_database_file_owner_only_whatever_was_there() {
    use std::os::unix::fs::PermissionsExt;
    let set = |p: &std::path::Path, m: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    };
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("shared");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("README"), b"not the database").unwrap();
    set(&dir, 0o777);
    {
        let store = SledStore::open(&dir).unwrap();
        replace(&store, &sample("Kota"), false);
    }
    assert_eq!(mode(&dir), 0o700);
    let database_files = || {
        std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| !p.ends_with("README") && p.is_file())
            .collect::<Vec<_>>()
    };
    let files = database_files();
    assert!(files.iter().any(|p| p.ends_with("db")), "{files:?}");
    for f in &files {
        assert_eq!(mode(f), 0o600, "{}", f.display());
    }
    // Loosened afterwards (or made under umask 000): the next open tightens all again.
    for f in &files {
        set(f, 0o666);
    }
    set(&dir.join("blobs"), 0o777);
    set(&dir, 0o755);
    drop(SledStore::open(&dir).unwrap());
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("blobs")), 0o700);
    for f in database_files() {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
}
