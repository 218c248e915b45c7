//! The lookup worker: ranks lookup queries on a thread of its own, so typing never waits
//! for matching.
//!
//! The event loop hands over the query typed now ([`Lookup::submit`]) after draining the
//! queued keys, keeps reading keys while the worker ranks, and feeds each finished ranking
//! back to the reducer as [`Outcome::Searched`]. A newer query supersedes an older one: the
//! worker skips queries already replaced in its inbox and abandons a ranking in progress
//! (the scan looks at a shared counter), so it is always working on the latest keystroke.
//! Each finished ranking wakes the loop through the event source's [`Waker`], so the loop
//! blocks instead of looking for results.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread::JoinHandle;

use crate::app::search::{RESULT_LIMIT, SearchRequest};
use crate::app::{AppState, Outcome};
use crate::domain::search::{LiveSearch, Ranking};

use super::events::Waker;

/// One query for the worker, numbered.
struct Job {
    id: u64,
    request: SearchRequest,
}

/// A finished ranking.
struct Done {
    id: u64,
    query: String,
    ranking: Ranking,
}

/// The worker thread and the channels to it.
pub(super) struct Lookup {
    jobs: Option<Sender<Job>>,
    done: Receiver<Done>,
    /// Number of the newest job; the worker abandons any other.
    latest: Arc<AtomicU64>,
    /// The query and index last handed over, so an unchanged query is not sent again.
    sent: Option<SearchRequest>,
    /// A job was sent and its ranking has not come back.
    waiting: bool,
    /// Wakes the loop when a ranking is done; also tells whether one is on its way.
    waker: Waker,
    thread: Option<JoinHandle<()>>,
}

impl Lookup {
    /// Starts the worker thread; each finished ranking wakes the loop through `waker`.
    pub(super) fn start(waker: Waker) -> std::io::Result<Lookup> {
        let (jobs, inbox) = mpsc::channel::<Job>();
        let (outbox, done) = mpsc::channel::<Done>();
        let latest = Arc::new(AtomicU64::new(0));
        let newest = Arc::clone(&latest);
        let wake = waker.clone();
        let thread = std::thread::Builder::new()
            .name("lookup".into())
            .spawn(move || work(&inbox, &outbox, &newest, &wake))?;
        Ok(Lookup {
            jobs: Some(jobs),
            done,
            latest,
            sent: None,
            waiting: false,
            waker,
            thread: Some(thread),
        })
    }

    /// Hands the state's query to the worker if its results are missing and it was not
    /// handed over already; abandons the work in progress when results are not needed.
    pub(super) fn submit(&mut self, state: &AppState) {
        let Some(request) = state.search.request() else {
            if self.waiting {
                self.latest.fetch_add(1, Ordering::Relaxed);
                self.set_waiting(false);
                self.sent = None;
            }
            return;
        };
        let same = self
            .sent
            .as_ref()
            .is_some_and(|s| s.query == request.query && Arc::ptr_eq(&s.index, &request.index));
        if same {
            return;
        }
        let id = self.latest.fetch_add(1, Ordering::Relaxed) + 1;
        self.sent = Some(request.clone());
        let sent = self
            .jobs
            .as_ref()
            .is_some_and(|jobs| jobs.send(Job { id, request }).is_ok());
        self.set_waiting(sent);
        if !sent {
            // The worker is gone (it panicked): never leave results missing.
            self.jobs = None;
        }
    }

    fn set_waiting(&mut self, on: bool) {
        self.waiting = on;
        self.waker.expect(on);
    }

    /// Whether the worker can no longer take queries (then the caller ranks itself).
    pub(super) fn is_gone(&self) -> bool {
        self.jobs.is_none()
    }

    /// The newest finished ranking, if one came back.
    pub(super) fn take(&mut self) -> Option<Outcome> {
        let mut newest = None;
        loop {
            match self.done.try_recv() {
                Ok(d) => newest = Some(d),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.jobs = None;
                    self.set_waiting(false);
                    break;
                }
            }
        }
        let d = newest?;
        if d.id == self.latest.load(Ordering::Relaxed) {
            self.set_waiting(false);
        }
        Some(Outcome::Searched {
            query: d.query,
            ranking: d.ranking,
        })
    }
}

impl Drop for Lookup {
    fn drop(&mut self) {
        // Abandon the work in progress, close the inbox, and wait for the thread to end.
        self.latest.fetch_add(1, Ordering::Relaxed);
        self.jobs = None;
        self.waker.expect(false);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The worker's loop: the newest job in the inbox, ranked unless superseded meanwhile.
fn work(inbox: &Receiver<Job>, outbox: &Sender<Done>, latest: &AtomicU64, waker: &Waker) {
    let mut live = LiveSearch::new();
    while let Ok(mut job) = inbox.recv() {
        while let Ok(newer) = inbox.try_recv() {
            job = newer;
        }
        let id = job.id;
        let stop = || latest.load(Ordering::Relaxed) != id;
        if stop() {
            continue;
        }
        let SearchRequest { query, index } = job.request;
        if let Some(ranking) = live.rank(&index, &query, RESULT_LIMIT, &stop) {
            let done = Done { id, query, ranking };
            if outbox.send(done).is_err() || !waker.wake() {
                return;
            }
        }
    }
}
