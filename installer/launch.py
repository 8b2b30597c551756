"""Entry script of the frozen bundle: the installed app's own-file check, then the CLI or the window."""

from opdstudio.installed import main

raise SystemExit(main())
