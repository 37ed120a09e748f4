package org.amilab.playground.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.amilab.simulator.Ami;
import org.amilab.simulator.Architecture;
import org.amilab.simulator.Platform;
import org.amilab.simulator.RootDeviceType;
import org.amilab.simulator.VirtualizationType;

/** The catalog's filters; an empty choice lets everything through. */
record AmiFilter(Platform platform, Architecture architecture, RootDeviceType rootDeviceType,
        VirtualizationType virtualizationType, String text) {

    static final AmiFilter NONE = new AmiFilter(null, null, null, null, "");

    List<Ami> apply(List<Ami> amis) {
        return amis.stream().filter(matches()).toList();
    }

    private Predicate<Ami> matches() {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return ami -> (platform == null || ami.platform() == platform)
                && (architecture == null || ami.architecture() == architecture)
                && (rootDeviceType == null || ami.rootDeviceType() == rootDeviceType)
                && (virtualizationType == null || ami.virtualizationType() == virtualizationType)
                && (words.isEmpty() || (ami.id() + " " + ami.name() + " " + ami.description() + " "
                        + ami.operatingSystem()).toLowerCase(Locale.ROOT).contains(words));
    }
}
