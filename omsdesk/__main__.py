from omsdesk.cli import main

raise SystemExit(main())
