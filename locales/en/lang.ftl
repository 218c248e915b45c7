# The language itself: its choice on the command line and in the settings file.

lang-unknown = unknown language "{ $found }": use id or en
