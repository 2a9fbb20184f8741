/**
 * What every feature stands on: the application's datasource, schema migrations at start-up,
 * configuration defaults and the wall clock. Server-specific APIs live here and nowhere else.
 */
package org.hallway.platform;
