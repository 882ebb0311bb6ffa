from eq7.cli import main

raise SystemExit(main())
