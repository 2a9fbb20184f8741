/** Demo data for trying Hallway at once: loaded into an empty database when {@code hallway.demo=true}. */
package org.hallway.demo;
