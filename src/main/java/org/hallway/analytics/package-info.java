/**
 * Analytics an organiser can act on, computed from what the application records (never from logs):
 * the event's registrations, presence and peak, every session's attendance and engagement, and per
 * networking session whether the calls really worked (media on both sides, TURN relays, waits).
 * {@code entity}: the event presence it records itself ({@code EventPresence}, one stay per person
 * from their first event socket to their last). {@code control}: aggregate queries per figure
 * ({@code EventFigures}, {@code SessionFigures}, {@code NetworkingFigures}; nothing loads all rows),
 * pure helpers ({@code Percentile}; CSV through {@code platform.Csv}). {@code boundary}: the presence recorder (observer of
 * the realtime layer's socket events), the organisers' pages ({@code admin/analytics*.xhtml}) and the
 * CSV download ({@code AnalyticsDownload}).
 */
package org.hallway.analytics;
