import CoachCore

/// How the prep's results read on screen: the strategy plan (PrepView+Plan.swift).
enum PrepView {}
