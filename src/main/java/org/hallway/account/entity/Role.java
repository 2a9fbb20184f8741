package org.hallway.account.entity;

/** What an account may do; the names are the Jakarta Security roles used in web.xml. */
public enum Role {
    ADMIN,
    ATTENDEE
}
