"""Trust: the session's life cycle (writer lock, log-in, idle lock, log-out), the users, the
access log, nødtilgang and the settings."""
