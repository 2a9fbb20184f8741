/**
 * Accounts, their public profile and roles (ADMIN, ATTENDEE), password hashing and login through
 * Jakarta Security with a database identity store.
 */
package org.hallway.account;
