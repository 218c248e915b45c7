//! Opening a database and its baseline for a start: the sled log replay and the reading
//! of the baseline snapshot run at the same time, on two threads.
//!
//! The snapshot is read without waiting for the database; it is used only if its stamp
//! equals the one the opened database keeps, so it never shows data older than the records
//! (otherwise the records are read and the snapshot rewritten).

use std::path::Path;

use super::StoreError;
use super::demo::ensure_demo;
use super::sled_store::SledStore;
use super::snapshot;
use crate::domain::Organization;
use crate::domain::search::SearchIndex;
use crate::lang::msg;

/// An opened database with its baseline loaded.
#[derive(Debug)]
pub struct Opened {
    pub store: SledStore,
    pub org: Organization,
    /// The search index of `org`, when it came with the snapshot (or was just built).
    pub index: Option<SearchIndex>,
    /// Set when the demo organization was loaded into an empty database.
    pub demo_notice: Option<crate::lang::Msg>,
}

/// Organizations from this size on show a preview while they load: below it the whole
/// start takes a fraction of a second (about 60 ms at 20,000 employees) and a preview
/// would only flash.
pub const PREVIEW_FROM: u64 = 20_000;

/// What a start can draw before [`open`] is done, for an organization of at least
/// [`PREVIEW_FROM`] employees with a readable snapshot (see [`snapshot::preview`]).
pub fn preview(dir: &Path) -> Option<snapshot::Preview> {
    snapshot::preview(dir).filter(|p| p.employees >= PREVIEW_FROM)
}

/// Opens the database in `dir` (loading the demo on first start) and its baseline.
pub fn open(dir: &Path) -> Result<Opened, StoreError> {
    let (opened, prefetched) = std::thread::scope(|scope| {
        let opening = scope.spawn(|| {
            let store = SledStore::open(dir)?;
            let notice = ensure_demo(&store, dir)?;
            Ok::<_, StoreError>((store, notice))
        });
        let prefetched = snapshot::read(dir);
        let opened = opening
            .join()
            .unwrap_or_else(|_| Err(StoreError::Db(msg!("store-open-thread-panicked"))));
        (opened, prefetched)
    });
    let (store, demo_notice) = opened?;
    let (org, index) = store.load_prefetched(prefetched)?;
    Ok(Opened {
        store,
        org,
        index,
        demo_notice,
    })
}

/// Opens the existing database in `dir` for a command that only reads (never creating,
/// upgrading or filling one; `private` reads a copy, see [`SledStore::open_reading`]) and
/// its baseline.
pub fn open_reading(dir: &Path, private: bool) -> Result<Opened, StoreError> {
    let (opened, prefetched) = std::thread::scope(|scope| {
        let opening = scope.spawn(|| SledStore::open_reading(dir, private));
        let prefetched = snapshot::read(dir);
        let opened = opening
            .join()
            .unwrap_or_else(|_| Err(StoreError::Db(msg!("store-open-thread-panicked"))));
        (opened, prefetched)
    });
    let store = opened?;
    let (org, index) = if store.is_copy() {
        store.load_without_writing()?
    } else {
        store.load_prefetched(prefetched)?
    };
    Ok(Opened {
        store,
        org,
        index,
        demo_notice: None,
    })
}
