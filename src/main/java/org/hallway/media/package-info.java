/** Uploaded images (event covers, headshots, pre-session images): validated, stored, served. */
package org.hallway.media;
