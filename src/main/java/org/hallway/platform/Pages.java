package org.hallway.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Small helpers page beans share: running a use case, showing violations, answering 404. */
public final class Pages {

    private Pages() {
    }

    /** Shows each violation next to its field ({@code form:field}), or at the top when it has none. */
    public static void show(FacesContext faces, String form, List<Violation> violations) {
        for (Violation v : violations) {
            faces.addMessage(v.field() == null ? null : form + ":" + v.field(),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null));
        }
        faces.validationFailed();
    }

    /**
     * Runs one use case from a page and shows why it changed nothing, each message next to its
     * field of {@code form}. True when it committed: only then may the page say "saved".
     */
    public static boolean attempt(FacesContext faces, String form, Runnable useCase) {
        List<Violation> violations = Rejected.attempt(useCase);
        if (violations.isEmpty()) {
            return true;
        }
        show(faces, form, violations);
        return false;
    }

    public static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** An information message that survives the redirect after a successful save. */
    public static void info(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Answers 404 instead of rendering the page. */
    public static void notFound(FacesContext faces) {
        try {
            faces.getExternalContext().responseSendError(404, "Not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
