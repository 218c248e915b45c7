//! Where the loop's events come from, and how it waits for them without polling.
//!
//! The terminal's events are read on a thread of their own, which blocks in
//! `crossterm::event::read` and sends each event into one channel. Whatever else must wake
//! the loop (a finished lookup, the database opened) sends a [`Wake`] into the same channel
//! through a [`Waker`]. The loop then blocks in one `recv` on that channel, with a timeout
//! only for real timers (the details pane's pause, a message's expiry). One channel keeps
//! the keys in the order they were typed, and none is lost between the loading screen and
//! the app.

use std::collections::VecDeque;
use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::time::Duration;

use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use crossterm::execute;

/// What an event source produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    Event(Event),
    /// Nothing arrived within the timeout.
    Timeout,
    /// Something sent through the source's [`Waker`] (a lookup finished): look at it.
    Woken,
    /// No more events will come (tests): leave the loop.
    End,
}

/// Where events come from: the real terminal, or a script in tests.
pub trait EventSource {
    /// The next event; `None` waits without limit, `Some(ZERO)` only checks.
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Next>;

    /// Turns the terminal's mouse reporting on or off (nothing to do for a script).
    fn mouse_capture(&mut self, _on: bool) -> io::Result<()> {
        Ok(())
    }

    /// Whether a person types these events as they come: then the details pane follows the
    /// cursor once it rests, and (with a [`Waker`]) lookups are ranked on a worker thread
    /// while typing goes on. A script (the default) gets every result and every pane
    /// before the next frame.
    fn paced(&self) -> bool {
        false
    }

    /// A handle another thread uses to wake a waiting [`EventSource::next`], which then
    /// returns [`Next::Woken`]. Without one (the default) nothing can wake the loop but an
    /// event or a timeout, so lookups are ranked on the loop's own thread.
    fn waker(&self) -> Option<Waker> {
        None
    }
}

/// Wakes a source's waiting `next` from another thread.
#[derive(Debug, Clone)]
pub struct Waker {
    tx: Sender<Wake>,
    /// Set while a wake is on its way (a lookup is ranking), so a source can tell a loop
    /// waiting for a result from a quiet one.
    expected: Arc<AtomicBool>,
}

/// A message through a source's channel.
#[derive(Debug)]
pub enum Wake {
    /// An event read from the terminal.
    Event(Event),
    /// Reading the terminal failed; the reader has stopped.
    Failed(io::Error),
    /// Something else is ready.
    Ready,
}

impl Waker {
    /// A waker and the receiving end of its channel.
    pub fn channel() -> (Waker, Receiver<Wake>) {
        let (tx, rx) = mpsc::channel();
        let waker = Waker {
            tx,
            expected: Arc::new(AtomicBool::new(false)),
        };
        (waker, rx)
    }

    /// Wakes the source; false when nobody listens any more.
    pub fn wake(&self) -> bool {
        self.tx.send(Wake::Ready).is_ok()
    }

    /// Notes whether a wake is on its way.
    pub fn expect(&self, on: bool) {
        self.expected.store(on, Ordering::Relaxed);
    }

    /// Whether a wake is on its way.
    pub fn is_expected(&self) -> bool {
        self.expected.load(Ordering::Relaxed)
    }
}

/// Waits on a channel of [`Wake`]s as [`EventSource::next`] describes.
pub fn receive(rx: &Receiver<Wake>, timeout: Option<Duration>) -> io::Result<Next> {
    let got = match timeout {
        None => rx.recv().map_err(|_| TryRecvError::Disconnected),
        Some(t) if t.is_zero() => rx.try_recv(),
        Some(t) => rx.recv_timeout(t).map_err(|e| match e {
            RecvTimeoutError::Timeout => TryRecvError::Empty,
            RecvTimeoutError::Disconnected => TryRecvError::Disconnected,
        }),
    };
    match got {
        Ok(Wake::Event(e)) => Ok(Next::Event(e)),
        Ok(Wake::Ready) => Ok(Next::Woken),
        Ok(Wake::Failed(e)) => Err(e),
        Err(TryRecvError::Empty) => Ok(Next::Timeout),
        Err(TryRecvError::Disconnected) => Ok(Next::End),
    }
}

/// Events from the terminal through crossterm, read on a thread of their own.
#[derive(Debug)]
pub struct CrosstermEvents {
    waker: Waker,
    rx: Receiver<Wake>,
}

impl CrosstermEvents {
    /// Starts the thread that reads the terminal. It blocks in `read` and ends with the
    /// first event after the loop is gone (or with the process).
    pub fn start() -> io::Result<CrosstermEvents> {
        let (waker, rx) = Waker::channel();
        let tx = waker.tx.clone();
        std::thread::Builder::new()
            .name("penata-input".into())
            .spawn(move || {
                loop {
                    let wake = match event::read() {
                        Ok(e) => Wake::Event(e),
                        Err(e) => {
                            let _ = tx.send(Wake::Failed(e));
                            return;
                        }
                    };
                    if tx.send(wake).is_err() {
                        return;
                    }
                }
            })?;
        Ok(CrosstermEvents { waker, rx })
    }
}

impl EventSource for CrosstermEvents {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Next> {
        receive(&self.rx, timeout)
    }

    fn paced(&self) -> bool {
        true
    }

    fn waker(&self) -> Option<Waker> {
        Some(self.waker.clone())
    }

    fn mouse_capture(&mut self, on: bool) -> io::Result<()> {
        let mut out = io::stdout();
        if on {
            execute!(out, EnableMouseCapture)
        } else {
            execute!(out, DisableMouseCapture)
        }
    }
}

/// A fixed list of events (tests): ends when they run out.
#[derive(Debug, Default)]
pub struct ScriptedEvents(pub VecDeque<Event>);

impl EventSource for ScriptedEvents {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Next> {
        match self.0.pop_front() {
            Some(e) => Ok(Next::Event(e)),
            None if timeout == Some(Duration::ZERO) => Ok(Next::Timeout),
            None => Ok(Next::End),
        }
    }
}

/// Events that arrived before the app could take them, then the source's.
pub(super) struct Replay<E> {
    pub(super) waiting: VecDeque<Event>,
    pub(super) inner: E,
}

impl<E: EventSource> EventSource for Replay<E> {
    fn next(&mut self, timeout: Option<Duration>) -> io::Result<Next> {
        match self.waiting.pop_front() {
            Some(e) => Ok(Next::Event(e)),
            None => self.inner.next(timeout),
        }
    }

    fn mouse_capture(&mut self, on: bool) -> io::Result<()> {
        self.inner.mouse_capture(on)
    }

    fn paced(&self) -> bool {
        self.inner.paced()
    }

    fn waker(&self) -> Option<Waker> {
        self.inner.waker()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wake_from_another_thread_ends_a_wait_without_limit() {
        let (waker, rx) = Waker::channel();
        let w = waker.clone();
        let t = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            w.wake()
        });
        assert_eq!(receive(&rx, None).unwrap(), Next::Woken);
        assert!(t.join().unwrap());
    }

    #[test]
    fn waiting_times_out_only_for_a_timer_and_ends_when_nobody_can_send() {
        let (waker, rx) = Waker::channel();
        assert_eq!(receive(&rx, Some(Duration::ZERO)).unwrap(), Next::Timeout);
        assert_eq!(
            receive(&rx, Some(Duration::from_millis(5))).unwrap(),
            Next::Timeout
        );
        waker.expect(true);
        assert!(waker.is_expected());
        drop(waker);
        assert_eq!(receive(&rx, None).unwrap(), Next::End);
    }

    #[test]
    fn events_keep_their_order_through_the_channel() {
        let (waker, rx) = Waker::channel();
        let keys: Vec<Event> = "abc"
            .chars()
            .map(|c| Event::Key(crossterm::event::KeyCode::Char(c).into()))
            .collect();
        for k in &keys {
            waker.tx.send(Wake::Event(k.clone())).unwrap();
        }
        waker.wake();
        let got: Vec<Next> = (0..4).map(|_| receive(&rx, None).unwrap()).collect();
        let mut want: Vec<Next> = keys.into_iter().map(Next::Event).collect();
        want.push(Next::Woken);
        assert_eq!(got, want);
    }
}
