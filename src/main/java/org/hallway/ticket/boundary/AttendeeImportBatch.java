package org.hallway.ticket.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;
import org.hallway.ticket.control.AttendeeEnrolment;
import org.hallway.ticket.control.AttendeeRow;

/** One batch of an attendee import as one transaction: all of its rows are written, or none. */
@ApplicationScoped
public class AttendeeImportBatch {

    @Inject
    AttendeeEnrolment enrolment;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AttendeeEnrolment.Result write(long eventId, List<AttendeeRow> rows, Function<AttendeeRow, String> hashOf) {
        return enrolment.enrol(eventId, rows, hashOf);
    }
}
