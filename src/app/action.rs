//! The semantic vocabulary of the app: modes, actions and effects.
//!
//! Keys never reach the reducer: `input` turns them into [`Action`]s, so tests, the help
//! overlay and (later) the mouse all speak the same language.

/// What the keyboard is talking to right now; each mode has its own reducer file and key map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Walking the organization tree.
    Browse,
    /// Typing a lookup query with live results.
    Search,
    /// Reading the key overlay of the mode it was opened from.
    Help,
}

/// A user intention, independent of the key that expressed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Selection one row up.
    Up,
    /// Selection one row down.
    Down,
    /// Selection one screen up.
    PageUp,
    /// Selection one screen down.
    PageDown,
    /// First row.
    Home,
    /// Last row.
    End,
    /// Open the selected node, or step into it when already open.
    Expand,
    /// Close the selected node, or go to its parent when already closed.
    Collapse,
    /// Go to the parent node.
    ToParent,
    /// Open the selected node and everything below it.
    ExpandSubtree,
    /// Close the selected node and everything below it.
    CollapseSubtree,
    /// Show the details pane over the whole body (narrow screens) or back.
    ToggleDetails,
    /// Scroll the details pane up.
    DetailsUp,
    /// Scroll the details pane down.
    DetailsDown,
    /// Open the lookup line.
    OpenSearch,
    /// One typed character of the query.
    SearchInput(char),
    /// Delete the last character of the query.
    SearchBackspace,
    /// Empty the query.
    SearchClear,
    /// Previous result.
    SearchUp,
    /// Next result.
    SearchDown,
    /// Jump to the chosen result.
    SearchAccept,
    /// Close the lookup and return to where the selection was.
    SearchCancel,
    /// Show the keys of the current mode.
    Help,
    /// Close the help overlay.
    CloseHelp,
    /// Scroll the help overlay up.
    HelpUp,
    /// Scroll the help overlay down.
    HelpDown,
    /// Leave the app.
    Quit,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The oldest message on screen has been read long enough.
    DismissToast,
}

/// Work the runtime performs after the reducer ran (the reducer itself does no I/O).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Restore the terminal and exit.
    Quit,
}
