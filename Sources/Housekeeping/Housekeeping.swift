// The domain of hotel housekeeping.
