// CoachStore
