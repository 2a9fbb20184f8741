package org.hallway.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Small helpers page beans share: showing violations, reading ids from URLs, answering 404. */
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

    public static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** An information message that survives the redirect after a successful save. */
    public static void info(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A positive id from a URL parameter, or null for anything else (missing, not a number, hostile). */
    public static Long id(String parameter) {
        if (parameter == null || parameter.isEmpty() || parameter.length() > 19) {
            return null;
        }
        try {
            long id = Long.parseLong(parameter);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
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

    /** True when someone else's committed change made this one stale (JPA {@code @Version}). */
    public static boolean concurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
