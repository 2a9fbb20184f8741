/**
 * Installing Hallway on a phone's home screen: the web app manifest (a static file), and the icons
 * and favicon, drawn by Hallway's own code (our artwork: an open doorway onto a hallway), never
 * copied from elsewhere.
 */
package org.hallway.install;
