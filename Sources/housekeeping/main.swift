import HousekeepingCLI

HousekeepingCommand.main()
