"""Qt screens for logins and access rights (users, groups, grants, audit log)."""
