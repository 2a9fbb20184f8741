package org.hallway.ticket.control;

/** A registration or ticket claim that was refused; the message is shown to the visitor as is. */
public class RegistrationRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public RegistrationRefused(String message) {
        super(message);
    }
}
