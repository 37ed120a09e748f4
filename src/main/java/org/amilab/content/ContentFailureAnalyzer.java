package org.amilab.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns broken content into a short start-up report instead of a long stack trace. */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<InvalidContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidContentException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the files named above (file:line: reason), then start AMI Lab again. "
                        + "The content format is described in content/README.md.", cause);
    }
}
