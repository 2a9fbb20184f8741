package org.hallway.media.control;

/** An upload that is not an acceptable image; the message is shown to the user as is. */
public class InvalidImageException extends Exception {

    public InvalidImageException(String message) {
        super(message);
    }
}
