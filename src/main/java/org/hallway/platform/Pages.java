package org.hallway.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Small helpers page beans share: running a use case, showing violations, answering 404. */
public final class Pages {

    private Pages() {}

    /** Shows each violation next to its field ({@code form:field}), or at the top when it has none. */
    public static void show(FacesContext faces, String form, List<Violation> violations) {
        for (Violation v : violations) {
            faces.addMessage(
                    v.field() == null ? null : form + ":" + v.field(),
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

    /**
     * Runs one use case that answers something and shows why it changed nothing, like
     * {@link #attempt(FacesContext, String, Runnable)}; its answer once it committed, else empty.
     */
    public static <T> Optional<T> outcome(FacesContext faces, String form, Supplier<T> useCase) {
        var answer = new AtomicReference<T>();
        return attempt(faces, form, () -> answer.set(useCase.get()))
                ? Optional.ofNullable(answer.get())
                : Optional.empty();
    }

    /**
     * A query's answer, or empty when it refused this caller (a {@link Rejected}, the realtime
     * layer's refusals included); nothing is shown, the page shows its own state for that.
     */
    public static <T> Optional<T> answer(Supplier<T> query) {
        try {
            return Optional.ofNullable(query.get());
        } catch (Rejected refused) {
            return Optional.empty();
        }
    }

    public static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** An information message that survives the redirect after a successful save. */
    public static void info(FacesContext faces, String message) {
        CarriedMessages.carry(faces, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
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
