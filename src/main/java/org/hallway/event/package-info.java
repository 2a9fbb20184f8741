/** Events: name, URL slug, description, cover image, time zone and days; the organiser edits them. */
package org.hallway.event;
