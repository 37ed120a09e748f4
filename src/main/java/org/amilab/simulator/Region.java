package org.amilab.simulator;

/** An AWS region; AMIs, instances and volumes each live in exactly one. */
public record Region(String code, String name) {

    public Region {
        Require.text(code, "region code");
        Require.text(name, "region name");
    }
}
