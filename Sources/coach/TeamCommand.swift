import ArgumentParser

/// `coach team …`: the team's PostgreSQL server — create its schema, add people, join, status.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "The team server (PostgreSQL): init the schema, add people, join this store, show the status.",
        discussion: """
            A team shares one PostgreSQL database; every person logs in as their own role and \
            row-level security decides what each reads and writes. Passwords come from PGPASSWORD, \
            ~/.pgpass or a prompt, never from the coach's store or history. Then 'coach sync' \
            sends this store's records up and brings the team's down.
            """,
        subcommands: [
            TeamInitCommand.self, TeamAddCommand.self, TeamJoinCommand.self, TeamStatusCommand.self,
            TeamCommentCommand.self, TeamCommentsCommand.self,
        ],
        defaultSubcommand: TeamStatusCommand.self
    )
}
