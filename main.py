"""OPD Studio entry point: `python main.py` starts the app; `python main.py --help` lists the commands."""

from opdstudio.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
