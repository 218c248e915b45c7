# The language itself: its choice on the command line and in the settings file.

lang-unknown = unknown language "{ $found }": use id or en

## What went wrong with a file (any input/output failure), after "cannot read FILE: "
io-not-found = no such file or folder
io-permission-denied = permission denied (ask the file's owner or an administrator for access)
io-is-a-directory = it is a folder, not a file
io-not-a-directory = part of the path is not a folder
io-disk-full = the disk is full: free some space and try again
io-read-only-fs = the disk is mounted read-only: use --read-only, or choose a writable place
io-already-exists = it already exists
io-file-too-large = the file is too large for this disk
io-unexpected-end = the file ends too early (it may be cut off or damaged)
io-broken-pipe = the reader stopped early
io-busy = the file is in use by another program
io-timed-out = the disk did not answer in time
io-os-error = input/output error (system code { $code })
# A library's own words for what failed, after "input/output error: ".
io-other = input/output error: { $text }
