package org.amilab.playground;

import java.util.Optional;

/** Which cost charts a page has on screen: the playground's, and one instance's. */
public record ChartsOnScreen(boolean playground, Optional<String> instanceId) {

    public static final ChartsOnScreen NONE = new ChartsOnScreen(false, Optional.empty());
}
