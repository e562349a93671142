package org.marsad.server;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Page tests: without Debian's {@code chromium} and {@code chromium-driver} each test is reported
 * as skipped with the reason, and one line on standard error says why, so that a run never
 * passes silently with none of them run. Under CI ({@code CI} set) they run and fail instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsChromium.Condition.class)
@interface NeedsChromium {
  /** Skips each test (not the class, so every one is counted) when the browser is missing. */
  final class Condition implements ExecutionCondition {
    private static final AtomicBoolean SAID = new AtomicBoolean();

    static String missing() {
      if (Files.isExecutable(WebDriver.CHROMIUM) && Files.isExecutable(WebDriver.CHROMEDRIVER)) {
        return null;
      }
      return "page tests need Debian's chromium and chromium-driver (" + WebDriver.CHROMIUM + ", "
          + WebDriver.CHROMEDRIVER + "): apt-get install -y chromium chromium-driver";
    }

    static boolean underCi() {
      String ci = System.getenv("CI");
      return ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false");
    }

    /** Whether the page tests run here: the browser is installed, or CI requires it. */
    static boolean runs() {
      return missing() == null || underCi();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String why = missing();
      if (runs()) {
        return ConditionEvaluationResult.enabled("the browser is here, or CI must have it");
      }
      if (context.getTestMethod().isEmpty()) {
        return ConditionEvaluationResult.enabled("each test is skipped on its own");
      }
      if (SAID.compareAndSet(false, true)) {
        System.err.println("[WARNING] " + context.getRequiredTestClass().getSimpleName()
            + ": skipped: " + why);
      }
      return ConditionEvaluationResult.disabled("skipped: " + why);
    }
  }
}
