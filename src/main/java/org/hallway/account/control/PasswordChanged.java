package org.hallway.account.control;

/** Committed fact: the account's password was changed (reset or set through a mailed link). */
public record PasswordChanged(String email) {}
