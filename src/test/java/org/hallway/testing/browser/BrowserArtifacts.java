package org.hallway.testing.browser;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.platform.commons.JUnitException;

/**
 * When a browser test fails, writes a screenshot and the console log of every open browser to
 * target/browser-failures/, then lets the failure through; after each test, closes the browsers
 * it opened (so tests need no finally, which would close them before the failure is seen here).
 */
public class BrowserArtifacts implements TestExecutionExceptionHandler, AfterEachCallback {

    private static final System.Logger LOG = System.getLogger(BrowserArtifacts.class.getName());

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof JUnitException
                && String.valueOf(failure.getMessage()).startsWith("Chain of InvocationInterceptors")) {
            throw failure; // Arquillian's way of running a client test: not a failure of the test
        }
        Path dir = Chrome.buildDir().resolve("browser-failures");
        String prefix = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        for (Chrome chrome : Chrome.open()) {
            try {
                chrome.dump(dir, prefix);
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
        LOG.log(
                Level.WARNING,
                "Browser test failed ({0}); screenshots and console logs in {1}",
                failure,
                dir.toAbsolutePath());
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (Chrome chrome : Chrome.open()) {
            try {
                chrome.quit();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not close browser " + chrome.name(), e);
            }
        }
    }
}
