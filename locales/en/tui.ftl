# The terminal runtime: why the terminal could not be used (printed after the app has left
# the screen) and why its threads could not start.

# Error when raw mode or the alternate screen cannot be entered.
tui-prepare-terminal = cannot prepare the terminal; run penata in an interactive terminal
# Error when the terminal size cannot be read at start.
tui-terminal-size = cannot read the terminal size
# Error when the terminal cannot be restored on leaving.
tui-restore-terminal = cannot restore the terminal; run `reset` if it looks broken
# Error when the lookup worker thread cannot be started.
tui-lookup-thread = cannot start the lookup thread
# Error when the input reader thread cannot be started.
tui-input-thread = cannot start the thread that reads the keyboard
# Error when mouse reporting cannot be switched on or off.
tui-mouse-reporting = cannot change mouse reporting
# Error when the thread that opens the database cannot be started.
tui-open-thread = cannot start the thread that opens the database
# Error when the thread that opens the database panicked.
tui-open-thread-panicked = the thread that opens the database stopped on an error; run penata again
